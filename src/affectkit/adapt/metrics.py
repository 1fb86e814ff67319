"""Scores of a head on held-out rows: accuracy and F1 for classifiers, Pearson r and
errors for regressions, rounded for reports.

Example:
    >>> classification_scores(np.array([0, 1, 1]), np.array([0, 1, 0]), ("a", "b"))["macro_f1"]
    0.6667
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

Array = npt.NDArray[np.float64]


def _f1(hits: float, predicted: float, actual: float) -> tuple[float, float, float]:
    precision = hits / predicted if predicted else 0.0
    recall = hits / actual if actual else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _round(value: float | np.floating[Any]) -> float:
    return round(float(value), 4)


def classification_scores(
    truth: npt.NDArray[np.int64], predicted: npt.NDArray[np.int64], labels: tuple[str, ...]
) -> dict[str, Any]:
    """Accuracy, macro-F1 and each label's precision, recall, F1 and support (one label per text).

    Example:
        >>> scores = classification_scores(np.array([0, 0, 1]), np.array([0, 1, 1]), ("a", "b"))
        >>> scores["accuracy"], scores["per_label"]["b"]["precision"]
        (0.6667, 0.5)
    """
    per_label = {}
    for index, label in enumerate(labels):
        hits = float(np.sum((predicted == index) & (truth == index)))
        precision, recall, f1 = _f1(hits, float(np.sum(predicted == index)), float(np.sum(truth == index)))
        per_label[label] = {
            "precision": _round(precision),
            "recall": _round(recall),
            "f1": _round(f1),
            "support": int(np.sum(truth == index)),
        }
    present = [label for label in labels if per_label[label]["support"] > 0]
    return {
        "rows": int(truth.shape[0]),
        "accuracy": _round(np.mean(truth == predicted)),
        "macro_f1": _round(np.mean([per_label[label]["f1"] for label in present])) if present else 0.0,
        "per_label": per_label,
    }


def multi_label_scores(truth: Array, on: npt.NDArray[np.bool_], labels: tuple[str, ...]) -> dict[str, Any]:
    """Macro- and micro-F1 and each label's precision, recall, F1 and support (multi-label).

    Example:
        >>> truth = np.array([[1, 0], [1, 1]], float); on = np.array([[True, False], [True, False]])
        >>> multi_label_scores(truth, on, ("a", "b"))["micro_f1"]
        0.8
    """
    positive = truth > 0
    per_label = {}
    for index, label in enumerate(labels):
        hits = float(np.sum(on[:, index] & positive[:, index]))
        precision, recall, f1 = _f1(hits, float(on[:, index].sum()), float(positive[:, index].sum()))
        per_label[label] = {
            "precision": _round(precision),
            "recall": _round(recall),
            "f1": _round(f1),
            "support": int(positive[:, index].sum()),
        }
    present = [label for label in labels if per_label[label]["support"] > 0]
    _, _, micro = _f1(float(np.sum(on & positive)), float(on.sum()), float(positive.sum()))
    return {
        "rows": int(truth.shape[0]),
        "macro_f1": _round(np.mean([per_label[label]["f1"] for label in present])) if present else 0.0,
        "micro_f1": _round(micro),
        "exact_match": _round(np.mean(np.all(on == positive, axis=1))),
        "per_label": per_label,
    }


def log_loss(probabilities: Array, targets: Array, *, multi_label: bool) -> float:
    """Mean log loss of probabilities against 0/1 targets (clipped at 1e-12).

    Example:
        >>> round(log_loss(np.array([[0.5, 0.5]]), np.array([[1.0, 0.0]]), multi_label=False), 4)
        0.6931
    """
    clipped = np.clip(probabilities, 1e-12, 1 - 1e-12)
    if multi_label:
        return float(-(targets * np.log(clipped) + (1 - targets) * np.log(1 - clipped)).mean())
    return float(-(targets * np.log(clipped)).sum(axis=1).mean())


def regression_scores(truth: Array, predicted: Array) -> dict[str, Any]:
    """Pearson r, mean absolute error and root mean squared error.

    Example:
        >>> regression_scores(np.array([1.0, 2.0, 3.0]), np.array([1.5, 2.0, 2.5]))
        {'rows': 3, 'pearson_r': 1.0, 'mae': 0.3333, 'rmse': 0.4082}
    """
    spread = float(np.std(truth) * np.std(predicted))
    r = float(np.mean((truth - truth.mean()) * (predicted - predicted.mean())) / spread) if spread > 0 else 0.0
    return {
        "rows": int(truth.shape[0]),
        "pearson_r": _round(r),
        "mae": _round(np.mean(np.abs(truth - predicted))),
        "rmse": _round(np.sqrt(np.mean((truth - predicted) ** 2))),
    }
