"""Find a model by registered name or by path.

A model is a directory with ``model.json`` (labels, thresholds, calibration, limits),
``tokenizer.json`` and the ONNX file that ``model.json`` names. Shipped models live in
``affectkit/models/weights/<name>/``.

Example:
    >>> resolve_model("goemotions-minilm").name
    'goemotions-minilm'
"""

from __future__ import annotations

import difflib
from importlib import resources
from pathlib import Path

from affectkit.errors import ModelNotFoundError


def _weights_root() -> Path:
    return Path(str(resources.files("affectkit.models").joinpath("weights")))


def list_models() -> list[str]:
    """Names of the models shipped in the package.

    Example:
        >>> list_models()[0]
        'goemotions-minilm'
    """
    root = _weights_root()
    return sorted(p.name for p in root.iterdir() if (p / "model.json").is_file())


def resolve_model(model: str | Path) -> Path:
    """Directory of a model given by shipped name, by directory, or by its ``model.json``.

    Example:
        >>> resolve_model("goemotions-minilm").joinpath("model.json").is_file()
        True
    """
    shipped = list_models()
    if isinstance(model, str) and model in shipped:
        return _weights_root() / model
    path = Path(model).expanduser()
    if path.is_file() and path.name == "model.json":
        path = path.parent
    if path.is_dir() and (path / "model.json").is_file():
        return path
    close = difflib.get_close_matches(str(model), shipped, n=1)
    hint = f" Did you mean {close[0]!r}?" if close else ""
    raise ModelNotFoundError(
        f"no emotion model {str(model)!r}.{hint} Give a shipped name ({', '.join(shipped) or 'none'}) "
        "or a directory holding model.json, tokenizer.json and the ONNX file it names "
        "(training/export.py writes one)."
    )
