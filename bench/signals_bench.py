"""What the mental-health signals add to ``analyze_batch`` on the same texts.

Texts: the first ``--texts`` posts of Dreaddit's test file (Reddit posts of about 90 words,
research use; read by path, never printed) and as many GoEmotions test comments (short).
For each set, in the same process and interleaved rounds (median of ``--rounds``):

- ``analyze_batch``: the analyser alone (one encoder pass);
- ``analyze + signals``: ``analyze_with_features`` then ``signals_batch(features=...)``:
  every signal head on the same pass (``care=False``), what the issue's 15% target is about;
- ``analyze + signals + care``: the same with the care layer's reading of each text too;
- ``signals + evidence`` per text (one text at a time; the phrases' Shapley values), as a
  separate line: it encodes about ``--budget`` coalitions per text and is reported in
  seconds per text, not as a share of the analyser.

Example::

    python bench/signals_bench.py --data ../shared/data --texts 300 --report reports/signals-bench.json
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from affectkit import Analyzer, __version__
from affectkit.care.mh_signals import DEFAULT_BUDGET, signals, signals_batch
from affectkit.care.signal_bundle import load_signal_heads


def read_texts(data: Path, count: int) -> dict[str, list[str]]:
    """The posts and the comments the bench reads."""
    with (data / "mental_health" / "dreaddit" / "dreaddit-test.csv").open(encoding="utf-8", newline="") as handle:
        posts = [row["text"] for row in csv.DictReader(handle)][:count]
    lines = (data / "goemotions" / "test.tsv").read_text("utf-8").splitlines()
    comments = [line.split("\t")[0] for line in lines][:count]
    return {"dreaddit posts": posts, "goemotions comments": comments}


def timed(run: Callable[[], Any]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--texts", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--evidence-texts", type=int, default=20)
    parser.add_argument("--budget", type=int, default=DEFAULT_BUDGET)
    parser.add_argument("--report", type=Path)
    args = parser.parse_args()
    analyzer = Analyzer()
    bundle = load_signal_heads()
    sets = read_texts(args.data, args.texts)

    def with_signals(texts: list[str], care: bool) -> None:
        _, logits, vad, pooled = analyzer.analyze_with_features(texts)
        rows = np.concatenate([logits, vad, pooled], axis=1)
        signals_batch(texts, features=rows, care=care, analyzer=analyzer, bundle=bundle)

    report: dict[str, Any] = {"affectkit_version": __version__, "bundle": f"{bundle.name}@{bundle.version}",
                              "texts": args.texts, "rounds": args.rounds, "sets": {}}  # fmt: skip
    print(f"{'texts':<22} {'analyze_batch s':>15} {'+ signals':>10} {'ratio':>6} {'+ care':>8} {'ratio':>6}")
    for name, texts in sets.items():
        analyzer.analyze_batch(texts[:16])  # warm
        with_signals(texts[:16], True)
        times: dict[str, list[float]] = {"analyze": [], "signals": [], "care": []}
        runs: dict[str, Callable[[], Any]] = {
            "analyze": partial(analyzer.analyze_batch, texts),
            "signals": partial(with_signals, texts, False),
            "care": partial(with_signals, texts, True),
        }
        for _ in range(args.rounds):
            for key, run in runs.items():
                times[key].append(timed(run))
        median = {key: statistics.median(values) for key, values in times.items()}
        ratio = median["signals"] / median["analyze"]
        ratio_care = median["care"] / median["analyze"]
        print(f"{name:<22} {median['analyze']:>15.3f} {median['signals']:>10.3f} {ratio:>6.3f} "
              f"{median['care']:>8.3f} {ratio_care:>6.3f}")  # fmt: skip
        report["sets"][name] = {"seconds": median, "signals_ratio": round(ratio, 4),
                                "signals_and_care_ratio": round(ratio_care, 4)}  # fmt: skip
    posts = sets["dreaddit posts"][: args.evidence_texts]
    seconds = timed(lambda: [signals(post, budget=args.budget, analyzer=analyzer, bundle=bundle) for post in posts])
    per_text = seconds / max(1, len(posts))
    print(f"evidence (budget {args.budget}): {per_text:.3f} s per post over {len(posts)} posts")
    report["evidence"] = {"budget": args.budget, "posts": len(posts), "seconds_per_post": round(per_text, 4)}
    print("target: signals add at most 15% to analyze_batch (ratio <= 1.15)")
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps(report, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
