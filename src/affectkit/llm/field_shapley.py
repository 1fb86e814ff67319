"""Shapley values of a prompt's fields for a language model's answer.

A prompt is a template with named fields (Python ``{name}`` placeholders; ``{{`` and ``}}``
for literal braces). Each field has its text and a baseline (default ""). The players are
the fields; the value of a coalition is how likely the model is to give the answer after
the prompt in which the fields outside the coalition read their baselines: log P(answer)
from llama.cpp in process or a server's logprobs, or the answer's frequency over n samples
(:mod:`affectkit.llm.answer_scores`). The game is solved by
:func:`affectkit.understand.shapley.solve_game`: exact up to 10 fields, antithetic
permutation sampling within a budget above that (up to 16 fields), seeded. The values add
up to v(all fields) - v(all baselines); the residual is reported.

Fields the user marks as carrying no information (``noise=True``, e.g. a reference number)
measure "token noise": the share of the total |attribution| that falls on them.

Example:
    >>> class Count:  # a stand-in model: the value is the number of times "sad" appears
    ...     backend, model, value_kind, samples, requests = "count", "toy", "log-probability", None, 0
    ...     def score(self, prompts, answer, progress=None):
    ...         return [float(p.count("sad")) for p in prompts]
    >>> result = explain_fields("{a} {b} {c}", [PromptField("a", "sad sad"), PromptField("b", "sad"),
    ...                          PromptField("c", "ok", noise=True)], "sadness", Count())
    >>> [(f.name, round(f.value, 6)) for f in result.fields], result.noise_share
    ([('a', 2.0), ('b', 1.0), ('c', 0.0)], 0.0)
"""

from __future__ import annotations

import string
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from affectkit.errors import InputError
from affectkit.llm.answer_scores import AnswerScorer
from affectkit.understand.shapley import DEFAULT_BUDGET, EXACT_MAX, Masks, Values, solve_game

MAX_FIELDS = 16
STIMULUS_TEMPLATE = (
    "Instruction: Say which emotion the text expresses, in one word: joy, sadness, anger, fear, surprise or "
    "neutral.{stimuli}{reference}\n\nInput: {text}\nAnswer:"
)
STIMULUS_TEXT = "I failed my driving test again and everyone is laughing at me"
STIMULUS_NOISE = " Form 7Q-2291."


@dataclass(frozen=True)
class PromptField:
    """A field of a prompt template: its name, text, the baseline it reads when absent, and
    whether the user marks it as carrying no information (noise)."""

    name: str
    text: str
    baseline: str = ""
    noise: bool = False


@dataclass(frozen=True)
class FieldValue:
    """A field's Shapley value for the answer and its standard error (0 when exact)."""

    name: str
    text: str
    baseline: str
    noise: bool
    value: float
    stderr: float


@dataclass(frozen=True)
class FieldExplanation:
    """The Shapley values of a prompt's fields for one answer.

    ``full`` is v(all fields), ``baseline`` v(all baselines), ``residual`` = sum of values -
    (full - baseline); ``coalitions`` the coalitions scored, ``requests`` the model
    evaluations or server requests they took (``samples`` answers each when sampled).
    """

    answer: str
    fields: list[FieldValue]
    full: float
    baseline: float
    residual: float
    noise_share: float
    exact: bool
    coalitions: int
    requests: int
    budget: int
    seed: int
    backend: str
    model: str
    value_kind: str
    samples: int | None
    prompt: str
    seconds: float

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form.

        Example:
            >>> from affectkit.llm.field_shapley import _Length
            >>> sorted(explain_fields("{a}", [PromptField("a", "x")], "y", _Length()).as_dict())[:4]
            ['answer', 'backend', 'baseline', 'budget']
        """
        return {
            "answer": self.answer,
            "value_kind": self.value_kind,
            "backend": self.backend,
            "model": self.model,
            "samples": self.samples,
            "full": self.full,
            "baseline": self.baseline,
            "residual": self.residual,
            "noise_share": self.noise_share,
            "exact": self.exact,
            "coalitions": self.coalitions,
            "requests": self.requests,
            "budget": self.budget,
            "seed": self.seed,
            "seconds": round(self.seconds, 3),
            "prompt": self.prompt,
            "fields": [
                {
                    "name": f.name,
                    "text": f.text,
                    "baseline": f.baseline,
                    "noise": f.noise,
                    "value": f.value,
                    "stderr": f.stderr,
                }
                for f in self.fields
            ],
        }


class _Length:
    """A stand-in scorer for examples: the value is the prompt's length in characters."""

    backend, model, value_kind, samples, requests = "length", "toy", "log-probability", None, 0

    def score(self, prompts: Sequence[str], answer: str, progress: Any = None) -> list[float]:
        return [float(len(p)) for p in prompts]


def template_fields(template: str) -> list[str]:
    """The names of the fields of ``template``, in order of first use.

    Example:
        >>> template_fields("Text: {text}{stimulus} {text} {{not a field}}")
        ['text', 'stimulus']
    """
    names: list[str] = []
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as error:
        raise InputError(f"the template cannot be read ({error}); write literal braces as {{{{ and }}}}") from error
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier():
            raise InputError(
                f"the template's field {{{name}}} is not a plain name; write fields as {{name}} "
                "(letters, digits, _) and literal braces as {{ and }}"
            )
        if spec or conversion:
            raise InputError(f"the template's field {{{name}}} has a format or conversion; write it as {{{name}}}")
        if name not in names:
            names.append(name)
    return names


def check_fields(template: str, fields: Sequence[PromptField]) -> None:
    """Raise :class:`~affectkit.errors.InputError` unless the template's fields and ``fields``
    are the same names (each once), no more than ``MAX_FIELDS``.

    Example:
        >>> check_fields("{a} {b}", [PromptField("a", "x")])
        Traceback (most recent call last):
        ...
        affectkit.errors.InputError: the template uses the field {b}, which has no value; add --field b=TEXT
    """
    used = template_fields(template)
    names = [f.name for f in fields]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise InputError(f"the field {repeated[0]!r} is given more than once; give each field one value")
    for name in used:
        if name not in names:
            raise InputError(f"the template uses the field {{{name}}}, which has no value; add --field {name}=TEXT")
    for name in names:
        if name not in used:
            raise InputError(
                f"the field {name!r} is not in the template (its fields: {', '.join(used) or 'none'}); "
                f"add {{{name}}} to the template or drop the field"
            )
    if not fields:
        raise InputError("the template has no fields; mark the parts to explain as {name} and give each a value")
    if len(fields) > MAX_FIELDS:
        raise InputError(f"{len(fields)} fields, more than {MAX_FIELDS}; merge neighbouring fields into one")


def with_options(
    fields: Sequence[PromptField],
    *,
    texts: Mapping[str, str] | None = None,
    baselines: Mapping[str, str] | None = None,
    noise: Sequence[str] = (),
) -> list[PromptField]:
    """``fields`` with new texts, baselines and noise marks by field name; a name that is not
    a field is an :class:`~affectkit.errors.InputError`.

    Example:
        >>> with_options([PromptField("a", "x")], baselines={"a": "y"}, noise=["a"])
        [PromptField(name='a', text='x', baseline='y', noise=True)]
    """
    names = [f.name for f in fields]
    for kind, given in (("--field", texts or {}), ("--baseline", baselines or {}), ("--noise", noise)):
        for name in given:
            if name not in names:
                raise InputError(f"{kind} {name}: there is no field {name!r} (fields: {', '.join(names)})")
    return [
        replace(
            f,
            text=(texts or {}).get(f.name, f.text),
            baseline=(baselines or {}).get(f.name, f.baseline),
            noise=f.noise or f.name in noise,
        )
        for f in fields
    ]


def render(template: str, fields: Sequence[PromptField], keep: Sequence[bool]) -> str:
    """The prompt with the fields kept reading their text and the others their baseline.

    Example:
        >>> render("{a}, {b}!", [PromptField("a", "hello"), PromptField("b", "world", "you")], [True, False])
        'hello, you!'
    """
    return template.format(**{f.name: f.text if k else f.baseline for f, k in zip(fields, keep, strict=True)})


def noise_share(values: Sequence[float], noise: Sequence[bool]) -> float:
    """The share of the total |attribution| that falls on the fields marked as noise (0 when
    every value is 0).

    Example:
        >>> noise_share([2.0, -1.0, 1.0], [False, False, True])
        0.25
    """
    total = float(np.abs(values).sum())
    if total == 0.0:
        return 0.0
    return float(sum(abs(v) for v, marked in zip(values, noise, strict=True) if marked) / total)


def explain_fields(
    template: str,
    fields: Sequence[PromptField],
    answer: str,
    scorer: AnswerScorer,
    *,
    budget: int = DEFAULT_BUDGET,
    seed: int = 0,
    exact_max: int = EXACT_MAX,
    progress: Callable[[int, int], None] | None = None,
) -> FieldExplanation:
    """Shapley values of the fields of ``template`` for ``answer`` under ``scorer``: exact
    for up to ``exact_max`` fields, else sampled within ``budget`` coalitions, seeded.

    Example:
        >>> fields = [PromptField("a", "xxxx"), PromptField("b", "yy", baseline="y")]
        >>> result = explain_fields("{a}|{b}", fields, "z", _Length())
        >>> [f.value for f in result.fields], result.full - result.baseline, result.residual
        ([4.0, 1.0], 5.0, 0.0)
    """
    if not answer.strip():
        raise InputError("the answer is empty; give the answer text to explain, e.g. --answer sadness")
    if budget < 8:
        raise InputError(f"--budget must be at least 8 coalitions, not {budget}")
    check_fields(template, fields)
    started = time.perf_counter()
    requests_before = scorer.requests
    n = len(fields)
    scored: dict[str, float] = {}  # the same prompt text (a field equal to its baseline) is scored once

    def value(masks: Masks) -> Values:
        prompts = [render(template, fields, row) for row in masks]
        fresh = list(dict.fromkeys(p for p in prompts if p not in scored))
        scored.update(zip(fresh, scorer.score(fresh, answer, progress), strict=True))
        return np.array([scored[p] for p in prompts], dtype=np.float64)

    exact = n <= exact_max
    phi, stderr, coalitions = solve_game(n, value, exact=exact, budget=budget, seed=seed)
    full_prompt = render(template, fields, [True] * n)
    full, empty = scored[full_prompt], scored[render(template, fields, [False] * n)]
    values = [float(v) for v in phi]
    return FieldExplanation(
        answer=answer,
        fields=[
            FieldValue(f.name, f.text, f.baseline, f.noise, values[i], float(stderr[i])) for i, f in enumerate(fields)
        ],
        full=full,
        baseline=empty,
        residual=float(sum(values) - (full - empty)),
        noise_share=noise_share(values, [f.noise for f in fields]),
        exact=exact,
        coalitions=coalitions,
        requests=scorer.requests - requests_before,
        budget=budget,
        seed=seed,
        backend=scorer.backend,
        model=scorer.model,
        value_kind=scorer.value_kind,
        samples=scorer.samples,
        prompt=full_prompt,
        seconds=time.perf_counter() - started,
    )


def stimulus_prompt(
    stimuli: Sequence[str] = ("EP02", "NP04"),
    *,
    text: str = STIMULUS_TEXT,
    noise: str = STIMULUS_NOISE,
) -> tuple[str, list[PromptField]]:
    """The worked example: an emotion-labelling prompt (NegativePrompt's evaluation layout,
    "Instruction: ... Input: ... Answer:") whose fields are the text, each stimulus (appended
    to the instruction as published: ", " before an EmotionPrompt, " " before a
    NegativePrompt) and a meaningless reference number marked as noise; every baseline is "".

    Example:
        >>> template, fields = stimulus_prompt(["EP02"])
        >>> [(f.name, f.noise) for f in fields]
        [('text', False), ('ep02', False), ('reference', True)]
        >>> render(template, fields, [False, True, False]).splitlines()[0][-50:]
        ' or neutral., This is very important to my career.'
    """
    from affectkit.llm.stimuli import STIMULI, unknown_stimuli

    unknown = unknown_stimuli(stimuli)
    if unknown or not stimuli:
        raise InputError(f"unknown stimulus id(s) {unknown}; known: {', '.join(STIMULI)}")
    keys = list(dict.fromkeys(s.upper() for s in stimuli))
    placeholders = "".join(f"{{{key.lower()}}}" for key in keys)
    template = STIMULUS_TEMPLATE.replace("{stimuli}", placeholders)
    fields = [PromptField("text", text)]
    fields += [PromptField(key.lower(), (", " if key.startswith("EP") else " ") + STIMULI[key]) for key in keys]
    fields.append(PromptField("reference", noise, noise=True))
    return template, fields
