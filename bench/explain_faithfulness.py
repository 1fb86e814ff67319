"""Benchmark: how faithful are word attributions to the encoder they explain?

On GoEmotions test texts of 6-30 words whose top predicted label is not neutral, three
methods rank the words (the same players for all: words and symbol runs) for that label:

* random: a seeded random order (the floor);
* occlusion: the drop in probability when one word is removed;
* shapley: ``affectkit.understand.shapley`` at its default budget (exact up to 10 words);
* shap-partition (a cross-check, when the ``shap`` package is installed): shap's Partition
  explainer over the same players (a text masker whose tokens are affectkit's players and
  whose mask drops them), at the same budget of model calls.

Metrics (ERASER's definitions, DeYoung et al. 2020; all on the label's calibrated
probability p, with words removed by dropping them from the text):

* comprehensiveness: p(text) - p(text without the top k% words), averaged over k in
  1, 5, 10, 20, 50 (AOPC; higher is better);
* sufficiency: p(text) - p(only the top k% words), same k (lower is better);
* deletion AUC: mean p as the words are removed one at a time, most important first (lower
  is better); insertion AUC: mean p as they are added to an empty text (higher is better);
* time per text to compute the attribution.

Each mean comes with a bootstrap 95% interval over texts, and the differences that the
targets name (Shapley minus occlusion, Shapley minus random) with a paired bootstrap
interval (the same resampled texts for both methods). Absolute values are only comparable
between methods on the same model.

Two more measurements on the same texts:

* convergence: on the texts of at most 10 players, the sampled estimate at the default
  budget (forced, although exact is affordable) against the exact values, Spearman rank
  correlation per text (median and the share at or above 0.95);
* time: the median seconds of an exact explanation of a 10-player text, and of a sampled one
  of 18-22 players, at the default budget.

Example::

    python bench/explain_faithfulness.py --data ../shared/data --texts 500 --report reports/explain-faithfulness.json
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

KS = (0.01, 0.05, 0.10, 0.20, 0.50)
METHODS = ("random", "occlusion", "shapley")
CROSS_CHECK = "shap-partition"
_MASK = "\u2063"


def pick_texts(data: Path, analyzer: Any, count: int) -> list[tuple[str, str]]:
    """(text, label) for GoEmotions test texts of 6-30 words whose top label is not neutral."""
    path = data / "goemotions" / "test.tsv"
    if not path.is_file():
        sys.exit(f"no GoEmotions test split at {path}; pass --data or set AFFECTKIT_DATA")
    candidates = [line.split("\t")[0] for line in path.read_text("utf-8").splitlines()]
    candidates = [t for t in candidates if 6 <= len(t.split()) <= 30]
    chosen: list[tuple[str, str]] = []
    for start in range(0, len(candidates), 256):
        for text, result in zip(
            candidates[start : start + 256], analyzer.analyze_batch(candidates[start : start + 256])
        ):
            top = max(result.emotions, key=result.emotions.get)
            if top != "neutral":
                chosen.append((text, top))
            if len(chosen) == count:
                return chosen
    return chosen


def score(analyzer: Any, texts: list[str], label: str) -> np.ndarray:
    """The label's calibrated probability on each text (one batched encoder run)."""
    model = analyzer.model
    logits = model.encode(texts, batch_size=analyzer.batch_size).logits
    column = model.labels.index(label)
    return np.asarray(model.probabilities(logits)[:, column], dtype=np.float64)


def attributions(
    method: str, analyzer: Any, text: str, label: str, spans: list[tuple[int, int]], seed: int
) -> np.ndarray:
    from affectkit.understand.shapley import coalition_text, explain_shapley

    n = len(spans)
    if method == "random":
        return np.random.default_rng(seed).permutation(n).astype(np.float64)
    if method == "occlusion":
        full = score(analyzer, [text], label)[0]
        without = [coalition_text(text, spans, [j != i for j in range(n)]) for i in range(n)]
        return full - score(analyzer, without, label)
    if method == CROSS_CHECK:
        return shap_partition(analyzer, text, label, spans)
    result = explain_shapley(analyzer, text, [label], seed=seed)[0]
    return np.array([w.value for w in result.words])


def shap_partition(analyzer: Any, text: str, label: str, spans: list[tuple[int, int]]) -> np.ndarray:
    """shap's Partition explainer on the same players: its text masker is given affectkit's
    players as tokens and drops masked ones (an empty mask token), at the default budget."""
    import shap  # type: ignore[import-untyped]

    from affectkit.understand.shapley import DEFAULT_BUDGET

    def tokenizer(s: str, return_offsets_mapping: bool = True) -> dict[str, Any]:
        found = [(a, b) for a, b in spans] if s == text else _spans_of(s)
        return {"input_ids": [s[a:b] for a, b in found], "offset_mapping": found}

    # shap needs a non-empty mask token; an invisible separator is written in place of the
    # dropped players and removed before scoring, so the game is affectkit's (words dropped)
    masker = shap.maskers.Text(tokenizer, mask_token=_MASK, collapse_mask_token=True)

    def model(texts: Any) -> np.ndarray:
        dropped = [" ".join(str(t).replace(_MASK, " ").split()) for t in texts]
        return score(analyzer, dropped, label)

    explainer = shap.explainers.Partition(model, masker)
    explanation = explainer([text], max_evals=DEFAULT_BUDGET, silent=True)
    values = np.asarray(explanation.values[0], dtype=np.float64)
    if len(values) != len(spans):
        raise RuntimeError(f"shap gave {len(values)} values for {len(spans)} players")
    return values


def _spans_of(text: str) -> list[tuple[int, int]]:
    from affectkit.understand.shapley import players

    return players(text)


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    """Spearman rank correlation (average ranks for ties); 1.0 when both are constant."""
    from scipy.stats import spearmanr  # type: ignore[import-untyped]

    if np.ptp(a) == 0 or np.ptp(b) == 0:
        return 1.0 if np.ptp(a) == np.ptp(b) else 0.0
    return float(spearmanr(a, b).statistic)


def convergence(analyzer: Any, chosen: list[tuple[str, str]], seed: int) -> dict[str, Any]:
    """Sampled (forced, default budget) against exact values on texts of at most 10 players,
    and the median time of an exact 10-player and a sampled 18-22-player explanation."""
    from affectkit.understand.shapley import EXACT_MAX, explain_shapley, players

    correlations, exact_times, sampled_times = [], [], []
    for number, (text, label) in enumerate(chosen):
        n = len(players(text))
        if n <= EXACT_MAX and n >= 2:
            started = time.perf_counter()
            exact = explain_shapley(analyzer, text, [label])[0]
            if n == EXACT_MAX:
                exact_times.append(time.perf_counter() - started)
            sampled = explain_shapley(analyzer, text, [label], seed=seed + number, exact_max=0)[0]
            correlations.append(
                spearman(np.array([w.value for w in exact.words]), np.array([w.value for w in sampled.words]))
            )
        elif 18 <= n <= 22:
            started = time.perf_counter()
            explain_shapley(analyzer, text, [label], seed=seed + number)
            sampled_times.append(time.perf_counter() - started)
    rho = np.asarray(correlations)
    return {
        "texts_up_to_10_players": len(rho),
        "median_spearman": round(float(np.median(rho)), 4) if len(rho) else None,
        "share_spearman_at_least_0.95": round(float((rho >= 0.95).mean()), 4) if len(rho) else None,
        "exact_10_players_median_seconds": round(float(np.median(exact_times)), 4) if exact_times else None,
        "exact_10_players_texts": len(exact_times),
        "sampled_18_22_players_median_seconds": round(float(np.median(sampled_times)), 4) if sampled_times else None,
        "sampled_18_22_players_texts": len(sampled_times),
    }


def faithfulness(
    analyzer: Any, text: str, label: str, spans: list[tuple[int, int]], values: np.ndarray
) -> dict[str, float]:
    from affectkit.understand.shapley import coalition_text

    n = len(spans)
    order = np.argsort(-values, kind="stable")
    texts, keys = [text, ""], ["full", "empty"]
    for k in KS:
        top = set(order[: max(1, math.ceil(k * n))].tolist())
        texts += [
            coalition_text(text, spans, [i not in top for i in range(n)]),
            coalition_text(text, spans, [i in top for i in range(n)]),
        ]
        keys += [f"without{k}", f"only{k}"]
    for step in range(1, n):
        first = set(order[:step].tolist())
        texts += [
            coalition_text(text, spans, [i not in first for i in range(n)]),
            coalition_text(text, spans, [i in first for i in range(n)]),
        ]
        keys += [f"deleted{step}", f"inserted{step}"]
    found = dict(zip(keys, score(analyzer, texts, label), strict=True))
    full, empty = found["full"], found["empty"]
    deletion = [full] + [found[f"deleted{s}"] for s in range(1, n)] + [empty]
    insertion = [empty] + [found[f"inserted{s}"] for s in range(1, n)] + [full]
    return {
        "comprehensiveness": float(np.mean([full - found[f"without{k}"] for k in KS])),
        "sufficiency": float(np.mean([full - found[f"only{k}"] for k in KS])),
        "deletion_auc": float(np.mean(deletion)),
        "insertion_auc": float(np.mean(insertion)),
    }


def bootstrap(values: list[float] | np.ndarray, seed: int, rounds: int = 1000) -> tuple[float, float, float]:
    """Mean and a 95% percentile interval over resampled texts. Given the per-text
    differences of two methods it is a paired bootstrap (the same texts for both)."""
    data = np.asarray(values)
    rng = np.random.default_rng(seed)
    means = data[rng.integers(0, len(data), size=(rounds, len(data)))].mean(axis=1)
    return float(data.mean()), float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("AFFECTKIT_DATA", "../shared/data")))
    parser.add_argument("--texts", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--report", type=Path, default=None)
    parser.add_argument("--no-shap", action="store_true", help="Leave out shap's Partition explainer.")
    parser.add_argument(
        "--convergence-only", action="store_true", help="Only the sampled-vs-exact check and the timings."
    )
    args = parser.parse_args()
    from affectkit.understand.analyzer import Analyzer
    from affectkit.understand.shapley import DEFAULT_BUDGET, players

    analyzer = Analyzer()
    chosen = pick_texts(args.data, analyzer, args.texts)
    if args.convergence_only:
        print(json.dumps(convergence(analyzer, chosen, args.seed), indent=2))
        return
    methods = list(METHODS)
    if not args.no_shap:
        try:
            import shap  # noqa: F401

            methods.append(CROSS_CHECK)
        except ImportError:
            print("shap is not installed: its Partition explainer is left out (pip install shap)", file=sys.stderr)
    rows: dict[str, dict[str, list[float]]] = {m: {} for m in methods}
    for number, (text, label) in enumerate(chosen):
        spans = players(text)
        for method in methods:
            started = time.perf_counter()
            values = attributions(method, analyzer, text, label, spans, args.seed + number)
            elapsed = time.perf_counter() - started
            measured = faithfulness(analyzer, text, label, spans, values) | {"seconds": elapsed}
            for key, value in measured.items():
                rows[method].setdefault(key, []).append(value)
        if (number + 1) % 50 == 0:
            print(f"  {number + 1}/{len(chosen)} texts", file=sys.stderr, flush=True)
    metrics = ("comprehensiveness", "sufficiency", "deletion_auc", "insertion_auc", "seconds")
    better = {"comprehensiveness": "higher", "sufficiency": "lower", "deletion_auc": "lower", "insertion_auc": "higher"}
    print(
        f"{len(chosen)} GoEmotions test texts of 6-30 words, top label not neutral; Shapley budget {DEFAULT_BUDGET} "
        f"model calls (exact up to 10 words); mean [95% bootstrap interval]; model {analyzer.model.name} "
        f"{analyzer.model.version}; {os.cpu_count()} cores"
    )
    print(f"{'metric':<20}" + "".join(f"{m:>28}" for m in methods))
    report: dict[str, Any] = {
        "texts": len(chosen),
        "budget": DEFAULT_BUDGET,
        "seed": args.seed,
        "model": f"{analyzer.model.name}@{analyzer.model.version}",
        "cores": os.cpu_count(),
        "results": {},
        "paired_differences": {},
    }
    for metric in metrics:
        cells = []
        for method in methods:
            values = rows[method][metric]
            if metric == "seconds":
                median = float(np.median(values))
                cells.append(f"median {median:.3f}")
                report["results"].setdefault(method, {})["median_seconds"] = round(median, 4)
                continue
            mean, low, high = bootstrap(values, args.seed)
            cells.append(f"{mean:.3f} [{low:.3f}, {high:.3f}]")
            report["results"].setdefault(method, {})[metric] = [round(mean, 4), round(low, 4), round(high, 4)]
        name = f"{metric} ({better[metric]})" if metric in better else "time per text (s)"
        print(f"{name:<20}" + "".join(f"{c:>28}" for c in cells))
    print("\npaired differences, mean [95% paired bootstrap interval]:")
    for metric in ("comprehensiveness", "sufficiency", "deletion_auc", "insertion_auc"):
        for other in ("occlusion", "random"):
            difference = np.asarray(rows["shapley"][metric]) - np.asarray(rows[other][metric])
            mean, low, high = bootstrap(difference, args.seed)
            print(f"  {metric}: shapley - {other} = {mean:+.3f} [{low:+.3f}, {high:+.3f}]")
            report["paired_differences"][f"{metric}: shapley - {other}"] = [
                round(mean, 4),
                round(low, 4),
                round(high, 4),
            ]
    measured = convergence(analyzer, chosen, args.seed)
    report["convergence_and_time"] = measured
    print(
        f"\nsampled vs exact on {measured['texts_up_to_10_players']} texts of 2-10 players (default budget, "
        f"sampling forced): median Spearman {measured['median_spearman']}, share >= 0.95 "
        f"{measured['share_spearman_at_least_0.95']}"
    )
    print(
        f"median time: exact, 10 players {measured['exact_10_players_median_seconds']} s "
        f"({measured['exact_10_players_texts']} texts); sampled, 18-22 players "
        f"{measured['sampled_18_22_players_median_seconds']} s ({measured['sampled_18_22_players_texts']} texts)"
    )
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
