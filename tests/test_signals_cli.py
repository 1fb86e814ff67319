"""``affectkit signals``: texts, stdin and files, the LLM's explanation and its checks, on a
bundle trained here with the fake encoder (fast), and once on the shipped bundle. Every text
here is invented."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from signal_fixture import build_bundle, fake_encoder, shipped_bundle
from typer.testing import CliRunner

from affectkit.care.signal_bundle import SignalBundle, read_signal_bundle
from affectkit.cli import signals as signals_cli
from affectkit.cli.main import app
from affectkit.errors import LLMUnavailableError
from affectkit.llm.client import Completion, Message
from affectkit.testing import EchoLLM
from affectkit.understand.analyzer import Analyzer

runner = CliRunner()
STRESSED = "the deadline again and the rent is due"
CALM = "a walk in the garden with the dog"
IMHI = 'stress: yes. Reasoning: the post names "deadline" and "rent", words often used about pressure.'


@pytest.fixture(scope="module")
def toy(tmp_path_factory: pytest.TempPathFactory) -> tuple[Analyzer, SignalBundle]:
    fake = fake_encoder()
    return Analyzer(model=fake), read_signal_bundle(build_bundle(tmp_path_factory.mktemp("bundle"), fake))


@pytest.fixture
def fake_readers(toy: tuple[Analyzer, SignalBundle], monkeypatch: pytest.MonkeyPatch) -> tuple[Analyzer, SignalBundle]:
    monkeypatch.setattr(signals_cli, "_readers", lambda: toy)
    return toy


class RemoteLLM(EchoLLM):
    """An echo LLM that says it runs elsewhere (so what it gets must be redacted)."""

    base_url = "https://llm.example.com/v1"


def invoke(*args: str, stdin: str | None = None) -> Any:
    return runner.invoke(app, ["signals", *args], input=stdin, env={"COLUMNS": "200"})


@pytest.mark.fast
def test_terminal_shows_flagged_signals_with_evidence_and_the_sentence(fake_readers: object) -> None:
    result = invoke(STRESSED, CALM)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "1." in out and "2." in out
    stressed, calm = out.split("\n2.")
    assert re.search(r"\n  stress +yes [01]\.\d\d  .*'(the )?(deadline|rent)'", stressed), stressed
    assert re.search(r"\n  stress_cause +\w", stressed)
    assert stressed.rstrip().endswith("this is not a diagnosis.")
    assert not re.search(r"\n  (stress|depression) ", calm) and "wellness" in calm  # calm, with its walk
    assert calm.rstrip().endswith("this is not a diagnosis.")
    assert "care level" not in out  # below level 2 there is no pointer


@pytest.mark.fast
def test_json_is_one_signals_object_per_text_with_evidence_in_the_text(fake_readers: object) -> None:
    result = invoke("--json", STRESSED, CALM)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 2
    first = lines[0]
    assert first["readings"]["stress"]["labels"] == ["yes"] and first["readings"]["stress"]["flagged"]
    assert 0.5 < first["readings"]["stress"]["probability"] <= 1
    cited = [e for reading in first["readings"].values() for e in reading["evidence"]]
    assert cited and all(STRESSED[e["start"] : e["end"]] == e["text"] for e in cited)
    assert first["summary"].endswith("this is not a diagnosis.") and first["care"]["level"] == 0
    assert first["provenance"]["bundle"] == "toy-signals@1" and "explanation" not in first
    quick = json.loads(invoke("--json", "--no-evidence", STRESSED).stdout)
    assert all(not reading["evidence"] for reading in quick["readings"].values())
    assert quick["readings"]["stress"]["labels"] == ["yes"]


@pytest.mark.fast
def test_stdin_reads_one_text_per_line(fake_readers: object) -> None:
    result = invoke("--json", "--no-evidence", "-", stdin=f"{STRESSED}\n\n{CALM}\n")
    assert result.exit_code == 0, result.output
    assert [bool(json.loads(line)["readings"]["stress"]["flagged"]) for line in result.stdout.splitlines()] == [
        True,
        False,
    ]


@pytest.mark.fast
def test_a_crisis_text_points_to_the_care_command(fake_readers: object) -> None:
    result = invoke("--no-evidence", "I feel so tired and I want to kill myself")
    assert result.exit_code == 0, result.output
    assert "care level 3 (high)" in result.stdout and "affectkit care" in result.stdout


@pytest.mark.fast
def test_bad_requests_fail_with_one_line(fake_readers: object, tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_text("hello\n")
    cases = {
        ("-i", str(source)): "--input needs --output",
        ("-i", str(source), "-o", str(tmp_path / "o.csv"), "hi"): "not both",
        ("-i", str(source), "-o", str(tmp_path / "o.csv"), "--llm", "local"): "--llm is for texts",
        ("-o", str(tmp_path / "o.csv"), "hi"): "--output is for --input files",
        ("-i", str(source), "-o", str(tmp_path / "o.parquet")): "signals are written as .jsonl or .csv",
        ("-i", str(tmp_path / "missing.csv"), "-o", str(tmp_path / "o.csv")): "no such file",
        ("--budget", "2", "hi"): "--budget must be at least 8",
        ("   ",): "empty",
        (): "give at least one text",
    }
    for args, message in cases.items():
        result = invoke(*args)
        assert result.exit_code != 0, args
        assert message in str(result.exception), (args, result.exception)
        assert len(str(result.exception).splitlines()) == 1


@pytest.mark.fast
def test_file_job_writes_columns_per_signal_and_reports_bad_rows(fake_readers: object, tmp_path: Path) -> None:
    source = tmp_path / "posts.csv"
    source.write_text(f"id,text\na,{STRESSED}\nb,   \nc,{CALM}\nd,too,many,fields\ne,I feel so tired and empty\n")
    target = tmp_path / "signals.csv"
    result = invoke("-i", str(source), "--id-column", "id", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert "rows in 5 · rows out 3 · rejected 2" in result.stderr
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [row["id"] for row in rows] == ["a", "c", "e"]  # in order, none lost or twice
    assert {"stress", "stress_p", "tsid", "tsid_p", "summary", "care_level"} <= set(rows[0])
    assert "stress_evidence" not in rows[0]  # evidence is off for files unless asked
    assert rows[0]["stress"] == "yes" and float(rows[0]["stress_p"]) > 0.5
    assert rows[1]["stress"] == "no" and "stress" not in rows[1]["flagged"].split(";")
    assert rows[2]["depression"] == "yes"
    assert STRESSED not in target.read_text()  # the output carries ids, not the texts
    errors = [json.loads(line) for line in (tmp_path / "signals.csv.errors.jsonl").read_text().splitlines()]
    assert [(e["row"], e["id"]) for e in errors] == [(2, "b"), (4, "d")]
    assert "empty" in errors[0]["error"] and "fields" in errors[1]["error"]


@pytest.mark.fast
@pytest.mark.parametrize("suffix", [".jsonl", ".txt", ".tsv"])
def test_file_job_reads_every_format_and_writes_json_lines(fake_readers: object, tmp_path: Path, suffix: str) -> None:
    source = tmp_path / f"posts{suffix}"
    if suffix == ".jsonl":
        source.write_text(json.dumps({"text": STRESSED}) + "\nnot json\n" + json.dumps({"text": CALM}) + "\n")
    elif suffix == ".tsv":
        source.write_text(f"text\tid\n{STRESSED}\t1\n{CALM}\t2\n")
    else:
        source.write_text(f"{STRESSED}\n\n{CALM}\n")
    target = tmp_path / "out.jsonl"
    result = invoke("-i", str(source), "-o", str(target), "--evidence", "--seed", "1")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    assert len(lines) == 2 and len({line["id"] for line in lines}) == 2
    first = lines[0]["signals"]
    assert first["readings"]["stress"]["flagged"] and first["readings"]["stress"]["evidence"]
    assert first["provenance"]["evidence"]["seed"] == 1
    assert (tmp_path / "out.jsonl.errors.jsonl").exists() == (suffix == ".jsonl")


@pytest.mark.fast
def test_file_job_with_many_chunks_keeps_every_row_once(toy: tuple[Analyzer, SignalBundle], tmp_path: Path) -> None:
    from affectkit.batch.signals_file import annotate_signals

    source = tmp_path / "many.txt"
    texts = [STRESSED if i % 3 else CALM for i in range(23)]
    texts[7] = "x" * 30_000  # over the signals' limit: rejected alone
    source.write_text("\n".join(texts) + "\n")
    seen: list[int] = []
    analyzer, bundle = toy
    summary = annotate_signals(source, tmp_path / "out.jsonl", analyzer=analyzer, bundle=bundle, chunk_size=5,
                               on_progress=seen.append)  # fmt: skip
    ids = [json.loads(line)["id"] for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert (summary.rows_in, summary.rows_out, summary.rows_rejected) == (23, 22, 1)
    assert ids == [str(i + 1) for i in range(23) if i != 7]
    assert seen == sorted(seen) and seen[-1] == 23


# -- the LLM's explanation -----------------------------------------------------------------------


@pytest.mark.fast
def test_llm_writes_the_explanation_in_imhi_form(fake_readers: object, monkeypatch: pytest.MonkeyPatch) -> None:
    llm = EchoLLM(answer=IMHI)
    monkeypatch.setattr(signals_cli, "_llm", lambda *_: llm)
    result = invoke("--llm", "local", STRESSED)
    assert result.exit_code == 0, result.output
    assert "explanation (written by echo)" in result.stdout and "Reasoning:" in result.stdout
    prompts = ["\n".join(m["content"] for m in messages) for messages, _ in llm.calls]
    stress = next(prompt for prompt in prompts if "Label: stress: yes." in prompt)
    assert STRESSED in stress and '"deadline"' in stress and "do not diagnose" in stress
    body = json.loads(invoke("--llm", "local", "--json", STRESSED).stdout)
    explanation = body["explanation"]
    assert explanation["written_by"] == "echo" and explanation["prompt_version"] == "signals-explain.v1"
    lines = explanation["text"].splitlines()
    flagged = [name for name, reading in body["readings"].items() if reading["flagged"]]
    assert len(lines) == len(flagged) + 1 and len(llm.calls) == 2 * len(flagged)  # one call per flagged signal
    # the label is the heads', the reasoning the LLM's (whatever label it wrote before "Reasoning:")
    assert "stress: yes. Reasoning: the post names" in explanation["text"]
    assert f"{flagged[0]}: {', '.join(body['readings'][flagged[0]]['labels'])}. Reasoning: the post" in lines[0]
    assert "not a diagnosis" in lines[-1].lower()


@pytest.mark.fast
def test_a_diagnosing_explanation_is_replaced_and_the_output_says_so(
    fake_readers: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    for answer, rule in [
        ("depression: yes. Reasoning: you clearly have depression.", "no_diagnosis"),
        ("Reasoning: this sounds like clinical depression.", "no_diagnosis"),
        ("", "empty"),
        ("Reasoning:   ", "empty"),
    ]:
        monkeypatch.setattr(signals_cli, "_llm", lambda *_, answer=answer: EchoLLM(answer=answer))
        body = json.loads(invoke("--llm", "local", "--json", STRESSED).stdout)
        explanation = body["explanation"]
        assert explanation["written_by"] == "template" and explanation["text"] == body["summary"]
        assert [v["rule"] for v in explanation["replaced"]] == [rule], answer
    result = invoke("--llm", "local", STRESSED)
    assert "the LLM wrote no reasoning for a signal; the readings' own sentence replaces it" in result.stdout
    # an answer without the form still gets it: the heads' label, then the LLM's reasoning
    monkeypatch.setattr(signals_cli, "_llm", lambda *_: EchoLLM(answer="The post names a deadline. And the"))
    kept = json.loads(invoke("--llm", "local", "--json", STRESSED).stdout)["explanation"]
    assert "stress: yes. Reasoning: The post names a deadline.\n" in kept["text"] and not kept["replaced"]


def test_a_text_the_heads_do_not_read_asks_no_llm(fake_readers: object, monkeypatch: pytest.MonkeyPatch) -> None:
    llm = EchoLLM(answer=IMHI)
    monkeypatch.setattr(signals_cli, "_llm", lambda *_: llm)
    # not marked fast: the care layer reads a Spanish text with the shipped multilingual encoder
    result = invoke("--llm", "local", "--json", "Estoy muy cansada y no puedo dormir por el trabajo")
    assert result.exit_code == 0, repr(result.exception)
    body = json.loads(result.stdout)
    assert llm.calls == [] and body["explanation"]["written_by"] == "template" and not body["covered"]
    assert body["explanation"]["note"] == "the heads do not read this text's language; the LLM was not asked"


@pytest.mark.fast
def test_a_remote_llm_gets_the_text_redacted(fake_readers: object, monkeypatch: pytest.MonkeyPatch) -> None:
    llm = RemoteLLM(answer=IMHI)
    monkeypatch.setattr(signals_cli, "_llm", lambda *_: llm)
    text = f"{STRESSED}, mail me at sam.doe@example.org or call +1 (555) 123-4567"
    result = invoke("--llm", "https://llm.example.com/v1", text)
    assert result.exit_code == 0, result.output
    sent = json.dumps(llm.calls)
    assert "sam.doe@example.org" not in sent and "555" not in sent and "[EMAIL]" in sent and "[PHONE]" in sent
    assert "replaced before it left this machine: 1 email, 1 phone" in result.stdout
    local = EchoLLM(answer=IMHI)
    monkeypatch.setattr(signals_cli, "_llm", lambda *_: local)
    invoke("--llm", "local", text)
    assert "sam.doe@example.org" in json.dumps(local.calls)  # a model on this machine sees the text as it is


@pytest.mark.fast
def test_a_dead_llm_server_gives_the_clear_error(fake_readers: object) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = invoke("--llm", f"http://127.0.0.1:{port}/v1", "--no-evidence", STRESSED)
    assert isinstance(result.exception, LLMUnavailableError)
    assert str(result.exception).startswith(f"cannot reach the LLM at http://127.0.0.1:{port}")


@pytest.mark.fast
def test_explain_signals_checks_no_diagnosis_on_its_own() -> None:
    from affectkit.care.signal_types import SignalReading, Signals, SignalsProvenance
    from affectkit.generate.signal_explain import explain_signals

    reading = SignalReading(name="depression", set="DR", labels=["yes"], scores={"no": 0.2, "yes": 0.8},
                            flagged=True, description="language often associated with depressive symptoms",
                            served_by="trained")  # fmt: skip
    found = Signals(text_chars=10, language="en", covered=True, readings={"depression": reading},
                    summary="This text shows ...; this is not a diagnosis.",
                    provenance=SignalsProvenance(bundle="b@1", encoder="e@1", long_text="truncate"))  # fmt: skip

    class Scripted:
        name = "scripted"

        def complete(self, messages: Sequence[Message], **_: Any) -> Completion:
            return Completion(text="yes. Reasoning: this sounds like clinical depression.", finish_reason="stop",
                              model=self.name)  # fmt: skip

    checked = explain_signals(found, "nothing feels worth it lately", Scripted())
    assert checked.written_by == "template" and [v.rule for v in checked.replaced] == ["no_diagnosis"]


# -- the shipped bundle ----------------------------------------------------------------------------

POST = ("Third night in a row I can't sleep. The deadline at work is tomorrow, I'm behind on rent, and "
        "honestly I feel like everyone would be better off without me dragging them down.")  # fmt: skip


def test_the_shipped_bundle_reads_a_post_written_here() -> None:
    shipped_bundle()
    command = [sys.executable, "-c", "from affectkit.cli.main import run; run()", "signals", "--json", POST]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    body = json.loads(done.stdout)
    assert body["covered"] and body["summary"].endswith("this is not a diagnosis.")
    flagged = [r for r in body["readings"].values() if r["flagged"]]
    assert flagged and any(r["evidence"] for r in flagged)
    for reading in body["readings"].values():
        for e in reading["evidence"]:
            assert POST[e["start"] : e["end"]] == e["text"]
    from affectkit.care.check import check_reply
    from affectkit.care.types import CareAssessment

    assert not [v for v in check_reply(body["summary"], CareAssessment.none()) if v.rule == "no_diagnosis"]
