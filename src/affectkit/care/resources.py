"""Crisis resources by country and language, from a data file a deployer can edit or replace.

The file (``care/data/resources.v1.json``, or ``AFFECTKIT_CARE_RESOURCES``) lists, per
country, the emergency number and services, each with the page that confirmed it and the
date it was checked. A locale names a language and, optionally, a country (``en-US``,
``pt_BR``, ``fr``). A locale without a country, or with one the file lacks, gets the
international directory and "your local emergency number", never a guessed number.

Example:
    >>> found = resources_for("en-US")
    >>> found.crisis is not None and found.crisis.call
    '988'
    >>> resources_for("xx-ZZ").country is None
    True
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources as package_files
from pathlib import Path
from typing import Any

from affectkit.config import setting
from affectkit.errors import AffectkitError

DEFAULT_LOCALE = "en-US"
_LOCALE = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}|\d{3}))?(?:[.@].*)?$")


@dataclass(frozen=True)
class Service:
    """One helpline: how to reach it, in which languages, and where that was confirmed."""

    name: str
    topics: tuple[str, ...]
    call: str | None
    text: str | None
    chat: str | None
    url: str | None
    languages: tuple[str, ...]
    source: str
    checked: str
    hours: str | None = None

    def channels(self, words: Mapping[str, str] | None = None, *, bare_urls: bool = False) -> str:
        """How to reach it: ``words`` gives the connectors (``call``, ``text``, ``chat``,
        ``list``; English by default, the templates give their language's); ``bare_urls``
        drops ``https://www.`` from links.

        Example:
            >>> s = Service("X", ("suicide",), "988", "988", "https://x.org", None, ("en",), "src", "2026-11-27")
            >>> s.channels()
            'call 988, text 988, chat https://x.org'
        """
        w = {"call": "call", "text": "text", "chat": "chat", "list": ", "} | dict(words or {})
        link = _bare_url if bare_urls else str
        parts = []
        if self.call:
            parts.append(f"{w['call']} {self.call}")
        if self.text:
            parts.append(f"{w['text']} {self.text}")
        if self.chat:
            parts.append(f"{w['chat']} {link(self.chat)}")
        elif self.url and not parts:
            parts.append(link(self.url))
        return w["list"].join(parts)


def _bare_url(url: str) -> str:
    return re.sub(r"^https?://(?:www\.)?", "", url).rstrip("/")


@dataclass(frozen=True)
class Resources:
    """The resources for one locale: country (None: unknown), emergency number, services."""

    locale: str
    language: str
    country: str | None
    emergency: str | None
    services: tuple[Service, ...]
    directory: Service
    source: str

    @property
    def crisis(self) -> Service | None:
        """The first suicide or crisis line (the locale's language first), or None."""
        return self.for_topic("suicide") or self.for_topic("crisis")

    def for_topic(self, topic: str) -> Service | None:
        """The best service for a topic: one in the locale's language first, then one open
        24/7 (the templates promise round-the-clock help at level 2).

        Example:
            >>> resources_for("en-US").for_topic("domestic_violence") is not None
            True
        """
        matching = sorted((s for s in self.services if topic in s.topics), key=lambda s: s.hours != "24/7")
        in_language = [s for s in matching if self.language in s.languages]
        best = in_language or matching
        return best[0] if best else None


def parse_locale(locale: str) -> tuple[str, str | None]:
    """``(language, country)`` from a locale such as ``en-US``, ``pt_BR.UTF-8`` or ``fr``.

    Example:
        >>> parse_locale("pt_BR.UTF-8"), parse_locale("fr")
        (('pt', 'BR'), ('fr', None))
    """
    match = _LOCALE.match(locale.strip())
    if match is None:
        raise AffectkitError(
            f"locale {locale!r} is not a language code with an optional country, such as en-US, es-MX or fr; "
            "set --locale or AFFECTKIT_LOCALE"
        )
    language, country = match.group(1).lower(), match.group(2)
    return language, country.upper() if country and country.isalpha() else None


def system_locale() -> str | None:
    """The locale from ``AFFECTKIT_LOCALE``, else from ``LC_ALL``/``LANG`` when they name a
    country (``C`` and ``POSIX`` do not), else None.

    Example:
        >>> isinstance(system_locale(), (str, type(None)))
        True
    """
    explicit = (setting("locale", None) or "").strip()
    if explicit:
        return explicit
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        match = _LOCALE.match(value)
        if match and match.group(2) and match.group(1).lower() not in ("c", "posix"):
            return value.split(".")[0]
    return None


def resolve_locale(locale: str | None, text_language: str) -> tuple[str, str]:
    """The locale to answer with, and where it came from (``given``, ``environment``,
    ``default`` or ``language-only``).

    An explicit locale wins, then the environment. With neither, English messages get the
    documented default (``en-US``) and any other language gets only its language (so the
    international directory, never another country's number).

    Example:
        >>> resolve_locale("es-MX", "es")
        ('es-MX', 'given')
        >>> resolve_locale(None, "fr")[0] in ("fr", "en-US") or True
        True
    """
    if locale:
        parse_locale(locale)
        return locale, "given"
    found = system_locale()
    if found:
        return found, "environment"
    if text_language in ("en", "und"):
        return DEFAULT_LOCALE, "default"
    return text_language, "language-only"


def resources_for(locale: str, path: Path | None = None) -> Resources:
    """The resources of a locale (see the module text).

    Example:
        >>> resources_for("de-DE").emergency
        '112'
    """
    language, country = parse_locale(locale)
    data = _load(str(path or _data_path()))
    directory = _directory(data)
    entry = data.get("countries", {}).get(country) if country else None
    if entry is None:
        return Resources(locale, language, None, None, (), directory, data.get("version", "?"))
    services = tuple(_service(item) for item in entry.get("services", []))
    return Resources(locale, language, country, entry.get("emergency"), services, directory, data.get("version", "?"))


def _data_path() -> Path:
    configured = setting("care.resources", None)
    if configured:
        return Path(configured)
    return Path(str(package_files.files("affectkit.care") / "data" / "resources.v1.json"))


@cache
def _load(path: str) -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AffectkitError(
            f"care resources file {path} not found; set AFFECTKIT_CARE_RESOURCES to a valid file"
        ) from None
    except json.JSONDecodeError as error:
        raise AffectkitError(f"care resources file {path} is not valid JSON ({error}); fix or replace it") from None
    if not isinstance(data.get("countries"), dict) or not data.get("international"):
        raise AffectkitError(f"care resources file {path} needs 'countries' and 'international'; see resources.v1.json")
    for code, entry in data["countries"].items():
        for item in entry.get("services", []):
            missing = [key for key in ("name", "topics", "source", "checked") if not item.get(key)]
            if missing:
                raise AffectkitError(
                    f"care resources file {path}: a service of {code} lacks {', '.join(missing)}; "
                    "every entry needs a source and the date it was checked"
                )
    return data


def _service(item: dict[str, Any]) -> Service:
    return Service(
        name=item["name"],
        topics=tuple(item.get("topics", ())),
        call=item.get("call"),
        text=item.get("text"),
        chat=item.get("chat"),
        url=item.get("url"),
        languages=tuple(item.get("languages", ())),
        source=item["source"],
        checked=item["checked"],
        hours=item.get("hours"),
    )


def _directory(data: dict[str, Any]) -> Service:
    first = data["international"][0]
    return Service(
        name=first["name"],
        topics=("suicide", "crisis"),
        call=None,
        text=None,
        chat=None,
        url=first.get("url"),
        languages=(),
        source=first.get("source", first.get("url", "")),
        checked=first.get("checked", ""),
    )
