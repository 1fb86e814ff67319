"""Long texts as a head reads them: ``long_text="sentences"`` packs a text's whole sentences
into pieces that fit the encoder (the packing of ``Analyzer(long_text="sentences")``), encodes
every piece and gives the text the token-weighted mean of its pieces' feature rows.

A linear head's output on that mean row is the token-weighted mean of its outputs on the
pieces, which is how the analyser aggregates a head over a long text: a regression head
trained on these rows gives, at training and at inference, the same numbers.

Example:
    >>> from affectkit.testing import FakeEncoder
    >>> fake = FakeEncoder(max_tokens=6)
    >>> sentence_pieces("One two. Three four. Five six seven eight.", fake)
    ['One two.', 'Three four.', 'Five six seven eight.']
    >>> document_rows(fake, ["One two. Three four.", "short"]).shape
    (2, 421)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt

from affectkit.models import Encoder
from affectkit.understand.text import sentence_pieces

Array = npt.NDArray[np.float64]
LONG_TEXT = ("truncate", "sentences")
"""How a head reads a text longer than the encoder's limit: cut, or in sentence pieces."""
PIECE_CHUNK = 128


def document_rows(
    encoder: Encoder,
    texts: Sequence[str],
    *,
    batch_size: int = 32,
    on_progress: Callable[[int, int], None] | None = None,
) -> Array:
    """One feature row per text: the token-weighted mean of its sentence pieces' rows
    (texts already cleaned). ``on_progress`` gets (pieces encoded, pieces in all).

    Example:
        >>> from affectkit.testing import FakeEncoder
        >>> fake = FakeEncoder()
        >>> bool(np.allclose(document_rows(fake, ["hi there"]), fake.encode(["hi there"], pooled=True).rows()))
        True
    """
    pieces: list[str] = []
    owners: list[int] = []
    for index, text in enumerate(texts):
        for piece in sentence_pieces(text, encoder):
            pieces.append(piece)
            owners.append(index)
    blocks: list[Array] = []
    weights: list[float] = []
    for start in range(0, len(pieces), PIECE_CHUNK):
        features = encoder.encode(pieces[start : start + PIECE_CHUNK], batch_size=batch_size, pooled=True)
        blocks.append(features.rows().astype(np.float64))
        weights += [float(item.tokens) for item in features.encoded]
        if on_progress is not None:
            on_progress(min(start + PIECE_CHUNK, len(pieces)), len(pieces))
    if not blocks:
        return np.zeros((0, 0))
    rows = np.concatenate(blocks)
    owner = np.asarray(owners)
    weight = np.asarray(weights)
    result = np.zeros((len(texts), rows.shape[1]))
    np.add.at(result, owner, rows * weight[:, None])
    result /= np.bincount(owner, weights=weight, minlength=len(texts))[:, None]
    return result
