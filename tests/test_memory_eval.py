"""``affectkit eval memory`` on a small DailyDialog-shaped fixture written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from affectkit.cli.main import app
from affectkit.errors import DataError
from affectkit.evaluate.datasets import load_dailydialog
from affectkit.evaluate.memory_eval import configurations, evaluate_memory, write_tradeoff_plot
from affectkit.understand.analyzer import Analyzer

pytestmark = pytest.mark.fast  # runs in `make test-fast` (tests needing the model skip there)


def test_reader_keeps_the_split_and_gold_emotions(fixture_data: Path) -> None:
    turns = load_dailydialog(fixture_data, "test")
    assert len(turns.text) == 24 and len(set(turns.dialogue)) == 6
    assert "This dialogue is in the train split." not in turns.text
    assert turns.emotion[:2] == ["happiness", "happiness"]
    with pytest.raises(DataError, match="unknown split"):
        load_dailydialog(fixture_data, "validation")


def test_every_configuration_is_scored_against_chance(fixture_data: Path, tmp_path: Path, analyzer: Analyzer) -> None:
    report = evaluate_memory(fixture_data, "test", queries=100, k=3, pool=6, analyzer=analyzer)
    assert report["memories"] == 24 and report["queries"] == 16  # every utterance with a gold emotion
    rows = {(r["strategy"], r["weight"]): r for r in report["rows"]}
    assert len(rows) == len(configurations())
    # the combined strategies meet the single ones at their ends
    for metric in ("emotion_match", "same_dialogue"):
        assert rows[("additive", 0.0)][metric] == rows[("semantic", None)][metric]
        assert rows[("additive", 1.0)][metric] == rows[("emotion", None)][metric]
    # meaning finds the query's own dialogue far more often than chance (3 of 23 others)
    assert rows[("semantic", None)]["same_dialogue"] > 2 * report["chance"]["same_dialogue"]
    assert set(report["encoders"]) >= {"embedder", "emotion_model"}
    png = write_tradeoff_plot(report, tmp_path / "plot.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_cli_prints_the_table(fixture_data: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "eval",
            "memory",
            "--data",
            str(fixture_data),
            "--limit",
            "5",
            "--report",
            str(tmp_path / "r.json"),
            "--plot",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "random recall" in result.output and "emotion_first" in result.output
    assert (tmp_path / "memory-tradeoff.png").is_file() and (tmp_path / "r.json").is_file()
