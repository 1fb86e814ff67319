"""Replies in stages: ground -> plan -> write -> check. :func:`~affectkit.generate.reply` is
these four in a row; every face (CLI, service, page, memory agent) goes through them.

- **ground**: one encoder pass gives the message's analysis and the care assessment (the
  care head reads that pass's features). The part of the message to answer first, its felt
  emotions and the words that carry them are read when a plan first asks for them.
- **plan**: the care assessment is its first, required input. At care level 2 or more, or in
  a language the care layer does not cover, the plan is the care plan (the reviewed
  templates write, whatever strategy was asked); below that, a support strategy (asked for,
  or chosen by rules or the learned chooser) guides free writing.
- **write**: offline, the template or the composer; with an LLM, the LLM (which sees the
  message redacted when it runs elsewhere).
- **check**: an LLM's draft is read by the care checker and replaced by the offline
  writer's reply when it breaks a rule.

``generate`` imports ``care``; ``care`` never imports ``generate``.

Example:
    >>> from affectkit.understand.analyzer import Analyzer
    >>> grounding, care = ground("I want to kill myself", None, Analyzer())
    >>> planned = plan(care, grounding, strategy="Question")
    >>> planned.writing, planned.strategy
    ('template', 'Crisis support (care level 3)')
    >>> check(write(planned), planned).produced_by
    'care-template'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict

from affectkit.care.assess import assess
from affectkit.care.check import Violation, check_reply
from affectkit.care.templates import CrisisReply, crisis_reply
from affectkit.care.types import CareAssessment
from affectkit.errors import InputError, LLMOutputError
from affectkit.generate.attribution import WordWeight, cause_words
from affectkit.generate.compose import cause_clause, compose
from affectkit.generate.prompts import (
    CARE_PROMPT_VERSION,
    MEMORY_PROMPT_VERSION,
    PROMPT_VERSION,
    care_prompt,
    reply_prompt,
)
from affectkit.generate.strategies import choose_strategy, known_strategy
from affectkit.llm.client import LLM, Message
from affectkit.types import Analysis
from affectkit.understand.analyzer import Analyzer

UNSURE_BELOW = 0.5
MAX_MEMORIES = 10
MAX_MEMORY_CHARS = 300
MAX_CLAUSES = 32
CHOOSERS = ("rules", "learned")
COMPOSER = "composer"
CARE_TEMPLATE = "care-template"
RESOURCES_ONLY = "Resources (language not covered)"


class DetectedEmotion(BaseModel):
    """One emotion the encoder found, with its calibrated probability."""

    model_config = ConfigDict(frozen=True)
    label: str
    probability: float


# -- ground ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Focus:
    """The part of a message a reply answers first: its analysis, where it starts (None: the
    whole message), its felt labels (at most three, never neutral), the words that carry
    them, and the clause the reply reflects."""

    analysis: Analysis
    offset: int | None
    labels: list[str]
    causes: list[WordWeight]
    clause: str


class Grounding:
    """What a reply stands on: the message's analysis, the turns before it, and its
    :class:`Focus`, read from the analyser on first use (a care plan never reads it, so a
    crisis message costs one encoder pass). Made by :func:`ground`.

    Example:
        >>> from affectkit.understand.analyzer import Analyzer
        >>> grounding, _ = ground("I failed my driving test again and everyone is laughing at me", None, Analyzer())
        >>> grounding.focus.labels[0], grounding.focus.offset
        ('sadness', 0)
    """

    def __init__(self, analysis: Analysis, history: Sequence[Message] | None, analyzer: Analyzer) -> None:
        self.analysis = analysis
        self.history: list[Message] = list(history or [])
        self._analyzer = analyzer

    @cached_property
    def focus(self) -> Focus:
        """The part to answer first (the most distressed clause of a message that is not
        negative as a whole), its felt labels and cause words."""
        part, offset = _distress_first(self._analyzer, self.analysis)
        labels = _felt_labels(part)
        causes = cause_words(self._analyzer, part.text, analysis=part, labels=labels) if labels else []
        # the clause around the cause words, or the distressed clause itself
        clause = cause_clause(self.analysis.text, [w.start for w in causes]) if offset is None else part.text
        return Focus(analysis=part, offset=offset, labels=labels, causes=causes, clause=clause)


def ground(
    message: str, history: Sequence[Message] | None, analyzer: Analyzer, locale: str | None = None
) -> tuple[Grounding, CareAssessment]:
    """The first stage of every reply: the grounding and the care assessment, from one encoder
    pass (the care head reads the same pass's features when it was trained on this model).

    Example:
        >>> from affectkit.understand.analyzer import Analyzer
        >>> grounding, care = ground("I want to kill myself", None, Analyzer())
        >>> grounding.analysis.text, care.level, care.provenance.head is not None
        ('I want to kill myself', 3, True)
    """
    from affectkit.care.head import analyze_for_care

    analyses, rows = analyze_for_care(analyzer, [message], fast_single=True)
    analysis = analyses[0]
    return Grounding(analysis, history, analyzer), assess(analysis.text, history, locale, features=rows[0])


# -- plan ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReplyPlan:
    """How a reply is written: the care assessment it was planned from, ``writing``
    (``template``: the reviewed care templates; ``free``: the composer or an LLM, guided by
    the strategy), the strategy, and what the writer may use. The checker reads ``care``.
    No plan exists without a care assessment."""

    care: CareAssessment
    writing: Literal["template", "free"]
    strategy: str
    message: str
    history: list[Message]
    prompt_version: str
    template: CrisisReply | None = None
    emotions: list[DetectedEmotion] = field(default_factory=list)
    cause_words: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    clause: str = ""
    uncertain: bool = False
    memories: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not isinstance(self.care, CareAssessment):
            raise TypeError(_NO_CARE.format(type(self.care).__name__))
        if (self.writing == "template") != (self.template is not None):
            raise TypeError("a template plan, and only one, has the care template (affectkit.care.crisis_reply)")


_NO_CARE = (
    "a reply plan needs the care assessment as its first argument (a CareAssessment, from ground() or "
    "affectkit.care.assess), not {}; no reply is planned without one"
)


def care_plan_needed(care: CareAssessment) -> bool:
    """Whether the reviewed templates write: care level 2 or more, or a language the care
    layer does not cover.

    Example:
        >>> from affectkit.care.assess import assess
        >>> care_plan_needed(assess("I want to kill myself")), care_plan_needed(assess("I lost my keys"))
        (True, False)
    """
    return care.level >= 2 or not care.covered


def plan(
    care: CareAssessment,
    grounding: Grounding,
    /,
    *,
    strategy: str | None = None,
    chooser: str = "rules",
    unsure_below: float = UNSURE_BELOW,
    memories: Sequence[str] | None = None,
    locale: str | None = None,
) -> ReplyPlan:
    """The second stage: the care plan when :func:`care_plan_needed` (the template for
    ``locale``, whatever ``strategy`` asks), else free writing with ``strategy`` or the one
    ``chooser`` (``rules`` or ``learned``) picks from the focus's emotions; below
    ``unsure_below`` the reply says it is not sure; ``memories`` (most relevant first) are
    trimmed to what the writer may use.

    Example:
        >>> from affectkit.understand.analyzer import Analyzer
        >>> grounding, care = ground("I got promoted today, I'm so proud!", None, Analyzer())
        >>> planned = plan(care, grounding)
        >>> planned.writing, planned.strategy, planned.emotions[0].label
        ('free', 'Affirmation and Reassurance', 'pride')
    """
    if not isinstance(care, CareAssessment):
        raise TypeError(_NO_CARE.format(type(care).__name__))
    if not isinstance(grounding, Grounding):
        raise TypeError(f"plan() needs the Grounding from ground() second, not {type(grounding).__name__}")
    known_strategy(strategy)
    message, history = grounding.analysis.text, grounding.history
    if care_plan_needed(care):
        return ReplyPlan(
            care=care,
            writing="template",
            strategy=f"Crisis support (care level {care.level})" if care.covered else RESOURCES_ONLY,
            message=message,
            history=history,
            prompt_version=CARE_PROMPT_VERSION,
            template=crisis_reply(care, locale=locale, message=message),
        )
    if chooser not in CHOOSERS:
        raise InputError(f"chooser must be 'rules' or 'learned', not {chooser!r}")
    focus = grounding.focus
    if strategy is None and chooser == "learned":
        from affectkit.generate.esconv import StrategyModel

        strategy = StrategyModel.load().choose(focus.analysis, None, len(history))
    probabilities = focus.analysis.emotions
    recalled = [" ".join(m.split())[:MAX_MEMORY_CHARS] for m in (memories or [])[:MAX_MEMORIES] if m.strip()]
    return ReplyPlan(
        care=care,
        writing="free",
        strategy=strategy or choose_strategy(focus.analysis, focus.labels or None),
        message=message,
        history=history,
        prompt_version=MEMORY_PROMPT_VERSION if recalled else PROMPT_VERSION,
        emotions=[DetectedEmotion(label=label, probability=round(probabilities[label], 4)) for label in focus.labels],
        cause_words=[w.word for w in focus.causes],
        labels=focus.labels,
        clause=focus.clause,
        uncertain=max((probabilities[label] for label in focus.labels), default=0.0) < unsure_below,
        memories=recalled,
    )


# -- write and check -------------------------------------------------------------------------


@dataclass(frozen=True)
class Draft:
    """A written reply, who wrote it, whether an LLM did (then :func:`check` reads it), and
    what was replaced by placeholders before the text went to a remote LLM."""

    text: str
    produced_by: str
    from_llm: bool
    redacted: dict[str, int] = field(default_factory=dict)


def write(plan: ReplyPlan, *, llm: LLM | None = None, max_tokens: int = 120) -> Draft:
    """The third stage: without ``llm``, the template or the composer writes; with one, the
    LLM writes from the plan (a care plan's LLM gets the rules and the template to keep, and
    is not asked in a language the care layer does not cover). An empty free reply is an
    :class:`~affectkit.errors.LLMOutputError`.

    Example:
        >>> from affectkit.understand.analyzer import Analyzer
        >>> grounding, care = ground("I lost my keys again", None, Analyzer())
        >>> write(plan(care, grounding)).produced_by
        'composer'
    """
    outgoing, redacted = _outgoing(plan.message, plan.history, llm)
    if llm is None or (plan.writing == "template" and not plan.care.covered):
        text, produced_by = _offline(plan)
        return Draft(text=text, produced_by=produced_by, from_llm=False, redacted=redacted)
    said, earlier = outgoing
    if plan.template is not None:
        prompt = care_prompt(said, plan.care, plan.template.text, earlier)
        completion = llm.complete(prompt, max_tokens=max(max_tokens, 200), temperature=0.3, seed=0)
        return Draft(text=completion.text.strip(), produced_by=llm.name, from_llm=True, redacted=redacted)
    prompt = reply_prompt(said, plan.emotions, plan.cause_words, plan.strategy, plan.uncertain, earlier, plan.memories)
    completion = llm.complete(prompt, max_tokens=max_tokens, temperature=0.7, seed=0)
    text = completion.text.strip()
    if not text:
        raise LLMOutputError(f"{llm.name} answered with an empty reply; try again or use another model")
    return Draft(text=text, produced_by=llm.name, from_llm=True, redacted=redacted)


@dataclass(frozen=True)
class CheckedReply:
    """The reply to send, who wrote it, and the rules an LLM's draft broke when it was replaced."""

    text: str
    produced_by: str
    replaced: list[Violation] = field(default_factory=list)


def check(draft: Draft, plan: ReplyPlan) -> CheckedReply:
    """The last stage: an LLM's draft that breaks a care rule for ``plan.care`` (or is empty)
    is replaced by the offline writer's reply (the template or the composer); the template
    and the composer are reviewed writing and pass unchanged.

    Example:
        >>> from affectkit.care.assess import assess
        >>> care = assess("I lost my keys again")
        >>> planned = ReplyPlan(care=care, writing="free", strategy="Question", message="I lost my keys again",
        ...                     history=[], prompt_version="reply.v1")
        >>> checked = check(Draft(text="You have depression.", produced_by="llm", from_llm=True), planned)
        >>> checked.produced_by, [v.rule for v in checked.replaced]
        ('composer', ['no_diagnosis'])
    """
    if not draft.from_llm:
        return CheckedReply(text=draft.text, produced_by=draft.produced_by)
    broken = check_reply(draft.text, plan.care) if draft.text else [Violation(rule="empty", detail="empty reply")]
    if not broken:
        return CheckedReply(text=draft.text, produced_by=draft.produced_by)
    text, produced_by = _offline(plan)
    return CheckedReply(text=text, produced_by=produced_by, replaced=broken)


def _offline(plan: ReplyPlan) -> tuple[str, str]:
    """The reply written without an LLM: the care template, or the composer's."""
    if plan.template is not None:
        return plan.template.text, CARE_TEMPLATE
    memory = plan.memories[0] if plan.memories else None
    return compose(plan.labels, plan.clause, plan.strategy, uncertain=plan.uncertain, memory=memory), COMPOSER


def _outgoing(
    message: str, history: Sequence[Message], llm: LLM | None
) -> tuple[tuple[str, list[Message]], dict[str, int]]:
    """What an LLM may see: everything, when it runs here; else with emails, numbers, URLs
    and handles replaced (:func:`affectkit.care.redact.redact`), and what was replaced."""
    from affectkit.care.redact import is_local, redact

    earlier = list(history)
    if llm is None or is_local(getattr(llm, "base_url", None)):
        return (message, earlier), {}
    found: dict[str, int] = {}
    said = redact(message)
    for kind, count in said.found.items():
        found[kind] = found.get(kind, 0) + count
    cleaned: list[Message] = []
    for turn in earlier:
        done = redact(turn["content"])
        for kind, count in done.found.items():
            found[kind] = found.get(kind, 0) + count
        cleaned.append({"role": turn["role"], "content": done.text})
    return (said.text, cleaned), found


# -- the focus -------------------------------------------------------------------------------


def _felt_labels(analysis: Analysis, floor: float = 0.1) -> list[str]:
    """Detected labels other than neutral (at most three); when none passes its threshold,
    the likeliest non-neutral label if its probability reaches ``floor``."""
    labels = [label for label in analysis.labels if label != "neutral"][:3]
    if labels:
        return labels
    label, probability = max(((k, v) for k, v in analysis.emotions.items() if k != "neutral"), key=lambda kv: kv[1])
    return [label] if probability >= floor else []


def _distress_first(analyzer: Analyzer, analysis: Analysis) -> tuple[Analysis, int | None]:
    """The part of the message a supporter should answer first, and where it starts (None: all).

    A message that reads positive or neutral as a whole can hold a distressed clause ("I
    failed my test again, and everyone is laughing at me" reads as amusement as a whole,
    its first clause as sadness). Support answers distress first, so the clause with the
    most negative sentiment is chosen when the whole is not negative.
    """
    if analysis.sentiment.top == "negative":
        return analysis, None
    spans = [(m.start(), m.group().strip()) for m in _CLAUSE.finditer(analysis.text) if m.group().strip()]
    spans = spans[:MAX_CLAUSES]  # a message of thousands of commas must not become thousands of texts
    if len(spans) < 2:
        return analysis, None
    parts = analyzer.analyze_batch([text for _, text in spans])
    negative = [(part, start) for part, (start, _) in zip(parts, spans) if part.sentiment.top == "negative"]
    if not negative:
        return analysis, None
    part, start = max(negative, key=lambda item: item[0].sentiment.scores["negative"])
    return part, start


_CLAUSE = re.compile(r"[^.!?;,]+?(?=[.!?;,]|\s+(?:and|but|because|so)\s+|$)", re.I)
