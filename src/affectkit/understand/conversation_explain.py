"""Shapley values for a conversation turn's decisions: which earlier turns and which of its
own words made its **emotion in context**, and which words of a causal turn made it read as
a **cause** of that emotion.

* **Emotion in context** of turn t: the players are the earlier turns (each as a whole
  turn) and the words of turn t. The value of a coalition is the calibrated probability
  (the context head's softmax, neutral bias added) of the emotion decided on the full
  conversation, when the absent turns are dropped from the conversation (the context head
  then reads whichever earlier turns remain, with their speakers) and the absent words are
  removed from turn t. The players are the ``max_turns`` turns before t plus any older turn
  the head reads in the full conversation (the speaker's own previous turn, the other
  speaker's latest), so the full coalition is exactly the decided reading; older turns are
  absent from every coalition.
* **Cause** (turn c read as a cause of turn t's emotion): the players are the words of turn
  c; the value is the cause head's probability for the pair (c, t) with turn t's decided
  emotion, when the absent words are removed from turn c (and from turn t too when c is t).

The games are solved by :func:`affectkit.understand.shapley.solve_game`: exact when all
2^n coalitions fit in ``budget`` (so a turn with causes costs at most ``budget`` coalitions
per decision), else seeded antithetic sampling within ``budget``; the values add up to
v(all) - v(none) either way. Each distinct text is encoded once: the turns in
one pass, then every coalition's text of the explained turn in one more.

Example:
    >>> from affectkit.understand.conversation import Conversation
    >>> talk = Conversation.from_records([{"speaker": "A", "text": "My dog died yesterday."},
    ...                                   {"speaker": "B", "text": "Oh no."}])
    >>> emotion = explain_turn(talk, 1)[0]
    >>> emotion.label, [t.turn for t in emotion.turns], [w.word for w in emotion.words]
    ('sadness', [0], ['Oh', 'no', '.'])
    >>> abs(emotion.residual) < 1e-9
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.errors import InputError
from affectkit.models.heads import CAUSE_WINDOW, CONVERSATION_LABELS, cause_pair_features, turn_context_features
from affectkit.understand.conversation import Conversation
from affectkit.understand.dialogue_heads import DialogueHeads
from affectkit.understand.shapley import (
    DEFAULT_BUDGET,
    MAX_PLAYERS,
    Masks,
    ValueFunction,
    Values,
    WordValue,
    coalition_text,
    game_fields,
    players,
    solve_game,
)
from affectkit.understand.text import clean_text

CONTEXT_TURNS = 8
"""Earlier turns that are players (besides any older turn the context head reads)."""

Array = npt.NDArray[np.float32]


@dataclass(frozen=True)
class TurnValue:
    """An earlier turn as a player: its index (0-based), speaker, text and Shapley value."""

    turn: int
    speaker: str
    text: str
    value: float
    stderr: float


@dataclass(frozen=True)
class TurnDecision:
    """The Shapley values of one decision about turn ``turn``: ``decision`` is ``'emotion'``
    (its emotion in context; players are earlier turns and its words) or ``'cause'`` (turn
    ``source`` read as a cause of it; players are the words of that turn). ``words`` hold
    offsets into ``text``, the text of turn ``source``. ``full`` is v(all), the decided
    probability; ``empty`` v(none); ``residual`` = sum of values - (full - empty)."""

    decision: str
    turn: int
    source: int
    label: str
    text: str
    full: float
    empty: float
    residual: float
    exact: bool
    model_calls: int
    seed: int
    model: str
    words: list[WordValue]
    turns: list[TurnValue] = field(default_factory=list)

    @property
    def probability(self) -> float:
        """The decided probability (v of every player).

        Example:
            >>> TurnDecision("cause", 1, 0, "joy", "hi", 0.7, 0.2, 0.0, True, 4, 0, "m", []).probability
            0.7
        """
        return self.full

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form: per player, ``turn`` (earlier turns) or ``word``, with ``start``,
        ``end``, ``value`` and ``stderr`` (a turn's offsets span its whole text).

        Example:
            >>> d = TurnDecision("cause", 1, 0, "joy", "hi", 0.7, 0.2, 0.0, True, 4, 0, "m",
            ...                  [WordValue("hi", 0, 2, 0.5, 0.0)]).as_dict()
            >>> d["decision"], d["cause"], d["words"][0]["word"]
            ('cause', 0, 'hi')
        """
        found: dict[str, Any] = {
            "decision": self.decision,
            "label": self.label,
            "turn": self.turn,
        }
        if self.decision == "cause":
            found["cause"] = self.source
        found |= {
            "text": self.text,
            "probability": round(self.full, 6),
            **game_fields(self),
            "turns": [
                {"turn": t.turn, "speaker": t.speaker, "text": t.text, "start": 0, "end": len(t.text),
                 "value": round(t.value, 6), "stderr": round(t.stderr, 6)}
                for t in self.turns
            ],
            "words": [w.as_dict() for w in self.words],
        }  # fmt: skip
        return found


class _Features:
    """Encoder outputs (logits, VAD, pooled) of texts, each distinct text encoded once."""

    def __init__(self, model: Any, batch_size: int) -> None:
        self.model = model
        self.batch_size = batch_size
        self.rows: dict[str, tuple[Array, Array, Array]] = {}

    def of(self, texts: Sequence[str]) -> tuple[Array, Array, Array]:
        missing = list(dict.fromkeys(t for t in texts if t not in self.rows))
        if missing:
            logits, vad, pooled = self.model.encode(missing, batch_size=self.batch_size, pooled=True).arrays()
            for k, text in enumerate(missing):
                self.rows[text] = (logits[k], vad[k], pooled[k])
        parts = [self.rows[t] for t in texts]
        logits, vad, pooled = (np.stack([p[i] for p in parts]).astype(np.float32) for i in range(3))
        return logits, vad, pooled


def _context_players(speakers: Sequence[str], turn: int, max_turns: int) -> list[int]:
    """The earlier turns that are players: the last ``max_turns`` and those the context head
    reads in the full conversation (the previous turn, the speaker's own previous turn and
    the latest turn by another speaker)."""
    chosen = set(range(max(0, turn - max_turns), turn))
    own = [i for i in range(turn) if speakers[i] == speakers[turn]]
    other = [i for i in range(turn) if speakers[i] != speakers[turn]]
    chosen.update(found[-1] for found in (own, other) if found)
    return sorted(chosen)


def _solve(n: int, value: ValueFunction, budget: int, seed: int) -> tuple[Values, Values, int, bool, Values]:
    """Solve the game, keeping v(all) and v(none) (the solvers always score both)."""
    ends: dict[bool, float] = {}

    def scored(masks: Masks) -> Values:
        values = value(masks)
        for row, v in zip(masks, values, strict=True):
            if not row.any() or row.all():
                ends.setdefault(bool(row.all()), float(v))
        return values

    if n == 0:  # no players: the game's one coalition is both ends
        only = float(value(np.zeros((1, 0), dtype=bool))[0])
        return np.zeros(0), np.zeros(0), 1, True, np.array([only, only])
    exact = 2**n <= budget
    phi, stderr, calls = solve_game(n, scored, exact=exact, budget=budget, seed=seed)
    return phi, stderr, calls, exact, np.array([ends[True], ends[False]])


def explain_turn(
    conversation: Conversation,
    turn: int | None = None,
    analyzer: Any = None,
    *,
    heads: DialogueHeads | None = None,
    corpus: str | None = None,
    causes: bool = True,
    max_causes: int | None = None,
    budget: int = DEFAULT_BUDGET,
    seed: int = 0,
    max_turns: int = CONTEXT_TURNS,
) -> list[TurnDecision]:
    """Shapley values of turn ``turn``'s decisions (0-based; default: the last turn): its
    emotion in context first, then, with ``causes``, each cause the heads find for it, best
    first (at most ``max_causes``). A game whose 2^n coalitions fit in ``budget`` is exact; a larger one samples
    orders within ``budget`` coalitions (seeded: the same seed gives the same values).

    Example:
        >>> talk = Conversation.from_records([{"speaker": "A", "text": "My dog died yesterday."},
        ...                                   {"speaker": "B", "text": "Oh no."}])
        >>> found = explain_turn(talk)
        >>> [(d.decision, d.source) for d in found]
        [('emotion', 1), ('cause', 0)]
        >>> max(found[1].words, key=lambda w: w.value).word
        'died'
    """
    from affectkit.understand.analyzer import Analyzer

    if budget < 8:
        raise InputError(f"--budget must be at least 8 model calls, not {budget}")
    reader = analyzer or Analyzer()
    context = heads or DialogueHeads.load()
    context.check_encoder(reader.model)
    count = len(conversation.turns)
    target = count - 1 if turn is None else turn
    if not 0 <= target < count:
        raise InputError(f"turn {turn} is not in a conversation of {count} turns; give 0 to {count - 1}")
    chosen = corpus or str(context.config["default_corpus"])
    texts = [clean_text(t.text, where=f"turn {i}") for i, t in enumerate(conversation.turns[: target + 1])]
    speakers = [t.speaker for t in conversation.turns[: target + 1]]
    cache = _Features(reader.model, reader.batch_size)
    logits, vad, pooled = cache.of(texts)
    decided = context.context_probabilities(turn_context_features(logits, vad, pooled, speakers), corpus=chosen)[-1]
    label = CONVERSATION_LABELS[int(decided.argmax())]
    model = f"{context.name}@{context.version}+{reader.model.name}@{reader.model.version}"
    settings = {"budget": budget, "seed": seed, "model": model}
    found = [_explain_emotion(context, cache, texts, speakers, target, label, chosen, max_turns, settings)]
    if causes and label != "neutral":
        emotions = ["neutral"] * target + [label]  # only this turn's causes are wanted
        pairs = context.causes(logits, vad, pooled, speakers, texts, emotions)[target]
        pairs = pairs[:max_causes] if max_causes is not None else pairs
        found += [_explain_cause(context, cache, texts, speakers, target, c.turn, label, settings) for c in pairs]
    return found


def _explain_emotion(
    heads: DialogueHeads,
    cache: _Features,
    texts: list[str],
    speakers: list[str],
    target: int,
    label: str,
    corpus: str,
    max_turns: int,
    settings: dict[str, Any],
) -> TurnDecision:
    earlier = _context_players(speakers, target, max_turns)
    text = texts[target]
    spans = players(text, max_players=max(1, MAX_PLAYERS - len(earlier)))
    column = CONVERSATION_LABELS.index(label)
    logits, vad, pooled = cache.of(texts)

    def value(masks: Masks) -> Values:
        variants = [coalition_text(text, spans, row[len(earlier) :]) for row in masks]
        own = cache.of(variants)
        rows = []
        for k, row in enumerate(masks):
            kept = [i for i, present in zip(earlier, row[: len(earlier)], strict=True) if present]
            seq_logits = np.concatenate([logits[kept], own[0][k : k + 1]])
            seq_vad = np.concatenate([vad[kept], own[1][k : k + 1]])
            seq_pooled = np.concatenate([pooled[kept], own[2][k : k + 1]])
            who = [speakers[i] for i in kept] + [speakers[target]]
            rows.append(turn_context_features(seq_logits, seq_vad, seq_pooled, who)[-1])
        return heads.context_probabilities(np.stack(rows), corpus=corpus)[:, column]

    n = len(earlier) + len(spans)
    phi, stderr, calls, exact, ends = _solve(n, value, settings["budget"], settings["seed"])
    m = len(earlier)
    return TurnDecision(
        decision="emotion", turn=target, source=target, label=label, text=text,
        full=float(ends[0]), empty=float(ends[1]), residual=float(phi.sum() - (ends[0] - ends[1])),
        exact=exact, model_calls=calls, seed=settings["seed"], model=settings["model"],
        turns=[TurnValue(i, speakers[i], texts[i], float(phi[k]), float(stderr[k])) for k, i in enumerate(earlier)],
        words=[WordValue(text[s:e], s, e, float(phi[m + k]), float(stderr[m + k])) for k, (s, e) in enumerate(spans)],
    )  # fmt: skip


def _explain_cause(
    heads: DialogueHeads,
    cache: _Features,
    texts: list[str],
    speakers: list[str],
    target: int,
    cause: int,
    label: str,
    settings: dict[str, Any],
) -> TurnDecision:
    text = texts[cause]
    spans = players(text)
    emotion = CONVERSATION_LABELS.index(label)
    logits, vad, pooled = cache.of(texts)
    changed = [cause, target] if cause == target else [cause]
    row = cause - max(0, target - CAUSE_WINDOW)  # the pair's row among the target's candidates

    def value(masks: Masks) -> Values:
        own = cache.of([coalition_text(text, spans, keep) for keep in masks])
        rows = []
        for k in range(len(masks)):
            pair_logits, pair_vad, pair_pooled = logits.copy(), vad.copy(), pooled.copy()
            for i in changed:
                pair_logits[i], pair_vad[i], pair_pooled[i] = own[0][k], own[1][k], own[2][k]
            rows.append(cause_pair_features(pair_logits, pair_vad, pair_pooled, speakers, target, emotion)[row])
        return heads.cause_probabilities(np.stack(rows))

    phi, stderr, calls, exact, ends = _solve(len(spans), value, settings["budget"], settings["seed"])
    return TurnDecision(
        decision="cause", turn=target, source=cause, label=label, text=text,
        full=float(ends[0]), empty=float(ends[1]), residual=float(phi.sum() - (ends[0] - ends[1])),
        exact=exact, model_calls=calls, seed=settings["seed"], model=settings["model"],
        words=[WordValue(text[s:e], s, e, float(phi[k]), float(stderr[k])) for k, (s, e) in enumerate(spans)],
    )  # fmt: skip
