"""Shapley values of the words of a text for the encoder's decisions.

The players are the text's words (and runs of symbols such as "!!" or an emoji); the value
of a coalition is the calibrated probability of a label on the text that keeps only those
players, in their order. A word's Shapley value is its average marginal contribution over
every order in which the words could be added, so words that only matter together ("not
... happy") share the effect, and the values always add up to f(text) - f(no words).

* Up to ``EXACT_MAX`` players every coalition is scored (2^n texts, batched through the
  encoder) and the values are exact.
* Above that, antithetic permutation sampling: seeded random orders, each followed by its
  reverse, within a budget of model calls (coalitions scored); every sampled order adds up
  to f(text) - f(no words), so the estimates do too, and each word gets a standard error.
* More than ``MAX_PLAYERS`` words are grouped into phrases of neighbouring words.

The game solver (:func:`shapley_exact`, :func:`shapley_sampled`) takes any value function
of coalitions, so other decisions (conversation turns, care levels) can reuse it.

Example:
    >>> from affectkit.understand.analyzer import Analyzer
    >>> result = explain_shapley(Analyzer(), "I'm not happy about this at all", labels=["joy"])[0]
    >>> [w.word for w in result.words if w.value < 0][:1]
    ['not']
    >>> abs(result.residual) < 1e-9
    True
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.errors import InputError

EXACT_MAX = 10
MAX_PLAYERS = 64
DEFAULT_BUDGET = 320
_PLAYER = re.compile(r"[\w][\w'’-]*|[^\w\s]+")
_SPACES = re.compile(r"\s+")

Masks = npt.NDArray[np.bool_]
Values = npt.NDArray[np.float64]
ValueFunction = Callable[[Masks], Values]


@dataclass(frozen=True)
class WordValue:
    """A player of the text (a word, a symbol run or a phrase), where it is, its Shapley value
    for the label and the standard error of that value (0 when exact)."""

    word: str
    start: int
    end: int
    value: float
    stderr: float

    def as_dict(self) -> dict[str, Any]:
        """The JSON form every explanation uses for a word (values rounded to 6 places).

        Example:
            >>> WordValue("not", 4, 7, -0.4741234567, 0.0).as_dict()
            {'word': 'not', 'start': 4, 'end': 7, 'value': -0.474123, 'stderr': 0.0}
        """
        return {
            "word": self.word,
            "start": self.start,
            "end": self.end,
            "value": round(self.value, 6),
            "stderr": round(self.stderr, 6),
        }


def game_fields(result: Any) -> dict[str, Any]:
    """The JSON fields every explanation reports about its game, in one order: the value
    with every player (``full``) and with none (``empty``), the residual, whether exact,
    the coalitions scored, the seed and the model.

    Example:
        >>> from types import SimpleNamespace
        >>> game = SimpleNamespace(full=0.51234567, empty=0.0, residual=0.0, exact=True, model_calls=8,
        ...                       seed=0, model="m")
        >>> list(game_fields(game)), game_fields(game)["full"]
        (['full', 'empty', 'residual', 'exact', 'model_calls', 'seed', 'model'], 0.512346)
    """
    return {
        "full": round(result.full, 6),
        "empty": round(result.empty, 6),
        "residual": result.residual,
        "exact": result.exact,
        "model_calls": result.model_calls,
        "seed": result.seed,
        "model": result.model,
    }


@dataclass(frozen=True)
class ShapleyExplanation:
    """The Shapley values of one label: ``full`` is f(text), ``empty`` f(no words), and
    ``residual`` = sum of values - (full - empty), 0 up to rounding."""

    label: str
    probability: float
    words: list[WordValue]
    full: float
    empty: float
    residual: float
    exact: bool
    model_calls: int
    seed: int
    model: str

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready form.

        Example:
            >>> from affectkit.understand.analyzer import Analyzer
            >>> sorted(explain_shapley(Analyzer(), "so happy")[0].as_dict())[:3]
            ['empty', 'exact', 'full']
        """
        return {
            "label": self.label,
            "probability": round(self.probability, 6),
            **game_fields(self),
            "words": [w.as_dict() for w in self.words],
        }


def players(text: str, max_players: int = MAX_PLAYERS) -> list[tuple[int, int]]:
    """Character spans of the players of ``text``: words and symbol runs, grouped into
    phrases of neighbouring words when there are more than ``max_players``.

    Example:
        >>> text = "so happy!!"
        >>> [text[s:e] for s, e in players(text)]
        ['so', 'happy', '!!']
    """
    spans = [(m.start(), m.end()) for m in _PLAYER.finditer(text)]
    if len(spans) <= max_players:
        return spans
    size = math.ceil(len(spans) / max_players)
    return [(spans[i][0], spans[min(i + size, len(spans)) - 1][1]) for i in range(0, len(spans), size)]


def coalition_text(text: str, spans: Sequence[tuple[int, int]], keep: Sequence[bool]) -> str:
    """The text with the players not kept removed (everything else as it was, runs of
    spaces made one), so the full coalition reads as the text itself.

    Example:
        >>> text = "not so happy!"
        >>> coalition_text(text, players(text), [True, False, True, False])
        'not happy'
    """
    parts: list[str] = []
    previous = 0
    for (start, end), kept in zip(spans, keep, strict=True):
        parts.append(text[previous:start])
        if kept:
            parts.append(text[start:end])
        previous = end
    parts.append(text[previous:])
    return _SPACES.sub(" ", "".join(parts)).strip()


def _weights(n: int) -> npt.NDArray[np.float64]:
    """Shapley weight of a coalition of size s not holding the player: s! (n-s-1)! / n!."""
    return np.array([math.factorial(s) * math.factorial(n - s - 1) / math.factorial(n) for s in range(n)])


def shapley_exact(n: int, value: ValueFunction) -> tuple[Values, int]:
    """Exact Shapley values of an ``n``-player game (every coalition scored in one call to
    ``value``, which maps an (m x n) boolean matrix to m values or an (m x k) matrix).
    Returns the (n) or (n x k) values and the number of coalitions scored.

    Example:
        >>> import numpy as np
        >>> phi, calls = shapley_exact(3, lambda m: m.sum(axis=1).astype(float) ** 2)
        >>> phi.round(6).tolist(), calls
        ([3.0, 3.0, 3.0], 8)
    """
    if n == 0:
        return np.zeros(0), 1
    codes = np.arange(1 << n)
    masks = ((codes[:, None] >> np.arange(n)) & 1).astype(bool)
    scores = np.asarray(value(masks), dtype=np.float64)
    weights = _weights(n)
    sizes = masks.sum(axis=1)
    phi = np.zeros((n, *scores.shape[1:]))
    for player in range(n):
        without = ~masks[:, player]
        base = codes[without]
        gain = scores[base | (1 << player)] - scores[base]
        w = weights[sizes[without]]
        phi[player] = np.tensordot(w, gain, axes=(0, 0))
    return phi, len(codes)


def shapley_sampled(n: int, value: ValueFunction, budget: int, seed: int = 0) -> tuple[Values, Values, int]:
    """Shapley values by antithetic permutation sampling: seeded orders, each with its
    reverse, as many as ``budget`` coalitions allow (at least two orders). Returns the
    values, their standard errors (over the antithetic pairs) and the coalitions scored.

    Example:
        >>> phi, se, calls = shapley_sampled(12, lambda m: m[:, 0].astype(float) * 2, budget=200)
        >>> round(float(phi[0]), 6), round(float(abs(phi[1:]).max()), 6)
        (2.0, 0.0)
    """
    rng = np.random.default_rng(seed)
    per_pair = 2 * max(n - 1, 1)
    pairs = max(1, (budget - 2) // per_pair)
    orders = []
    for _ in range(pairs):
        order = rng.permutation(n)
        orders += [order, order[::-1]]
    prefixes: dict[int, int] = {0: 0, (1 << n) - 1: 1}
    chains = []
    for order in orders:
        chain, code = [0], 0
        for player in order:
            code |= 1 << int(player)
            chain.append(prefixes.setdefault(code, len(prefixes)))
        chains.append(chain)
    codes = np.array(sorted(prefixes, key=prefixes.__getitem__))
    masks = ((codes[:, None] >> np.arange(n)) & 1).astype(bool)
    scores = np.asarray(value(masks), dtype=np.float64)
    marginals = np.zeros((len(orders), n, *scores.shape[1:]))
    for row, (order, chain) in enumerate(zip(orders, chains, strict=True)):
        steps = scores[chain[1:]] - scores[chain[:-1]]
        marginals[row, order] = steps
    paired = (marginals[0::2] + marginals[1::2]) / 2
    phi = paired.mean(axis=0)
    stderr = paired.std(axis=0, ddof=1) / math.sqrt(len(paired)) if len(paired) > 1 else np.zeros_like(phi)
    return phi, stderr, len(codes)


def solve_game(
    n: int, value: ValueFunction, *, exact: bool, budget: int = DEFAULT_BUDGET, seed: int = 0
) -> tuple[Values, Values, int]:
    """Shapley values of an ``n``-player game, exact (every coalition) or sampled within
    ``budget`` coalitions; returns the values, their standard errors (0 when exact) and the
    coalitions scored. Every explanation of affectkit decides ``exact`` and calls this.

    Example:
        >>> phi, se, calls = solve_game(3, lambda m: m.sum(axis=1).astype(float), exact=True)
        >>> phi.round(6).tolist(), float(se.max()), calls
        ([1.0, 1.0, 1.0], 0.0, 8)
    """
    if exact:
        phi, calls = shapley_exact(n, value)
        return phi, np.zeros_like(phi), calls
    return shapley_sampled(n, value, budget, seed)


def explain_shapley(
    analyzer: Any,
    text: str,
    labels: Sequence[str] | None = None,
    *,
    budget: int = DEFAULT_BUDGET,
    seed: int = 0,
    exact_max: int = EXACT_MAX,
) -> list[ShapleyExplanation]:
    """Shapley values of the words of ``text`` for each of ``labels`` (default: the labels
    the analyser detects, or its dominant one), from one batched run of the encoder.

    Example:
        >>> from affectkit.understand.analyzer import Analyzer
        >>> [e.label for e in explain_shapley(Analyzer(), "Thank you so much!")]
        ['gratitude']
    """
    from affectkit.understand.text import clean_text

    text = clean_text(text)
    if budget < 8:
        raise InputError(f"--budget must be at least 8 model calls, not {budget}")
    model = analyzer.model
    from affectkit.understand.routing import route_texts

    route = route_texts([text], analyzer.language)[0]
    if route.path != "default":
        raise InputError(
            f"this text reads as {route.language}, which the English model does not read, and explanations are of "
            "the English model's decisions; to explain its reading anyway, set AFFECTKIT_LANGUAGE=en "
            "(Analyzer(language='en'))"
        )
    if labels:
        unknown = [label for label in labels if label not in model.labels]
        if unknown:
            raise InputError(f"unknown label {unknown[0]!r}; the model's labels are {', '.join(model.labels)}")
        targets = list(labels)
    else:
        analysis = analyzer.analyze(text)
        targets = list(analysis.labels or [analysis.dominant])
    columns = [model.labels.index(label) for label in targets]
    spans = players(text)

    ends: dict[bool, Values] = {}  # the solvers always score the empty and the full text; kept, not rescored

    def value(masks: Masks) -> Values:
        texts = [coalition_text(text, spans, row) for row in masks]
        logits = model.encode(texts, batch_size=analyzer.batch_size).logits
        probabilities: Values = model.probabilities(logits)[:, columns].astype(np.float64)
        for row, scores in zip(masks, probabilities, strict=True):
            if not row.any() or row.all():
                ends.setdefault(bool(row.all()), scores)
        return probabilities

    n = len(spans)
    exact = n <= exact_max
    phi, stderr, calls = solve_game(n, value, exact=exact, budget=budget, seed=seed)
    if len(ends) < 2:  # no players: the text is its own empty coalition
        value(np.array([[False] * n, [True] * n]))
    results = []
    for k, label in enumerate(targets):
        full, empty = float(ends[True][k]), float(ends[False][k])
        values = phi[:, k] if n else np.zeros(0)
        words = [
            WordValue(text[s:e], s, e, float(values[i]), float(stderr[i, k]) if n else 0.0)
            for i, (s, e) in enumerate(spans)
        ]
        results.append(
            ShapleyExplanation(
                label=label,
                probability=full,
                words=words,
                full=full,
                empty=empty,
                residual=float(values.sum() - (full - empty)),
                exact=exact,
                model_calls=calls,
                seed=seed,
                model=f"{model.name}@{model.version}",
            )
        )
    return results
