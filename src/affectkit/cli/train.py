"""``affectkit train``: your own labels, a head on the encoder's features, in seconds."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.table import Table

from affectkit.errors import AffectkitError

if TYPE_CHECKING:
    from affectkit.adapt.train import TrainedHead


def _default_out(name: str) -> Path:
    """Where a head goes without --out: the AFFECTKIT_HEADS folder when set, else ./NAME."""
    from affectkit.config import setting

    root = setting("heads", None)
    return (Path(str(root)).expanduser() if root else Path.cwd()) / name


def train_command(
    name: str = typer.Argument(..., help="The head's name: letters, digits, '_' or '-' (it names result keys)."),
    data: Path = typer.Option(..., "--data", help="Training rows: a .csv, .tsv, .jsonl or .parquet file."),
    text_column: str = typer.Option("text", help="Column (or JSON field) holding the text."),
    label_column: str = typer.Option("label", help="Column holding the label (a name, names, or a number)."),
    out: Path | None = typer.Option(
        None, "--out", help="Folder to write the head to (default: AFFECTKIT_HEADS/NAME or ./NAME)."
    ),
    multi_label: bool = typer.Option(False, "--multi-label", help="Each row may hold several labels (see --sep)."),
    sep: str = typer.Option(",", "--sep", help="What separates a multi-label row's labels."),
    task: str = typer.Option("classification", help="classification (labels are names) or regression (numbers)."),
    dev: Path | None = typer.Option(None, "--dev", help="Held-out rows to calibrate and score on (same columns)."),
    cv: int | None = typer.Option(None, "--cv", help="Cross-validation folds when there is no --dev (default 5)."),
    group_column: str | None = typer.Option(None, help="Keep each group's rows in one fold (e.g. a writer id)."),
    seed: int = typer.Option(0, help="Seed of the folds."),
    long_text: str = typer.Option(
        "truncate", help="truncate (cut at the encoder's token limit) or sentences (whole texts in sentence pieces)."
    ),
    model: str | None = typer.Option(None, help="The encoder: a shipped model name or a model directory."),
) -> None:
    """Train a head on your own labels and write it to a folder that every surface serves.

    Examples: affectkit train mood --data mood.csv --label-column mood;
    affectkit train topics --data t.jsonl --multi-label --cv 5;
    affectkit analyze --head ./mood "what a day"
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

    from affectkit.adapt.data import read_labelled
    from affectkit.adapt.train import check_head_folder, train_head

    if dev is not None and (cv is not None or group_column is not None):
        raise AffectkitError("give --dev or --cv (with --group-column), not both")
    if task == "regression" and multi_label:
        raise AffectkitError("--multi-label is for classification; drop it or use --task classification")
    target = check_head_folder(out if out is not None else _default_out(name))  # before minutes of work
    rows = read_labelled(
        data, text_column, label_column, task=task, multi_label=multi_label, sep=sep, group_column=group_column
    )
    dev_rows = (
        read_labelled(dev, text_column, label_column, task=task, multi_label=multi_label, sep=sep)
        if dev is not None
        else None
    )
    console = Console(stderr=True)
    columns = (
        TextColumn("[bold]{task.description:<12}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=False) as progress:
        tasks: dict[str, TaskID] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = progress.add_task(stage, total=total)
            progress.update(tasks[stage], completed=done, total=total)

        trained = train_head(
            name,
            rows.texts,
            rows.labels,
            task=task,
            multi_label=multi_label,
            dev=dev_rows,
            cv=cv,
            groups=rows.groups,
            seed=seed,
            encoder=model,
            target=label_column,
            long_text=long_text,
            source=rows.source,
            on_progress=update,
        )
    folder = trained.save(target)
    output = Console()
    output.print(summary_table(trained))
    output.print(summary_line(trained), highlight=False)
    console.print(f'head written to {folder}; use it with: affectkit analyze --head {folder} "some text"')


def summary_table(trained: TrainedHead) -> Table:
    """Held-out scores per label (with each label's threshold, multi-label), or a
    regression's scores; the caption names the held-out rows.

    Example:
        >>> from affectkit.adapt import train_head
        >>> from affectkit.testing import FakeEncoder
        >>> texts = [f"thanks {i}" for i in range(10)] + [f"awful {i}" for i in range(10)]
        >>> fake = FakeEncoder(cues={"thanks": "gratitude"}, hidden=8)
        >>> trained = train_head("warmth", texts, ["warm"] * 10 + ["cold"] * 10, cv=2, encoder=fake)
        >>> table = summary_table(trained)
        >>> table.row_count, table.caption
        (2, 'held out: 2-fold cross-validation')
        >>> "20 rows · temperature" in summary_line(trained)
        True
    """
    report = trained.report
    held = report["held_out"]
    where = f"the dev rows of {held['file']}" if held["kind"] == "dev" else f"{held['folds']}-fold cross-validation"
    table = Table(title=f"affectkit train · {trained.name}")
    scores = trained.scores
    if "per_label" in scores:
        table.add_column("label")
        table.add_column("rows", justify="right")
        table.add_column("precision", justify="right")
        table.add_column("recall", justify="right")
        table.add_column("F1", justify="right")
        if trained.head.multi_label:
            table.add_column("threshold", justify="right")
        counts = report["data"]["class_counts"]
        for label, row in scores["per_label"].items():
            cells = [
                label,
                str(counts.get(label, 0)),
                f"{row['precision']:.3f}",
                f"{row['recall']:.3f}",
                f"{row['f1']:.3f}",
            ]
            if trained.head.multi_label:
                cells.append(f"{trained.head.thresholds[label]:.2f}")
            table.add_row(*cells)
    else:
        table.add_column("measure")
        table.add_column("value", justify="right")
        for key, value in scores.items():
            if key != "rows":
                table.add_row(key, f"{value}")
    table.caption = f"held out: {where}"
    return table


def summary_line(trained: TrainedHead) -> str:
    """The overall held-out scores, the calibration and the time, in one line (see
    :func:`summary_table` for an example)."""
    report = trained.report
    overall = [f"{key} {value}" for key, value in trained.scores.items() if key not in ("per_label", "rows")]
    seconds = report["seconds"]
    return (
        " · ".join(overall)
        + f" · {report['data']['rows']} rows · temperature {report['temperature']} · alpha {report['alpha']} · "
        f"{seconds['total']:.1f} s ({seconds['encoding']:.1f} s encoding, {seconds['fitting']:.1f} s fitting)"
    )
