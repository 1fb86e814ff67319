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

import html
from typing import Any

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


def explanation_payload(
    analyzer: Any, text: str, *, method: str, labels: list[str] | None, budget: int, seed: int
) -> dict[str, Any]:
    """The JSON form of an explanation: the text, the method and, per label, its words with
    ``word``, ``start``, ``end``, ``value`` and ``stderr``.

    Example:
        >>> from affectkit.understand.analyzer import Analyzer
        >>> p = explanation_payload(Analyzer(), "so happy", method="occlusion", labels=["joy"], budget=64, seed=0)
        >>> p["labels"][0]["words"][1]["word"]
        'happy'
    """
    from affectkit.understand.shapley import explain_shapley
    from affectkit.understand.text import clean_text

    text = clean_text(text)
    if method == "shapley":
        found = [e.as_dict() for e in explain_shapley(analyzer, text, labels, budget=budget, seed=seed)]
    else:
        found = _occlusion(analyzer, text, labels)
    return {"text": text, "method": method, "labels": found}


def _occlusion(analyzer: Any, text: str, labels: list[str] | None) -> list[dict[str, Any]]:
    from affectkit.errors import InputError
    from affectkit.generate.attribution import word_weights

    analysis = analyzer.analyze(text)
    targets = labels or list(analysis.labels or [analysis.dominant])
    unknown = [name for name in targets if name not in analysis.emotions]
    if unknown:
        raise InputError(f"unknown label {unknown[0]!r}; the model's labels are {', '.join(analysis.emotions)}")
    out = []
    for name in targets:
        weights = word_weights(analyzer, text, [name], analysis=analysis)
        out.append(
            {
                "label": name,
                "probability": round(analysis.emotions[name], 6),
                "model": f"{analysis.provenance.model}@{analysis.provenance.model_version}",
                "words": [
                    {"word": w.word, "start": w.start, "end": w.end, "value": round(w.weight, 6), "stderr": 0.0}
                    for w in weights
                ],
            }
        )
    return out


def render_html(payload: dict[str, Any]) -> str:
    """A standalone page: per label, the text with each word coloured by its value (green
    raises the label, red lowers it) and the numbers on hover.

    Example:
        >>> page = render_html({"text": "so happy", "method": "shapley", "labels": [{"label": "joy",
        ...     "probability": 0.9, "words": [{"word": "happy", "start": 3, "end": 8, "value": 0.8, "stderr": 0.0}]}]})
        >>> 'title="value +0.800' in page
        True
    """
    text = payload["text"]
    sections = []
    for item in payload["labels"]:
        words = item["words"]
        largest = max((abs(w["value"]) for w in words), default=0.0) or 1.0
        parts, previous = [], 0
        for w in words:
            parts.append(html.escape(text[previous : w["start"]]))
            alpha = min(abs(w["value"]) / largest, 1.0) * 0.8
            rgb = "22,163,74" if w["value"] > 0 else "220,38,38"
            tip = f"value {w['value']:+.3f}" + (f" ± {w['stderr']:.3f}" if w["stderr"] else "")
            parts.append(
                f'<span style="background:rgba({rgb},{alpha:.2f})" title="{tip}">'
                f"{html.escape(text[w['start'] : w['end']])}</span>"
            )
            previous = w["end"]
        parts.append(html.escape(text[previous:]))
        sections.append(
            f"<h2>{html.escape(item['label'])} {item['probability']:.2f}</h2><p class=text>{''.join(parts)}</p>"
        )
    return (
        "<!doctype html><meta charset=utf-8><title>affectkit explain</title>"
        "<style>body{font:16px system-ui;margin:2em;max-width:50em}.text{line-height:2}"
        "span{padding:2px 1px;border-radius:3px}</style>"
        f"<h1>Why the model reads this text as it does ({html.escape(payload['method'])})</h1>"
        "<p>Green words raise the label, red words lower it; hover a word for its value.</p>" + "".join(sections)
    )
