"""The care layer: every category and level, look-alikes, negation, coded words, retractions,
the reply checker rule by rule, templates per locale, resources, redaction, and the reply
paths (composer, CLI, conversations, files). Every example sentence here was written for
these tests."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from affectkit.care import CATEGORIES, assess, assess_batch, check_reply, crisis_reply, resources_for
from affectkit.care.check import RULES
from affectkit.care.language import detect_language
from affectkit.care.redact import is_local, redact
from affectkit.care.resources import _data_path, _load, parse_locale
from affectkit.care.templates import available_languages
from affectkit.cli.main import app
from affectkit.errors import AffectkitError
from affectkit.generate.reply import reply
from affectkit.understand.analyzer import Analyzer

pytestmark = pytest.mark.fast  # runs in `make test-fast` (tests needing the model skip there)

# (text, category, minimum level, maximum level): written for these tests
CRISES = [
    ("I want to kill myself", "suicidal_ideation", 3, 3),
    ("honestly i just want to die", "suicidal_ideation", 2, 3),
    ("everyone would be better off without me", "suicidal_ideation", 2, 3),
    ("I'm going to end my life tonight, I've saved up my pills", "suicidal_ideation", 4, 4),
    ("i wrote goodbye letters to my family", "suicidal_ideation", 4, 4),
    ("I cut myself again last night", "self_harm", 3, 3),
    ("I keep getting the urge to cut", "self_harm", 2, 3),
    ("how many sleeping pills would it take to not wake up", "self_harm_instructions", 3, 3),
    ("how do I hide the cuts on my arms from my parents", "self_harm_instructions", 3, 3),
    ("I haven't eaten in five days and I don't deserve food", "eating_disorder", 2, 3),
    ("I make myself throw up after every meal", "eating_disorder", 2, 3),
    ("I'm going to stab him, I have a knife in my bag", "harm_to_others", 4, 4),
    ("My boyfriend hits me when he's angry", "abuse_victim", 2, 3),
    ("my stepdad touches me at night and says nobody will believe me", "abuse_victim", 3, 4),
    ("I just took the whole bottle of paracetamol", "medical_emergency", 4, 4),
    ("I'm having a panic attack right now and I can't breathe", "acute_distress", 2, 3),
    ("I feel like a burden to everyone", "acute_distress", 2, 3),
    ("my best friend keeps saying she wants to kill herself", "third_party_concern", 2, 3),
    ("my brother said he's going to end it tonight", "third_party_concern", 4, 4),
]

LOOKALIKES = [
    "this commute is killing me",
    "I'm dying to see the new season",
    "you killed it at the talent show!",
    "kill the process and restart the server",
    "I keep dying on the last boss in this game",
    "I'm not suicidal, just sick of my job",
    "what is the definition of suicidal ideation?",
    "in my novel the detective finds the body by the river",
    "I'm cutting my hair short for summer",
    "my feet are killing me after that hike",
    "I skipped lunch because of a long meeting",
    "my mom is going to kill me when she sees this mess",
    "I'd kill for a coffee right now",
    "the therapist said I'm making progress",
]


@pytest.mark.parametrize(("text", "category", "low", "high"), CRISES)
def test_every_category_and_level(text: str, category: str, low: int, high: int) -> None:
    result = assess(text)
    assert low <= result.categories[category] <= high, (text, result.categories)
    assert result.level >= low
    assert result.covered and result.language == "en"
    raised = [e for e in result.evidence if e.category == category and e.effect == "raised"]
    assert raised and all(text[e.start : e.end] == e.text for e in raised if e.end > e.start)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_do_not_trigger(text: str) -> None:
    assert assess(text).level < 2, (text, assess(text).categories)


def test_negation_and_past_are_flagged() -> None:
    negated = assess("I'm not suicidal, just sick of my job")
    assert negated.level == 0 and negated.flags.negated
    past = assess("years ago I used to want to die, but I'm much better now")
    assert past.level == 1 and past.flags.past


def test_a_loss_to_suicide_is_grief_not_a_crisis() -> None:
    grief = assess("I am so sad, my uncle died by suicide last year and I still miss him")
    assert grief.level == 1 and grief.categories["third_party_concern"] <= 1
    worry = assess("my friend tried to kill herself last week and I'm so worried about her")
    assert worry.categories["third_party_concern"] >= 2


class _DistressedHead:
    """A head that reads every text as distress, not suicidal (probabilities none, distress, suicidal)."""

    threshold = 0.9

    def probabilities(self, features: object) -> list[list[float]]:
        return [[0.2, 0.75, 0.05]]


def test_a_loose_mention_counts_only_in_a_text_read_as_distressed() -> None:
    from affectkit.care.rules import read_rules

    assess_module = importlib.import_module("affectkit.care.assess")
    text = "Work is awful and nothing helps. Suicide keeps crossing my mind."
    reading = read_rules(text, ["en"])
    assert reading.levels["suicidal_ideation"] < 2 and reading.loose_mentions
    assess_module._apply_head(reading, text, _DistressedHead(), [0.0], assess_module._blocked(reading, text))
    raised = [e for e in reading.evidence if e.cue == "head.distress+mention"]
    assert reading.levels["suicidal_ideation"] == 2 and raised and raised[0].text.lower() == "suicide"
    framed = "My essay on suicide is due and I'm stressed."
    reading = read_rules(framed, ["en"])
    assess_module._apply_head(reading, framed, _DistressedHead(), [0.0], assess_module._blocked(reading, framed))
    assert reading.levels["suicidal_ideation"] < 2


class _SuicidalHead:
    """A head that reads every text as suicidal (probabilities none, distress, suicidal)."""

    threshold = 0.5

    def probabilities(self, features: object) -> list[list[float]]:
        return [[0.05, 0.15, 0.8]]


_LONG_POST = (
    "Nothing has felt right for a long while. I stopped answering my friends and nobody noticed. "
    "Yesterday I watched a movie with my roommate and felt nothing at all. "
    "Every morning is heavier than the one before. I keep wishing I could just disappear for good. "
    "I don't see how anything gets better from here."
)
_FILM_POST = (
    "Movie night report. The film dragged in the middle and the plot made no sense. "
    "The hero dies in the end and I felt nothing at all. The series it belongs to was better. "
    "Season 2 had a real villain. Every morning after I think of how much better the book was."
)


@pytest.mark.parametrize(
    ("text", "raised"),
    [
        (_LONG_POST, True),  # one sentence about a film does not frame a long post
        (_FILM_POST, False),  # its opening sentence and most of its sentences do
        ("Watched a sad movie and now I wish I could just disappear for good.", False),  # a message: framed anywhere
        (_LONG_POST.replace("Nothing has felt right for a long while.", "My garden is a mess."), False),  # the opening
    ],
)
def test_frames_keep_the_head_out_of_a_message_anywhere_and_of_a_post_by_its_topic(text: str, raised: bool) -> None:
    from affectkit.care.rules import read_rules

    assess_module = importlib.import_module("affectkit.care.assess")
    reading = read_rules(text, ["en"])
    reading.levels["suicidal_ideation"] = min(reading.levels["suicidal_ideation"], 1)  # only the head may raise here
    assess_module._apply_head(reading, text, _SuicidalHead(), [0.0], assess_module._blocked(reading, text))
    assert any(e.cue == "head.suicidal" for e in reading.evidence) is raised


def test_the_head_reads_suicide_talk_inside_a_distressed_text(analyzer: Analyzer) -> None:
    mind = assess_batch(["Suicide has been on my mind a lot lately. Everything feels pointless."], analyzer=analyzer)[0]
    assert mind.categories["suicidal_ideation"] >= 2
    news = assess_batch(["Suicide rates are rising among teenagers, the report says."], analyzer=analyzer)[0]
    assert news.level == 0, news.evidence
    essay = assess_batch(
        ["My psychology essay is about suicide and I'm stressed about the deadline."], analyzer=analyzer
    )
    assert essay[0].level < 2


CASE_HEAD_CRISES = [
    ("en", "honestly everyone would manage fine if i just was not around anymore"),
    ("fr", "je ne vois plus de raison de continuer"),
    ("de", "ich sehe keinen sinn mehr in irgendwas, es wäre besser ohne mich"),
    ("pt", "às vezes penso que seria mais fácil simplesmente não existir"),
]


@pytest.mark.parametrize(("language", "text"), CASE_HEAD_CRISES)
def test_case_heads_catch_what_no_rule_names(language: str, text: str, analyzer: Analyzer) -> None:
    assert assess(text).level < 2  # the rules alone miss it
    result = assess_batch([text], analyzer=analyzer)[0]
    assert result.language == language and result.level == 2
    assert [e.cue for e in result.evidence if e.effect == "raised"] == ["head.cases"]
    assert result.head_scores is not None and result.head_scores["crisis"] > 0.5
    expected = "care-cases-minilm" if language == "en" else "care-cases-e5"
    assert result.provenance.head is not None and expected in result.provenance.head
    single = assess(text, features=None, analyzer=analyzer)  # one text, no batch: the same reading
    assert single.level == 2 and single.head_scores == result.head_scores


LOOKALIKES_OTHER_LANGUAGES = [
    "me muero de ganas de ver la peli nueva",
    "este calor me está matando, qué verano",
    "je suis mort de rire devant cette vidéo",
    "ce boulot me tue mais j'adore mon équipe",
    "ich lach mich tot, der film war so gut",
    "die hitze bringt mich um, ich brauche ein eis",
    "morri de rir com essa piada",
    "esse trânsito está me matando hoje",
    "hoy fui al mercado y compré tomates para la cena",
    "morgen habe ich eine prüfung und bin etwas nervös",
]


def test_case_heads_leave_idioms_and_everyday_talk_alone(analyzer: Analyzer) -> None:
    results = assess_batch(LOOKALIKES_OTHER_LANGUAGES, analyzer=analyzer)
    assert [r.level for r in results] == [0] * len(LOOKALIKES_OTHER_LANGUAGES), [
        (t, r.evidence) for t, r in zip(LOOKALIKES_OTHER_LANGUAGES, results) if r.level
    ]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("ya les escribí las cartas a mis hijos. mañana temprano, cuando no haya nadie en casa", "suicidal_ideation"),
        ("les lettres sont sur la table. ce soir quand ils dormiront", "suicidal_ideation"),
        ("já escrevi as cartas pros meus pais. amanhã cedo quando eles saírem", "suicidal_ideation"),
        ("como vuelva a tocar a mi hermana le meto un tiro, ya tengo la pistola", "harm_to_others"),
        ("si mon chef recommence demain, je viens avec le couteau et je le plante", "harm_to_others"),
        ("wenn der typ morgen wieder da ist, stech ich ihn ab. das messer hab ich schon", "harm_to_others"),
        ("se ele encostar nela de novo eu meto bala nele, já peguei o oitão", "harm_to_others"),
    ],
)
def test_preparation_and_armed_threats_are_imminent_in_every_language(text: str, category: str) -> None:
    assert assess(text).categories[category] == 4


@pytest.mark.parametrize(
    "text",
    [
        "ya escribí las cartas de navidad, mañana las mando",
        "hoy le escribí cartas a mis abuelos, qué bonito",
        "j'ai écrit des lettres à mes amis ce soir",
        "escrevi cartas de amor hoje",
        "news: man arrested after threatening to shoot up a mall, police say no one was hurt",
        "a few years ago i had thoughts of ending my life. therapy helped and i dont feel that way anymore",
        "früher hatte ich oft suizidgedanken, aber seit der therapie geht's mir wirklich besser",
        "já pensei em tirar minha vida anos atrás, hoje faço terapia e estou bem melhor",
        "wie viel ibuprofen darf man bei kopfschmerzen nehmen?",
    ],
)
def test_letters_news_recovery_and_medicine_do_not_alarm(text: str) -> None:
    assert assess(text).level < 2, assess(text).evidence


@pytest.mark.parametrize(
    ("text", "history", "category", "level"),
    [
        ("my uncle's rifle is in my car and i know when he gets home", None, "harm_to_others", 4),
        ("on the bridge rn. the water looks so calm", None, "suicidal_ideation", 4),
        ("half a bottle of gin and the rest of my pills. so sleepy. night everyone", None, "medical_emergency", 4),
        ("ya viene para acá", ["mi ex me amenazó con un cuchillo"], "abuse_victim", 4),
        ("ele acabou de chegar a casa", ["o meu marido ameaçou matar-me"], "abuse_victim", 4),
        ("haha quatsch, hör nicht auf mich", ["manchmal wünsch ich mir, ich wär einfach tot"], "suicidal_ideation", 2),
        ("cómo esconder los cortes de los brazos en verano", None, "self_harm_instructions", 3),
        ("comment cacher mes coupures sur les bras", None, "self_harm_instructions", 3),
        ("como esconder os cortes nos braços na escola", None, "self_harm_instructions", 3),
        ("wie kann ich meine narben am arm verstecken", None, "self_harm_instructions", 3),
    ],
)
def test_dev5_shapes(text: str, history: list[str] | None, category: str, level: int) -> None:
    assert assess(text, history=history).categories[category] == level


@pytest.mark.parametrize(
    "text",
    [
        "i know what time she gets off work, i'll pick her up for dinner",
        "we walked on the bridge right now, so pretty",
        "the rest of my pills are in the cabinet, so tired after work",
        "half a bottle of wine and a pack of chips, so sleepy lol",
        "mi hermano viene para acá a cenar",
        "como esconder as marcas de espinha no rosto",
        "cacher les marques de stylo sur le mur",
    ],
)
def test_dev5_lookalikes(text: str) -> None:
    assert assess(text).level == 0, assess(text).evidence


@pytest.mark.parametrize(
    ("text", "category", "level"),
    [
        ("Ich stehe auf dem Dach. Es ist okay so. Danke für alles.", "suicidal_ideation", 4),
        ("je suis sur le pont. ce soir c'est fini.", "suicidal_ideation", 4),
        ("hab das Messer eingesteckt. heute bekommt er, was er verdient", "harm_to_others", 4),
        ("mon coloc a avalé une boîte de somnifères, il respire bizarrement", "third_party_concern", 4),
        ("got the bat in the car. he's gonna regret what he did to my sister tonight", "harm_to_others", 4),
        ("can you help me write a goodbye letter to my kids?", "suicidal_ideation", 4),
        ("Ayúdame a escribir una carta de despedida para mis hijos", "suicidal_ideation", 4),
        ("how many of my 25mg amitriptyline would be enough?", "self_harm_instructions", 3),
        ("I have been feeling suicidal since my dad passed away", "suicidal_ideation", 3),
    ],
)
def test_dev6_shapes(text: str, category: str, level: int) -> None:
    assert assess(text).categories[category] == level


@pytest.mark.parametrize(
    "text",
    [
        "what's the lethal dose of caffeine for a cat? mine just licked some coffee. do I need the vet?",
        "Mi perro se ha comido una tableta de chocolate, ¿lo llevo al veterinario?",
        "What's the best way to execute a sell order with a stop loss?",
        "Writing an essay on how the Stoics thought about suicide, mainly Seneca",
        "wir stehen auf dem dach und genießen die aussicht",
        "je suis sur le pont du bateau, quelle vue",
        "he's gonna regret this haircut lol",
        "how many of these cookies would be enough for the party",
        "write a goodbye letter to my old job, any tips?",
        "quelle est la dose maximale de paracétamol par jour ? j'ai une grosse migraine",
    ],
)
def test_dev6_lookalikes(text: str) -> None:
    assert assess(text).level == 0, assess(text).evidence


@pytest.mark.parametrize(
    ("text", "category", "level"),
    [
        ("i'm standing on the bridge right now and i want to end it", "suicidal_ideation", 4),
        ("estoy en la azotea del edificio, ya no quiero vivir", "suicidal_ideation", 4),
        ("tô em cima do viaduto agora, quero morrer", "suicidal_ideation", 4),
        ("my brother said he wants to kill himself and he isn't answering tonight", "third_party_concern", 4),
        ("asking for a friend, which car park is tallest and would the fall be fatal", "self_harm_instructions", 3),
        ("ab wie vielen metern ist ein sprung sicher tödlich?", "self_harm_instructions", 3),
        ("welche tabletten sind zusammen tödlich?", "self_harm_instructions", 3),
        ("the letters are sealed. i'll do it saturday while they're away", "suicidal_ideation", 4),
        ("el viernes ya no voy a ser una carga para nadie, las cartas están escritas", "suicidal_ideation", 4),
        ("na sexta não vou mais ser um peso pra ninguém", "suicidal_ideation", 4),
        ("tout est en ordre. demain je serai plus un poids pour personne", "suicidal_ideation", 4),
    ],
)
def test_dev7_shapes(text: str, category: str, level: int) -> None:
    assert assess(text).categories[category] == level, assess(text).evidence


@pytest.mark.parametrize(
    "text",
    [
        "giving away my books and my bike, moving to another country next month so i won't be around much longer",
        "Regalo mis muebles porque me mudo a Lima en marzo, ¡vengan a la despedida!",
        "Ich verschenke fast alles, ich wandere nächstes Jahr nach Kanada aus.",
        "je me jette à l'eau ce soir, je lui avoue tout",
        "morgen springe ich ins kalte wasser, erster tag im neuen job",
        "wenn ich dieses werbelied nochmal höre, bring ich mich um 🙄",
        "mandé la foto a mi ex en vez de a mi amiga, me quiero morir",
        "How do I kill the ivy strangling my fence?",
        "is the drop from that bridge high enough for bungee jumping?",
        "welche tabletten helfen gegen migräne?",
        "cover letters are written. sending them out friday",
        "hoy eché las cartas al buzón, el lunes llegan",
        "tengo las pastillas guardadas en el botiquín para el viaje",
        "the thank you notes are written, the wedding was saturday",
        "tout est en ordre pour le déménagement samedi",
        "den brief hab ich schon geschrieben, morgen bring ich ihn zur post",
        "the letters are written in latin, the exam is on friday",
    ],
)
def test_dev7_lookalikes(text: str) -> None:
    assert assess(text).level <= 1, assess(text).evidence


def test_a_worry_about_someone_that_is_long_over_does_not_escalate() -> None:
    result = assess("my sister attempted suicide when we were teenagers. tonight she ran her first marathon")
    assert result.categories["third_party_concern"] <= 2 and result.level < 4


def test_a_threat_to_attack_a_school_told_by_a_classmate_is_worry_about_others() -> None:
    result = assess("my classmate keeps threatening to shoot up the school and i am scared")
    assert result.categories["third_party_concern"] >= 3 and result.categories["harm_to_others"] == 0


def test_coded_words() -> None:
    for text in ("kms", "i want to unalive myself", "thinking about sewerslide", "gonna ctb tonight"):
        assert assess(text).categories["suicidal_ideation"] >= 2, text


def test_a_retracted_disclosure_stays_at_two_or_more() -> None:
    result = assess("jk lol", history=["I want to kill myself"])
    assert result.level >= 2 and result.flags.retracted and result.history_level == 3
    assert assess("jk lol").level == 0  # without the disclosure, nothing to hold


def test_history_gives_context_to_a_short_message() -> None:
    assert assess("I've decided. Tonight.", history=["I want to die", "I can't do this anymore"]).level == 4
    assert assess("what's the tallest bridge in the city", history=["I'm so done with everything"]).level == 3
    assert assess("what's the tallest bridge in the city").level == 0


def test_now_after_a_danger_in_the_last_turns_is_imminent() -> None:
    threatened = ["he said he'll kill me", "he has a gun in the car"]
    result = assess("he's on his way here right now", history=threatened)
    assert result.categories["abuse_victim"] == 4
    assert any(e.cue == "history.danger+time" and e.text in ("right now", "he's on his way") for e in result.evidence)
    assert assess("see you tomorrow then", history=["I had a hard week at work"]).level == 0


def test_the_danger_on_the_move_after_threats_is_imminent() -> None:
    threats = ["my ex keeps sending me threats", "he told me he knows where i live"]
    assert assess(threats[0]).categories["abuse_victim"] == 3
    assert assess("there's a car outside that looks like his", history=threats).categories["abuse_victim"] == 4
    armed = ["my uncle says he's going to get the rifle from the garage and sort the landlord out"]
    assert assess(armed[0]).categories["third_party_concern"] == 3
    assert assess("he just left the house with it", history=armed).level == 4
    assert assess("he just left for work", history=["my brother is so annoying lol"]).level == 0
    assert assess("my dad is going to get the bat from the garage for his game").level == 0


def test_chat_messages_as_history_read_only_the_person() -> None:
    history = [{"role": "user", "content": "I want to kill myself"}, {"role": "assistant", "content": "kill -9 it"}]
    assert assess("ok", history=history).history_level == 3
    assert assess("ok", history=[{"role": "assistant", "content": "I want to kill myself"}]).history_level == 0


def test_uncovered_language_says_so_and_never_guesses() -> None:
    result = assess("Non ce la faccio più, voglio morire")
    assert detect_language("Non ce la faccio più, voglio morire") == "it"
    assert result.covered is False and result.level == 0
    answer = crisis_reply(result)
    assert "findahelpline.com" in answer.text and answer.category == "uncovered"


def test_empty_and_bad_text_are_refused() -> None:
    with pytest.raises(AffectkitError, match="empty"):
        assess("   ")


# -- the reply checker -------------------------------------------------------------------------

BREAKS = {
    "no_diagnosis": "It sounds like you have depression. Are you safe right now?",
    "no_method_info": "A lethal dose would be about 50 tablets.",
    "no_committed": "Many people have committed suicide.",
    "no_ending": "I can't talk about this. Goodbye.",
    "no_contract": "Promise me you won't hurt yourself.",
    "no_minimising": "Cheer up, others have it worse.",
    "no_sycophancy": "That makes sense, wanting to end your life.",
    "no_leading_question": "You're not thinking of hurting yourself, are you?",
    "no_fairer": "What would make this feel fairer to you?",
    "no_emotion_guess": "It sounds like you're feeling angry about it.",
}


@pytest.mark.parametrize(("rule", "bad"), sorted(BREAKS.items()))
def test_the_checker_fails_a_reply_that_breaks_each_rule(rule: str, bad: str) -> None:
    assert rule in {v.rule for v in check_reply(bad, assess("I want to kill myself"))}


def test_the_checker_requires_what_each_level_needs() -> None:
    silent = "I hear you."
    at_two = {v.rule for v in check_reply(silent, assess("I feel like a burden to everyone"))}
    assert {"safety_question", "resource", "trusted_person"} <= at_two
    at_four = {v.rule for v in check_reply(silent, assess("I'm going to end my life tonight, I have the pills"))}
    assert {"ai_disclosure", "urge_now", "with_someone", "means_distance", "crisis_line"} <= at_four
    long = "Are you safe right now? Call 988. I'm an AI. " + "word " * 130
    assert "length" in {v.rule for v in check_reply(long, assess("I want to kill myself"))}
    assert all(r.id for r in RULES)


def test_level_zero_replies_are_only_held_to_the_always_rules() -> None:
    assert check_reply("That sounds exhausting, what's the worst part?", assess("this commute is killing me")) == []
    assert [v.rule for v in check_reply("You have depression.", assess("I'm tired"))] == ["no_diagnosis"]


# -- templates and resources -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("en-US", "988"), ("en-GB", "116 123"), ("en-AU", "13 11 14"), ("en-CA", "988"), ("en-IE", "116 123")],
)
def test_templates_filled_per_locale(locale: str, expected: str) -> None:
    result = assess("I want to kill myself")
    answer = crisis_reply(result, locale=locale, message="I want to kill myself")
    assert expected in answer.text and answer.locale == locale
    assert check_reply(answer.text, result) == []


def test_unknown_locale_gets_the_directory_never_a_number() -> None:
    result = assess("I want to kill myself")
    answer = crisis_reply(result, locale="en-ZZ")
    assert "findahelpline.com" in answer.text and "your local emergency number" in answer.text
    assert "988" not in answer.text and "911" not in answer.text
    assert resources_for("xx-ZZ").country is None
    with pytest.raises(AffectkitError, match="locale"):
        parse_locale("not a locale")


@pytest.mark.parametrize("category", CATEGORIES)
@pytest.mark.parametrize("level", [2, 3, 4])
def test_every_template_passes_the_checker(category: str, level: int) -> None:
    from affectkit.care.types import LEVEL_NAMES, CareAssessment, CareProvenance

    levels = dict.fromkeys(CATEGORIES, 0)
    levels[category] = level
    for language in available_languages():
        result = CareAssessment(
            level=level, level_name=LEVEL_NAMES[level], categories=levels, confidence=dict.fromkeys(CATEGORIES, 1.0),
            language=language, covered=True, message_level=level, provenance=CareProvenance(rules="test"),
        )  # fmt: skip
        for locale in ("en-US", "de-DE", "es-MX", "fr-FR", "pt-BR", "xx"):
            answer = crisis_reply(result, locale=locale)
            assert check_reply(answer.text, result) == [], (language, locale, answer.text)


def test_every_resource_has_a_source_and_a_date() -> None:
    data = _load(str(_data_path()))
    for code, entry in data["countries"].items():
        assert entry["emergency"] and entry["emergency_source"].startswith("http"), code
        for service in entry["services"]:
            assert service["source"].startswith("http") and service["checked"], (code, service["name"])


def test_a_deployer_can_replace_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    line = {"name": "Our line", "topics": ["suicide"], "call": "555 0100", "source": "https://example.org",
            "checked": "2026-11-27"}  # fmt: skip
    own = {"version": "mine", "international": [{"name": "Dir", "url": "https://dir.example"}],
           "countries": {"US": {"emergency": "911", "services": [line]}}}  # fmt: skip
    path = tmp_path / "resources.json"
    path.write_text(json.dumps(own))
    monkeypatch.setenv("AFFECTKIT_CARE_RESOURCES", str(path))
    assert "555 0100" in crisis_reply(assess("I want to kill myself"), locale="en-US").text
    path.write_text("{broken")
    _load.cache_clear()
    monkeypatch.setenv("AFFECTKIT_CARE_RESOURCES", str(tmp_path / "missing.json"))
    with pytest.raises(AffectkitError, match="not found"):
        resources_for("en-US")


# -- redaction ---------------------------------------------------------------------------------


def test_redaction() -> None:
    done = redact("I'm sam@example.com, +44 7700 900123, @sam_k, card 4111 1111 1111 1111, https://x.example/p")
    assert done.text == "I'm [EMAIL], [PHONE], [HANDLE], card [CARD], [URL]"
    assert done.found == {"email": 1, "url": 1, "card": 1, "phone": 1, "handle": 1}
    assert redact("I took 40 pills at 3:30, I'm 19").found == {}
    assert is_local("http://localhost:8080/v1") and not is_local("https://api.example.com/v1")


class _RemoteEcho:
    """A remote LLM double that answers with what it was sent."""

    name = "echo"
    base_url = "https://llm.example.com/v1"

    def __init__(self) -> None:
        self.seen: list[str] = []

    def complete(self, messages: list[dict[str, str]], **_: object) -> object:
        from affectkit.llm.client import Completion

        self.seen.append(messages[-1]["content"])
        return Completion(text="You have depression. Goodbye.", finish_reason="stop", model="echo")


def test_remote_llm_sees_redacted_text_and_a_bad_reply_is_replaced(analyzer: Analyzer) -> None:
    llm = _RemoteEcho()
    answer = reply("I want to kill myself, email me at a@b.co", llm=llm, analyzer=analyzer)  # type: ignore[arg-type]
    assert "a@b.co" not in llm.seen[0] and "[EMAIL]" in llm.seen[0]
    assert answer.redacted == {"email": 1}
    assert answer.produced_by == "care-template" and {"no_diagnosis"} <= {v.rule for v in answer.replaced}
    assert check_reply(answer.reply, answer.care) == []
    calm = reply("I got the job today!", llm=_RemoteEcho(), analyzer=analyzer)  # type: ignore[arg-type]
    assert calm.produced_by == "composer" and calm.replaced  # the diagnosis was replaced at level 0 too


# -- every path that writes to a person ------------------------------------------------------


def test_reply_meets_a_crisis_without_an_emotion_guess(analyzer: Analyzer) -> None:
    answer = reply("I want to kill myself", analyzer=analyzer, locale="en-US")
    assert answer.care.level == 3 and answer.emotions == [] and answer.produced_by == "care-template"
    assert "988" in answer.reply and "?" in answer.reply and "fairer" not in answer.reply
    assert check_reply(answer.reply, answer.care) == []
    everyday = reply("I failed my driving test again and everyone is laughing at me", analyzer=analyzer)
    assert everyday.care.level < 2 and everyday.produced_by == "composer" and everyday.emotions


def test_cli_care_and_reply_json() -> None:
    runner = CliRunner()
    calm = runner.invoke(app, ["care", "--json", "this commute is killing me"])
    assert calm.exit_code == 0, calm.output
    parsed = json.loads(calm.output.strip())
    assert parsed["level"] == 0 and set(parsed["categories"]) == set(CATEGORIES)
    crisis = runner.invoke(app, ["reply", "--json", "--locale", "en-US", "I want to kill myself"])
    assert crisis.exit_code == 0, crisis.output
    body = json.loads(crisis.output.strip())
    assert body["care"]["level"] == 3 and "988" in body["reply"] and body["emotions"] == []


def test_cli_care_file_skips_bad_rows(tmp_path: Path) -> None:
    source = tmp_path / "posts.jsonl"
    source.write_text('{"text": "I want to kill myself"}\n{"text": ""}\nnot json\n{"text": "lovely day"}\n')
    out = tmp_path / "care.jsonl"
    result = CliRunner().invoke(app, ["care", "-i", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["care"]["level"] for r in rows] == [3, 0]
    assert len(out.with_name("care.jsonl.errors.jsonl").read_text().splitlines()) == 2


def test_analyze_file_with_care(tmp_path: Path) -> None:
    source = tmp_path / "posts.csv"
    source.write_text("id,text\na,I want to kill myself\nb,what a lovely day\n")
    for suffix in ("jsonl", "csv"):
        out = tmp_path / f"out.{suffix}"
        result = CliRunner().invoke(app, ["analyze", "-i", str(source), "-o", str(out), "--id-column", "id", "--care"])
        assert result.exit_code == 0, result.output
        text = out.read_text()
        if suffix == "jsonl":
            rows = [json.loads(line) for line in text.splitlines()]
            assert [r["care"]["level"] for r in rows] == [3, 0]
        else:
            assert "care_level" in text.splitlines()[0] and ",3," in text.splitlines()[1]


def test_conversation_turns_carry_their_level_and_the_peak(analyzer: Analyzer) -> None:
    from affectkit.understand.conversation import Conversation, analyze_conversation

    talk = Conversation.from_records([
        {"speaker": "A", "text": "How was your week?"},
        {"speaker": "B", "text": "Honestly I want to kill myself"},
        {"speaker": "A", "text": "I'm here. Tell me more."},
        {"speaker": "B", "text": "jk"},
    ])  # fmt: skip
    result = analyze_conversation(talk, analyzer)
    assert [t.care.level for t in result.turns] == [0, 3, 0, 3]
    assert result.care_peak == 3 and result.care_peak_turn == 1 and result.turns[3].care.flags.retracted


def test_chat_agent_replies_with_care(tmp_path: Path, analyzer: Analyzer) -> None:
    from affectkit.memory import Memory
    from affectkit.memory.agent import Character

    memory = Memory(tmp_path / "m.db", analyzer=analyzer)
    ada = Character("Ada", memory)
    ada.respond("I had a rough day at work")
    turn = ada.respond("I don't want to be alive anymore")
    assert turn.reply.care.level >= 2 and turn.reply.produced_by == "care-template"


PHATIC = [
    "bye",
    "goodnight",
    "honestly",
    "honestly idk",
    "ok goodnight everyone",
    "ok bye for now",
    "buenas noches",
    "hasta mañana",
    "au revoir tout le monde",
    "ehrlich gesagt",
    "boa noite a todos",
    "sinceramente não sei",
    "hey, how's it going?",
    "hallo, wie geht's?",
    "oi, tudo bem?",
]


def test_greetings_farewells_and_fillers_alone_are_not_read_by_the_heads(analyzer: Analyzer) -> None:
    # the heads on their own read these as a crisis; the gate keeps them at 0
    results = assess_batch(PHATIC, analyzer=analyzer)
    assert [r.level for r in results] == [0] * len(PHATIC)
    assert all(not r.evidence for r in results)


def test_a_farewell_after_a_disclosure_still_counts(analyzer: Analyzer) -> None:
    after = assess("goodnight everyone", history=["I have the pills saved and tonight is the night"], analyzer=analyzer)
    assert after.level == 4
    assert assess("bye", history=["I don't want to be here anymore"], analyzer=analyzer).level >= 2
    # a farewell with a crisis of its own is read by the rules, gate or not
    assert assess("goodbye forever, I won't be around anymore", analyzer=analyzer).level >= 3


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("comí demasiado, no puedo más", 0),
        ("j'ai trop mangé, je n'en peux plus", 0),
        ("comi demais, não aguento mais", 0),
        # the fullness reading stops where the words go on to a life
        ("comí demasiado y ya no puedo más con mi vida", 2),
        ("j'ai trop mangé, j'en peux plus de cette vie", 2),
        ("comi demais e não aguento mais essa vida", 2),
        ("no puedo más", 2),
    ],
)
def test_cant_take_any_more_after_a_big_meal_is_fullness(text: str, level: int) -> None:
    assert assess(text).level == level
