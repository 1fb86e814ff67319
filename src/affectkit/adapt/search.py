"""Choose a head's L2 strength on held-out rows: fit every split (the dev split, or each
cross-validation fold) along the strengths, strongest first, each fit starting from the
last, and stop once the held-out loss has risen twice past its best.

Example:
    >>> from affectkit.adapt.fit import one_hot
    >>> rng = np.random.default_rng(0)
    >>> rows = rng.normal(size=(40, 3)); y = one_hot((rows[:, 0] > 0).astype(int), 2)
    >>> splits = [Split(np.arange(0, 30), np.arange(30, 40))]
    >>> found = HeadFitter("classification", False).search(rows, y, splits)
    >>> found.alpha in HeadFitter("classification", False).alphas, found.held_out.shape
    (True, (10, 2))
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from affectkit.adapt.fit import (
    ALPHAS,
    RIDGE_ALPHAS,
    Linear,
    balanced_weights,
    fit_logistic,
    fit_ridge,
    scaling,
    sigmoid,
    softmax,
    standardise,
)

Array = npt.NDArray[np.float64]
IndexArray = npt.NDArray[np.int64]
PATIENCE = 2
"""Strengths past the best with a higher held-out loss before the search stops."""


@dataclass(frozen=True)
class Split:
    """Rows a model is fitted on and rows it is scored on (indices into one row array).

    Example:
        >>> Split(np.array([0, 1]), np.array([2])).held.tolist()
        [2]
    """

    train: IndexArray
    held: IndexArray


@dataclass(frozen=True)
class Fitted:
    """A linear model and the scaling of the rows it was fitted on.

    Example:
        >>> Fitted(np.zeros(2), np.ones(2), Linear(np.ones((2, 1)), np.zeros(1))).raw(np.ones((1, 2))).tolist()
        [[2.0]]
    """

    mean: Array
    std: Array
    linear: Linear

    def raw(self, rows: Array) -> Array:
        """Raw scores of unscaled rows."""
        return self.linear.raw(standardise(rows, self.mean, self.std))


@dataclass(frozen=True)
class Search:
    """What the search chose: the strength, the held-out raw scores (in row order of the
    held-out rows of every split), the model of each split, and every strength's loss."""

    alpha: float
    held_out: Array
    models: list[Fitted]
    grid: list[dict[str, float]] = field(default_factory=list)


@dataclass(frozen=True)
class HeadFitter:
    """Fits one kind of head: ``task`` (classification or regression), multi-label or not,
    with balanced class weights or without.

    Example:
        >>> HeadFitter("regression", False).alphas[:2]
        (1.0, 10.0)
    """

    task: str
    multi_label: bool
    balanced: bool = True

    @property
    def alphas(self) -> tuple[float, ...]:
        """The strengths tried, in search order (logistic: strongest first)."""
        return RIDGE_ALPHAS if self.task == "regression" else tuple(sorted(ALPHAS, reverse=True))

    def probabilities(self, raw: Array, temperature: float = 1.0) -> Array:
        """A classifier's probabilities of raw scores at a temperature.

        Example:
            >>> HeadFitter("classification", True).probabilities(np.zeros((1, 2))).tolist()
            [[0.5, 0.5]]
        """
        return sigmoid(raw / temperature) if self.multi_label else softmax(raw / temperature)

    def selection_loss(self, raw: Array, targets: Array) -> float:
        """What chooses the strength: held-out squared error, or class-balanced log loss.

        Example:
            >>> from affectkit.adapt.fit import one_hot
            >>> round(HeadFitter("classification", False).selection_loss(np.zeros((2, 2)), one_hot([0, 1], 2)), 4)
            0.6931
        """
        if self.task == "regression":
            return float(np.mean((raw[:, 0] - targets) ** 2))
        weights = balanced_weights(targets, self.multi_label)
        clipped = np.clip(self.probabilities(raw), 1e-12, 1 - 1e-12)
        if self.multi_label:
            losses = -(targets * np.log(clipped) + (1 - targets) * np.log(1 - clipped)) * weights
            return float(losses.sum() / weights.sum())
        return float((-(targets * np.log(clipped)).sum(axis=1) * weights).sum() / weights.sum())

    def fit(self, rows: Array, targets: Array, alpha: float) -> Fitted:
        """One model at one strength on all of ``rows``.

        Example:
            >>> fitted = HeadFitter("regression", False).fit(np.array([[0.0], [1.0], [2.0]]), np.arange(3.0), 1.0)
            >>> fitted.linear.weight.shape
            (1, 1)
        """
        mean, std = scaling(rows)
        standard = standardise(rows, mean, std)
        if self.task == "regression":
            return Fitted(mean, std, fit_ridge(standard, targets, alphas=(alpha,))[0])
        weights = balanced_weights(targets, self.multi_label) if self.balanced else None
        linear = fit_logistic(standard, targets, alpha=alpha, multi_label=self.multi_label, weights=weights)
        return Fitted(mean, std, linear)

    def search(
        self,
        rows: Array,
        targets: Array,
        splits: list[Split],
        *,
        held_rows: Array | None = None,
        held_targets: Array | None = None,
        on_fit: Callable[[int, int], None] | None = None,
    ) -> Search:
        """Fit every split along the strengths and keep the one with the lowest held-out loss.
        With ``held_rows`` and ``held_targets`` (a dev set) ``split.held`` indexes those
        instead of ``rows``. ``on_fit`` gets (fits done, fits at most).

        Example:
            >>> rows = np.array([[0.0], [1.0], [2.0], [3.0]]); values = np.array([0.0, 1.0, 2.0, 3.0])
            >>> HeadFitter("regression", False).search(rows, values, [Split(np.array([0, 2]), np.array([1, 3]))]).alpha
            1.0
        """
        source_rows = rows if held_rows is None else held_rows
        source_targets = targets if held_targets is None else held_targets
        held_all = np.concatenate([split.held for split in splits])
        truth = _in_row_order(np.concatenate([source_targets[split.held] for split in splits]), held_all)
        prepared = []
        for split in splits:
            mean, std = scaling(rows[split.train])
            train_x = standardise(rows[split.train], mean, std)
            prepared.append((mean, std, train_x, standardise(source_rows[split.held], mean, std)))
        total = len(self.alphas) * len(splits)
        if self.task == "regression":
            return self._ridge_search(prepared, targets, splits, truth, held_all, on_fit, total)
        previous: list[Linear | None] = [None] * len(splits)
        best: Search | None = None
        best_loss = np.inf
        grid: list[dict[str, float]] = []
        worse = 0
        done = 0
        for alpha in self.alphas:
            models, raws = [], []
            for index, (split, (mean, std, train_x, held_x)) in enumerate(zip(splits, prepared)):
                split_targets = targets[split.train]
                weights = balanced_weights(split_targets, self.multi_label) if self.balanced else None
                linear = fit_logistic(
                    train_x,
                    split_targets,
                    alpha=alpha,
                    multi_label=self.multi_label,
                    weights=weights,
                    start=previous[index],
                )
                previous[index] = linear
                models.append(Fitted(mean, std, linear))
                raws.append(linear.raw(held_x))
                done += 1
                if on_fit is not None:
                    on_fit(done, total)
            held_out = _in_row_order(np.concatenate(raws), held_all)
            loss = self.selection_loss(held_out, truth)
            grid.append({"alpha": alpha, "balanced_log_loss": round(loss, 6)})
            if loss < best_loss:
                best, best_loss, worse = Search(alpha, held_out, models), loss, 0
            else:
                worse += 1
                if worse >= PATIENCE:
                    break
        assert best is not None
        if on_fit is not None:
            on_fit(total, total)
        return Search(best.alpha, best.held_out, best.models, grid)

    def _ridge_search(
        self,
        prepared: list[tuple[Array, Array, Array, Array]],
        targets: Array,
        splits: list[Split],
        truth: Array,
        held_all: IndexArray,
        on_fit: Callable[[int, int], None] | None,
        total: int,
    ) -> Search:
        per_alpha: list[list[Fitted]] = [[] for _ in self.alphas]
        raws: list[list[Array]] = [[] for _ in self.alphas]
        for number, (split, (mean, std, train_x, held_x)) in enumerate(zip(splits, prepared), start=1):
            for position, linear in enumerate(fit_ridge(train_x, targets[split.train], alphas=self.alphas)):
                per_alpha[position].append(Fitted(mean, std, linear))
                raws[position].append(linear.raw(held_x))
            if on_fit is not None:
                on_fit(number * len(self.alphas), total)
        held_outs = [_in_row_order(np.concatenate(block), held_all) for block in raws]
        losses = [self.selection_loss(held, truth) for held in held_outs]
        best = int(np.argmin(losses))
        grid = [{"alpha": alpha, "mse": round(loss, 6)} for alpha, loss in zip(self.alphas, losses)]
        return Search(self.alphas[best], held_outs[best], per_alpha[best], grid)


def _in_row_order(values: Array, positions: IndexArray) -> Array:
    """Values listed split by split, put back in the order of their row positions."""
    ordered: Array = values[np.argsort(positions, kind="stable")]
    return ordered
