"""Train affectkit's language identifier: multinomial naive Bayes over hashed character
1-4-grams, on XED's subtitle lines in 40+ languages (CC BY 4.0, Öhman et al. 2020; read by
path, never copied). A seeded split per language: up to ``--train`` lines to learn from and
``--test`` lines (six words or more, and all lengths) to measure on; the per-language
accuracy, the confusions and the share of English Reddit comments (GoEmotions test) read as
English are written to the model card.

    python training/langid.py --data ../shared/data --out src/affectkit/models/weights/langid-xed
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import time
from collections import Counter
from pathlib import Path

import numpy as np

# XED file prefix -> ISO 639-1 (cn and tw are Chinese in two scripts; br is Brazilian Portuguese)
RENAME = {"cn": "zh", "tw": "zh", "br": "pt"}


def load(data: Path) -> dict[str, list[str]]:
    lines: dict[str, list[str]] = {}
    for path in sorted((data / "xed" / "projections").glob("*-projections*.tsv")):
        code = RENAME.get(path.name.split("-")[0], path.name.split("-")[0])
        lines.setdefault(code, []).extend(line.split("\t")[0] for line in path.read_text("utf-8").splitlines())
    for code, name in (
        ("en", "en-annotated.tsv"),
        ("fi", "fi-annotated.tsv"),
        ("en", "neu_en.txt"),
        ("fi", "neu_fi.txt"),
    ):
        path = data / "xed" / name
        lines.setdefault(code, []).extend(line.split("\t")[0] for line in path.read_text("utf-8").splitlines())
    return {code: sorted({t.strip() for t in texts if len(t.strip()) >= 2}) for code, texts in lines.items()}


def write_card(folder: Path, manifest: dict[str, object]) -> None:
    """The identifier's model card, from its manifest and evaluation."""
    evaluation = manifest["evaluation"]["per_language"]  # type: ignore[index]
    rows = "\n".join(
        f"| {code} | {r['accuracy_all']:.3f} | {r['accuracy_6_words']:.3f} | "
        + (", ".join(f"{k} {v}" for k, v in r["confused_with"].items()) or "-")
        + " |"
        for code, r in evaluation.items()
        if code != "goemotions_test_as_english"
    )
    english = evaluation["goemotions_test_as_english"]
    card = f"""# langid-xed {manifest["version"]}: which language a text is in

**What it is.** Multinomial naive Bayes over character 1-4-grams (lowercased letters and
apostrophes, spaces at the ends), hashed into {manifest["features"]["buckets"]:,} buckets (crc32),
uniform prior, additive smoothing; {len(manifest["languages"])} languages. numpy only.

**Data.** XED subtitle lines (CC BY 4.0, Öhman et al. COLING 2020): the projected lines of
40+ languages and the English and Finnish annotated and neutral lines (cn and tw are both
zh; br is pt). A seeded split per language (`training/langid.py`, seed
{manifest["training"]["seed"]}): the test lines are never trained on.

**How affectkit uses it.** `affectkit.care.language.detect_language`: a non-Latin script
decides at once; six words or more, this identifier; shorter, the function words (and chat
slang such as "jajaja", "kkkk", "mdr", "lol") when one is there, else this identifier when
its posterior is 0.9 or more, else `und`. An ASCII text with two English function words stays
English.

**Accuracy on the held-out lines** (subtitle lines are short; "6+ words" is the share right
among lines of six words or more; confusions among those):

| language | all lines | 6+ words | read instead as |
|---|---|---|---|
{rows}

English Reddit comments (GoEmotions test) read as English by this identifier alone:
{english["share"]:.3f}.

**Limits.** Bosnian, Croatian and Serbian, Danish and Norwegian, Czech and Slovak, Malay and
Indonesian, Macedonian and Bulgarian, Persian and Arabic are often confused with each other
(close languages, or XED lines in another script). Basque, Galician and Malayalam have few
or mislabelled lines. Japanese is decided by its script before this model is asked.
"""
    (folder / "MODEL_CARD.md").write_text(card, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=Path("src/affectkit/models/weights/langid-xed"))
    parser.add_argument("--train", type=int, default=12000)
    parser.add_argument("--test", type=int, default=600)
    parser.add_argument("--buckets", type=int, default=1 << 16)
    parser.add_argument("--alpha", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    from affectkit.understand.langid import ngram_buckets

    started = time.time()
    corpus = load(args.data)
    languages = sorted(corpus)
    rng = random.Random(args.seed)
    train: dict[str, list[str]] = {}
    test: dict[str, list[str]] = {}
    for code in languages:
        texts = corpus[code][:]
        rng.shuffle(texts)
        test[code], train[code] = texts[: args.test], texts[args.test : args.test + args.train]
    counts = np.zeros((len(languages), args.buckets), dtype=np.float64)
    for row, code in enumerate(languages):
        for text in train[code]:
            for bucket, n in ngram_buckets(text, args.buckets).items():
                counts[row, bucket] += n
    smoothed = counts + args.alpha
    log_prob = np.log(smoothed / smoothed.sum(axis=1, keepdims=True)).astype(np.float16)
    prior = np.zeros(len(languages), dtype=np.float32)  # uniform: a language's share of XED is not its share of users
    args.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out / "langid.npz", log_prob=log_prob, prior=prior)
    manifest = {
        "name": "langid-xed",
        "version": "1.0.0",
        "kind": "language-identifier",
        "languages": languages,
        "features": {
            "spec": "character 1-4-grams of ' ' + lowercased text + ' ', crc32 hashed",
            "buckets": args.buckets,
        },
        "model": f"multinomial naive Bayes, additive smoothing {args.alpha}, uniform prior",
        "training": {"seed": args.seed, "lines_per_language": {c: len(train[c]) for c in languages}},
        "weights": "langid.npz",
        "licences": "XED (CC BY 4.0, Öhman et al. COLING 2020)",
    }
    (args.out / "langid.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    from affectkit.understand import langid

    langid.load_identifier.cache_clear()
    identifier = langid.load_identifier(str(args.out))
    report: dict[str, dict[str, object]] = {}
    for code in languages:
        long_lines = [t for t in test[code] if len(t.split()) >= 6]
        guesses = [identifier.identify(t)[0] for t in test[code]]
        long_guesses = [identifier.identify(t)[0] for t in long_lines]
        confusions = Counter(g for g in long_guesses if g != code).most_common(3)
        report[code] = {
            "accuracy_all": round(sum(g == code for g in guesses) / max(len(guesses), 1), 3),
            "accuracy_6_words": round(sum(g == code for g in long_guesses) / max(len(long_guesses), 1), 3),
            "lines_6_words": len(long_lines),
            "confused_with": dict(confusions),
        }
        print(code, report[code])
    goemotions = [line.split("\t")[0] for line in (args.data / "goemotions/test.tsv").read_text("utf-8").splitlines()]
    english = Counter(identifier.identify(t)[0] for t in goemotions)
    report["goemotions_test_as_english"] = {
        "share": round(english["en"] / len(goemotions), 4),
        "other": dict(english.most_common(6)),
    }
    print(report["goemotions_test_as_english"])
    manifest["evaluation"] = {"test_lines_per_language": args.test, "per_language": report}
    manifest["training"]["data_sha256_16"] = hashlib.sha256(
        "\n".join(t for c in languages for t in train[c]).encode()
    ).hexdigest()[:16]
    manifest["training"]["minutes"] = round((time.time() - started) / 60, 1)
    (args.out / "langid.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    write_card(args.out, manifest)


if __name__ == "__main__":
    main()
