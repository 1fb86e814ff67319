"""IMHI mental-health signals (issue 15), the data and evaluation side: the loaders read every
set's files, drop from train and val every post that is a test post of any set, and say which
file is missing; ``affectkit eval imhi`` scores a signal bundle beside the baselines and the
published rows, in one table; the shipped bundle reads the way its manifest says.

The fixture posts under tests/fixtures/imhi/ (the shared data's file layout, a few rows per
file) were written for these tests; no post of the real sets is in the repository."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from guards import unavailable
from rich.console import Console
from typer.testing import CliRunner

from affectkit.adapt import train_head
from affectkit.care.signal_bundle import MANIFEST, load_signal_heads, read_signal_bundle
from affectkit.cli.evaluate import _render_imhi
from affectkit.cli.main import app
from affectkit.errors import DataError, InputError, ModelError
from affectkit.evaluate import imhi_data
from affectkit.evaluate.imhi_eval import (
    AFFECTKIT,
    MAJORITY,
    MUST_REACH,
    PUBLISHED_COLUMNS,
    TFIDF,
    evaluate_imhi,
    evidence_scores,
    table_rows,
    weighted_f1,
)
from affectkit.evaluate.tasks import TaskResult, run_task
from affectkit.testing import FakeEncoder

fast = pytest.mark.fast
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "imhi"
CUES = {"hopeless": "sadness", "worthless": "sadness", "anxious": "nervousness", "scared": "fear", "alone": "sadness"}
TSID_MIX = [
    ("I want to end my life tonight", "suicide or self-harm tendency"),
    ("I have a plan to kill myself", "suicide or self-harm tendency"),
    ("I feel hopeless and empty all day", "depression"),
    ("I feel worthless and sad every morning", "depression"),
    ("the nightmares of the crash keep coming back", "ptsd"),
    ("loud noises throw me back to the war", "ptsd"),
    ("what a great match last night", "no mental disorders"),
    ("the new bakery down the street is lovely", "no mental disorders"),
]


def _fake_bundle(folder: Path, fake: FakeEncoder) -> Path:
    """A signal bundle trained on the fixture with the fake encoder, as training/signal_heads.py writes one."""
    keys = imhi_data.keys_of_test_posts(FIXTURE)
    signals: list[dict[str, Any]] = []
    heads = {"DR": "depression", "dreaddit": "stress", "SAD": "stress_cause", "CAMS": "cause"}
    heads |= {"IRF": "interpersonal_risk", "MultiWD": "wellness"}
    for name, signal in heads.items():
        train, val, _ = imhi_data.load_training(FIXTURE, name, keys)
        multi = name in imhi_data.MULTI
        labels = [list(x) if multi else x for x in train.labels]
        dev = (val.texts, [list(x) if multi else x for x in val.labels])
        trained = train_head(signal, train.texts, labels, multi_label=multi, dev=dev, encoder=fake)
        trained.save(folder / signal)
        kind = "multi" if multi else "single"
        signals.append(
            {"name": signal, "set": name, "head": signal, "kind": kind, "trained_on": "fixture", "transfer": None}
        )
    train, val, _ = imhi_data.load_training(FIXTURE, "IRF", keys)
    lonely = ["yes" if "thwarted_belongingness" in x else "no" for x in train.labels]
    lonely_val = ["yes" if "thwarted_belongingness" in x else "no" for x in val.labels]
    train_head("loneliness", train.texts, lonely, dev=(val.texts, lonely_val), encoder=fake).save(folder / "loneliness")
    texts, labels = [t for t, _ in TSID_MIX], [label for _, label in TSID_MIX]
    train_head("tsid", texts, labels, cv=2, encoder=fake).save(folder / "tsid")
    signals += [
        {"name": "loneliness", "set": "loneliness", "head": "loneliness", "kind": "single", "trained_on": "IRF fixture",
         "transfer": "IRF belongingness as lonely yes/no"},
        {"name": "tsid", "set": "T-SID", "head": "tsid", "kind": "single", "trained_on": "a mix",
         "transfer": "other sets' labels"},
    ]  # fmt: skip
    manifest = {
        "name": "signals-fake",
        "version": "1",
        "encoder": {"name": fake.name, "version": fake.version},
        "long_text": "truncate",
        "signals": signals,
    }
    (folder / MANIFEST).write_text(json.dumps(manifest), "utf-8")
    return folder


@pytest.fixture(scope="module")
def fake() -> FakeEncoder:
    return FakeEncoder(cues=CUES, hidden=8)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory, fake: FakeEncoder) -> Path:
    return _fake_bundle(tmp_path_factory.mktemp("signals"), fake)


# -- loaders -----------------------------------------------------------------------------------


@fast
def test_loaders_read_every_set_and_split() -> None:
    keys = imhi_data.keys_of_test_posts(FIXTURE)
    train, val, _ = imhi_data.load_training(FIXTURE, "DR", keys)
    assert (train.count, val.count) == (10, 4)
    assert set(train.labels) == {"yes", "no"} and not any('"' in text for text in train.texts)
    sad, _, _ = imhi_data.load_training(FIXTURE, "SAD", keys)
    assert set(sad.labels) == set(imhi_data.SAD_LABELS)  # "This post shows other stress causes." -> other causes
    cams, cams_val, _ = imhi_data.load_training(FIXTURE, "CAMS", keys)
    assert set(cams.labels) | set(cams_val.labels) == set(imhi_data.CAMS_LABELS)
    assert cams.count + cams_val.count == 18 + 8 - 1  # the row without a label is skipped, one copy dropped
    assert any("\u2026" in text for text in cams.texts + cams_val.texts)  # added_CAMS is read as cp1252
    irf = imhi_data.load_test(FIXTURE, "IRF")
    assert irf.labels[0] == ("thwarted_belongingness", "perceived_burdensomeness") and irf.labels[3] == ()
    assert irf.evidence is not None and irf.evidence[1] == {
        "thwarted_belongingness": "never reply to me",
        "perceived_burdensomeness": "",
    }
    wellness = imhi_data.load_test(FIXTURE, "MultiWD")
    assert wellness.labels[2] == ("social", "emotional")
    for name in imhi_data.SETS:
        test = imhi_data.load_test(FIXTURE, name)
        labels = {part for label in test.labels for part in (label if isinstance(label, tuple) else (label,))}
        assert test.count and labels <= set(imhi_data.label_names(name)), name
    questions = imhi_data.load_questions(FIXTURE, "MultiWD")
    assert questions.count == 24 and set(questions.labels) == set(imhi_data.MULTIWD_LABELS)


@fast
def test_train_and_val_lose_every_post_of_any_test_split() -> None:
    keys = imhi_data.keys_of_test_posts(FIXTURE)
    tests = {imhi_data.normalise(t) for name in imhi_data.SETS for t in imhi_data.load_test(FIXTURE, name).texts}
    counts = {}
    for name in imhi_data.TRAINED:
        train, val, dropped = imhi_data.load_training(FIXTURE, name, keys)
        assert not {imhi_data.normalise(t) for t in train.texts + val.texts} & tests
        counts[name] = dropped
    assert counts["dreaddit"]["train"] == {"exact": 1, "near": 0}  # same text, other case and spacing
    assert counts["CAMS"]["train+val"] == {"exact": 0, "near": 1}  # same words, other punctuation
    assert counts["IRF"]["train"] == {"exact": 1, "near": 0}  # a loneliness test post: another set's test
    assert counts["DR"] == {"train": {"exact": 0, "near": 0}, "val": {"exact": 0, "near": 0}}


@fast
def test_a_missing_file_names_its_path_and_the_fix(tmp_path: Path) -> None:
    with pytest.raises(DataError, match=r"missing data file .*mental_health/imhi/derived/SAD_test.csv; point --data"):
        imhi_data.load_test(tmp_path, "SAD")
    with pytest.raises(DataError, match="AFFECTKIT_DATA"):
        imhi_data.keys_of_test_posts(tmp_path)
    with pytest.raises(DataError, match="loneliness has no training data here"):
        imhi_data.load_training(FIXTURE, "loneliness", imhi_data.keys_of_test_posts(FIXTURE))


@fast
def test_sets_resolve_by_any_spelling_and_unknown_ones_are_refused() -> None:
    assert imhi_data.resolve_sets(None) == imhi_data.SETS
    assert imhi_data.resolve_sets(["tsid", "IRF,multiwd"]) == ("IRF", "MultiWD", "T-SID")
    with pytest.raises(InputError, match="unknown IMHI set 'clp'"):
        imhi_data.resolve_sets(["clp"])


# -- metrics and the evidence hook --------------------------------------------------------------


@fast
def test_weighted_f1_weighs_each_class_by_its_support() -> None:
    assert weighted_f1(["a"] * 3 + ["b"], ["a"] * 4, ("a", "b")) == pytest.approx(100 * 0.75 * (2 * 3 / 7), abs=0.01)
    assert weighted_f1(["x", "y"], ["x", "y"], ("x", "y")) == 100.0


@fast
def test_the_evidence_hook_scores_spans_against_the_human_ones() -> None:
    test = imhi_data.load_test(FIXTURE, "IRF")
    exact = [
        {label: [(text.lower().find(span.lower()), text.lower().find(span.lower()) + len(span))]
         for label, span in spans.items() if span}
        for text, spans in zip(test.texts, test.evidence or [], strict=True)
    ]  # fmt: skip
    scored = evidence_scores(test, exact)
    assert scored["cited"] == 100.0 and scored["texts"] > 0
    assert scored["whole_text"] < 100.0 and scored["random_span"] <= 100.0
    nothing = evidence_scores(test, [{key: [] for key in spans} for spans in test.evidence or []])
    assert nothing["cited"] == 0.0 and nothing["texts"] == scored["texts"]
    with pytest.raises(InputError, match="one set of spans per post"):
        evidence_scores(test, [])


# -- the evaluation, end to end on the fixture -------------------------------------------------


@fast
def test_eval_imhi_scores_every_set_beside_the_baselines_and_published_rows(bundle: Path, fake: FakeEncoder) -> None:
    report = evaluate_imhi(FIXTURE, bundle=bundle, model=fake)
    assert list(report["sets"]) == list(imhi_data.SETS)
    for name in imhi_data.TRAINED:
        entry = report["sets"][name]
        line = entry["human labels"] if name in imhi_data.MULTI else entry
        assert set(line["scores"]) == {AFFECTKIT, MAJORITY, TFIDF}, name
        assert all(0.0 <= score <= 100.0 for score in line["scores"].values())
        assert entry["must_reach"] == MUST_REACH[name] and isinstance(entry["reached"], bool)
    assert report["sets"]["IRF"]["human labels"]["items"] == 8  # 4 posts x 2 labels
    assert report["sets"]["MultiWD"]["human labels"]["items"] == 30  # 5 posts x 6 labels
    assert report["sets"]["MultiWD"]["IMHI labels"]["items"] == 24  # IMHI asks about 4 of them
    for name in ("loneliness", "T-SID"):
        entry = report["sets"][name]
        assert entry["tfidf"] == "no train split" and entry["transfer"]
        assert set(entry["scores"]) == {AFFECTKIT, MAJORITY}
    assert "third-party benchmark file" in report["published_reference"]["caveat"]
    rows = table_rows(report)
    assert [row["set"] for row in rows][4:8] == ["IRF (human labels)", "IRF (IMHI labels)",
                                                "MultiWD (human labels)", "MultiWD (IMHI labels)"]  # fmt: skip
    console = Console(record=True, width=250)
    _render_imhi(console, TaskResult("imhi", "test", report))
    shown = console.export_text()
    header = shown.split("────")[0]
    for column in ("items", AFFECTKIT, "majority", "TF-IDF", "ChatGPT", "best FT", "MentaLLaMA", "must"):
        assert column in header, column
    words = " ".join(shown.split())
    for name in (MAJORITY, TFIDF, *PUBLISHED_COLUMNS, "no train split", "DR RoBERTa", "third-party benchmark file"):
        assert name in words, name
    assert "MultiWD human" in shown and "MultiWD IMHI" in shown and "T-SID" in shown
    evidence = report["sets"]["IRF"]["evidence"]
    assert evidence["posts"] > 0 and evidence["texts"] > 0
    assert set(evidence) >= {"cited", "whole_text", "random_span", "mean_cited_words"}
    assert "Evidence against IRF's human spans" in words


@fast
def test_eval_imhi_takes_a_subset_and_refuses_what_it_cannot_score(bundle: Path, fake: FakeEncoder) -> None:
    report = evaluate_imhi(FIXTURE, sets=["dr,t-sid"], bundle=bundle, model=fake, baselines=False)
    assert list(report["sets"]) == ["DR", "T-SID"] and set(report["sets"]["DR"]["scores"]) == {AFFECTKIT}
    with pytest.raises(InputError, match="scores the test splits"):
        evaluate_imhi(FIXTURE, "val", bundle=bundle, model=fake)
    with pytest.raises(ModelError, match="the signal heads read fake-encoder 0, not fake-encoder 9"):
        evaluate_imhi(FIXTURE, bundle=bundle, model=FakeEncoder(version="9"))
    with pytest.raises(InputError, match="unknown IMHI set 'swmh'"):
        run_task("imhi", data=FIXTURE, sets=("swmh",))
    result = CliRunner().invoke(app, ["eval", "imhi", "--data", str(FIXTURE), "--set", "swmh"])
    assert isinstance(result.exception, InputError)


@fast
def test_a_bundle_is_checked_when_read(bundle: Path, tmp_path: Path) -> None:
    loaded = load_signal_heads(bundle)
    assert loaded is load_signal_heads(bundle)
    assert [spec.name for spec in loaded.signals][-2:] == ["loneliness", "tsid"]
    assert loaded.heads["wellness"].multi_label and loaded.spec("tsid").transfer
    with pytest.raises(ModelError, match="no signal bundle at"):
        read_signal_bundle(tmp_path)
    broken = json.loads((bundle / MANIFEST).read_text("utf-8"))
    broken["signals"][0]["kind"] = "multi"
    (tmp_path / MANIFEST).write_text(json.dumps(broken), "utf-8")
    for spec in broken["signals"]:
        (tmp_path / spec["head"]).symlink_to(bundle / spec["head"])
    with pytest.raises(ModelError, match="signal 'depression' is of kind 'multi' but its head depression is a"):
        read_signal_bundle(tmp_path)


# -- the shipped bundle --------------------------------------------------------------------------


def test_the_shipped_bundle_lists_every_signal_in_order() -> None:
    shipped = load_signal_heads()
    assert [spec.name for spec in shipped.signals] == [
        "depression", "stress", "stress_cause", "cause", "loneliness", "wellness", "interpersonal_risk", "tsid",
    ]  # fmt: skip
    assert shipped.encoder == ("goemotions-minilm", "1.1.0") and shipped.long_text in ("truncate", "sentences")
    assert set(shipped.heads["tsid"].labels) == set(imhi_data.TSID_LABELS)
    assert set(shipped.heads["stress_cause"].labels) == set(imhi_data.SAD_LABELS)
    assert set(shipped.heads["cause"].labels) == set(imhi_data.CAMS_LABELS)
    assert [spec.name for spec in shipped.signals if spec.transfer] == ["loneliness", "tsid"]


def _mental_health(shared_data: Path) -> Path:
    if not (shared_data / "mental_health" / "imhi").is_dir():
        message = f"the mental-health sets are not at {shared_data}/mental_health; set AFFECTKIT_DATA"
        unavailable(message, "data tests")
    return shared_data


@pytest.fixture(scope="module")
def real_report(shared_data: Path) -> dict[str, Any]:
    return evaluate_imhi(_mental_health(shared_data), evidence_posts=0)  # evidence: its own test below


@pytest.mark.data
@pytest.mark.slow
def test_cited_evidence_beats_the_whole_post_and_a_random_stretch(shared_data: Path) -> None:
    report = evaluate_imhi(_mental_health(shared_data), sets=["IRF"], baselines=False, evidence_posts=60)
    evidence = report["sets"]["IRF"]["evidence"]
    assert evidence["posts"] == 60 and evidence["texts"] >= 60
    assert evidence["cited"] > evidence["whole_text"] and evidence["cited"] > evidence["random_span"], evidence


@pytest.mark.data
@pytest.mark.slow
def test_the_shipped_bundle_reaches_every_must_reach_target(real_report: dict[str, Any]) -> None:
    sets = real_report["sets"]
    assert {name: sets[name]["posts"] for name in imhi_data.SETS} == {
        "DR": 405, "dreaddit": 414, "SAD": 684, "CAMS": 625,
        "IRF": 1057, "MultiWD": 657, "loneliness": 528, "T-SID": 959,
    }  # fmt: skip
    for name, target in MUST_REACH.items():
        line = sets[name]["human labels"] if name in imhi_data.MULTI else sets[name]
        assert line["scores"][AFFECTKIT] >= target, (name, line["scores"])
        assert line["scores"][AFFECTKIT] > line["scores"][MAJORITY], name
    for name in ("loneliness", "T-SID"):  # the transfers beat the majority class of their own training rows
        assert sets[name]["scores"][AFFECTKIT] > sets[name]["scores"][MAJORITY], name


@pytest.mark.data
@pytest.mark.slow
def test_the_bundle_model_card_holds_the_numbers_eval_prints(real_report: dict[str, Any]) -> None:
    card = (load_signal_heads().heads["depression"].folder or Path()).parent / "MODEL_CARD.md"
    text = card.read_text("utf-8")
    for row in table_rows(real_report):
        scores = row["scores"]
        assert f"| {row['set']} | {row['items']:,} | {scores[AFFECTKIT]:.1f} | {scores[MAJORITY]:.1f} |" in text, row
