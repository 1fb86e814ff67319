"""``read_language``: the language reading that routes a text. Every example is written
here (none is a data line): one per script, the languages 1.0.0 never learnt (Persian,
Macedonian), close written standards, short English chat, unknown scripts and mixed texts."""

from __future__ import annotations

from dataclasses import FrozenInstanceError

import pytest

from affectkit.care.language import detect_language
from affectkit.understand.langid import LanguageReading, load_identifier, read_language
from affectkit.understand.scripts import letter_scripts, script_of, word_count

pytestmark = pytest.mark.fast

BY_SCRIPT = [
    ("en", "Latin", "I finally finished the book and I loved every page of it"),
    ("es", "Latin", "Hoy fue un día muy largo en el trabajo y estoy cansada"),
    ("ru", "Cyrillic", "Сегодня я очень устала и хочу рано лечь спать"),
    ("bg", "Cyrillic", "Днес съм много уморена и искам да си легна рано"),
    ("ar", "Arabic", "اليوم كان يوما طويلا في العمل وأنا متعب جدا"),
    ("el", "Greek", "Σήμερα είμαι πολύ χαρούμενη που σε βλέπω"),
    ("he", "Hebrew", "היום אני מאוד שמחה לראות אותך"),
    ("zh", "Han", "我今天非常高兴，谢谢你来看我"),
    ("ja", "Hiragana/Katakana", "今日はとても楽しかったです、ありがとう"),
    ("th", "Thai", "วันนี้ฉันมีความสุขมากที่ได้เจอเธอ"),
]


@pytest.mark.parametrize(("language", "script", "text"), BY_SCRIPT)
def test_each_script_names_its_language(language: str, script: str, text: str) -> None:
    reading = read_language(text)
    assert (reading.language, reading.script, reading.known_script, reading.mixed) == (language, script, True, False)
    assert reading.confidence >= 0.9


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fa", "من دیروز با دوستانم به پارک رفتم و خیلی خوش گذشت"),
        ("fa", "امروز خیلی خسته هستم و می‌خواهم زود بخوابم"),
        ("mk", "Денеска сум многу уморна и сакам рано да си легнам"),
        ("mk", "Што правиш вечерва, сакаш да одиме на кино?"),
    ],
)
def test_persian_and_macedonian_are_now_learnt(language: str, text: str) -> None:
    """1.0.0 had no line of either to learn from (their whole pool was held out): Persian
    read as Arabic, Macedonian as Bulgarian."""
    assert read_language(text).language == language


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("오늘은 정말 행복한 하루였어요", "Hangul"),
        ("आज मैं बहुत खुश हूँ", "Devanagari"),
        ("დღეს ძალიან ბედნიერი ვარ", "Georgian"),
        ("ዛሬ በጣም ደስተኛ ነኝ", "Ethiopic"),
        ("இன்று நான் மிகவும் மகிழ்ச்சியாக இருக்கிறேன்", "Tamil"),
    ],
)
def test_an_unknown_script_is_said_so(text: str, script: str) -> None:
    reading = read_language(text)
    assert reading == LanguageReading("und", 0.0, script, known_script=False)


@pytest.mark.parametrize("text", ["ok", "lol thanks", "thanks!", "yes please", "hey", "ok cool", "haha nice one"])
def test_short_english_chat_reads_as_english(text: str) -> None:
    reading = read_language(text)
    assert reading.language == "en" and reading.confidence >= 0.5 and not reading.mixed


def test_spanish_and_english_in_one_text_is_mixed() -> None:
    by_sentence = read_language("I had such a long day at work today. Pero mañana me voy a la playa con mis amigos.")
    in_one_sentence = read_language("I don't know what to do anymore pero no quiero ir a la fiesta sola")
    for reading in (by_sentence, in_one_sentence):
        assert reading.mixed and set(reading.languages) == {"en", "es"} and reading.language in ("en", "es")


def test_two_scripts_with_many_letters_each_is_mixed() -> None:
    reading = read_language("Это очень хорошо, thank you so much my friend")
    assert reading.mixed and set(reading.languages) == {"en", "ru"}
    partly_unknown = read_language("오늘은 정말 행복한 하루였어요 and I want to remember it forever")
    assert partly_unknown.mixed and "und" in partly_unknown.languages
    brand = read_language("我今天买了新的iPhone，非常高兴")  # a brand name is no second language
    assert brand.language == "zh" and not brand.mixed


@pytest.mark.parametrize(
    "text",
    [
        "I finally finished the book. I loved every page of it. Tomorrow I start the next one.",
        "Olen todella vihainen, koska kukaan ei kuunnellut minua tänään kokouksessa.",
        "Ich bin heute sehr müde. Morgen gehe ich mit meinen Freunden ins Kino.",
    ],
)
def test_one_language_is_not_mixed(text: str) -> None:
    reading = read_language(text)
    assert not reading.mixed and reading.languages == ()


def test_close_standards_are_named_as_a_group() -> None:
    croatian = read_language("Danas sam jako umorna i želim rano leći")
    serbian = read_language("Данас сам веома уморна и желим рано да легнем")
    assert croatian.language in ("bs", "hr", "sr") and croatian.close == ("bs", "hr", "sr")
    assert serbian.language == "sr" and serbian.script == "Cyrillic"
    norwegian = read_language("Jeg er så glad i dag, alt gikk bra")
    assert norwegian.language in ("da", "no") and norwegian.close == ("da", "no")
    assert read_language("Estoy muy feliz de verte").close == ()
    both = "Danas sam jako umorna i želim rano leći. Данас сам веома уморна и желим рано да легнем."
    assert not read_language(both).mixed  # two parts in one group do not make a text mixed


def test_texts_without_letters_and_the_reading_shape() -> None:
    for text in ("", "🙂 42", "!!! ..."):
        assert read_language(text) == LanguageReading("und", 0.0, "none")
    reading = read_language("Estoy muy feliz de verte")
    with pytest.raises(FrozenInstanceError):
        reading.language = "en"  # type: ignore[misc]
    assert 0.0 <= reading.confidence <= 1.0


def test_the_identifier_knows_scripts_and_xed_languages() -> None:
    identifier = load_identifier()
    assert identifier.version == "1.1.0"
    assert {"fa", "mk", "ms", "eu", "gl", "ja", "ml"} <= set(identifier.languages)
    assert set(identifier.scripts["Arabic"]) == {"ar", "fa"}
    assert "sr" in identifier.scripts["Cyrillic"] and "sr" in identifier.scripts["Latin"]
    assert "Hangul" not in identifier.scripts


def test_scripts_and_words() -> None:
    assert (script_of("ж"), script_of("ー"), script_of("7")) == ("Cyrillic", "Hiragana/Katakana", None)
    assert letter_scripts("東京に行きたい") == {"Hiragana/Katakana": 7}
    assert word_count("Olen todella vihainen") == 3 and word_count("我今天非常高兴") == 4


def test_care_still_leaves_a_bare_ok_undetermined() -> None:
    """The care layer reads short messages as it always has (its rules are byte-identical):
    'ok' is undetermined there, English for routing."""
    assert detect_language("ok") == "und" and read_language("ok").language == "en"
    assert detect_language("jajaja era broma") == "es" and read_language("jajaja era broma").language == "es"
