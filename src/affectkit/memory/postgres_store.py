"""Memories in PostgreSQL with pgvector, for memories too large for one file.

Tables ``affectkit_meta`` and ``affectkit_memories`` (sentence and Plutchik vectors as
pgvector ``vector`` columns) with two HNSW indexes: sentence vectors by L2 distance, and the
Plutchik scores on the 1-10 intensity scale (column ``intensity``) by cosine distance, the
emotion distance of :mod:`affectkit.memory.strategies`. Search has two modes:

- exact (``exact=True``): every vector of the owner is read and ranked by the same code as
  the SQLite store, so both stores return the same memories in the same order;
- approximate (the default): the sentence index gives the nearest memories in meaning
  (``pool`` of them for ``semantic`` and ``semantic_first``, 800 for the combined strategies),
  or the intensity index the nearest in emotion (``emotion``, ``emotion_first``), with the
  sentence distance computed in the database; the ranker orders them as in exact mode.
  pgvector's iterative index scan keeps going past other owners' rows, up to
  ``hnsw.max_scan_tuples`` (20,000 by default): an owner with few memories in a table of very
  many may get fewer than K; use ``exact=True`` for such owners. The combined strategies rank
  only the 800 nearest in meaning, so at a high emotion weight they can miss what exact search
  finds.
  Latency and recall@10 against exact search at 1,000,000 memories are measured by
  ``bench/memory_bench.py postgres``.

The schema version is kept in ``affectkit_meta``; migrations run in one transaction under
an advisory lock, so several processes may open a fresh database at once.

Example (``PostgresStore(dsn)`` needs a server; ``Memory(dsn)`` opens one)::

    >>> PostgresStore.kind
    'postgresql'
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np

from affectkit.errors import MemoryStoreError, MissingDependencyError
from affectkit.memory.strategies import intensities
from affectkit.memory.units import Candidates, Encodings, FloatArray, MemoryUnit, page_query

SCHEMA_VERSION = 1
_LOCK_KEY = 0x6166_6665_6374  # advisory lock id for schema changes ("affect")
# hnsw.ef_search. At 1,000,000 memories (bench/memory_bench.py), recall@10 of semantic search
# was 0.853 / 0.955 / 0.982 at 100 / 200 / 400 on one probe, but 0.923 at 400 on other queries
# and another index build; a second probe (60 queries, seed 13) gave 0.960 / 0.965 / 0.983 /
# 0.987 at 400 / 600 / 800 / 1000 (p50 26 ms at 800)
HNSW_EF_SEARCH = 800
# the combined strategies rank this many nearest in meaning (additive recall@10 at 1,000,000
# memories: 0.853 from 200 candidates, 0.933 from 400, 0.975 from 800)
COMBINED_CANDIDATES = 800


def _schema_v1(dimensions: int) -> tuple[str, ...]:
    return (
        "CREATE EXTENSION IF NOT EXISTS vector",
        "CREATE TABLE IF NOT EXISTS affectkit_meta (key text PRIMARY KEY, value text NOT NULL)",
        f"""CREATE TABLE IF NOT EXISTS affectkit_memories (
            id bigserial PRIMARY KEY,
            owner text NOT NULL,
            text text NOT NULL,
            created double precision NOT NULL,
            metadata jsonb NOT NULL,
            semantic vector({dimensions}) NOT NULL,
            emotion real[] NOT NULL,
            plutchik vector(8) NOT NULL,
            intensity vector(8) NOT NULL
        )""",
        "CREATE INDEX IF NOT EXISTS affectkit_memories_owner ON affectkit_memories (owner, id)",
        "CREATE INDEX IF NOT EXISTS affectkit_memories_semantic ON affectkit_memories "
        "USING hnsw (semantic vector_l2_ops)",
        "CREATE INDEX IF NOT EXISTS affectkit_memories_intensity ON affectkit_memories "
        "USING hnsw (intensity vector_cosine_ops)",
    )


MIGRATIONS: dict[int, tuple[str, ...]] = {}


class PostgresStore:
    """Memories in a PostgreSQL database given by a DSN (``postgresql://...``)."""

    kind = "postgresql"

    def __init__(self, dsn: str, *, dimensions: int = 384) -> None:
        try:
            import psycopg
            from pgvector.psycopg import register_vector
        except ImportError as error:
            raise MissingDependencyError(
                "a PostgreSQL memory needs psycopg and pgvector: pip install 'affectkit[memory]'"
            ) from error
        self._psycopg = psycopg
        self.dsn = dsn
        self.location = _without_password(dsn)
        self.dimensions = dimensions
        try:
            self._db = psycopg.connect(dsn, autocommit=True, connect_timeout=10)
            self._prepare()
            register_vector(self._db)
        except psycopg.Error as error:
            raise MemoryStoreError(
                f"cannot open the PostgreSQL memory at {self.location}: {_hide(str(error).strip(), dsn)}. "
                "Check that the "
                "server runs, the DSN is right, and that the pgvector extension is installed "
                "(CREATE EXTENSION vector needs it; see .ci/postgres)."
            ) from error

    def _prepare(self) -> None:
        with self._db.transaction():
            self._db.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
            exists = self._db.execute("SELECT to_regclass('affectkit_meta') IS NOT NULL").fetchone()
            version = 0
            if exists and exists[0]:
                row = self._db.execute("SELECT value FROM affectkit_meta WHERE key = 'schema_version'").fetchone()
                version = int(row[0]) if row else 0
            if version > SCHEMA_VERSION:
                raise MemoryStoreError(
                    f"the memory at {self.location} has schema {version}; this affectkit reads up to "
                    f"{SCHEMA_VERSION}. Upgrade affectkit: pip install -U affectkit"
                )
            if version == 0:
                for statement in _schema_v1(self.dimensions):
                    self._db.execute(statement)
                self._db.execute("INSERT INTO affectkit_meta VALUES ('deletions', '0') ON CONFLICT DO NOTHING")
                version = 1
            while version < SCHEMA_VERSION:
                for statement in MIGRATIONS[version]:
                    self._db.execute(statement)
                version += 1
            self._db.execute(
                "INSERT INTO affectkit_meta VALUES ('schema_version', %s) "
                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                (str(version),),
            )

    # -- metadata -------------------------------------------------------------------------
    def meta(self) -> dict[str, str]:
        """Everything the database records about the memory (schema, encoders, label orders)."""
        return {row[0]: row[1] for row in self._db.execute("SELECT key, value FROM affectkit_meta")}

    def set_meta(self, values: dict[str, str], *, replace: bool = False) -> None:
        """Record encoder names and label orders (existing keys are kept unless ``replace``)."""
        conflict = "DO UPDATE SET value = EXCLUDED.value" if replace else "DO NOTHING"
        with self._db.transaction(), self._db.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO affectkit_meta VALUES (%s, %s) ON CONFLICT (key) {conflict}", list(values.items())
            )

    def update_encodings(self, ids: Sequence[int], encodings: Encodings) -> None:
        """Replace the vectors of existing memories (re-encoding with new models), one transaction."""
        rows = [
            (
                encodings.semantic[i],
                [float(v) for v in encodings.emotion[i]],
                encodings.plutchik[i],
                intensities(encodings.plutchik[i]),
                int(ids[i]),
            )
            for i in range(len(ids))
        ]
        with self._db.transaction(), self._db.cursor() as cursor:
            cursor.executemany(
                "UPDATE affectkit_memories SET semantic = %s, emotion = %s, plutchik = %s, intensity = %s "
                "WHERE id = %s",
                rows,
            )

    # -- writes ---------------------------------------------------------------------------
    def insert(
        self, owner: str, texts: Sequence[str], times: Sequence[float], metadata: Sequence[str], encodings: Encodings
    ) -> list[int]:
        """Store a batch in one transaction; returns the new ids in input order."""
        rows = [
            (
                owner,
                text,
                times[i],
                metadata[i],
                encodings.semantic[i],
                [float(v) for v in encodings.emotion[i]],
                encodings.plutchik[i],
                intensities(encodings.plutchik[i]),
            )
            for i, text in enumerate(texts)
        ]
        try:
            with self._db.transaction(), self._db.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO affectkit_memories "
                    "(owner, text, created, metadata, semantic, emotion, plutchik, intensity) "
                    "VALUES (%s, %s, %s, %s::jsonb, %s, %s, %s, %s) RETURNING id",
                    rows,
                    returning=True,
                )
                ids: list[int] = []
                while True:
                    row = cursor.fetchone()
                    if row is not None:
                        ids.append(int(row[0]))
                    if not cursor.nextset():
                        break
        except self._psycopg.Error as error:
            raise MemoryStoreError(
                f"cannot write to the memory at {self.location}: {_hide(str(error), self.dsn)}"
            ) from error
        return ids

    def delete(self, ids: Sequence[int]) -> int:
        """Delete memories by id; returns how many existed."""
        with self._db.transaction():
            cursor = self._db.execute("DELETE FROM affectkit_memories WHERE id = ANY(%s)", ([int(i) for i in ids],))
            return int(cursor.rowcount)

    @contextmanager
    def bulk_load(self, *, maintenance_work_mem: str = "4GB") -> Iterator[None]:
        """Load many memories fast: the HNSW indexes are dropped, then rebuilt (in parallel)
        when the block ends; searches in the meantime are exact scans.

        Example (needs a server)::

            with store.bulk_load():
                store.insert(...)  # many batches
        """
        if not maintenance_work_mem.rstrip("kMGB").isdigit():
            raise MemoryStoreError(f"maintenance_work_mem {maintenance_work_mem!r}: give e.g. '2GB'")
        self._db.execute("DROP INDEX IF EXISTS affectkit_memories_semantic, affectkit_memories_intensity")
        try:
            yield
        finally:
            self._db.execute(f"SET maintenance_work_mem = '{maintenance_work_mem}'")
            self._db.execute("SET max_parallel_maintenance_workers = 2")
            for statement in _schema_v1(self.dimensions)[4:]:
                self._db.execute(statement)
            self._db.execute("ANALYZE affectkit_memories")

    # -- reads ----------------------------------------------------------------------------
    def count(self, owner: str | None) -> int:
        """Memories of ``owner`` (all owners if None)."""
        if owner is None:
            row = self._db.execute("SELECT count(*) FROM affectkit_memories").fetchone()
        else:
            row = self._db.execute("SELECT count(*) FROM affectkit_memories WHERE owner = %s", (owner,)).fetchone()
        return int(row[0]) if row else 0

    def owners(self) -> list[str]:
        """Every owner with at least one memory."""
        return [row[0] for row in self._db.execute("SELECT DISTINCT owner FROM affectkit_memories ORDER BY owner")]

    def units(self, ids: Sequence[int], labels: Sequence[str], plutchik_labels: Sequence[str]) -> list[MemoryUnit]:
        """The memories with these ids, in the order given (missing ids are left out)."""
        rows = self._db.execute(
            "SELECT id, owner, text, created, metadata, emotion, plutchik FROM affectkit_memories WHERE id = ANY(%s)",
            ([int(i) for i in ids],),
        ).fetchall()
        found = {row[0]: _unit(row, labels, plutchik_labels) for row in rows}
        return [found[int(i)] for i in ids if int(i) in found]

    def page(
        self, owner: str | None, after: int, labels: Sequence[str], plutchik_labels: Sequence[str], size: int = 1000
    ) -> list[MemoryUnit]:
        """Up to ``size`` memories (of ``owner``, or all) with ids above ``after``, by id."""
        query, args = page_query("affectkit_memories", "%s", owner, after, size)
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
        """Memories for the ranker: all of the owner's (exact), or the indexes' nearest."""
        if exact or semantic is None or plutchik is None:
            rows = self._db.execute(
                "SELECT id, semantic, plutchik FROM affectkit_memories WHERE owner = %s ORDER BY id", (owner,)
            ).fetchall()
            return _candidates(rows, dimensions)
        combined = strategy in ("additive", "multiplicative")
        wanted = max(pool, COMBINED_CANDIDATES) if combined else pool
        by_meaning = strategy in ("semantic", "semantic_first") or combined
        # the index scan takes ef_search rows (in about their order: relaxed iterative scans
        # keep going past rows of other owners); the outer query keeps the nearest `wanted`,
        # with the sentence distance computed in the database, so no sentence vector travels
        order = "semantic <-> %(semantic)s" if by_meaning else "intensity <=> %(intensity)s"
        query = (
            "SELECT id, d_s, plutchik FROM (SELECT id, plutchik, semantic <-> %(semantic)s AS d_s, "
            f"{order} AS d_order FROM affectkit_memories WHERE owner = %(owner)s ORDER BY {order} "
            "LIMIT %(ef)s) AS nearest ORDER BY d_order, id LIMIT %(n)s"
        )
        ef = max(HNSW_EF_SEARCH, wanted)
        with self._db.transaction():
            self._db.execute(f"SET LOCAL hnsw.ef_search = {ef}")
            self._db.execute("SET LOCAL hnsw.iterative_scan = relaxed_order")
            rows = (
                self._db.cursor(binary=True)
                .execute(  # binary: about 2 ms less for 800 rows
                    query,
                    {
                        "owner": owner,
                        "semantic": semantic.astype(np.float32),
                        "intensity": intensities(plutchik),
                        "ef": ef,
                        "n": wanted,
                    },
                )
                .fetchall()
            )
        if not rows:
            return Candidates.empty(dimensions)
        return Candidates(
            np.fromiter((row[0] for row in rows), dtype=np.int64, count=len(rows)),
            np.zeros((0, dimensions), dtype=np.float32),
            np.stack([_array(row[2]) for row in rows]),
            np.fromiter((row[1] for row in rows), dtype=np.float32, count=len(rows)),
        )

    def check(self) -> str:
        """'ok' when the tables answer (PostgreSQL keeps itself consistent)."""
        self._db.execute("SELECT count(*) FROM affectkit_memories").fetchone()
        return "ok"

    def close(self) -> None:
        """Close the connection."""
        self._db.close()


def _candidates(rows: Sequence[tuple[Any, ...]], dimensions: int) -> Candidates:
    if not rows:
        return Candidates.empty(dimensions)
    ids = np.fromiter((row[0] for row in rows), dtype=np.int64, count=len(rows))
    semantic = np.stack([_array(row[1]) for row in rows])
    plutchik = np.stack([_array(row[2]) for row in rows])
    return Candidates(ids, semantic, plutchik)


def _array(value: Any) -> FloatArray:
    """pgvector's value as float32 numbers (its Vector class, or a list for arrays)."""
    data = value.to_numpy() if hasattr(value, "to_numpy") else value
    result: FloatArray = np.asarray(data, dtype=np.float32)
    return result


def _unit(row: tuple[Any, ...], labels: Sequence[str], plutchik_labels: Sequence[str]) -> MemoryUnit:
    metadata = row[4] if isinstance(row[4], dict) else json.loads(row[4])
    return MemoryUnit(
        id=row[0],
        owner=row[1],
        text=row[2],
        time=row[3],
        metadata=metadata,
        # real[] arrives as text digits: back to the float32 value that was stored
        emotion={label: float(np.float32(v)) for label, v in zip(labels, row[5])},
        plutchik={label: float(v) for label, v in zip(plutchik_labels, _array(row[6]))},
    )


def _secrets(dsn: str) -> list[str]:
    """Every form of the password a DSN carries (in the user part or as ?password=)."""
    from urllib.parse import parse_qs, unquote, urlsplit

    try:
        parts = urlsplit(dsn)
        found = [parts.password] if parts.password else []
        found += parse_qs(parts.query).get("password", [])
    except ValueError:
        return []
    return sorted({s for secret in found for s in (secret, unquote(secret)) if s}, key=len, reverse=True)


def _hide(text: str, dsn: str) -> str:
    """``text`` with the DSN's password replaced by *** wherever it appears.

    Example:
        >>> _hide("bad token se%zzret", "postgresql://ada:se%zzret@db/mem")
        'bad token ***'
    """
    for secret in _secrets(dsn):
        text = text.replace(secret, "***")
    return text


def _without_password(dsn: str) -> str:
    """The DSN with any password replaced by ***, for messages.

    Example:
        >>> _without_password("postgresql://ada:secret@db:5432/mem")
        'postgresql://ada:***@db:5432/mem'
        >>> _without_password("postgresql://ada@db/mem?password=secret&sslmode=require")
        'postgresql://ada@db/mem?password=***&sslmode=require'
    """
    return _hide(dsn, dsn)
