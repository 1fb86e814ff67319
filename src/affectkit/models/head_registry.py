"""Every head affectkit can load: the shipped ones (folders under the package's
``models/weights`` that hold a ``head.json``) and yours (folders under the directory that the
``heads`` setting, ``AFFECTKIT_HEADS``, names), each in the format of
:mod:`affectkit.models.head_format`.

Example:
    >>> kinds = {entry.kind for entry in list_heads()}
    >>> sorted(kinds & {"care", "conversation", "strategy", "transition"})
    ['care', 'conversation', 'strategy', 'transition']
    >>> load_head("esconv-strategy").manifest.kind
    'strategy'
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from affectkit.errors import ModelError
from affectkit.models.head_format import MANIFEST, Head, HeadManifest, read_head, read_manifest


def shipped_root() -> Path:
    """The package folder that holds the shipped heads (and the emotion models).

    Example:
        >>> shipped_root().name
        'weights'
    """
    from affectkit.models.registry import _weights_root

    return _weights_root()


def head_folder(name: str) -> Path:
    """The folder of a shipped head, by folder name (``care-minilm``, ``conversation-minilm``).

    Example:
        >>> head_folder("esconv-strategy").joinpath("head.json").is_file()
        True
    """
    return shipped_root() / name


def user_root() -> Path | None:
    """The directory of user heads the ``heads`` setting names (``AFFECTKIT_HEADS``), if any.

    Example:
        >>> import os
        >>> os.environ.get("AFFECTKIT_HEADS") or user_root() is None
        True
    """
    from affectkit.config import setting

    raw = setting("heads", None)
    if not raw:
        return None
    root = Path(str(raw)).expanduser()
    if not root.is_dir():
        raise ModelError(
            f"AFFECTKIT_HEADS={raw!r} is not a directory; point it at a folder of head folders or unset it"
        )
    return root


@dataclass(frozen=True)
class HeadEntry:
    """One head in the registry: what ``affectkit heads`` lists.

    Example:
        >>> entry = next(e for e in list_heads() if e.name == "esconv-strategy")
        >>> entry.kind, entry.origin, entry.encoder_text
        ('strategy', 'shipped', 'none')
    """

    kind: str
    name: str
    version: str
    encoder: tuple[str, str] | None
    licence: str
    path: Path
    origin: str

    @property
    def encoder_text(self) -> str:
        """The encoder as one word: ``name version``, or ``none``.

        Example:
            >>> HeadEntry("care", "x", "1", ("goemotions-minilm", "1.1.0"), "MIT", Path("x"), "user").encoder_text
            'goemotions-minilm 1.1.0'
        """
        return "none" if self.encoder is None else f"{self.encoder[0]} {self.encoder[1]}"

    def to_dict(self) -> dict[str, Any]:
        """The entry as JSON-ready values.

        Example:
            >>> HeadEntry("care", "x", "1", None, "MIT", Path("/h/x"), "user").to_dict()["encoder"] is None
            True
        """
        encoder = None if self.encoder is None else {"name": self.encoder[0], "version": self.encoder[1]}
        return {
            "kind": self.kind,
            "name": self.name,
            "version": self.version,
            "encoder": encoder,
            "licence": self.licence,
            "path": str(self.path),
            "origin": self.origin,
        }

    @classmethod
    def of(cls, manifest: HeadManifest, origin: str) -> HeadEntry:
        """The entry of a read manifest.

        Example:
            >>> from affectkit.models.head_format import read_manifest
            >>> HeadEntry.of(read_manifest(head_folder("transition-minilm")), "shipped").kind
            'transition'
        """
        return cls(
            manifest.kind, manifest.name, manifest.version, manifest.encoder, manifest.licence, manifest.folder, origin
        )


def _folders(root: Path) -> list[Path]:
    return sorted(child for child in root.iterdir() if (child / MANIFEST).is_file())


def list_heads() -> list[HeadEntry]:
    """Every shipped head, then every user head, each group by folder name.

    Example:
        >>> [e.name for e in list_heads() if e.kind == "conversation"]
        ['conversation-minilm']
    """
    entries = [HeadEntry.of(read_manifest(folder), "shipped") for folder in _folders(shipped_root())]
    user = user_root()
    if user is not None:
        entries += [HeadEntry.of(read_manifest(folder), "user") for folder in _folders(user)]
    return entries


def load_head(name_or_path: str | Path, *, kind: str | None = None, encoder: tuple[str, str] | None = None) -> Head:
    """Load a head by its name (the manifest's or its folder's) or by its folder's path;
    ``kind`` and ``encoder`` refuse a head of another kind or trained on another encoder.

    Example:
        >>> load_head("care-risk-minilm").manifest.folder.name
        'care-minilm'
        >>> load_head("care-risk-minlm")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        affectkit.errors.ModelError: no head 'care-risk-minlm'. Did you mean 'care-risk-minilm'? Give a listed name ...
    """
    path = Path(name_or_path).expanduser()
    if path.is_dir() or (path.name == MANIFEST and path.is_file()):
        return read_head(path, kind=kind, encoder=encoder)
    entries = list_heads()
    wanted = str(name_or_path)
    found = [e for e in entries if e.name == wanted] or [e for e in entries if e.path.name == wanted]
    if len(found) > 1:
        places = ", ".join(str(e.path) for e in found)
        raise ModelError(f"{len(found)} heads are called {wanted!r} ({places}); load the one you mean by its path")
    if not found:
        close = difflib.get_close_matches(wanted, sorted({e.name for e in entries}), n=1)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        raise ModelError(
            f"no head {wanted!r}.{hint} Give a listed name (affectkit heads) or a folder holding {MANIFEST}"
        )
    return read_head(found[0].path, kind=kind, encoder=encoder)
