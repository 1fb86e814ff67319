"""The writing systems of a text: which script each letter belongs to (from its Unicode
name), and how many words a text holds when its script puts no spaces between words.

Example:
    >>> letter_scripts("Hola, Привет!")
    Counter({'Cyrillic': 6, 'Latin': 4})
    >>> word_count("今日はとても楽しかった"), word_count("I am so happy today")
    (6, 5)
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter

JAPANESE = "Hiragana/Katakana"
"""Japanese kana; Han characters in a text with enough kana count with them."""
UNSPACED: dict[str, float] = {
    "Han": 2,
    JAPANESE: 2,
    "Thai": 2.5,
    "Lao": 2.5,
    "Khmer": 2.5,
    "Myanmar": 2.5,
    "Tibetan": 2.5,
}
"""Scripts written without spaces between words, and the letters taken as one word."""
_NAMED: dict[str, str | None] = {
    "CJK": "Han",
    "IDEOGRAPHIC": "Han",
    "HIRAGANA": JAPANESE,
    "KATAKANA": JAPANESE,
    "KATAKANA-HIRAGANA": JAPANESE,
    "FEMININE": "Latin",  # ª
    "MASCULINE": "Latin",  # º
    "MICRO": "Greek",  # µ
    "MODIFIER": None,  # modifier letters belong to no one script
}
_WIDTH = ("HALFWIDTH", "FULLWIDTH")
_KANA_SHARE = 0.2
_SPACED_WORD = 5  # letters of a word in a script written with spaces, about


def script_of(letter: str) -> str | None:
    """The script of one letter ('Latin', 'Cyrillic', 'Han', 'Hiragana/Katakana', 'Hangul',
    'Devanagari', ...), or None for a character that is no letter or has no script.

    Example:
        >>> script_of("é"), script_of("ж"), script_of("漢"), script_of("カ"), script_of("한"), script_of("7")
        ('Latin', 'Cyrillic', 'Han', 'Hiragana/Katakana', 'Hangul', None)
    """
    if not letter.isalpha():
        return None
    if letter.isascii():
        return "Latin"
    words = unicodedata.name(letter, "").split()
    if words and words[0] in _WIDTH:
        words = words[1:]
    if not words:
        return None
    if words[0] in _NAMED:
        return _NAMED[words[0]]
    return words[0].capitalize()


def letter_scripts(text: str) -> Counter[str]:
    """Letters per script, Han characters counted as Japanese when kana are among them
    (at least one kana in five of the two together; fewer are taken as Han).

    Example:
        >>> letter_scripts("東京に行きたい")
        Counter({'Hiragana/Katakana': 7})
        >>> letter_scripts("我们明天见 ok")
        Counter({'Han': 5, 'Latin': 2})
    """
    counts: Counter[str] = Counter()
    for ch in text:
        script = script_of(ch)
        if script is not None:
            counts[script] += 1
    kana, han = counts.get(JAPANESE, 0), counts.get("Han", 0)
    if kana and han:
        if kana >= _KANA_SHARE * (kana + han):
            counts[JAPANESE] += counts.pop("Han")
        else:
            counts["Han"] += counts.pop(JAPANESE)
    return counts


def word_count(text: str) -> int:
    """Words: space-separated pieces that hold a letter; a piece mostly in a script written
    without spaces counts one word per :data:`UNSPACED` letters (two for Chinese and Japanese,
    two and a half for Thai, whose vowel marks are no letters).

    Example:
        >>> word_count("Olen todella vihainen!  -- 42"), word_count("ฉันมีความสุขมาก")
        (3, 5)
    """
    total = 0
    for piece in text.split():
        scripts = letter_scripts(piece)
        if not scripts:
            continue
        script, letters = scripts.most_common(1)[0]
        total += math.ceil(letters / UNSPACED[script]) if script in UNSPACED else 1
    return total


def script_weights(counts: Counter[str]) -> dict[str, float]:
    """Each script's letters weighed as words are: a Chinese character (about half a word)
    weighs as much as two and a half Latin letters (about a fifth of one).

    Example:
        >>> script_weights(Counter({"Han": 4, "Latin": 5}))
        {'Han': 10.0, 'Latin': 5.0}
    """
    return {name: n * _SPACED_WORD / UNSPACED.get(name, _SPACED_WORD) for name, n in counts.items()}


def main_script(counts: Counter[str]) -> str:
    """The script that holds most of a text's words (:func:`script_weights`; 'none' for no letters).

    Example:
        >>> main_script(letter_scripts("我们明天一起去吧 see you there")), main_script(Counter())
        ('Han', 'none')
    """
    weights = script_weights(counts)
    return max(weights, key=lambda name: (weights[name], name)) if weights else "none"
