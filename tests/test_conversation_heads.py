"""Conversation heads: context features, causes, the shipped heads against their recorded dev
scores, the evaluation commands, and emotion transition."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from affectkit.cli.main import app
from affectkit.errors import DataError, InputError
from affectkit.evaluate.conversation_eval import (
    dialogue_features,
    evaluate_conversations,
    label_index,
    micro_f1_without_neutral,
    span_scores,
)
from affectkit.evaluate.datasets import load_meld, load_reccon
from affectkit.models import EmotionModel, resolve_model
from affectkit.models.head_registry import load_head
from affectkit.models.heads import (
    CAUSE_PAIR_DIM,
    CAUSE_WINDOW,
    CONVERSATION_LABELS,
    SUMMARY_DIM,
    cause_pair_features,
    load_heads,
    turn_context_features,
)
from affectkit.types import VAD
from affectkit.understand.analyzer import Analyzer
from affectkit.understand.conversation import Conversation, analyze_conversation
from affectkit.understand.dialogue_heads import DialogueHeads
from affectkit.understand.transition import BigFive, label_positions, temperament, transition

pytestmark = pytest.mark.fast  # runs in `make test-fast` (tests needing the model skip there)


def _turns(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    logits = np.arange(n, dtype=np.float32)[:, None] * np.ones((n, 28), np.float32)
    return logits, logits[:, :9] + 0.5, np.ones((n, 384), np.float32)


def test_context_features_summarise_the_right_earlier_turns() -> None:
    logits, vad, pooled = _turns(4)
    x = turn_context_features(logits, vad, pooled, ["A", "B", "A", "A"])
    own, block = 421, SUMMARY_DIM

    def summary(row: int, slot: int) -> float:
        return float(x[row, own + slot * block])  # the first logit of the summarised turn

    flags = x[:, own + 3 * block :]
    assert flags[0].tolist() == [0, 0, 0, 0]  # the first turn has no context
    # turn 2 (A): previous turn 1 (B, other speaker), own previous turn 0, latest other turn 1
    assert (summary(2, 0), summary(2, 1), summary(2, 2)) == (1.0, 0.0, 1.0)
    assert flags[2].tolist() == [1, 0, 1, 1]
    # turn 3 (A again): previous turn 2 by the same speaker, latest other still turn 1
    assert (summary(3, 0), summary(3, 1), summary(3, 2)) == (2.0, 2.0, 1.0)
    assert flags[3].tolist() == [1, 1, 1, 1]
    with pytest.raises(ValueError, match="speakers"):
        turn_context_features(logits, vad, pooled, ["A"])


def test_cause_candidates_stay_inside_the_window() -> None:
    logits, vad, pooled = _turns(40)
    rows = cause_pair_features(logits, vad, pooled, ["A", "B"] * 20, target=39, emotion=3)
    assert rows.shape == (CAUSE_WINDOW + 1, CAUSE_PAIR_DIM)
    assert float(rows[-1, 0]) == 39.0 and float(rows[0, 0]) == 39.0 - CAUSE_WINDOW  # candidate summaries
    every = cause_pair_features(logits, vad, pooled, ["A", "B"] * 20, target=39, emotion=3, window=None)
    assert every.shape[0] == 40 and np.array_equal(every[-len(rows) :, : 2 * SUMMARY_DIM], rows[:, : 2 * SUMMARY_DIM])
    with pytest.raises(ValueError, match="outside"):
        cause_pair_features(logits, vad, pooled, ["A"] * 40, target=40, emotion=0)


def test_scores_and_label_names() -> None:
    neutral = CONVERSATION_LABELS.index("neutral")
    assert micro_f1_without_neutral([neutral] * 3, [neutral] * 3) == 0.0
    assert micro_f1_without_neutral([0, 1], [0, 1]) == 1.0
    assert label_index("happiness") == CONVERSATION_LABELS.index("joy")
    with pytest.raises(DataError, match="unknown emotion"):
        label_index("boredom")
    assert span_scores("The cat sat.", "cat sat") == (1.0, 1.0)
    assert span_scores("dog", "cat sat") == (0.0, 0.0)


def test_a_conversation_gets_emotions_in_context_and_causes(analyzer: Analyzer) -> None:
    talk = Conversation.from_records([
        {"speaker": "A", "text": "My flight got cancelled and I'll miss my sister's wedding."},
        {"speaker": "B", "text": "Oh no, that's terrible. I'm so sorry."},
        {"speaker": "A", "text": "I've been crying at the gate for an hour."},
        {"speaker": "B", "text": "Is there any other flight tonight?"},
        {"speaker": "A", "text": "Wait, they just found me a seat! I'll make it!"},
    ])
    result = analyze_conversation(talk, analyzer)
    labels = [turn.emotion.label for turn in result.turns]
    assert set(labels) <= set(CONVERSATION_LABELS)
    assert labels[2] == "sadness" and labels[4] in ("joy", "surprise")
    for turn in result.turns:
        assert sum(turn.emotion.scores.values()) == pytest.approx(1.0, abs=1e-4)
        if turn.emotion.label == "neutral":
            assert turn.causes == []
        for cause in turn.causes:
            assert turn.index - CAUSE_WINDOW <= cause.turn <= turn.index
            assert cause.span and cause.span in talk.turns[cause.turn].text
    assert any(turn.causes for turn in result.turns)
    assert result.speakers["A"].emotions == [labels[0], labels[2], labels[4]]
    assert result.turns[2].causes and result.turns[2].causes[0].turn in (0, 2)  # the cancelled flight or the crying
    assert result.context == "earlier-turns" and result.provenance["heads"] == "conversation-minilm"
    daily = analyze_conversation(talk, analyzer, corpus="dailydialog")
    assert daily.provenance["corpus"] == "dailydialog"
    with pytest.raises(InputError, match="choose one of"):
        analyze_conversation(talk, analyzer, corpus="friends")


def test_context_changes_the_reading_of_an_ambiguous_reply(analyzer: Analyzer) -> None:
    heads = DialogueHeads.load()
    texts = ["I just heard that my grandmother passed away this morning.", "Oh."]
    _, logits, vad, pooled = analyzer.analyze_with_features(texts)
    alone = heads.emotions(logits, vad, pooled, ["A", "B"], context=False)[1]
    within = heads.emotions(logits, vad, pooled, ["A", "B"])[1]
    assert within.scores["sadness"] > alone.scores["sadness"]


def test_heads_file_is_checked() -> None:
    config, _ = load_heads()
    assert config["encoder"]["name"] == "goemotions-minilm" and set(config["corpora"]) == {"meld", "dailydialog"}
    assert config["weights_sha256"]
    with pytest.raises(Exception, match="cannot read the heads"):
        load_heads(Path("/nonexistent"))


def test_eval_commands_print_tables_with_baselines(fixture_data: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    for task, needle in (("meld", "weighted-F1"), ("dailydialog", "micro-F1 without neutral"), ("reccon", "Pos-F1")):
        report = tmp_path / f"{task}.json"
        result = runner.invoke(app, ["eval", task, "--data", str(fixture_data), "--report", str(report)])
        assert result.exit_code == 0, result.output
        assert needle in result.output
        data = json.loads(report.read_text())
        assert data["heads"]["name"] == "conversation-minilm" and data["data"]["sha256"]
        if task == "reccon":
            assert data["pairs"] == (1 + 2 + 3) + (1 + 3 + 4)  # each emotional turn with itself and earlier turns
            assert data["systems"]["the turn itself"]["pos_f1"] > 0
            assert data["spans"]["pairs"] == 8  # the 'b' evidence is dropped
        else:
            assert "context minus no context" in result.output
            assert set(data["systems"]) >= {"majority class (train)", "context head (earlier turns, speakers)"}


def test_reccon_reader_drops_outside_causes(fixture_data: Path) -> None:
    dialogues, files = load_reccon(fixture_data, "test")
    assert [len(d.text) for d in dialogues] == [4, 4]
    assert dialogues[1].causes[2] == [0, 2] and dialogues[1].spans[2] == ["My flight was delayed", "nobody told us why"]
    assert "dailydialog_test.json" in files
    with pytest.raises(DataError, match="unknown split"):
        load_reccon(fixture_data, "validation")


@pytest.mark.data
def test_shipped_heads_reproduce_their_recorded_dev_scores(shared_data: Path) -> None:
    """The numpy heads, fed by the package's feature code, score on MELD dev exactly what the
    training script recorded for them (torch): training and inference read the same features."""
    from sklearn.metrics import f1_score

    config, heads = load_heads()
    model = EmotionModel.load(resolve_model("goemotions-minilm"))
    x, gold = dialogue_features(model, load_meld(shared_data, "dev"))
    head = heads["context-meld"]
    logits = head.logits(x, "emotion")
    logits[:, CONVERSATION_LABELS.index("neutral")] += config["neutral_bias"]["context-meld"]
    score = f1_score(gold, logits.argmax(1), average="weighted")
    assert score == pytest.approx(config["dev"]["context-meld"]["score"], abs=2e-3)


@pytest.mark.data
def test_reccon_dev_scores_match_the_recorded_ones(shared_data: Path) -> None:
    report = evaluate_conversations(shared_data, "reccon", "dev")
    config, _ = load_heads()
    recorded = config["dev"]["causes"]["dev_macro_f1"]
    assert report["systems"]["causes head"]["macro_f1"] == pytest.approx(recorded, abs=2e-3)
    spans = report["spans"]["span head (best candidate)"]
    assert spans["f1"] == pytest.approx(config["dev"]["spans"]["f1"], abs=2e-3)
    assert spans["exact_match"] == pytest.approx(config["dev"]["spans"]["exact_match"], abs=0.01)
    assert spans["exact_match"] > report["spans"]["whole causal turn"]["exact_match"]
    assert report["systems"]["causes head"]["macro_f1"] > report["systems"]["the turn itself"]["macro_f1"]


def test_temperament_follows_mehrabian() -> None:
    assert temperament(BigFive()) == (0.0, 0.0, 0.0)
    extravert = temperament(BigFive(extraversion=1.0))
    assert extravert == pytest.approx((0.21, 0.0, 0.60))
    neurotic = temperament(BigFive(neuroticism=1.0))
    assert neurotic == pytest.approx((-0.19, 0.57, 0.0))
    with pytest.raises(ValueError):
        BigFive(openness=1.5)


def test_transition_moves_towards_the_stimulus_and_the_temperament() -> None:
    sad = VAD(valence=1.8, arousal=2.6, dominance=2.4)
    happy = VAD(valence=4.4, arousal=3.4, dominance=3.3)
    stay = transition(sad, stimulus=sad, pull=0.0)
    assert stay.label == "sadness" and stay.vad == sad
    lifted = transition(sad, stimulus=happy, contagion=0.9, pull=0.0)
    assert lifted.vad.valence > 4.0 and lifted.label == "joy"
    sunny, gloomy = BigFive(extraversion=0.9, agreeableness=0.9, neuroticism=0.1), BigFive(neuroticism=0.95)
    neutral = VAD(valence=3.0, arousal=3.0, dominance=3.0)
    assert transition(neutral, sunny).vad.valence > transition(neutral, gloomy).vad.valence
    assert transition(neutral, gloomy).vad.arousal > transition(neutral, sunny).vad.arousal
    assert set(label_positions("goemotions")) >= {"joy", "grief", "anger"}
    assert transition(sad, labels="goemotions").label in label_positions("goemotions")
    with pytest.raises(InputError, match="pull"):
        transition(sad, pull=1.5)
    with pytest.raises(InputError, match="no label positions"):
        label_positions("plutchik")  # type: ignore[arg-type]
    contagion = float(load_head("transition-minilm").array("contagion"))
    assert 0.0 < contagion < 1.0 and transition(sad).settings["contagion"] == contagion


def test_conversation_command_proposes_the_next_emotion(tmp_path: Path) -> None:
    talk = tmp_path / "talk.json"
    talk.write_text(json.dumps([
        {"speaker": "A", "text": "I failed the exam I studied months for."},
        {"speaker": "B", "text": "That's so unfair, you worked so hard."},
        {"speaker": "A", "text": "I don't even want to get out of bed."},
    ]))
    runner = CliRunner()
    result = runner.invoke(app, ["conversation", str(talk), "--json", "--personality", "0.5,0.5,0.5,0.5,0.5"])
    assert result.exit_code == 0, result.output
    proposal = json.loads(result.output)["next_reply"]
    assert proposal["speaker"] == "B" and proposal["label"] in CONVERSATION_LABELS
    assert proposal["settings"]["coefficients"] == "Mehrabian 1996"
    table = runner.invoke(app, ["conversation", str(talk), "--personality", "0.5,0.5,0.5,0.5,0.5"])
    assert "next reply by B" in table.output
    bad = runner.invoke(app, ["conversation", str(talk), "--personality", "0.5,2"])
    assert bad.exit_code != 0 and "five numbers from 0 to 1" in str(bad.exception)
