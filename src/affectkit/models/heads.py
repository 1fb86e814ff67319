"""Small heads trained on top of the emotion encoder's outputs, run with numpy.

The encoder gives, per text, 28 emotion logits, 9 standardised VAD values and the pooled
384-dimensional sentence vector (:meth:`EmotionModel.features`). The conversation heads
read those, never the text, so a conversation costs one encoder pass per turn and a few
matrix products. The heads are one head folder (:mod:`affectkit.models.head_format`):
``head.json`` (kind ``conversation``; its ``parts`` list names the heads in ``weights.npz``).

- :func:`turn_context_features`: per turn, its own features plus a 37-number summary
  (logits + VAD) of the previous turn, of the same speaker's previous turn and of the most
  recent turn by another speaker, and four flags (previous turn present, previous turn by the
  same speaker, same speaker's earlier turn present, another speaker's turn present). Only
  earlier turns are read: the emotion in context of turn i is known as soon as turn i is.
- :class:`MLPHead`: standardise, one GELU layer, then one linear output per corpus head.

Example:
    >>> import numpy as np
    >>> logits, vad, pooled = np.zeros((3, 28)), np.zeros((3, 9)), np.zeros((3, 384))
    >>> turn_context_features(logits, vad, pooled, ["A", "B", "A"]).shape
    (3, 536)
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.errors import ModelError
from affectkit.models.head_format import HeadManifest, read_head

FloatArray = npt.NDArray[np.float32]
SUMMARY_DIM = 28 + 9
FLAGS = 4


def own_features(logits: npt.ArrayLike, vad: npt.ArrayLike, pooled: npt.ArrayLike) -> FloatArray:
    """A turn's own features: logits, VAD and pooled vector side by side (n x 421).

    Example:
        >>> own_features(np.zeros((2, 28)), np.zeros((2, 9)), np.zeros((2, 384))).shape
        (2, 421)
    """
    return np.concatenate([np.asarray(logits), np.asarray(vad), np.asarray(pooled)], axis=1).astype(np.float32)


def turn_context_features(
    logits: npt.ArrayLike, vad: npt.ArrayLike, pooled: npt.ArrayLike, speakers: Sequence[str]
) -> FloatArray:
    """Own features plus summaries of earlier turns (see the module text), for one dialogue.

    Example:
        >>> x = turn_context_features(np.ones((2, 28)), np.ones((2, 9)), np.ones((2, 384)), ["A", "B"])
        >>> float(x[0, 421:].sum()), x[1, -4:].tolist()
        (0.0, [1.0, 0.0, 0.0, 1.0])
    """
    own = own_features(logits, vad, pooled)
    summary = own[:, :SUMMARY_DIM]
    n = own.shape[0]
    if len(speakers) != n:
        raise ValueError(f"{len(speakers)} speakers for {n} turns")
    context = np.zeros((n, 3 * SUMMARY_DIM + FLAGS), dtype=np.float32)
    last_by_speaker: dict[str, int] = {}
    latest_other = -1
    for i, speaker in enumerate(speakers):
        if i > 0:
            context[i, :SUMMARY_DIM] = summary[i - 1]
            context[i, 3 * SUMMARY_DIM] = 1.0
            context[i, 3 * SUMMARY_DIM + 1] = float(speakers[i - 1] == speaker)
        same = last_by_speaker.get(speaker)
        if same is not None:
            context[i, SUMMARY_DIM : 2 * SUMMARY_DIM] = summary[same]
            context[i, 3 * SUMMARY_DIM + 2] = 1.0
        others = [j for s, j in last_by_speaker.items() if s != speaker]
        latest_other = max(others) if others else -1
        if latest_other >= 0:
            context[i, 2 * SUMMARY_DIM : 3 * SUMMARY_DIM] = summary[latest_other]
            context[i, 3 * SUMMARY_DIM + 3] = 1.0
        last_by_speaker[speaker] = i
    return np.concatenate([own, context], axis=1)


def _gelu(x: npt.NDArray[Any]) -> FloatArray:
    """GELU, tanh form (the one the heads are trained with: torch ``approximate="tanh"``)."""
    inner = math.sqrt(2.0 / math.pi) * (x + 0.044715 * x**3)
    result: FloatArray = (0.5 * x * (1.0 + np.tanh(inner))).astype(np.float32)
    return result


@dataclass(frozen=True)
class MLPHead:
    """Standardise -> Linear -> GELU -> one Linear per named output head.

    Example:
        >>> head = MLPHead(np.zeros(2, np.float32), np.ones(2, np.float32), np.eye(2, dtype=np.float32),
        ...                np.zeros(2, np.float32), {"a": (np.eye(2, dtype=np.float32), np.zeros(2, np.float32))})
        >>> [round(float(v), 3) for v in head.logits(np.array([[1.0, -1.0]], np.float32), "a")[0]]
        [0.841, -0.159]
    """

    mean: FloatArray
    std: FloatArray
    hidden_weight: FloatArray
    hidden_bias: FloatArray
    outputs: dict[str, tuple[FloatArray, FloatArray]]

    @property
    def input_dim(self) -> int:
        """How many numbers one row of input has.

        Example:
            >>> from affectkit.models.heads import load_heads
            >>> load_heads()[1]["context-meld"].input_dim
            536
        """
        return int(self.mean.shape[0])

    def logits(self, x: npt.ArrayLike, head: str) -> FloatArray:
        """Output scores of ``head`` for rows ``x`` (n x input_dim).

        Example:
            >>> from affectkit.models.heads import load_heads
            >>> load_heads()[1]["none-meld"].logits(np.zeros((2, 421)), "emotion").shape
            (2, 7)
        """
        if head not in self.outputs:
            raise ModelError(f"no head {head!r}; this model has {sorted(self.outputs)}")
        rows = np.asarray(x, dtype=np.float32)
        if rows.ndim != 2 or rows.shape[1] != self.input_dim:
            raise ModelError(f"expected rows of {self.input_dim} features, got shape {rows.shape}")
        hidden = _gelu((rows - self.mean) / self.std @ self.hidden_weight + self.hidden_bias)
        weight, bias = self.outputs[head]
        result: FloatArray = (hidden @ weight + bias).astype(np.float32)
        return result

    def to_arrays(self, prefix: str) -> dict[str, FloatArray]:
        """The head as named arrays, for ``numpy.savez``; :meth:`from_arrays` reads them back.

        Example:
            >>> from affectkit.models.heads import load_heads
            >>> head = load_heads()[1]["causes"]
            >>> MLPHead.from_arrays(head.to_arrays("x"), "x").input_dim == head.input_dim
            True
        """
        arrays = {
            f"{prefix}.mean": self.mean,
            f"{prefix}.std": self.std,
            f"{prefix}.hidden_weight": self.hidden_weight,
            f"{prefix}.hidden_bias": self.hidden_bias,
        }
        for name, (weight, bias) in self.outputs.items():
            arrays[f"{prefix}.out.{name}.weight"] = weight
            arrays[f"{prefix}.out.{name}.bias"] = bias
        return arrays

    @classmethod
    def from_arrays(cls, arrays: Any, prefix: str) -> MLPHead:
        """Read back what :meth:`to_arrays` wrote."""
        try:
            outputs = {}
            for key in arrays:
                if key.startswith(f"{prefix}.out.") and key.endswith(".weight"):
                    name = key[len(f"{prefix}.out.") : -len(".weight")]
                    outputs[name] = (
                        np.asarray(arrays[key], np.float32),
                        np.asarray(arrays[f"{prefix}.out.{name}.bias"], np.float32),
                    )
            return cls(
                np.asarray(arrays[f"{prefix}.mean"], np.float32),
                np.asarray(arrays[f"{prefix}.std"], np.float32),
                np.asarray(arrays[f"{prefix}.hidden_weight"], np.float32),
                np.asarray(arrays[f"{prefix}.hidden_bias"], np.float32),
                outputs,
            )
        except KeyError as error:
            raise ModelError(f"head {prefix!r} is incomplete in the weights file: missing {error}") from error


SHIPPED_HEADS = "conversation-minilm"


def heads_dir(name: str = SHIPPED_HEADS) -> Path:
    """Folder of the shipped conversation heads (``head.json`` + ``weights.npz``).

    Example:
        >>> heads_dir().joinpath("head.json").is_file()
        True
    """
    from affectkit.models.head_registry import head_folder

    return head_folder(name)


def load_conversation_heads(directory: Path | None = None) -> tuple[HeadManifest, dict[str, MLPHead]]:
    """The conversation heads' manifest and every part its ``parts`` list names.

    Example:
        >>> manifest, heads = load_conversation_heads()
        >>> manifest.kind, manifest.thresholds["cause"], heads["none-meld"].input_dim
        ('conversation', -0.2, 421)
    """
    directory = directory or heads_dir()
    try:
        head = read_head(directory, kind="conversation")
        parts = head.manifest.document.get("parts")
        if not isinstance(parts, list) or not parts:
            raise ModelError("head.json has no 'parts' list naming the heads in its weights file")
        heads = {str(name): MLPHead.from_arrays(head.arrays, str(name)) for name in parts}
    except ModelError as error:
        raise ModelError(f"cannot read the heads in {directory}: {error}") from error
    dim = head.manifest.features.dim
    for name, part in heads.items():
        if name.startswith("none-") and part.input_dim != dim:
            raise ModelError(
                f"cannot read the heads in {directory}: the part {name} reads {part.input_dim} numbers a turn, "
                f"but features.dim is {dim}; write head.json and weights.npz from the same training run"
            )
    return head.manifest, heads


def load_heads(directory: Path | None = None) -> tuple[dict[str, Any], dict[str, MLPHead]]:
    """``head.json`` (as a dict) and every head named in its ``parts`` list, from ``weights.npz``.

    Example:
        >>> config, heads = load_heads()
        >>> sorted(heads)
        ['causes', 'context-dailydialog', 'context-meld', 'none-dailydialog', 'none-meld', 'spans']
    """
    manifest, heads = load_conversation_heads(directory)
    return dict(manifest.document), heads


CONVERSATION_LABELS = ("anger", "disgust", "fear", "joy", "neutral", "sadness", "surprise")
"""The conversation heads' labels: Ekman's six and neutral, in the Ekman view's order."""

MAX_DISTANCE = 5
CAUSE_WINDOW = 16
"""Candidate causes of turn t are turns t-16..t: 7,024 of RECCON train's 7,027 annotated
causes lie within that window; it keeps a long conversation's cost linear in its length."""
CAUSE_PAIR_DIM = 2 * SUMMARY_DIM + 384 + 1 + (MAX_DISTANCE + 1) + 3 + len(CONVERSATION_LABELS)


def cause_pair_features(
    logits: npt.ArrayLike,
    vad: npt.ArrayLike,
    pooled: npt.ArrayLike,
    speakers: Sequence[str],
    target: int,
    emotion: int,
    *,
    window: int | None = CAUSE_WINDOW,
) -> FloatArray:
    """Features of the pairs (candidate c, target t) for every c in ``t - window .. t``
    (``window=None``: every c <= t), one row per candidate, oldest first.

    Per pair: the candidate's and the target's 37-number summaries, the element-wise product
    of their pooled vectors and its sum (cosine, as the vectors are near unit length after
    mean pooling only approximately), the distance t - c one-hot (0..4, 5 or more), whether
    the candidate is the target's speaker, whether it opens the dialogue, its relative
    position c / t, and the target's emotion one-hot (``emotion``: index in
    :data:`CONVERSATION_LABELS`).

    Example:
        >>> rows = cause_pair_features(np.zeros((3, 28)), np.zeros((3, 9)), np.ones((3, 384)),
        ...                            ["A", "B", "A"], target=2, emotion=3)
        >>> rows.shape == (3, CAUSE_PAIR_DIM), rows[:, 2 * 37 + 384 + 1 : 2 * 37 + 384 + 4].tolist()
        (True, [[0.0, 0.0, 1.0], [0.0, 1.0, 0.0], [1.0, 0.0, 0.0]])
    """
    summary = np.concatenate([np.asarray(logits), np.asarray(vad)], axis=1).astype(np.float32)
    vectors = np.asarray(pooled, dtype=np.float32)
    if not 0 <= target < summary.shape[0]:
        raise ValueError(f"target turn {target} outside a dialogue of {summary.shape[0]} turns")
    candidates = np.arange(0 if window is None else max(0, target - window), target + 1)
    count = len(candidates)
    product = vectors[candidates] * vectors[target]
    distance = np.zeros((count, MAX_DISTANCE + 1), dtype=np.float32)
    distance[np.arange(count), np.minimum(target - candidates, MAX_DISTANCE)] = 1.0
    same = np.array([speakers[int(c)] == speakers[target] for c in candidates], dtype=np.float32)
    first = (candidates == 0).astype(np.float32)
    position = candidates / max(target, 1)
    label = np.zeros((count, len(CONVERSATION_LABELS)), dtype=np.float32)
    label[:, emotion] = 1.0
    return np.concatenate(
        [
            summary[candidates],
            np.repeat(summary[target : target + 1], count, axis=0),
            product,
            product.sum(axis=1, keepdims=True),
            distance,
            np.stack([same, first, position], axis=1).astype(np.float32),
            label,
        ],
        axis=1,
    )


MAX_SPAN_CANDIDATES = 32
SPAN_FEATURE_DIM = SUMMARY_DIM + 384 + 384 + len(CONVERSATION_LABELS) + 7
_SEGMENT_END = re.compile(r"(?<=[.!?,;:])\s+")


def span_candidates(text: str, limit: int = MAX_SPAN_CANDIDATES) -> list[tuple[int, int]]:
    """Candidate cause spans of a turn as (start, end) character offsets: every run of
    consecutive segments, a segment ending at . ! ? , ; or :, shortest runs first when there
    are more than ``limit``; the whole turn is always a candidate.

    Example:
        >>> text = "Five hours , and nobody told us why ."
        >>> [text[a:b] for a, b in span_candidates(text)]
        ['Five hours ,', 'and nobody told us why .', 'Five hours , and nobody told us why .']
    """
    stripped = text.strip()
    offset = text.find(stripped) if stripped else 0
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _SEGMENT_END.finditer(stripped):
        bounds.append((start, match.start()))
        start = match.end()
    if start < len(stripped):
        bounds.append((start, len(stripped)))
    runs = [
        (length, bounds[i][0], bounds[i + length - 1][1])
        for length in range(1, len(bounds) + 1)
        for i in range(len(bounds) - length + 1)
    ]
    whole = (offset, offset + len(stripped))
    chosen = [(offset + a, offset + b) for _, a, b in runs[: max(limit - 1, 0)]]
    return [*[c for c in chosen if c != whole], whole]


def span_features(
    span_logits: npt.ArrayLike,
    span_vad: npt.ArrayLike,
    span_pooled: npt.ArrayLike,
    target_pooled: npt.ArrayLike,
    emotion: int,
    places: Sequence[tuple[int, int]],
    text_length: int,
    self_cause: bool,
) -> FloatArray:
    """Features of candidate spans of one causal turn, one row per candidate: the span's
    37-number summary and pooled vector, the product of its pooled vector with the emotional
    turn's, the emotion one-hot, and where the span lies (start and end as fractions of the
    turn, its share of the turn, whether it is the whole turn, starts it, ends it, and
    whether the causal turn is the emotional turn itself).

    Example:
        >>> rows = span_features(np.zeros((2, 28)), np.zeros((2, 9)), np.ones((2, 384)), np.ones(384),
        ...                      emotion=3, places=[(0, 5), (0, 10)], text_length=10, self_cause=False)
        >>> rows.shape == (2, SPAN_FEATURE_DIM), rows[:, -4].tolist()
        (True, [0.0, 1.0])
    """
    summary = np.concatenate([np.asarray(span_logits), np.asarray(span_vad)], axis=1).astype(np.float32)
    pooled = np.asarray(span_pooled, dtype=np.float32)
    label = np.zeros((len(places), len(CONVERSATION_LABELS)), dtype=np.float32)
    label[:, emotion] = 1.0
    length = max(text_length, 1)
    where = np.array(
        [
            [
                a / length,
                b / length,
                (b - a) / length,
                float(b - a >= length - 1),
                float(a == 0),
                float(b >= length - 1),
                float(self_cause),
            ]
            for a, b in places
        ],
        dtype=np.float32,
    )
    return np.concatenate([summary, pooled, pooled * np.asarray(target_pooled, np.float32), label, where], axis=1)
