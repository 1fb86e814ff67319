"""IMHI mental-health signals (``affectkit eval imhi``): the shipped signal heads
(``signals-minilm``) scored on each set's test split, in one table beside baselines computed in
the same run (the majority class, and TF-IDF + logistic regression fitted on the same train
split) and the published rows (ChatGPT zero-shot, the best fine-tuned encoder,
MentaLLaMA-chat-13B).

The measure is weighted-F1 in percent: the F1 of each class weighted by its support.
DR, Dreaddit, SAD, CAMS, loneliness and T-SID are single-label, scored over their classes
against IMHI's derived test labels. IRF and MultiWD are multi-label and IMHI asks one yes/no
question per (post, label); here each (post, label) pair of the original HUMAN test file
(``irf/test_data.csv``: 1,057 posts x 2 labels; ``multiwd/test_data.csv``: 657 posts x 6
labels) is one yes/no decision, and the weighted-F1 is taken over all those decisions pooled
(the F1 of "yes" and of "no", weighted by their counts). A second line scores IMHI's own
questions against IMHI's derived labels (the opening of a ChatGPT answer, which agrees with
the human labels on 78.3% of IRF and 86.5% of MultiWD questions): the published rows were
scored that way. The report also holds the human labels on IMHI's questions alone.

Loneliness and T-SID have no training data here: their heads are transfers (the bundle's
``signals.json`` says how), their TF-IDF column reads "no train split", and their majority
class is that of the transfer head's own training rows. Each test split is read once, here.

Example:
    >>> weighted_f1(["a", "a", "b"], ["a", "b", "b"], ("a", "b"))
    66.67
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.errors import InputError, ModelError
from affectkit.evaluate import imhi_data
from affectkit.evaluate.evidence_score import score_evidence
from affectkit.evaluate.imhi_data import MULTI, SetRows
from affectkit.models import Encoder

Array = npt.NDArray[np.float64]
MAJORITY = "majority class"
TFIDF = "TF-IDF + LR"
AFFECTKIT = "affectkit"
NO_TRAIN = "no train split"
PUBLISHED_COLUMNS = ("ChatGPT zero-shot", "best fine-tuned encoder", "MentaLLaMA-chat-13B")
PUBLISHED: dict[str, tuple[float, str, float]] = {
    "DR": (82.4, "95.1 (RoBERTa)", 85.7),
    "dreaddit": (71.8, "81.8 (MentalRoBERTa)", 75.8),
    "loneliness": (58.4, "85.3 (MentalRoBERTa)", 85.1),
    "IRF": (41.3, "76.7 (MentalBERT)", 76.5),
    "MultiWD": (62.7, "76.7 (BERT)", 75.1),
    "SAD": (54.1, "68.4 (MentalRoBERTa)", 63.6),
    "CAMS": (33.9, "47.6 (MentalRoBERTa)", 45.5),
    "T-SID": (33.3, "89.0 (MentalRoBERTa)", 75.3),
}
PUBLISHED_CAVEAT = (
    "Weighted-F1 on their test sets (percent), as a third-party benchmark file transcribes the paper's Table 2; "
    "the paper's own table could not be read here, so treat the rows as reference points (care.md). They were "
    "scored against IMHI's labels."
)
MUST_REACH = {"DR": 82.4, "dreaddit": 71.8, "SAD": 54.1, "CAMS": 33.9, "IRF": 41.3, "MultiWD": 62.7}
HUMAN, IMHI_LABELS = "human labels", "IMHI labels"
EVIDENCE_POSTS = 200
"""IRF test posts (a seeded sample of those with human spans) whose evidence is scored: each
costs about a second of Shapley coalitions on two cores."""


def weighted_f1(gold: Sequence[Any], predicted: Sequence[Any], classes: Sequence[Any]) -> float:
    """Weighted-F1 in percent (rounded to 2 places): each class's F1 weighted by its support
    in ``gold``.

    Example:
        >>> weighted_f1([True, True, False, False], [True, False, False, False], (False, True))
        73.33
    """
    truth, guess = list(gold), list(predicted)
    total = 0.0
    for name in classes:
        hits = sum(1 for g, p in zip(truth, guess) if g == name and p == name)
        made, actual = guess.count(name), truth.count(name)
        total += (2 * hits / (made + actual) if made + actual else 0.0) * actual
    return round(100.0 * total / max(len(truth), 1), 2)


def decisions(labels: Sequence[Sequence[str]], names: Sequence[str]) -> list[bool]:
    """Multi-label rows as pooled yes/no decisions: row by row, label by label.

    Example:
        >>> decisions([("b",), ()], ("a", "b"))
        [False, True, False, False]
    """
    return [name in row for row in labels for name in names]


def evidence_scores(
    test: SetRows, cited: Sequence[Mapping[str, Sequence[tuple[int, int]]]], *, seed: int = 0
) -> dict[str, Any]:
    """Cited evidence against IRF's human spans (``belong_exp``, ``burden_exp``): for each
    (post, label) whose human label is on and has a span, the character spans cited for that
    label are scored by token F1 (:mod:`affectkit.evaluate.evidence_score`), beside the whole
    post and a random stretch as long as the cited evidence; ``cited`` holds one
    label -> spans mapping per post (posts may be left out by giving them no labels).

    Example:
        >>> test = SetRows("IRF", "test", ["I feel so alone lately"], [("thwarted_belongingness",)], {},
        ...                evidence=[{"thwarted_belongingness": "so alone", "perceived_burdensomeness": ""}])
        >>> evidence_scores(test, [{"thwarted_belongingness": [(7, 15)]}])["cited"]
        100.0
    """
    if test.evidence is None:
        raise InputError(f"{test.name} {test.split} holds no human evidence spans; score evidence on IRF's test")
    if len(cited) != test.count:
        raise InputError(f"give one set of spans per post: {test.count} posts, {len(cited)} given")
    texts: list[str] = []
    gold: list[str] = []
    spans: list[Sequence[tuple[int, int]]] = []
    for text, labels, people, ours in zip(test.texts, test.labels, test.evidence, cited, strict=True):
        for label, span in people.items():
            if label in labels and span and label in ours:
                texts.append(text)
                gold.append(span)
                spans.append(ours[label])
    return score_evidence(texts, gold, spans, seed=seed).as_dict()


def _irf_evidence(
    test: SetRows, posts: int, seed: int, analyzer: Any, bundle: Any, say: Callable[[str], None]
) -> dict[str, Any]:
    """Evidence for the human labels of a seeded sample of IRF test posts with human spans."""
    from affectkit.care.mh_signals import DEFAULT_BUDGET, explain_labels

    assert test.evidence is not None
    eligible = [i for i, (labels, people) in enumerate(zip(test.labels, test.evidence, strict=True))
                if any(label in labels and span for label, span in people.items())]  # fmt: skip
    chosen = sorted(random.Random(seed).sample(eligible, min(posts, len(eligible))))
    cited: list[dict[str, list[tuple[int, int]]]] = [{} for _ in test.texts]
    started = time.perf_counter()
    for done, i in enumerate(chosen, 1):
        targets = [("interpersonal_risk", label) for label, span in test.evidence[i].items()
                   if label in test.labels[i] and span]  # fmt: skip
        found = explain_labels(test.texts[i], targets, analyzer=analyzer, bundle=bundle, seed=seed)
        cited[i] = {label: [(e.start, e.end) for e in found[(name, label)]] for name, label in targets}
        if done % 25 == 0 or done == len(chosen):
            say(f"IRF evidence: {done}/{len(chosen)} posts")
    result = evidence_scores(test, cited, seed=seed)
    return result | {"posts": len(chosen), "eligible_posts": len(eligible), "budget": DEFAULT_BUDGET,
                     "seconds_per_post": round((time.perf_counter() - started) / max(1, len(chosen)), 3)}  # fmt: skip


def _majority(train_labels: Sequence[Any], multi: bool, names: Sequence[str]) -> Any:
    """The majority prediction: the most frequent class, or each label on when most rows have it."""
    if multi:
        return tuple(name for name in names if sum(name in row for row in train_labels) * 2 > len(train_labels))
    counts: dict[str, int] = {}
    for label in train_labels:
        counts[label] = counts.get(label, 0) + 1
    return max(sorted(counts), key=lambda name: counts[name])


def _head_majority(folder: Path | None) -> str | None:
    """The most frequent class of a transfer head's own training rows (its head.json)."""
    if folder is None or not (folder / "head.json").is_file():
        return None
    counts = json.loads((folder / "head.json").read_text("utf-8")).get("training", {}).get("data", {})
    found: dict[str, int] = counts.get("class_counts", {})
    return max(sorted(found), key=lambda name: found[name]) if found else None


def _tfidf(train: SetRows, names: Sequence[str], multi: bool, texts: list[str], seed: int) -> list[Any]:
    from affectkit.evaluate.baselines import tfidf_logistic_probs

    targets = np.array(
        [[name in label if multi else name == label for name in names] for label in train.labels], np.float32
    )
    (probs,) = tfidf_logistic_probs(train.texts, targets, texts, seed=seed)
    if multi:
        return [tuple(name for j, name in enumerate(names) if row[j] >= 0.5) for row in probs]
    return [names[int(j)] for j in np.argmax(probs, axis=1)]


NOT_READ = "(not read)"
"""What a post the signals do not read (not English) counts as: no class, so a miss."""


def _predict(readings: Sequence[Any], signal: str, multi: bool) -> list[Any]:
    """Each post's labels as ``care.signals_batch`` gives them (what users get): a post it does
    not read (``covered`` false: not English) has no labels, which scores as a miss."""
    out: list[Any] = []
    for result in readings:
        labels = result.readings[signal].labels if result.covered else []
        out.append(tuple(labels) if multi else (labels[0] if labels else NOT_READ))
    return out


def _multi_lines(
    data: Path, name: str, test: SetRows, systems: dict[str, list[Any]], names: Sequence[str]
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], dict[str, str]]:
    """IRF or MultiWD: the human file's decisions, IMHI's questions on IMHI's labels, and
    IMHI's questions on the human labels."""
    human_gold = decisions(test.labels, names)
    human = {
        "items": len(human_gold),
        "scores": {s: weighted_f1(human_gold, decisions(p, names), (False, True)) for s, p in systems.items()},
    }
    questions = imhi_data.load_questions(data, name)
    where = {imhi_data.normalise(text): i for i, text in enumerate(test.texts)}
    rows = [where.get(imhi_data.normalise(text)) for text in questions.texts]
    if any(row is None for row in rows):
        missing = sum(row is None for row in rows)
        raise ModelError(f"{missing} of IMHI's {name} questions ask about posts missing from the human test file")
    asked = [(int(row), label) for row, label in zip(rows, questions.labels) if row is not None]
    imhi = {
        "items": questions.count,
        "scores": {
            s: weighted_f1(questions.answers, [label in p[row] for row, label in asked], (False, True))
            for s, p in systems.items()
        },
    }
    gold_on_asked = [label in test.labels[row] for row, label in asked]
    on_asked = {
        "items": questions.count,
        "scores": {
            s: weighted_f1(gold_on_asked, [label in p[row] for row, label in asked], (False, True))
            for s, p in systems.items()
        },
    }
    return human, imhi, on_asked, questions.files


def evaluate_imhi(
    data: Path,
    split: str = "test",
    *,
    sets: Sequence[str] | None = None,
    model: str | Path | Encoder | None = None,
    baselines: bool = True,
    bundle: Path | None = None,
    seed: int = 0,
    evidence_posts: int = EVIDENCE_POSTS,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Score the signal heads of ``bundle`` (default: the shipped ``signals-minilm``) on the
    test split of ``sets`` (default: all eight), beside the baselines and published rows;
    ``model`` is the encoder (a name, a folder or an encoder; default the ``model`` setting),
    which must be the one the heads were trained on.

    Example:
        >>> evaluate_imhi(Path("/nowhere"), "val")
        Traceback (most recent call last):
        ...
        affectkit.errors.InputError: affectkit eval imhi scores the test splits; drop --split (val is for training)
    """
    if split != "test":
        raise InputError(f"affectkit eval imhi scores the test splits; drop --split ({split} is for training)")
    from affectkit.adapt.train import encode_rows, load_encoder
    from affectkit.care.mh_signals import signals_batch
    from affectkit.care.signal_bundle import load_signal_heads
    from affectkit.evaluate.runner import _versions
    from affectkit.understand.analyzer import Analyzer

    say = progress or (lambda message: None)
    started = time.perf_counter()
    chosen = imhi_data.resolve_sets(sets)
    signals = load_signal_heads(bundle)
    encoder = load_encoder(model)
    if (encoder.name, encoder.version) != signals.encoder:
        raise ModelError(
            f"the signal heads read {' '.join(signals.encoder)}, not {encoder.name} {encoder.version}: "
            "evaluate with that model (--model), or train the heads again on this one"
        )
    analyzer = Analyzer(model=encoder)
    by_set = {spec.set: spec for spec in signals.signals}
    keys = imhi_data.keys_of_test_posts(data) if baselines and any(n in imhi_data.TRAINED for n in chosen) else None
    files: dict[str, str] = {}
    results: dict[str, Any] = {}
    for name in chosen:
        if name not in by_set:
            raise ModelError(
                f"the signal bundle {signals.name} has no head for {name}; train it with make signals-heads"
            )
        spec = by_set[name]
        head = signals.heads[spec.name]
        multi = name in MULTI
        names = imhi_data.label_names(name)
        test = imhi_data.load_test(data, name)
        files |= test.files
        say(f"{name}: reading {test.count:,} test posts")
        rows = encode_rows(encoder, test.texts, long_text=signals.long_text)
        read = signals_batch(test.texts, care=False, analyzer=analyzer, bundle=signals,
                             features=rows if signals.long_text == "truncate" else None)  # fmt: skip
        systems: dict[str, list[Any]] = {AFFECTKIT: _predict(read, spec.name, multi)}
        train_rows: int | None = None
        if keys is not None and name in imhi_data.TRAINED:
            train, _, _ = imhi_data.load_training(data, name, keys, seed=seed)
            files |= train.files
            train_rows = train.count
            systems[MAJORITY] = [_majority(train.labels, multi, names)] * test.count
            say(f"{name}: fitting TF-IDF + logistic regression on {train.count:,} training posts")
            systems[TFIDF] = _tfidf(train, names, multi, test.texts, seed)
        elif baselines:
            majority = _head_majority(head.folder)
            if majority is not None:
                systems[MAJORITY] = [majority] * test.count
        entry: dict[str, Any] = {
            "signal": spec.name,
            "not_read": sum(1 for result in read if not result.covered),
            "head": f"{head.name} {head.version}",
            "transfer": spec.transfer,
            "train_rows": train_rows,
            "tfidf": "computed" if TFIDF in systems else (NO_TRAIN if name not in imhi_data.TRAINED else "off"),
        }
        if multi:
            human, imhi, on_asked, question_files = _multi_lines(data, name, test, systems, names)
            files |= question_files
            entry |= {
                "posts": test.count,
                HUMAN: human,
                IMHI_LABELS: imhi,
                "human labels on IMHI's questions": on_asked,
            }
        else:
            entry |= {
                "posts": test.count,
                "items": test.count,
                "scores": {s: weighted_f1(test.labels, p, names) for s, p in systems.items()},
            }
        if name == "IRF" and evidence_posts > 0:
            entry["evidence"] = _irf_evidence(test, evidence_posts, seed, analyzer, signals, say)
        scored = entry[HUMAN]["scores"] if multi else entry["scores"]
        if name in MUST_REACH:
            entry["must_reach"] = MUST_REACH[name]
            entry["reached"] = scored[AFFECTKIT] >= MUST_REACH[name]
        results[name] = entry
    return {
        "task": "imhi",
        "split": split,
        "model": {"name": encoder.name, "version": encoder.version},
        "bundle": {"name": signals.name, "version": signals.version, "long_text": signals.long_text},
        "settings": {
            "metric": "weighted-F1 percent: each class's F1 weighted by its support in the test labels",
            "multi_label": "IRF and MultiWD: every (post, label) pair of the human test file is one yes/no decision; "
            "weighted-F1 over all decisions pooled. Second line: IMHI's per-label questions against IMHI's labels",
            "majority": "the most frequent class of the set's train split (multi-label: each label on when most "
            "train rows have it); loneliness and T-SID: of the transfer head's training rows",
            "tfidf": "TF-IDF word 1-2 grams + one-vs-rest logistic regression (C=4) fitted on the same train split "
            "as the heads (test posts of every set dropped)",
            "seed": seed,
        },
        "sets": results,
        "published_reference": {
            "columns": list(PUBLISHED_COLUMNS),
            "rows": {name: list(PUBLISHED[name]) for name in chosen},
            "caveat": PUBLISHED_CAVEAT,
        },
        "data": {"folder": str(data), "sha256": files},
        "versions": _versions(),
        "seconds": round(time.perf_counter() - started, 1),
    }


def table_rows(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The report as the table's rows: one per set (two for IRF and MultiWD: human labels,
    then IMHI's labels), each with the systems' scores, the published numbers and the target.

    Example:
        >>> report = {"sets": {"DR": {"items": 2, "scores": {"affectkit": 90.0}, "tfidf": "computed",
        ...           "must_reach": 82.4}}, "published_reference": {"rows": {"DR": [82.4, "95.1 (RoBERTa)", 85.7]}}}
        >>> table_rows(report)[0]["set"], table_rows(report)[0]["published"][0]
        ('DR', 82.4)
    """
    out: list[dict[str, Any]] = []
    published = report["published_reference"]["rows"]
    for name, entry in report["sets"].items():
        lines = [(f"{name} ({HUMAN})", entry[HUMAN]), (f"{name} ({IMHI_LABELS})", entry[IMHI_LABELS])] if (
            HUMAN in entry
        ) else [(name, entry)]  # fmt: skip
        for number, (title, line) in enumerate(lines):
            out.append(
                {
                    "set": title,
                    "items": line["items"],
                    "scores": line["scores"],
                    "tfidf": entry.get("tfidf"),
                    "published": published.get(name) if number == 0 else None,
                    "must_reach": entry.get("must_reach") if number == 0 else None,
                }
            )
    return out
