"""Which language a message is in, well enough to pick the care rules that read it.

A small, offline identifier: the share of a language's most frequent function words among
the message's words, helped by letters only some languages use, and the script for
languages written outside the Latin alphabet. It knows more languages than the care layer
covers, so that an Italian or Polish message is said to be uncovered instead of being read
by Spanish or German rules. Messages too short to tell are ``'und'``.

Example:
    >>> detect_language("No puedo más, quiero desaparecer de este mundo")
    'es'
    >>> detect_language("Ich kann nicht mehr und will nicht mehr leben")
    'de'
    >>> detect_language("kms")
    'en'
    >>> detect_language("ok")
    'und'
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

COVERED: tuple[str, ...] = ("en", "es", "fr", "de", "pt")

_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the and to of a i you it is that in my me this for not was be have with on but are so just "
        "what do at can i'm don't all your he she we they if like no or myself am anymore want feel "
        "been because him her would will there about how when who an out up going im dont cant by need get got from "
        "could should really some any more much very after before over down off into than then them their "
        "just know think best fast week day night",
        "es": "el la de que y en los se del las un por con no una su para es al lo como más pero sus le "
        "ya o fue este ha sí porque esta son entre cuando muy sin sobre también me hasta hay donde "
        "quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes "
        "algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco "
        "ella estar estas algunas algo nosotros mi mis tú te ti tu tus quiero puedo estoy soy tengo "
        "voy hacer vida nadie siento todavía ahora demasiado creo hace solo entonces siempre también eso mucho "
        "estaba tengo hoy veces sería pienso mejor",
        "fr": "le la les de des du un une et est en que qui dans pour pas sur au avec ce il elle je tu "
        "nous vous ils elles ne se plus par mais ou son sa ses mon ma mes ton ta tes leur on y suis "
        "es sont être avoir ai as a été fait cette ces aux moi toi lui me te veux peux vais j'ai "
        "c'est n'est rien personne vie envie",
        "de": "der die das und ist nicht ich du er sie es wir ihr zu den dem des ein eine einen einem "
        "mit auf für von an im in ist sich auch als noch wie bei aus nach wenn nur so kann mehr "
        "mich mir dich dir mein meine habe hab bin bist sind war will keine kein niemand leben "
        "oder aber weil dass was wer wo heute morgen",
        "pt": "o a os as de do da dos das um uma e é em no na nos nas que não se por para com como "
        "mais mas ao seu sua eu você ele ela nós eles elas meu minha estou sou tenho vou quero "
        "posso isso isto esse essa já também muito nada ninguém vida aqui hoje porque quando "
        "tô tá pra pro aguento faz ainda acho demais só então agora sempre estava tenho tudo desde "
        "sem mim comigo melhor pior dele dela nem vai ficar ficaria gente",
        "it": "il lo la i gli le di del della che e è un una per non con sono ho mi ti si ma anche "
        "come più questo questa io tu lui lei noi voi loro mio mia sei siamo voglio posso niente "
        "nessuno vita perché quando sempre già ancora di ci ce sto stai andiamo questo perché",
        "nl": "de het een en van ik je niet dat is op te zijn met voor die er maar om ook als aan bij "
        "nog wat mijn wil kan geen meer heb ben hij zij wij jullie naar dan wel",
        "pl": "i w nie na się z że to jest do jak co ale o po tak już mnie mi jestem chcę mogę nikt "
        "życie jego jej ich być był była by tylko dla przez",
        "tr": "ve bir bu da de için ile ben sen o biz siz onlar değil var yok çok daha gibi ama ne "
        "mi mı istiyorum artık hiç kimse hayat",
        "sv": "och i att det som en på är av för med till den inte har jag du han hon vi de om men "
        "ett så vill kan mig min mitt inget ingen livet",
    }.items()
}

_LETTERS: dict[str, str] = {"es": "ñ¿¡", "fr": "œèêëîïûùÿ", "de": "ßäöü", "pt": "ãõ", "pl": "łąęśźżćń", "tr": "ğış"}

_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("HANGUL", "ko"), ("CJK", "zh"), ("CYRILLIC", "ru"),
    ("ARABIC", "ar"), ("HEBREW", "he"), ("GREEK", "el"), ("DEVANAGARI", "hi"), ("THAI", "th"),
    ("BENGALI", "bn"), ("TAMIL", "ta"), ("GEORGIAN", "ka"), ("ARMENIAN", "hy"),
)  # fmt: skip

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language, or ``'und'`` when it cannot be told.

    Example:
        >>> detect_language("J'en peux plus, je veux en finir avec tout ça")
        'fr'
    """
    return detect_language_scored(text)[0]


@lru_cache(maxsize=4096)  # assess_batch, assess and the history turns ask again for the same text
def detect_language_scored(text: str) -> tuple[str, float]:
    """The language and a confidence in 0-1. A script other than Latin decides at once;
    a message of ``NGRAM_MIN_WORDS`` words or more is read by the character n-gram
    identifier (:mod:`affectkit.understand.langid`, 40+ languages); a shorter one by its
    function words when one of them is there (slang such as "jajaja era broma" misleads the
    n-grams of a short message), else by the identifier when it is sure, else ``'und'``.
    An ASCII message with two English function words (or one, when the identifier is not
    sure) stays English: the identifier alone read 1.5% of English Reddit comments as
    other languages.

    Example:
        >>> detect_language_scored("não aguento mais, quero sumir")[0]
        'pt'
        >>> detect_language_scored("Minä en jaksa enää, kaikki on niin raskasta")[0]
        'fi'
    """
    script = _script_language(text)
    if script is not None:
        return script, 1.0
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    if not words:
        return "und", 0.0
    by_words = _by_function_words(text, words)
    from affectkit.understand.langid import identify

    found, confidence = identify(text)
    if len(words) < NGRAM_MIN_WORDS:
        named = by_words[0] in _FUNCTION_WORDS and any(
            w in _FUNCTION_WORDS[by_words[0]] or _slang_language(w) == by_words[0] for w in words
        )
        if named or confidence < SHORT_CONFIDENCE:  # letters alone (ä, ö) are no proof of German
            return by_words
        return found, confidence
    if found != "en" and text.isascii() and by_words[0] == "en":
        english = {w for w in words if w in _FUNCTION_WORDS["en"] or _slang_language(w) == "en"}
        if len(english) >= 2 or confidence < ENGLISH_OVERRIDE:
            return by_words
    return found, confidence


NGRAM_MIN_WORDS = 6
SHORT_CONFIDENCE = 0.9
ENGLISH_OVERRIDE = 0.999


# chat laughter and slang name their language: "jajaja", "kkkk", "mdr", "lol"
_SLANG: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?:ja){2,}j?$|^jsjs\w*$|^xd+$"), "es"),
    (re.compile(r"^k{3,}$|^(?:rs){2,}$|^(?:hue){2,}$|^vc$|^tb$|^pq$"), "pt"),
    (re.compile(r"^(?:mdr|ptdr|jpp|mdrr+|ptdrr+|tkt|chui|jsp)$"), "fr"),
    (re.compile(r"^(?:ha){2,}h?$|^(?:lol|lmao+|lmfao|jk|idk|tbh|ngl|omg|smh|kms|kys|rn|ur|u|gonna|wanna)$"), "en"),
    (re.compile(r"^(?:digga|alter|bruh|xd|hdl|hdgdl|vllt|kp|wtf)$"), "de"),
)


def _slang_language(word: str) -> str | None:
    for pattern, lang in _SLANG:
        if pattern.match(word):
            return lang
    return None


def _by_function_words(text: str, words: list[str]) -> tuple[str, float]:
    special = Counter(ch for ch in text.lower() if not ch.isascii())
    unique = Counter(words)
    for word, count in list(unique.items()):
        slang = _slang_language(word)
        if slang is not None:
            unique[f"<{slang}>"] = unique.get(f"<{slang}>", 0) + count
    scores: dict[str, float] = {}
    for lang, vocabulary in _FUNCTION_WORDS.items():
        hits = sum(count for word, count in unique.items() if word in vocabulary) + unique.get(f"<{lang}>", 0)
        letters = sum(special[ch] for ch in _LETTERS.get(lang, ""))
        scores[lang] = hits + 1.5 * min(letters, 3)
    if text.isascii() and scores["en"] > 0:  # an uncovered Latin-script language must clearly beat English
        for lang in scores:
            if lang not in COVERED and scores[lang] < scores["en"] + 1:
                scores[lang] = min(scores[lang], scores["en"] - 0.5)
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best, top = ranked[0]
    runner = ranked[1][1]
    total = sum(scores.values())
    if top < 1.0 or (top < 2.0 and len(words) > 3) or top == runner:
        return "und", 0.0
    return best, round(top / total, 3) if total else 0.0


def _script_language(text: str) -> str | None:
    counts: dict[str, int] = {}
    letters = 0
    for ch in text:
        if not ch.isalpha():
            continue
        letters += 1
        if ch.isascii():
            continue
        name = unicodedata.name(ch, "")
        for prefix, lang in _SCRIPTS:
            if name.startswith(prefix):
                counts[lang] = counts.get(lang, 0) + 1
                break
    if not counts or letters == 0:
        return None
    lang, count = max(counts.items(), key=lambda kv: kv[1])
    if count / letters < 0.3:
        return None
    if lang == "zh" and counts.get("ja", 0) > 0:
        return "ja"
    return lang
