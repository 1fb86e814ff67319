"""What a test does when a service, a package or a data set it needs is missing: skip on a
developer's machine, fail under ``CI=true`` (CI installs everything, so a skip there would
hide a missing install step).

Example:
    >>> import os
    >>> os.environ.get("CI", "") in ("", "true", "false", "True", "1")
    True
"""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def in_ci() -> bool:
    """Whether the suite runs under CI (``CI=true``)."""
    return os.environ.get("CI", "").lower() == "true"


def unavailable(message: str, what: str, *, module_level: bool = False) -> NoReturn:
    """Skip with ``message``, or under CI fail with it, saying that ``what`` must run there."""
    if in_ci():
        pytest.fail(f"{message} (CI=true: {what} must run)", pytrace=False)
    pytest.skip(message, allow_module_level=module_level)
