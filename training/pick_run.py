"""Pick the best of several trained runs on dev (GoEmotions macro-F1 with dev-tuned thresholds
plus 0.1 x the mean Pearson r of combined V, A, D: train.py's own epoch criterion). A
weight average of ``--soup`` runs (same initialisation, different seeds) competes too.

    python training/pick_run.py --data ../shared/data --runs runs/s1 runs/s2 --soup runs/t1 runs/t2 \\
        --soup-out runs/soup --best-file runs/best.txt
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import numpy as np
import torch
from transformers import AutoTokenizer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ensemble import load
from train import encode, encoder_dir, pearson_columns, predict, read_emobank, read_goemotions, tuned_macro_f1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, type=Path)
    parser.add_argument("--runs", nargs="+", required=True, type=Path)
    parser.add_argument("--soup", nargs="*", default=[], type=Path)
    parser.add_argument("--soup-out", type=Path)
    parser.add_argument("--best-file", required=True, type=Path)
    parser.add_argument("--device", default="cpu")
    args = parser.parse_args()
    device = torch.device(args.device)
    candidates = list(args.runs)
    if args.soup:
        states = [torch.load(run / "best.pt", map_location="cpu") for run in args.soup]
        soup = {k: sum(s[k].float() for s in states) / len(states) for k in states[0]}
        args.soup_out.mkdir(parents=True, exist_ok=True)
        torch.save(soup, args.soup_out / "best.pt")
        shutil.copy(args.soup[0] / "training.json", args.soup_out / "training.json")
        candidates.append(args.soup_out)
    tokenizer = AutoTokenizer.from_pretrained(str(encoder_dir()))
    ge_texts, ge_gold = read_goemotions(args.data, "dev")
    eb_texts, eb_gold = read_emobank(args.data, "dev")
    ge_ids, eb_ids = encode(tokenizer, ge_texts, 64), encode(tokenizer, eb_texts, 128)
    scores = {}
    for run in candidates:
        model, meta = load(run, device)
        logits, _ = predict(model, ge_ids, batch_size=512)
        _, z = predict(model, eb_ids, batch_size=512)
        macro = tuned_macro_f1(1.0 / (1.0 + np.exp(-logits)), ge_gold)
        r = pearson_columns(z * np.asarray(meta["vad_std"]) + np.asarray(meta["vad_mean"]), eb_gold)
        scores[str(run)] = {"macro_f1_tuned": macro, "pearson": r, "score": macro + 0.1 * float(np.mean(r[:3]))}
        print(f"{run}: dev macro-F1 (tuned) {macro:.4f} pearson {[round(x, 3) for x in r]}", flush=True)
    best = max(scores, key=lambda name: scores[name]["score"])
    print(json.dumps({"best": best, "scores": scores}), flush=True)
    args.best_file.write_text(best + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
