"""``affectkit stimuli``: the published emotional stimuli, and their A/B effect on an LLM task."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from affectkit.errors import AffectkitError, LLMOutputError

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
    from affectkit.evaluate.datasets import data_dir, load_goemotions
    from affectkit.evaluate.runner import sample_indices
    from affectkit.llm.analysis import analyze_with_llm
    from affectkit.llm.client import get_llm
    from affectkit.llm.stimuli import STIMULI, stimulus_effect
    from affectkit.taxonomy.graph import GOEMOTIONS

    if task != "goemotions":
        raise AffectkitError(f"unknown task {task!r}; the stimuli harness runs: goemotions")
    unknown = [s for s in stimulus if s.upper() not in STIMULI]
    if unknown:
        raise AffectkitError(f"unknown stimulus id(s) {unknown}; see `affectkit stimuli list`")
    folder = data_dir(data)
    items = load_goemotions(folder, split)
    index = sample_indices(len(items.texts), limit)
    writer = get_llm(llm, model=llm_model)
    console = Console(stderr=True)

    def run(stim: str | None, status: object) -> list[float | None]:
        scores: list[float | None] = []
        for n, i in enumerate(index):
            status.update(f"{stim or 'no stimulus'}: {n + 1}/{len(index)}")  # type: ignore[attr-defined]
            try:
                top = analyze_with_llm(writer, items.texts[i], template=template, stimulus=stim).analysis.labels[0]
            except LLMOutputError:
                scores.append(None)
                continue
            scores.append(1.0 if items.targets[i, GOEMOTIONS.index(top)] > 0 else 0.0)
        return scores

    with console.status("running") as status:
        baseline = run(None, status)
        effects = [stimulus_effect(s, baseline, run(s.upper(), status)) for s in stimulus]
    table = Table(title=f"{task} {split}, {len(index)} items, {writer.name}, top label correct")
    for column in ("stimulus", "without", "with", "relative change", "95% CI", "invalid answers"):
        table.add_column(column, justify="right" if column != "stimulus" else "left")
    for effect in effects:
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
        report.parent.mkdir(parents=True, exist_ok=True)
        rows = [effect.__dict__ for effect in effects]
        report.write_text(json.dumps({"llm": writer.name, "items": index, "effects": rows}, indent=2) + "\n")
