"""Choose the engine of a file job and check its options: ``in-process`` (:func:`annotate`,
resumable, with care assessments) or ``ray`` (:func:`annotate_ray`, an actor pool on Ray Data).

:func:`prepare_annotation` checks everything a job can be told before it starts (the
engine, the options that engine takes, the analyser, the output folder) and returns an
:class:`AnnotationJob` that knows its engine and its row count; ``job.run()`` runs it.
:func:`annotate_file` does both.

Example:
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "in.txt").write_text("so happy for you\\nthis is awful\\n")
    >>> job = prepare_annotation(folder / "in.txt", folder / "out.jsonl")
    >>> job.engine, job.total
    ('in-process', 2)
    >>> job.run().rows_out
    2
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from affectkit.batch.annotate import DEFAULT_CHUNK_SIZE, AnnotationSummary, annotate
from affectkit.batch.readers import count_rows
from affectkit.errors import FileInputError, InputError

if TYPE_CHECKING:
    from affectkit.understand.analyzer import Analyzer

ENGINES = ("in-process", "ray")
LONG_TEXT = ("truncate", "sentences")


@dataclass(frozen=True)
class AnnotationJob:
    """A checked file job: its engine, files, and the rows to expect (None when not counted).

    Example:
        >>> job = prepare_annotation("in.txt", "out.jsonl", engine="ray")
        >>> job.engine, job.total
        ('ray', None)
    """

    engine: str
    input: Path
    output: Path
    total: int | None
    start: Callable[[Callable[[int], None] | None], AnnotationSummary] = field(repr=False, compare=False)

    def run(self, on_progress: Callable[[int], None] | None = None) -> AnnotationSummary:
        """Run the job; ``on_progress`` gets the number of rows handled so far (the
        in-process engine calls it after each chunk)."""
        return self.start(on_progress)


def prepare_annotation(
    input_path: str | Path,
    output_path: str | Path,
    *,
    engine: str = "in-process",
    analyzer: Analyzer | None = None,
    model: str | None = None,
    thresholds: float | dict[str, float] | None = None,
    long_text: str = "truncate",
    text_column: str = "text",
    id_column: str | None = None,
    resume: bool = False,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    care: bool = False,
    workers: int | None = None,
    address: str | None = None,
    heads: Sequence[str | Path] | None = None,
    language: str | None = None,
) -> AnnotationJob:
    """Check a file job and choose its engine; nothing is written yet.

    The in-process engine takes ``analyzer`` or builds one from ``model``, ``thresholds``
    and ``long_text``; it resumes (``resume``), commits ``chunk_size`` rows at a time and
    adds care assessments (``care``). The Ray engine loads an analyser in each of
    ``workers`` actors from the same three settings, on a local Ray or the cluster at
    ``address``; it neither resumes nor assesses care. ``heads``: your own heads (folders
    or names), whose results each row carries (``custom`` in JSON lines, ``custom_*``
    columns in tables). ``language``: ``auto`` (identify each row's language and route it),
    ``en`` or an ISO 639-1 code (see :class:`~affectkit.understand.analyzer.Analyzer`).

    Example:
        >>> prepare_annotation("in.txt", "out.jsonl", engine="ray", care=True)
        Traceback (most recent call last):
        ...
        affectkit.errors.InputError: --care runs with the in-process engine for now; drop --engine ray
    """
    source, target = Path(input_path), Path(output_path)
    if engine not in ENGINES:
        raise InputError(f"--engine must be in-process or ray, not {engine!r}")
    if engine == "ray":
        if care:
            raise InputError("--care runs with the in-process engine for now; drop --engine ray")
        if resume:
            raise InputError("--resume is for the in-process engine; a Ray job re-runs from the start")
        if analyzer is not None:
            raise InputError("the Ray engine loads an analyser in each actor; give model, thresholds and long_text")
        from affectkit.models.custom_head import CustomHead

        head_folders = [str(CustomHead.load(head).folder) for head in heads or ()]

        def run_on_ray(on_progress: Callable[[int], None] | None) -> AnnotationSummary:
            from affectkit.batch.ray_engine import annotate_ray

            return annotate_ray(
                source,
                target,
                model=model,
                thresholds=thresholds,
                long_text=long_text,
                text_column=text_column,
                id_column=id_column,
                workers=workers,
                address=address,
                on_progress=on_progress,
                heads=head_folders,
                language=language,
            )

        return AnnotationJob("ray", source, target, None, run_on_ray)
    if analyzer is not None and heads:
        raise InputError("give the heads to the analyser (Analyzer(heads=...)) or here, not both")
    if analyzer is None:
        from affectkit.understand.analyzer import Analyzer

        if long_text not in LONG_TEXT:
            raise InputError(f"--long-text must be 'truncate' or 'sentences', not {long_text!r}")
        analyzer = Analyzer(
            model=model,
            thresholds=thresholds,
            long_text="sentences" if long_text == "sentences" else "truncate",
            heads=heads,
            language=language,
        )
    if not target.parent.is_dir():
        raise FileInputError(f"the output folder {target.parent} does not exist; create it first")
    total = count_rows(source) if source.exists() else None
    chosen = analyzer

    def run_in_process(on_progress: Callable[[int], None] | None) -> AnnotationSummary:
        return annotate(
            source,
            target,
            analyzer=chosen,
            text_column=text_column,
            id_column=id_column,
            on_progress=on_progress,
            resume=resume,
            chunk_size=chunk_size,
            care=care,
        )

    return AnnotationJob("in-process", source, target, total, run_in_process)


def annotate_file(
    input_path: str | Path,
    output_path: str | Path,
    *,
    engine: str = "in-process",
    analyzer: Analyzer | None = None,
    model: str | None = None,
    thresholds: float | dict[str, float] | None = None,
    long_text: str = "truncate",
    text_column: str = "text",
    id_column: str | None = None,
    resume: bool = False,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    care: bool = False,
    workers: int | None = None,
    address: str | None = None,
    on_progress: Callable[[int], None] | None = None,
    heads: Sequence[str | Path] | None = None,
    language: str | None = None,
) -> AnnotationSummary:
    """Annotate a file on the engine chosen (see :func:`prepare_annotation`).

    Example:
        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "in.txt").write_text("thanks a lot\\n")
        >>> annotate_file(folder / "in.txt", folder / "out.csv", engine="in-process").rows_out
        1
    """
    job = prepare_annotation(
        input_path,
        output_path,
        engine=engine,
        analyzer=analyzer,
        model=model,
        thresholds=thresholds,
        long_text=long_text,
        text_column=text_column,
        id_column=id_column,
        resume=resume,
        chunk_size=chunk_size,
        care=care,
        workers=workers,
        address=address,
        heads=heads,
        language=language,
    )
    return job.run(on_progress)
