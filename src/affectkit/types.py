"""Frozen result models. One shape for every analysis, whatever the options.

Example:
    >>> import affectkit
    >>> result = affectkit.analyze("I miss you so much")
    >>> affectkit.Analysis.model_validate_json(result.model_dump_json()) == result
    True
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ViewResult(_Frozen):
    """One categorical view of the emotions: a score per category and the categories on."""

    scores: dict[str, float] = Field(description="noisy-OR score of each category, 0-1")
    labels: list[str] = Field(description="categories switched on by the GoEmotions labels")
    top: str = Field(description="the highest-scoring category")


class ParrottView(_Frozen):
    """Parrott's three tiers: primary and secondary views and the tertiary words."""

    primary: ViewResult
    secondary: ViewResult
    tertiary: list[str] = Field(description="Parrott's tertiary words of the GoEmotions labels on")


class VAD(_Frozen):
    """Valence, arousal and dominance on EmoBank's 1-5 scale (3 is neutral)."""

    valence: float
    arousal: float
    dominance: float


class Provenance(_Frozen):
    """What produced a result: model, versions, settings, and what happened to the text."""

    model: str
    model_version: str
    taxonomy_version: str
    affectkit_version: str
    thresholds: str = Field(description="'calibrated-dev' (the model's own), 'global=<t>' or 'custom'")
    temperature: float
    long_text: str = Field(description="'truncate' or 'sentences'")
    tokens: int = Field(description="tokens in the text (before any truncation)")
    max_tokens: int
    truncated: bool = Field(description="True if tokens beyond max_tokens were not read")
    segments: int = Field(description="pieces analysed and aggregated (1 unless long_text='sentences')")


class Analysis(_Frozen):
    """Everything affectkit reads from one text, derived from one forward pass."""

    text: str
    emotions: dict[str, float] = Field(description="calibrated GoEmotions-28 probabilities")
    labels: list[str] = Field(description="GoEmotions labels above their thresholds, strongest first")
    dominant: str = Field(description="the most probable GoEmotions label")
    ekman: ViewResult
    sentiment: ViewResult
    plutchik: ViewResult
    parrott: ParrottView
    vad: VAD = Field(description="combined (writer and reader) valence-arousal-dominance")
    writer_vad: VAD
    reader_vad: VAD
    provenance: Provenance

    def top(self, n: int = 3) -> list[tuple[str, float]]:
        """The ``n`` most probable GoEmotions labels with their probabilities.

        Example:
            >>> import affectkit
            >>> len(affectkit.analyze("What a lovely surprise!").top(2))
            2
        """
        ranked = sorted(self.emotions.items(), key=lambda item: item[1], reverse=True)
        return ranked[:n]

    def view(self, name: str) -> ViewResult:
        """A categorical view by name: goemotions, ekman, sentiment, plutchik, parrott
        (primary), parrott.secondary.

        Example:
            >>> import affectkit
            >>> affectkit.analyze("This is awful.").view("sentiment").top
            'negative'
        """
        from affectkit.errors import TaxonomyError

        if name == "goemotions":
            return ViewResult(scores=dict(self.emotions), labels=list(self.labels), top=self.dominant)
        if name in ("parrott", "parrott.primary"):
            return self.parrott.primary
        if name == "parrott.secondary":
            return self.parrott.secondary
        if name in ("ekman", "sentiment", "plutchik"):
            result: ViewResult = getattr(self, name)
            return result
        raise TaxonomyError(
            f"unknown view {name!r}; choose goemotions, ekman, sentiment, plutchik, parrott or parrott.secondary"
        )
