"""Train the support-strategy chooser on the ESConv dev split (test is never read here).

Features come from the shipped emotion encoder (see affectkit.generate.esconv); a
multinomial logistic regression is chosen by 5-fold cross-validated macro-F1 on dev over
C and class weighting, refitted on all of dev, and written as a head folder for numpy
(``head.json`` of kind ``strategy`` and ``weights.npz``: mean, scale, weight, bias).

Example::

    python training/esconv_strategy.py --data ../shared/data \
        --out src/affectkit/models/weights/esconv-strategy
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

from affectkit.generate.esconv import FEATURE_VERSION, STRATEGY_NAMES, read_esconv, strategy_features
from affectkit.understand.analyzer import Analyzer


def features_for(analyzer: Analyzer, path: Path) -> tuple[np.ndarray, list[str]]:
    examples = read_esconv(path)
    texts = [e.last_seeker_text for e in examples]
    present = [i for i, t in enumerate(texts) if t.strip()]
    analyses = dict(zip(present, analyzer.analyze_batch([texts[i] for i in present])))
    rows = [strategy_features(analyses.get(i), e.previous_strategy, len(e.context)) for i, e in enumerate(examples)]
    return np.stack(rows), [e.strategy for e in examples]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    started = time.time()
    dev_path = args.data / "esconv" / "dev_with_strategy.tsv"
    x, y = features_for(Analyzer(), dev_path)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=args.seed)
    results = []
    for c in (0.01, 0.03, 0.1, 0.3, 1.0):
        for weighting in (None, "balanced"):
            scores = []
            for train, held in folds.split(z, y):
                model = LogisticRegression(C=c, class_weight=weighting, max_iter=2000)
                model.fit(z[train], [y[i] for i in train])
                scores.append(f1_score([y[i] for i in held], model.predict(z[held]), average="macro"))
            results.append({"C": c, "class_weight": weighting, "cv_macro_f1": float(np.mean(scores))})
            print(results[-1], flush=True)
    chosen = max(results, key=lambda r: r["cv_macro_f1"])
    model = LogisticRegression(C=chosen["C"], class_weight=chosen["class_weight"], max_iter=2000).fit(z, y)
    order = [list(model.classes_).index(name) for name in STRATEGY_NAMES]
    args.out.mkdir(parents=True, exist_ok=True)
    np.savez(
        args.out / "weights.npz",
        mean=mean.astype(np.float64),
        scale=scale.astype(np.float64),
        weight=model.coef_[order].astype(np.float64),
        bias=model.intercept_[order].astype(np.float64),
    )
    manifest = {
        "name": "esconv-strategy",
        "version": "1.0.0",
        "kind": "strategy",
        "encoder": None,
        "features": {"spec": FEATURE_VERSION, "dim": int(x.shape[1])},
        "labels": STRATEGY_NAMES,
        "activation": "softmax",
        "architecture": "standardise (mean, scale), linear (weight: classes x features, bias), softmax",
        "thresholds": {},
        "calibration": "none: the chooser takes the most probable strategy",
        "weights": "weights.npz",
        "licence": "ESConv: CC BY-NC 4.0, non-commercial",
        "data": "ESConv dev_with_strategy.tsv, the seekers' last messages read by the shipped emotion model "
        "(training.sha256)",
        "training": {
            "data": "ESConv dev_with_strategy.tsv (CC BY-NC 4.0: non-commercial)",
            "sha256": hashlib.sha256(dev_path.read_bytes()).hexdigest(),
            "examples": len(y),
            "selection": "5-fold stratified CV on dev, macro-F1",
            "grid": results,
            "chosen": chosen,
            "seed": args.seed,
            "encoder": "goemotions-minilm (shipped)",
            "minutes": round((time.time() - started) / 60, 2),
        },
    }
    (args.out / "head.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    print(f"chosen {chosen}; wrote {args.out}")


if __name__ == "__main__":
    main()
