"""The one place that runs an ONNX session on texts: tokenised rows in, output arrays out.

Every affectkit encoder (the emotion model and the memory's sentence encoder) feeds its
session through :func:`run_session`, so both batch a text the same way:

- **exact** (the default): texts are grouped by padded width (the length rounded up to a
  multiple of 4, :func:`padded_width`) and a lone text of its width is run twice in one
  batch. onnxruntime's result for a row depends on the batch's width and on whether the
  batch has one row or more, never on the other rows or the thread count, so a text gets the
  same floats alone, in any batch, chunk size or engine.
- ``fast_single`` with one text: one unpadded row (about 1.6 ms faster; floats equal to the
  exact ones to about 1e-7, not bit for bit).
- ``exact=False``: length-sorted texts cut into batches that minimise padded tokens plus a
  per-call cost (:func:`padded_batches`); fewer, fuller calls for a server's small dynamic
  batches, floats that depend on the batch to about 1e-7.

Example:
    >>> rows = [Encoded((1,) * 6, 6, False), Encoded((1,), 1, False), Encoded((3,) * 8, 8, False)]
    >>> width_batches(rows, batch_size=32)
    [[1], [0, 2]]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.errors import ModelError

FloatArray = npt.NDArray[np.float32]
WIDTH_STEP = 4
# One onnxruntime call costs about as much as 32 more tokens of batch (measured here: about
# 1.8 ms a call and 0.057 ms a token of rows x width, 2 threads).
CALL_COST_TOKENS = 32


@dataclass(frozen=True)
class Encoded:
    """Token ids ready for the model, how many tokens the text had, and whether it was cut."""

    ids: tuple[int, ...]
    tokens: int
    truncated: bool


def tokenize_cut(tokenizer: Any, texts: Sequence[str], max_tokens: int) -> list[Encoded]:
    """Token ids of ``texts`` (a ``tokenizers.Tokenizer``), each cut to ``max_tokens`` keeping
    the end marker; the result says how long the text was and whether it was cut.

    Example:
        >>> from affectkit.models import EmotionModel, resolve_model
        >>> model = EmotionModel.load(resolve_model("goemotions-minilm"), threads=1)
        >>> [item.truncated for item in tokenize_cut(model.tokenizer, ["hi", "hi " * 300], 128)]
        [False, True]
    """
    out = []
    for encoding in tokenizer.encode_batch(list(texts)):
        ids = encoding.ids
        if len(ids) > max_tokens:
            out.append(Encoded((*tuple(ids[: max_tokens - 1]), ids[-1]), len(ids), True))
        else:
            out.append(Encoded(tuple(ids), len(ids), False))
    return out


def padded_width(tokens: int) -> int:
    """The width a text of ``tokens`` tokens is padded to: the next multiple of 4.

    Example:
        >>> padded_width(5), padded_width(8)
        (8, 8)
    """
    return -(-tokens // WIDTH_STEP) * WIDTH_STEP


def width_batches(encoded: Sequence[Encoded], batch_size: int) -> list[list[int]]:
    """Indices of ``encoded`` grouped into batches of equal padded width, narrowest first.

    Example:
        >>> rows = [Encoded((1,) * 6, 6, False), Encoded((1,), 1, False), Encoded((3,) * 8, 8, False)]
        >>> width_batches(rows, batch_size=32)
        [[1], [0, 2]]
    """
    order = sorted(range(len(encoded)), key=lambda i: len(encoded[i].ids))
    batches: list[list[int]] = []
    for i in order:
        last = batches[-1] if batches else None
        width = padded_width(len(encoded[i].ids))
        if last and len(last) < batch_size and padded_width(len(encoded[last[0]].ids)) == width:
            last.append(i)
        else:
            batches.append([i])
    return batches


def padded_batches(encoded: Sequence[Encoded], batch_size: int) -> list[list[int]]:
    """Length-sorted texts cut into batches that minimise padded tokens plus a per-call cost.

    Dynamic programming over the sorted lengths: a batch of texts i..j costs
    ``CALL_COST_TOKENS + rows * longest``. A few short texts and one long one are not padded
    to the long one; many texts of similar length share one call.

    Example:
        >>> rows = [Encoded((1,) * n, n, False) for n in (5, 6, 7, 60)]
        >>> padded_batches(rows, batch_size=16)
        [[0, 1, 2], [3]]
    """
    order = sorted(range(len(encoded)), key=lambda i: len(encoded[i].ids))
    lengths = [len(encoded[i].ids) for i in order]
    n = len(order)
    best = [0.0] + [float("inf")] * n
    cut = [0] * (n + 1)
    for end in range(1, n + 1):
        for start in range(max(0, end - batch_size), end):
            cost = best[start] + CALL_COST_TOKENS + (end - start) * lengths[end - 1]
            if cost < best[end]:
                best[end], cut[end] = cost, start
    batches: list[list[int]] = []
    end = n
    while end > 0:
        batches.append(order[cut[end] : end])
        end = cut[end]
    return batches[::-1]


def batch_plan(
    encoded: Sequence[Encoded], batch_size: int, *, fast_single: bool = False, exact: bool = True
) -> list[tuple[list[int], list[int], int]]:
    """The calls that :func:`run_session` makes: for each, the texts it answers, the rows it
    feeds (a lone text twice in exact mode) and the padded width.

    Example:
        >>> rows = [Encoded((1,) * 6, 6, False), Encoded((1,), 1, False), Encoded((3,) * 8, 8, False)]
        >>> batch_plan(rows, 32)
        [([1], [1, 1], 4), ([0, 2], [0, 2], 8)]
        >>> batch_plan(rows[:1], 32, fast_single=True)
        [([0], [0], 6)]
    """
    size = max(batch_size, 1)
    if fast_single and len(encoded) == 1:
        return [([0], [0], len(encoded[0].ids))]
    if not exact:
        return [
            (index, index, max(len(encoded[i].ids) for i in index)) for index in padded_batches(encoded, size)
        ]
    return [
        (index, index if len(index) > 1 else index * 2, padded_width(len(encoded[index[0]].ids)))
        for index in width_batches(encoded, size)
    ]


def run_session(
    session: Any,
    encoded: Sequence[Encoded],
    outputs: Sequence[str],
    widths: Mapping[str, int],
    batch_size: int,
    *,
    fast_single: bool = False,
    exact: bool = True,
    token_type_ids: bool = False,
    what: str = "the model",
) -> list[FloatArray]:
    """Run ``session`` on tokenised texts and return the named ``outputs`` (n x width each) in
    input order; ``widths`` gives each output's width for an empty input.

    Example:
        >>> from affectkit.models import EmotionModel, resolve_model
        >>> model = EmotionModel.load(resolve_model("goemotions-minilm"), threads=1)
        >>> [part.shape for part in run_session(model.session, [], ["emotions"], {"emotions": 28}, 32)]
        [(0, 28)]
    """
    n = len(encoded)
    results: list[FloatArray] | None = None
    for index, rows, width in batch_plan(encoded, batch_size, fast_single=fast_single, exact=exact):
        input_ids = np.zeros((len(rows), width), dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.int64)
        for row, i in enumerate(rows):
            ids = encoded[i].ids
            input_ids[row, : len(ids)] = ids
            mask[row, : len(ids)] = 1
        feeds = {"input_ids": input_ids, "attention_mask": mask}
        if token_type_ids:
            feeds["token_type_ids"] = np.zeros_like(input_ids)
        try:
            parts = session.run(list(outputs), feeds)
        except Exception as error:  # onnxruntime raises its own untyped errors
            raise ModelError(f"{what} failed on a batch of {len(index)} texts: {error}") from error
        if results is None:
            results = [np.zeros((n, part.shape[1]), dtype=np.float32) for part in parts]
        for result, part in zip(results, parts, strict=True):
            result[index] = part[: len(index)]
    if results is None:
        results = [np.zeros((0, widths.get(name, 0)), dtype=np.float32) for name in outputs]
    return results
