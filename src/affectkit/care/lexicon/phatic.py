"""Messages that only keep a conversation going: greetings, farewells, thanks, yes and no,
laughter and fillers ("ok goodnight everyone", "honestly idk", "buenas noches", "tchau").

Such a message says nothing of its own about the writer's state, so the learned care heads
do not read it: on their own they read "bye", "goodnight", "honestly", "hasta mañana" and
"au revoir tout le monde" as a crisis (crisis probability 0.95-1.0 from the case heads, which
learned farewells from written crisis cases). The rules still read every message, and the
turns before it still count: a goodbye after a disclosure is read with that disclosure.

The words are closed lists per covered language, compared after lower-casing and removing
accents; English conversational words are accepted in every language (people write "ok",
"lol" and "bye" in all of them). Words that can carry a state ("done", "over", "tired",
"enough", "nothing") are not on the lists.

Example:
    >>> phatic_only("ok goodnight everyone!", "en"), phatic_only("Buenas noches 😊", "es")
    (True, True)
    >>> phatic_only("goodnight forever", "en"), phatic_only("😭", "en")
    (False, False)
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)

_ENGLISH = """
hi hello hey heya hiya yo sup bye goodbye byebye bye-bye cya ya see you later soon tomorrow tmrw tmr
night nite gn goodnight good morning evening afternoon day ok okay okey k kk alright alrighty fine sure yes yeah
yep yup ya no nope nah thanks thank thx ty tysm cheers welcome sorry np lol lmao lmfao rofl haha hahaha hahahaha
hehe heh omg wow oh ah ahh aw aww hmm hm hmmm um umm uh uhh er ugh meh idk dunno tbh honestly honest literally
basically seriously really actually anyway anyways so well just like i i'm im me my it's its it is that's thats
this that all everyone everybody everyone's guys y'all yall folks love babe dear buddy bro sis friend friends for
now then again same too also and or but the a to talk ttyl brb gtg g2g sweet dreams take
care xoxo xo x don't dont know see you're youre we we're will catch later how how's hows are doing going what's
whats up wassup
"""

_BY_LANGUAGE = {
    "es": """
hola buenas buenos dias dia tardes tarde noches noche adios chao chau hasta luego manana pronto vale ok okey bueno
si no gracias muchas mil de nada perdon jaja jajaja jajajaja jeje pues bien sinceramente honestamente la verdad en
serio literalmente o sea eh ah oh ay mm todos todas a chicos chicas amigos amigas amor carino nos vemos cuidate
cuidense besos beso un una abrazo abrazos saludos igual tambien y pero que se yo lo me voy a dormir tal como
estas esta va todo
""",
    "fr": """
salut coucou bonjour bonsoir bonne nuit journee soiree au revoir a plus tard tantot demain bientot tout toute tous
toutes le la les monde ok okay d'accord dac oui ouais non merci beaucoup de rien pardon desole desolee mdr haha
hihi ben bah bon alors euh hein honnetement franchement sincerement vraiment serieux serieusement litteralement
bref voila quoi amis amies copains cheri cherie bisous bises ciao tchao toi vous aussi et mais je sais pas ne
j'en sais rien vais dormir me coucher ca va comment vas tu
""",
    "de": """
hallo hi hey servus moin tschuss tschuess ciao bye auf wiedersehen bis spater spaeter morgen bald dann gute
nacht guten tag abend ok okay gut ja jo nein nee danke vielen dank schon schoen bitte sorry entschuldigung haha
lol na also naja halt eben ehrlich gesagt echt wirklich ernsthaft eigentlich irgendwie zusammen alle leute ihr
euch dir dich liebe lieber liebes schatz und aber auch ich weiss weiß nicht keine ahnung geh gehe schlafen wie
geht's gehts es
""",
    "pt": """
ola oi oie tchau adeus ate logo mais amanha breve ja bom boa dia tarde noite noites ok okay ta beleza sim nao
obrigado obrigada valeu de nada desculpa desculpe kk kkk kkkk haha rs sinceramente honestamente na verdade serio
literalmente entao enfim ne tipo pessoal gente todos todas a amor querido querida beijos beijo abraco abracos
fui e mas tambem eu sei vou dormir tudo bem como vai voce esta
""",
}


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def phatic_words(language: str) -> frozenset[str]:
    """The conversational words of ``language`` (plain: lower case, no accents), with the
    English ones, which every language accepts.

    Example:
        >>> "adios" in phatic_words("es"), "bye" in phatic_words("de"), "done" in phatic_words("en")
        (True, True, False)
    """
    words = set(_ENGLISH.split())
    words.update(_BY_LANGUAGE.get(language, "").split())
    return frozenset(_plain(w) for w in words)


def phatic_only(text: str, language: str) -> bool:
    """Whether every word of ``text`` is a greeting, farewell, thanks, yes or no, laughter or
    filler of ``language`` (a text with no words is not).

    Example:
        >>> phatic_only("sinceramente não sei", "pt"), phatic_only("não aguento mais", "pt")
        (True, False)
    """
    words = [_plain(w) for w in _WORD.findall(text)]
    vocabulary = phatic_words(language)
    return bool(words) and all(w in vocabulary for w in words)
