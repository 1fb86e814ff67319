"""XED per language (``affectkit eval xed``): Plutchik-8 macro-F1 on each language's held-out
test lines (:mod:`affectkit.evaluate.xed_data`) of three readers, side by side:

- ``head``: the multilingual Plutchik head (``xed-e5``, :mod:`affectkit.models.plutchik_head`)
  on multilingual-e5 vectors, its labels on at its shipped thresholds;
- ``tfidf``: TF-IDF word 1-2-grams + one-vs-rest logistic regression fitted in this run on the
  language's own train split (projected lines; English and Finnish also annotated ones), each
  label's threshold chosen on the language's val lines (0.5 where it has none); a language
  without train lines, or with too few for a word to occur twice (ja), has no such baseline;
- ``english``: the English default model's Plutchik view on every line, as users got it
  before the analyser routed texts by language
  (``Analyzer(language="en").analyze_batch(texts)[i].plutchik.labels``).

Macro-F1 is the mean F1 over the labels present in the language's test lines (all eight
wherever a language has a hundred lines or more); micro-F1 pools every decision. Only the
test lines are scored; they are read here and nowhere in training.

Example:
    >>> gold = np.array([[1, 0], [0, 1], [0, 1]], bool)
    >>> macro_f1(np.array([[1, 0], [0, 1], [0, 0]], bool), gold)
    0.8333
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.evaluate.metrics import f1_scores, tune_thresholds
from affectkit.evaluate.xed_data import LABELS, SEED, XedSplit, resolve_languages, split_xed

BoolArray = npt.NDArray[np.bool_]
Progress = Callable[[str], None]
Embed = Callable[[Sequence[str]], npt.NDArray[np.float32]]
SYSTEMS = {"head": "xed-e5 head", "tfidf": "TF-IDF + LR", "english": "English model"}
TARGETS = {
    "english_within_5": "English: the head within 5 points of the English model's Plutchik view",
    "best_10_within_10_of_english": "the 10 best other languages within 10 points of English",
    "above_tfidf": "every language above its own TF-IDF baseline",
}
ENGLISH_MARGIN = 0.05
BEST_LANGUAGES = 10
BEST_MARGIN = 0.10
MIN_TARGET_LINES = 100
"""Languages with fewer test lines (gl, eu, ml, ja) are too noisy to count among the best 10."""


def macro_f1(predicted: BoolArray, gold: BoolArray) -> float:
    """Mean F1 over the labels that occur in ``gold`` (rounded to 4 places; 0 for no label).

    Example:
        >>> macro_f1(np.array([[1, 1]], bool), np.array([[1, 0]], bool))
        1.0
    """
    present = np.asarray(gold, bool).any(axis=0)
    if not present.any():
        return 0.0
    per_label = np.asarray(f1_scores(predicted, gold)["per_label"])
    return round(float(per_label[present].mean()), 4)


def score(predicted: BoolArray, gold: BoolArray, labels: Sequence[str]) -> dict[str, Any]:
    """Macro-F1, micro-F1 and per-label F1 of on/off decisions.

    Example:
        >>> score(np.array([[1, 0]], bool), np.array([[1, 0]], bool), ("joy", "anger"))["micro_f1"]
        1.0
    """
    found = f1_scores(predicted, gold)
    return {
        "macro_f1": macro_f1(predicted, gold),
        "micro_f1": round(found["micro"], 4),
        "per_label_f1": {label: round(f, 4) for label, f in zip(labels, found["per_label"])},
    }


def _view_targets(split: XedSplit, part: str, order: Sequence[int], limit: int | None = None) -> BoolArray:
    lines = split.part(part).head(limit)
    result: BoolArray = lines.targets()[:, list(order)] > 0.5
    return result


def _tfidf(split: XedSplit, test_texts: list[str], order: Sequence[int], seed: int) -> BoolArray | None:
    from affectkit.evaluate.baselines import tfidf_logistic_probs

    train = split.train
    if len(train) < 2:
        return None
    targets = train.targets()[:, list(order)]
    val_texts = list(split.val.texts)
    try:
        val_probs, test_probs = tfidf_logistic_probs(list(train.texts), targets, val_texts, test_texts, seed=seed)
    except ValueError as error:  # a handful of train lines (gl, eu): no word occurs twice, so no baseline
        if "no terms remain" not in str(error):
            raise
        return None
    if len(split.val):
        thresholds = tune_thresholds(val_probs, _view_targets(split, "val", order))
    else:
        thresholds = np.full(len(order), 0.5)
    result: BoolArray = test_probs >= thresholds[None, :]
    return result


def _english(texts: list[str], labels: Sequence[str], model: str | None) -> BoolArray:
    from affectkit.understand.analyzer import Analyzer

    analyses = Analyzer(model=model, language="en").analyze_batch(texts)
    return np.array([[label in a.plutchik.labels for label in labels] for a in analyses], dtype=bool).reshape(
        len(texts), len(labels)
    )


def targets_met(languages: Mapping[str, Any]) -> dict[str, Any]:
    """The issue's targets, checked on a report's ``languages``: English within 5 points of the
    English model's Plutchik view; the 10 best other languages (of those with
    :data:`MIN_TARGET_LINES` test lines or more) within 10 points of English; every language
    above its TF-IDF baseline (where it has one).

    Example:
        >>> row = lambda h, t, e: {"lines": 600, "systems": {"head": {"macro_f1": h}, "tfidf": {"macro_f1": t},
        ...                                                  "english": {"macro_f1": e}}}
        >>> met = targets_met({"en": row(0.5, 0.4, 0.52), "es": row(0.45, 0.3, 0.2)})
        >>> met["english_within_5"]["met"], met["above_tfidf"]["met"]
        (True, True)
    """
    head = {code: row["systems"]["head"]["macro_f1"] for code, row in languages.items()}
    result: dict[str, Any] = {}
    english = languages.get("en")
    if english is not None and "english" in english["systems"]:
        gap = round(head["en"] - english["systems"]["english"]["macro_f1"], 4)
        result["english_within_5"] = {"head_minus_english_model": gap, "met": gap >= -ENGLISH_MARGIN}
        counted = {code: f for code, f in head.items() if languages[code]["lines"] >= MIN_TARGET_LINES}
        others = sorted(((f, code) for code, f in counted.items() if code != "en"), reverse=True)[:BEST_LANGUAGES]
        if len(others) == BEST_LANGUAGES:
            worst = others[-1][0]
            result["best_10_within_10_of_english"] = {
                "languages": [code for _, code in others],
                "tenth_minus_english": round(worst - head["en"], 4),
                "met": worst >= head["en"] - BEST_MARGIN,
            }
    compared = {
        code: round(head[code] - row["systems"]["tfidf"]["macro_f1"], 4)
        for code, row in languages.items()
        if "tfidf" in row["systems"]
    }
    below = sorted(code for code, gap in compared.items() if gap <= 0)
    result["above_tfidf"] = {"margins": compared, "below": below, "met": bool(compared) and not below}
    return result


def evaluate_xed(
    folder: Path,
    *,
    languages: Sequence[str] | None = None,
    limit: int | None = None,
    head: str | None = None,
    model: str | None = None,
    baselines: bool = True,
    cache: Path | None = None,
    embed: Embed | None = None,
    seed: int = SEED,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Score the head (by name or folder; default the shipped ``xed-e5``), the TF-IDF
    baselines and the English model on each language's test lines (at most ``limit`` of
    them, the first of the seeded order); ``cache`` keeps the multilingual vectors
    (:mod:`affectkit.evaluate.vector_cache`); ``embed`` replaces the encoder (tests).

    Example:
        >>> evaluate_xed(Path("/nowhere"))  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        affectkit.errors.DataError: no XED files under /nowhere/xed: ...
    """
    from affectkit.evaluate.vector_cache import cached_vectors
    from affectkit.models.multilingual import NAME, version
    from affectkit.models.plutchik_head import SHIPPED, load_plutchik_head

    started = time.time()
    splits = split_xed(folder, seed=seed)
    chosen = resolve_languages(languages, splits)
    reader = load_plutchik_head(head or SHIPPED)
    labels = reader.labels
    order = [LABELS.index(label) for label in labels]
    rows: dict[str, Any] = {}
    for code in chosen:
        split = splits[code]
        test = split.test.head(limit)
        if not len(test):
            continue
        if progress is not None:
            progress(f"xed {code}: {len(test)} test lines")
        gold = _view_targets(split, "test", order, limit)
        texts = list(test.texts)
        if cache is not None:
            vectors = cached_vectors(f"{code}-test", texts, cache, encode=embed)
        else:
            from affectkit.models.multilingual import embed as multilingual_embed

            vectors = (embed or multilingual_embed)(texts)
        systems = {"head": score(reader.on(reader.scores(vectors)), gold, labels)}
        if baselines:
            tfidf = _tfidf(split, texts, order, seed)
            if tfidf is not None:
                systems["tfidf"] = score(tfidf, gold, labels)
            systems["english"] = score(_english(texts, labels, model), gold, labels)
        rows[code] = {
            "lines": len(test),
            "train_lines": len(split.train),
            "val_lines": len(split.val),
            "test_digest": test.digest(),
            "systems": systems,
        }
    return {
        "task": "xed",
        "split": "test",
        "data": "XED (CC BY 4.0; Öhman et al., COLING 2020)",
        "head": {"name": reader.name, "version": reader.version, "encoder": {"name": NAME, "version": version()}},
        "settings": {
            "split_seed": seed,
            "limit": limit,
            "limit_text": f"at most {limit} test lines per language" if limit else "every test line",
            "baselines": baselines,
            "english_model": model or "default",
            "macro_f1": "mean F1 over the labels present in the language's test lines",
            "labels": list(labels),
        },
        "systems": SYSTEMS,
        "languages": rows,
        "targets": targets_met(rows) if baselines else {},
        "seconds": round(time.time() - started, 1),
    }


def table_rows(report: Mapping[str, Any]) -> list[tuple[str, int, list[float | None]]]:
    """(language, lines, macro-F1 of head, TF-IDF, English model) per language, sorted by language.

    Example:
        >>> report = {"languages": {"fi": {"lines": 3, "systems": {"head": {"macro_f1": 0.5}}}}}
        >>> table_rows(report)
        [('fi', 3, [0.5, None, None])]
    """
    return [
        (code, int(row["lines"]), [row["systems"].get(s, {}).get("macro_f1") for s in SYSTEMS])
        for code, row in sorted(report["languages"].items())
    ]
