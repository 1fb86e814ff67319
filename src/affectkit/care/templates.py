"""Crisis replies from reviewed templates, filled with the person's words and the locale's resources.

Templates are JSON files, one per language (``care/data/templates/<lang>.json``; a folder
of replacements can be named with ``AFFECTKIT_CARE_TEMPLATES``). A reply at level 2, 3 or 4
is the template's sentences for that level, in the order the file gives, for the message's
leading category; the slots are the person's own words (``{quote}``, never method details)
and the locale's service, channels and emergency number.

Example:
    >>> from affectkit.care.assess import assess
    >>> reply = crisis_reply(assess("I want to kill myself"), locale="en-US")
    >>> "988" in reply.text and reply.level == 3
    True
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources as package_files
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from affectkit.care.check import MAX_WORDS_HIGH, word_count
from affectkit.care.resources import Resources, Service, resolve_locale, resources_for
from affectkit.care.types import CareAssessment
from affectkit.config import setting
from affectkit.errors import AffectkitError

PRIORITY: tuple[str, ...] = (
    "medical_emergency",
    "suicidal_ideation",
    "self_harm_instructions",
    "self_harm",
    "harm_to_others",
    "abuse_victim",
    "eating_disorder",
    "third_party_concern",
    "acute_distress",
)
_QUOTABLE_MAX = 80
_NOT_QUOTED = re.compile(r"\d|escalator|\.ask\.|head\.", re.IGNORECASE)


class CrisisReply(BaseModel):
    """A reply written from the templates, and what filled it."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    text: str
    level: int
    category: str
    language: str
    locale: str
    locale_source: str
    template: str
    resources: list[str]


def lead_category(assessment: CareAssessment) -> str:
    """The category a reply answers first: the highest level, ties broken by urgency.

    Example:
        >>> from affectkit.care.assess import assess
        >>> lead_category(assess("my dad hits me"))
        'abuse_victim'
    """
    top = assessment.level
    for category in PRIORITY:
        if assessment.categories.get(category, 0) == top:
            return category
    return "acute_distress"


def crisis_reply(assessment: CareAssessment, *, locale: str | None = None, message: str = "") -> CrisisReply:
    """The template reply for an assessment at level 2 or more (or one not covered);
    ``message`` (the assessed text) lets the reply say the person's sentence back.

    Example:
        >>> from affectkit.care.assess import assess
        >>> r = crisis_reply(assess("my friend says she wants to kill herself"), locale="en-GB")
        >>> r.category, "116 123" in r.text
        ('third_party_concern', True)
    """
    language = assessment.language if assessment.language in available_languages() else "en"
    template = load_templates(language)
    chosen, source = resolve_locale(locale, assessment.language)
    found = resources_for(chosen)
    if not assessment.covered:
        return CrisisReply(
            text=template["uncovered"], level=assessment.level, category="uncovered", language=language,
            locale=chosen, locale_source=source, template=f"{template['version']}:uncovered",
            resources=[found.directory.url or found.directory.name],
        )  # fmt: skip
    level = max(2, min(assessment.level, 4))
    category = lead_category(assessment)
    parts = template["categories"][category]
    service = found.for_topic(parts.get("topic", "suicide")) or found.crisis
    slots = _resource_slots(template, found, service)
    quote = _quote(assessment, category, template, message)
    text = _assemble(template, parts, level, category, slots, quote, source, found)
    if level >= 3 and quote and word_count(text) > MAX_WORDS_HIGH:  # a long quote must not push it over
        text = _assemble(template, parts, level, category, slots, "", source, found)
    used = [s.name for s in (service,) if s is not None] + ([found.directory.name] if found.country is None else [])
    return CrisisReply(
        text=text,
        level=level,
        category=category,
        language=language,
        locale=chosen,
        locale_source=source,
        template=f"{template['version']}:{category}:{level}",
        resources=used,
    )


def _assemble(
    template: dict[str, Any],
    parts: dict[str, str],
    level: int,
    category: str,
    slots: dict[str, str],
    quote: str,
    source: str,
    found: Resources,
) -> str:
    lines = dict(template)
    if category == "third_party_concern":
        lines.update(template.get("third_party_lines", {}))
    sentences = []
    for key in template["order"][str(level)]:
        if key in ("heard", "now"):
            sentence = parts[key]
        elif key == "question":
            sentence = parts["question_high" if level >= 3 else "question"]
        elif key in ("step", "means"):
            sentence = parts[key]
        elif key == "hope":
            sentence = parts.get("hope", template["hope"])
        else:
            sentence = lines[key]
        sentences.append(sentence.format(quote=quote, **slots))
    if source == "default" and level >= 3 and template.get("directory"):
        sentences.insert(-1, template["directory"].format(country=found.country))
    return " ".join(s.strip() for s in sentences if s.strip())


def _resource_slots(template: dict[str, Any], found: Resources, service: Service | None) -> dict[str, str]:
    unknown = template["unknown_country"]
    if found.country is None or service is None:
        return {
            "service": unknown["service"],
            "channels": unknown["channels"],
            "emergency": found.emergency or unknown["emergency"],
        }
    channels = service.channels(template["connectors"], bare_urls=True)
    return {
        "service": service.name,
        "channels": channels,
        "emergency": found.emergency or unknown["emergency"],
    }


def _quote(assessment: CareAssessment, category: str, template: dict[str, Any], message: str) -> str:
    """The person's own words for the leading category (the clause around the cue when the
    message is given), when short and free of method details."""
    for item in sorted(assessment.evidence, key=lambda e: -e.level):
        if item.category != category or item.effect != "raised" or _NOT_QUOTED.search(item.cue + item.text):
            continue
        words = " ".join(item.text.split())
        if message[item.start : item.end] == item.text:
            clause = _clause_around(message, item.start, item.end)
            if len(clause) <= _QUOTABLE_MAX and not _NOT_QUOTED.search(clause):
                words = clause
        words = words.strip(" ,.;:!?\"'")
        if 3 <= len(words) <= _QUOTABLE_MAX:
            return str(template["quote"]).format(words=words)
    return ""


def _clause_around(text: str, start: int, end: int) -> str:
    left = max((text.rfind(mark, 0, start) for mark in ".!?;,\n"), default=-1) + 1
    ends = [i for i in (text.find(mark, end) for mark in ".!?;,\n") if i != -1]
    return " ".join(text[left : min(ends) if ends else len(text)].split())


def available_languages() -> tuple[str, ...]:
    """Languages with a template file (the packaged ones, or those in the replacement folder).

    Example:
        >>> "en" in available_languages()
        True
    """
    folder = _template_folder()
    return tuple(sorted(p.stem for p in folder.glob("*.json")))


def _template_folder() -> Path:
    configured = setting("care.templates", None)
    if configured:
        return Path(configured)
    return Path(str(package_files.files("affectkit.care") / "data" / "templates"))


def load_templates(language: str) -> dict[str, Any]:
    """The template of one language, checked for every key the composer needs.

    Example:
        >>> load_templates("en")["version"]
        'care-templates.en.v1'
    """
    return _load(str(_template_folder() / f"{language}.json"))


_REQUIRED = ("version", "quote", "connectors", "unknown_country", "order", "categories", "uncovered", "thanks",
             "offer", "line", "urge", "trusted", "with_someone", "ai", "hope")  # fmt: skip
_CATEGORY_KEYS = ("heard", "question", "question_high", "step", "now", "means")


@cache
def _load(path: str) -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AffectkitError(f"care template {path} not found; restore it or set AFFECTKIT_CARE_TEMPLATES") from None
    except json.JSONDecodeError as error:
        raise AffectkitError(f"care template {path} is not valid JSON ({error}); fix or replace it") from None
    missing = [key for key in _REQUIRED if key not in data]
    from affectkit.care.types import CATEGORIES

    missing += [
        f"categories.{c}.{k}"
        for c in CATEGORIES
        for k in _CATEGORY_KEYS
        if k not in data.get("categories", {}).get(c, {})
    ]
    if missing:
        raise AffectkitError(f"care template {path} lacks {', '.join(missing)}; see care/data/templates/en.json")
    return data
