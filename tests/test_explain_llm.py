"""Shapley values of a prompt's fields for an LLM's answer (issue 16, LLM decisions).

Unit tests run on stand-ins (a fake llama.cpp model, fake servers, a fake chat LLM);
the slow tests run SmolLM2-135M-Instruct through llama.cpp in process and behind a real
``python -m llama_cpp.server``. Without llama-cpp-python those skip, but under ``CI=true``
they fail."""

from __future__ import annotations

import itertools
import json
import math
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import httpx
import numpy as np
import pytest
from llama_helpers import llama_server, need_llama
from typer.testing import CliRunner

from affectkit.errors import InputError, LLMOutputError, LLMUnavailableError
from affectkit.llm.answer_scores import (
    CompletionsAnswerScorer,
    LlamaAnswerScorer,
    SampledAnswerScorer,
    answer_matches,
    echoed_answer_logprob,
    log_softmax,
)
from affectkit.llm.client import Completion, free_cores
from affectkit.llm.field_shapley import (
    MAX_FIELDS,
    PromptField,
    explain_fields,
    noise_share,
    render,
    stimulus_prompt,
    with_options,
)

# -- stand-ins ------------------------------------------------------------------------


class FakeLlama:
    """llama.cpp's surface that teacher forcing uses: one token per byte, and logits at each
    position that depend on every token before it (as attention does)."""

    metadata: ClassVar[dict[str, str]] = {}

    def __init__(self) -> None:
        self.n_tokens = 0
        self.ids = np.zeros(512, dtype=np.int64)
        self.scores = np.zeros((512, 256), dtype=np.float32)
        self.evaluated = 0

    def n_ctx(self) -> int:
        return 512

    def tokenize(self, text: bytes, add_bos: bool = True, special: bool = False) -> list[int]:
        return list(text)

    def reset(self) -> None:
        self.n_tokens = 0

    def eval(self, tokens: Sequence[int]) -> None:
        for token in tokens:
            self.ids[self.n_tokens] = token
            self.scores[self.n_tokens] = fake_logits(self.ids[: self.n_tokens + 1].tolist())
            self.n_tokens += 1
            self.evaluated += 1


def fake_logits(history: list[int]) -> np.ndarray:
    v = np.arange(256)
    return np.cos(v * (1 + sum(history) % 7) / 11.0) + 2.0 * (v == (history[-1] + 1) % 256)


def fake_logprob(prompt: str, answer: str) -> float:
    """The fake model's log P(answer | prompt), computed the plain way."""
    tokens = list((prompt + answer).encode())
    start = len(prompt.encode())
    return sum(float(log_softmax([fake_logits(tokens[:i])])[0, tokens[i]]) for i in range(start, len(tokens)))


class WordCount:
    """A scorer whose value is a weighted count of words, with one pair that only counts together."""

    backend, model, value_kind, samples = "word count", "toy", "log-probability", None

    def __init__(self) -> None:
        self.requests = 0

    def score(self, prompts: Sequence[str], answer: str, progress: Any = None) -> list[float]:
        self.requests += len(prompts)
        return [p.count("sad") * 1.5 - p.count("calm") + 2.0 * ("not" in p and "happy" in p) for p in prompts]


@dataclass
class CountingLLM:
    """A chat LLM whose answer is 'Sadness' when the prompt says sad and the seed is even."""

    name: str = "counting"
    calls: list[int | None] = field(default_factory=list)

    def complete(self, messages: Sequence[dict[str, str]], **options: Any) -> Completion:
        self.calls.append(options.get("seed"))
        sad = "sad" in messages[-1]["content"] and (options.get("seed") or 0) % 2 == 0
        return Completion(text="Sadness." if sad else "Joy", finish_reason="stop", model=self.name)


def brute_force(n: int, value: Any) -> list[float]:
    """Shapley values by their definition, for checking."""
    phi = [0.0] * n
    for i in range(n):
        others = [j for j in range(n) if j != i]
        for size in range(n):
            for subset in itertools.combinations(others, size):
                weight = math.factorial(size) * math.factorial(n - size - 1) / math.factorial(n)
                keep = [j in subset for j in range(n)]
                with_i = list(keep)
                with_i[i] = True
                phi[i] += weight * (value(with_i) - value(keep))
    return phi


TEMPLATE = "{a} {b} {c} {d}"
FIELDS = [
    PromptField("a", "sad sad"),
    PromptField("b", "not"),
    PromptField("c", "happy", baseline="calm"),
    PromptField("d", "ref 42", noise=True),
]


# -- the game on stand-ins -------------------------------------------------------------


@pytest.mark.fast
def test_values_equal_the_definition_and_add_up() -> None:
    scorer = WordCount()
    result = explain_fields(TEMPLATE, FIELDS, "sadness", scorer)
    expected = brute_force(4, lambda keep: scorer.score([render(TEMPLATE, FIELDS, keep)], "x")[0])
    assert [f.value for f in result.fields] == pytest.approx(expected, abs=1e-12)
    assert [round(f.value, 9) for f in result.fields] == [3.0, 1.0, 2.0, 0.0]  # "not" and "happy" share the pair
    assert sum(f.value for f in result.fields) == pytest.approx(result.full - result.baseline, abs=1e-12)
    assert abs(result.residual) < 1e-9 and result.exact and result.coalitions == 16
    assert result.fields[3].value == 0.0 and result.noise_share == 0.0  # a dummy field gets 0
    assert all(f.stderr == 0.0 for f in result.fields)


@pytest.mark.fast
def test_noise_share_arithmetic() -> None:
    assert noise_share([2.0, -1.0, 1.0], [False, False, True]) == 0.25
    assert noise_share([0.0, 0.0], [True, False]) == 0.0
    assert noise_share([-3.0, 1.0], [True, True]) == 1.0
    fields = with_options(FIELDS, noise=["c"])  # "happy" vs "calm" now counts as noise
    result = explain_fields(TEMPLATE, fields, "sadness", WordCount())
    assert result.noise_share == pytest.approx(2.0 / 6.0)


class Cubic(WordCount):
    """The cube of the number of "sad": no order gives every field the same share."""

    def score(self, prompts: Sequence[str], answer: str, progress: Any = None) -> list[float]:
        self.requests += len(prompts)
        return [p.count("sad") ** 3 / 100 - p.count("calm") for p in prompts]


@pytest.mark.fast
def test_sampled_above_ten_fields_adds_up_and_is_seeded() -> None:
    fields = [PromptField(f"f{i}", "sad" if i % 3 else "calm") for i in range(12)]
    template = " ".join(f"{{f{i}}}" for i in range(12))
    first = explain_fields(template, fields, "x", Cubic(), budget=200, seed=3)
    again = explain_fields(template, fields, "x", Cubic(), budget=200, seed=3)
    other = explain_fields(template, fields, "x", Cubic(), budget=200, seed=4)
    assert not first.exact and first.coalitions <= 200
    assert abs(first.residual) < 1e-9 and first.full - first.baseline == pytest.approx(8**3 / 100 - 4)
    assert first.as_dict()["fields"] == again.as_dict()["fields"]
    assert [f.value for f in other.fields] != [f.value for f in first.fields]
    assert first.fields[0].value == pytest.approx(-1.0) and first.fields[0].stderr == 0.0  # additive: exact
    assert all(f.stderr > 0 for f in first.fields if f.text == "sad")
    assert np.mean([f.value for f in first.fields if f.text == "sad"]) == pytest.approx(8**2 / 100)


@pytest.mark.fast
def test_teacher_forcing_on_a_fake_model() -> None:
    llama = FakeLlama()
    scorer = LlamaAnswerScorer(llama=llama)
    assert scorer.backend == "llama.cpp teacher-forced, raw prompt"
    prompts = ["The text: so sad. Label:", "The text: so glad. Label:", "The text: meh. Label:"]
    values = scorer.score(prompts, " sadness")
    assert values == pytest.approx([fake_logprob(p, " sadness") for p in prompts], abs=1e-6)
    shared = len("The text: ")
    assert llama.evaluated == shared + sum(len(p) - shared + len(" sadness") for p in prompts)  # prefix once
    alone = [LlamaAnswerScorer(llama=FakeLlama()).score([p], " sadness")[0] for p in prompts]
    backwards = LlamaAnswerScorer(llama=FakeLlama()).score(prompts[::-1], " sadness")[::-1]
    assert values == alone == backwards  # a prompt's value does not depend on what was scored with it
    result = explain_fields("The text: {text} Label:", [PromptField("text", "so sad.")], " sadness", scorer)
    assert result.fields[0].value == pytest.approx(
        fake_logprob("The text: so sad. Label:", " sadness") - fake_logprob("The text:  Label:", " sadness"), abs=1e-6
    )


@pytest.mark.fast
def test_frequency_backend_states_n_and_counts_answers() -> None:
    llm = CountingLLM()
    scorer = SampledAnswerScorer(llm, samples=4, seed=0)  # type: ignore[arg-type]
    fields = [PromptField("text", "so sad"), PromptField("ref", "#12", noise=True)]
    result = explain_fields("{text}{ref}", fields, "sadness", scorer)
    assert result.value_kind == "frequency" and result.samples == 4 and "4 samples" in result.backend
    assert result.full == 0.5 and result.baseline == 0.0  # seeds 0-3: two even
    assert [f.value for f in result.fields] == [0.5, 0.0] and result.noise_share == 0.0
    assert result.requests == 4 * 4 and len(llm.calls) == 16
    assert answer_matches("  'Sadness', clearly", "sadness") and not answer_matches("sadnesses", "sadness")


@pytest.mark.fast
def test_the_worked_example_builds_the_published_stimuli() -> None:
    template, fields = stimulus_prompt(["ep02", "NP04"])
    assert [f.name for f in fields] == ["text", "ep02", "np04", "reference"]
    assert [f.noise for f in fields] == [False, False, False, True]
    instruction = render(template, fields, [True, True, False, False]).split("\n")[0]
    assert instruction.endswith("neutral., This is very important to my career.")  # EmotionPrompt: ", "
    negative = render(template, fields, [True, False, True, False]).split("\n")[0]
    assert negative.endswith("neutral. Everyone else managed to do it; why can't you?")  # NegativePrompt: " "
    with pytest.raises(InputError, match="unknown stimulus"):
        stimulus_prompt(["EP99"])


# -- clear errors ----------------------------------------------------------------------


@pytest.mark.fast
@pytest.mark.parametrize(
    ("template", "fields", "answer", "message"),
    [
        ("{a} {b}", [PromptField("a", "x")], "y", r"uses the field \{b\}, which has no value; add --field b=TEXT"),
        ("{a}", [PromptField("a", "x"), PromptField("z", "w")], "y", "'z' is not in the template"),
        ("{a}", [PromptField("a", "x"), PromptField("a", "w")], "y", "given more than once"),
        ("{a}", [PromptField("a", "x")], "  ", "the answer is empty"),
        ("{a} {", [PromptField("a", "x")], "y", "cannot be read"),
        ("{} x", [PromptField("a", "x")], "y", "not a plain name"),
        ("{a:>5}", [PromptField("a", "x")], "y", "has a format"),
        ("no fields", [], "y", "no fields"),
    ],
)
def test_bad_prompts_are_refused_clearly(template: str, fields: list[PromptField], answer: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        explain_fields(template, fields, answer, WordCount())


@pytest.mark.fast
def test_too_many_fields_and_unknown_options() -> None:
    fields = [PromptField(f"f{i}", "x") for i in range(MAX_FIELDS + 1)]
    with pytest.raises(InputError, match="17 fields, more than 16"):
        explain_fields("".join(f"{{f{i}}}" for i in range(MAX_FIELDS + 1)), fields, "y", WordCount())
    with pytest.raises(InputError, match="--noise c: there is no field 'c'"):
        with_options([PromptField("a", "x")], noise=["c"])
    with pytest.raises(InputError, match="--budget must be at least 8"):
        explain_fields("{a}", [PromptField("a", "x")], "y", WordCount(), budget=4)


@pytest.mark.fast
def test_a_dead_server_is_one_line_naming_the_fix() -> None:
    started = time.monotonic()
    with pytest.raises(LLMUnavailableError) as error:
        CompletionsAnswerScorer("http://127.0.0.1:9/v1", timeout=5).score(["x"], "y")
    message = str(error.value)
    assert "cannot reach the LLM server at http://127.0.0.1:9/v1" in message and "\n" not in message
    assert "python -m llama_cpp.server" in message and time.monotonic() - started < 5


# -- /v1/completions logprobs, on stand-in servers ---------------------------------------------


def toy_logprob(prefix: str, token: str) -> float:
    return -((ord(token) + len(prefix)) % 7) / 3 - 0.1


def completions_server(shifted: bool) -> httpx.MockTransport:
    """One character per token; OpenAI's echo semantics, or llama-cpp-python's (one late)."""

    def handle(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        text = body["prompt"]
        after = {"\n": toy_logprob(text, "\n")}
        if not body.get("echo"):
            logprobs = {"tokens": ["\n"], "text_offset": [len(text)], "token_logprobs": [after["\n"]],
                        "top_logprobs": [after]}  # fmt: skip
        else:
            seen = len(text) if not shifted else len(text) - 1
            where = [text[: i + 1] if shifted else text[:i] for i in range(len(text))]
            logprobs = {
                "tokens": list(text) + ["\n"] * (not shifted),
                "text_offset": list(range(len(text))) + [len(text)] * (not shifted),
                "token_logprobs": [None]
                + [toy_logprob(where[i], text[i]) for i in range(1, seen + shifted)]
                + [after["\n"]] * (not shifted),
                "top_logprobs": [None]
                + [{"\n": toy_logprob(where[i], "\n")} for i in range(1, len(text))]
                + [after] * (not shifted),
            }
        return httpx.Response(200, json={"choices": [{"text": "\n", "logprobs": logprobs}]})

    return httpx.MockTransport(handle)


@pytest.mark.fast
def test_completions_logprobs_sum_the_answer_tokens() -> None:
    scorer = CompletionsAnswerScorer("http://llm.test/v1", transport=completions_server(shifted=False))
    prompts = ["Label: ", "Text: sad. Label: "]
    values = scorer.score(prompts, "sad")
    expected = [sum(toy_logprob((p + "sad")[:i], (p + "sad")[i]) for i in range(len(p), len(p) + 3)) for p in prompts]
    assert values == pytest.approx(expected) and scorer.requests == 2 + 2  # the probe, then one per prompt
    with pytest.raises(LLMOutputError, match="across the end of the prompt"):
        echoed_answer_logprob({"choices": [{"logprobs": {"text_offset": [0, 4], "token_logprobs": [None, -1]}}]},
                              "abc", "d")  # fmt: skip
    with pytest.raises(LLMOutputError, match="no prompt log-probabilities"):
        echoed_answer_logprob({"choices": [{"text": "x"}]}, "abc", "d")


@pytest.mark.fast
def test_a_server_with_late_echo_logprobs_is_refused() -> None:
    scorer = CompletionsAnswerScorer("http://llm.test/v1", transport=completions_server(shifted=True))
    with pytest.raises(LLMOutputError, match="one position late"):
        scorer.score(["Label: "], "sad")


# -- the command, on a stand-in scorer ---------------------------------------------------


@pytest.mark.fast
def test_cli_table_and_json(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from affectkit.cli.main import app
    from affectkit.llm import answer_scores

    monkeypatch.setattr(answer_scores, "make_scorer", lambda **_: WordCount())
    template = tmp_path / "prompt.txt"
    template.write_text("{a} {b} {c}", encoding="utf-8")
    args = ["explain-llm", "--template", str(template), "--field", "a=sad sad", "--field", "b=not happy"]
    args += ["--field", "c=calm", "--baseline", "c=", "--noise", "c", "--answer", "sadness"]
    shown = CliRunner().invoke(app, args)
    assert shown.exit_code == 0, shown.output
    assert "noise share" in shown.output and "+3.0000" in shown.output and "residual" in shown.output
    body = json.loads(CliRunner().invoke(app, [*args, "--json"]).output)
    assert [(f["name"], f["value"], f["noise"]) for f in body["fields"]] == [
        ("a", 3.0, False), ("b", 2.0, False), ("c", -1.0, True),
    ]  # fmt: skip
    assert body["noise_share"] == pytest.approx(1 / 6) and body["residual"] == 0.0
    inline = ["explain-llm", "--template", "{a}\\n{b}", "--field", "a=sad", "--field", "b=x", "--answer", "y", "--json"]
    assert json.loads(CliRunner().invoke(app, inline).output)["prompt"] == "sad\nx"  # \n in inline text: a newline
    missing = CliRunner().invoke(app, ["explain-llm", "--template", "{a}", "--answer", "x"])
    assert isinstance(missing.exception, InputError) and "--field a=TEXT" in str(missing.exception)
    neither = CliRunner().invoke(app, ["explain-llm", "--answer", "x"])
    assert isinstance(neither.exception, InputError) and "--stimulus" in str(neither.exception)


# -- SmolLM2 through llama.cpp, in process and behind a real server ------------------------


@pytest.fixture(scope="module")
def smollm2() -> Iterator[int]:
    need_llama()
    yield free_cores()


@pytest.mark.slow
def test_an_llm_decision_explained_in_process(smollm2: int) -> None:
    template, fields = stimulus_prompt(["EP02", "NP04"])
    first = explain_fields(template, fields, "sadness", LlamaAnswerScorer(threads=smollm2))
    again = explain_fields(template, fields, "sadness", LlamaAnswerScorer(threads=1))
    assert first.exact and first.coalitions == 16 and first.backend == "llama.cpp teacher-forced, chat template"
    assert [f.name for f in first.fields] == ["text", "ep02", "np04", "reference"]
    assert all(math.isfinite(f.value) and f.stderr == 0 for f in first.fields)
    assert abs(sum(f.value for f in first.fields) - (first.full - first.baseline)) < 1e-6
    assert abs(first.residual) < 1e-6 and first.full < 0 and first.baseline < 0
    assert [f.value for f in again.fields] == [f.value for f in first.fields]  # seeded runs identical
    assert first.noise_share == pytest.approx(abs(first.fields[3].value) / sum(abs(f.value) for f in first.fields))
    scorer = LlamaAnswerScorer(threads=smollm2)
    alone = scorer.score([first.prompt], "sadness")[0]  # scored with no other prompt sharing its prefix
    assert alone == pytest.approx(first.full, abs=1e-4)


@pytest.mark.slow
def test_sampled_orders_on_the_real_model_add_up(smollm2: int) -> None:
    words = ["I", "failed", "my", "driving", "test", "again", "and", "everyone", "is", "laughing", "at"]
    fields = [PromptField(f"w{i}", (" " if i else "") + w) for i, w in enumerate(words)]
    template = "Text:" + "".join(f"{{w{i}}}" for i in range(11)) + "\nOne-word emotion:"
    result = explain_fields(template, fields, " sad", LlamaAnswerScorer(threads=smollm2, chat=False), budget=44)
    assert not result.exact and result.coalitions <= 44 and result.backend.endswith("raw prompt")
    assert abs(result.residual) < 1e-6 and any(f.stderr > 0 for f in result.fields)


@pytest.mark.slow
def test_cli_worked_example_offline(smollm2: int) -> None:
    command = [sys.executable, "-m", "affectkit.cli.main", "explain-llm", "--stimulus", "NP04", "--json"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    body = json.loads(done.stdout)
    assert [f["name"] for f in body["fields"]] == ["text", "np04", "reference"] and body["answer"] == "sadness"
    assert abs(body["residual"]) < 1e-6 and body["coalitions"] == 8 and body["model"].startswith("llama.cpp:")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with llama_server(tmp_path_factory.mktemp("llama"), n_ctx=1024) as base:
        yield base


@pytest.mark.slow
def test_the_real_servers_late_echo_logprobs_are_refused(server: str) -> None:
    # llama-cpp-python's server (0.3.x) gives each echoed token the log-probability of the
    # token after it (abetlen/llama-cpp-python#1983): checked by hand, refused here.
    scorer = CompletionsAnswerScorer(server, model="smollm2", timeout=120)
    with pytest.raises(LLMOutputError, match="one position late"):
        scorer.score(["Classify the emotion in one word.\nText: I failed my test again\nAnswer:"], " sadness")


@pytest.mark.slow
def test_an_llm_decision_explained_by_sampling_the_real_server(server: str) -> None:
    from affectkit.llm import OpenAICompatible

    fields = [PromptField("tone", " Be careful."), PromptField("ref", " Ref 7Q.", noise=True)]
    template = "Answer with one word, yes or no.{tone} Is the sky blue on a clear day?{ref}"
    results = [
        explain_fields(
            template,
            fields,
            "yes",
            SampledAnswerScorer(OpenAICompatible(server, model="smollm2", timeout=60), samples=4, max_tokens=4),
        )
        for _ in range(2)
    ]
    first, again = results
    assert first.value_kind == "frequency" and first.samples == 4 and first.requests == 16
    assert abs(first.residual) < 1e-9 and 0 <= first.full <= 1
    assert first.as_dict()["fields"] == again.as_dict()["fields"]  # seeded samples: identical
