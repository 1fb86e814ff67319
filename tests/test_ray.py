"""The Ray engine on a local Ray gives the same rows, ids, labels and errors as the
in-process engine (probabilities equal to float32 precision: batches differ)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from guards import unavailable
from typer.testing import CliRunner

from affectkit.batch.annotate import annotate
from affectkit.cli.main import app

if importlib.util.find_spec("ray") is None:
    unavailable("Ray is not installed: pip install 'affectkit[ray]'", "the Ray engine test", module_level=True)

pytestmark = pytest.mark.slow


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_ray_engine_matches_in_process(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    rows = []
    for i in range(600):
        if i % 50 == 7:
            rows.append('{"id": "broken' if i % 100 == 7 else json.dumps({"id": f"p{i}", "text": "   "}))
        else:
            mood = "thrilled" if i % 3 else "upset"
            # lengths vary, so padding inside mixed batches would change the floats
            rows.append(json.dumps({"id": f"p{i}", "text": f"post {i}: I am {mood} today" + " really" * (i % 23)}))
    source.write_text("\n".join(rows[:300]) + "\n\n" + "\n".join(rows[300:]) + "\n")
    reference = tmp_path / "ref.jsonl"
    annotate(source, reference, id_column="id")
    target = tmp_path / "ray.jsonl"
    result = CliRunner().invoke(
        app, ["analyze", "-i", str(source), "-o", str(target), "--id-column", "id", "--engine", "ray", "--workers", "1"]
    )
    assert result.exit_code == 0, result.output
    assert "rows in 600 · rows out 588 · rejected 12" in result.output
    ray_rows, ref_rows = _lines(target), _lines(reference)
    assert [r["id"] for r in ray_rows] == [r["id"] for r in ref_rows]
    assert len({len(r["text"]) for r in ref_rows}) > 20  # type: ignore[arg-type]
    # identical, not close: same bytes row by row
    assert target.read_bytes() == reference.read_bytes()
    assert (tmp_path / "ray.jsonl.errors.jsonl").read_text() == (tmp_path / "ref.jsonl.errors.jsonl").read_text()


def test_ray_engine_refuses_csv_and_resume(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("text\nhello\n")
    runner = CliRunner()
    result = runner.invoke(app, ["analyze", "-i", str(source), "-o", str(tmp_path / "o.jsonl"), "--engine", "ray"])
    assert "the Ray engine reads .txt, .jsonl and .parquet" in str(result.exception)
    result = runner.invoke(
        app, ["analyze", "-i", str(source), "-o", str(tmp_path / "o.jsonl"), "--engine", "ray", "--resume"]
    )
    assert "--resume is for the in-process engine" in str(result.exception)
