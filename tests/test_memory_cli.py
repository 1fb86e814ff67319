"""``affectkit memory`` and ``affectkit chat`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from test_cli import cli
from typer.testing import CliRunner

from affectkit.cli.main import app

runner = CliRunner()


def test_add_search_export_and_import_again(tmp_path: Path) -> None:
    store = str(tmp_path / "ada.db")
    result = runner.invoke(
        app,
        [
            "memory",
            "add",
            "--store",
            store,
            "--owner",
            "ada",
            "We won the final!",
            "My cat died last night.",
            "The bus was late again.",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "stored 3 memories" in result.output
    result = runner.invoke(
        app, ["memory", "search", "my pet is gone", "--store", store, "--owner", "ada", "--k", "2", "--json"]
    )
    assert result.exit_code == 0, result.output
    hits = [json.loads(line) for line in result.output.splitlines()]
    assert [h["rank"] for h in hits] == [1, 2]
    assert hits[0]["unit"]["text"] == "My cat died last night."
    exported = tmp_path / "export.jsonl"
    result = runner.invoke(app, ["memory", "export", "--store", store, "--out", str(exported)])
    assert result.exit_code == 0
    copy = str(tmp_path / "copy.db")
    result = runner.invoke(app, ["memory", "add", "--store", copy, "--file", str(exported)])
    assert result.exit_code == 0, result.output
    again = [json.loads(line) for line in exported.read_text().splitlines()]
    result = runner.invoke(app, ["memory", "export", "--store", copy])
    copied = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert [(c["owner"], c["text"], c["time"]) for c in copied] == [(a["owner"], a["text"], a["time"]) for a in again]
    result = runner.invoke(app, ["memory", "reencode", "--store", copy])
    assert result.exit_code == 0 and "re-encoded 3 memories with goemotions-minilm" in result.output
    result = runner.invoke(app, ["memory", "info", "--store", copy])
    assert "all-MiniLM-L6-v2" in result.output and "owner ada" in result.output and "schema_version" in result.output


def test_bad_lines_are_skipped_and_listed_and_good_ones_kept(tmp_path: Path) -> None:
    lines = tmp_path / "memories.jsonl"
    lines.write_bytes(
        b'{"text": "I am scared of the dentist", "owner": "ada"}\n'
        b"not json\n"
        b'{"text": "   ", "owner": "ada"}\n'
        b'{"text": "caf\xe9 latin-1", "owner": "ada"}\n'
        b'{"text": "Thank you for the flowers", "owner": "ada", "metadata": {"day": 2}}\n'
    )
    store = tmp_path / "ada.db"
    done = cli("memory", "add", "--store", str(store), "--file", str(lines))
    assert done.returncode == 0, done.stderr
    assert b"stored 2 memories" in done.stdout and b"skipped 3" in done.stdout
    assert b"memories.jsonl line 2" in done.stderr
    assert b"memories.jsonl line 3" in done.stderr and b"empty" in done.stderr
    assert b"memories.jsonl line 4: not UTF-8" in done.stderr


def test_errors_are_one_line_with_the_fix(tmp_path: Path) -> None:
    not_memory = tmp_path / "notes.db"
    not_memory.write_text("hello")
    done = cli("memory", "search", "hi", "--store", str(not_memory), "--owner", "ada")
    assert done.returncode == 2
    assert b"cannot be opened as an affectkit memory" in done.stderr and b"Traceback" not in done.stderr
    done = cli("memory", "search", "hi", "--store", str(tmp_path / "m.db"), "--owner", "ada", "--strategy", "mood")
    assert done.returncode == 2 and b"unknown retrieval strategy" in done.stderr


def test_chat_recalls_what_was_said_and_stores_each_turn(tmp_path: Path) -> None:
    store = str(tmp_path / "ada.db")
    talk = "My dog Rex is very sick and I'm worried.\n\nI feel so sad about my pet today.\n/quit\nnever read\n"
    result = runner.invoke(app, ["chat", "--character", "Ada", "--memory", store, "--k", "2"], input=talk)
    assert result.exit_code == 0, result.output
    replies = [line for line in result.output.splitlines() if line.startswith("Ada:")]
    assert len(replies) == 2
    assert "recalled: My dog Rex is very sick" in result.output
    result = runner.invoke(app, ["memory", "export", "--store", store])
    roles = [json.loads(line)["metadata"]["role"] for line in result.output.splitlines() if line.startswith("{")]
    assert roles == ["user", "character", "user", "character"]


def test_markup_in_memories_is_printed_as_text(tmp_path: Path) -> None:
    store = str(tmp_path / "m.db")
    assert (
        runner.invoke(
            app, ["memory", "add", "--store", store, "--owner", "[bold]ada", "I said [/] then [red]x"]
        ).exit_code
        == 0
    )
    result = runner.invoke(app, ["memory", "search", "what did I say", "--store", store, "--owner", "[bold]ada"])
    assert result.exit_code == 0, result.output
    assert "[/]" in result.output and "[red]x" in result.output
