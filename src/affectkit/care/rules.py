"""The rule reader: cues of one or more languages, and what cancels, caps or raises them.

For each cue found, the sentence around it decides what it means: a negation right before
it ("I'm not suicidal") or an idiom over it ("dying to see it") cancels it; fiction, games
and software cancel it; a definition, research or the news cancel a cue that does not name
the speaker (so do gardens, devices and medicine taken for an ailment); a joke marker
caps it at level 1; a past that is over caps it at 1 (2 without
a sign of recovery); someone else as its subject moves it to third-party concern. Then time,
means and plan raise active ideation, threats and third-party cues to imminent (4); what
earlier turns add is :mod:`affectkit.care.assess`'s (the conversation's memory).

Example:
    >>> reading = read_rules("I want to kill myself tonight", ["en"])
    >>> reading.levels["suicidal_ideation"], reading.flags["negated"]
    (4, False)
    >>> read_rules("this commute is killing me", ["en"]).levels["suicidal_ideation"]
    0
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from affectkit.care.language import COVERED
from affectkit.care.lexicon import Cue, Lexicon, compiled, load_lexicon
from affectkit.care.types import CATEGORIES, Evidence

SENTENCE = re.compile(r"[^.!?;\n]+[.!?;]*", re.UNICODE)
_WORDS_BEFORE = 6

FLAG_NAMES = ("negated", "figurative", "third_party", "past", "retracted", "question")
_CANCEL_ALL = ("fiction", "game", "software", "pets", "finance")
_REPORTING = ("academic", "definition", "media", "professional")
# cues whose words are a departure (goodbyes, giving things away, not being around): a move explains them
_DEPARTURE = re.compile(r"(?:not_make_it|goodbye|farewell|prepared|giv|away|leav)")
# the writer's own state just before a mention: "I've been feeling suicidal", "i'm so suicidal"
_SELF_STATE = re.compile(
    r"\b(?:i'?m|im|i am|i'?ve been|ive been|i have been|i feel|i felt|i was|i get|i got)\s+"
    r"(?:(?:so|really|very|pretty|kinda|extremely|feeling|getting|quite|a bit|a little|more|less)\s+)*$",
    re.IGNORECASE,
)  # a statement there needs the writer in it
_JOKE_CAPPED = ("suicidal_ideation", "harm_to_others", "acute_distress")  # acts of self-harm are not capped by "lol"


@dataclass
class RuleReading:
    """What the rules found in one text: a level per category, evidence and flags."""

    levels: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    strength: dict[str, float] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0.0))
    evidence: list[Evidence] = field(default_factory=list)
    flags: dict[str, bool] = field(default_factory=lambda: dict.fromkeys(FLAG_NAMES, False))
    distress: bool = False
    escalators: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    rules: list[str] = field(default_factory=list)
    loose_mentions: list[tuple[str, int, int]] = field(default_factory=list)
    """Mentions ("suicide") not tied to the speaker by the words around them: (category, start,
    end). Only a reading of the writer as distressed (the learned head) may raise them."""

    @property
    def level(self) -> int:
        return max(self.levels.values())

    def raise_to(self, category: str, level: int, strength: float) -> None:
        if level > self.levels[category]:
            self.levels[category] = level
        self.strength[category] = max(self.strength[category], strength)


def read_rules(text: str, languages: Sequence[str], *, context: Sequence[str] = ()) -> RuleReading:
    """Read ``text`` with the rules of ``languages``; ``context`` holds earlier turns by the
    same person (oldest first), which gate method questions and feed the escalators.

    Example:
        >>> read_rules("what's the tallest bridge in town", ["en"]).level
        0
        >>> read_rules("what's the tallest bridge in town", ["en"], context=["I can't do this anymore"]).level
        3
    """
    reading = RuleReading()
    lexicons = [load_lexicon(language) for language in dict.fromkeys(languages)]
    if len(lexicons) > 1 and len(lexicons) < len(COVERED):  # a primary language and English beside it
        lexicons = [lexicons[0], *(_portable(lexicon) for lexicon in lexicons[1:])]
    reading.rules = [lexicon.version for lexicon in lexicons]
    sentences = [(m.start(), m.end()) for m in SENTENCE.finditer(text)] or [(0, len(text))]
    recent = " \n".join(context[-3:])
    for lexicon in lexicons:
        if compiled(lexicon.distress).search(text) or (recent and compiled(lexicon.distress).search(recent)):
            reading.distress = True
    for lexicon in lexicons:
        _read_lexicon(text, lexicon, sentences, reading, recent)
    for lexicon in lexicons:
        _escalate(text, lexicon, sentences, reading)
    return reading


def _portable(lexicon: Lexicon) -> Lexicon:
    """The part of a lexicon that runs beside another language's: its portable cues only
    (slang such as "kms"), so its pronouns and function words never misread the other
    language ("he" is Spanish for "I have")."""
    from dataclasses import replace

    return replace(lexicon, cues=tuple(cue for cue in lexicon.cues if cue.id in lexicon.portable))


_CUE_REGEXES: dict[tuple[str, int], list[tuple[Cue, re.Pattern[str]]]] = {}


def _cue_regexes(lexicon: Lexicon) -> list[tuple[Cue, re.Pattern[str]]]:
    """A lexicon's cues with their compiled patterns, built once per lexicon (and portable part)."""
    key = (lexicon.version, len(lexicon.cues))
    found = _CUE_REGEXES.get(key)
    if found is None:
        found = _CUE_REGEXES[key] = [(cue, cue.regex) for cue in lexicon.cues]
    return found


def _sentence_of(position: int, sentences: list[tuple[int, int]]) -> tuple[int, int]:
    for start, end in sentences:
        if start <= position < end:
            return start, end
    return 0, sentences[-1][1] if sentences else 0


def _read_lexicon(
    text: str, lexicon: Lexicon, sentences: list[tuple[int, int]], reading: RuleReading, recent: str
) -> None:
    third_party_spans: list[tuple[int, int]] = []
    hits: list[tuple[Cue, re.Match[str]]] = []
    for cue, regex in _cue_regexes(lexicon):
        for match in regex.finditer(text):
            if match.end() > match.start():
                hits.append((cue, match))
                if cue.kind == "third_party":
                    third_party_spans.append(_sentence_of(match.start(), sentences))
    for cue, match in hits:
        start, end = match.start(), match.end()
        s_start, s_end = _sentence_of(start, sentences)
        sentence = text[s_start:s_end]
        level, lowered_by = _modify(cue, text, start, end, s_start, sentence, lexicon, reading)
        if cue.kind == "gated" and not reading.distress:
            continue
        if cue.kind == "mention" and lowered_by is None and not _about_speaker(sentence[: start - s_start], match[0]):
            reading.loose_mentions.append((cue.category, start, end))
            continue
        if (
            lowered_by is None
            and cue.kind == "statement"
            and cue.category != "medical_emergency"
            and (s_start, s_end) in third_party_spans
            and not _speaker_in(text[s_start:start])
        ):
            lowered_by, level = "third_party", 0
        if lowered_by is not None:
            reading.flags[lowered_by] = True
        if cue.kind in ("question", "gated") and level >= 2:
            reading.flags["question"] = True
        effect = "raised" if level > 0 and lowered_by is None else ("lowered" if lowered_by else "raised")
        reading.evidence.append(
            Evidence(
                category=cue.category,
                level=level,
                start=start,
                end=end,
                text=text[start:end],
                cue=cue.id if lowered_by is None else f"{cue.id}~{lowered_by}",
                effect=effect,
            )
        )
        if level > 0:
            reading.raise_to(cue.category, level, cue.strength)
        if cue.kind == "third_party" and level >= 2:
            reading.flags["third_party"] = True


_SPEAKER = re.compile(r"\b(?:i|i'm|im|yo|je|j'|ich|eu)\b", re.IGNORECASE)


_BARE = re.compile(
    r"^(?:\W|feel(?:ing)?|so|very|really|been|getting|kinda|pretty|super|extremely|always|still|just|too|"
    r"thinking|thought|about|of|considering|contemplating|planning|gonna|going|to|want|wanna|"
    r"muy|tan|me siento|estoy|très|trop|je suis|sehr|so|bin|total|tão|muito|estou|ando|tô)*$",
    re.IGNORECASE,
)


def _about_speaker(prefix: str, mention: str) -> bool:
    """A mention ("suicidal") is about the speaker when the speaker is named before it, or
    when nothing but 'feeling', 'so'... comes before it ("feeling suicidal")."""
    bare = _BARE.match(prefix) is not None and (prefix.strip() != "" or mention.lower().endswith(("al", "ale", "ales")))
    return _speaker_in(prefix, window=60) or bare


def _speaker_in(prefix: str, window: int = 25) -> bool:
    """Whether the words just before a cue name the speaker ("..., and I want to die")."""
    return _SPEAKER.search(prefix[-window:]) is not None


def _modify(
    cue: Cue,
    text: str,
    start: int,
    end: int,
    s_start: int,
    sentence: str,
    lexicon: Lexicon,
    reading: RuleReading,
) -> tuple[int, str | None]:
    """The cue's level after the sentence's modifiers, and the modifier that lowered it."""
    local_start, local_end = start - s_start, end - s_start
    facts = _sentence_facts(lexicon, sentence, text)
    if any(m_start < local_end and local_start < m_end for m_start, m_end in facts.idioms):
        return 0, "figurative"
    if cue.kind in ("statement", "third_party", "mention") and _negated(sentence[:local_start], lexicon):
        return 0, "negated"
    level = cue.level
    contexts = facts.contexts if cue.framed else set()
    if "relocation" in contexts:  # "giving everything away, moving abroad": a departure that is a move
        if _DEPARTURE.search(cue.id):
            return 0, "figurative"
        contexts = contexts - {"relocation"}  # other words keep their weight (a move is no story or game)
    if cue.kind in ("question", "gated"):
        if contexts & {"software", "pets", "finance"}:  # a story or a game stays a thin frame for a method question
            return 0, "figurative"
        if contexts:
            return min(level, 2), "figurative"
        return level, None
    about_someone = cue.kind == "third_party"  # a report about someone else is not cancelled by an essay or the news
    # "feeling suicidal since my dad passed away": a mention tied to the writer is the writer's own
    own_state = cue.kind == "mention" and _SELF_STATE.search(sentence[:local_start]) is not None
    first_person = cue.first_person or own_state
    if contexts & set(_CANCEL_ALL) or (contexts - set(_CANCEL_ALL) and not first_person and not about_someone):
        return 0, "figurative"
    if (
        contexts & set(_REPORTING)
        and cue.kind == "statement"
        and not about_someone
        and not _speaker_in(sentence[:local_start], window=40)
    ):  # "an essay on how the Stoics thought about suicide": the words are not the writer's
        return 0, "figurative"
    if about_someone and "grief" in contexts:  # "my uncle died by suicide": a loss to grieve, care.md's concern
        return min(level, 1), "past"
    if cue.category in _JOKE_CAPPED and facts.joke and level > 1:
        return 1, "figurative"
    if cue.category == "medical_emergency" and facts.past:  # "took a load of pills last weekend": risk, not now
        return min(level, 3), "past"
    if cue.category not in ("medical_emergency",) and facts.past:
        if facts.recovered:
            return min(level, 1), "past"
        return min(level, 2), "past"
    if cue.category not in ("medical_emergency",) and facts.recovered and facts.past_anywhere:
        return min(level, 1), "past"
    return level, None


@dataclass(frozen=True)
class _SentenceFacts:
    idioms: tuple[tuple[int, int], ...]
    contexts: set[str]
    joke: bool
    past: bool
    recovered: bool
    past_anywhere: bool


_FACTS: dict[tuple[str, str, str], _SentenceFacts] = {}


def _sentence_facts(lexicon: Lexicon, sentence: str, text: str) -> _SentenceFacts:
    """What one sentence holds besides its cues, computed once however many cues it has."""
    key = (lexicon.version, sentence, text)
    found = _FACTS.get(key)
    if found is not None:
        return found
    if len(_FACTS) > 2048:
        _FACTS.clear()
    found = _FACTS[key] = _SentenceFacts(
        idioms=tuple((m.start(), m.end()) for idiom in lexicon.idioms for m in compiled(idiom).finditer(sentence)),
        contexts={name for name, pattern in lexicon.contexts.items() if compiled(pattern).search(sentence)},
        joke=compiled(lexicon.jokes).search(sentence) is not None and compiled(lexicon.serious).search(text) is None,
        past=compiled(lexicon.past).search(sentence) is not None,
        recovered=compiled(lexicon.recovered).search(text) is not None,
        past_anywhere=compiled(lexicon.past).search(text) is not None,
    )
    return found


def _negated(prefix: str, lexicon: Lexicon) -> bool:
    """A negation among the last ``negation_gap + 1`` words before the cue, in its clause."""
    clause = re.split(r"[,:]|\b(?:but|and|because|so|pero|y|mais|et|aber|und|mas|e)\b", prefix, flags=re.I)[-1]
    if compiled(lexicon.negation_phrases).search(clause):
        return True
    words = re.findall(r"[\w'’]+", clause)[-(lexicon.negation_gap + 1) :]
    if not words:
        return False
    window = " ".join(words)
    return compiled(lexicon.negation).search(window) is not None


def _escalate(text: str, lexicon: Lexicon, sentences: list[tuple[int, int]], reading: RuleReading) -> None:
    """Time, means and plan raise ideation, threats, danger and worry about others to imminent."""
    found: dict[str, list[tuple[int, int]]] = {}
    for name, pattern in lexicon.escalators.items():
        for m in compiled(pattern).finditer(text):
            s_start, s_end = _sentence_of(m.start(), sentences)
            if _negated(text[s_start : m.start()], lexicon) or compiled(lexicon.jokes).search(text[s_start:s_end]):
                continue
            found.setdefault(name, []).append((m.start(), m.end()))
    if not found:
        return
    for name, spans in found.items():
        reading.escalators.setdefault(name, []).extend(spans)
    levels = reading.levels
    means_or_plan = "means" in found or "plan" in found or "farewell" in found or "place" in found
    raised: list[str] = []
    si = levels["suicidal_ideation"]
    distress_with_means = si == 0 and reading.distress and "means" in found and "time" in found
    # letters written and a time set: preparatory behaviour (C-SSRS), imminent even unnamed
    farewell_with_time = si == 0 and "farewell" in found and "time" in found and not reading.flags["past"]
    if si >= 3 or (si >= 2 and means_or_plan) or distress_with_means or farewell_with_time:
        raised.append("suicidal_ideation")
    elif si == 2 and "time" in found and not reading.flags["past"]:  # "two years ago I tried... today I graduated"
        levels["suicidal_ideation"] = 3
    if levels["harm_to_others"] >= 3 and (means_or_plan or "target" in found):
        raised.append("harm_to_others")
    elif "means" in found and "target" in found and not reading.flags["past"]:
        # a weapon at hand and the other's movements known ("dad's shotgun is in my trunk and i know
        # what time she gets off work"): intent with means and plan, though no threat is said
        raised.append("harm_to_others")
    # "my friend attempted when we were 17 ... tonight she gave a talk": a worry that is over has no tonight
    if levels["third_party_concern"] >= 2 and (means_or_plan or "time" in found) and not reading.flags["past"]:
        raised.append("third_party_concern")
    if levels["abuse_victim"] >= 3 and "time" in found:
        raised.append("abuse_victim")
    for category in raised:
        levels[category] = 4
        reading.strength[category] = max(reading.strength[category], 0.85)
        for name, spans in found.items():
            for start, end in spans:
                reading.evidence.append(
                    Evidence(category=category, level=4, start=start, end=end, text=text[start:end],
                             cue=f"{lexicon.language}.escalator.{name}")
                )  # fmt: skip
