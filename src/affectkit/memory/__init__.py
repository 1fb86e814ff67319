"""Emotion-aware memory (Emotional RAG): store texts with meaning and emotion, recall by both.

Example:
    >>> import tempfile, pathlib
    >>> from affectkit.memory import Memory, STRATEGIES
    >>> "emotion_first" in STRATEGIES
    True
"""

from affectkit.memory.importer import ImportReport, import_memories
from affectkit.memory.memory import Memory, emotion_vector, open_store
from affectkit.memory.strategies import NORMALIZATIONS, STRATEGIES
from affectkit.memory.units import MemoryUnit, Recall

__all__ = [
    "NORMALIZATIONS",
    "STRATEGIES",
    "ImportReport",
    "Memory",
    "MemoryUnit",
    "Recall",
    "emotion_vector",
    "import_memories",
    "open_store",
]
