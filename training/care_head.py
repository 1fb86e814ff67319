"""Train the care layer's learned head: none / distress / suicidal language, on the emotion
encoder's features (logits, VAD, pooled vector): standardised, then a multinomial logistic
regression or a one-hidden-layer ReLU network (whichever catches more suicidal posts on
validation at the false-alarm target), run with numpy at inference.

Data (research use; read by path, never copied): SDCNL train (r/SuicideWatch posts:
suicidal; r/depression posts: distress), IMHI DR train (depression yes: distress, no: none),
Dreaddit train (stress: distress, none: none) and a seeded sample of GoEmotions train
(everyday Reddit comments: none). A seeded 20% of it is the validation split: C is chosen
there: each candidate's threshold is the lowest whose false-alarm rate on validation
"none" texts is at most ``--max-false-alarm``, and the candidate with the highest
validation recall of suicidal posts at its threshold is kept. No test split is read.

    python training/care_head.py --data ../shared/data --out src/affectkit/models/weights/care-minilm
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import time
from pathlib import Path

import numpy as np

LABELS = ("none", "distress", "suicidal")


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        return list(csv.DictReader(handle))


def load(
    data: Path, goemotions_sample: int, seed: int, titles: dict[int, str] | None = None
) -> tuple[list[str], list[int], dict[str, str]]:
    """The training rows; ``titles`` (if given) is filled with each SDCNL post's title by row."""
    texts: list[str] = []
    labels: list[int] = []
    files: dict[str, Path] = {}
    files["sdcnl"] = data / "mental_health/sdcnl/training-set.csv"
    for row in _rows(files["sdcnl"]):
        if titles is not None and len(row["title"].split()) >= 2:
            titles[len(texts)] = row["title"].strip()
        texts.append(f"{row['title']}. {row['selftext']}".strip())
        labels.append(2 if int(float(row["is_suicide"])) == 1 else 1)
    files["dr"] = data / "mental_health/imhi/raw/train_instruction/DR_train.csv"
    for row in _rows(files["dr"]):
        query = row["query"]
        post = query.split('"', 1)[1].rsplit('"', 1)[0] if '"' in query else query
        answer = row["gpt-3.5-turbo"].strip().lower()
        if answer.startswith(("yes", "no")):
            texts.append(post)
            labels.append(1 if answer.startswith("yes") else 0)
    files["dreaddit"] = data / "mental_health/dreaddit/dreaddit-train.csv"
    for row in _rows(files["dreaddit"]):
        texts.append(row["text"])
        labels.append(1 if row["label"] == "1" else 0)
    files["goemotions"] = data / "goemotions/train.tsv"
    lines = files["goemotions"].read_text(encoding="utf-8").splitlines()
    random.Random(seed).shuffle(lines)
    for line in lines[:goemotions_sample]:
        texts.append(line.split("\t")[0])
        labels.append(0)
    digests = {name: hashlib.sha256(path.read_bytes()).hexdigest()[:16] for name, path in files.items()}
    return texts, labels, digests


RISK = {"suicidal_ideation", "self_harm", "self_harm_instructions", "medical_emergency"}
ABOUT_OTHERS = {"third_party_concern", "harm_to_others"}


def load_cases(names: list[str]) -> tuple[list[str], list[int]]:
    """The English written cases as head rows: crisis about oneself (suicide, self-harm, method
    seeking, overdose) -> suicidal; other distress and concern -> distress; look-alikes and
    neutral texts -> none. Retractions and cases about someone else are left out."""
    texts: list[str] = []
    labels: list[int] = []
    folder = Path(__file__).resolve().parents[1] / "src" / "affectkit" / "care" / "data"
    for name in names:
        for line in (folder / f"cases.{name}.v1.jsonl").read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            categories = set(case["categories"])
            if case["lang"] != "en" or case["kind"] in ("retraction", "uncovered") or categories & ABOUT_OTHERS:
                continue
            if case["level"] >= 2 and categories & RISK:
                label = 2
            elif case["level"] >= 1:
                label = 1
            else:
                label = 0
            texts.append(case["text"])
            labels.append(label)
    return texts, labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--goemotions-sample", type=int, default=6000)
    parser.add_argument(
        "--max-false-alarm", type=float, default=0.05,
        help="false alarms allowed on validation 'none' texts (5%%: where the guard models care.md cites operate, "
        "4.0-5.6%%; 2%% gave validation recall 0.758, 5%% 0.868)",
    )  # fmt: skip
    parser.add_argument("--cache", type=Path, default=Path("training/runs/care-features.npz"))
    parser.add_argument(
        "--cases", nargs="*", default=[],
        help="written case sets (care/data/cases.<name>.v1.jsonl) added to training; never holdout3. Tried with dev, "
        "dev2 and dev3: validation recall at 2%% false alarms 0.608 against 0.656 without",
    )  # fmt: skip
    parser.add_argument(
        "--titles", choices=("off", "score", "train"), default="off",
        help="score: the titles of the validation split's SDCNL posts are scored apart, as short texts; train: the "
        "titles of the training split's posts are also trained on (short views with the post's label). Tried: "
        "titles lifted validation title recall 0.542 to 0.810 but cut post recall 0.868 to 0.721 "
        "at 5%% false alarms, so not shipped",
    )  # fmt: skip
    parser.add_argument("--case-repeat", type=int, default=3, help="times each written training case is repeated")
    args = parser.parse_args()
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import log_loss
    from sklearn.neural_network import MLPClassifier

    from affectkit.models import EmotionModel, resolve_model
    from affectkit.models.heads import own_features

    started = time.time()
    titles: dict[int, str] = {}
    wanted = titles if args.titles != "off" else None
    texts, labels, digests = load(args.data, args.goemotions_sample, args.seed, wanted)
    y = np.array(labels)
    model = EmotionModel.load(resolve_model("goemotions-minilm"), threads=0)
    key = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    if args.cache.is_file() and str(np.load(args.cache)["key"]) == key:
        x = np.load(args.cache)["x"]
    else:
        logits, vad, pooled = model.encode(texts, batch_size=64, pooled=True).arrays()
        x = own_features(logits, vad, pooled)
        args.cache.parent.mkdir(parents=True, exist_ok=True)
        np.savez(args.cache, x=x, key=key)
    order = np.random.default_rng(args.seed).permutation(len(y))
    cut = int(0.8 * len(y))
    train, val = order[:cut], order[cut:]
    short_val = np.zeros(0, dtype=int)
    if titles:
        rows = sorted(titles)
        logits, vad, pooled = model.encode([titles[i] for i in rows], batch_size=64, pooled=True).arrays()
        extra = own_features(logits, vad, pooled)
        base = len(y)
        in_train = set(train.tolist())
        x = np.concatenate([x, extra])
        y = np.concatenate([y, y[rows]])
        new = base + np.arange(len(rows))
        if args.titles == "train":
            train = np.concatenate([train, new[[r in in_train for r in rows]]])
        short_val = new[[r not in in_train for r in rows]]
        print(f"titles: {len(rows)} ({len(rows) - len(short_val)} train, {len(short_val)} scored apart)")
    if args.cases:
        if "holdout3" in args.cases:
            raise SystemExit("holdout3 is the held-out measurement: never train on it")
        case_texts, case_labels = load_cases(args.cases)
        logits, vad, pooled = model.encode(case_texts, batch_size=64, pooled=True).arrays()
        extra = own_features(logits, vad, pooled)
        case_order = np.random.default_rng(args.seed).permutation(len(case_texts))
        case_cut = int(0.8 * len(case_texts))
        base = len(y)
        x = np.concatenate([x, extra])
        y = np.concatenate([y, np.array(case_labels)])
        train = np.concatenate([train, np.repeat(base + case_order[:case_cut], args.case_repeat)])
        val = np.concatenate([val, base + case_order[case_cut:]])
        digests["cases"] = hashlib.sha256("\n".join(case_texts).encode()).hexdigest()[:16]
        held = len(case_texts) - case_cut
        print(f"written cases: {len(case_texts)} ({case_cut} train x{args.case_repeat}, {held} validation)")
    mean, std = x[train].mean(axis=0), x[train].std(axis=0) + 1e-6
    z = (x - mean) / std
    candidates: list[tuple[str, object]] = [
        (f"logistic C={c}", LogisticRegression(C=c, max_iter=3000, class_weight="balanced")) for c in (0.01, 0.03, 0.1)
    ] + [
        (f"mlp {h} alpha={a}", MLPClassifier((h,), alpha=a, max_iter=300, early_stopping=True, random_state=args.seed))
        for h, a in ((64, 1e-2), (128, 3e-2))
    ]
    best = None
    for name, clf in candidates:
        clf.fit(z[train], y[train])  # type: ignore[attr-defined]
        proba = clf.predict_proba(z[val])  # type: ignore[attr-defined]
        none_val = proba[y[val] == 0, 2]
        threshold = float(np.quantile(none_val, 1 - args.max_false_alarm))
        recall = float((proba[y[val] == 2, 2] >= threshold).mean())
        loss = log_loss(y[val], proba, labels=[0, 1, 2])
        short = ""
        if len(short_val):
            title_proba = clf.predict_proba(z[short_val])  # type: ignore[attr-defined]
            short = f", validation titles: suicidal {(title_proba[y[short_val] == 2, 2] >= threshold).mean():.3f}"
            short += f" r/depression {(title_proba[y[short_val] == 1, 2] >= threshold).mean():.3f}"
        print(f"{name}: validation log loss {loss:.4f}, suicidal recall {recall:.3f} at {threshold:.3f}{short}")
        if best is None or recall > best[0]:
            best = (recall, name, clf, threshold, loss, proba)
    assert best is not None
    recall, name, clf, threshold, loss, proba = best
    none_val = proba[y[val] == 0, 2]
    distress_val = proba[y[val] == 1, 2]
    false_alarms, distress_raised = (none_val >= threshold).mean(), (distress_val >= threshold).mean()
    print(f"kept {name}: validation suicidal recall {recall:.3f}, none false alarms {false_alarms:.3f}, "
          f"distress at level 2 {distress_raised:.3f}")  # fmt: skip
    if isinstance(clf, MLPClassifier):
        layers = {"w1": clf.coefs_[0], "b1": clf.intercepts_[0], "weight": clf.coefs_[1], "bias": clf.intercepts_[1]}
        architecture = "standardise, linear, relu, linear, softmax"
    else:
        layers = {"weight": clf.coef_.T, "bias": clf.intercept_}  # type: ignore[attr-defined]
        architecture = "standardise, linear, softmax"
    args.out.mkdir(parents=True, exist_ok=True)
    np.savez(
        args.out / "weights.npz",
        mean=mean.astype(np.float32),
        std=std.astype(np.float32),
        **{key: np.asarray(value, dtype=np.float32) for key, value in layers.items()},
    )
    manifest = {
        "name": "care-risk-minilm",
        "version": "1.0.0",
        "kind": "care",
        "encoder": {"name": model.name, "version": model.version},
        "features": {"spec": "logits+vad+pooled", "dim": int(x.shape[1])},
        "labels": list(LABELS),
        "activation": "softmax",
        "architecture": architecture,
        "thresholds": {"suicidal": round(threshold, 4)},
        "calibration": "none: the model's probabilities; the threshold is a false-alarm quantile on validation",
        "weights": "weights.npz",
        "training": {
            "seed": args.seed,
            "model": name,
            "rows": {LABELS[k]: int((y == k).sum()) for k in range(3)},
            "written_cases": {"sets": args.cases, "repeat": args.case_repeat},
            "validation": {
                "rows": len(val),
                "log_loss": round(float(loss), 4),
                "suicidal_recall_at_threshold": round(recall, 4),
                "none_false_alarm_target": args.max_false_alarm,
            },
            "data_sha256_16": digests,
            "minutes": round((time.time() - started) / 60, 1),
        },
        "licence": "trained on research-only data (and the project's written cases where --cases names them): "
        "SDCNL (research use with citation, Haque et al. 2021), IMHI DR "
        "(MIT, non-clinical research only), Dreaddit (research use, Turcan & McKeown 2019), GoEmotions (Apache-2.0)",
        "data": "SDCNL, IMHI DR, Dreaddit and GoEmotions (training.data_sha256_16 has their checksums)"
        + (f"; the project's written cases {', '.join(args.cases)}" if args.cases else ""),
    }
    (args.out / "head.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(manifest["training"], indent=2))


if __name__ == "__main__":
    main()
