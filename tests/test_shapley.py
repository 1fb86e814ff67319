"""Shapley values: exact values against the permutation definition, the axioms, sampling,
and the encoder's explanations through the library and the CLI."""

from __future__ import annotations

import itertools
import json
import math
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from affectkit.cli.main import app
from affectkit.errors import AffectkitError, InputError
from affectkit.understand.analyzer import Analyzer
from affectkit.understand.shapley import (
    MAX_PLAYERS,
    coalition_text,
    explain_shapley,
    players,
    shapley_exact,
    shapley_sampled,
)


def _random_game(n: int, seed: int) -> tuple[np.ndarray, object]:
    table = np.random.default_rng(seed).normal(size=1 << n)

    def value(masks: np.ndarray) -> np.ndarray:
        codes = (masks.astype(np.int64) << np.arange(masks.shape[1])).sum(axis=1)
        return table[codes]

    return table, value


def _by_permutations(n: int, table: np.ndarray) -> np.ndarray:
    """The definition: average marginal contribution over every order."""
    phi = np.zeros(n)
    orders = list(itertools.permutations(range(n)))
    for order in orders:
        code = 0
        for player in order:
            phi[player] += table[code | (1 << player)] - table[code]
            code |= 1 << player
    return phi / len(orders)


def _by_subsets(n: int, table: np.ndarray) -> np.ndarray:
    phi = np.zeros(n)
    for player in range(n):
        others = [p for p in range(n) if p != player]
        for size in range(n):
            weight = math.factorial(size) * math.factorial(n - size - 1) / math.factorial(n)
            for subset in itertools.combinations(others, size):
                code = sum(1 << p for p in subset)
                phi[player] += weight * (table[code | (1 << player)] - table[code])
    return phi


@pytest.mark.parametrize("n", [1, 2, 3, 5, 7])
def test_exact_values_equal_the_permutation_definition(n: int) -> None:
    table, value = _random_game(n, seed=n)
    phi, calls = shapley_exact(n, value)  # type: ignore[arg-type]
    assert calls == 1 << n
    assert np.allclose(phi, _by_permutations(n, table), atol=1e-9, rtol=0)


def test_exact_values_of_ten_players_equal_a_subset_reference() -> None:
    table, value = _random_game(10, seed=10)
    phi, _ = shapley_exact(10, value)  # type: ignore[arg-type]
    assert np.allclose(phi, _by_subsets(10, table), atol=1e-9, rtol=0)


def test_the_axioms_hold_for_exact_and_sampled_values() -> None:
    def value(masks: np.ndarray) -> np.ndarray:
        # players 0 and 1 are symmetric and only count together, player 2 is a dummy
        return (masks[:, 0] & masks[:, 1]) * 2.0 + masks[:, 3] * 0.5 + masks[:, 4] * masks[:, 3] * 0.25

    exact, _ = shapley_exact(5, value)
    sampled, stderr, _ = shapley_sampled(5, value, budget=400, seed=3)
    for phi in (exact, sampled):
        assert phi[0] == pytest.approx(phi[1], abs=1e-12) if phi is exact else abs(phi[0] - phi[1]) < 0.2
        assert abs(phi[2]) < 1e-12  # dummy
        assert phi.sum() == pytest.approx(2.0 + 0.5 + 0.25, abs=1e-12)  # efficiency, every order
    assert exact[0] == pytest.approx(1.0) and exact[4] == pytest.approx(0.125)
    assert stderr[2] == 0.0 and np.isfinite(stderr).all()


def test_sampling_is_seeded_and_converges() -> None:
    _, value = _random_game(9, seed=42)
    exact, _ = shapley_exact(9, value)  # type: ignore[arg-type]
    first = shapley_sampled(9, value, budget=6000, seed=7)  # type: ignore[arg-type]
    again = shapley_sampled(9, value, budget=6000, seed=7)  # type: ignore[arg-type]
    assert np.array_equal(first[0], again[0]) and np.array_equal(first[1], again[1])
    assert first[1].max() > 0
    assert np.abs(first[0] - exact).max() < 4 * first[1].max()
    other = shapley_sampled(9, value, budget=6000, seed=8)  # type: ignore[arg-type]
    assert not np.array_equal(first[0], other[0])


def test_players_keep_symbols_and_group_long_texts_into_phrases() -> None:
    text = "so happy!! 😊"
    assert [text[s:e] for s, e in players(text)] == ["so", "happy", "!!", "😊"]
    assert coalition_text(text, players(text), [False, True, True, False]) == "happy!!"
    long = " ".join(f"w{i}" for i in range(150))
    spans = players(long)
    assert len(spans) <= MAX_PLAYERS and spans[0] == (0, len("w0 w1 w2")) and spans[-1][1] == len(long)


def test_the_encoder_puts_negative_value_on_not_for_joy(analyzer: Analyzer) -> None:
    result = explain_shapley(analyzer, "I'm not happy about this at all", labels=["joy"])[0]
    values = {w.word: w.value for w in result.words}
    assert values["not"] < 0 < values["happy"]
    assert result.exact and abs(result.residual) < 1e-9
    assert result.full == pytest.approx(analyzer.analyze("I'm not happy about this at all").emotions["joy"], abs=1e-6)


def test_a_long_text_is_sampled_within_budget_and_adds_up(analyzer: Analyzer) -> None:
    text = "My grandmother passed away last night and I keep thinking about the summers at her house"
    first = explain_shapley(analyzer, text, labels=["sadness"], budget=120, seed=1)[0]
    again = explain_shapley(analyzer, text, labels=["sadness"], budget=120, seed=1)[0]
    assert not first.exact and first.model_calls <= 120 + 2
    assert [w.value for w in first.words] == [w.value for w in again.words]
    assert abs(first.residual) < 1e-9
    top = max(first.words, key=lambda w: w.value).word
    assert top in {"passed", "away", "grandmother"}


def test_explain_cli_json_html_and_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    page = tmp_path / "why.html"
    done = runner.invoke(
        app, ["explain", "I'm not happy about this at all", "--label", "joy", "--json", "--html", str(page)]
    )
    assert done.exit_code == 0, done.output
    payload = json.loads(done.output)
    words = payload["labels"][0]["words"]
    assert {"word", "start", "end", "value", "stderr"} <= set(words[0])
    assert all(payload["text"][w["start"] : w["end"]] == w["word"] for w in words)
    assert next(w for w in words if w["word"] == "not")["value"] < 0
    assert 'title="value -' in page.read_text(encoding="utf-8")
    occlusion = runner.invoke(app, ["explain", "so happy for you", "--method", "occlusion", "--json"])
    assert occlusion.exit_code == 0 and json.loads(occlusion.output)["method"] == "occlusion"
    terminal = runner.invoke(app, ["explain", "so happy for you"])
    assert terminal.exit_code == 0 and "Shapley, exact" in terminal.output
    bad = runner.invoke(app, ["explain", "so happy", "--label", "glee"])
    assert isinstance(bad.exception, InputError) and "unknown label 'glee'" in str(bad.exception)
    worse = runner.invoke(app, ["explain", "so happy", "--method", "lime"])
    assert isinstance(worse.exception, AffectkitError) and "--method must be one of" in str(worse.exception)


def test_the_service_explains_words_with_limits() -> None:
    import httpx
    from serve_helpers import running

    from affectkit.serve import ServeSettings

    with running(ServeSettings(max_chars=200, max_explain_budget=512)) as (base, _):
        body = {"text": "I'm not happy about this at all", "labels": ["joy"]}
        answer = httpx.post(f"{base}/v1/explain", json=body, timeout=60)
        assert answer.status_code == 200, answer.text
        words = answer.json()["labels"][0]["words"]
        assert next(w for w in words if w["word"] == "not")["value"] < 0
        assert httpx.post(f"{base}/v1/explain", json=body | {"budget": 4096}).status_code == 413
        assert httpx.post(f"{base}/v1/explain", json={"text": "x" * 300}).status_code == 413
        unknown = httpx.post(f"{base}/v1/explain", json=body | {"labels": ["glee"]})
        assert unknown.status_code == 422 and "glee" in unknown.text
        assert httpx.post(f"{base}/v1/explain", json={"text": "   "}).status_code == 422
        assert httpx.post(f"{base}/v1/explain", json=body | {"method": "lime"}).status_code == 422
