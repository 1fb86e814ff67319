"""Empathy and distress (issue 17): the shipped heads load by name and read an empathic text
above a neutral one; training reads long texts in sentence pieces as the analyser does;
``affectkit eval wassa`` runs on a fixture of invented essays in the shared task's file
format, and on the real data reaches the floor measured for it.

The fixture's essays under tests/fixtures/data/empathy/ were written for these tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from affectkit.adapt import train_head
from affectkit.adapt.train import encode_rows
from affectkit.errors import DataError, InputError
from affectkit.evaluate.wassa_eval import (
    BASELINE,
    HEADS_SHIPPED,
    HEADS_TRAINED,
    evaluate_wassa,
    load_wassa2022,
    load_wassa2023_dev,
    resample_rows,
    score_system,
)
from affectkit.models.head_registry import list_heads
from affectkit.testing import FakeEncoder
from affectkit.understand.analyzer import Analyzer
from affectkit.understand.documents import document_rows, sentence_pieces

fast = pytest.mark.fast

EMPATHIC = (
    "I read about the family who lost their home in the fire and my heart aches for them. "
    "I feel so much compassion for those children and I wish I could help them."
)
NEUTRAL = "The article explains that the city council will vote on the new parking rules next Tuesday."

# Measured on WASSA 2022 dev (270 essays) with goemotions-minilm 1.1.0: heads r 0.349 empathy, 0.416 distress
# (average 0.383); TF-IDF + ridge 0.354, 0.356 (0.355). The floors leave 0.05 for other builds and versions.
FLOOR = {"empathy": 0.30, "distress": 0.36, "average": 0.33}


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "affectkit.cli.main", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=600, env=dict(os.environ))


# -- the shipped heads -------------------------------------------------------------------------


def test_the_shipped_heads_load_by_name_and_read_an_empathic_text_higher() -> None:
    shipped = {entry.name: entry for entry in list_heads() if entry.origin == "shipped"}
    for name in ("empathy-minilm", "distress-minilm"):
        assert shipped[name].kind == "custom" and shipped[name].licence.startswith("CC BY 4.0")
        card = (shipped[name].path / "MODEL_CARD.md").read_text("utf-8")
        assert "Buechel" in card and 'long_text="sentences"' in card
    analyzer = Analyzer(heads=["empathy-minilm", "distress-minilm"], long_text="sentences")
    empathic, neutral = analyzer.analyze_batch([EMPATHIC, NEUTRAL])
    empathy = (empathic.custom["empathy-minilm"].value, neutral.custom["empathy-minilm"].value)
    assert empathy[0] is not None and empathy[1] is not None
    assert empathy[0] > empathy[1] + 0.5, empathy
    assert all(1.0 <= value <= 7.0 for value in empathy)  # the data's scale
    distress = (empathic.custom["distress-minilm"].value, neutral.custom["distress-minilm"].value)
    assert distress[0] is not None and distress[1] is not None and distress[0] > distress[1], distress

    done = _cli("analyze", "--json", "--long-text", "sentences", "--head", "empathy-minilm", EMPATHIC)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["custom"]["empathy-minilm"]["value"] == pytest.approx(empathy[0], abs=1e-9)


# -- reading long texts in sentence pieces -------------------------------------------------------


@fast
def test_sentence_pieces_pack_whole_sentences_as_the_analyser_does() -> None:
    fake = FakeEncoder(max_tokens=10)
    text = "One two three. Four five. Six seven eight nine ten eleven twelve. End."
    assert sentence_pieces(text, fake) == [
        "One two three. Four five.",
        "Six seven eight nine ten eleven twelve.",
        "End.",
    ]
    assert sentence_pieces("no sentence end at all", fake) == ["no sentence end at all"]
    rows = document_rows(fake, [text, "Short one."])
    pieces = fake.encode(sentence_pieces(text, fake), pooled=True)
    weights = np.array([item.tokens for item in pieces.encoded], dtype=np.float64)
    expected = (pieces.rows().astype(np.float64) * weights[:, None]).sum(axis=0) / weights.sum()
    assert np.allclose(rows[0], expected) and np.allclose(rows[1], fake.encode(["Short one."], pooled=True).rows()[0])


@fast
def test_a_head_trained_on_sentences_gives_the_analysers_numbers_on_long_texts(tmp_path: Path) -> None:
    fake = FakeEncoder(cues={"sorry": "remorse", "hurt": "sadness"}, hidden=8, max_tokens=12)
    rng = np.random.default_rng(3)
    texts, values = [], []
    for i in range(40):
        sad = int(rng.integers(0, 4))
        sentences = [f"I am so sorry you were hurt number {i} {k}." for k in range(sad)]
        sentences += [f"The bus came at noon for item {i} {k}." for k in range(4 - sad)]
        texts.append(" ".join(sentences))
        values.append(1.0 + 1.5 * sad + float(rng.normal(0, 0.2)))
    trained = train_head("care", texts, values, task="regression", cv=4, encoder=fake, long_text="sentences")
    truncated = train_head("care", texts, values, task="regression", cv=4, encoder=fake)
    assert trained.report["long_text"] == "sentences" and trained.document["training"]["long_text"] == "sentences"
    assert trained.scores["pearson_r"] > truncated.scores["pearson_r"]  # the cut hides the later sentences
    folder = trained.save(tmp_path / "care")
    assert "--long-text sentences" in (folder / "MODEL_CARD.md").read_text("utf-8")

    new = [" ".join(f"I am sorry you were hurt, take {k}." for k in range(n)) + " The bus came." for n in (1, 4)]
    analyses = Analyzer(model=fake, long_text="sentences", heads=[folder]).analyze_batch(new)
    assert all(a.provenance.segments > 1 for a in analyses)
    served = [a.custom["care"].value for a in analyses]
    direct = trained.head.scores(encode_rows(fake, new, long_text="sentences"))[:, 0]
    assert served == pytest.approx(direct.tolist(), abs=1e-9)
    assert served[1] > served[0]


@fast
def test_features_read_once_train_the_same_head_and_bad_options_are_refused() -> None:
    fake = FakeEncoder(cues={"thanks": "gratitude"}, hidden=8)
    texts = [f"thanks {i}" for i in range(20)] + [f"a chair {i}" for i in range(20)]
    labels = ["warm"] * 20 + ["plain"] * 20
    rows = encode_rows(fake, texts)
    again = train_head("warmth", texts, labels, cv=4, encoder=fake, features=rows)
    once = train_head("warmth", texts, labels, cv=4, encoder=fake)
    assert all(np.array_equal(again.arrays[key], once.arrays[key]) for key in once.arrays)
    with pytest.raises(InputError, match="features must hold one row per text"):
        train_head("warmth", texts, labels, cv=4, encoder=fake, features=rows[:5])
    with pytest.raises(InputError, match="--long-text must be one of truncate, sentences, not 'pages'"):
        train_head("warmth", texts, labels, cv=4, encoder=fake, long_text="pages")


def test_affectkit_train_reads_long_texts_in_sentences(tmp_path: Path) -> None:
    data = tmp_path / "essays.csv"
    rows = ["essay,score"]
    for i in range(12):
        rows.append(f'"I am so sorry for the families. It hurts to read about case {i}. I hope they heal.",{5 + i % 3}')
        rows.append(f'"The report covers the budget. It lists item {i}. Nothing else happened.",{1 + i % 2}')
    data.write_text("\n".join(rows) + "\n", "utf-8")
    out = tmp_path / "care"
    done = _cli("train", "care", "--data", str(data), "--text-column", "essay", "--label-column", "score",
                "--task", "regression", "--cv", "3", "--long-text", "sentences", "--out", str(out))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads((out / "head.json").read_text("utf-8"))["training"]["long_text"] == "sentences"
    assert json.loads((out / "report.json").read_text("utf-8"))["held_out"]["scores"]["pearson_r"] > 0.8
    bad = _cli("train", "care", "--data", str(data), "--text-column", "essay", "--label-column", "score",
               "--task", "regression", "--long-text", "pages", "--out", str(tmp_path / "other"))  # fmt: skip
    assert bad.returncode != 0 and "--long-text must be one of truncate, sentences, not 'pages'" in bad.stderr


# -- affectkit eval wassa --------------------------------------------------------------------------


@fast
def test_the_bootstrap_is_seeded_paired_and_brackets_the_score() -> None:
    rng = np.random.default_rng(0)
    gold = rng.normal(4.0, 1.5, size=(200, 2))
    predicted = gold + rng.normal(0.0, 1.5, size=(200, 2))
    drawn = resample_rows(200, 1000, seed=0)
    assert np.array_equal(drawn, resample_rows(200, 1000, seed=0)) and drawn.shape == (1000, 200)
    scored = score_system(predicted, gold, drawn)
    for key in ("empathy", "distress", "average"):
        low, high = scored["interval_95"][key]
        assert low < scored[key] < high and 0.05 < high - low < 0.3
    assert scored["average"] == pytest.approx((scored["empathy"] + scored["distress"]) / 2, abs=1e-4)
    constant = score_system(np.full((200, 2), 3.0), gold, drawn)
    assert np.isnan(constant["empathy"])


@fast
def test_the_wassa_files_read_in_the_shared_tasks_format(fixture_data: Path) -> None:
    train = load_wassa2022(fixture_data, "train")
    dev = load_wassa2022(fixture_data, "dev")
    transfer = load_wassa2023_dev(fixture_data)
    assert (len(train.texts), train.targets.shape, len(set(train.writers))) == (40, (40, 2), 20)
    assert (len(dev.texts), dev.targets.shape) == (12, (12, 2))
    assert transfer is not None and transfer.targets.shape == (8, 2)
    assert set(dev.files) == {
        "wassa2022/messages_dev_features_ready_for_WS_2022.tsv",
        "wassa2022/goldstandard_dev_2022.tsv",
    }
    with pytest.raises(DataError, match="test essays have no public gold labels; use --split dev"):
        load_wassa2022(fixture_data, "test")
    with pytest.raises(DataError, match="missing data file"):
        load_wassa2022(fixture_data / "nowhere", "dev")


def test_eval_wassa_runs_on_the_fixture(fixture_data: Path, tmp_path: Path) -> None:
    report_path = tmp_path / "wassa.json"
    done = _cli("eval", "wassa", "--data", str(fixture_data), "--report", str(report_path))
    assert done.returncode == 0, done.stderr
    assert (
        "WASSA 2022 dev: 12 essays (trained on 40)" in done.stdout and "transfer: WASSA 2023 essay dev" in done.stdout
    )
    assert "published: 2022 winner, text only" in done.stdout and "must 0.45" in done.stdout
    report = json.loads(report_path.read_text("utf-8"))
    assert (report["task"], report["split"], report["texts"], report["train_texts"]) == ("wassa", "dev", 12, 40)
    heads, shipped, baseline = HEADS_TRAINED, HEADS_SHIPPED, BASELINE
    assert set(report["systems"]) == {heads, shipped, baseline}
    for scores in [*report["systems"].values(), *report["transfer"]["wassa2023_essay_dev"]["systems"].values()]:
        for key in ("empathy", "distress", "average"):
            low, high = scores["interval_95"][key]
            assert -1.0 <= low <= high <= 1.0
    # the invented essays say their writer's feelings plainly: the heads read them
    assert report["systems"][heads]["average"] > 0.5
    assert report["systems"][shipped]["empathy"] > 0.5
    assert "1000 resamples" in report["settings"]["interval"]


@pytest.mark.data
@pytest.mark.slow
def test_wassa_2022_dev_reaches_the_measured_floor(shared_data: Path) -> None:
    report = evaluate_wassa(shared_data, "dev")
    assert (report["texts"], report["train_texts"]) == (270, 1860)
    heads = report["systems"][HEADS_TRAINED]
    for key, floor in FLOOR.items():
        assert heads[key] >= floor, (key, heads[key])
    assert heads["average"] > report["systems"][BASELINE]["average"]
    assert report["transfer"]["wassa2023_essay_dev"]["texts"] == 208
