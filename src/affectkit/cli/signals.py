"""``affectkit signals``: mental-health signals of texts or a file (depression language,
stress and its cause, loneliness, wellness dimensions, interpersonal risk, T-SID), each with a
probability and the words that carry it, and one sentence that describes the language
without diagnosing; ``--llm`` has an LLM write the explanation in IMHI's form.

Offline unless ``--llm`` names a server; the readings describe language, never a person.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console
from rich.markup import escape

from affectkit.errors import AffectkitError, InputError

if TYPE_CHECKING:
    from affectkit.care.signal_types import Signals
    from affectkit.generate.signal_explain import SignalExplanation

CARE_POINTER = 2
"""From this care level the output points to ``affectkit care`` (crisis cues and resources)."""


def signals_command(
    texts: list[str] | None = typer.Argument(None, help="Texts to read; '-' reads stdin line by line."),
    input_file: Path | None = typer.Option(None, "-i", "--input", help="A .txt, .csv, .tsv, .jsonl or .parquet file."),
    output_file: Path | None = typer.Option(None, "-o", "--output", help="Where to write: .jsonl or .csv."),
    text_column: str = typer.Option("text", help="Column (or JSON field) holding the text."),
    id_column: str | None = typer.Option(None, help="Column carrying each row's id (default: row number)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object (the Signals) per text."),
    evidence: bool | None = typer.Option(
        None, "--evidence/--no-evidence", help="The words that carry each label (default: on for texts, off for files)."
    ),
    budget: int = typer.Option(96, help="Encoder passes to find one text's evidence (Shapley coalitions)."),
    seed: int = typer.Option(0, help="Seed of the sampled coalitions (the same seed gives the same evidence)."),
    llm: str | None = typer.Option(
        None,
        "--llm",
        help="An LLM writes the explanation in IMHI's form: 'local' (llama.cpp), 'local:PATH.gguf', or a server "
        "URL ending in /v1 (it gets the text with emails, numbers, URLs and handles replaced).",
    ),
    llm_model: str | None = typer.Option(None, help="The model name the server expects (or AFFECTKIT_LLM_MODEL)."),
    timeout: float = typer.Option(60.0, help="Seconds to wait for the LLM."),
) -> None:
    """Read mental-health signals in texts: each flagged signal with its label, probability
    and the words that carry it, and one sentence on the language. It is not a diagnosis.

    Examples: affectkit signals "I can't sleep before the deadline" --json;
    affectkit signals -i posts.csv --id-column id -o signals.csv
    """
    if input_file is not None:
        if texts:
            raise AffectkitError("give texts or --input, not both")
        if output_file is None:
            raise AffectkitError("--input needs --output (a .jsonl or .csv file to write)")
        if llm or as_json:
            raise AffectkitError(f"{'--llm' if llm else '--json'} is for texts; a file job writes --output")
        _signals_file(input_file, output_file, text_column, id_column, bool(evidence), budget, seed)
        return
    if output_file is not None:
        raise AffectkitError("--output is for --input files; for texts use --json and redirect")
    items = list(texts or [])
    if items == ["-"]:
        items = [line.rstrip("\r\n") for line in sys.stdin if line.strip()]
    if not items:
        raise InputError("give at least one text, '-' for stdin, or --input FILE")
    from affectkit.care.mh_signals import signals_batch

    analyzer, bundle = _readers()
    writer = _llm(llm, llm_model, timeout) if llm else None
    want = True if evidence is None else evidence
    results = signals_batch(items, evidence=want, budget=budget, seed=seed, analyzer=analyzer, bundle=bundle)
    console = Console()
    for number, (text, result) in enumerate(zip(items, results, strict=True), start=1):
        explanation = None
        if writer is not None:
            from affectkit.generate.signal_explain import explain_signals

            explanation = explain_signals(result, text, writer)
        if as_json:
            payload = result.model_dump(mode="json")
            if explanation is not None:
                payload["explanation"] = explanation.model_dump(mode="json")
            typer.echo(json.dumps(payload, ensure_ascii=False))
            continue
        _print_result(console, number, text, result, explanation, several=len(items) > 1)


def _readers() -> tuple[Any, Any]:
    """The analyser (the encoder) and the signal heads' bundle (tests replace this)."""
    from affectkit.care.signal_bundle import load_signal_heads
    from affectkit.understand.analyzer import Analyzer

    return Analyzer(), load_signal_heads()


def _llm(spec: str, model: str | None, timeout: float) -> Any:
    from affectkit.llm.client import get_llm

    return get_llm(spec, model=model, timeout=timeout)


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _print_result(
    console: Console,
    number: int,
    text: str,
    result: Signals,
    explanation: SignalExplanation | None,
    *,
    several: bool,
) -> None:
    """One text's flagged signals (label, probability, evidence words), its sentence, the
    LLM's explanation when asked, and a pointer to ``affectkit care`` at care level 2+."""
    if several:
        console.print(f"[bold]{number}.[/bold] [dim]{escape(_short(text))}[/dim]")
    flagged = [reading for reading in result.readings.values() if reading.flagged]
    if result.covered and not flagged:
        console.print("  no signal flagged", soft_wrap=True)
    width = max((len(reading.name) for reading in flagged), default=0)
    for reading in flagged:
        labels = ", ".join(f"{label} {reading.scores.get(label, 0.0):.2f}" for label in reading.labels)
        words = ", ".join(dict.fromkeys(f"'{e.text}'" for e in reading.evidence)) or "-"
        console.print(
            f"  [bold]{reading.name:<{width}}[/bold]  {escape(labels)}  [italic]{escape(words)}[/italic]",
            soft_wrap=True,
        )
    console.print(f"  {escape(result.summary)}", soft_wrap=True)
    if explanation is not None:
        who = "the template sentence above" if explanation.written_by == "template" else explanation.written_by
        console.print(f"  [bold]explanation[/bold] (written by {escape(who)}):")
        if explanation.written_by != "template":
            for line in explanation.text.splitlines():
                console.print(f"    {escape(line)}", soft_wrap=True)
        if explanation.note:
            console.print(f"    [dim]{escape(explanation.note)}[/dim]")
        if explanation.redacted:
            removed = ", ".join(f"{count} {kind}" for kind, count in explanation.redacted.items())
            console.print(f"    [dim]replaced before it left this machine: {removed}[/dim]")
    care = result.care
    if care is not None and care.level >= CARE_POINTER:
        console.print(
            f"  [bold]care level {care.level} ({care.level_name})[/bold]: this text has crisis cues; "
            "run `affectkit care` on it for the cues and crisis resources",
            soft_wrap=True,
        )
    if several:
        console.print()


def _signals_file(
    input_file: Path, output_file: Path, text_column: str, id_column: str | None, evidence: bool, budget: int, seed: int
) -> None:
    from affectkit.batch.readers import check_file, count_rows, input_format
    from affectkit.batch.signals_file import SIGNAL_OUTPUTS, annotate_signals
    from affectkit.cli.analyze import _print_summary, rows_progress

    if output_file.suffix.lower() not in SIGNAL_OUTPUTS:  # before the model loads
        raise AffectkitError(
            f"signals are written as .jsonl or .csv: name the output *.csv or *.jsonl, not {output_file.name}"
        )
    check_file(input_file, input_format(input_file))
    analyzer, bundle = _readers()
    console = Console(stderr=True)
    total = count_rows(input_file) if input_file.is_file() else None
    with rows_progress(console, "signals") as progress:
        task = progress.add_task("signals", total=total, rate="-")
        started = progress.get_time()

        def update(done: int) -> None:
            rate = done / max(progress.get_time() - started, 1e-9)
            progress.update(task, completed=done, rate=f"{rate:,.0f}")

        summary = annotate_signals(
            input_file,
            output_file,
            text_column=text_column,
            id_column=id_column,
            evidence=evidence,
            budget=budget,
            seed=seed,
            analyzer=analyzer,
            bundle=bundle,
            on_progress=update,
        )
        progress.update(task, total=summary.rows_in, completed=summary.rows_in)
    _print_summary(console, summary)
