"""Conversations: reading, every bad input, the per-speaker statistics, and the command."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from affectkit.cli.main import app
from affectkit.errors import FileInputError, InputError, UnsupportedFormatError
from affectkit.understand.analyzer import Analyzer
from affectkit.understand.conversation import (
    MAX_TURNS,
    Conversation,
    analyze_conversation,
    inertia_and_contagion,
)

pytestmark = pytest.mark.fast  # runs in `make test-fast` (tests needing the model skip there)

EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "examples" / "conversation.json"


def test_the_three_formats_read_the_same_turns(tmp_path: Path) -> None:
    records = [
        {"speaker": "A", "text": "I passed!", "time": "2026-01-02T10:00:00+00:00"},
        {"speaker": "B", "text": "Well done!", "time": 1767348060},
    ]
    (tmp_path / "t.json").write_text(json.dumps({"turns": records}))
    (tmp_path / "t.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n\n")
    (tmp_path / "t.csv").write_text(
        "role,utterance,time\nA,I passed!,2026-01-02T10:00:00+00:00\nB,Well done!,1767348060\n"
    )
    read = [Conversation.read(tmp_path / name) for name in ("t.json", "t.jsonl", "t.csv")]
    assert read[0] == read[1] == read[2]
    assert [t.time for t in read[0].turns] == [1767348000.0, 1767348060.0]


@pytest.mark.parametrize(
    ("records", "message"),
    [
        ([{"text": "hello"}], "turn 1 has no speaker"),
        ([{"speaker": "A", "text": "ok"}, {"speaker": " ", "text": "hi"}], "turn 2 has no speaker"),
        ([{"speaker": "A", "text": "   "}], "turn 1 has an empty text"),
        ([{"speaker": "A"}], "turn 1 has no text"),
        ([{"speaker": "A", "text": "hi", "time": "yesterday"}], "neither Unix seconds nor ISO 8601"),
        (["just a string"], "not an object"),
        ([], "no turns"),
    ],
)
def test_malformed_turns_name_the_turn_and_the_fix(records: list[object], message: str) -> None:
    with pytest.raises(InputError, match=message):
        Conversation.from_records(records)  # type: ignore[arg-type]


def test_bad_files_are_refused_clearly(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text("A: hi")
    with pytest.raises(UnsupportedFormatError, match=r"\.json, \.jsonl or \.csv"):
        Conversation.read(tmp_path / "t.txt")
    (tmp_path / "b.json").write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(FileInputError, match="binary"):
        Conversation.read(tmp_path / "b.json")
    (tmp_path / "l.csv").write_bytes(b"speaker,text\nA,caf\xe9\n")
    with pytest.raises(FileInputError, match="not UTF-8"):
        Conversation.read(tmp_path / "l.csv")
    (tmp_path / "m.jsonl").write_text('{"speaker": "A", "text": "hi"}\n{oops\n')
    with pytest.raises(FileInputError, match=r"m\.jsonl line 2 is not JSON"):
        Conversation.read(tmp_path / "m.jsonl")
    (tmp_path / "d.json").write_text('{"dialogue": []}')
    with pytest.raises(FileInputError, match="'turns'"):
        Conversation.read(tmp_path / "d.json")
    (tmp_path / "s.csv").write_text("name,words\nA,hi\n")
    with pytest.raises(InputError, match="row 1 has no text"):
        Conversation.read(tmp_path / "s.csv")


@pytest.mark.slow
def test_ten_thousand_turns_are_analysed_and_more_are_refused(analyzer: Analyzer) -> None:
    turns = [{"speaker": "AB"[i % 2], "text": f"message number {i} is {'great' if i % 3 else 'awful'}"}
             for i in range(MAX_TURNS)]
    result = analyze_conversation(Conversation.from_records(turns), analyzer)
    assert len(result.turns) == MAX_TURNS and set(result.speakers) == {"A", "B"}
    with pytest.raises(InputError, match="split the conversation"):
        Conversation.from_records([*turns, {"speaker": "A", "text": "one too many"}])


def test_inertia_and_contagion_recover_known_slopes() -> None:
    rng = np.random.default_rng(3)
    valence, speakers = [3.0], ["A"]
    for _ in range(40):  # B then A, with A's valence built from known slopes and no noise
        b = float(rng.uniform(1, 5))
        a = 1.0 + 0.5 * valence[-1 if speakers[-1] == "A" else -2] + 0.3 * b
        valence += [b, a]
        speakers += ["B", "A"]
    inertia, contagion = inertia_and_contagion(valence, speakers, "A")
    assert inertia == pytest.approx(0.5) and contagion == pytest.approx(0.3)
    assert inertia_and_contagion(valence[:5], speakers[:5], "A") == (None, None)  # too few turns
    assert inertia_and_contagion([3.0] * 12, ["A", "B"] * 6, "A") == (None, None)  # constant: no slope


def test_analysis_marks_shifts_and_keeps_order(analyzer: Analyzer) -> None:
    talk = Conversation.from_records([
        {"speaker": "A", "text": "I got the job, I'm thrilled!"},
        {"speaker": "B", "text": "Congratulations!"},
        {"speaker": "A", "text": "But my dog died this morning and I can't stop crying."},
    ])
    result = analyze_conversation(talk, analyzer)
    assert [t.index for t in result.turns] == [0, 1, 2]
    assert [t.shift for t in result.turns] == [False, False, True]  # A: positive, then negative
    assert result.speakers["A"].turns == [0, 2] and result.speakers["A"].shifts == 1
    assert result.speakers["A"].valence[1] < result.speakers["A"].valence[0]
    assert all(t.perspective_gap >= 0 for t in result.turns) and result.context == "earlier-turns"


def test_command_prints_the_table_and_writes_charts(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["conversation", str(EXAMPLE), "--plot", str(tmp_path / "c.png")])
    assert result.exit_code == 0, result.output
    assert "Maya" in result.output and "inertia" in result.output
    assert (tmp_path / "c.png").read_bytes()[:4] == b"\x89PNG"
    result = runner.invoke(app, ["conversation", str(EXAMPLE), "--json", "--plot", str(tmp_path / "c.html")])
    data = json.loads(result.output)
    assert len(data["turns"]) == 11 and set(data["speakers"]) == {"Maya", "Sam"}
    html = (tmp_path / "c.html").read_text()
    assert "Maya valence" in html and "Sam valence" in html
    result = runner.invoke(app, ["conversation", str(EXAMPLE), "--plot", str(tmp_path / "c.svg")])
    assert result.exit_code != 0
