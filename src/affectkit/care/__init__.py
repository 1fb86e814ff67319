"""Care: crisis cues recognised and met safely in every path that writes to a person.

``assess`` reads a message (with the person's earlier turns) and gives a level 0-4 for each
of nine categories (care.md), with evidence spans and flags; ``crisis_reply`` writes the
reviewed template reply for levels 2-4 with the locale's resources; ``check_reply`` lists
the reply rules a reply breaks; ``signals`` reads mental-health signals (depression
language, stress and its cause, loneliness, wellness, interpersonal risk, T-SID) with the
words that carry them. Everything runs offline; nothing here sends text anywhere.

Example:
    >>> from affectkit import care
    >>> care.assess("I want to kill myself").level
    3
    >>> care.assess("this commute is killing me").level
    0
"""

from __future__ import annotations

from affectkit.care.assess import assess, assess_batch
from affectkit.care.check import Violation, check_reply
from affectkit.care.mh_signals import signals, signals_batch
from affectkit.care.resources import Resources, resources_for
from affectkit.care.signal_types import SignalEvidence, SignalReading, Signals
from affectkit.care.templates import CrisisReply, crisis_reply
from affectkit.care.types import CATEGORIES, LEVEL_NAMES, CareAssessment, CareFlags, Evidence

__all__ = [
    "CATEGORIES",
    "LEVEL_NAMES",
    "CareAssessment",
    "CareFlags",
    "CrisisReply",
    "Evidence",
    "Resources",
    "SignalEvidence",
    "SignalReading",
    "Signals",
    "Violation",
    "assess",
    "assess_batch",
    "check_reply",
    "crisis_reply",
    "resources_for",
    "signals",
    "signals_batch",
]
