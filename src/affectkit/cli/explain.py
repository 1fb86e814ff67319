"""``affectkit explain``: which emotions the model found, how sure it is, and which words
carry each one (Shapley values by default, or occlusion), in the terminal, as JSON or as
an HTML page."""

from __future__ import annotations

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
    from affectkit.generate.explain import explain, explanation_payload, render_html
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
