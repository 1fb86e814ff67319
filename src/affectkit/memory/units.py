"""What a memory holds and what a search returns.

Example:
    >>> unit = MemoryUnit(id=1, owner="ada", text="We won!", time=0.0, metadata={},
    ...                   emotion={"joy": 0.9}, plutchik={"joy": 0.9})
    >>> unit.top_emotion
    'joy'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict, Field

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]


class MemoryUnit(BaseModel):
    """One stored memory: who it belongs to, what was said, when, and how it felt."""

    model_config = ConfigDict(frozen=True)

    id: int
    owner: str = Field(description="the agent or character the memory belongs to")
    text: str
    time: float = Field(description="when it happened, Unix seconds")
    metadata: dict[str, Any]
    emotion: dict[str, float] = Field(description="GoEmotions-28 probabilities, computed once when stored")
    plutchik: dict[str, float] = Field(description="the Plutchik-8 view used for emotional retrieval")

    @property
    def top_emotion(self) -> str:
        """The most probable GoEmotions label."""
        return max(self.emotion.items(), key=lambda item: item[1])[0]


class Recall(BaseModel):
    """One search result: the memory, its rank, and both distances to the query."""

    model_config = ConfigDict(frozen=True)

    rank: int = Field(description="1 for the best match")
    unit: MemoryUnit
    semantic_distance: float = Field(description="Euclidean distance of the sentence vectors, 0-2")
    emotion_distance: float = Field(description="cosine distance of the Plutchik-8 vectors, 0-1")
    score: float = Field(description="what the strategy ranked by (lower is better; see strategies.score)")


@dataclass(frozen=True)
class Encodings:
    """The vectors a store keeps for a batch of texts, computed once at write time."""

    semantic: FloatArray  # n x dimensions, unit length
    emotion: FloatArray  # n x 28
    plutchik: FloatArray  # n x 8


@dataclass(frozen=True)
class Candidates:
    """Memories a store hands to the ranker: ids and their vectors, in any order.

    An index search may hand over the semantic distances it computed instead of the
    sentence vectors (``semantic`` then has no rows): less to transfer.
    """

    ids: IntArray
    semantic: FloatArray
    plutchik: FloatArray
    semantic_distance: FloatArray | None = None

    @classmethod
    def empty(cls, dimensions: int) -> Candidates:
        """No memories."""
        return cls(
            np.zeros(0, dtype=np.int64),
            np.zeros((0, dimensions), dtype=np.float32),
            np.zeros((0, 8), dtype=np.float32),
        )


def page_query(table: str, mark: str, owner: str | None, after: int, size: int) -> tuple[str, list[Any]]:
    """The SQL (and its arguments) that reads one page of memories by id, for either store.

    Example:
        >>> page_query("memories", "?", "ada", 0, 10)[0].endswith("AND owner = ? ORDER BY id LIMIT 10")
        True
    """
    query = f"SELECT id, owner, text, created, metadata, emotion, plutchik FROM {table} WHERE id > {mark}"
    args: list[Any] = [after]
    if owner is not None:
        query += f" AND owner = {mark}"
        args.append(owner)
    return query + f" ORDER BY id LIMIT {int(size)}", args
