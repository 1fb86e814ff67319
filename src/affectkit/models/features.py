"""What an encoder gives for texts, and the protocol every encoder answers.

One pass of the emotion encoder gives, per text, the raw emotion logits, the standardised
valence-arousal-dominance outputs and (when asked) the pooled sentence vector. Everything
that reads the encoder (analysis, long texts, conversations, memory, evaluation,
attribution, care and every head) asks for it through :meth:`Encoder.encode` and reads a
:class:`Features`; nothing else runs the ONNX session (``tests/test_feature_path.py``
checks it).

Example:
    >>> from affectkit.models import EmotionModel, resolve_model
    >>> model = EmotionModel.load(resolve_model("goemotions-minilm"), threads=1)
    >>> features = model.encode(["so happy for you", "oh no"], pooled=True)
    >>> features.logits.shape, features.vad.shape, features.rows().shape, features.encoder
    ((2, 28), (2, 9), (2, 421), ('goemotions-minilm', '1.1.0'))
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from affectkit.errors import ModelError
from affectkit.models.batching import Encoded

FloatArray = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Features:
    """An encoder's outputs for n texts, in input order.

    ``logits``: n x labels raw emotion scores; ``vad``: n x 9 standardised VAD outputs;
    ``pooled``: n x hidden sentence vectors, or None when not asked for; ``encoded``: each
    text's token ids, length and whether it was cut; ``encoder``: (name, version).

    Example:
        >>> f = Features(np.zeros((1, 28), np.float32), np.zeros((1, 9), np.float32), None,
        ...              (Encoded((1, 2), 2, False),), ("toy", "0"))
        >>> len(f), f.has_pooled
        (1, False)
    """

    logits: FloatArray
    vad: FloatArray
    pooled: FloatArray | None
    encoded: tuple[Encoded, ...]
    encoder: tuple[str, str]

    def __len__(self) -> int:
        return int(self.logits.shape[0])

    @property
    def has_pooled(self) -> bool:
        """Whether the pooled sentence vector was computed.

        Example:
            >>> Features(np.zeros((0, 28), np.float32), np.zeros((0, 9), np.float32), None, (), ("toy", "0")).has_pooled
            False
        """
        return self.pooled is not None

    def arrays(self) -> tuple[FloatArray, FloatArray, FloatArray]:
        """Logits, VAD and pooled vector as three arrays (the pooled vector must be there).

        Example:
            >>> f = Features(np.ones((2, 28), np.float32), np.ones((2, 9), np.float32),
            ...              np.ones((2, 384), np.float32), (), ("toy", "0"))
            >>> [part.shape[1] for part in f.arrays()]
            [28, 9, 384]
        """
        if self.pooled is None:
            raise ModelError("these features hold no pooled vector: encode with pooled=True")
        return self.logits, self.vad, self.pooled

    def select(self, indices: Sequence[int]) -> Features:
        """The features of the texts at ``indices``, in that order.

        Example:
            >>> f = Features(np.arange(56, dtype=np.float32).reshape(2, 28), np.zeros((2, 9), np.float32), None,
            ...              (Encoded((1,), 1, False), Encoded((2,), 1, False)), ("toy", "0"))
            >>> f.select([1]).logits[0, 0], len(f.select([1]).encoded)
            (np.float32(28.0), 1)
        """
        chosen = list(indices)
        return Features(
            self.logits[chosen],
            self.vad[chosen],
            None if self.pooled is None else self.pooled[chosen],
            tuple(self.encoded[i] for i in chosen) if self.encoded else (),
            self.encoder,
        )

    def rows(self) -> FloatArray:
        """Logits, VAD and pooled vector side by side (n x 421 for the shipped encoder): the
        feature rows the heads read.

        Example:
            >>> f = Features(np.ones((2, 28), np.float32), np.ones((2, 9), np.float32),
            ...              np.ones((2, 384), np.float32), (), ("toy", "0"))
            >>> f.rows().shape
            (2, 421)
        """
        return np.concatenate(self.arrays(), axis=1).astype(np.float32)


@runtime_checkable
class Encoder(Protocol):
    """What affectkit needs from an emotion encoder: identity, label order, token limit, and
    :meth:`encode`. The shipped :class:`~affectkit.models.EmotionModel` is one;
    :class:`affectkit.testing.FakeEncoder` is another, for tests without the real model.

    Example:
        >>> from affectkit.models import EmotionModel, resolve_model
        >>> isinstance(EmotionModel.load(resolve_model("goemotions-minilm"), threads=1), Encoder)
        True
    """

    name: str
    version: str
    labels: tuple[str, ...]
    thresholds: dict[str, float]
    temperature: float
    vad_columns: tuple[str, ...]
    max_tokens: int

    @property
    def has_pooled(self) -> bool:
        """Whether :meth:`encode` can give the pooled sentence vector."""
        ...

    def encode(
        self,
        texts: Sequence[str] | Sequence[Encoded],
        *,
        batch_size: int = 32,
        pooled: bool = False,
        fast_single: bool = False,
        exact: bool = True,
    ) -> Features:
        """Features of texts (or of already tokenised texts), in input order."""
        ...

    def tokenize_batch(self, texts: Sequence[str]) -> list[Encoded]:
        """Token ids of texts, cut to ``max_tokens``."""
        ...

    def count_tokens(self, text: str) -> int:
        """Tokens of a text without the start and end markers."""
        ...

    def probabilities(self, logits: FloatArray) -> FloatArray:
        """Calibrated label probabilities of logits."""
        ...

    def vad_scale(self, vad: FloatArray) -> FloatArray:
        """Standardised VAD back on the 1-5 scale."""
        ...
