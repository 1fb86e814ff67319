"""One format for every small head trained on top of an encoder: a ``head.json`` manifest
beside a ``weights.npz``, one loader for both, and the activations the heads share.

A head folder holds:

- ``head.json``, the manifest: ``name``, ``version``, ``kind`` (``care``, ``conversation``,
  ``strategy``, ``transition``, or a kind of your own), ``encoder`` (``{"name", "version"}``
  of the encoder whose features the head was trained on, or ``null`` when it reads none),
  ``features`` (``{"spec", "dim"}``: what one input row is and how many numbers it has),
  ``labels`` (a list, or an object of named label lists), ``activation`` (``softmax``,
  ``sigmoid`` or ``none``, or an object naming one per output), ``thresholds`` (name ->
  number, may be empty), ``calibration`` (how the scores were calibrated, or ``"none"``),
  ``weights`` (the weights file's name), ``licence`` and ``data``. Any other field (training
  settings, dev scores, a kind's own settings) is kept in :attr:`HeadManifest.document`.
- the weights file: named arrays, read without pickle. An array named ``mean`` (the
  standardisation of the input) must have ``features.dim`` numbers.

:func:`read_head` reads and checks both; :mod:`affectkit.models.head_registry` finds heads
by name. Each kind builds its model from the arrays (the care heads in
:mod:`affectkit.care.head`, the conversation heads in :mod:`affectkit.models.heads`, the
strategy chooser in :mod:`affectkit.generate.esconv`, the transition model in
:mod:`affectkit.understand.transition`).

Example:
    >>> from affectkit.models.head_registry import head_folder
    >>> head = read_head(head_folder("esconv-strategy"), kind="strategy")
    >>> head.manifest.kind, head.manifest.features.dim, head.array("mean").shape
    ('strategy', 48, (48,))
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

from affectkit.errors import ModelError

MANIFEST = "head.json"
ACTIVATIONS = ("softmax", "sigmoid", "none")
REQUIRED = (
    "name",
    "version",
    "kind",
    "encoder",
    "features",
    "labels",
    "activation",
    "thresholds",
    "calibration",
    "weights",
    "licence",
    "data",
)
"""The fields every manifest gives (``encoder`` may be ``null``, ``thresholds`` ``{}``)."""

_Float = TypeVar("_Float", bound=np.floating[Any])


def softmax(scores: npt.NDArray[_Float]) -> npt.NDArray[_Float]:
    """Probabilities over the last axis, in the scores' own float type.

    Example:
        >>> softmax(np.array([[0.0, 0.0], [1.0, 1.0]], np.float32)).tolist()
        [[0.5, 0.5], [0.5, 0.5]]
    """
    shifted = scores - scores.max(axis=-1, keepdims=True)
    exp = np.exp(shifted)
    result: npt.NDArray[_Float] = exp / exp.sum(axis=-1, keepdims=True)
    return result


def sigmoid(scores: npt.NDArray[_Float]) -> npt.NDArray[_Float]:
    """The logistic function, element-wise, in the scores' own float type.

    Example:
        >>> sigmoid(np.array([0.0])).tolist()
        [0.5]
    """
    result: npt.NDArray[_Float] = 1.0 / (1.0 + np.exp(-scores))
    return result


Layers = tuple[tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]], ...]
"""A small network's dense layers, (weight, bias) each, with a ReLU between consecutive ones."""


def forward(rows: npt.NDArray[np.float64], layers: Layers) -> npt.NDArray[np.float64]:
    """The raw outputs of dense layers on (standardised) rows, with a ReLU between layers.

    Example:
        >>> layers = ((np.array([[1.0, -1.0]]), np.zeros(2)), (np.ones((2, 1)), np.zeros(1)))
        >>> forward(np.array([[2.0]]), layers).tolist()
        [[2.0]]
    """
    hidden = rows
    for index, (weight, bias) in enumerate(layers):
        hidden = hidden @ weight + bias
        if index < len(layers) - 1:
            hidden = np.maximum(hidden, 0.0)
    return hidden


def activate(scores: npt.NDArray[_Float], activation: str) -> npt.NDArray[_Float]:
    """Apply a manifest's activation (``softmax``, ``sigmoid`` or ``none``) to raw scores.

    Example:
        >>> activate(np.array([[2.0, 2.0]]), "softmax").tolist()
        [[0.5, 0.5]]
    """
    if activation == "softmax":
        return softmax(scores)
    if activation == "sigmoid":
        return sigmoid(scores)
    if activation == "none":
        return scores
    raise ModelError(f"unknown activation {activation!r}; a head's activation is one of {', '.join(ACTIVATIONS)}")


@dataclass(frozen=True)
class FeatureSpec:
    """What one input row of a head is (``spec``) and how many numbers it has (``dim``).

    Example:
        >>> FeatureSpec("logits+vad+pooled", 421).dim
        421
    """

    spec: str
    dim: int


@dataclass(frozen=True)
class HeadManifest:
    """A head's ``head.json``, checked (see the module text for the fields).

    ``labels`` is the head's label list (the first one where the manifest names several
    sets); ``label_sets`` holds the named sets (empty for a plain list). ``document`` is the
    whole file, with any field a kind adds.

    Example:
        >>> from affectkit.models.head_registry import head_folder
        >>> manifest = read_manifest(head_folder("care-minilm"))
        >>> manifest.name, manifest.encoder, manifest.labels
        ('care-risk-minilm', ('goemotions-minilm', '1.1.0'), ('none', 'distress', 'suicidal'))
    """

    name: str
    version: str
    kind: str
    encoder: tuple[str, str] | None
    features: FeatureSpec
    labels: tuple[str, ...]
    label_sets: Mapping[str, tuple[str, ...]]
    activation: str | Mapping[str, str]
    thresholds: Mapping[str, float]
    calibration: str
    weights: str
    licence: str
    data: str
    folder: Path
    document: Mapping[str, Any] = field(repr=False)

    def activation_of(self, output: str | None = None) -> str:
        """The activation of one output (a manifest may name one per output).

        Example:
            >>> from affectkit.models.head_registry import head_folder
            >>> read_manifest(head_folder("conversation-minilm")).activation_of("cause")
            'sigmoid'
        """
        if isinstance(self.activation, str):
            return self.activation
        if output is None or output not in self.activation:
            named = ", ".join(sorted(self.activation))
            raise ModelError(f"the head {self.name} names no activation for {output!r}; it names {named}")
        return self.activation[output]

    def fits(self, name: str, version: str) -> bool:
        """Whether the head can read the encoder ``name`` ``version`` (any, if it reads none).

        Example:
            >>> from affectkit.models.head_registry import head_folder
            >>> read_manifest(head_folder("care-minilm")).fits("goemotions-minilm", "1.0.0")
            False
        """
        return self.encoder is None or self.encoder == (name, version)

    def check_encoder(self, name: str, version: str, *, subject: str | None = None, advice: str | None = None) -> None:
        """Refuse an encoder other than the one the head was trained on: its features would
        mean something else to the head. The error names both (``subject`` and ``advice``
        replace the message's start and end).

        Example:
            >>> from affectkit.models.head_registry import head_folder
            >>> manifest = read_manifest(head_folder("care-minilm"))
            >>> manifest.check_encoder("goemotions-minilm", "1.1.0")  # the one it was trained on: fine
            >>> manifest.check_encoder("my-model", "2.0")  # doctest: +ELLIPSIS
            Traceback (most recent call last):
            ...
            affectkit.errors.ModelError: the care head ... read goemotions-minilm 1.1.0, not my-model 2.0: ...
        """
        if self.encoder is None or self.encoder == (name, version):
            return
        who = subject or f"the {self.kind} head {self.name} {self.version}"
        wanted = f"{self.encoder[0]} {self.encoder[1]}"
        hint = advice or f"run it on {wanted}, or train the head on the features of yours"
        raise ModelError(f"{who} read {wanted}, not {name} {version}: {hint}")


def _problem(where: Path, message: str) -> ModelError:
    return ModelError(f"{where}: {message} (see docs/design-notes.md, 'Head format')")


def _text(document: Mapping[str, Any], key: str, where: Path) -> str:
    value = document[key]
    if not isinstance(value, str) or not value.strip():
        raise _problem(where, f"field {key!r} must be a non-empty string, got {value!r}")
    return value


def _label_list(value: Any, key: str, where: Path) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(label, str) and label for label in value):
        raise _problem(where, f"field {key!r} must be a non-empty list of label names, got {value!r}")
    return tuple(value)


def _encoder(value: Any, where: Path) -> tuple[str, str] | None:
    if value is None:
        return None
    if isinstance(value, Mapping) and isinstance(value.get("name"), str) and isinstance(value.get("version"), str):
        return str(value["name"]), str(value["version"])
    raise _problem(where, f'field \'encoder\' must be {{"name": ..., "version": ...}} or null, got {value!r}')


def _features(value: Any, where: Path) -> FeatureSpec:
    if not isinstance(value, Mapping) or not isinstance(value.get("spec"), str):
        raise _problem(where, f'field \'features\' must be {{"spec": "...", "dim": N}}, got {value!r}')
    dim = value.get("dim")
    if not isinstance(dim, int) or isinstance(dim, bool) or dim <= 0:
        raise _problem(where, f"features.dim must be a positive whole number, got {dim!r}")
    return FeatureSpec(value["spec"], dim)


def _activation(value: Any, where: Path) -> str | dict[str, str]:
    named = value if isinstance(value, Mapping) else {"": value}
    if not named:
        raise _problem(where, f"field 'activation' must name one of {', '.join(ACTIVATIONS)}, got {{}}")
    for output, name in named.items():
        if name not in ACTIVATIONS:
            which = f" of {output!r}" if output else ""
            raise _problem(where, f"activation{which} must be one of {', '.join(ACTIVATIONS)}, got {name!r}")
    return dict(value) if isinstance(value, Mapping) else str(value)


def _thresholds(value: Any, where: Path) -> dict[str, float]:
    if not isinstance(value, Mapping) or not all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in value.values()
    ):
        raise _problem(where, f"field 'thresholds' must map names to numbers ({{}} for none), got {value!r}")
    return {str(k): float(v) for k, v in value.items()}


def _manifest_path(path: Path) -> Path:
    return path if path.name == MANIFEST else path / MANIFEST


def parse_manifest(document: Any, folder: Path) -> HeadManifest:
    """Check a manifest's fields (``document``: the parsed ``head.json`` of ``folder``).

    Example:
        >>> parse_manifest({"name": "x"}, Path("/heads/x"))  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        affectkit.errors.ModelError: /heads/x/head.json: missing field 'version' (see docs/design-notes.md, ...)
    """
    where = folder / MANIFEST
    if not isinstance(document, Mapping):
        raise _problem(where, f"a head manifest is a JSON object, got {type(document).__name__}")
    for key in REQUIRED:
        if key not in document:
            raise _problem(where, f"missing field {key!r}")
    labels = document["labels"]
    if isinstance(labels, Mapping) and labels:
        label_sets = {str(name): _label_list(value, f"labels.{name}", where) for name, value in labels.items()}
        first = next(iter(label_sets.values()))
    else:
        label_sets, first = {}, _label_list(labels, "labels", where)
    if not isinstance(document["calibration"], str):
        calibration = document["calibration"]
        raise _problem(where, f"field 'calibration' must be a string ('none' for none), got {calibration!r}")
    return HeadManifest(
        name=_text(document, "name", where),
        version=_text(document, "version", where),
        kind=_text(document, "kind", where),
        encoder=_encoder(document["encoder"], where),
        features=_features(document["features"], where),
        labels=first,
        label_sets=label_sets,
        activation=_activation(document["activation"], where),
        thresholds=_thresholds(document["thresholds"], where),
        calibration=document["calibration"],
        weights=_text(document, "weights", where),
        licence=_text(document, "licence", where),
        data=_text(document, "data", where),
        folder=folder,
        document=document,
    )


def read_manifest(path: Path | str) -> HeadManifest:
    """The checked manifest of a head folder (or of its ``head.json``), without the weights.

    Example:
        >>> read_manifest("/nonexistent")
        Traceback (most recent call last):
        ...
        affectkit.errors.ModelError: no head at /nonexistent: a head is a folder with head.json and its weights file
    """
    where = _manifest_path(Path(path))
    if not where.is_file():
        raise ModelError(f"no head at {path}: a head is a folder with {MANIFEST} and its weights file")
    try:
        document = json.loads(where.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise _problem(where, f"cannot read the manifest: {error}") from error
    return parse_manifest(document, where.parent)


@dataclass(frozen=True)
class Head:
    """A loaded head: its manifest and its named weight arrays.

    Example:
        >>> from affectkit.models.head_registry import head_folder
        >>> head = read_head(head_folder("care-cases-e5"))
        >>> head.manifest.name, sorted(head.arrays)
        ('care-cases-e5', ['bias', 'mean', 'std', 'weight'])
    """

    manifest: HeadManifest
    arrays: Mapping[str, npt.NDArray[Any]] = field(repr=False)

    def array(self, key: str) -> npt.NDArray[Any]:
        """One weight array, or a ModelError naming what the weights file holds.

        Example:
            >>> from affectkit.models.head_registry import head_folder
            >>> read_head(head_folder("care-minilm")).array("w2")  # doctest: +ELLIPSIS
            Traceback (most recent call last):
            ...
            affectkit.errors.ModelError: the head care-risk-minilm has no weight array 'w2' (its weights.npz holds ...)
        """
        if key not in self.arrays:
            raise ModelError(
                f"the head {self.manifest.name} has no weight array {key!r} "
                f"(its {self.manifest.weights} holds {', '.join(sorted(self.arrays))})"
            )
        return self.arrays[key]

    def layers(self, prefix: str = "") -> Layers:
        """The dense layers stored as ``<prefix>w1``, ``<prefix>b1`` and, for a hidden
        layer, ``<prefix>w2``, ``<prefix>b2``, as float64 (see :func:`forward`).

        Example:
            >>> from affectkit.models.head_registry import head_folder
            >>> [w.shape for w, _ in read_head(head_folder("xed-e5")).layers()][0][0]
            384
        """
        stored = [(self.array(f"{prefix}w1"), self.array(f"{prefix}b1"))]
        if f"{prefix}w2" in self.arrays:
            stored.append((self.array(f"{prefix}w2"), self.array(f"{prefix}b2")))
        return tuple((np.asarray(w, np.float64), np.asarray(b, np.float64)) for w, b in stored)


def read_head(path: Path | str, *, kind: str | None = None, encoder: tuple[str, str] | None = None) -> Head:
    """Read a head folder (or its ``head.json``): the manifest, checked, and the weights.
    ``kind`` refuses a head of another kind; ``encoder`` (name, version) refuses a head
    trained on another encoder.

    Example:
        >>> from affectkit.models.head_registry import head_folder
        >>> read_head(head_folder("care-minilm"), kind="strategy")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        affectkit.errors.ModelError: the head care-risk-minilm (...) is a 'care' head, not a 'strategy' head
    """
    manifest = read_manifest(path)
    if kind is not None and manifest.kind != kind:
        raise ModelError(
            f"the head {manifest.name} ({manifest.folder}) is a {manifest.kind!r} head, not a {kind!r} head"
        )
    if encoder is not None:
        manifest.check_encoder(*encoder)
    weights = manifest.folder / manifest.weights
    try:
        with np.load(weights, allow_pickle=False) as stored:
            arrays = {key: stored[key] for key in stored.files}
    except (OSError, ValueError) as error:
        raise ModelError(f"cannot read the weights of the head {manifest.name} at {weights}: {error}") from error
    mean = arrays.get("mean")
    if mean is not None and mean.shape != (manifest.features.dim,):
        raise _problem(
            manifest.folder / MANIFEST,
            f"features.dim is {manifest.features.dim} but the weights' mean has shape {mean.shape}: "
            "the manifest and the weights disagree (write both from the same training run)",
        )
    return Head(manifest, arrays)
