"""Write the model card and the test scores into the model directory, from the evaluation
reports (``affectkit eval ... --report``) and, if given, the benchmark report.

The scores in ``model.json`` and ``MODEL_CARD.md`` are copied from the reports, never typed
by hand; a data-backed test re-runs the evaluation and checks they match.

Example::

    python training/card.py --model src/affectkit/models/weights/goemotions-minilm \\
        --goemotions reports/goemotions-test.json --emobank reports/emobank-test.json
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path
from typing import Any


def _f(value: Any) -> str:
    if isinstance(value, float):
        return "—" if math.isnan(value) else f"{value:.3f}"
    return str(value)


def render(meta: dict[str, Any], ge: dict[str, Any], eb: dict[str, Any], bench: dict[str, Any] | None) -> str:
    settings = meta["training"]
    distillation = (
        "Distilled (`make distill`, `training/device_distill.sh`, on one GPU): three multi-task teachers "
        "(seeds 1-3, 3 epochs) and two VAD teachers (EmoBank only, seeds 11-12, 1 epoch) give soft targets "
        "(`training/ensemble.py`: mean probabilities, mean VAD); three students learn from gold and soft "
        "targets and a weight average of the teachers competes; dev picks one (`training/pick_run.py`). "
        f"The student: soft-target weight {settings['soft_weight']} (GoEmotions) and "
        f"{settings['vad_soft_weight']} (VAD), "
        if settings.get("teacher")
        else ""
    )
    systems = ge["systems"]
    rows = []
    for name, s in systems.items():
        rows.append(
            f"| {name} | {_f(s.get('macro_f1', float('nan')))} | {_f(s.get('micro_f1', float('nan')))} | "
            f"{_f(s.get('ekman_macro_f1', float('nan')))} | {_f(s.get('sentiment_macro_f1', float('nan')))} |"
        )
    eb_rows = []
    for name, s in eb["systems"].items():
        eb_rows.append(f"| {name} | " + " | ".join(_f(s[k]) for k in s) + " |")
    eb_header = list(next(iter(eb["systems"].values())))
    shipped = systems["affectkit int8"]
    worst = sorted(shipped["per_label_f1"].items(), key=lambda kv: kv[1])[:5]
    files = {**ge["data"]["sha256"], **eb["data"]["sha256"]}
    checksums = ", ".join(f"`{name}` {digest[:12]}" for name, digest in files.items())
    bench_text = "Not measured for this card."
    if bench:
        r = bench["results"]
        a, p = r["affectkit"], r["pipeline"]
        bench_text = (
            f"`make bench` ({bench['settings'].get('threads')} threads, batch {bench['settings'].get('batch_size')}, "
            f"GoEmotions test texts): affectkit {a['texts_per_s']:.0f} texts/s vs transformers pipeline "
            f"{p['texts_per_s']:.0f} texts/s (**{a['texts_per_s'] / p['texts_per_s']:.2f}x**); batch-1 p50 "
            f"{a['p50_ms']:.2f} ms (p99 {a['p99_ms']:.2f}) vs {p['p50_ms']:.2f} ms; peak RSS {a['peak_rss_mb']:.0f} MB "
            f"vs {p['peak_rss_mb']:.0f} MB."
        )
    return f"""# Model card: {meta["name"]} {meta["version"]}

{meta["description"]}. Shipped inside affectkit as `{meta["onnx"]}` ({meta["quantization"]}),
with `tokenizer.json` and `model.json` (labels, thresholds, calibration, VAD scaling).

## Model
- Encoder: {meta["encoder"]}, 6 layers, hidden 384, mean pooling; licence Apache-2.0.
- Heads on the pooled vector, one forward pass: 28 GoEmotions logits (sigmoid, multi-label)
  and 9 VAD outputs (EmoBank combined, writer and reader valence, arousal, dominance).
- Input limit: {meta["max_tokens"]} tokens; longer texts are cut and flagged, or split by sentence.

## Training data and licences
- GoEmotions (Demszky et al., ACL 2020): 43,410 train Reddit comments, 28 labels; Apache-2.0.
- EmoBank (Buechel & Hahn, EACL 2017): 8,062 train sentences with V/A/D for writer and
  reader; CC BY-SA 4.0. Weights trained on it are shared under the same terms.
- Dev splits pick the best epoch (and, for a distilled model, the student) and fit the
  calibration; test splits are used once per released version, for the scores below.

## Training settings
{distillation}`training/train.py` (seed {settings["seed"]}, {settings["epochs"]} epochs, batch {settings["batch_size"]},
encoder lr {settings["encoder_lr"]}, head lr {settings["head_lr"]}, weight decay {settings["weight_decay"]},
warm-up {settings["warmup_fraction"]:.0%} then linear decay, dropout {settings["dropout"]}, max length
{settings["max_len_goemotions"]} (GoEmotions) / {settings["max_len_emobank"]} (EmoBank), EmoBank passes per epoch
{settings["emobank_passes"]}, {settings["threads"]} torch thread(s)). Then `training/export.py`: ONNX opset 17,
int8 weights, temperature {meta["temperature"]:.3f} and per-label thresholds fitted on GoEmotions dev.
Dev macro-F1 (thresholds tuned on dev) by epoch:
{", ".join(f"{h['epoch']}: {h['dev_macro_f1_tuned']:.4f}" for h in meta["training_history"])}.
Export on dev: fp32 {meta["export"]["dev_macro_f1_tuned_fp32"]:.4f},
int8 weights {meta["export"]["dev_macro_f1_tuned_int8-weights"]:.4f},
int8 dynamic {meta["export"]["dev_macro_f1_tuned_int8-dynamic"]:.4f}.

## Scores (test splits, `affectkit eval goemotions|emobank --split test`)
GoEmotions test ({ge["texts"]:,} texts), baselines computed in the same run:

| system | 28 macro-F1 | 28 micro-F1 | Ekman-7 macro-F1 | sentiment macro-F1 |
|---|---|---|---|---|
{chr(10).join(rows)}
| BERT-base (Demszky et al., 2020; published, one threshold) | 0.46 | | | |
| RoBERTa-large models (published) | 0.51-0.52 | | | |

At a fixed 0.5 threshold the int8 model scores {shipped["fixed_0.5_macro_f1"]:.3f} macro-F1; expected
calibration error {shipped["ece"]:.4f}. Weakest labels: {", ".join(f"{k} {v:.2f}" for k, v in worst)}.

EmoBank test ({eb["texts"]:,} sentences), Pearson r:

| system | {" | ".join(eb_header)} |
|---|{"---|" * len(eb_header)}
{chr(10).join(eb_rows)}

Best reported (data README): combined V/A/D about 0.83 / 0.57 / 0.53.

Data checksums (SHA-256, first 12 hex digits): {checksums}.

## Speed
{bench_text}

## Known limits
- English Reddit comments and EmoBank's genres; expect lower scores on other domains,
  other languages, and on sarcasm.
- Rare labels (grief, relief, pride, nervousness) have few training examples; their
  scores vary by about +-0.01 or more with the seed.
- GoEmotions raters were from one country; label meanings reflect their reading.
- VAD is trained on 8k sentences; dominance is the weakest dimension.
- {"One distilled network; the three-teacher ensemble it learnt from scored higher on dev."
   if settings.get("teacher") else "A single seed; no ensembling or distillation yet."}
"""


def main() -> None:
    parser = argparse.ArgumentParser(description="write the model card and scores from evaluation reports")
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--goemotions", type=Path, required=True)
    parser.add_argument("--emobank", type=Path, required=True)
    parser.add_argument("--bench", type=Path, default=None)
    args = parser.parse_args()
    meta = json.loads((args.model / "model.json").read_text("utf-8"))
    ge = json.loads(args.goemotions.read_text("utf-8"))
    eb = json.loads(args.emobank.read_text("utf-8"))
    bench = json.loads(args.bench.read_text("utf-8")) if args.bench else None
    shipped = ge["systems"]["affectkit int8"]
    scores = {
        "goemotions_test_macro_f1": shipped["macro_f1"],
        "goemotions_test_micro_f1": shipped["micro_f1"],
        "goemotions_test_ekman_macro_f1": shipped["ekman_macro_f1"],
        "goemotions_test_sentiment_macro_f1": shipped["sentiment_macro_f1"],
    }
    for key, value in eb["systems"]["affectkit int8"].items():
        scores[f"emobank_test_{key}"] = value
    meta["scores"] = scores
    (args.model / "model.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    (args.model / "MODEL_CARD.md").write_text(render(meta, ge, eb, bench), encoding="utf-8")
    print(f"wrote {args.model / 'MODEL_CARD.md'} and scores in model.json")


if __name__ == "__main__":
    main()
