"""Result models of the mental-health signals (:mod:`affectkit.care.mh_signals`): for each
signal a calibrated probability per label, the labels decided, the words that carry them
and one sentence that describes the language without diagnosing anyone.

Example:
    >>> reading = SignalReading(name="stress", set="dreaddit", labels=["yes"],
    ...                         scores={"no": 0.2, "yes": 0.8}, flagged=True,
    ...                         description="language often associated with stress", served_by="trained")
    >>> reading.probability
    0.8
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, computed_field

from affectkit.care.types import CareAssessment
from affectkit.types import Component

SIGNALS_VERSION = "signals.v1"
NOT_A_DIAGNOSIS = "this is not a diagnosis"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SignalEvidence(_Frozen):
    """A stretch of the text that raised a signal's label: its Shapley value is the share of
    the label's probability (over the text with no words) that these words carry."""

    label: str = Field(description="the label these words raised")
    start: int = Field(description="character offset in the text as given")
    end: int
    text: str = Field(description="the characters text[start:end]")
    value: float = Field(description="Shapley value for the label's probability")
    stderr: float = Field(default=0.0, description="standard error of the value (0 when exact)")


class SignalReading(_Frozen):
    """One signal's reading of a text.

    ``labels`` is the decision: the top label of a single-label signal, or every label at
    or above its threshold for a multi-label one (possibly none). ``flagged`` is true when
    a decided label is a sign of concern (not "no", "no causes" or "no mental disorders").
    """

    name: str = Field(description="the signal, e.g. 'depression'")
    set: str = Field(description="the data set whose labels it gives, e.g. 'DR'")
    labels: list[str]
    scores: dict[str, float] = Field(description="calibrated probability of every label")
    flagged: bool
    evidence: list[SignalEvidence] = Field(default_factory=list)
    description: str = Field(description="what the language shows, without a diagnosis ('' when nothing)")
    served_by: str = Field(description="'trained' on the set's own training data, or 'transfer: how'")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def probability(self) -> float:
        """The probability of the strongest decided label (0 when none is decided).

        Example:
            >>> SignalReading(name="x", set="X", labels=[], scores={"a": 0.3}, flagged=False,
            ...               description="", served_by="trained").probability
            0.0
        """
        return max((self.scores[label] for label in self.labels), default=0.0)


class SignalsProvenance(_Frozen):
    """What produced the readings: the heads' bundle, the encoder they read, and how."""

    signals_version: str = SIGNALS_VERSION
    bundle: str = Field(description="the heads' bundle and version, e.g. 'signals-minilm@1'")
    encoder: str = Field(description="the encoder whose features the heads read, name@version")
    long_text: str = Field(description="how a text longer than the encoder reads was read")
    evidence: dict[str, Any] = Field(default_factory=dict, description="method, budget, seed, model calls")

    def components(self) -> list[Component]:
        """The bundle of heads and the encoder.

        Example:
            >>> p = SignalsProvenance(bundle="signals-minilm@1", encoder="goemotions-minilm@1.1.0",
            ...                       long_text="truncate")
            >>> [(c.kind, c.name) for c in p.components()]
            [('head', 'signals-minilm'), ('encoder', 'goemotions-minilm')]
        """
        bundle, _, version = self.bundle.partition("@")
        encoder, _, encoder_version = self.encoder.partition("@")
        return [
            Component(kind="head", name=bundle, version=version,
                      settings={"signals_version": self.signals_version, "long_text": self.long_text,
                                **({"evidence": self.evidence} if self.evidence else {})}),
            Component(kind="encoder", name=encoder, version=encoder_version),
        ]  # fmt: skip


class Signals(_Frozen):
    """Every mental-health signal of one text. The readings describe language, never a
    person: ``summary`` is one sentence that says so. ``covered`` is false for a language
    the heads were not trained on (English only): then there are no readings, only that."""

    text_chars: int = Field(description="length of the text as read")
    language: str
    covered: bool
    readings: dict[str, SignalReading] = Field(default_factory=dict)
    summary: str = Field(description="one sentence on the flagged signals with their evidence, and no diagnosis")
    care: CareAssessment | None = Field(
        default=None, description="the care layer's reading of the same text (crisis cues), from the same pass"
    )
    provenance: SignalsProvenance

    @property
    def flagged(self) -> list[str]:
        """The names of the signals that flagged something, in the bundle's order.

        Example:
            >>> Signals(text_chars=0, language="en", covered=True, summary="",
            ...         provenance=SignalsProvenance(bundle="b@1", encoder="e@1", long_text="truncate")).flagged
            []
        """
        return [name for name, reading in self.readings.items() if reading.flagged]

    def components(self) -> list[Component]:
        """The parts that made these readings (see :class:`affectkit.types.Component`).

        Example:
            >>> s = Signals(text_chars=0, language="en", covered=True, summary="",
            ...             provenance=SignalsProvenance(bundle="b@1", encoder="e@1", long_text="truncate"))
            >>> [c.name for c in s.components()]
            ['b', 'e']
        """
        parts = self.provenance.components()
        if self.care is not None:
            parts += [c for c in self.care.components() if c.kind == "rules"]
        return parts
