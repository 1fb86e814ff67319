"""An LLM writes the explanation of a text's mental-health signals in IMHI's form
(``<label>. Reasoning: ...``) from what the heads decided and the words that carry each label:
the encoder reads, the LLM writes (as in :func:`affectkit.generate.reply`).

The LLM is told the labels and the evidence; it decides nothing: for each flagged signal it
writes the reasoning, one short call each (a small local model keeps to one task at a time),
and the line ``<signal>: <label>. Reasoning: <its reasoning>`` takes the label from the
heads, whatever the LLM wrote before "Reasoning:". The lines are read by the
care layer's ``no_diagnosis`` rule (:func:`affectkit.care.check.check_reply`): an explanation
that says what a person has is replaced by the readings' template sentence
(:attr:`~affectkit.care.signal_types.Signals.summary`), and the result says so. A text
about distress stays on this machine as far as it can: an LLM that runs elsewhere gets it
(and the evidence) with emails, numbers, URLs and handles replaced
(:func:`affectkit.care.redact.redact`), as the reply path does.

Example:
    >>> from affectkit.testing import EchoLLM
    >>> from affectkit.care.signal_types import SignalReading, Signals, SignalsProvenance
    >>> reading = SignalReading(name="stress", set="dreaddit", labels=["yes"], scores={"no": 0.1, "yes": 0.9},
    ...                         flagged=True, description="language often associated with stress", served_by="trained")
    >>> found = Signals(text_chars=20, language="en", covered=True, readings={"stress": reading},
    ...                 summary="This text shows language often associated with stress; this is not a diagnosis.",
    ...                 provenance=SignalsProvenance(bundle="b@1", encoder="e@1", long_text="truncate"))
    >>> llm = EchoLLM(answer="stress: yes. Reasoning: the post names a deadline and unpaid rent.")
    >>> explain_signals(found, "the deadline and the rent", llm).written_by
    'echo'
    >>> bad = EchoLLM(answer="stress: yes. Reasoning: you have depression.")
    >>> [v.rule for v in explain_signals(found, "the deadline and the rent", bad).replaced]
    ['no_diagnosis']
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

from affectkit.care.check import Violation, check_reply
from affectkit.care.signal_types import NOT_A_DIAGNOSIS, SignalReading, Signals
from affectkit.care.types import CareAssessment
from affectkit.llm.client import LLM, Message

SIGNAL_PROMPT_VERSION = "signals-explain.v1"
TEMPLATE = "template"
"""``written_by`` when the readings' own sentence is the explanation (no LLM text kept)."""
CHECKED_RULES = ("no_diagnosis",)
"""The care rules an LLM's explanation must keep."""
FORM = "Reasoning:"


class SignalExplanation(BaseModel):
    """The explanation of a text's signals, who wrote it, and why an LLM's text was not kept."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(description="IMHI-form lines ('<signal>: <label>. Reasoning: ...'), or the template sentence")
    written_by: str = Field(description="the LLM's name, or 'template' (the readings' own sentence)")
    replaced: list[Violation] = Field(
        default_factory=list, description="the rules the LLM's text broke, when the template sentence replaced it"
    )
    note: str = Field(default="", description="why the template sentence is the explanation, when it is")
    redacted: dict[str, int] = Field(
        default_factory=dict, description="what was replaced by placeholders before the text went to a remote LLM"
    )
    prompt_version: str = SIGNAL_PROMPT_VERSION


_EXAMPLE_POST = "My exam is on Monday and I have not even started, I keep panicking."
_EXAMPLE_ANSWER = 'Reasoning: The post names an exam days away and says "panicking", words often used about pressure.'


def signal_prompt(reading: SignalReading, text: str) -> list[Message]:
    """The chat messages the LLM gets for one flagged signal (template ``signals-explain.v1``):
    the post, the signal's decided labels and the words that carry them, and one worked
    example (an invented post) of the reasoning asked for.

    Example:
        >>> r = SignalReading(name="stress", set="dreaddit", labels=["yes"], scores={"no": 0.1, "yes": 0.9},
        ...                   flagged=True, description="language often associated with stress", served_by="trained")
        >>> prompt = signal_prompt(r, "the deadline is tomorrow")
        >>> [m["role"] for m in prompt], "stress: yes" in prompt[-1]["content"]
        (['system', 'user', 'assistant', 'user'], True)
    """
    system = (
        "You explain what the language of a post shows, for a researcher. Describe the words of the post, never "
        "the person: never say the writer has, suffers from or shows symptoms of any condition, and do not "
        "diagnose. A small model has already decided the label; do not change it."
    )
    words = ", ".join(dict.fromkeys(f'"{e.text}"' for e in reading.evidence)) or "none cited"
    ask = "Write one or two sentences of reasoning: which words of the post carry the label, and why."
    example = f'Post: "{_EXAMPLE_POST}"\nLabel: stress: yes. Words: "exam is on Monday", "panicking".\n{ask}'
    user = f'Post: "{text}"\nLabel: {reading.name}: {", ".join(reading.labels)}. Words: {words}.\n{ask}'
    return [
        {"role": "system", "content": system},
        {"role": "user", "content": example},
        {"role": "assistant", "content": _EXAMPLE_ANSWER},
        {"role": "user", "content": user},
    ]


def explain_signals(signals: Signals, text: str, llm: LLM, *, max_tokens: int = 96) -> SignalExplanation:
    """The explanation of ``signals`` (read from ``text``) in IMHI's form, one line per flagged
    signal: ``<signal>: <label>. Reasoning: ...``, where the heads give the label and the LLM
    writes the reasoning (one short call per flagged signal). The lines are read by the
    no-diagnosis rule; the template sentence (``signals.summary``) replaces them when one
    breaks it or a reasoning is empty, and when there is nothing to explain (no flagged
    signal, or a language the heads do not read: then the LLM is not asked). Errors of the
    LLM itself (unreachable, timeout) are raised as the LLM client raises them.

    Example:
        >>> from affectkit.testing import EchoLLM
        >>> from affectkit.care.signal_types import SignalsProvenance
        >>> calm = Signals(text_chars=9, language="en", covered=True, summary="None; this is not a diagnosis.",
        ...                provenance=SignalsProvenance(bundle="b@1", encoder="e@1", long_text="truncate"))
        >>> llm = EchoLLM()
        >>> explain_signals(calm, "nice walk", llm).written_by, len(llm.calls)
        ('template', 0)
    """
    if not signals.covered or not signals.flagged:
        why = "no signal was flagged" if signals.covered else "the heads do not read this text's language"
        return SignalExplanation(text=signals.summary, written_by=TEMPLATE, note=f"{why}; the LLM was not asked")
    outgoing, (said, redacted) = _outgoing(signals, text, llm)
    lines: list[str] = []
    for reading in outgoing.readings.values():
        if not reading.flagged:
            continue
        completion = llm.complete(signal_prompt(reading, said), max_tokens=max_tokens, temperature=0.2, seed=0)
        reasoning = _reasoning(completion.text)
        lines.append(f"{reading.name}: {', '.join(reading.labels)}. {FORM} {reasoning}" if reasoning else "")
    written = "\n".join(lines)
    broken = _broken(written, signals.care) if all(lines) else [_EMPTY]
    if broken:
        why = (
            _EMPTY.detail if broken == [_EMPTY] else f"the LLM's explanation broke {', '.join(v.rule for v in broken)}"
        )
        return SignalExplanation(text=signals.summary, written_by=TEMPLATE, replaced=broken, redacted=redacted,
                                 note=f"{why}; the readings' own sentence replaces it")  # fmt: skip
    written += f"\n({NOT_A_DIAGNOSIS[0].upper()}{NOT_A_DIAGNOSIS[1:]}: it describes the language of the text.)"
    return SignalExplanation(text=written, written_by=llm.name, redacted=redacted)


_EMPTY = Violation(rule="empty", detail="the LLM wrote no reasoning for a signal")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def _reasoning(answer: str) -> str:
    """The reasoning in an answer: what follows its first 'Reasoning:' (the label before it is
    the heads', not the LLM's), on one line, cut after its last full sentence when it was cut.

    Example:
        >>> _reasoning("depression: no. Reasoning: It names a deadline. And then it")
        'It names a deadline.'
    """
    _, found, after = answer.partition(FORM)
    reasoning = " ".join((after if found else answer).split())
    ends = [m.end() for m in _SENTENCE_END.finditer(reasoning)]
    return reasoning[: ends[-1]] if ends else reasoning


def _broken(written: str, care: CareAssessment | None) -> list[Violation]:
    """The checked care rules the explanation breaks."""
    return [v for v in check_reply(written, care or CareAssessment.none()) if v.rule in CHECKED_RULES]


def _outgoing(signals: Signals, text: str, llm: LLM) -> tuple[Signals, tuple[str, dict[str, int]]]:
    """What the LLM may see: everything when it runs here; else the text and its evidence
    words with emails, numbers, URLs and handles replaced, and what was replaced."""
    from affectkit.care.redact import is_local, redact

    if is_local(getattr(llm, "base_url", None)):
        return signals, (text, {})
    said = redact(text)
    found = dict(said.found)
    readings = {}
    for name, reading in signals.readings.items():
        cited = []
        for item in reading.evidence:
            cleaned = redact(item.text).text  # counted once, in the text they come from
            cited.append(item.model_copy(update={"text": cleaned}))
        readings[name] = reading.model_copy(update={"evidence": cited})
    return signals.model_copy(update={"readings": readings}), (said.text, found)
