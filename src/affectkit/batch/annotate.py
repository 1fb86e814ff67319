"""Annotate a whole file: rows in, analyses out in input order, bad rows reported.

Example:
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "in.txt").write_bytes(b"so happy\\n\\xff\\n")
    >>> summary = annotate(folder / "in.txt", folder / "out.jsonl")
    >>> summary.rows_out, summary.rows_rejected
    (1, 1)
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from affectkit.batch.readers import BadRow, Row, read_rows
from affectkit.batch.writers import ResultWriter
from affectkit.errors import InputError
from affectkit.understand.text import clean_text

if TYPE_CHECKING:
    from affectkit.understand.analyzer import Analyzer


@dataclass
class AnnotationSummary:
    """What a file job did: rows read, written and rejected, where, and how long it took."""

    rows_in: int = 0
    rows_out: int = 0
    rows_rejected: int = 0
    seconds: float = 0.0
    output: str = ""
    errors_file: str | None = None
    rejected: list[BadRow] = field(default_factory=list)


def errors_path(output: Path) -> Path:
    """Where a job writes its rejected rows: ``<output>.errors.jsonl``.

    Example:
        >>> errors_path(Path("out.csv")).name
        'out.csv.errors.jsonl'
    """
    return output.with_name(output.name + ".errors.jsonl")


def annotate(
    input_path: str | Path,
    output_path: str | Path,
    *,
    analyzer: Analyzer | None = None,
    text_column: str = "text",
    id_column: str | None = None,
    chunk_size: int = 256,
    on_progress: Callable[[int], None] | None = None,
) -> AnnotationSummary:
    """Analyse every row of ``input_path`` and write results to ``output_path``.

    Bad rows (empty text, broken JSON, bad bytes, wrong field count...) go to
    ``<output>.errors.jsonl`` with their row number and reason; they never stop the job.
    ``on_progress`` is called with the number of rows handled after each chunk.

    Example:
        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "in.csv").write_text("id,text\\nx,I am furious\\n")
        >>> annotate(folder / "in.csv", folder / "out.csv", id_column="id").rows_out
        1
    """
    from affectkit.understand.analyzer import Analyzer

    analyzer = analyzer or Analyzer()
    source, target = Path(input_path), Path(output_path)
    if source.resolve() == target.resolve():
        raise InputError(f"the output {target} is the input; choose another output file")
    summary = AnnotationSummary(output=str(target))
    started = time.perf_counter()
    rows = read_rows(source, text_column, id_column)
    first = next(rows, None)  # raises file-level errors before any output is created
    writer = ResultWriter(target)
    bad_path = errors_path(target)
    bad_handle = None
    chunk: list[tuple[str, str]] = []

    def reject(bad: BadRow) -> None:
        nonlocal bad_handle
        if bad_handle is None:
            bad_handle = open(bad_path, "w", encoding="utf-8")
        bad_handle.write(json.dumps({"row": bad.number, "id": bad.id, "error": bad.reason}) + "\n")
        summary.rows_rejected += 1
        if len(summary.rejected) < 1000:
            summary.rejected.append(bad)

    def flush() -> None:
        results = analyzer.analyze_batch([text for _, text in chunk])
        writer.write([(row_id, result) for (row_id, _), result in zip(chunk, results)])
        summary.rows_out += len(results)
        if on_progress is not None:
            on_progress(summary.rows_in)
        chunk.clear()

    try:
        pending: list[Row | BadRow] = [first] if first is not None else []
        for item in itertools.chain(pending, rows):
            summary.rows_in += 1
            if isinstance(item, BadRow):
                reject(item)
                continue
            try:
                chunk.append((item.id, clean_text(item.text, max_chars=analyzer.max_chars, where="text")))
            except InputError as error:
                reject(BadRow(item.number, item.id, str(error)))
                continue
            if len(chunk) >= chunk_size:
                flush()
        flush()
    finally:
        writer.close()
        if bad_handle is not None:
            bad_handle.close()
    if summary.rows_rejected:
        summary.errors_file = str(bad_path)
    elif bad_path.exists():
        bad_path.unlink()
    summary.seconds = time.perf_counter() - started
    return summary
