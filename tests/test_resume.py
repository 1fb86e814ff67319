"""Resumable file annotation: interrupted jobs continue from the last commit with no row
lost or repeated, including after kill -9 of a real process."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from affectkit import FileInputError
from affectkit.batch.annotate import annotate, progress_path
from affectkit.understand.analyzer import Analyzer

WORDS = [
    "happy",
    "sad",
    "angry",
    "furious",
    "glad",
    "thanks",
    "sorry",
    "wow",
    "scared",
    "love",
    "hate",
    "great",
    "awful",
    "calm",
    "excited",
    "bored",
]


def _corpus(path: Path, rows: int, seed: int = 5, bad_every: int = 100) -> None:
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(rows):
            if i % bad_every == bad_every - 1:
                handle.write(rng.choice(['{"id": broken', json.dumps({"id": f"r{i}", "text": "  "})]) + "\n")
                continue
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 25)))
            handle.write(json.dumps({"id": f"r{i}", "text": f"I feel {text}"}) + "\n")


class Interrupt(Exception):
    pass


def _stop_after(calls: int) -> object:
    seen = {"n": 0}

    def hook(done: int) -> None:
        seen["n"] += 1
        if seen["n"] >= calls:
            raise Interrupt

    return hook


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_interrupted_job_resumes_to_identical_output(tmp_path: Path, analyzer: Analyzer, fmt: str) -> None:
    source = tmp_path / "in.jsonl"
    _corpus(source, 700)
    reference = tmp_path / f"reference.{fmt}"
    annotate(source, reference, analyzer=analyzer, id_column="id", chunk_size=64)
    target = tmp_path / f"out.{fmt}"
    with pytest.raises(Interrupt):
        annotate(source, target, analyzer=analyzer, id_column="id", chunk_size=64, on_progress=_stop_after(3))
    assert progress_path(target).exists()
    if fmt != "parquet":  # a chunk written but not committed when the process died
        with open(target, "a", encoding="utf-8") as handle:
            handle.write('{"id": "half-written row')
    with pytest.raises(FileInputError, match="--resume"):
        annotate(source, target, analyzer=analyzer, id_column="id", chunk_size=64)
    summary = annotate(source, target, analyzer=analyzer, id_column="id", chunk_size=64, resume=True)
    assert (summary.rows_in, summary.rows_out, summary.rows_rejected) == (700, 693, 7)
    assert json.loads(progress_path(target).read_text())["complete"] is True
    if fmt == "parquet":
        import pyarrow.parquet as pq

        assert pq.read_table(target).equals(pq.read_table(reference))
    else:
        assert target.read_bytes() == reference.read_bytes()
    errors = (tmp_path / f"out.{fmt}.errors.jsonl").read_bytes()
    assert errors == (tmp_path / f"reference.{fmt}.errors.jsonl").read_bytes()
    assert len(errors.splitlines()) == 7


def test_resume_refuses_changed_settings_and_finished_jobs(tmp_path: Path, analyzer: Analyzer) -> None:
    source = tmp_path / "in.jsonl"
    _corpus(source, 300)
    target = tmp_path / "out.jsonl"
    with pytest.raises(Interrupt):
        annotate(source, target, analyzer=analyzer, id_column="id", chunk_size=64, on_progress=_stop_after(1))
    with pytest.raises(FileInputError, match="id_column changed"):
        annotate(source, target, analyzer=analyzer, chunk_size=64, resume=True)
    done = annotate(source, target, analyzer=analyzer, id_column="id", chunk_size=64, resume=True)
    again = annotate(source, target, analyzer=analyzer, id_column="id", chunk_size=64, resume=True)
    assert (again.rows_in, again.rows_out, again.rows_rejected) == (done.rows_in, done.rows_out, done.rows_rejected)
    progress_path(target).unlink()
    with pytest.raises(FileInputError, match="nothing to resume"):
        annotate(source, target, analyzer=analyzer, id_column="id", chunk_size=64, resume=True)


def _run(args: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", "from affectkit.cli.main import run; run()", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=dict(os.environ, AFFECTKIT_THREADS="1"),
    )


@pytest.mark.slow
def test_kill_9_and_resume_loses_and_repeats_nothing(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    _corpus(source, 4000, seed=11)
    common = ["analyze", "-i", str(source), "--id-column", "id", "--chunk-size", "64"]
    reference = tmp_path / "reference.jsonl"
    assert _run([*common, "-o", str(reference)]).wait(timeout=600) == 0
    target = tmp_path / "out.jsonl"
    rng = random.Random(3)
    kills = 0
    process = _run([*common, "-o", str(target)])
    while True:
        try:
            code = process.wait(timeout=rng.uniform(1.0, 3.0))
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()
            kills += 1
            process = _run([*common, "-o", str(target), "--resume"])
            continue
        assert code == 0
        break
    assert kills >= 3, "the job finished before it could be interrupted; make the corpus larger"
    produced = target.read_text().splitlines()
    expected = reference.read_text().splitlines()
    assert [json.loads(line)["id"] for line in produced] == [json.loads(line)["id"] for line in expected]
    assert produced == expected
    errors = (tmp_path / "out.jsonl.errors.jsonl").read_text().splitlines()
    assert errors == (tmp_path / "reference.jsonl.errors.jsonl").read_text().splitlines()
    assert len(errors) == 40
