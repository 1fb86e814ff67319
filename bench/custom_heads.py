"""Few-shot curves of your own heads: macro-F1 against the number of labelled texts.

XED English (Öhman et al. 2020, CC BY 4.0), Plutchik's eight emotions, the lines with one
label. A seeded split (recorded in the report): 2,000 test lines and a pool of 2,000 lines
to draw training samples from, both at XED's own label distribution. Training sizes: 8, 16
and 64 per class (balanced draws from the pool) and 300 in all (a random draw); 5 seeds
each. Systems, each fitted on the same sample:

- majority class: the sample's most frequent label for every line;
- TF-IDF + logistic regression (word 1-2 grams, one-vs-rest, C 4; the evaluation's baseline);
- a head on the frozen encoder's features (``affectkit.adapt.train_head``: multinomial
  logistic regression, L2 strength and temperature by 5-fold cross-validation on the sample).

Every line is encoded once; the heads reuse the rows across sizes and seeds. Macro-F1 over
the eight labels on the test lines, mean and spread (standard deviation, min-max) over the
seeds. ``--finetune`` (the encoder tuned end to end) is not built yet.

Example::

    python bench/custom_heads.py --data ../shared/data --report reports/custom-heads.json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path
from typing import Any

import numpy as np

from affectkit import __version__
from affectkit.adapt.train import encode_rows, load_encoder, train_head
from affectkit.evaluate.baselines import tfidf_logistic_probs
from affectkit.evaluate.metrics import f1_scores

LABELS = ("anger", "anticipation", "disgust", "fear", "joy", "sadness", "surprise", "trust")
"""XED's label ids 1-8, in order (alphabetical)."""
SIZES = ("8 per class", "16 per class", "64 per class", "300 in all")
SYSTEMS = ("majority class", "TF-IDF + logistic regression", "head on the encoder's features")


def read_xed(data: Path) -> tuple[list[str], list[int]]:
    """The English lines with exactly one label (label index 0-7), each text once."""
    texts: list[str] = []
    labels: list[int] = []
    seen: set[str] = set()
    for line in (data / "xed" / "en-annotated.tsv").read_text("utf-8").splitlines():
        text, _, ids = line.rpartition("\t")
        parts = [part.strip() for part in ids.split(",") if part.strip()]
        if len(parts) != 1 or not text.strip() or text in seen:
            continue
        seen.add(text)
        texts.append(text)
        labels.append(int(parts[0]) - 1)
    return texts, labels


def draw(pool_labels: np.ndarray, size: str, seed: int) -> np.ndarray:
    """Pool positions of one training sample."""
    rng = np.random.default_rng(seed)
    if size == "300 in all":
        return np.sort(rng.choice(pool_labels.shape[0], size=300, replace=False))
    per_class = int(size.split()[0])
    chosen = [rng.choice(np.flatnonzero(pool_labels == label), size=per_class, replace=False) for label in range(8)]
    return np.sort(np.concatenate(chosen))


def macro_f1(predicted: np.ndarray, gold: np.ndarray) -> float:
    """Macro-F1 over the eight labels of one-label predictions."""
    eye = np.eye(len(LABELS), dtype=bool)
    return float(f1_scores(eye[predicted], eye[gold])["macro"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("AFFECTKIT_DATA", "../shared/data")))
    parser.add_argument("--test", type=int, default=2000)
    parser.add_argument("--pool", type=int, default=2000)
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--report", type=Path, default=None)
    args = parser.parse_args()

    texts, labels = read_xed(args.data)
    order = np.random.default_rng(0).permutation(len(texts))
    test_at, pool_at = order[: args.test], order[args.test : args.test + args.pool]
    gold = np.array(labels)[test_at]
    pool_labels = np.array(labels)[pool_at]
    pool_texts = [texts[i] for i in pool_at]
    test_texts = [texts[i] for i in test_at]
    encoder = load_encoder(None)
    started = time.perf_counter()
    pool_rows = encode_rows(encoder, pool_texts)
    test_rows = encode_rows(encoder, test_texts)
    encode_seconds = time.perf_counter() - started
    print(f"encoded {len(pool_texts) + len(test_texts):,} lines once in {encode_seconds:.1f} s")

    scores: dict[str, dict[str, list[float]]] = {size: {system: [] for system in SYSTEMS} for size in SIZES}
    fit_seconds: list[float] = []
    for size in SIZES:
        for seed in range(args.seeds):
            sample = draw(pool_labels, size, seed)
            sample_texts = [pool_texts[i] for i in sample]
            sample_labels = pool_labels[sample]
            majority = int(np.bincount(sample_labels, minlength=8).argmax())
            scores[size]["majority class"].append(macro_f1(np.full(gold.shape, majority), gold))
            one_hot = np.eye(8, dtype=np.float32)[sample_labels]
            (tfidf,) = tfidf_logistic_probs(sample_texts, one_hot, test_texts, seed=seed)
            scores[size]["TF-IDF + logistic regression"].append(macro_f1(tfidf.argmax(axis=1), gold))
            clock = time.perf_counter()
            trained = train_head(
                "xed",
                sample_texts,
                [LABELS[label] for label in sample_labels],
                cv=5,
                seed=seed,
                encoder=encoder,
                features=pool_rows[sample],
            )
            fit_seconds.append(time.perf_counter() - clock)
            index = [trained.labels.index(label) for label in LABELS]  # the head's labels are sorted by name
            predicted = trained.head.scores(test_rows)[:, index].argmax(axis=1)
            scores[size]["head on the encoder's features"].append(macro_f1(predicted, gold))
            print(f"{size}, seed {seed}: " + ", ".join(f"{s} {scores[size][s][-1]:.3f}" for s in SYSTEMS), flush=True)

    summary: dict[str, dict[str, dict[str, float]]] = {}
    print()
    print(f"XED English, one label a line: macro-F1 over 8 labels on {len(gold):,} test lines, {args.seeds} seeds")
    print(f"| training texts | {' | '.join(SYSTEMS)} | head - TF-IDF |")
    print("|---" * (len(SYSTEMS) + 2) + "|")
    for size in SIZES:
        summary[size] = {}
        cells = []
        for system in SYSTEMS:
            values = scores[size][system]
            entry = {
                "mean": round(statistics.fmean(values), 4),
                "sd": round(statistics.stdev(values), 4) if len(values) > 1 else 0.0,
                "min": round(min(values), 4),
                "max": round(max(values), 4),
            }
            summary[size][system] = entry
            cells.append(f"{entry['mean']:.3f} ± {entry['sd']:.3f} ({entry['min']:.3f}-{entry['max']:.3f})")
        gain = summary[size][SYSTEMS[2]]["mean"] - summary[size][SYSTEMS[1]]["mean"]
        print(f"| {size} | {' | '.join(cells)} | {gain * 100:+.1f} points |")
    print(f"head fits: median {statistics.median(fit_seconds):.2f} s (cross-validation included, encoding reused)")
    if args.report is not None:
        report: dict[str, Any] = {
            "data": "xed/en-annotated.tsv, lines with one label, each text once",
            "split": {"seed": 0, "test": len(test_texts), "pool": len(pool_texts), "lines": len(texts)},
            "seeds": args.seeds,
            "metric": "macro-F1 over the 8 Plutchik labels",
            "scores": summary,
            "runs": scores,
            "encode_seconds": round(encode_seconds, 1),
            "head_fit_seconds_median": round(statistics.median(fit_seconds), 3),
            "affectkit": __version__,
            "encoder": {"name": encoder.name, "version": encoder.version},
        }
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps(report, indent=2) + "\n", "utf-8")
        print(f"report: {args.report}")


if __name__ == "__main__":
    main()
