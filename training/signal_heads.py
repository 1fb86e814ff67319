"""Train the shipped mental-health signal heads (``signals-minilm``) with ``affectkit.adapt.train_head``.

One head per signal on the frozen encoder's features (logits, VAD, pooled vector), each a
numpy logistic model whose L2 strength, temperature and (multi-label) thresholds are chosen
on the set's val split (or by 5-fold CV where there is none):

- depression: IMHI DR train / val (labels: the opening of the ChatGPT answer, yes/no);
- stress: Dreaddit train (human labels) / IMHI dreaddit val;
- stress_cause: IMHI SAD train / val (9 causes);
- cause: CAMS (IntentSDCNL train + added_CAMS, whichever of "with" or "without" the added
  posts is better on val), val a seeded 15% of train (6 causes);
- interpersonal_risk: IRF train / val, human labels (multi-label: thwarted belongingness,
  perceived burdensomeness);
- wellness: MultiWD train (human labels, multi-label 6), val a seeded 15%;
- loneliness (no training data here): IRF's human thwarted-belongingness labels as lonely
  yes/no (train / val of IRF);
- tsid (no training data here): a 4-class head on a mix of other sets' labels: SDCNL
  r/SuicideWatch -> suicide or self-harm tendency; SDCNL r/depression and DR yes ->
  depression; Dreaddit r/ptsd posts -> ptsd; DR no, Dreaddit non-stress posts of other
  subreddits and a seeded GoEmotions train sample -> no mental disorders; 5-fold CV.

Every train and val post that is also a test post of any IMHI set (or of the IRF and
MultiWD human test files) is dropped first (``affectkit.evaluate.imhi_data``). The heads are
trained with ``long_text="truncate"`` and with ``"sentences"``; the bundle keeps the setting
whose held-out weighted-F1, averaged over the heads, is higher (the runtime encodes a text
once for every head). No test split is read for any choice.

Feature rows are cached under ``--cache`` (``feat_*.npy``), so each text list is encoded once.
About 40 minutes on 2 cores the first time, nearly all of it encoding.

Example::

    python training/signal_heads.py --data ../shared/data --out src/affectkit/models/weights/signals-minilm
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import hashlib
import io
import json
import os
import random
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from affectkit.adapt import DataSource, TrainedHead, train_head
from affectkit.adapt.train import encode_rows, load_encoder
from affectkit.evaluate import imhi_data as sets
from affectkit.evaluate.datasets import sha256
from affectkit.models import Encoder
from affectkit.models.features import Features

SIGNALS = ("depression", "stress", "stress_cause", "cause", "loneliness", "wellness", "interpersonal_risk", "tsid")
SET_OF = {
    "depression": "DR", "stress": "dreaddit", "stress_cause": "SAD", "cause": "CAMS", "loneliness": "loneliness",
    "wellness": "MultiWD", "interpersonal_risk": "IRF", "tsid": "T-SID",
}  # fmt: skip
LICENCES = {
    "DR": "IMHI (MentaLLaMA), MIT, non-clinical research only",
    "dreaddit": "Dreaddit: research use with citation; IMHI val: MIT, non-clinical research only",
    "SAD": "IMHI (MentaLLaMA), MIT, non-clinical research only",
    "CAMS": "CAMS: free for research purposes with citation",
    "IRF": "IRF: no licence stated, research use with citation",
    "MultiWD": "MultiWD: no licence stated, research use with citation",
    "loneliness": "IRF: no licence stated, research use with citation",
    "T-SID": "SDCNL (research use with citation), IMHI DR (MIT, non-clinical research only), Dreaddit "
    "(research use with citation), GoEmotions (Apache-2.0)",
}
CITATIONS = {
    "DR": "Yang et al. Towards Interpretable Mental Health Analysis with Large Language Models. EMNLP 2023",
    "dreaddit": "Turcan and McKeown. Dreaddit: A Reddit Dataset for Stress Analysis in Social Media. LOUHI 2019",
    "SAD": "Mauriello et al. SAD: A Stress Annotated Dataset. CHI EA 2021; IMHI (Yang et al. EMNLP 2023)",
    "CAMS": "Garg et al. CAMS: An Annotated Corpus for Causal Analysis of Mental Health Issues. LREC 2022",
    "IRF": "Garg et al. An Annotated Dataset for Explainable Interpersonal Risk Factors of Mental Disturbance in "
    "Social Media Posts. Findings of ACL 2023",
    "MultiWD": "Garg et al. MultiWD: Multi-label Wellness Dimensions in Social Media Posts. J. Biomed. Inform. 2024",
    "loneliness": "Garg et al. Findings of ACL 2023 (IRF)",
    "T-SID": "Haque et al. ICANN 2021 (SDCNL); Yang et al. EMNLP 2023 (IMHI); Turcan and McKeown 2019; "
    "Demszky et al. ACL 2020 (GoEmotions)",
}
CITATION_LIST = (
    "Yang et al. Towards Interpretable Mental Health Analysis with Large Language Models. EMNLP 2023 (IMHI)",
    "Yang et al. MentaLLaMA: Interpretable Mental Health Analysis on Social Media with Large Language Models. WWW 2024",
    "Turcan and McKeown. Dreaddit: A Reddit Dataset for Stress Analysis in Social Media. LOUHI 2019",
    "Mauriello et al. SAD: A Stress Annotated Dataset for Recognizing Everyday Stressors in SMS-like Conversational "
    "Systems. CHI EA 2021",
    "Garg et al. CAMS: An Annotated Corpus for Causal Analysis of Mental Health Issues in Social Media Posts. "
    "LREC 2022",
    "Garg et al. An Annotated Dataset for Explainable Interpersonal Risk Factors of Mental Disturbance in Social Media "
    "Posts. Findings of ACL 2023",
    "Garg et al. MultiWD: Multi-label Wellness Dimensions in Social Media Posts (github.com/drmuskangarg/MultiWD)",
    "Haque et al. Deep Learning for Suicide and Depression Identification with Unsupervised Label Correction. "
    "ICANN 2021 (SDCNL)",
    "Demszky et al. GoEmotions: A Dataset of Fine-Grained Emotions. ACL 2020",
)
TRANSFER = {
    "loneliness": "no loneliness training data here: a head trained on IRF's human thwarted-belongingness labels "
    "(Joiner's unmet need to belong) read as lonely yes/no",
    "tsid": "no T-SID training data here: a 4-class head on other sets' labels (SDCNL r/SuicideWatch -> suicide or "
    "self-harm tendency; SDCNL r/depression and DR yes -> depression; Dreaddit r/ptsd -> ptsd; DR no, Dreaddit "
    "non-stress and GoEmotions comments -> no mental disorders)",
}


class MemoEncoder:
    """An encoder that remembers each text's outputs, so dev texts that ``train_head``
    encodes for every variant are encoded once (a text's floats do not depend on its batch)."""

    def __init__(self, inner: Encoder) -> None:
        self.inner = inner
        self.memo: dict[str, tuple[Any, Any, Any, Any]] = {}
        self.name, self.version, self.labels = inner.name, inner.version, inner.labels
        self.thresholds, self.temperature = inner.thresholds, inner.temperature
        self.vad_columns, self.max_tokens = inner.vad_columns, inner.max_tokens

    @property
    def has_pooled(self) -> bool:
        return bool(self.inner.has_pooled)

    def encode(self, texts: Sequence[Any], *, batch_size: int = 32, pooled: bool = False, **options: Any) -> Features:
        if not pooled or not all(isinstance(text, str) for text in texts):
            return self.inner.encode(texts, batch_size=batch_size, pooled=pooled, **options)
        missing = sorted({text for text in texts if text not in self.memo})
        if missing:
            found = self.inner.encode(missing, batch_size=batch_size, pooled=True, **options)
            assert found.pooled is not None
            for i, text in enumerate(missing):
                self.memo[text] = (found.logits[i], found.vad[i], found.pooled[i], found.encoded[i])
        parts = [self.memo[text] for text in texts]
        return Features(
            np.stack([p[0] for p in parts]),
            np.stack([p[1] for p in parts]),
            np.stack([p[2] for p in parts]),
            tuple(p[3] for p in parts),
            (self.inner.name, self.inner.version),
        )

    def tokenize_batch(self, texts: Sequence[str]) -> Any:
        return self.inner.tokenize_batch(texts)

    def count_tokens(self, text: str) -> int:
        return int(self.inner.count_tokens(text))

    def probabilities(self, logits: Any) -> Any:
        return self.inner.probabilities(logits)

    def vad_scale(self, vad: Any) -> Any:
        return self.inner.vad_scale(vad)


class Rows:
    """Feature rows of text lists, cached on disk by content, encoder and long_text."""

    def __init__(self, encoder: Encoder, cache: Path) -> None:
        self.encoder = encoder
        self.cache = cache
        cache.mkdir(parents=True, exist_ok=True)

    def of(self, tag: str, texts: Sequence[str], long_text: str) -> np.ndarray:
        digest = hashlib.sha256("\x1e".join([self.encoder.name, self.encoder.version, *texts]).encode()).hexdigest()
        path = self.cache / f"feat_{tag}_{long_text}_{digest[:12]}.npy"
        if path.is_file():
            cached: np.ndarray = np.load(path)
            return cached
        started = time.perf_counter()
        rows = encode_rows(self.encoder, texts, long_text=long_text)
        np.save(path, rows)
        print(
            f"  encoded {len(texts):,} {tag} texts ({long_text}) in {time.perf_counter() - started:.0f} s", flush=True
        )
        return rows


def weighted_f1(truth: np.ndarray, predicted: np.ndarray, classes: int) -> float:
    """Support-weighted mean of the per-class F1 (classes as integer ids)."""
    total = 0.0
    for c in range(classes):
        hits = float(np.sum((predicted == c) & (truth == c)))
        made, actual = float(np.sum(predicted == c)), float(np.sum(truth == c))
        f1 = 2 * hits / (made + actual) if made + actual else 0.0
        total += f1 * actual
    return total / max(len(truth), 1)


def held_out_weighted_f1(trained: TrainedHead, rows: np.ndarray, labels: Sequence[Any]) -> float:
    """Weighted-F1 of a head on held-out rows: over the classes (single-label), or over the
    pooled per-label yes/no decisions (multi-label)."""
    head = trained.head
    scores = head.scores(rows)
    if head.multi_label:
        gold = np.array([[name in label for name in head.labels] for label in labels])
        on = scores >= np.array([head.thresholds.get(name, 0.5) for name in head.labels])[None, :]
        return weighted_f1(gold.ravel().astype(int), on.ravel().astype(int), 2)
    index = {name: i for i, name in enumerate(head.labels)}
    return weighted_f1(np.array([index[label] for label in labels]), np.argmax(scores, axis=1), len(head.labels))


@dataclasses.dataclass
class Job:
    """One head to train: its texts and labels, and its dev rows or CV folds."""

    signal: str
    texts: list[str]
    labels: list[Any]
    tags: str
    dev: tuple[list[str], list[Any]] | None
    multi: bool
    trained_on: str
    files: dict[str, str]
    row_tags: list[str] | None = None


def _goemotions(data: Path, sample: int, seed: int) -> list[str]:
    lines = (data / "goemotions/train.tsv").read_text(encoding="utf-8").splitlines()
    random.Random(seed).shuffle(lines)
    return [line.split("\t")[0] for line in lines[:sample]]


def _sdcnl(data: Path) -> sets.SetRows:
    path = data / "mental_health/sdcnl/training-set.csv"
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8", errors="replace"), newline="")))
    texts = [f"{row['title']}. {row['selftext']}".strip() for row in rows]
    labels: list[sets.Label] = [
        "suicide or self-harm tendency" if int(float(row["is_suicide"])) == 1 else "depression" for row in rows
    ]
    return sets.SetRows("SDCNL", "train", texts, labels, {"sdcnl/training-set.csv": sha256(path)})


def jobs(data: Path, seed: int, goemotions_sample: int) -> tuple[list[Job], dict[str, Any]]:
    """Every head's rows (test posts of every set dropped) and the drop counts."""
    keys = sets.keys_of_test_posts(data)
    loaded = {name: sets.load_training(data, name, keys, seed=seed) for name in sets.TRAINED}
    dropped: dict[str, Any] = {name: found[2] for name, found in loaded.items()}
    out: list[Job] = []
    for signal in ("depression", "stress", "stress_cause", "cause", "interpersonal_risk", "wellness"):
        name = SET_OF[signal]
        train, val, _ = loaded[name]
        multi = name in sets.MULTI
        how = "val file" if name in ("DR", "dreaddit", "SAD", "IRF") else f"seeded {sets.VAL_SHARE:.0%} val of train"
        out.append(
            Job(
                signal, train.texts, [list(x) if multi else x for x in train.labels], name,
                (val.texts, [list(x) if multi else x for x in val.labels]), multi,
                f"{', '.join(sorted(train.files | val.files))}: {train.count} train rows, {val.count} val rows "
                f"({how}), test posts of every set dropped",
                train.files, train.tags if name == "CAMS" else None,
            )
        )  # fmt: skip
    # loneliness: IRF's thwarted belongingness as lonely yes/no
    train, val, _ = loaded["IRF"]
    lonely = [("yes" if "thwarted_belongingness" in label else "no") for label in train.labels]
    lonely_val = [("yes" if "thwarted_belongingness" in label else "no") for label in val.labels]
    out.append(
        Job("loneliness", train.texts, lonely, "IRF", (val.texts, lonely_val), False,
            f"irf/train_data.csv belong as lonely yes/no: {train.count} train rows, {val.count} val rows "
            "(irf/val_data.csv), test posts of every set dropped", train.files)
    )  # fmt: skip
    # tsid: a mix of other sets' labels, scored by 5-fold CV
    sdcnl, sdcnl_dropped = sets.drop_test_posts(_sdcnl(data), keys)
    dropped["SDCNL (T-SID mix)"] = {"train": sdcnl_dropped}
    goemotions = sets.SetRows("GoEmotions", "train", _goemotions(data, goemotions_sample, seed), [], {})
    goemotions = dataclasses.replace(goemotions, labels=["no mental disorders"] * goemotions.count)
    goemotions, ge_dropped = sets.drop_test_posts(goemotions, keys)
    dropped["GoEmotions (T-SID mix)"] = {"train": ge_dropped}
    dr_train, dr_val, _ = loaded["DR"]
    dreaddit_train, _, _ = loaded["dreaddit"]
    texts: list[str] = []
    labels: list[Any] = []
    for rows in (dr_train, dr_val):
        texts += rows.texts
        labels += ["depression" if label == "yes" else "no mental disorders" for label in rows.labels]
    assert dreaddit_train.tags is not None
    for text, label, subreddit in zip(dreaddit_train.texts, dreaddit_train.labels, dreaddit_train.tags):
        if subreddit == "ptsd":
            texts.append(text)
            labels.append("ptsd")
        elif label == "no":
            texts.append(text)
            labels.append("no mental disorders")
    texts += sdcnl.texts + goemotions.texts
    labels += sdcnl.labels + goemotions.labels
    counts = {label: labels.count(label) for label in sets.TSID_LABELS}
    out.append(
        Job("tsid", texts, labels, "tsid-mix", None, False,
            f"a mix of {len(texts)} rows ({', '.join(f'{k} {v}' for k, v in counts.items())}) from SDCNL train, "
            f"IMHI DR train+val, Dreaddit train and {goemotions.count} seeded GoEmotions train comments; "
            "5-fold CV, test posts of every set dropped",
            {**sdcnl.files, **dr_train.files, **dr_val.files, **dreaddit_train.files})
    )  # fmt: skip
    return out, dropped


Result = tuple[TrainedHead, float, float, str]


def train_one(job: Job, rows: Rows, encoder: Encoder, long_text: str, seed: int) -> Result:
    """The head of one job, its held-out weighted-F1, seconds and what it was trained on
    (for cause: with and without added_CAMS, the better on val)."""
    started = time.perf_counter()
    features = rows.of(f"{job.signal}-train", job.texts, long_text)
    source = DataSource(
        f"{job.tags} ({job.signal})",
        hashlib.sha256(json.dumps(job.files, sort_keys=True).encode()).hexdigest(),
        len(job.texts),
        licence=LICENCES[SET_OF[job.signal]],
        citation=CITATIONS[SET_OF[job.signal]],
    )
    common: dict[str, Any] = {
        "multi_label": job.multi, "seed": seed, "encoder": encoder, "long_text": long_text, "source": source,
    }  # fmt: skip
    if job.dev is None:
        trained = train_head(job.signal, job.texts, job.labels, cv=5, features=features, **common)
        score = _cv_weighted_f1(trained)
        return trained, score, time.perf_counter() - started, job.trained_on
    dev_rows = rows.of(f"{job.signal}-val", job.dev[0], long_text)
    trained = train_head(job.signal, job.texts, job.labels, dev=job.dev, features=features, **common)
    score = held_out_weighted_f1(trained, dev_rows, job.dev[1])
    trained_on = job.trained_on
    if job.row_tags is not None:  # CAMS: IntentSDCNL alone, if better on the same val rows
        print(f"    cause with added_CAMS: val weighted-F1 {score:.4f}", flush=True)
        keep = [i for i, tag in enumerate(job.row_tags) if tag != "added_CAMS_data"]
        alone = train_head(
            job.signal, [job.texts[i] for i in keep], [job.labels[i] for i in keep], dev=job.dev,
            features=features[keep], **common,
        )  # fmt: skip
        alone_score = held_out_weighted_f1(alone, dev_rows, job.dev[1])
        print(f"    cause without added_CAMS: val weighted-F1 {alone_score:.4f}", flush=True)
        if alone_score > score:
            trained, score = alone, alone_score
            trained_on = (
                f"cams/IntentSDCNL_Training.csv alone ({len(keep)} train rows; better on val than with "
                f"added_CAMS), val: {job.trained_on.split('rows, ', 1)[1]}"
            )
    return trained, score, time.perf_counter() - started, trained_on


def _cv_weighted_f1(trained: TrainedHead) -> float:
    per: dict[str, dict[str, float]] = trained.scores["per_label"]
    total = sum(v["support"] for v in per.values())
    return sum(v["f1"] * v["support"] for v in per.values()) / max(total, 1.0)


def _head_of(job: Job, limit: int) -> Job:
    step = max(len(job.texts) // limit, 1)  # spread over the rows, so every class is there
    dev = None if job.dev is None else (job.dev[0][::step][:limit], job.dev[1][::step][:limit])
    tags = None if job.row_tags is None else job.row_tags[::step][:limit]
    return dataclasses.replace(job, texts=job.texts[::step][:limit], labels=job.labels[::step][:limit], dev=dev,
                               row_tags=tags)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("AFFECTKIT_DATA", "../shared/data")))
    parser.add_argument("--out", type=Path, default=Path("src/affectkit/models/weights/signals-minilm"))
    parser.add_argument("--cache", type=Path, default=Path(os.environ.get("AFFECTKIT_FEATURE_CACHE", "/tmp/ck")))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--goemotions-sample", type=int, default=1500)
    parser.add_argument("--long-text", default="both", choices=("both", "truncate", "sentences"))
    parser.add_argument("--limit", type=int, default=None, help="a smoke test: the first N rows of each split")
    parser.add_argument("--card-from", type=Path, default=None, help="only rewrite MODEL_CARD.md with this eval report")
    args = parser.parse_args()
    if args.card_from is not None:
        print(f"wrote {write_card(args.out, json.loads(args.card_from.read_text('utf-8')))}")
        return
    started = time.perf_counter()
    encoder = MemoEncoder(load_encoder(None))
    rows = Rows(encoder, args.cache)
    found, dropped = jobs(args.data, args.seed, args.goemotions_sample)
    if args.limit:
        found = [_head_of(job, args.limit) for job in found]
    print("test posts dropped per set:", json.dumps(dropped), flush=True)
    modes = ("truncate", "sentences") if args.long_text == "both" else (args.long_text,)
    results: dict[str, dict[str, Result]] = {}
    for mode in modes:
        print(f"long_text={mode}", flush=True)
        results[mode] = {}
        for job in found:
            result = train_one(job, rows, encoder, mode, args.seed)
            results[mode][job.signal] = result
            kind = "val" if job.dev is not None else "5-fold CV"
            print(f"  {job.signal:<19} {kind} weighted-F1 {result[1]:.4f}  {result[2]:.0f} s", flush=True)
    average = {mode: float(np.mean([r[1] for r in results[mode].values()])) for mode in modes}
    chosen = max(modes, key=lambda mode: average[mode])
    print("average held-out weighted-F1: " + ", ".join(f"{m} {v:.5f}" for m, v in average.items()), flush=True)
    print(f"chosen long_text={chosen}", flush=True)
    write_bundle(args.out, found, results, chosen, average, dropped, encoder)
    print(f"wrote {args.out} in {time.perf_counter() - started:.0f} s", flush=True)


def write_bundle(
    out: Path,
    found: list[Job],
    results: dict[str, dict[str, Result]],
    chosen: str,
    average: dict[str, float],
    dropped: dict[str, Any],
    encoder: Encoder,
) -> None:
    """The head folders, ``signals.json`` and ``training.json`` (held-out scores, drops)."""
    out.mkdir(parents=True, exist_ok=True)
    by_signal = {job.signal: job for job in found}
    signals = []
    for signal in SIGNALS:
        trained, _, _, trained_on = results[chosen][signal]
        trained.save(out / signal)
        job = by_signal[signal]
        signals.append(
            {
                "name": signal,
                "set": SET_OF[signal],
                "head": signal,
                "kind": "multi" if job.multi else "single",
                "trained_on": trained_on,
                "transfer": TRANSFER.get(signal),
            }
        )
    manifest = {
        "name": "signals-minilm",
        "version": "1",
        "encoder": {"name": encoder.name, "version": encoder.version},
        "long_text": chosen,
        "signals": signals,
    }
    (out / "signals.json").write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
    training = {
        "long_text": {"chosen": chosen, "average_held_out_weighted_f1": {m: round(v, 5) for m, v in average.items()}},
        "held_out_weighted_f1": {
            mode: {signal: round(r[1], 4) for signal, r in per.items()} for mode, per in results.items()
        },
        "seconds": {mode: {signal: round(r[2], 1) for signal, r in per.items()} for mode, per in results.items()},
        "test_posts_dropped": dropped,
    }
    (out / "training.json").write_text(json.dumps(training, indent=2) + "\n", "utf-8")
    write_card(out)


DATA_LICENCES = [
    ("IMHI (MentaLLaMA): DR, SAD and Dreaddit instruction files, the derived test files",
     "MIT; \"non-clinical research only\" (SteveKGYang/MentalLLaMA)"),
    ("Dreaddit (dreaddit-train.csv)", "research use with citation (Turcan and McKeown, 2019)"),
    ("CAMS (IntentSDCNL_Training.csv, added_CAMS_data.csv)",
     "\"can be used freely for research purposes\" with citation (Garg et al., LREC 2022)"),
    ("IRF (train_data.csv, val_data.csv)", "no licence stated: research use with citation (Garg et al., 2023)"),
    ("MultiWD (train_data.csv)", "no licence stated: research use with citation (Garg et al.)"),
    ("SDCNL (training-set.csv, T-SID mix)", "no licence stated: research use with citation (Haque et al., 2021)"),
    ("GoEmotions (train.tsv sample, T-SID mix)", "Apache-2.0 (Demszky et al., 2020)"),
]  # fmt: skip


def write_card(out: Path, report: dict[str, Any] | None = None) -> Path:
    """The bundle's MODEL_CARD.md from signals.json and training.json, with the test table of an
    ``affectkit eval imhi`` report when one is given (its numbers, unchanged)."""
    manifest = json.loads((out / "signals.json").read_text("utf-8"))
    training = json.loads((out / "training.json").read_text("utf-8"))
    chosen = manifest["long_text"]
    held = training["held_out_weighted_f1"][chosen]
    averages = list(training["held_out_weighted_f1"].values())
    encoder = manifest["encoder"]
    lines = [
        f"# {manifest['name']} {manifest['version']}: mental-health signal heads",
        "",
        "Eight heads on the frozen emotion encoder's features (logits, VAD and pooled vector of one pass of "
        f"{encoder['name']} {encoder['version']}), numpy logistic models trained with `affectkit.adapt.train_head` "
        "by `training/signal_heads.py` (`make signals-heads`). They read the language of a text: they do not "
        "diagnose anyone, and they are for research, not for clinical or moderation decisions about a person.",
        "",
        f'Texts are read with `long_text="{chosen}"` by every head (one encoder pass serves them all): '
        "mean held-out weighted-F1 over the eight heads "
        + ", ".join(
            f"{mode} {np.mean(list(per.values())):.5f}" for mode, per in training["held_out_weighted_f1"].items()
        )
        + "; the higher was kept"
        + (" (a near tie, within 0.001)." if np.ptp([np.mean(list(p.values())) for p in averages]) < 1e-3 else "."),
        "",
        "## Signals",
        "",
        "| signal | IMHI set | kind | held-out weighted-F1 | trained on |",
        "|---|---|---|---|---|",
    ]
    for spec in manifest["signals"]:
        how = "5-fold CV" if spec["name"] == "tsid" else "val"
        lines.append(
            f"| {spec['name']} | {spec['set']} | {spec['kind']} | {100 * held[spec['name']]:.1f} ({how}) | "
            f"{spec['trained_on']} |"
        )
    lines += [
        "",
        "Held-out weighted-F1: over the classes (single-label) or over every (post, label) yes/no decision "
        "(multi-label), on the val rows (the L2 strength, the temperature and the multi-label thresholds were "
        "chosen on them) or out of fold.",
        "",
        "## Sets with no training data here",
        "",
    ]
    lines += [
        f"- {spec['name']} ({spec['set']}): {spec['transfer']}." for spec in manifest["signals"] if spec["transfer"]
    ]
    lines += [
        "",
        "## Test posts kept out",
        "",
        "Every train and val post that is also a test post of any IMHI set (or of the IRF and MultiWD human test "
        "files) was dropped before training: the same text lowercased with whitespace collapsed (exact), or the "
        "same letters and digits, or the same first 80 of them (near). Many CAMS, IRF and MultiWD posts are the "
        "same Reddit posts annotated for several of these sets, hence the large counts:",
        "",
        "| data | dropped (exact / near) |",
        "|---|---|",
    ]
    for name, splits in training["test_posts_dropped"].items():
        shown = "; ".join(f"{split} {c['exact']} / {c['near']}" for split, c in splits.items())
        lines.append(f"| {name} | {shown} |")
    lines += ["", "## Test scores (`affectkit eval imhi`)", ""]
    if report is None:
        lines.append("Not measured yet: run `affectkit eval imhi --report imhi.json`, then "
                     "`python training/signal_heads.py --card-from imhi.json`.")  # fmt: skip
    else:
        lines += _test_table(report)
    lines += ["", "## Data and licences", "", "| data | licence |", "|---|---|"]
    lines += [f"| {data} | {licence} |" for data, licence in DATA_LICENCES]
    lines += [
        "",
        "The posts are real people's words about real distress; none is shipped here. A model trained on these "
        "sets inherits their research-only terms.",
        "",
        "## Citations",
        "",
    ]
    lines += [f"- {citation}" for citation in CITATION_LIST]
    card = out / "MODEL_CARD.md"
    card.write_text("\n".join(lines) + "\n", "utf-8")
    return card


def _test_table(report: dict[str, Any]) -> list[str]:
    from affectkit.evaluate.imhi_eval import AFFECTKIT, MAJORITY, PUBLISHED_COLUMNS, TFIDF, table_rows

    lines = [
        "Weighted-F1 (%) on each test split; baselines fitted in the same run; affectkit "
        f"{report['versions']['affectkit']}, {report['model']['name']} {report['model']['version']}.",
        "",
        "| set | test items | affectkit | majority class | TF-IDF + LR | "
        + " | ".join(PUBLISHED_COLUMNS)
        + " | must reach |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for row in table_rows(report):
        scores = row["scores"]
        tfidf = f"{scores[TFIDF]:.1f}" if TFIDF in scores else str(row["tfidf"])
        published = row["published"] or ["—"] * 3
        shown = [f"{v:.1f}" if isinstance(v, float) else str(v) for v in published]
        must = "—" if row["must_reach"] is None else f"{row['must_reach']:.1f}"
        majority = f"{scores[MAJORITY]:.1f}" if MAJORITY in scores else "—"
        lines.append(
            f"| {row['set']} | {row['items']:,} | {scores[AFFECTKIT]:.1f} | {majority} | {tfidf} | "
            + " | ".join(shown)
            + f" | {must} |"
        )
    lines += [
        "",
        f"{report['settings']['multi_label']}.",
        f"Published rows: {report['published_reference']['caveat']}",
    ]
    not_read = {name: entry["not_read"] for name, entry in report["sets"].items() if entry.get("not_read")}
    if not_read:
        lines += [
            "",
            "Posts the signals do not read (not English; they count as misses): "
            + ", ".join(f"{name} {count}" for name, count in not_read.items()) + ".",
        ]  # fmt: skip
    evidence = report["sets"].get("IRF", {}).get("evidence")
    if evidence:
        lines += [
            "",
            f"Evidence: token F1 against IRF's human spans ({evidence['texts']} spans in a seeded sample of "
            f"{evidence['posts']} test posts; Shapley values of the post's phrases, budget {evidence['budget']}, "
            f"one cited stretch per label): {evidence['cited']:.1f} for the cited evidence "
            f"({evidence['mean_cited_words']:.1f} words on average), against {evidence['whole_text']:.1f} for the "
            f"whole post and {evidence['random_span']:.1f} for a random stretch as long; "
            f"{evidence['not_found']} human spans could not be found in their post. The citation settings were "
            "chosen on IRF's validation posts (`care/mh_signals.py`).",
        ]
    behind = {
        system: [
            row["set"] for row in table_rows(report) if row["scores"].get(system, -1.0) >= row["scores"][AFFECTKIT]
        ]
        for system in (TFIDF, MAJORITY)
    }
    missed = [name for name, entry in report["sets"].items() if entry.get("reached") is False]
    lines += [
        "",
        "Reading it: "
        + ("every must-reach target is met" if not missed else f"below must-reach: {', '.join(missed)}")
        + f"; TF-IDF + LR scores at least as high as the heads on {', '.join(behind[TFIDF]) or 'no set'}; the "
        f"majority class on {', '.join(behind[MAJORITY]) or 'no set'}. The heads read a text once with a small "
        "encoder and a linear layer; the published rows are ChatGPT, fine-tuned encoders and a 13B LLM.",
    ]
    return lines


if __name__ == "__main__":
    main()
