"""``affectkit care``: crisis cues in texts or a file: level 0-4 per category, with evidence.

Offline, rules plus conversation memory; nothing leaves the machine.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from affectkit.errors import AffectkitError, InputError

CHUNK = 256  # rows assessed (and encoded) together in file jobs


def care_command(
    texts: list[str] | None = typer.Argument(None, help="Texts to assess; '-' reads stdin line by line."),
    input_file: Path | None = typer.Option(None, "-i", "--input", help="A .txt, .csv, .jsonl or .parquet file."),
    output_file: Path | None = typer.Option(None, "-o", "--output", help="Where to write JSON lines (.jsonl)."),
    text_column: str = typer.Option("text", help="Column (or JSON field) holding the text."),
    id_column: str | None = typer.Option(None, help="Column carrying each row's id (default: row number)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object per text."),
    locale: str | None = typer.Option(None, help="Locale for resources, e.g. en-GB (or AFFECTKIT_LOCALE)."),
    conversation: bool = typer.Option(
        False, "--conversation", help="Read the texts as one person's turns in order: each with the turns before it."
    ),
    rules_only: bool = typer.Option(
        False, "--rules-only", help="Skip the emotion model and learned head: rules and memory alone (faster start)."
    ),
) -> None:
    """Assess crisis cues (suicide, self-harm, abuse, eating disorders, harm to others, acute
    distress): a level 0-4 per category, evidence spans and flags. It describes language; it
    never diagnoses.

    Examples: affectkit care "this commute is killing me" --json; affectkit care -i posts.csv -o care.jsonl
    """
    from affectkit.care.assess import assess_batch

    analyzer = None if rules_only else _analyzer()
    if input_file is not None:
        if output_file is None:
            raise AffectkitError("--input needs --output (a .jsonl file); e.g. -i posts.csv -o care.jsonl")
        _care_file(input_file, output_file, text_column, id_column, locale, analyzer)
        return
    items = list(texts or [])
    if items == ["-"]:
        items = [line.rstrip("\n") for line in sys.stdin if line.strip()]
    if not items:
        raise InputError("give at least one text, '-' for stdin, or --input FILE")
    console = Console()
    histories = [items[:index] if conversation else None for index in range(len(items))]
    for result in assess_batch(items, histories, locale, analyzer=analyzer):
        if as_json:
            typer.echo(result.model_dump_json())
            continue
        active = ", ".join(f"{name} {level}" for name, level in result.categories.items() if level) or "none"
        coverage = "" if result.covered else " (language not covered: resources only)"
        console.print(f"[bold]level {result.level} ({result.level_name})[/bold]{coverage}  {active}")
        for item in result.evidence:
            if item.effect == "raised" and item.text:
                console.print(f"  {item.category} {item.level}: [italic]{item.text}[/italic] ({item.cue})")
        flags = [name for name, on in result.flags.model_dump().items() if on]
        if flags:
            console.print(f"  flags: {', '.join(flags)}")


def _analyzer() -> Any:
    from affectkit.understand.analyzer import Analyzer

    return Analyzer()


def _care_file(
    input_file: Path, output_file: Path, text_column: str, id_column: str | None, locale: str | None, analyzer: Any
) -> None:
    from affectkit.batch.readers import BadRow, Row, check_file, input_format, read_rows
    from affectkit.care.assess import assess_batch
    from affectkit.understand.text import clean_text

    if output_file.suffix.lower() != ".jsonl":
        raise AffectkitError(f"care writes JSON lines: name the output *.jsonl, not {output_file.name}")
    check_file(input_file, input_format(input_file))
    errors_path = output_file.with_name(output_file.name + ".errors.jsonl")
    done = bad = 0
    with (
        output_file.open("w", encoding="utf-8") as out,
        errors_path.open("w", encoding="utf-8") as errors,
        Progress(
            TextColumn("care"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=Console(stderr=True)
        ) as progress,
    ):
        task = progress.add_task("care", total=None)
        chunk: list[Row] = []

        def reject(number: int, row_id: str | None, reason: str) -> None:
            nonlocal bad
            errors.write(json.dumps({"row": number, "id": row_id, "reason": reason}) + "\n")
            bad += 1

        def flush() -> None:
            nonlocal done
            good: list[tuple[Row, str]] = []
            for row in chunk:
                try:
                    good.append((row, clean_text(row.text)))
                except InputError as error:
                    reject(row.number, row.id, str(error))
            for (row, _), result in zip(good, assess_batch([t for _, t in good], None, locale, analyzer=analyzer)):
                out.write(json.dumps({"id": row.id, "care": result.model_dump()}, ensure_ascii=False) + "\n")
                done += 1
            progress.advance(task, len(chunk))
            chunk.clear()

        for row in read_rows(input_file, text_column, id_column):
            if isinstance(row, BadRow):
                reject(row.number, row.id, row.reason)
                progress.advance(task)
                continue
            chunk.append(row)
            if len(chunk) >= CHUNK:
                flush()
        flush()
    if bad == 0:
        errors_path.unlink()
    typer.echo(f"{done} rows assessed, {bad} skipped" + (f" (see {errors_path})" if bad else ""), err=True)
