"""The chat messages an LLM gets to write a reply: ``reply.v1`` (emotions, cause words and a
support strategy; ``reply-memory.v1`` with recalled memories) and ``care-reply.v1`` (the rules
of care.md and the reviewed template reply, at care level 2 or more).

Example:
    >>> prompt = reply_prompt("I lost my keys", [], [], "Question", False)
    >>> [m["role"] for m in prompt]
    ['system', 'user']
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from affectkit.care.types import CareAssessment
from affectkit.generate.compose import FEELING_WORDS
from affectkit.generate.strategies import STRATEGIES
from affectkit.llm.client import Message

if TYPE_CHECKING:
    from affectkit.generate.stages import DetectedEmotion

PROMPT_VERSION = "reply.v1"
MEMORY_PROMPT_VERSION = "reply-memory.v1"  # reply.v1 plus recalled memories
CARE_PROMPT_VERSION = "care-reply.v1"


def reply_prompt(
    message: str,
    emotions: Sequence[DetectedEmotion],
    causes: Sequence[str],
    strategy: str,
    uncertain: bool,
    history: Sequence[Message] | None = None,
    memories: Sequence[str] | None = None,
) -> list[Message]:
    """The chat messages sent to the LLM (template ``reply.v1``; ``reply-memory.v1`` with memories).

    Example:
        >>> from affectkit.generate.stages import DetectedEmotion
        >>> prompt = reply_prompt("I lost my dog", [DetectedEmotion(label="sadness", probability=0.9)],
        ...                       ["lost"], "Reflection of feelings", False)
        >>> "sadness" in prompt[-1]["content"] and "lost" in prompt[-1]["content"]
        True
    """
    felt = ", ".join(f"{e.label} ({FEELING_WORDS.get(e.label) or e.label}, {e.probability:.2f})" for e in emotions)
    system = (
        "You are a warm, careful listener. Reply to the person in two or three short sentences, "
        "in plain words, without advice unless the strategy asks for it, and without lists."
    )
    guidance = [
        f'The person wrote: "{message}"',
        f"Consider these emotions first: {felt or 'none clear'}.",
        f"Attend to these words, which carry the emotion: {', '.join(causes) or 'none'}.",
        f"Use this support strategy: {strategy}: {STRATEGIES[strategy]}.",
    ]
    if memories:
        listed = "; ".join(f'"{m}"' for m in memories)
        guidance.append(
            f"You remember these earlier things they told you, most relevant first: {listed}. "
            "Draw on one if it helps them feel understood; do not list them."
        )
    if uncertain:
        guidance.append('You are not sure of their feelings: say so in the first person, e.g. "I\'m not sure, but".')
    guidance.append("Write only your reply to them.")
    return [{"role": "system", "content": system}, *(history or []), {"role": "user", "content": "\n".join(guidance)}]


def care_prompt(
    message: str, care: CareAssessment, reference: str, history: Sequence[Message] | None = None
) -> list[Message]:
    """The chat messages an LLM gets at care level 2 or more (template ``care-reply.v1``): the
    rules of care.md and the reviewed reply to keep every fact of (resources, numbers).

    Example:
        >>> from affectkit.care.assess import assess
        >>> prompt = care_prompt("I want to die", assess("I want to die"), "Call 988.")
        >>> "988" in prompt[-1]["content"]
        True
    """
    system = (
        "You are an AI listener talking with someone who may be at risk. Follow these rules: say plainly what you "
        "heard; ask one direct, open question about their safety or suicidal thoughts; give the crisis resources "
        "exactly as in the reference reply; encourage a trusted person or professional; never diagnose; never give "
        "method, dose, height or location details; never end the conversation or refuse to talk; say you are an AI; "
        "stay under 120 words."
    )
    guidance = [
        f'The person wrote: "{message}"',
        f"Care level {care.level} of 4 ({care.level_name}); concerns: {', '.join(care.active) or 'none'}.",
        f"Reference reply (keep its resources, numbers and questions): {reference}",
        "Write only your reply to them.",
    ]
    return [{"role": "system", "content": system}, *(history or []), {"role": "user", "content": "\n".join(guidance)}]
