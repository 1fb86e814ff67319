"""Retrieval strategies of Emotional RAG (Huang et al., 2024), with normalised distances.

Every memory unit has a semantic vector (unit length) and an emotion vector (the Plutchik-8
view of its emotions). For a query:

- ``d_s``: Euclidean distance between semantic vectors (0-2 for unit vectors), as in the paper;
- ``d_e``: cosine distance between emotion vectors on the paper's 1-10 intensity scale
  (``1 + 9 p`` for a Plutchik score ``p``). On the raw 0-1 scores a nearly neutral text
  (all scores small) would point wherever its faint scores point and sit next to strongly
  emotional texts; on the 1-10 scale it points along the all-ones diagonal, as an all-low
  rating does in the paper. Measured on DailyDialog test (``affectkit eval memory``, 200
  queries): emotion-only recall matched the query's gold emotion in 30.1% of recalls on raw
  scores, 32.1% on the 1-10 scale.

Strategies, K results (10 by default):

========================  ======================================================================
``semantic``              rank by ``d_s``
``emotion``               rank by ``d_e`` (the other end of the trade-off, for comparison)
``additive``              rank by ``(1 - w) * d_s + w * d_e``
``multiplicative``        rank by ``d_s ** (1 - w) * d_e ** w``
``semantic_first``        the ``pool`` (20) nearest by ``d_s``, then the K of those nearest by ``d_e``
``emotion_first``         the ``pool`` nearest by ``d_e``, then the K of those nearest by ``d_s``
========================  ======================================================================

The paper combines unnormalised distances (``d_s + d_e`` and ``d_s x d_e``), so its additive mix
is dominated by ``d_s``, which spans twice the range. ``normalize`` chooses the scale:
``"bound"`` (default) divides each distance by its largest possible value (2 and 1), so both
span 0-1; ``"minmax"`` rescales each to 0-1 over the memories searched; ``"none"`` keeps the
paper's raw distances. At ``weight=0.5`` and ``normalize="none"``, ``additive`` and
``multiplicative`` rank exactly as the paper's sum and product. Ties go to the older memory
(smaller id), so every store returns the same order.

Example:
    >>> import numpy as np
    >>> d_s = np.array([0.1, 0.5, 0.9], dtype=np.float32)
    >>> d_e = np.array([0.9, 0.1, 0.0], dtype=np.float32)
    >>> rank(d_s, d_e, np.arange(3), strategy="semantic", k=2).tolist()
    [0, 1]
    >>> rank(d_s, d_e, np.arange(3), strategy="additive", k=1, weight=0.9).tolist()
    [2]
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from affectkit.errors import InputError

STRATEGIES = ("semantic", "emotion", "additive", "multiplicative", "semantic_first", "emotion_first")
NORMALIZATIONS = ("bound", "minmax", "none")
Normalize = Literal["bound", "minmax", "none"]
SEMANTIC_MAX = 2.0  # Euclidean distance between unit vectors
EMOTION_MAX = 1.0  # cosine distance between non-negative vectors
MAX_K = 1000
MAX_POOL = 1000  # pgvector's hnsw.ef_search accepts at most 1,000

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]


def check_settings(strategy: str, k: int, pool: int, weight: float, normalize: str) -> None:
    """Reject unknown strategies and out-of-range settings with a message that says the fix.

    Example:
        >>> check_settings("additve", 10, 20, 0.5, "bound")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        affectkit.errors.InputError: unknown retrieval strategy 'additve'. Did you mean 'additive'? Choose one of: ...
    """
    if strategy not in STRATEGIES:
        close = difflib.get_close_matches(strategy, STRATEGIES, n=1)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        raise InputError(f"unknown retrieval strategy {strategy!r}.{hint} Choose one of: {', '.join(STRATEGIES)}")
    if normalize not in NORMALIZATIONS:
        raise InputError(f"unknown normalisation {normalize!r}; choose one of: {', '.join(NORMALIZATIONS)}")
    if not 1 <= k <= MAX_K:
        raise InputError(f"k={k}: ask for between 1 and {MAX_K} memories")
    if pool < k:
        raise InputError(f"pool={pool} is smaller than k={k}: the first stage must keep at least k candidates")
    if pool > MAX_POOL:
        raise InputError(f"pool={pool}: keep at most {MAX_POOL} first-stage candidates")
    if strategy == "multiplicative" and normalize == "minmax":
        raise InputError(
            "multiplicative with normalize='minmax' gives 0 to the nearest memory in meaning and in emotion, "
            "whatever the other distance; use normalize='bound' or 'none'"
        )
    if not 0.0 <= weight <= 1.0 or weight != weight:
        raise InputError(f"weight={weight}: give the emotion weight between 0 (semantics only) and 1 (emotion only)")


@dataclass(frozen=True)
class SearchSettings:
    """How to rank: strategy, K, first-stage pool, emotion weight and normalisation, checked
    once when made (:func:`check_settings`), then passed whole.

    Example:
        >>> SearchSettings("semantic_first", k=3, pool=10).pool
        10
        >>> SearchSettings(k=0)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        affectkit.errors.InputError: k=0: ask for between 1 and 1000 memories
    """

    strategy: str = "additive"
    k: int = 10
    pool: int = 20
    weight: float = 0.5
    normalize: str = "bound"

    def __post_init__(self) -> None:
        check_settings(self.strategy, self.k, self.pool, self.weight, self.normalize)


def semantic_distances(vectors: FloatArray, query: FloatArray) -> FloatArray:
    """Euclidean distances from ``query`` to each row (all unit length: sqrt(2 - 2 cos)).

    Example:
        >>> v = np.array([[1, 0], [0, 1]], dtype=np.float32)
        >>> [round(float(d), 3) for d in semantic_distances(v, np.array([1, 0], dtype=np.float32))]
        [0.0, 1.414]
    """
    cosine = vectors @ query
    result: FloatArray = np.sqrt(np.maximum(2.0 - 2.0 * cosine, 0.0)).astype(np.float32)
    return result


def intensities(scores: FloatArray) -> FloatArray:
    """Plutchik scores (0-1) on the paper's 1-10 intensity scale.

    Example:
        >>> intensities(np.array([0.0, 0.5, 1.0], dtype=np.float32)).tolist()
        [1.0, 5.5, 10.0]
    """
    result: FloatArray = (1.0 + 9.0 * scores).astype(np.float32)
    return result


def emotion_distances(vectors: FloatArray, query: FloatArray) -> FloatArray:
    """Cosine distances from ``query`` to each row, on the 1-10 intensity scale (an even mix
    and no emotion at all lie on the same diagonal).

    Example:
        >>> v = np.array([[1, 0], [0.5, 0.5], [0, 0]], dtype=np.float32)
        >>> [round(float(d), 3) for d in emotion_distances(v, np.array([1, 0], dtype=np.float32))]
        [0.0, 0.226, 0.226]
    """
    vectors = intensities(vectors)
    query = intensities(query)
    norms = np.linalg.norm(vectors, axis=1) * float(np.linalg.norm(query))
    dots = vectors @ query
    cosine = np.where(norms > 1e-12, dots / np.maximum(norms, 1e-12), 0.0)
    result: FloatArray = np.clip(1.0 - cosine, 0.0, 2.0).astype(np.float32)
    return result


def _scaled(d: FloatArray, normalize: str, bound: float) -> npt.NDArray[np.float64]:
    values = d.astype(np.float64)
    if normalize == "bound":
        return values / bound
    if normalize == "minmax":
        low, high = (float(values.min()), float(values.max())) if len(values) else (0.0, 0.0)
        return (values - low) / (high - low) if high > low else np.zeros_like(values)
    return values


def _order(primary: npt.NDArray[Any], ids: IntArray) -> IntArray:
    # ties by id: the same order whatever order the store returned the rows in
    result: IntArray = np.lexsort((ids, primary)).astype(np.int64)
    return result


def rank(
    d_s: FloatArray,
    d_e: FloatArray,
    ids: IntArray,
    *,
    strategy: str = "additive",
    k: int = 10,
    pool: int = 20,
    weight: float = 0.5,
    normalize: str = "bound",
) -> IntArray:
    """Positions (into ``d_s``/``d_e``/``ids``) of the K best memories, best first.

    Example:
        >>> d_s = np.array([0.2, 0.3, 0.4], dtype=np.float32)
        >>> d_e = np.array([0.8, 0.5, 0.0], dtype=np.float32)
        >>> rank(d_s, d_e, np.arange(3), strategy="semantic_first", k=1, pool=2).tolist()
        [1]
    """
    return rank_by(d_s, d_e, ids, SearchSettings(strategy, k, pool, weight, normalize))


def rank_by(d_s: FloatArray, d_e: FloatArray, ids: IntArray, settings: SearchSettings) -> IntArray:
    """:func:`rank` with settings already checked (no check per call: a search loop makes
    the settings once).

    Example:
        >>> d = np.array([0.3, 0.1], dtype=np.float32)
        >>> rank_by(d, d, np.arange(2), SearchSettings("semantic", k=1)).tolist()
        [1]
    """
    strategy, k, pool, weight, normalize = (
        settings.strategy, settings.k, settings.pool, settings.weight, settings.normalize
    )  # fmt: skip
    n = len(ids)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    s = _scaled(d_s, normalize, SEMANTIC_MAX)
    e = _scaled(d_e, normalize, EMOTION_MAX)
    if strategy == "semantic":
        return _order(s, ids)[:k]
    if strategy == "emotion":
        return _order(e, ids)[:k]
    if strategy == "additive":
        return _order((1.0 - weight) * s + weight * e, ids)[:k]
    if strategy == "multiplicative":
        with np.errstate(divide="ignore"):
            score = np.power(s, 1.0 - weight) * np.power(e, weight)
        return _order(score, ids)[:k]
    first, second = (s, e) if strategy == "semantic_first" else (e, s)
    candidates = _order(first, ids)[:pool]
    return candidates[_order(second[candidates], ids[candidates])][:k]


def score(d_s: float, d_e: float, *, strategy: str, weight: float = 0.5, normalize: str = "bound") -> float:
    """The number a strategy ranks by for one memory (lower is better), for display.

    For ``minmax`` the scale depends on the other memories, so the bound scale is shown.
    Sequential strategies rank by their second stage's distance.

    Example:
        >>> round(score(1.0, 0.5, strategy="additive"), 3)
        0.5
    """
    norm = "bound" if normalize == "minmax" else normalize
    s = d_s / SEMANTIC_MAX if norm == "bound" else d_s
    e = d_e / EMOTION_MAX if norm == "bound" else d_e
    if strategy in ("semantic", "emotion_first"):
        return float(s)
    if strategy in ("emotion", "semantic_first"):
        return float(e)
    if strategy == "additive":
        return float((1.0 - weight) * s + weight * e)
    return float(s ** (1.0 - weight) * e**weight)
