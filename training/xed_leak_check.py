"""How much of the multilingual head's XED test score comes from translations it trained on.

XED's projections are translations of the same annotated lines, so a test line's translation,
with the same projected labels, is often among another language's train lines. This script
splits the test lines (every language with a train split) into *clean* ones (no train line the
head learnt from, in any language, within cosine ``CLEAN_COSINE`` of the multilingual vectors)
and the rest, and scores the shipped head and the same-run TF-IDF baseline on each, pooled
and per language. It reads the test lines for reported numbers only, after training.

    python training/xed_leak_check.py --data ../shared/data --cache build/xed-e5-cache \\
        --out reports/xed-leak.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from xed_heads import CLEAN_COSINE, cached_prefix, rows_of

from affectkit.evaluate.xed_data import LABELS, split_xed
from affectkit.evaluate.xed_eval import _tfidf, macro_f1
from affectkit.models.plutchik_head import load_plutchik_head


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--cache", type=Path, default=Path("build/xed-e5-cache"))
    parser.add_argument("--out", type=Path, default=Path("reports/xed-leak.json"))
    args = parser.parse_args()
    head = load_plutchik_head()
    manifest = json.loads((Path(__file__).parents[1] / "src/affectkit/models/weights/xed-e5/head.json").read_text())
    used = manifest["training"]["train_rows"]
    splits = split_xed(args.data)
    order = [LABELS.index(label) for label in head.labels]
    pool = np.concatenate(
        [rows_of(cached_prefix(splits[c].train.head(n), args.cache), args.cache).x for c, n in used.items() if n]
    ).astype(np.float32)
    pooled: dict[str, list[np.ndarray]] = {"head": [], "tfidf": [], "gold": [], "clean": []}
    per_language = {}
    for code, split in splits.items():
        if not len(split.train) or not len(split.test):
            continue
        test = rows_of(split.test, args.cache)
        clean = (test.x.astype(np.float32) @ pool.T).max(axis=1) < CLEAN_COSINE
        head_on = head.on(head.scores(test.x))
        tfidf_on = _tfidf(split, list(split.test.texts), order, 0)
        assert tfidf_on is not None
        gold = test.y > 0.5
        for key, value in (("head", head_on), ("tfidf", tfidf_on), ("gold", gold), ("clean", clean)):
            pooled[key].append(value)
        per_language[code] = {
            "clean_share": round(float(clean.mean()), 3),
            "clean_head": macro_f1(head_on[clean], gold[clean]),
            "clean_tfidf": macro_f1(tfidf_on[clean], gold[clean]),
        }
    head_on, tfidf_on, gold, clean = (np.concatenate(pooled[k]) for k in ("head", "tfidf", "gold", "clean"))
    report = {
        "cosine": CLEAN_COSINE,
        "lines": len(gold),
        "clean_lines": int(clean.sum()),
        "pooled": {
            subset: {"head": macro_f1(head_on[mask], gold[mask]), "tfidf": macro_f1(tfidf_on[mask], gold[mask])}
            for subset, mask in (("all", np.ones_like(clean)), ("clean", clean), ("rest", ~clean))
        },
        "per_language": per_language,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report["pooled"]), report["clean_lines"], "clean of", report["lines"])


if __name__ == "__main__":
    main()
