"""The care rules of each covered language, as data: cues, and what cancels or caps them.

A :class:`Lexicon` holds one language's rules. Every regular expression is compiled
case-insensitively. Cues say who does what to whom (first person, intent and plan verbs,
self objects); the modifiers say when crisis words are not a crisis (negation right before a
cue, idioms, fiction, games, software, definitions, jokes, a past that is over).

Example:
    >>> lexicon = load_lexicon("en")
    >>> lexicon.language, len(lexicon.cues) > 30
    ('en', True)
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from dataclasses import dataclass, field
from functools import cache

from affectkit.care.language import COVERED


@dataclass(frozen=True)
class Cue:
    """One pattern that raises a category to a level.

    ``kind``: ``statement`` (about oneself now), ``third_party`` (about someone else),
    ``question`` (asks for methods, doses, heights or concealment), ``gated`` (a question
    that counts only when distress is in the message or the turns before), ``retraction``
    is not a cue (see :attr:`Lexicon.retractions`).
    ``first_person``: the pattern itself holds the speaker ("I want to", "myself"), so
    academic or news context around it does not cancel it. ``framed``: False for cues whose
    own words already say they are about the speaker's life ("the only reason I'm alive is
    this song"), which no context word cancels.
    """

    id: str
    category: str
    level: int
    pattern: str
    kind: str = "statement"
    first_person: bool = True
    strength: float = 0.9
    framed: bool = True  # False: fiction, game or software words around it do not cancel it

    @property
    def regex(self) -> re.Pattern[str]:
        return _compile(self.pattern)


@dataclass(frozen=True)
class Lexicon:
    """One language's care rules (see the module text)."""

    language: str
    version: str
    cues: tuple[Cue, ...]
    negation: str = r"(?!x)x"
    negation_phrases: str = r"(?!x)x"  # negations read anywhere earlier in the clause ("never once thought about")
    idioms: tuple[str, ...] = ()
    contexts: dict[str, str] = field(default_factory=dict)
    jokes: str = r"(?!x)x"
    serious: str = r"(?!x)x"  # "I'm not joking": joke markers in the text no longer cap anything
    past: str = r"(?!x)x"
    recovered: str = r"(?!x)x"
    retractions: str = r"(?!x)x"
    escalators: dict[str, str] = field(default_factory=dict)
    distress: str = r"(?!x)x"
    negation_gap: int = 2
    portable: tuple[str, ...] = ()  # cue ids that also run on text in another language (slang, code-switching)


@cache
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE | re.UNICODE)


def compiled(pattern: str) -> re.Pattern[str]:
    """A pattern compiled the way every care rule is (case-insensitive, cached).

    Example:
        >>> compiled(r"\\bkms\\b").search("ok KMS") is not None
        True
    """
    return _compile(pattern)


@cache
def available_lexicons() -> tuple[str, ...]:
    """The covered languages whose rules are installed (a missing module is not covered).

    Example:
        >>> "en" in available_lexicons()
        True
    """
    return tuple(code for code in COVERED if importlib.util.find_spec(f"affectkit.care.lexicon.{code}") is not None)


@cache
def load_lexicon(language: str) -> Lexicon:
    """The rules of one covered language (``en``, ``es``, ``fr``, ``de``, ``pt``).

    Example:
        >>> load_lexicon("en").version
        'en.v1'
    """
    if language not in COVERED:
        raise KeyError(f"no care rules for {language!r}; covered: {', '.join(COVERED)}")
    module = importlib.import_module(f"affectkit.care.lexicon.{language}")
    lexicon: Lexicon = module.LEXICON
    for cue in lexicon.cues:
        cue.regex  # noqa: B018  (compile once, fail early on a bad pattern)
    return lexicon
