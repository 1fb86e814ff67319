"""``affectkit eval``: the model and baselines side by side on a data set split."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from affectkit.errors import AffectkitError

TASKS = ("goemotions", "emobank")


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return "—" if math.isnan(value) else f"{value:.3f}"
    return "—" if value is None else str(value)


def _default_fp32() -> Path | None:
    candidate = Path("training/runs/default/model.fp32.onnx")
    return candidate if candidate.is_file() else None


def eval_command(
    task: str = typer.Argument(..., help="goemotions or emobank"),
    split: str = typer.Option("test", help="train, dev or test"),
    data: Path | None = typer.Option(None, help="Data folder (default: AFFECTKIT_DATA or ../shared/data)."),
    model: str | None = typer.Option(None, help="A shipped model name or a model directory."),
    fp32: Path | None = typer.Option(
        None, help="fp32 ONNX of the same model (default: training/runs/default/model.fp32.onnx if present)."
    ),
    report: Path | None = typer.Option(None, help="Write the full report (JSON) here."),
    plot: Path | None = typer.Option(None, help="Write plots (PNG) into this folder."),
    baselines: bool = typer.Option(True, help="Compute the baselines in the same run."),
) -> None:
    """Evaluate the emotion model against baselines: `affectkit eval goemotions --split test`."""
    from affectkit.evaluate.datasets import data_dir
    from affectkit.evaluate.runner import evaluate_emobank, evaluate_goemotions

    if task not in TASKS:
        raise AffectkitError(f"unknown task {task!r}; choose one of {', '.join(TASKS)}")
    folder = data_dir(data)
    console = Console(stderr=True)
    fp32_path = fp32 or _default_fp32()
    if fp32 is not None and not fp32.is_file():
        raise AffectkitError(f"no fp32 model at {fp32}; training/export.py writes one")
    run = evaluate_goemotions if task == "goemotions" else evaluate_emobank
    with console.status("evaluating") as status:
        result = run(
            folder,
            split,
            model=model,
            fp32=fp32_path,
            baselines=baselines,
            progress=lambda message: status.update(message),
        )
    out = Console()
    if task == "goemotions":
        _print_goemotions(out, result)
    else:
        _print_emobank(out, result)
    if fp32_path is None:
        out.print("fp32 column: not available (training/export.py writes training/runs/default/model.fp32.onnx)")
    if report is not None:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(json.dumps(result, indent=2, allow_nan=True) + "\n", encoding="utf-8")
        out.print(f"report: {report}")
    if plot is not None:
        from affectkit.evaluate.plots import write_plots

        for path in write_plots(result, plot):
            out.print(f"plot: {path}")


def _print_goemotions(out: Console, result: dict[str, Any]) -> None:
    columns = (
        "macro_f1",
        "micro_f1",
        "ekman_macro_f1",
        "ekman_micro_f1",
        "sentiment_macro_f1",
        "sentiment_micro_f1",
    )
    table = Table(title=f"GoEmotions {result['split']} ({result['texts']:,} texts)")
    table.add_column("system")
    for column in (
        "28 macro-F1",
        "28 micro-F1",
        "Ekman macro",
        "Ekman micro",
        "sentiment macro",
        "sentiment micro",
    ):
        table.add_column(column, justify="right")
    for name, scores in result["systems"].items():
        table.add_row(name, *(_fmt(scores.get(c)) for c in columns))
    for name, scores in result["published_reference"].items():
        table.add_row(f"[dim]{name} (published, not run here)[/dim]", _fmt(scores.get("macro_f1")), *["—"] * 5)
    out.print(table)
    systems = result["systems"]
    per_label = Table(title="per-label F1")
    per_label.add_column("label")
    names = [n for n in systems if "per_label_f1" in systems[n]]
    for name in names:
        per_label.add_column(name, justify="right")
    for label in systems[names[0]]["per_label_f1"]:
        per_label.add_row(label, *(_fmt(systems[n]["per_label_f1"][label]) for n in names))
    out.print(per_label)
    shipped = systems["affectkit int8"]
    out.print(
        f"int8 at a fixed 0.5 threshold: macro-F1 {shipped['fixed_0.5_macro_f1']:.3f}; "
        f"expected calibration error {shipped['ece']:.4f}; {result['seconds']:.0f} s"
    )


def _print_emobank(out: Console, result: dict[str, Any]) -> None:
    table = Table(title=f"EmoBank {result['split']} ({result['texts']:,} sentences): Pearson r")
    table.add_column("system")
    targets = list(next(iter(result["systems"].values())))
    for target in targets:
        table.add_column(target.replace("_", " "), justify="right")
    for name, scores in result["systems"].items():
        table.add_row(name, *(_fmt(scores[t]) for t in targets))
    for name, scores in result["published_reference"].items():
        table.add_row(f"[dim]{name} (published, not run here)[/dim]", *(_fmt(scores.get(t)) for t in targets))
    out.print(table)
    out.print(f"{result['seconds']:.0f} s")
