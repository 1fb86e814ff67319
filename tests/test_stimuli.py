"""Emotional stimuli: the published texts, how they are appended, and the bootstrap."""

from __future__ import annotations

import math

import pytest

from affectkit.errors import InputError
from affectkit.llm.analysis import analysis_prompt
from affectkit.llm.stimuli import EMOTION_PROMPT, NEGATIVE_PROMPT, apply_stimulus, relative_change_ci, stimulus_effect

pytestmark = pytest.mark.fast  # runs in `make test-fast` (tests needing the model skip there)


def test_all_published_stimuli_are_there() -> None:
    assert list(EMOTION_PROMPT) == [f"EP{i:02d}" for i in range(1, 12)]
    assert list(NEGATIVE_PROMPT) == [f"NP{i:02d}" for i in range(1, 11)]
    # spot checks against the papers' wording (typed in again here)
    assert EMOTION_PROMPT["EP03"] == "You'd better be sure."
    assert EMOTION_PROMPT["EP06"].endswith(
        "This task is vital to my career, and I greatly value your thorough analysis."
    )
    assert NEGATIVE_PROMPT["NP10"] == "Repeating these mundane tasks every day has pushed me into a pit of boredom."


def test_stimuli_are_appended_as_published() -> None:
    assert apply_stimulus("Do it.", "ep04") == "Do it., Are you sure?"
    assert apply_stimulus("Do it.", "NP03") == "Do it. It's clear you're out of your depth here."
    with pytest.raises(InputError, match="unknown stimulus 'EP12'"):
        apply_stimulus("Do it.", "EP12")
    prompt = analysis_prompt("so happy", stimulus="EP02")
    assert prompt[-1]["content"].split("\n\nText:")[0].endswith("Answer in JSON., This is very important to my career.")


def test_bootstrap_interval_brackets_the_change_and_narrows_with_items() -> None:
    small = relative_change_ci([0, 1] * 10, [1, 1] * 10)
    large = relative_change_ci([0, 1] * 200, [1, 1] * 200)
    assert small[0] == pytest.approx(1.0) and small[1] <= 1.0 <= small[2]
    assert (large[2] - large[1]) < (small[2] - small[1])
    same = relative_change_ci([1, 0, 1], [1, 0, 1])
    assert same == (0.0, 0.0, 0.0)
    assert math.isnan(relative_change_ci([0, 0], [1, 1])[0])  # no baseline to be relative to
    with pytest.raises(InputError):
        relative_change_ci([1], [1, 1])


def test_failed_items_count_and_score_zero() -> None:
    effect = stimulus_effect("np01", [1, None, 1, 1], [None, 1, 1, 1])
    assert effect.failures == 2 and effect.stimulus == "NP01"
    assert effect.baseline == 0.75 and effect.with_stimulus == 0.75
