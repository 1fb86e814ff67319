"""``assess``: a care reading of a message, with the turns before it.

Three parts, each able to raise a category: the rules of the message's language (and
English, for code-switched slang), the learned head on the emotion encoder's features
(English; it only raises suicidal ideation to 2, see :mod:`affectkit.care.head`), and the
conversation's memory: a level reached in the last three turns holds, one reached earlier
holds at 2 for ten turns, and a retraction ("jk") after a disclosure keeps the level at 2
or more.

Example:
    >>> assess("I want to kill myself").level
    3
    >>> assess("this commute is killing me").level
    0
    >>> assess("jk", history=["I want to kill myself"]).level >= 2
    True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from affectkit.care.language import detect_language
from affectkit.care.lexicon import available_lexicons, compiled, load_lexicon
from affectkit.care.lexicon.phatic import phatic_only
from affectkit.care.rules import FLAG_NAMES, SENTENCE, RuleReading, read_rules
from affectkit.care.types import CATEGORIES, LEVEL_NAMES, CareAssessment, CareFlags, CareProvenance, Evidence
from affectkit.understand.text import clean_text

HOLD_TURNS = 3
SHORT_MESSAGE_WORDS = 40
CASE_VETO_BELOW = 0.05
REMEMBER_TURNS = 10
MAX_CARE_CHARS = 100_000

History = Sequence[str | Mapping[str, Any]]


def assess(
    text: str,
    history: History | None = None,
    locale: str | None = None,
    *,
    features: Any = None,
    analyzer: Any = None,
    multilingual: Any = None,
    language: str | None = None,
) -> CareAssessment:
    """Assess one message. ``history``: earlier messages by the same person, oldest first
    (strings, or chat messages whose ``role`` is ``user``; others are skipped). ``locale``
    only decides the language when the text is too short to tell; ``language`` (an ISO 639-1
    code or ``'und'``) is the message's language when the caller already knows it, so none
    is detected (an explanation reads every part of a text in the whole text's language).
    The learned heads run when ``features`` (one row of the emotion encoder's logits, VAD and
    pooled vector, from the model the heads were trained on), an ``analyzer`` whose model
    they were trained on, or (Spanish, French, German, Portuguese) ``multilingual`` (the
    message's multilingual-e5 vector, else computed here) is given; without any, only the
    rules and the conversation's memory decide.

    Example:
        >>> a = assess("I haven't eaten in 4 days, I don't deserve food")
        >>> a.categories["eating_disorder"], a.covered
        (2, True)
    """
    text = clean_text(text, max_chars=MAX_CARE_CHARS)
    earlier = _user_turns(history)
    known = language is not None
    language = language if language is not None else detect_language(text)
    if language == "und" and earlier and not known:
        language = detect_language(" ".join(earlier[-3:]))
    if language == "und" and locale and not known:
        language = locale.replace("_", "-").split("-")[0].lower()
    covered = language in available_lexicons() or language == "und"
    rule_languages = _rule_languages(language)
    reading = read_rules(text, rule_languages, context=earlier)
    head_name = encoder = None
    head_scores = None
    if covered and (features is not None or analyzer is not None or multilingual is not None):
        head_name, encoder, head_scores = _apply_heads(reading, text, language, features, analyzer, multilingual)
    message_level = reading.level
    first = max(0, len(earlier) - REMEMBER_TURNS)
    history_levels = [_read_turn(earlier[k], tuple(earlier[max(0, k - 3) : k])) for k in range(first, len(earlier))]
    held = _carry(reading, history_levels)
    _now_after_danger(reading, history_levels[-HOLD_TURNS:], text)
    retracted = False
    if held >= 2 and any(compiled(load_lexicon(lang).retractions).search(text) for lang in rule_languages):
        retracted = True
        reading.flags["retracted"] = True
    levels = dict(reading.levels)
    level = max(levels.values())
    if not covered:
        levels = dict.fromkeys(CATEGORIES, 0)
        level = 0
    confidence = {
        c: round(reading.strength[c] if levels[c] else 1.0 - reading.strength[c] * 0.5, 3) for c in CATEGORIES
    }
    return CareAssessment(
        level=level,
        level_name=LEVEL_NAMES[level],
        categories=levels,
        confidence=confidence,
        evidence=sorted(reading.evidence, key=lambda e: (e.start, -e.level)) if covered else [],
        flags=CareFlags(**{name: bool(reading.flags.get(name)) for name in FLAG_NAMES} | {"retracted": retracted}),
        language=language,
        covered=covered,
        message_level=message_level if covered else 0,
        history_level=max((r.level for r in history_levels), default=0),
        head_scores=head_scores,
        provenance=CareProvenance(
            rules="+".join(reading.rules), head=head_name, encoder=encoder, history_turns=len(earlier)
        ),
    )


def _apply_heads(
    reading: RuleReading, text: str, language: str, features: Any, analyzer: Any, multilingual: Any
) -> tuple[str | None, str | None, dict[str, float] | None]:
    """Run the learned heads that read this language; returns their names, the encoder's
    and the scores."""
    from affectkit.care.cases_head import (
        ENGLISH,
        MULTILINGUAL,
        MULTILINGUAL_LANGUAGES,
        case_reading,
        multilingual_vector,
    )
    from affectkit.care.head import head_fits, load_care_head, text_features

    # a greeting, farewell, thanks or filler alone says nothing of the writer's state: the heads
    # read farewells as crises ("bye", "buenas noches"), so only the rules (and the turns
    # before it) read such a message
    blocked = _blocked(reading, text) or phatic_only(text, "en" if language == "und" else language)
    if language in ("en", "und"):
        head = load_care_head()
        if features is None:
            if analyzer is None or not head_fits(analyzer.model):
                return None, None, None
            features = text_features(analyzer, [text])[0]
        cases = load_care_head(shipped=ENGLISH)
        found = case_reading(cases, features)
        crisis = found.crisis
        # the post head learned from long Reddit posts; on a message the case head's reading
        # must not rule a crisis out (on dev5, unseen by either head, the five messages it
        # over-read (a bash question, a nurse, a definition, a sourdough starter, "gonna kill
        # my brother") had a crisis probability of at most 0.005; the crises it caught 0.37+)
        vetoed = len(text.split()) <= SHORT_MESSAGE_WORDS and crisis < CASE_VETO_BELOW
        scores = _apply_head(reading, text, head, features, blocked, to_two=not vetoed)
        scores["crisis"] = _apply_case_head(reading, text, found, blocked)
        return (
            f"{head.name}@{head.version}+{cases.name}@{cases.version}",
            f"{head.encoder[0]}@{head.encoder[1]}",
            scores,
        )
    if language not in MULTILINGUAL_LANGUAGES:
        return None, None, None
    cases = load_care_head(shipped=MULTILINGUAL)
    vector = multilingual if multilingual is not None else multilingual_vector(text)
    crisis = _apply_case_head(reading, text, case_reading(cases, vector), blocked)
    return f"{cases.name}@{cases.version}", f"{cases.encoder[0]}@{cases.encoder[1]}", {"crisis": crisis}


def _blocked(reading: RuleReading, text: str) -> bool:
    """Whether the rules lowered the words or framed the text, so no head may read it."""
    return _gate(reading.flags, text, reading.rules)


def _gate(flags: Mapping[str, bool], text: str, rules: list[str]) -> bool:
    """The heads' gate from the rules' flags and versions (also what the case heads were
    selected under, in training)."""
    if any(flags[name] for name in ("negated", "figurative", "third_party", "past")):
        return True
    return not _about_the_writer(text, rules)


def _apply_head(
    reading: RuleReading, text: str, head: Any, features: Any, blocked: bool, *, to_two: bool = True
) -> dict[str, float]:
    """Let the emotion-feature head raise suicidal ideation to 2 (``to_two``) or distress to 1
    where the rules did not lower those words; returns its scores."""
    from affectkit.care.head import DISTRESS_CONCERN, NONE_BELOW

    none, distress, suicidal = (float(p) for p in head.probabilities(features)[0])
    two = to_two and not blocked and reading.levels["suicidal_ideation"] < 2
    if two and suicidal >= head.threshold and none < NONE_BELOW:
        reading.raise_to("suicidal_ideation", 2, round(suicidal, 3))
        reading.evidence.append(
            Evidence(
                category="suicidal_ideation", level=2, start=0, end=len(text), text=text[:200], cue="head.suicidal"
            )
        )
    elif two and none < NONE_BELOW and reading.loose_mentions:
        # suicide talk that the words around it do not tie to the writer ("suicide has been on my
        # mind"), inside a text the head reads as its writer's distress: care.md's level 2
        category, start, end = reading.loose_mentions[0]
        reading.raise_to(category, 2, round(1 - none, 3))
        reading.evidence.append(
            Evidence(
                category=category, level=2, start=start, end=end, text=text[start:end], cue="head.distress+mention"
            )
        )
    elif not blocked and distress + suicidal >= DISTRESS_CONCERN and reading.levels["acute_distress"] == 0:
        reading.raise_to("acute_distress", 1, round(distress + suicidal, 3))
    return {"none": round(none, 4), "distress": round(distress, 4), "suicidal": round(suicidal, 4)}


def _apply_case_head(reading: RuleReading, text: str, found: Any, blocked: bool) -> float:
    """Let a case head's reading raise its category to 2 where the rules found less and did
    not lower or frame the words; returns its crisis probability."""
    if found.fires and not blocked and reading.level < 2:
        reading.raise_to(found.category, 2, found.crisis)
        reading.evidence.append(
            Evidence(category=found.category, level=2, start=0, end=len(text), text=text[:200], cue="head.cases")
        )
        # the rules' escalators hold for a crisis the head found as for one they found: at a height
        # or on the tracks now, or means at hand with a time, is imminent ("on the roof rn, just
        # wanted someone to know")
        places = reading.escalators.get("place", [])
        means_now = reading.escalators.get("means") and reading.escalators.get("time")
        if found.category == "suicidal_ideation" and (places or means_now):
            reading.raise_to("suicidal_ideation", 4, found.crisis)
            for start, end in places or reading.escalators["means"]:
                reading.evidence.append(
                    Evidence(category="suicidal_ideation", level=4, start=start, end=end, text=text[start:end],
                             cue="head.cases+escalator")
                )  # fmt: skip
    return float(found.crisis)


def _about_the_writer(text: str, rules: list[str]) -> bool:
    """Whether the head may read the text as its writer's state: nothing frames it as a
    game, software, fiction, a garden, a device, medicine for an ailment, a definition,
    research or a past that is over (the head knows words of dying, not what they are about).

    A message is framed by a frame anywhere in it. A post (more than ``SHORT_MESSAGE_WORDS``
    words and more than three sentences) is framed only by its opening sentence (its title
    or topic) or by frames in at least a third of its sentences: one sentence about a film,
    the trees outside or a year that is over does not make a long post about them (on the
    post head's validation split, such single sentences kept the head out of 13 of the 36
    suicidal posts it missed).

    Example:
        >>> _about_the_writer("my basil is dying, I want it dead", ["en.v1"])
        False
    """
    sentences = [m.group(0) for m in SENTENCE.finditer(text)] or [text]
    is_post = len(text.split()) > SHORT_MESSAGE_WORDS and len(sentences) > 3
    for version in rules:
        lexicon = load_lexicon(version.split(".")[0])
        if not is_post:
            if _framed(text, lexicon):
                return False
            continue
        framed = [_framed(sentence, lexicon) for sentence in sentences]
        if framed[0] or 3 * sum(framed) >= len(sentences):
            return False
    return True


def _framed(text: str, lexicon: Any) -> bool:
    """Whether a frame of ``lexicon`` explains the words of dying in ``text``."""
    if any(compiled(pattern).search(text) for pattern in lexicon.contexts.values()):
        return True
    if compiled(lexicon.past).search(text) or compiled(lexicon.recovered).search(text):
        return True
    if compiled(lexicon.jokes).search(text) and not compiled(lexicon.serious).search(text):  # the head misses jokes
        return True
    return any(compiled(idiom).search(text) for idiom in lexicon.idioms)  # "my legs are dead": dying explained


@lru_cache(maxsize=4096)
def _read_turn(turn: str, context: tuple[str, ...]) -> RuleReading:
    """An earlier turn's rule reading (cached: a conversation re-reads its last turns at every
    new one; the readings are never changed afterwards)."""
    return read_rules(turn, _rule_languages(detect_language(turn)), context=context)


def _rule_languages(language: str) -> list[str]:
    ready = available_lexicons()
    if language == "und":
        return list(ready)
    if language in ready:
        return [language, "en"] if language != "en" else ["en"]
    return ["en"]


def _user_turns(history: History | None) -> list[str]:
    turns: list[str] = []
    for item in history or []:
        if isinstance(item, str):
            content = item
        elif isinstance(item, Mapping):
            if item.get("role", "user") != "user":
                continue
            content = str(item.get("content", ""))
        else:
            continue
        if content.strip():
            turns.append(content.strip()[:MAX_CARE_CHARS])
    return turns


_NOW_RAISES = ("suicidal_ideation", "harm_to_others", "abuse_victim", "third_party_concern")
_AFTER_IDEATION = ("time", "means", "plan", "farewell")


def _now_after_danger(reading: RuleReading, recent: list[RuleReading], text: str) -> None:
    """The conversation's escalation: a time word now ("he's coming now", "tonight") after a
    high-level danger in the last turns (a threat to kill, a weapon, active ideation) makes
    that danger imminent, and so do time, means, a plan or a farewell after suicidal ideation
    ("I've decided. Tonight." after "I want to die")."""
    for category in _NOW_RAISES:
        if reading.levels[category] >= 4:
            continue
        if category == "suicidal_ideation":
            kinds = [k for k in _AFTER_IDEATION if k in reading.escalators]
            raised = bool(kinds) and any(earlier.levels[category] >= 2 for earlier in recent)
        else:
            kinds = ["time"] if "time" in reading.escalators else []
            raised = bool(kinds) and any(earlier.levels[category] >= 3 for earlier in recent)
        if raised:
            reading.levels[category] = 4
            start, end = reading.escalators[kinds[0]][0]
            reading.evidence.append(
                Evidence(
                    category=category, level=4, start=start, end=end, text=text[start:end], cue="history.danger+time"
                )
            )


def _carry(reading: RuleReading, history: list[RuleReading]) -> int:
    """Raise the message's categories to what the last turns reached; returns the held level."""
    held = 0
    for distance, earlier in enumerate(reversed(history), start=1):
        cap = 4 if distance <= HOLD_TURNS else 2
        for category, level in earlier.levels.items():
            kept = min(level, cap) if level >= 2 else 0
            if kept > reading.levels[category]:
                reading.levels[category] = kept
                reading.strength[category] = max(reading.strength[category], earlier.strength[category] * 0.9)
                reading.evidence.append(
                    Evidence(category=category, level=kept, start=0, end=0, text="", cue=f"history.turn-{distance}")
                )
            held = max(held, kept)
    return held


def assess_batch(
    texts: Sequence[str],
    histories: Sequence[History | None] | None = None,
    locale: str | None = None,
    *,
    analyzer: Any = None,
    features: Sequence[Any] | None = None,
    language: str | None = None,
) -> list[CareAssessment]:
    """Assess many messages, each with its own history (or none). The learned heads read
    ``features`` (one row per text, from a pass the caller already made) or, with an
    ``analyzer``, features from one batched encoder pass; Spanish, French, German and
    Portuguese messages get their multilingual vectors from one batched pass too.
    ``language``: every message's language when the caller knows it (see :func:`assess`).

    Example:
        >>> [a.level for a in assess_batch(["I want to die", "what a lovely day"])]
        [2, 0]
    """
    if histories is not None and len(histories) != len(texts):
        raise ValueError(f"{len(histories)} histories for {len(texts)} texts")
    if features is not None and len(features) != len(texts):
        raise ValueError(f"{len(features)} feature rows for {len(texts)} texts")
    rows: list[Any] = list(features) if features is not None else [None] * len(texts)
    vectors: list[Any] = [None] * len(texts)
    if (analyzer is not None or features is not None) and texts:
        from affectkit.care.cases_head import MULTILINGUAL_LANGUAGES
        from affectkit.care.head import head_fits, text_features
        from affectkit.models.multilingual import embed

        cleaned = [clean_text(t, max_chars=MAX_CARE_CHARS) for t in texts]
        if features is None and head_fits(analyzer.model):
            rows = list(text_features(analyzer, cleaned))
        learned = [analyzer is not None or row is not None for row in rows]  # a None row reads by the rules alone
        read_as = [language or detect_language(t) for t in cleaned]
        others = [i for i in range(len(cleaned)) if learned[i] and read_as[i] in MULTILINGUAL_LANGUAGES]
        for i, vector in zip(others, embed([cleaned[i] for i in others]), strict=True):
            vectors[i] = vector
    return [
        assess(
            text,
            histories[i] if histories is not None else None,
            locale,
            features=rows[i],
            multilingual=vectors[i],
            language=language,
        )
        for i, text in enumerate(texts)
    ]
