"""Shapley explanations of the other decisions: a conversation turn's emotion in context and
its causes (earlier turns and words as players), and the care levels (words as players).
Every text here is written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from affectkit.care.assess import assess
from affectkit.care.care_explain import explain_care
from affectkit.cli.main import app
from affectkit.errors import InputError
from affectkit.understand.analyzer import Analyzer
from affectkit.understand.conversation import Conversation, analyze_conversation
from affectkit.understand.conversation_explain import TurnDecision, explain_turn

DOG = [("A", "My dog died yesterday."), ("B", "Oh no.")]
NOISE_FIRST = [("A", "The bus leaves at nine tomorrow."), ("A", "My dog died yesterday."), ("B", "Oh no.")]
SIX = [
    ("A", "Hey, how was your weekend?"),
    ("B", "Honestly pretty rough. My dog died on Saturday."),
    ("A", "Oh no, I'm so sorry. How old was he?"),
    ("B", "Twelve. We had him since I was a kid."),
    ("A", "That's a long time together."),
    ("B", "Yeah. The house feels so empty without him now."),
]
CRISIS = "I am going to kill myself"
LONGER_CRISIS = "nobody would care anyway so I am going to kill myself"
IDIOM = "this commute is killing me"


def _talk(turns: list[tuple[str, str]]) -> Conversation:
    return Conversation.from_records([{"speaker": s, "text": t} for s, t in turns])


def _efficient(decision: TurnDecision) -> None:
    total = sum(t.value for t in decision.turns) + sum(w.value for w in decision.words)
    assert abs(total - (decision.full - decision.empty)) < 1e-9
    assert abs(decision.residual) < 1e-9


def test_a_turn_explanation_adds_up_and_is_the_decided_reading(analyzer: Analyzer) -> None:
    talk = _talk(SIX)
    read = analyze_conversation(talk, analyzer)
    found = explain_turn(talk, 2, analyzer, budget=96)
    emotion, causes = found[0], found[1:]
    assert emotion.decision == "emotion" and emotion.label == read.turns[2].emotion.label == "sadness"
    assert emotion.full == pytest.approx(read.turns[2].emotion.scores["sadness"], abs=1e-6)
    assert [t.turn for t in emotion.turns] == [0, 1] and not emotion.exact and emotion.model_calls <= 96 + 2
    assert [c.source for c in causes] == [c.turn for c in read.turns[2].causes]
    for decision, cause in zip(causes, read.turns[2].causes, strict=True):
        assert decision.full == pytest.approx(cause.score, abs=1e-6)
        assert all(decision.text[w.start : w.end] == w.word for w in decision.words)
    for decision in found:
        _efficient(decision)


def test_the_turn_that_carries_the_sadness_gets_the_value(analyzer: Analyzer) -> None:
    emotion, cause = explain_turn(_talk(DOG), 1, analyzer)
    assert emotion.label == "sadness" and emotion.exact
    assert emotion.turns[0].value > 0.03  # the dog's death makes "Oh no." read as sadness
    assert cause.source == 0 and max(cause.words, key=lambda w: w.value).word == "died"
    emotion = explain_turn(_talk(NOISE_FIRST), 2, analyzer, causes=False)[0]
    bus, dog = emotion.turns
    assert emotion.label == "sadness" and abs(bus.value) < 0.01 < 0.03 < dog.value
    _efficient(emotion)


def test_seeded_turn_explanations_are_identical(analyzer: Analyzer) -> None:
    talk = _talk(SIX)
    first = explain_turn(talk, 5, analyzer, budget=64, seed=3)[0]
    again = explain_turn(talk, 5, analyzer, budget=64, seed=3)[0]
    other = explain_turn(talk, 5, analyzer, budget=64, seed=4)[0]
    assert not first.exact
    assert [w.value for w in first.words] == [w.value for w in again.words]
    assert [t.value for t in first.turns] == [t.value for t in again.turns]
    assert [w.value for w in first.words] != [w.value for w in other.words]
    with pytest.raises(InputError, match="turn 9 is not in a conversation of 6 turns"):
        explain_turn(talk, 9, analyzer)


def test_care_words_that_raised_the_level(analyzer: Analyzer) -> None:
    found = explain_care(CRISIS, analyzer=analyzer)
    overall = found[0]
    assert [e.label for e in found][:2] == ["overall", "suicidal_ideation"] and overall.level == 3
    assert overall.exact and overall.full == 3.0 and overall.empty == 0.0
    ranked = [w.word for w in sorted(overall.words, key=lambda w: -w.value)]
    assert set(ranked[:2]) == {"kill", "myself"}
    assert min(w.value for w in overall.words if w.word in ("kill", "myself")) > 1.0
    for e in found:
        assert e.level == (assess(CRISIS, analyzer=analyzer).categories.get(e.label) or e.level)
        assert abs(sum(w.value for w in e.words) - (e.full - e.empty)) < 1e-9 and abs(e.residual) < 1e-9
    sampled = explain_care(LONGER_CRISIS, analyzer=analyzer, seed=0)[0]
    assert not sampled.exact and abs(sampled.residual) < 1e-9
    assert {"kill", "myself"} <= {w.word for w in sorted(sampled.words, key=lambda w: -w.value)[:3]}


def test_an_idiom_has_no_care_level_to_explain(analyzer: Analyzer) -> None:
    assert assess(IDIOM, analyzer=analyzer).level == 0
    assert explain_care(IDIOM, analyzer=analyzer) == []


def test_seeded_care_explanations_are_identical(analyzer: Analyzer) -> None:
    first = explain_care(LONGER_CRISIS, analyzer=analyzer, budget=48, seed=5)
    again = explain_care(LONGER_CRISIS, analyzer=analyzer, budget=48, seed=5)
    assert [[w.value for w in e.words] for e in first] == [[w.value for w in e.words] for e in again]
    assert [[w.stderr for w in e.words] for e in first] == [[w.stderr for w in e.words] for e in again]


def test_a_coalition_is_read_in_the_whole_texts_language(analyzer: Analyzer) -> None:
    # a few leftover words can look like another language; the explanation keeps English
    found = explain_care("I really want to die, no one would notice", rules_only=True, budget=4096)[0]
    assert found.exact and np.isfinite([w.value for w in found.words]).all()
    assert assess("no me", language="en").language == "en"


def _players_ok(item: dict[str, object], text: str) -> None:
    words = item["words"]
    assert isinstance(words, list) and words
    for w in words:
        assert {"word", "start", "end", "value", "stderr"} <= set(w)
        assert text[w["start"] : w["end"]] == w["word"]


def test_explain_cli_care_and_conversation(tmp_path: Path) -> None:
    runner = CliRunner()
    done = runner.invoke(app, ["explain", "--care", CRISIS, "--json"])
    assert done.exit_code == 0, done.output
    payload = json.loads(done.output)
    assert payload["decision"] == "care" and payload["level"] == 3
    assert payload["labels"][0]["label"] == "overall" and payload["labels"][0]["level"] == 3
    _players_ok(payload["labels"][0], payload["text"])
    idiom = json.loads(runner.invoke(app, ["explain", "--care", IDIOM, "--json"]).output)
    assert idiom["level"] == 0 and idiom["labels"] == []
    terminal = runner.invoke(app, ["explain", "--care", IDIOM])
    assert terminal.exit_code == 0 and "no word raised a care level" in terminal.output

    file = tmp_path / "talk.json"
    file.write_text(json.dumps({"turns": [{"speaker": s, "text": t} for s, t in DOG]}), encoding="utf-8")
    page = tmp_path / "why.html"
    done = runner.invoke(app, ["explain", "--conversation", str(file), "--turn", "2", "--json", "--html", str(page)])
    assert done.exit_code == 0, done.output
    payload = json.loads(done.output)
    assert payload["decision"] == "conversation" and payload["turn"] == 1 and payload["speaker"] == "B"
    emotion, cause = payload["labels"]
    assert emotion["decision"] == "emotion" and emotion["label"] == "sadness"
    turn = emotion["turns"][0]
    assert {"turn", "start", "end", "value", "stderr"} <= set(turn) and turn["turn"] == 0
    assert turn["text"][turn["start"] : turn["end"]] == DOG[0][1]
    _players_ok(emotion, payload["text"])
    assert cause["decision"] == "cause" and cause["cause"] == 0
    _players_ok(cause, cause["text"])
    assert "as a cause of turn #2" in page.read_text(encoding="utf-8")
    terminal = runner.invoke(app, ["explain", "--conversation", str(file)])
    assert terminal.exit_code == 0 and "#1 A: My dog died yesterday." in terminal.output
    bad = runner.invoke(app, ["explain", "--conversation", str(file), "--turn", "3"])
    assert isinstance(bad.exception, InputError) and "turns 1 to 2" in str(bad.exception)
    both = runner.invoke(app, ["explain", "--care", "--conversation", str(file)])
    assert isinstance(both.exception, InputError)


def test_the_service_explains_care_and_conversation_decisions() -> None:
    import httpx
    from serve_helpers import running

    from affectkit.serve import ServeSettings

    with running(ServeSettings(max_chars=200, max_explain_budget=256, max_turns=4)) as (base, _):
        care = httpx.post(f"{base}/v1/explain", json={"decision": "care", "text": CRISIS}, timeout=60)
        assert care.status_code == 200, care.text
        assert care.json()["labels"][0]["level"] == 3
        turns = [{"speaker": s, "text": t} for s, t in DOG]
        body = {"decision": "conversation", "turns": turns, "turn": 1, "budget": 64}
        talk = httpx.post(f"{base}/v1/explain", json=body, timeout=60)
        assert talk.status_code == 200, talk.text
        assert [d["decision"] for d in talk.json()["labels"]] == ["emotion", "cause"]
        assert talk.json()["labels"][0]["turns"][0]["turn"] == 0
        assert httpx.post(f"{base}/v1/explain", json={"decision": "conversation", "text": "hi"}).status_code == 422
        assert (
            httpx.post(f"{base}/v1/explain", json={"decision": "care", "text": "hi", "labels": ["joy"]}).status_code
            == 422
        )
        assert httpx.post(f"{base}/v1/explain", json=body | {"turns": turns * 3}).status_code == 413
        assert httpx.post(f"{base}/v1/explain", json=body | {"budget": 512}).status_code == 413
        assert httpx.post(f"{base}/v1/explain", json=body | {"turn": 5}).status_code == 422
        emotion = httpx.post(f"{base}/v1/explain", json={"text": "so happy for you", "budget": 64}, timeout=60)
        assert emotion.status_code == 200 and emotion.json()["decision"] == "emotion"
