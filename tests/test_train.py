"""Your own heads (issue 17): ``affectkit train`` and ``affectkit.adapt.train_head`` write a
head folder; the library, the CLI, the service and the file engine serve it with the same
numbers; bad input stops with one line naming the fix; a head refuses another encoder.

Most tests run on ``affectkit.testing.FakeEncoder`` (marked fast); the end-to-end test and the
refusal by the shipped model need the model."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import numpy as np
import pytest

from affectkit.adapt import evaluate_head, read_labelled, train_head
from affectkit.batch.annotate import annotate, progress_path
from affectkit.errors import DataError, FileInputError, MissingColumnError, ModelError
from affectkit.models.custom_head import CustomHead
from affectkit.models.head_format import read_head
from affectkit.testing import FakeEncoder
from affectkit.understand.analyzer import Analyzer

fast = pytest.mark.fast

CUES = {"thanks": "gratitude", "grateful": "gratitude", "awful": "disgust", "broken": "disappointment"}


def _fake(name: str = "fake-encoder") -> FakeEncoder:
    # a small pooled vector: with 384 noise dimensions a few dozen rows cannot show the cue's signal
    return FakeEncoder(cues=CUES, hidden=8, name=name)


def _rows(count: int = 30) -> tuple[list[str], list[str]]:
    warm = [f"thanks for item {i}" for i in range(count)]
    cold = [f"awful item {i}" for i in range(count)]
    return warm + cold, ["warm"] * count + ["cold"] * count


def _write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "affectkit.cli.main", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, env={**os.environ, **(env or {})})


# -- training, saving, loading ---------------------------------------------------------------


@fast
def test_a_trained_head_saves_the_head_format_and_loads_back(tmp_path: Path) -> None:
    texts, labels = _rows()
    source = _write_csv(tmp_path / "train.csv", [{"text": t, "label": y} for t, y in zip(texts, labels)])
    data = read_labelled(source)
    trained = train_head("warmth", data.texts, data.labels, cv=3, encoder=_fake(), source=data.source)
    folder = trained.save(tmp_path / "warmth")

    head = read_head(folder, kind="custom", encoder=("fake-encoder", "0"))
    manifest = head.manifest
    assert (manifest.kind, manifest.encoder, manifest.labels) == ("custom", ("fake-encoder", "0"), ("cold", "warm"))
    assert (manifest.features.spec, manifest.features.dim, manifest.activation) == ("logits+vad+pooled", 45, "softmax")
    assert manifest.licence == "user data" and manifest.calibration == "temperature on 3-fold cross-validation"
    training = manifest.document["training"]
    assert training["data"] == {
        "file": "train.csv",
        "sha256": hashlib.sha256(source.read_bytes()).hexdigest(),
        "rows": 60,
        "class_counts": {"cold": 30, "warm": 30},
    }
    assert manifest.document["dev_scores"]["macro_f1"] == trained.scores["macro_f1"] >= 0.95
    card = (folder / "MODEL_CARD.md").read_text("utf-8")
    assert training["data"]["sha256"] in card and "fake-encoder 0" in card and "cold 30, warm 30" in card
    report = json.loads((folder / "report.json").read_text("utf-8"))
    assert report["held_out"]["kind"] == "cv" and report["alpha"] in [entry["alpha"] for entry in report["alpha_grid"]]

    loaded = CustomHead.load(folder, encoder=("fake-encoder", "0"))
    for key in ("mean", "std", "weight", "bias"):
        assert np.array_equal(getattr(loaded, key), trained.arrays[key])
    rows = _fake().encode(["thanks again", "how awful", "a chair"], pooled=True).rows()
    assert np.array_equal(loaded.scores(rows), trained.head.scores(rows))
    assert [r.labels for r in loaded.predict(rows)[:2]] == [["warm"], ["cold"]]
    assert sorted(p.name for p in folder.iterdir()) == ["MODEL_CARD.md", "head.json", "report.json", "weights.npz"]
    trained.save(folder)  # retraining may replace an earlier custom head
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "keep.txt").write_text("mine")
    with pytest.raises(Exception, match="holds no custom head; choose another folder with --out"):
        trained.save(tmp_path / "notes")


@fast
def test_the_analyser_serves_a_head_from_the_same_encoder_pass(tmp_path: Path) -> None:
    texts, labels = _rows()
    folder = train_head("warmth", texts, labels, cv=3, encoder=_fake()).save(tmp_path / "warmth")
    fake = _fake()
    plain = Analyzer(model=fake)
    with_head = Analyzer(model=fake, heads=[folder])
    new = ["thanks, that helped", "this is awful", "a chair by the door"]
    before, after = plain.analyze_batch(new), with_head.analyze_batch(new)
    head = CustomHead.load(folder)
    expected = head.predict(fake.encode(new, pooled=True).rows())
    for a, b, result in zip(before, after, expected):
        assert "custom" not in json.loads(a.model_dump_json())  # no head: the output keeps its bytes
        dumped = json.loads(b.model_dump_json())
        assert dumped.pop("custom") == {"warmth": result.model_dump(mode="json")}
        assert json.dumps(dumped) == json.dumps(json.loads(a.model_dump_json()))  # the rest is unchanged
    assert [b.custom["warmth"].labels for b in after[:2]] == [["warm"], ["cold"]]
    single = with_head.analyze("thanks, that helped").custom["warmth"]
    assert single.scores is not None and after[0].custom["warmth"].scores is not None
    assert single.scores == pytest.approx(after[0].custom["warmth"].scores, abs=1e-6)
    long_reader = Analyzer(model=fake, heads=[folder], long_text="sentences", max_chars=100_000)
    long_text = " ".join(["Thanks for everything you did."] * 80)
    reading = long_reader.analyze(long_text)
    assert reading.provenance.segments > 1 and reading.custom["warmth"].labels == ["warm"]
    with pytest.raises(Exception, match="two heads are called warmth"):
        Analyzer(model=fake, heads=[folder, folder])


@fast
def test_multi_label_heads_have_a_threshold_per_label_set_on_dev(tmp_path: Path) -> None:
    fake = _fake()
    texts = [f"{words} {i}" for words in ("thanks", "awful", "thanks awful") for i in range(20)]
    labels = [("thanks",)] * 20 + [("complaint",)] * 20 + [("thanks", "complaint")] * 20
    dev_texts = [f"thanks again {i}" for i in range(8)] + [f"so awful {i}" for i in range(8)]
    dev_labels = ["thanks"] * 8 + ["complaint"] * 8
    trained = train_head("mixed", texts, labels, multi_label=True, dev=(dev_texts, dev_labels), encoder=fake)
    head = trained.head
    assert head.activation == "sigmoid" and set(head.thresholds) == {"complaint", "thanks"}
    assert all(0.05 <= value <= 0.95 for value in head.thresholds.values())
    assert trained.document["calibration"] == "temperature on dev"
    results = head.predict(fake.encode(["thanks!", "awful!", "thanks, awful"], pooled=True).rows())
    assert [sorted(r.labels or []) for r in results] == [["thanks"], ["complaint"], ["complaint", "thanks"]]
    folder = trained.save(tmp_path / "mixed")
    assert json.loads((folder / "head.json").read_text("utf-8"))["thresholds"] == dict(head.thresholds)


@fast
def test_a_regression_head_gives_a_value(tmp_path: Path) -> None:
    fake = _fake()
    texts = [f"thanks {i}" for i in range(25)] + [f"awful {i}" for i in range(25)]
    values = [6.0 + 0.01 * i for i in range(25)] + [2.0 - 0.01 * i for i in range(25)]
    trained = train_head("warmth-score", texts, values, task="regression", cv=5, encoder=fake, target="warmth")
    assert trained.labels == ("warmth",) and trained.document["activation"] == "none"
    assert trained.scores["pearson_r"] > 0.9
    folder = trained.save(tmp_path / "score")
    result = Analyzer(model=fake, heads=[folder]).analyze_batch(["thanks a lot", "awful day"])
    assert json.loads(result[0].model_dump_json())["custom"]["warmth-score"].keys() == {"value"}
    assert result[0].custom["warmth-score"].value > 5.0 > 3.0 > result[1].custom["warmth-score"].value  # type: ignore[operator]


@fast
def test_grouped_cross_validation_keeps_each_group_in_one_fold() -> None:
    from affectkit.adapt.split import make_folds

    groups = [f"writer{i % 7}" for i in range(70)]
    labels = ["a", "b"] * 35
    folds = make_folds(labels, k=5, seed=3, groups=groups)
    owner = {}
    for number, fold in enumerate(folds):
        for index in fold:
            assert owner.setdefault(groups[index], number) == number
    assert sorted(int(i) for fold in folds for i in fold) == list(range(70))
    texts, rows_labels = _rows(20)
    trained = train_head("g", texts, rows_labels, cv=4, groups=[f"w{i % 8}" for i in range(40)], encoder=_fake())
    assert trained.report["held_out"]["grouped"] is True


# -- the file engine -----------------------------------------------------------------------------


@fast
def test_the_file_engine_writes_custom_results_and_refuses_a_resume_with_other_heads(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    texts, labels = _rows()
    folder = train_head("warmth", texts, labels, cv=3, encoder=_fake()).save(tmp_path / "warmth")
    other = train_head("other", texts, labels, cv=3, seed=1, encoder=_fake()).save(tmp_path / "other")
    source = _write_csv(tmp_path / "in.csv", [{"id": f"r{i}", "text": t} for i, t in enumerate(["thanks!", "awful."])])
    analyzer = Analyzer(model=_fake(), heads=[folder])
    expected = analyzer.analyze_batch(["thanks!", "awful."])
    annotate(source, tmp_path / "out.jsonl", analyzer=analyzer, id_column="id")
    lines = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    assert [line["custom"] for line in lines] == [json.loads(e.model_dump_json())["custom"] for e in expected]
    annotate(source, tmp_path / "out.csv", analyzer=analyzer, id_column="id")
    with open(tmp_path / "out.csv", encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert [row["custom_warmth"] for row in table] == ["warm", "cold"]
    assert float(table[0]["custom_warmth_warm"]) == expected[0].custom["warmth"].scores["warm"]  # type: ignore[index]
    annotate(source, tmp_path / "out.parquet", analyzer=analyzer, id_column="id")
    columns = pq.read_table(tmp_path / "out.parquet").to_pydict()
    assert columns["custom_warmth"] == ["warm", "cold"] and "custom_warmth_cold" in columns

    plain = Analyzer(model=_fake())
    annotate(source, tmp_path / "plain.csv", analyzer=plain, id_column="id")
    assert "custom" not in (tmp_path / "plain.csv").read_text("utf-8").splitlines()[0]
    assert "heads" not in json.loads(progress_path(tmp_path / "plain.csv").read_text("utf-8"))

    class Stop(Exception):
        pass

    def stop(_: int) -> None:
        raise Stop

    big = _write_csv(tmp_path / "big.csv", [{"id": str(i), "text": f"thanks {i}"} for i in range(6)])
    with pytest.raises(Stop):
        annotate(big, tmp_path / "job.jsonl", analyzer=analyzer, chunk_size=2, on_progress=stop)
    switched = Analyzer(model=_fake(), heads=[other])
    with pytest.raises(FileInputError, match="heads changed"):
        annotate(big, tmp_path / "job.jsonl", analyzer=switched, chunk_size=2, resume=True)
    with pytest.raises(FileInputError, match="heads changed"):
        annotate(big, tmp_path / "job.jsonl", analyzer=Analyzer(model=_fake()), chunk_size=2, resume=True)
    assert annotate(big, tmp_path / "job.jsonl", analyzer=analyzer, chunk_size=2, resume=True).rows_out == 6


# -- bad input: one line naming the fix --------------------------------------------------------------


@fast
@pytest.mark.parametrize(
    ("rows", "args", "message"),
    [
        (
            [{"text": "a fine day", "label": "calm"}, {"text": "a calm sea", "label": "calm"}],
            [],
            "the label column holds one class ('calm'); a classifier needs at least two: add rows of another label "
            "(or use --task regression for numbers)",
        ),
        (
            [{"text": "a fine day", "mood": "calm"}],
            [],
            "train.csv has no column 'label'; its columns are ['mood', 'text']. Choose one with --label-column",
        ),
        (
            [{"text": f"line {i}", "label": "calm" if i else "tense"} for i in range(8)],
            ["--cv", "5"],
            "label 'tense' has 1 row; --cv 5 needs at least 5 per label: add rows, lower --cv, or give --dev",
        ),
        (
            [{"text": "a fine day", "label": "calm"}, {"text": "", "label": "tense"}],
            [],
            "row 2 of train.csv has no text in 'text'; fill it or drop the row",
        ),
        (
            [{"text": "a fine day", "label": "calm"}, {"text": "so late", "label": "n/a"}],
            ["--task", "regression"],
            "row 1 of train.csv has label 'calm', not a number; a regression needs a number in every row",
        ),
    ],
)
def test_bad_training_data_stops_with_one_line(
    tmp_path: Path, rows: list[dict[str, str]], args: list[str], message: str
) -> None:
    source = _write_csv(tmp_path / "train.csv", rows)
    done = _cli("train", "mood", "--data", str(source), "--out", str(tmp_path / "mood"), *args)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == f"error: {message}"  # one line, naming the fix
    assert not (tmp_path / "mood").exists()


@fast
def test_an_empty_file_and_unknown_dev_labels_are_refused(tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_text("text,label\n", "utf-8")
    done = _cli("train", "mood", "--data", str(tmp_path / "empty.csv"))
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "error: empty.csv has no rows; give a file with a header and at least two labelled rows"
    )
    (tmp_path / "blank.jsonl").write_text("", "utf-8")
    with pytest.raises(FileInputError, match=r"blank\.jsonl has no rows"):
        read_labelled(tmp_path / "blank.jsonl")
    with pytest.raises(MissingColumnError, match="Choose one with --group-column"):
        read_labelled(_write_csv(tmp_path / "g.csv", [{"text": "a", "label": "b"}]), group_column="writer")

    texts, labels = _rows(10)
    train = _write_csv(tmp_path / "train.csv", [{"text": t, "label": y} for t, y in zip(texts, labels)])
    dev = _write_csv(tmp_path / "dev.csv", [{"text": "so calm", "label": "calm"}, {"text": "thanks", "label": "warm"}])
    done = _cli("train", "mood", "--data", str(train), "--dev", str(dev))
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "error: dev.csv has label(s) 'calm' that the training data lacks (the head knows cold, warm); "
        "add rows with them to the training data or drop them from the dev data"
    )
    trained = train_head("mood", texts, labels, cv=2, encoder=_fake())
    with pytest.raises(DataError, match=r"label\(s\) 'calm' that the head mood does not know \(it knows cold, warm\)"):
        evaluate_head(trained.head, ["so calm"], ["calm"], encoder=_fake())
    scores = evaluate_head(trained.head, ["thanks again", "awful again"], ["warm", "cold"], encoder=_fake())
    assert scores["accuracy"] == 1.0


@fast
def test_a_head_refuses_another_encoder(tmp_path: Path) -> None:
    texts, labels = _rows()
    folder = train_head("warmth", texts, labels, cv=3, encoder=_fake("other-encoder")).save(tmp_path / "warmth")
    with pytest.raises(ModelError) as refused:
        Analyzer(model=_fake(), heads=[folder])
    assert str(refused.value) == (
        "the custom head warmth 1 read other-encoder 0, not fake-encoder 0: analyse with that model (--model), "
        "or train the head again on fake-encoder 0 (affectkit train)"
    )


@fast
def test_the_heads_command_lists_a_user_head(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts, labels = _rows()
    train_head("warmth", texts, labels, cv=3, encoder=_fake()).save(tmp_path / "heads" / "warmth")
    done = _cli("heads", "--json", env={"AFFECTKIT_HEADS": str(tmp_path / "heads")})
    assert done.returncode == 0, done.stderr
    listed = {entry["name"]: entry for entry in json.loads(done.stdout)["heads"]}
    assert listed["warmth"] == {
        "kind": "custom",
        "name": "warmth",
        "version": "1",
        "encoder": {"name": "fake-encoder", "version": "0"},
        "licence": "user data",
        "path": str(tmp_path / "heads" / "warmth"),
        "origin": "user",
    }
    monkeypatch.setenv("AFFECTKIT_HEADS", str(tmp_path / "heads"))
    by_name = Analyzer(model=_fake(), heads=["warmth"])  # a user head by its name
    assert by_name.analyze_batch(["thanks!"])[0].custom["warmth"].labels == ["warm"]


# -- end to end on the shipped model: train, analyze --head, /v1/analyze ------------------------------

PRAISE = [
    "The new update is brilliant, thank you so much!",
    "Your support team solved it in minutes, amazing work.",
    "I love how simple the setup was.",
    "Great job on the redesign, it feels so much faster.",
    "Thanks for the quick refund, really appreciated.",
    "This app makes my mornings so much easier.",
    "Fantastic service, I will recommend you to friends.",
    "The delivery arrived early and everything was perfect.",
    "What a lovely surprise to find the bonus feature.",
    "Wonderful experience from start to finish.",
    "The staff were kind and patient with my questions.",
    "Really happy with the quality of this product.",
]
COMPLAINT = [
    "The app crashed again and I lost all my notes.",
    "Nobody answered my emails for two weeks.",
    "The package arrived broken and late.",
    "I was charged twice and still have no refund.",
    "This update made everything slower and worse.",
    "Your hotline kept me waiting for an hour.",
    "The instructions are confusing and useless.",
    "I am fed up with the constant login errors.",
    "The product stopped working after three days.",
    "Terrible service, nobody seems to care.",
    "The screen flickers and support ignores it.",
    "I want my money back, this is a scam.",
]


@pytest.mark.slow
def test_train_then_analyze_then_serve_give_the_same_numbers(tmp_path: Path) -> None:
    from serve_helpers import running

    from affectkit.serve import ServeSettings

    rows = [{"text": t, "label": "praise"} for t in PRAISE] + [{"text": t, "label": "complaint"} for t in COMPLAINT]
    source = _write_csv(tmp_path / "feedback.csv", rows)
    folder = tmp_path / "heads" / "feedback"
    command = ("train", "feedback", "--data", str(source), "--out", str(folder), "--cv", "3")
    trained = _cli(*command, env={"COLUMNS": "120"})
    assert trained.returncode == 0, trained.stderr
    assert "held out: 3-fold cross-validation" in trained.stdout and "complaint" in trained.stdout

    new = ["Thank you, the fix works perfectly.", "My order never arrived and nobody replies."]
    library = Analyzer(heads=[folder]).analyze_batch(new)
    assert [a.custom["feedback"].labels for a in library] == [["praise"], ["complaint"]]
    cli = _cli("analyze", "--json", "--head", str(folder), *new)
    assert cli.returncode == 0, cli.stderr
    from_cli = [json.loads(line)["custom"]["feedback"] for line in cli.stdout.splitlines()]
    with running(ServeSettings(heads=str(folder))) as (base, _):
        ready = httpx.get(f"{base}/readyz").json()
        assert ready["heads"] == ["feedback 1"]
        answer = httpx.post(f"{base}/v1/analyze", json={"texts": new}, timeout=30)
        assert answer.status_code == 200, answer.text
        from_service = [item["custom"]["feedback"] for item in answer.json()]
        one_view = httpx.post(f"{base}/v1/analyze", json={"texts": new[:1], "view": "ekman"}, timeout=30).json()
        assert one_view[0]["custom"]["feedback"]["labels"] == ["praise"]
    for mine, theirs, served in zip(library, from_cli, from_service):
        scores = mine.custom["feedback"].scores
        assert scores is not None
        assert theirs["labels"] == served["labels"] == mine.custom["feedback"].labels
        for label, value in scores.items():
            assert theirs["scores"][label] == pytest.approx(value, abs=1e-6)
            assert served["scores"][label] == pytest.approx(value, abs=1e-6)

    plain = Analyzer().analyze_batch(new)
    for a, b in zip(plain, library):  # the head's pooled pass changes nothing else
        dumped = json.loads(b.model_dump_json())
        dumped.pop("custom")
        assert json.dumps(dumped) == json.dumps(json.loads(a.model_dump_json()))


def test_the_shipped_model_refuses_a_head_trained_on_another_encoder(tmp_path: Path) -> None:
    texts, labels = _rows()
    folder = train_head("warmth", texts, labels, cv=3, encoder=_fake()).save(tmp_path / "warmth")
    done = _cli("analyze", "--head", str(folder), "so glad you came")
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "error: the custom head warmth 1 read fake-encoder 0, not goemotions-minilm 1.1.0: analyse with that "
        "model (--model), or train the head again on goemotions-minilm 1.1.0 (affectkit train)"
    )
