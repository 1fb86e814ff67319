"""The language identifier and the care layer's use of it: covered languages read in their
own language, others said to be uncovered (never read by another language's rules)."""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

import pytest

from affectkit.care import assess
from affectkit.care.language import detect_language
from affectkit.understand.langid import identify, load_identifier, ngram_buckets

pytestmark = pytest.mark.fast  # runs in `make test-fast` (tests needing the model skip there)

OWN_SENTENCES = [
    ("en", "I have not been sleeping well and everything feels heavy lately"),
    ("es", "Últimamente no duermo bien y todo me pesa muchísimo"),
    ("fr", "Ces derniers temps je dors mal et tout me semble si lourd"),
    ("de", "In letzter Zeit schlafe ich schlecht und alles fühlt sich so schwer an"),
    ("pt", "Ultimamente não tenho dormido bem e tudo parece tão pesado"),
    ("it", "Ultimamente non dormo bene e tutto mi sembra così pesante"),
    ("fi", "Viime aikoina en ole nukkunut hyvin ja kaikki tuntuu niin raskaalta"),
    ("ro", "În ultima vreme nu dorm bine și totul mi se pare atât de greu"),
    ("sv", "På sistone har jag sovit dåligt och allt känns så tungt"),
    ("tr", "Son zamanlarda iyi uyuyamıyorum ve her şey çok ağır geliyor"),
    ("hu", "Mostanában rosszul alszom és minden olyan nehéznek tűnik"),
    ("nl", "De laatste tijd slaap ik slecht en voelt alles zo zwaar"),
]


@pytest.mark.parametrize(("language", "text"), OWN_SENTENCES)
def test_sentences_are_read_in_their_language(language: str, text: str) -> None:
    assert identify(text)[0] == language
    assert detect_language(text) == language


@pytest.mark.parametrize(("language", "text"), [s for s in OWN_SENTENCES if s[0] not in ("en", "es", "fr", "de", "pt")])
def test_uncovered_languages_are_never_read_by_other_rules(language: str, text: str) -> None:
    result = assess(text)
    assert not result.covered and result.language == language and result.level == 0


@pytest.mark.parametrize(
    ("text", "language"),
    [("jajaja era broma", "es"), ("kkkk zoeira", "pt"), ("mdr je rigole", "fr"), ("jk lol", "en"), ("kms", "en")],
)
def test_short_chat_slang_names_its_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_texts_without_letters_are_undetermined() -> None:
    assert identify("12345 !!!") == ("und", 0.0)
    assert detect_language("") == "und"
    assert not ngram_buckets("  42 ", 1024)


@pytest.mark.data
def test_accuracy_on_held_out_xed_lines(shared_data: Path) -> None:
    """The seeded test lines of training/langid.py (never trained on): covered languages
    read right at least 90% of the time; fewer than 5% of other languages' lines read as a
    covered language; English Reddit comments read as English at least 97%."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
    from langid import load  # type: ignore[import-not-found]

    corpus = load(shared_data)
    rng = random.Random(0)
    covered = {"en", "es", "fr", "de", "pt"}
    misread, others = 0, 0
    for code in sorted(corpus):
        texts = corpus[code][:]
        rng.shuffle(texts)
        found = Counter(detect_language(t) for t in texts[:300])
        if code in covered:
            assert found[code] / 300 >= 0.9, (code, found.most_common(4))
        else:
            misread += sum(n for lang, n in found.items() if lang in covered)
            others += 300
    assert misread / others < 0.05
    comments = [line.split("\t")[0] for line in (shared_data / "goemotions/test.tsv").read_text("utf-8").splitlines()]
    english = sum(detect_language(t) in ("en", "und") for t in comments[:2000]) / 2000
    assert english >= 0.97
    assert load_identifier().name == "langid-xed"
