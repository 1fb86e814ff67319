"""Mental-health signals with evidence: depression language (DR), stress (Dreaddit) and its
cause (SAD), the cause named in a depression or suicide-related post (CAMS), loneliness,
wellness dimensions (MultiWD), interpersonal risk (IRF) and T-SID's classes, each read by a
small head on the emotion encoder's features (one encoder pass serves every head and the
care layer), each with the words that carry it and one sentence that describes the
language without diagnosing anyone.

Evidence is the Shapley value of the text's phrases (:mod:`affectkit.understand.shapley`)
for each decided label's probability: one set of coalitions is encoded once and every
signal's heads read it, so explaining all signals costs what explaining one does.

The heads were trained on research data sets with research-only licences (see the bundle's
model card); the readings describe language and are not a screening or a diagnosis.

Example:
    >>> s = signals("I can't sleep, my boss keeps piling on work and I'm behind on rent", evidence=False)
    >>> s.readings["stress"].labels
    ['yes']
    >>> s.summary.endswith("this is not a diagnosis.")
    True
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.care.language import detect_language
from affectkit.care.signal_bundle import SignalBundle, SignalSpec, load_signal_heads
from affectkit.care.signal_types import (
    NOT_A_DIAGNOSIS,
    SignalEvidence,
    SignalReading,
    Signals,
    SignalsProvenance,
)
from affectkit.errors import InputError, ModelError
from affectkit.understand.documents import document_rows
from affectkit.understand.shapley import coalition_text, players, solve_game
from affectkit.understand.text import clean_text

Array = npt.NDArray[np.float64]
Progress = Callable[[str, int, int], None]

DEFAULT_BUDGET = 96
"""Coalitions encoded to explain every signal of one text (about a second on two cores)."""
EVIDENCE_PLAYERS = 24
"""A long text's words are grouped into at most this many phrases, the players of the game.
The citation settings were chosen on IRF's validation posts (150 posts, 182 human spans;
never the test), token F1 in percent: 24 players 25.0 against 21.5 with 40; one cited
stretch 25.0 against 23.8 for two; widening to neighbours of at least 0.3 of the value gave
24.7 against 25.0 without, and is kept: it makes a short text's evidence a readable stretch
("no friends") rather than a single word."""
EVIDENCE_SPANS = 1
"""At most this many stretches are cited per label."""
EVIDENCE_SHARE = 0.5
"""A phrase is cited when its value is at least this share of the label's strongest phrase."""
EVIDENCE_WIDEN = 0.3
"""A cited phrase takes in a neighbour whose value is at least this share of its own."""
FILLER = frozenset(
    {
        "i", "me", "my", "myself", "we", "us", "our", "you", "your", "he", "she", "it", "its", "they", "them",
        "their", "a", "an", "the", "and", "or", "but", "so", "to", "of", "in", "on", "at", "for", "with",
        "as", "is", "am", "are", "was", "were", "be", "been", "being", "have", "has", "had", "do", "does",
        "did", "just", "this", "that", "these", "those", "there", "here", "what", "which", "who", "im", "i'm",
        "i've", "ive", "feel", "feeling", "felt", "like", "really", "even", "ever", "very", "much",
        "would", "could", "get", "got", "know", "think",
    }
)
"""Words that alone carry no reading: never cited alone (a cited phrase may include them)."""
MAX_SIGNAL_CHARS = 20_000
CHUNK = 256
ABSENT = frozenset({"no", "no causes", "no mental disorders"})
"""Labels that say a signal is absent."""
SUMMARY_SIGNALS = ("depression", "stress", "loneliness", "interpersonal_risk", "tsid")
"""The signals of concern the summary sentence speaks of."""
GATES: dict[str, tuple[str, ...]] = {"stress_cause": ("stress",), "cause": ("depression", "tsid")}
"""A cause is read only where the signal it explains is flagged (SAD's causes are causes of
stress; CAMS's are causes named in depression or suicide-related posts)."""

_PHRASES: dict[tuple[str, str], str] = {
    ("depression", "yes"): "language often associated with depressive symptoms",
    ("stress", "yes"): "language often associated with stress",
    ("loneliness", "yes"): "language often associated with loneliness",
    ("interpersonal_risk", "thwarted_belongingness"): "language often associated with thwarted belongingness"
    " (feeling one does not belong)",
    ("interpersonal_risk", "perceived_burdensomeness"): "language often associated with perceived burdensomeness"
    " (feeling a burden to others)",
    ("tsid", "depression"): "language often associated with depressive symptoms",
    ("tsid", "suicide or self-harm tendency"): "language often associated with suicidal thoughts or self-harm",
    ("tsid", "ptsd"): "language often associated with post-traumatic stress",
}


def describe(signal: str, label: str) -> str:
    """The phrase that describes a decided label (language, never a condition a person has).

    Example:
        >>> describe("depression", "yes")
        'language often associated with depressive symptoms'
        >>> describe("stress_cause", "work")
        'a possible source of stress: work'
    """
    if (signal, label) in _PHRASES:
        return _PHRASES[(signal, label)]
    if signal == "stress_cause":
        return f"a possible source of stress: {label}"
    if signal == "cause":
        return f"a possible cause of the distress it describes: {label}"
    if signal == "wellness":
        return f"the {label} wellness dimension"
    return f"language the {signal} signal reads as {label}"


def _read_end(model: Any, text: str, long_text: str) -> int:
    """Where the part of ``text`` the encoder reads ends (the whole text with sentence pieces)."""
    tokenizer = getattr(model, "tokenizer", None)
    if long_text == "sentences" or tokenizer is None:
        return len(text)
    encoding = tokenizer.encode(text)
    limit = int(model.max_tokens) - 1  # the end marker takes the last place
    if len(encoding.ids) <= int(model.max_tokens):
        return len(text)
    ends = [end for (_, end) in encoding.offsets[:limit] if end]
    return max(ends, default=len(text))


def feature_rows(model: Any, texts: Sequence[str], long_text: str, batch_size: int = 32) -> Array:
    """Feature rows (logits, VAD, pooled) of cleaned texts as the bundle's heads read them.

    Example:
        >>> from affectkit.testing import FakeEncoder
        >>> feature_rows(FakeEncoder(), ["one", "two"], "truncate").shape
        (2, 421)
    """
    if not texts:
        return np.zeros((0, 0))
    if long_text == "sentences":
        return document_rows(model, list(texts), batch_size=batch_size)
    rows: Array = model.encode(list(texts), batch_size=batch_size, pooled=True).rows().astype(np.float64)
    return rows


def _decide(spec: SignalSpec, bundle: SignalBundle, scores: Array) -> tuple[list[str], dict[str, float]]:
    head = bundle.heads[spec.name]
    result = head.result(scores)
    return list(result.labels or []), {k: round(v, 6) for k, v in (result.scores or {}).items()}


def _readings(bundle: SignalBundle, scores: dict[str, Array]) -> dict[str, tuple[list[str], dict[str, float], bool]]:
    """Each signal's decided labels, scores and whether it is flagged (gates applied)."""
    decided: dict[str, tuple[list[str], dict[str, float], bool]] = {}
    for spec in bundle.signals:
        labels, probabilities = _decide(spec, bundle, scores[spec.name])
        flagged = any(label not in ABSENT for label in labels)
        decided[spec.name] = (labels, probabilities, flagged)
    for name, parents in GATES.items():
        if name in decided and not any(decided[p][2] for p in parents if p in decided):
            labels, probabilities, _ = decided[name]
            decided[name] = (labels, probabilities, False)
    return decided


def _targets(decided: dict[str, tuple[list[str], dict[str, float], bool]]) -> list[tuple[str, str]]:
    """The (signal, label) pairs to explain: every flagged signal's decided labels of concern."""
    return [(name, label) for name, (labels, _, flagged) in decided.items() if flagged
            for label in labels if label not in ABSENT]  # fmt: skip


@dataclass(frozen=True)
class PhraseValues:
    """The Shapley values of a text's phrases (players) for each target (signal, label):
    ``values`` and ``stderr`` are (players x targets); ``spans`` are character spans in
    ``read``, the part of the text the encoder reads."""

    read: str
    spans: list[tuple[int, int]]
    targets: list[tuple[str, str]]
    values: Array
    stderr: Array
    settings: dict[str, Any]


def phrase_values(
    model: Any,
    bundle: SignalBundle,
    text: str,
    targets: list[tuple[str, str]],
    *,
    budget: int = DEFAULT_BUDGET,
    seed: int = 0,
    batch_size: int = 32,
    max_players: int = EVIDENCE_PLAYERS,
) -> PhraseValues:
    """Shapley values of the (cleaned) text's words, or phrases of neighbouring words when
    there are more than ``max_players``, for every target label, from one set of coalitions.

    Example:
        >>> from affectkit import Analyzer
        >>> found = phrase_values(Analyzer().model, load_signal_heads(), "I am so alone", [("loneliness", "yes")])
        >>> [found.read[s:e] for s, e in found.spans], found.values.shape
        (['I', 'am', 'so', 'alone'], (4, 1))
    """
    end = _read_end(model, text, bundle.long_text)
    read = text[:end]
    spans = players(read, max_players=max_players)
    columns = [(bundle.heads[name], bundle.heads[name].labels.index(label)) for name, label in targets]

    def value(masks: npt.NDArray[np.bool_]) -> Array:
        texts = [coalition_text(read, spans, row) or "." for row in masks]
        rows = feature_rows(model, texts, bundle.long_text, batch_size)
        return np.stack([head.scores(rows)[:, column] for head, column in columns], axis=1)

    n = len(spans)
    if n == 0:
        empty = np.zeros((0, len(targets)))
        return PhraseValues(read, spans, targets, empty, empty, {"method": "shapley", "players": 0, "model_calls": 0})
    exact = 2**n <= budget
    phi, stderr, calls = solve_game(n, value, exact=exact, budget=budget, seed=seed)
    settings = {"method": "shapley", "exact": exact, "players": n, "budget": budget, "seed": seed,
                "model_calls": calls, "read_chars": end}  # fmt: skip
    return PhraseValues(read, spans, targets, phi.reshape(n, len(targets)), stderr.reshape(n, len(targets)), settings)


def _is_filler(word: str) -> bool:
    return word.lower().strip("'’") in FILLER or not any(ch.isalnum() for ch in word)


def cite(
    found: PhraseValues,
    *,
    spans: int = EVIDENCE_SPANS,
    share: float = EVIDENCE_SHARE,
    widen: float = EVIDENCE_WIDEN,
    lead: int = 0,
) -> dict[tuple[str, str], list[SignalEvidence]]:
    """The evidence each target cites: its strongest players that are more than filler words
    (at most ``spans``, each at least ``share`` of the strongest's value), each widened to
    its neighbours whose value is at least ``widen`` of its own (stretches people can read,
    such as "no friends"). Offsets are moved by ``lead`` (the outer whitespace the cleaning
    removed) so they point into the text as given.

    Example:
        >>> pv = PhraseValues("I am so alone", [(0, 1), (2, 4), (5, 7), (8, 13)], [("loneliness", "yes")],
        ...                   np.array([[0.05], [0.0], [0.1], [0.4]]), np.zeros((4, 1)), {})
        >>> [e.text for e in cite(pv)[("loneliness", "yes")]]
        ['alone']
        >>> [e.text for e in cite(pv, widen=0.2)[("loneliness", "yes")]]
        ['so alone']
    """
    read, places = found.read, found.spans
    cited: dict[tuple[str, str], list[SignalEvidence]] = {}
    for k, (name, label) in enumerate(found.targets):
        values = found.values[:, k]
        order = [int(i) for i in np.argsort(-values, kind="stable")
                 if values[i] > 0 and not _is_filler(read[places[i][0] : places[i][1]])]  # fmt: skip
        chosen: list[tuple[int, int]] = []
        taken: set[int] = set()
        for i in order:
            if len(chosen) >= spans or values[i] < share * values[order[0]]:
                break
            if i in taken:
                continue
            first = last = i
            while first > 0 and first - 1 not in taken and values[first - 1] >= widen * values[i] > 0:
                first -= 1
            while last + 1 < len(places) and last + 1 not in taken and values[last + 1] >= widen * values[i] > 0:
                last += 1
            taken.update(range(first, last + 1))
            chosen.append((first, last))
        cited[(name, label)] = [
            SignalEvidence(label=label, start=lead + places[a][0], end=lead + places[b][1],
                           text=read[places[a][0] : places[b][1]],
                           value=round(float(values[a : b + 1].sum()), 6),
                           stderr=round(float(np.sqrt((found.stderr[a : b + 1, k] ** 2).sum())), 6))
            for a, b in sorted(chosen)
        ]  # fmt: skip
    return cited


def _explain(
    model: Any,
    bundle: SignalBundle,
    text: str,
    targets: list[tuple[str, str]],
    *,
    budget: int,
    seed: int,
    batch_size: int,
    lead: int = 0,
) -> tuple[dict[tuple[str, str], list[SignalEvidence]], dict[str, Any]]:
    found = phrase_values(model, bundle, text, targets, budget=budget, seed=seed, batch_size=batch_size)
    return cite(found, lead=lead), found.settings


def _quoted(words: str) -> str:
    return "'" + words + "'"


def summary_sentence(readings: dict[str, SignalReading]) -> str:
    """One sentence on what the flagged signals of concern describe (causes and wellness
    dimensions stay in the readings), quoting each label's evidence once, ending with the
    statement that it is not a diagnosis.

    Example:
        >>> r = SignalReading(name="stress", set="dreaddit", labels=["yes"], scores={"no": 0.1, "yes": 0.9},
        ...                   flagged=True, description="language often associated with stress",
        ...                   evidence=[SignalEvidence(label="yes", start=0, end=12, text="behind on rent", value=0.3)],
        ...                   served_by="trained")
        >>> summary_sentence({"stress": r})
        "This text shows language often associated with stress ('behind on rent'); this is not a diagnosis."
    """
    quotes: dict[str, list[str]] = {}
    for reading in readings.values():
        if not reading.flagged or reading.name not in SUMMARY_SIGNALS:
            continue
        for label in reading.labels:
            if label in ABSENT:
                continue
            said = quotes.setdefault(describe(reading.name, label), [])
            for e in reading.evidence:
                if e.label != label or any(e.text in quote for quote in said):
                    continue
                said[:] = [quote for quote in said if quote not in e.text] + [e.text]
    if not quotes:
        return f"This text shows none of the signals of concern affectkit reads; {NOT_A_DIAGNOSIS}."
    parts = [f"{phrase} ({', '.join(_quoted(q) for q in said)})" if said else phrase for phrase, said in quotes.items()]
    return f"This text shows {'; '.join(parts)}; {NOT_A_DIAGNOSIS}."


def _readers(budget: int, analyzer: Any, bundle: SignalBundle | None) -> tuple[Any, SignalBundle]:
    """The analyser and the bundle to read with (the defaults when not given), checked: a
    budget the solver can use, an encoder that gives the pooled vector and is the bundle's."""
    from affectkit.understand.analyzer import Analyzer

    if budget < 8:
        raise InputError(f"--budget must be at least 8 model calls, not {budget}")
    bundle = bundle or load_signal_heads()
    analyzer = analyzer or Analyzer()
    model = analyzer.model
    if not getattr(model, "has_pooled", False):
        raise ModelError(f"model {model.name} gives no pooled sentence vector, which the signal heads read")
    if (model.name, model.version) != tuple(bundle.encoder):
        raise ModelError(
            f"the signal heads {bundle.name}@{bundle.version} read {bundle.encoder[0]}@{bundle.encoder[1]}, "
            f"not {model.name}@{model.version}; use the default model (unset AFFECTKIT_MODEL)"
        )
    return analyzer, bundle


def signals_batch(
    texts: Sequence[str],
    *,
    evidence: bool = False,
    budget: int = DEFAULT_BUDGET,
    seed: int = 0,
    care: bool = True,
    analyzer: Any = None,
    bundle: SignalBundle | None = None,
    features: npt.NDArray[np.floating[Any]] | None = None,
    on_progress: Progress | None = None,
) -> list[Signals]:
    """Every signal of many texts, from one batched encoder pass (the care layer reads the
    same features). ``evidence`` adds each flagged label's phrases (about ``budget``
    coalitions encoded per text); off by default here, as analysts reading many posts
    usually want the labels first. A text that is not English gets ``covered=False`` and no
    readings: the heads were trained on English posts only. ``features``: the texts' rows
    (logits, VAD, pooled; ``Analyzer.analyze_with_features`` gives them) from a pass already
    made, read as they are when the bundle reads truncated texts (no second pass).

    Example:
        >>> [s.readings["depression"].labels for s in signals_batch(["What a lovely walk in the park today"])]
        [['no']]
    """
    from affectkit.care.assess import assess_batch

    analyzer, bundle = _readers(budget, analyzer, bundle)
    model = analyzer.model
    cleaned = [clean_text(t, max_chars=MAX_SIGNAL_CHARS, where=f"text {i + 1}") for i, t in enumerate(texts)]
    leads = [len(t) - len(t.lstrip()) if isinstance(t, str) else 0 for t in texts]
    languages = [detect_language(t) for t in cleaned]
    covered = [lang in ("en", "und") for lang in languages]
    read = [i for i, ok in enumerate(covered) if ok]
    rows = np.zeros((len(cleaned), 0))
    if features is not None:
        if bundle.long_text != "truncate":
            raise InputError(f"the bundle {bundle.name} reads texts in sentence pieces; call it without features=")
        if len(features) != len(cleaned):
            raise InputError(f"{len(features)} feature rows for {len(cleaned)} texts; give one row per text")
        rows = np.asarray(features, dtype=np.float64)
    elif read:
        blocks = []
        for start in range(0, len(read), CHUNK):
            chunk = [cleaned[i] for i in read[start : start + CHUNK]]
            blocks.append(feature_rows(model, chunk, bundle.long_text, analyzer.batch_size))
            if on_progress is not None:
                on_progress("signals", min(start + CHUNK, len(read)), len(read))
        rows = np.zeros((len(cleaned), blocks[0].shape[1]))
        rows[read] = np.concatenate(blocks)
    scores = {spec.name: bundle.heads[spec.name].scores(rows[read]) if read else None for spec in bundle.signals}
    cares: list[Any] = [None] * len(cleaned)
    if care:
        from affectkit.care.head import head_fits

        # the care heads read truncated rows: those given, or those read here when every text was read
        same_rows = bundle.long_text == "truncate" and (features is not None or len(read) == len(cleaned))
        same_rows = same_rows and head_fits(model)
        care_rows = rows if same_rows else None
        cares = list(assess_batch(cleaned, analyzer=analyzer if care_rows is None else None,
                                  features=list(care_rows) if care_rows is not None else None))  # fmt: skip
    base = SignalsProvenance(bundle=f"{bundle.name}@{bundle.version}", encoder=f"{model.name}@{model.version}",
                             long_text=bundle.long_text)  # fmt: skip
    results: list[Signals] = []
    position = {index: k for k, index in enumerate(read)}
    for i, text in enumerate(cleaned):
        if not covered[i]:
            results.append(Signals(
                text_chars=len(text), language=languages[i], covered=False, care=cares[i], provenance=base,
                summary=f"The signal heads read English only, and this text reads as '{languages[i]}'; "
                        f"no signal was read; {NOT_A_DIAGNOSIS}.",
            ))  # fmt: skip
            continue
        k = position[i]
        decided = _readings(bundle, {name: block[k] for name, block in scores.items() if block is not None})
        cited: dict[tuple[str, str], list[SignalEvidence]] = {}
        provenance = base
        targets = _targets(decided) if evidence else []
        if targets:
            cited, settings = _explain(model, bundle, text, targets, budget=budget, seed=seed,
                                       batch_size=analyzer.batch_size, lead=leads[i])  # fmt: skip
            provenance = base.model_copy(update={"evidence": settings})
        readings: dict[str, SignalReading] = {}
        for spec in bundle.signals:
            labels, probabilities, flagged = decided[spec.name]
            concern = [label for label in labels if label not in ABSENT] if flagged else []
            phrases = [describe(spec.name, label) for label in concern]
            if spec.name == "wellness" and concern:
                phrases = [f"words on the {', '.join(concern)} wellness dimension{'s' if len(concern) > 1 else ''}"]
            readings[spec.name] = SignalReading(
                name=spec.name,
                set=spec.set,
                labels=labels,
                scores=probabilities,
                flagged=flagged,
                evidence=[e for label in concern for e in cited.get((spec.name, label), [])],
                description="; ".join(phrases),
                served_by=f"transfer: {spec.transfer}" if spec.transfer else "trained",
            )
        results.append(Signals(text_chars=len(text), language=languages[i], covered=True, readings=readings,
                               summary=summary_sentence(readings), care=cares[i], provenance=provenance))  # fmt: skip
        if on_progress is not None and evidence:
            on_progress("evidence", i + 1, len(cleaned))
    return results


def signals(
    text: str,
    *,
    evidence: bool = True,
    budget: int = DEFAULT_BUDGET,
    seed: int = 0,
    care: bool = True,
    analyzer: Any = None,
    bundle: SignalBundle | None = None,
) -> Signals:
    """Every signal of one text, with evidence (the phrases that carry each flagged label)
    unless ``evidence=False``. Seeded: the same text and seed give the same evidence.

    Example:
        >>> text = "I have no friends here and nobody ever invites me anywhere"
        >>> s = signals(text)
        >>> s.readings["loneliness"].labels, s.readings["loneliness"].evidence[0].text
        (['yes'], 'no friends')
        >>> all(text[e.start : e.end] == e.text for r in s.readings.values() for e in r.evidence)
        True
    """
    return signals_batch([text], evidence=evidence, budget=budget, seed=seed, care=care, analyzer=analyzer,
                         bundle=bundle)[0]  # fmt: skip


def explain_labels(
    text: str,
    targets: Sequence[tuple[str, str]],
    *,
    budget: int = DEFAULT_BUDGET,
    seed: int = 0,
    analyzer: Any = None,
    bundle: SignalBundle | None = None,
) -> dict[tuple[str, str], list[SignalEvidence]]:
    """The phrases that carry each (signal, label) in ``targets``, whether or not the heads
    decide that label: how evidence is scored against people's spans for a known label.

    Example:
        >>> found = explain_labels("I feel like a burden to everyone around me",
        ...                        [("interpersonal_risk", "perceived_burdensomeness")])
        >>> [e.text for e in found[("interpersonal_risk", "perceived_burdensomeness")]][:1]
        ['burden']
    """
    analyzer, bundle = _readers(budget, analyzer, bundle)
    for name, label in targets:
        head = bundle.heads[bundle.spec(name).name]
        if label not in head.labels:
            raise InputError(f"the signal {name} has no label {label!r}; it has {', '.join(head.labels)}")
    cleaned = clean_text(text, max_chars=MAX_SIGNAL_CHARS)
    lead = len(text) - len(text.lstrip())
    found, _ = _explain(analyzer.model, bundle, cleaned, list(targets), budget=budget, seed=seed,
                        batch_size=analyzer.batch_size, lead=lead)  # fmt: skip
    return found
