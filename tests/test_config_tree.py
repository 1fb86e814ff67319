"""The settings tree: precedence, typed parsing, errors that name the variable, the
service's section, and ``affectkit config``."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys

import pytest

from affectkit.config import (
    DEFAULTS,
    SERVE,
    TREE,
    Resolved,
    effective,
    environment_values,
    lookup,
    resolve,
    setting,
)
from affectkit.errors import AffectkitError, ConfigError, InputError
from affectkit.serve.settings import ServeSettings

pytestmark = pytest.mark.fast  # runs in `make test-fast` (tests needing the model skip there)


def test_explicit_beats_environment_beats_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AFFECTKIT_BATCH_SIZE", raising=False)
    assert setting("batch_size", None) == 32
    monkeypatch.setenv("AFFECTKIT_BATCH_SIZE", "8")
    assert setting("batch_size", None) == 8
    assert setting("batch_size", 4) == 4
    monkeypatch.setenv("AFFECTKIT_BATCH_SIZE", "")  # empty counts as unset
    assert setting("batch_size", None) == 32
    found = resolve("batch_size", environ={"AFFECTKIT_BATCH_SIZE": "16"})
    assert found == Resolved("batch_size", 16, "AFFECTKIT_BATCH_SIZE")
    assert resolve("batch_size", 0, environ={"AFFECTKIT_BATCH_SIZE": "16"}).source == "explicit"


def test_sections_have_their_own_variables() -> None:
    environ = {"AFFECTKIT_MODEL": "core-model", "AFFECTKIT_LLM_MODEL": "smollm2", "AFFECTKIT_SERVE_MODEL": "served"}
    assert resolve("model", environ=environ).value == "core-model"
    assert resolve("llm.model", environ=environ).value == "smollm2"
    assert resolve("serve.model", environ=environ).value == "served"
    assert resolve("llm.model", environ={}).value == "default"
    assert lookup("care.templates").env == "AFFECTKIT_CARE_TEMPLATES"
    assert next(iter(TREE)) == "core" and set(TREE) == {"core", "llm", "care", "serve"}


def test_the_old_defaults_are_kept() -> None:
    assert {key: DEFAULTS[key] for key in ("model", "batch_size", "chunk_size", "max_chars", "threads", "data")} == {
        "model": "goemotions-minilm",
        "batch_size": 32,
        "chunk_size": 1024,
        "max_chars": 100_000,
        "threads": 0,
        "data": "../shared/data",
    }


def test_typed_parsing() -> None:
    assert resolve("serve.port", environ={"AFFECTKIT_SERVE_PORT": "9000"}).value == 9000
    assert resolve("serve.batch_wait_ms", environ={"AFFECTKIT_SERVE_BATCH_WAIT_MS": "2.5"}).value == 2.5
    for word, expected in (("yes", True), ("ON", True), ("1", True), ("false", False), ("off", False), ("0", False)):
        found = resolve("serve.exact_batches", environ={"AFFECTKIT_SERVE_EXACT_BATCHES": word}).value
        assert found is expected, word
    assert resolve("locale", environ={"AFFECTKIT_LOCALE": "en-GB"}).value == "en-GB"
    assert resolve("locale", environ={}).value is None  # an optional string


@pytest.mark.parametrize(
    ("key", "variable", "raw", "words"),
    [
        ("batch_size", "AFFECTKIT_BATCH_SIZE", "lots", "not a whole number; set it to e.g. 32"),
        ("serve.port", "AFFECTKIT_SERVE_PORT", "http", "not a whole number; set it to e.g. 8080"),
        ("serve.drain_timeout_s", "AFFECTKIT_SERVE_DRAIN_TIMEOUT_S", "soon", "not a number; set it to e.g. 10"),
        ("serve.exact_batches", "AFFECTKIT_SERVE_EXACT_BATCHES", "maybe", "not true or false; set it to e.g. true"),
    ],
)
def test_config_error_names_setting_value_variable_and_a_good_value(
    key: str, variable: str, raw: str, words: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        resolve(key, environ={variable: raw})
    message = str(caught.value)
    assert message.startswith(f"{variable}={raw!r} (setting {key}) is"), message
    assert message.endswith(words), message
    assert (caught.value.setting, caught.value.value, caught.value.source) == (key, raw, variable)
    assert isinstance(caught.value, InputError) and isinstance(caught.value, AffectkitError)


def test_a_bad_core_variable_still_raises_what_callers_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFFECTKIT_THREADS", "four")
    with pytest.raises(AffectkitError, match="AFFECTKIT_THREADS='four'"):
        setting("threads", None)
    assert setting("threads", 2) == 2  # an explicit value never reads the variable


def test_an_unknown_setting_lists_the_known_ones() -> None:
    with pytest.raises(ConfigError, match=r"no setting called 'serve\.colour'.*serve\.max_texts"):
        lookup("serve.colour")


def test_serve_settings_are_the_tree_s_serve_section() -> None:
    fields = dataclasses.fields(ServeSettings)
    assert [field.name for field in fields] == list(SERVE)
    assert {field.name: field.default for field in fields} == {name: item.default for name, item in SERVE.items()}


def test_serve_settings_from_env_behaves_as_before() -> None:
    assert ServeSettings.from_env({}) == ServeSettings()
    environ = {
        "AFFECTKIT_SERVE_MAX_TEXTS": "16",
        "AFFECTKIT_SERVE_BATCH_WAIT_MS": "5",
        "AFFECTKIT_SERVE_EXACT_BATCHES": "true",
        "AFFECTKIT_SERVE_LLM": "local",
        "AFFECTKIT_SERVE_PORT": "",  # empty: the default
        "AFFECTKIT_MAX_TEXTS": "3",  # a core variable: not the service's
    }
    settings = ServeSettings.from_env(environ, max_texts=None, workers=3)
    assert (settings.max_texts, settings.batch_wait_ms, settings.exact_batches, settings.llm) == (
        16,
        5.0,
        True,
        "local",
    )
    assert (settings.port, settings.workers) == (8000, 3)
    assert isinstance(settings.batch_wait_ms, float)
    assert ServeSettings.from_env(environ, max_texts=8).max_texts == 8  # a keyword beats the variable
    with pytest.raises(InputError, match="AFFECTKIT_SERVE_MAX_TEXTS='many'"):
        ServeSettings.from_env({"AFFECTKIT_SERVE_MAX_TEXTS": "many"})
    with pytest.raises(InputError, match=r"^AFFECTKIT_SERVE_API_KEY is set but empty; unset it or give a key$"):
        ServeSettings.from_env({"AFFECTKIT_SERVE_API_KEY": ""})
    with pytest.raises(InputError, match="must not exceed max_queue"):
        ServeSettings.from_env({"AFFECTKIT_SERVE_MAX_QUEUE": "8"})
    assert environment_values("serve", {"AFFECTKIT_SERVE_API_KEY": "k" * 16}) == {"api_key": "k" * 16}


def test_effective_lists_every_setting_once() -> None:
    keys = [found.key for found in effective({})]
    assert len(keys) == len(set(keys)) == sum(len(items) for items in TREE.values())
    assert all(found.source == "default" for found in effective({}))


def _config_cli(*args: str, **environ: str) -> subprocess.CompletedProcess[str]:
    clean = {key: value for key, value in os.environ.items() if not key.startswith("AFFECTKIT_")}
    return subprocess.run(
        [sys.executable, "-c", "from affectkit.cli.main import run; run()", "config", *args],
        env={**clean, **environ},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_config_json_shows_a_value_set_by_the_environment_and_its_source() -> None:
    done = _config_cli(
        "--json", AFFECTKIT_BATCH_SIZE="8", AFFECTKIT_SERVE_MAX_TEXTS="16", AFFECTKIT_LLM_API_KEY="secret-key"
    )
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout)
    assert list(shown) == ["core", "llm", "care", "serve"]
    assert shown["core"]["batch_size"] == {
        "value": 8,
        "source": "AFFECTKIT_BATCH_SIZE",
        "env": "AFFECTKIT_BATCH_SIZE",
        "help": "Texts per forward pass.",
    }
    assert (
        shown["serve"]["max_texts"]["value"] == 16
        and shown["serve"]["max_texts"]["source"] == "AFFECTKIT_SERVE_MAX_TEXTS"
    )
    assert shown["core"]["chunk_size"]["value"] == 1024 and shown["core"]["chunk_size"]["source"] == "default"
    assert shown["llm"]["api_key"]["value"] == "<hidden>" and "secret-key" not in done.stdout


def test_config_table_and_a_bad_variable() -> None:
    done = _config_cli(AFFECTKIT_SERVE_PORT="9000")
    assert done.returncode == 0, done.stderr
    line = next(line for line in done.stdout.splitlines() if line.split()[:1] == ["port"])
    assert line.split() == ["port", "9000", "AFFECTKIT_SERVE_PORT"]
    assert "[serve]" in done.stdout
    done = _config_cli("--json", AFFECTKIT_SERVE_PORT="http")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip() == (
        "error: AFFECTKIT_SERVE_PORT='http' (setting serve.port) is not a whole number; set it to e.g. 8080"
    )


def test_affectkit_serve_reads_the_serve_section(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from affectkit.cli.main import app
    from affectkit.serve import runner

    seen: list[ServeSettings] = []
    monkeypatch.setattr(runner, "serve", seen.append)
    environ = {"AFFECTKIT_SERVE_PORT": "9123", "AFFECTKIT_SERVE_THREADS": "1", "AFFECTKIT_SERVE_MAX_TEXTS": "8"}
    assert CliRunner().invoke(app, ["serve"], env=environ).exit_code == 0
    assert CliRunner().invoke(app, ["serve", "--port", "9000"], env=environ).exit_code == 0
    assert [(s.host, s.port, s.threads, s.max_texts) for s in seen] == [
        ("127.0.0.1", 9123, 1, 8),
        ("127.0.0.1", 9000, 1, 8),
    ]
