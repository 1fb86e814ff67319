"""A static int8 variant of a shipped encoder: int8 arithmetic with every activation scale
fixed ahead of time, so a text's floats do not depend on its batch (no torch needed).

Steps:

1. The fp32 graph is rebuilt from the model directory's int8-weight file (each weight's
   DequantizeLinear folded in numpy): the very weights affectkit computes with, no checkpoint.
2. Calibration texts: a seeded sample of GoEmotions dev and EmoBank dev, tokenised by the
   model and run in batches of one padded width, as inference runs them.
3. onnxruntime's ``quantize_static``: QDQ, MatMul only, weights int8 per output channel,
   activations uint8 with min-max ranges. Two kinds of MatMul stay fp32: those of two
   activations (attention scores and context), and the feed-forward output MatMuls of the
   layers ``--keep-fp32`` names (default 0-2), whose inputs hold the outliers that cost
   accuracy (on GoEmotions dev, shipped thresholds: every MatMul int8 -4.6 pt macro-F1;
   layers 3-5 kept -5.3; layers 0-2 kept -1.0).
4. Temperature and per-label thresholds are fitted again on GoEmotions dev for the new graph.
5. A model directory that ``Analyzer(model=DIR)`` loads, its ``model.json`` recording the
   method, the calibration texts and the dev scores of both graphs.

Example::

    python training/static_int8.py --model src/affectkit/models/weights/goemotions-minilm \\
        --out build/goemotions-minilm-static --data ../shared/data
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import onnx
from onnx import numpy_helper

sys.path.insert(0, str(Path(__file__).resolve().parent))

DEFAULT_KEEP_FP32 = r"layer\.[012]/output/dense"


def dequantize_weights(source: Path, target: Path) -> None:
    """Write ``source`` (int8 weights behind DequantizeLinear) to ``target`` with the MatMul
    weights in fp32, ready for static quantisation (the embedding table stays int8 per row)."""
    model = onnx.load(str(source))
    initializers = {item.name: item for item in model.graph.initializer}
    into_matmul = {name for node in model.graph.node if node.op_type == "MatMul" for name in node.input}
    kept, folded, consumed = [], [], set()
    for node in model.graph.node:
        dequantizes_a_weight = node.op_type == "DequantizeLinear" and node.input[0] in initializers
        if not dequantizes_a_weight or node.output[0] not in into_matmul:  # the embedding table stays int8
            kept.append(node)
            continue
        values = numpy_helper.to_array(initializers[node.input[0]]).astype(np.float32)
        scale = numpy_helper.to_array(initializers[node.input[1]]).astype(np.float32)
        zero = (
            numpy_helper.to_array(initializers[node.input[2]]).astype(np.float32)
            if len(node.input) > 2 and node.input[2]
            else np.zeros_like(scale)
        )
        if scale.ndim == 1 and scale.size > 1:
            axis = next((attribute.i for attribute in node.attribute if attribute.name == "axis"), 1)
            shape = [1] * values.ndim
            shape[axis] = -1
            scale, zero = scale.reshape(shape), zero.reshape(shape)
        folded.append(numpy_helper.from_array(((values - zero) * scale).astype(np.float32), node.output[0]))
        consumed.update(name for name in node.input if name)
    del model.graph.node[:]
    model.graph.node.extend(kept)
    remaining = [item for item in model.graph.initializer if item.name not in consumed]
    del model.graph.initializer[:]
    model.graph.initializer.extend(remaining + folded)
    onnx.save(model, str(target))


def calibration_feeds(model: Any, texts: list[str], batch_size: int = 16) -> list[dict[str, np.ndarray]]:
    """Model inputs for ``texts``, in batches of one padded width (as inference runs them)."""
    from affectkit.models.encoder import padded_width

    encoded = sorted(model.tokenize_batch(texts), key=lambda item: item.tokens)
    feeds = []
    for start in range(0, len(encoded), batch_size):
        chunk = encoded[start : start + batch_size]
        width = padded_width(max(item.tokens for item in chunk))
        ids = np.zeros((len(chunk), width), dtype=np.int64)
        for row, item in enumerate(chunk):
            ids[row, : len(item.ids)] = item.ids
        feeds.append({"input_ids": ids, "attention_mask": (ids != 0).astype(np.int64)})
    return feeds


def quantize_static_int8(fp32: Path, target: Path, feeds: list[dict[str, np.ndarray]], keep_fp32: str) -> list[str]:
    """Quantise ``fp32`` to a static QDQ graph at ``target``; returns the MatMuls left in fp32."""
    from onnxruntime.quantization import (
        CalibrationDataReader,
        CalibrationMethod,
        QuantFormat,
        QuantType,
        quantize_static,
    )

    class Reader(CalibrationDataReader):  # type: ignore[misc]
        def __init__(self) -> None:
            self.feeds = iter(feeds)

        def get_next(self) -> dict[str, np.ndarray] | None:
            return next(self.feeds, None)

    graph = onnx.load(str(fp32), load_external_data=False).graph
    weights = {item.name for item in graph.initializer}
    matmuls = [node for node in graph.node if node.op_type == "MatMul"]
    excluded = [
        node.name
        for node in matmuls
        if not any(name in weights for name in node.input) or (keep_fp32 and re.search(keep_fp32, node.name))
    ]
    quantize_static(
        str(fp32),
        str(target),
        Reader(),
        quant_format=QuantFormat.QDQ,
        per_channel=True,
        activation_type=QuantType.QUInt8,
        weight_type=QuantType.QInt8,
        op_types_to_quantize=["MatMul"],
        nodes_to_exclude=excluded,
        calibrate_method=CalibrationMethod.MinMax,
    )
    return excluded


def main(argv: list[str] | None = None) -> int:
    from calibrate import fit_temperature, macro_f1, tune_thresholds

    from affectkit.evaluate.datasets import load_emobank, load_goemotions
    from affectkit.models import EmotionModel

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, required=True, help="a model directory with int8 weights")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument(
        "--calibration-texts", type=int, default=1024, help="GoEmotions dev texts (and a quarter as many EmoBank)"
    )
    parser.add_argument("--keep-fp32", default=DEFAULT_KEEP_FP32, help="regex of MatMul names kept in fp32")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    source = EmotionModel.load(args.model)
    config = json.loads((args.model / "model.json").read_text("utf-8"))
    goemotions = load_goemotions(args.data, "dev")
    emobank = load_emobank(args.data, "dev")
    sample = random.Random(args.seed)
    texts = sample.sample(goemotions.texts, min(args.calibration_texts, len(goemotions.texts)))
    texts += sample.sample(emobank.texts, min(args.calibration_texts // 4, len(emobank.texts)))
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / "model.static-int8.onnx"
    with tempfile.TemporaryDirectory() as scratch:
        fp32 = Path(scratch) / "model.fp32.onnx"
        dequantize_weights(args.model / config["onnx"], fp32)
        kept = quantize_static_int8(fp32, target, calibration_feeds(source, texts), args.keep_fp32)
    shutil.copy(args.model / config.get("tokenizer", "tokenizer.json"), args.out / "tokenizer.json")

    report: dict[str, Any] = {}
    static_config = dict(config, onnx=target.name, onnxruntime_config={})
    (args.out / "model.json").write_text(json.dumps(static_config), encoding="utf-8")
    for name, directory in (("source", args.model), ("static", args.out)):
        model = EmotionModel.load(directory)
        logits = model.encode(goemotions.texts, batch_size=32).logits
        temperature = fit_temperature(logits, goemotions.targets)
        probs = 1.0 / (1.0 + np.exp(-logits / temperature))
        thresholds = tune_thresholds(probs, goemotions.targets)
        report[f"dev_macro_f1_tuned_{name}"] = round(macro_f1(probs, goemotions.targets, thresholds), 4)
    static_config.update(
        version=f"{config['version']}+static-int8",
        quantization="static int8: QDQ MatMuls, int8 weights per output channel, uint8 activations with min-max "
        "ranges calibrated ahead of time; attention MatMuls and the feed-forward outputs of "
        f"/{args.keep_fp32}/ in fp32",
        temperature=temperature,
        thresholds=dict(zip(config["labels"], thresholds, strict=True)),
        calibration="temperature (BCE) and per-label thresholds (F1, 0.01 grid) fitted on GoEmotions dev, "
        "for this graph",
        static_int8={
            "source": f"{config['name']} {config['version']} ({config['onnx']})",
            "calibration_texts": {"goemotions_dev": args.calibration_texts, "emobank_dev": args.calibration_texts // 4},
            "seed": args.seed,
            "method": "minmax",
            "kept_fp32": kept,
            **report,
        },
    )
    (args.out / "model.json").write_text(json.dumps(static_config, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))
    print(f"static int8 model: {target} ({target.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
