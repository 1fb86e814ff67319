"""Settings of the HTTP service: where it listens, its limits and its key.

Every limit has a default that keeps one request from hurting the others; each can be
changed by a keyword, a CLI flag or an ``AFFECTKIT_SERVE_*`` environment variable. The
names, types, defaults and variables are the ``serve`` section of :mod:`affectkit.config`.

Example:
    >>> ServeSettings(max_texts=8).max_texts
    8
    >>> ServeSettings.from_env({"AFFECTKIT_SERVE_MAX_TEXTS": "16"}).max_texts
    16
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from affectkit.config import SERVE, environment_values
from affectkit.errors import InputError


@dataclass(frozen=True)
class ServeSettings:
    """What ``affectkit serve`` and :func:`affectkit.serve.create_app` run with.

    The fields are the ``serve`` section of the settings tree, in its order, with its
    defaults (one list of names: the tree; a test keeps the two the same).

    Example:
        >>> ServeSettings().port, ServeSettings(port=9000).port
        (8000, 9000)
    """

    host: str = SERVE["host"].default
    port: int = SERVE["port"].default
    model: str | None = SERVE["model"].default
    threads: int = SERVE["threads"].default
    max_body_bytes: int = SERVE["max_body_bytes"].default
    max_texts: int = SERVE["max_texts"].default
    max_chars: int = SERVE["max_chars"].default
    max_batch: int = SERVE["max_batch"].default
    batch_wait_ms: float = SERVE["batch_wait_ms"].default
    max_queue: int = SERVE["max_queue"].default
    retry_after_s: int = SERVE["retry_after_s"].default
    drain_timeout_s: float = SERVE["drain_timeout_s"].default
    api_key: str | None = SERVE["api_key"].default
    exact_batches: bool = SERVE["exact_batches"].default
    encoder_batch: int = SERVE["encoder_batch"].default
    workers: int = SERVE["workers"].default
    llm: str | None = SERVE["llm"].default
    llm_model: str | None = SERVE["llm_model"].default
    max_history: int = SERVE["max_history"].default
    max_replies: int = SERVE["max_replies"].default
    max_turns: int = SERVE["max_turns"].default
    max_conversations: int = SERVE["max_conversations"].default
    max_explains: int = SERVE["max_explains"].default
    max_explain_budget: int = SERVE["max_explain_budget"].default
    heads: str | None = SERVE["heads"].default

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

    def head_list(self) -> list[str]:
        """The heads to serve: ``heads`` split at the path separator (``:``; ``;`` on Windows).

        Example:
            >>> ServeSettings(heads=os.pathsep.join(["/h/mood", "care-need"])).head_list()
            ['/h/mood', 'care-need']
        """
        return [part for part in (self.heads or "").split(os.pathsep) if part.strip()]

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> ServeSettings:
        """Defaults, then ``AFFECTKIT_SERVE_<NAME>`` variables, then ``overrides`` (None is ignored).

        Example:
            >>> ServeSettings.from_env({"AFFECTKIT_SERVE_PORT": "9000"}, port=None).port
            9000
        """
        values = environment_values("serve", environ)
        values.update({key: value for key, value in overrides.items() if value is not None})
        return cls(**values)
