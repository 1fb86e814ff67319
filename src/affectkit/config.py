"""Every default in one place.

Precedence: an explicit argument beats an ``AFFECTKIT_*`` environment variable, which
beats the default here.

Example:
    >>> from affectkit.config import setting
    >>> setting("batch_size", None)
    32
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

DEFAULTS: dict[str, Any] = {
    "model": "goemotions-minilm",
    "batch_size": 32,
    "chunk_size": 1024,  # rows per committed chunk of a file job
    "max_chars": 100_000,
    "threads": 0,  # 0: onnxruntime decides (all physical cores)
    "data": str(Path("..") / "shared" / "data"),
}


def setting(name: str, explicit: Any) -> Any:
    """Return ``explicit`` if given, else ``AFFECTKIT_<NAME>`` from the environment, else the default.

    Example:
        >>> setting("model", "my-model")
        'my-model'
    """
    if explicit is not None:
        return explicit
    default = DEFAULTS[name]
    raw = os.environ.get(f"AFFECTKIT_{name.upper()}")
    if raw is None or raw == "":
        return default
    if isinstance(default, int):
        try:
            return int(raw)
        except ValueError as error:
            from affectkit.errors import AffectkitError

            raise AffectkitError(
                f"AFFECTKIT_{name.upper()}={raw!r} is not a whole number; set it to e.g. {default}"
            ) from error
    return raw
