"""Result models of the care layer: what was detected, how sure, where, and by what.

Example:
    >>> from affectkit.care.types import CATEGORIES, CareAssessment
    >>> a = CareAssessment.none(language="en")
    >>> a.level, sorted(a.categories) == sorted(CATEGORIES)
    (0, True)
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from affectkit.types import Component

CARE_VERSION = "care.v1"

CATEGORIES: tuple[str, ...] = (
    "suicidal_ideation",
    "self_harm",
    "self_harm_instructions",
    "eating_disorder",
    "harm_to_others",
    "abuse_victim",
    "medical_emergency",
    "acute_distress",
    "third_party_concern",
)

LEVEL_NAMES: tuple[str, ...] = ("none", "concern", "elevated", "high", "imminent")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Evidence(_Frozen):
    """A stretch of the text that raised (or, with ``effect='lowered'``, cancelled) a category."""

    category: str
    level: int = Field(ge=0, le=4, description="the level this cue alone supports")
    start: int = Field(description="character offset in the assessed text")
    end: int
    text: str = Field(description="the characters text[start:end]")
    cue: str = Field(description="the rule (or head) that matched, e.g. 'en.si.want_die' or 'head.suicidal'")
    effect: str = Field(default="raised", description="'raised' or 'lowered' (negation, idiom, past, fiction)")


class CareFlags(_Frozen):
    """How crisis words were used, where they were used otherwise than as a first-person statement now."""

    negated: bool = False
    figurative: bool = Field(default=False, description="idiom, joke, game, software, fiction or definition")
    third_party: bool = Field(default=False, description="about someone else")
    past: bool = Field(default=False, description="a past that is over ('I used to ..., I'm better now')")
    retracted: bool = Field(default=False, description="an earlier disclosure taken back ('jk'); the level holds")
    question: bool = Field(default=False, description="asks for methods, doses, heights or concealment")


class CareProvenance(_Frozen):
    """What produced an assessment."""

    care_version: str = CARE_VERSION
    rules: str = Field(description="the rule sets read, e.g. 'en.v1+es.v1'")
    head: str | None = Field(default=None, description="the learned head's name and version, if it ran")
    encoder: str | None = Field(default=None, description="the emotion model whose features the head read")
    history_turns: int = 0

    def components(self) -> list[Component]:
        """The care rules (with the rule sets read), the learned head and the encoder it read,
        when they ran.

        Example:
            >>> parts = CareProvenance(rules="en.v1", head="care-risk-minilm@1.0.0", encoder="goemotions-minilm@1.1.0")
            >>> [(c.kind, c.name, c.version) for c in parts.components()][1:]
            [('head', 'care-risk-minilm', '1.0.0'), ('encoder', 'goemotions-minilm', '1.1.0')]
        """
        parts = [Component(kind="rules", name="care", version=self.care_version,
                           settings={"rules": self.rules, "history_turns": self.history_turns})]  # fmt: skip
        for kind, spec in (("head", self.head), ("encoder", self.encoder)):
            for part in (spec or "").split("+"):
                if part:
                    name, _, version = part.partition("@")
                    parts.append(Component(kind=kind, name=name, version=version))
        return parts


class CareAssessment(_Frozen):
    """The care layer's reading of one message (with the turns before it, if given).

    ``level`` is the highest category level: 0 none, 1 concern, 2 elevated, 3 high,
    4 imminent (care.md). It describes language, never a person's diagnosis.
    """

    level: int = Field(ge=0, le=4)
    level_name: str
    categories: dict[str, int] = Field(description="every category's level, 0-4")
    confidence: dict[str, float] = Field(description="how sure each category's level is, 0-1")
    evidence: list[Evidence] = Field(default_factory=list)
    flags: CareFlags = Field(default_factory=CareFlags)
    language: str = Field(description="ISO 639-1 code of the text's language, or 'und' when unsure")
    covered: bool = Field(description="False when the care layer has no rules for the language: resources only")
    message_level: int = Field(ge=0, le=4, description="the level of this message alone, before history")
    history_level: int = Field(default=0, ge=0, le=4, description="the highest level among the earlier turns")
    head_scores: dict[str, float] | None = Field(
        default=None, description="the learned head's probabilities (none, distress, suicidal), when it ran"
    )
    provenance: CareProvenance

    @classmethod
    def none(cls, language: str = "en", covered: bool = True) -> CareAssessment:
        """An assessment that found nothing.

        Example:
            >>> CareAssessment.none().level_name
            'none'
        """
        return cls(
            level=0,
            level_name="none",
            categories=dict.fromkeys(CATEGORIES, 0),
            confidence=dict.fromkeys(CATEGORIES, 1.0),
            language=language,
            covered=covered,
            message_level=0,
            provenance=CareProvenance(rules=""),
        )

    def components(self) -> list[Component]:
        """The parts that made this assessment (see :class:`affectkit.types.Component`).

        Example:
            >>> CareAssessment.none().components()[0].name
            'care'
        """
        return self.provenance.components()

    @property
    def active(self) -> list[str]:
        """Categories at level 1 or more, highest first.

        Example:
            >>> CareAssessment.none().active
            []
        """
        ranked = sorted(((lvl, name) for name, lvl in self.categories.items() if lvl > 0), key=lambda p: -p[0])
        return [name for _, name in ranked]
