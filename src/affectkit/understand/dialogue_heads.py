"""Emotion in context and emotion causes for the turns of one dialogue, from the encoder's
raw outputs (see :mod:`affectkit.models.heads` for the features and
``training/conversation_heads.py`` for how the heads were trained).

- :meth:`DialogueHeads.emotions`: each turn's emotion (Ekman's six or neutral) read with
  the earlier turns and who said them. ``corpus`` picks the head, i.e. the data the reading
  was trained on: ``meld`` (TV dialogue, the default) or ``dailydialog`` (everyday written
  dialogue, where most turns are neutral).
- :meth:`DialogueHeads.causes`: for an emotional turn, which earlier turns (or the turn
  itself) caused its emotion, each with a score and the cause span.
- :meth:`DialogueHeads.cause_spans`: the part of each causal turn that states the cause:
  the best-scored of its candidate spans (runs of clause-like segments), scored by the span
  head with the emotional turn and its emotion. Without an encoder to read the candidates,
  :func:`cause_span` gives the whole turn.

Example:
    >>> from affectkit.understand.analyzer import Analyzer
    >>> texts = ["I lost my job today.", "Oh no, I'm so sorry.", "I don't know how I'll pay rent."]
    >>> _, logits, vad, pooled = Analyzer().analyze_with_features(texts)
    >>> heads = DialogueHeads.load()
    >>> [e.label for e in heads.emotions(logits, vad, pooled, ["A", "B", "A"])]
    ['sadness', 'sadness', 'sadness']
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict, Field

from affectkit.errors import InputError
from affectkit.models.encoder import EmotionModel
from affectkit.models.features import Encoder
from affectkit.models.head_format import HeadManifest, activate
from affectkit.models.heads import (
    CONVERSATION_LABELS,
    MLPHead,
    cause_pair_features,
    load_conversation_heads,
    span_candidates,
    span_features,
    turn_context_features,
)

NEUTRAL = CONVERSATION_LABELS.index("neutral")


class ContextEmotion(BaseModel):
    """A turn's emotion read in its context (or, for a turn the context heads cannot read,
    from the turn alone: ``in_context`` is then false)."""

    model_config = ConfigDict(frozen=True)
    label: str = Field(description="one of anger, disgust, fear, joy, neutral, sadness, surprise")
    scores: dict[str, float] = Field(description="probabilities over the seven labels (softmax)")
    in_context: bool = Field(
        default=True,
        description="false for a turn the context heads cannot read (they learnt English turns): the label "
        "is then the turn's own Ekman view, read without the earlier turns",
    )


class Cause(BaseModel):
    """An earlier turn (or the turn itself) that caused a turn's emotion."""

    model_config = ConfigDict(frozen=True)
    turn: int = Field(description="0-based index of the causal turn")
    score: float = Field(description="sigmoid of the cause head's output; a cause when above the threshold")
    span: str = Field(description="the part of the causal turn that states the cause")


def cause_span(text: str) -> str:
    """The fallback cause span of a causal turn: the whole turn, trimmed.

    Example:
        >>> cause_span("  It'll be fun . ")
        "It'll be fun ."
    """
    return text.strip()


class DialogueHeads:
    """The shipped conversation heads, loaded once. ``config`` is their ``head.json``."""

    def __init__(self, manifest: HeadManifest, heads: dict[str, MLPHead]) -> None:
        self.manifest = manifest
        self.config: dict[str, Any] = dict(manifest.document)
        self.heads = heads
        self.name: str = manifest.name
        self.version: str = manifest.version
        self.corpora: tuple[str, ...] = tuple(self.config["corpora"])
        self.cause_threshold = manifest.thresholds["cause"]

    @classmethod
    def load(cls, directory: Path | None = None) -> DialogueHeads:
        """Load the heads in ``directory`` (default: the shipped ``conversation-minilm``).

        Example:
            >>> DialogueHeads.load().corpora
            ('meld', 'dailydialog')
        """
        manifest, heads = load_conversation_heads(directory)
        return cls(manifest, heads)

    def encoder(self) -> EmotionModel:
        """Load the emotion model these heads were trained on (``head.json``: encoder).

        Example:
            >>> DialogueHeads.load().encoder().version
            '1.1.0'
        """
        from affectkit.models.registry import resolve_model

        model = EmotionModel.load(resolve_model(str(self.config["encoder"]["name"])))
        self.check_encoder(model)
        return model

    def check_encoder(self, model: Encoder) -> None:
        """Refuse an emotion model other than the one the heads read in training: its
        outputs would mean something else to them.

        Example:
            >>> from affectkit.understand.analyzer import Analyzer
            >>> DialogueHeads.load().check_encoder(Analyzer().model)  # the default model: fine
        """
        self.manifest.check_encoder(
            model.name,
            model.version,
            subject=f"the conversation heads {self.name} {self.version}",
            advice="analyse conversations with the default model "
            "(or train heads for yours with training/conversation_heads.py)",
        )

    def provenance(self, corpus: str) -> dict[str, Any]:
        """Name, version, encoder and training corpus of the heads, for results.

        Example:
            >>> DialogueHeads.load().provenance("meld")["heads"]
            'conversation-minilm'
        """
        return {"heads": self.name, "heads_version": self.version, "encoder": self.config["encoder"], "corpus": corpus}

    def emotions(
        self,
        logits: npt.ArrayLike,
        vad: npt.ArrayLike,
        pooled: npt.ArrayLike,
        speakers: Sequence[str],
        *,
        corpus: str | None = None,
        context: bool = True,
    ) -> list[ContextEmotion]:
        """Each turn's emotion in context (``context=False``: the turn alone, the ablation).

        Example:
            >>> from affectkit.understand.analyzer import Analyzer
            >>> texts = ["We won the final!", "That is amazing, congratulations!"]
            >>> _, logits, vad, pooled = Analyzer().analyze_with_features(texts)
            >>> [e.label for e in DialogueHeads.load().emotions(logits, vad, pooled, ["A", "B"])]
            ['joy', 'joy']
        """
        rows = turn_context_features(logits, vad, pooled, speakers)
        probabilities = self.context_probabilities(rows, corpus=corpus, context=context)
        return [
            ContextEmotion(
                label=CONVERSATION_LABELS[int(row.argmax())],
                scores={label: round(float(p), 6) for label, p in zip(CONVERSATION_LABELS, row)},
            )
            for row in probabilities
        ]

    def context_probabilities(
        self, rows: npt.ArrayLike, *, corpus: str | None = None, context: bool = True
    ) -> npt.NDArray[np.float64]:
        """The probabilities over the seven labels (neutral bias added, then the softmax) of
        turns given as rows of :func:`~affectkit.models.heads.turn_context_features`, unrounded:
        what :meth:`emotions` decides from, and what an explanation of it measures.

        Example:
            >>> heads = DialogueHeads.load()
            >>> heads.context_probabilities(np.zeros((2, 536))).shape
            (2, 7)
        """
        chosen = corpus or str(self.config["default_corpus"])
        if chosen not in self.corpora:
            raise InputError(f"no head trained on {chosen!r}; choose one of {', '.join(self.corpora)}")
        name = f"{'context' if context else 'none'}-{chosen}"
        head = self.heads[name]
        scores = head.logits(np.asarray(rows)[:, : head.input_dim], "emotion").astype(np.float64)
        scores[:, NEUTRAL] += float(self.config["neutral_bias"][name])
        probabilities: npt.NDArray[np.float64] = activate(scores, self.manifest.activation_of("emotion"))
        return probabilities

    def cause_probabilities(self, rows: npt.ArrayLike) -> npt.NDArray[np.float64]:
        """The cause probability (sigmoid of the cause head's output, unrounded) of pairs given
        as rows of :func:`~affectkit.models.heads.cause_pair_features`; a pair is a cause when
        its raw output is above the threshold, i.e. its probability above
        sigmoid(``cause_threshold``).

        Example:
            >>> from affectkit.models.heads import CAUSE_PAIR_DIM
            >>> DialogueHeads.load().cause_probabilities(np.zeros((3, CAUSE_PAIR_DIM))).shape
            (3,)
        """
        raw = self.heads["causes"].logits(rows, "cause")[:, 0].astype(np.float64)
        probabilities: npt.NDArray[np.float64] = activate(raw, self.manifest.activation_of("cause"))
        return probabilities

    def causes(
        self,
        logits: npt.ArrayLike,
        vad: npt.ArrayLike,
        pooled: npt.ArrayLike,
        speakers: Sequence[str],
        texts: Sequence[str],
        emotions: Sequence[str],
        *,
        encoder: Encoder | None = None,
    ) -> list[list[Cause]]:
        """For every turn, the causes of its emotion (``emotions``: one label per turn) among
        itself and the 16 turns before it (:data:`~affectkit.models.heads.CAUSE_WINDOW`), best
        first; empty for a neutral turn or when no candidate scores above the threshold
        chosen on dev. All pairs go through the head in one call. With ``encoder`` (the
        model that gave ``logits``, ``vad`` and ``pooled``) each cause gets its span from
        :meth:`cause_spans`; without it, the whole causal turn.

        Example:
            >>> from affectkit.understand.analyzer import Analyzer
            >>> texts = ["My bike got stolen last night.", "That's awful, I'm sorry."]
            >>> _, logits, vad, pooled = Analyzer().analyze_with_features(texts)
            >>> found = DialogueHeads.load().causes(logits, vad, pooled, ["A", "B"], texts, ["sadness", "sadness"])
            >>> [[c.turn for c in causes] for causes in found]
            [[0], [1, 0]]
        """
        unknown = sorted(set(emotions) - set(CONVERSATION_LABELS))
        if unknown:
            raise InputError(f"unknown emotion(s) {unknown}; expected {', '.join(CONVERSATION_LABELS)}")
        if len(emotions) != len(texts):
            raise InputError(f"{len(emotions)} emotions for {len(texts)} turns")
        blocks: list[npt.NDArray[np.float32]] = []
        owners: list[tuple[int, int]] = []
        for target, emotion in enumerate(emotions):
            if emotion == "neutral":
                continue
            rows = cause_pair_features(logits, vad, pooled, speakers, target, CONVERSATION_LABELS.index(emotion))
            first = target + 1 - len(rows)
            blocks.append(rows)
            owners += [(target, first + k) for k in range(len(rows))]
        found: list[list[Cause]] = [[] for _ in emotions]
        if not blocks:
            return found
        raw = self.heads["causes"].logits(np.concatenate(blocks), "cause")[:, 0]
        scores = activate(raw.astype(np.float64), self.manifest.activation_of("cause"))
        for (target, candidate), value, score in zip(owners, raw, scores):
            if value > self.cause_threshold:
                cause = Cause(turn=candidate, score=round(float(score), 6), span=cause_span(texts[candidate]))
                found[target].append(cause)
        for causes in found:
            causes.sort(key=lambda cause: -cause.score)
        if encoder is not None:
            pairs = [(target, cause.turn) for target, causes in enumerate(found) for cause in causes]
            spans = iter(self.cause_spans(encoder, texts, (logits, vad, pooled), emotions, pairs))
            found = [[cause.model_copy(update={"span": next(spans)}) for cause in causes] for causes in found]
        return found

    def cause_spans(
        self,
        encoder: Encoder,
        texts: Sequence[str],
        features: tuple[npt.ArrayLike, npt.ArrayLike, npt.ArrayLike],
        emotions: Sequence[str],
        pairs: Sequence[tuple[int, int]],
    ) -> list[str]:
        """The cause span for each (emotional turn, causal turn) pair: the candidate span of
        the causal turn that the span head scores best. ``features``: the turns' logits, VAD
        and pooled vectors (the whole-turn candidate reuses them); the other candidates of
        each distinct causal turn are encoded once, in one pass.

        Example:
            >>> from affectkit.understand.analyzer import Analyzer
            >>> texts = ["My flight was delayed again , and I missed the meeting .", "That's awful ."]
            >>> analyzer = Analyzer()
            >>> _, logits, vad, pooled = analyzer.analyze_with_features(texts)
            >>> heads = DialogueHeads.load()
            >>> span = heads.cause_spans(analyzer.model, texts, (logits, vad, pooled), ["anger", "sadness"], [(1, 0)])
            >>> span[0] in texts[0]
            True
        """
        if "spans" not in self.heads:
            return [cause_span(texts[cause]) for _, cause in pairs]
        turn_logits, turn_vad, turn_pooled = (np.asarray(part, dtype=np.float32) for part in features)
        places = {cause: span_candidates(texts[cause]) for _, cause in pairs}
        pieces = [(cause, a, b) for cause, spots in places.items() for a, b in spots[:-1]]  # the last is the whole turn
        if pieces:
            spans = [texts[c][a:b] for c, a, b in pieces]
            logits, vad, pooled = encoder.encode(spans, batch_size=64, pooled=True).arrays()
        encoded = {piece: k for k, piece in enumerate(pieces)}
        chosen: list[str] = []
        for target, cause in pairs:
            spots = places[cause]
            if len(spots) == 1:
                chosen.append(cause_span(texts[cause]))
                continue
            rows = [encoded[(cause, a, b)] for a, b in spots[:-1]]
            rows_features = span_features(
                np.concatenate([logits[rows], turn_logits[cause : cause + 1]]),
                np.concatenate([vad[rows], turn_vad[cause : cause + 1]]),
                np.concatenate([pooled[rows], turn_pooled[cause : cause + 1]]),
                turn_pooled[target],
                CONVERSATION_LABELS.index(emotions[target]),
                spots,
                len(texts[cause]),
                cause == target,
            )
            a, b = spots[int(self.heads["spans"].logits(rows_features, "span")[:, 0].argmax())]
            chosen.append(texts[cause][a:b])
        return chosen
