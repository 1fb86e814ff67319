"""The emotional-stimuli experiment on a data set: a seeded sample of a GoEmotions split, run
by an LLM without and with each stimulus (see :func:`affectkit.llm.stimuli.compare_stimuli`).

Example (needs the data sets and an LLM)::

    experiment = run_stimulus_experiment(["EP02", "NP04"], llm="http://127.0.0.1:8080/v1", limit=50)
    for effect in experiment.effects:
        print(effect.stimulus, effect.relative_change, effect.ci_low, effect.ci_high)
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from affectkit.errors import InputError
from affectkit.llm.stimuli import StimulusEffect, compare_stimuli, unknown_stimuli

if TYPE_CHECKING:
    from affectkit.llm.client import LLM

STIMULUS_TASKS = ("goemotions",)


@dataclass(frozen=True)
class StimulusExperiment:
    """One run of the experiment: what ran, on which items, and each stimulus's effect.

    Example:
        >>> experiment = StimulusExperiment("goemotions", "test", "echo", [3, 7], [])
        >>> experiment.report()
        {'llm': 'echo', 'items': [3, 7], 'effects': []}
    """

    task: str
    split: str
    llm: str
    items: list[int]
    effects: list[StimulusEffect]

    def report(self) -> dict[str, Any]:
        """The JSON report: the LLM's name, the sampled item positions, the effects."""
        return {"llm": self.llm, "items": self.items, "effects": [asdict(effect) for effect in self.effects]}

    def write_report(self, path: str | Path) -> Path:
        """Write :meth:`report` as indented JSON (folders created as needed); returns the path.

        Example:
            >>> import pathlib, tempfile
            >>> path = pathlib.Path(tempfile.mkdtemp()) / "runs" / "stimuli.json"
            >>> StimulusExperiment("goemotions", "test", "echo", [1], []).write_report(path).read_text()[:9]
            '{\\n  "llm"'
        """
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(self.report(), indent=2) + "\n", encoding="utf-8")
        return target


def run_stimulus_experiment(
    stimuli: Sequence[str],
    *,
    llm: LLM | str,
    llm_model: str | None = None,
    task: str = "goemotions",
    split: str = "test",
    data: str | Path | None = None,
    limit: int | None = 50,
    template: str = "zero-shot.v1",
    progress: Callable[[str], None] | None = None,
) -> StimulusExperiment:
    """Run ``task`` on a seeded sample of ``limit`` items of ``split`` without and with each
    stimulus; the score is whether the LLM's top label is one of the gold labels.

    ``llm`` is an LLM or a spec for :func:`affectkit.llm.get_llm` (``llm_model`` names the
    server's model); the task and the stimulus ids are checked before anything is loaded.

    Example:
        >>> run_stimulus_experiment(["EP02"], llm="local", task="emobank")
        Traceback (most recent call last):
        ...
        affectkit.errors.InputError: unknown task 'emobank'; the stimuli harness runs: goemotions
    """
    from affectkit.evaluate.datasets import data_dir, load_goemotions
    from affectkit.evaluate.runner import sample_indices
    from affectkit.llm.client import get_llm
    from affectkit.taxonomy.graph import GOEMOTIONS

    if task not in STIMULUS_TASKS:
        raise InputError(f"unknown task {task!r}; the stimuli harness runs: {', '.join(STIMULUS_TASKS)}")
    unknown = unknown_stimuli(stimuli)
    if unknown:
        raise InputError(f"unknown stimulus id(s) {unknown}; see `affectkit stimuli list`")
    items = load_goemotions(data_dir(data), split)
    index = sample_indices(len(items.texts), limit)
    writer = get_llm(llm, model=llm_model) if isinstance(llm, str) else llm
    gold = [{label for label, on in zip(GOEMOTIONS, items.targets[i]) if on > 0} for i in index]
    effects = compare_stimuli(
        writer, [items.texts[i] for i in index], gold, stimuli, template=template, progress=progress
    )
    return StimulusExperiment(task, split, writer.name, index, effects)
