"""``affectkit analyze``: texts, a file, or stdin in; a table or JSON lines out."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.table import Table

from affectkit.cli.choices import VIEW_CHOICES, view_choices
from affectkit.cli.render import analysis_table
from affectkit.config import DEFAULTS
from affectkit.errors import AffectkitError, InputError

if TYPE_CHECKING:
    from rich.progress import Progress

    from affectkit.batch.annotate import AnnotationSummary
    from affectkit.batch.engines import AnnotationJob
    from affectkit.types import Analysis
    from affectkit.understand.analyzer import Analyzer


def _analyzer(
    model: str | None,
    threshold: float | None,
    long_text: str,
    heads: list[str] | None = None,
    language: str | None = None,
) -> Analyzer:
    from affectkit.understand.analyzer import Analyzer

    if long_text not in ("truncate", "sentences"):
        raise AffectkitError(f"--long-text must be 'truncate' or 'sentences', not {long_text!r}")
    return Analyzer(
        model=model,
        thresholds=threshold,
        long_text="sentences" if long_text == "sentences" else "truncate",
        heads=heads or None,
        language=language,
    )


def analyze_command(
    texts: list[str] | None = typer.Argument(None, help="Texts to analyse; '-' reads stdin line by line."),
    input_file: Path | None = typer.Option(None, "-i", "--input", help="A .txt, .csv, .jsonl or .parquet file."),
    output_file: Path | None = typer.Option(None, "-o", "--output", help="Where to write: .jsonl, .csv or .parquet."),
    text_column: str = typer.Option("text", help="Column (or JSON field) holding the text."),
    id_column: str | None = typer.Option(None, help="Column carrying each row's id (default: row number)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON lines (one full analysis per text)."),
    view: str = typer.Option(
        "goemotions", help="What the table shows: " + "|".join(VIEW_CHOICES) + ", or a registered view."
    ),
    model: str | None = typer.Option(None, help="A shipped model name or a model directory."),
    threshold: float | None = typer.Option(None, help="One threshold for every label (default: calibrated per label)."),
    long_text: str = typer.Option("truncate", help="truncate (flagged) or sentences (split and aggregate)."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted --input job from its last commit."),
    chunk_size: int = typer.Option(DEFAULTS["chunk_size"], help="Rows per committed chunk for --input jobs."),
    engine: str = typer.Option("in-process", help="in-process, or ray (Ray Data; needs affectkit[ray])."),
    ray_address: str | None = typer.Option(None, help="An existing Ray cluster (default: start a local Ray)."),
    workers: int | None = typer.Option(None, help="Ray actors, each with its own analyser (default: CPUs - 1)."),
    language: str | None = typer.Option(
        None,
        "--lang",
        help="auto (identify each text; the default, or AFFECTKIT_LANGUAGE), en (the English model for every text), "
        "or an ISO 639-1 code to read every text as that language.",
    ),
    care: bool = typer.Option(False, "--care", help="Add each row's care assessment (crisis cues) to --input jobs."),
    heads: list[str] | None = typer.Option(
        None,
        "--head",
        help="Your own head (a folder from affectkit train, or its name in AFFECTKIT_HEADS); repeatable.",
    ),
) -> None:
    """Analyse the emotions of texts, a file, or stdin.

    Examples: affectkit analyze "I miss you"; affectkit analyze -i posts.csv -o out.jsonl --id-column id;
    cat lines.txt | affectkit analyze - --json
    """
    choices = view_choices()
    if view not in choices:
        raise AffectkitError(f"--view must be one of {', '.join(choices)}, not {view!r}")
    if input_file is not None:
        if texts:
            raise AffectkitError("give texts or --input, not both")
        if output_file is None:
            raise AffectkitError("--input needs --output (a .jsonl, .csv or .parquet file to write)")
        from affectkit.batch.engines import prepare_annotation

        job = prepare_annotation(
            input_file,
            output_file,
            engine=engine,
            model=model,
            thresholds=threshold,
            long_text=long_text,
            text_column=text_column,
            id_column=id_column,
            resume=resume,
            chunk_size=chunk_size,
            care=care,
            workers=workers,
            address=ray_address,
            heads=heads or None,
            language=language,
        )
        if job.engine == "ray":
            _analyze_file_ray(job)
        else:
            _analyze_file(job)
        return
    if care:
        raise AffectkitError("--care is for --input files; for texts use `affectkit care`")
    if output_file is not None:
        raise AffectkitError("--output is for --input files; for texts use --json and redirect")
    if not texts:
        raise AffectkitError('nothing to analyse: give texts, "-" for stdin, or --input FILE')
    analyzer = _analyzer(model, threshold, long_text, heads, language)
    if texts == ["-"]:
        _analyze_stdin(analyzer, as_json, view)
        return
    results = analyzer.analyze_batch(texts)
    if as_json:
        for result in results:
            typer.echo(result.model_dump_json())
    else:
        console = Console()
        console.print(analysis_table(results, view))
        if analyzer.heads:
            console.print(_custom_table(results))


def _custom_table(results: list[Analysis], ids: list[str] | None = None) -> Table:
    """Your own heads' results, one row per text and head: the labels on with their scores, or the value."""
    table = Table(title="affectkit · your heads")
    table.add_column("#" if ids is None else "id", style="dim")
    table.add_column("head")
    table.add_column("result")
    for position, result in enumerate(results):
        for name, custom in result.custom.items():
            if custom.value is not None:
                shown = f"{custom.value:.3f}"
            else:
                scores = custom.scores or {}
                shown = ", ".join(f"{label} {scores[label]:.2f}" for label in custom.labels or []) or "-"
            table.add_row(str(position + 1) if ids is None else ids[position], name, shown)
    return table


def _analyze_file_ray(job: AnnotationJob) -> None:
    console = Console(stderr=True)
    with console.status("annotating on Ray"):
        summary = job.run()
    _print_summary(console, summary, engine="ray")


def _analyze_stdin(analyzer: Analyzer, as_json: bool, view: str) -> None:
    console = Console()
    rejected = 0
    for number, raw in enumerate(sys.stdin.buffer, start=1):
        line = raw.rstrip(b"\r\n")
        if not line.strip():
            continue
        try:
            result = analyzer.analyze(line)
        except InputError as error:
            rejected += 1
            typer.echo(f"line {number} skipped: {error}", err=True)
            continue
        if as_json:
            sys.stdout.write(result.model_dump_json() + "\n")
            sys.stdout.flush()
        else:
            console.print(analysis_table([result], view, ids=[str(number)]))
            if result.custom:
                console.print(_custom_table([result], ids=[str(number)]))
    if rejected:
        typer.echo(f"{rejected} line(s) skipped", err=True)


def rows_progress(console: Console, title: str) -> Progress:
    """The progress bar of a file job: rows done of all, rows a second, time spent and left
    (the task takes a ``rate`` field).

    Example:
        >>> rows_progress(Console(stderr=True), "annotating").columns[0].text_format
        '[bold]annotating'
    """
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn(f"[bold]{title}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} rows/s"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    )
    return Progress(*columns, console=console, transient=False)


def _analyze_file(job: AnnotationJob) -> None:
    console = Console(stderr=True)
    with rows_progress(console, "annotating") as progress:
        task = progress.add_task("annotate", total=job.total, rate="-")

        first: list[tuple[int, float]] = []

        def update(done: int) -> None:
            if not first:  # a resumed job starts part-way; rate counts this session only
                first.append((done, progress.get_time()))
                progress.update(task, completed=done)
                return
            base, since = first[0]
            rate = (done - base) / max(progress.get_time() - since, 1e-9)
            progress.update(task, completed=done, rate=f"{rate:,.0f}")

        summary = job.run(on_progress=update)
        progress.update(task, total=summary.rows_in, completed=summary.rows_in)
    _print_summary(console, summary)


def _print_summary(console: Console, summary: AnnotationSummary, engine: str = "in-process") -> None:
    """The end-of-job summary both engines print; a job that rejected every row fails."""
    console.print(
        f"rows in {summary.rows_in:,} · rows out {summary.rows_out:,} · rejected {summary.rows_rejected:,} · "
        f"{summary.seconds:.1f} s · output {summary.output}" + (f" · engine {engine}" if engine != "in-process" else "")
    )
    if summary.errors_file:
        console.print(f"rejected rows and reasons: {summary.errors_file}")
        for bad in summary.rejected[:5]:
            console.print(f"  row {bad.number}: {bad.reason}")
    if summary.rows_in and not summary.rows_out and summary.rows_rejected:
        raise AffectkitError(f"every row of {Path(summary.input).name} was rejected; see {summary.errors_file}")
