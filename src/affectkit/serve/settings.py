"""Settings of the HTTP service: where it listens, its limits and its key.

Every limit has a default that keeps one request from hurting the others; each can be
changed by a keyword, a CLI flag or an ``AFFECTKIT_SERVE_*`` environment variable.

Example:
    >>> ServeSettings(max_texts=8).max_texts
    8
    >>> ServeSettings.from_env({"AFFECTKIT_SERVE_MAX_TEXTS": "16"}).max_texts
    16
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass

from affectkit.errors import InputError


@dataclass(frozen=True)
class ServeSettings:
    """What ``affectkit serve`` and :func:`affectkit.serve.create_app` run with."""

    host: str = "127.0.0.1"
    port: int = 8000
    model: str | None = None
    threads: int = 0
    max_body_bytes: int = 2 * 1024 * 1024
    max_texts: int = 64
    max_chars: int = 10_000
    max_batch: int = 64
    batch_wait_ms: float = 0.0
    max_queue: int = 256
    retry_after_s: int = 1
    drain_timeout_s: float = 10.0
    api_key: str | None = None
    exact_batches: bool = False
    encoder_batch: int = 32
    workers: int = 2
    llm: str | None = None
    llm_model: str | None = None
    max_history: int = 20
    max_replies: int = 2
    max_turns: int = 200
    max_conversations: int = 2
    max_explains: int = 2  # explanations computed at once (each is hundreds of encoder runs)
    max_explain_budget: int = 2048  # model calls one sampled explanation may use

    def __post_init__(self) -> None:
        for name in (
            "max_body_bytes", "max_texts", "max_chars", "max_batch", "max_queue", "encoder_batch", "workers",
            "max_history", "max_replies", "max_turns", "max_conversations", "max_explains", "max_explain_budget",
        ):  # fmt: skip
            if getattr(self, name) < 1:
                raise InputError(f"serve setting {name} must be at least 1, not {getattr(self, name)}")
        if self.max_texts > self.max_queue:
            raise InputError(f"max_texts ({self.max_texts}) must not exceed max_queue ({self.max_queue})")
        if self.batch_wait_ms < 0 or self.drain_timeout_s < 0:
            raise InputError("serve settings batch_wait_ms and drain_timeout_s must not be negative")
        if self.api_key is not None and len(self.api_key) < 16:
            raise InputError(
                "the API key must be at least 16 characters long; make one with "
                "python -c 'import secrets; print(secrets.token_urlsafe())'"
            )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> ServeSettings:
        """Defaults, then ``AFFECTKIT_SERVE_<NAME>`` variables, then ``overrides`` (None is ignored)."""
        environ = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for field in dataclasses.fields(cls):
            raw = environ.get(f"AFFECTKIT_SERVE_{field.name.upper()}")
            if raw is None:
                continue
            if raw == "":
                if field.name == "api_key":  # an empty key must not quietly mean "no key"
                    raise InputError("AFFECTKIT_SERVE_API_KEY is set but empty; unset it or give a key")
                continue
            default = getattr(cls(), field.name)
            if isinstance(default, bool):
                if raw.lower() not in ("1", "true", "yes", "on", "0", "false", "no", "off"):
                    raise InputError(f"AFFECTKIT_SERVE_{field.name.upper()}={raw!r} is not true or false")
                values[field.name] = raw.lower() in ("1", "true", "yes", "on")
                continue
            kind = type(default) if default is not None else str
            try:
                values[field.name] = kind(raw)
            except ValueError as error:
                raise InputError(
                    f"AFFECTKIT_SERVE_{field.name.upper()}={raw!r} is not a valid {kind.__name__}"
                ) from error
        values.update({key: value for key, value in overrides.items() if value is not None})
        return cls(**values)  # type: ignore[arg-type]
