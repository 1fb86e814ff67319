"""Calibration on a dev split, shared by the exports (no torch): a temperature for the
logits, per-label F1 thresholds, and macro-F1.

Example::

    >>> import numpy as np
    >>> gold = np.array([[1.0, 0.0], [0.0, 1.0]])
    >>> macro_f1(gold, gold, [0.5, 0.5])
    1.0
"""

from __future__ import annotations

import numpy as np


def fit_temperature(logits: np.ndarray, gold: np.ndarray) -> float:
    """The temperature minimising binary cross-entropy of ``logits / T`` against ``gold``."""
    from scipy.optimize import minimize_scalar

    def loss(log_t: float) -> float:
        z = logits / np.exp(log_t)
        return float(np.mean(np.logaddexp(0.0, z) - gold * z))

    result = minimize_scalar(loss, bounds=(-2.0, 2.0), method="bounded")
    return float(np.exp(result.x))


def tune_thresholds(probs: np.ndarray, gold: np.ndarray) -> list[float]:
    """Per label, the threshold on a 0.01 grid that maximises F1."""
    grid = np.round(np.arange(0.01, 1.0, 0.01), 2)
    out = []
    for label in range(gold.shape[1]):
        best_t, best_f1 = 0.5, -1.0
        y = gold[:, label] > 0
        for t in grid:
            pred = probs[:, label] >= t
            tp = float(np.sum(pred & y))
            f1 = 2 * tp / max(float(pred.sum() + y.sum()), 1.0)
            if f1 > best_f1:
                best_t, best_f1 = float(t), f1
        out.append(best_t)
    return out


def macro_f1(probs: np.ndarray, gold: np.ndarray, thresholds: list[float]) -> float:
    """Macro-averaged F1 of ``probs >= thresholds`` against ``gold``."""
    pred = probs >= np.asarray(thresholds)[None, :]
    y = gold > 0
    tp = (pred & y).sum(0)
    return float(np.mean(2 * tp / np.maximum(pred.sum(0) + y.sum(0), 1)))
