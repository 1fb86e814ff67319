"""Shared fixtures. Dataset-backed tests are marked ``data``: without the data sets they
skip, but under ``CI=true`` they fail, so CI never passes by skipping."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from guards import unavailable

import affectkit
from affectkit.understand.analyzer import Analyzer

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _data_folder() -> Path:
    return Path(os.environ.get("AFFECTKIT_DATA", REPO.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    folder = _data_folder()
    if not (folder / "goemotions" / "test.tsv").is_file():
        message = f"data sets not found at {folder}; set AFFECTKIT_DATA"
        unavailable(message, "data tests")
    return folder


@pytest.fixture(scope="session")
def fixture_data() -> Path:
    return FIXTURES / "data"


@pytest.fixture(autouse=True)
def _doctest_namespace(doctest_namespace: dict[str, object]) -> None:
    doctest_namespace["affectkit"] = affectkit


# -- the fast check (`make test-fast`) ---------------------------------------------------
# With AFFECTKIT_FAST_TESTS=1 the shipped encoders refuse to load: a test that needs one is
# reported as needing the model (skipped in this run; `make test` runs it), so the fast check
# exercises exactly the code that runs on affectkit.testing's fakes, in seconds.
FAST = os.environ.get("AFFECTKIT_FAST_TESTS", "") == "1"


class ShippedModelRequested(RuntimeError):
    """A test in the fast check asked for a shipped model."""


def _refuse(*_: object, **__: object) -> object:
    raise ShippedModelRequested("the fast check does not load shipped models (run `make test`)")


if FAST:
    if os.environ.get("CI", "").lower() == "true":
        raise RuntimeError("AFFECTKIT_FAST_TESTS=1 is for a quick local check; CI runs the whole suite")
    from affectkit.memory.embedder import SentenceEmbedder
    from affectkit.models import multilingual
    from affectkit.models.encoder import EmotionModel

    EmotionModel.load = _refuse  # type: ignore[method-assign,assignment]
    SentenceEmbedder.load = _refuse  # type: ignore[method-assign,assignment]
    multilingual._engine = _refuse  # type: ignore[assignment]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    outcome = yield
    report = outcome.get_result()
    if FAST and report.failed and "ShippedModelRequested" in str(report.longrepr):
        report.outcome = "skipped"
        report.longrepr = (str(item.path), item.location[1] or 0, "needs the shipped model: runs in `make test`")
