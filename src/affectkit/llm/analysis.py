"""Emotion analysis by an LLM, in the same ``Analysis`` shape as the encoder's, so the two
can be compared on the same texts with the same metrics.

Three versioned prompt templates: ``zero-shot.v1``, ``few-shot.v1`` (three examples written
for affectkit, none from an evaluation split) and ``cot.v1`` (short reasoning before the
answer). The answer is constrained by a JSON schema and its labels are checked against the
GoEmotions taxonomy (an unknown label is sent back to the model). The LLM's labels get
probability 1 and the others 0; the views follow by the usual rule. Its single VAD
judgement fills the writer, reader and combined VAD alike.

Example:
    >>> sorted(TEMPLATES)
    ['cot.v1', 'few-shot.v1', 'zero-shot.v1']
"""

from __future__ import annotations

from typing import Annotated

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from affectkit.errors import InputError
from affectkit.llm.client import LLM, Message
from affectkit.llm.stimuli import apply_stimulus
from affectkit.llm.structured import ask_structured
from affectkit.taxonomy.graph import GOEMOTIONS, TAXONOMY_VERSION
from affectkit.types import VAD, Analysis, Provenance
from affectkit.understand.analyzer import assemble_analysis
from affectkit.understand.text import clean_text
from affectkit.version import __version__

Label = Annotated[str, Field(json_schema_extra={"enum": list(GOEMOTIONS)})]
Score = Annotated[int, Field(ge=1, le=5)]


class LLMEmotions(BaseModel):
    """What the LLM is asked for."""

    model_config = ConfigDict(extra="forbid")
    labels: list[Label] = Field(min_length=1, max_length=3, description="1-3 GoEmotions labels, strongest first")
    valence: Score
    arousal: Score
    dominance: Score
    explanation: str = Field(max_length=400, description="one short sentence on why")


class LLMEmotionsWithReasoning(BaseModel):
    """The chain-of-thought answer: reasoning first, then the same fields."""

    model_config = ConfigDict(extra="forbid")
    reasoning: str = Field(max_length=600, description="two or three short sentences of reasoning")
    labels: list[Label] = Field(min_length=1, max_length=3)
    valence: Score
    arousal: Score
    dominance: Score
    explanation: str = Field(max_length=400)


class LLMAnalysis(BaseModel):
    """An LLM's analysis: the usual ``Analysis`` plus its explanation."""

    model_config = ConfigDict(frozen=True)
    analysis: Analysis
    explanation: str
    reasoning: str | None = None


_INSTRUCTIONS = (
    "Read the text and name the emotions its writer expresses, using only these labels: "
    + ", ".join(GOEMOTIONS)
    + ". Give 1 to 3 labels, strongest first ('neutral' if none). Rate valence (1 very negative to 5 very "
    "positive), arousal (1 calm to 5 excited) and dominance (1 controlled to 5 in control), and explain in "
    "one short sentence. Answer in JSON."
)
_EXAMPLES: list[tuple[str, str]] = [
    (
        "Thanks so much for staying late to help me, you're a lifesaver!",
        '{"labels": ["gratitude", "admiration"], "valence": 5, "arousal": 3, "dominance": 3, '
        '"explanation": "The writer thanks someone warmly for their help."}',
    ),
    (
        "I can't believe they cancelled my flight again without any notice.",
        '{"labels": ["annoyance", "anger"], "valence": 1, "arousal": 4, "dominance": 3, '
        '"explanation": "A repeated cancellation without notice frustrates the writer."}',
    ),
    (
        "The package should arrive sometime on Tuesday.",
        '{"labels": ["neutral"], "valence": 3, "arousal": 2, "dominance": 3, '
        '"explanation": "A plain statement of fact with no feeling expressed."}',
    ),
]
TEMPLATES = ("zero-shot.v1", "few-shot.v1", "cot.v1")


def analysis_prompt(text: str, template: str = "zero-shot.v1", stimulus: str | None = None) -> list[Message]:
    """The chat messages for one text; ``stimulus`` (e.g. EP02) is appended to the instruction.

    Example:
        >>> [m["role"] for m in analysis_prompt("so happy", "few-shot.v1")][:3]
        ['system', 'user', 'assistant']
    """
    if template not in TEMPLATES:
        raise InputError(f"unknown prompt template {template!r}; choose one of {', '.join(TEMPLATES)}")
    system = "You are an expert annotator of emotions in text."
    messages: list[Message] = [{"role": "system", "content": system}]
    if template == "few-shot.v1":
        for example, answer in _EXAMPLES:
            messages += [
                {"role": "user", "content": f"{_INSTRUCTIONS}\n\nText: {example}"},
                {"role": "assistant", "content": answer},
            ]
    ask = _INSTRUCTIONS
    if template == "cot.v1":
        ask += " First reason briefly in 'reasoning' about what the writer feels and why, then answer."
    if stimulus is not None:
        ask = apply_stimulus(ask, stimulus)
    messages.append({"role": "user", "content": f"{ask}\n\nText: {text}"})
    return messages


def _check_labels(answer: LLMEmotions | LLMEmotionsWithReasoning) -> None:
    unknown = [label for label in answer.labels if label not in GOEMOTIONS]
    if unknown:
        raise ValueError(f"labels {unknown} are not GoEmotions labels; use only: {', '.join(GOEMOTIONS)}")


def analyze_with_llm(
    llm: LLM, text: str, *, template: str = "zero-shot.v1", attempts: int = 3, stimulus: str | None = None
) -> LLMAnalysis:
    """Ask ``llm`` for the emotions of ``text``; the same ``Analysis`` shape as the encoder's.

    Example (needs an LLM)::

        result = analyze_with_llm(get_llm("local"), "I miss you so much")
        print(result.analysis.labels, result.explanation)
    """
    clean = clean_text(text, max_chars=4000)
    output: type[LLMEmotions] | type[LLMEmotionsWithReasoning] = (
        LLMEmotionsWithReasoning if template == "cot.v1" else LLMEmotions
    )
    answer = ask_structured(
        llm, analysis_prompt(clean, template, stimulus), output, attempts=attempts, check=_check_labels, max_tokens=320
    )
    labels = list(dict.fromkeys(answer.labels))
    probs = np.array([[1.0 if label in labels else 0.0 for label in GOEMOTIONS]])
    vad = VAD(valence=float(answer.valence), arousal=float(answer.arousal), dominance=float(answer.dominance))

    analysis = assemble_analysis(
        clean,
        probs[0],
        labels,
        labels[0],
        (vad, vad, vad),
        Provenance(
            model=llm.name,
            model_version=template,
            taxonomy_version=TAXONOMY_VERSION,
            affectkit_version=__version__,
            thresholds="llm",
            temperature=0.0,
            long_text="truncate",
            tokens=len(clean.split()),
            max_tokens=4000,
            truncated=False,
            segments=1,
        ),
    )
    return LLMAnalysis(
        analysis=analysis,
        explanation=answer.explanation,
        reasoning=getattr(answer, "reasoning", None),
    )
