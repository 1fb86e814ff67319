"""WASSA 2022 empathy and distress (``affectkit eval wassa``): heads trained in the run on
the 1,860 training essays, scored on the 270 dev essays (the test essays have no public
gold), beside a TF-IDF + ridge baseline fitted on the same essays and the published numbers.

Each score is Pearson r with a percentile bootstrap 95% interval (the same seeded resamples
of the essays for every system); the shared task's measure is the average of the empathy
and distress r. The heads are those of ``affectkit train``'s recipe (the shipped
``empathy-minilm`` and ``distress-minilm``): ridge on the frozen encoder's features, the
essays read whole (``long_text="sentences"``), the L2 strength chosen by 10-fold
cross-validation on train grouped by writer. The shipped heads, trained on the same essays,
are scored too. When the WASSA 2023 essay-level dev set is there, the same systems are
scored on it as well (a transfer to other writers and articles, with no target).

Example:
    >>> r_interval(np.array([1.0, 2.0, 3.0, 4.0]), np.array([1.0, 2.5, 2.5, 4.0]), resample_rows(4, 50, seed=0))
    (0.8165, 1.0)
"""

from __future__ import annotations

import csv
import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.errors import DataError
from affectkit.evaluate.datasets import sha256

Array = npt.NDArray[np.float64]
TARGETS = ("empathy", "distress")
FOLDER_2022 = Path("empathy/wassa2022")
FOLDER_2023 = Path("empathy/wassa2023")
TRAIN_FILE = "messages_train_ready_for_WS.tsv"
DEV_FILE = "messages_dev_features_ready_for_WS_2022.tsv"
DEV_GOLD = "goldstandard_dev_2022.tsv"
DEV_2023 = "WASSA23_essay_level_dev.tsv"
GOLD_2023 = "WASSA23_goldstandard_dev.tsv"
FOLDS = 10
RESAMPLES = 1000
HEADS = {"empathy": "empathy-minilm", "distress": "distress-minilm"}
PUBLISHED = {
    "published: 2022 winner, text only": {
        "average": 0.54,
        "source": "IUCL, best text-only system on the WASSA 2022 test essays (Barriere et al., WASSA 2022)",
    },
    "published: 2021 winner": {
        "empathy": 0.517,
        "distress": 0.574,
        "average": 0.545,
        "source": "PVG, best system of WASSA 2021 on its test essays (Tafreshi et al., WASSA 2021)",
    },
    "published: RoBERTa-base (2021 dev)": {
        "empathy": 0.475,
        "distress": 0.413,
        "average": 0.444,
        "source": "RoBERTa-base on the essay alone, WASSA 2021 validation essays "
        "(github.com/athrvkk/EACL-WASSA-2021-Empathy-Distress README)",
    },
}
PUBLISHED_2023 = {
    "published: 2023 track 2, third": {
        "average": 0.346,
        "source": "third place of WASSA 2023 track 2 (essay empathy and distress) on its test essays "
        "(Chavan et al. 2023, arXiv 2312.02578)",
    }
}
TARGET_AVERAGE = {"must": 0.45, "aim": 0.54}
HEADS_TRAINED = "affectkit heads, trained here"
HEADS_SHIPPED = "shipped empathy/distress-minilm"
BASELINE = "TF-IDF + ridge, trained here"


@dataclass(frozen=True)
class Essays:
    """Essays with their empathy and distress (n x 2, 1-7), writers, and file checksums."""

    texts: list[str]
    targets: Array
    writers: list[str]
    files: dict[str, str]


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        raise DataError(f"missing data file {path}; check --data / AFFECTKIT_DATA (it holds {FOLDER_2022}/)")
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _gold(path: Path, count: int) -> Array:
    """The first two columns (empathy, distress) of a header-less gold file, in essay order."""
    if not path.is_file():
        raise DataError(f"missing data file {path}; check --data / AFFECTKIT_DATA")
    with open(path, encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.reader(handle, delimiter="\t") if row]
    if len(rows) != count:
        raise DataError(f"{path.name} has {len(rows)} rows for {count} essays; the gold file must match the essays")
    return np.array([[float(row[0]), float(row[1])] for row in rows])


def load_wassa2022(data: Path, split: str) -> Essays:
    """The training essays (``train``) or the dev essays with their gold (``dev``).

    Example:
        >>> load_wassa2022(Path("/nowhere"), "test")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        affectkit.errors.DataError: WASSA 2022's test essays have no public gold labels; use --split dev ...
    """
    if split not in ("train", "dev"):
        raise DataError(
            f"WASSA 2022's {split} essays have no public gold labels; use --split dev (train on the training essays, "
            "score on dev)"
        )
    folder = data / FOLDER_2022
    if split == "train":
        path = folder / TRAIN_FILE
        rows = _rows(path)
        targets = np.array([[float(row[target]) for target in TARGETS] for row in rows])
        return Essays([row["essay"] for row in rows], targets, [row["response_id"] for row in rows], _sums(path))
    path = folder / DEV_FILE
    rows = _rows(path)
    gold = folder / DEV_GOLD
    targets = _gold(gold, len(rows))
    return Essays([row["essay"] for row in rows], targets, [row["response_id"] for row in rows], _sums(path, gold))


def load_wassa2023_dev(data: Path) -> Essays | None:
    """The WASSA 2023 essay-level dev essays with their gold, or None when they are not there.

    Example:
        >>> load_wassa2023_dev(Path("/nowhere")) is None
        True
    """
    folder = data / FOLDER_2023
    path, gold = folder / DEV_2023, folder / GOLD_2023
    if not (path.is_file() and gold.is_file()):
        return None
    rows = _rows(path)
    return Essays(
        [row["essay"] for row in rows], _gold(gold, len(rows)), [row["speaker_id"] for row in rows], _sums(path, gold)
    )


def _sums(*paths: Path) -> dict[str, str]:
    return {f"{path.parent.name}/{path.name}": sha256(path) for path in paths}


def resample_rows(count: int, resamples: int = RESAMPLES, *, seed: int = 0) -> npt.NDArray[np.int64]:
    """Seeded bootstrap resamples of ``count`` rows (resamples x count row indices); every
    system is scored on the same ones (a paired bootstrap).

    Example:
        >>> resample_rows(5, 3, seed=0).shape
        (3, 5)
    """
    indices: npt.NDArray[np.int64] = np.random.default_rng(seed).integers(0, count, size=(resamples, count))
    return indices


def _r(predicted: Array, gold: Array) -> Array:
    """Pearson r along the last axis (NaN where either side is constant)."""
    p = predicted - predicted.mean(axis=-1, keepdims=True)
    g = gold - gold.mean(axis=-1, keepdims=True)
    spread = np.sqrt((p * p).sum(axis=-1) * (g * g).sum(axis=-1))
    with np.errstate(invalid="ignore", divide="ignore"):
        result: Array = np.where(spread > 0, (p * g).sum(axis=-1) / np.where(spread > 0, spread, 1.0), np.nan)
    return result


def r_interval(predicted: Array, gold: Array, resamples: npt.NDArray[np.int64]) -> tuple[float, float]:
    """The 2.5th and 97.5th percentiles of Pearson r over the resamples (rounded to 4 places).

    Example:
        >>> r_interval(np.arange(6.0), np.arange(6.0), resample_rows(6, 20, seed=1))
        (1.0, 1.0)
    """
    return _percentiles(_r(predicted[resamples], gold[resamples]))


def _percentiles(values: Array) -> tuple[float, float]:
    """The 2.5th and 97.5th percentiles of the defined values (NaN when none is: a constant system)."""
    defined = values[~np.isnan(values)]
    if not defined.size:
        return math.nan, math.nan
    low, high = np.percentile(defined, [2.5, 97.5])
    return round(float(low), 4), round(float(high), 4)


def score_system(predicted: Array, gold: Array, resamples: npt.NDArray[np.int64]) -> dict[str, Any]:
    """Pearson r of each target and their average, each with its bootstrap 95% interval.

    Example:
        >>> gold = np.array([[1.0, 2.0], [2.0, 1.0], [3.0, 3.0], [4.0, 5.0]])
        >>> scored = score_system(gold + 0.1, gold, resample_rows(4, 10, seed=0))
        >>> scored["empathy"], scored["average"]
        (1.0, 1.0)
    """
    scores: dict[str, Any] = {}
    intervals: dict[str, list[float]] = {}
    for column, target in enumerate(TARGETS):
        scores[target] = round(float(_r(predicted[:, column], gold[:, column])), 4)
        intervals[target] = list(r_interval(predicted[:, column], gold[:, column], resamples))
    scores["average"] = round((scores["empathy"] + scores["distress"]) / 2.0, 4)
    both = _r(predicted[resamples].transpose(0, 2, 1), gold[resamples].transpose(0, 2, 1)).mean(axis=1)
    intervals["average"] = list(_percentiles(both))
    scores["interval_95"] = intervals
    return scores


def evaluate_wassa(
    data: Path,
    split: str = "dev",
    *,
    model: str | Path | None = None,
    baselines: bool = True,
    seed: int = 0,
    resamples: int = RESAMPLES,
    progress: Any = None,
) -> dict[str, Any]:
    """Train the empathy and distress heads on WASSA 2022 train, score them on ``split``
    (dev), beside the baseline and the shipped heads; then the same on WASSA 2023 dev."""
    from affectkit.adapt.train import encode_rows, load_encoder, train_head
    from affectkit.errors import ModelError
    from affectkit.evaluate.baselines import tfidf_ridge
    from affectkit.evaluate.runner import _versions
    from affectkit.models.custom_head import CustomHead

    say = progress or (lambda message: None)
    started = time.perf_counter()
    train = load_wassa2022(data, "train")
    evaluated = load_wassa2022(data, split)
    transfer = load_wassa2023_dev(data)
    encoder = load_encoder(model)
    say(f"reading {len(train.texts):,} training essays")
    train_rows = encode_rows(encoder, train.texts, long_text="sentences")
    folds = min(FOLDS, len(set(train.writers)))
    heads = [
        train_head(
            f"wassa-{target}",
            train.texts,
            train.targets[:, column].tolist(),
            task="regression",
            cv=folds,
            groups=train.writers,
            seed=seed,
            encoder=encoder,
            target=target,
            long_text="sentences",
            features=train_rows,
        ).head
        for column, target in enumerate(TARGETS)
    ]
    shipped: list[CustomHead] | None
    try:
        shipped = [CustomHead.load(HEADS[target], encoder=(encoder.name, encoder.version)) for target in TARGETS]
    except ModelError:  # another encoder: the shipped heads refuse it
        shipped = None
    sets = {"main": evaluated} | ({"wassa2023": transfer} if transfer is not None else {})
    predictions: dict[str, dict[str, Array]] = {name: {} for name in sets}
    for name, essays in sets.items():
        say(f"reading {len(essays.texts):,} {'dev' if name == 'main' else 'WASSA 2023 dev'} essays")
        rows = encode_rows(encoder, essays.texts, long_text="sentences")
        predictions[name][HEADS_TRAINED] = np.column_stack([head.scores(rows)[:, 0] for head in heads])
        if shipped is not None:
            predictions[name][HEADS_SHIPPED] = np.column_stack([head.scores(rows)[:, 0] for head in shipped])
    if baselines:
        say("fitting TF-IDF + ridge regression on the training essays")
        for name, essays in sets.items():
            predicted = tfidf_ridge(train.texts, train.targets.astype(np.float32), essays.texts)
            predictions[name][BASELINE] = predicted
    scored: dict[str, dict[str, Any]] = {}
    for name, essays in sets.items():
        drawn = resample_rows(len(essays.texts), resamples, seed=seed)
        scored[name] = {system: score_system(p, essays.targets, drawn) for system, p in predictions[name].items()}
    files = {**train.files, **evaluated.files, **(transfer.files if transfer is not None else {})}
    report: dict[str, Any] = {
        "task": "wassa",
        "split": split,
        "texts": len(evaluated.texts),
        "train_texts": len(train.texts),
        "model": {"name": encoder.name, "version": encoder.version},
        "settings": {
            "metric": "Pearson r (1-7 scale); the shared task's measure is the average of empathy and distress",
            "interval": f"percentile bootstrap 95%, {resamples} resamples of the essays, seed {seed}, paired",
            "heads": f"ridge on logits+vad+pooled, long_text=sentences, alpha by {folds}-fold CV on train "
            "grouped by writer; the shipped heads are the same recipe on the same essays (Buechel et al. 2018)",
            "baseline": "TF-IDF word 1-2 grams + ridge (alpha 1) on the same training essays",
        },
        "data": {"folder": str(data), "sha256": files},
        "versions": _versions(),
        "systems": scored["main"],
        "published_reference": PUBLISHED,
        "targets": TARGET_AVERAGE,
        "seconds": round(time.perf_counter() - started, 1),
    }
    if transfer is not None:
        report["transfer"] = {
            "wassa2023_essay_dev": {
                "texts": len(transfer.texts),
                "systems": scored["wassa2023"],
                "published_reference": PUBLISHED_2023,
            }
        }
    return report
