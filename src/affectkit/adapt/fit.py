"""The small models a custom head is, fitted with numpy alone: standardised inputs, then
logistic regression (multinomial for one label per text, one-vs-rest for multi-label; L2
penalty, class weights, L-BFGS) or ridge regression; a temperature and per-label
thresholds fitted on held-out scores.

Example:
    >>> rng = np.random.default_rng(0)
    >>> x = rng.normal(size=(60, 5)); y = (x[:, 0] > 0).astype(int)
    >>> model = fit_logistic(standardise(x, *scaling(x)), one_hot(y, 2), alpha=0.01)
    >>> float(np.mean(np.argmax(model.raw(standardise(x, *scaling(x))), axis=1) == y)) > 0.9
    True
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Array = npt.NDArray[np.float64]

ALPHAS = (1e-3, 3e-3, 1e-2, 3e-2, 0.1, 0.3, 1.0, 3.0, 10.0)
"""L2 strengths tried for logistic heads (per row; inputs standardised): chosen on held-out rows."""
RIDGE_ALPHAS = (1.0, 10.0, 100.0, 1_000.0, 10_000.0)
"""L2 strengths tried for ridge heads (on the sum of squares): chosen on held-out rows."""
_SINGLE_THREAD_WORK = 200_000
"""Multiply-adds per matrix product below which OpenBLAS runs one thread (its threshold is
262,144). A fit makes hundreds of small products; threaded, each waited for a second
thread on a busy two-core machine (8 ms instead of 0.15 ms, a 20 s fit instead of 2 s)."""


def _block_rows(inner: int, outer: int) -> int:
    return max(1, _SINGLE_THREAD_WORK // max(inner * outer, 1))


def times(rows: Array, matrix: Array) -> Array:
    """``rows @ matrix``, computed in blocks of rows small enough to run single-threaded.

    Example:
        >>> a = np.arange(12.0).reshape(6, 2); b = np.ones((2, 3))
        >>> bool(np.array_equal(times(a, b), a @ b))
        True
    """
    step = _block_rows(matrix.shape[0], matrix.shape[1])
    if rows.shape[0] <= step:
        result: Array = rows @ matrix
        return result
    return np.concatenate([rows[start : start + step] @ matrix for start in range(0, rows.shape[0], step)])


def transposed_times(rows: Array, other: Array) -> Array:
    """``rows.T @ other``, summed over blocks of rows small enough to run single-threaded.

    Example:
        >>> a = np.arange(12.0).reshape(6, 2); b = np.ones((6, 3))
        >>> bool(np.allclose(transposed_times(a, b), a.T @ b))
        True
    """
    step = _block_rows(rows.shape[1], other.shape[1])
    if rows.shape[0] <= step:
        result: Array = rows.T @ other
        return result
    total = np.zeros((rows.shape[1], other.shape[1]))
    for start in range(0, rows.shape[0], step):
        total += rows[start : start + step].T @ other[start : start + step]
    return total


def scaling(rows: npt.ArrayLike) -> tuple[Array, Array]:
    """The mean and standard deviation of each feature (a constant feature gets 1).

    Example:
        >>> mean, std = scaling([[1.0, 5.0], [3.0, 5.0]])
        >>> mean.tolist(), std.tolist()
        ([2.0, 5.0], [1.0, 1.0])
    """
    data = np.asarray(rows, dtype=np.float64)
    mean = data.mean(axis=0)
    std = data.std(axis=0)
    std[std < 1e-8] = 1.0
    return mean, std


def standardise(rows: npt.ArrayLike, mean: Array, std: Array) -> Array:
    """Rows in standard units, as the head computes them at inference.

    Example:
        >>> standardise([[3.0]], np.array([1.0]), np.array([2.0])).tolist()
        [[1.0]]
    """
    result: Array = (np.asarray(rows, dtype=np.float64) - mean) / std
    return result


def one_hot(classes: npt.ArrayLike, count: int) -> Array:
    """Class indices as a 0/1 matrix.

    Example:
        >>> one_hot([1, 0], 2).tolist()
        [[0.0, 1.0], [1.0, 0.0]]
    """
    index = np.asarray(classes, dtype=np.int64)
    result = np.zeros((index.shape[0], count))
    result[np.arange(index.shape[0]), index] = 1.0
    return result


def softmax(scores: Array) -> Array:
    """Row-wise softmax.

    Example:
        >>> softmax(np.zeros((1, 2))).tolist()
        [[0.5, 0.5]]
    """
    shifted = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    result: Array = exp / exp.sum(axis=1, keepdims=True)
    return result


def sigmoid(scores: Array) -> Array:
    """Element-wise logistic function, stable for large scores.

    Example:
        >>> sigmoid(np.array([0.0, 800.0, -800.0])).tolist()
        [0.5, 1.0, 0.0]
    """
    result: Array = np.exp(-np.logaddexp(0.0, -scores))
    return result


def balanced_weights(targets: Array, multi_label: bool) -> Array:
    """Class weights as a weight per row (one label per text: n / (classes x rows of the
    class)) or per row and label (multi-label: positives and negatives of each label weigh
    half each).

    Example:
        >>> balanced_weights(one_hot([0, 0, 0, 1], 2), False).tolist()
        [0.6666666666666666, 0.6666666666666666, 0.6666666666666666, 2.0]
    """
    n = targets.shape[0]
    if multi_label:
        positives = targets.sum(axis=0)
        negatives = n - positives
        pos_weight = n / (2.0 * np.maximum(positives, 1.0))
        neg_weight = n / (2.0 * np.maximum(negatives, 1.0))
        result: Array = targets * pos_weight + (1.0 - targets) * neg_weight
        return result
    counts = targets.sum(axis=0)
    per_class = n / (targets.shape[1] * np.maximum(counts, 1.0))
    weights: Array = targets @ per_class
    return weights


@dataclass(frozen=True)
class Linear:
    """Weights (features x outputs) and bias of a linear head on standardised rows.

    Example:
        >>> Linear(np.ones((2, 1)), np.array([0.5])).raw(np.ones((1, 2))).tolist()
        [[2.5]]
    """

    weight: Array
    bias: Array
    iterations: int = 0

    def raw(self, standard_rows: Array) -> Array:
        """Raw scores of standardised rows.

        Example:
            >>> Linear(np.zeros((2, 3)), np.arange(3.0)).raw(np.ones((1, 2))).tolist()
            [[0.0, 1.0, 2.0]]
        """
        result: Array = times(standard_rows, self.weight) + self.bias
        return result


def lbfgs(
    objective: Callable[[Array], tuple[float, Array]],
    start: Array,
    *,
    max_iterations: int = 500,
    tolerance: float = 1e-5,
    memory: int = 10,
) -> tuple[Array, int]:
    """Minimise a smooth function with L-BFGS and a backtracking (Armijo) line search;
    returns the point and the iterations used. Deterministic.

    Example:
        >>> point, _ = lbfgs(lambda x: (float(((x - 3.0) ** 2).sum()), 2.0 * (x - 3.0)), np.zeros(2))
        >>> np.round(point, 4).tolist()
        [3.0, 3.0]
    """
    x = start.copy()
    value, grad = objective(x)
    steps: list[tuple[Array, Array, float]] = []
    iteration = 0
    for iteration in range(1, max_iterations + 1):
        if float(np.max(np.abs(grad))) < tolerance:
            break
        direction = -grad
        if steps:
            q = grad.copy()
            alphas = []
            for s, y, rho in reversed(steps):
                a = rho * float(s @ q)
                alphas.append(a)
                q -= a * y
            s_last, y_last, _ = steps[-1]
            r = q * (float(s_last @ y_last) / float(y_last @ y_last))
            for (s, y, rho), a in zip(steps, reversed(alphas)):
                r += s * (a - rho * float(y @ r))
            direction = -r
        slope = float(grad @ direction)
        if slope >= 0:  # not a descent direction: start the memory again
            steps.clear()
            direction, slope = -grad, -float(grad @ grad)
        step = 1.0 if steps else min(1.0, 1.0 / max(float(np.max(np.abs(grad))), 1e-12))
        while True:
            candidate = x + step * direction
            new_value, new_grad = objective(candidate)
            if new_value <= value + 1e-4 * step * slope:
                break
            step *= 0.5
            if step < 1e-12:
                return x, iteration
        s_new, y_new = candidate - x, new_grad - grad
        curvature = float(s_new @ y_new)
        if curvature > 1e-12:
            steps.append((s_new, y_new, 1.0 / curvature))
            if len(steps) > memory:
                steps.pop(0)
        if abs(value - new_value) <= 1e-10 * max(1.0, abs(value)):
            x, value, grad = candidate, new_value, new_grad
            break
        x, value, grad = candidate, new_value, new_grad
    return x, iteration


def fit_logistic(
    standard_rows: Array,
    targets: Array,
    *,
    alpha: float,
    multi_label: bool = False,
    weights: Array | None = None,
    start: Linear | None = None,
) -> Linear:
    """Logistic regression with an L2 penalty ``alpha`` / 2 x |W|^2 on the mean weighted
    loss: multinomial (``targets`` one-hot) or one-vs-rest (``multi_label``, 0/1 per label).
    ``weights``: per row (multinomial) or per row and label (one-vs-rest); ``start``: a
    previous solution to start from.

    Example:
        >>> x = np.array([[-1.0], [1.0]]); y = one_hot([0, 1], 2)
        >>> model = fit_logistic(x, y, alpha=0.1)
        >>> (bool(softmax(model.raw(x))[1, 1] > 0.6), model.weight.shape)
        (True, (1, 2))
    """
    n, d = standard_rows.shape
    k = targets.shape[1]
    if weights is None:
        weights = np.ones(targets.shape if multi_label else (n,))
    row_weights = weights if multi_label else weights[:, None]
    total = float(row_weights.sum()) if multi_label else float(weights.sum())

    def objective(theta: Array) -> tuple[float, Array]:
        weight, bias = theta[: d * k].reshape(d, k), theta[d * k :]
        scores = times(standard_rows, weight) + bias
        if multi_label:
            loss = np.logaddexp(0.0, scores) - targets * scores
            residual = (sigmoid(scores) - targets) * row_weights
            value = float((loss * row_weights).sum()) / total
        else:
            shifted = scores - scores.max(axis=1, keepdims=True)
            log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
            value = float(-(row_weights * targets * log_probs).sum()) / total
            residual = (np.exp(log_probs) - targets) * row_weights
        value += 0.5 * alpha * float((weight * weight).sum())
        grad_weight = transposed_times(standard_rows, residual) / total + alpha * weight
        grad_bias = residual.sum(axis=0) / total
        return value, np.concatenate([grad_weight.ravel(), grad_bias])

    theta0 = np.zeros(d * k + k) if start is None else np.concatenate([start.weight.ravel(), start.bias])
    theta, iterations = lbfgs(objective, theta0)
    return Linear(theta[: d * k].reshape(d, k).copy(), theta[d * k :].copy(), iterations)


def fit_ridge(standard_rows: Array, values: Array, *, alphas: tuple[float, ...]) -> list[Linear]:
    """Ridge regressions of ``values`` on standardised rows, one per L2 strength (the
    intercept is the mean, unpenalised), from one SVD.

    Example:
        >>> x = np.array([[-1.0], [0.0], [1.0]]); y = np.array([1.0, 2.0, 3.0])
        >>> [round(float(m.weight[0, 0]), 3) for m in fit_ridge(x, y, alphas=(0.0, 2.0))]
        [1.0, 0.5]
    """
    center = float(values.mean())
    x_mean = standard_rows.mean(axis=0)
    centred = standard_rows - x_mean
    u, singular, vt = np.linalg.svd(centred, full_matrices=False)
    projected = u.T @ (values - center)
    models = []
    for alpha in alphas:
        shrink = singular / (singular**2 + alpha)
        weight = vt.T @ (shrink * projected)
        bias = center - float(x_mean @ weight)
        models.append(Linear(weight[:, None], np.array([bias])))
    return models


def fit_temperature(raw: Array, targets: Array, *, multi_label: bool) -> float:
    """The temperature T that minimises the held-out log loss of activate(raw / T)
    (golden-section search on log T between 0.05 and 20).

    Example:
        >>> raw = np.array([[4.0, -4.0], [-4.0, 4.0], [4.0, -4.0], [-4.0, 4.0]])
        >>> y = one_hot([0, 1, 1, 0], 2)  # confident and half wrong: soften
        >>> fit_temperature(raw, y, multi_label=False) > 5
        True
    """

    def loss(log_t: float) -> float:
        scaled = raw / np.exp(log_t)
        if multi_label:
            return float((np.logaddexp(0.0, scaled) - targets * scaled).mean())
        shifted = scaled - scaled.max(axis=1, keepdims=True)
        log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        return float(-(targets * log_probs).sum(axis=1).mean())

    low, high = np.log(0.05), np.log(20.0)
    ratio = (np.sqrt(5.0) - 1.0) / 2.0
    a, b = high - ratio * (high - low), low + ratio * (high - low)
    fa, fb = loss(a), loss(b)
    for _ in range(60):
        if fa <= fb:
            high, b, fb = b, a, fa
            a = high - ratio * (high - low)
            fa = loss(a)
        else:
            low, a, fa = a, b, fb
            b = low + ratio * (high - low)
            fb = loss(b)
    best = (low + high) / 2.0
    return float(np.exp(best)) if loss(best) < loss(0.0) - 1e-9 else 1.0


def best_threshold(scores: Array, truth: Array) -> float:
    """The threshold on one label's held-out scores with the best F1 (0.05 to 0.95, step
    0.01; ties: the one nearest 0.5). A label with no held-out positive keeps 0.5.

    Example:
        >>> best_threshold(np.array([0.1, 0.3, 0.35, 0.9]), np.array([0, 1, 1, 1]))
        0.3
    """
    positives = float(truth.sum())
    if positives == 0:
        return 0.5
    grid = np.round(np.arange(0.05, 0.951, 0.01), 2)
    on = scores[None, :] >= grid[:, None]
    hits = (on & (truth[None, :] > 0)).sum(axis=1)
    predicted = on.sum(axis=1)
    f1 = 2.0 * hits / np.maximum(predicted + positives, 1.0)
    best = f1.max()
    ties = grid[np.isclose(f1, best)]
    return float(ties[np.argmin(np.abs(ties - 0.5))])
