"""Seeded folds for cross-validation: stratified by label, or by group (no group in two
folds), each checked to leave every label in its training part.

Example:
    >>> folds = make_folds(["a", "b"] * 5, k=5, seed=0)
    >>> sorted(len(fold) for fold in folds), sorted(int(i) for fold in folds for i in fold) == list(range(10))
    ([2, 2, 2, 2, 2], True)
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from affectkit.adapt.data import Label, label_counts
from affectkit.errors import DataError

IndexArray = npt.NDArray[np.int64]


def _strata(labels: Sequence[Label]) -> list[str]:
    """The label each row is stratified on: its own, or (multi-label) its rarest one."""
    if not labels or isinstance(labels[0], float):
        return ["" for _ in labels]
    counts = label_counts(labels)
    strata = []
    for label in labels:
        if isinstance(label, tuple):
            strata.append(min(label, key=lambda name: (counts[name], name)) if label else "")
        else:
            strata.append(str(label))
    return strata


def make_folds(labels: Sequence[Label], *, k: int, seed: int, groups: Sequence[str] | None = None) -> list[IndexArray]:
    """``k`` folds of row indices: stratified round-robin over each label's shuffled rows,
    or, with ``groups``, whole groups (shuffled, each put in the fold with fewest rows).

    Example:
        >>> folds = make_folds(["a"] * 4 + ["b"] * 4, k=2, seed=1, groups=["g1", "g1", "g2", "g2"] * 2)
        >>> [sorted(int(i) for i in fold) for fold in folds]
        [[0, 1, 4, 5], [2, 3, 6, 7]]
    """
    rng = np.random.default_rng(seed)
    n = len(labels)
    assignment = np.zeros(n, dtype=np.int64)
    if groups is not None:
        names = sorted(set(groups))
        if len(names) < k:
            raise DataError(f"--cv {k} needs at least {k} groups, the data has {len(names)}; lower --cv or add groups")
        order = [names[i] for i in rng.permutation(len(names))]
        members: dict[str, list[int]] = {}
        for index, group in enumerate(groups):
            members.setdefault(group, []).append(index)
        sizes = np.zeros(k, dtype=np.int64)
        for group in sorted(order, key=lambda name: -len(members[name])):  # stable: shuffled order among equals
            fold = int(np.argmin(sizes))
            assignment[members[group]] = fold
            sizes[fold] += len(members[group])
    else:
        strata = _strata(labels)
        offset = 0
        for stratum in sorted(set(strata)):
            rows = np.flatnonzero(np.array([s == stratum for s in strata]))
            rows = rows[rng.permutation(rows.shape[0])]
            assignment[rows] = (np.arange(rows.shape[0]) + offset) % k
            offset += rows.shape[0]
    return [np.flatnonzero(assignment == fold) for fold in range(k)]


def check_folds(labels: Sequence[Label], folds: list[IndexArray], k: int, *, grouped: bool) -> None:
    """Refuse folds whose training part lacks a label (a fold model could never predict it).

    Example:
        >>> check_folds(["a", "b", "b"], [np.array([0]), np.array([1, 2])], 2, grouped=False)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        affectkit.errors.DataError: label 'a' has 1 row; --cv 2 needs at least 2 per label: add rows, lower --cv, ...
    """
    if not labels or isinstance(labels[0], float):
        return
    counts = label_counts(labels)
    if not grouped:
        for label, count in counts.items():
            if count < k:
                rows = "row" if count == 1 else "rows"
                raise DataError(
                    f"label {label!r} has {count} {rows}; --cv {k} needs at least {k} per label: "
                    "add rows, lower --cv, or give --dev"
                )
    everything = set(counts)
    for number, fold in enumerate(folds, start=1):
        held = set(fold.tolist())
        seen = label_counts([label for index, label in enumerate(labels) if index not in held])
        missing = sorted(everything - set(seen))
        if missing:
            how = "its rows all sit in one group's fold" if grouped else "too few rows"
            raise DataError(
                f"fold {number} of --cv {k} leaves no row of label {missing[0]!r} to train on ({how}); "
                "add rows in other groups, lower --cv, or give --dev"
            )
