"""``affectkit stimuli``: the published emotional stimuli, and their A/B effect on an LLM task."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

stimuli_app = typer.Typer(help="Emotional stimuli (EmotionPrompt EP01-EP11, NegativePrompt NP01-NP10).")


@stimuli_app.command("list")
def list_command() -> None:
    """Print every stimulus with its id and source."""
    from affectkit.llm.stimuli import SOURCES, STIMULI

    table = Table("id", "stimulus", "source")
    for key, text in STIMULI.items():
        table.add_row(key, text, SOURCES[key[:2]].split(":")[0])
    Console().print(table)


@stimuli_app.command("eval")
def eval_command(
    stimulus: list[str] = typer.Option(..., "--stimulus", help="Stimulus id(s), e.g. --stimulus EP02 --stimulus NP04."),
    task: str = typer.Option("goemotions", help="The task: goemotions (the top label is one of the gold labels)."),
    llm: str = typer.Option(..., "--llm", help="'local', 'local:PATH.gguf' or a server URL ending in /v1."),
    llm_model: str | None = typer.Option(None, help="The model name the LLM server expects."),
    limit: int = typer.Option(50, help="Items in the seeded sample of the split."),
    split: str = typer.Option("test", help="train, dev or test."),
    data: Path | None = typer.Option(None, help="Data folder (default: AFFECTKIT_DATA or ../shared/data)."),
    template: str = typer.Option("zero-shot.v1", help="Prompt template of the task."),
    report: Path | None = typer.Option(None, help="Write the results (JSON) here."),
) -> None:
    """Run a task with and without each stimulus on the same items; print the relative
    change of the score with a 95% paired bootstrap interval."""
    from affectkit.evaluate.stimuli_eval import run_stimulus_experiment

    with Console(stderr=True).status("running") as status:
        experiment = run_stimulus_experiment(
            stimulus,
            llm=llm,
            llm_model=llm_model,
            task=task,
            split=split,
            data=data,
            limit=limit,
            template=template,
            progress=status.update,
        )
    items = len(experiment.items)
    table = Table(title=f"{experiment.task} {experiment.split}, {items} items, {experiment.llm}, top label correct")
    for column in ("stimulus", "without", "with", "relative change", "95% CI", "invalid answers"):
        table.add_column(column, justify="right" if column != "stimulus" else "left")
    for effect in experiment.effects:
        table.add_row(
            effect.stimulus,
            f"{effect.baseline:.3f}",
            f"{effect.with_stimulus:.3f}",
            f"{effect.relative_change:+.1%}",
            f"[{effect.ci_low:+.1%}, {effect.ci_high:+.1%}]",
            str(effect.failures),
        )
    Console().print(table)
    if report is not None:
        experiment.write_report(report)
