"""The eight emotional-support strategies of ESConv (Liu et al., ACL 2021), and a rule that
picks one from the detected emotions when no trained chooser is given.

Example:
    >>> from affectkit.understand.analyzer import Analyzer
    >>> choose_strategy(Analyzer().analyze("I'm terrified about my surgery tomorrow"))
    'Reflection of feelings'
"""

from __future__ import annotations

from affectkit.errors import InputError
from affectkit.types import Analysis

STRATEGIES: dict[str, str] = {
    "Question": "ask about the situation or feelings, to help the person say more",
    "Restatement or Paraphrasing": "say back, in other words, what the person said, so they feel heard",
    "Reflection of feelings": "name the feelings the person seems to have, gently",
    "Self-disclosure": "share a similar experience of your own, briefly, to show you understand",
    "Affirmation and Reassurance": "affirm the person's strengths and efforts, and reassure them",
    "Providing Suggestions": "suggest a way forward, without telling them what to do",
    "Information": "give useful facts or resources",
    "Others": "exchange pleasantries or anything else that supports them",
}

DISTRESS = frozenset(
    {"sadness", "grief", "fear", "nervousness", "disappointment", "embarrassment", "remorse", "disgust"}
)
FRUSTRATION = frozenset({"anger", "annoyance", "disapproval"})
UNCERTAINTY = frozenset({"confusion", "curiosity", "realization", "surprise"})
POSITIVE = frozenset(
    {"joy", "gratitude", "pride", "excitement", "relief", "love", "optimism", "admiration", "amusement", "approval"}
)


def choose_strategy(analysis: Analysis, labels: list[str] | None = None) -> str:
    """A strategy for replying to a message with these emotions (rules, no training).

    Distress is met with reflection of feelings, frustration with restatement (being heard
    first), confusion with information, good news with affirmation, and anything else with
    a question. ``labels`` overrides the analysis's own labels (e.g. those of one clause).
    """
    labels = labels or analysis.labels or [analysis.dominant]
    top = labels[0]
    if top in DISTRESS or (analysis.sentiment.top == "negative" and not FRUSTRATION & set(labels)):
        return "Reflection of feelings"
    if top in FRUSTRATION:
        return "Restatement or Paraphrasing"
    if top in UNCERTAINTY:
        return "Information" if top == "confusion" else "Question"
    if top in POSITIVE:
        return "Affirmation and Reassurance"
    return "Question"


def known_strategy(strategy: str | None) -> str | None:
    """``strategy`` unchanged when it is one of the eight (or None: to be chosen), else an
    :class:`~affectkit.errors.InputError` that lists them.

    Example:
        >>> known_strategy("Question")
        'Question'
        >>> known_strategy("Hugs")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        affectkit.errors.InputError: unknown strategy 'Hugs'; choose one of: Question, Restatement or Paraphrasing, ...
    """
    if strategy is not None and strategy not in STRATEGIES:
        raise InputError(f"unknown strategy {strategy!r}; choose one of: {', '.join(STRATEGIES)}")
    return strategy
