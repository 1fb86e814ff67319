"""Evaluate the conversation heads: emotion in context on MELD and DailyDialog, emotion causes
on RECCON, each with context-free baselines computed in the same run.

Rows of the emotion tables: the majority class; the default model's Ekman view (the
GoEmotions model read turn by turn, never trained on these sets); the ``none`` head (trained
on the set's train split, the turn alone); the ``context`` head (the same recipe with the
earlier turns). Metrics: MELD weighted-F1 (the usual MELD score), DailyDialog micro-F1
without the neutral class (the usual DailyDialog score), both with macro-F1 and accuracy.

RECCON causal emotion entailment (CEE): every emotional (non-neutral) turn t of a dialogue
is paired with every turn c <= t; a pair is positive when c is among t's annotated causes.
Scores: F1 of the positive class, of the negative class, and their mean (macro-F1), as in
Poria et al. (2021), "Recognizing Emotion Cause in Conversations". The head scores the 16
turns before t and t itself (``CAUSE_WINDOW``); earlier candidates count as predicted
negatives. Baselines: the turn
itself only, and the turn itself plus the previous turn. Cause spans: exact match and token
F1 (SQuAD-style) of the predicted span against the annotated span, over gold causal pairs,
beside the whole causal turn as the baseline.

Example (needs the data sets)::

    report = evaluate_conversations(data_dir(), "meld", "test")
    print(report["systems"]["context head"]["weighted_f1"])
"""

from __future__ import annotations

import re
import string
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.errors import DataError
from affectkit.evaluate.datasets import CauseDialogue, DialogueTurns, load_dailydialog, load_meld, load_reccon
from affectkit.models import EmotionModel
from affectkit.models.heads import CONVERSATION_LABELS, cause_pair_features, turn_context_features
from affectkit.taxonomy.graph import view_score_matrix
from affectkit.understand.dialogue_heads import DialogueHeads

RECCON_EMOTIONS = {
    "happiness": "joy",
    "happines": "joy",
    "excited": "joy",
    "sad": "sadness",
    "no emotion": "neutral",
}
"""Corpus emotion names to the heads' labels (DailyDialog's happiness is joy; RECCON has a
few misspellings)."""

NEUTRAL = CONVERSATION_LABELS.index("neutral")


def label_index(name: str) -> int:
    """Index of a corpus emotion name among :data:`CONVERSATION_LABELS`.

    Example:
        >>> label_index("happiness"), label_index("no emotion")
        (3, 4)
    """
    label = RECCON_EMOTIONS.get(name, name)
    if label not in CONVERSATION_LABELS:
        raise DataError(f"unknown emotion {name!r}; expected one of {', '.join(CONVERSATION_LABELS)}")
    return CONVERSATION_LABELS.index(label)


def dialogue_features(model: EmotionModel, turns: DialogueTurns) -> tuple[npt.NDArray[np.float32], npt.NDArray[Any]]:
    """Context features (:func:`turn_context_features`) of every turn, dialogue by dialogue,
    and the gold label indices.

    Example:
        >>> from affectkit.models import resolve_model
        >>> turns = DialogueTurns("demo", "test", ["d1", "d1", "d2"], ["A", "B", "A"],
        ...                       ["I won!", "Wow!", "Hello."], ["happiness", "surprise", "no emotion"])
        >>> x, gold = dialogue_features(EmotionModel.load(resolve_model("goemotions-minilm")), turns)
        >>> x.shape, gold.tolist(), float(x[2, 421:].sum())   # d2 starts afresh: no context
        ((3, 536), [3, 6, 4], 0.0)
    """
    logits, vad, pooled = model.encode(turns.text, batch_size=64, pooled=True).arrays()
    rows = np.zeros((len(turns.text), 0), dtype=np.float32)
    parts = []
    start = 0
    for end in range(1, len(turns.text) + 1):
        if end == len(turns.text) or turns.dialogue[end] != turns.dialogue[start]:
            parts.append(
                turn_context_features(
                    logits[start:end], vad[start:end], pooled[start:end], turns.speaker[start:end]
                )
            )
            start = end
    rows = np.concatenate(parts) if parts else rows
    gold = np.array([label_index(name) for name in turns.emotion])
    return rows, gold


def emotional_turns(
    model: EmotionModel, dialogues: Sequence[CauseDialogue]
) -> Iterator[tuple[CauseDialogue, tuple[npt.NDArray[np.float32], ...], list[str], int]]:
    """Every emotional turn of RECCON dialogues: (dialogue, its turns' logits, VAD and pooled
    vectors, its turns' emotions mapped by :data:`RECCON_EMOTIONS`, the turn's index), one
    encoder pass per dialogue. Turns whose emotion is neutral or none of
    :data:`CONVERSATION_LABELS` after mapping are passed over (7 of RECCON train's 4,562
    emotional turns: ``happy``, ``surprised``, ``angry``; the shipped heads were trained so).

    Example:
        >>> from affectkit.models import resolve_model
        >>> model = EmotionModel.load(resolve_model("goemotions-minilm"))
        >>> talk = CauseDialogue("d", ["A", "B"], ["I won!", "Nice."], ["happiness", "neutral"], [[0], []], [[], []])
        >>> [(t, labels[t]) for _, _, labels, t in emotional_turns(model, [talk])]
        [(0, 'joy')]
    """
    for dialogue in dialogues:
        features = model.encode(dialogue.text, batch_size=64, pooled=True).arrays()
        labels = [RECCON_EMOTIONS.get(emotion, emotion) for emotion in dialogue.emotion]
        for target, label in enumerate(labels):
            if label != "neutral" and label in CONVERSATION_LABELS:
                yield dialogue, features, labels, target


def micro_f1_without_neutral(gold: npt.ArrayLike, predicted: npt.ArrayLike, neutral: int = NEUTRAL) -> float:
    """Micro-F1 over the emotion classes only: neutral predictions and neutral gold turns
    count as neither positive nor negative (DailyDialog's usual score).

    Example:
        >>> micro_f1_without_neutral([0, 4, 3, 4], [0, 0, 4, 4], neutral=4)
        0.5
    """
    g, p = np.asarray(gold), np.asarray(predicted)
    hits = int(((g == p) & (g != neutral)).sum())
    predicted_positive, gold_positive = int((p != neutral).sum()), int((g != neutral).sum())
    precision = hits / predicted_positive if predicted_positive else 0.0
    recall = hits / gold_positive if gold_positive else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _emotion_scores(gold: npt.NDArray[Any], predicted: npt.NDArray[Any]) -> dict[str, Any]:
    from sklearn.metrics import f1_score

    labels = list(range(len(CONVERSATION_LABELS)))
    per_label = f1_score(gold, predicted, labels=labels, average=None, zero_division=0)
    return {
        "weighted_f1": float(f1_score(gold, predicted, labels=labels, average="weighted", zero_division=0)),
        "macro_f1": float(f1_score(gold, predicted, labels=labels, average="macro", zero_division=0)),
        "micro_f1_without_neutral": micro_f1_without_neutral(gold, predicted),
        "accuracy": float((gold == predicted).mean()),
        "per_label_f1": dict(zip(CONVERSATION_LABELS, (float(v) for v in per_label))),
    }


def _head_predictions(reader: DialogueHeads, name: str, x: Any) -> Any:
    head = reader.heads[name]
    logits = head.logits(x[:, : head.input_dim], "emotion")
    logits[:, NEUTRAL] += float(reader.config["neutral_bias"][name])
    return logits.argmax(axis=1)


def _ekman_view(model: EmotionModel, logits: npt.NDArray[np.float32]) -> npt.NDArray[Any]:
    """The default model's Ekman view (its top category) from logits already computed."""
    top: npt.NDArray[Any] = view_score_matrix(model.probabilities(logits), "ekman").argmax(axis=1)
    return top


def _emotion_report(
    data: Path, corpus: str, split: str, say: Callable[[str], None], reader: DialogueHeads, model: EmotionModel
) -> dict[str, Any]:
    loader = {"meld": load_meld, "dailydialog": load_dailydialog}[corpus]
    train = loader(data, "train")
    turns = loader(data, split)
    say(f"encoding {len(turns.text):,} {corpus} {split} turns")
    x, gold = dialogue_features(model, turns)
    majority = Counter(label_index(e) for e in train.emotion).most_common(1)[0][0]
    systems = {
        "majority class (train)": _emotion_scores(gold, np.full_like(gold, majority)),
        "default model, Ekman view (no training on this set)": _emotion_scores(
            gold, _ekman_view(model, x[:, : len(model.labels)])  # the turns' own logits lead each row
        ),
        "no-context head (turn alone)": _emotion_scores(gold, _head_predictions(reader, f"none-{corpus}", x)),
        "context head (earlier turns, speakers)": _emotion_scores(
            gold, _head_predictions(reader, f"context-{corpus}", x)
        ),
    }
    return {
        "turns": len(turns.text),
        "dialogues": len(set(turns.dialogue)),
        "data": {"folder": str(data), "sha256": turns.files},
        "systems": systems,
        "main_metric": "weighted_f1" if corpus == "meld" else "micro_f1_without_neutral",
    }


_ARTICLES = re.compile(r"\b(a|an|the)\b")


def _normalise(text: str) -> list[str]:
    lowered = "".join(ch for ch in text.lower() if ch not in set(string.punctuation))
    return _ARTICLES.sub(" ", lowered).split()


def span_scores(predicted: str, gold: str) -> tuple[float, float]:
    """Exact match and token F1 of a span, after SQuAD's normalisation (lower case, no
    punctuation or articles).

    Example:
        >>> span_scores("it'll be fun .", "it'll be fun")
        (1.0, 1.0)
        >>> span_scores("be fun", "it'll be fun")[1]
        0.8
    """
    p, g = _normalise(predicted), _normalise(gold)
    exact = float(p == g)
    common = sum((Counter(p) & Counter(g)).values())
    if not common:
        return exact, 0.0
    precision, recall = common / len(p), common / len(g)
    return exact, 2 * precision * recall / (precision + recall)


def _reccon_report(
    data: Path, split: str, say: Callable[[str], None], reader: DialogueHeads, model: EmotionModel
) -> dict[str, Any]:
    from sklearn.metrics import f1_score

    dialogues, files = load_reccon(data, split)
    say(f"encoding {sum(len(d.text) for d in dialogues):,} RECCON {split} turns")
    gold: list[int] = []
    scores: list[float] = []
    self_only: list[int] = []
    self_previous: list[int] = []
    span_exact: list[float] = []
    span_f1: list[float] = []
    whole_exact: list[float] = []
    whole_f1: list[float] = []
    for dialogue, (logits, vad, pooled), emotions, target in emotional_turns(model, dialogues):
        index = CONVERSATION_LABELS.index(emotions[target])
        rows = cause_pair_features(logits, vad, pooled, dialogue.speaker, target, index)
        outside = target + 1 - len(rows)  # candidates before the window: never causes
        scores += [-np.inf] * outside + reader.heads["causes"].logits(rows, "cause")[:, 0].tolist()
        for candidate in range(target + 1):
            gold.append(int(candidate in dialogue.causes[target]))
            self_only.append(int(candidate == target))
            self_previous.append(int(candidate >= target - 1))
        annotated = [(c, span) for c, span in zip(dialogue.causes[target], dialogue.spans[target]) if span]
        pairs = [(target, c) for c, _ in annotated]
        found = reader.cause_spans(model, dialogue.text, (logits, vad, pooled), emotions, pairs)
        for (candidate, span), predicted in zip(annotated, found):
            exact, f1 = span_scores(predicted, span)
            span_exact.append(exact)
            span_f1.append(f1)
            exact, f1 = span_scores(dialogue.text[candidate], span)
            whole_exact.append(exact)
            whole_f1.append(f1)
    truth = np.array(gold)

    def cee(predicted: Sequence[int] | npt.NDArray[Any]) -> dict[str, float]:
        pos = float(f1_score(truth, predicted, pos_label=1, zero_division=0))
        neg = float(f1_score(truth, predicted, pos_label=0, zero_division=0))
        return {"pos_f1": pos, "neg_f1": neg, "macro_f1": (pos + neg) / 2}

    threshold = reader.cause_threshold
    return {
        "pairs": len(gold),
        "positive_pairs": int(truth.sum()),
        "dialogues": len(dialogues),
        "data": {"folder": str(data), "sha256": files},
        "systems": {
            "the turn itself": cee(self_only),
            "the turn itself and the previous turn": cee(self_previous),
            "causes head": cee((np.array(scores) > threshold).astype(int)),
        },
        "spans": {
            "pairs": len(span_f1),
            "whole causal turn": {"exact_match": float(np.mean(whole_exact)), "f1": float(np.mean(whole_f1))},
            "span head (best candidate)": {"exact_match": float(np.mean(span_exact)), "f1": float(np.mean(span_f1))},
        },
        "main_metric": "macro_f1",
    }


def evaluate_conversations(
    data: Path, corpus: str, split: str = "test", *, progress: Callable[[str], None] | None = None
) -> dict[str, Any]:
    """Evaluate on ``corpus`` (meld, dailydialog, reccon) and return the report.

    Example (needs the data sets)::

        evaluate_conversations(data_dir(), "reccon")["systems"]["causes head"]["macro_f1"]
    """
    from affectkit.evaluate.runner import _versions

    say = progress or (lambda message: None)
    if corpus not in ("meld", "dailydialog", "reccon"):
        raise DataError(f"no conversation corpus {corpus!r}; choose meld, dailydialog or reccon")
    started = time.perf_counter()
    reader = DialogueHeads.load()
    model = reader.encoder()
    if corpus == "reccon":
        body = _reccon_report(data, split, say, reader, model)
    else:
        body = _emotion_report(data, corpus, split, say, reader, model)
    config = reader.config
    return {
        "task": corpus,
        "split": split,
        **body,
        "heads": {"name": config["name"], "version": config["version"], "encoder": config["encoder"]},
        "versions": _versions(),
        "seconds": time.perf_counter() - started,
    }
