"""Every setting in one tree: its section, type, default and environment variable.

Precedence: an explicit argument beats an ``AFFECTKIT_*`` environment variable, which
beats the default here. The core settings sit at the top (``AFFECTKIT_<NAME>``); the LLM
client's, care's and the HTTP service's sit in sections (``AFFECTKIT_<SECTION>_<NAME>``,
e.g. ``AFFECTKIT_SERVE_MAX_TEXTS``). An empty variable counts as unset. A variable that
does not parse as its setting's type raises :class:`~affectkit.errors.ConfigError`, which
names the setting, the value, the variable and a good value. ``affectkit config`` prints
every effective value and where it came from.

Example:
    >>> from affectkit.config import setting
    >>> setting("batch_size", None)
    32
    >>> resolve("serve.max_texts", environ={"AFFECTKIT_SERVE_MAX_TEXTS": "16"}).value
    16
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from affectkit.errors import ConfigError

CORE = "core"
_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")
_KIND_WORDS: dict[type[Any], str] = {int: "a whole number", float: "a number", bool: "true or false"}


@dataclass(frozen=True)
class Setting:
    """One setting: its section and name, its type and default, and a good value to suggest.

    ``kind`` is ``int``, ``float``, ``bool`` or ``str`` (a ``str`` with default ``None`` is
    optional). A ``secret`` is never printed; ``empty_is_error`` makes an empty variable a
    mistake instead of "unset".

    Example:
        >>> SERVE["port"].env, SERVE["port"].parse("8080")
        ('AFFECTKIT_SERVE_PORT', 8080)
    """

    section: str
    name: str
    kind: type[Any]
    default: Any
    help: str
    example: str = ""
    secret: bool = False
    empty_is_error: bool = False

    @property
    def key(self) -> str:
        """The name :func:`setting` takes: ``batch_size``, ``serve.max_texts``.

        Example:
            >>> SERVE["max_texts"].key
            'serve.max_texts'
        """
        return self.name if self.section == CORE else f"{self.section}.{self.name}"

    @property
    def env(self) -> str:
        """The environment variable that sets it.

        Example:
            >>> lookup("llm.api_key").env
            'AFFECTKIT_LLM_API_KEY'
        """
        return "AFFECTKIT_" + self.key.replace(".", "_").upper()

    def parse(self, raw: str) -> Any:
        """The value of the environment string ``raw``, or a :class:`ConfigError` naming it.

        Example:
            >>> SERVE["exact_batches"].parse("yes")
            True
        """
        if self.kind is bool:
            word = raw.lower()
            if word in _TRUE or word in _FALSE:
                return word in _TRUE
        elif self.kind in (int, float):
            try:
                return self.kind(raw)
            except ValueError:
                pass
        else:
            return raw
        example = self.example or ("true" if self.kind is bool else str(self.default))
        raise ConfigError(
            f"{self.env}={raw!r} (setting {self.key}) is not {_KIND_WORDS[self.kind]}; set it to e.g. {example}",
            setting=self.key,
            value=raw,
            source=self.env,
            example=example,
        )


@dataclass(frozen=True)
class Resolved:
    """A setting's effective value and where it came from: ``explicit``, ``default`` or the
    environment variable's name.

    Example:
        >>> resolve("threads", 2)
        Resolved(key='threads', value=2, source='explicit')
    """

    key: str
    value: Any
    source: str


def _section(name: str, *settings: tuple[Any, ...]) -> dict[str, Setting]:
    built = [Setting(name, *fields) for fields in settings]
    return {item.name: item for item in built}


_CORE = _section(
    CORE,
    ("model", str, "goemotions-minilm", "Emotion model: a shipped name or a model directory.", "/path/to/model"),
    ("batch_size", int, 32, "Texts per forward pass."),
    ("chunk_size", int, 1024, "Rows per committed chunk of a file job."),
    ("max_chars", int, 100_000, "Characters per text before TextTooLongError."),
    ("threads", int, 0, "onnxruntime threads; 0 lets it decide (all physical cores).", "4"),
    ("language", str, "auto", "The texts' language: auto (identify each text), en, or an ISO 639-1 code.", "es"),
    ("data", str, str(Path("..") / "shared" / "data"), "Folder of the evaluation data sets."),
    ("locale", str, None, "Locale for crisis resources (else LC_ALL/LANG, else en-US).", "en-GB"),
    ("heads", str, None, "A folder of user heads, one folder each with head.json (affectkit heads).", "/path/heads"),
    ("views", str, None, "View files (or folders of them) to register at start, separated by the path separator.",
     "/path/warmth.json"),
)
_LLM = _section(
    "llm",
    ("model", str, "default", "The model name an LLM server expects.", "smollm2"),
    ("api_key", str, None, "Key sent to an LLM server.", "sk-...", True),
)
_CARE = _section(
    "care",
    ("resources", str, None, "A replacement crisis resources file (JSON).", "/path/resources.json"),
    ("templates", str, None, "A folder of replacement care templates.", "/path/templates"),
)
_SERVE = _section(
    "serve",
    ("host", str, "127.0.0.1", "Address to bind; 0.0.0.0 exposes the service to the network.", "0.0.0.0"),
    ("port", int, 8000, "Port to listen on.", "8080"),
    ("model", str, None, "Model name or directory (default: the embedded model).", "goemotions-minilm"),
    ("threads", int, 0, "onnxruntime threads per batch worker (0: the cores shared out).", "2"),
    ("max_body_bytes", int, 2 * 1024 * 1024, "Request body size in bytes."),
    ("max_texts", int, 64, "Texts per request."),
    ("max_chars", int, 10_000, "Characters per text."),
    ("max_batch", int, 64, "Texts per encoder batch."),
    ("batch_wait_ms", float, 0.0, "How long a batch waits for more requests.", "5"),
    ("max_queue", int, 256, "Texts waiting before requests get 429."),
    ("retry_after_s", int, 1, "Seconds a 429 or 503 answer asks the client to wait."),
    ("drain_timeout_s", float, 10.0, "Seconds running requests get to finish at shutdown.", "10"),
    ("api_key", str, None, "Key required on every route but /healthz and /readyz (16+ characters).", "", True, True),
    ("exact_batches", bool, False, "Bit-identical scores whatever the batch (slower on small batches)."),
    ("encoder_batch", int, 32, "Texts per sentence-encoder batch."),
    ("workers", int, 2, "Batches run at once, each on its own thread."),
    ("llm", str, None, "Who writes /v1/reply: 'local', 'local:PATH.gguf' or a server URL.", "local"),
    ("llm_model", str, None, "The model name the LLM server expects.", "smollm2"),
    ("max_history", int, 20, "History turns per reply request."),
    ("max_replies", int, 2, "Replies written at once."),
    ("max_turns", int, 200, "Turns per conversation request."),
    ("max_conversations", int, 2, "Conversations read at once."),
    ("max_explains", int, 2, "Explanations computed at once (each is hundreds of encoder runs)."),
    ("max_explain_budget", int, 2048, "Model calls one sampled explanation may use."),
    ("heads", str, None, "Your own heads to serve (folders or names), separated by the path separator.", "/h/mood"),
)

TREE: dict[str, dict[str, Setting]] = {CORE: _CORE, "llm": _LLM, "care": _CARE, "serve": _SERVE}
"""Every setting, by section then name; the core section first."""

SERVE: Mapping[str, Setting] = _SERVE
"""The HTTP service's section (:class:`affectkit.serve.ServeSettings` reads it)."""

DEFAULTS: dict[str, Any] = {name: item.default for name, item in _CORE.items()}
"""The core settings' defaults, by name."""


def lookup(key: str) -> Setting:
    """The setting called ``key`` (``batch_size``, ``serve.port``), or a ConfigError.

    Example:
        >>> lookup("serve.port").default
        8000
    """
    section, _, name = key.rpartition(".")
    found = TREE.get(section or CORE, {}).get(name)
    if found is None:
        known = ", ".join(item.key for items in TREE.values() for item in items.values())
        raise ConfigError(f"no setting called {key!r}; the settings are: {known}", setting=key)
    return found


def resolve(key: str, explicit: Any = None, environ: Mapping[str, str] | None = None) -> Resolved:
    """The effective value of a setting and its source (``environ`` defaults to ``os.environ``).

    Example:
        >>> resolve("batch_size", environ={"AFFECTKIT_BATCH_SIZE": "8"})
        Resolved(key='batch_size', value=8, source='AFFECTKIT_BATCH_SIZE')
    """
    item = lookup(key)
    if explicit is not None:
        return Resolved(item.key, explicit, "explicit")
    raw = (os.environ if environ is None else environ).get(item.env)
    if raw == "" and item.empty_is_error:
        noun = "key" if item.secret else "value"
        raise ConfigError(
            f"{item.env} is set but empty; unset it or give a {noun}", setting=item.key, value=raw, source=item.env
        )
    if raw is None or raw == "":
        return Resolved(item.key, item.default, "default")
    return Resolved(item.key, item.parse(raw), item.env)


def setting(name: str, explicit: Any) -> Any:
    """Return ``explicit`` if given, else ``AFFECTKIT_<NAME>`` from the environment, else the default.

    Example:
        >>> setting("model", "my-model")
        'my-model'
    """
    return resolve(name, explicit).value


def environment_values(section: str, environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The settings of ``section`` that the environment sets, parsed, by name.

    Example:
        >>> environment_values("serve", {"AFFECTKIT_SERVE_PORT": "9000", "AFFECTKIT_PORT": "1"})
        {'port': 9000}
    """
    found = (resolve(item.key, environ=environ) for item in TREE[section].values())
    return {lookup(value.key).name: value.value for value in found if value.source != "default"}


def effective(environ: Mapping[str, str] | None = None) -> list[Resolved]:
    """Every setting's effective value, in tree order (what ``affectkit config`` prints).

    Example:
        >>> effective({"AFFECTKIT_SERVE_PORT": "9000"})[0]
        Resolved(key='model', value='goemotions-minilm', source='default')
    """
    return [resolve(item.key, environ=environ) for items in TREE.values() for item in items.values()]
