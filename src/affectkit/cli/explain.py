"""``affectkit explain``: which emotions the model found, how sure it is, and which words
carry each one (Shapley values by default, or occlusion), in the terminal, as JSON or as
an HTML page."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import typer

METHODS = ("shapley", "occlusion")


def explain_command(
    text: str = typer.Argument(..., help="The text to explain."),
    method: str = typer.Option("shapley", help="shapley (exact up to 10 words, else sampled) or occlusion."),
    label: list[str] = typer.Option(None, "--label", help="A label to explain (repeatable; default: those detected)."),
    budget: int = typer.Option(320, help="Model calls for sampled Shapley values (texts above 10 words)."),
    seed: int = typer.Option(0, help="Seed of the sampled orders (the same seed gives the same values)."),
    as_json: bool = typer.Option(False, "--json", help="Print the words and their values per label as JSON."),
    html_file: Path = typer.Option(None, "--html", help="Also write a page with the words coloured by value."),
    unsure_below: float = typer.Option(0.5, help="Below this top probability the explanation says it is not sure."),
) -> None:
    """Explain which emotions the model found and which words carry each (values add up to
    the label's probability on the text minus its probability with no words)."""
    from affectkit.errors import AffectkitError
    from affectkit.generate.explain import explain
    from affectkit.understand.analyzer import Analyzer

    if method not in METHODS:
        raise AffectkitError(f"--method must be one of {', '.join(METHODS)}, not {method!r}")
    analyzer = Analyzer()
    payload = explanation_payload(analyzer, text, method=method, labels=label or None, budget=budget, seed=seed)
    if html_file is not None:
        html_file.write_text(render_html(payload), encoding="utf-8")
    if as_json:
        typer.echo(json.dumps(payload, ensure_ascii=False))
        return
    from rich.console import Console

    console = Console()
    console.print(explain(analyzer, text, unsure_below=unsure_below), markup=False, highlight=False)
    for item in payload["labels"]:
        console.print(f"\n[bold]{item['label']}[/bold] {item['probability']:.2f} ({_how(payload, item)})")
        console.print(_coloured(item["words"], payload["text"]), highlight=False)


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


def _how(payload: dict[str, Any], item: dict[str, Any]) -> str:
    if payload["method"] == "occlusion":
        return "occlusion: the drop when each word is removed"
    kind = "exact" if item["exact"] else f"sampled, {item['model_calls']} model calls, seed {item['seed']}"
    return f"Shapley, {kind}; values add up to {item['full']:.2f} - {item['empty']:.2f} with no words"


def _coloured(words: list[dict[str, Any]], text: str) -> str:
    """Rich markup: the text with each word green (raises the label) or red (lowers it),
    bolder the larger its value."""
    from rich.markup import escape

    if not words:
        return escape(text)
    largest = max(abs(w["value"]) for w in words) or 1.0
    parts, previous = [], 0
    for w in words:
        parts.append(escape(text[previous : w["start"]]))
        share = abs(w["value"]) / largest
        colour = "green" if w["value"] > 0 else "red"
        style = f"bold {colour}" if share >= 0.5 else colour if share >= 0.1 else "dim"
        parts.append(f"[{style}]{escape(text[w['start'] : w['end']])}[/{style}]")
        previous = w["end"]
    parts.append(escape(text[previous:]))
    return "".join(parts)


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
