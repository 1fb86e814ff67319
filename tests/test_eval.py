"""Evaluation: metrics, the harness end to end on fixtures, and the shipped model's numbers
on the real test splits (those match the model card)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from affectkit import DataError
from affectkit.cli.main import app
from affectkit.evaluate.datasets import load_emobank, load_goemotions
from affectkit.evaluate.metrics import f1_scores, pearson, reliability, tune_thresholds
from affectkit.evaluate.runner import evaluate_emobank, evaluate_goemotions, view_matrix
from affectkit.models import resolve_model
from affectkit.taxonomy import GOEMOTIONS

pytestmark = pytest.mark.fast  # runs in `make test-fast` (tests needing the model skip there)

runner = CliRunner()


def test_f1_per_label_macro_micro() -> None:
    gold = np.array([[1, 0, 1], [0, 1, 0], [1, 0, 0]], bool)
    pred = np.array([[1, 0, 0], [0, 1, 1], [0, 0, 0]], bool)
    scores = f1_scores(pred, gold)
    # label 0: tp1 fn1 -> 2/3; label 1: tp1 -> 1; label 2: fp1 fn1 -> 0
    assert scores["per_label"] == pytest.approx([2 / 3, 1.0, 0.0])
    assert scores["macro"] == pytest.approx((2 / 3 + 1.0) / 3)
    assert scores["micro"] == pytest.approx(2 * 2 / (2 * 2 + 1 + 2))


def test_thresholds_tuned_to_separate() -> None:
    probs = np.array([[0.9, 0.3], [0.6, 0.2], [0.1, 0.25], [0.4, 0.1]])
    gold = np.array([[1, 1], [1, 0], [0, 1], [0, 0]], bool)
    thresholds = tune_thresholds(probs, gold)
    assert 0.4 < thresholds[0] <= 0.6
    assert thresholds[1] <= 0.25


def test_pearson_and_nan() -> None:
    assert pearson(np.array([1.0, 2, 3]), np.array([1.0, 2, 3])) == pytest.approx(1.0)
    assert pearson(np.array([1.0, 2, 3]), np.array([3.0, 2, 1])) == pytest.approx(-1.0)
    assert pearson(np.array([1.0, 2, 3, 4]), np.array([1.0, np.nan, 3, 4])) == pytest.approx(1.0)
    assert math.isnan(pearson(np.array([2.0, 2, 2]), np.array([1.0, 2, 3])))


def test_reliability_of_a_calibrated_predictor() -> None:
    rng = np.random.default_rng(1)
    probs = rng.uniform(size=(20000, 1))
    gold = rng.uniform(size=(20000, 1)) < probs
    assert reliability(probs, gold)["ece"][0] < 0.02
    assert reliability(np.clip(probs + 0.3, 0, 1), gold)["ece"][0] > 0.2


def test_view_matrix_maps_like_the_gold() -> None:
    gold = np.zeros((1, 28), bool)
    gold[0, GOEMOTIONS.index("annoyance")] = True
    gold[0, GOEMOTIONS.index("curiosity")] = True
    ekman = view_matrix(gold, "ekman")[0]
    assert [
        label for label, on in zip(("anger", "disgust", "fear", "joy", "neutral", "sadness", "surprise"), ekman) if on
    ] == [
        "anger",
        "surprise",
    ]


def test_readers_check_their_input(tmp_path: Path, fixture_data: Path) -> None:
    data = load_goemotions(fixture_data, "dev")
    assert data.targets.shape == (len(data.texts), 28) and data.files["dev.tsv"]
    bank = load_emobank(fixture_data, "test")
    assert bank.targets.shape == (len(bank.texts), 9)
    with pytest.raises(DataError, match="unknown split"):
        load_goemotions(fixture_data, "validation")
    with pytest.raises(DataError, match="missing data file"):
        load_goemotions(tmp_path, "dev")
    (tmp_path / "goemotions").mkdir()
    (tmp_path / "goemotions" / "labels.txt").write_text("\n".join(GOEMOTIONS))
    (tmp_path / "goemotions" / "dev.tsv").write_text("hello\t99\tx\n")
    with pytest.raises(DataError, match="bad label ids"):
        load_goemotions(tmp_path, "dev")


def test_eval_goemotions_on_fixture(fixture_data: Path, tmp_path: Path) -> None:
    report_path = tmp_path / "report.json"
    result = runner.invoke(
        app,
        ["eval", "goemotions", "--data", str(fixture_data), "--report", str(report_path), "--plot", str(tmp_path)],
        env={"COLUMNS": "200"},
    )
    assert result.exit_code == 0, result.output
    for system in ("affectkit int8", "TF-IDF + logistic regression", "majority class", "VADER (sentiment only)"):
        assert system in result.stdout
    report = json.loads(report_path.read_text())
    assert report["split"] == "test" and report["texts"] == 44
    assert set(report["data"]["sha256"]) == {"test.tsv", "train.tsv", "dev.tsv"}
    assert report["versions"]["onnxruntime"] and report["model"]["name"] == "goemotions-minilm"
    shipped = report["systems"]["affectkit int8"]
    assert 0.0 <= shipped["macro_f1"] <= 1.0 and len(shipped["per_label_f1"]) == 28
    # the majority baseline predicts the most frequent training label and nothing else
    majority = report["systems"]["majority class"]["per_label_f1"]
    assert [k for k, v in majority.items() if v > 0] == ["admiration"]
    assert (tmp_path / "goemotions-test-per-label-f1.png").stat().st_size > 1000
    assert (tmp_path / "goemotions-test-reliability.png").stat().st_size > 1000


def test_eval_emobank_on_fixture(fixture_data: Path, tmp_path: Path) -> None:
    report = evaluate_emobank(fixture_data, "test")
    assert set(report["systems"]) == {"affectkit int8", "TF-IDF + ridge regression", "train mean (constant)"}
    assert set(report["systems"]["affectkit int8"]) == {
        f"{p}_{d}" for p in ("combined", "writer", "reader") for d in "VAD"
    }
    assert report["systems"]["affectkit int8"]["combined_V"] > 0.5  # fixture valence is easy


def test_eval_errors_are_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "sst2", "--data", str(tmp_path)])
    assert result.exit_code != 0
    result = runner.invoke(app, ["eval", "goemotions", "--data", str(tmp_path / "missing")])
    assert isinstance(result.exception, DataError)


def _card_scores() -> dict[str, float]:
    meta = json.loads((resolve_model("goemotions-minilm") / "model.json").read_text())
    scores: dict[str, float] = meta["scores"]
    return scores


@pytest.mark.data
def test_goemotions_test_scores_match_the_model_card(shared_data: Path) -> None:
    report = evaluate_goemotions(shared_data, "test", baselines=False)
    shipped = report["systems"]["affectkit int8"]
    card = _card_scores()
    assert shipped["macro_f1"] == pytest.approx(card["goemotions_test_macro_f1"], abs=1e-6)
    assert shipped["ekman_macro_f1"] == pytest.approx(card["goemotions_test_ekman_macro_f1"], abs=1e-6)
    assert shipped["macro_f1"] >= 0.50


@pytest.mark.data
def test_emobank_test_scores_match_the_model_card(shared_data: Path) -> None:
    report = evaluate_emobank(shared_data, "test", baselines=False)
    shipped = report["systems"]["affectkit int8"]
    card = _card_scores()
    for dim in "VAD":
        assert shipped[f"combined_{dim}"] == pytest.approx(card[f"emobank_test_combined_{dim}"], abs=1e-6)
    assert shipped["combined_V"] > 0.6
