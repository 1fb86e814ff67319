"""Write analyses to .jsonl (lossless), .csv or .parquet (flat columns), in chunks.

Example:
    >>> flat_record("7", __import__("affectkit").analyze("great news!"))["id"]
    '7'
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from affectkit.errors import MissingDependencyError, UnsupportedFormatError
from affectkit.taxonomy.graph import GOEMOTIONS
from affectkit.types import Analysis

SUPPORTED_OUTPUTS = (".jsonl", ".csv", ".parquet")
FLAT_COLUMNS = (
    "id",
    "text",
    "dominant",
    "labels",
    "ekman",
    "sentiment",
    "plutchik",
    "parrott",
    "valence",
    "arousal",
    "dominance",
    "truncated",
    "model",
    "model_version",
    *(f"p_{label}" for label in GOEMOTIONS),
)


def flat_record(row_id: str, analysis: Analysis) -> dict[str, Any]:
    """One flat row for tables: top labels of every view, VAD, provenance, 28 probabilities."""
    record: dict[str, Any] = {
        "id": row_id,
        "text": analysis.text,
        "dominant": analysis.dominant,
        "labels": ";".join(analysis.labels),
        "ekman": ";".join(analysis.ekman.labels),
        "sentiment": analysis.sentiment.top,
        "plutchik": ";".join(analysis.plutchik.labels),
        "parrott": ";".join(analysis.parrott.primary.labels),
        "valence": analysis.vad.valence,
        "arousal": analysis.vad.arousal,
        "dominance": analysis.vad.dominance,
        "truncated": analysis.provenance.truncated,
        "model": analysis.provenance.model,
        "model_version": analysis.provenance.model_version,
    }
    for label in GOEMOTIONS:
        record[f"p_{label}"] = analysis.emotions[label]
    return record


class ResultWriter:
    """Append analyses to an output file in the format its extension names."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.format = path.suffix.lower()
        if self.format not in SUPPORTED_OUTPUTS:
            raise UnsupportedFormatError(
                f"cannot write {path.name}: affectkit writes {', '.join(SUPPORTED_OUTPUTS)}; change the extension"
            )
        self._parquet: Any = None
        self._handle: Any = None
        self._csv: Any = None
        if self.format == ".parquet":
            try:
                import pyarrow  # noqa: F401
            except ImportError as error:
                raise MissingDependencyError(
                    "writing .parquet needs pyarrow: pip install 'affectkit[parquet]'"
                ) from error
        else:
            self._handle = open(path, "w", encoding="utf-8", newline="")
            if self.format == ".csv":
                self._csv = csv.DictWriter(self._handle, fieldnames=list(FLAT_COLUMNS))
                self._csv.writeheader()

    def write(self, rows: list[tuple[str, Analysis]]) -> None:
        """Write one chunk of (id, analysis) pairs, in order."""
        if not rows:
            return
        if self.format == ".jsonl":
            for row_id, analysis in rows:
                self._handle.write(json.dumps({"id": row_id, **analysis.model_dump(mode="json")}) + "\n")
        elif self.format == ".csv":
            self._csv.writerows(flat_record(row_id, analysis) for row_id, analysis in rows)
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pylist([flat_record(row_id, analysis) for row_id, analysis in rows])
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self.path, table.schema)
            self._parquet.write_table(table)
        if self._handle is not None:
            self._handle.flush()

    def close(self) -> None:
        """Finish the file (a Parquet footer, or closing the text file)."""
        if self._handle is not None:
            self._handle.close()
        if self._parquet is not None:
            self._parquet.close()
        elif self.format == ".parquet":
            import pyarrow.parquet as pq

            pq.write_table(_empty_table(), self.path)


def _empty_table() -> Any:
    import pyarrow as pa

    return pa.table({name: pa.array([], type=pa.string()) for name in FLAT_COLUMNS})
