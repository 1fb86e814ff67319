"""Benchmark file annotation: rows/s and peak memory of the in-process and Ray engines,
against the analyser's own batch rate measured in the same run.

Each measurement runs in a fresh subprocess, so peak RSS is its own (for Ray: the driver
only; each Ray actor is a separate process holding one analyser, about 250 MB).

Example::

    python bench/annotate_bench.py --rows 1000000 --engines in-process
    python bench/annotate_bench.py --rows 100000 --engines in-process ray
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
WORDS = ["happy", "sad", "angry", "glad", "thanks", "sorry", "wow", "scared", "love", "hate", "great", "awful"]


def make_corpus(path: Path, rows: int, seed: int = 1) -> None:
    """JSONL posts of 4-30 words, 1% malformed or empty."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(rows):
            if rng.random() < 0.01:
                handle.write(rng.choice(['{"id": broken', json.dumps({"id": f"r{i}", "text": " "})]) + "\n")
                continue
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 29)))
            handle.write(json.dumps({"id": f"r{i}", "text": f"I feel {words}"}) + "\n")


def worker(kind: str, source: Path, target: Path) -> dict[str, float]:
    started = time.perf_counter()
    if kind == "analyser":
        from affectkit.understand.analyzer import Analyzer

        analyzer = Analyzer()
        texts = []
        for line in source.read_text().splitlines()[:20000]:
            try:
                text = json.loads(line).get("text")
            except ValueError:
                continue
            if isinstance(text, str) and text.strip():
                texts.append(text)
        from affectkit.batch.annotate import DEFAULT_CHUNK_SIZE as chunk

        analyzer.analyze_batch(texts[:chunk])
        t0 = time.perf_counter()
        for start in range(0, len(texts), chunk):  # the chunk size the file engine uses
            analyzer.analyze_batch(texts[start : start + chunk])
        rate = len(texts) / (time.perf_counter() - t0)
        rows = len(texts)
    elif kind == "in-process":
        from affectkit.batch.annotate import annotate

        summary = annotate(source, target, id_column="id")
        rate, rows = summary.rows_in / summary.seconds, summary.rows_in
    else:
        from affectkit.batch.ray_engine import annotate_ray

        summary = annotate_ray(source, target, id_column="id")
        rate, rows = summary.rows_in / (time.perf_counter() - started), summary.rows_in
    return {
        "rows": rows,
        "rows_per_s": rate,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "wall_s": time.perf_counter() - started,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--engines", nargs="+", default=["in-process"], choices=["in-process", "ray"])
    parser.add_argument("--worker", default=None)
    parser.add_argument("--source", type=Path, default=None)
    parser.add_argument("--target", type=Path, default=None)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.source, args.target)))
        return
    folder = Path(tempfile.mkdtemp(prefix="affectkit-annotate-bench-"))
    source = folder / "in.jsonl"
    make_corpus(source, args.rows)
    results = {}
    for kind in ["analyser", *args.engines]:
        target = folder / f"out-{kind}.jsonl"
        command = [sys.executable, str(HERE), "--worker", kind, "--source", str(source), "--target", str(target)]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"{kind} failed:\n{done.stderr[-2000:]}")
        results[kind] = json.loads(done.stdout.strip().splitlines()[-1])
    base = results["analyser"]["rows_per_s"]
    print(f"{args.rows:,}-row JSONL (1% malformed or empty) in {folder}")
    print(f"{'run':<12}{'rows':>10}{'rows/s':>10}{'vs analyser':>13}{'peak RSS MB':>13}{'wall s':>9}")
    for kind, r in results.items():
        print(
            f"{kind:<12}{r['rows']:>10,.0f}{r['rows_per_s']:>10.0f}{r['rows_per_s'] / base:>12.0%}"
            f"{r['peak_rss_mb']:>13.0f}{r['wall_s']:>9.1f}"
        )
    if "ray" in results and "in-process" in results:
        same = (folder / "out-ray.jsonl").read_bytes() == (folder / "out-in-process.jsonl").read_bytes()
        print(
            f"ray overhead vs in-process: {results['in-process']['rows_per_s'] / results['ray']['rows_per_s']:.2f}x "
            f"time; byte-identical output: {same}"
        )


if __name__ == "__main__":
    main()
