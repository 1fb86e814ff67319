"""Choosing the next support strategy, as in ESConv (Liu et al., ACL 2021), and measuring
the choice: proficiency and preference bias (Kang et al., ACL 2024).

The chooser is a linear softmax model over features the encoder gives: the emotions and
VAD of the seeker's last message, the supporter's previous strategy, and how far into the
conversation the turn is. It is trained on the ESConv dev split (``training/esconv_strategy.py``)
and ships as a head folder (``esconv-strategy``: ``head.json`` of kind ``strategy`` beside
``weights.npz``, see :mod:`affectkit.models.head_format`); inference is numpy only.

Proficiency Q is the macro-F1 of predicted against gold strategies. Preference bias B: an
8 x 8 table T[pred][gold]; Bradley-Terry strengths from the minorisation-maximisation update
p_i <- sum_{j!=i} T[i][j] p_j / (p_i + p_j) / sum_{j!=i} T[j][i] / (p_i + p_j), 20 rounds
from p = 1, each p updated in place in turn (updating all at once can oscillate with period
two: a chooser that over-predicts one strategy then came out weakest after an even number
of rounds); p normalised by the geometric mean of its
non-zero entries and rescaled to sum to 8; B is the standard deviation of p. A strategy
with no off-diagonal count (never confused either way) has no strength: it is left out of
the update, the rescaling (to the number of strategies compared) and B, and shown as NaN.

Example:
    >>> T = np.ones((8, 8))
    >>> round(preference_bias(T)[1], 6)  # no preference: every p is 1
    0.0
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.errors import DataError, ModelError
from affectkit.generate.strategies import STRATEGIES
from affectkit.models.head_format import Head, activate, read_head
from affectkit.types import Analysis

STRATEGY_NAMES = list(STRATEGIES)
_DATA_NAMES = {"Questions": "Question", "Question": "Question", "Other": "Others", "Others": "Others"}
_TURN = re.compile(
    r"^\s*(?P<score>[\d.]+)\s+(?P<speaker>[01])\s+(?P<index>\d+)\s+(?:\[(?P<strategy>[^\]]+)\]\s*)?(?P<text>.*)$"
)


@dataclass(frozen=True)
class Turn:
    """One turn of an ESConv context: who spoke (0 seeker, 1 supporter), the strategy, the text."""

    speaker: int
    strategy: str | None
    text: str


@dataclass(frozen=True)
class StrategyExample:
    """The turns before a supporter turn, and the strategy that turn used."""

    context: tuple[Turn, ...]
    strategy: str
    line: int

    @property
    def last_seeker_text(self) -> str:
        return next((t.text for t in reversed(self.context) if t.speaker == 0 and t.text.strip()), "")

    @property
    def previous_strategy(self) -> str | None:
        return next((t.strategy for t in reversed(self.context) if t.speaker == 1 and t.strategy), None)


def _strategy_name(raw: str) -> str:
    name = _DATA_NAMES.get(raw, raw)
    if name not in STRATEGIES:
        raise DataError(f"unknown ESConv strategy [{raw}]; known: {', '.join(STRATEGIES)}")
    return name


def read_esconv(path: Path) -> list[StrategyExample]:
    """Read an ESConv ``*_with_strategy.tsv`` file: turns joined by `` EOS ``, the last one
    the supporter turn whose strategy is to be chosen.

    Example:
        >>> import tempfile, pathlib
        >>> f = pathlib.Path(tempfile.mkdtemp()) / "x.tsv"
        >>> _ = f.write_text("1.0 0 0 I feel low EOS 1.0 1 1 [Questions] Why is that?\\n")
        >>> read_esconv(f)[0].strategy, read_esconv(f)[0].last_seeker_text
        ('Question', 'I feel low')
    """
    examples = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            turns = []
            for piece in line.rstrip("\n").split(" EOS "):
                match = _TURN.match(piece)
                if match is None:
                    raise DataError(f"{path}:{number}: a turn does not read as 'score speaker index [strategy] text'")
                raw = match.group("strategy")
                turns.append(
                    Turn(int(match.group("speaker")), _strategy_name(raw) if raw else None, match.group("text").strip())
                )
            target = turns[-1]
            if target.speaker != 1 or target.strategy is None:
                raise DataError(f"{path}:{number}: the last turn is not a supporter turn with a strategy")
            examples.append(StrategyExample(tuple(turns[:-1]), target.strategy, number))
    if not examples:
        raise DataError(f"{path} holds no examples")
    return examples


FEATURE_VERSION = "esconv-features.v1"


def strategy_features(analysis: Analysis | None, previous: str | None, position: int) -> npt.NDArray[np.float64]:
    """The chooser's features: 28 emotion probabilities and 9 VAD values of the seeker's last
    message (zeros without one), the previous strategy one-hot (or 'none'), and the turn
    position (log-scaled, plus first-turn flag).

    Example:
        >>> strategy_features(None, "Question", 0).shape
        (48,)
    """
    emotions = np.zeros(28) if analysis is None else np.array(list(analysis.emotions.values()))
    vad = np.zeros(9)
    if analysis is not None:
        vad = np.array(
            [
                getattr(view, name) - 3.0
                for view in (analysis.vad, analysis.writer_vad, analysis.reader_vad)
                for name in ("valence", "arousal", "dominance")
            ]
        )
    prev = np.zeros(len(STRATEGY_NAMES) + 1)
    prev[STRATEGY_NAMES.index(previous) if previous in STRATEGY_NAMES else len(STRATEGY_NAMES)] = 1.0
    where = np.array([np.log1p(position) / 3.0, 1.0 if position == 0 else 0.0])
    return np.concatenate([emotions, vad, prev, where])


SHIPPED_STRATEGY = "esconv-strategy"


class StrategyModel:
    """The shipped linear chooser: softmax(W x + b) over standardised features. ``config``
    is its ``head.json``.

    Example:
        >>> model = StrategyModel.load()
        >>> model.classes[0], model.probabilities(strategy_features(None, None, 0)).shape
        ('Question', (1, 8))
    """

    def __init__(self, head: Head) -> None:
        manifest = head.manifest
        if manifest.features.spec != FEATURE_VERSION:
            raise ModelError(
                f"the strategy head {manifest.name} reads features {manifest.features.spec!r}, "
                f"this affectkit computes {FEATURE_VERSION!r}; retrain it with training/esconv_strategy.py"
            )
        self.config: dict[str, Any] = dict(manifest.document)
        self.activation = manifest.activation_of()
        self.classes: list[str] = list(manifest.labels)
        self.mean = np.asarray(head.array("mean"), dtype=np.float64)
        self.scale = np.asarray(head.array("scale"), dtype=np.float64)
        self.weights = np.asarray(head.array("weight"), dtype=np.float64)
        self.bias = np.asarray(head.array("bias"), dtype=np.float64)

    @classmethod
    def load(cls, path: Path | None = None) -> StrategyModel:
        """The model shipped in the package (or the head folder at ``path``).

        Example:
            >>> StrategyModel.load().config["version"]
            '1.0.0'
        """
        from affectkit.models.head_registry import head_folder

        source = path or head_folder(SHIPPED_STRATEGY)
        try:
            return cls(read_head(source, kind="strategy"))
        except ModelError as error:
            raise ModelError(f"cannot load the strategy model at {source}: {error}") from error

    def probabilities(self, features: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """Class probabilities for a (n x d) or (d,) feature array.

        Example:
            >>> float(StrategyModel.load().probabilities(np.zeros(48)).sum().round(6))
            1.0
        """
        x = (np.atleast_2d(features) - self.mean) / self.scale
        logits = x @ self.weights.T + self.bias
        result: npt.NDArray[np.float64] = activate(logits, self.activation)
        return result

    def choose(self, analysis: Analysis | None, previous: str | None = None, position: int = 0) -> str:
        """The most probable strategy for the next supporter turn."""
        probs = self.probabilities(strategy_features(analysis, previous, position))[0]
        return self.classes[int(np.argmax(probs))]


def proficiency(pred: Sequence[str], gold: Sequence[str]) -> float:
    """Macro-F1 over the eight strategies (a strategy absent from both scores 0, as sklearn's default).

    Example:
        >>> round(proficiency(["Question", "Others"], ["Question", "Information"]), 3)
        0.333
    """
    scores = []
    for name in STRATEGY_NAMES:
        tp = sum(p == name and g == name for p, g in zip(pred, gold))
        fp = sum(p == name and g != name for p, g in zip(pred, gold))
        fn = sum(p != name and g == name for p, g in zip(pred, gold))
        present = tp + fp + fn > 0
        if present:
            scores.append(2 * tp / (2 * tp + fp + fn))
    return float(np.mean(scores)) if scores else 0.0


def preference_table(pred: Sequence[str], gold: Sequence[str]) -> npt.NDArray[np.float64]:
    """T[pred][gold] counts over the eight strategies."""
    table = np.zeros((len(STRATEGY_NAMES), len(STRATEGY_NAMES)))
    for p, g in zip(pred, gold):
        table[STRATEGY_NAMES.index(p), STRATEGY_NAMES.index(g)] += 1
    return table


def preference_bias(table: npt.NDArray[np.float64], rounds: int = 20) -> tuple[npt.NDArray[np.float64], float]:
    """Bradley-Terry strengths p of each strategy from ``table`` and the bias B = std(p).

    When a strategy is preferred but never passed over (a denominator of 0 with a positive
    numerator, e.g. a chooser that always says the same thing), its strength is unbounded
    and B is undefined: NaN is returned rather than a number the update cannot give.
    """
    k = table.shape[0]
    off = table * (1 - np.eye(k))
    active = [i for i in range(k) if off[i].sum() + off[:, i].sum() > 0]
    p = np.full(k, np.nan)
    p[active] = 1.0
    for _ in range(rounds):
        for i in active:  # in place, one strategy after another (updating all at once oscillates)
            others = [j for j in active if j != i and p[i] + p[j] > 0]
            numerator = sum(table[i, j] * p[j] / (p[i] + p[j]) for j in others)
            denominator = sum(table[j, i] / (p[i] + p[j]) for j in others)
            if denominator == 0 and numerator > 0:
                return np.full(k, np.nan), float("nan")
            p[i] = numerator / denominator if denominator > 0 else 0.0
    values = p[active]
    positive = values[values > 0]
    if positive.size:
        values = values / np.exp(np.log(positive).mean())
        values = values * (len(active) / values.sum())
    p[active] = values
    return p, float(np.std(values)) if len(active) else float("nan")


def strategy_prompt(context: Sequence[Turn], turns: int = 6) -> list[dict[str, str]]:
    """Chat messages asking an LLM to pick the next strategy (template ``strategy.v1``)."""
    lines = [
        f"{'Supporter' if t.speaker == 1 else 'Seeker'}{f' [{t.strategy}]' if t.strategy else ''}: {t.text}"
        for t in context[-turns:]
    ]
    menu = "\n".join(f"- {name}: {meaning}" for name, meaning in STRATEGIES.items())
    return [
        {"role": "system", "content": "You are an expert in emotional support conversations."},
        {
            "role": "user",
            "content": "Here is the end of a conversation between a help seeker and a supporter:\n"
            + "\n".join(lines)
            + f"\n\nWhich strategy should the supporter use in the next turn? The strategies:\n{menu}\n"
            "Answer in JSON with the field 'strategy'.",
        },
    ]


def llm_choose(llm: Any, context: Sequence[Turn]) -> str:
    """An LLM's choice of the next strategy (constrained to the eight names)."""
    from pydantic import BaseModel, Field

    from affectkit.llm.structured import ask_structured

    class Choice(BaseModel):
        strategy: str = Field(json_schema_extra={"enum": list[Any](STRATEGY_NAMES)})

    def check(choice: Choice) -> None:
        if choice.strategy not in STRATEGIES:
            raise ValueError(f"{choice.strategy!r} is not a strategy; use one of: {', '.join(STRATEGIES)}")

    return ask_structured(llm, strategy_prompt(context), Choice, check=check, max_tokens=40).strategy
