"""The Python API: one result shape, provenance, JSON round trips, batching, long texts, bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
from pydantic import ValidationError

import affectkit
from affectkit import (
    Analysis,
    EmptyTextError,
    InputError,
    ModelNotFoundError,
    TaxonomyError,
    TextEncodingError,
    TextTooLongError,
)
from affectkit.taxonomy import GOEMOTIONS
from affectkit.understand.analyzer import Analyzer

pytestmark = pytest.mark.fast  # runs in `make test-fast` (tests needing the model skip there)


def test_import_and_analyze_never_import_torch() -> None:
    code = (
        "import affectkit, sys; affectkit.analyze('I miss you so much'); "
        "assert 'torch' not in sys.modules, 'torch was imported'; print('ok')"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_import_loads_no_model() -> None:
    code = "import affectkit, sys; assert 'onnxruntime' not in sys.modules; print('ok')"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_analysis_is_complete_and_consistent(analyzer: Analyzer) -> None:
    result = analyzer.analyze("Thank you so much, this made my day!")
    assert isinstance(result, Analysis)
    assert list(result.emotions) == list(GOEMOTIONS)
    assert all(0.0 <= p <= 1.0 for p in result.emotions.values())
    assert result.dominant == max(result.emotions, key=lambda k: result.emotions[k])
    # labels are exactly those at or above their thresholds, strongest first
    expected = [label for label in GOEMOTIONS if result.emotions[label] >= analyzer.thresholds[label]]
    assert sorted(result.labels) == sorted(expected)
    assert [result.emotions[x] for x in result.labels] == sorted(
        (result.emotions[x] for x in result.labels), reverse=True
    )
    # every view derives from the same labels
    assert result.ekman.labels == affectkit.taxonomy.view_labels(result.labels, "ekman")
    assert result.ekman.top == max(result.ekman.scores, key=lambda k: result.ekman.scores[k])
    assert set(result.parrott.secondary.scores) and len(result.parrott.secondary.scores) == 25
    for vad in (result.vad, result.writer_vad, result.reader_vad):
        assert 1.0 <= vad.valence <= 5.0 and 1.0 <= vad.arousal <= 5.0 and 1.0 <= vad.dominance <= 5.0
    p = result.provenance
    assert p.model == "goemotions-minilm" and p.model_version and p.taxonomy_version == "affectkit-taxonomies.v1"
    assert p.affectkit_version == affectkit.__version__ and p.truncated is False and p.segments == 1
    assert p.thresholds == "calibrated-dev"


def test_positive_message_reads_positive(analyzer: Analyzer) -> None:
    result = analyzer.analyze("Thank you so much, this made my day!")
    assert set(result.labels[:2]) & {"gratitude", "joy"}, result.top(5)
    assert result.sentiment.top == "positive"
    assert result.vad.valence > 3.0


@pytest.mark.parametrize(
    ("text", "ekman"),
    [
        ("I am so angry at you, this is outrageous!", "anger"),
        ("I'm terrified of what the doctor will say.", "fear"),
        ("My grandmother passed away last night and I can't stop crying.", "sadness"),
        ("That is absolutely disgusting, I want to throw up.", "disgust"),
    ],
)
def test_clear_emotions_are_recognised(analyzer: Analyzer, text: str, ekman: str) -> None:
    result = analyzer.analyze(text)
    assert result.ekman.top == ekman, result.top(4)
    assert result.sentiment.top == "negative"
    assert result.vad.valence < 3.0


def test_json_round_trip_is_lossless(analyzer: Analyzer) -> None:
    result = analyzer.analyze("What a wonderful surprise, I did not expect you!")
    again = Analysis.model_validate_json(result.model_dump_json())
    assert again == result
    assert json.loads(result.model_dump_json())["emotions"]["joy"] == result.emotions["joy"]


def test_results_are_frozen(analyzer: Analyzer) -> None:
    result = analyzer.analyze("ok then")
    with pytest.raises(ValidationError):
        result.dominant = "joy"  # type: ignore[misc]


def test_batch_keeps_order_and_matches_single(analyzer: Analyzer) -> None:
    texts = [
        "short",
        "a much longer text about how happy and grateful I am for everything today",
        "meh",
        "I hate this",
    ]
    batch = analyzer.analyze_batch(texts)
    assert [r.text for r in batch] == texts
    for text, result in zip(texts, batch):
        assert analyzer.analyze_batch([text])[0] == result  # bit for bit
        single = analyzer.analyze(text)  # the one-row fast path: equal to float precision
        assert np.allclose(list(single.emotions.values()), list(result.emotions.values()), atol=1e-5)
    assert analyzer.analyze_batch([]) == []


def test_scores_do_not_depend_on_batch_company(analyzer: Analyzer) -> None:
    texts = [f"I am {'so ' * (i % 9)}happy about day {i}" for i in range(40)]
    reference = [r.emotions for r in analyzer.analyze_batch(texts)]
    shuffled = texts[13:] + texts[:13]
    again = [r.emotions for r in Analyzer(batch_size=5, threads=1).analyze_batch(shuffled)]
    assert again[27:] + again[:27] == reference
    assert [analyzer.analyze_batch([text])[0].emotions for text in texts[:6]] == reference[:6]


def test_module_level_functions() -> None:
    assert affectkit.analyze("I love it").sentiment.top == "positive"
    assert [a.text for a in affectkit.analyze_batch(["one", "two"])] == ["one", "two"]


def test_thresholds_global_and_custom(analyzer: Analyzer) -> None:
    text = "Thanks, I guess that is fine."
    strict = Analyzer(thresholds=0.99).analyze(text)
    loose = Analyzer(thresholds=0.01).analyze(text)
    assert len(strict.labels) <= 1 and len(loose.labels) > len(strict.labels)
    assert strict.provenance.thresholds == "global=0.99"
    custom = Analyzer(thresholds={"neutral": 0.999})
    assert custom.thresholds["neutral"] == 0.999 and custom.thresholds["joy"] == analyzer.thresholds["joy"]
    assert custom.analyze(text).provenance.thresholds == "custom"
    with pytest.raises(TaxonomyError):
        Analyzer(thresholds={"happiness": 0.3})
    with pytest.raises(affectkit.AffectkitError):
        Analyzer(thresholds=1.5)


def test_long_text_is_truncated_and_flagged(analyzer: Analyzer) -> None:
    text = "I am thrilled about the trip. " * 80
    result = analyzer.analyze(text)
    assert result.provenance.truncated is True
    assert result.provenance.tokens > result.provenance.max_tokens
    assert analyzer.analyze("fine").provenance.truncated is False


def test_long_text_by_sentences() -> None:
    sentences = ["I am so happy for you today."] * 30 + ["But I am furious about what they did to you."] * 30
    result = Analyzer(long_text="sentences").analyze(" ".join(sentences))
    assert result.provenance.segments >= 2
    assert result.provenance.truncated is False
    assert result.provenance.long_text == "sentences"
    assert {"joy", "anger"} <= set(result.ekman.labels), result.top(6)


def test_pipe_carries_context(analyzer: Analyzer) -> None:
    rows = [(f"text number {i}", {"id": i}) for i in range(300)]
    out = list(analyzer.pipe(rows, as_tuples=True))
    assert [ctx["id"] for _, ctx in out] == list(range(300))
    assert [a.text for a, _ in out] == [t for t, _ in rows]
    assert [a.text for a in analyzer.pipe(["x y", "z w"])] == ["x y", "z w"]


@pytest.mark.parametrize("bad", ["", "   ", "\n\t "])
def test_empty_text_is_rejected(analyzer: Analyzer, bad: str) -> None:
    with pytest.raises(EmptyTextError, match="empty or only whitespace"):
        analyzer.analyze(bad)


def test_bytes_must_be_utf8(analyzer: Analyzer) -> None:
    assert analyzer.analyze("naïve joy".encode()).text == "naïve joy"
    with pytest.raises(TextEncodingError, match="not valid UTF-8"):
        analyzer.analyze("naïve".encode("latin-1"))


def test_binary_and_wrong_types_are_rejected(analyzer: Analyzer) -> None:
    with pytest.raises(InputError, match="NUL"):
        analyzer.analyze("abc\x00def")
    with pytest.raises(InputError, match="must be a string"):
        analyzer.analyze(42)  # type: ignore[arg-type]


def test_huge_text_names_the_limit() -> None:
    with pytest.raises(TextTooLongError, match="max_chars"):
        Analyzer(max_chars=1000).analyze("a" * 1001)


def test_batch_error_names_position(analyzer: Analyzer) -> None:
    with pytest.raises(EmptyTextError, match="text 1"):
        analyzer.analyze_batch(["fine", " "])


def test_unknown_model_is_explained() -> None:
    with pytest.raises(ModelNotFoundError, match="Did you mean 'goemotions-minilm'"):
        Analyzer(model="goemotions-minilmm")


def test_view_accessor(analyzer: Analyzer) -> None:
    result = analyzer.analyze("so much fun")
    assert result.view("parrott") == result.parrott.primary
    assert result.view("goemotions").scores == result.emotions
    with pytest.raises(TaxonomyError):
        result.view("colors")
