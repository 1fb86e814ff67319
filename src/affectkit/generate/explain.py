"""A plain-language explanation of the encoder's decision: which emotions, how sure, and
the words that drove them (occlusion). When the calibrated confidence is low it says so
in the first person ("I'm not sure, but..."), the wording found to reduce over-reliance.

Example:
    >>> from affectkit.understand.analyzer import Analyzer
    >>> explain(Analyzer(), "My grandmother passed away last night.").startswith("This reads as sadness")
    True
    >>> explain(Analyzer(), "I got the job!!").startswith("I'm not sure, but")
    True
"""

from __future__ import annotations

from affectkit.generate.attribution import cause_words
from affectkit.understand.analyzer import Analyzer

UNSURE_BELOW = 0.5


def explain(analyzer: Analyzer, text: str, *, unsure_below: float = UNSURE_BELOW) -> str:
    """One or two sentences on what the encoder found in ``text`` and why."""
    analysis = analyzer.analyze(text)
    labels = [label for label in analysis.labels if label != "neutral"][:3]
    if not labels:
        top, probability = max(
            ((k, v) for k, v in analysis.emotions.items() if k != "neutral"), key=lambda item: item[1]
        )
        if analysis.dominant == "neutral":
            return (
                f"I don't find a clear emotion here: it reads as neutral ({analysis.emotions['neutral']:.2f}); "
                f"the likeliest emotion, {top}, has only {probability:.2f}."
            )
        labels = [top]
    parts = [f"{label} ({analysis.emotions[label]:.2f})" for label in labels]
    named = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    sure = max(analysis.emotions[label] for label in labels) >= unsure_below
    causes = [w.word for w in cause_words(analyzer, analysis.text, analysis=analysis, labels=labels)]
    opening = f"This reads as {named}" if sure else f"I'm not sure, but this may express {named}"
    quoted = ", ".join(repr(word) for word in causes)
    because = f", mostly because of the word{'s' if len(causes) > 1 else ''} {quoted}" if causes else ""
    tail = "." if sure else "; the model's confidence is low, so treat this as a guess."
    return f"{opening}{because}{tail}"
