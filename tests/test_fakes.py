"""affectkit.testing's fakes: what they promise, and the layers tested on them without the
shipped model (this file runs in the fast check, `make test-fast`)."""

from __future__ import annotations

import numpy as np
import pytest

from affectkit.models import Encoder
from affectkit.testing import EchoLLM, FakeEncoder
from affectkit.understand.analyzer import Analyzer

pytestmark = pytest.mark.fast

CUES = {"thanks": "gratitude", "furious": "anger", "scared": "fear", "not": "disapproval"}


@pytest.fixture(scope="module")
def fake() -> FakeEncoder:
    return FakeEncoder(cues=CUES)


@pytest.fixture(scope="module")
def analyzer(fake: FakeEncoder) -> Analyzer:
    return Analyzer(model=fake)


def test_the_fake_is_an_encoder_with_batch_independent_outputs(fake: FakeEncoder) -> None:
    assert isinstance(fake, Encoder)
    texts = ["thanks so much", "I am furious", "", "scared and furious"]
    together = fake.encode(texts, pooled=True)
    alone = [fake.encode([text], pooled=True) for text in texts]
    assert np.array_equal(together.logits, np.concatenate([one.logits for one in alone]))
    assert together.rows().shape == (4, 28 + 9 + 384)
    assert FakeEncoder(seed=1).encode(["thanks"]).logits.tolist() != fake.encode(["thanks"]).logits.tolist()


def test_unknown_cue_labels_are_refused() -> None:
    with pytest.raises(ValueError, match="not GoEmotions"):
        FakeEncoder(cues={"hi": "happiness"})


def test_the_analyser_runs_on_the_fake(analyzer: Analyzer) -> None:
    results = analyzer.analyze_batch(["thanks a lot", "I'm furious and scared", "the bus is at 3"])
    assert results[0].labels == ["gratitude"]
    assert set(results[1].labels) == {"anger", "fear"}
    assert results[2].labels == []
    assert results[0].provenance.model == "fake-encoder"
    assert results[0].sentiment.top == "positive"


def test_shapley_values_add_up_on_the_fake(analyzer: Analyzer) -> None:
    from affectkit.understand.shapley import explain_shapley

    (explanation,) = explain_shapley(analyzer, "I am not furious today", ["anger"])
    values = {word.word: word.value for word in explanation.words}
    assert max(values, key=lambda word: values[word]) == "furious"
    assert abs(sum(values.values()) - (explanation.full - explanation.empty)) < 1e-9
    assert explanation.exact


def test_care_rules_need_no_model() -> None:
    from affectkit.care import assess

    assert assess("I want to kill myself tonight").level >= 3
    assert assess("this commute is killing me").level == 0


def test_a_reply_through_the_stages_with_fakes(analyzer: Analyzer) -> None:
    from affectkit.generate.reply import reply

    llm = EchoLLM(answer="That sounds really hard. What happened?")
    answer = reply("I'm furious, they cancelled again", llm=llm, analyzer=analyzer)
    assert answer.reply == llm.answer and answer.produced_by == "echo"
    assert len(llm.calls) == 1 and "furious" in llm.calls[0][0][-1]["content"]

    crisis = reply("I want to kill myself tonight", llm=llm, analyzer=analyzer)
    assert crisis.care.level >= 3 and crisis.template is not None
    assert len(llm.calls) == 1 or crisis.reply != llm.answer


def test_every_result_names_the_components_that_made_it(analyzer: Analyzer) -> None:
    from affectkit.generate.reply import reply

    analysis = analyzer.analyze("thanks a lot")
    kinds = {c.kind: c for c in analysis.components()}
    assert kinds["encoder"].name == "fake-encoder" and kinds["encoder"].settings["thresholds"] == "calibrated-dev"
    assert set(kinds) == {"library", "encoder", "taxonomy"}
    answer = reply("I'm furious, they cancelled again", llm=EchoLLM(answer="That sounds hard."), analyzer=analyzer)
    parts = answer.components()
    assert [c.kind for c in parts].count("encoder") == 1  # the analysis's encoder, once
    assert {"rules", "writer", "prompt"} <= {c.kind for c in parts}
    assert next(c for c in parts if c.kind == "writer").name == "echo"
    assert "components" not in answer.model_dump()  # computed, never serialised: outputs keep their shape
