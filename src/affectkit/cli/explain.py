"""``affectkit explain``: which emotions the model found, how sure it is, and which words
carry each one (Shapley values by default, or occlusion), in the terminal, as JSON or as
an HTML page; with ``--care``, which words raised the care levels; with ``--conversation``,
which earlier turns and words made a turn's emotion in context and its causes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

METHODS = ("shapley", "occlusion")


def explain_command(
    text: str | None = typer.Argument(None, help="The text to explain (not with --conversation)."),
    method: str = typer.Option("shapley", help="shapley (exact up to 10 words, else sampled) or occlusion."),
    label: list[str] = typer.Option(None, "--label", help="A label to explain (repeatable; default: those detected)."),
    budget: int | None = typer.Option(
        None, help="Model calls for sampled Shapley values (default 320; 160 with --care)."
    ),
    seed: int = typer.Option(0, help="Seed of the sampled orders (the same seed gives the same values)."),
    as_json: bool = typer.Option(False, "--json", help="Print the words and their values per label as JSON."),
    html_file: Path = typer.Option(None, "--html", help="Also write a page with the words coloured by value."),
    unsure_below: float = typer.Option(0.5, help="Below this top probability the explanation says it is not sure."),
    care: bool = typer.Option(False, "--care", help="Explain the care levels (0-4) instead: which words raised them."),
    conversation: Path | None = typer.Option(
        None, "--conversation", help="Explain a turn of this conversation (.json, .jsonl or .csv) instead of a text."
    ),
    turn: int | None = typer.Option(
        None,
        "--turn",
        help="With --conversation: the turn, numbered from 1 as `affectkit conversation` shows (default: the last).",
    ),
    causes: bool = typer.Option(True, "--causes/--no-causes", help="With --conversation: explain its causes too."),
) -> None:
    """Explain which emotions the model found and which words carry each (values add up to
    the label's probability on the text minus its probability with no words); with --care,
    which words raised the care levels; with --conversation, which earlier turns and words
    made a turn's emotion in context, and which words made each cause.

    Examples: affectkit explain "I'm not happy about this at all" --json; affectkit explain --care "I want to
    kill myself"; affectkit explain --conversation talk.json --turn 3
    """
    from affectkit.errors import AffectkitError, InputError
    from affectkit.generate.explain import care_payload, conversation_payload, explanation_payload, render_html
    from affectkit.understand.analyzer import Analyzer

    if method not in METHODS:
        raise AffectkitError(f"--method must be one of {', '.join(METHODS)}, not {method!r}")
    if care and conversation is not None:
        raise InputError("--care explains a text, --conversation a turn: give one of them")
    if (conversation is None) == (text is None):
        raise InputError("give a TEXT to explain, or --conversation FILE (not both)")
    if turn is not None and conversation is None:
        raise InputError("--turn picks a turn of --conversation FILE; give the file too")
    if (care or conversation is not None) and (method != "shapley" or label):
        raise InputError(
            "--care and --conversation explain their decisions with Shapley values; drop --method and --label"
        )
    analyzer = Analyzer()
    if conversation is not None:
        from affectkit.understand.conversation import Conversation

        talk = Conversation.read(conversation)
        if turn is not None and not 1 <= turn <= len(talk.turns):
            raise InputError(f"--turn {turn} is not in {conversation.name}, which has turns 1 to {len(talk.turns)}")
        payload = conversation_payload(analyzer, talk, None if turn is None else turn - 1,
                                       budget=budget or 320, seed=seed, causes=causes)  # fmt: skip
    elif care:
        payload = care_payload(analyzer, text or "", budget=budget or 160, seed=seed)
    else:
        payload = explanation_payload(
            analyzer, text or "", method=method, labels=label or None, budget=budget or 320, seed=seed
        )
    if html_file is not None:
        html_file.write_text(render_html(payload), encoding="utf-8")
    if as_json:
        typer.echo(json.dumps(payload, ensure_ascii=False))
        return
    _print(payload, analyzer, text, unsure_below)


def _print(payload: dict[str, Any], analyzer: Any, text: str | None, unsure_below: float) -> None:
    from rich.console import Console
    from rich.markup import escape

    from affectkit.generate.explain import decision_heading, explain

    console = Console()
    if payload["decision"] == "emotion":
        console.print(explain(analyzer, text or "", unsure_below=unsure_below), markup=False, highlight=False)
    elif payload["decision"] == "care":
        if not payload["labels"]:
            console.print("Care level 0 (none): no word raised a care level, so there is nothing to explain.")
    else:
        console.print(f"Turn #{payload['turn'] + 1} ({escape(payload['speaker'])}): {escape(payload['text'])}")
    for item in payload["labels"]:
        console.print(f"\n[bold]{escape(decision_heading(item))}[/bold] ({_how(payload, item)})")
        players = [*item.get("turns", []), *item["words"]]
        largest = max((abs(p["value"]) for p in players), default=0.0) or 1.0
        for t in item.get("turns", []):
            shown = f"#{t['turn'] + 1} {escape(t['speaker'])}: {_styled(escape(t['text']), t['value'], largest)}"
            console.print(f"  {shown}  {t['value']:+.3f}", highlight=False)
        console.print(_coloured(item["words"], item.get("text", payload["text"]), largest), highlight=False)
        strongest = sorted(item["words"], key=lambda w: -abs(w["value"]))[:3]
        if strongest and payload["method"] == "shapley":
            listed = ", ".join(f"{w['word']!r} {w['value']:+.2f}" for w in strongest)
            console.print(f"  strongest words: {escape(listed)}", highlight=False)


def _how(payload: dict[str, Any], item: dict[str, Any]) -> str:
    if payload["method"] == "occlusion":
        return "occlusion: the drop when each word is removed"
    kind = "exact" if item["exact"] else f"sampled, {item['model_calls']} model calls, seed {item['seed']}"
    none = "no words"
    if item.get("decision") == "emotion" and item.get("turns"):
        none = "no earlier turns and no words"
    return f"Shapley, {kind}; values add up to {item['full']:.2f} - {item['empty']:.2f} with {none}"


def _styled(shown: str, value: float, largest: float) -> str:
    """Rich markup of an already escaped piece: green (raises) or red (lowers), bolder the
    larger its share of the largest value."""
    share = abs(value) / largest
    colour = "green" if value > 0 else "red"
    style = f"bold {colour}" if share >= 0.5 else colour if share >= 0.1 else "dim"
    return f"[{style}]{shown}[/{style}]"


def _coloured(words: list[dict[str, Any]], text: str, largest: float | None = None) -> str:
    """Rich markup: the text with each word green (raises the label) or red (lowers it),
    bolder the larger its value."""
    from rich.markup import escape

    if not words:
        return escape(text)
    largest = largest or max(abs(w["value"]) for w in words) or 1.0
    parts, previous = [], 0
    for w in words:
        parts.append(escape(text[previous : w["start"]]))
        parts.append(_styled(escape(text[w["start"] : w["end"]]), w["value"], largest))
        previous = w["end"]
    parts.append(escape(text[previous:]))
    return "".join(parts)
