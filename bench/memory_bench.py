"""Memory benchmarks: write throughput, search latency at 100,000 (SQLite) and 1,000,000
(PostgreSQL + pgvector) memories with recall against exact search, and the durability of
acknowledged adds with four writers, one killed.

Every speed is printed beside a baseline measured in the same run:
- writes: the two encoders alone on the same texts (the store's share is the difference);
- search: exact numpy ranking over vectors already in memory (the floor any store pays).

Texts are real: DailyDialog and GoEmotions train utterances. 1,000,000 distinct real texts
are not available here, so the PostgreSQL run stores each real vector once and, to reach
the size, copies of them moved by Gaussian noise (sigma 0.02 per dimension, then unit
length: about 0.3 Euclidean distance away from their source, clusters as real paraphrases
make); recall is measured on that set against exact search over the same vectors.

    python bench/memory_bench.py write --texts 1000
    python bench/memory_bench.py sqlite --memories 100000
    python bench/memory_bench.py postgres --memories 1000000 --dsn postgresql://...
    python bench/memory_bench.py durability --writers 4 --adds 10000
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("AFFECTKIT_DATA", REPO.parent / "shared" / "data"))
QUERIES = 200
NOISE_SIGMA = 0.02


def real_texts(limit: int) -> list[str]:
    """Distinct utterances: DailyDialog (all splits) then GoEmotions train, in file order."""
    seen: dict[str, None] = {}
    with zipfile.ZipFile(DATA / "dailydialog" / "dailydialog_unified.zip") as archive:
        dialogues = json.load(archive.open("data/dialogues.json"))
    for dialogue in dialogues:
        for turn in dialogue["turns"]:
            text = " ".join(turn["utterance"].split())
            if text:
                seen.setdefault(text, None)
    for line in (DATA / "goemotions" / "train.tsv").read_text("utf-8").splitlines():
        text = " ".join(line.split("\t")[0].split())
        if text:
            seen.setdefault(text, None)
    texts = list(seen)
    if len(texts) < limit:
        raise SystemExit(f"only {len(texts):,} distinct texts; ask for at most that many")
    return texts[:limit]


def percentile_ms(samples: list[float], q: float) -> float:
    return float(np.percentile(np.array(samples) * 1000, q))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def encode_cached(memory: Any, texts: list[str], cache: Path) -> Any:
    """Encodings of ``texts`` through the memory's encoders, cached on disk between runs."""
    from affectkit.memory.units import Encodings

    if cache.is_file():
        z = np.load(cache)
        if int(z["n"]) == len(texts):
            return Encodings(z["semantic"], z["emotion"], z["plutchik"])
    parts = []
    started = time.perf_counter()
    for start in range(0, len(texts), 4096):
        parts.append(memory.encode(texts[start : start + 4096]))
        done = start + len(parts[-1].semantic)
        print(f"  encoded {done:,} of {len(texts):,} ({done / (time.perf_counter() - started):.0f}/s)", flush=True)
    encodings = Encodings(
        *(np.concatenate([getattr(p, f) for p in parts]) for f in ("semantic", "emotion", "plutchik"))
    )
    np.savez(cache, n=len(texts), semantic=encodings.semantic, emotion=encodings.emotion, plutchik=encodings.plutchik)
    return encodings


def bench_write(args: argparse.Namespace) -> dict[str, Any]:
    from affectkit.memory import Memory
    from affectkit.memory.embedder import SentenceEmbedder
    from affectkit.understand.analyzer import Analyzer

    texts = real_texts(args.texts * 3)[-args.texts :]  # not the first texts: no warm cache of them
    analyzer, embedder = Analyzer(), SentenceEmbedder.load()
    results: dict[str, Any] = {"texts": len(texts)}
    with tempfile.TemporaryDirectory() as tmp:
        warm = Memory(Path(tmp) / "warm.db", analyzer=analyzer, embedder=embedder)
        warm.add_many(texts[:64], owner="warm")
        started = time.perf_counter()
        warm.encode(texts)
        encoders = time.perf_counter() - started
        results["encoders_only_per_s"] = len(texts) / encoders
        stores = [("sqlite", str(Path(tmp) / "write.db"))]
        if args.dsn:
            stores.append(("postgresql", args.dsn))
        for name, location in stores:
            if name == "postgresql":
                _drop(location)
            memory = Memory(location, analyzer=analyzer, embedder=embedder)
            started = time.perf_counter()
            ids = memory.add_many(texts, owner="writer")
            elapsed = time.perf_counter() - started
            assert len(ids) == len(texts) and memory.count("writer") == len(texts)
            results[f"{name}_per_s"] = len(texts) / elapsed
            results[f"{name}_vs_encoders"] = results[f"{name}_per_s"] / results["encoders_only_per_s"]
            memory.close()
    print(f"write, batch of {len(texts):,} texts, encoders included:")
    print(f"  encoders alone        {results['encoders_only_per_s']:8.0f} texts/s  (baseline)")
    for name in ("sqlite", "postgresql"):
        if f"{name}_per_s" in results:
            print(
                f"  {name:<21} {results[f'{name}_per_s']:8.0f} memories/s  "
                f"({results[f'{name}_vs_encoders']:.2f}x the encoders alone)"
            )
    return results


def _bulk_memory(location: str, encodings: Any, texts: list[str], total: int, chunk: int = 5000) -> Any:
    """A memory holding ``total`` units: the real encodings, then noisy copies of them."""
    from affectkit.memory import Memory

    memory = Memory(location)
    memory.add_many(texts[:1], owner="agent")  # records the encoders in the store
    rng = np.random.default_rng(7)
    started = time.perf_counter()
    bulk = memory.store.bulk_load() if memory.store.kind == "postgresql" else contextlib.nullcontext()
    with bulk:
        _insert_all(memory, encodings, texts, total, chunk, rng, started)
    print(f"  indexed in {time.perf_counter() - started:.0f} s", flush=True)
    return memory


def _insert_all(
    memory: Any, encodings: Any, texts: list[str], total: int, chunk: int, rng: Any, started: float
) -> None:
    from affectkit.memory.units import Encodings

    n = len(texts)
    inserted = 1
    while inserted < total:
        size = min(chunk, total - inserted)
        source = (np.arange(inserted, inserted + size)) % n
        semantic = encodings.semantic[source].copy()
        copies = np.arange(inserted, inserted + size) >= n
        if copies.any():
            semantic[copies] += rng.normal(0, NOISE_SIGMA, semantic[copies].shape).astype(np.float32)
            semantic[copies] /= np.linalg.norm(semantic[copies], axis=1, keepdims=True)
        batch = Encodings(semantic, encodings.emotion[source], encodings.plutchik[source])
        labels = [
            texts[i] if i == j else f"{texts[i]} [copy {j // n}]"
            for i, j in zip(source, range(inserted, inserted + size))
        ]
        memory.store.insert("agent", labels, [0.0] * size, ["{}"] * size, batch)
        inserted += size
        if inserted % 100_000 < chunk:
            print(
                f"  stored {inserted:,} of {total:,} ({inserted / (time.perf_counter() - started):.0f}/s)", flush=True
            )


def bench_search(args: argparse.Namespace, kind: str) -> dict[str, Any]:
    from affectkit.memory import Memory
    from affectkit.memory import strategies as S

    real = min(args.memories, args.real)
    texts = real_texts(real)
    queries = random.Random(args.query_seed).sample(real_texts(real + 20_000)[real:], QUERIES)  # not stored
    with tempfile.TemporaryDirectory() as tmp:
        if kind == "sqlite":
            location = str(Path(tmp) / "bench.db")
        else:
            location = args.dsn
            if not args.keep:
                _drop(location)
        encoder = Memory(Path(tmp) / "encoder.db")
        encodings = encode_cached(encoder, texts, Path(args.cache) / f"memory-bench-{real}.npz")
        started = time.perf_counter()
        kept = Memory(location) if kind == "postgresql" and args.keep else None
        if kept is not None and kept.count("agent") == args.memories:
            memory, build_s = kept, float("nan")  # the database a previous --keep run built
            print(f"  {kind}: reusing {args.memories:,} memories kept by an earlier run", flush=True)
        else:
            memory = _bulk_memory(location, encodings, texts, args.memories)
            build_s = time.perf_counter() - started
            print(f"  {kind}: {memory.count():,} memories stored in {build_s:.0f} s", flush=True)
        memory._analyzer, memory._embedder = encoder.analyzer, encoder.embedder
        # the exact answer: every vector, in memory, ranked by the same code
        everything = memory.store.candidates("agent", 384, exact=True)
        results: dict[str, Any] = {"memories": memory.count(), "build_seconds": build_s, "queries": len(queries)}
        # a process that opens the memory and searches once (SQLite: reads every vector then)
        fresh = Memory(location, analyzer=encoder.analyzer, embedder=encoder.embedder)
        cold = time.perf_counter()
        fresh.search(queries[0], owner="agent", k=10)
        results["first_search_ms"] = (time.perf_counter() - cold) * 1000
        fresh.close()
        print(f"  first search of a freshly opened memory: {results['first_search_ms']:.0f} ms", flush=True)
        for strategy in ("semantic", "additive", "semantic_first", "emotion_first"):
            latencies, floor, recalls, answers = [], [], [], []
            for query in queries:  # timed alone: the exact ranking below would evict the caches
                started = time.perf_counter()
                answers.append(memory.search(query, owner="agent", strategy=strategy, k=10))
                latencies.append(time.perf_counter() - started)
            for query, found in zip(queries, answers):
                q = memory.encode([query], query=True)
                started = time.perf_counter()
                d_s = S.semantic_distances(everything.semantic, q.semantic[0])
                d_e = S.emotion_distances(everything.plutchik, q.plutchik[0])
                exact = everything.ids[S.rank(d_s, d_e, everything.ids, strategy=strategy, k=10)]
                floor.append(time.perf_counter() - started)
                recalls.append(len({r.unit.id for r in found} & set(exact.tolist())) / 10)
            results[strategy] = {
                "p50_ms": percentile_ms(latencies, 50),
                "p99_ms": percentile_ms(latencies, 99),
                "exact_numpy_p50_ms": percentile_ms(floor, 50),
                "recall_at_10": float(np.mean(recalls)),
            }
            r = results[strategy]
            print(
                f"  {strategy:<15} p50 {r['p50_ms']:7.1f} ms  p99 {r['p99_ms']:7.1f} ms  "
                f"recall@10 {r['recall_at_10']:.3f}  (exact numpy ranking alone: p50 {r['exact_numpy_p50_ms']:.1f} ms)",
                flush=True,
            )
        results["peak_rss_mb"] = peak_rss_mb()
        memory.close()
        if kind == "postgresql" and not args.keep:
            _drop(location)
    return results


def _drop(dsn: str) -> None:
    import psycopg

    with psycopg.connect(dsn, autocommit=True) as db:
        db.execute("DROP TABLE IF EXISTS affectkit_memories, affectkit_meta")


def bench_durability(args: argparse.Namespace) -> dict[str, Any]:
    sys.path.insert(0, str(REPO / "bench"))
    from memory_writer import text_of

    from affectkit.memory import Memory

    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "shared.db"
        processes = [
            subprocess.Popen(
                [
                    sys.executable,
                    str(REPO / "bench" / "memory_writer.py"),
                    "--store",
                    str(store),
                    "--writer",
                    str(w),
                    "--adds",
                    str(args.adds),
                ],
                stdout=subprocess.PIPE,
                text=True,
            )
            for w in range(args.writers)
        ]
        acks: list[list[tuple[int, int]]] = [[] for _ in processes]

        def read(p: subprocess.Popen[str], out: list[tuple[int, int]]) -> None:
            assert p.stdout is not None
            for line in p.stdout:
                parts = line.split()
                if parts and parts[0] == "ack":
                    out.append((int(parts[1]), int(parts[2])))

        threads = [threading.Thread(target=read, args=(p, acks[w])) for w, p in enumerate(processes)]
        for t in threads:
            t.start()
        started = time.perf_counter()
        kill_at = random.Random(5).randint(args.adds // 4, args.adds // 2)
        while len(acks[0]) < kill_at and processes[0].poll() is None:
            time.sleep(0.01)
        processes[0].send_signal(signal.SIGKILL)
        for p in processes:
            p.wait()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - started
        opened = time.perf_counter()
        memory = Memory(store)
        open_ms = (time.perf_counter() - opened) * 1000
        integrity = memory.store.check()
        missing = wrong = 0
        for w, writer_acks in enumerate(acks):
            units = {u.id: u for u in memory.get([i for i, _ in writer_acks])}
            for new_id, item in writer_acks:
                unit = units.get(new_id)
                missing += unit is None
                wrong += unit is not None and unit.text != text_of(w, item)
        per_writer = [
            [u.metadata["item"] for u in memory.iterate(f"writer-{w}")] for w in range(args.writers)
        ]
        duplicates = sum(len(items) - len(set(items)) for items in per_writer)
        results = {
            "writers": args.writers,
            "adds_each": args.adds,
            "killed_after_acks": len(acks[0]),
            "acknowledged": sum(len(a) for a in acks),
            "stored": memory.count(),
            "missing_acknowledged": missing,
            "wrong_text": wrong,
            "duplicates": duplicates,
            "integrity_check": integrity,
            "reopen_ms": open_ms,
            "survivors_complete": all(sorted(per_writer[w]) == list(range(args.adds)) for w in range(1, args.writers)),
            "seconds": elapsed,
            "adds_per_s": sum(len(a) for a in acks) / elapsed,
            "return_codes": [p.returncode for p in processes],
        }
    print("durability: " + ", ".join(f"{k} {v}" for k, v in results.items()))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("write", "sqlite", "postgres", "durability"))
    parser.add_argument("--texts", type=int, default=1000)
    parser.add_argument("--memories", type=int, default=100_000)
    parser.add_argument("--real", type=int, default=100_000, help="real texts encoded (the rest are noisy copies)")
    parser.add_argument("--dsn", default=os.environ.get("AFFECTKIT_TEST_PG_DSN", ""))
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--adds", type=int, default=10_000)
    parser.add_argument("--cache", default=tempfile.gettempdir())
    parser.add_argument("--query-seed", type=int, default=12, help="seed of the query sample (11 tuned ef_search)")
    parser.add_argument("--keep", action="store_true", help="postgres: keep the tables, and reuse kept ones")
    parser.add_argument("--report", type=Path)
    args = parser.parse_args()
    if args.what == "write":
        results = bench_write(args)
    elif args.what == "sqlite":
        results = bench_search(args, "sqlite")
    elif args.what == "postgres":
        if not args.dsn:
            raise SystemExit("give --dsn or AFFECTKIT_TEST_PG_DSN (see .ci/postgres)")
        results = bench_search(args, "postgresql")
    else:
        results = bench_durability(args)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps({"bench": args.what, **results}, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
