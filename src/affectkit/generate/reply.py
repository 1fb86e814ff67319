"""Empathetic replies: the encoder finds the emotions and the words that cause them; a
language model (or, offline by default, the grounded composer) writes.

:func:`reply` is the reply stages in a row (:mod:`affectkit.generate.stages`): ground (one
encoder pass: the emotions and the care assessment), plan (the care assessment first: the
care templates at level 2 or more, else a support strategy), write (the composer, a
template or an LLM), check (the care checker replaces an LLM's reply that breaks a rule).
With an LLM the prompt follows the hybrid empathetic design: the detected emotions come
first ("consider these emotions"), then the cause words ("attend to these words"), then the
support strategy to use; the LLM only writes. The result says which of the two wrote it.

Example:
    >>> r = reply("I failed my driving test again and everyone is laughing at me")
    >>> r.produced_by, r.strategy
    ('composer', 'Reflection of feelings')
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict, Field

from affectkit.care.check import Violation
from affectkit.care.types import CareAssessment
from affectkit.generate import stages
from affectkit.generate.prompts import (
    CARE_PROMPT_VERSION,
    MEMORY_PROMPT_VERSION,
    PROMPT_VERSION,
    care_prompt,
    reply_prompt,
)
from affectkit.generate.stages import (
    MAX_CLAUSES,
    MAX_MEMORIES,
    MAX_MEMORY_CHARS,
    UNSURE_BELOW,
    CheckedReply,
    DetectedEmotion,
    Draft,
    Grounding,
    ReplyPlan,
    ground,
)
from affectkit.generate.strategies import known_strategy
from affectkit.llm.client import LLM, Message
from affectkit.types import Analysis, Component, merge_components
from affectkit.understand.analyzer import Analyzer

__all__ = [
    "CARE_PROMPT_VERSION",
    "MAX_CLAUSES",
    "MAX_MEMORIES",
    "MAX_MEMORY_CHARS",
    "MEMORY_PROMPT_VERSION",
    "PROMPT_VERSION",
    "UNSURE_BELOW",
    "DetectedEmotion",
    "Reply",
    "as_reply",
    "care_prompt",
    "ground",
    "reply",
    "reply_prompt",
]


class Reply(BaseModel):
    """A reply and everything it was grounded on."""

    model_config = ConfigDict(frozen=True)
    message: str
    reply: str
    produced_by: str = Field(description="'composer' (offline, no LLM) or the LLM's name")
    emotions: list[DetectedEmotion]
    cause_words: list[str]
    strategy: str
    uncertain: bool = Field(description="the top emotion's probability is below the unsure threshold")
    prompt_version: str = PROMPT_VERSION
    care: CareAssessment = Field(description="the care layer's reading of the message (with the turns before it)")
    template: str | None = Field(default=None, description="the care template, when one wrote the reply")
    locale: str | None = Field(default=None, description="the locale whose resources the reply gives (care level 2+)")
    replaced: list[Violation] = Field(
        default_factory=list, description="the rules the LLM's reply broke, when it was replaced"
    )
    redacted: dict[str, int] = Field(
        default_factory=dict, description="what was replaced by placeholders before the text went to a remote LLM"
    )
    analysis: Analysis

    def components(self) -> list[Component]:
        """The parts that made this reply: the analysis's, the care layer's, the writer (the
        composer, a care template or the LLM, with the strategy) and the prompt version.

        Example:
            >>> r = reply("I finally got the job!")
            >>> [c.kind for c in r.components()][-2:]
            ['writer', 'prompt']
        """
        settings = {"strategy": self.strategy, "template": self.template, "locale": self.locale}
        writer = Component(kind="writer", name=self.produced_by, version="", settings=settings)
        prompt = Component(kind="prompt", name="reply", version=self.prompt_version)
        return merge_components(self.analysis.components(), self.care.components(), [writer, prompt])


def reply(
    message: str,
    history: Sequence[Message] | None = None,
    *,
    llm: LLM | None = None,
    analyzer: Analyzer | None = None,
    strategy: str | None = None,
    unsure_below: float = UNSURE_BELOW,
    max_tokens: int = 120,
    chooser: str = "rules",
    memories: Sequence[str] | None = None,
    locale: str | None = None,
) -> Reply:
    """Reply to ``message`` with care; ``history`` is earlier turns as chat messages.

    Without ``llm`` the offline composer writes. ``strategy`` overrides the chosen one (one
    of the eight ESConv strategies). ``unsure_below``: below this top probability the reply
    says it is not sure. ``memories``: earlier things the person said, most relevant first
    (from :class:`affectkit.memory.Memory`); the LLM may draw on them, the composer recalls
    the first. ``locale`` (e.g. ``en-GB``; else ``AFFECTKIT_LOCALE``) picks the crisis
    resources.

    Every reply is planned after the care assessment: at care level 2 or more, or in a
    language the care layer does not cover, the reply is written from the reviewed templates
    (an LLM may write first, but its reply is checked and replaced when it breaks a rule);
    below that, the emotions and strategy guide the composer or the LLM, and an LLM's reply
    that breaks a rule (a diagnosis, method details) is replaced by the composer's.
    """
    analyzer = analyzer or _default_analyzer()
    known_strategy(strategy)  # an unknown strategy fails before the encoder runs
    grounding, care = stages.ground(message, history, analyzer, locale)
    planned = stages.plan(
        care, grounding, strategy=strategy, chooser=chooser, unsure_below=unsure_below, memories=memories, locale=locale
    )
    draft = stages.write(planned, llm=llm, max_tokens=max_tokens)
    return as_reply(grounding, planned, draft, stages.check(draft, planned))


def as_reply(grounding: Grounding, plan: ReplyPlan, draft: Draft, checked: CheckedReply) -> Reply:
    """The :class:`Reply` that the stages' results make (what :func:`reply` returns).

    Example:
        >>> from affectkit.generate.stages import check, plan, write
        >>> grounding, care = ground("I got the job!!", None, _default_analyzer())
        >>> planned = plan(care, grounding)
        >>> draft = write(planned)
        >>> as_reply(grounding, planned, draft, check(draft, planned)) == reply("I got the job!!")
        True
    """
    template = plan.template
    return Reply(
        message=plan.message,
        reply=checked.text,
        produced_by=checked.produced_by,
        emotions=plan.emotions,
        cause_words=plan.cause_words,
        strategy=plan.strategy,
        uncertain=plan.uncertain,
        prompt_version=plan.prompt_version,
        care=plan.care,
        template=template.template if template is not None and checked.produced_by == stages.CARE_TEMPLATE else None,
        locale=template.locale if template is not None else None,
        replaced=checked.replaced,
        redacted=draft.redacted,
        analysis=grounding.analysis,
    )


_ANALYZER: Analyzer | None = None


def _default_analyzer() -> Analyzer:
    global _ANALYZER
    if _ANALYZER is None:
        _ANALYZER = Analyzer()
    return _ANALYZER
