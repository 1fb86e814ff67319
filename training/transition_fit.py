"""Fit what the emotion transition needs (affectkit.understand.transition) and write it as
a head folder (``head.json`` of kind ``transition`` and ``weights.npz``: one array of label
positions per label set, a row per label, and ``contagion``).

- Label positions: the mean combined VAD (scaled to [-1, 1]) that the shipped model reads in
  GoEmotions train texts whose gold labels all fall in one Ekman category (``ekman``), or
  that carry exactly one GoEmotions label (``goemotions``).
- Contagion: on DailyDialog train, for each turn of a speaker who spoke before and was
  answered in between, the least-squares slope (no intercept, three dimensions pooled) of
  ``current - previous own`` on ``latest other - previous own``, with the model's VAD
  readings; the validation split gives the held-out R^2.

Example::

    python training/transition_fit.py --data ../shared/data \
        --out src/affectkit/models/weights/transition-minilm
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np

from affectkit.evaluate.datasets import load_dailydialog, load_goemotions
from affectkit.models import EmotionModel, resolve_model
from affectkit.taxonomy.graph import GOEMOTIONS, get_taxonomy


def centred_vad(model: EmotionModel, texts: list[str]) -> np.ndarray:
    vad = model.encode(texts, batch_size=64).vad
    return (model.vad_scale(vad)[:, :3] - 3.0) / 2.0  # type: ignore[no-any-return]


def pairs(turns: Any, vad: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    moves, pushes = [], []
    last: dict[tuple[str, str], int] = {}
    for i, (dialogue, speaker) in enumerate(zip(turns.dialogue, turns.speaker)):
        own = last.get((dialogue, speaker))
        others = [j for (d, s), j in last.items() if d == dialogue and s != speaker]
        if own is not None and others and max(others) > own:
            moves.append(vad[i] - vad[own])
            pushes.append(vad[max(others)] - vad[own])
        last[(dialogue, speaker)] = i
    return np.asarray(moves).ravel(), np.asarray(pushes).ravel()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    model = EmotionModel.load(resolve_model("goemotions-minilm"))
    train = load_goemotions(args.data, "train")
    vad = centred_vad(model, train.texts)
    ekman = get_taxonomy("ekman")
    category = {label: name for name, members in ekman.members.items() for label in members}
    positions: dict[str, dict[str, list[float]]] = {"ekman": {}, "goemotions": {}}
    counts: dict[str, dict[str, int]] = {"ekman": {}, "goemotions": {}}
    gold = [{GOEMOTIONS[k] for k in np.flatnonzero(row)} for row in train.targets]
    for view, members in (("goemotions", gold), ("ekman", [{category[name] for name in g} for g in gold])):
        for name in sorted(set().union(*members)):
            rows = [i for i, m in enumerate(members) if m == {name}]
            positions[view][name] = [round(float(v), 4) for v in vad[rows].mean(axis=0)]
            counts[view][name] = len(rows)
    dialogue_train = load_dailydialog(args.data, "train")
    moves, pushes = pairs(dialogue_train, centred_vad(model, dialogue_train.text))
    contagion = float(moves @ pushes / (pushes @ pushes))
    dialogue_dev = load_dailydialog(args.data, "dev")
    dev_moves, dev_pushes = pairs(dialogue_dev, centred_vad(model, dialogue_dev.text))
    residual = dev_moves - contagion * dev_pushes
    r2 = 1.0 - float(residual @ residual) / float(((dev_moves - dev_moves.mean()) ** 2).sum())
    args.out.mkdir(parents=True, exist_ok=True)
    np.savez(
        args.out / "weights.npz",
        contagion=np.asarray(round(contagion, 4), dtype=np.float64),
        **{name: np.asarray(list(table.values()), dtype=np.float64) for name, table in positions.items()},
    )
    manifest = {
        "name": "transition-minilm",
        "version": "1.0.0",
        "kind": "transition",
        "source": f"mean VAD read by {model.name} {model.version} in GoEmotions train texts of one category",
        "encoder": {"name": model.name, "version": model.version},
        "features": {"spec": "a point in VAD space scaled to [-1, 1] (valence, arousal, dominance)", "dim": 3},
        "labels": {name: list(table) for name, table in positions.items()},
        "activation": "none",
        "architecture": "next = preceding + contagion * (stimulus - preceding) + pull * (temperament - preceding); "
        "the label is the nearest position (one array of positions per label set, a row per label)",
        "thresholds": {},
        "calibration": "none: the nearest label position",
        "weights": "weights.npz",
        "licence": "GoEmotions (Apache-2.0) for the positions; DailyDialog (CC BY-NC-SA 4.0: non-commercial) "
        "for contagion",
        "data": "GoEmotions train (label positions), DailyDialog train and validation (contagion)",
        "texts_per_position": counts,
        "contagion_fit": {
            "data": "DailyDialog train, consecutive turns of a speaker answered in between",
            "pairs": len(moves) // 3,
            "validation_pairs": len(dev_moves) // 3,
            "validation_r2": round(r2, 4),
        },
    }
    (args.out / "head.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({"contagion": round(contagion, 4), "contagion_fit": manifest["contagion_fit"]}, indent=2))


if __name__ == "__main__":
    main()
