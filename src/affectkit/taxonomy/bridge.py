"""One view's categories read in another view, through the graph: sentiment from Plutchik
scores (the multilingual path's head reads Plutchik, not GoEmotions).

Every view maps from GoEmotions (:mod:`affectkit.taxonomy.registry`), so two views meet in
the GoEmotions labels. The weight of a source category ``s`` in a target category ``t`` is
the share of ``s``'s member weight whose GoEmotions labels are members of ``t``:

    w(t, s) = sum_g w_s(s, g) * w_t(t, g) / sum_g w_s(s, g).

Scores and labels then follow the graph's one rule (:mod:`affectkit.taxonomy.graph`): a
target's score is the noisy-OR of its weighted sources' scores, and it is on when a source
of weight 0.5 or more is on. A target category with no GoEmotions member but ``neutral``
(sentiment's ``neutral``) is what no source category covers: its score is the chance that
no source emotion is present, ``prod_s (1 - p(s))``, and it is on when no source label is.

From Plutchik to sentiment (GoEmotions' published grouping): joy, anticipation (desire,
optimism) -> positive; trust -> positive 0.9 (curiosity, half of trust's fifth, is
ambiguous); fear, sadness, disgust -> negative; anger -> negative 0.83 (pride, a dyad of
anger and joy, is positive); surprise -> ambiguous 0.88 (disappointment is negative).

Example:
    >>> view = bridge_view({"joy": 0.9, "anger": 0.1}, ["joy"], "plutchik", "sentiment")
    >>> view.top, view.labels
    ('positive', ['positive'])
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.errors import TaxonomyError
from affectkit.taxonomy.registry import get_taxonomy
from affectkit.types import ViewResult

NONE_LABEL = "neutral"
"""The GoEmotions label of no emotion: a target category whose only member it is covers
what no source category does."""


@cache
def bridge_weights(source: str, target: str) -> npt.NDArray[np.float64]:
    """The (target categories x source categories) weights of ``source`` in ``target``
    (read-only), composed through the GoEmotions labels both views map from.

    Example:
        >>> w = bridge_weights("plutchik", "sentiment")
        >>> get_taxonomy("sentiment").labels
        ('ambiguous', 'negative', 'neutral', 'positive')
        >>> get_taxonomy("plutchik").labels
        ('joy', 'trust', 'fear', 'surprise', 'sadness', 'disgust', 'anger', 'anticipation')
        >>> for category, row in zip(get_taxonomy("sentiment").labels, w.round(2).tolist()):
        ...     print(category, row)
        ambiguous [0.0, 0.1, 0.0, 0.88, 0.0, 0.0, 0.0, 0.0]
        negative [0.0, 0.0, 1.0, 0.12, 1.0, 1.0, 0.83, 0.0]
        neutral [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
        positive [1.0, 0.9, 0.0, 0.0, 0.0, 0.0, 0.17, 1.0]
    """
    source_weights = get_taxonomy(source).matrix()
    target_weights = get_taxonomy(target).matrix()
    totals = source_weights.sum(axis=1)
    if (totals == 0).any():
        empty = [c for c, t in zip(get_taxonomy(source).labels, totals) if t == 0]
        raise TaxonomyError(f"the {source} categories {empty} have no GoEmotions members: they cannot be bridged")
    weights: npt.NDArray[np.float64] = (target_weights @ source_weights.T) / totals[None, :]
    weights.setflags(write=False)
    return weights


def _uncovered(target: str) -> npt.NDArray[np.bool_]:
    """Which target categories have ``neutral`` as their only member."""
    taxonomy = get_taxonomy(target)
    return np.array([set(taxonomy.members.get(c, {})) == {NONE_LABEL} for c in taxonomy.labels], dtype=bool)


def bridge_score_matrix(scores: npt.ArrayLike, source: str, target: str) -> npt.NDArray[np.float64]:
    """Target scores (n x target categories) of source scores (n x source categories, in the
    source view's order): the noisy-OR of the weighted sources; a category covering no
    emotion scores the chance that none is present.

    Example:
        >>> bridge_score_matrix([[0.0] * 8, [0.5] + [0.0] * 7], "plutchik", "sentiment").round(2).tolist()
        [[0.0, 0.0, 1.0, 0.0], [0.0, 0.0, 0.5, 0.5]]
    """
    weights = bridge_weights(source, target)
    p = np.clip(np.asarray(scores, dtype=np.float64), 0.0, 1.0)
    if p.ndim != 2 or p.shape[1] != weights.shape[1]:
        raise TaxonomyError(f"{source} scores have {weights.shape[1]} columns in the view's order, not shape {p.shape}")
    terms = np.log1p(-np.clip(p[:, None, :] * weights[None, :, :], 0.0, 1.0 - 1e-12))
    result: npt.NDArray[np.float64] = 1.0 - np.exp(terms.sum(axis=2))
    none = np.prod(1.0 - p, axis=1)
    result[:, _uncovered(target)] = none[:, None]
    return result


def bridge_labels(labels: Sequence[str], source: str, target: str) -> list[str]:
    """Target categories switched on by source categories on (weight 0.5 or more); a
    category covering no emotion is on when no source label is.

    Example:
        >>> bridge_labels(["anger", "surprise"], "plutchik", "sentiment")
        ['ambiguous', 'negative']
        >>> bridge_labels([], "plutchik", "sentiment")
        ['neutral']
    """
    source_labels = get_taxonomy(source).labels
    unknown = [label for label in labels if label not in source_labels]
    if unknown:
        raise TaxonomyError(f"unknown {source} label(s) {unknown}; known: {', '.join(source_labels)}")
    weights = bridge_weights(source, target)
    on = np.array([label in labels for label in source_labels], dtype=bool)
    uncovered = _uncovered(target)
    chosen = [
        category
        for row, category in enumerate(get_taxonomy(target).labels)
        if (uncovered[row] and not on.any()) or (not uncovered[row] and bool((weights[row, on] >= 0.5).any()))
    ]
    return chosen


def bridge_view(
    scores: Mapping[str, float] | ViewResult, labels: Sequence[str] | None, source: str, target: str
) -> ViewResult:
    """One text's ``target`` view from its ``source`` view: every score, the categories on,
    the top one. ``scores`` is a view result (its labels are used when ``labels`` is None) or
    a mapping of source categories (missing ones score 0).

    Example:
        >>> bridge_view({"sadness": 0.7, "fear": 0.4}, ["sadness"], "plutchik", "sentiment").scores["negative"]
        0.82
    """
    if isinstance(scores, ViewResult):
        labels = scores.labels if labels is None else labels
        scores = scores.scores
    categories = get_taxonomy(source).labels
    unknown = [c for c in scores if c not in categories]
    if unknown:
        raise TaxonomyError(f"unknown {source} categories {unknown}; known: {', '.join(categories)}")
    row = np.array([[float(scores.get(c, 0.0)) for c in categories]])
    result: Any = bridge_score_matrix(row, source, target)[0]
    targets = get_taxonomy(target).labels
    return ViewResult(
        scores={c: round(float(s), 6) for c, s in zip(targets, result)},
        labels=bridge_labels(list(labels or []), source, target),
        top=targets[int(np.argmax(result))],
    )
