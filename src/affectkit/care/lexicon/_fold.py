"""Accent-tolerant patterns: the rules are written with their accents, people often type without.

:func:`fold` turns each accented letter of a pattern into a choice between it and its plain
form ("más" matches "mas", "não" matches "nao", "schlägt" matches "schlaegt" and "schlagt"),
and an apostrophe into either apostrophe. Accented letters must not be written inside a
``[...]`` class (the fold would nest classes); :func:`fold` refuses such a pattern
(apostrophes there are kept as written).

Example:
    >>> import re
    >>> bool(re.search(fold("no aguanto más"), "no aguanto mas"))
    True
    >>> bool(re.search(fold("er schlägt mich", german=True), "er schlaegt mich"))
    True
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from affectkit.care.lexicon import Cue

_PLAIN = {
    "á": "a", "à": "a", "â": "a", "ã": "a", "é": "e", "è": "e", "ê": "e", "ë": "e", "í": "i", "î": "i",
    "ï": "i", "ó": "o", "ô": "o", "õ": "o", "ú": "u", "û": "u", "ù": "u", "ç": "c", "ñ": "n",
}  # fmt: skip
_GERMAN = {"ä": "(?:ä|ae|a)", "ö": "(?:ö|oe|o)", "ü": "(?:ü|ue|u)", "ß": "(?:ß|ss)"}
_OTHER = {"ü": "[üu]", "œ": "(?:œ|oe)", "'": "['’]", "’": "['’]"}


def fold(pattern: str, *, german: bool = False) -> str:
    """``pattern`` with accents made optional (see the module text).

    Example:
        >>> fold("où")
        'o[ùu]'
    """
    out: list[str] = []
    in_class = False
    escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
            out.append(ch)
            continue
        if in_class:
            if ch in _PLAIN or ch in _GERMAN or ch == "œ":
                raise ValueError(f"accented letter {ch!r} inside a [...] class: {pattern!r}")
            if ch == "]":
                in_class = False
            out.append(ch)
            continue
        if ch == "[":
            in_class = True
            out.append(ch)
        elif ch in _PLAIN:
            out.append(f"[{ch}{_PLAIN[ch]}]")
        elif german and ch in _GERMAN:
            out.append(_GERMAN[ch])
        elif ch in _OTHER:
            out.append(_OTHER[ch])
        else:
            out.append(ch)
    return "".join(out)


def not_after(*words: str) -> str:
    """Lookbehinds: the next word does not follow any of ``words`` (someone else's verb or name).

    Example:
        >>> import re
        >>> bool(re.search(not_after("il") + r"veut", "il veut")), bool(re.search(not_after("il") + r"veut", "je veut"))
        (False, True)
    """
    return "".join(rf"(?<!\b{w} )" for w in words)


def cue_maker(language: str, *, german: bool = False) -> Callable[..., Cue]:
    """A cue constructor for one language: ids prefixed with the language, patterns folded.

    Example:
        >>> make = cue_maker("es")
        >>> make("si.test", "suicidal_ideation", 2, "más").id
        'es.si.test'
    """

    def make(name: str, category: str, level: int, pattern: str, **kwargs: Any) -> Cue:
        return Cue(f"{language}.{name}", category, level, fold(pattern, german=german), **kwargs)

    return make
