"""Readers for the evaluation data sets, with checksums for reports.

The data folder is ``--data``, else ``AFFECTKIT_DATA``, else ``../shared/data``.

Example:
    >>> data_dir("/nonexistent")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    affectkit.errors.DataError: data folder /nonexistent not found; pass --data DIR or set ...
"""

from __future__ import annotations

import csv
import hashlib
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt

from affectkit.config import setting
from affectkit.errors import DataError
from affectkit.taxonomy.graph import GOEMOTIONS

SPLITS = ("train", "dev", "test")


@dataclass(frozen=True)
class LabelledTexts:
    """Texts with a target matrix, and the checksums of the files they came from."""

    name: str
    split: str
    texts: list[str]
    targets: npt.NDArray[np.float32]
    files: dict[str, str] = field(default_factory=dict)


def data_dir(explicit: str | Path | None = None) -> Path:
    """The data folder, checked to exist."""
    path = Path(setting("data", None if explicit is None else str(explicit))).expanduser()
    if not path.is_dir():
        raise DataError(
            f"data folder {path} not found; pass --data DIR or set AFFECTKIT_DATA to the folder "
            "holding goemotions/ and emobank/"
        )
    return path


def sha256(path: Path) -> str:
    """Hex SHA-256 of a file.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "x"
        >>> _ = p.write_bytes(b"")
        >>> sha256(p)[:8]
        'e3b0c442'
    """
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _need(path: Path) -> Path:
    if not path.is_file():
        raise DataError(f"missing data file {path}; check --data / AFFECTKIT_DATA")
    return path


def _split(split: str) -> str:
    if split not in SPLITS:
        raise DataError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    return split


def load_goemotions(folder: Path, split: str) -> LabelledTexts:
    """GoEmotions ``<split>.tsv``: text, comma-separated label ids, comment id -> (n x 28) 0/1."""
    path = _need(folder / "goemotions" / f"{_split(split)}.tsv")
    labels = _need(folder / "goemotions" / "labels.txt").read_text("utf-8").split()
    if tuple(labels) != GOEMOTIONS:
        raise DataError(f"{folder / 'goemotions' / 'labels.txt'} does not list the 28 GoEmotions labels in order")
    texts: list[str] = []
    rows: list[npt.NDArray[np.float32]] = []
    with open(path, encoding="utf-8", newline="") as handle:
        for number, line in enumerate(handle, start=1):
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                raise DataError(f"{path}:{number}: expected text<TAB>label ids")
            target = np.zeros(len(GOEMOTIONS), dtype=np.float32)
            try:
                for label in parts[1].split(","):
                    target[int(label)] = 1.0
            except (ValueError, IndexError) as error:
                raise DataError(f"{path}:{number}: bad label ids {parts[1]!r}") from error
            texts.append(parts[0])
            rows.append(target)
    return LabelledTexts("goemotions", split, texts, np.stack(rows), {path.name: sha256(path)})


VAD_TARGETS = tuple(f"{p}_{d}" for p in ("combined", "writer", "reader") for d in "VAD")


def load_emobank(folder: Path, split: str) -> LabelledTexts:
    """EmoBank sentences of a split with 9 targets: combined, writer and reader V, A, D (1-5)."""
    base = folder / "emobank"
    combined = _need(base / "emobank.csv")
    perspectives: dict[str, dict[str, list[float]]] = {}
    files = {combined.name: sha256(combined)}
    for name in ("writer", "reader"):
        path = _need(base / f"{name}.csv")
        files[path.name] = sha256(path)
        with open(path, encoding="utf-8", newline="") as handle:
            perspectives[name] = {
                row["id"]: [float(row["V"]), float(row["A"]), float(row["D"])] for row in csv.DictReader(handle)
            }
    texts: list[str] = []
    rows: list[list[float]] = []
    with open(combined, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["split"] != _split(split):
                continue
            values = [float(row["V"]), float(row["A"]), float(row["D"])]
            for name in ("writer", "reader"):
                values += perspectives[name].get(row["id"], [math.nan] * 3)
            texts.append(row["text"])
            rows.append(values)
    return LabelledTexts("emobank", split, texts, np.asarray(rows, dtype=np.float32), files)


@dataclass(frozen=True)
class DialogueTurns:
    """Utterances of a dialogue corpus, flat, with their dialogue and gold emotion."""

    name: str
    split: str
    dialogue: list[str]
    speaker: list[str]
    text: list[str]
    emotion: list[str]
    files: dict[str, str] = field(default_factory=dict)


_DAILYDIALOG_SPLITS = {"train": "train", "dev": "validation", "test": "test"}


def load_dailydialog(folder: Path, split: str) -> DialogueTurns:
    """DailyDialog's utterances of one split from the ConvLab-3 unified zip (gold emotion per
    utterance: no emotion, anger, disgust, fear, happiness, sadness, surprise).

    Example (needs the data set)::

        turns = load_dailydialog(data_dir(), "test")   # 7,740 utterances of 1,000 dialogues
    """
    import json
    import zipfile

    path = _need(folder / "dailydialog" / "dailydialog_unified.zip")
    wanted = _DAILYDIALOG_SPLITS[_split(split)]
    try:
        with zipfile.ZipFile(path) as archive, archive.open("data/dialogues.json") as handle:
            dialogues = json.load(handle)
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise DataError(f"{path} is not the ConvLab-3 DailyDialog zip (data/dialogues.json): {error}") from error
    out = DialogueTurns("dailydialog", split, [], [], [], [], {str(path.name): sha256(path)})
    for item in dialogues:
        if item.get("data_split") != wanted:
            continue
        for turn in item["turns"]:
            text = " ".join(str(turn["utterance"]).split())
            if not text:
                continue
            out.dialogue.append(str(item["dialogue_id"]))
            out.speaker.append(str(turn["speaker"]))
            out.text.append(text)
            out.emotion.append(str(turn.get("emotion", "no emotion")))
    if not out.text:
        raise DataError(f"{path} has no {wanted} dialogues")
    return out


def load_meld(folder: Path, split: str) -> DialogueTurns:
    """MELD's utterances of one split (``{split}_sent_emo.csv``), dialogues in order, with the
    gold emotion (neutral, joy, surprise, anger, sadness, disgust, fear).

    Example (needs the data set)::

        turns = load_meld(data_dir(), "test")   # 2,610 utterances of 280 dialogues
    """
    path = _need(folder / "meld" / f"{_split(split)}_sent_emo.csv")
    out = DialogueTurns("meld", split, [], [], [], [], {str(path.name): sha256(path)})
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (UnicodeDecodeError, csv.Error) as error:
        raise DataError(f"{path} is not MELD's CSV (UTF-8): {error}") from error
    try:
        rows.sort(key=lambda row: (int(row["Dialogue_ID"]), int(row["Utterance_ID"])))
        for row in rows:
            out.dialogue.append(f"{split}-{row['Dialogue_ID']}")
            out.speaker.append(row["Speaker"])
            out.text.append(" ".join(row["Utterance"].split()) or ".")
            out.emotion.append(row["Emotion"])
    except (KeyError, ValueError) as error:
        raise DataError(
            f"{path} lacks MELD's columns (Utterance, Speaker, Emotion, Dialogue_ID, Utterance_ID): {error}"
        ) from error
    if not out.text:
        raise DataError(f"{path} has no utterances")
    return out


@dataclass
class CauseDialogue:
    """One RECCON dialogue: turns, their gold emotions, and per turn its causal turns
    (0-based indices, earlier turns or the turn itself) and the cause spans (one per causal
    turn, in the order of ``causes``; ``None`` where the data gives none)."""

    id: str
    speaker: list[str]
    text: list[str]
    emotion: list[str]
    causes: list[list[int]]
    spans: list[list[str | None]]


_RECCON_SPLITS = {"train": "train", "dev": "valid", "test": "test"}


def load_reccon(folder: Path, split: str) -> tuple[list[CauseDialogue], dict[str, str]]:
    """RECCON's DailyDialog part (``dailydialog_{train,valid,test}.json``) and the file checksum.

    Evidence marked ``b`` (a cause outside the dialogue) is dropped, as are evidence turns
    after the emotional turn. Spans are matched to causal turns by position in the evidence
    list.

    Example (needs the data set)::

        dialogues, files = load_reccon(data_dir(), "test")   # 225 dialogues
    """
    import json

    path = _need(folder / "reccon" / f"dailydialog_{_RECCON_SPLITS[_split(split)]}.json")
    try:
        raw = json.loads(path.read_text("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise DataError(f"{path} is not RECCON's JSON: {error}") from error
    out: list[CauseDialogue] = []
    try:
        for key, versions in raw.items():
            for turns in versions:
                dialogue = CauseDialogue(str(key), [], [], [], [], [])
                for index, turn in enumerate(turns):
                    dialogue.speaker.append(str(turn["speaker"]))
                    dialogue.text.append(" ".join(str(turn["utterance"]).split()) or ".")
                    dialogue.emotion.append(str(turn["emotion"]))
                    evidence = turn.get("expanded emotion cause evidence", [])
                    spans = turn.get("expanded emotion cause span", [])
                    causes: list[int] = []
                    cause_spans: list[str | None] = []
                    for position, item in enumerate(evidence):
                        if isinstance(item, int) and 1 <= item <= index + 1 and item - 1 not in causes:
                            causes.append(item - 1)
                            span = spans[position] if position < len(spans) else None
                            cause_spans.append(" ".join(str(span).split()) if span else None)
                    dialogue.causes.append(causes)
                    dialogue.spans.append(cause_spans)
                out.append(dialogue)
    except (KeyError, TypeError, AttributeError) as error:
        raise DataError(f"{path} does not have RECCON's fields (speaker, utterance, emotion): {error}") from error
    if not out:
        raise DataError(f"{path} has no dialogues")
    return out, {str(path.name): sha256(path)}
