"""The encoder runtime: tokenizers for text, onnxruntime for one forward pass.

Texts are tokenised once and run in batches of texts of the same padded width (the length
rounded up to a multiple of 4), so a text's scores do not depend on what it is batched
with: onnxruntime's result for a row depends on the batch's width (padding changes the
float sums in attention) and on whether the batch has one row or more (another kernel
path), never on the other rows or the thread count. A lone text of its width is run twice
in one batch for the same reason. So the file engines, the Ray engine, the service and any
chunk size give bit-identical results. Only :meth:`EmotionModel.forward` with
``fast_single=True`` on one text (what ``Analyzer.analyze`` uses for latency) takes the
one-row path, whose floats may differ in the seventh digit. A text longer than the model's
limit is cut explicitly (the result says so); nothing is cut silently.

Example:
    >>> from affectkit.models import EmotionModel, resolve_model
    >>> model = EmotionModel.load(resolve_model("goemotions-minilm"))
    >>> logits, vad = model.forward([model.tokenize("so happy for you")])
    >>> logits.shape, vad.shape
    ((1, 28), (1, 9))
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.errors import ModelError

FloatArray = npt.NDArray[np.float32]

# Session settings a model.json may ask for. "session.disable_quant_qdq": int8 weights behind
# DequantizeLinear are folded back to fp32 at load, instead of onnxruntime's QDQ kernels,
# whose int8 arithmetic moved logits by up to 0.35 from the fp32 model (0.29 when folded).
_ALLOWED_SESSION_CONFIG = frozenset({"session.disable_quant_qdq"})


@dataclass(frozen=True)
class Encoded:
    """Token ids ready for the model, and whether the text had to be cut to fit."""

    ids: tuple[int, ...]
    tokens: int
    truncated: bool


def session_options(threads: int = 0, *, spin: bool = False) -> Any:
    """onnxruntime options shared by affectkit's encoders: full graph optimisation, ``threads``
    intra-op threads (0: onnxruntime chooses), one inter-op thread, warnings off, and idle
    threads that do not spin (see :meth:`EmotionModel.load`).

    Example:
        >>> session_options(2).intra_op_num_threads
        2
    """
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    if threads > 0:
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
    options.log_severity_level = 3
    options.add_session_config_entry("session.intra_op.allow_spinning", "1" if spin else "0")
    return options


class EmotionModel:
    """A loaded ONNX emotion model with its tokenizer and calibration."""

    def __init__(self, directory: Path, config: dict[str, Any], session: Any, tokenizer: Any) -> None:
        self.directory = directory
        self.config = config
        self.name: str = config["name"]
        self.version: str = config["version"]
        self.labels: tuple[str, ...] = tuple(config["labels"])
        self.thresholds: dict[str, float] = {k: float(v) for k, v in config["thresholds"].items()}
        self.temperature: float = float(config.get("temperature", 1.0))
        self.max_tokens: int = int(config["max_tokens"])
        self.vad_columns: tuple[str, ...] = tuple(config["vad_columns"])
        self.vad_mean = np.asarray(config["vad_mean"], dtype=np.float32)
        self.vad_std = np.asarray(config["vad_std"], dtype=np.float32)
        self._session = session
        self._tokenizer = tokenizer
        self._input_names = {i.name for i in session.get_inputs()}
        self._output_names = {o.name for o in session.get_outputs()}

    @classmethod
    def load(
        cls, directory: Path, *, threads: int = 0, onnx_file: str | None = None, spin: bool = False
    ) -> EmotionModel:
        """Load the model in ``directory``; ``threads=0`` lets onnxruntime choose.

        ``spin=False`` stops idle onnxruntime threads from spin-waiting: with one of two
        cores busy elsewhere, spinning threads cut throughput from 421 to 269 texts/s and
        doubled batch-1 latency (5.2 -> 9.9 ms p50) here.

        Example:
            >>> from affectkit.models import resolve_model
            >>> EmotionModel.load(resolve_model("goemotions-minilm"), threads=1).max_tokens
            128
        """
        import onnxruntime as ort
        from tokenizers import Tokenizer

        try:
            config: dict[str, Any] = json.loads((directory / "model.json").read_text("utf-8"))
            onnx_path = directory / (onnx_file or config["onnx"])
            tokenizer = Tokenizer.from_file(str(directory / config.get("tokenizer", "tokenizer.json")))
        except (OSError, ValueError, KeyError) as error:
            raise ModelError(
                f"cannot read the model in {directory}: {error}. Re-install affectkit or re-export the model."
            ) from error
        tokenizer.no_truncation()
        tokenizer.no_padding()
        options = session_options(threads, spin=spin)
        for key, value in config.get("onnxruntime_config", {}).items():
            if key not in _ALLOWED_SESSION_CONFIG:
                raise ModelError(f"model.json asks for onnxruntime setting {key!r}, which affectkit does not allow")
            options.add_session_config_entry(key, str(value))
        try:
            session = ort.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])
        except Exception as error:  # onnxruntime raises its own untyped errors
            raise ModelError(f"onnxruntime cannot load {onnx_path}: {error}") from error
        return cls(directory, config, session, tokenizer)

    def tokenize(self, text: str) -> Encoded:
        """Token ids for one text, cut to ``max_tokens`` (keeping the end marker) if longer.

        Example:
            >>> from affectkit.models import resolve_model
            >>> model = EmotionModel.load(resolve_model("goemotions-minilm"))
            >>> model.tokenize("hello " * 500).truncated
            True
        """
        return self.tokenize_batch([text])[0]

    def tokenize_batch(self, texts: Sequence[str]) -> list[Encoded]:
        """Token ids for many texts (the Rust tokenizer runs them in parallel)."""
        out = []
        for encoding in self._tokenizer.encode_batch(list(texts)):
            ids = encoding.ids
            if len(ids) > self.max_tokens:
                out.append(Encoded((*tuple(ids[: self.max_tokens - 1]), ids[-1]), len(ids), True))
            else:
                out.append(Encoded(tuple(ids), len(ids), False))
        return out

    def count_tokens(self, text: str) -> int:
        """Tokens of ``text`` without the start and end markers.

        Example:
            >>> from affectkit.models import resolve_model
            >>> EmotionModel.load(resolve_model("goemotions-minilm")).count_tokens("hello world")
            2
        """
        return len(self._tokenizer.encode(text, add_special_tokens=False).ids)

    def forward(
        self, encoded: Sequence[Encoded], batch_size: int = 32, *, fast_single: bool = False, exact: bool = True
    ) -> tuple[FloatArray, FloatArray]:
        """Raw emotion logits (n x 28) and standardised VAD outputs (n x 9), in input order.

        ``fast_single`` runs a call with one text as one unpadded row (1.6 ms faster here,
        floats equal to the batched ones to about 1e-7 rather than bit for bit).
        ``exact=False`` pads each batch of ``batch_size`` length-sorted texts to its longest
        text instead of grouping by width: fewer, fuller batches when a call holds few texts
        of many lengths (a server's small dynamic batches), at the price of floats that
        depend on the batch to about 1e-7.
        """
        logits, vad = self._run(encoded, ("emotions", "vad"), batch_size, fast_single=fast_single, exact=exact)
        return logits, vad

    @property
    def has_pooled(self) -> bool:
        """Whether the model file also gives the pooled sentence vector (``features``)."""
        return "pooled" in self._output_names

    def features(
        self, encoded: Sequence[Encoded], batch_size: int = 32, *, fast_single: bool = False
    ) -> tuple[FloatArray, FloatArray, FloatArray]:
        """Logits, standardised VAD and the pooled sentence vector (n x 384) in one pass:
        the inputs of the heads trained on top of the encoder (conversation context, causes).

        Example:
            >>> from affectkit.models import resolve_model
            >>> model = EmotionModel.load(resolve_model("goemotions-minilm"), threads=1)
            >>> [part.shape for part in model.features(model.tokenize_batch(["hi", "oh no"]))]
            [(2, 28), (2, 9), (2, 384)]
        """
        if not self.has_pooled:
            raise ModelError(
                f"{self.directory} gives no pooled output, which conversation heads need: "
                "add it with `python training/export.py --expose-pooled FILE` or re-install affectkit"
            )
        logits, vad, pooled = self._run(encoded, ("emotions", "vad", "pooled"), batch_size, fast_single=fast_single)
        return logits, vad, pooled

    def text_features(
        self, texts: Sequence[str], batch_size: int = 64
    ) -> tuple[FloatArray, FloatArray, FloatArray]:
        """:meth:`features` of texts (tokenised here, cut to ``max_tokens``).

        Example:
            >>> from affectkit.models import resolve_model
            >>> model = EmotionModel.load(resolve_model("goemotions-minilm"), threads=1)
            >>> [part.shape for part in model.text_features(["Hi!", "Hello."])]
            [(2, 28), (2, 9), (2, 384)]
        """
        return self.features(self.tokenize_batch(list(texts)), batch_size)

    def _run(
        self,
        encoded: Sequence[Encoded],
        outputs: tuple[str, ...],
        batch_size: int,
        *,
        fast_single: bool = False,
        exact: bool = True,
    ) -> list[FloatArray]:
        n = len(encoded)
        results: list[FloatArray] | None = None
        if fast_single and n == 1:
            plan = [([0], [0], len(encoded[0].ids))]
        elif not exact:
            plan = [
                (index, index, max(len(encoded[i].ids) for i in index))
                for index in _padded_batches(encoded, max(batch_size, 1))
            ]
        else:
            plan = [
                (index, index if len(index) > 1 else index * 2, padded_width(len(encoded[index[0]].ids)))
                for index in _width_batches(encoded, max(batch_size, 1))
            ]
        for index, rows, width in plan:
            input_ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for row, i in enumerate(rows):
                ids = encoded[i].ids
                input_ids[row, : len(ids)] = ids
                mask[row, : len(ids)] = 1
            feeds = {"input_ids": input_ids, "attention_mask": mask}
            if "token_type_ids" in self._input_names:
                feeds["token_type_ids"] = np.zeros_like(input_ids)
            try:
                parts = self._session.run(list(outputs), feeds)
            except Exception as error:
                raise ModelError(f"the model failed on a batch of {len(index)} texts: {error}") from error
            if results is None:
                results = [np.zeros((n, part.shape[1]), dtype=np.float32) for part in parts]
            for result, part in zip(results, parts):
                result[index] = part[: len(index)]
        if results is None:
            widths = {"emotions": len(self.labels), "vad": len(self.vad_columns)}
            results = [np.zeros((0, widths.get(name, 0)), dtype=np.float32) for name in outputs]
        return results

    def probabilities(self, logits: FloatArray) -> FloatArray:
        """Calibrated probabilities: sigmoid of logits divided by the fitted temperature."""
        result: FloatArray = (1.0 / (1.0 + np.exp(-logits / self.temperature))).astype(np.float32)
        return result

    def vad_scale(self, vad: FloatArray) -> FloatArray:
        """VAD outputs back on EmoBank's 1-5 scale, clipped to it."""
        result: FloatArray = np.clip(vad * self.vad_std + self.vad_mean, 1.0, 5.0).astype(np.float32)
        return result


WIDTH_STEP = 4


def padded_width(tokens: int) -> int:
    """The width a text of ``tokens`` tokens is padded to: the next multiple of 4.

    Example:
        >>> padded_width(5), padded_width(8)
        (8, 8)
    """
    return -(-tokens // WIDTH_STEP) * WIDTH_STEP


# One onnxruntime call costs about as much as 32 more tokens of batch (measured here: about
# 1.8 ms a call and 0.057 ms a token of rows x width, 2 threads).
CALL_COST_TOKENS = 32


def _padded_batches(encoded: Sequence[Encoded], batch_size: int) -> list[list[int]]:
    """Length-sorted texts cut into batches that minimise padded tokens plus a per-call cost.

    Dynamic programming over the sorted lengths: a batch of texts i..j costs
    ``CALL_COST_TOKENS + rows * longest``. A few short texts and one long one are not padded
    to the long one; many texts of similar length share one call.

    Example:
        >>> rows = [Encoded((1,) * n, n, False) for n in (5, 6, 7, 60)]
        >>> _padded_batches(rows, batch_size=16)
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


def _width_batches(encoded: Sequence[Encoded], batch_size: int) -> list[list[int]]:
    """Indices of ``encoded`` grouped into batches of equal padded width, narrowest first.

    Example:
        >>> rows = [Encoded((1,) * 6, 6, False), Encoded((1,), 1, False), Encoded((3,) * 8, 8, False)]
        >>> _width_batches(rows, batch_size=32)
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
