"""Replies in stages (ground -> plan -> write -> check): each stage on its own, the care
assessment as the plan's required input, every face going through the stages, and the
next-reply proposal as a library function."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from affectkit.care.check import check_reply
from affectkit.care.types import CareAssessment
from affectkit.cli.main import app
from affectkit.errors import InputError, LLMOutputError
from affectkit.generate import STRATEGIES, reply, stages
from affectkit.generate.next_reply import BigFive, NextReply, propose_next_reply
from affectkit.generate.reply import as_reply
from affectkit.generate.stages import Draft, Grounding, ReplyPlan, check, ground, plan, write
from affectkit.llm.client import Completion, Message
from affectkit.understand.analyzer import Analyzer
from affectkit.understand.conversation import Conversation, analyze_conversation
from affectkit.understand.transition import transition

SRC = Path(__file__).resolve().parents[1] / "src" / "affectkit"
CRISIS = "I want to kill myself"
EVERYDAY = "I failed my driving test again and everyone is laughing at me"
GOOD = "That sounds really hard, and I'm glad you told me. What has been weighing on you most?"


class WritingDouble:
    """An LLM double that answers with a fixed text and keeps what it was asked."""

    def __init__(self, text: str, *, base_url: str | None = None) -> None:
        self.name = "double"
        self.text = text
        self.calls: list[tuple[list[Message], dict[str, Any]]] = []
        if base_url is not None:
            self.base_url = base_url

    def complete(self, messages: Sequence[Message], **options: Any) -> Completion:
        self.calls.append((list(messages), options))
        return Completion(self.text, "stop", self.name)


@pytest.fixture
def plan_calls(monkeypatch: pytest.MonkeyPatch) -> list[CareAssessment]:
    """Every care assessment that ``stages.plan`` is called with, from any face."""
    seen: list[CareAssessment] = []
    real = stages.plan

    def recording(care: CareAssessment, grounding: Grounding, /, **options: Any) -> ReplyPlan:
        seen.append(care)
        return real(care, grounding, **options)

    monkeypatch.setattr(stages, "plan", recording)
    return seen


# -- ground ----------------------------------------------------------------------------------


def test_ground_gives_the_analysis_the_care_assessment_and_the_focus(analyzer: Analyzer) -> None:
    grounding, care = ground(EVERYDAY, None, analyzer)
    assert grounding.analysis.text == EVERYDAY and grounding.history == []
    assert isinstance(care, CareAssessment) and care.level < 2
    focus = grounding.focus  # the whole reads as amusement; the distressed clause is answered
    assert grounding.analysis.dominant == "amusement"
    assert focus.offset == 0 and focus.labels[0] == "sadness" and "failed" in [w.word for w in focus.causes]
    assert focus.clause == "I failed my driving test again"


def test_a_crisis_costs_one_encoder_pass(analyzer: Analyzer) -> None:
    grounding, care = ground(CRISIS, [{"role": "user", "content": "hi"}], analyzer)
    assert care.level == 3 and grounding.history == [{"role": "user", "content": "hi"}]
    plan(care, grounding, strategy="Question")
    assert "focus" not in vars(grounding)  # the care plan never read the clause-level focus


# -- plan ------------------------------------------------------------------------------------


def test_plan_refuses_to_run_without_a_care_assessment(analyzer: Analyzer) -> None:
    grounding, care = ground("I lost my keys again", None, analyzer)
    with pytest.raises(TypeError):
        plan(grounding)  # type: ignore[arg-type, call-arg]
    with pytest.raises(TypeError):
        plan(grounding=grounding)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="needs the care assessment"):
        plan(None, grounding)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="needs the care assessment"):
        plan(grounding, grounding)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Grounding"):
        plan(care, grounding.analysis)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="needs the care assessment"):
        ReplyPlan(care=None, writing="free", strategy="Question", message="x", history=[], prompt_version="reply.v1")  # type: ignore[arg-type]
    assert plan(care, grounding).care is care


@pytest.mark.parametrize("chooser", ["rules", "learned"])
@pytest.mark.parametrize("strategy", [None, *STRATEGIES])
def test_a_crisis_plan_is_the_care_plan_whatever_strategy_is_asked(
    analyzer: Analyzer, strategy: str | None, chooser: str
) -> None:
    grounding, care = ground(CRISIS, None, analyzer)
    planned = plan(care, grounding, strategy=strategy, chooser=chooser, locale="en-US")
    assert planned.writing == "template" and planned.strategy == "Crisis support (care level 3)"
    assert planned.template is not None and "988" in planned.template.text
    assert planned.emotions == [] and planned.cause_words == [] and planned.prompt_version == "care-reply.v1"


def test_plan_for_everyday_messages(analyzer: Analyzer) -> None:
    grounding, care = ground(EVERYDAY, None, analyzer)
    chosen = plan(care, grounding)
    assert chosen.writing == "free" and chosen.template is None and chosen.strategy == "Reflection of feelings"
    assert chosen.emotions[0].label == "sadness" and "failed" in chosen.cause_words
    assert chosen.prompt_version == "reply.v1" and not chosen.uncertain
    assert plan(care, grounding, strategy="Others").strategy == "Others"
    assert plan(care, grounding, chooser="learned").strategy in STRATEGIES
    assert plan(care, grounding, unsure_below=0.999).uncertain
    remembered = plan(care, grounding, memories=["  ", "My   cat died.", *(["x"] * 20)])
    assert remembered.memories[:2] == ["My cat died.", "x"] and len(remembered.memories) == 9
    assert remembered.prompt_version == "reply-memory.v1"
    with pytest.raises(InputError, match="unknown strategy"):
        plan(care, grounding, strategy="Hugs")
    with pytest.raises(InputError, match="chooser"):
        plan(care, grounding, chooser="magic")


def test_a_language_the_care_layer_does_not_cover_gets_resources(analyzer: Analyzer) -> None:
    grounding, care = ground("Voglio morire, non ce la faccio più", None, analyzer)
    planned = plan(care, grounding, strategy="Question")
    assert not care.covered and planned.writing == "template"
    assert planned.strategy == "Resources (language not covered)"


# -- write and check -------------------------------------------------------------------------


def test_write_offline_and_with_an_llm(analyzer: Analyzer) -> None:
    grounding, care = ground(EVERYDAY, None, analyzer)
    planned = plan(care, grounding, strategy="Question")
    offline = write(planned)
    assert offline.produced_by == "composer" and not offline.from_llm and "you failed your driving test" in offline.text
    llm = WritingDouble(GOOD)
    drafted = write(planned, llm=llm, max_tokens=50)
    assert drafted == Draft(text=GOOD, produced_by="double", from_llm=True)
    prompt, options = llm.calls[0]
    assert "Use this support strategy: Question" in prompt[-1]["content"]
    assert options == {"max_tokens": 50, "temperature": 0.7, "seed": 0}
    with pytest.raises(LLMOutputError, match="empty reply"):
        write(planned, llm=WritingDouble("  "))


def test_write_a_care_plan(analyzer: Analyzer) -> None:
    grounding, care = ground(CRISIS + ", mail me at a@b.co", None, analyzer)
    planned = plan(care, grounding)
    assert write(planned).produced_by == "care-template"
    remote = WritingDouble(GOOD, base_url="https://llm.example.com/v1")
    drafted = write(planned, llm=remote, max_tokens=50)
    prompt, options = remote.calls[0]
    assert drafted.from_llm and drafted.redacted == {"email": 1}
    assert "a@b.co" not in prompt[-1]["content"] and "[EMAIL]" in prompt[-1]["content"]
    assert options == {"max_tokens": 200, "temperature": 0.3, "seed": 0}
    uncovered, unsure = ground("Voglio morire, non ce la faccio più", None, analyzer)
    silent = WritingDouble(GOOD)
    assert write(plan(unsure, uncovered), llm=silent).produced_by == "care-template" and silent.calls == []


def test_check_replaces_a_draft_that_breaks_a_rule(analyzer: Analyzer) -> None:
    grounding, care = ground(EVERYDAY, None, analyzer)
    everyday = plan(care, grounding)
    offline = write(everyday)
    assert check(offline, everyday).text == offline.text
    kept = check(Draft(text=GOOD, produced_by="double", from_llm=True), everyday)
    assert kept.text == GOOD and kept.produced_by == "double" and kept.replaced == []
    diagnosed = check(Draft(text="You have depression.", produced_by="double", from_llm=True), everyday)
    assert diagnosed.text == offline.text and diagnosed.produced_by == "composer"
    assert [v.rule for v in diagnosed.replaced] == ["no_diagnosis"]

    crisis_grounding, crisis_care = ground(CRISIS, None, analyzer)
    crisis = plan(crisis_care, crisis_grounding)
    for text in ("You have depression. Goodbye.", ""):
        replaced = check(Draft(text=text, produced_by="double", from_llm=True), crisis)
        assert replaced.produced_by == "care-template" and replaced.replaced
        assert check_reply(replaced.text, crisis_care) == []
    assert check(Draft(text="", produced_by="double", from_llm=True), crisis).replaced[0].rule == "empty"


# -- reply() is the stages in a row ----------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "options", "produced_by", "strategy"),
    [
        (EVERYDAY, {}, "composer", "Reflection of feelings"),
        ("I got promoted today, I'm so proud!", {}, "composer", "Affirmation and Reassurance"),
        ("I don't understand how any of this works", {"strategy": "Information"}, "composer", "Information"),
        (CRISIS, {"strategy": "Question", "locale": "en-GB"}, "care-template", "Crisis support (care level 3)"),
        ("I've saved up pills and I'm going to take them all tonight", {}, "care-template",
         "Crisis support (care level 4)"),
    ],
)  # fmt: skip
def test_reply_is_the_composition_of_the_stages(
    analyzer: Analyzer, message: str, options: dict[str, Any], produced_by: str, strategy: str
) -> None:
    answer = reply(message, analyzer=analyzer, **options)
    assert answer.produced_by == produced_by and answer.strategy == strategy
    grounding, care = ground(message, None, analyzer, options.get("locale"))
    planned = plan(care, grounding, **options)
    draft = write(planned)
    assert as_reply(grounding, planned, draft, check(draft, planned)).model_dump_json() == answer.model_dump_json()
    if produced_by == "care-template":
        assert answer.emotions == [] and answer.template and answer.locale and not answer.uncertain
        assert check_reply(answer.reply, answer.care) == []
    else:
        assert answer.emotions and answer.template is None and answer.locale is None


def test_an_unknown_strategy_fails_before_the_encoder_runs(plan_calls: list[CareAssessment]) -> None:
    class NoAnalyzer:
        def __getattr__(self, name: str) -> Any:
            raise AssertionError("the encoder ran")

    with pytest.raises(InputError, match="unknown strategy 'Hugs'"):
        reply(CRISIS, analyzer=NoAnalyzer(), strategy="Hugs")  # type: ignore[arg-type]
    assert plan_calls == []


# -- every face goes through the stages ------------------------------------------------------


def test_the_memory_agent_goes_through_the_stages(tmp_path: Path, plan_calls: list[CareAssessment]) -> None:
    from affectkit.memory import Memory
    from affectkit.memory.agent import Character

    ada = Character("Ada", Memory(tmp_path / "ada.db"), llm=WritingDouble(GOOD))
    turn = ada.respond(CRISIS)
    assert [care.level for care in plan_calls] == [3]
    assert turn.reply.produced_by == "care-template" and turn.reply.care == plan_calls[0]


def test_the_cli_goes_through_the_stages(plan_calls: list[CareAssessment]) -> None:
    result = CliRunner().invoke(app, ["reply", "--json", "--strategy", "Question", CRISIS])
    assert result.exit_code == 0, result.output
    assert [care.level for care in plan_calls] == [3]
    assert json.loads(result.output)["strategy"] == "Crisis support (care level 3)"


def test_the_service_goes_through_the_stages(plan_calls: list[CareAssessment]) -> None:
    from serve_helpers import running

    from affectkit.serve import ServeSettings

    with running(ServeSettings()) as (base, _):
        answer = httpx.post(f"{base}/v1/reply", json={"message": CRISIS, "strategy": "Question"}, timeout=60)
    assert answer.status_code == 200, answer.text
    assert [care.level for care in plan_calls] == [3]
    assert answer.json()["produced_by"] == "care-template"


def test_care_never_imports_generate() -> None:
    upward = ("affectkit.generate", "from affectkit import generate")
    offenders = [
        str(path.relative_to(SRC))
        for path in (SRC / "care").rglob("*.py")
        if any(name in path.read_text("utf-8") for name in upward)
    ]
    assert offenders == []


# -- the next reply in a conversation --------------------------------------------------------


@pytest.fixture(scope="module")
def talk_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("talk") / "talk.json"
    path.write_text(json.dumps([
        {"speaker": "A", "text": "I failed the exam I studied months for."},
        {"speaker": "B", "text": "That's so unfair, you worked so hard."},
        {"speaker": "A", "text": "I don't even want to get out of bed."},
    ]))  # fmt: skip
    yield path


def test_propose_next_reply_is_typed_and_the_cli_prints_it(analyzer: Analyzer, talk_file: Path) -> None:
    result = analyze_conversation(Conversation.read(talk_file), analyzer)
    anxious = BigFive(neuroticism=0.95, extraversion=0.2)
    proposal = propose_next_reply(result, anxious)
    assert isinstance(proposal, NextReply) and proposal.speaker == "B"
    direct = transition(result.turns[1].analysis.vad, anxious, stimulus=result.turns[2].analysis.vad)
    assert proposal.model_dump(exclude={"speaker"}) == direct.model_dump()
    assert list(proposal.model_dump()) == ["speaker", "label", "vad", "distance", "temperament", "settings"]
    cli = CliRunner().invoke(app, ["conversation", str(talk_file), "--json", "--personality", "0.5,0.5,0.5,0.5,0.95"])
    assert cli.exit_code == 0, cli.output
    expected = propose_next_reply(result, BigFive(neuroticism=0.95)).model_dump(mode="json")
    assert json.loads(cli.output)["next_reply"] == expected
    alone = analyze_conversation(Conversation.from_records([{"speaker": "A", "text": "So happy today!"}]), analyzer)
    assert propose_next_reply(alone).speaker == "A"
