"""The encoder runtime: tokenizers for text, onnxruntime for one forward pass.

Texts are tokenised once and run in batches of texts of the same padded width (the length
rounded up to a multiple of 4), so a text's scores do not depend on what it is batched
with: onnxruntime's result for a row depends on the batch's width (padding changes the
float sums in attention) and on whether the batch has one row or more (another kernel
path), never on the other rows or the thread count. A lone text of its width is run twice
in one batch for the same reason. So the file engines, the Ray engine, the service and any
chunk size give bit-identical results. Only :meth:`EmotionModel.encode` with
``fast_single=True`` on one text (what ``Analyzer.analyze`` uses for latency) takes the
one-row path, whose floats may differ in the seventh digit. A text longer than the model's
limit is cut explicitly (the result says so); nothing is cut silently. The batching itself
lives in :mod:`affectkit.models.batching`, shared with the memory's sentence encoder.

Example:
    >>> from affectkit.models import EmotionModel, resolve_model
    >>> model = EmotionModel.load(resolve_model("goemotions-minilm"))
    >>> features = model.encode(["so happy for you"])
    >>> features.logits.shape, features.vad.shape
    ((1, 28), (1, 9))
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.errors import ModelError
from affectkit.models.batching import (  # noqa: F401  (re-exported: where callers have long found them)
    CALL_COST_TOKENS,
    Encoded,
    padded_batches,
    padded_width,
    run_session,
    tokenize_cut,
    width_batches,
)
from affectkit.models.features import Features

FloatArray = npt.NDArray[np.float32]

# Session settings a model.json may ask for. "session.disable_quant_qdq": int8 weights behind
# DequantizeLinear are folded back to fp32 at load, instead of onnxruntime's QDQ kernels,
# whose int8 arithmetic moved logits by up to 0.35 from the fp32 model (0.29 when folded).
_ALLOWED_SESSION_CONFIG = frozenset({"session.disable_quant_qdq"})


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
        """Token ids for many texts (the Rust tokenizer runs them in parallel), each cut to
        ``max_tokens`` keeping the end marker.

        Example:
            >>> from affectkit.models import resolve_model
            >>> model = EmotionModel.load(resolve_model("goemotions-minilm"))
            >>> [e.tokens for e in model.tokenize_batch(["hi", "oh no"])]
            [3, 4]
        """
        return tokenize_cut(self._tokenizer, texts, self.max_tokens)

    @property
    def session(self) -> Any:
        """The onnxruntime session (run it only through :func:`~affectkit.models.batching.run_session`)."""
        return self._session

    @property
    def tokenizer(self) -> Any:
        """The ``tokenizers.Tokenizer`` of the model, with truncation and padding off."""
        return self._tokenizer

    def count_tokens(self, text: str) -> int:
        """Tokens of ``text`` without the start and end markers.

        Example:
            >>> from affectkit.models import resolve_model
            >>> EmotionModel.load(resolve_model("goemotions-minilm")).count_tokens("hello world")
            2
        """
        return len(self._tokenizer.encode(text, add_special_tokens=False).ids)

    @property
    def identity(self) -> tuple[str, str]:
        """The model's (name, version), which heads check before reading its features.

        Example:
            >>> from affectkit.models import resolve_model
            >>> EmotionModel.load(resolve_model("goemotions-minilm")).identity
            ('goemotions-minilm', '1.1.0')
        """
        return (self.name, self.version)

    @property
    def has_pooled(self) -> bool:
        """Whether the model file also gives the pooled sentence vector (``encode(..., pooled=True)``)."""
        return "pooled" in self._output_names

    def encode(
        self,
        texts: Sequence[str] | Sequence[Encoded],
        *,
        batch_size: int = 32,
        pooled: bool = False,
        fast_single: bool = False,
        exact: bool = True,
    ) -> Features:
        """The one way from texts to the encoder's outputs: logits (n x 28), standardised VAD
        (n x 9) and, with ``pooled=True``, the pooled sentence vector (n x 384), in input order.

        ``texts`` may be strings (tokenised here, cut to ``max_tokens``) or the
        :class:`Encoded` rows of :meth:`tokenize_batch`. Batching follows
        :mod:`affectkit.models.batching`: exact width groups by default, so a text's floats do
        not depend on its batch; ``fast_single`` runs a lone text as one unpadded row (floats
        equal to about 1e-7); ``exact=False`` pads length-sorted batches to their longest text
        (fewer calls for a server's small batches, floats that depend on the batch to 1e-7).
        Asking for the pooled vector does not change the logits or VAD.

        Example:
            >>> from affectkit.models import resolve_model
            >>> model = EmotionModel.load(resolve_model("goemotions-minilm"), threads=1)
            >>> features = model.encode(["hi", "oh no"], pooled=True)
            >>> [part.shape for part in (features.logits, features.vad, features.pooled)]
            [(2, 28), (2, 9), (2, 384)]
        """
        items = list(texts)
        rows = [item for item in items if isinstance(item, Encoded)]
        if rows and len(rows) != len(items):
            raise ModelError("encode() takes texts or Encoded rows, not a mix of both")
        encoded = rows or self.tokenize_batch([str(item) for item in items])
        if pooled and not self.has_pooled:
            raise ModelError(
                f"{self.directory} gives no pooled output, which conversation and care heads need: "
                "add it with `python training/export.py --expose-pooled FILE` or re-install affectkit"
            )
        names = ("emotions", "vad", "pooled") if pooled else ("emotions", "vad")
        widths = {"emotions": len(self.labels), "vad": len(self.vad_columns)}
        parts = run_session(
            self._session,
            encoded,
            names,
            widths,
            batch_size,
            fast_single=fast_single,
            exact=exact,
            token_type_ids="token_type_ids" in self._input_names,
        )
        return Features(
            logits=parts[0],
            vad=parts[1],
            pooled=parts[2] if pooled else None,
            encoded=tuple(encoded),
            encoder=self.identity,
        )

    def probabilities(self, logits: FloatArray) -> FloatArray:
        """Calibrated probabilities: sigmoid of logits divided by the fitted temperature."""
        result: FloatArray = (1.0 / (1.0 + np.exp(-logits / self.temperature))).astype(np.float32)
        return result

    def vad_scale(self, vad: FloatArray) -> FloatArray:
        """VAD outputs back on EmoBank's 1-5 scale, clipped to it."""
        result: FloatArray = np.clip(vad * self.vad_std + self.vad_mean, 1.0, 5.0).astype(np.float32)
        return result
