"""Which words raised a care level: Shapley values of a message's words for its assessed
care levels (:func:`affectkit.care.assess.assess`), for the overall level and for every
category at level 1 or more.

**The value is the level itself** (0-4, as a number), not a continuous score: the care
layer has no score that its levels are read from. A rule cue either matches or not and
fixes a level; the learned heads only raise a category to a fixed level once a probability
crosses a threshold; the conversation's memory holds levels. The ``confidence`` an
assessment reports is a by-product, not what decides the level. So the faithful game is on
the decision people see: its steps are coarse, but Shapley values handle steps well: words
that only raise a level together ("kill" and "myself") share the step, and a word that no
step depends on gets exactly 0. The values add up to level(text) - level(no words).

A coalition is the message with the absent words removed, assessed as the message is (the
same history, locale, rules and heads), read in the whole message's language: a few
leftover words can look like another language, and a change of rules is not something the
words did. All coalitions go through one :func:`~affectkit.care.assess.assess_batch` call
(one batched encoder pass for the learned heads, each distinct text once). A message at
level 0 has nothing to explain: no game is played.

Example:
    >>> found = explain_care("I want to kill myself")
    >>> found[0].label, found[0].level, max(found[0].words, key=lambda w: w.value).word in {"kill", "myself"}
    ('overall', 3, True)
    >>> explain_care("this commute is killing me")
    []
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from affectkit.care.assess import MAX_CARE_CHARS, History, assess_batch
from affectkit.care.types import CATEGORIES, LEVEL_NAMES, CareAssessment
from affectkit.errors import InputError
from affectkit.understand.shapley import (
    MAX_PLAYERS,
    Masks,
    Values,
    WordValue,
    coalition_text,
    game_fields,
    players,
    solve_game,
)
from affectkit.understand.text import clean_text

DEFAULT_BUDGET = 160
"""Coalitions assessed per message (about half a second for 20 words on two cores, with the
learned heads); a game whose 2^n coalitions fit in the budget is exact (up to 7 words)."""
OVERALL = "overall"
"""The label of the overall level (the highest category level)."""


@dataclass(frozen=True)
class CareExplanation:
    """The Shapley values of the words for one level: ``label`` is a category or
    ``'overall'``; ``level`` the assessed level; ``full`` and ``empty`` the level with every
    word and with none; ``residual`` = sum of values - (full - empty)."""

    label: str
    level: int
    words: list[WordValue]
    full: float
    empty: float
    residual: float
    exact: bool
    model_calls: int
    seed: int
    model: str

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form: the level and, per word, ``word``, ``start``, ``end``, ``value``
        and ``stderr``.

        Example:
            >>> e = CareExplanation("overall", 3, [WordValue("die", 7, 10, 3.0, 0.0)], 3.0, 0.0, 0.0, True, 8, 0, "m")
            >>> e.as_dict()["level_name"], e.as_dict()["words"][0]["value"]
            ('high', 3.0)
        """
        return {
            "label": self.label,
            "level": self.level,
            "level_name": LEVEL_NAMES[self.level],
            **game_fields(self),
            "words": [w.as_dict() for w in self.words],
        }  # fmt: skip


def _levels(assessment: CareAssessment, targets: list[str]) -> list[float]:
    return [float(assessment.level if t == OVERALL else assessment.categories[t]) for t in targets]


def explain_care(
    text: str,
    history: History | None = None,
    locale: str | None = None,
    *,
    analyzer: Any = None,
    rules_only: bool = False,
    budget: int = DEFAULT_BUDGET,
    seed: int = 0,
    max_players: int = MAX_PLAYERS,
) -> list[CareExplanation]:
    """Shapley values of the words of ``text`` for its overall care level and for each
    category at level 1 or more (highest first); empty when the level is 0. ``history`` and
    ``locale`` are as in :func:`~affectkit.care.assess.assess` and stay the same in every
    coalition (a level the history holds is in every coalition's value, so it is in neither
    the words' values nor the residual). The learned heads read ``analyzer``'s model (default:
    the shipped one) unless ``rules_only``. Seeded: the same seed gives the same values.

    Example:
        >>> found = explain_care("I haven't eaten in 4 days, I don't deserve food", rules_only=True)
        >>> [(e.label, e.level) for e in found]
        [('overall', 2), ('eating_disorder', 2)]
        >>> abs(found[0].residual) < 1e-9
        True
    """
    if budget < 8:
        raise InputError(f"--budget must be at least 8 model calls, not {budget}")
    cleaned = clean_text(text, max_chars=MAX_CARE_CHARS)
    reader = None
    if not rules_only:
        from affectkit.understand.analyzer import Analyzer

        reader = analyzer or Analyzer()
    whole = assess_batch([cleaned], [history], locale, analyzer=reader)[0]
    if whole.level == 0:
        return []
    raised = sorted((c for c in CATEGORIES if whole.categories[c] >= 1), key=lambda c: -whole.categories[c])
    targets = [OVERALL, *raised]
    spans = players(cleaned, max_players=max_players)
    ends: dict[bool, list[float]] = {}

    def value(masks: Masks) -> Values:
        texts = [coalition_text(cleaned, spans, keep) or "." for keep in masks]
        distinct = list(dict.fromkeys(texts))
        read = assess_batch(distinct, [history] * len(distinct), locale, analyzer=reader, language=whole.language)
        levels = {t: _levels(a, targets) for t, a in zip(distinct, read, strict=True)}
        for keep, t in zip(masks, texts, strict=True):
            if not keep.any() or keep.all():
                ends.setdefault(bool(keep.all()), levels[t])
        return np.array([levels[t] for t in texts], dtype=np.float64)

    n = len(spans)
    exact = 2**n <= budget
    phi, stderr, calls = solve_game(n, value, exact=exact, budget=budget, seed=seed)
    model = "+".join(p for p in (f"care.rules.{whole.provenance.rules}", whole.provenance.head) if p)
    found = []
    for k, label in enumerate(targets):
        full, empty = ends[True][k], ends[False][k]
        found.append(
            CareExplanation(
                label=label,
                level=whole.level if label == OVERALL else whole.categories[label],
                words=[WordValue(cleaned[s:e], s, e, float(phi[i, k]), float(stderr[i, k]))
                       for i, (s, e) in enumerate(spans)],
                full=full, empty=empty, residual=float(phi[:, k].sum() - (full - empty)),
                exact=exact, model_calls=calls, seed=seed, model=model,
            )
        )  # fmt: skip
    return found
