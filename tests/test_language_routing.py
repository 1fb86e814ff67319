"""Routing by language: English to the default model, covered languages to the multilingual
path, the rest to no model (``covered: false``), on every surface that analyses text.

The texts are written here for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from affectkit import Analyzer
from affectkit.cli.main import app
from affectkit.errors import InputError
from affectkit.understand.routing import check_language, covered_languages, route_texts

SPANISH_JOY = "Estoy muy feliz de verte"
FINNISH_ANGER = "Olen todella vihainen"
KOREAN = "오늘 정말 행복한 하루였어요"


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def test_routes_english_covered_and_unknown_script() -> None:
    routes = route_texts(["I am so happy to see you again", SPANISH_JOY, KOREAN])
    assert [r.path for r in routes] == ["default", "multilingual", "none"]
    assert routes[1].language == "es"
    assert routes[2].note is not None and "script" in routes[2].note


def test_named_language_routes_every_text() -> None:
    assert {r.path for r in route_texts(["hello there", SPANISH_JOY], "es")} == {"multilingual"}
    assert {r.path for r in route_texts(["hello there", SPANISH_JOY], "en")} == {"default"}
    zulu = route_texts(["Ngiyabonga kakhulu"], "zu")[0]
    assert not zulu.covered and zulu.note is not None and "zu" in zulu.note


@pytest.mark.parametrize("bad", ["spanish", "e", "es-ES", "12"])
def test_bad_language_setting_is_refused(bad: str) -> None:
    with pytest.raises(InputError, match="ISO 639-1"):
        check_language(bad)


def test_covered_languages_hold_the_big_xed_languages() -> None:
    assert {"es", "fr", "de", "it", "pt", "fi", "nl", "ru"} <= covered_languages()
    assert "en" not in covered_languages()


def test_must_show_spanish_joy(analyzer: Analyzer) -> None:
    spanish, finnish = analyzer.analyze_batch([SPANISH_JOY, FINNISH_ANGER])
    assert (spanish.language, spanish.covered) == ("es", True)
    assert (finnish.language, finnish.covered) == ("fi", True)
    assert spanish.plutchik.top == "joy" and "joy" in spanish.plutchik.labels
    assert spanish.sentiment.top == "positive" and finnish.sentiment.top == "negative"
    assert spanish.provenance.model != "goemotions-minilm"
    assert set(spanish.provenance.heads) >= {"xed-e5", "goemotions-e5"}


def test_must_show_finnish_anger(analyzer: Analyzer) -> None:
    finnish = analyzer.analyze(FINNISH_ANGER)
    assert finnish.plutchik.top == "anger" and "anger" in finnish.plutchik.labels


def test_english_is_unchanged_by_routing(analyzer: Analyzer) -> None:
    text = "I can't believe you did this, I'm furious"
    routed = analyzer.analyze(text)
    forced = Analyzer(language="en").analyze(text)
    assert routed.language == "en" and routed.covered
    assert routed.emotions == forced.emotions
    assert routed.provenance == forced.provenance


def test_unknown_script_is_not_read(analyzer: Analyzer) -> None:
    result = analyzer.analyze(KOREAN)
    assert not result.covered
    assert result.labels == [] and result.plutchik.labels == [] and result.dominant == ""
    assert max(result.emotions.values()) == 0.0
    assert result.language_note is not None and "Hangul" in result.language_note


def test_mixed_language_text_says_so(analyzer: Analyzer) -> None:
    text = (
        "Estoy muy contento con el nuevo trabajo y mi familia. But honestly I am exhausted and I need a long holiday."
    )
    result = analyzer.analyze(text)
    assert result.covered
    assert result.language_note is not None and "mixed" in result.language_note


def test_batch_keeps_order_across_paths(analyzer: Analyzer) -> None:
    texts = [KOREAN, "What a wonderful day!", SPANISH_JOY, "This is awful."]
    results = analyzer.analyze_batch(texts)
    assert [r.text for r in results] == texts
    assert [r.covered for r in results] == [False, True, True, True]
    assert [r.language for r in results][1:] == ["en", "es", "en"]
    assert results[3].sentiment.top == "negative"


def test_features_path_routes_too(analyzer: Analyzer) -> None:
    analyses, logits, _, pooled = analyzer.analyze_with_features(["so happy", SPANISH_JOY])
    assert [a.language for a in analyses] == ["en", "es"]
    assert logits.shape[0] == 2 and pooled.shape[0] == 2


def test_cli_names_each_language(tmp_path: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(app, ["analyze", "--json", SPANISH_JOY, FINNISH_ANGER, KOREAN])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert [(r["language"], r["covered"]) for r in rows][:2] == [("es", True), ("fi", True)]
    assert rows[0]["plutchik"]["top"] == "joy" and rows[1]["sentiment"]["top"] == "negative"
    assert rows[2]["covered"] is False
    table = runner.invoke(app, ["analyze", SPANISH_JOY, KOREAN])
    assert table.exit_code == 0 and "not read" in table.output and "lang" in table.output
    forced = runner.invoke(app, ["analyze", "--json", "--lang", "en", SPANISH_JOY])
    assert json.loads(forced.output)["provenance"]["model"] == "goemotions-minilm"
    bad = runner.invoke(app, ["analyze", "--lang", "spanish", "hola"])
    assert bad.exit_code != 0 and "ISO 639-1" in bad.output + str(bad.exception)


def test_file_job_routes_rows_and_writes_language_columns(tmp_path: Path) -> None:
    from affectkit.batch.engines import annotate_file

    source = tmp_path / "in.txt"
    source.write_text("\n".join(["thank you so much", SPANISH_JOY, KOREAN]) + "\n", encoding="utf-8")
    summary = annotate_file(source, tmp_path / "out.csv")
    assert summary.rows_out == 3
    import csv

    rows = list(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8")))
    assert [(r["language"], r["covered"]) for r in rows] == [("en", "True"), ("es", "True"), ("und", "False")]


def test_service_routes_by_language() -> None:
    import httpx
    from serve_helpers import running

    from affectkit.serve import ServeSettings

    with running(ServeSettings(max_texts=8, max_chars=500, max_body_bytes=64_000)) as (base, _):
        body = httpx.post(f"{base}/v1/analyze", json={"texts": ["so happy for you", SPANISH_JOY, KOREAN]}).json()
        assert [(r["language"], r["covered"]) for r in body] == [("en", True), ("es", True), ("und", False)]
        assert body[1]["plutchik"]["top"] == "joy" and "xed-e5" in body[1]["provenance"]["heads"]
        assert "Hangul" in body[2]["language_note"]
        one = httpx.post(f"{base}/v1/analyze", json={"texts": [SPANISH_JOY], "view": "plutchik"}).json()[0]
        assert set(one) >= {"language", "covered", "plutchik"} and one["language"] == "es"


def test_conversation_turn_in_another_language_keeps_its_own_reading(analyzer: Analyzer) -> None:
    from affectkit.understand.conversation import Conversation, analyze_conversation

    talk = Conversation.from_records(
        [
            {"speaker": "A", "text": "I finally got the job I wanted!"},
            {"speaker": "B", "text": "¡Qué alegría, estoy muy feliz por ti!"},
        ]
    )
    turns = analyze_conversation(talk, analyzer=analyzer).turns
    assert turns[0].analysis.language == "en" and turns[0].emotion.in_context
    assert turns[1].analysis.language == "es" and not turns[1].emotion.in_context
    assert turns[1].emotion.label == "joy"


def test_memory_stores_the_multilingual_reading(tmp_path: Path) -> None:
    import numpy as np

    from affectkit.memory.memory import Memory
    from affectkit.understand.multilingual_reading import emotion_scores

    memory = Memory(tmp_path / "m.db")
    encoded = memory.encode([SPANISH_JOY, KOREAN, "so happy"])
    probs, plutchik = emotion_scores([SPANISH_JOY])
    assert np.allclose(encoded.emotion[0], probs[0], atol=1e-6) and np.allclose(
        encoded.plutchik[0], plutchik[0], atol=1e-6
    )
    assert not encoded.emotion[1].any() and not encoded.plutchik[1].any()
    assert encoded.emotion[2].max() > 0.3
