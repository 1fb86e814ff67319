"""Mental-health signals: readings, gates, evidence and the no-diagnosis sentence, on a bundle
trained here on invented sentences with the fake encoder (fast), and on the shipped bundle."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from signal_fixture import CUES, SPECS, build_bundle, fake_encoder

from affectkit import Analyzer
from affectkit.care.check import check_reply
from affectkit.care.mh_signals import ABSENT, describe, signals, signals_batch, summary_sentence
from affectkit.care.signal_bundle import read_signal_bundle
from affectkit.care.types import CareAssessment
from affectkit.errors import InputError, ModelError
from affectkit.testing import FakeEncoder


@pytest.fixture(scope="module")
def fake() -> FakeEncoder:
    return fake_encoder()


@pytest.fixture(scope="module")
def bundle_dir(tmp_path_factory: pytest.TempPathFactory, fake: FakeEncoder) -> Path:
    return build_bundle(tmp_path_factory.mktemp("bundle"), fake)


@pytest.mark.fast
def test_readings_follow_the_cues_and_gates(bundle_dir: Path, fake: FakeEncoder) -> None:
    bundle = read_signal_bundle(bundle_dir)
    analyzer = Analyzer(model=fake)
    texts = ["the deadline again", "a walk in the garden with the dog"]
    stressed, calm = signals_batch(texts, analyzer=analyzer, bundle=bundle)
    assert stressed.readings["stress"].labels == ["yes"] and stressed.readings["stress"].flagged
    assert stressed.readings["stress_cause"].labels == ["work"] and stressed.readings["stress_cause"].flagged
    assert calm.readings["stress"].labels == ["no"] and not calm.readings["stress"].flagged
    # a cause of stress is not read where there is no stress (the gate)
    assert not calm.readings["stress_cause"].flagged and calm.readings["stress_cause"].description == ""
    assert list(stressed.readings) == [name for name, *_ in SPECS]
    assert stressed.readings["loneliness"].served_by == "transfer: invented transfer"
    assert stressed.readings["stress"].served_by == "trained"
    for reading in stressed.readings.values():
        assert abs(sum(reading.scores.values()) - 1) < 1e-5 or reading.name in ("wellness", "interpersonal_risk")
    assert "stress" in stressed.flagged and "stress" not in calm.flagged


@pytest.mark.fast
def test_evidence_points_at_the_cue_word(bundle_dir: Path, fake: FakeEncoder) -> None:
    bundle = read_signal_bundle(bundle_dir)
    text = "  I keep thinking about the deadline and nothing else  "
    result = signals(text, analyzer=Analyzer(model=fake), bundle=bundle, care=False)
    cited = result.readings["stress"].evidence
    assert cited, "a flagged signal cites words"
    assert "deadline" in cited[0].text and len(cited[0].text.split()) <= 3
    for e in cited:  # offsets point into the text as given, outer spaces included
        assert text[e.start : e.end] == e.text and e.value > 0
    assert f"'{cited[0].text}'" in result.summary
    assert result.provenance.evidence["method"] == "shapley"
    again = signals(text, analyzer=Analyzer(model=fake), bundle=bundle, care=False)
    assert again == result  # seeded


@pytest.mark.fast
def test_no_reading_is_a_diagnosis() -> None:
    for (name, label) in [("depression", "yes"), ("tsid", "suicide or self-harm tendency"), ("tsid", "ptsd"),
                          ("interpersonal_risk", "perceived_burdensomeness"), ("loneliness", "yes")]:  # fmt: skip
        sentence = f"This text shows {describe(name, label)}; this is not a diagnosis."
        assert not [v for v in check_reply(sentence, CareAssessment.none()) if v.rule == "no_diagnosis"], sentence
    assert "not a diagnosis" in summary_sentence({})
    assert "no" in ABSENT and "no causes" in ABSENT


@pytest.mark.fast
def test_bad_input_and_wrong_encoder(bundle_dir: Path, fake: FakeEncoder) -> None:
    bundle = read_signal_bundle(bundle_dir)
    with pytest.raises(InputError, match="empty"):
        signals_batch(["ok", "   "], analyzer=Analyzer(model=fake), bundle=bundle)
    with pytest.raises(InputError, match="budget"):
        signals("fine", analyzer=Analyzer(model=fake), bundle=bundle, budget=2)
    other = FakeEncoder(cues=CUES, hidden=8, name="another-encoder")
    with pytest.raises(ModelError, match="another-encoder"):
        signals("fine", analyzer=Analyzer(model=other), bundle=bundle)


@pytest.mark.fast
def test_other_languages_are_not_read(bundle_dir: Path, fake: FakeEncoder) -> None:
    bundle = read_signal_bundle(bundle_dir)
    result = signals("Estoy muy cansada y no puedo dormir por el trabajo", analyzer=Analyzer(model=fake),
                     bundle=bundle, care=False)  # fmt: skip
    assert not result.covered and result.readings == {} and result.language == "es"
    assert "English only" in result.summary


def test_shipped_bundle_reads_a_post_written_here() -> None:
    post = ("I haven't slept properly in weeks. Every morning I wake up dreading work and the pile of bills on "
            "the table. I don't enjoy anything anymore and I feel like everyone would be better off without "
            "me dragging them down.")  # fmt: skip
    result = signals(post)
    assert result.covered and result.care is not None
    assert result.readings["stress"].flagged or result.readings["depression"].flagged
    flagged = [r for r in result.readings.values() if r.flagged]
    assert any(r.evidence for r in flagged)
    for reading in result.readings.values():
        for e in reading.evidence:
            assert post[e.start : e.end] == e.text
    assert result.summary.endswith("this is not a diagnosis.")
    assert not [v for v in check_reply(result.summary, result.care) if v.rule == "no_diagnosis"]
    calm = signals("We planted tomatoes in the garden and had lunch outside, a lovely day.", evidence=False)
    assert not calm.readings["depression"].flagged and not calm.readings["stress"].flagged
    assert np.isclose(sum(calm.readings["tsid"].scores.values()), 1.0, atol=1e-5)
