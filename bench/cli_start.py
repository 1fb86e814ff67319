"""Benchmark: how long a person waits for the CLI, each run a fresh process.

Three measures, each the median (and minimum) of ``--runs`` fresh processes:

* ``import affectkit.cli.main``: what every command pays before it starts;
* ``affectkit --help``;
* ``affectkit analyze "text"``: time to the first result (table printed, process ended).

With ``--compare REF`` the same runs are made, interleaved, with the source of a git
commit (checked out into a temporary worktree and put first on ``PYTHONPATH``), so the
ratio is measured on the same machine in the same run. The processor's vector extensions
are printed beside the figures (the model's speed depends on them).

Example::

    python bench/cli_start.py --runs 10 --compare HEAD~1
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXT = "so happy for you, this made my day"
MEASURES = {
    "import affectkit.cli.main": ["-c", "import affectkit.cli.main"],
    "affectkit --help": ["-c", "from affectkit.cli.main import app; app(['--help'])"],
    'affectkit analyze "text"': ["-c", f"from affectkit.cli.main import app; app(['analyze', {TEXT!r}])"],
}


def cpu_extensions() -> str:
    """The vector extensions this processor offers (AVX, AVX2, AVX-512, VNNI), from /proc/cpuinfo.

    Example:
        >>> isinstance(cpu_extensions(), str)
        True
    """
    try:
        flags = next(
            line.split(":", 1)[1].split()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("flags")
        )
    except (OSError, StopIteration):
        return "unknown"
    wanted = ("avx", "avx2", "fma", "avx512f", "avx512_vnni", "avx_vnni", "amx_int8")
    return " ".join(flag for flag in wanted if flag in flags) or "none of AVX/AVX2/AVX-512"


def time_once(arguments: list[str], source: Path | None) -> float:
    """Wall seconds of one fresh ``python`` process running ``arguments``."""
    env = dict(os.environ)
    if source is not None:
        env["PYTHONPATH"] = str(source) + os.pathsep + env.get("PYTHONPATH", "")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, *arguments], capture_output=True, env=env, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{arguments} failed: {done.stderr.decode(errors='replace')[-2000:]}")
    return elapsed


def worktree(ref: str, folder: Path) -> Path:
    """Check ``ref`` out into ``folder`` (a git worktree); returns its ``src``."""
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(folder), ref], check=True, capture_output=True
    )
    return folder / "src"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--compare", default=None, help="a git commit to measure beside this tree (e.g. HEAD~1)")
    parser.add_argument("--report", type=Path, default=None)
    args = parser.parse_args()
    sources: dict[str, Path | None] = {"this tree": ROOT / "src"}
    with tempfile.TemporaryDirectory() as scratch:
        if args.compare:
            sources[args.compare] = worktree(args.compare, Path(scratch) / "before")
        try:
            for arguments in MEASURES.values():  # warm the file cache once for each
                for source in sources.values():
                    time_once(arguments, source)
            times: dict[str, dict[str, list[float]]] = {name: {m: [] for m in MEASURES} for name in sources}
            for _ in range(args.runs):
                for measure, arguments in MEASURES.items():
                    for name, source in sources.items():
                        times[name][measure].append(time_once(arguments, source))
        finally:
            if args.compare:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(Path(scratch) / "before")])
    print(
        f"fresh processes, {args.runs} runs each, median (min) seconds; cpu: {cpu_extensions()}, {os.cpu_count()} cores"
    )
    header = f"{'measure':<30}" + "".join(f"{name:>22}" for name in sources)
    print(header + (f"{'ratio':>8}" if args.compare else ""))
    report: dict[str, dict[str, float]] = {}
    for measure in MEASURES:
        cells, medians = [], []
        for name in sources:
            values = times[name][measure]
            medians.append(statistics.median(values))
            cells.append(f"{statistics.median(values):.3f} ({min(values):.3f})")
            report.setdefault(name, {})[measure] = round(statistics.median(values), 4)
        ratio = f"{medians[1] / medians[0]:>7.2f}x" if args.compare else ""
        print(f"{measure:<30}" + "".join(f"{cell:>22}" for cell in cells) + ratio)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps({"cpu": cpu_extensions(), "runs": args.runs, "seconds": report}, indent=2))


if __name__ == "__main__":
    main()
