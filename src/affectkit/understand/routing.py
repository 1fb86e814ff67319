"""Which model reads a text: English goes to the default (GoEmotions) model, a language the
multilingual path covers to it, anything else to no model at all (``covered: false``).

The language is identified per text (:func:`affectkit.understand.langid.read_language`)
unless the caller names one (``language="es"``, ``--lang es``, ``AFFECTKIT_LANGUAGE``).
A text with no letters (emoji, numbers) and a short text the identifier cannot tell goes to
the default model, as it always has: the default model reads emoji and English chat.

Any other language goes to the multilingual path unless the identifier has next to no idea
(probability under :data:`CANNOT_TELL`, where a guess among 39 languages is noise: "meh",
"hmm", "brb"); such a text is ``und`` and goes to the English model. The multilingual path
reads every language its encoder knows, English included, while the English model reads
other languages badly, so the floor is low. Chosen on GoEmotions dev (English Reddit
comments) and XED val lines in 14 languages: with no floor 39 of 5,426 English comments go
to the multilingual path and 2% of the other-language lines (many of three words or fewer)
to the English model; at 0.2, 23 and 3.7%; at 0.5, 8 and 9%. Readings under
:data:`CONFIDENT` say they are unsure in the note.

Example:
    >>> [r.path for r in route_texts(["I am so happy today", "Estoy muy feliz de verte hoy"])]
    ['default', 'multilingual']
    >>> route_texts(["hola"], "en")[0].path
    'default'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from affectkit.errors import InputError

Path = Literal["default", "multilingual", "none"]
AUTO = "auto"
CONFIDENT = 0.5
"""Under this probability the route's note says the language is unsure."""
CANNOT_TELL = 0.2
"""Under this probability of a language other than English the text is ``und`` and goes to
the English model."""
_CODE = re.compile(r"[a-z]{2}\Z")


@dataclass(frozen=True)
class Route:
    """Where one text goes: its language, the path that reads it, and a note when the
    routing has something to say (mixed languages, an unknown script, a named language).

    Example:
        >>> Route("fi", "multilingual").covered
        True
        >>> Route("ko", "none", "Hangul script: no model here reads it").covered
        False
    """

    language: str
    path: Path
    note: str | None = None

    @property
    def covered(self) -> bool:
        """Whether a model that reads the language answers.

        Example:
            >>> Route("en", "default").covered
            True
        """
        return self.path != "none"


def check_language(language: str | None) -> str:
    """The language setting, checked: ``auto``, or a two-letter ISO 639-1 code (lowercased).

    Example:
        >>> check_language("ES"), check_language(None)
        ('es', 'auto')
        >>> check_language("spanish")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        affectkit.errors.InputError: language must be 'auto' or a two-letter ISO 639-1 code ... not 'spanish'
    """
    value = (language or AUTO).strip().lower()
    if value != AUTO and not _CODE.match(value):
        raise InputError(
            f"language must be 'auto' or a two-letter ISO 639-1 code such as 'en' or 'es', not {language!r}"
        )
    return value


def covered_languages() -> frozenset[str]:
    """The languages the multilingual path reads, English aside: XED's languages, which the
    language identifier knows and the Plutchik head was trained and measured on (its model
    card gives the score of each).

    Example:
        >>> {"es", "fi", "de"} <= covered_languages()
        True
    """
    from affectkit.understand.langid import load_identifier

    return frozenset(load_identifier().languages) - {"en"}


def route_texts(texts: Sequence[str], language: str | None = AUTO) -> list[Route]:
    """A :class:`Route` for each text, in order.

    Example:
        >>> route_texts(["Das ist wunderbar, ich freue mich so sehr"])[0]
        Route(language='de', path='multilingual', note=None)
        >>> route_texts(["좋은 아침이에요, 오늘 정말 행복해요"])[0].path
        'none'
    """
    setting = check_language(language)
    if setting != AUTO:
        return [_named(setting)] * len(texts)
    return [_identified(text) for text in texts]


def _named(code: str) -> Route:
    if code == "en":
        return Route("en", "default")
    if code in covered_languages():
        return Route(code, "multilingual", f"language {code} named by the caller")
    return Route(code, "none", f"language {code} named by the caller; no model here reads it")


def _identified(text: str) -> Route:
    from affectkit.understand.langid import read_language

    reading = read_language(text)
    if not reading.known_script:
        return Route("und", "none", f"{reading.script} script: no model here reads it")
    if reading.mixed:
        found = [code for code in reading.languages if code == "en" or code in covered_languages()]
        names = ", ".join(reading.languages)
        if len(found) >= 1 and found != ["en"]:
            main = reading.language if reading.language in found else found[0]
            return Route(main, "multilingual", f"mixed languages ({names}): read by the multilingual path")
        if found == ["en"]:
            return Route("en", "default", f"mixed languages ({names}): read as English")
        return Route(reading.language, "none", f"mixed languages ({names}): no model here reads them")
    if reading.language in ("en", "und"):
        return Route(reading.language, "default")
    unsure = f"language unsure ({reading.language}, probability {reading.confidence:.2f})"
    if reading.confidence < CANNOT_TELL:
        return Route("und", "default", f"{unsure}: read by the English model")
    if reading.language in covered_languages():
        return Route(reading.language, "multilingual", unsure if reading.confidence < CONFIDENT else None)
    return Route(reading.language, "none", f"language {reading.language}: no model here reads it")
