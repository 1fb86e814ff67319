"""Metrics: F1 (per label, macro, micro), dev-tuned thresholds, Pearson r, calibration bins.

Example:
    >>> from typing import Any

import numpy as np
    >>> pearson(np.array([1.0, 2.0, 3.0]), np.array([2.0, 4.0, 6.5]))  # doctest: +ELLIPSIS
    0.99...
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

BoolArray = npt.NDArray[np.bool_]
FloatArray = npt.NDArray[np.floating[Any]]

THRESHOLD_GRID = np.round(np.arange(0.01, 1.0, 0.01), 2)


def f1_scores(pred: BoolArray, gold: BoolArray) -> dict[str, Any]:
    """Per-label F1, macro-F1 (mean over labels) and micro-F1 (pooled counts).

        Example:
            >>> from typing import Any

    import numpy as np
            >>> out = f1_scores(np.array([[1, 0], [0, 1]], bool), np.array([[1, 0], [1, 0]], bool))
            >>> round(out["macro"], 3), round(out["micro"], 3)
            (0.333, 0.5)
    """
    pred = np.asarray(pred, dtype=bool)
    gold = np.asarray(gold, dtype=bool)
    tp = (pred & gold).sum(axis=0).astype(np.float64)
    fp = (pred & ~gold).sum(axis=0).astype(np.float64)
    fn = (~pred & gold).sum(axis=0).astype(np.float64)
    per_label = 2 * tp / np.maximum(2 * tp + fp + fn, 1.0)
    micro = 2 * tp.sum() / max(2 * tp.sum() + fp.sum() + fn.sum(), 1.0)
    return {"per_label": per_label.tolist(), "macro": float(per_label.mean()), "micro": float(micro)}


def tune_thresholds(probs: FloatArray, gold: BoolArray) -> npt.NDArray[np.float64]:
    """Per-label thresholds maximising F1 on the given (dev) data, on a 0.01 grid.

        Example:
            >>> from typing import Any

    import numpy as np
            >>> tune_thresholds(np.array([[0.9], [0.2]]), np.array([[1], [0]], bool)).tolist()
            [0.21]
    """
    gold = np.asarray(gold, dtype=bool)
    best = np.full(gold.shape[1], 0.5)
    for label in range(gold.shape[1]):
        y = gold[:, label]
        pred = probs[:, label][None, :] >= THRESHOLD_GRID[:, None]
        tp = (pred & y[None, :]).sum(axis=1)
        f1 = 2 * tp / np.maximum(pred.sum(axis=1) + y.sum(), 1)
        best[label] = THRESHOLD_GRID[int(np.argmax(f1))]
    return best


def pearson(pred: FloatArray, gold: FloatArray) -> float:
    """Pearson correlation, ignoring pairs where the gold value is missing (NaN)."""
    ok = ~np.isnan(gold)
    if ok.sum() < 2 or np.std(pred[ok]) == 0:
        return float("nan")
    return float(np.corrcoef(pred[ok], gold[ok])[0, 1])


def reliability(probs: FloatArray, gold: BoolArray, bins: int = 10) -> dict[str, list[float]]:
    """Mean predicted probability vs observed frequency in equal-width bins (all labels pooled),
        and the expected calibration error.

        Example:
            >>> from typing import Any

    import numpy as np
            >>> reliability(np.array([[0.05], [0.95]]), np.array([[0], [1]], bool))["ece"][0] < 0.06
            True
    """
    p = np.asarray(probs, dtype=np.float64).ravel()
    y = np.asarray(gold, dtype=np.float64).ravel()
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(p, edges[1:-1]), 0, bins - 1)
    mean_p, freq, count = [], [], []
    ece = 0.0
    for b in range(bins):
        mask = which == b
        n = int(mask.sum())
        count.append(float(n))
        mean_p.append(float(p[mask].mean()) if n else float("nan"))
        freq.append(float(y[mask].mean()) if n else float("nan"))
        if n:
            ece += n / len(p) * abs(mean_p[-1] - freq[-1])
    return {"mean_predicted": mean_p, "observed": freq, "count": count, "ece": [ece]}
