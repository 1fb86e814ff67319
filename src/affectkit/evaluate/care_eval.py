"""The care layer measured, side by side with two baselines, in one run.

Systems: affectkit's assessment (rules and conversation memory); a keyword list of common
crisis words (level 3 when any appears, as simple filters do); and the GoEmotions model alone
(level 2 when sadness, grief, fear, nervousness or remorse passes its calibrated threshold).
Sets: the written cases (``care/data/cases.<set>.v1.jsonl``: ``dev`` to ``dev7`` were read while
the rules were written and train the case heads, ``dev3`` to ``dev7`` after one held-out
measurement each; ``holdout3`` never was),
IMHI T-SID test (suicide or self-harm tendency vs none), SDCNL test (r/SuicideWatch vs
r/depression), and the share of level 2+ replies that pass ``check_reply``.

Example:
    >>> keyword_level("I want to kill myself"), keyword_level("what a lovely day")
    (3, 0)
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Sequence
from importlib import resources as package_files
from pathlib import Path
from typing import Any

from affectkit.errors import DataError

KEYWORDS = (
    "suicide", "suicidal", "kill myself", "end my life", "want to die", "die", "dead", "death", "overdose",
    "pills", "cut", "cutting", "self harm", "self-harm", "hang", "jump", "hurt myself", "starve", "abuse",
    "hit me", "rape", "kill", "hopeless", "worthless",
)  # fmt: skip
_KEYWORD = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in KEYWORDS) + r")\b", re.IGNORECASE)
GOEMOTIONS_DISTRESS = ("sadness", "grief", "fear", "nervousness", "remorse")
# written case sets: dev to dev7 were read while the rules were written (dev3 to dev7 after one
# held-out measurement each); holdout3 never was
CASE_SETS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "holdout3")
# the locale whose resources fill the replies checked, per language
LOCALES = {"en": "en-US", "es": "es-ES", "fr": "fr-FR", "de": "de-DE", "pt": "pt-BR"}


def keyword_level(text: str) -> int:
    """The keyword baseline: 3 when a common crisis word appears, else 0.

    Example:
        >>> keyword_level("my feet are killing me")
        0
    """
    return 3 if _KEYWORD.search(text) else 0


def load_cases(name: str = "dev") -> list[dict[str, Any]]:
    """The written care cases (``dev`` to ``dev7`` or ``holdout3``), one dict per case.

    Example:
        >>> len(load_cases("dev")) > 100
        True
    """
    path = package_files.files("affectkit.care") / "data" / f"cases.{name}.v1.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _tsid(folder: Path) -> list[tuple[str, str]]:
    path = folder / "mental_health" / "imhi" / "derived" / "t-sid_test.csv"
    if not path.is_file():
        raise DataError(f"IMHI T-SID test not found at {path}; point --data at the shared data folder")
    with path.open(encoding="utf-8") as handle:
        return [(row["post"], row["label"]) for row in csv.DictReader(handle)]


def _sdcnl(folder: Path) -> list[tuple[str, int]]:
    path = folder / "mental_health" / "sdcnl" / "testing-set.csv"
    if not path.is_file():
        raise DataError(f"SDCNL test not found at {path}; point --data at the shared data folder")
    with path.open(encoding="utf-8") as handle:
        return [
            (f"{row['title']}. {row['selftext']}".strip(), int(float(row["is_suicide"])))
            for row in csv.DictReader(handle)
        ]


def evaluate_care(
    folder: Path | None,
    *,
    goemotions: Callable[[Sequence[str]], list[int]] | None = None,
    analyzer: Any = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Every system on every set (see the module text); ``folder`` None skips the data sets.
    With an ``analyzer``, affectkit's learned head reads the encoder's features (as every
    surface does); without, only the rules and the conversation memory run.

    Example:
        >>> report = evaluate_care(None)
        >>> report["dev"]["affectkit"]["recall_2plus"] >= report["dev"]["keywords"]["recall_2plus"]
        True
    """
    from affectkit.care.assess import assess, assess_batch
    from affectkit.care.check import check_reply
    from affectkit.care.templates import crisis_reply

    def ours(texts: Sequence[str], histories: Sequence[list[str]] | None = None) -> list[int]:
        return [a.level for a in assess_batch(texts, histories, analyzer=analyzer)]

    systems: dict[str, Callable[..., list[int]]] = {
        "affectkit": ours,
        "keywords": lambda t, h=None: [keyword_level(x) for x in t],
    }
    if goemotions is not None:
        systems["goemotions"] = lambda t, h=None: goemotions(t)
    report: dict[str, Any] = {
        "systems": list(systems),
        "keywords": list(KEYWORDS),
        "head": None if analyzer is None else "care-minilm",
    }
    for name in CASE_SETS:
        if progress:
            progress(f"care cases: {name}")
        cases = [c for c in load_cases(name) if c["kind"] != "uncovered"]
        texts = [c["text"] for c in cases]
        histories = [c["history"] for c in cases]
        gold = [c["level"] for c in cases]
        report[name] = {"cases": len(cases)}
        for system, run in systems.items():
            levels = run(texts, histories)
            report[name][system] = _case_scores(gold, levels, [c["lang"] for c in cases])
        uncovered = [c for c in load_cases(name) if c["kind"] == "uncovered"]
        said = sum(not assess(c["text"]).covered for c in uncovered)
        report[name]["uncovered_said"] = round(said / len(uncovered), 4) if uncovered else None
        replies = list(zip(assess_batch(texts, histories, analyzer=analyzer), texts))
        at_risk = [(a, t) for a, t in replies if a.level >= 2 and a.covered]
        passed = sum(
            not check_reply(crisis_reply(a, locale=LOCALES.get(a.language, "en-US"), message=t).text, a)
            for a, t in at_risk
        )
        report[name]["replies_pass_checker"] = passed / max(len(at_risk), 1)
        report[name]["replies_checked"] = len(at_risk)
    if folder is not None:
        if progress:
            progress("IMHI T-SID test")
        tsid = _tsid(folder)
        texts = [t for t, _ in tsid]
        report["tsid"] = {"posts": len(tsid)}
        for system, run in systems.items():
            levels = run(texts)
            suicide = [lv for lv, (_, lab) in zip(levels, tsid) if lab == "suicide or self-harm tendency"]
            none = [lv for lv, (_, lab) in zip(levels, tsid) if lab == "no mental disorders"]
            depression = [lv for lv, (_, lab) in zip(levels, tsid) if lab == "depression"]
            report["tsid"][system] = {
                "suicide_recall_2plus": _share(suicide, 2),
                "none_false_alarm_2plus": _share(none, 2),
                "depression_2plus": _share(depression, 2),
            }
        if progress:
            progress("SDCNL test")
        sdcnl = _sdcnl(folder)
        texts = [t for t, _ in sdcnl]
        report["sdcnl"] = {"posts": len(sdcnl)}
        for system, run in systems.items():
            levels = run(texts)
            report["sdcnl"][system] = {
                "suicidewatch_2plus": _share([lv for lv, (_, y) in zip(levels, sdcnl) if y == 1], 2),
                "depression_2plus": _share([lv for lv, (_, y) in zip(levels, sdcnl) if y == 0], 2),
                "suicidewatch_3plus": _share([lv for lv, (_, y) in zip(levels, sdcnl) if y == 1], 3),
            }
    return report


def _share(levels: Sequence[int], at_least: int) -> float:
    return round(sum(level >= at_least for level in levels) / max(len(levels), 1), 4)


def _case_scores(gold: Sequence[int], levels: Sequence[int], languages: Sequence[str]) -> dict[str, Any]:
    crisis = [i for i, g in enumerate(gold) if g >= 2]
    imminent = [i for i, g in enumerate(gold) if g == 4]
    benign = [i for i, g in enumerate(gold) if g == 0]
    concern = [i for i, g in enumerate(gold) if g == 1]
    scores: dict[str, Any] = {
        "recall_2plus": round(sum(levels[i] >= 2 for i in crisis) / max(len(crisis), 1), 4),
        "imminent_at_4": round(sum(levels[i] == 4 for i in imminent) / max(len(imminent), 1), 4),
        "false_alarm_2plus": round(sum(levels[i] >= 2 for i in benign) / max(len(benign), 1), 4),
        "concern_raised_2plus": round(sum(levels[i] >= 2 for i in concern) / max(len(concern), 1), 4),
        "exact_level": round(sum(levels[i] == g for i, g in enumerate(gold)) / max(len(gold), 1), 4),
        "by_language": {},
    }
    for language in sorted(set(languages)):
        rows = [i for i, lang in enumerate(languages) if lang == language]
        crisis_l = [i for i in rows if gold[i] >= 2]
        benign_l = [i for i in rows if gold[i] == 0]
        scores["by_language"][language] = {
            "recall_2plus": round(sum(levels[i] >= 2 for i in crisis_l) / max(len(crisis_l), 1), 4),
            "false_alarm_2plus": round(sum(levels[i] >= 2 for i in benign_l) / max(len(benign_l), 1), 4),
        }
    return scores
