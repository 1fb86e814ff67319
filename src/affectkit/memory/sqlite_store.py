"""The embedded memory store: one SQLite file, write-ahead log, safe with several processes.

Every add is one transaction (``BEGIN IMMEDIATE``, then commit with ``synchronous=FULL``):
once ``add`` returns, the memory survives a kill of any process. Writers from other
processes wait for each other (busy timeout 60 s). Search reads every vector of the owner
once into memory and afterwards only what other connections appended since (``PRAGMA
data_version`` tells when they wrote; a deletion anywhere reloads the owner).

Schema versions live in ``PRAGMA user_version``; :data:`MIGRATIONS` lifts an older file to the
current version when it is opened, in one transaction. A file written by a newer affectkit,
or a SQLite file that is not a memory, is refused with a clear error.

Example:
    >>> import tempfile, pathlib
    >>> store = SQLiteStore(pathlib.Path(tempfile.mkdtemp()) / "memory.db")
    >>> store.count(None)
    0
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

import numpy as np

from affectkit.errors import MemoryStoreError
from affectkit.memory.units import Candidates, Encodings, FloatArray, MemoryUnit, page_query

SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 60_000

_SCHEMA_V1 = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS memories (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        owner TEXT NOT NULL,
        text TEXT NOT NULL,
        created REAL NOT NULL,
        metadata TEXT NOT NULL,
        semantic BLOB NOT NULL,
        emotion BLOB NOT NULL,
        plutchik BLOB NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS memories_owner ON memories (owner, id)",
    "INSERT OR IGNORE INTO meta (key, value) VALUES ('deletions', '0')",
)

# MIGRATIONS[v] lifts a file at schema version v to v + 1: statements run in one transaction.
MIGRATIONS: dict[int, tuple[str, ...]] = {}


P = ParamSpec("P")
R = TypeVar("R")


def _locked(method: Callable[Concatenate[SQLiteStore, P], R]) -> Callable[Concatenate[SQLiteStore, P], R]:
    """Hold the store's lock for the whole call (the connection is shared by threads)."""

    def wrapper(self: SQLiteStore, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with self._lock:
            return method(self, *args, **kwargs)

    wrapper.__doc__, wrapper.__name__ = method.__doc__, method.__name__
    return wrapper


@dataclass
class _OwnerCache:
    stamp: tuple[int, int, str]
    last_id: int
    candidates: Candidates


class SQLiteStore:
    """Memories in one SQLite file (created if missing)."""

    kind = "sqlite"

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path).expanduser()
        if self.path.is_dir():
            raise MemoryStoreError(f"{self.path} is a directory; give a file name such as {self.path / 'memory.db'}")
        if not self.path.parent.is_dir():
            raise MemoryStoreError(f"the folder {self.path.parent} does not exist; create it first")
        # one connection shared by threads: every use holds this lock, so no thread reads
        # another's uncommitted rows into the cache
        self._lock = threading.RLock()
        self._db = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        try:
            self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._refuse_foreign_file()  # before WAL: a foreign file is left as it was
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = FULL")
            self._prepare()
        except sqlite3.DatabaseError as error:
            self._db.close()
            raise MemoryStoreError(
                f"{self.path} cannot be opened as an affectkit memory: {error}. "
                "Give a new file name, or a file that affectkit wrote."
            ) from error
        except BaseException:
            self._db.close()
            raise
        self._writes = 0
        self._cache: dict[str, _OwnerCache] = {}

    def _refuse_foreign_file(self) -> None:
        tables = {row[0] for row in self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "memories" not in tables:
            raise MemoryStoreError(
                f"{self.path} is a SQLite file but not an affectkit memory (tables: "
                f"{', '.join(sorted(tables))}). Give another file name."
            )

    def _prepare(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")  # one opener at a time creates or migrates
        try:
            version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
            tables = {row[0] for row in self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if version == 0 and not tables:
                for statement in _SCHEMA_V1:
                    self._db.execute(statement)
                version = 1
            elif version == 0 or "memories" not in tables:
                raise MemoryStoreError(
                    f"{self.path} is a SQLite file but not an affectkit memory (tables: "
                    f"{', '.join(sorted(tables))}). Give another file name."
                )
            if version > SCHEMA_VERSION:
                raise MemoryStoreError(
                    f"{self.path} was written by a newer affectkit (memory schema {version}; this one reads up "
                    f"to {SCHEMA_VERSION}). Upgrade affectkit: pip install -U affectkit"
                )
            while version < SCHEMA_VERSION:
                for statement in MIGRATIONS[version]:
                    self._db.execute(statement)
                version += 1
            self._db.execute(f"PRAGMA user_version = {version}")
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def _transaction(self, work: Callable[[], Any]) -> Any:
        """Run ``work`` inside BEGIN IMMEDIATE ... COMMIT; roll back on any error."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                result = work()
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            return result

    # -- metadata -------------------------------------------------------------------------
    def meta(self) -> dict[str, str]:
        """Everything the file records about itself (schema, encoders, label orders)."""
        with self._lock:
            return self._meta()

    def _meta(self) -> dict[str, str]:
        values = {key: value for key, value in self._db.execute("SELECT key, value FROM meta")}
        values["schema_version"] = str(self._db.execute("PRAGMA user_version").fetchone()[0])
        return values

    def set_meta(self, values: dict[str, str], *, replace: bool = False) -> None:
        """Record encoder names and label orders (existing keys are kept unless ``replace``)."""
        verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
        self._transaction(
            lambda: self._db.executemany(f"{verb} INTO meta (key, value) VALUES (?, ?)", list(values.items()))
        )

    # -- writes ---------------------------------------------------------------------------
    def insert(
        self, owner: str, texts: Sequence[str], times: Sequence[float], metadata: Sequence[str], encodings: Encodings
    ) -> list[int]:
        """Store a batch in one transaction; returns the new ids in input order."""

        def work() -> list[int]:
            ids = []
            for i, text in enumerate(texts):
                cursor = self._db.execute(
                    "INSERT INTO memories (owner, text, created, metadata, semantic, emotion, plutchik) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        owner,
                        text,
                        times[i],
                        metadata[i],
                        encodings.semantic[i].tobytes(),
                        encodings.emotion[i].tobytes(),
                        encodings.plutchik[i].tobytes(),
                    ),
                )
                ids.append(int(cursor.lastrowid or 0))
            return ids

        try:
            ids: list[int] = self._transaction(work)
        except sqlite3.OperationalError as error:
            raise MemoryStoreError(f"cannot write to {self.path}: {error}") from error
        self._writes += 1
        return ids

    def delete(self, ids: Sequence[int]) -> int:
        """Delete memories by id; returns how many existed."""

        def work() -> int:
            count = 0
            for start in range(0, len(ids), 500):
                chunk = [int(i) for i in ids[start : start + 500]]
                marks = ",".join("?" * len(chunk))
                count += self._db.execute(f"DELETE FROM memories WHERE id IN ({marks})", chunk).rowcount
            self._db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'deletions'")
            return count

        deleted: int = self._transaction(work)
        self._writes += 1
        return deleted

    def update_encodings(self, ids: Sequence[int], encodings: Encodings) -> None:
        """Replace the vectors of existing memories (re-encoding with new models), one transaction."""

        def work() -> None:
            self._db.executemany(
                "UPDATE memories SET semantic = ?, emotion = ?, plutchik = ? WHERE id = ?",
                [
                    (
                        encodings.semantic[i].tobytes(),
                        encodings.emotion[i].tobytes(),
                        encodings.plutchik[i].tobytes(),
                        int(ids[i]),
                    )
                    for i in range(len(ids))
                ],
            )
            # vectors changed in place: every reader's cache must reload, as after a deletion
            self._db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'deletions'")

        self._transaction(work)
        self._writes += 1

    # -- reads ----------------------------------------------------------------------------
    @_locked
    def count(self, owner: str | None) -> int:
        """Memories of ``owner`` (all owners if None)."""
        if owner is None:
            return int(self._db.execute("SELECT count(*) FROM memories").fetchone()[0])
        return int(self._db.execute("SELECT count(*) FROM memories WHERE owner = ?", (owner,)).fetchone()[0])

    @_locked
    def owners(self) -> list[str]:
        """Every owner with at least one memory."""
        return [row[0] for row in self._db.execute("SELECT DISTINCT owner FROM memories ORDER BY owner")]

    @_locked
    def units(self, ids: Sequence[int], labels: Sequence[str], plutchik_labels: Sequence[str]) -> list[MemoryUnit]:
        """The memories with these ids, in the order given (missing ids are left out)."""
        found: dict[int, MemoryUnit] = {}
        for start in range(0, len(ids), 500):
            chunk = [int(i) for i in ids[start : start + 500]]
            marks = ",".join("?" * len(chunk))
            for row in self._db.execute(
                f"SELECT id, owner, text, created, metadata, emotion, plutchik FROM memories WHERE id IN ({marks})",
                chunk,
            ):
                found[row[0]] = _unit(row, labels, plutchik_labels)
        return [found[int(i)] for i in ids if int(i) in found]

    @_locked
    def page(
        self, owner: str | None, after: int, labels: Sequence[str], plutchik_labels: Sequence[str], size: int = 1000
    ) -> list[MemoryUnit]:
        """Up to ``size`` memories (of ``owner``, or all) with ids above ``after``, by id."""
        query, args = page_query("memories", "?", owner, after, size)
        rows = self._db.execute(query, args).fetchall()
        return [_unit(row, labels, plutchik_labels) for row in rows]

    def candidates(
        self,
        owner: str,
        dimensions: int,
        *,
        exact: bool = False,
        semantic: FloatArray | None = None,
        plutchik: FloatArray | None = None,
        strategy: str = "semantic",
        pool: int = 20,
    ) -> Candidates:
        """Every memory of ``owner`` with its vectors (exact search), cached between searches."""
        with self._lock:
            return self._owner_vectors(owner, dimensions)

    def _owner_vectors(self, owner: str, dimensions: int) -> Candidates:
        stamp = (
            int(self._db.execute("PRAGMA data_version").fetchone()[0]),
            self._writes,
            self._db.execute("SELECT value FROM meta WHERE key = 'deletions'").fetchone()[0],
        )
        cached = self._cache.get(owner)
        if cached is not None and cached.stamp == stamp:
            return cached.candidates
        if cached is None or cached.stamp[2] != stamp[2]:
            base, after = Candidates.empty(dimensions), 0
        else:
            base, after = cached.candidates, cached.last_id
        rows = self._db.execute(
            "SELECT id, semantic, plutchik FROM memories WHERE owner = ? AND id > ? ORDER BY id", (owner, after)
        ).fetchall()
        if rows:
            ids = np.fromiter((row[0] for row in rows), dtype=np.int64, count=len(rows))
            semantic = np.frombuffer(b"".join(row[1] for row in rows), dtype=np.float32).reshape(len(rows), -1)
            plutchik = np.frombuffer(b"".join(row[2] for row in rows), dtype=np.float32).reshape(len(rows), -1)
            if semantic.shape[1] != dimensions:
                raise MemoryStoreError(
                    f"{self.path} holds {semantic.shape[1]}-number sentence vectors; this encoder makes {dimensions}"
                )
            base = Candidates(
                np.concatenate([base.ids, ids]),
                np.concatenate([base.semantic, semantic]),
                np.concatenate([base.plutchik, plutchik]),
            )
        last_id = int(base.ids[-1]) if len(base.ids) else 0
        self._cache[owner] = _OwnerCache(stamp, last_id, base)
        return base

    @_locked
    def check(self) -> str:
        """SQLite's own integrity check: 'ok' for a sound file."""
        return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])

    @_locked
    def close(self) -> None:
        """Close the connection (the file stays)."""
        self._cache.clear()
        self._db.close()


def _unit(row: tuple[Any, ...], labels: Sequence[str], plutchik_labels: Sequence[str]) -> MemoryUnit:
    emotion = np.frombuffer(row[5], dtype=np.float32)
    plutchik = np.frombuffer(row[6], dtype=np.float32)
    return MemoryUnit(
        id=row[0],
        owner=row[1],
        text=row[2],
        time=row[3],
        metadata=json.loads(row[4]),
        emotion={label: float(v) for label, v in zip(labels, emotion)},
        plutchik={label: float(v) for label, v in zip(plutchik_labels, plutchik)},
    )

