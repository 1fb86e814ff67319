"""Every evaluation by name: ``run_task("goemotions", split="test")`` runs it and returns a
:class:`TaskResult`; :func:`write_report` and :func:`write_task_plots` write what it found.

The registry :data:`TASKS` maps each task name to what it evaluates and the function that
runs it; the CLI (``affectkit eval``), Python code and a service call the same functions.

Example:
    >>> list(TASKS)[:3]
    ['goemotions', 'emobank', 'esconv']
    >>> try:
    ...     run_task("sst2")
    ... except InputError as error:
    ...     print(error)  # doctest: +ELLIPSIS
    unknown task 'sst2'; choose one of goemotions, emobank, esconv, memory, meld, dailydialog, reccon, care, ..., xed
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from affectkit.errors import InputError

if TYPE_CHECKING:
    from affectkit.llm.client import LLM

Progress = Callable[[str], None]
BACKENDS = ("encoder", "llm")
# The fp32 model compared with the shipped int8 one when none is given and training wrote it.
DEFAULT_FP32 = Path("training/runs/default/model.fp32.onnx")
CONVERSATION_TASKS = ("meld", "dailydialog", "reccon")
# The care report has always been written without a final newline; kept, so reports compare byte for byte.
_NO_FINAL_NEWLINE = ("care",)


@dataclass(frozen=True)
class TaskOptions:
    """The settings of one evaluation run; each task reads the ones it uses.

    ``limit`` is the LLM's sample (default 100) for ``--backend llm``, the LLM's sample for
    esconv, the number of queries (default 1000) for memory, and the IRF test posts whose
    evidence is scored (default 200; 0 skips it) for imhi, and the test lines per language
    for xed (default all). ``languages`` and ``cache`` (a folder for its vectors) are xed's.
    """

    split: str = "test"
    model: str | None = None
    fp32: Path | None = None
    baselines: bool = True
    backend: str = "encoder"
    llm: LLM | str | None = None
    llm_model: str | None = None
    limit: int | None = None
    template: str = "zero-shot.v1"
    sets: tuple[str, ...] | None = None
    languages: tuple[str, ...] | None = None
    cache: Path | None = None


@dataclass(frozen=True)
class TaskResult:
    """What one evaluation found.

    ``report`` is the full report (what :func:`write_report` writes: scores, versions,
    settings, checksums); ``backend`` is ``llm`` when an LLM was evaluated beside the
    encoder on a sample; ``fp32`` is the fp32 model compared, if any.

    Example:
        >>> TaskResult("meld", "test", {"systems": {}}).backend
        'encoder'
    """

    task: str
    split: str
    report: dict[str, Any]
    backend: str = "encoder"
    fp32: Path | None = None


@dataclass(frozen=True)
class Task:
    """A registered evaluation: its name, what it measures, and the function that runs it."""

    name: str
    summary: str
    run: Callable[[str, Path, TaskOptions, Progress | None], TaskResult]
    default_split: str = "test"


def _llm(spec: LLM | str | None, model: str | None) -> LLM | None:
    from affectkit.llm.client import get_llm

    if spec is None or spec == "":
        return None
    return get_llm(spec, model=model) if isinstance(spec, str) else spec


def _fp32(options: TaskOptions) -> Path | None:
    if options.fp32 is not None and not options.fp32.is_file():
        raise InputError(f"no fp32 model at {options.fp32}; training/export.py writes one")
    if options.fp32 is not None:
        return options.fp32
    return DEFAULT_FP32 if DEFAULT_FP32.is_file() else None


def _run_labelled(name: str, folder: Path, options: TaskOptions, progress: Progress | None) -> TaskResult:
    """GoEmotions or EmoBank: the shipped model, the fp32 model and baselines, or the encoder
    beside an LLM on a sample (GoEmotions only)."""
    from affectkit.evaluate.runner import evaluate_emobank, evaluate_goemotions, evaluate_goemotions_llm

    if options.backend == "llm":
        if name != "goemotions":
            raise InputError("--backend llm evaluates goemotions (the LLM gives one VAD judgement, not EmoBank's)")
        writer = _llm(options.llm, options.llm_model)
        if writer is None:
            raise InputError("--backend llm needs --llm: 'local', 'local:PATH.gguf' or a server URL ending in /v1")
        report = evaluate_goemotions_llm(
            folder,
            options.split,
            writer,
            limit=options.limit or 100,
            template=options.template,
            model=options.model,
            progress=progress,
        )
        return TaskResult(name, options.split, report, backend="llm")
    fp32 = _fp32(options)
    run = evaluate_goemotions if name == "goemotions" else evaluate_emobank
    report = run(folder, options.split, model=options.model, fp32=fp32, baselines=options.baselines, progress=progress)
    return TaskResult(name, options.split, report, fp32=fp32)


def _run_esconv(name: str, folder: Path, options: TaskOptions, progress: Progress | None) -> TaskResult:
    from affectkit.evaluate.runner import evaluate_esconv

    writer = _llm(options.llm, options.llm_model)
    report = evaluate_esconv(folder, options.split, llm=writer, limit=options.limit, progress=progress)
    return TaskResult(name, options.split, report)


def _run_memory(name: str, folder: Path, options: TaskOptions, progress: Progress | None) -> TaskResult:
    from affectkit.evaluate.memory_eval import evaluate_memory

    report = evaluate_memory(folder, options.split, queries=options.limit or 1000, progress=progress)
    return TaskResult(name, options.split, report)


def _run_conversation(name: str, folder: Path, options: TaskOptions, progress: Progress | None) -> TaskResult:
    from affectkit.evaluate.conversation_eval import evaluate_conversations

    report = evaluate_conversations(folder, name, options.split, progress=progress)
    return TaskResult(name, options.split, report)


def _run_care(name: str, folder: Path, options: TaskOptions, progress: Progress | None) -> TaskResult:
    from affectkit.evaluate.care_eval import GOEMOTIONS_DISTRESS, evaluate_care
    from affectkit.understand.analyzer import Analyzer

    analyzer = Analyzer(model=options.model)

    def emotion_model_alone(texts: Any) -> list[int]:
        return [2 if set(a.labels) & set(GOEMOTIONS_DISTRESS) else 0 for a in analyzer.analyze_batch(list(texts))]

    found = folder if folder.is_dir() else None
    report = evaluate_care(found, goemotions=emotion_model_alone, analyzer=analyzer, progress=progress)
    return TaskResult(name, options.split, report)


def _run_wassa(name: str, folder: Path, options: TaskOptions, progress: Progress | None) -> TaskResult:
    from affectkit.evaluate.wassa_eval import evaluate_wassa

    report = evaluate_wassa(folder, options.split, model=options.model, baselines=options.baselines, progress=progress)
    return TaskResult(name, options.split, report)


def _run_imhi(name: str, folder: Path, options: TaskOptions, progress: Progress | None) -> TaskResult:
    from affectkit.evaluate.imhi_eval import EVIDENCE_POSTS, evaluate_imhi

    report = evaluate_imhi(
        folder, options.split, sets=options.sets, model=options.model, baselines=options.baselines,
        evidence_posts=options.limit if options.limit is not None else EVIDENCE_POSTS, progress=progress,
    )  # fmt: skip
    return TaskResult(name, options.split, report)


def _run_xed(name: str, folder: Path, options: TaskOptions, progress: Progress | None) -> TaskResult:
    from affectkit.evaluate.xed_eval import evaluate_xed

    if options.split != "test":
        raise InputError(f"xed scores its seeded split's test lines (train and val fit the head), not {options.split}")
    report = evaluate_xed(
        folder, languages=options.languages, limit=options.limit, model=options.model, baselines=options.baselines,
        cache=options.cache, progress=progress,
    )  # fmt: skip
    return TaskResult(name, options.split, report)


TASKS: dict[str, Task] = {
    task.name: task
    for task in (
        Task("goemotions", "28 emotion labels, Ekman and sentiment views, against baselines", _run_labelled),
        Task("emobank", "valence, arousal and dominance (Pearson r), against baselines", _run_labelled),
        Task("esconv", "support strategy choice: proficiency Q and preference bias B", _run_esconv),
        Task("memory", "Emotional RAG recall on DailyDialog, every strategy and weight", _run_memory),
        Task("meld", "emotion in conversation, with and without context", _run_conversation),
        Task("dailydialog", "emotion in conversation, with and without context", _run_conversation),
        Task("reccon", "emotion causes: causal pairs and cause spans", _run_conversation),
        Task("care", "crisis cues: written cases, T-SID, SDCNL, against keywords and the model alone", _run_care),
        Task("wassa", "essay writers' empathy and distress (Pearson r), against TF-IDF + ridge", _run_wassa, "dev"),
        Task("imhi", "mental-health signals (IMHI weighted-F1), against majority, TF-IDF + LR, published", _run_imhi),
        Task("xed", "Plutchik-8 per language (XED): multilingual head, TF-IDF + LR, English model", _run_xed),
    )
}


def run_task(
    name: str,
    *,
    split: str | None = None,
    data: str | Path | None = None,
    model: str | None = None,
    fp32: Path | None = None,
    baselines: bool = True,
    backend: str = "encoder",
    llm: LLM | str | None = None,
    llm_model: str | None = None,
    limit: int | None = None,
    template: str = "zero-shot.v1",
    sets: tuple[str, ...] | None = None,
    languages: tuple[str, ...] | None = None,
    cache: Path | None = None,
    progress: Progress | None = None,
) -> TaskResult:
    """Run the evaluation ``name`` (see :data:`TASKS`) on ``split`` of the data in ``data``
    (default: ``AFFECTKIT_DATA`` or ../shared/data); ``split`` defaults to the task's own
    (``test``; ``dev`` for wassa, whose test essays have no public gold). See
    :class:`TaskOptions` for the rest; ``sets`` picks the imhi task's sets (default: all),
    ``languages`` the xed task's languages (default: all).

    ``llm`` is an LLM or a spec for :func:`affectkit.llm.get_llm`; ``progress`` gets short
    status messages. The name and backend are checked before the data folder.

    Example:
        >>> run_task("goemotions", backend="gpu")
        Traceback (most recent call last):
        ...
        affectkit.errors.InputError: --backend must be encoder or llm, not 'gpu'
    """
    from affectkit.evaluate.datasets import data_dir

    if name not in TASKS:
        raise InputError(f"unknown task {name!r}; choose one of {', '.join(TASKS)}")
    if backend not in BACKENDS:
        raise InputError(f"--backend must be encoder or llm, not {backend!r}")
    folder = data_dir(data)
    chosen = split or TASKS[name].default_split
    options = TaskOptions(
        chosen, model, fp32, baselines, backend, llm, llm_model, limit, template, sets, languages, cache
    )
    return TASKS[name].run(name, folder, options, progress)


def write_report(result: TaskResult, path: str | Path) -> Path:
    """Write the result's full report as indented JSON (folders created as needed); returns the path.

    Example:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "runs" / "meld.json"
        >>> write_report(TaskResult("meld", "test", {"turns": 3}), path).read_text()
        '{\\n  "turns": 3\\n}\\n'
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(result.report, indent=2)
    target.write_text(text if result.task in _NO_FINAL_NEWLINE else text + "\n", encoding="utf-8")
    return target


def write_task_plots(result: TaskResult, folder: str | Path) -> list[Path]:
    """Write the plots the result supports into ``folder``; returns their paths (none for the
    conversation, care and esconv tasks and for an LLM run).

    Example:
        >>> write_task_plots(TaskResult("reccon", "test", {}), "unused")
        []
    """
    target = Path(folder)
    if result.task == "memory":
        from affectkit.evaluate.memory_eval import write_tradeoff_plot

        return [write_tradeoff_plot(result.report, target / "memory-tradeoff.png")]
    if result.task in ("goemotions", "emobank") and result.backend == "encoder":
        from affectkit.evaluate.plots import write_plots

        return write_plots(result.report, target)
    return []
