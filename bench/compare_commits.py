"""Benchmark: this checkout against another commit, interleaved in one run.

A refactor must not cost speed. This runs affectkit's own measures for the working tree and
for ``--ref`` (checked out into a temporary worktree and put first on ``PYTHONPATH``), in
alternating fresh processes, ``--rounds`` times each, and prints the medians and their ratio:

* ``analyze_batch`` throughput (texts/s) and batch-1 latency p50/p99 on GoEmotions test
  (``bench/throughput.py --worker affectkit``), with its peak RSS;
* the HTTP service's requests/s and p99 at 16 concurrent clients, and its p99 at 70% of
  its peak rate (``bench/loadtest.py``).

Example::

    python bench/compare_commits.py --ref HEAD~1 --rounds 3 --data ../shared/data
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def _run(command: list[str], source: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(source)}
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=1800)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed with {source}:\n{done.stderr[-2000:]}")
    return done.stdout


def throughput(source: Path, data: Path, limit: int) -> dict[str, float]:
    """One fresh process's throughput, latencies and peak RSS for the code in ``source``."""
    out = _run([sys.executable, "bench/throughput.py", "--worker", "affectkit", "--data", str(data),
                "--limit", str(limit)], source)  # fmt: skip
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    latencies = sorted(result["latencies"])
    return {
        "texts_per_s": float(result["texts_per_s"]),
        "p50_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * latencies[int(0.99 * (len(latencies) - 1))],
        "peak_rss_mb": float(result.get("peak_rss_mb", 0.0)),
    }


def loadtest(source: Path, data: Path, seconds: float) -> dict[str, float]:
    """The service's throughput and p99 at 16 concurrent clients, for the code in ``source``."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "load.json"
        _run([sys.executable, "bench/loadtest.py", "--data", str(data), "--seconds", str(seconds),
              "--concurrency", "16", "--report", str(report)], source)  # fmt: skip
        phases = json.loads(report.read_text("utf-8"))
    closed, steady = _phase(phases, "closed, 16 clients"), _phase(phases, "open, 70% of peak")
    return {
        "service_req_per_s": float(closed["ok_per_s"]),
        "service_p99_ms": float(closed["p99_ms"]),
        "service_p99_ms_at_70pct": float(steady["p99_ms"]),
    }


def _phase(report: Any, name: str) -> dict[str, Any]:
    for phase in report.get("phases", []):
        if phase.get("phase") == name:
            found: dict[str, Any] = phase
            return found
    raise SystemExit(f"no phase {name!r} in the load test's report")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ref", default="HEAD~1", help="the commit to compare with")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, default=0, help="texts for throughput (0: all of GoEmotions test)")
    parser.add_argument("--seconds", type=float, default=3.0, help="length of the load test's phase")
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("AFFECTKIT_DATA", "../shared/data")))
    parser.add_argument("--report", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        tree = Path(folder) / "ref"
        subprocess.run(["git", "worktree", "add", "--detach", str(tree), args.ref], cwd=REPO, check=True,
                       capture_output=True)  # fmt: skip
        try:
            sides = {"this": REPO / "src", args.ref: tree / "src"}
            runs: dict[str, list[dict[str, float]]] = {name: [] for name in sides}
            for round_ in range(args.rounds):
                for name, source in sides.items() if round_ % 2 == 0 else reversed(sides.items()):
                    measured = throughput(source, args.data, args.limit) | loadtest(source, args.data, args.seconds)
                    runs[name].append(measured)
                    print(f"round {round_ + 1} {name}: " + ", ".join(f"{k} {v:.1f}" for k, v in measured.items()))
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=REPO, capture_output=True)
    medians = {name: {key: statistics.median(r[key] for r in rows) for key in rows[0]} for name, rows in runs.items()}
    print(f"\n{'measure':<22}{'this':>10}{args.ref:>14}{'ratio':>8}")
    for key in medians["this"]:
        ours, theirs = medians["this"][key], medians[args.ref][key]
        print(f"{key:<22}{ours:>10.1f}{theirs:>14.1f}{(ours / theirs if theirs else float('nan')):>8.3f}")
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps({"ref": args.ref, "runs": runs, "medians": medians}, indent=2), "utf-8")


if __name__ == "__main__":
    main()
