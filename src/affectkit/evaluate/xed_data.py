"""XED (Öhman et al., COLING 2020; CC BY 4.0): movie-subtitle lines with Plutchik's eight
emotions, multi-label, annotated in English and Finnish and projected onto aligned subtitles
in 40+ languages. This module reads it from the shared data folder's ``xed/`` and makes the
seeded split per language that the multilingual Plutchik head (``training/xed_heads.py``)
and ``affectkit eval xed`` share.

The split is the language identifier's (``training/langid.py``, seed 0), so the two agree
on what is held out: each language's pool is its distinct lines (stripped, two characters
or more) from ``projections/<code>-projections*.tsv`` and, for ``en`` and ``fi``,
``<code>-annotated.tsv`` (``cn`` and ``tw`` are ``zh``, ``br`` is ``pt``), and the first
column of ``neu_<code>.txt`` as the identifier read it (a line id in ``neu_fi.txt``, left
in because taking the ids out would change every later shuffle; the one-character ``9`` in
``neu_en.txt``, which is too short to count); the pools are shuffled one after another,
languages in alphabetical order, by one ``random.Random(0)`` (:func:`shuffled_pools`). The
first :func:`held_out_count` lines of a pool (:data:`TEST_LINES`, or a third of a pool
smaller than three times that, so that a small pool keeps lines to learn from) are the
identifier's held-out lines and this split's **test**; the next ones (up to
:data:`VAL_LINES`, at most a fifth of what is left) are **val**, the rest **train**. Pool
lines without a readable label list (alignment rows and quoted lines broken over several rows
in a few projection files) take their place in the shuffle and are then dropped. A line seen
with different label lists keeps their union. Subtitles repeat themselves (the same line in
two subtitle files, with a dash or other punctuation): a train or val line that reads like a
test line once lowercased and stripped of everything but letters (:func:`normalise`), and a
train line that reads like a val line, is dropped, so no held-out line is learnt in another
spelling (a third of English test lines had such a twin in train).

Example:
    >>> parse_labels("1, 4, 7")
    ('anger', 'fear', 'surprise')
    >>> language_of("br-projections.tsv"), language_of("tr-projections2.tsv")
    ('pt', 'tr')
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from affectkit.errors import DataError, InputError

FOLDER = "xed"
LABELS = ("anger", "anticipation", "disgust", "fear", "joy", "sadness", "surprise", "trust")
"""XED's label ids 1-8, in order."""
RENAME = {"cn": "zh", "tw": "zh", "br": "pt"}
"""XED file prefixes that are not ISO 639-1 codes (two Chinese scripts; Brazilian Portuguese)."""
ANNOTATED = ("en", "fi")
SEED = 0
TEST_LINES = 600
"""Held-out lines of a language with a pool of ``3 * TEST_LINES`` lines or more (:func:`held_out_count`)."""
VAL_LINES = 400
SPLITS = ("train", "val", "test")
_LABEL_LIST = re.compile(r"\s*[1-8](\s*,\s*[1-8])*\s*")
_NOT_LETTERS = re.compile(r"[\W\d_]+")


def parse_labels(field: str) -> tuple[str, ...] | None:
    """XED's comma-separated ids as label names (sorted by id), or None if not a label list.

    Example:
        >>> parse_labels("8, 1"), parse_labels("that was not a label")
        (('anger', 'trust'), None)
    """
    if not _LABEL_LIST.fullmatch(field):
        return None
    return tuple(LABELS[i - 1] for i in sorted({int(part) for part in field.split(",")}))


def normalise(text: str) -> str:
    """A line as its repeats are compared: lowercased, letters only, single spaces.

    Example:
        >>> normalise("- Stop mumbling!"), normalise("Stop mumbling.")
        ('stop mumbling', 'stop mumbling')
    """
    return " ".join(_NOT_LETTERS.sub(" ", text.lower()).split())


def language_of(file_name: str) -> str:
    """The ISO 639-1 code of an XED file.

    Example:
        >>> language_of("cn-projections.tsv"), language_of("neu_fi.txt")
        ('zh', 'fi')
    """
    prefix = file_name.removeprefix("neu_").removesuffix(".txt").split("-")[0]
    return RENAME.get(prefix, prefix)


@dataclass(frozen=True)
class XedLines:
    """One language's lines of one split, with their Plutchik labels.

    Example:
        >>> lines = XedLines("es", "test", ("¡Qué alegría!",), (("joy",),))
        >>> lines.targets().tolist(), len(lines)
        ([[0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0]], 1)
    """

    language: str
    split: str
    texts: tuple[str, ...]
    labels: tuple[tuple[str, ...], ...]

    def __len__(self) -> int:
        return len(self.texts)

    def targets(self) -> npt.NDArray[np.float32]:
        """The labels as an (n x 8) 0/1 matrix, columns in :data:`LABELS` order.

        Example:
            >>> XedLines("fi", "val", ("Voi ei",), (("fear", "surprise"),)).targets().sum()
            np.float32(2.0)
        """
        out = np.zeros((len(self.texts), len(LABELS)), dtype=np.float32)
        for row, names in enumerate(self.labels):
            for name in names:
                out[row, LABELS.index(name)] = 1.0
        return out

    def head(self, count: int | None) -> XedLines:
        """The first ``count`` lines (all of them for None): a seeded sample, as the pool is shuffled.

        Example:
            >>> len(XedLines("fi", "val", ("a", "b"), ((), ())).head(1))
            1
        """
        if count is None or count >= len(self.texts):
            return self
        return XedLines(self.language, self.split, self.texts[:count], self.labels[:count])

    def digest(self) -> str:
        """The first 16 hex digits of the SHA-256 of the texts and labels, to record a split.

        Example:
            >>> len(XedLines("fi", "val", ("a",), (("joy",),)).digest())
            16
        """
        body = "\n".join(f"{t}\t{','.join(labels)}" for t, labels in zip(self.texts, self.labels))
        return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class XedSplit:
    """One language's train, val and test lines.

    Example:
        >>> empty = XedLines("xx", "train", (), ())
        >>> XedSplit("xx", empty, empty, empty).counts()
        {'train': 0, 'val': 0, 'test': 0}
    """

    language: str
    train: XedLines
    val: XedLines
    test: XedLines

    def part(self, split: str) -> XedLines:
        """The lines of one split by name (``train``, ``val`` or ``test``).

        Example:
            >>> empty = XedLines("xx", "val", (), ())
            >>> XedSplit("xx", empty, empty, empty).part("dev")
            Traceback (most recent call last):
            ...
            affectkit.errors.InputError: XED splits are train, val and test, not 'dev'
        """
        if split not in SPLITS:
            raise InputError(f"XED splits are train, val and test, not {split!r}")
        lines: XedLines = getattr(self, split)
        return lines

    def counts(self) -> dict[str, int]:
        """Lines per split.

        Example:
            >>> empty = XedLines("xx", "val", (), ())
            >>> XedSplit("xx", empty, empty, empty).counts()["test"]
            0
        """
        return {name: len(self.part(name)) for name in SPLITS}


def _files(root: Path) -> list[Path]:
    projected = sorted((root / "projections").glob("*-projections*.tsv"))
    others = [
        root / f"{kind}{code}{end}" for code in ANNOTATED for kind, end in (("", "-annotated.tsv"), ("neu_", ".txt"))
    ]
    return projected + [path for path in others if path.is_file()]


def read_pools(folder: Path) -> tuple[dict[str, list[str]], dict[str, dict[str, tuple[str, ...]]]]:
    """Each language's pool (distinct stripped lines, sorted, as the identifier's training
    read them) and the labels of the pool lines that have them; ``folder`` holds ``xed/``.

    Example:
        >>> read_pools(Path("/nowhere"))  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        affectkit.errors.DataError: no XED files under /nowhere/xed: ...
    """
    root = folder / FOLDER
    files = _files(root) if root.is_dir() else []
    if not files:
        raise DataError(
            f"no XED files under {root}: give the data folder that holds xed/projections/*-projections.tsv "
            "(--data DIR or AFFECTKIT_DATA)"
        )
    texts: dict[str, set[str]] = {}
    labels: dict[str, dict[str, set[str]]] = {}
    for path in files:
        code = language_of(path.name)
        pool, known = texts.setdefault(code, set()), labels.setdefault(code, {})
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            text = fields[0].strip()
            if len(text) < 2:
                continue
            pool.add(text)
            names = parse_labels(fields[1]) if len(fields) == 2 else None
            if names:
                known.setdefault(text, set()).update(names)
    pools = {code: sorted(lines) for code, lines in texts.items()}
    found = {code: {t: tuple(n for n in LABELS if n in names) for t, names in labels[code].items()} for code in pools}
    return pools, found


def held_out_count(pool_size: int) -> int:
    """How many of a shuffled pool's first lines are held out (test): :data:`TEST_LINES`, or a
    third of a smaller pool, so that a language with few lines is still learnt. The language
    identifier's training and this split both call it.

    Example:
        >>> held_out_count(25_341), held_out_count(1_800), held_out_count(548), held_out_count(2)
        (600, 600, 182, 0)
    """
    return min(TEST_LINES, pool_size // 3)


def val_count(remaining: int) -> int:
    """How many of the lines after the held-out ones are val: :data:`VAL_LINES`, at most a fifth.

    Example:
        >>> val_count(24_741), val_count(366)
        (400, 73)
    """
    return min(VAL_LINES, remaining // 5)


def shuffled_pools(pools: Mapping[str, Sequence[str]], seed: int = SEED) -> dict[str, list[str]]:
    """Each pool shuffled, languages in alphabetical order, by one ``random.Random(seed)``: the
    order both the language identifier's training and this split cut their parts from.

    Example:
        >>> shuffled_pools({"fi": ["a", "b", "c"], "en": ["d", "e"]}, seed=0)
        {'en': ['d', 'e'], 'fi': ['c', 'a', 'b']}
    """
    rng = random.Random(seed)
    shuffled: dict[str, list[str]] = {}
    for code in sorted(pools):
        order = list(pools[code])
        rng.shuffle(order)
        shuffled[code] = order
    return shuffled


def _lines(
    code: str, split: str, texts: Iterable[str], known: Mapping[str, tuple[str, ...]], held_out: set[str]
) -> XedLines:
    kept = [text for text in texts if text in known and normalise(text) not in held_out]
    return XedLines(code, split, tuple(kept), tuple(known[text] for text in kept))


@cache
def _split_folder(folder: Path, seed: int) -> dict[str, XedSplit]:
    pools, known = read_pools(folder)
    result: dict[str, XedSplit] = {}
    for code, order in shuffled_pools(pools, seed).items():
        held_out = held_out_count(len(order))
        test, rest = order[:held_out], order[held_out:]
        val_lines_count = val_count(len(rest))
        test_lines = _lines(code, "test", test, known[code], set())
        seen = {normalise(text) for text in test_lines.texts}
        val_lines = _lines(code, "val", rest[:val_lines_count], known[code], seen)
        seen |= {normalise(text) for text in val_lines.texts}
        result[code] = XedSplit(
            code, train=_lines(code, "train", rest[val_lines_count:], known[code], seen), val=val_lines, test=test_lines
        )
    return result


def split_xed(folder: str | Path, *, seed: int = SEED) -> dict[str, XedSplit]:
    """Every language's seeded split (see the module text), languages in alphabetical order.

    Example:
        >>> import tempfile
        >>> root = Path(tempfile.mkdtemp()); (root / "xed" / "projections").mkdir(parents=True)
        >>> word = lambda i: "".join(chr(97 + i // 26**k % 26) for k in range(3))  # aaa, baa, ...
        >>> rows = "".join(f"Línea {word(i)}\\t{1 + i % 8}\\n" for i in range(700))
        >>> _ = (root / "xed" / "projections" / "es-projections.tsv").write_text(rows, encoding="utf-8")
        >>> split_xed(root)["es"].counts()  # a pool under 1,800 lines: a third held out
        {'train': 374, 'val': 93, 'test': 233}
    """
    return dict(_split_folder(Path(folder).expanduser().resolve(), seed))


def resolve_languages(requested: Sequence[str] | None, known: Iterable[str]) -> tuple[str, ...]:
    """The languages asked for (comma lists allowed; all of ``known`` for none), checked.

    Example:
        >>> resolve_languages(["es,fi"], ["en", "es", "fi"])
        ('es', 'fi')
        >>> resolve_languages(["xx"], ["en", "es"])
        Traceback (most recent call last):
        ...
        affectkit.errors.InputError: XED has no language 'xx'; choose from en, es
    """
    available = sorted(known)
    if not requested:
        return tuple(available)
    wanted = [part.strip().lower() for item in requested for part in item.split(",") if part.strip()]
    missing = [code for code in wanted if code not in available]
    if missing:
        raise InputError(f"XED has no language {missing[0]!r}; choose from {', '.join(available)}")
    return tuple(dict.fromkeys(wanted))
