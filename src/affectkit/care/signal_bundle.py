"""The mental-health signal heads, read as one bundle: ``signals.json`` beside one custom
head folder per signal (``models/weights/signals-minilm/<head>/``), all trained on the same
encoder and reading each text the same way (``long_text``), so one encoder pass serves them all.

``signals.json`` holds the bundle's name and version, the encoder (name and version), the
``long_text`` setting the heads were trained with (``truncate`` or ``sentences``) and the
signals in order, each with the IMHI set it answers, its head folder, its kind (``single``:
one label per text; ``multi``: each label on or off), one line on what it was trained on, and
for a set with no training data one line on how it is served (``transfer``). The heads are
custom heads (:mod:`affectkit.models.custom_head`) written by ``training/signal_heads.py``.

Example:
    >>> bundle = load_signal_heads()
    >>> [spec.name for spec in bundle.signals][:3]
    ['depression', 'stress', 'stress_cause']
    >>> bundle.heads["depression"].labels
    ('no', 'yes')
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from affectkit.errors import ModelError
from affectkit.models.custom_head import CustomHead

BUNDLE = "signals-minilm"
MANIFEST = "signals.json"
KINDS = ("single", "multi")
LONG_TEXT_CHOICES = ("truncate", "sentences")
_SIGNAL_KEYS = ("name", "set", "head", "kind", "trained_on", "transfer")


@dataclass(frozen=True)
class SignalSpec:
    """One signal of the bundle: its name, the IMHI set it answers, its head folder, its
    kind (``single`` or ``multi``), what it was trained on, and how a set with no training
    data is served (``None`` when it has its own training data).

    Example:
        >>> SignalSpec("stress", "dreaddit", "stress", "single", "dreaddit train", None).kind
        'single'
    """

    name: str
    set: str
    head: str
    kind: str
    trained_on: str
    transfer: str | None


@dataclass(frozen=True)
class SignalBundle:
    """The loaded bundle: its manifest and each signal's custom head, by signal name.

    Example:
        >>> bundle = load_signal_heads()
        >>> bundle.spec("wellness").kind, bundle.long_text in LONG_TEXT_CHOICES
        ('multi', True)
    """

    name: str
    version: str
    encoder: tuple[str, str]
    long_text: str
    signals: tuple[SignalSpec, ...]
    heads: dict[str, CustomHead]

    def spec(self, name: str) -> SignalSpec:
        """The signal called ``name``, or a ModelError listing the bundle's signals.

        Example:
            >>> load_signal_heads().spec("mood")  # doctest: +ELLIPSIS
            Traceback (most recent call last):
            ...
            affectkit.errors.ModelError: the signal bundle signals-minilm has no signal 'mood'; it has depression, ...
        """
        for spec in self.signals:
            if spec.name == name:
                return spec
        known = ", ".join(spec.name for spec in self.signals)
        raise ModelError(f"the signal bundle {self.name} has no signal {name!r}; it has {known}")


def bundle_folder() -> Path:
    """The shipped bundle's folder (``models/weights/signals-minilm``).

    Example:
        >>> bundle_folder().name
        'signals-minilm'
    """
    from affectkit.models.head_registry import shipped_root

    return shipped_root() / BUNDLE


def _text(document: dict[str, Any], key: str, where: str) -> str:
    value = document.get(key)
    if not isinstance(value, str) or not value:
        raise ModelError(f"{where} needs a non-empty text {key!r}, not {value!r}: write the bundle again")
    return value


def _spec(entry: Any, where: str) -> SignalSpec:
    if not isinstance(entry, dict):
        raise ModelError(f"{where} lists a signal that is not an object ({entry!r}): write the bundle again")
    missing = [key for key in _SIGNAL_KEYS if key not in entry]
    if missing:
        raise ModelError(f"{where}: a signal lacks {', '.join(missing)}: write the bundle again")
    kind = _text(entry, "kind", where)
    if kind not in KINDS:
        raise ModelError(f"{where}: signal {entry['name']!r} has kind {kind!r}; it must be one of {', '.join(KINDS)}")
    transfer = entry["transfer"]
    if transfer is not None and not isinstance(transfer, str):
        raise ModelError(f"{where}: signal {entry['name']!r} has transfer {transfer!r}; give a line of text or null")
    return SignalSpec(
        name=_text(entry, "name", where),
        set=_text(entry, "set", where),
        head=_text(entry, "head", where),
        kind=kind,
        trained_on=_text(entry, "trained_on", where),
        transfer=transfer,
    )


def read_signal_bundle(folder: str | Path) -> SignalBundle:
    """Read and check a bundle folder (uncached: :func:`load_signal_heads` caches it). Each
    head must be a custom head trained on the bundle's encoder, multi-label exactly when its
    signal's kind is ``multi``.

    Example:
        >>> read_signal_bundle("/nowhere")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        affectkit.errors.ModelError: no signal bundle at /nowhere (signals.json is missing); train it with ...
    """
    root = Path(folder).expanduser()
    path = root / MANIFEST
    if not path.is_file():
        raise ModelError(
            f"no signal bundle at {root} ({MANIFEST} is missing); train it with `make signals-heads` "
            "or give the folder that training/signal_heads.py wrote"
        )
    try:
        document = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ModelError(f"{path} cannot be read as JSON ({error}); write the bundle again") from error
    where = str(path)
    if not isinstance(document, dict):
        raise ModelError(f"{where} must hold a JSON object: write the bundle again")
    encoder = document.get("encoder")
    if not isinstance(encoder, dict):
        raise ModelError(f"{where} needs 'encoder': {{'name': ..., 'version': ...}}: write the bundle again")
    encoder_id = (_text(encoder, "name", where), _text(encoder, "version", where))
    long_text = _text(document, "long_text", where)
    if long_text not in LONG_TEXT_CHOICES:
        raise ModelError(f"{where} has long_text {long_text!r}; it must be one of {', '.join(LONG_TEXT_CHOICES)}")
    entries = document.get("signals")
    if not isinstance(entries, list) or not entries:
        raise ModelError(f"{where} lists no signals: write the bundle again")
    signals = tuple(_spec(entry, where) for entry in entries)
    names = [spec.name for spec in signals]
    if len(set(names)) != len(names):
        raise ModelError(f"{where} names a signal twice ({', '.join(names)}): write the bundle again")
    heads: dict[str, CustomHead] = {}
    for spec in signals:
        head = CustomHead.load(root / spec.head, encoder=encoder_id)
        if head.task != "classification" or head.multi_label != (spec.kind == "multi"):
            raise ModelError(
                f"{where}: signal {spec.name!r} is of kind {spec.kind!r} but its head {spec.head} is a "
                f"{'multi-label ' if head.multi_label else ''}{head.task} head: write the bundle again"
            )
        heads[spec.name] = head
    return SignalBundle(
        name=_text(document, "name", where),
        version=_text(document, "version", where),
        encoder=encoder_id,
        long_text=long_text,
        signals=signals,
        heads=heads,
    )


@cache
def load_signal_heads(folder: Path | None = None) -> SignalBundle:
    """The signal bundle in ``folder`` (default: the shipped ``signals-minilm``), read once
    per folder and kept.

    Example:
        >>> load_signal_heads() is load_signal_heads()
        True
        >>> load_signal_heads().encoder
        ('goemotions-minilm', '1.1.0')
    """
    return read_signal_bundle(bundle_folder() if folder is None else folder)
