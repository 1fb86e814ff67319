"""The care routes of the HTTP service on a real uvicorn server over loopback: crisis
resources by locale (``GET /v1/resources``) and crisis cues (``POST /v1/care``), with their
limits and status codes."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from serve_helpers import running

from affectkit.serve import ServeSettings
from affectkit.serve.app import ROUTES


@pytest.fixture(scope="module")
def service() -> Iterator[str]:
    with running(ServeSettings(max_texts=8, max_chars=500)) as (base, _):
        yield base


def test_resources_for_a_known_country(service: str) -> None:
    response = httpx.get(f"{service}/v1/resources", params={"locale": "en-US"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["locale"] == "en-US" and body["locale_source"] == "given"
    assert body["country"] == "US" and body["emergency"] == "911"
    assert body["crisis"]["name"] == "988 Suicide & Crisis Lifeline"
    assert body["crisis"]["call"] == "988" and body["crisis"]["text"] == "988"
    assert any(s["call"] == "988" for s in body["services"])
    for service_entry in [*body["services"], body["directory"]]:
        assert {"name", "topics", "call", "text", "chat", "url", "source", "checked"} <= set(service_entry)
        assert service_entry["source"] and service_entry["checked"]
    assert body["directory"]["url"].startswith("https://")
    assert "/v1/resources" in ROUTES


@pytest.mark.parametrize("locale", ["xx", "ja-JP", "fr_ZZ.UTF-8"])
def test_resources_for_an_unknown_country_give_the_directory_only(service: str, locale: str) -> None:
    body = httpx.get(f"{service}/v1/resources", params={"locale": locale}).json()
    assert body["country"] is None and body["emergency"] is None
    assert body["crisis"] is None and body["services"] == []
    assert body["directory"]["name"] and body["directory"]["url"].startswith("https://")


@pytest.mark.parametrize("locale", ["not a locale", "english", "en-USA", "12", "e" * 100])
def test_a_malformed_locale_is_422_naming_the_fix(service: str, locale: str) -> None:
    response = httpx.get(f"{service}/v1/resources", params={"locale": locale})
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert "?locale=en-US" in detail and len(detail) < 300


def test_resources_without_a_locale_use_the_services(service: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AFFECTKIT_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    body = httpx.get(f"{service}/v1/resources").json()
    assert (body["locale"], body["locale_source"], body["emergency"]) == ("en-US", "default", "911")
    monkeypatch.setenv("AFFECTKIT_LOCALE", "en-GB")
    body = httpx.get(f"{service}/v1/resources", params={"locale": ""}).json()
    assert (body["locale"], body["locale_source"], body["country"]) == ("en-GB", "environment", "GB")
    assert body["emergency"] != "911"


def test_care_assesses_each_text_in_order(service: str) -> None:
    texts = ["this commute is killing me", "I want to kill myself", "Thank you so much!"]
    response = httpx.post(f"{service}/v1/care", json={"texts": texts})
    assert response.status_code == 200, response.text
    body = response.json()
    assert isinstance(body, list) and len(body) == 3
    assert [a["level"] for a in body] == [0, 3, 0]
    assert body[1]["level_name"] == "high" and body[1]["categories"]["suicidal_ideation"] == 3
    assert any(e["effect"] == "raised" for e in body[1]["evidence"])
    assert all(e["effect"] == "lowered" for e in body[0]["evidence"])  # the idiom raised nothing


def test_care_history_carries_a_disclosure(service: str) -> None:
    body = httpx.post(f"{service}/v1/care", json={"texts": ["jk"], "history": ["I want to kill myself"]}).json()
    assert body[0]["level"] >= 2 and body[0]["history_level"] >= 2


@pytest.mark.parametrize(
    ("payload", "status", "needle"),
    [
        ({"texts": [""]}, 422, "texts[0]"),
        ({"texts": ["   "]}, 422, "texts[0]"),
        ({"texts": []}, 422, "texts"),
        ({"texts": ["I am fine"] * 9}, 413, "max_texts=8"),
        ({"texts": ["x" * 501]}, 413, "max_chars=500"),
        ({"texts": ["ok"], "history": ["earlier"] * 21}, 413, "history turns"),
    ],
)
def test_care_limits_and_empty_texts(service: str, payload: dict[str, object], status: int, needle: str) -> None:
    response = httpx.post(f"{service}/v1/care", json=payload)
    assert response.status_code == status, response.text
    assert needle in response.text


def test_care_routes_need_the_key_when_one_is_set() -> None:
    key = "care-key-0123456789abcdef"
    with running(ServeSettings(api_key=key)) as (base, _):
        assert httpx.get(f"{base}/v1/resources", params={"locale": "en-US"}).status_code == 401
        assert httpx.post(f"{base}/v1/care", json={"texts": ["hi"]}).status_code == 401
        headers = {"X-API-Key": key}
        assert httpx.get(f"{base}/v1/resources", params={"locale": "en-US"}, headers=headers).status_code == 200
        assert httpx.post(f"{base}/v1/care", json={"texts": ["hi"]}, headers=headers).status_code == 200
        metrics = httpx.get(f"{base}/metrics", headers=headers).text
        assert 'route="/v1/resources"' in metrics
