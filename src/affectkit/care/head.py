"""The care layer's learned head: none / distress / suicidal language from the emotion
encoder's features (logits, VAD and pooled vector of one pass), run with numpy.

It catches what no rule names (a long post that never says a crisis word but reads like
r/SuicideWatch). It only ever raises: suicidal ideation to level 2 when its probability
passes the threshold set on validation data, never above 2 and never where the rules found
the words negated, figurative or about someone else. Trained by ``training/care_head.py``;
a standardised logistic regression or one ReLU layer, whichever caught more on validation;
the folder holds ``head.json`` (name, version, kind, encoder, feature spec, labels,
activation, thresholds, licence and data: :mod:`affectkit.models.head_format`) and ``weights.npz``.

Example:
    >>> head = load_care_head()
    >>> head.labels, head.dim
    (('none', 'distress', 'suicidal'), 421)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.errors import ModelError
from affectkit.models.head_format import activate

FloatArray = npt.NDArray[np.float32]
SHIPPED = "care-minilm"
DISTRESS_CONCERN = 0.6
# The head raises suicidal ideation only when it also finds "none" less likely than not: on
# the validation split this halved false alarms on "none" texts (2.0% -> 1.0%; GoEmotions
# comments 1.3% -> 0.3%) for 0.02 of suicidal recall (0.758 -> 0.737).
NONE_BELOW = 0.5


@dataclass(frozen=True)
class CareHead:
    """A loaded care head: standardise, one linear layer, softmax."""

    name: str
    version: str
    encoder: tuple[str, str]
    labels: tuple[str, ...]
    mean: FloatArray
    std: FloatArray
    weight: FloatArray
    bias: FloatArray
    threshold: float
    w1: FloatArray | None = None
    b1: FloatArray | None = None
    activation: str = "softmax"

    @property
    def dim(self) -> int:
        return int(self.mean.shape[0])

    def probabilities(self, features: npt.ArrayLike) -> FloatArray:
        """Class probabilities (n x labels) of feature rows (n x dim).

        Example:
            >>> head = load_care_head()
            >>> head.probabilities(np.zeros((2, head.dim))).shape
            (2, 3)
        """
        x = np.atleast_2d(np.asarray(features, dtype=np.float32))
        if x.shape[1] != self.dim:
            raise ModelError(f"the care head {self.name} reads {self.dim} features, got {x.shape[1]}")
        hidden = (x - self.mean) / self.std
        if self.w1 is not None and self.b1 is not None:
            hidden = np.maximum(hidden @ self.w1 + self.b1, 0.0)
        result: FloatArray = activate(hidden @ self.weight + self.bias, self.activation).astype(np.float32)
        return result


@cache
def load_care_head(directory: str | None = None, shipped: str = SHIPPED) -> CareHead:
    """A shipped care head (by its folder name: ``care-minilm``, ``care-cases-minilm``,
    ``care-cases-e5``), or one in ``directory``.

    Example:
        >>> load_care_head().name
        'care-risk-minilm'
        >>> load_care_head(shipped="care-cases-e5").labels[0]
        'none'
    """
    from affectkit.models.head_format import read_head
    from affectkit.models.head_registry import head_folder

    folder = directory or head_folder(shipped)
    head = read_head(folder, kind="care")
    manifest = head.manifest
    if manifest.encoder is None or not manifest.thresholds:
        raise ModelError(f"the care head {manifest.name} ({folder}) must name its encoder and a threshold in head.json")
    parts = {key: head.array(key).astype(np.float32) for key in ("mean", "std", "weight", "bias")}
    hidden = {key: head.array(key).astype(np.float32) for key in ("w1", "b1") if key in head.arrays}
    return CareHead(
        name=manifest.name,
        version=manifest.version,
        encoder=manifest.encoder,
        labels=manifest.labels,
        threshold=next(iter(manifest.thresholds.values())),
        **parts,
        **hidden,
        activation=manifest.activation_of(),
    )


def text_features(analyzer: Any, texts: list[str]) -> FloatArray:
    """The features the head reads, from the analyser's emotion model (one batched pass).

    Example:
        >>> from affectkit.understand.analyzer import Analyzer
        >>> text_features(Analyzer(), ["hello"]).shape
        (1, 421)
    """
    rows: FloatArray = analyzer.model.encode(texts, batch_size=analyzer.batch_size, pooled=True).rows()
    return rows


def head_fits(model: Any) -> bool:
    """Whether the shipped head can read this emotion model: it gives the pooled vector and
    is the model (name and version) the head was trained on.

    Example:
        >>> from affectkit.understand.analyzer import Analyzer
        >>> head_fits(Analyzer().model)
        True
    """
    return bool(model.has_pooled) and (model.name, model.version) == load_care_head().encoder


def analyze_for_care(
    analyzer: Any, texts: list[str], *, fast_single: bool = False
) -> tuple[list[Any], list[FloatArray | None]]:
    """Analyses of ``texts`` and, when the head fits the analyser's model, the features it
    reads, from one encoder pass (``fast_single``: one text runs alone, as ``analyze`` does).

    Example:
        >>> from affectkit.understand.analyzer import Analyzer
        >>> analyses, rows = analyze_for_care(Analyzer(), ["so glad", "so sad"])
        >>> len(analyses), rows[0].shape
        (2, (421,))
    """
    from affectkit.models.heads import own_features

    if head_fits(analyzer.model):
        analyses, logits, vad, pooled = analyzer.analyze_with_features(texts, fast_single=fast_single)
        return analyses, list(own_features(logits, vad, pooled))
    analyses = [analyzer.analyze(texts[0])] if fast_single and len(texts) == 1 else analyzer.analyze_batch(texts)
    return analyses, [None] * len(analyses)
