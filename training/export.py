"""Export a trained checkpoint to ONNX, quantise it to int8, calibrate it on dev, and
write a model directory that affectkit loads.

Steps:
1. fp32 ONNX with two outputs, ``emotions`` (28 logits) and ``vad`` (9 standardised values).
2. int8: dynamic quantisation of every MatMul weight, per output channel; the word
   embedding table is stored as int8 with one scale per row (per token), dequantised
   before its Gather. Per-tensor quantisation of the embedding is what damages MiniLM.
3. On the GoEmotions dev split only: a temperature for the logits (minimising BCE), then
   per-label thresholds on the calibrated probabilities (0.01 grid, maximising F1).

Example::

    python training/export.py --run training/runs/default \\
        --out src/affectkit/models/weights/goemotions-minilm --data ../shared/data
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import numpy as np
import onnx
import torch
from onnx import helper, numpy_helper

sys.path.insert(0, str(Path(__file__).resolve().parent))
from calibrate import fit_temperature, macro_f1, tune_thresholds
from train import EmotionEncoder, encoder_dir, read_goemotions

MODEL_NAME = "goemotions-minilm"
POOLED_DIM = 384


class _Exportable(torch.nn.Module):
    def __init__(self, model: EmotionEncoder) -> None:
        super().__init__()
        self.model = model

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        return self.model(input_ids, attention_mask)  # type: ignore[no-any-return]


def export_fp32(checkpoint: Path, target: Path) -> None:
    model = EmotionEncoder(encoder_dir(), dropout=0.1)
    model.load_state_dict(torch.load(checkpoint, map_location="cpu"))
    model.eval()
    example = (torch.ones((2, 16), dtype=torch.long), torch.ones((2, 16), dtype=torch.long))
    torch.onnx.export(
        _Exportable(model),
        example,
        str(target),
        input_names=["input_ids", "attention_mask"],
        output_names=["emotions", "vad"],
        dynamic_axes={
            "input_ids": {0: "batch", 1: "sequence"},
            "attention_mask": {0: "batch", 1: "sequence"},
            "emotions": {0: "batch"},
            "vad": {0: "batch"},
        },
        opset_version=17,
        dynamo=False,
    )
    graph_model = onnx.load(str(target))
    expose_pooled(graph_model)
    onnx.save(graph_model, str(target))


def torch_name_map(checkpoint: Path, fp32: Path) -> dict[str, list[object]]:
    """ONNX initializer name -> [PyTorch parameter name, stored transposed?], so that the
    benchmark can rebuild the PyTorch model from the shipped file."""
    state = {k: v.numpy() for k, v in torch.load(checkpoint, map_location="cpu").items()}
    out: dict[str, list[object]] = {}
    taken: set[str] = set()
    for init in onnx.load(str(fp32)).graph.initializer:
        value = numpy_helper.to_array(init)
        candidates = [init.name.removeprefix("model.")]
        candidates += [k for k in state if k not in candidates]
        for key in candidates:
            if key in taken or key not in state:
                continue
            if state[key].shape == value.shape and np.array_equal(state[key], value):
                out[init.name] = [key, False]
            elif state[key].ndim == 2 and state[key].T.shape == value.shape and np.array_equal(state[key].T, value):
                out[init.name] = [key, True]
            else:
                continue
            taken.add(key)
            break
    missing = [k for k in state if k not in taken and not k.endswith("position_ids")]
    if missing:
        raise SystemExit(f"cannot find these weights in the ONNX graph: {missing[:5]}")
    return out


def expose_pooled(model: onnx.ModelProto) -> bool:
    """Add the mean-pooled sentence vector (the input of the emotion head) as a third output,
    ``pooled``, for the heads trained on top of the encoder (conversation context, causes).
    Returns False when the model already has it."""
    graph = model.graph
    if any(output.name == "pooled" for output in graph.output):
        return False
    head = next(node for node in graph.node if "emotions" in node.output)
    graph.node.append(onnx.helper.make_node("Identity", [head.input[0]], ["pooled"], name="pooled_output"))
    graph.output.append(onnx.helper.make_tensor_value_info("pooled", onnx.TensorProto.FLOAT, ["batch", POOLED_DIM]))
    return True


def quantize_int8(fp32: Path, target: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    staged = target.with_suffix(".matmul.onnx")
    quantize_dynamic(
        str(fp32),
        str(staged),
        per_channel=True,
        weight_type=QuantType.QInt8,
        op_types_to_quantize=["MatMul"],
    )
    graph_model = onnx.load(str(staged))
    _store_int8(graph_model, ("Gather",))  # per-tensor embedding quantisation is what hurts MiniLM
    onnx.save(graph_model, str(target))
    staged.unlink()


def quantize_weights_only(fp32: Path, target: Path) -> None:
    """int8 storage, fp32 compute: every MatMul weight per output column, every Gather table
    per row, each behind a DequantizeLinear that onnxruntime folds back to fp32 at load.
    Results do not depend on which other texts share a batch (dynamic activation
    quantisation makes them depend on it)."""
    model = onnx.load(str(fp32))
    _store_int8(model, ("MatMul", "Gather"))
    onnx.save(model, str(target))


def _store_int8(model: onnx.ModelProto, op_types: tuple[str, ...]) -> None:
    """Replace the large float weights of the given ops by int8 + scale + DequantizeLinear:
    MatMul weights per output column (axis 1), Gather tables per row (axis 0)."""
    graph = model.graph
    initializers = {init.name: init for init in graph.initializer}
    replaced: set[str] = set()
    for node in list(graph.node):
        if node.op_type not in op_types:
            continue
        slot, axis = (1, 1) if node.op_type == "MatMul" else (0, 0)
        name = node.input[slot]
        if name in replaced:  # a weight shared by two nodes
            node.input[slot] = name + "_dequantized"
            continue
        if name not in initializers:
            continue
        table = numpy_helper.to_array(initializers[name])
        if table.dtype != np.float32 or table.ndim != 2 or table.size < 100_000:
            continue
        scale = np.maximum(np.abs(table).max(axis=1 - axis), 1e-8) / 127.0
        shape = (-1, 1) if axis == 0 else (1, -1)
        quantized = np.clip(np.round(table / scale.reshape(shape)), -127, 127).astype(np.int8)
        graph.initializer.remove(initializers.pop(name))
        graph.initializer.extend(
            [
                numpy_helper.from_array(quantized, name + "_int8"),
                numpy_helper.from_array(scale.astype(np.float32), name + "_scale"),
                numpy_helper.from_array(np.zeros(scale.shape[0], dtype=np.int8), name + "_zero"),
            ]
        )
        dequant = helper.make_node(
            "DequantizeLinear",
            [name + "_int8", name + "_scale", name + "_zero"],
            [name + "_dequantized"],
            axis=axis,
            name=name + "_DequantizeLinear",
        )
        graph.node.insert(list(graph.node).index(node), dequant)
        node.input[slot] = name + "_dequantized"
        replaced.add(name)


def run_onnx(path: Path, texts: list[str], tokenizer_path: Path, max_tokens: int) -> tuple[np.ndarray, np.ndarray]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from affectkit.models.encoder import EmotionModel

    config = {
        "name": "export",
        "version": "0",
        "labels": [str(i) for i in range(28)],
        "thresholds": {},
        "max_tokens": max_tokens,
        "vad_columns": [str(i) for i in range(9)],
        "vad_mean": [0.0] * 9,
        "vad_std": [1.0] * 9,
        "onnx": path.name,
    }
    import onnxruntime as ort
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(tokenizer_path))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    options = ort.SessionOptions()
    options.add_session_config_entry("session.disable_quant_qdq", "1")  # as model.json asks at run time
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    model = EmotionModel(path.parent, config, session, tokenizer)
    features = model.encode(texts, batch_size=64)
    return features.logits, features.vad


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="export, quantise and calibrate a trained run")
    parser.add_argument("--run", help="training output folder (best.pt, training.json)")
    parser.add_argument("--out", help="model directory to write")
    parser.add_argument("--data")
    parser.add_argument("--checkpoint", default="best.pt")
    parser.add_argument("--version", default="1.0.0")
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument(
        "--quantization",
        choices=("weights", "dynamic"),
        default="weights",
        help="weights: int8 storage, fp32 compute, batch-independent results; dynamic: int8 compute",
    )
    parser.add_argument(
        "--expose-pooled",
        metavar="ONNX",
        help="only add the pooled sentence-vector output to an exported model file, in place, and stop",
    )
    args = parser.parse_args(argv)
    if args.expose_pooled:
        graph_model = onnx.load(args.expose_pooled)
        if expose_pooled(graph_model):
            onnx.save(graph_model, args.expose_pooled)
        print(f"{args.expose_pooled}: outputs {[output.name for output in graph_model.graph.output]}")
        return 0
    if not (args.run and args.out and args.data):
        parser.error("--run, --out and --data are required to export")

    run = Path(args.run)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    training = json.loads((run / "training.json").read_text("utf-8"))
    fp32 = run / "model.fp32.onnx"
    export_fp32(run / args.checkpoint, fp32)
    variants = {"dynamic": run / "model.int8-dynamic.onnx", "weights": run / "model.int8-weights.onnx"}
    quantize_int8(fp32, variants["dynamic"])
    quantize_weights_only(fp32, variants["weights"])
    int8 = out / "model.int8.onnx"
    shutil.copy(variants[args.quantization], int8)
    shutil.copy(encoder_dir() / "tokenizer.json", out / "tokenizer.json")

    dev_texts, dev_gold = read_goemotions(Path(args.data), "dev")
    report: dict[str, object] = {"quantization": args.quantization}
    for name, path in (
        ("fp32", fp32),
        ("int8-dynamic", variants["dynamic"]),
        ("int8-weights", variants["weights"]),
    ):
        logits, _ = run_onnx(path, dev_texts, out / "tokenizer.json", args.max_tokens)
        probs = 1.0 / (1.0 + np.exp(-logits))
        report[f"dev_macro_f1_tuned_{name}"] = macro_f1(probs, dev_gold, tune_thresholds(probs, dev_gold))
        report[f"size_mb_{name}"] = round(path.stat().st_size / 1e6, 1)
        if name == f"int8-{args.quantization}":
            temperature = fit_temperature(logits, dev_gold)
            calibrated = 1.0 / (1.0 + np.exp(-logits / temperature))
            thresholds = tune_thresholds(calibrated, dev_gold)
    labels = (Path(args.data) / "goemotions" / "labels.txt").read_text("utf-8").split()
    config = {
        "name": MODEL_NAME,
        "version": args.version,
        "description": "MiniLM-L6 fine-tuned on GoEmotions (28 labels) and EmoBank (VAD: combined, writer, reader)",
        "encoder": training["encoder"],
        "onnx": int8.name,
        "quantization": {
            "weights": "int8 weights (MatMul per output channel, embeddings per row), fp32 compute",
            "dynamic": "int8 weights per channel and dynamic int8 activations (MatMulInteger)",
        }[args.quantization],
        "tokenizer": "tokenizer.json",
        "onnxruntime_config": {"session.disable_quant_qdq": "1"} if args.quantization == "weights" else {},
        "max_tokens": args.max_tokens,
        "labels": labels,
        "temperature": temperature,
        "thresholds": dict(zip(labels, thresholds)),
        "calibration": "temperature (BCE) and per-label thresholds (F1, 0.01 grid) fitted on GoEmotions dev",
        "vad_columns": training["vad_columns"],
        "vad_mean": training["vad_mean"],
        "vad_std": training["vad_std"],
        "torch_names": torch_name_map(run / args.checkpoint, fp32),
        "training": training["settings"],
        "training_history": training["history"],
        "export": report,
    }
    (out / "model.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({"temperature": temperature, **report}, indent=2))
    print(f"int8 model: {int8} ({int8.stat().st_size / 1e6:.1f} MB); fp32: {fp32} ({fp32.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
