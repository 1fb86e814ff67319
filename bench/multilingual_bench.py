"""The multilingual path's speed and a process's memory with both paths loaded.

Throughput (texts/s, all cores): ``Analyzer().analyze_batch`` on XED held-out lines in ten
languages (routed to the multilingual path: language identification, one multilingual
encoder pass, two heads), against, in the same run, what users ran before routing: the
English model on the same lines (``Analyzer(language="en")``), and the English path on
English Reddit comments. Also the identifier alone. Each measure is the median of
``--rounds`` interleaved rounds.

Memory: peak resident memory (ru_maxrss) of a fresh process that loads the analyser and
reads English and other-language texts (both paths), against a fresh process that reads
English only (the default model alone). Issue 19's targets: 100 texts/s on 2 cores (aim
300) and 500 MB with both paths (aim 350).

Example::

    python bench/multilingual_bench.py --texts 300 --report reports/multilingual-bench.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

LANGUAGES = ("es", "fr", "de", "it", "pt", "fi", "nl", "ru", "pl", "tr")
ROOT = Path(__file__).resolve().parents[1]

_CHILD = """
import json, resource, sys
from affectkit import Analyzer
texts = json.loads(sys.stdin.read())
analyzer = Analyzer(language=sys.argv[1])
for start in range(0, len(texts), 64):
    analyzer.analyze_batch(texts[start:start + 64])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def xed_lines(data: Path, count: int) -> list[str]:
    from affectkit.evaluate.xed_data import split_xed

    split = split_xed(data)
    per = max(1, count // len(LANGUAGES))
    texts: list[str] = []
    for code in LANGUAGES:
        texts.extend(split[code].test.texts[:per])
    return texts


def english_lines(data: Path, count: int) -> list[str]:
    path = data / "goemotions" / "test.tsv"
    if not path.is_file():
        path = ROOT / "tests" / "fixtures" / "data" / "goemotions" / "train.tsv"
    return [line.split("\t")[0] for line in path.read_text("utf-8").splitlines() if line.strip()][:count]


def timed(run: object, texts: list[str]) -> float:
    started = time.perf_counter()
    run(texts)  # type: ignore[operator]
    return len(texts) / (time.perf_counter() - started)


def peak_mb(language: str, texts: list[str]) -> float:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, language], input=json.dumps(texts), capture_output=True, text=True, check=True
    )
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--texts", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--report", type=Path)
    args = parser.parse_args()

    from affectkit import Analyzer
    from affectkit.understand.langid import read_language

    others = xed_lines(args.data, args.texts)
    english = english_lines(args.data, args.texts)
    routed, forced = Analyzer(), Analyzer(language="en")
    routed.analyze_batch(others[:8] + english[:8])  # load both paths before timing
    forced.analyze_batch(english[:8])
    paths = {r.provenance.model for r in routed.analyze_batch(others)}
    runs = {
        "multilingual path (auto routing), other languages": lambda t: routed.analyze_batch(t),
        "English model on the same lines (before routing)": lambda t: forced.analyze_batch(t),
        "identifier alone": lambda t: [read_language(x) for x in t],
    }
    rates: dict[str, list[float]] = {name: [] for name in [*runs, "English path, English comments"]}
    for _ in range(args.rounds):
        for name, run in runs.items():
            rates[name].append(timed(run, others))
        rates["English path, English comments"].append(timed(lambda t: routed.analyze_batch(t), english))
    medians = {name: round(statistics.median(values), 1) for name, values in rates.items()}
    memory = {
        "both paths (English and other languages)": round(peak_mb("auto", english[:200] + others[:200]), 1),
        "English model only": round(peak_mb("en", english[:200]), 1),
    }
    baseline = medians["English model on the same lines (before routing)"]
    report = {
        "texts": len(others),
        "languages": list(LANGUAGES),
        "models_that_answered": sorted(paths),
        "texts_per_second": medians,
        "multilingual_vs_english_model_same_lines": round(medians[next(iter(runs))] / baseline, 3),
        "peak_rss_mb": memory,
        "memory_ratio": round(memory["both paths (English and other languages)"] / memory["English model only"], 3),
        "cpus": os.cpu_count(),
        "machine": platform.platform(),
        "rounds": args.rounds,
    }
    for name, value in medians.items():
        print(f"{name:55s} {value:8.1f} texts/s")
    print(f"multilingual path / English model on the same lines: {report['multilingual_vs_english_model_same_lines']}x")
    for name, value in memory.items():
        print(f"peak RSS, {name:45s} {value:8.1f} MB")
    print(f"memory ratio (both paths / English only): {report['memory_ratio']}")
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
