"""What the care assessment adds to analysing one tweet-length text, on one core.

Baseline: ``Analyzer.analyze(text)`` (one encoder pass, the analysis). With care: the first
stage of every reply, ``generate.reply.ground`` (the same pass with its features, then the
rules, the conversation memory and the learned heads), and the rules alone (``assess``
without features). Texts: GoEmotions test comments (Reddit, tweet length; needs the data
sets), else the fixture copy; and, where the data sets are there, XED subtitle lines in
Spanish, French, German and Portuguese, whose care reading adds the multilingual encoder's
pass. One onnxruntime thread and one OpenMP thread; each text timed alone, median and p95.

Example::

    python bench/care_bench.py --texts 300
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from pathlib import Path

os.environ["OMP_NUM_THREADS"] = "1"  # the multilingual encoder's engine: one core, as the analyser

from affectkit import __version__
from affectkit.care.assess import assess
from affectkit.care.head import load_care_head
from affectkit.generate.reply import ground
from affectkit.understand.analyzer import Analyzer

ROOT = Path(__file__).resolve().parents[1]


def sample(data: Path, count: int) -> tuple[list[str], str]:
    for path in (data / "goemotions" / "test.tsv", ROOT / "tests" / "fixtures" / "data" / "goemotions" / "train.tsv"):
        if path.is_file():
            texts = [line.split("\t")[0] for line in path.read_text("utf-8").splitlines() if line.strip()]
            return texts[:count], str(path)
    raise SystemExit("no GoEmotions file found; pass --data")


def other_languages(data: Path, per_language: int) -> list[str]:
    texts: list[str] = []
    for lang in ("es", "fr", "de", "pt"):
        path = data / "xed" / "projections" / f"{lang}-projections.tsv"
        if path.is_file():
            lines = [line.split("\t")[0] for line in path.read_text("utf-8").splitlines() if line.strip()]
            texts += lines[:per_language]
    return texts


def timed(function: object, texts: list[str]) -> list[float]:
    out = []
    for text in texts:
        started = time.perf_counter()
        function(text)  # type: ignore[operator]
        out.append((time.perf_counter() - started) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("AFFECTKIT_DATA", "../shared/data")))
    parser.add_argument("--texts", type=int, default=300)
    parser.add_argument("--report", type=Path)
    args = parser.parse_args()
    texts, source = sample(args.data, args.texts)
    analyzer = Analyzer(threads=1)
    for text in texts[:20]:  # warm up: sessions, caches, compiled patterns
        analyzer.analyze(text)
        ground(text, None, analyzer)
    base = timed(analyzer.analyze, texts)
    with_care = timed(lambda t: ground(t, None, analyzer), texts)
    rules = timed(assess, texts)

    def stats(values: list[float]) -> dict[str, float]:
        ordered = sorted(values)
        p95 = ordered[int(0.95 * len(ordered))]
        return {"median_ms": round(statistics.median(ordered), 3), "p95_ms": round(p95, 3)}

    report = {
        "affectkit": __version__,
        "model": f"{analyzer.model.name}@{analyzer.model.version}",
        "care_head": load_care_head().name,
        "threads": 1,
        "texts": len(texts),
        "source": source,
        "machine": platform.processor() or platform.machine(),
        "analyze": stats(base),
        "analyze_with_care": stats(with_care),
        "rules_alone": stats(rules),
    }
    report["added_ms_median"] = round(report["analyze_with_care"]["median_ms"] - report["analyze"]["median_ms"], 3)
    report["ratio_median"] = round(report["analyze_with_care"]["median_ms"] / report["analyze"]["median_ms"], 3)
    others = other_languages(args.data, max(args.texts // 4, 1))
    if others:
        for text in others[:10]:
            ground(text, None, analyzer)
        base_other, care_other = timed(analyzer.analyze, others), timed(lambda t: ground(t, None, analyzer), others)
        report["other_languages"] = {
            "texts": len(others),
            "source": "XED es, fr, de, pt subtitle lines",
            "analyze": stats(base_other),
            "analyze_with_care": stats(care_other),
            "added_ms_median": round(statistics.median(care_other) - statistics.median(base_other), 3),
        }
    print(json.dumps(report, indent=2))
    added, ratio = report["added_ms_median"], report["ratio_median"]
    print(f"care adds {added:.2f} ms a text (median; x{ratio:.2f} of analysis alone)")
    if others:
        added = report["other_languages"]["added_ms_median"]
        print(f"Spanish, French, German, Portuguese: care adds {added:.2f} ms a text (the multilingual encoder's pass)")
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
