"""One feature path: only affectkit.models.batching runs an ONNX session, and what reads the
encoder reads the same floats through it."""

from __future__ import annotations

import ast
from pathlib import Path

import numpy as np
import pytest

from affectkit.models import EmotionModel, Encoder, Features, resolve_model
from affectkit.models.batching import Encoded, batch_plan

pytestmark = pytest.mark.fast  # runs in `make test-fast` (tests needing the model skip there)

SOURCE = Path(__file__).resolve().parents[1] / "src" / "affectkit"
FEATURE_PATH = SOURCE / "models" / "batching.py"


def _session_runs(path: Path) -> list[int]:
    """Lines of ``path`` that call ``.run(...)`` on something named like a session."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "run":
            receiver = ast.unparse(node.func.value).lower()
            if "session" in receiver or "ort" in receiver:
                lines.append(node.lineno)
    return lines


def test_no_onnx_session_runs_outside_the_feature_path() -> None:
    offenders = {
        str(path.relative_to(SOURCE)): lines
        for path in SOURCE.rglob("*.py")
        if path != FEATURE_PATH and (lines := _session_runs(path))
    }
    assert offenders == {}, f"ONNX sessions run outside models/batching.py: {offenders}"
    assert _session_runs(FEATURE_PATH), "the scan no longer finds the feature path's own session.run"


def test_the_scan_finds_a_session_run(tmp_path: Path) -> None:
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text("def f(model):\n    return model._session.run(['emotions'], {})\n", encoding="utf-8")
    assert _session_runs(sneaky) == [2]


@pytest.fixture(scope="module")
def model() -> EmotionModel:
    return EmotionModel.load(resolve_model("goemotions-minilm"), threads=1)


TEXTS = ["so happy for you", "oh no", "I can't believe they did that to me again, honestly.", "ok", "thanks!!"]


def test_the_shipped_model_is_an_encoder(model: EmotionModel) -> None:
    assert isinstance(model, Encoder)
    features = model.encode(TEXTS, pooled=True)
    assert isinstance(features, Features)
    assert features.encoder == (model.name, model.version)
    assert [item.ids for item in features.encoded] == [item.ids for item in model.tokenize_batch(TEXTS)]


def test_pooled_does_not_change_logits_or_vad(model: EmotionModel) -> None:
    plain = model.encode(TEXTS)
    pooled = model.encode(TEXTS, pooled=True)
    assert plain.pooled is None and pooled.pooled is not None
    assert np.array_equal(plain.logits, pooled.logits) and np.array_equal(plain.vad, pooled.vad)


def test_texts_and_encoded_rows_give_the_same_floats(model: EmotionModel) -> None:
    from_text = model.encode(TEXTS)
    from_rows = model.encode(model.tokenize_batch(TEXTS))
    assert np.array_equal(from_text.logits, from_rows.logits)


def test_a_text_gets_the_same_floats_alone_and_in_any_batch(model: EmotionModel) -> None:
    together = model.encode(TEXTS, batch_size=32).logits
    alone = np.concatenate([model.encode([text]).logits for text in TEXTS])
    small = model.encode(TEXTS[::-1], batch_size=2).logits[::-1]
    assert np.array_equal(together, alone) and np.array_equal(together, small)


def test_analysis_and_memory_read_the_feature_path(model: EmotionModel) -> None:
    from affectkit.understand.analyzer import Analyzer

    analyzer = Analyzer(threads=1)
    expected = analyzer.model.probabilities(analyzer.model.encode(TEXTS, batch_size=analyzer.batch_size).logits)
    got = np.array([[a.emotions[label] for label in analyzer.model.labels] for a in analyzer.analyze_batch(TEXTS)])
    assert np.array_equal(got, expected.astype(np.float64))


def test_the_sentence_encoder_shares_the_batching() -> None:
    from affectkit.memory.embedder import SentenceEmbedder

    embedder = SentenceEmbedder.load(threads=1)
    together = embedder.embed(TEXTS)
    alone = np.concatenate([embedder.embed([text]) for text in TEXTS])
    assert np.array_equal(together, alone)
    assert embedder.embed([]).shape == (0, embedder.dimensions)


def test_mixed_inputs_are_refused(model: EmotionModel) -> None:
    from affectkit.errors import ModelError

    with pytest.raises(ModelError, match="not a mix"):
        model.encode(["hi", Encoded((101, 102), 2, False)])  # type: ignore[list-item]


def test_plan_of_a_lone_text_runs_it_twice() -> None:
    rows = [Encoded((1,) * 5, 5, False)]
    assert batch_plan(rows, 32) == [([0], [0, 0], 8)]
    assert batch_plan(rows, 32, exact=False) == [([0], [0], 5)]
