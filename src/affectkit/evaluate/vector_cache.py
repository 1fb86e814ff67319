"""A folder of multilingual-e5 vectors for the lines of a data set, so that a rerun of an
evaluation or a training script encodes nothing it has encoded before (about 15-40 ms a line
on two busy cores adds up: XED's held-out lines alone take minutes).

For lines named ``<name>`` (a language and a split: ``es-test``) the folder holds
``<name>.npy`` (the vectors) and ``<name>.json`` (the encoder's version and the texts, in the
vectors' order). Asked for texts, the cache reuses the vector of every text it holds and
encodes the others, which it then holds too; a cache from another encoder version is
encoded again.

Example:
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> fake = lambda texts: np.ones((len(texts), 384), np.float32)
    >>> cached_vectors("es-test", ["hola", "adiós"], folder, encode=fake).shape
    (2, 384)
    >>> sorted(p.name for p in folder.iterdir())
    ['es-test.json', 'es-test.npy']
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from affectkit.errors import InputError

Embed = Callable[[Sequence[str]], npt.NDArray[np.float32]]
CHUNK = 256
_NAME = re.compile(r"[A-Za-z0-9_.-]+\Z")


def cached_vectors(
    name: str,
    texts: Sequence[str],
    folder: Path,
    *,
    encode: Embed | None = None,
    log: Callable[[str], None] | None = None,
) -> npt.NDArray[np.float32]:
    """The vectors (n x 384) of ``texts``, from ``folder`` where it has them, encoding the
    rest with ``encode`` (default: the multilingual encoder) and storing them.

    Example:
        >>> cached_vectors("a b", ["x"], Path("."))
        Traceback (most recent call last):
        ...
        affectkit.errors.InputError: a cache name is letters, digits, '.', '_' or '-', not 'a b'
    """
    from affectkit.models.multilingual import DIM, embed, version

    if not _NAME.match(name):
        raise InputError(f"a cache name is letters, digits, '.', '_' or '-', not {name!r}")
    encoder = encode or embed
    identity = version()
    meta_path, data_path = folder / f"{name}.json", folder / f"{name}.npy"
    stored = np.zeros((0, DIM), dtype=np.float32)
    stored_texts: list[str] = []
    if meta_path.is_file() and data_path.is_file():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("encoder") == identity:
            stored_texts, stored = list(meta["texts"]), np.load(data_path)
    row = {text: i for i, text in enumerate(stored_texts)}
    missing = [text for text in dict.fromkeys(texts) if text not in row]
    if missing:
        started = time.time()
        parts = [stored]
        for start in range(0, len(missing), CHUNK):
            parts.append(np.asarray(encoder(missing[start : start + CHUNK]), dtype=np.float32))
            if log is not None:
                end = min(start + CHUNK, len(missing))
                log(f"{name}: {end}/{len(missing)} new ({end / max(time.time() - started, 1e-9):.1f} lines/s)")
        stored, stored_texts = np.concatenate(parts), stored_texts + missing
        row = {text: i for i, text in enumerate(stored_texts)}
        folder.mkdir(parents=True, exist_ok=True)
        np.save(data_path, stored)
        meta_path.write_text(json.dumps({"encoder": identity, "texts": stored_texts}), encoding="utf-8")
    vectors: npt.NDArray[np.float32] = stored[[row[text] for text in texts]] if texts else stored[:0]
    return vectors
