"""Empathetic replies: the encoder finds the emotions and the words that cause them; a
language model (or, offline by default, the grounded composer) writes.

With an LLM the prompt follows the hybrid empathetic design: the detected emotions come
first ("consider these emotions"), then the cause words ("attend to these words"), then the
support strategy to use; the LLM only writes. The result says which of the two wrote it.

Example:
    >>> r = reply("I failed my driving test again and everyone is laughing at me")
    >>> r.produced_by, r.strategy
    ('composer', 'Reflection of feelings')
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict, Field

from affectkit.care.assess import assess
from affectkit.care.check import Violation, check_reply
from affectkit.care.templates import crisis_reply
from affectkit.care.types import CareAssessment
from affectkit.errors import InputError, LLMOutputError
from affectkit.generate.attribution import cause_words
from affectkit.generate.compose import FEELING_WORDS, cause_clause, compose
from affectkit.generate.strategies import STRATEGIES, choose_strategy
from affectkit.llm.client import LLM, Message
from affectkit.types import Analysis
from affectkit.understand.analyzer import Analyzer

PROMPT_VERSION = "reply.v1"
MEMORY_PROMPT_VERSION = "reply-memory.v1"  # reply.v1 plus recalled memories
MAX_MEMORIES = 10
MAX_MEMORY_CHARS = 300
UNSURE_BELOW = 0.5
MAX_CLAUSES = 32


class DetectedEmotion(BaseModel):
    """One emotion the encoder found, with its calibrated probability."""

    model_config = ConfigDict(frozen=True)
    label: str
    probability: float


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
    recalled = [" ".join(m.split())[:MAX_MEMORY_CHARS] for m in (memories or [])[:MAX_MEMORIES] if m.strip()]
    analyzer = analyzer or _default_analyzer()
    if strategy is not None and strategy not in STRATEGIES:
        raise InputError(f"unknown strategy {strategy!r}; choose one of: {', '.join(STRATEGIES)}")
    analysis, care = ground(message, history, analyzer, locale)
    outgoing, redacted = _outgoing(analysis.text, history, llm)
    if care.level >= 2 or not care.covered:
        return _care_reply(analysis, care, outgoing, llm=llm, locale=locale, max_tokens=max_tokens, redacted=redacted)
    focus, offset = _distress_first(analyzer, analysis)
    labels = _felt_labels(focus)
    if chooser not in ("rules", "learned"):
        raise InputError(f"chooser must be 'rules' or 'learned', not {chooser!r}")
    if strategy is None and chooser == "learned":
        from affectkit.generate.esconv import StrategyModel

        strategy = StrategyModel.load().choose(focus, None, len(history or []))
    chosen = strategy or choose_strategy(focus, labels or None)
    emotions = [DetectedEmotion(label=label, probability=round(focus.emotions[label], 4)) for label in labels]
    uncertain = max((focus.emotions[label] for label in labels), default=0.0) < unsure_below
    causes = cause_words(analyzer, focus.text, analysis=focus, labels=labels) if labels else []
    # the clause around the cause words, or the distressed clause itself
    clause = cause_clause(analysis.text, [w.start for w in causes]) if offset is None else focus.text
    causes_in_message = [w.word for w in causes]
    broken: list[Violation] = []
    if llm is None:
        text = compose(labels, clause, chosen, uncertain=uncertain, memory=recalled[0] if recalled else None)
        produced_by = "composer"
    else:
        said, earlier = outgoing
        prompt = reply_prompt(said, emotions, causes_in_message, chosen, uncertain, earlier, recalled)
        completion = llm.complete(prompt, max_tokens=max_tokens, temperature=0.7, seed=0)
        text = completion.text.strip()
        if not text:
            raise LLMOutputError(f"{llm.name} answered with an empty reply; try again or use another model")
        produced_by = llm.name
        broken = check_reply(text, care)
        if broken:
            text = compose(labels, clause, chosen, uncertain=uncertain, memory=recalled[0] if recalled else None)
            produced_by = "composer"
    return Reply(
        message=analysis.text,
        reply=text,
        produced_by=produced_by,
        emotions=emotions,
        cause_words=causes_in_message,
        strategy=chosen,
        uncertain=uncertain,
        prompt_version=MEMORY_PROMPT_VERSION if recalled else PROMPT_VERSION,
        care=care,
        replaced=broken if llm is not None else [],
        redacted=redacted,
        analysis=analysis,
    )


def ground(
    message: str, history: Sequence[Message] | None, analyzer: Analyzer, locale: str | None = None
) -> tuple[Analysis, CareAssessment]:
    """The first stage of every reply: the emotions and the care assessment, from one encoder
    pass (the care head reads the same pass's features when it was trained on this model).

    Example:
        >>> analysis, care = ground("I want to kill myself", None, _default_analyzer())
        >>> care.level, care.provenance.head is not None
        (3, True)
    """
    from affectkit.care.head import analyze_for_care

    analyses, rows = analyze_for_care(analyzer, [message], fast_single=True)
    return analyses[0], assess(analyses[0].text, history, locale, features=rows[0])


def _outgoing(
    message: str, history: Sequence[Message] | None, llm: LLM | None
) -> tuple[tuple[str, list[Message]], dict[str, int]]:
    """What an LLM may see: everything, when it runs here; else with emails, numbers, URLs
    and handles replaced (:func:`affectkit.care.redact.redact`), and what was replaced."""
    from affectkit.care.redact import is_local, redact

    earlier = list(history or [])
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


CARE_PROMPT_VERSION = "care-reply.v1"


def _care_reply(
    analysis: Analysis,
    care: CareAssessment,
    outgoing: tuple[str, list[Message]],
    *,
    llm: LLM | None,
    locale: str | None,
    max_tokens: int,
    redacted: dict[str, int],
) -> Reply:
    """A reply at care level 2 or more: the template, or an LLM's reply that passes every rule."""
    template = crisis_reply(care, locale=locale, message=analysis.text)
    text, produced_by, replaced = template.text, "care-template", []
    if llm is not None and care.covered:
        prompt = care_prompt(outgoing[0], care, template.text, outgoing[1])
        completion = llm.complete(prompt, max_tokens=max(max_tokens, 200), temperature=0.3, seed=0)
        candidate = completion.text.strip()
        replaced = check_reply(candidate, care) if candidate else [Violation(rule="empty", detail="empty reply")]
        if not replaced:
            text, produced_by = candidate, llm.name
    return Reply(
        message=analysis.text,
        reply=text,
        produced_by=produced_by,
        emotions=[],
        cause_words=[],
        strategy=f"Crisis support (care level {care.level})" if care.covered else "Resources (language not covered)",
        uncertain=False,
        prompt_version=CARE_PROMPT_VERSION,
        care=care,
        template=template.template if produced_by == "care-template" else None,
        locale=template.locale,
        replaced=replaced,
        redacted=redacted,
        analysis=analysis,
    )


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
        guidance.append(f"You remember these earlier things they told you, most relevant first: {listed}. "
                        "Draw on one if it helps them feel understood; do not list them.")
    if uncertain:
        guidance.append('You are not sure of their feelings: say so in the first person, e.g. "I\'m not sure, but".')
    guidance.append("Write only your reply to them.")
    return [{"role": "system", "content": system}, *(history or []), {"role": "user", "content": "\n".join(guidance)}]


_ANALYZER: Analyzer | None = None


def _default_analyzer() -> Analyzer:
    global _ANALYZER
    if _ANALYZER is None:
        _ANALYZER = Analyzer()
    return _ANALYZER
