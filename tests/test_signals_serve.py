"""``POST /v1/signals``: readings per text with evidence, limits and status codes, logs
without text; on the toy bundle through FastAPI's test client with the fake encoder (fast),
and once on the shipped bundle over a real uvicorn server. Every text here is invented."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from serve_helpers import running
from signal_fixture import build_bundle, fake_encoder, shipped_bundle

from affectkit.care.signal_bundle import read_signal_bundle
from affectkit.serve import ServeSettings, create_app
from affectkit.serve.app import ROUTES
from affectkit.serve.batcher import DynamicBatcher
from affectkit.testing import FakeEncoder
from affectkit.understand.analyzer import Analyzer

STRESSED = "the deadline again and the rent is due"
CALM = "a walk in the garden with the dog"
SETTINGS = ServeSettings(max_texts=4, max_chars=300, max_explain_budget=200, max_explains=1)


@pytest.fixture(scope="module")
def bundle_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_bundle(tmp_path_factory.mktemp("bundle"), fake_encoder())


def _client(bundle_dir: Path, settings: ServeSettings = SETTINGS, model: FakeEncoder | None = None) -> TestClient:
    """The app with the fake encoder and the toy bundle in place of the loaded model (no lifespan)."""
    app = create_app(settings)
    state = app.state.affect
    state.analyzer = Analyzer(model=model or fake_encoder())
    state.batcher = DynamicBatcher(state.analyzer.analyze_batch)
    state.signal_bundle = read_signal_bundle(bundle_dir)
    state.ready = True
    return TestClient(app)


@pytest.fixture
def client(bundle_dir: Path) -> Iterator[TestClient]:
    yield _client(bundle_dir)


@pytest.mark.fast
def test_signals_reads_each_text_in_order(client: TestClient) -> None:
    response = client.post("/v1/signals", json={"texts": [STRESSED, CALM]})
    assert response.status_code == 200, response.text
    body = response.json()
    assert isinstance(body, list) and len(body) == 2 and "/v1/signals" in ROUTES
    assert body[0]["readings"]["stress"]["labels"] == ["yes"] and body[0]["readings"]["stress"]["flagged"]
    assert body[1]["readings"]["stress"]["labels"] == ["no"]
    assert all(item["summary"].endswith("this is not a diagnosis.") for item in body)
    # several texts: evidence is off unless asked
    assert all(not r["evidence"] for item in body for r in item["readings"].values())
    assert body[0]["care"]["level"] == 0 and body[0]["provenance"]["bundle"] == "toy-signals@1"


@pytest.mark.fast
def test_one_text_comes_with_evidence_in_the_text_as_sent(client: TestClient) -> None:
    text = "  " + STRESSED
    body = client.post("/v1/signals", json={"text": text, "seed": 3}).json()
    assert len(body) == 1
    cited = [e for r in body[0]["readings"].values() for e in r["evidence"]]
    assert cited and all(text[e["start"] : e["end"]] == e["text"] for e in cited)
    assert body[0]["provenance"]["evidence"]["seed"] == 3
    quick = client.post("/v1/signals", json={"text": text, "evidence": False}).json()
    assert not [e for r in quick[0]["readings"].values() for e in r["evidence"]]
    both = client.post("/v1/signals", json={"texts": [STRESSED, CALM], "evidence": True, "budget": 96}).json()
    assert [e for r in both[0]["readings"].values() for e in r["evidence"]]


@pytest.mark.fast
@pytest.mark.parametrize(
    ("body", "status", "detail"),
    [
        ({"texts": ["a", "b", "c", "d", "e"]}, 413, "max_texts=4"),
        ({"text": "x" * 301}, 413, "max_chars=300"),
        ({"texts": [STRESSED, CALM, CALM], "evidence": True}, 413, "max_explain_budget=200"),
        ({"text": STRESSED, "budget": 256}, 413, "max_explain_budget=200"),
        ({"text": "   "}, 422, "text is empty"),
        ({"texts": ["ok", "  "]}, 422, "texts[1] is empty"),
        ({"texts": [STRESSED], "text": STRESSED}, 422, "the request body is not valid"),
        ({}, 422, "the request body is not valid"),
        ({"texts": []}, 422, "the request body is not valid"),
        ({"text": STRESSED, "budget": 2}, 422, "the request body is not valid"),
        ({"text": STRESSED, "colour": "red"}, 422, "the request body is not valid"),
    ],
)
def test_limits_and_bad_bodies(client: TestClient, body: dict[str, Any], status: int, detail: str) -> None:
    response = client.post("/v1/signals", json=body)
    assert response.status_code == status, response.text
    assert detail in response.json()["detail"]
    assert len(response.json()["detail"]) < 300


@pytest.mark.fast
def test_neither_text_nor_texts_names_the_fix(client: TestClient) -> None:
    errors = client.post("/v1/signals", json={"evidence": True}).json()["errors"]
    assert any('give "texts" (a list) or "text" (one)' in e["problem"] for e in errors)


@pytest.mark.fast
def test_busy_loading_and_missing_heads(bundle_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    client = _client(bundle_dir)
    client.app.state.affect.explains_running = 1  # type: ignore[attr-defined]
    busy = client.post("/v1/signals", json={"text": STRESSED})
    assert busy.status_code == 429 and busy.headers["retry-after"]
    assert client.post("/v1/signals", json={"text": STRESSED, "evidence": False}).status_code == 200
    client.app.state.affect.ready = False  # type: ignore[attr-defined]
    assert client.post("/v1/signals", json={"text": STRESSED}).status_code == 503
    other = _client(bundle_dir, model=FakeEncoder(hidden=8, name="another-encoder"))
    refused = other.post("/v1/signals", json={"text": STRESSED})
    assert refused.status_code == 501 and "another-encoder" in refused.json()["detail"]
    missing = _client(bundle_dir)
    missing.app.state.affect.signal_bundle = None  # type: ignore[attr-defined]
    import affectkit.care.signal_bundle as signal_bundle

    monkeypatch.setattr(signal_bundle, "bundle_folder", lambda: tmp_path / "nowhere")
    signal_bundle.load_signal_heads.cache_clear()
    gone = missing.post("/v1/signals", json={"text": STRESSED})
    assert gone.status_code == 501 and "signals are off in this service" in gone.json()["detail"]


@pytest.mark.fast
def test_the_api_key_guards_the_route(bundle_dir: Path) -> None:
    key = "signals-key-0123456789"
    client = _client(bundle_dir, ServeSettings(api_key=key))
    assert client.post("/v1/signals", json={"text": STRESSED}).status_code == 401
    assert client.post("/v1/signals", json={"text": STRESSED}, headers={"X-API-Key": key}).status_code == 200


@pytest.mark.fast
def test_logs_never_carry_the_text(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    secret = "my-very-private-deadline-words-4711"
    caplog.set_level(logging.DEBUG, logger="affectkit")
    client.post("/v1/signals", json={"text": f"{secret} the deadline again"})
    client.post("/v1/signals", json={"text": "x" * 301 + secret})
    client.post("/v1/signals", json={"texts": [secret, "   "]})
    assert caplog.records, "the service logged nothing at DEBUG"
    assert secret not in caplog.text


def test_the_shipped_bundle_over_a_real_server() -> None:
    shipped_bundle()
    post = "Work has buried me for months and I lie awake every night going over what I got wrong."
    with running(ServeSettings(max_texts=4)) as (base, _):
        response = httpx.post(f"{base}/v1/signals", json={"text": post}, timeout=120)
        assert response.status_code == 200, response.text
        (body,) = response.json()
        assert body["covered"] and body["summary"].endswith("this is not a diagnosis.")
        assert body["readings"]["stress"]["flagged"] or body["readings"]["depression"]["flagged"]
        for reading in body["readings"].values():
            for e in reading["evidence"]:
                assert post[e["start"] : e["end"]] == e["text"]
        calm = httpx.post(f"{base}/v1/signals", json={"texts": ["We baked bread and played cards all evening."]})
        assert not calm.json()[0]["readings"]["depression"]["flagged"]
