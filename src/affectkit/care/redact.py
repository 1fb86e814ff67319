"""Redaction before text leaves the machine: emails, phone numbers, URLs, @handles, card,
IBAN and ID numbers become placeholders, and the counts say what was removed.

What it does not cover (README): names of people and places, street addresses, dates of
birth, and anything identifying said in words ("my sister who teaches at ..."). A remote
model still sees the rest of the message.

Example:
    >>> r = redact("mail me at ana@example.org or call +1 (555) 123-4567")
    >>> r.text, r.found
    ('mail me at [EMAIL] or call [PHONE]', {'email': 1, 'phone': 1})
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

_PATTERNS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("email", "[EMAIL]", re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")),
    ("url", "[URL]", re.compile(r"\b(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)),
    ("iban", "[IBAN]", re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")),
    ("card", "[CARD]", re.compile(r"\b(?:\d[ -]?){12,18}\d\b")),
    (
        "id",
        "[ID]",
        re.compile(r"\b\d{3}-\d{2}-\d{4}\b|\b(?=[A-Z0-9-]*\d[A-Z0-9-]*\d[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9-]{8,}\b"),
    ),
    (
        "phone",
        "[PHONE]",
        re.compile(r"(?<![\w@])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]?\d{2,4}){2,4}(?![\w@])"),
    ),
    ("handle", "[HANDLE]", re.compile(r"(?<![\w@])@[A-Za-z0-9_]{2,30}\b")),
)


@dataclass(frozen=True)
class Redacted:
    """A redacted text and how many of each kind were replaced."""

    text: str
    found: dict[str, int] = field(default_factory=dict)


def redact(text: str) -> Redacted:
    """Replace emails, URLs, IBANs, card numbers (Luhn-checked), ID numbers, phone numbers
    and @handles by placeholders.

    Example:
        >>> redact("card 4111 1111 1111 1111, @sam_92").text
        'card [CARD], [HANDLE]'
    """
    found: dict[str, int] = {}
    for kind, placeholder, pattern in _PATTERNS:

        def replace(match: re.Match[str], kind: str = kind, placeholder: str = placeholder) -> str:
            if kind == "card" and not _luhn(re.sub(r"\D", "", match.group())):
                return match.group()
            if kind == "phone" and len(re.sub(r"\D", "", match.group())) < 7:
                return match.group()
            found[kind] = found.get(kind, 0) + 1
            return placeholder

        text = pattern.sub(replace, text)
    return Redacted(text=text, found=found)


def _luhn(digits: str) -> bool:
    if not 13 <= len(digits) <= 19:
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def is_local(base_url: str | None) -> bool:
    """Whether an LLM at ``base_url`` runs on this machine (loopback); None means in process.

    Example:
        >>> is_local("http://127.0.0.1:8080/v1"), is_local("https://api.example.com/v1"), is_local(None)
        (True, False, True)
    """
    if base_url is None:
        return True
    host = urlsplit(base_url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
