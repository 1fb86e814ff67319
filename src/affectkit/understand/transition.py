"""Emotion transition: propose the emotion of a reply from the preceding emotion, what the
other speaker just said, and a Big Five personality.

The model, in VAD space scaled to [-1, 1] (EmoBank's 1-5 scale: ``(v - 3) / 2``):

1. **Temperament** (the personality's resting mood) from the Big Five by Mehrabian's
   regression (Mehrabian, 1996, "Analysis of the big-five personality factors in terms of
   the PAD temperament model", Australian Journal of Psychology 48(2), 86-92), with each
   trait centred to [-1, 1] and S (emotional stability) = -neuroticism::

       pleasure  = 0.21 E + 0.59 A + 0.19 S
       arousal   = 0.15 O + 0.30 A - 0.57 S
       dominance = 0.25 O + 0.17 C + 0.60 E - 0.32 A

   The same values are used by the ALMA agent model (Gebhard, 2005, AAMAS) and by Wen et
   al. (2021, "Automatically Select Emotion for Response via Personality-affected Emotion
   Transition").
2. **Shift**: ``next = preceding + contagion * (stimulus - preceding) + pull * (temperament -
   preceding)``: the preceding emotion moves towards the emotion of the turn it answers
   (``contagion``) and back towards the personality's temperament (``pull``). ``contagion``
   is fitted on DailyDialog train by least squares over consecutive turns of the same
   speaker (kept in the ``transition-minilm`` head); ``pull`` has no data here to fit it
   (no corpus with personalities) and is a documented setting, 0.2 by default.
3. **Label**: the nearest labelled emotion in VAD space. Label positions are the mean VAD
   the shipped model reads in GoEmotions train texts whose gold labels all fall in one Ekman
   category (or one GoEmotions label for ``labels="goemotions"``), written by
   ``training/transition_fit.py``.

Example:
    >>> calm = BigFive(openness=0.6, conscientiousness=0.7, extraversion=0.5, agreeableness=0.8, neuroticism=0.2)
    >>> [round(v, 3) for v in temperament(calm)]
    [0.468, -0.132, -0.074]
    >>> proposal = transition(VAD(valence=2.0, arousal=3.6, dominance=2.8), calm,
    ...                       stimulus=VAD(valence=4.3, arousal=3.2, dominance=3.3))
    >>> proposal.label
    'joy'
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from affectkit.errors import InputError, ModelError
from affectkit.types import VAD

MEHRABIAN_1996 = {
    "pleasure": {"extraversion": 0.21, "agreeableness": 0.59, "stability": 0.19},
    "arousal": {"openness": 0.15, "agreeableness": 0.30, "stability": -0.57},
    "dominance": {"openness": 0.25, "conscientiousness": 0.17, "extraversion": 0.60, "agreeableness": -0.32},
}
"""Mehrabian (1996) temperament regression on the Big Five (S = emotional stability)."""

DEFAULT_PULL = 0.2


class BigFive(BaseModel):
    """Big Five traits, each from 0 (low) to 1 (high); 0.5 is the population middle."""

    model_config = ConfigDict(frozen=True)
    openness: float = Field(default=0.5, ge=0.0, le=1.0)
    conscientiousness: float = Field(default=0.5, ge=0.0, le=1.0)
    extraversion: float = Field(default=0.5, ge=0.0, le=1.0)
    agreeableness: float = Field(default=0.5, ge=0.0, le=1.0)
    neuroticism: float = Field(default=0.5, ge=0.0, le=1.0)


class Transition(BaseModel):
    """A proposed reply emotion: the VAD point (1-5 scale), the nearest label, and how it came."""

    model_config = ConfigDict(frozen=True)
    label: str
    vad: VAD
    distance: float = Field(description="distance from the point to the label's position, [-1, 1] scale")
    temperament: VAD = Field(description="the personality's resting mood (Mehrabian 1996), 1-5 scale")
    settings: dict[str, Any]


def temperament(personality: BigFive) -> tuple[float, float, float]:
    """Pleasure, arousal, dominance in [-1, 1] from the Big Five (Mehrabian, 1996).

    Example:
        >>> temperament(BigFive())
        (0.0, 0.0, 0.0)
    """
    traits = {
        "openness": 2 * personality.openness - 1,
        "conscientiousness": 2 * personality.conscientiousness - 1,
        "extraversion": 2 * personality.extraversion - 1,
        "agreeableness": 2 * personality.agreeableness - 1,
        "stability": 1 - 2 * personality.neuroticism,
    }
    pad = []
    for dimension in ("pleasure", "arousal", "dominance"):
        value = sum(weight * traits[name] for name, weight in MEHRABIAN_1996[dimension].items())
        pad.append(max(-1.0, min(1.0, value)))
    return pad[0] + 0.0, pad[1] + 0.0, pad[2] + 0.0


def _centred(vad: VAD) -> tuple[float, float, float]:
    return ((vad.valence - 3) / 2, (vad.arousal - 3) / 2, (vad.dominance - 3) / 2)


def _scaled(point: tuple[float, float, float]) -> VAD:
    v, a, d = (max(1.0, min(5.0, 3 + 2 * x)) for x in point)
    return VAD(valence=round(v, 4), arousal=round(a, 4), dominance=round(d, 4))


SHIPPED_TRANSITION = "transition-minilm"


@dataclass(frozen=True)
class Fitted:
    """What the transition head holds: the contagion fitted on DailyDialog, each label
    set's positions ([-1, 1] scale), and where the positions come from.

    Example:
        >>> fitted = _fitted()
        >>> fitted.contagion, sorted(fitted.positions)
        (0.5154, ['ekman', 'goemotions'])
    """

    contagion: float
    positions: dict[str, dict[str, tuple[float, float, float]]]
    source: str


@lru_cache(maxsize=1)
def _fitted() -> Fitted:
    from affectkit.models.head_format import read_head
    from affectkit.models.head_registry import head_folder

    folder = head_folder(SHIPPED_TRANSITION)
    try:
        head = read_head(folder, kind="transition")
        manifest = head.manifest
        positions: dict[str, dict[str, tuple[float, float, float]]] = {}
        for name, labels in manifest.label_sets.items():
            table = head.array(name)
            if table.shape != (len(labels), manifest.features.dim):
                raise ModelError(
                    f"the positions {name!r} have shape {table.shape}, not {len(labels)} labels x "
                    f"{manifest.features.dim} (features.dim)"
                )
            positions[name] = {label: (float(p[0]), float(p[1]), float(p[2])) for label, p in zip(labels, table)}
        return Fitted(float(head.array("contagion")), positions, str(manifest.document["source"]))
    except (ModelError, KeyError) as error:
        raise InputError(f"cannot read the transition head at {folder}: {error}. Re-install affectkit.") from error


def label_positions(labels: Literal["ekman", "goemotions"] = "ekman") -> dict[str, tuple[float, float, float]]:
    """Each label's position in VAD space, [-1, 1] scale (see the module text).

    Example:
        >>> positions = label_positions()
        >>> positions["joy"][0] > 0 > positions["sadness"][0]
        True
    """
    table = _fitted().positions.get(labels, {})
    if not table:
        raise InputError(f"no label positions for {labels!r}; choose ekman or goemotions")
    return dict(table)


def transition(
    preceding: VAD,
    personality: BigFive | None = None,
    *,
    stimulus: VAD | None = None,
    contagion: float | None = None,
    pull: float = DEFAULT_PULL,
    labels: Literal["ekman", "goemotions"] = "ekman",
) -> Transition:
    """Propose the reply's emotion (see the module text for the model and its sources).

    ``preceding``: the replying speaker's last emotion (1-5 VAD); ``stimulus``: the emotion of
    the turn being answered (without it only the pull towards the temperament acts);
    ``contagion`` defaults to the value fitted on DailyDialog.

    Example:
        >>> anxious = BigFive(neuroticism=0.95, extraversion=0.2)
        >>> transition(VAD(valence=3.0, arousal=3.0, dominance=3.0), anxious, pull=0.9).label
        'fear'
    """
    fitted = _fitted()
    weight = fitted.contagion if contagion is None else contagion
    for name, value in (("contagion", weight), ("pull", pull)):
        if not (0.0 <= value <= 1.0) or math.isnan(value):
            raise InputError(f"{name} must be between 0 and 1, got {value}")
    person = personality or BigFive()
    rest = temperament(person)
    start = _centred(preceding)
    towards = _centred(stimulus) if stimulus is not None else start
    point = tuple(s + weight * (t - s) + pull * (r - s) for s, t, r in zip(start, towards, rest))
    positions = label_positions(labels)
    name, place = min(positions.items(), key=lambda item: math.dist(item[1], point))
    return Transition(
        label=name,
        vad=_scaled(point),  # type: ignore[arg-type]
        distance=round(math.dist(place, point), 4),
        temperament=_scaled(rest),
        settings={
            "contagion": weight,
            "pull": pull,
            "labels": labels,
            "personality": person.model_dump(),
            "coefficients": "Mehrabian 1996",
            "positions": fitted.source,
        },
    )
