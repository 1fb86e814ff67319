"""The next reply in a conversation: the emotion the speaker who answers the last turn is
likely to reply with, given their Big Five personality (an emotion transition,
:mod:`affectkit.understand.transition`).

Example:
    >>> from affectkit.understand.conversation import Conversation, analyze_conversation
    >>> talk = Conversation.from_records([{"speaker": "A", "text": "I failed the exam I studied months for."},
    ...                                   {"speaker": "B", "text": "That's so unfair, you worked so hard."},
    ...                                   {"speaker": "A", "text": "I don't even want to get out of bed."}])
    >>> proposal = propose_next_reply(analyze_conversation(talk), BigFive())
    >>> proposal.speaker, proposal.settings["coefficients"]
    ('B', 'Mehrabian 1996')
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from affectkit.understand.conversation import ConversationAnalysis
from affectkit.understand.transition import BigFive, Transition, transition

__all__ = ["BigFive", "NextReply", "propose_next_reply"]


class _Answering(BaseModel):
    model_config = ConfigDict(frozen=True)
    speaker: str = Field(description="who answers the last turn")


class NextReply(Transition, _Answering):
    """The proposed emotion of the next reply and who gives it: ``speaker`` first, then the
    :class:`~affectkit.understand.transition.Transition` fields (pydantic orders fields from
    the last base class to the first)."""


def propose_next_reply(conversation: ConversationAnalysis, personality: BigFive | None = None) -> NextReply:
    """The emotion transition for whoever answers the last turn: the last speaker's partner
    (the most recent other speaker; the last speaker when no one else spoke), from their own
    last turn towards the last turn, pulled towards ``personality``'s temperament (the
    population middle when None).

    Example:
        >>> from affectkit.understand.conversation import Conversation, analyze_conversation
        >>> alone = analyze_conversation(Conversation.from_records([{"speaker": "A", "text": "I'm so happy today!"}]))
        >>> propose_next_reply(alone).speaker
        'A'
    """
    last = conversation.turns[-1]
    earlier = [turn for turn in conversation.turns if turn.speaker != last.speaker]
    answering = earlier[-1] if earlier else last
    proposal = transition(answering.analysis.vad, personality, stimulus=last.analysis.vad)
    return NextReply(speaker=answering.speaker, **dict(proposal))
