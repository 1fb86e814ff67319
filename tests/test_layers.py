"""The layer order (pyproject's import-linter contract) holds, and the contract does fail
when a lower layer imports a higher one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.fast  # runs in `make test-fast` (tests needing the model skip there)

REPO = Path(__file__).resolve().parents[1]
LINT = Path(sys.executable).with_name("lint-imports")


def _lint(source_root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(source_root)}
    return subprocess.run(
        [str(LINT), "--config", str(REPO / "pyproject.toml"), "--no-cache"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_the_shipped_tree_keeps_the_layers() -> None:
    result = _lint(REPO / "src")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_an_upward_import_breaks_the_contract(tmp_path: Path) -> None:
    skip = shutil.ignore_patterns("weights", "*.onnx")
    shutil.copytree(REPO / "src" / "affectkit", tmp_path / "affectkit", ignore=skip)
    graph = tmp_path / "affectkit" / "taxonomy" / "graph.py"
    graph.write_text(graph.read_text(encoding="utf-8") + "\nfrom affectkit.generate import reply  # noqa\n", "utf-8")
    result = _lint(tmp_path)
    assert result.returncode != 0
    assert "affectkit.taxonomy is not allowed to import affectkit.generate" in result.stdout
