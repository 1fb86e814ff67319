"""Readers for the IMHI mental-health sets (``affectkit eval imhi`` and the signal heads'
training): texts and labels per split, from the shared data folder's ``mental_health/``.

Where each split comes from (paths under ``mental_health/``):

=========== ============================================ ============================== ==========================
set         train                                        val                            test
=========== ============================================ ============================== ==========================
DR          imhi/raw/train_instruction/DR_train.csv      DR_val.csv                     imhi/derived/DR_test.csv
dreaddit    dreaddit/dreaddit-train.csv (human labels)   imhi raw dreaddit_val.csv      imhi/derived/dreaddit_test.csv
SAD         imhi raw SAD_train.csv                       SAD_val.csv                    imhi/derived/SAD_test.csv
CAMS        cams/IntentSDCNL_Training.csv + added_CAMS   seeded 15% of train            imhi/derived/CAMS_test.csv
IRF         irf/train_data.csv (human)                   irf/val_data.csv               irf/test_data.csv (human)
MultiWD     multiwd/train_data.csv (human)               seeded 15% of train            multiwd/test_data.csv (human)
loneliness  none                                         none                           imhi/derived/loneliness_test.csv
T-SID       none                                         none                           imhi/derived/t-sid_test.csv
=========== ============================================ ============================== ==========================

In the IMHI instruction files a post is the text between the first and the last double quote
of ``query``, and its label the opening of the ``gpt-3.5-turbo`` answer (``Yes, ...`` /
``No, ...``; SAD: ``... related to work.``). IRF and MultiWD are multi-label (a row's label is
the tuple of its labels that are on); IRF rows keep the human evidence spans.

Every train and val split drops the posts that are also a test post of any set (see
:func:`drop_test_posts`): the same text once lowercased with whitespace collapsed, or the same
letters and digits (punctuation and encoding differences), or the same first
:data:`PREFIX_CHARS` letters and digits (a copy cut short).

Example:
    >>> resolve_sets(["dr", "t-sid"])
    ('DR', 'T-SID')
    >>> normalise("  Two\\n words ")
    'two words'
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from affectkit.errors import DataError, InputError
from affectkit.evaluate.datasets import sha256

Label = str | tuple[str, ...]
FOLDER = "mental_health"
SETS = ("DR", "dreaddit", "SAD", "CAMS", "IRF", "MultiWD", "loneliness", "T-SID")
TRAINED = ("DR", "dreaddit", "SAD", "CAMS", "IRF", "MultiWD")
MULTI = ("IRF", "MultiWD")
YES_NO = ("no", "yes")
SAD_LABELS = (
    "emotion turmoil", "everyday decision making", "family issues", "financial problem", "health issues",
    "other causes", "school", "social relationships", "work",
)  # fmt: skip
CAMS_LABELS = ("no causes", "bias or abuse", "jobs and career", "medication", "relationship", "alienation")
IRF_LABELS = ("thwarted_belongingness", "perceived_burdensomeness")
MULTIWD_LABELS = ("spiritual", "physical", "intellectual", "social", "vocational", "emotional")
TSID_LABELS = ("no mental disorders", "depression", "suicide or self-harm tendency", "ptsd")
LABELS: dict[str, tuple[str, ...]] = {
    "DR": YES_NO, "dreaddit": YES_NO, "SAD": SAD_LABELS, "CAMS": CAMS_LABELS, "IRF": IRF_LABELS,
    "MultiWD": MULTIWD_LABELS, "loneliness": YES_NO, "T-SID": TSID_LABELS,
}  # fmt: skip
DERIVED = {
    "DR": "DR", "dreaddit": "dreaddit", "SAD": "SAD", "CAMS": "CAMS", "IRF": "Irf", "MultiWD": "MultiWD",
    "loneliness": "loneliness", "T-SID": "t-sid",
}  # fmt: skip
_ALIASES = {name.lower(): name for name in SETS} | {"tsid": "T-SID", "stress": "dreaddit", "depression": "DR"}
IRF_COLUMNS = {"thwarted_belongingness": ("belong", "belong_exp"), "perceived_burdensomeness": ("burden", "burden_exp")}
VAL_SHARE = 0.15
PREFIX_CHARS = 80
RAW = "imhi/raw/train_instruction"


@dataclass(frozen=True)
class SetRows:
    """One split of one set: texts, labels (a name, or a tuple of names for IRF and
    MultiWD), the SHA-256 of the files read, and per row the human evidence spans (IRF:
    label -> span, empty when none) or a source tag (dreaddit: the subreddit).

    Example:
        >>> SetRows("DR", "test", ["a"], ["yes"], {}).count
        1
    """

    name: str
    split: str
    texts: list[str]
    labels: list[Label]
    files: dict[str, str]
    evidence: list[dict[str, str]] | None = None
    tags: list[str] | None = None

    @property
    def count(self) -> int:
        """Rows in the split."""
        return len(self.texts)

    def take(self, keep: Sequence[int], split: str | None = None) -> SetRows:
        """The rows at ``keep`` (in that order), as ``split`` if given.

        Example:
            >>> SetRows("DR", "train", ["a", "b"], ["no", "yes"], {}).take([1]).labels
            ['yes']
        """
        return replace(
            self,
            split=split or self.split,
            texts=[self.texts[i] for i in keep],
            labels=[self.labels[i] for i in keep],
            evidence=None if self.evidence is None else [self.evidence[i] for i in keep],
            tags=None if self.tags is None else [self.tags[i] for i in keep],
        )


@dataclass(frozen=True)
class Questions:
    """IMHI's derived test of a multi-label set: one yes/no question per (post, label).

    Example:
        >>> Questions("IRF", ["a"], ["perceived_burdensomeness"], [True], {}).count
        1
    """

    name: str
    texts: list[str]
    labels: list[str]
    answers: list[bool]
    files: dict[str, str]

    @property
    def count(self) -> int:
        """Questions in the test."""
        return len(self.texts)


def resolve_sets(names: Iterable[str] | None) -> tuple[str, ...]:
    """The set names asked for (case-insensitive; ``tsid`` for T-SID; comma lists allowed),
    in the order of :data:`SETS`; every set when none is given.

    Example:
        >>> resolve_sets(["sad,cams"])
        ('SAD', 'CAMS')
        >>> resolve_sets(["swmh"])  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        affectkit.errors.InputError: unknown IMHI set 'swmh'; choose from DR, dreaddit, SAD, CAMS, IRF, ...
    """
    wanted: set[str] = set()
    for item in names or ():
        for part in item.split(","):
            key = part.strip().lower()
            if not key:
                continue
            if key not in _ALIASES:
                raise InputError(f"unknown IMHI set {part.strip()!r}; choose from {', '.join(SETS)}")
            wanted.add(_ALIASES[key])
    return tuple(name for name in SETS if name in wanted) if wanted else SETS


def normalise(text: str) -> str:
    """A text lowercased with its whitespace collapsed (the key that finds duplicates)."""
    return re.sub(r"\s+", " ", text.lower()).strip()


def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def _path(data: Path, relative: str) -> Path:
    path = data / FOLDER / relative
    if not path.is_file():
        raise DataError(
            f"missing data file {path}; point --data (or AFFECTKIT_DATA) at the shared data folder that holds "
            f"{FOLDER}/{relative}"
        )
    return path


def _read(data: Path, relative: str, files: dict[str, str], encoding: str = "utf-8") -> list[dict[str, str]]:
    path = _path(data, relative)
    files[relative] = sha256(path)
    text = path.read_bytes().decode(encoding, errors="replace")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    if not rows:
        raise DataError(f"{path} holds no rows; restore the file from the shared data folder")
    return rows


def _column(row: dict[str, str], name: str, path: str) -> str:
    if name not in row:
        raise DataError(f"{path} has no column {name!r} (it has {', '.join(row)}); restore the file")
    return row[name] or ""


def instruction_post(query: str) -> str:
    """The post inside an IMHI ``query``: between the first and the last double quote.

    Example:
        >>> instruction_post('Consider this post: "a "quoted" day" Question: Is it?')
        'a "quoted" day'
    """
    if query.count('"') < 2:
        return query.strip()
    return query.split('"', 1)[1].rsplit('"', 1)[0].strip()


def answer_label(answer: str, name: str) -> str | None:
    """The label an IMHI answer opens with (None when it opens with none of the set's).

    Example:
        >>> answer_label("No, the poster does not suffer from stress. Reasoning: ...", "dreaddit")
        'no'
        >>> answer_label("This post shows other stress causes. Reasoning: ...", "SAD")
        'other causes'
    """
    opening = answer.split("Reasoning:", 1)[0].strip().lower()
    if name == "SAD":
        if opening.startswith("this post shows other stress causes"):
            return "other causes"
        found = re.match(r"this post shows the stress cause related to (.+?)\.?$", opening)
        return found.group(1) if found and found.group(1) in SAD_LABELS else None
    for label in ("yes", "no"):
        if re.match(rf"{label}\b", opening):
            return label
    return None


def _instruction_rows(data: Path, name: str, split: str) -> SetRows:
    relative = f"{RAW}/{name}_{split}.csv"
    files: dict[str, str] = {}
    texts: list[str] = []
    labels: list[Label] = []
    for row in _read(data, relative, files):
        label = answer_label(_column(row, "gpt-3.5-turbo", relative), name)
        post = instruction_post(_column(row, "query", relative))
        if label is not None and post:
            texts.append(post)
            labels.append(label)
    return SetRows(name, "val" if split == "val" else "train", texts, labels, files)


def _dreaddit_train(data: Path) -> SetRows:
    relative = "dreaddit/dreaddit-train.csv"
    files: dict[str, str] = {}
    texts: list[str] = []
    labels: list[Label] = []
    tags: list[str] = []
    for row in _read(data, relative, files):
        text = _column(row, "text", relative).strip()
        if text:
            texts.append(text)
            labels.append("yes" if _column(row, "label", relative).strip() == "1" else "no")
            tags.append(_column(row, "subreddit", relative))
    return SetRows("dreaddit", "train", texts, labels, files, tags=tags)


def _cams_train(data: Path) -> SetRows:
    files: dict[str, str] = {}
    texts: list[str] = []
    labels: list[Label] = []
    tags: list[str] = []
    sources = (
        ("cams/IntentSDCNL_Training.csv", "ANNOTATIONS", "utf-8"),
        ("cams/added_CAMS_data.csv", "cause", "cp1252"),
    )
    for relative, column, encoding in sources:
        for row in _read(data, relative, files, encoding):
            raw, text = _column(row, column, relative).strip(), _column(row, "selftext", relative).strip()
            try:
                code = int(float(raw))
            except ValueError:
                continue  # three rows of IntentSDCNL_Training have no label
            if text and 0 <= code < len(CAMS_LABELS):
                texts.append(text)
                labels.append(CAMS_LABELS[code])
                tags.append(Path(relative).stem)
    return SetRows("CAMS", "train", texts, labels, files, tags=tags)


def _irf(data: Path, split: str) -> SetRows:
    relative = f"irf/{split}_data.csv"
    files: dict[str, str] = {}
    texts: list[str] = []
    labels: list[Label] = []
    evidence: list[dict[str, str]] = []
    for row in _read(data, relative, files):
        on = tuple(label for label, (column, _) in IRF_COLUMNS.items() if _column(row, column, relative).strip() == "1")
        spans = {label: _column(row, span, relative).strip() for label, (_, span) in IRF_COLUMNS.items()}
        texts.append(_column(row, "text", relative).strip())
        labels.append(on)
        evidence.append({label: "" if span.lower() == "nan" else span for label, span in spans.items()})
    return SetRows("IRF", "val" if split == "val" else split, texts, labels, files, evidence=evidence)


def _multiwd(data: Path, split: str) -> SetRows:
    relative = f"multiwd/{split}_data.csv"
    files: dict[str, str] = {}
    texts: list[str] = []
    labels: list[Label] = []
    for row in _read(data, relative, files):
        texts.append(_column(row, "text", relative).strip())
        labels.append(tuple(label for label in MULTIWD_LABELS if _column(row, label.title(), relative).strip() == "1"))
    return SetRows("MultiWD", split, texts, labels, files)


def load_test(data: Path, name: str) -> SetRows:
    """The test split of a set: IMHI's derived test, or for IRF and MultiWD the original
    human test file (IRF with its evidence spans).

    Example:
        >>> load_test(Path("/nowhere"), "DR")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        affectkit.errors.DataError: missing data file /nowhere/mental_health/imhi/derived/DR_test.csv; point --data ...
    """
    if name == "IRF":
        return _irf(data, "test")
    if name == "MultiWD":
        return _multiwd(data, "test")
    relative = f"imhi/derived/{DERIVED[name]}_test.csv"
    files: dict[str, str] = {}
    rows = _read(data, relative, files)
    known = LABELS[name]
    texts: list[str] = []
    labels: list[Label] = []
    for number, row in enumerate(rows, start=1):
        label = _column(row, "label", relative).strip().lower()
        if label not in known:
            raise DataError(f"row {number} of {relative} has label {label!r}, not one of {', '.join(known)}")
        texts.append(_column(row, "post", relative).strip())
        labels.append(label)
    return SetRows(name, "test", texts, labels, files)


def load_questions(data: Path, name: str) -> Questions:
    """IMHI's derived test of IRF or MultiWD: each (post, label) question with its IMHI answer.

    Example:
        >>> load_questions(Path("/nowhere"), "DR")
        Traceback (most recent call last):
        ...
        affectkit.errors.InputError: IMHI asks per-label questions for IRF and MultiWD only, not 'DR'
    """
    if name not in MULTI:
        raise InputError(f"IMHI asks per-label questions for IRF and MultiWD only, not {name!r}")
    relative = f"imhi/derived/{DERIVED[name]}_test.csv"
    files: dict[str, str] = {}
    texts: list[str] = []
    labels: list[str] = []
    answers: list[bool] = []
    for number, row in enumerate(_read(data, relative, files), start=1):
        question = _column(row, "question", relative).lower()
        found = [label for label in LABELS[name] if label.split("_")[-1] in question]
        answer = _column(row, "label", relative).strip().lower()
        if len(found) != 1 or answer not in YES_NO:
            raise DataError(f"row {number} of {relative}: cannot read which label it asks or its yes/no answer")
        texts.append(_column(row, "post", relative).strip())
        labels.append(found[0])
        answers.append(answer == "yes")
    return Questions(name, texts, labels, answers, files)


@dataclass(frozen=True)
class PostKeys:
    """The duplicate-finding keys of every test post of every set (see :func:`drop_test_posts`)."""

    exact: frozenset[str]
    letters: frozenset[str]
    prefixes: frozenset[str]
    files: dict[str, str]


def keys_of_test_posts(data: Path, sets: Sequence[str] = SETS) -> PostKeys:
    """The keys of the test posts of ``sets`` (default: all; IRF and MultiWD: the human test
    files and IMHI's derived tests).

    Example:
        >>> keys_of_test_posts(Path("/nowhere"), ["DR"])  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        affectkit.errors.DataError: missing data file /nowhere/mental_health/imhi/derived/DR_test.csv; ...
    """
    texts: list[str] = []
    files: dict[str, str] = {}
    for name in sets:
        test = load_test(data, name)
        texts += test.texts
        files |= test.files
        if name in MULTI:
            questions = load_questions(data, name)
            texts += questions.texts
            files |= questions.files
    letters = [_letters(text) for text in texts]
    return PostKeys(
        frozenset(normalise(text) for text in texts),
        frozenset(letters),
        frozenset(key[:PREFIX_CHARS] for key in letters if len(key) >= PREFIX_CHARS),
        files,
    )


def drop_test_posts(rows: SetRows, keys: PostKeys) -> tuple[SetRows, dict[str, int]]:
    """The rows without any post that is also a test post, and how many were dropped:
    ``exact`` (same text lowercased, whitespace collapsed) and ``near`` (else the same
    letters and digits, or the same first :data:`PREFIX_CHARS` of them).

    Example:
        >>> keys = PostKeys(frozenset({"a test post"}), frozenset({"atestpost"}), frozenset(), {})
        >>> rows = SetRows("DR", "train", ["A  test post", "a test post!", "other"], ["yes", "no", "no"], {})
        >>> kept, dropped = drop_test_posts(rows, keys)
        >>> kept.texts, dropped
        (['other'], {'exact': 1, 'near': 1})
    """
    keep: list[int] = []
    dropped = {"exact": 0, "near": 0}
    for index, text in enumerate(rows.texts):
        letters = _letters(text)
        if normalise(text) in keys.exact:
            dropped["exact"] += 1
        elif letters in keys.letters or (len(letters) >= PREFIX_CHARS and letters[:PREFIX_CHARS] in keys.prefixes):
            dropped["near"] += 1
        elif text.strip():
            keep.append(index)
    return rows.take(keep), dropped


def _seeded_val(rows: SetRows, seed: int) -> tuple[SetRows, SetRows]:
    order = np.random.default_rng(seed).permutation(rows.count)
    cut = round(rows.count * VAL_SHARE)
    return rows.take(sorted(order[cut:].tolist()), "train"), rows.take(sorted(order[:cut].tolist()), "val")


def load_training(
    data: Path, name: str, keys: PostKeys, *, seed: int = 0
) -> tuple[SetRows, SetRows, dict[str, dict[str, int]]]:
    """The train and val splits of a set with training data (:data:`TRAINED`), each without
    the test posts of any set, and the drop counts per split. CAMS and MultiWD have no val
    file: their val is a seeded :data:`VAL_SHARE` of train (after the drop).

    Example:
        >>> keys = PostKeys(frozenset(), frozenset(), frozenset(), {})
        >>> load_training(Path("/nowhere"), "loneliness", keys)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        affectkit.errors.DataError: loneliness has no training data here (only a test split); ...
    """
    if name not in TRAINED:
        raise DataError(
            f"{name} has no training data here (only a test split); its signal is served by a transfer head"
        )
    val: SetRows | None
    if name in ("DR", "SAD"):
        train, val = _instruction_rows(data, name, "train"), _instruction_rows(data, name, "val")
    elif name == "dreaddit":
        train, val = _dreaddit_train(data), _instruction_rows(data, "dreaddit", "val")
    elif name == "IRF":
        train, val = _irf(data, "train"), _irf(data, "val")
    else:
        train, val = (_cams_train(data) if name == "CAMS" else _multiwd(data, "train")), None
    train, dropped_train = drop_test_posts(train, keys)
    if val is None:
        train, val = _seeded_val(train, seed)
        dropped = {"train+val": dropped_train}
    else:
        val, dropped_val = drop_test_posts(val, keys)
        dropped = {"train": dropped_train, "val": dropped_val}
    return train, val, dropped


def label_names(name: str) -> tuple[str, ...]:
    """A set's labels in the order the heads and the reports use.

    Example:
        >>> label_names("IRF")
        ('thwarted_belongingness', 'perceived_burdensomeness')
    """
    return LABELS[name]


def describe(rows: SetRows) -> dict[str, Any]:
    """Row and label counts of a split, for reports (no text).

    Example:
        >>> describe(SetRows("IRF", "val", ["a", "b"], [("perceived_burdensomeness",), ()], {}))
        {'rows': 2, 'labels': {'perceived_burdensomeness': 1, '(none)': 1}}
    """
    counts: dict[str, int] = {}
    for label in rows.labels:
        for part in (label if isinstance(label, tuple) else (label,)) or ("(none)",):
            counts[part] = counts.get(part, 0) + 1
    return {"rows": rows.count, "labels": counts}
