"""Checking texts before analysis, and splitting long documents into sentences.

Example:
    >>> clean_text("  hi  ")
    'hi'
    >>> split_sentences("One. Two! Three?")
    ['One.', 'Two!', 'Three?']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from affectkit.errors import EmptyTextError, InputError, TextEncodingError, TextTooLongError

if TYPE_CHECKING:
    from affectkit.models.features import Encoder

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n{2,}")


def clean_text(text: object, *, max_chars: int = 100_000, where: str = "text") -> str:
    """Return the text stripped of outer whitespace, or raise an error naming the fix.

    Accepts ``str`` and UTF-8 ``bytes``.

    Example:
        >>> clean_text(b"caf\\xc3\\xa9")
        'café'
    """
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as error:
            raise TextEncodingError(
                f"{where} is not valid UTF-8 (byte {error.start}); decode it with its real encoding, "
                "e.g. data.decode('latin-1'), before analysing"
            ) from None
    if not isinstance(text, str):
        raise InputError(f"{where} must be a string, got {type(text).__name__}; pass str or UTF-8 bytes")
    if "\x00" in text:
        raise InputError(f"{where} contains NUL characters, which text does not; is it a binary file?")
    if not is_valid_unicode(text):
        raise TextEncodingError(
            f"{where} contains invalid Unicode (a lone surrogate); decode the source with errors='replace' or fix it"
        )
    stripped = text.strip()
    if not stripped:
        raise EmptyTextError(f"{where} is empty or only whitespace; give a text with at least one word")
    if len(stripped) > max_chars:
        raise TextTooLongError(
            f"{where} has {len(stripped):,} characters, more than the limit of {max_chars:,}; "
            "split it, or raise the limit with Analyzer(max_chars=...)"
        )
    return stripped


def split_sentences(text: str) -> list[str]:
    """Split on sentence-final punctuation followed by space, and on blank lines.

    Example:
        >>> split_sentences("Hi there.\\n\\nNew paragraph")
        ['Hi there.', 'New paragraph']
    """
    return [piece.strip() for piece in _SENTENCE_END.split(text) if piece and piece.strip()]


def is_valid_unicode(text: str) -> bool:
    """False for a string holding a lone surrogate, which no UTF-8 file or database can store.

    Example:
        >>> is_valid_unicode("café"), is_valid_unicode("bad " + chr(0xD800))
        (True, False)
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def sentence_pieces(text: str, encoder: Encoder) -> list[str]:
    """Whole sentences packed into pieces of at most ``max_tokens - 2`` tokens (a longer
    sentence is a piece of its own, which the encoder cuts); a text without sentence ends
    is one piece.

    Example:
        >>> from affectkit.testing import FakeEncoder
        >>> sentence_pieces("A b. C d. E f.", FakeEncoder(max_tokens=8))
        ['A b. C d.', 'E f.']
    """
    budget = encoder.max_tokens - 2
    pieces: list[str] = []
    current: list[str] = []
    used = 0
    for sentence in split_sentences(text):
        size = encoder.count_tokens(sentence)
        if current and used + size > budget:
            pieces.append(" ".join(current))
            current, used = [], 0
        current.append(sentence)
        used += size
    if current:
        pieces.append(" ".join(current))
    return pieces or [text]
