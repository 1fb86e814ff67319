"""Mental-health signals of a whole file: rows in (.txt, .csv, .tsv, .jsonl, .parquet), one
result per good row out (.jsonl: the whole ``Signals``; .csv: a column pair per signal), in
input order, bad rows written to ``<output>.errors.jsonl`` with their reason, never dropped
or repeated.

The output holds no text of the input (rows carry their ids; the summary sentence quotes
the evidence words only when ``evidence`` is on). Evidence is off by default: each text's
evidence costs about ``budget`` encoder passes.

Example:
    >>> signal_columns(["stress", "tsid"], evidence=False)[-4:]
    ('stress', 'stress_p', 'tsid', 'tsid_p')
"""

from __future__ import annotations

import csv
import itertools
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from affectkit.batch.annotate import AnnotationSummary, errors_path
from affectkit.batch.readers import BadRow, Row, check_file, input_format, read_rows
from affectkit.care.mh_signals import DEFAULT_BUDGET, MAX_SIGNAL_CHARS, signals_batch
from affectkit.care.signal_bundle import SignalBundle, load_signal_heads
from affectkit.errors import InputError, UnsupportedFormatError
from affectkit.understand.text import clean_text

if TYPE_CHECKING:
    from affectkit.care.signal_types import Signals

SIGNAL_OUTPUTS = (".jsonl", ".csv")
SIGNAL_CHUNK = 256
"""Rows read together (one encoder pass); with evidence each text is still explained alone."""
BASE_COLUMNS = ("id", "language", "covered", "flagged", "care_level", "summary")


def signal_columns(names: Sequence[str], *, evidence: bool) -> tuple[str, ...]:
    """The columns of a .csv output: the row's id, language, coverage, flagged signals, care
    level and summary, then per signal its decided labels (joined by ``;``) and the
    probability of the strongest (``<signal>_p``), and its evidence words with ``evidence``.

    Example:
        >>> signal_columns(["stress"], evidence=True)
        ('id', 'language', 'covered', 'flagged', 'care_level', 'summary', 'stress', 'stress_p', 'stress_evidence')
    """
    columns: list[str] = list(BASE_COLUMNS)
    for name in names:
        columns += [name, f"{name}_p"] + ([f"{name}_evidence"] if evidence else [])
    return tuple(columns)


def signal_record(row_id: str, result: Signals, names: Sequence[str], *, evidence: bool) -> dict[str, Any]:
    """One .csv row of :func:`signal_columns` (empty signal cells for a language not read).

    Example:
        >>> from affectkit.care.signal_types import Signals, SignalsProvenance
        >>> none = Signals(text_chars=3, language="de", covered=False, summary="not read",
        ...                provenance=SignalsProvenance(bundle="b@1", encoder="e@1", long_text="truncate"))
        >>> signal_record("7", none, ["stress"], evidence=False)["stress"]
        ''
    """
    record: dict[str, Any] = {
        "id": row_id,
        "language": result.language,
        "covered": result.covered,
        "flagged": ";".join(result.flagged),
        "care_level": result.care.level if result.care is not None else "",
        "summary": result.summary,
    }
    for name in names:
        reading = result.readings.get(name)
        record[name] = ";".join(reading.labels) if reading is not None else ""
        record[f"{name}_p"] = round(reading.probability, 6) if reading is not None else ""
        if evidence:
            record[f"{name}_evidence"] = " | ".join(e.text for e in reading.evidence) if reading is not None else ""
    return record


def annotate_signals(
    input_path: str | Path,
    output_path: str | Path,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    evidence: bool = False,
    budget: int = DEFAULT_BUDGET,
    seed: int = 0,
    analyzer: Any = None,
    bundle: SignalBundle | None = None,
    chunk_size: int = SIGNAL_CHUNK,
    on_progress: Callable[[int], None] | None = None,
) -> AnnotationSummary:
    """Read every signal of every row of ``input_path`` and write them to ``output_path``
    (.jsonl: ``{"id": ..., "signals": {...}}`` per row; .csv: :func:`signal_columns`).
    ``on_progress`` gets the number of rows handled so far (read, written or rejected).

    Example:
        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "in.txt").write_bytes(b"a quiet walk by the river\\n\\xff\\n")
        >>> summary = annotate_signals(folder / "in.txt", folder / "out.csv")
        >>> summary.rows_out, summary.rows_rejected
        (1, 1)
    """
    from affectkit.understand.analyzer import Analyzer

    source, target = Path(input_path), Path(output_path)
    fmt = target.suffix.lower()
    if fmt not in SIGNAL_OUTPUTS:
        raise UnsupportedFormatError(
            f"cannot write {target.name}: signals are written as {' or '.join(SIGNAL_OUTPUTS)}; change the extension"
        )
    if source.exists() and target.exists() and source.resolve() == target.resolve():
        raise InputError(f"the output {target} is the input; choose another output file")
    if chunk_size < 1:
        raise InputError(f"chunk_size must be at least 1, not {chunk_size}")
    if budget < 8:
        raise InputError(f"--budget must be at least 8 model calls, not {budget}")
    check_file(source, input_format(source))
    rows = read_rows(source, text_column, id_column)
    first = next(rows, None)  # file-level errors (a missing column) before any output is created
    bundle = bundle or load_signal_heads()
    analyzer = analyzer or Analyzer()
    names = [spec.name for spec in bundle.signals]
    summary = AnnotationSummary(input=str(source), output=str(target))
    bad_path = errors_path(target)
    started = time.perf_counter()
    with (
        open(target, "w", encoding="utf-8", newline="") as out,
        open(bad_path, "w", encoding="utf-8") as bad,
    ):
        table = csv.DictWriter(out, fieldnames=signal_columns(names, evidence=evidence)) if fmt == ".csv" else None
        if table is not None:
            table.writeheader()
        chunk: list[Row] = []

        def write(row: Row, result: Signals) -> None:
            if table is not None:
                table.writerow(signal_record(row.id, result, names, evidence=evidence))
            else:
                out.write(json.dumps({"id": row.id, "signals": result.model_dump(mode="json")}, ensure_ascii=False))
                out.write("\n")
            summary.rows_out += 1

        def flush() -> None:
            done_before = summary.rows_in - len(chunk)

            def progress(stage: str, done: int, total: int) -> None:
                if on_progress is not None and stage == "evidence":
                    on_progress(done_before + done)

            for row, result in _read_chunk(chunk, bad, summary, evidence=evidence, budget=budget, seed=seed,
                                           analyzer=analyzer, bundle=bundle, progress=progress):  # fmt: skip
                write(row, result)
            chunk.clear()
            if on_progress is not None:
                on_progress(summary.rows_in)

        pending: list[Row | BadRow] = [first] if first is not None else []
        for item in itertools.chain(pending, rows):
            summary.rows_in += 1
            if isinstance(item, BadRow):
                summary.reject(item, bad)
                continue
            try:
                clean_text(item.text, max_chars=MAX_SIGNAL_CHARS, where="text")
            except InputError as error:
                summary.reject(BadRow(item.number, item.id, str(error)), bad)
                continue
            chunk.append(item)
            if len(chunk) >= chunk_size:
                flush()
        flush()
    return summary.finish(bad_path, started)


def _read_chunk(
    chunk: list[Row],
    bad: TextIO,
    summary: AnnotationSummary,
    *,
    evidence: bool,
    budget: int,
    seed: int,
    analyzer: Any,
    bundle: SignalBundle,
    progress: Callable[[str, int, int], None],
) -> list[tuple[Row, Signals]]:
    """The signals of a chunk's rows, in order; when the chunk as a whole is refused (a row
    the checks above let through), each row is read alone and only the failing ones rejected."""
    if not chunk:
        return []
    texts = [row.text for row in chunk]
    try:
        results = signals_batch(texts, evidence=evidence, budget=budget, seed=seed, analyzer=analyzer,
                                bundle=bundle, on_progress=progress)  # fmt: skip
        return list(zip(chunk, results, strict=True))
    except InputError:
        if len(chunk) == 1:
            raise
    kept: list[tuple[Row, Signals]] = []
    for row in chunk:
        try:
            kept += _read_chunk([row], bad, summary, evidence=evidence, budget=budget, seed=seed,
                                analyzer=analyzer, bundle=bundle, progress=lambda *_: None)  # fmt: skip
        except InputError as error:
            summary.reject(BadRow(row.number, row.id, str(error)), bad)
    return kept
