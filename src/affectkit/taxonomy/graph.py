"""Derive every view from GoEmotions probabilities (the views and their data: :mod:`affectkit.taxonomy.registry`).

Derivation rule (one rule for every categorical view). A view category ``c`` has members:
GoEmotions labels ``g`` with weights ``w(c, g)`` in (0, 1]. Its score is the noisy-OR of
the weighted member probabilities,

    score(c) = 1 - prod_g (1 - w(c, g) * p(g)),

the probability that at least one member emotion is present if members were independent.
Its *label* is on when any member GoEmotions label is on (above its calibrated threshold)
with weight 0.5 or more. So the Ekman view of a text is exactly the Ekman mapping of its
GoEmotions labels, which is also how the gold Ekman labels of the data set are made.

Parrott's tree has two derived levels, ``parrott.secondary`` (each GoEmotions label sits
under one of the 25 secondary emotions) and ``parrott.primary`` (the 6 primaries); the
tertiary words of a text are those of its GoEmotions labels.

Example:
    >>> p = {label: 0.0 for label in GOEMOTIONS}
    >>> p["gratitude"], p["joy"] = 0.9, 0.5
    >>> round(view_scores(p, "ekman")["joy"], 3)
    0.95
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.errors import TaxonomyError
from affectkit.taxonomy.registry import (
    GOEMOTIONS,
    TAXONOMY_VERSION,
    Taxonomy,
    get_taxonomy,
    get_view,
    list_taxonomies,
    list_views,
)

__all__ = [
    "GOEMOTIONS",
    "TAXONOMY_VERSION",
    "VIEWS",
    "Taxonomy",
    "get_taxonomy",
    "list_taxonomies",
    "parrott_place",
    "view_labels",
    "view_score_matrix",
    "view_scores",
]

# The built-in views a table can show; ``list_views()`` also holds those registered later.
VIEWS: tuple[str, ...] = tuple(view.name for view in list_views() if view.categorical)


@cache
def _parrott_places() -> dict[str, tuple[str, str, str | None]]:
    """GoEmotions label -> (primary, secondary, tertiary word or None)."""
    parrott = get_view("parrott").data
    parent = {s: p for p, subs in parrott["tree"].items() for s in subs}
    return {
        label: (parent[place["secondary"]], place["secondary"], place["tertiary"])
        for label, place in parrott["goemotions"].items()
    }


def parrott_place(label: str) -> tuple[str, str, str | None] | None:
    """Where a GoEmotions label sits in Parrott's tree: (primary, secondary, tertiary).

    Example:
        >>> parrott_place("remorse")
        ('sadness', 'shame', 'remorse')
    """
    return _parrott_places().get(label)


def view_score_matrix(probs: npt.NDArray[np.floating[Any]], view: str) -> npt.NDArray[np.float64]:
    """Noisy-OR view scores for a (n x 28) probability matrix; returns (n x categories).

    Example:
        >>> view_score_matrix(np.zeros((2, 28)), "sentiment").shape
        (2, 4)
    """
    weights = get_taxonomy(view).matrix()
    p = np.clip(np.asarray(probs, dtype=np.float64), 0.0, 1.0)
    # log(1 - w p) summed over members; w p <= 1, clip to keep log finite.
    terms = np.log1p(-np.clip(p[:, None, :] * weights[None, :, :], 0.0, 1.0 - 1e-12))
    result: npt.NDArray[np.float64] = 1.0 - np.exp(terms.sum(axis=2))
    return result


def view_scores(probs: Mapping[str, float], view: str) -> dict[str, float]:
    """Scores of one view from a GoEmotions probability mapping.

    Example:
        >>> p = {label: 0.0 for label in GOEMOTIONS}
        >>> p["anger"] = 0.8
        >>> view_scores(p, "sentiment")["negative"]
        0.8
    """
    vector = np.array([[probs.get(label, 0.0) for label in GOEMOTIONS]])
    scores = view_score_matrix(vector, view)[0]
    return {c: round(float(s), 12) for c, s in zip(get_taxonomy(view).labels, scores)}


def view_labels(labels: Sequence[str], view: str) -> list[str]:
    """Categories of ``view`` switched on by a set of GoEmotions labels (weight >= 0.5).

    Example:
        >>> view_labels(["gratitude", "remorse"], "ekman")
        ['joy', 'sadness']
    """
    taxonomy = get_taxonomy(view)
    unknown = [label for label in labels if label not in GOEMOTIONS]
    if unknown:
        raise TaxonomyError(f"unknown GoEmotions label(s) {unknown}; known: {', '.join(GOEMOTIONS)}")
    on = set(labels)
    strong = taxonomy.strong_members
    return [category for category in taxonomy.labels if not strong[category].isdisjoint(on)]
