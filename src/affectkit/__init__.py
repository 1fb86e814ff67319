"""affectkit: understand and answer emotion in language, offline.

Example:
    >>> import affectkit
    >>> result = affectkit.analyze("Thank you so much, this made my day!")
    >>> result.sentiment.top
    'positive'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from affectkit.errors import (
    AffectkitError,
    BinaryFileError,
    ConfigError,
    DataError,
    EmptyTextError,
    FileInputError,
    InputError,
    MalformedRowError,
    MemoryStoreError,
    MissingColumnError,
    MissingDependencyError,
    ModelError,
    ModelNotFoundError,
    TaxonomyError,
    TextEncodingError,
    TextTooLongError,
    UnsupportedFormatError,
)
from affectkit.version import __version__

if TYPE_CHECKING:
    from affectkit.batch.annotate import annotate
    from affectkit.memory import Memory
    from affectkit.types import VAD, Analysis, ParrottView, Provenance, ViewResult
    from affectkit.understand.analyzer import Analyzer

__all__ = [
    "VAD",
    "AffectkitError",
    "Analysis",
    "Analyzer",
    "BinaryFileError",
    "ConfigError",
    "DataError",
    "EmptyTextError",
    "FileInputError",
    "InputError",
    "MalformedRowError",
    "Memory",
    "MemoryStoreError",
    "MissingColumnError",
    "MissingDependencyError",
    "ModelError",
    "ModelNotFoundError",
    "ParrottView",
    "Provenance",
    "TaxonomyError",
    "TextEncodingError",
    "TextTooLongError",
    "UnsupportedFormatError",
    "ViewResult",
    "__version__",
    "analyze",
    "analyze_batch",
    "annotate",
]

_default: Analyzer | None = None


_RESULT_TYPES = frozenset({"VAD", "Analysis", "ParrottView", "Provenance", "ViewResult"})


def __getattr__(name: str) -> Any:
    # imported on first use, so that ``import affectkit`` (and the CLI's start) stays light
    if name in _RESULT_TYPES:
        from affectkit import types

        return getattr(types, name)
    if name == "Analyzer":
        from affectkit.understand.analyzer import Analyzer

        return Analyzer
    if name == "Memory":
        from affectkit.memory import Memory

        return Memory
    if name == "annotate":
        from affectkit.batch.annotate import annotate

        return annotate
    raise AttributeError(f"module 'affectkit' has no attribute {name!r}")


def _default_analyzer() -> Analyzer:
    global _default
    if _default is None:
        from affectkit.understand.analyzer import Analyzer

        _default = Analyzer()
    return _default


def analyze(text: str | bytes) -> Analysis:
    """Analyse one text with the default model (loaded on first use).

    Example:
        >>> analyze("I miss you so much").vad.valence < 3.0
        True
    """
    return _default_analyzer().analyze(text)


def analyze_batch(texts: list[str] | tuple[str, ...]) -> list[Analysis]:
    """Analyse many texts with the default model; results keep the input order.

    Example:
        >>> [a.sentiment.top for a in analyze_batch(["great!", "terrible."])]
        ['positive', 'negative']
    """
    return _default_analyzer().analyze_batch(texts)
