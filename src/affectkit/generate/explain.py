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
    return {"decision": "emotion", "text": text, "method": method, "labels": found}


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


def care_payload(
    analyzer: Any, text: str, *, budget: int, seed: int, history: list[str] | None = None, locale: str | None = None
) -> dict[str, Any]:
    """The JSON form of a care explanation: the text, its overall level and, per level
    explained (the overall one, then each category at 1 or more), its words with ``word``,
    ``start``, ``end``, ``value`` and ``stderr`` (values in level points).

    Example:
        >>> p = care_payload(None, "I want to kill myself", budget=64, seed=0)
        >>> p["decision"], p["level"], p["labels"][0]["label"]
        ('care', 3, 'overall')
    """
    from affectkit.care.assess import MAX_CARE_CHARS
    from affectkit.care.care_explain import explain_care
    from affectkit.understand.text import clean_text

    text = clean_text(text, max_chars=MAX_CARE_CHARS)
    found = explain_care(text, history, locale, analyzer=analyzer, budget=budget, seed=seed)
    level = found[0].level if found else 0
    return {"decision": "care", "text": text, "method": "shapley", "level": level,
            "labels": [e.as_dict() for e in found]}  # fmt: skip


def conversation_payload(
    analyzer: Any,
    conversation: Any,
    turn: int | None,
    *,
    budget: int,
    seed: int,
    causes: bool = True,
    max_causes: int | None = None,
    heads: Any = None,
    corpus: str | None = None,
) -> dict[str, Any]:
    """The JSON form of a conversation turn's explanation: the turn (0-based), its speaker
    and text and, per decision (its emotion in context, then each cause), the earlier turns
    (``turn``, ``start``, ``end``, ``value``, ``stderr``) and words (``word``, ...) with
    their values.

    Example:
        >>> from affectkit.understand.conversation import Conversation
        >>> talk = Conversation.from_records([{"speaker": "A", "text": "My dog died yesterday."},
        ...                                   {"speaker": "B", "text": "Oh no."}])
        >>> p = conversation_payload(None, talk, None, budget=64, seed=0)
        >>> p["turn"], [(d["decision"], d["label"]) for d in p["labels"]]
        (1, [('emotion', 'sadness'), ('cause', 'sadness')])
    """
    from affectkit.understand.conversation_explain import explain_turn

    found = explain_turn(conversation, turn, analyzer, heads=heads, corpus=corpus, causes=causes,
                         max_causes=max_causes, budget=budget, seed=seed)  # fmt: skip
    target = found[0].turn
    return {"decision": "conversation", "turn": target, "speaker": conversation.turns[target].speaker,
            "text": found[0].text, "method": "shapley", "labels": [d.as_dict() for d in found]}  # fmt: skip


def decision_heading(item: dict[str, Any]) -> str:
    """The heading of one explained decision of a payload (turns numbered from 1, as
    ``affectkit conversation`` shows them).

    Example:
        >>> decision_heading({"label": "suicidal_ideation", "level": 3, "level_name": "high"})
        'suicidal_ideation: level 3 (high)'
        >>> decision_heading({"decision": "cause", "label": "sadness", "turn": 2, "cause": 0, "probability": 0.61})
        "turn #1 as a cause of turn #3's sadness: 0.61"
    """
    if "level" in item:
        return f"{item['label']}: level {item['level']} ({item['level_name']})"
    if item.get("decision") == "cause":
        cause, turn = item["cause"] + 1, item["turn"] + 1
        return f"turn #{cause} as a cause of turn #{turn}'s {item['label']}: {item['probability']:.2f}"
    if "turn" in item:
        return f"turn #{item['turn'] + 1}'s emotion in context: {item['label']} {item['probability']:.2f}"
    return f"{item['label']} {item['probability']:.2f}"


def _marked(text: str, words: list[dict[str, Any]], largest: float) -> str:
    parts, previous = [], 0
    for w in words:
        parts.append(html.escape(text[previous : w["start"]]))
        parts.append(_span(text[w["start"] : w["end"]], w, largest))
        previous = w["end"]
    parts.append(html.escape(text[previous:]))
    return "".join(parts)


def _span(shown: str, player: dict[str, Any], largest: float) -> str:
    alpha = min(abs(player["value"]) / largest, 1.0) * 0.8
    rgb = "22,163,74" if player["value"] > 0 else "220,38,38"
    tip = f"value {player['value']:+.3f}" + (f" ± {player['stderr']:.3f}" if player["stderr"] else "")
    return f'<span style="background:rgba({rgb},{alpha:.2f})" title="{tip}">{html.escape(shown)}</span>'


def render_html(payload: dict[str, Any]) -> str:
    """A standalone page: per decision, the text with each word coloured by its value (green
    raises the label, red lowers it) and the numbers on hover; earlier turns, when they are
    players, are listed above it, coloured the same way.

    Example:
        >>> page = render_html({"text": "so happy", "method": "shapley", "labels": [{"label": "joy",
        ...     "probability": 0.9, "words": [{"word": "happy", "start": 3, "end": 8, "value": 0.8, "stderr": 0.0}]}]})
        >>> 'title="value +0.800' in page
        True
    """
    sections = []
    for item in payload["labels"]:
        words, turns = item["words"], item.get("turns", [])
        largest = max((abs(p["value"]) for p in [*words, *turns]), default=0.0) or 1.0
        listed = "".join(
            f"<li>#{t['turn'] + 1} {html.escape(t['speaker'])}: {_span(t['text'], t, largest)}</li>" for t in turns
        )
        sections.append(
            f"<h2>{html.escape(decision_heading(item))}</h2>"
            + (f"<ul class=turns>{listed}</ul>" if listed else "")
            + f"<p class=text>{_marked(item.get('text', payload['text']), words, largest)}</p>"
        )
    if not sections:
        sections.append("<p>Nothing to explain: the decision is at its lowest (no care level was raised).</p>")
    return (
        "<!doctype html><meta charset=utf-8><title>affectkit explain</title>"
        "<style>body{font:16px system-ui;margin:2em;max-width:50em}.text,.turns{line-height:2}"
        "span{padding:2px 1px;border-radius:3px}</style>"
        f"<h1>Why the model reads this text as it does ({html.escape(payload['method'])})</h1>"
        "<p>Green words raise the label, red words lower it; hover a word for its value.</p>" + "".join(sections)
    )
