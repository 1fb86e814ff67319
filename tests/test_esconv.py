"""Strategy choice: reading ESConv, the features, the shipped chooser, Q and B."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from affectkit.errors import DataError
from affectkit.generate import reply
from affectkit.generate.esconv import (
    STRATEGY_NAMES,
    StrategyModel,
    preference_bias,
    preference_table,
    proficiency,
    read_esconv,
    strategy_features,
)
from affectkit.understand.analyzer import Analyzer

pytestmark = pytest.mark.fast  # runs in `make test-fast` (tests needing the model skip there)

LINE = (
    "1.0 0 0 I lost my job today  EOS 1.0 1 1 [Questions] How are you coping? "
    "EOS 0.0 0 2 Badly, I feel so ashamed  EOS 1.0 1 3 [Reflection of feelings] You feel ashamed."
)


def test_reading_esconv_lines(tmp_path: Path) -> None:
    path = tmp_path / "x.tsv"
    path.write_text(LINE + "\n")
    [example] = read_esconv(path)
    assert example.strategy == "Reflection of feelings" and example.previous_strategy == "Question"
    assert example.last_seeker_text == "Badly, I feel so ashamed" and len(example.context) == 3
    path.write_text(LINE.replace("[Reflection of feelings]", "[Hugging]") + "\n")
    with pytest.raises(DataError, match=r"unknown ESConv strategy \[Hugging\]"):
        read_esconv(path)
    path.write_text("not a turn at all\n")
    with pytest.raises(DataError, match=r"x\.tsv:1"):
        read_esconv(path)


def test_proficiency_and_bias_follow_the_definitions() -> None:
    gold = ["Question", "Question", "Others", "Information"]
    assert proficiency(gold, gold) == 1.0
    assert proficiency(["Question"] * 4, gold) == pytest.approx((2 * 2 / (2 * 2 + 2)) / 3)
    # a chooser that over-predicts Question: Question gets the largest strength
    pred = ["Question"] * 6 + ["Others"] * 2
    truth = ["Others", "Information", "Question", "Question", "Others", "Information", "Question", "Others"]
    strengths, bias = preference_bias(preference_table(pred, truth))
    assert strengths[STRATEGY_NAMES.index("Question")] == np.nanmax(strengths) and bias > 0
    compared = ~np.isnan(strengths)  # Question, Information, Others; the five never confused have none
    assert compared.sum() == 3 and strengths[compared].sum() == pytest.approx(3.0)
    assert preference_bias(np.ones((8, 8)))[1] == pytest.approx(0.0)  # no preference, no bias
    assert math.isnan(preference_bias(preference_table(["Question"] * 4, gold))[1])  # never loses: undefined


def test_shipped_chooser_reads_emotions(analyzer: Analyzer) -> None:
    model = StrategyModel.load()
    assert model.classes == STRATEGY_NAMES and model.weights.shape == (8, 48)
    probs = model.probabilities(strategy_features(analyzer.analyze("I feel so ashamed"), "Question", 3))
    assert probs.shape == (1, 8) and probs.sum() == pytest.approx(1.0)
    assert model.choose(None, None, 0) in STRATEGY_NAMES
    learned = reply("I feel so ashamed of myself", [{"role": "user", "content": "hi"}] * 3, chooser="learned")
    assert learned.strategy in STRATEGY_NAMES


@pytest.mark.data
def test_esconv_eval_on_the_test_split(shared_data: Path) -> None:
    from affectkit.evaluate.runner import evaluate_esconv

    result = evaluate_esconv(shared_data, "test")
    systems = result["systems"]
    assert result["examples"] == 2775
    learned, rules = systems["encoder chooser (trained on dev)"], systems["rule chooser"]
    assert learned["Q"] > rules["Q"] > systems["always Question (majority on dev)"]["Q"]
    assert 0 < learned["B"] < rules["B"]  # the trained chooser is also less biased
