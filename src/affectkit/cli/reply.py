"""``affectkit reply``: an empathetic reply, with the emotions, cause words and strategy it
was grounded on."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from affectkit.cli.choices import REPLY_STRATEGIES


def reply_command(
    message: str = typer.Argument(..., help="The message to answer."),
    llm: str = typer.Option(
        None,
        "--llm",
        help="Who writes: 'local' (llama.cpp, SmolLM2), 'local:PATH.gguf', or a server URL ending in /v1. "
        "Default: the offline composer.",
    ),
    llm_model: str = typer.Option(None, help="The model name the server expects (or AFFECTKIT_LLM_MODEL)."),
    strategy: str = typer.Option(None, help="Force a strategy: " + "; ".join(REPLY_STRATEGIES) + "."),
    chooser: str = typer.Option("rules", help="Strategy chooser: rules (from the emotions) or learned (ESConv)."),
    timeout: float = typer.Option(60.0, help="Seconds to wait for the LLM."),
    as_json: bool = typer.Option(False, "--json", help="Print the reply, its care assessment and grounding as JSON."),
    locale: str = typer.Option(None, help="Locale for crisis resources, e.g. en-GB, es-MX (or AFFECTKIT_LOCALE)."),
) -> None:
    """Reply to a message with care: the encoder reads the emotions and their cause words,
    then the composer (offline) or an LLM writes."""
    from affectkit.generate.reply import reply
    from affectkit.llm.client import get_llm

    writer = get_llm(llm, model=llm_model, timeout=timeout) if llm else None
    result = reply(message, llm=writer, strategy=strategy, chooser=chooser, locale=locale)
    if as_json:
        typer.echo(result.model_dump_json(exclude={"analysis"}))
        return
    console = Console()
    console.print(f"[bold]{result.reply}[/bold]\n")
    table = Table(show_header=False, box=None, pad_edge=False)
    coverage = "" if result.care.covered else ", language not covered"
    table.add_row("care level", f"{result.care.level} ({result.care.level_name}){coverage}")
    if result.care.level < 2 and result.care.covered:
        table.add_row("emotions", ", ".join(f"{e.label} {e.probability:.2f}" for e in result.emotions) or "none clear")
        table.add_row("cause words", ", ".join(result.cause_words) or "none")
    table.add_row("strategy", result.strategy)
    table.add_row("written by", result.produced_by + (" (offline, no LLM)" if result.produced_by == "composer" else ""))
    if result.replaced:
        table.add_row("replaced", "the LLM's reply broke: " + ", ".join(v.rule for v in result.replaced))
    if result.uncertain:
        table.add_row("note", "the emotion model is not sure; the reply says so")
    console.print(table)
