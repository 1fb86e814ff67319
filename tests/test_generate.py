"""Replies grounded in the encoder: cause words, strategy, the offline composer, the
uncertainty wording, and what an LLM is given."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from affectkit.errors import InputError, LLMOutputError
from affectkit.generate import STRATEGIES, choose_strategy, reply
from affectkit.generate.attribution import cause_words, word_weights
from affectkit.generate.compose import second_person
from affectkit.llm.client import Completion, Message
from affectkit.understand.analyzer import Analyzer

pytestmark = pytest.mark.fast  # runs in `make test-fast` (tests needing the model skip there)


class RecordingLLM:
    name = "recording"

    def __init__(self, text: str) -> None:
        self.text = text
        self.seen: list[Sequence[Message]] = []

    def complete(self, messages: Sequence[Message], **options: Any) -> Completion:
        self.seen.append(messages)
        return Completion(self.text, "stop", "recording")


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("I failed my test", "you failed your test"),
        ("I'm tired of it", "you're tired of it"),
        ("they laughed at me", "they laughed at you"),
        ("it was hard and I was alone", "it was hard and you were alone"),
    ],
)
def test_second_person(clause: str, expected: str) -> None:
    assert second_person(clause) == expected


def test_occlusion_finds_the_word_that_carries_the_emotion(analyzer: Analyzer) -> None:
    text = "My grandmother passed away last night."
    weights = {w.word: w.weight for w in word_weights(analyzer, text)}
    assert max(weights, key=weights.__getitem__) in {"passed", "away"}
    assert "passed" in [w.word for w in cause_words(analyzer, text)]
    assert all(w.word.lower() not in {"my", "the"} for w in cause_words(analyzer, text))


def test_distress_is_answered_first(analyzer: Analyzer) -> None:
    message = "I failed my driving test again and everyone is laughing at me"
    assert analyzer.analyze(message).dominant == "amusement"  # the whole reads as amusement...
    result = reply(message, analyzer=analyzer)
    assert result.strategy == "Reflection of feelings"  # ...but the reply answers the distress
    assert "sadness" in [e.label for e in result.emotions] and "failed" in result.cause_words
    assert "you failed your driving test" in result.reply and result.produced_by == "composer"


@pytest.mark.parametrize(
    ("message", "strategy"),
    [
        ("I'm terrified about my surgery tomorrow", "Reflection of feelings"),
        ("My landlord keeps ignoring me and it makes me so angry", "Restatement or Paraphrasing"),
        ("I got promoted today, I'm so proud!", "Affirmation and Reassurance"),
        ("I don't understand how any of this works", "Information"),
    ],
)
def test_strategy_follows_the_emotion(analyzer: Analyzer, message: str, strategy: str) -> None:
    assert choose_strategy(analyzer.analyze(message)) == strategy
    assert strategy in STRATEGIES


def test_low_confidence_is_said_in_the_first_person(analyzer: Analyzer) -> None:
    sure = reply("My grandmother passed away last night.", analyzer=analyzer)
    unsure = reply("My grandmother passed away last night.", analyzer=analyzer, unsure_below=0.999)
    assert not sure.uncertain and not sure.reply.startswith("I'm not sure")
    assert unsure.uncertain and unsure.reply.startswith("I'm not sure, but")


def test_forced_and_unknown_strategies(analyzer: Analyzer) -> None:
    forced = reply("I lost my job today", analyzer=analyzer, strategy="Providing Suggestions")
    assert forced.strategy == "Providing Suggestions" and "step" in forced.reply
    with pytest.raises(InputError, match="unknown strategy 'Hugs'"):
        reply("I lost my job today", analyzer=analyzer, strategy="Hugs")


def test_llm_gets_emotions_causes_and_strategy_first(analyzer: Analyzer) -> None:
    llm = RecordingLLM("  I'm so sorry about your grandmother.  ")
    history: list[Message] = [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}]
    result = reply("My grandmother passed away last night.", history, llm=llm, analyzer=analyzer)
    assert result.reply == "I'm so sorry about your grandmother." and result.produced_by == "recording"
    prompt = llm.seen[0]
    assert prompt[1:3] == history
    asked = prompt[-1]["content"]
    assert asked.index("Consider these emotions first: sadness") < asked.index("Attend to these words")
    assert "passed" in asked and "Reflection of feelings" in asked
    with pytest.raises(LLMOutputError, match="empty reply"):
        reply("My grandmother passed away last night.", llm=RecordingLLM("  "), analyzer=analyzer)


def test_explanations_say_when_unsure(analyzer: Analyzer) -> None:
    from affectkit.generate.explain import explain

    sure = explain(analyzer, "My grandmother passed away last night.")
    assert sure.startswith("This reads as sadness") and "'passed'" in sure
    assert explain(analyzer, "My grandmother passed away last night.", unsure_below=0.999).startswith("I'm not sure")
    assert explain(analyzer, "The meeting is at 3pm.").startswith("I don't find a clear emotion")
