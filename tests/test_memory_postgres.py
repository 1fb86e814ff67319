"""The PostgreSQL + pgvector memory against a real server, and against the SQLite memory.

The server comes from ``.ci/postgres`` (PostgreSQL 15 from Debian, pgvector built from
Debian's source package), which prints the DSN to put in ``AFFECTKIT_TEST_PG_DSN``. Without
it these tests skip; under ``CI=true`` they fail (``.ci/run`` starts the server).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from guards import unavailable
from test_memory import DIARY

from affectkit.errors import MemoryStoreError
from affectkit.memory import STRATEGIES, Memory
from affectkit.memory.embedder import SentenceEmbedder
from affectkit.memory.postgres_store import SCHEMA_VERSION, PostgresStore
from affectkit.understand.analyzer import Analyzer

MORE = [
    "I can't sleep, I keep worrying about money.",
    "My best friend surprised me with concert tickets!",
    "The neighbours were shouting all night, I'm exhausted and angry.",
    "I finally finished the marathon, every muscle hurts but I'm proud.",
    "Nobody remembered my birthday this year.",
    "The doctor said the results look good, what a relief.",
    "I'm nervous about meeting her parents on Sunday.",
    "That documentary about whales was fascinating.",
    "My flight got cancelled and I'm stuck at the airport.",
    "We adopted a puppy today and the kids are ecstatic.",
]
QUERIES = [
    "I feel so alone lately",
    "good news at the hospital",
    "travel problems",
    "a happy day with family",
    "I'm scared",
]


@pytest.fixture(scope="module")
def dsn() -> str:
    value = os.environ.get("AFFECTKIT_TEST_PG_DSN", "")
    if not value:
        message = "no PostgreSQL for the memory tests; run .ci/postgres and set AFFECTKIT_TEST_PG_DSN to what it prints"
        unavailable(message, "PostgreSQL tests")
    return value


def _drop(dsn: str) -> None:
    import psycopg

    with psycopg.connect(dsn, autocommit=True) as db:
        db.execute("DROP TABLE IF EXISTS affectkit_memories, affectkit_meta")


@pytest.fixture()
def clean_dsn(dsn: str) -> Iterator[str]:
    _drop(dsn)
    yield dsn
    _drop(dsn)


@pytest.fixture(scope="module")
def embedder() -> SentenceEmbedder:
    return SentenceEmbedder.load()


def test_postgres_and_sqlite_give_the_same_results_in_exact_mode(
    clean_dsn: str, tmp_path: Path, analyzer: Analyzer, embedder: SentenceEmbedder
) -> None:
    postgres = Memory(clean_dsn, analyzer=analyzer, embedder=embedder)
    sqlite = Memory(tmp_path / "m.db", analyzer=analyzer, embedder=embedder)
    texts = DIARY + MORE
    metadata = [{"i": i} for i in range(len(texts))]
    times = [1_700_000_000.0 + i for i in range(len(texts))]
    assert postgres.add_many(texts, owner="ada", metadata=metadata, times=times) == sqlite.add_many(
        texts, owner="ada", metadata=metadata, times=times
    )
    postgres.add("somebody else's memory", owner="bob")
    compared = 0
    for query in QUERIES:
        for strategy in STRATEGIES:
            for weight in (0.2, 0.5, 0.8):
                for normalize in ("bound", "minmax", "none"):
                    if strategy == "multiplicative" and normalize == "minmax":
                        continue  # refused: min-max zeros make the product meaningless
                    settings = {"strategy": strategy, "k": 5, "pool": 8, "weight": weight, "normalize": normalize}
                    a = postgres.search(query, owner="ada", exact=True, **settings)  # type: ignore[arg-type]
                    b = sqlite.search(query, owner="ada", **settings)  # type: ignore[arg-type]
                    assert [r.unit.id for r in a] == [r.unit.id for r in b], (query, settings)
                    assert [r.score for r in a] == [r.score for r in b]
                    assert [r.unit for r in a] == [r.unit for r in b]
                    compared += 1
    assert compared == len(QUERIES) * (len(STRATEGIES) * 9 - 3)


def test_approximate_search_finds_the_exact_neighbours_on_a_small_memory(
    clean_dsn: str, analyzer: Analyzer, embedder: SentenceEmbedder
) -> None:
    memory = Memory(clean_dsn, analyzer=analyzer, embedder=embedder)
    memory.add_many(DIARY + MORE, owner="ada")
    memory.add_many(MORE, owner="bob")  # the indexes hold other owners' memories too
    for query in QUERIES:
        for strategy in STRATEGIES:
            exact = [r.unit.id for r in memory.search(query, owner="ada", strategy=strategy, k=5, exact=True)]
            approx = [r.unit.id for r in memory.search(query, owner="ada", strategy=strategy, k=5)]
            assert approx == exact, (query, strategy)


def test_delete_export_and_reopen(clean_dsn: str, analyzer: Analyzer, embedder: SentenceEmbedder) -> None:
    memory = Memory(clean_dsn, analyzer=analyzer, embedder=embedder)
    ids = memory.add_many(DIARY, owner="ada", metadata=[{"n": i} for i in range(len(DIARY))])
    assert memory.delete(ids[:2]) == 2
    memory.close()
    reopened = Memory(clean_dsn, analyzer=analyzer, embedder=embedder)
    assert reopened.count("ada") == len(DIARY) - 2
    assert [u.metadata for u in reopened.get(ids[2:4])] == [{"n": 2}, {"n": 3}]
    assert reopened.describe()["schema_version"] == str(SCHEMA_VERSION)
    before = [r.unit.id for r in reopened.search("a sad day", owner="ada", exact=True)]
    assert reopened.reencode() == len(DIARY) - 2  # same models: same vectors, same answers
    assert [r.unit.id for r in reopened.search("a sad day", owner="ada", exact=True)] == before


def test_several_processes_may_open_a_fresh_database_at_once(clean_dsn: str) -> None:
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            PostgresStore(clean_dsn).close()
        except BaseException as error:  # collected for the assertion below
            errors.append(error)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_newer_schema_and_bad_dsn_are_refused(clean_dsn: str) -> None:
    store = PostgresStore(clean_dsn)
    store._db.execute("UPDATE affectkit_meta SET value = %s WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    with pytest.raises(MemoryStoreError, match="Upgrade affectkit"):
        PostgresStore(clean_dsn)
    bad = clean_dsn.replace(":affectkit@", ":wrong-password@")
    with pytest.raises(MemoryStoreError) as caught:
        Memory(bad)
    assert "wrong-password" not in str(caught.value)
    assert "***" in str(caught.value)
