"""Your own heads at inference: a head that ``affectkit train`` (:mod:`affectkit.adapt`)
wrote, read from the head format and run on the encoder's feature rows with numpy alone.

A custom head is a head folder of kind ``custom`` (see :mod:`affectkit.models.head_format`)
whose weights are ``mean`` and ``std`` (the standardisation of the input rows), ``weight``
(features x outputs) and ``bias``. Its manifest adds ``task`` (``classification`` or
``regression``), ``multi_label`` and ``temperature``. A classifier's scores are the
activation (``softmax``, or ``sigmoid`` when multi-label) of the raw scores divided by the
temperature; its labels are the top one (single-label) or those at or above their
thresholds (multi-label), strongest first. A regression gives the raw score as its value.

Example:
    >>> from affectkit.testing import FakeEncoder
    >>> head = CustomHead.build("toy", labels=("calm", "tense"), weight=np.eye(421)[:, :2],
    ...                         bias=np.zeros(2), mean=np.zeros(421), std=np.ones(421),
    ...                         encoder=("fake-encoder", "0"))
    >>> head.predict(np.zeros((1, 421), np.float32))[0].model_dump()
    {'scores': {'calm': 0.5, 'tense': 0.5}, 'labels': ['calm']}
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.errors import ModelError
from affectkit.models.head_format import MANIFEST, Head, activate, parse_manifest
from affectkit.types import CustomResult

CUSTOM_KIND = "custom"
FEATURE_SPEC = "logits+vad+pooled"
TASKS = ("classification", "regression")
NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
"""A head's name: letters, digits, ``_`` and ``-`` (it names JSON keys and table columns)."""

Float64Array = npt.NDArray[np.float64]


def check_head_name(name: str) -> str:
    """The name, or a ModelError saying what a head's name may hold.

    Example:
        >>> check_head_name("support-need")
        'support-need'
        >>> check_head_name("my head")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        affectkit.errors.ModelError: a head's name is 1-64 letters, digits, '_' or '-' (...), not 'my head'; e.g. ...
    """
    if not NAME_PATTERN.match(name):
        example = re.sub(r"[^A-Za-z0-9_-]+", "_", name).strip("_-")[:64] or "my-head"
        raise ModelError(
            "a head's name is 1-64 letters, digits, '_' or '-' (starting with a letter or digit), "
            f"not {name!r}; e.g. {example}"
        )
    return name


@dataclass(frozen=True)
class CustomHead:
    """A loaded custom head: what it predicts and the arrays that predict it.

    Example:
        >>> head = CustomHead.build("score", labels=("empathy",), task="regression",
        ...                         weight=np.ones((421, 1)), bias=np.array([4.0]),
        ...                         mean=np.zeros(421), std=np.ones(421), encoder=("fake-encoder", "0"))
        >>> head.predict(np.zeros((2, 421), np.float32))[1].value
        4.0
    """

    name: str
    version: str
    task: str
    multi_label: bool
    labels: tuple[str, ...]
    thresholds: Mapping[str, float]
    temperature: float
    encoder: tuple[str, str] | None
    mean: Float64Array
    std: Float64Array
    weight: Float64Array
    bias: Float64Array
    digest: str
    folder: Path | None = None

    @classmethod
    def from_head(cls, head: Head) -> CustomHead:
        """The custom head of a read head folder, its arrays and settings checked.

        Example:
            >>> from affectkit.models.head_registry import load_head
            >>> CustomHead.from_head(load_head("esconv-strategy"))  # doctest: +ELLIPSIS
            Traceback (most recent call last):
            ...
            affectkit.errors.ModelError: the head esconv-strategy is a 'strategy' head, not one of yours ...
        """
        manifest = head.manifest
        if manifest.kind != CUSTOM_KIND:
            raise ModelError(
                f"the head {manifest.name} is a {manifest.kind!r} head, not one of yours (kind {CUSTOM_KIND!r}): "
                "give a folder that affectkit train wrote"
            )
        document = manifest.document
        task = document.get("task")
        if task not in TASKS:
            raise ModelError(f"the head {manifest.name} names task {task!r}; a custom head's task is one of {TASKS}")
        temperature = document.get("temperature", 1.0)
        if not isinstance(temperature, int | float) or isinstance(temperature, bool) or temperature <= 0:
            raise ModelError(f"the head {manifest.name} has temperature {temperature!r}; it must be a positive number")
        weight = np.asarray(head.array("weight"), dtype=np.float64)
        bias = np.asarray(head.array("bias"), dtype=np.float64)
        outputs = 1 if task == "regression" else len(manifest.labels)
        dim = manifest.features.dim
        if weight.shape != (dim, outputs) or bias.shape != (outputs,):
            raise ModelError(
                f"the head {manifest.name} needs weight {dim} x {outputs} and bias {outputs}, "
                f"its weights file holds {weight.shape} and {bias.shape}: train it again"
            )
        digest = hashlib.sha256()
        for key in ("mean", "std", "weight", "bias"):
            digest.update(np.ascontiguousarray(head.array(key), dtype=np.float64).tobytes())
        return cls(
            name=manifest.name,
            version=manifest.version,
            task=str(task),
            multi_label=bool(document.get("multi_label", False)),
            labels=manifest.labels,
            thresholds=dict(manifest.thresholds),
            temperature=float(temperature),
            encoder=manifest.encoder,
            mean=np.asarray(head.array("mean"), dtype=np.float64),
            std=np.asarray(head.array("std"), dtype=np.float64),
            weight=weight,
            bias=bias,
            digest=digest.hexdigest()[:16],
            folder=manifest.folder,
        )

    @classmethod
    def load(cls, name_or_path: str | Path, *, encoder: tuple[str, str] | None = None) -> CustomHead:
        """Load a custom head by its folder's path or by name (``AFFECTKIT_HEADS``);
        ``encoder`` (name, version) refuses a head trained on another encoder, naming the fix.

        Example:
            >>> CustomHead.load("/nowhere/mood")  # doctest: +ELLIPSIS
            Traceback (most recent call last):
            ...
            affectkit.errors.ModelError: no head '/nowhere/mood'. Give a listed name (affectkit heads) or a folder ...
        """
        from affectkit.models.head_registry import load_head

        head = load_head(name_or_path)
        if encoder is not None:
            head.manifest.check_encoder(
                *encoder,
                advice=f"analyse with that model (--model), or train the head again on {encoder[0]} {encoder[1]} "
                "(affectkit train)",
            )
        return cls.from_head(head)

    @classmethod
    def build(
        cls,
        name: str,
        *,
        labels: Sequence[str],
        weight: npt.ArrayLike,
        bias: npt.ArrayLike,
        mean: npt.ArrayLike,
        std: npt.ArrayLike,
        encoder: tuple[str, str] | None,
        task: str = "classification",
        multi_label: bool = False,
        thresholds: Mapping[str, float] | None = None,
        temperature: float = 1.0,
        version: str = "1",
    ) -> CustomHead:
        """A head from its arrays and settings, checked as a saved one is (see :meth:`manifest`).

        Example:
            >>> CustomHead.build("x", labels=("a",), weight=np.ones((3, 1)), bias=[0.0], mean=np.zeros(3),
            ...                  std=np.ones(3), encoder=None).task
            'classification'
        """
        arrays = {
            key: np.asarray(value, dtype=np.float64)
            for key, value in (("mean", mean), ("std", std), ("weight", weight), ("bias", bias))
        }
        document = manifest_document(
            name,
            version=version,
            task=task,
            multi_label=multi_label,
            labels=labels,
            encoder=encoder,
            dim=int(arrays["mean"].shape[0]),
            thresholds=thresholds or {},
            temperature=temperature,
        )
        return cls.from_head(Head(parse_manifest(document, Path(name)), arrays))

    @property
    def activation(self) -> str:
        """``softmax`` (one label per text), ``sigmoid`` (multi-label) or ``none`` (regression).

        Example:
            >>> CustomHead.build("x", labels=("a", "b"), weight=np.ones((3, 2)), bias=[0.0, 0.0],
            ...                  mean=np.zeros(3), std=np.ones(3), encoder=None, multi_label=True).activation
            'sigmoid'
        """
        return activation_of(self.task, self.multi_label)

    def raw_scores(self, rows: npt.NDArray[np.floating[Any]]) -> Float64Array:
        """The head's raw scores of feature rows (n x outputs), before the temperature.

        Example:
            >>> head = CustomHead.build("x", labels=("a",), weight=np.ones((3, 1)), bias=[1.0],
            ...                         mean=np.zeros(3), std=np.ones(3), encoder=None, task="regression")
            >>> head.raw_scores(np.ones((1, 3))).tolist()
            [[4.0]]
        """
        data = np.asarray(rows, dtype=np.float64)
        if data.ndim != 2 or data.shape[1] != self.mean.shape[0]:
            raise ModelError(
                f"the head {self.name} reads rows of {self.mean.shape[0]} features "
                f"({FEATURE_SPEC}), not {data.shape[-1] if data.ndim else 0}: encode with pooled=True and use rows()"
            )
        result: Float64Array = ((data - self.mean) / self.std) @ self.weight + self.bias
        return result

    def scores(self, rows: npt.NDArray[np.floating[Any]]) -> Float64Array:
        """Calibrated scores (n x labels) of a classifier, or values (n x 1) of a regression.

        Example:
            >>> head = CustomHead.build("x", labels=("a", "b"), weight=np.zeros((3, 2)), bias=[0.0, 0.0],
            ...                         mean=np.zeros(3), std=np.ones(3), encoder=None)
            >>> head.scores(np.ones((1, 3))).tolist()
            [[0.5, 0.5]]
        """
        raw = self.raw_scores(rows)
        if self.task == "regression":
            return raw
        return activate(raw / self.temperature, self.activation)

    def result(self, scores: npt.NDArray[np.floating[Any]]) -> CustomResult:
        """One text's result from its row of :meth:`scores` (or an aggregate of several).

        Example:
            >>> head = CustomHead.build("x", labels=("a", "b"), weight=np.zeros((3, 2)), bias=[0.0, 0.0],
            ...                         mean=np.zeros(3), std=np.ones(3), encoder=None, multi_label=True,
            ...                         thresholds={"a": 0.3, "b": 0.7})
            >>> head.result(np.array([0.4, 0.9])).labels
            ['b', 'a']
        """
        if self.task == "regression":
            return CustomResult(value=float(scores[0]))
        order = np.argsort(-np.asarray(scores), kind="stable")
        if self.multi_label:
            on = [self.labels[j] for j in order if scores[j] >= self.thresholds.get(self.labels[j], 0.5)]
        else:
            on = [self.labels[int(order[0])]]
        return CustomResult(scores={label: float(s) for label, s in zip(self.labels, scores)}, labels=on)

    def predict(self, rows: npt.NDArray[np.floating[Any]]) -> list[CustomResult]:
        """One result per feature row (``encode(texts, pooled=True).rows()``).

        Example:
            >>> head = CustomHead.build("x", labels=("a", "b"), weight=np.zeros((3, 2)), bias=[1.0, 0.0],
            ...                         mean=np.zeros(3), std=np.ones(3), encoder=None)
            >>> [r.labels for r in head.predict(np.zeros((2, 3)))]
            [['a'], ['a']]
        """
        return [self.result(row) for row in self.scores(rows)]


def activation_of(task: str, multi_label: bool) -> str:
    """The activation of a custom head's outputs.

    Example:
        >>> activation_of("classification", False), activation_of("regression", False)
        ('softmax', 'none')
    """
    if task == "regression":
        return "none"
    return "sigmoid" if multi_label else "softmax"


def manifest_document(
    name: str,
    *,
    version: str,
    task: str,
    multi_label: bool,
    labels: Sequence[str],
    encoder: tuple[str, str] | None,
    dim: int,
    thresholds: Mapping[str, float],
    temperature: float,
    calibration: str = "none",
    data: str = "rows given in Python",
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """A custom head's ``head.json`` document (the head format's fields and the custom ones).

    Example:
        >>> doc = manifest_document("mood", version="1", task="classification", multi_label=False,
        ...                         labels=["calm", "tense"], encoder=("goemotions-minilm", "1.1.0"), dim=421,
        ...                         thresholds={}, temperature=1.3)
        >>> doc["kind"], doc["features"], doc["activation"], doc["licence"]
        ('custom', {'spec': 'logits+vad+pooled', 'dim': 421}, 'softmax', 'user data')
    """
    check_head_name(name)
    if task not in TASKS:
        raise ModelError(f"task must be one of {', '.join(TASKS)}, not {task!r}")
    return {
        "name": name,
        "version": version,
        "kind": CUSTOM_KIND,
        "task": task,
        "multi_label": multi_label,
        "encoder": None if encoder is None else {"name": encoder[0], "version": encoder[1]},
        "features": {"spec": FEATURE_SPEC, "dim": dim},
        "labels": list(labels),
        "activation": activation_of(task, multi_label),
        "temperature": temperature,
        "thresholds": dict(thresholds),
        "calibration": calibration,
        "weights": "weights.npz",
        "licence": "user data",
        "data": data,
        **(extra or {}),
    }


def is_custom_head(folder: Path) -> bool:
    """Whether ``folder`` holds a head of kind ``custom`` (one that training may replace).

    Example:
        >>> is_custom_head(Path("/nowhere"))
        False
    """
    from affectkit.models.head_format import read_manifest

    if not (folder / MANIFEST).is_file():
        return False
    try:
        return read_manifest(folder).kind == CUSTOM_KIND
    except ModelError:
        return False
