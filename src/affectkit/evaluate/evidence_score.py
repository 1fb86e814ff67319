"""Cited evidence scored against people's evidence spans: token F1 per text, averaged over
texts, beside two baselines computed in the same run: the whole text cited, and a random
stretch of the text as long (in words) as the cited evidence.

People's spans are given as strings (IRF's ``belong_exp`` and ``burden_exp``); each is
found in its text (case-insensitively, or part by part when a comma-separated list is not
found whole); a text whose span cannot be found is left out and counted.

Example:
    >>> text = "I have nobody to talk to and my family ignores me"
    >>> gold = gold_tokens(text, "nobody to talk to")
    >>> round(token_f1(span_tokens(text, [(7, 24)]), gold), 3)
    1.0
    >>> round(token_f1(span_tokens(text, [(0, len(text))]), gold), 3)
    0.533
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

_WORD = re.compile(r"\w+", re.UNICODE)


def _tokens(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text)]


def span_tokens(text: str, spans: Sequence[tuple[int, int]]) -> set[int]:
    """Indices of the text's word tokens that overlap any of the character spans.

    Example:
        >>> sorted(span_tokens("one two three", [(4, 7)]))
        [1]
    """
    return {i for i, (s, e) in enumerate(_tokens(text)) if any(s < end and start < e for start, end in spans)}


def gold_tokens(text: str, gold: str) -> set[int] | None:
    """The word tokens of a person's evidence string found in ``text``, or None when it cannot be found.

    Example:
        >>> sorted(gold_tokens("Nobody calls. I am alone.", "nobody calls, alone"))
        [0, 1, 4]
        >>> gold_tokens("a text", "words not there") is None
        True
    """
    gold = gold.strip()
    if not gold or gold.lower() == "nan":
        return None
    lowered = text.lower()
    spans: list[tuple[int, int]] = []
    for part in [gold, *gold.split(",")] if gold.lower() not in lowered else [gold]:
        part = part.strip().lower()
        at = lowered.find(part) if part else -1
        if at >= 0:
            spans.append((at, at + len(part)))
            if part == gold.lower():
                break
    found = span_tokens(text, spans)
    return found or None


def token_f1(predicted: set[int], gold: set[int]) -> float:
    """F1 of predicted against gold token sets (0 when either is empty).

    Example:
        >>> token_f1({1, 2}, {2, 3})
        0.5
    """
    common = len(predicted & gold)
    if not common:
        return 0.0
    precision, recall = common / len(predicted), common / len(gold)
    return 2 * precision * recall / (precision + recall)


@dataclass(frozen=True)
class EvidenceScore:
    """Mean token F1 of cited evidence and of the two baselines over the texts scored."""

    cited: float
    whole_text: float
    random_span: float
    texts: int
    not_found: int
    mean_cited_words: float

    def as_dict(self) -> dict[str, float | int]:
        """A JSON-ready form (F1 in percent, one decimal).

        Example:
            >>> EvidenceScore(0.5, 0.1, 0.2, 3, 0, 4.0).as_dict()["cited"]
            50.0
        """
        return {"cited": round(100 * self.cited, 1), "whole_text": round(100 * self.whole_text, 1),
                "random_span": round(100 * self.random_span, 1), "texts": self.texts,
                "not_found": self.not_found, "mean_cited_words": round(self.mean_cited_words, 2)}  # fmt: skip


def score_evidence(
    texts: Sequence[str],
    gold: Sequence[str],
    cited: Sequence[Sequence[tuple[int, int]]],
    *,
    seed: int = 0,
    random_draws: int = 5,
) -> EvidenceScore:
    """Token F1 of ``cited`` character spans (per text) against people's evidence strings,
    with the whole-text and random-span baselines (a random stretch of as many words as the
    cited evidence, ``random_draws`` seeded draws per text, averaged).

    Example:
        >>> s = score_evidence(["I feel like a burden to everyone"], ["a burden to everyone"], [[(12, 32)]])
        >>> round(s.cited, 2), s.whole_text < s.cited, s.texts
        (1.0, True, 1)
    """
    if not len(texts) == len(gold) == len(cited):
        raise ValueError(f"{len(texts)} texts, {len(gold)} gold spans and {len(cited)} cited lists")
    rng = random.Random(seed)
    ours: list[float] = []
    whole: list[float] = []
    chance: list[float] = []
    words: list[int] = []
    missing = 0
    for text, person, spans in zip(texts, gold, cited, strict=True):
        truth = gold_tokens(text, person)
        if truth is None:
            missing += 1
            continue
        n = len(_tokens(text))
        predicted = span_tokens(text, spans)
        ours.append(token_f1(predicted, truth))
        whole.append(token_f1(set(range(n)), truth))
        size = max(1, len(predicted))
        draws = []
        for _ in range(random_draws):
            start = rng.randrange(0, max(1, n - size + 1))
            draws.append(token_f1(set(range(start, min(n, start + size))), truth))
        chance.append(sum(draws) / len(draws))
        words.append(len(predicted))
    count = len(ours)

    def mean(values: list[float]) -> float:
        return sum(values) / count if count else 0.0

    return EvidenceScore(mean(ours), mean(whole), mean(chance), count, missing, sum(words) / count if count else 0.0)
