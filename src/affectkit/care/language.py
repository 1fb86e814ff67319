"""Which language a message is in, well enough to pick the care rules that read it.

A small, offline identifier: the share of a language's most frequent function words among
the message's words, helped by letters only some languages use, and the script for
languages written outside the Latin alphabet. It knows more languages than the care layer
covers, so that an Italian or Polish message is said to be uncovered instead of being read
by Spanish or German rules. Messages too short to tell are ``'und'``.

Example:
    >>> detect_language("No puedo más, quiero desaparecer de este mundo")
    'es'
    >>> detect_language("Ich kann nicht mehr und will nicht mehr leben")
    'de'
    >>> detect_language("kms")
    'en'
    >>> detect_language("ok")
    'und'
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from affectkit.understand.function_words import weigh_words, words_of

COVERED: tuple[str, ...] = ("en", "es", "fr", "de", "pt")

_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("HANGUL", "ko"), ("CJK", "zh"), ("CYRILLIC", "ru"),
    ("ARABIC", "ar"), ("HEBREW", "he"), ("GREEK", "el"), ("DEVANAGARI", "hi"), ("THAI", "th"),
    ("BENGALI", "bn"), ("TAMIL", "ta"), ("GEORGIAN", "ka"), ("ARMENIAN", "hy"),
)  # fmt: skip


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language, or ``'und'`` when it cannot be told.

    Example:
        >>> detect_language("J'en peux plus, je veux en finir avec tout ça")
        'fr'
    """
    return detect_language_scored(text)[0]


@lru_cache(maxsize=4096)  # assess_batch, assess and the history turns ask again for the same text
def detect_language_scored(text: str) -> tuple[str, float]:
    """The language and a confidence in 0-1. A script other than Latin decides at once;
    the rest is :func:`affectkit.understand.function_words.weigh_words`: a message of
    ``NGRAM_MIN_WORDS`` words or more is read by the character n-gram identifier
    (:mod:`affectkit.understand.langid`, 40+ languages); a shorter one by its function words
    when one of them is there, else by the identifier when it is sure, else ``'und'``.
    An ASCII message with two English function words (or one, when the identifier is not
    sure) stays English: the identifier alone read 1.5% of English Reddit comments as
    other languages.

    Example:
        >>> detect_language_scored("não aguento mais, quero sumir")[0]
        'pt'
        >>> detect_language_scored("Minä en jaksa enää, kaikki on niin raskasta")[0]
        'fi'
    """
    script = _script_language(text)
    if script is not None:
        return script, 1.0
    if not words_of(text):
        return "und", 0.0
    from affectkit.understand.langid import identify

    return weigh_words(text, identify(text), COVERED)


def _script_language(text: str) -> str | None:
    counts: dict[str, int] = {}
    letters = 0
    for ch in text:
        if not ch.isalpha():
            continue
        letters += 1
        if ch.isascii():
            continue
        name = unicodedata.name(ch, "")
        for prefix, lang in _SCRIPTS:
            if name.startswith(prefix):
                counts[lang] = counts.get(lang, 0) + 1
                break
    if not counts or letters == 0:
        return None
    lang, count = max(counts.items(), key=lambda kv: kv[1])
    if count / letters < 0.3:
        return None
    if lang == "zh" and counts.get("ja", 0) > 0:
        return "ja"
    return lang
