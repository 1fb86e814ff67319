"""A short message's language from its words: the share of each language's most frequent
function words, chat slang that names its language ("jajaja", "kkkk", "mdr", "lol"), and
letters only some languages use; and the rule that weighs those words against the
character n-gram identifier (:mod:`affectkit.understand.langid`). The care layer
(:mod:`affectkit.care.language`) and :func:`affectkit.understand.langid.read_language` both
read short messages with it.

Example:
    >>> by_function_words("jajaja era broma", words_of("jajaja era broma"))
    ('es', 1.0)
    >>> weigh_words("kms", ("da", 0.6))
    ('en', 1.0)
"""

from __future__ import annotations

import re
from collections import Counter

FULL_LISTS: tuple[str, ...] = ("en", "es", "fr", "de", "pt")
"""The languages with long word lists: another Latin-script language must clearly beat English."""

NGRAM_MIN_WORDS = 6
"""From this many words the identifier's reading stands (short messages go by their words)."""
SHORT_CONFIDENCE = 0.9
"""A short message with no function word takes the identifier's reading from this posterior."""
ENGLISH_OVERRIDE = 0.999
"""An ASCII message with one English function word stays English below this posterior."""

FUNCTION_WORDS: dict[str, frozenset[str]] = {
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
"""Each language's most frequent function words (and a few everyday words of distress)."""

ENGLISH_CHAT: frozenset[str] = frozenset(
    {
        "ok", "okay", "okey", "k", "kk", "thanks", "thank", "thx", "ty", "tysm", "yes", "yeah", "yea", "yep",
        "yup", "nope", "nah", "hi", "hello", "hey", "heya", "bye", "sure", "cool", "nice", "great", "awesome",
        "wow", "please", "pls", "plz", "sorry", "welcome", "np", "yw", "haha", "hehe", "lol",
    }
)  # fmt: skip
"""English chat words: a message of these alone reads as English where a language is needed
(:func:`affectkit.understand.langid.read_language`; the care layer leaves "ok" undetermined)."""

LETTERS: dict[str, str] = {"es": "ñ¿¡", "fr": "œèêëîïûùÿ", "de": "ßäöü", "pt": "ãõ", "pl": "łąęśźżćń", "tr": "ğış"}
"""Letters (and marks) that only some of the listed languages use."""

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)

# chat laughter and slang name their language: "jajaja", "kkkk", "mdr", "lol"
_SLANG: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?:ja){2,}j?$|^jsjs\w*$|^xd+$"), "es"),
    (re.compile(r"^k{3,}$|^(?:rs){2,}$|^(?:hue){2,}$|^vc$|^tb$|^pq$"), "pt"),
    (re.compile(r"^(?:mdr|ptdr|jpp|mdrr+|ptdrr+|tkt|chui|jsp)$"), "fr"),
    (re.compile(r"^(?:ha){2,}h?$|^(?:lol|lmao+|lmfao|jk|idk|tbh|ngl|omg|smh|kms|kys|rn|ur|u|gonna|wanna)$"), "en"),
    (re.compile(r"^(?:digga|alter|bruh|xd|hdl|hdgdl|vllt|kp|wtf)$"), "de"),
)


def words_of(text: str) -> list[str]:
    """The text's words (letters, one inner apostrophe), lowercased; a typographic apostrophe
    splits a word (``I’m`` is ``i`` and ``m``), as the care layer has always read it.

    Example:
        >>> words_of("I'm OK, 42 times!")
        ["i'm", 'ok', 'times']
    """
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def slang_language(word: str) -> str | None:
    """The language a chat word or laugh names, if any.

    Example:
        >>> slang_language("jajaja"), slang_language("kkkk"), slang_language("table")
        ('es', 'pt', None)
    """
    for pattern, lang in _SLANG:
        if pattern.match(word):
            return lang
    return None


def by_function_words(text: str, words: list[str], favoured: tuple[str, ...] = FULL_LISTS) -> tuple[str, float]:
    """The language whose function words, slang and letters the message holds most of, and
    its share of all hits (``('und', 0.0)`` when too few or tied). In an ASCII message with
    an English word, a language outside ``favoured`` must beat English by a whole word.

    Example:
        >>> by_function_words("je ne sais pas", words_of("je ne sais pas"))
        ('fr', 0.6)
        >>> by_function_words("ok", ["ok"])
        ('und', 0.0)
    """
    special = Counter(ch for ch in text.lower() if not ch.isascii())
    unique = Counter(words)
    for word, count in list(unique.items()):
        slang = slang_language(word)
        if slang is not None:
            unique[f"<{slang}>"] = unique.get(f"<{slang}>", 0) + count
    scores: dict[str, float] = {}
    for lang, vocabulary in FUNCTION_WORDS.items():
        hits = sum(count for word, count in unique.items() if word in vocabulary) + unique.get(f"<{lang}>", 0)
        letters = sum(special[ch] for ch in LETTERS.get(lang, ""))
        scores[lang] = hits + 1.5 * min(letters, 3)
    if text.isascii() and scores["en"] > 0:  # a language outside `favoured` must clearly beat English
        for lang in scores:
            if lang not in favoured and scores[lang] < scores["en"] + 1:
                scores[lang] = min(scores[lang], scores["en"] - 0.5)
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best, top = ranked[0]
    runner = ranked[1][1]
    total = sum(scores.values())
    if top < 1.0 or (top < 2.0 and len(words) > 3) or top == runner:
        return "und", 0.0
    return best, round(top / total, 3) if total else 0.0


def weigh_words(text: str, identified: tuple[str, float], favoured: tuple[str, ...] = FULL_LISTS) -> tuple[str, float]:
    """The language of a message given the identifier's reading (``identified``: language and
    posterior): a message under :data:`NGRAM_MIN_WORDS` words goes by its function words
    when one of them is there (slang such as "jajaja era broma" misleads the n-grams of a
    short message), else by the identifier when it is sure, else ``'und'``; a longer one by
    the identifier, except that an ASCII message with two English function words (or one,
    when the identifier is not sure) stays English.

    Example:
        >>> weigh_words("no sé, tal vez mañana", ("es", 0.97))
        ('es', 0.556)
        >>> weigh_words("", ("und", 0.0))
        ('und', 0.0)
    """
    words = words_of(text)
    if not words:
        return "und", 0.0
    by_words = by_function_words(text, words, favoured)
    found, confidence = identified
    if len(words) < NGRAM_MIN_WORDS:
        named = by_words[0] in FUNCTION_WORDS and any(
            w in FUNCTION_WORDS[by_words[0]] or slang_language(w) == by_words[0] for w in words
        )
        if named or confidence < SHORT_CONFIDENCE:  # letters alone (ä, ö) are no proof of German
            return by_words
        return found, confidence
    if found != "en" and text.isascii() and by_words[0] == "en":
        english = {w for w in words if w in FUNCTION_WORDS["en"] or slang_language(w) == "en"}
        if len(english) >= 2 or confidence < ENGLISH_OVERRIDE:
            return by_words
    return found, confidence
