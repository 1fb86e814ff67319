"""The logic behind ``affectkit memory add``, ``stimuli eval``, ``eval`` and ``analyze -i``,
called from Python: typed results, and errors that name the problem."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from affectkit.batch import ENGINES, AnnotationJob, annotate_file, prepare_annotation
from affectkit.errors import AffectkitError, DataError, FileInputError, InputError
from affectkit.evaluate import TASKS, TaskResult, run_task, write_report, write_task_plots
from affectkit.evaluate.stimuli_eval import StimulusExperiment, run_stimulus_experiment
from affectkit.llm import StimulusEffect, compare_stimuli
from affectkit.llm.client import Completion, Message
from affectkit.memory import ImportReport, Memory, import_memories
from affectkit.memory.importer import ADD_BATCH, MemoryRow, SkippedRow, read_memories, store_memories
from affectkit.testing import EchoLLM, FakeEncoder
from affectkit.understand.analyzer import Analyzer

JOY = '{"labels": ["joy"], "valence": 5, "arousal": 3, "dominance": 3, "explanation": "glad"}'


class ScriptedLLM:
    """Answers ``gratitude`` for texts that thank, ``joy`` otherwise, and nonsense when the
    prompt carries the stimulus ``bad_for`` (so that stimulus's answers are invalid)."""

    name = "scripted"

    def __init__(self, bad_for: str = "") -> None:
        self.bad_for = bad_for

    def complete(self, messages: Sequence[Message], **_: Any) -> Completion:
        prompt = "\n".join(message["content"] for message in messages)  # retries add messages
        if self.bad_for and self.bad_for in prompt:
            return Completion(text="no idea", finish_reason="stop", model=self.name)
        text = next(m["content"] for m in messages if "Text:" in m["content"]).split("Text:")[-1]
        label = "gratitude" if "thank" in text.lower() else "joy"
        answer = {"labels": [label], "valence": 4, "arousal": 2, "dominance": 3, "explanation": "x"}
        return Completion(text=json.dumps(answer), finish_reason="stop", model=self.name)


# -- memory import -----------------------------------------------------------------------


@pytest.mark.fast
def test_reading_an_import_checks_the_request_before_any_store_is_opened(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="give texts to remember"):
        read_memories()
    with pytest.raises(InputError, match="--owner is needed for texts"):
        read_memories(texts=["hi"])
    with pytest.raises(InputError, match="is not a file"):
        read_memories(tmp_path / "missing.jsonl")
    (tmp_path / "notes.csv").write_text("text\nhi\n")
    with pytest.raises(InputError, match=r"\.txt \(one per line\) or \.jsonl; got \.csv"):
        read_memories(tmp_path / "notes.csv")
    (tmp_path / "diary.txt").write_text("one\n")
    with pytest.raises(InputError, match=r"--owner is needed for a \.txt file"):
        read_memories(tmp_path / "diary.txt")
    assert list(tmp_path.glob("*.db")) == []


@pytest.mark.fast
def test_reading_keeps_good_rows_in_order_and_lists_bad_ones(tmp_path: Path) -> None:
    lines = tmp_path / "memories.jsonl"
    lines.write_bytes(
        b'{"text": "we won", "owner": "ada", "time": 10.0, "metadata": {"day": 1}}\n'
        b"not json\n"
        b"\n"
        b'{"owner": "ada"}\n'
        b"\xff\xfe\n"
        b'{"text": "no owner given"}\n'
        b'{"text": 5, "owner": "ada"}\n'
    )
    read = read_memories(lines, texts=["from the command line"], owner="bob")
    assert read.rows == [
        MemoryRow("bob", "from the command line", None, {}, "text 1"),
        MemoryRow("ada", "we won", 10.0, {"day": 1}, "memories.jsonl line 1"),
        MemoryRow("bob", "no owner given", None, {}, "memories.jsonl line 6"),
    ]
    assert [skip.where for skip in read.skipped] == [f"memories.jsonl line {n}" for n in (2, 4, 5, 7)]
    assert str(read.skipped[1]) == "memories.jsonl line 4: KeyError: 'text'"
    assert read.skipped[2] == SkippedRow("memories.jsonl line 5", "not UTF-8")
    assert read.skipped[3].reason == "TypeError: text and owner must be strings"


def test_import_stores_the_good_rows_and_reports_the_rest(tmp_path: Path) -> None:
    lines = tmp_path / "memories.jsonl"
    lines.write_text(
        "\n".join(
            json.dumps(row)
            for row in (
                {"text": "I am scared of the dentist", "owner": "ada", "time": 100.0},
                {"text": "   ", "owner": "ada", "time": 101.0},
                {"text": "Thank you for the flowers", "owner": "ada", "time": 102.0, "metadata": {"day": 2}},
                {"text": "The bus was late", "owner": "bob", "time": 103.0},
            )
        )
        + "\n{broken\n"
    )
    calls: list[tuple[int, int]] = []
    with Memory(tmp_path / "m.db") as memory:
        report = import_memories(memory, lines, progress=lambda done, total: calls.append((done, total)))
        assert isinstance(report, ImportReport)
        assert (report.stored, report.store) == (3, "sqlite")
        assert [skip.where for skip in report.skipped] == ["memories.jsonl line 5", "memories.jsonl line 2"]
        assert "empty" in report.skipped[1].reason
        assert calls == [(3, 4), (4, 4)]  # one batch per owner
        assert {owner: memory.count(owner) for owner in memory.owners()} == {"ada": 2, "bob": 1}
        again = store_memories(memory, read_memories(texts=["a walk in the park"], owner="cy"))
        assert (again.stored, again.skipped) == (1, [])
    assert ADD_BATCH == 256


# -- the stimulus experiment --------------------------------------------------------------


@pytest.mark.fast
def test_compare_stimuli_scores_each_stimulus_on_the_same_items() -> None:
    texts = ["thanks a lot", "what a day", "thank you so much", "ok then"]
    gold = [{"gratitude"}, {"joy"}, {"gratitude", "admiration"}, {"neutral"}]
    messages: list[str] = []
    effects = compare_stimuli(
        ScriptedLLM(bad_for="Are you sure?"), texts, gold, ["ep02", "EP04"], progress=messages.append
    )
    assert all(isinstance(effect, StimulusEffect) for effect in effects)
    plain, unsure = effects
    assert (plain.stimulus, plain.items, plain.baseline, plain.with_stimulus, plain.failures) == (
        "EP02",
        4,
        0.75,
        0.75,
        0,
    )
    assert plain.relative_change == 0.0
    assert (unsure.stimulus, unsure.with_stimulus, unsure.failures) == ("EP04", 0.0, 4)  # invalid answers score 0
    assert messages[0] == "no stimulus: 1/4" and messages[-1] == "EP04: 4/4" and len(messages) == 12


@pytest.mark.fast
def test_compare_stimuli_refuses_bad_input() -> None:
    with pytest.raises(InputError, match="unknown stimulus id"):
        compare_stimuli(EchoLLM(answer=JOY), ["hi"], [{"joy"}], ["EP42"])
    with pytest.raises(InputError, match="2 texts but 1 gold label sets"):
        compare_stimuli(EchoLLM(answer=JOY), ["hi", "there"], [{"joy"}], ["EP02"])


@pytest.mark.fast
def test_the_experiment_runs_on_a_data_set_sample(fixture_data: Path, tmp_path: Path) -> None:
    llm = EchoLLM(answer=JOY)
    experiment = run_stimulus_experiment(["np04"], llm=llm, data=fixture_data, limit=6)
    assert isinstance(experiment, StimulusExperiment)
    assert (experiment.task, experiment.split, experiment.llm) == ("goemotions", "test", "echo")
    assert len(experiment.items) == 6 and experiment.items == sorted(experiment.items)
    assert [effect.stimulus for effect in experiment.effects] == ["NP04"]
    assert len(llm.calls) == 12  # six items, without and with the stimulus
    written = experiment.write_report(tmp_path / "runs" / "stimuli.json")
    report = json.loads(written.read_text())
    assert report["llm"] == "echo" and report["items"] == experiment.items
    assert report["effects"][0]["stimulus"] == "NP04" and report["effects"][0]["items"] == 6


@pytest.mark.fast
def test_the_experiment_checks_task_stimuli_and_data_before_the_llm(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown task 'emobank'; the stimuli harness runs: goemotions"):
        run_stimulus_experiment(["EP02"], llm="local:/nowhere.gguf", task="emobank")
    with pytest.raises(InputError, match=r"unknown stimulus id\(s\) \['EP99'\]"):
        run_stimulus_experiment(["EP02", "EP99"], llm="local:/nowhere.gguf")
    with pytest.raises(DataError, match="not found"):
        run_stimulus_experiment(["EP02"], llm="local:/nowhere.gguf", data=tmp_path / "missing")


# -- evaluation dispatch and reports ------------------------------------------------------


@pytest.mark.fast
def test_the_task_registry_names_every_evaluation() -> None:
    expected = ["goemotions", "emobank", "esconv", "memory", "meld", "dailydialog", "reccon", "care", "wassa", "imhi"]
    expected.append("xed")
    assert list(TASKS) == expected
    assert all(task.name == name and task.summary for name, task in TASKS.items())


@pytest.mark.fast
def test_run_task_refuses_bad_options_with_the_fix(fixture_data: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown task 'sst2'; choose one of goemotions, emobank"):
        run_task("sst2", data=fixture_data)
    with pytest.raises(InputError, match="--backend must be encoder or llm, not 'gpu'"):
        run_task("goemotions", backend="gpu", data=fixture_data)
    with pytest.raises(DataError, match=r"data folder .* not found"):
        run_task("goemotions", data=tmp_path / "missing")
    with pytest.raises(InputError, match="--backend llm evaluates goemotions"):
        run_task("emobank", backend="llm", llm=EchoLLM(answer=JOY), data=fixture_data)
    with pytest.raises(InputError, match="--backend llm needs --llm"):
        run_task("goemotions", backend="llm", data=fixture_data)
    with pytest.raises(InputError, match="no fp32 model at"):
        run_task("goemotions", fp32=tmp_path / "none.onnx", data=fixture_data)


@pytest.mark.fast
def test_reports_are_indented_json_and_tasks_without_plots_write_none(tmp_path: Path) -> None:
    meld = TaskResult("meld", "test", {"turns": 2, "score": float("nan")})
    path = write_report(meld, tmp_path / "deep" / "meld.json")
    assert path.read_text(encoding="utf-8") == '{\n  "turns": 2,\n  "score": NaN\n}\n'
    care = write_report(TaskResult("care", "test", {"dev": 1}), tmp_path / "care.json")
    assert care.read_text(encoding="utf-8") == '{\n  "dev": 1\n}'  # the care report has no final newline
    assert write_task_plots(meld, tmp_path / "plots") == []
    assert write_task_plots(TaskResult("goemotions", "test", {}, backend="llm"), tmp_path / "plots") == []
    assert not (tmp_path / "plots").exists()


def test_run_task_returns_the_report_of_a_conversation_task(fixture_data: Path, tmp_path: Path) -> None:
    result = run_task("meld", data=fixture_data, progress=lambda message: None)
    assert isinstance(result, TaskResult)
    assert (result.task, result.split, result.backend, result.fp32) == ("meld", "test", "encoder", None)
    assert "context head (earlier turns, speakers)" in result.report["systems"]
    assert json.loads(write_report(result, tmp_path / "meld.json").read_text()) == json.loads(json.dumps(result.report))


def test_run_task_takes_an_llm_object_for_the_llm_backend(fixture_data: Path) -> None:
    llm = EchoLLM(answer=JOY)
    result = run_task("goemotions", backend="llm", llm=llm, limit=4, data=fixture_data)
    assert (result.backend, result.report["texts"]) == ("llm", 4)
    assert len(llm.calls) == 4 and any(name.startswith("LLM echo") for name in result.report["systems"])


# -- the engine of a file job -------------------------------------------------------------


@pytest.mark.fast
def test_prepare_annotation_checks_the_engine_and_its_options(tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_text("so happy\n")
    assert ENGINES == ("in-process", "ray")
    with pytest.raises(InputError, match="--engine must be in-process or ray, not 'spark'"):
        prepare_annotation(source, tmp_path / "out.jsonl", engine="spark")
    with pytest.raises(InputError, match="--care runs with the in-process engine"):
        prepare_annotation(source, tmp_path / "out.jsonl", engine="ray", care=True)
    with pytest.raises(InputError, match="--resume is for the in-process engine"):
        prepare_annotation(source, tmp_path / "out.jsonl", engine="ray", resume=True)
    with pytest.raises(InputError, match="the Ray engine loads an analyser in each actor"):
        prepare_annotation(source, tmp_path / "out.jsonl", engine="ray", analyzer=Analyzer(model=FakeEncoder()))
    with pytest.raises(InputError, match="--long-text must be 'truncate' or 'sentences', not 'all'"):
        prepare_annotation(source, tmp_path / "out.jsonl", long_text="all")
    with pytest.raises(FileInputError, match=r"the output folder .*missing does not exist; create it first"):
        prepare_annotation(source, tmp_path / "missing" / "out.jsonl", analyzer=Analyzer(model=FakeEncoder()))
    ray = prepare_annotation(source, tmp_path / "out.jsonl", engine="ray", workers=1)
    assert (ray.engine, ray.total, ray.input, ray.output) == ("ray", None, source, tmp_path / "out.jsonl")
    assert not (tmp_path / "out.jsonl").exists()  # preparing writes nothing


@pytest.mark.fast
def test_an_in_process_job_counts_its_rows_and_runs(tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_bytes(b"thanks a lot\n\xff\nI am furious\n")
    analyzer = Analyzer(model=FakeEncoder(cues={"thanks": "gratitude", "furious": "anger"}))
    job = prepare_annotation(source, tmp_path / "out.jsonl", analyzer=analyzer, chunk_size=1)
    assert isinstance(job, AnnotationJob) and (job.engine, job.total) == ("in-process", 3)
    seen: list[int] = []
    summary = job.run(on_progress=seen.append)
    assert (summary.rows_in, summary.rows_out, summary.rows_rejected) == (3, 2, 1)
    assert seen and seen[-1] == 3
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [row["labels"] for row in rows] == [["gratitude"], ["anger"]]
    again = annotate_file(source, tmp_path / "again.jsonl", analyzer=analyzer, engine="in-process")
    assert (tmp_path / "again.jsonl").read_bytes() == (tmp_path / "out.jsonl").read_bytes()
    assert again.rows_out == 2
    with pytest.raises(AffectkitError):
        annotate_file(source, tmp_path / "x.jsonl", engine="dask")
