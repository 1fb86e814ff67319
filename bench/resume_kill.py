"""Kill -9 a real annotation job many times, resume it each time, and compare the result
row by row with an uninterrupted run of the same job.

Example::

    python bench/resume_kill.py --rows 100000 --kills 20
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = [
    "happy",
    "sad",
    "angry",
    "furious",
    "glad",
    "thanks",
    "sorry",
    "wow",
    "scared",
    "love",
    "hate",
    "great",
    "awful",
    "calm",
    "excited",
    "bored",
]


def corpus(path: Path, rows: int, seed: int) -> int:
    rng = random.Random(seed)
    bad = 0
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(rows):
            if rng.random() < 0.01:
                bad += 1
                handle.write(rng.choice(['{"id": broken', json.dumps({"id": f"r{i}", "text": " "}), "[1, 2]"]) + "\n")
                continue
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 30)))
            handle.write(json.dumps({"id": f"r{i}", "text": f"I feel {text}"}) + "\n")
    return bad


def start(args: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", "from affectkit.cli.main import run; run()", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="affectkit-kill-"))
    source = folder / "in.jsonl"
    bad = corpus(source, args.rows, args.seed)
    common = ["analyze", "-i", str(source), "--id-column", "id"]
    t0 = time.perf_counter()
    assert start([*common, "-o", str(folder / "reference.jsonl")]).wait() == 0
    full = time.perf_counter() - t0
    rng = random.Random(args.seed)
    kill_times = range(args.kills)
    target = folder / "out.jsonl"
    kills, process, launched = 0, start([*common, "-o", str(target)]), time.perf_counter()
    for _ in kill_times:
        try:
            process.wait(timeout=rng.uniform(0.5, full / args.kills * 1.5))
            break
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()
            kills += 1
            process = start([*common, "-o", str(target), "--resume"])
    code = process.wait()
    resumed = time.perf_counter() - launched
    produced = target.read_text().splitlines()
    expected = (folder / "reference.jsonl").read_text().splitlines()
    ids = [json.loads(line)["id"] for line in produced]
    errors = (folder / "out.jsonl.errors.jsonl").read_text().splitlines()
    print(
        f"rows {args.rows:,} (malformed or empty {bad:,}); uninterrupted {full:.1f} s; "
        f"with {kills} kill -9 and resumes {resumed:.1f} s; last exit code {code}"
    )
    print(
        f"rows out {len(produced):,} vs {len(expected):,} uninterrupted; duplicated ids {len(ids) - len(set(ids))}; "
        f"identical lines {produced == expected}; errors listed {len(errors):,} "
        f"(identical {errors == (folder / 'reference.jsonl.errors.jsonl').read_text().splitlines()})"
    )
    print(f"files in {folder}; env threads {os.environ.get('AFFECTKIT_THREADS', 'default')}")


if __name__ == "__main__":
    main()
