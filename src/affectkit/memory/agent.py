"""A character that remembers: each message is answered with the reply layer, grounded on
memories recalled by an Emotional RAG strategy, and both turns are stored.

The character's memories are owned by its name. What the person says is stored with
``{"role": "user"}`` and the character's answers with ``{"role": "character"}``. Everything but
the character's own answers can be recalled into a reply (memories added by hand, with
``affectkit memory add``, included): a character quoting itself back reads oddly.

Example:
    >>> import tempfile, pathlib
    >>> from affectkit.memory import Memory
    >>> ada = Character("Ada", Memory(pathlib.Path(tempfile.mkdtemp()) / "ada.db"))
    >>> _ = ada.respond("My cat Tom died last week.")
    >>> turn = ada.respond("I still feel so sad today.")
    >>> turn.recalled[0].unit.text
    'My cat Tom died last week.'
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from affectkit.generate.reply import Reply, reply
from affectkit.llm.client import LLM, Message
from affectkit.memory import strategies
from affectkit.memory.memory import Memory, check_owner
from affectkit.memory.units import Recall

HISTORY_TURNS = 6  # recent messages sent along with the prompt (recalled memories cover the rest)


class Turn(BaseModel):
    """One exchange: the reply, what was recalled for it, and the ids stored."""

    model_config = ConfigDict(frozen=True)

    reply: Reply
    recalled: list[Recall]
    stored: list[int]


class Character:
    """An agent that answers with care and remembers by meaning and mood."""

    def __init__(
        self,
        name: str,
        memory: Memory,
        *,
        llm: LLM | None = None,
        strategy: str = "additive",
        k: int = 3,
        pool: int = 20,
        weight: float = 0.5,
        normalize: str = "bound",
    ) -> None:
        self.settings = strategies.SearchSettings(strategy, k, pool, weight, normalize)
        self.name = check_owner(name)
        self.memory = memory
        self.llm = llm
        self.history: list[Message] = []

    def respond(self, message: str) -> Turn:
        """Recall, reply, then store the message and the reply.

        Example:
            >>> import tempfile, pathlib
            >>> bo = Character("Bo", Memory(pathlib.Path(tempfile.mkdtemp()) / "bo.db"))
            >>> bo.respond("I got the job!").stored
            [1, 2]
        """
        recalled = [
            r
            for r in self.memory.search_with(message, owner=self.name, settings=self.settings)
            if r.unit.metadata.get("role") != "character"
        ]
        answer = reply(
            message,
            self.history[-HISTORY_TURNS:],
            llm=self.llm,
            analyzer=self.memory.analyzer,
            memories=[r.unit.text for r in recalled],
        )
        stored = self.memory.add_many(
            [answer.message, answer.reply],
            owner=self.name,
            metadata=[{"role": "user"}, {"role": "character", "written_by": answer.produced_by}],
        )
        self.history += [{"role": "user", "content": answer.message}, {"role": "assistant", "content": answer.reply}]
        return Turn(reply=answer, recalled=recalled, stored=stored)
