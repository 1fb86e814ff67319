"""Write analyses to .jsonl (lossless), .csv or .parquet (flat columns), in chunks.

Example:
    >>> flat_record("7", __import__("affectkit").analyze("great news!"))["id"]
    '7'
"""

from __future__ import annotations

import csv
import json
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from affectkit.care.types import CareAssessment
from affectkit.errors import MissingDependencyError, UnsupportedFormatError
from affectkit.models.custom_head import CustomHead
from affectkit.taxonomy.registry import GOEMOTIONS, View, list_views
from affectkit.types import Analysis

SUPPORTED_OUTPUTS = (".jsonl", ".csv", ".parquet")


def flat_views() -> list[View]:
    """The views with a column of their own in flat tables: every derived view, built in or registered.

    Example:
        >>> [view.name for view in flat_views()]
        ['ekman', 'sentiment', 'plutchik', 'parrott']
    """
    return [view for view in list_views() if view.derived]


def flat_columns() -> tuple[str, ...]:
    """The columns of a .csv or .parquet output, in order: one per view of :func:`flat_views`.

    Example:
        >>> flat_columns()[:8]
        ('id', 'text', 'dominant', 'labels', 'ekman', 'sentiment', 'plutchik', 'parrott')
    """
    return (
        "id",
        "text",
        "dominant",
        "labels",
        *(view.name for view in flat_views()),
        "valence",
        "arousal",
        "dominance",
        "truncated",
        "model",
        "model_version",
        "language",
        "covered",
        *(f"p_{label}" for label in GOEMOTIONS),
    )


def flat_record(row_id: str, analysis: Analysis) -> dict[str, Any]:
    """One flat row for tables: top labels of every view, VAD, provenance, 28 probabilities.

    A view's column holds the categories on, joined by ``;`` (its top category for a view
    with ``"flat": "top"``, such as sentiment).
    """
    record: dict[str, Any] = {
        "id": row_id,
        "text": analysis.text,
        "dominant": analysis.dominant,
        "labels": ";".join(analysis.labels),
    }
    for view in flat_views():
        chosen = analysis.view(view.name)
        record[view.name] = chosen.top if view.flat == "top" else ";".join(chosen.labels)
    record.update(
        valence=analysis.vad.valence,
        arousal=analysis.vad.arousal,
        dominance=analysis.vad.dominance,
        truncated=analysis.provenance.truncated,
        model=analysis.provenance.model,
        model_version=analysis.provenance.model_version,
        language=analysis.language,
        covered=analysis.covered,
    )
    for label in GOEMOTIONS:
        record[f"p_{label}"] = analysis.emotions[label]
    return record


CARE_COLUMNS = ("care_level", "care_categories", "care_covered")


def custom_columns(heads: Sequence[CustomHead]) -> tuple[str, ...]:
    """The columns your own heads add to a .csv or .parquet output: per head,
    ``custom_<name>`` (the labels on, joined by ``;``, or a regression's value) and, for a
    classifier, ``custom_<name>_<label>`` (each label's score).

    Example:
        >>> import numpy as np
        >>> head = CustomHead.build("mood", labels=("calm", "tense"), weight=np.zeros((3, 2)), bias=np.zeros(2),
        ...                         mean=np.zeros(3), std=np.ones(3), encoder=None)
        >>> custom_columns([head])
        ('custom_mood', 'custom_mood_calm', 'custom_mood_tense')
    """
    columns: list[str] = []
    for head in heads:
        columns.append(f"custom_{head.name}")
        if head.task != "regression":
            columns += [f"custom_{head.name}_{label}" for label in head.labels]
    return tuple(columns)


def custom_record(analysis: Analysis, heads: Sequence[CustomHead]) -> dict[str, Any]:
    """The values of :func:`custom_columns` for one analysis.

    Example:
        >>> custom_record(__import__("affectkit").analyze("hi"), [])
        {}
    """
    record: dict[str, Any] = {}
    for head in heads:
        result = analysis.custom[head.name]
        if result.value is not None:
            record[f"custom_{head.name}"] = result.value
            continue
        record[f"custom_{head.name}"] = ";".join(result.labels or [])
        for label in head.labels:
            record[f"custom_{head.name}_{label}"] = (result.scores or {})[label]
    return record


def _flat(
    row_id: str,
    analysis: Analysis,
    cares: list[CareAssessment] | None,
    index: int,
    heads: Sequence[CustomHead] = (),
) -> dict[str, Any]:
    record = flat_record(row_id, analysis)
    if heads:
        record.update(custom_record(analysis, heads))
    if cares is not None:
        care = cares[index]
        record["care_level"] = care.level
        record["care_categories"] = ";".join(f"{name}:{level}" for name, level in care.categories.items() if level)
        record["care_covered"] = care.covered
    return record


class ResultWriter:
    """Append analyses to an output file in the format its extension names, in committed chunks.

    ``commit()`` makes everything written so far durable and returns a position; a later
    writer opened with that position (``resume_at``) drops anything written after it and
    continues. Parquet output is written as one part file per chunk in ``<output>.parts/``
    and joined into the output file by ``close()``. ``heads``: your own heads, whose
    results flat tables hold in :func:`custom_columns` (JSON lines keep ``custom`` whole).
    """

    def __init__(
        self, path: Path, resume_at: int | None = None, *, care: bool = False, heads: Sequence[CustomHead] = ()
    ) -> None:
        self.path = path
        self.care = care
        self.heads = tuple(heads)
        self.format = path.suffix.lower()
        if self.format not in SUPPORTED_OUTPUTS:
            raise UnsupportedFormatError(
                f"cannot write {path.name}: affectkit writes {', '.join(SUPPORTED_OUTPUTS)}; change the extension"
            )
        self._handle: Any = None
        self._csv: Any = None
        self._parts = 0
        if self.format == ".parquet":
            try:
                import pyarrow  # noqa: F401
            except ImportError as error:
                raise MissingDependencyError(
                    "writing .parquet needs pyarrow: pip install 'affectkit[parquet]'"
                ) from error
            self.parts_dir = path.with_name(path.name + ".parts")
            if resume_at is None:
                shutil.rmtree(self.parts_dir, ignore_errors=True)
            self.parts_dir.mkdir(exist_ok=True)
            self._parts = resume_at or 0
            for stale in self.parts_dir.glob("part-*.parquet"):
                if int(stale.stem.split("-")[1]) >= self._parts:
                    stale.unlink()
            return
        if resume_at is not None:
            with open(path, "r+b") as handle:
                handle.truncate(resume_at)
            self._handle = open(path, "a", encoding="utf-8", newline="")
        else:
            self._handle = open(path, "w", encoding="utf-8", newline="")
        if self.format == ".csv":
            columns = list(flat_columns()) + list(custom_columns(self.heads)) + (list(CARE_COLUMNS) if care else [])
            self._csv = csv.DictWriter(self._handle, fieldnames=columns)
            if resume_at is None:
                self._csv.writeheader()

    def write(self, rows: list[tuple[str, Analysis]], cares: list[CareAssessment] | None = None) -> None:
        """Write one chunk of (id, analysis) pairs, in order; ``cares``: each row's care
        assessment, when the writer was opened with ``care=True``."""
        if not rows:
            return
        if self.care and (cares is None or len(cares) != len(rows)):
            raise ValueError("a care writer needs one care assessment per row")
        if self.format == ".jsonl":
            for i, (row_id, analysis) in enumerate(rows):
                record = {"id": row_id, **analysis.model_dump(mode="json")}
                if cares is not None:
                    record["care"] = cares[i].model_dump(mode="json")
                self._handle.write(json.dumps(record) + "\n")
        elif self.format == ".csv":
            self._csv.writerows(
                _flat(row_id, analysis, cares, i, self.heads) for i, (row_id, analysis) in enumerate(rows)
            )
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pylist(
                [_flat(row_id, analysis, cares, i, self.heads) for i, (row_id, analysis) in enumerate(rows)]
            )
            part = self.parts_dir / f"part-{self._parts:08d}.parquet"
            pq.write_table(table, part.with_suffix(".tmp"))
            os.replace(part.with_suffix(".tmp"), part)
            self._parts += 1

    def commit(self) -> int:
        """Make what was written durable; return the position to resume from."""
        if self._handle is None:
            return self._parts
        self._handle.flush()
        os.fsync(self._handle.fileno())
        return int(self._handle.tell())

    def close(self) -> None:
        """Finish the file: close a text file, or join Parquet parts into the output."""
        if self._handle is not None:
            self._handle.close()
            return
        import pyarrow.parquet as pq

        parts = sorted(self.parts_dir.glob("part-*.parquet"))
        staged = self.path.with_name(self.path.name + ".tmp")
        writer = None
        for part in parts:
            table = pq.read_table(part)
            if writer is None:
                writer = pq.ParquetWriter(staged, table.schema)
            writer.write_table(table)
        if writer is None:
            pq.write_table(_empty_table(custom_columns(self.heads)), staged)
        else:
            writer.close()
        os.replace(staged, self.path)
        shutil.rmtree(self.parts_dir, ignore_errors=True)


def _empty_table(extra: tuple[str, ...] = ()) -> Any:
    import pyarrow as pa

    return pa.table({name: pa.array([], type=pa.string()) for name in (*flat_columns(), *extra)})
