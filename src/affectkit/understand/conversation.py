"""Conversations: read them, analyse every turn, and describe each speaker's emotional course.

A :class:`Conversation` is a list of turns (speaker, text, optional time), read from JSON
(``{"turns": [...]}`` or a list), JSON lines (one turn per line) or CSV (columns ``speaker``
and ``text``, optionally ``time``; ``utterance`` and ``role`` are accepted too).
:func:`analyze_conversation` gives each turn its full :class:`~affectkit.types.Analysis` and
each speaker a trajectory, with these documented statistics:

- **shift**: a turn whose sentiment (positive, negative, ambiguous, neutral) differs from the
  same speaker's previous turn;
- **inertia** and **contagion**: the two slopes of a least-squares fit, over a speaker's turns
  that follow another speaker's turn, of the turn's valence on the speaker's own previous
  valence (inertia: emotions persisting, as the lag-1 autoregression of Kuppens, Allen &
  Sheeber, 2010) and on the other speaker's latest valence (contagion: the partner effect of
  the actor-partner interdependence model, Kenny, Kashy & Cook, 2006). Needs at least four such
  turns; otherwise ``None``;
- **perspective gap**: how far the writer's and a reader's VAD readings of a turn lie apart
  (Euclidean distance on the 1-5 scale): a large gap marks a turn whose writer feels
  something a reader would not perceive ("hidden" emotion).

Each turn also gets its **emotion in context** (Ekman's six or neutral, read with the earlier
turns and who said them) and, when that emotion is not neutral, its **causes**: the earlier
turns (or the turn itself) that caused it, with the span (see
:mod:`affectkit.understand.dialogue_heads`). Both come from the same encoder pass as the
per-turn analysis.

Example:
    >>> talk = Conversation.from_records([
    ...     {"speaker": "A", "text": "I finally got the job!"},
    ...     {"speaker": "B", "text": "That's wonderful, congratulations!"},
    ... ])
    >>> result = analyze_conversation(talk)
    >>> [t.analysis.sentiment.top for t in result.turns]
    ['positive', 'positive']
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from affectkit.care.types import CareAssessment
from affectkit.errors import FileInputError, InputError, UnsupportedFormatError
from affectkit.models.heads import CONVERSATION_LABELS, own_features
from affectkit.types import Analysis, Component, merge_components
from affectkit.understand.analyzer import Analyzer
from affectkit.understand.dialogue_heads import Cause, ContextEmotion, DialogueHeads

MAX_TURNS = 10_000
MAX_SPEAKER_CHARS = 200
MIN_PAIRS = 4
_TEXT_KEYS = ("text", "utterance")
_SPEAKER_KEYS = ("speaker", "role", "name")


class Turn(BaseModel):
    """One turn: who spoke, what they said, and when (Unix seconds), if known."""

    model_config = ConfigDict(frozen=True)
    speaker: str
    text: str
    time: float | None = None


class Conversation(BaseModel):
    """Turns in order."""

    model_config = ConfigDict(frozen=True)
    turns: list[Turn]

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]], *, where: str = "turn") -> Conversation:
        """Turns from mappings with a speaker and a text (and optionally a time).

        Example:
            >>> Conversation.from_records([{"speaker": "A", "text": ""}])
            Traceback (most recent call last):
            ...
            affectkit.errors.InputError: turn 1 has an empty text; every turn needs words
        """
        turns: list[Turn] = []
        for number, record in enumerate(records, start=1):
            if number > MAX_TURNS:
                raise InputError(f"more than {MAX_TURNS:,} turns; split the conversation into parts")
            if not isinstance(record, Mapping):
                raise InputError(f"{where} {number} is a {type(record).__name__}, not an object with speaker and text")
            speaker = _first(record, _SPEAKER_KEYS)
            text = _first(record, _TEXT_KEYS)
            if speaker is None or not str(speaker).strip():
                raise InputError(f"{where} {number} has no speaker; give each turn a 'speaker'")
            if len(str(speaker)) > MAX_SPEAKER_CHARS:
                raise InputError(f"{where} {number}: the speaker name is over {MAX_SPEAKER_CHARS} characters")
            if text is None or not isinstance(text, str):
                raise InputError(f"{where} {number} has no text; give each turn a 'text'")
            if not text.strip():
                raise InputError(f"{where} {number} has an empty text; every turn needs words")
            turns.append(Turn(speaker=str(speaker).strip(), text=text.strip(),
                              time=_time(record.get("time"), f"{where} {number}")))
        if not turns:
            raise InputError("the conversation has no turns")
        return cls(turns=turns)

    @classmethod
    def read(cls, path: str | Path) -> Conversation:
        """A conversation from a .json, .jsonl or .csv file.

        Example:
            >>> import tempfile, pathlib
            >>> p = pathlib.Path(tempfile.mkdtemp()) / "talk.csv"
            >>> _ = p.write_text("speaker,text\\nA,hello\\nB,hi there\\n")
            >>> len(Conversation.read(p).turns)
            2
        """
        file = Path(path)
        suffix = file.suffix.lower()
        if suffix not in (".json", ".jsonl", ".csv"):
            raise UnsupportedFormatError(
                f"{file}: conversations are .json, .jsonl or .csv, not {suffix or 'no extension'}"
            )
        try:
            raw = file.read_bytes()
        except OSError as error:
            raise FileInputError(f"cannot read {file}: {error}") from error
        if b"\x00" in raw[:4096]:
            raise FileInputError(f"{file} looks binary (NUL bytes); give a UTF-8 text file")
        try:
            content = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise FileInputError(f"{file} is not UTF-8 (byte {error.start}); re-save it as UTF-8") from None
        if suffix == ".csv":
            rows = list(csv.DictReader(io.StringIO(content)))
            return cls.from_records(rows, where=f"{file.name} row")
        if suffix == ".jsonl":
            records = []
            for number, line in enumerate(content.splitlines(), start=1):
                if line.strip():
                    try:
                        records.append(json.loads(line))
                    except ValueError as error:
                        raise FileInputError(f"{file.name} line {number} is not JSON: {error}") from None
            return cls.from_records(records, where=f"{file.name} line")
        try:
            data = json.loads(content)
        except ValueError as error:
            raise FileInputError(f"{file.name} is not JSON: {error}") from None
        turns = data.get("turns") if isinstance(data, dict) else data
        if not isinstance(turns, list):
            raise FileInputError(f"{file.name}: expected a list of turns or an object with 'turns'")
        return cls.from_records(turns, where=f"{file.name} turn")


class TurnAnalysis(BaseModel):
    """One turn read in full, with its place in the speaker's course."""

    model_config = ConfigDict(frozen=True)
    index: int = Field(description="0-based position in the conversation")
    speaker: str
    time: float | None
    analysis: Analysis
    shift: bool = Field(description="sentiment differs from the same speaker's previous turn")
    perspective_gap: float = Field(description="Euclidean distance of writer and reader VAD, 1-5 scale points")
    emotion: ContextEmotion = Field(description="the turn's emotion read with the earlier turns and speakers")
    causes: list[Cause] = Field(description="turns that caused this turn's emotion, best first")
    care: CareAssessment = Field(description="crisis cues in this turn, read with the same speaker's earlier turns")


class SpeakerCourse(BaseModel):
    """A speaker's trajectory in VAD and labels, with inertia and contagion."""

    model_config = ConfigDict(frozen=True)
    turns: list[int]
    valence: list[float]
    arousal: list[float]
    dominance: list[float]
    dominant: list[str] = Field(description="the most probable GoEmotions label of each turn")
    emotions: list[str] = Field(description="each turn's emotion in context (Ekman six or neutral)")
    shifts: int
    inertia: float | None
    contagion: float | None


class ConversationAnalysis(BaseModel):
    """Every turn's analysis and every speaker's course."""

    model_config = ConfigDict(frozen=True)
    turns: list[TurnAnalysis]
    speakers: dict[str, SpeakerCourse]
    context: str = Field(description="'earlier-turns': emotions read with the earlier turns and speakers")
    care_peak: int = Field(description="the highest care level of any turn (0-4)")
    care_peak_turn: int | None = Field(description="the first turn at the peak level, or None when it is 0")
    provenance: dict[str, Any] = Field(description="conversation heads: name, version, encoder, corpus")

    def components(self) -> list[Component]:
        """The parts that made this reading: the turns' encoder and taxonomy, the conversation
        heads (with the corpus read), and the care layer's parts.

        Example:
            >>> talk = Conversation.from_records([{"speaker": "A", "text": "I'm so sad."}])
            >>> [c.kind for c in analyze_conversation(talk).components()][:4]
            ['library', 'encoder', 'taxonomy', 'head']
        """
        made = self.provenance
        heads = Component(kind="head", name=str(made["heads"]), version=str(made["heads_version"]),
                          settings={"corpus": made["corpus"]})  # fmt: skip
        return merge_components(
            *(turn.analysis.components() for turn in self.turns[:1]),
            [heads],
            *(turn.care.components() for turn in self.turns),
        )


def analyze_conversation(
    conversation: Conversation,
    analyzer: Analyzer | None = None,
    *,
    heads: DialogueHeads | None = None,
    corpus: str | None = None,
) -> ConversationAnalysis:
    """Analyse every turn (one batch), read each turn's emotion in context and its causes,
    and describe each speaker's emotional course. ``corpus``: ``meld`` (default) or
    ``dailydialog``, the data the context head was trained on.

    Example:
        >>> talk = Conversation.from_records([{"speaker": "A", "text": "I'm so sad."}] * 2)
        >>> result = analyze_conversation(talk)
        >>> result.speakers["A"].shifts, result.turns[1].emotion.label, result.turns[1].causes[0].turn
        (0, 'sadness', 1)
    """
    reader = analyzer or Analyzer()
    context = heads or DialogueHeads.load()
    context.check_encoder(reader.model)
    texts = [turn.text for turn in conversation.turns]
    speakers = [turn.speaker for turn in conversation.turns]
    analyses, logits, vad, pooled = reader.analyze_with_features(texts)
    chosen = corpus or str(context.config["default_corpus"])
    emotions = _own_reading_where_not_english(context.emotions(logits, vad, pooled, speakers, corpus=chosen), analyses)
    labels = [emotion.label for emotion in emotions]
    causes = context.causes(logits, vad, pooled, speakers, texts, labels, encoder=reader.model)
    cares = _care_by_turn(texts, speakers, own_features(logits, vad, pooled), reader)
    last_sentiment: dict[str, str] = {}
    turns: list[TurnAnalysis] = []
    for index, (turn, analysis) in enumerate(zip(conversation.turns, analyses)):
        previous = last_sentiment.get(turn.speaker)
        last_sentiment[turn.speaker] = analysis.sentiment.top
        w, r = analysis.writer_vad, analysis.reader_vad
        gap = math.dist((w.valence, w.arousal, w.dominance), (r.valence, r.arousal, r.dominance))
        turns.append(TurnAnalysis(index=index, speaker=turn.speaker, time=turn.time, analysis=analysis,
                                  shift=previous is not None and previous != analysis.sentiment.top,
                                  perspective_gap=round(gap, 6), emotion=emotions[index],
                                  causes=causes[index], care=cares[index]))
    courses = {name: _course(name, turns) for name in dict.fromkeys(t.speaker for t in turns)}
    peak = max((c.level for c in cares), default=0)
    return ConversationAnalysis(
        turns=turns, speakers=courses, context="earlier-turns", care_peak=peak,
        care_peak_turn=next((i for i, c in enumerate(cares) if c.level == peak), None) if peak else None,
        provenance=context.provenance(chosen),
    )  # fmt: skip


def _own_reading_where_not_english(emotions: list[ContextEmotion], analyses: list[Analysis]) -> list[ContextEmotion]:
    """The context heads learnt from the English model's vectors of English turns; a turn
    read by another path (another language) or by none keeps its own Ekman reading instead,
    marked ``in_context=False`` (all zeros for a turn no model reads)."""
    result = []
    for emotion, analysis in zip(emotions, analyses, strict=True):
        if analysis.provenance.heads or not analysis.covered:
            scores = {label: analysis.ekman.scores.get(label, 0.0) for label in CONVERSATION_LABELS}
            total = sum(scores.values())
            shares = {label: round(value / total, 6) if total else 0.0 for label, value in scores.items()}
            label = max(shares, key=shares.__getitem__) if total else "neutral"
            emotion = ContextEmotion(label=label, scores=shares, in_context=False)
        result.append(emotion)
    return result


def _care_by_turn(
    texts: Sequence[str], speakers: Sequence[str], features: Any, reader: Analyzer
) -> list[CareAssessment]:
    """Each turn's care assessment with its speaker's earlier turns; the care head reads the
    conversation's one encoder pass when it was trained on this model."""
    from affectkit.care.assess import REMEMBER_TURNS, assess_batch
    from affectkit.care.head import head_fits

    histories: list[list[str]] = []
    earlier: dict[str, list[str]] = {}
    for index, text in enumerate(texts):
        own = earlier.setdefault(speakers[index], [])
        # three more turns than are remembered: they are the context the oldest remembered turn was read in
        histories.append(own[-(REMEMBER_TURNS + 3) :])
        own.append(text)
    rows = list(features) if head_fits(reader.model) else [None] * len(texts)  # None: the rules alone
    return assess_batch(list(texts), histories, features=rows)


def inertia_and_contagion(
    valence: Sequence[float], speakers: Sequence[str], who: str
) -> tuple[float | None, float | None]:
    """The two slopes of ``v(t) = a + inertia * v_own(prev) + contagion * v_other(latest)``
    over ``who``'s turns that follow another speaker's turn since their own previous one.

    Example:
        >>> v = [3.0, 2.0, 2.5, 4.0, 3.2, 1.5, 2.6, 3.9, 3.1, 2.2, 2.9]
        >>> s = ["A", "B"] * 5 + ["A"]
        >>> inertia, contagion = inertia_and_contagion(v, s, "A")
        >>> inertia is not None and contagion is not None
        True
    """
    rows: list[tuple[float, float, float]] = []
    own: float | None = None
    other: float | None = None
    other_since_own = False
    for value, speaker in zip(valence, speakers):
        if speaker != who:
            other, other_since_own = value, True
            continue
        if own is not None and other is not None and other_since_own:
            rows.append((value, own, other))
        own, other_since_own = value, False
    if len(rows) < MIN_PAIRS:
        return None, None
    data = np.asarray(rows, dtype=np.float64)
    design = np.column_stack([np.ones(len(data)), data[:, 1], data[:, 2]])
    if np.linalg.matrix_rank(design) < 3:
        return None, None  # a constant series: no slope to estimate
    coefficients, *_ = np.linalg.lstsq(design, data[:, 0], rcond=None)
    return float(coefficients[1]), float(coefficients[2])


def _course(name: str, turns: list[TurnAnalysis]) -> SpeakerCourse:
    mine = [t for t in turns if t.speaker == name]
    inertia, contagion = inertia_and_contagion(
        [t.analysis.vad.valence for t in turns], [t.speaker for t in turns], name
    )
    return SpeakerCourse(
        turns=[t.index for t in mine],
        valence=[t.analysis.vad.valence for t in mine],
        arousal=[t.analysis.vad.arousal for t in mine],
        dominance=[t.analysis.vad.dominance for t in mine],
        dominant=[t.analysis.dominant for t in mine],
        emotions=[t.emotion.label for t in mine],
        shifts=sum(t.shift for t in mine),
        inertia=inertia,
        contagion=contagion,
    )


def _first(record: Mapping[str, Any], keys: Sequence[str]) -> Any:
    for key in keys:
        if key in record and record[key] is not None:
            return record[key]
    return None


def _time(value: Any, where: str) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise InputError(f"{where}: time {value!r} is not a time; give Unix seconds or ISO 8601")
    if isinstance(value, (int, float)):
        if not math.isfinite(float(value)):
            raise InputError(f"{where}: time {value!r} is not finite")
        return float(value)
    try:
        return float(value)
    except (TypeError, ValueError):
        pass
    try:
        return datetime.fromisoformat(str(value)).timestamp()
    except ValueError:
        raise InputError(f"{where}: time {value!r} is neither Unix seconds nor ISO 8601") from None
