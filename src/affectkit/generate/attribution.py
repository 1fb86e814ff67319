"""Which words drive an emotion: attribution by occlusion on the encoder.

Each word is removed in turn and the text is scored again (all variants in one batch); a
word's weight is how much the probability of the detected emotions drops without it. The
words whose weight is a large share of the largest are the cause words.

Example:
    >>> from affectkit.understand.analyzer import Analyzer
    >>> [w.word for w in cause_words(Analyzer(), "My grandmother passed away last night.")][:2]
    ['passed', 'away']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from affectkit.types import Analysis
from affectkit.understand.analyzer import Analyzer

_WORD = re.compile(r"[\w][\w'’-]*")
# Function words can move a score, but a reader does not take them for a cause.
FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "i",
        "me",
        "my",
        "mine",
        "we",
        "us",
        "our",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "it",
        "its",
        "they",
        "them",
        "their",
        "this",
        "that",
        "these",
        "those",
        "is",
        "am",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "i'm",
        "he's",
        "she's",
        "it's",
        "that's",
        "there's",
        "to",
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "and",
        "or",
        "but",
        "so",
        "as",
        "if",
        "then",
        "than",
        "too",
        "very",
        "just",
        "really",
        "now",
        "again",
    ]
)
MAX_WORDS = 80


@dataclass(frozen=True)
class WordWeight:
    """A word of the text, where it is, and how much the emotions depend on it."""

    word: str
    start: int
    end: int
    weight: float


def word_weights(
    analyzer: Analyzer, text: str, labels: Sequence[str] | None = None, analysis: Analysis | None = None
) -> list[WordWeight]:
    """Occlusion weights of each word (the first ``MAX_WORDS``) for ``labels``.

    ``labels`` defaults to the detected labels (or the dominant one when none passes its
    threshold). A weight is the summed probability drop when the word is removed.
    """
    analysis = analysis or analyzer.analyze(text)
    targets = list(labels or analysis.labels or [analysis.dominant])
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text)][:MAX_WORDS]
    if not spans:
        return []
    variants = [(text[:start] + text[end:]).strip() or "." for start, end in spans]
    occluded = analyzer.analyze_batch(variants)
    base = sum(analysis.emotions[label] for label in targets)
    return [
        WordWeight(text[start:end], start, end, base - sum(result.emotions[label] for label in targets))
        for (start, end), result in zip(spans, occluded)
    ]


def cause_words(
    analyzer: Analyzer,
    text: str,
    *,
    top: int = 3,
    share: float = 0.25,
    analysis: Analysis | None = None,
    labels: Sequence[str] | None = None,
) -> list[WordWeight]:
    """The words that drive the detected emotions most: at most ``top``, each with a weight
    of at least ``share`` of the largest, strongest first."""
    weights = [
        w
        for w in word_weights(analyzer, text, labels, analysis=analysis)
        if w.weight > 0 and w.word.lower().replace("’", "'") not in FUNCTION_WORDS
    ]
    if not weights:
        return []
    strongest = max(w.weight for w in weights)
    chosen = [w for w in weights if w.weight >= share * strongest]
    return sorted(chosen, key=lambda w: -w.weight)[:top]
