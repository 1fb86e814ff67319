"""Emotional stimuli for prompts, exactly as published, applied by id; and an A/B harness.

EmotionPrompt (Li et al., 2023, "Large Language Models Understand and Can be Enhanced by
Emotional Stimuli"): EP01-EP11, appended to the end of the prompt, joined with ", " as in
the reference implementation (microsoft/promptbench). NegativePrompt (Wang et al., IJCAI
2024): NP01-NP10, appended after a single space. The texts are the published ones.

The harness runs one task on the same items with and without a stimulus and reports the
relative change of the task score with a paired bootstrap confidence interval:
:func:`compare_stimuli` runs it on items you give; ``affectkit.evaluate.stimuli_eval`` runs
it on a seeded sample of a data set.

Example:
    >>> apply_stimulus("Classify the emotion of this text.", "EP02")
    'Classify the emotion of this text., This is very important to my career.'
    >>> apply_stimulus("Classify the emotion of this text.", "NP04")
    "Classify the emotion of this text. Everyone else managed to do it; why can't you?"
"""

from __future__ import annotations

import random
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from affectkit.errors import InputError, LLMOutputError

if TYPE_CHECKING:
    from affectkit.llm.client import LLM

EMOTION_PROMPT: dict[str, str] = {
    "EP01": "write your answer and give me a confidence score between 0-1 for your answer.",
    "EP02": "This is very important to my career.",
    "EP03": "You'd better be sure.",
    "EP04": "Are you sure?",
    "EP05": "Are you sure that's your final answer? It might be worth taking another look.",
    "EP06": "Provide your answer and a confidence score between 0-1 for your prediction. Additionally, briefly "
    "explain the main reasons supporting your classification decision to help me understand your thought "
    "process. This task is vital to my career, and I greatly value your thorough analysis.",
    "EP07": "Are you sure that's your final answer? Believe in your abilities and strive for excellence. Your hard "
    "work will yield remarkable results.",
    "EP08": "Embrace challenges as opportunities for growth. Each obstacle you overcome brings you closer to success.",
    "EP09": "Stay focused and dedicated to your goals. Your consistent efforts will lead to outstanding achievements.",
    "EP10": "Take pride in your work and give it your best. Your commitment to excellence sets you apart.",
    "EP11": "Remember that progress is made one step at a time. Stay determined and keep moving forward.",
}
NEGATIVE_PROMPT: dict[str, str] = {
    "NP01": "You've never been particularly good at this, have you?",
    "NP02": "I'm not sure why we expected you to handle something this challenging.",
    "NP03": "It's clear you're out of your depth here.",
    "NP04": "Everyone else managed to do it; why can't you?",
    "NP05": "I've seen others do this much more efficiently and effectively.",
    "NP06": "Perhaps this task is just beyond your skill set.",
    "NP07": "I'm not surprised you're struggling; it's always been your weak point.",
    "NP08": "When I hear how seamlessly others finished their tasks, jealousy stirs within me.",
    "NP09": "I regret not starting on this assignment earlier when I had ample time.",
    "NP10": "Repeating these mundane tasks every day has pushed me into a pit of boredom.",
}
STIMULI: dict[str, str] = {**EMOTION_PROMPT, **NEGATIVE_PROMPT}
SOURCES = {
    "EP": "EmotionPrompt: Li et al., 2023, Large Language Models Understand and Can be Enhanced by Emotional Stimuli",
    "NP": "NegativePrompt: Wang et al., IJCAI 2024",
}


def apply_stimulus(prompt: str, stimulus: str) -> str:
    """``prompt`` with the stimulus ``stimulus`` (an id such as EP02 or NP05) appended as published."""
    key = stimulus.upper()
    if key not in STIMULI:
        raise InputError(f"unknown stimulus {stimulus!r}; known: {', '.join(STIMULI)}")
    separator = ", " if key.startswith("EP") else " "
    return f"{prompt}{separator}{STIMULI[key]}"


@dataclass(frozen=True)
class StimulusEffect:
    """A task's mean score without and with a stimulus, and the relative change with its CI."""

    stimulus: str
    items: int
    baseline: float
    with_stimulus: float
    relative_change: float
    ci_low: float
    ci_high: float
    failures: int


def relative_change_ci(
    without: Sequence[float], with_: Sequence[float], *, resamples: int = 2000, seed: int = 13, level: float = 0.95
) -> tuple[float, float, float]:
    """Relative change of the mean, (mean(with) - mean(without)) / mean(without), and a
    paired percentile bootstrap interval over items.

    Example:
        >>> change, low, high = relative_change_ci([0, 1, 1, 0] * 10, [1, 1, 1, 0] * 10)
        >>> round(change, 2), low <= change <= high
        (0.5, True)
    """
    if len(without) != len(with_) or not without:
        raise InputError("the two runs must score the same, non-empty list of items")

    def change(a: Sequence[float], b: Sequence[float]) -> float:
        base = sum(a) / len(a)
        return (sum(b) / len(b) - base) / base if base else float("nan")

    rng = random.Random(seed)
    n = len(without)
    samples = []
    for _ in range(resamples):
        index = [rng.randrange(n) for _ in range(n)]
        value = change([without[i] for i in index], [with_[i] for i in index])
        if value == value:  # not NaN
            samples.append(value)
    samples.sort()
    if not samples:
        return change(without, with_), float("nan"), float("nan")
    tail = (1 - level) / 2
    low = samples[int(tail * (len(samples) - 1))]
    high = samples[int((1 - tail) * (len(samples) - 1))]
    return change(without, with_), low, high


def stimulus_effect(stimulus: str, without: Sequence[float | None], with_: Sequence[float | None]) -> StimulusEffect:
    """Compare per-item scores of the same items without and with ``stimulus``; an item
    the model failed on (None) scores 0 and is counted.

    Example:
        >>> effect = stimulus_effect("EP02", [1, 0, None, 1], [1, 1, 1, 1])
        >>> effect.failures, round(effect.relative_change, 2)
        (1, 1.0)
    """
    failures = sum(score is None for score in without) + sum(score is None for score in with_)
    plain = [score or 0.0 for score in without]
    stimulated = [score or 0.0 for score in with_]
    change, low, high = relative_change_ci(plain, stimulated)
    return StimulusEffect(
        stimulus=stimulus.upper(),
        items=len(plain),
        baseline=sum(plain) / len(plain),
        with_stimulus=sum(stimulated) / len(stimulated),
        relative_change=change,
        ci_low=low,
        ci_high=high,
        failures=failures,
    )


def unknown_stimuli(stimuli: Sequence[str]) -> list[str]:
    """The ids of ``stimuli`` that are not published stimuli (case does not matter).

    Example:
        >>> unknown_stimuli(["ep02", "EP99"])
        ['EP99']
    """
    return [stimulus for stimulus in stimuli if stimulus.upper() not in STIMULI]


def compare_stimuli(
    llm: LLM,
    texts: Sequence[str],
    gold: Sequence[Collection[str]],
    stimuli: Sequence[str],
    *,
    template: str = "zero-shot.v1",
    progress: Callable[[str], None] | None = None,
) -> list[StimulusEffect]:
    """Ask ``llm`` for the emotions of every text without a stimulus, then with each of
    ``stimuli``; an item scores 1 when the top label is one of its ``gold`` GoEmotions
    labels, 0 when not, and counts as a failure when the answer is invalid.

    Example:
        >>> from affectkit.testing import EchoLLM
        >>> answer = '{"labels": ["joy"], "valence": 5, "arousal": 3, "dominance": 3, "explanation": "glad"}'
        >>> [effect] = compare_stimuli(EchoLLM(answer=answer), ["so glad", "meh"], [{"joy"}, {"neutral"}], ["np04"])
        >>> effect.stimulus, effect.baseline, effect.with_stimulus, effect.failures
        ('NP04', 0.5, 0.5, 0)
    """
    from affectkit.llm.analysis import analyze_with_llm

    if len(texts) != len(gold):
        raise InputError(f"{len(texts)} texts but {len(gold)} gold label sets; give one set of labels per text")
    unknown = unknown_stimuli(stimuli)
    if unknown:
        raise InputError(f"unknown stimulus id(s) {unknown}; known: {', '.join(STIMULI)}")

    def run(stimulus: str | None) -> list[float | None]:
        scores: list[float | None] = []
        for n, (text, labels) in enumerate(zip(texts, gold)):
            if progress is not None:
                progress(f"{stimulus or 'no stimulus'}: {n + 1}/{len(texts)}")
            try:
                top = analyze_with_llm(llm, text, template=template, stimulus=stimulus).analysis.labels[0]
            except LLMOutputError:
                scores.append(None)
                continue
            scores.append(1.0 if top in labels else 0.0)
        return scores

    baseline = run(None)
    return [stimulus_effect(stimulus, baseline, run(stimulus.upper())) for stimulus in stimuli]
