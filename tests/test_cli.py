"""The command line: texts, every file format, stdin, views, and every bad input."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from affectkit import __version__
from affectkit.cli.main import app

runner = CliRunner()


def cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run the real entry point in a subprocess (exit codes and stderr as a user sees them)."""
    return subprocess.run(
        [sys.executable, "-c", "from affectkit.cli.main import run; run()", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
    )


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"affectkit {__version__}"


def test_analyze_table_shows_each_view() -> None:
    for view in ("goemotions", "ekman", "sentiment", "plutchik", "parrott"):
        result = runner.invoke(
            app, ["analyze", "--view", view, "Thank you so much!", "I hate this"], env={"COLUMNS": "200"}
        )
        assert result.exit_code == 0, result.output
        assert f"{view} view" in result.stdout
        assert "Thank you so much!" in result.stdout and "I hate this" in result.stdout


def test_analyze_json_lines() -> None:
    result = runner.invoke(app, ["analyze", "--json", "Thank you so much, this made my day!", "so sad"])
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["text"] for line in lines] == ["Thank you so much, this made my day!", "so sad"]
    first = lines[0]
    assert set(first["labels"][:2]) & {"gratitude", "joy"}
    assert first["sentiment"]["top"] == "positive" and first["vad"]["valence"] > 3.0
    assert first["provenance"]["model"] == "goemotions-minilm"


def test_bad_view_and_empty_text_fail_with_one_line() -> None:
    done = cli("analyze", "--view", "colours", "hello")
    assert done.returncode == 2
    assert done.stderr.decode().strip().startswith("error: --view must be one of")
    done = cli("analyze", "   ")
    assert done.returncode == 2
    lines = done.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "empty or only whitespace" in lines[0] and "Traceback" not in done.stderr.decode()
    done = cli("analyze")
    assert done.returncode == 2 and "nothing to analyse" in done.stderr.decode()


def test_stdin_streams_lines_and_skips_bad_ones() -> None:
    done = cli("analyze", "-", "--json", stdin=b"I love this\n\nbad \xff\xfe bytes\nI am scared\n")
    assert done.returncode == 0, done.stderr
    texts = [json.loads(line)["text"] for line in done.stdout.decode().splitlines()]
    assert texts == ["I love this", "I am scared"]
    assert "line 3 skipped" in done.stderr.decode() and "UTF-8" in done.stderr.decode()


def test_taxonomies_lists_every_view() -> None:
    result = runner.invoke(app, ["taxonomies", "--json"])
    assert result.exit_code == 0
    names = [t["name"] for t in json.loads(result.stdout)["taxonomies"]]
    assert names == [
        "goemotions",
        "ekman",
        "sentiment",
        "plutchik",
        "parrott.primary",
        "parrott.secondary",
        "vad",
    ]
    table = runner.invoke(app, ["taxonomies"])
    assert table.exit_code == 0 and "annoyance" in table.stdout


TEXTS = {
    "a1": "Thank you, that is so kind of you!",
    "b2": "I am furious about the delay.",
    "c3": "I miss her every day.",
}


def _write_inputs(folder: Path) -> dict[str, Path]:
    paths = {}
    paths["txt"] = folder / "in.txt"
    paths["txt"].write_text("\n".join(TEXTS.values()) + "\n", encoding="utf-8")
    paths["csv"] = folder / "in.csv"
    with open(paths["csv"], "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["post_id", "body"])
        writer.writerows(TEXTS.items())
    paths["jsonl"] = folder / "in.jsonl"
    paths["jsonl"].write_text("".join(json.dumps({"post_id": k, "body": v}) + "\n" for k, v in TEXTS.items()))
    import pyarrow as pa
    import pyarrow.parquet as pq

    paths["parquet"] = folder / "in.parquet"
    pq.write_table(pa.table({"post_id": list(TEXTS), "body": list(TEXTS.values())}), paths["parquet"])
    return paths


def _read_output(path: Path) -> list[dict[str, object]]:
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text().splitlines()]
    if path.suffix == ".csv":
        with open(path, newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()  # type: ignore[no-any-return]


@pytest.mark.parametrize("fmt_in", ["txt", "csv", "jsonl", "parquet"])
@pytest.mark.parametrize("fmt_out", ["jsonl", "csv", "parquet"])
def test_file_round_trip_keeps_ids_and_order(tmp_path: Path, fmt_in: str, fmt_out: str) -> None:
    source = _write_inputs(tmp_path)[fmt_in]
    target = tmp_path / f"out.{fmt_out}"
    args = ["analyze", "-i", str(source), "-o", str(target)]
    if fmt_in != "txt":
        args += ["--text-column", "body", "--id-column", "post_id"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "rows in 3 · rows out 3 · rejected 0" in result.output
    rows = _read_output(target)
    expected_ids = ["1", "2", "3"] if fmt_in == "txt" else list(TEXTS)
    assert [str(row["id"]) for row in rows] == expected_ids
    assert [row["text"] for row in rows] == list(TEXTS.values())
    sentiment = [row["sentiment"]["top"] if fmt_out == "jsonl" else row["sentiment"] for row in rows]  # type: ignore[index]
    assert sentiment[1] == "negative" and sentiment[0] == "positive"
    assert not (tmp_path / f"out.{fmt_out}.errors.jsonl").exists()


def test_bad_rows_are_reported_and_skipped(tmp_path: Path) -> None:
    source = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"id": 1, "text": "I love you"}),
        "{not json",
        json.dumps({"id": 3, "text": "   "}),
        json.dumps({"id": 4, "text": 17}),
        json.dumps(["a", "list"]),
        json.dumps({"id": 6, "text": "This is terrible news"}),
    ]
    source.write_bytes(("\n".join(lines) + "\n").encode() + b'{"id": 7, "text": "caf\xe9"}\n')
    target = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["analyze", "-i", str(source), "-o", str(target), "--id-column", "id"])
    assert result.exit_code == 0, result.output
    assert "rows in 7 · rows out 2 · rejected 5" in result.output
    assert [row["id"] for row in _read_output(target)] == ["1", "6"]
    errors = [json.loads(line) for line in (tmp_path / "out.jsonl.errors.jsonl").read_text().splitlines()]
    assert [e["row"] for e in errors] == [2, 3, 4, 5, 7]
    reasons = " | ".join(e["error"] for e in errors)
    for expected in ("not valid JSON", "empty or only whitespace", "not a string", "not an object", "UTF-8"):
        assert expected in reasons


def test_csv_with_ragged_rows(tmp_path: Path) -> None:
    source = tmp_path / "ragged.csv"
    source.write_text('id,text\n1,"I am happy"\n2,too,many,fields\n3,"So angry right now"\n', encoding="utf-8")
    target = tmp_path / "out.csv"
    result = runner.invoke(app, ["analyze", "-i", str(source), "-o", str(target), "--id-column", "id"])
    assert result.exit_code == 0, result.output
    assert [row["id"] for row in _read_output(target)] == ["1", "3"]
    assert "has 4 fields, the header has 2" in (tmp_path / "out.csv.errors.jsonl").read_text()


@pytest.mark.parametrize(
    ("name", "content", "args", "message"),
    [
        ("posts.csv", b"id,body\n1,hello\n", [], "has no column 'text'; its columns are ['id', 'body']"),
        ("posts.jsonl", b'{"body": "hi"}\n', [], "first record has no field 'text'"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", [], "looks binary"),
        ("notes.docx", b"PK\x03\x04", [], "affectkit reads .txt, .csv, .jsonl, .parquet"),
        ("fake.parquet", b"hello", [], "not a Parquet file"),
        ("wide.txt", "I am happy\n".encode("utf-16"), [], "re-encode it as UTF-8"),
        ("posts.csv", b"id,text\n1,hello\n", ["--id-column", "uid"], "has no column 'uid'"),
    ],
)
def test_file_level_errors(tmp_path: Path, name: str, content: bytes, args: list[str], message: str) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    done = cli("analyze", "-i", str(source), "-o", str(tmp_path / "out.jsonl"), *args)
    assert done.returncode == 2
    err = done.stderr.decode()
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "out.jsonl").exists()


def test_missing_input_and_output_arguments(tmp_path: Path) -> None:
    done = cli("analyze", "-i", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o.jsonl"))
    assert done.returncode == 2 and "no such file" in done.stderr.decode()
    (tmp_path / "in.txt").write_text("hi\n")
    done = cli("analyze", "-i", str(tmp_path / "in.txt"))
    assert done.returncode == 2 and "--input needs --output" in done.stderr.decode()
    done = cli("analyze", "-i", str(tmp_path / "in.txt"), "-o", str(tmp_path / "o.xlsx"))
    assert done.returncode == 2 and "affectkit writes .jsonl, .csv, .parquet" in done.stderr.decode()


def test_unwritable_output_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "in.txt").write_text("hello there\n")
    done = cli("analyze", "-i", str(tmp_path / "in.txt"), "-o", str(tmp_path / "no" / "such" / "dir" / "o.jsonl"))
    assert done.returncode == 2
    assert "output folder" in done.stderr.decode() and "does not exist" in done.stderr.decode()
    target = tmp_path / "locked"
    target.mkdir()
    (target / "o.jsonl").mkdir()  # a directory where the output file should go
    done = cli("analyze", "-i", str(tmp_path / "in.txt"), "-o", str(target / "o.jsonl"))
    assert done.returncode == 1
    assert "error: Is a directory" in done.stderr.decode() and "Traceback" not in done.stderr.decode()


def test_all_rows_bad_fails(tmp_path: Path) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text('{"text": ""}\n{"text": " "}\n')
    done = cli("analyze", "-i", str(source), "-o", str(tmp_path / "o.jsonl"))
    assert done.returncode == 2 and "every row of bad.jsonl was rejected" in done.stderr.decode()
