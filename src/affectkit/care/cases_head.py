"""The care layer's case heads: is a short message a crisis (level 2+), and of which kind?

The rules name the ways people say they are in danger; new messages say it in ways no rule
names. These heads learned from the project's written crisis cases and their look-alikes
(``training/care_cases_head.py``) what such messages share: a multinomial logistic regression
over none and the nine categories, on

- ``care-cases-minilm``: the emotion model's own features (English; no extra encoder pass);
- ``care-cases-e5``: multilingual-e5 vectors (:mod:`affectkit.models.multilingual`), for
  Spanish, French, German and Portuguese (about 15 ms a message).

Like the emotion-feature head they only raise, to 2 and never above, where the rules did not
lower the words or frame the text (see :func:`affectkit.care.assess.assess`). The category is
the head's likeliest one when it holds at least half of the crisis probability, else
acute distress (care.md's "say what was heard, ask about safety").

Example:
    >>> reading = case_reading(case_head("es"), multilingual_vector("siento que soy una carga para todos"))
    >>> reading.crisis > 0.5, reading.category
    (True, 'suicidal_ideation')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from affectkit.care.head import CareHead, load_care_head

ENGLISH = "care-cases-minilm"
MULTILINGUAL = "care-cases-e5"
MULTILINGUAL_LANGUAGES = ("es", "fr", "de", "pt")
CATEGORY_SHARE = 0.5


@dataclass(frozen=True)
class CaseReading:
    """A case head's reading of one message: P(crisis) = 1 - P(none), the likeliest category
    and its share of the crisis probability, and whether it passes the head's threshold."""

    crisis: float
    category: str
    share: float
    fires: bool


def case_head(language: str) -> CareHead | None:
    """The case head for a language, or None where none is trained.

    Example:
        >>> case_head("en").name, case_head("it")
        ('care-cases-minilm', None)
    """
    if language in ("en", "und"):
        return load_care_head(shipped=ENGLISH)
    if language in MULTILINGUAL_LANGUAGES:
        return load_care_head(shipped=MULTILINGUAL)
    return None


def multilingual_vector(text: str) -> Any:
    """The multilingual encoder's vector of one message (the e5 head's features).

    Example:
        >>> multilingual_vector("Bonjour").shape
        (384,)
    """
    from affectkit.models.multilingual import embed

    return embed([text])[0]


def case_reading(head: CareHead, features: Any) -> CaseReading:
    """Read one feature row with a case head.

    Example:
        >>> calm = case_reading(case_head("fr"), multilingual_vector("Quelle belle journée au parc"))
        >>> calm.fires
        False
    """
    probabilities = head.probabilities(np.asarray(features))[0]
    crisis = float(1.0 - probabilities[0])
    best = int(np.argmax(probabilities[1:])) + 1
    share = float(probabilities[best] / crisis) if crisis > 0 else 0.0
    category = head.labels[best] if share >= CATEGORY_SHARE else "acute_distress"
    return CaseReading(
        crisis=round(crisis, 4), category=category, share=round(share, 4), fires=crisis >= head.threshold
    )
