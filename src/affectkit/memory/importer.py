"""Import memories in bulk: texts, a .txt file (one memory a line) or a .jsonl file (what
:meth:`Memory.export` writes), with bad rows skipped and reported, never fatal.

Reading and storing are two steps, so a caller checks a file before it opens (or creates)
a store: :func:`read_memories` validates the request and reads every row,
:func:`store_memories` encodes and stores them; :func:`import_memories` does both.

Example:
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "notes.jsonl").write_bytes(b'{"text": "we won!", "owner": "ada"}\\nnot json\\n')
    >>> rows = read_memories(folder / "notes.jsonl")
    >>> [row.text for row in rows.rows], [str(skip) for skip in rows.skipped]
    (['we won!'], ['notes.jsonl line 2: JSONDecodeError: Expecting value: line 1 column 1 (char 0)'])
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from affectkit.errors import InputError

if TYPE_CHECKING:
    from affectkit.memory.memory import Memory

# Rows of one owner stored in one call (one transaction, one encoder batch).
ADD_BATCH = 256
MEMORY_FILES = (".txt", ".jsonl")


@dataclass(frozen=True)
class MemoryRow:
    """One memory to store, and where it came from (``text 2``, ``notes.jsonl line 7``)."""

    owner: str
    text: str
    time: float | None
    metadata: Mapping[str, Any]
    where: str


@dataclass(frozen=True)
class SkippedRow:
    """A row that was not stored, and why.

    Example:
        >>> str(SkippedRow("notes.txt line 3", "not UTF-8"))
        'notes.txt line 3: not UTF-8'
    """

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass
class MemoryRows:
    """The rows read for an import, and the ones skipped while reading."""

    rows: list[MemoryRow] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)


@dataclass
class ImportReport:
    """What an import did: memories stored, rows skipped (reading, then storing), the store's kind.

    Example:
        >>> ImportReport(stored=2, store="sqlite").skipped
        []
    """

    stored: int = 0
    skipped: list[SkippedRow] = field(default_factory=list)
    store: str = ""


def read_memories(path: str | Path | None = None, *, texts: Sequence[str] = (), owner: str | None = None) -> MemoryRows:
    """Check an import and read its rows: ``texts`` (of ``owner``) first, then the file at ``path``.

    A .txt file holds one memory a line, all of ``owner``; a .jsonl file holds objects with
    ``text`` and optionally ``owner`` (default ``owner``), ``time`` and ``metadata``. Blank
    lines are ignored; lines that are not UTF-8 or not such an object are skipped and listed.

    Example:
        >>> read_memories(texts=["a walk in the sun"], owner="ada").rows[0].where
        'text 1'
        >>> read_memories()
        Traceback (most recent call last):
        ...
        affectkit.errors.InputError: give texts to remember, or --file FILE
    """
    if not texts and path is None:
        raise InputError("give texts to remember, or --file FILE")
    read = MemoryRows()
    if texts:
        if owner is None:
            raise InputError("--owner is needed for texts given on the command line")
        read.rows += [MemoryRow(owner, text, None, {}, f"text {i + 1}") for i, text in enumerate(texts)]
    if path is not None:
        read.rows += _file_rows(Path(path), owner, read.skipped)
    return read


def _file_rows(file: Path, owner: str | None, skipped: list[SkippedRow]) -> Iterator[MemoryRow]:
    if not file.is_file():
        raise InputError(f"{file} is not a file")
    suffix = file.suffix.lower()
    if suffix not in MEMORY_FILES:
        raise InputError(f"{file}: memory files are .txt (one per line) or .jsonl; got {suffix or 'no extension'}")
    with file.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            where = f"{file.name} line {number}"
            try:
                line = raw.decode("utf-8").strip()
            except UnicodeDecodeError:
                skipped.append(SkippedRow(where, "not UTF-8"))
                continue
            if not line:
                continue
            if suffix == ".txt":
                if owner is None:
                    raise InputError("--owner is needed for a .txt file")
                yield MemoryRow(owner, line, None, {}, where)
                continue
            try:
                item = json.loads(line)
                text, who = item["text"], item.get("owner", owner)
                if not isinstance(text, str) or not isinstance(who, str):
                    raise TypeError("text and owner must be strings")
                when = item.get("time")
                metadata = item.get("metadata") or {}
            except (ValueError, KeyError, TypeError, AttributeError) as error:
                skipped.append(SkippedRow(where, f"{type(error).__name__}: {error}"))
                continue
            yield MemoryRow(who, text, when, metadata, where)


def store_memories(
    memory: Memory, read: MemoryRows, *, progress: Callable[[int, int], None] | None = None
) -> ImportReport:
    """Encode and store the rows read, a batch of one owner's consecutive rows at a time; a
    row the memory rejects is skipped and listed, the rest of its batch stored.
    ``progress(done, total)`` is called after each batch.

    Example:
        >>> import pathlib, tempfile
        >>> from affectkit.memory import Memory
        >>> with Memory(pathlib.Path(tempfile.mkdtemp()) / "m.db") as memory:
        ...     report = store_memories(memory, read_memories(texts=["so happy", "  "], owner="ada"))
        >>> report.stored, [skip.where for skip in report.skipped]
        (1, ['text 2'])
    """
    report = ImportReport(skipped=list(read.skipped), store=memory.store.kind)
    done, total = 0, len(read.rows)
    for group in _groups(read.rows):
        try:
            report.stored += _add_group(memory, group)
        except InputError:
            for row in group:  # find the bad row(s) of the group, keep the good ones
                try:
                    report.stored += _add_group(memory, [row])
                except InputError as error:
                    report.skipped.append(SkippedRow(row.where, str(error)))
        done += len(group)
        if progress is not None:
            progress(done, total)
    return report


def import_memories(
    memory: Memory,
    path: str | Path | None = None,
    *,
    texts: Sequence[str] = (),
    owner: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Read and store memories (see :func:`read_memories` and :func:`store_memories`).

    Example:
        >>> import pathlib, tempfile
        >>> from affectkit.memory import Memory
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "diary.txt").write_text("we won the final\\n\\nthe bus was late\\n")
        >>> with Memory(folder / "m.db") as memory:
        ...     report = import_memories(memory, folder / "diary.txt", owner="ada")
        >>> report.stored, report.skipped, report.store
        (2, [], 'sqlite')
    """
    return store_memories(memory, read_memories(path, texts=texts, owner=owner), progress=progress)


def _groups(rows: list[MemoryRow]) -> Iterator[list[MemoryRow]]:
    """Consecutive rows of one owner, at most ADD_BATCH at a time."""
    group: list[MemoryRow] = []
    for row in rows:
        if group and (row.owner != group[0].owner or len(group) == ADD_BATCH):
            yield group
            group = []
        group.append(row)
    if group:
        yield group


def _add_group(memory: Memory, group: list[MemoryRow]) -> int:
    times = [row.time for row in group]
    ids = memory.add_many(
        [row.text for row in group],
        owner=group[0].owner,
        times=None if all(t is None for t in times) else [t if t is not None else time.time() for t in times],
        metadata=[row.metadata for row in group],
    )
    return len(ids)
