"""Soft targets from an ensemble of trained runs, for distillation into one student.

The emotion targets are the mean probabilities of the runs given by ``--emotion-runs``; the
VAD targets the mean standardised outputs of ``--vad-runs``. Both on the train splits only;
the dev scores of the ensembles are printed (dev picks; test is never read here).

    python training/ensemble.py --data ../shared/data --emotion-runs runs/t1 runs/t2 \\
        --vad-runs runs/v1 runs/v2 --out runs/soft.npz
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import torch
from transformers import AutoTokenizer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train import (
    EmotionEncoder,
    encode,
    encoder_dir,
    pearson_columns,
    predict,
    read_emobank,
    read_goemotions,
    tuned_macro_f1,
)


def load(run: Path, device: torch.device) -> tuple[EmotionEncoder, dict[str, object]]:
    meta = json.loads((run / "training.json").read_text("utf-8"))
    model = EmotionEncoder(encoder_dir(), 0.0)
    model.load_state_dict(torch.load(run / "best.pt", map_location="cpu"))
    return model.to(device), meta


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, type=Path)
    parser.add_argument("--emotion-runs", nargs="+", required=True, type=Path)
    parser.add_argument("--vad-runs", nargs="+", required=True, type=Path)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    device = torch.device(args.device)
    tokenizer = AutoTokenizer.from_pretrained(str(encoder_dir()))
    sets = {}
    for name, reader, max_len in (("ge", read_goemotions, 64), ("eb", read_emobank, 128)):
        for split in ("train", "dev"):
            texts, gold = reader(args.data, split)
            if args.limit:
                texts, gold = texts[: args.limit], gold[: args.limit]
            sets[f"{name}_{split}"] = (encode(tokenizer, texts, max_len), gold)
    probs = {split: [] for split in ("train", "dev")}  # type: dict[str, list[np.ndarray]]
    for run in args.emotion_runs:
        model, _ = load(run, device)
        for split in ("train", "dev"):
            logits, _ = predict(model, sets[f"ge_{split}"][0], batch_size=512)
            probs[split].append(1.0 / (1.0 + np.exp(-logits)))
        print(f"{run}: dev macro-F1 (tuned) {tuned_macro_f1(probs['dev'][-1], sets['ge_dev'][1]):.4f}", flush=True)
    vads = {split: [] for split in ("train", "dev")}  # type: dict[str, list[np.ndarray]]
    for run in args.vad_runs:
        model, meta = load(run, device)
        mean, std = np.asarray(meta["vad_mean"]), np.asarray(meta["vad_std"])
        for split in ("train", "dev"):
            _, z = predict(model, sets[f"eb_{split}"][0], batch_size=512)
            vads[split].append(z)
        r = pearson_columns(vads["dev"][-1] * std + mean, sets["eb_dev"][1])
        print(f"{run}: dev pearson {[round(x, 3) for x in r]}", flush=True)
    ge_dev = np.mean(probs["dev"], axis=0)
    eb_dev = np.mean(vads["dev"], axis=0) * std + mean
    summary = {
        "ensemble_dev_macro_f1_tuned": tuned_macro_f1(ge_dev, sets["ge_dev"][1]),
        "ensemble_dev_pearson": pearson_columns(eb_dev, sets["eb_dev"][1]),
        "emotion_runs": [str(r) for r in args.emotion_runs],
        "vad_runs": [str(r) for r in args.vad_runs],
    }
    print(json.dumps(summary), flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez(args.out, ge_train_probs=np.mean(probs["train"], axis=0).astype(np.float32),
             eb_train_z=np.mean(vads["train"], axis=0).astype(np.float32))
    args.out.with_suffix(".json").write_text(json.dumps(summary, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
