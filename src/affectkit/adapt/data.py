"""Labelled rows for training a head: read from .csv, .tsv, .jsonl or .parquet, checked,
with the file's SHA-256 kept for the model card.

Training data is read whole and strictly: a missing column, an empty file, a row without
text or label each stop with one line naming the row and the fix (a head trained on
silently skipped rows would not say what it learnt from).

Example:
    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "train.csv"
    >>> _ = path.write_text("text,label\\nwhat a relief,calm\\nmy heart is racing,tense\\n")
    >>> data = read_labelled(path, "text", "label")
    >>> data.texts, data.labels, data.source.rows
    (('what a relief', 'my heart is racing'), ('calm', 'tense'), 2)
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from affectkit.errors import DataError, FileInputError, MissingColumnError, MissingDependencyError

FORMATS = (".csv", ".tsv", ".jsonl", ".parquet")
Label = str | tuple[str, ...] | float
"""One row's label: a name (one label per text), a tuple of names (multi-label) or a number (regression)."""


@dataclass(frozen=True)
class DataSource:
    """Where training rows came from: a file name (or ``rows``), their SHA-256 and count,
    and the data's licence and citation (the head's manifest and card name them).

    Example:
        >>> DataSource.of_rows(["a", "b"], ["x", "y"]).rows
        2
        >>> DataSource("essays.csv", "ab", 9, licence="CC BY 4.0", citation="Someone et al. 2018").licence
        'CC BY 4.0'
    """

    name: str
    sha256: str
    rows: int
    licence: str = "user data"
    citation: str | None = None

    @classmethod
    def of_rows(cls, texts: Sequence[str], labels: Sequence[Label]) -> DataSource:
        """A source for rows given in Python: the SHA-256 of the rows as JSON.

        Example:
            >>> DataSource.of_rows(["a"], ["x"]).sha256 == DataSource.of_rows(["a"], ["x"]).sha256
            True
        """
        payload = json.dumps([[text, _plain(label)] for text, label in zip(texts, labels)], ensure_ascii=False)
        return cls("rows", hashlib.sha256(payload.encode("utf-8")).hexdigest(), len(texts))


@dataclass(frozen=True)
class LabelledData:
    """Texts with their labels (and groups, for grouped cross-validation), and their source.

    Example:
        >>> data = LabelledData(("a", "b"), ("x", "y"), None, DataSource("rows", "0" * 64, 2))
        >>> len(data)
        2
    """

    texts: tuple[str, ...]
    labels: tuple[Label, ...]
    groups: tuple[str, ...] | None
    source: DataSource

    def __len__(self) -> int:
        return len(self.texts)


def _plain(label: Label) -> Any:
    return list(label) if isinstance(label, tuple) else label


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes.

    Example:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "x"
        >>> _ = path.write_bytes(b"")
        >>> file_sha256(path)[:12]
        'e3b0c44298fc'
    """
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _read_table(path: Path, needed: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Rows of the file as dicts holding the needed columns; ``needed``: (column, its option)."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise FileInputError(
            f"cannot read {path.name}: training data is {', '.join(FORMATS)}; convert it or fix the extension"
        )
    if not path.is_file():
        raise FileInputError(f"no such file: {path}; check the path")
    if suffix == ".parquet":
        records, columns = _read_parquet(path, [column for column, _ in needed])
    elif suffix == ".jsonl":
        records, columns = _read_jsonl(path)
    else:
        records, columns = _read_csv(path, suffix)
    if not records:
        raise FileInputError(f"{path.name} has no rows; give a file with a header and at least two labelled rows")
    for column, option in needed:
        if column not in columns:
            raise MissingColumnError(
                f"{path.name} has no column {column!r}; its columns are {sorted(columns)}. Choose one with {option}"
            )
    return records


def _read_csv(path: Path, suffix: str) -> tuple[list[dict[str, Any]], set[str]]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle, dialect=csv.excel_tab if suffix == ".tsv" else csv.excel)
            records = [dict(row) for row in reader]
            columns = set(reader.fieldnames or ())
    except UnicodeDecodeError as error:
        raise FileInputError(f"{path.name} is not UTF-8 text ({error.reason}); re-encode it as UTF-8") from error
    except csv.Error as error:
        raise FileInputError(f"{path.name} is not readable CSV: {error}; check its quoting") from error
    return records, columns


def _read_jsonl(path: Path) -> tuple[list[dict[str, Any]], set[str]]:
    records: list[dict[str, Any]] = []
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError as error:
                    raise FileInputError(
                        f"{path.name} line {number} is not valid JSON ({error}); fix the line"
                    ) from error
                if not isinstance(record, dict):
                    raise FileInputError(f"{path.name} line {number} is not a JSON object; give one object per line")
                records.append(record)
    except UnicodeDecodeError as error:
        raise FileInputError(f"{path.name} is not UTF-8 text ({error.reason}); re-encode it as UTF-8") from error
    return records, set(records[0]) if records else set()


def _read_parquet(path: Path, wanted: list[str]) -> tuple[list[dict[str, Any]], set[str]]:
    try:
        import pyarrow.parquet as pq
    except ImportError as error:
        raise MissingDependencyError("reading .parquet needs pyarrow: pip install 'affectkit[parquet]'") from error
    try:
        table = pq.read_table(path)
    except Exception as error:
        raise FileInputError(f"{path.name} is not a readable Parquet file: {error}") from error
    names = set(table.column_names)
    kept = table.select([name for name in wanted if name in names])
    return kept.to_pylist(), names


def _text_of(value: Any, where: str, column: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise DataError(f"{where} has no text in {column!r}; fill it or drop the row")
    return value


def parse_label(value: Any, where: str, *, task: str, multi_label: bool, sep: str) -> Label:
    """One row's label from the file's value: a name, names split at ``sep``, or a number.

    Example:
        >>> parse_label("joy, trust", "row 1", task="classification", multi_label=True, sep=",")
        ('joy', 'trust')
        >>> parse_label("n/a", "row 3", task="regression", multi_label=False, sep=",")
        Traceback (most recent call last):
        ...
        affectkit.errors.DataError: row 3 has label 'n/a', not a number; a regression needs a number in every row
    """
    if task == "regression":
        try:
            number = float(value)
        except (TypeError, ValueError):
            number = math.nan
        if isinstance(value, bool) or not math.isfinite(number):
            raise DataError(f"{where} has label {value!r}, not a number; a regression needs a number in every row")
        return number
    if multi_label:
        if isinstance(value, list | tuple):
            names = [str(item).strip() for item in value]
        else:
            names = [part.strip() for part in ("" if value is None else str(value)).split(sep)]
        return tuple(sorted({name for name in names if name}))
    label = "" if value is None else str(value).strip()
    if not label:
        raise DataError(f"{where} has no label; fill it or drop the row")
    return label


def read_labelled(
    path: str | Path,
    text_column: str = "text",
    label_column: str = "label",
    *,
    task: str = "classification",
    multi_label: bool = False,
    sep: str = ",",
    group_column: str | None = None,
) -> LabelledData:
    """Read a training (or dev) file: each row's text, label and group, checked.

    Multi-label rows hold names separated by ``sep`` (a JSON list in .jsonl works too); an
    empty cell there means "none of the labels". A regression's label is a number.

    Example:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "train.jsonl"
        >>> _ = path.write_text('{"text": "ok", "mood": "calm"}\\n')
        >>> read_labelled(path, label_column="label")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        affectkit.errors.MissingColumnError: train.jsonl has no column 'label'; its columns are ['mood', ...
    """
    path = Path(path)
    needed = [(text_column, "--text-column"), (label_column, "--label-column")]
    if group_column is not None:
        needed.append((group_column, "--group-column"))
    records = _read_table(path, needed)
    texts: list[str] = []
    labels: list[Label] = []
    groups: list[str] = []
    for number, record in enumerate(records, start=1):
        where = f"row {number} of {path.name}"
        texts.append(_text_of(record.get(text_column), where, text_column))
        labels.append(parse_label(record.get(label_column), where, task=task, multi_label=multi_label, sep=sep))
        if group_column is not None:
            group = record.get(group_column)
            if group is None or not str(group).strip():
                raise DataError(f"{where} has no group in {group_column!r}; fill it or drop the row")
            groups.append(str(group))
    source = DataSource(path.name, file_sha256(path), len(texts))
    return LabelledData(tuple(texts), tuple(labels), tuple(groups) if group_column is not None else None, source)


def label_counts(labels: Sequence[Label]) -> dict[str, int]:
    """Rows per label (a multi-label row counts once for each of its labels), by name.

    Example:
        >>> label_counts(["b", "a", "b"])
        {'a': 1, 'b': 2}
        >>> label_counts([("a", "b"), ("b",), ()])
        {'a': 1, 'b': 2}
    """
    counts: Counter[str] = Counter()
    for label in labels:
        if isinstance(label, tuple):
            counts.update(label)
        elif isinstance(label, str):
            counts[label] += 1
    return dict(sorted(counts.items()))
