"""How much of the multilingual head's XED test score comes from translations it trained on.

XED's projections are translations of the same annotated lines, so a test line's translation,
with the same projected labels, is often among another language's train lines. This script
splits the test lines (every language with a train split) into *clean* ones (no train line the
head learnt from, in any language, within cosine ``CLEAN_COSINE`` of the multilingual vectors)
and the rest, and scores the shipped head and the same-run TF-IDF baseline on each, pooled
and per language. It also finds each test line's *twin*: a train line of its own language whose
character 3-5-gram TF-IDF cosine is ``TWIN_COSINE`` or more (the same subtitle in another file,
or in the other dialect: ``pt`` pools European and Brazilian Portuguese), which a TF-IDF model
trained on that language can recall. It reads the test lines for reported numbers only, after
training.

    python training/xed_leak_check.py --data ../shared/data --cache build/xed-e5-cache \\
        --out reports/xed-leak.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np
from xed_heads import CLEAN_COSINE, cached_prefix, rows_of

from affectkit.evaluate.xed_data import LABELS, split_xed
from affectkit.evaluate.xed_eval import _tfidf, macro_f1
from affectkit.models.plutchik_head import load_plutchik_head

TWIN_COSINE = 0.7
"""On val lines (pt, en, es, fi), a nearest own-language train line this close shares the
whole label set 57-74% of the time, a random one 5-8%."""


def twins(train_texts: list[str], test_texts: list[str]) -> np.ndarray:
    """Which test lines have a train line of their language at ``TWIN_COSINE`` or more
    (character 3-5-grams within word boundaries, TF-IDF, cosine)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True).fit(train_texts)
    train, test = vectorizer.transform(train_texts), vectorizer.transform(test_texts)
    best = np.concatenate(
        [(test[i : i + 256] @ train.T).max(axis=1).toarray().ravel() for i in range(0, test.shape[0], 256)]
    )
    return best >= TWIN_COSINE


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
    pooled: dict[str, list[np.ndarray]] = {"head": [], "tfidf": [], "gold": [], "clean": [], "twin": []}
    twin_rows = {}
    per_language = {}
    for code, split in splits.items():
        if not len(split.train) or not len(split.test):
            continue
        test = rows_of(split.test, args.cache)
        clean = (test.x.astype(np.float32) @ pool.T).max(axis=1) < CLEAN_COSINE
        head_on = head.on(head.scores(test.x))
        tfidf_on = _tfidf(split, list(split.test.texts), order, 0)
        if tfidf_on is None:  # too few train lines for a word to occur twice: no baseline to compare
            continue
        gold = test.y > 0.5
        twin = twins(list(split.train.texts), list(split.test.texts))
        for key, value in (("head", head_on), ("tfidf", tfidf_on), ("gold", gold), ("clean", clean), ("twin", twin)):
            pooled[key].append(value)
        twin_rows[code] = {
            "share": round(float(twin.mean()), 3),
            "twins_head": macro_f1(head_on[twin], gold[twin]),
            "twins_tfidf": macro_f1(tfidf_on[twin], gold[twin]),
            "rest_head": macro_f1(head_on[~twin], gold[~twin]),
            "rest_tfidf": macro_f1(tfidf_on[~twin], gold[~twin]),
        }
        per_language[code] = {
            "clean_share": round(float(clean.mean()), 3),
            "clean_head": macro_f1(head_on[clean], gold[clean]),
            "clean_tfidf": macro_f1(tfidf_on[clean], gold[clean]),
        }
    head_on, tfidf_on, gold, clean, twin = (
        np.concatenate(pooled[k]) for k in ("head", "tfidf", "gold", "clean", "twin")
    )
    report: dict[str, Any] = {
        "cosine": CLEAN_COSINE,
        "lines": len(gold),
        "clean_lines": int(clean.sum()),
        "pooled": {
            subset: {"head": macro_f1(head_on[mask], gold[mask]), "tfidf": macro_f1(tfidf_on[mask], gold[mask])}
            for subset, mask in (("all", np.ones_like(clean)), ("clean", clean), ("rest", ~clean))
        },
        "per_language": per_language,
        "twins": {
            "cosine": TWIN_COSINE,
            "lines": int(twin.sum()),
            "pooled": {
                subset: {"head": macro_f1(head_on[mask], gold[mask]), "tfidf": macro_f1(tfidf_on[mask], gold[mask])}
                for subset, mask in (("twins", twin), ("rest", ~twin))
            },
            "per_language": twin_rows,
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report["pooled"]), report["clean_lines"], "clean of", report["lines"])
    print("twins:", json.dumps(report["twins"]["pooled"]), report["twins"]["lines"], "of", report["lines"])
    for code, row in twin_rows.items():
        print(code, json.dumps(row | per_language[code]))


if __name__ == "__main__":
    main()
