"""Emotion-aware memory: strategies, the SQLite store, the sentence encoder, errors.

PostgreSQL tests are in test_memory_postgres.py; durability with several processes in
test_memory_durability.py.
"""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from affectkit.errors import EmptyTextError, InputError, MemoryStoreError
from affectkit.memory import Memory, emotion_vector
from affectkit.memory.embedder import SentenceEmbedder
from affectkit.memory.sqlite_store import SCHEMA_VERSION
from affectkit.memory.strategies import STRATEGIES, emotion_distances, rank, semantic_distances
from affectkit.understand.analyzer import Analyzer

pytestmark = pytest.mark.fast  # runs in `make test-fast` (tests needing the model skip there)

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "memory"

DIARY = [
    "We won the championship final, I'm over the moon!",
    "My grandmother passed away this morning.",
    "The train was twenty minutes late again.",
    "I am absolutely furious with my landlord for ignoring the leak.",
    "What a lovely sunny afternoon in the park.",
    "I'm really scared about the surgery tomorrow.",
    "My cat died last night and the house feels empty.",
    "Got a promotion at work today, so proud!",
    "The exam went badly, I think I failed it.",
    "Thanks so much for the birthday present, I love it.",
]


@pytest.fixture(scope="module")
def embedder() -> SentenceEmbedder:
    return SentenceEmbedder.load()


@pytest.fixture()
def memory(tmp_path: Path, analyzer: Analyzer, embedder: SentenceEmbedder) -> Memory:
    return Memory(tmp_path / "memory.db", analyzer=analyzer, embedder=embedder)


# -- strategies: hand-checked cases ------------------------------------------------------


def test_additive_weight_moves_between_semantic_and_emotion_order() -> None:
    d_s = np.array([0.2, 0.8, 1.4], dtype=np.float32)
    d_e = np.array([0.9, 0.5, 0.1], dtype=np.float32)
    ids = np.arange(3)
    assert rank(d_s, d_e, ids, strategy="additive", k=3, weight=0.0).tolist() == [0, 1, 2]
    assert rank(d_s, d_e, ids, strategy="additive", k=3, weight=1.0).tolist() == [2, 1, 0]
    # bound scale: (1-w) d_s/2 + w d_e at w=0.5 -> 0.5, 0.45, 0.4
    assert rank(d_s, d_e, ids, strategy="additive", k=3, weight=0.5).tolist() == [2, 1, 0]
    # the paper's raw sum: 1.1, 1.3, 1.5
    assert rank(d_s, d_e, ids, strategy="additive", k=3, weight=0.5, normalize="none").tolist() == [0, 1, 2]


def test_multiplicative_at_half_weight_ranks_as_the_papers_product() -> None:
    rng = np.random.default_rng(0)
    d_s = rng.uniform(0, 2, 50).astype(np.float32)
    d_e = rng.uniform(0, 1, 50).astype(np.float32)
    ids = np.arange(50)
    expected = np.argsort(d_s.astype(np.float64) * d_e, kind="stable")[:10].tolist()
    assert rank(d_s, d_e, ids, strategy="multiplicative", k=10, normalize="none").tolist() == expected
    assert rank(d_s, d_e, ids, strategy="multiplicative", k=10, normalize="bound").tolist() == expected


def test_sequential_strategies_filter_then_rerank() -> None:
    d_s = np.array([0.1, 0.2, 0.3, 0.4], dtype=np.float32)
    d_e = np.array([0.9, 0.8, 0.1, 0.0], dtype=np.float32)
    ids = np.arange(4)
    # semantic-first: pool {0, 1, 2}, then by emotion: 2, 1, 0 (3 never enters the pool)
    assert rank(d_s, d_e, ids, strategy="semantic_first", k=3, pool=3).tolist() == [2, 1, 0]
    # emotion-first: pool {3, 2}, then by meaning: 2, 3
    assert rank(d_s, d_e, ids, strategy="emotion_first", k=2, pool=2).tolist() == [2, 3]


def test_ties_go_to_the_smaller_id_whatever_the_row_order() -> None:
    d_s = np.array([0.5, 0.5, 0.5], dtype=np.float32)
    d_e = np.array([0.2, 0.2, 0.2], dtype=np.float32)
    assert rank(d_s, d_e, np.array([30, 10, 20]), strategy="additive", k=3).tolist() == [1, 2, 0]


def test_minmax_normalisation_uses_the_searched_range() -> None:
    d_s = np.array([1.0, 1.1], dtype=np.float32)  # tiny spread in meaning
    d_e = np.array([0.5, 0.1], dtype=np.float32)
    ids = np.arange(2)
    assert rank(d_s, d_e, ids, strategy="additive", k=1, weight=0.3, normalize="bound").tolist() == [1]
    # min-max stretches both to 0-1: 0.7*0 + 0.3*1 = 0.3 against 0.7*1 + 0 = 0.7
    assert rank(d_s, d_e, ids, strategy="additive", k=1, weight=0.3, normalize="minmax").tolist() == [0]


def test_distances() -> None:
    a = np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    assert semantic_distances(a, np.array([0.0, 1.0], dtype=np.float32)).tolist() == pytest.approx([2**0.5, 0.0])
    # on the 1-10 scale: [10, 1] against itself and against the all-low [1, 1]
    e = np.array([[1.0, 0.0], [0.0, 0.0]], dtype=np.float32)
    expected = [0.0, 1 - 11 / (101**0.5 * 2**0.5)]
    assert emotion_distances(e, np.array([1.0, 0.0], dtype=np.float32)).tolist() == pytest.approx(expected, abs=1e-6)


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"strategy": "semantc"}, "Did you mean 'semantic'"),
        ({"k": 0}, "between 1 and"),
        ({"k": 30, "pool": 20}, "smaller than k"),
        ({"weight": 1.5}, "between 0"),
        ({"weight": float("nan")}, "between 0"),
        ({"normalize": "zscore"}, "normalisation"),
    ],
)
def test_bad_settings_are_refused(memory: Memory, settings: dict[str, object], message: str) -> None:
    memory.add("hello there", owner="ada")
    with pytest.raises(InputError, match=message):
        memory.search("hi", owner="ada", **settings)  # type: ignore[arg-type]


# -- the sentence encoder ----------------------------------------------------------------


def test_sentence_vectors_match_sentence_transformers(embedder: SentenceEmbedder) -> None:
    reference = json.loads((FIXTURES / "sentence-reference.json").read_text("utf-8"))
    ours = embedder.embed(reference["texts"])
    expected = np.asarray(reference["vectors"], dtype=np.float32)
    cosine = (ours * expected).sum(axis=1) / np.linalg.norm(expected, axis=1)
    assert cosine.min() > 0.99999
    assert np.abs(ours - expected).max() < 1e-4
    assert np.linalg.norm(ours, axis=1) == pytest.approx(np.ones(len(ours)), abs=1e-5)


def test_sentence_vectors_do_not_depend_on_batch_company(embedder: SentenceEmbedder) -> None:
    alone = embedder.embed([DIARY[1]])
    together = embedder.embed(DIARY)
    assert np.array_equal(alone[0], together[1])


# -- the SQLite memory -------------------------------------------------------------------


def test_add_search_delete_export(memory: Memory) -> None:
    ids = memory.add_many(DIARY, owner="ada", metadata=[{"day": i} for i in range(len(DIARY))])
    memory.add("My dog died and I cannot stop crying.", owner="bob")
    assert ids == list(range(1, len(DIARY) + 1))
    assert memory.count("ada") == len(DIARY) and memory.count() == len(DIARY) + 1
    found = memory.search("I'm heartbroken, my pet is gone", owner="ada", strategy="semantic", k=3)
    assert found[0].unit.text == "My cat died last night and the house feels empty."
    assert [r.rank for r in found] == [1, 2, 3]
    assert all(r.unit.owner == "ada" for r in found)  # bob's dog is not ada's memory
    assert found[0].unit.metadata == {"day": 6}
    assert found[0].unit.top_emotion == "sadness"
    assert memory.delete(ids[6]) == 1
    again = memory.search("I'm heartbroken, my pet is gone", owner="ada", strategy="semantic", k=3)
    assert ids[6] not in [r.unit.id for r in again]
    buffer = io.StringIO()
    assert memory.export(buffer, owner="ada") == len(DIARY) - 1
    lines = [json.loads(line) for line in buffer.getvalue().splitlines()]
    assert [line["text"] for line in lines] == [t for i, t in enumerate(DIARY) if i != 6]
    assert set(lines[0]["plutchik"]) == {
        "joy",
        "trust",
        "fear",
        "surprise",
        "sadness",
        "disgust",
        "anger",
        "anticipation",
    }


def test_emotion_weight_trades_meaning_for_mood(memory: Memory) -> None:
    memory.add_many(DIARY, owner="ada")
    query = "Tell me about the park."
    semantic = memory.search(query, owner="ada", strategy="semantic", k=1)[0]
    assert semantic.unit.text == "What a lovely sunny afternoon in the park."
    sad = memory.search(query, owner="ada", strategy="additive", weight=0.9, emotion="sadness", k=1)[0]
    assert sad.unit.plutchik["sadness"] > 0.5
    assert sad.emotion_distance < semantic.emotion_distance or semantic.unit.plutchik["sadness"] > 0.5
    # the most fearful memory survives the emotion stage alone; by meaning it would be far down
    emotion_first = memory.search(query, owner="ada", strategy="emotion_first", emotion="fear", k=1, pool=1)[0]
    assert emotion_first.unit.text == "I'm really scared about the surgery tomorrow."
    by_meaning = [r.unit.text for r in memory.search(query, owner="ada", strategy="semantic", k=10)]
    assert by_meaning.index(emotion_first.unit.text) > 0


def test_every_strategy_returns_k_distinct_memories(memory: Memory) -> None:
    memory.add_many(DIARY, owner="ada")
    for strategy in STRATEGIES:
        found = memory.search("a hard day", owner="ada", strategy=strategy, k=5, pool=8)
        assert len({r.unit.id for r in found}) == 5, strategy


def test_another_connection_sees_adds_and_deletes(
    tmp_path: Path, analyzer: Analyzer, embedder: SentenceEmbedder
) -> None:
    path = tmp_path / "shared.db"
    reader = Memory(path, analyzer=analyzer, embedder=embedder)
    writer = Memory(path, analyzer=analyzer, embedder=embedder)
    first = writer.add_many(DIARY[:3], owner="ada")
    assert {r.unit.id for r in reader.search("sport", owner="ada", k=10)} == set(first)
    more = writer.add_many(DIARY[3:6], owner="ada")  # appended: the reader's cache grows
    assert {r.unit.id for r in reader.search("sport", owner="ada", k=10)} == set(first + more)
    writer.delete(first[0])  # a deletion: the reader reloads
    assert {r.unit.id for r in reader.search("sport", owner="ada", k=10)} == set(first[1:] + more)


def test_a_memory_from_schema_version_1_still_opens(
    tmp_path: Path, analyzer: Analyzer, embedder: SentenceEmbedder
) -> None:
    copy = tmp_path / "v1.db"
    copy.write_bytes((FIXTURES / "memory-v1.sqlite").read_bytes())
    memory = Memory(copy, analyzer=analyzer, embedder=embedder)
    assert memory.count("fixture") == 5
    assert memory.describe()["embedder"] == "all-MiniLM-L6-v2"
    # written with emotion model 1.0.0: whatever model is installed now, after re-encoding
    # the file answers like a new one
    if memory.describe()["emotion_model_version"] != analyzer.model.version:
        with pytest.raises(MemoryStoreError, match="reencode"):
            memory.search("anything", owner="fixture")
    assert memory.reencode() == 5
    assert memory.describe()["emotion_model_version"] == analyzer.model.version
    assert [u.metadata for u in memory.iterate("fixture")] == [{"turn": i} for i in range(5)]
    found = memory.search("My grandmother passed away this morning.", owner="fixture", strategy="semantic", k=1)
    assert found[0].unit.text == "My grandmother passed away this morning."
    assert found[0].semantic_distance < 1e-3
    assert sqlite3.connect(copy).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


# -- errors ------------------------------------------------------------------------------


def test_bad_input_names_the_problem(memory: Memory) -> None:
    with pytest.raises(EmptyTextError, match="memory 1"):
        memory.add_many(["fine", "   "], owner="ada")
    assert memory.count() == 0  # nothing of a rejected batch is written
    with pytest.raises(InputError, match="owner"):
        memory.add("hello", owner="")
    with pytest.raises(InputError, match="JSON"):
        memory.add("hello", owner="ada", metadata={"when": object()})
    with pytest.raises(InputError, match="time 0"):
        memory.add("hello", owner="ada", time=float("inf"))
    with pytest.raises(InputError, match="list of texts"):
        memory.add_many("hello", owner="ada")
    with pytest.raises(InputError, match="unknown emotion"):
        emotion_vector("hangry")
    with pytest.raises(InputError, match="not all zero"):
        emotion_vector({"joy": 0.0})
    assert memory.search("anything", owner="nobody") == []


def test_files_that_are_not_memories_are_refused(tmp_path: Path) -> None:
    text_file = tmp_path / "notes.txt"
    text_file.write_text("just some notes\n" * 100)
    with pytest.raises(MemoryStoreError, match="cannot be opened as an affectkit memory"):
        Memory(text_file)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(MemoryStoreError, match="not an affectkit memory"):
        Memory(other)
    with pytest.raises(MemoryStoreError, match="directory"):
        Memory(tmp_path)
    with pytest.raises(MemoryStoreError, match="does not exist"):
        Memory(tmp_path / "missing" / "m.db")
    with pytest.raises(MemoryStoreError, match="unknown memory location"):
        Memory("redis://localhost/0")


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Memory(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(MemoryStoreError, match="newer affectkit"):
        Memory(path)


def test_vectors_from_another_encoder_are_refused(memory: Memory) -> None:
    memory.add("hello", owner="ada")
    memory.store.close()
    db = sqlite3.connect(memory.store.path)  # type: ignore[attr-defined]
    db.execute("UPDATE meta SET value = 'other-encoder' WHERE key = 'embedder'")
    db.commit()
    db.close()
    reopened = Memory(memory.store.path, analyzer=memory.analyzer, embedder=memory.embedder)  # type: ignore[attr-defined]
    with pytest.raises(MemoryStoreError, match="not comparable"):
        reopened.search("hi", owner="ada")
    assert reopened.reencode() == 1  # vectors recomputed with the loaded encoders
    assert reopened.describe()["embedder"] == "all-MiniLM-L6-v2"
    assert [r.unit.text for r in reopened.search("hello", owner="ada")] == ["hello"]


# -- found in review -----------------------------------------------------------------------


def test_settings_that_cannot_work_are_refused(memory: Memory) -> None:
    memory.add("hello there", owner="ada")
    with pytest.raises(InputError, match="minmax"):
        memory.search("hi", owner="ada", strategy="multiplicative", normalize="minmax")
    with pytest.raises(InputError, match="at most 1000"):
        memory.search("hi", owner="ada", pool=1001)


def test_nul_and_lone_surrogates_are_refused_everywhere(memory: Memory) -> None:
    with pytest.raises(InputError, match="owner"):
        memory.add("hello", owner="a\x00b")
    with pytest.raises(InputError, match="metadata 0"):
        memory.add("hello", owner="ada", metadata={"note": "a\x00b"})
    with pytest.raises(InputError, match="metadata 0"):
        memory.add("hello", owner="ada", metadata={"note": "\ud800"})
    with pytest.raises(InputError, match="lone surrogate"):
        memory.add("broken \ud800 text", owner="ada")
    assert memory.count() == 0


def test_an_unfinished_reencoding_is_refused_until_run_again(memory: Memory) -> None:
    memory.add_many(DIARY[:3], owner="ada")
    memory.store.set_meta({"reencoding": "1"}, replace=True)  # as if a reencode was killed
    with pytest.raises(MemoryStoreError, match="did not finish"):
        memory.search("sport", owner="ada")
    assert memory.reencode() == 3
    assert len(memory.search("sport", owner="ada")) == 3


def test_a_foreign_sqlite_file_is_left_as_it_was(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(MemoryStoreError):
        Memory(other)
    assert sqlite3.connect(other).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_passwords_never_reach_messages() -> None:
    from affectkit.memory.postgres_store import _without_password

    assert "secret" not in _without_password("postgresql://ada@db/mem?password=secret")
    with pytest.raises(MemoryStoreError) as caught:  # psycopg rejects the DSN and quotes it
        Memory("postgresql://ada:se%zzret@127.0.0.1:1/mem")
    assert "zzret" not in str(caught.value)
    with pytest.raises(MemoryStoreError, match="key=value"):
        Memory("host=127.0.0.1 password=secret dbname=mem")


def test_the_character_recalls_k_of_what_was_said(
    tmp_path: Path, analyzer: Analyzer, embedder: SentenceEmbedder
) -> None:
    from affectkit.memory.agent import Character

    ada = Character("Ada", Memory(tmp_path / "ada.db", analyzer=analyzer, embedder=embedder), k=2)
    for message in ("My dog Rex is sick.", "The vet visit is tomorrow.", "I am worried about Rex."):
        turn = ada.respond(message)
    assert len(turn.recalled) == 2  # its own answers are not counted against k
    assert all(r.unit.metadata["role"] == "user" for r in turn.recalled)
