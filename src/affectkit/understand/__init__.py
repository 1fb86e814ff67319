"""Affective understanding: text in, emotions out.

Example:
    >>> from affectkit.understand import Analyzer
    >>> Analyzer().analyze("I am so proud of you").dominant in ("pride", "admiration")
    True
"""

from affectkit.understand.analyzer import Analyzer

__all__ = ["Analyzer"]
