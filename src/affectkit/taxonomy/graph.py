"""Load the taxonomy data files and derive every view from GoEmotions probabilities.

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

import difflib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.errors import TaxonomyError

TAXONOMY_VERSION = "affectkit-taxonomies.v1"
VIEWS = ("goemotions", "ekman", "sentiment", "plutchik", "parrott")
_FILES = ("goemotions", "ekman", "sentiment", "plutchik", "parrott", "vad")


@dataclass(frozen=True)
class Taxonomy:
    """A label set and, for derived views, its members among the GoEmotions labels."""

    name: str
    version: str
    labels: tuple[str, ...]
    source: str
    members: Mapping[str, Mapping[str, float]] = field(default_factory=dict)

    def matrix(self) -> npt.NDArray[np.float64]:
        """Weights as a (categories x 28) matrix in GoEmotions order.

        Example:
            >>> get_taxonomy("ekman").matrix().shape
            (7, 28)
        """
        return _matrix(self.name)


def _read(name: str) -> dict[str, Any]:
    text = resources.files("affectkit.taxonomy").joinpath(f"data/{name}.v1.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def _all() -> dict[str, Taxonomy]:
    raw = {name: _read(name) for name in _FILES}
    goemotions = tuple(raw["goemotions"]["labels"])
    out: dict[str, Taxonomy] = {
        "goemotions": Taxonomy(
            "goemotions",
            raw["goemotions"]["version"],
            goemotions,
            raw["goemotions"]["source"],
            {label: {label: 1.0} for label in goemotions},
        )
    }
    for name in ("ekman", "sentiment", "plutchik"):
        data = raw[name]
        out[name] = Taxonomy(name, data["version"], tuple(data["labels"]), data["source"], data["members"])
    parrott = raw["parrott"]
    secondary: dict[str, dict[str, float]] = {}
    primary: dict[str, dict[str, float]] = {p: {} for p in parrott["tree"]}
    parent = {s: p for p, subs in parrott["tree"].items() for s in subs}
    for _p, subs in parrott["tree"].items():
        for s in subs:
            secondary[s] = {}
    for label, place in parrott["goemotions"].items():
        secondary[place["secondary"]][label] = 1.0
        primary[parent[place["secondary"]]][label] = 1.0
    out["parrott.primary"] = Taxonomy("parrott.primary", parrott["version"], tuple(primary), parrott["source"], primary)
    out["parrott.secondary"] = Taxonomy(
        "parrott.secondary", parrott["version"], tuple(secondary), parrott["source"], secondary
    )
    vad = raw["vad"]
    out["vad"] = Taxonomy("vad", vad["version"], tuple(vad["dimensions"]), vad["source"])
    for taxonomy in out.values():
        for category, members in taxonomy.members.items():
            unknown = set(members) - set(goemotions)
            if unknown or category not in taxonomy.labels:
                raise TaxonomyError(f"taxonomy {taxonomy.name}: bad member(s) {sorted(unknown)} of {category}")
    return out


@cache
def _parrott_places() -> dict[str, tuple[str, str, str | None]]:
    """GoEmotions label -> (primary, secondary, tertiary word or None)."""
    parrott = _read("parrott")
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


GOEMOTIONS: tuple[str, ...] = tuple(
    json.loads(resources.files("affectkit.taxonomy").joinpath("data/goemotions.v1.json").read_text("utf-8"))["labels"]
)


def get_taxonomy(name: str) -> Taxonomy:
    """Return a taxonomy by name (``goemotions``, ``ekman``, ``sentiment``, ``plutchik``,
    ``parrott.primary``, ``parrott.secondary``, ``vad``).

    Example:
        >>> len(get_taxonomy("parrott.secondary").labels)
        25
    """
    taxonomies = _all()
    if name == "parrott":
        name = "parrott.primary"
    if name not in taxonomies:
        close = difflib.get_close_matches(name, list(taxonomies), n=1)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        raise TaxonomyError(f"unknown taxonomy {name!r}.{hint} Known: {', '.join(taxonomies)}")
    return taxonomies[name]


def list_taxonomies() -> list[Taxonomy]:
    """All taxonomies, GoEmotions first.

    Example:
        >>> [t.name for t in list_taxonomies()][:2]
        ['goemotions', 'ekman']
    """
    return list(_all().values())


@cache
def _matrix(name: str) -> npt.NDArray[np.float64]:
    taxonomy = get_taxonomy(name)
    index = {label: i for i, label in enumerate(GOEMOTIONS)}
    weights = np.zeros((len(taxonomy.labels), len(GOEMOTIONS)))
    for row, category in enumerate(taxonomy.labels):
        for member, weight in taxonomy.members.get(category, {}).items():
            weights[row, index[member]] = weight
    weights.setflags(write=False)
    return weights


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
    strong = _strong_members(view)
    return [category for category in taxonomy.labels if not strong[category].isdisjoint(on)]


@cache
def _strong_members(view: str) -> dict[str, frozenset[str]]:
    """For each category of ``view``, the GoEmotions labels mapped to it with weight >= 0.5."""
    taxonomy = get_taxonomy(view)
    return {
        category: frozenset(m for m, weight in taxonomy.members.get(category, {}).items() if weight >= 0.5)
        for category in taxonomy.labels
    }
