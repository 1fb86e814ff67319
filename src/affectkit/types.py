"""Frozen result models. One shape for every analysis, whatever the options.

Example:
    >>> import affectkit
    >>> result = affectkit.analyze("I miss you so much")
    >>> affectkit.Analysis.model_validate_json(result.model_dump_json()) == result
    True
"""

from __future__ import annotations

from typing import Any

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


class Component(_Frozen):
    """One part that made a result: its ``kind`` (``library``, ``encoder``, ``taxonomy``,
    ``rules``, ``head``, ``writer``, ``prompt``, ``template``), name, version and the settings
    it ran with. Every result type lists its parts with ``components()`` (computed from its
    provenance fields, so the serialised results keep their shape).

    Example:
        >>> Component(kind="encoder", name="goemotions-minilm", version="1.1.0").key
        ('encoder', 'goemotions-minilm', '1.1.0')
    """

    kind: str
    name: str
    version: str
    settings: dict[str, Any] = Field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str, str]:
        """(kind, name, version): what makes two components the same part.

        Example:
            >>> Component(kind="rules", name="care", version="v1").key[0]
            'rules'
        """
        return (self.kind, self.name, self.version)


def merge_components(*groups: list[Component]) -> list[Component]:
    """The components of several results, each part once, in first-seen order.

    Example:
        >>> a = Component(kind="library", name="affectkit", version="0.1.0")
        >>> [c.kind for c in merge_components([a], [a, Component(kind="head", name="h", version="1")])]
        ['library', 'head']
    """
    seen: dict[tuple[str, str, str], Component] = {}
    for group in groups:
        for component in group:
            seen.setdefault(component.key, component)
    return list(seen.values())


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
    heads: dict[str, str] = Field(
        default_factory=dict,
        exclude_if=lambda heads: not heads,
        description="the heads that read the encoder's vectors, name -> version (the multilingual path's); "
        "absent when the model's own head answered",
    )

    def components(self) -> list[Component]:
        """The library, the encoder (with its settings) and the taxonomy behind an analysis.

        Example:
            >>> import affectkit
            >>> [c.kind for c in affectkit.analyze("so glad").provenance.components()]
            ['library', 'encoder', 'taxonomy']
        """
        settings = {"thresholds": self.thresholds, "temperature": self.temperature, "long_text": self.long_text,
                    "max_tokens": self.max_tokens}  # fmt: skip
        return [
            Component(kind="library", name="affectkit", version=self.affectkit_version),
            Component(kind="encoder", name=self.model, version=self.model_version, settings=settings),
            *(Component(kind="head", name=name, version=version) for name, version in self.heads.items()),
            Component(kind="taxonomy", name="affectkit-taxonomies", version=self.taxonomy_version),
        ]


def _absent(value: Any) -> bool:
    return value is None


class CustomResult(_Frozen):
    """What one of your own heads (``affectkit train``) reads in a text: a score per label
    and the labels above the head's thresholds (a classifier), or a value (a regression).
    The fields a head does not give are left out of dumps.

    Example:
        >>> CustomResult(scores={"calm": 0.8, "tense": 0.2}, labels=["calm"]).model_dump()
        {'scores': {'calm': 0.8, 'tense': 0.2}, 'labels': ['calm']}
        >>> CustomResult(value=4.25).model_dump_json()
        '{"value":4.25}'
    """

    scores: dict[str, float] | None = Field(
        default=None, exclude_if=_absent, description="calibrated score of each label, 0-1 (classifiers)"
    )
    labels: list[str] | None = Field(
        default=None, exclude_if=_absent, description="labels above their thresholds, strongest first (classifiers)"
    )
    value: float | None = Field(default=None, exclude_if=_absent, description="the predicted number (regressions)")


class Analysis(_Frozen):
    """Everything affectkit reads from one text, derived from one forward pass.

    ``language`` names the text's language (ISO 639-1; ``und`` when it cannot be told) and
    ``covered`` whether a model that reads that language answered. English goes to the
    default model; a covered language to the multilingual path (its Plutchik and sentiment
    views are measured on XED in that language, its GoEmotions labels and VAD are carried
    over from English and not measured there); a language or script no model covers gets
    ``covered: false``, no labels and zero scores, never a guess. ``language_note`` says why
    (a mixed-language text, an unknown script, a language named by the caller).
    """

    text: str
    language: str = Field(default="en", description="the text's language, ISO 639-1 ('und' when it cannot be told)")
    covered: bool = Field(default=True, description="whether a model that reads this language answered")
    language_note: str | None = Field(
        default=None,
        exclude_if=_absent,
        description="why the language was routed as it was: mixed languages, an unknown script, a language "
        "the caller named; absent when there is nothing to say",
    )
    emotions: dict[str, float] = Field(description="calibrated GoEmotions-28 probabilities")
    labels: list[str] = Field(description="GoEmotions labels above their thresholds, strongest first")
    dominant: str = Field(description="the most probable GoEmotions label")
    ekman: ViewResult
    sentiment: ViewResult
    plutchik: ViewResult
    parrott: ParrottView
    views: dict[str, ViewResult] = Field(
        default_factory=dict,
        exclude_if=lambda views: not views,
        description="the views registered at run time (affectkit.taxonomy.register_view); absent when none",
    )
    vad: VAD = Field(description="combined (writer and reader) valence-arousal-dominance")
    writer_vad: VAD
    reader_vad: VAD
    provenance: Provenance
    custom: dict[str, CustomResult] = Field(
        default_factory=dict,
        exclude_if=lambda custom: not custom,
        description="your own heads' results by head name (Analyzer(heads=...), --head); absent when none",
    )

    def components(self) -> list[Component]:
        """The parts that made this analysis (see :class:`Component`).

        Example:
            >>> import affectkit
            >>> affectkit.analyze("so glad").components()[1].name
            'goemotions-minilm'
        """
        return self.provenance.components()

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
        (primary), parrott.secondary, or a registered view this analysis holds.

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
        if name in _VIEW_FIELDS:
            result: ViewResult = getattr(self, name)
            return result
        if name in self.views:
            return self.views[name]
        known = ["goemotions", *_VIEW_FIELDS, "parrott", "parrott.secondary", *self.views]
        raise TaxonomyError(
            f"unknown view {name!r}; choose {', '.join(known[:-1])} or {known[-1]} "
            "(a view registered after this analysis was made is not in it: analyse again)"
        )

    @classmethod
    def view_fields(cls, name: str) -> dict[str, Any]:
        """The fields that hold view ``name``, as a ``model_dump(include=...)`` mapping: a
        built-in view's own field(s), or ``views[name]`` for a registered one.

        Example:
            >>> Analysis.view_fields("vad")
            {'vad': True, 'writer_vad': True, 'reader_vad': True}
            >>> Analysis.view_fields("parrott"), Analysis.view_fields("toy")
            ({'parrott': True}, {'views': {'toy': True}})
        """
        if name == "goemotions":
            return {"emotions": True}
        if name == "vad":
            return {"vad": True, "writer_vad": True, "reader_vad": True}
        if name in _VIEW_FIELDS or name == "parrott":
            return {name: True}
        return {"views": {name: True}}


# The built-in categorical views with a ViewResult field of their own.
_VIEW_FIELDS = tuple(name for name, info in Analysis.model_fields.items() if info.annotation is ViewResult)
