"""Read texts (and ids) from .txt, .csv, .jsonl and .parquet files, one row at a time.

Every row comes out either as a :class:`Row` or as a :class:`BadRow` with its 1-based
row number and the reason, so a job can report a bad row and go on. Problems with the
whole file (a missing column, a binary file, an unknown format) raise at once.

Row numbers: the line number for .txt and .jsonl, the record number (header excluded) for
.csv, the row index + 1 for .parquet. Blank lines in .txt files separate texts and are not
rows. Without an id column, the id is the row number.

Example:
    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "notes.txt"
    >>> _ = path.write_text("first\\n\\nsecond\\n")
    >>> [row.text for row in read_rows(path)]
    ['first', 'second']
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from affectkit.errors import (
    BinaryFileError,
    FileInputError,
    MissingColumnError,
    MissingDependencyError,
    UnsupportedFormatError,
)

SUPPORTED_INPUTS = (".txt", ".csv", ".jsonl", ".parquet")


@dataclass(frozen=True)
class Row:
    """One readable row: its number in the file, its id and its text (not yet checked)."""

    number: int
    id: str
    text: str


@dataclass(frozen=True)
class BadRow:
    """A row that cannot be analysed, and why."""

    number: int
    id: str | None
    reason: str


def input_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".tsv":
        suffix = ".csv"
    if suffix not in SUPPORTED_INPUTS:
        raise UnsupportedFormatError(
            f"cannot read {path.name}: affectkit reads {', '.join(SUPPORTED_INPUTS)} files; "
            "convert it or rename it with the right extension"
        )
    return suffix


def check_file(path: Path, fmt: str) -> None:
    if not path.exists():
        raise FileInputError(f"no such file: {path}")
    if not path.is_file():
        raise FileInputError(f"{path} is not a regular file")
    with open(path, "rb") as handle:
        head = handle.read(8192)
    if fmt == ".parquet":
        if not head.startswith(b"PAR1"):
            raise FileInputError(f"{path.name} is not a Parquet file (no PAR1 header); check the extension")
    elif head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FileInputError(
            f"{path.name} is UTF-16 or UTF-32 text; re-encode it as UTF-8 "
            f"(e.g. iconv -f UTF-16 -t UTF-8 {path.name} > utf8-{path.name})"
        )
    elif b"\x00" in head:
        raise BinaryFileError(
            f"{path.name} looks binary (it contains NUL bytes), not {fmt[1:]} text; "
            "give a UTF-8 text file, or a .parquet file with the right extension"
        )


def _has_bad_bytes(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def _bad_encoding(number: int, row_id: str | None) -> BadRow:
    return BadRow(number, row_id, "not valid UTF-8; re-encode the file as UTF-8")


def read_rows(path: str | Path, text_column: str = "text", id_column: str | None = None) -> Iterator[Row | BadRow]:
    """Yield every row of a file as a :class:`Row` or a :class:`BadRow`.

    Example:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "posts.csv"
        >>> _ = path.write_text("id,text\\na1,hello\\n")
        >>> next(read_rows(path, id_column="id"))
        Row(number=1, id='a1', text='hello')
    """
    path = Path(path)
    fmt = input_format(path)
    check_file(path, fmt)
    if fmt == ".txt":
        yield from _read_txt(path)
    elif fmt == ".csv":
        yield from _read_csv(path, text_column, id_column)
    elif fmt == ".jsonl":
        yield from _read_jsonl(path, text_column, id_column)
    else:
        yield from _read_parquet(path, text_column, id_column)


def parse_text_line(line: str, number: int) -> Row | BadRow | None:
    """One line of a .txt file: a Row, a BadRow (bad bytes), or None for a blank line.

    Example:
        >>> parse_text_line("so glad\\n", 4)
        Row(number=4, id='4', text='so glad')
    """
    text = line.rstrip("\n").rstrip("\r")
    if not text.strip():
        return None
    if _has_bad_bytes(text):
        return _bad_encoding(number, str(number))
    return Row(number, str(number), text)


def _read_txt(path: Path) -> Iterator[Row | BadRow]:
    with open(path, encoding="utf-8", errors="surrogateescape", newline=None) as handle:
        for number, line in enumerate(handle, start=1):
            item = parse_text_line(line, number)
            if item is not None:
                yield item


def _read_csv(path: Path, text_column: str, id_column: str | None) -> Iterator[Row | BadRow]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with open(path, encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
        dialect: type[csv.Dialect] | csv.Dialect = csv.excel_tab if path.suffix.lower() == ".tsv" else csv.excel
        reader = csv.reader(handle, dialect)
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise FileInputError(f"{path.name}: cannot read the CSV header: {error}") from error
        columns = {name: i for i, name in enumerate(header)}
        for needed in (text_column, id_column):
            if needed is not None and needed not in columns:
                raise MissingColumnError(
                    f"{path.name} has no column {needed!r}; its columns are {header}. "
                    f"Choose one with --text-column/--id-column"
                )
        text_at = columns[text_column]
        id_at = columns[id_column] if id_column is not None else None
        number = 0
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                number += 1
                yield BadRow(number, None, f"malformed CSV: {error}")
                continue
            number += 1
            row_id = fields[id_at] if id_at is not None and id_at < len(fields) else str(number)
            if len(fields) != len(header):
                yield BadRow(number, row_id, f"has {len(fields)} fields, the header has {len(header)}")
            elif _has_bad_bytes(fields[text_at]) or _has_bad_bytes(row_id):
                yield _bad_encoding(number, None)
            else:
                yield Row(number, row_id, fields[text_at])


def parse_jsonl_line(line: str, number: int, text_column: str, id_column: str | None) -> Row | BadRow | None:
    """One line of a .jsonl file: a Row, a BadRow with the reason, or None for a blank line.

    Example:
        >>> parse_jsonl_line('{"text": 3}', 2, "text", None).reason
        "field 'text' is int, not a string"
    """
    line = line.rstrip("\r\n")
    if not line.strip():
        return None
    if _has_bad_bytes(line):
        return _bad_encoding(number, None)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return BadRow(number, None, f"not valid JSON: {error.msg} at column {error.colno}")
    if not isinstance(record, dict):
        return BadRow(number, None, f"a JSON {type(record).__name__}, not an object with a {text_column!r} field")
    if id_column is not None and id_column not in record:
        return BadRow(number, None, f"no {id_column!r} field")
    row_id = str(record[id_column]) if id_column is not None else str(number)
    text = record.get(text_column)
    if not isinstance(text, str):
        return BadRow(number, row_id, f"field {text_column!r} is {type(text).__name__}, not a string")
    return Row(number, row_id, text)


def check_jsonl_fields(path: Path, text_column: str, id_column: str | None) -> None:
    """Raise MissingColumnError if the first JSON object of the file lacks a needed field."""
    with open(path, encoding="utf-8", errors="surrogateescape", newline=None) as handle:
        for line in handle:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if not isinstance(record, dict):
                continue
            for needed in (text_column, id_column):
                if needed is not None and needed not in record:
                    raise MissingColumnError(
                        f"{path.name}: the first record has no field {needed!r}; its fields are "
                        f"{sorted(record)}. Choose one with --text-column/--id-column"
                    )
            return


def _read_jsonl(path: Path, text_column: str, id_column: str | None) -> Iterator[Row | BadRow]:
    check_jsonl_fields(path, text_column, id_column)
    with open(path, encoding="utf-8", errors="surrogateescape", newline=None) as handle:
        for number, line in enumerate(handle, start=1):
            item = parse_jsonl_line(line, number, text_column, id_column)
            if item is not None:
                yield item


def _read_parquet(path: Path, text_column: str, id_column: str | None) -> Iterator[Row | BadRow]:
    try:
        import pyarrow.parquet as pq
    except ImportError as error:
        raise MissingDependencyError("reading .parquet needs pyarrow: pip install 'affectkit[parquet]'") from error
    try:
        parquet = pq.ParquetFile(path)
    except Exception as error:
        raise FileInputError(f"{path.name} is not a readable Parquet file: {error}") from error
    names = parquet.schema_arrow.names
    for needed in (text_column, id_column):
        if needed is not None and needed not in names:
            raise MissingColumnError(
                f"{path.name} has no column {needed!r}; its columns are {names}. "
                "Choose one with --text-column/--id-column"
            )
    columns = [text_column] + ([id_column] if id_column is not None else [])
    number = 0
    for batch in parquet.iter_batches(batch_size=4096, columns=columns):
        texts = batch.column(text_column).to_pylist()
        ids = batch.column(id_column).to_pylist() if id_column is not None else None
        for position, text in enumerate(texts):
            number += 1
            row_id = str(ids[position]) if ids is not None else str(number)
            if not isinstance(text, str):
                yield BadRow(number, row_id, f"column {text_column!r} is {type(text).__name__}, not a string")
            else:
                yield Row(number, row_id, text)


def count_rows(path: str | Path) -> int | None:
    """A fast row count for progress bars (lines for text formats), or None if unknown.

    Example:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
        >>> _ = path.write_text("a\\nb\\n")
        >>> count_rows(path)
        2
    """
    path = Path(path)
    fmt = input_format(path)
    if fmt == ".parquet":
        try:
            import pyarrow.parquet as pq

            return int(pq.ParquetFile(path).metadata.num_rows)
        except Exception:
            return None
    with open(path, "rb") as handle:
        lines = sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
    return max(lines - 1, 0) if fmt == ".csv" else lines
