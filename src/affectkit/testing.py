"""Test doubles for affectkit and for code built on it: an encoder and an LLM that need no
model file, so a rule, a head or an explanation is tested in milliseconds.

- :class:`FakeEncoder` answers the :class:`~affectkit.models.Encoder` protocol with outputs
  seeded by each text alone (the same text always gets the same floats, in any batch), plus
  optional cue words that raise a label, so a test can say what the "model" must find.
- :class:`EchoLLM` answers the :class:`~affectkit.llm.client.LLM` protocol with a fixed answer
  or the last user message, and records every call.

Example:
    >>> from affectkit import Analyzer
    >>> analyzer = Analyzer(model=FakeEncoder(cues={"thanks": "gratitude"}))
    >>> analyzer.analyze("thanks a lot").dominant
    'gratitude'
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.llm.client import Completion, Message
from affectkit.models.batching import Encoded
from affectkit.models.features import Features
from affectkit.taxonomy.graph import GOEMOTIONS

FloatArray = npt.NDArray[np.float32]
_WORD = re.compile(r"\w+|[^\w\s]", re.UNICODE)
VAD_COLUMNS = tuple(f"{side}_{axis}" for side in ("combined", "writer", "reader") for axis in "VAD")


class FakeEncoder:
    """A seeded stand-in for the emotion encoder (no model file, no onnxruntime).

    Each text's logits are small seeded noise (about -4, so every label is off) plus
    ``cue_strength`` for each label one of its cue words names; VAD and the pooled vector
    are seeded noise. Token ids are word hashes, cut to ``max_tokens``.

    Example:
        >>> fake = FakeEncoder(cues={"happy": "joy"})
        >>> features = fake.encode(["so happy", "meh"], pooled=True)
        >>> int(np.argmax(features.logits[0])) == GOEMOTIONS.index("joy"), features.rows().shape
        (True, (2, 421))
        >>> bool(np.array_equal(fake.encode(["meh"]).logits, features.logits[1:]))
        True
    """

    def __init__(
        self,
        *,
        seed: int = 0,
        cues: Mapping[str, str] | None = None,
        cue_strength: float = 8.0,
        max_tokens: int = 128,
        hidden: int = 384,
        name: str = "fake-encoder",
        version: str = "0",
    ) -> None:
        unknown = sorted(set((cues or {}).values()) - set(GOEMOTIONS))
        if unknown:
            raise ValueError(f"cue labels {unknown} are not GoEmotions labels")
        self.name = name
        self.version = version
        self.labels: tuple[str, ...] = GOEMOTIONS
        self.thresholds: dict[str, float] = {label: 0.5 for label in GOEMOTIONS}
        self.temperature = 1.0
        self.vad_columns: tuple[str, ...] = VAD_COLUMNS
        self.vad_mean = np.full(len(VAD_COLUMNS), 3.0, dtype=np.float32)
        self.vad_std = np.full(len(VAD_COLUMNS), 0.5, dtype=np.float32)
        self.max_tokens = max_tokens
        self.hidden = hidden
        self.seed = seed
        self.cues = {word.lower(): label for word, label in (cues or {}).items()}
        self.cue_strength = cue_strength
        self.calls = 0

    @property
    def identity(self) -> tuple[str, str]:
        """(name, version), as heads check it.

        Example:
            >>> FakeEncoder().identity
            ('fake-encoder', '0')
        """
        return (self.name, self.version)

    @property
    def has_pooled(self) -> bool:
        """The fake always gives a pooled vector.

        Example:
            >>> FakeEncoder().has_pooled
            True
        """
        return True

    def tokenize_batch(self, texts: Sequence[str]) -> list[Encoded]:
        """Word-hash token ids with start (101) and end (102) markers, cut to ``max_tokens``.

        Example:
            >>> FakeEncoder().tokenize_batch(["hi there"])[0].tokens
            4
        """
        out = []
        for text in texts:
            ids = [101, *(1000 + _stable_hash(word.lower(), 0) % 29000 for word in _WORD.findall(text)), 102]
            if len(ids) > self.max_tokens:
                out.append(Encoded((*ids[: self.max_tokens - 1], 102), len(ids), True))
            else:
                out.append(Encoded(tuple(ids), len(ids), False))
        return out

    def count_tokens(self, text: str) -> int:
        """Words and symbols of ``text``.

        Example:
            >>> FakeEncoder().count_tokens("hi, you")
            3
        """
        return len(_WORD.findall(text))

    def encode(
        self,
        texts: Sequence[str] | Sequence[Encoded],
        *,
        batch_size: int = 32,
        pooled: bool = False,
        fast_single: bool = False,
        exact: bool = True,
    ) -> Features:
        """Seeded features of texts (a text's floats depend on it alone).

        Example:
            >>> FakeEncoder().encode(["a", "b"]).logits.shape
            (2, 28)
        """
        self.calls += 1
        items = list(texts)
        if items and isinstance(items[0], Encoded):
            raise ValueError("FakeEncoder.encode takes texts")
        strings = [str(item) for item in items]
        encoded = self.tokenize_batch(strings)
        n = len(strings)
        logits = np.zeros((n, len(self.labels)), dtype=np.float32)
        vad = np.zeros((n, len(self.vad_columns)), dtype=np.float32)
        vectors = np.zeros((n, self.hidden), dtype=np.float32)
        for row, text in enumerate(strings):
            rng = np.random.default_rng(_stable_hash(text, self.seed))
            logits[row] = rng.normal(-4.0, 0.5, len(self.labels))
            vad[row] = rng.normal(0.0, 1.0, len(self.vad_columns))
            vectors[row] = rng.normal(0.0, 1.0, self.hidden)
            for word in _WORD.findall(text.lower()):
                if word in self.cues:
                    logits[row, self.labels.index(self.cues[word])] += self.cue_strength
        return Features(logits, vad, vectors if pooled else None, tuple(encoded), self.identity)

    def probabilities(self, logits: FloatArray) -> FloatArray:
        """Sigmoid of logits.

        Example:
            >>> float(FakeEncoder().probabilities(np.zeros((1, 28), np.float32))[0, 0])
            0.5
        """
        result: FloatArray = (1.0 / (1.0 + np.exp(-logits / self.temperature))).astype(np.float32)
        return result

    def vad_scale(self, vad: FloatArray) -> FloatArray:
        """Standardised VAD on the 1-5 scale (mean 3, sd 0.5), clipped.

        Example:
            >>> FakeEncoder().vad_scale(np.zeros((1, 9), np.float32)).tolist()[0][0]
            3.0
        """
        result: FloatArray = np.clip(vad * self.vad_std + self.vad_mean, 1.0, 5.0).astype(np.float32)
        return result


def _stable_hash(text: str, seed: int) -> int:
    digest = hashlib.sha256(f"{seed}\x00{text}".encode("utf-8", "surrogatepass")).digest()
    return int.from_bytes(digest[:8], "little")


@dataclass
class EchoLLM:
    """An LLM that answers ``answer`` (or, without one, the last user message) and records
    each call's messages and options.

    Example:
        >>> llm = EchoLLM(answer="I hear you.")
        >>> llm.complete([{"role": "user", "content": "hi"}]).text, len(llm.calls)
        ('I hear you.', 1)
        >>> EchoLLM().complete([{"role": "user", "content": "echo me"}]).text
        'echo me'
    """

    answer: str | None = None
    name: str = "echo"
    calls: list[tuple[list[Message], dict[str, Any]]] = field(default_factory=list)

    def complete(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int = 256,
        temperature: float = 0.0,
        schema: dict[str, Any] | None = None,
        seed: int | None = 0,
    ) -> Completion:
        """Record the call and answer.

        Example:
            >>> EchoLLM(answer="ok").complete([{"role": "user", "content": "x"}], max_tokens=4).finish_reason
            'stop'
        """
        options = {"max_tokens": max_tokens, "temperature": temperature, "schema": schema, "seed": seed}
        self.calls.append(([dict(message) for message in messages], options))
        users = [message["content"] for message in messages if message.get("role") == "user"]
        text = self.answer if self.answer is not None else (users[-1] if users else "")
        return Completion(text=text, finish_reason="stop", model=self.name, completion_tokens=len(text.split()))
