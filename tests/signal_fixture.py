"""A toy signal bundle for fast tests: one head per signal, trained here with the fake
encoder on invented sentences whose cue words raise the labels (no data set, no model file).

Example::

    fake = FakeEncoder(cues=CUES, hidden=8)
    bundle = read_signal_bundle(build_bundle(tmp_path, fake))
"""

from __future__ import annotations

import json
from pathlib import Path

from guards import unavailable

from affectkit.adapt import train_head
from affectkit.testing import FakeEncoder

CUES = {"tired": "sadness", "empty": "grief", "deadline": "nervousness", "rent": "fear",
        "alone": "disappointment", "burden": "remorse", "walk": "joy", "garden": "admiration"}  # fmt: skip

SPECS = [
    ("depression", "DR", "single", {"tired": "yes", "empty": "yes", "walk": "no", "garden": "no"}),
    ("stress", "dreaddit", "single", {"deadline": "yes", "rent": "yes", "walk": "no", "garden": "no"}),
    ("stress_cause", "SAD", "single", {"deadline": "work", "rent": "financial problem", "walk": "work"}),
    ("cause", "CAMS", "single", {"alone": "alienation", "tired": "no causes", "empty": "relationship"}),
    ("loneliness", "loneliness", "single", {"alone": "yes", "walk": "no", "garden": "no"}),
    ("wellness", "MultiWD", "multi", {"walk": "physical", "garden": "spiritual", "alone": "social"}),
    ("interpersonal_risk", "IRF", "multi", {"alone": "thwarted_belongingness", "burden": "perceived_burdensomeness"}),
    ("tsid", "t-sid", "single",
     {"tired": "depression", "walk": "no mental disorders", "garden": "no mental disorders"}),
]  # fmt: skip


def fake_encoder() -> FakeEncoder:
    """The fake encoder the toy bundle is trained on (cue words raise emotion labels)."""
    return FakeEncoder(cues=CUES, hidden=8)


def build_bundle(root: Path, fake: FakeEncoder) -> Path:
    """Train one toy head per signal on ``fake`` and write the bundle into ``root``."""
    entries = []
    for name, data_set, kind, cues in SPECS:
        texts: list[str] = []
        labels: list[object] = []
        for i in range(12):
            for word, label in cues.items():
                texts.append(f"today {word} again {i}")
                labels.append([label] if kind == "multi" else label)
            if kind == "multi":
                texts.append(f"a chair {i}")
                labels.append([])
        trained = train_head(name, texts, labels, multi_label=kind == "multi", cv=3, encoder=fake)
        trained.save(root / name)
        entries.append({"name": name, "set": data_set, "head": name, "kind": kind, "trained_on": "invented",
                        "transfer": "invented transfer" if name in ("loneliness", "tsid") else None})  # fmt: skip
    manifest = {"name": "toy-signals", "version": "1", "encoder": {"name": fake.name, "version": fake.version},
                "long_text": "truncate", "signals": entries}  # fmt: skip
    (root / "signals.json").write_text(json.dumps(manifest), "utf-8")
    return root


def shipped_bundle() -> Path:
    """The shipped bundle's folder; without it the test skips, but under ``CI=true`` it fails."""


    from affectkit.care.signal_bundle import MANIFEST, bundle_folder

    folder = bundle_folder()
    if not (folder / MANIFEST).is_file():
        message = f"the shipped signal bundle is missing at {folder}; train it with `make signals-heads`"
        unavailable(message, "the shipped bundle's tests")
    return folder
