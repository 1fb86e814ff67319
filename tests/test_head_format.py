"""One head format: the manifest's checks, the encoder check, the registry of shipped and
user heads, ``affectkit heads``, and the heads moved onto the format giving exactly what
their weights give when computed here, step by step, from the raw arrays."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from typer.testing import CliRunner

from affectkit.care.head import load_care_head
from affectkit.cli.main import app
from affectkit.errors import ModelError
from affectkit.generate.esconv import StrategyModel
from affectkit.models.head_format import read_head, read_manifest, sigmoid, softmax
from affectkit.models.head_registry import head_folder, list_heads, load_head
from affectkit.models.heads import CONVERSATION_LABELS, load_heads
from affectkit.types import VAD
from affectkit.understand.dialogue_heads import DialogueHeads
from affectkit.understand.transition import BigFive, label_positions, temperament, transition

pytestmark = pytest.mark.fast  # runs in `make test-fast` (tests needing the model skip there)

SHIPPED = {
    "care-risk-minilm": "care",
    "care-cases-minilm": "care",
    "care-cases-e5": "care",
    "conversation-minilm": "conversation",
    "esconv-strategy": "strategy",
    "transition-minilm": "transition",
}


def _raw(folder: str) -> dict[str, np.ndarray]:
    with np.load(head_folder(folder) / "weights.npz", allow_pickle=False) as stored:
        return {key: stored[key] for key in stored.files}


def _write_head(folder: Path, dim: int = 4, **changes: Any) -> Path:
    """A small care-kind user head: standardise, linear, softmax over three labels."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(1)
    np.savez(
        folder / "weights.npz",
        mean=np.zeros(dim, np.float32),
        std=np.ones(dim, np.float32),
        weight=rng.normal(size=(dim, 3)).astype(np.float32),
        bias=np.zeros(3, np.float32),
    )
    manifest: dict[str, Any] = {
        "name": folder.name,
        "version": "0.1.0",
        "kind": "care",
        "encoder": {"name": "goemotions-minilm", "version": "1.1.0"},
        "features": {"spec": "logits+vad+pooled", "dim": dim},
        "labels": ["none", "worry", "crisis"],
        "activation": "softmax",
        "thresholds": {"crisis": 0.5},
        "calibration": "none",
        "weights": "weights.npz",
        "licence": "CC0-1.0",
        "data": "made up for a test",
    }
    for key, value in changes.items():
        if value is None and key != "encoder":
            manifest.pop(key)
        else:
            manifest[key] = value
    (folder / "head.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


# -- the manifest -----------------------------------------------------------------------


def test_a_valid_head_reads_back(tmp_path: Path) -> None:
    head = read_head(_write_head(tmp_path / "mine"), kind="care", encoder=("goemotions-minilm", "1.1.0"))
    manifest = head.manifest
    assert (manifest.name, manifest.kind, manifest.features.dim, manifest.labels) == (
        "mine",
        "care",
        4,
        ("none", "worry", "crisis"),
    )
    assert manifest.thresholds == {"crisis": 0.5} and manifest.licence == "CC0-1.0"
    assert head.array("weight").shape == (4, 3)
    assert read_manifest(tmp_path / "mine" / "head.json").name == "mine"  # the manifest's path works too


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"licence": None}, "missing field 'licence'"),
        ({"kind": None}, "missing field 'kind'"),
        ({"features": {"spec": "x"}}, "features.dim must be a positive whole number"),
        ({"features": {"spec": "x", "dim": 0}}, "features.dim must be a positive whole number"),
        ({"labels": []}, "field 'labels' must be a non-empty list"),
        ({"activation": "relu"}, "activation must be one of softmax, sigmoid, none"),
        ({"activation": {"emotion": "tanh"}}, "activation of 'emotion' must be one of"),
        ({"encoder": {"name": "goemotions-minilm"}}, "field 'encoder' must be"),
        ({"thresholds": {"crisis": "high"}}, "field 'thresholds' must map names to numbers"),
        ({"name": ""}, "field 'name' must be a non-empty string"),
    ],
)
def test_manifest_mistakes_are_named(tmp_path: Path, changes: dict[str, Any], message: str) -> None:
    folder = _write_head(tmp_path / "bad", **changes)
    with pytest.raises(ModelError, match=message) as caught:
        read_head(folder)
    assert str(folder / "head.json") in str(caught.value)  # the error says which file


def test_a_wrong_kind_is_refused(tmp_path: Path) -> None:
    folder = _write_head(tmp_path / "mine")
    with pytest.raises(ModelError, match="is a 'care' head, not a 'strategy' head"):
        read_head(folder, kind="strategy")
    with pytest.raises(ModelError, match="not a 'care' head"):
        load_care_head(directory=str(head_folder("esconv-strategy")))


def test_a_feature_size_mismatch_is_refused(tmp_path: Path) -> None:
    folder = _write_head(tmp_path / "mine", features={"spec": "logits+vad+pooled", "dim": 421})
    with pytest.raises(ModelError, match=r"features.dim is 421 but the weights' mean has shape \(4,\)"):
        read_head(folder)


def test_missing_files_and_arrays_are_named(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="no head at"):
        read_head(tmp_path / "nothing")
    folder = _write_head(tmp_path / "mine", weights="other.npz")
    with pytest.raises(ModelError, match="cannot read the weights of the head mine"):
        read_head(folder)
    (folder / "head.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError, match="cannot read the manifest"):
        read_head(folder)
    with pytest.raises(ModelError, match=r"no weight array 'w9'.*holds bias, mean, std, weight"):
        read_head(_write_head(tmp_path / "ok")).array("w9")


def test_activations_are_the_shared_helpers() -> None:
    scores = np.array([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]])
    expected = np.exp(scores - 3.0) / np.exp(scores - 3.0).sum(axis=1, keepdims=True)
    assert softmax(scores)[0].tolist() == expected[0].tolist() and softmax(scores)[1].tolist() == [1 / 3] * 3
    assert softmax(scores.astype(np.float32)).dtype == np.float32
    assert sigmoid(np.array([0.0, math.log(3.0)])).tolist() == pytest.approx([0.5, 0.75])


# -- the encoder check --------------------------------------------------------------------


def test_a_head_refuses_another_encoder_naming_both(tmp_path: Path) -> None:
    folder = _write_head(tmp_path / "mine")
    with pytest.raises(
        ModelError, match=re.escape("the care head mine 0.1.0 read goemotions-minilm 1.1.0, not my-model 2.0")
    ):
        read_head(folder, encoder=("my-model", "2.0"))
    with pytest.raises(ModelError, match=re.escape("read goemotions-minilm 1.1.0, not goemotions-minilm 1.0.0")):
        load_head("care-risk-minilm", encoder=("goemotions-minilm", "1.0.0"))
    free = read_head(_write_head(tmp_path / "free", encoder=None), encoder=("any-model", "9"))  # reads no encoder
    assert free.manifest.encoder is None and free.manifest.fits("any-model", "9")


def test_the_conversation_heads_keep_their_refusal() -> None:
    class Other:
        name, version = "other-model", "2.0"

    with pytest.raises(ModelError) as caught:
        DialogueHeads.load().check_encoder(Other())  # type: ignore[arg-type]
    assert str(caught.value) == (
        "the conversation heads conversation-minilm 1.0.0 read goemotions-minilm 1.1.0, not other-model 2.0: "
        "analyse conversations with the default model (or train heads for yours with training/conversation_heads.py)"
    )


# -- the registry and the command -------------------------------------------------------------


def test_the_registry_lists_every_shipped_head(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AFFECTKIT_HEADS", raising=False)
    entries = {entry.name: entry for entry in list_heads()}
    assert {name: entries[name].kind for name in SHIPPED} == SHIPPED
    assert all(entry.origin == "shipped" and (entry.path / "head.json").is_file() for entry in entries.values())
    assert entries["conversation-minilm"].encoder == ("goemotions-minilm", "1.1.0")
    assert entries["esconv-strategy"].encoder is None
    assert "non-commercial" in entries["esconv-strategy"].licence
    for name, kind in SHIPPED.items():
        assert load_head(name).manifest.kind == kind
    assert load_head("care-minilm").manifest.name == "care-risk-minilm"  # a shipped folder's name works too
    with pytest.raises(ModelError, match="Did you mean 'esconv-strategy'"):
        load_head("esconv-stratgy")


def test_a_user_head_is_listed_and_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _write_head(tmp_path / "heads" / "my-care")
    (tmp_path / "heads" / "notes").mkdir()  # a folder without head.json is not a head
    monkeypatch.setenv("AFFECTKIT_HEADS", str(tmp_path / "heads"))
    users = [entry for entry in list_heads() if entry.origin == "user"]
    assert [(e.name, e.kind, e.version, e.licence, e.path) for e in users] == [
        ("my-care", "care", "0.1.0", "CC0-1.0", folder)
    ]
    head = load_head("my-care", kind="care")
    assert head.manifest.folder == folder
    care = load_care_head(directory=str(folder))
    rows = np.eye(4, dtype=np.float32)
    assert np.array_equal(care.probabilities(rows), softmax(rows @ head.array("weight") + head.array("bias")))
    _write_head(tmp_path / "heads" / "copy", name="esconv-strategy")
    with pytest.raises(ModelError, match="2 heads are called 'esconv-strategy'"):
        load_head("esconv-strategy")
    monkeypatch.setenv("AFFECTKIT_HEADS", str(tmp_path / "missing"))
    with pytest.raises(ModelError, match="is not a directory"):
        list_heads()


def test_the_heads_command_lists_shipped_and_user_heads(tmp_path: Path) -> None:
    _write_head(tmp_path / "my-care")
    runner = CliRunner()
    result = runner.invoke(app, ["heads", "--json"], env={"AFFECTKIT_HEADS": str(tmp_path)})
    assert result.exit_code == 0, result.output
    listed = {entry["name"]: entry for entry in json.loads(result.output)["heads"]}
    assert {name: listed[name]["kind"] for name in SHIPPED} == SHIPPED
    assert listed["my-care"] == {
        "kind": "care",
        "name": "my-care",
        "version": "0.1.0",
        "encoder": {"name": "goemotions-minilm", "version": "1.1.0"},
        "licence": "CC0-1.0",
        "path": str(tmp_path / "my-care"),
        "origin": "user",
    }
    table = runner.invoke(app, ["heads"], env={"AFFECTKIT_HEADS": str(tmp_path)})
    assert table.exit_code == 0, table.output
    assert "transition-minilm 1.0.0 (transition, shipped)" in table.output
    assert "my-care 0.1.0 (care, user)" in table.output and "CC0-1.0" in table.output
    assert "encoder  none" in table.output  # the strategy chooser reads no encoder


# -- the moved heads give exactly what their arrays give ---------------------------------------


def _gelu(x: np.ndarray) -> np.ndarray:
    return (0.5 * x * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x**3)))).astype(np.float32)


def test_conversation_heads_equal_their_arrays() -> None:
    raw = _raw("conversation-minilm")
    config, heads = load_heads()
    rng = np.random.default_rng(0)
    for name, head in heads.items():
        x = rng.normal(size=(5, head.input_dim)).astype(np.float32)
        hidden = _gelu(
            (x - raw[f"{name}.mean"]) / raw[f"{name}.std"] @ raw[f"{name}.hidden_weight"] + raw[f"{name}.hidden_bias"]
        )
        for output in head.outputs:
            expected = hidden @ raw[f"{name}.out.{output}.weight"] + raw[f"{name}.out.{output}.bias"]
            assert np.array_equal(head.logits(x, output), expected), (name, output)
    reader = DialogueHeads.load()
    logits, vad = rng.normal(size=(4, 28)).astype(np.float32), rng.normal(size=(4, 9)).astype(np.float32)
    pooled = (rng.normal(size=(4, 384)) / 20).astype(np.float32)
    speakers = ["A", "B", "A", "B"]
    own = np.concatenate([logits, vad, pooled], axis=1)
    scores = heads["none-meld"].logits(own, "emotion").astype(np.float64)
    scores[:, CONVERSATION_LABELS.index("neutral")] += config["neutral_bias"]["none-meld"]
    exp = np.exp(scores - scores.max(axis=1, keepdims=True))
    expected = [[round(float(p), 6) for p in row] for row in exp / exp.sum(axis=1, keepdims=True)]
    got = reader.emotions(logits, vad, pooled, speakers, context=False)
    assert [list(e.scores.values()) for e in got] == expected
    causes = reader.causes(logits, vad, pooled, speakers, ["a", "b", "c", "d"], ["sadness"] * 4)
    from affectkit.models.heads import cause_pair_features

    rows = cause_pair_features(logits, vad, pooled, speakers, 3, CONVERSATION_LABELS.index("sadness"))
    raw_cause = heads["causes"].logits(rows, "cause")[:, 0]
    kept = {t: round(float(1.0 / (1.0 + np.exp(-float(v)))), 6) for t, v in enumerate(raw_cause) if v > -0.2}
    assert {c.turn: c.score for c in causes[3]} == kept
    assert reader.cause_threshold == -0.2 == config["thresholds"]["cause"]


def test_care_heads_equal_their_arrays() -> None:
    rng = np.random.default_rng(0)
    for folder in ("care-minilm", "care-cases-minilm", "care-cases-e5"):
        raw = {key: value.astype(np.float32) for key, value in _raw(folder).items()}
        head = load_care_head(shipped=folder)
        x = rng.normal(size=(6, head.dim)).astype(np.float32)
        hidden = (x - raw["mean"]) / raw["std"]
        if "w1" in raw:
            hidden = np.maximum(hidden @ raw["w1"] + raw["b1"], 0.0)
        z = hidden @ raw["weight"] + raw["bias"]
        z = z - z.max(axis=1, keepdims=True)
        expected = (np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)).astype(np.float32)
        assert np.array_equal(head.probabilities(x), expected), folder
        manifest = json.loads((head_folder(folder) / "head.json").read_text(encoding="utf-8"))
        assert head.threshold == next(iter(manifest["thresholds"].values()))
        assert head.encoder == (manifest["encoder"]["name"], manifest["encoder"]["version"])


def test_the_strategy_chooser_equals_its_arrays() -> None:
    raw = _raw("esconv-strategy")
    model = StrategyModel.load()
    x = np.random.default_rng(0).normal(size=(9, 48))
    logits = (x - raw["mean"]) / raw["scale"] @ raw["weight"].T + raw["bias"]
    logits -= logits.max(axis=1, keepdims=True)
    expected = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    assert np.array_equal(model.probabilities(x), expected)
    assert raw["weight"].dtype == np.float64 and model.weights.shape == (8, 48)
    assert model.config["training"]["chosen"]["C"] == 1.0  # the evaluation report reads it


def test_the_transition_equals_its_arrays() -> None:
    raw = _raw("transition-minilm")
    manifest = read_manifest(head_folder("transition-minilm"))
    for name in ("ekman", "goemotions"):
        table = label_positions(name)  # type: ignore[arg-type]
        assert list(table) == list(manifest.label_sets[name])
        assert [list(p) for p in table.values()] == raw[name].tolist()
    contagion, pull = float(raw["contagion"]), 0.2
    person = BigFive(neuroticism=0.8, extraversion=0.3)
    preceding, stimulus = VAD(valence=2.2, arousal=3.4, dominance=2.9), VAD(valence=4.1, arousal=3.0, dominance=3.2)
    got = transition(preceding, person, stimulus=stimulus, labels="goemotions")
    start = [(v - 3) / 2 for v in (preceding.valence, preceding.arousal, preceding.dominance)]
    towards = [(v - 3) / 2 for v in (stimulus.valence, stimulus.arousal, stimulus.dominance)]
    point = [s + contagion * (t - s) + pull * (r - s) for s, t, r in zip(start, towards, temperament(person))]
    distances = [math.dist(row, point) for row in raw["goemotions"].tolist()]
    best = int(np.argmin(distances))
    assert got.label == manifest.label_sets["goemotions"][best]
    assert got.distance == round(distances[best], 4)
    assert got.settings["contagion"] == contagion and got.settings["positions"] == manifest.document["source"]
