"""Train your own head on the encoder's features: a few hundred labelled texts in, a head
folder out (``head.json``, ``weights.npz``, ``MODEL_CARD.md``, ``report.json``) that every
affectkit surface serves (``Analyzer(heads=...)``, ``affectkit analyze --head``, the
service, the file engines).

One encoder pass gives each text's feature row (logits, VAD and pooled vector: 421
numbers); a small numpy model on it is the head. The L2 strength is chosen, the
temperature fitted and (multi-label) each label's threshold set on held-out rows: the
``dev`` rows, or the out-of-fold rows of ``cv``-fold cross-validation (grouped by
``groups`` when given). Never on a test set: score one with :func:`evaluate_head`.

Example:
    >>> from affectkit.testing import FakeEncoder
    >>> fake = FakeEncoder(cues={"thanks": "gratitude", "awful": "disgust"}, hidden=8)
    >>> texts = [f"thanks {i}" for i in range(30)] + [f"awful {i}" for i in range(30)]
    >>> trained = train_head("warmth", texts, ["warm"] * 30 + ["cold"] * 30, cv=3, encoder=fake)
    >>> trained.labels, trained.scores["macro_f1"]
    (('cold', 'warm'), 1.0)
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.adapt.card import model_card
from affectkit.adapt.data import DataSource, Label, LabelledData, label_counts, parse_label
from affectkit.adapt.fit import best_threshold, fit_temperature
from affectkit.adapt.metrics import classification_scores, log_loss, multi_label_scores, regression_scores
from affectkit.adapt.search import Fitted, HeadFitter, Search, Split
from affectkit.adapt.split import IndexArray, check_folds, make_folds
from affectkit.config import setting
from affectkit.errors import DataError, InputError, ModelError
from affectkit.models import EmotionModel, Encoder, resolve_model
from affectkit.models.custom_head import (
    TASKS,
    CustomHead,
    check_head_name,
    is_custom_head,
    manifest_document,
)
from affectkit.models.head_format import MANIFEST, Head, parse_manifest
from affectkit.understand.documents import LONG_TEXT, document_rows
from affectkit.understand.text import clean_text
from affectkit.version import __version__

Array = npt.NDArray[np.float64]
Progress = Callable[[str, int, int], None]
"""Called with a stage (``encoding`` or ``fitting``), the work done and the work in all."""
DEFAULT_CV = 5
ENCODE_CHUNK = 128


@dataclass(frozen=True)
class TrainedHead:
    """A head just trained: the runtime head, its manifest and arrays, and the report.

    Example:
        >>> from affectkit.testing import FakeEncoder
        >>> fake = FakeEncoder(cues={"yay": "joy"}, hidden=8)
        >>> texts = [f"yay {i}" for i in range(30)] + [f"day {i}" for i in range(30)]
        >>> trained = train_head("yay", texts, ["up"] * 30 + ["flat"] * 30, cv=3, encoder=fake)
        >>> trained.head.predict(fake.encode(["yay!", "a day"], pooled=True).rows())[0].labels
        ['up']
    """

    head: CustomHead
    document: dict[str, Any]
    arrays: dict[str, Array] = field(repr=False)
    report: dict[str, Any] = field(repr=False)

    @property
    def name(self) -> str:
        """The head's name (the key of its results in ``Analysis.custom``)."""
        return self.head.name

    @property
    def labels(self) -> tuple[str, ...]:
        """The head's labels (a regression's one label is its target's name)."""
        return self.head.labels

    @property
    def scores(self) -> dict[str, Any]:
        """The held-out scores (dev rows or out-of-fold rows), after calibration."""
        scores: dict[str, Any] = self.report["held_out"]["scores"]
        return scores

    @property
    def seconds(self) -> float:
        """Training time in all (encoding included)."""
        return float(self.report["seconds"]["total"])

    def save(self, folder: str | Path) -> Path:
        """Write the head folder: ``head.json``, ``weights.npz``, ``MODEL_CARD.md`` and
        ``report.json``; then read it back through the head format to check it. A folder
        that holds anything but an earlier custom head is refused.

        Example:
            >>> import tempfile
            >>> from affectkit.testing import FakeEncoder
            >>> fake = FakeEncoder(cues={"yay": "joy"})
            >>> trained = train_head("yay", ["yay 1", "yay 2", "meh", "hm"], ["up", "up", "flat", "flat"],
            ...                      cv=2, encoder=fake)
            >>> sorted(p.name for p in trained.save(tempfile.mkdtemp() + "/yay").iterdir())
            ['MODEL_CARD.md', 'head.json', 'report.json', 'weights.npz']
        """
        target = check_head_folder(folder)
        target.mkdir(parents=True, exist_ok=True)
        with open(target / "weights.npz", "wb") as handle:
            np.savez(handle, allow_pickle=False, **self.arrays)
        (target / MANIFEST).write_text(json.dumps(self.document, indent=2, ensure_ascii=False) + "\n", "utf-8")
        (target / "report.json").write_text(json.dumps(self.report, indent=2, ensure_ascii=False) + "\n", "utf-8")
        (target / "MODEL_CARD.md").write_text(model_card(self.document, self.report), "utf-8")
        CustomHead.load(target, encoder=self.head.encoder)  # the saved folder reads back
        return target


def check_head_folder(folder: str | Path) -> Path:
    """The folder a head may be written to: a new or empty one, or one holding an earlier
    custom head (training again replaces it); anything else is refused.

    Example:
        >>> import tempfile
        >>> check_head_folder(tempfile.mkdtemp()).is_dir()
        True
    """
    target = Path(folder).expanduser()
    if target.exists() and not target.is_dir():
        raise InputError(f"{target} is a file; choose a folder for the head with --out")
    if target.is_dir() and any(target.iterdir()) and not is_custom_head(target):
        raise InputError(f"{target} is not empty and holds no custom head; choose another folder with --out")
    return target


def _labels_of(raw: Sequence[Any], *, task: str, multi_label: bool, where: str) -> tuple[Label, ...]:
    return tuple(
        parse_label(value, f"row {number} of {where}", task=task, multi_label=multi_label, sep=",")
        for number, value in enumerate(raw, start=1)
    )


def _label_set(labels: Sequence[Label], *, task: str, multi_label: bool, target: str) -> tuple[str, ...]:
    if task == "regression":
        values = np.array(labels, dtype=np.float64)
        if values.size and float(values.std()) == 0.0:
            raise DataError(
                f"every row has the label {values[0]:g}; a regression needs rows with different numbers: add some"
            )
        return (target,)
    counts = label_counts(labels)
    if multi_label:
        if not counts:
            raise DataError("no row has a label; mark each row's labels (separated by --sep) and train again")
        everywhere = [name for name, count in counts.items() if count == len(labels)]
        if everywhere:
            raise DataError(
                f"label {everywhere[0]!r} is on every row, so nothing shows what it is not: add rows without it"
            )
        return tuple(counts)
    if len(counts) < 2:
        only = next(iter(counts), "")
        raise DataError(
            f"the label column holds one class ({only!r}); a classifier needs at least two: add rows of another "
            "label (or use --task regression for numbers)"
        )
    return tuple(counts)


def _targets(labels: Sequence[Label], names: tuple[str, ...], task: str, multi_label: bool) -> Array:
    if task == "regression":
        return np.array(labels, dtype=np.float64)
    index = {name: i for i, name in enumerate(names)}
    result = np.zeros((len(labels), len(names)))
    for row, label in enumerate(labels):
        for name in label if isinstance(label, tuple) else (str(label),):
            result[row, index[name]] = 1.0
    return result


def _check_dev_labels(dev_labels: Sequence[Label], names: tuple[str, ...], task: str, where: str) -> None:
    if task == "regression":
        return
    unknown = sorted(set(label_counts(dev_labels)) - set(names))
    if unknown:
        shown = ", ".join(repr(name) for name in unknown[:5])
        raise DataError(
            f"{where} has label(s) {shown} that the training data lacks (the head knows {', '.join(names)}); "
            "add rows with them to the training data or drop them from the dev data"
        )


def load_encoder(encoder: str | Path | Encoder | None) -> Encoder:
    """The encoder to read features with: the one given, or the model of the ``model``
    setting (``AFFECTKIT_MODEL``, default ``goemotions-minilm``).

    Example:
        >>> from affectkit.testing import FakeEncoder
        >>> load_encoder(FakeEncoder()).name
        'fake-encoder'
    """
    if isinstance(encoder, Encoder):
        return encoder
    return EmotionModel.load(resolve_model(setting("model", encoder)), threads=int(setting("threads", None)))


def encode_rows(
    encoder: Encoder,
    texts: Sequence[str],
    *,
    long_text: str = "truncate",
    stage: str = "encoding",
    on_progress: Progress | None = None,
) -> Array:
    """Feature rows (n x 421 for the shipped encoder) of texts, cleaned as the analyser
    cleans them, a chunk at a time (a text's floats do not depend on its chunk).
    ``long_text="sentences"`` reads each text in sentence pieces and gives the
    token-weighted mean of their rows (see :mod:`affectkit.understand.documents`).

    Example:
        >>> from affectkit.testing import FakeEncoder
        >>> encode_rows(FakeEncoder(), ["one", "two"]).shape
        (2, 421)
    """
    if long_text not in LONG_TEXT:
        raise InputError(f"--long-text must be one of {', '.join(LONG_TEXT)}, not {long_text!r}")
    if not encoder.has_pooled:
        raise ModelError(f"model {encoder.name} gives no pooled sentence vector, which a head reads; use one that does")
    max_chars = int(setting("max_chars", None))
    cleaned = [clean_text(text, max_chars=max_chars, where=f"text {i + 1}") for i, text in enumerate(texts)]
    batch_size = int(setting("batch_size", None))
    if long_text == "sentences":

        def pieces_done(done: int, total: int) -> None:
            if on_progress is not None:
                on_progress(stage, done, total)

        return document_rows(encoder, cleaned, batch_size=batch_size, on_progress=pieces_done)
    blocks = []
    for start in range(0, len(cleaned), ENCODE_CHUNK):
        chunk = cleaned[start : start + ENCODE_CHUNK]
        blocks.append(encoder.encode(chunk, batch_size=batch_size, pooled=True).rows().astype(np.float64))
        if on_progress is not None:
            on_progress(stage, start + len(chunk), len(cleaned))
    return np.concatenate(blocks) if blocks else np.zeros((0, 0))


def train_head(
    name: str,
    texts: Sequence[str],
    labels: Sequence[Any],
    *,
    task: str = "classification",
    multi_label: bool = False,
    dev: LabelledData | tuple[Sequence[str], Sequence[Any]] | None = None,
    cv: int | None = None,
    groups: Sequence[str] | None = None,
    seed: int = 0,
    encoder: str | Path | Encoder | None = None,
    balanced: bool = True,
    target: str = "value",
    long_text: str = "truncate",
    source: DataSource | None = None,
    features: Array | None = None,
    on_progress: Progress | None = None,
) -> TrainedHead:
    """Train a head called ``name`` on ``texts`` and their ``labels``.

    Args:
        task: ``classification`` (labels are names; with ``multi_label`` each row's label
            is a list of names, possibly empty) or ``regression`` (labels are numbers).
        dev: held-out rows (a :class:`~affectkit.adapt.data.LabelledData` or a
            ``(texts, labels)`` pair) on which the L2 strength, the temperature and the
            thresholds are chosen and the head is scored. Without it, ``cv``-fold
            cross-validation (default 5) does this on out-of-fold rows, grouped by
            ``groups`` (no group in two folds) when given; the head is then refitted on
            every row.
        seed: seeds the folds (the fits themselves are deterministic).
        encoder: an encoder, or a model name or folder (default: the ``model`` setting).
        balanced: weigh classes (or each label's positives and negatives) equally.
        target: a regression's one label: the name of what it predicts.
        long_text: ``truncate`` (each text's first ``max_tokens`` tokens, as the analyser
            reads by default) or ``sentences`` (the whole text in sentence pieces, for
            essays and posts: analyse with ``Analyzer(long_text="sentences")`` then).
        source: where the rows came from, for the card (default: the rows' SHA-256);
            its licence and citation go into the manifest and the card.
        features: the texts' feature rows, already read by :func:`encode_rows` with this
            ``encoder`` and ``long_text``: several heads (or seeds) on the same texts then
            encode them once.
        on_progress: called with (stage, done, total) while encoding and fitting.

    Example:
        >>> from affectkit.testing import FakeEncoder
        >>> train_head("x", ["a", "b"], ["one", "one"], cv=2, encoder=FakeEncoder())  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        affectkit.errors.DataError: the label column holds one class ('one'); a classifier needs at least two: ...
    """
    started = time.perf_counter()
    check_head_name(name)
    if task not in TASKS:
        raise InputError(f"--task must be one of {', '.join(TASKS)}, not {task!r}")
    if multi_label and task == "regression":
        raise InputError("--multi-label is for classification; drop it or use --task classification")
    if dev is not None and (cv is not None or groups is not None):
        raise InputError("give --dev or --cv (with --group-column), not both")
    if len(texts) != len(labels):
        raise InputError(f"{len(texts)} texts but {len(labels)} labels; give one label per text")
    if groups is not None and len(groups) != len(texts):
        raise InputError(f"{len(texts)} texts but {len(groups)} groups; give one group per text")
    if not texts:
        raise DataError("no training rows; give at least two labelled texts")
    if long_text not in LONG_TEXT:
        raise InputError(f"--long-text must be one of {', '.join(LONG_TEXT)}, not {long_text!r}")
    parsed = _labels_of(labels, task=task, multi_label=multi_label, where="the training data")
    names = _label_set(parsed, task=task, multi_label=multi_label, target=target)
    dev_data = _dev_rows(dev, task=task, multi_label=multi_label)
    if dev_data is not None:
        _check_dev_labels(dev_data.labels, names, task, dev_data.source.name)
    folds = None
    k = cv if cv is not None else DEFAULT_CV
    if dev_data is None:
        if k < 2:
            raise InputError(f"--cv must be at least 2, not {k}")
        if k > len(texts):
            raise DataError(f"--cv {k} needs at least {k} rows, the data has {len(texts)}; lower --cv or add rows")
        folds = make_folds(parsed, k=k, seed=seed, groups=groups)
        check_folds(parsed, folds, k, grouped=groups is not None)
    model = load_encoder(encoder)
    clock = time.perf_counter()
    if features is None:
        rows = encode_rows(model, texts, long_text=long_text, on_progress=on_progress)
    elif features.ndim != 2 or features.shape[0] != len(texts):
        raise InputError(f"features must hold one row per text ({len(texts)}), not shape {features.shape}")
    else:
        rows = np.asarray(features, dtype=np.float64)
    dev_rows = (
        encode_rows(model, dev_data.texts, long_text=long_text, stage="encoding dev", on_progress=on_progress)
        if dev_data
        else None
    )
    encode_seconds = time.perf_counter() - clock
    clock = time.perf_counter()
    fitter = HeadFitter(task, multi_label, balanced)
    targets = _targets(parsed, names, task, multi_label)
    if dev_data is not None and dev_rows is not None:
        held_targets = _targets(dev_data.labels, names, task, multi_label)
        found, final = _fit_on_dev(fitter, rows, targets, dev_rows, held_targets, on_progress)
        method = {"kind": "dev", "file": dev_data.source.name, "sha256": dev_data.source.sha256, "rows": len(dev_data)}
    else:
        assert folds is not None
        held_targets = targets
        found, final = _fit_by_cv(fitter, rows, targets, folds, on_progress)
        method = {"kind": "cv", "folds": k, "grouped": groups is not None, "seed": seed}
    alpha = found.alpha
    calibration = _calibrate(fitter, found.held_out, held_targets, names)
    fit_seconds = time.perf_counter() - clock
    linear = final.linear
    arrays = {"mean": final.mean, "std": final.std, "weight": linear.weight, "bias": linear.bias}
    source = source or DataSource.of_rows(list(texts), list(parsed))
    data_info = {
        "file": source.name,
        "sha256": source.sha256,
        "rows": len(texts),
        "class_counts": label_counts(parsed) if task == "classification" else {},
    }
    if task == "regression":
        values = targets
        data_info["target"] = {"mean": round(float(values.mean()), 4), "std": round(float(values.std()), 4)}
    held_label = "dev" if method["kind"] == "dev" else f"{k}-fold cross-validation"
    document = manifest_document(
        name,
        version="1",
        task=task,
        multi_label=multi_label,
        labels=names,
        encoder=(model.name, model.version),
        dim=int(rows.shape[1]),
        thresholds=calibration["thresholds"],
        temperature=calibration["temperature"],
        calibration="none" if task == "regression" else f"temperature on {held_label}",
        data=f"{source.name}: {len(texts)} rows, sha256 {source.sha256}",
        extra={
            "licence": source.licence,
            **({"citation": source.citation} if source.citation else {}),
            "training": {
                "data": data_info,
                "held_out": method,
                "alpha": alpha,
                "balanced": balanced,
                "long_text": long_text,
                "affectkit_version": __version__,
            },
            "dev_scores": calibration["scores"],
        },
    )
    head = CustomHead.from_head(Head(parse_manifest(document, Path(name)), arrays))
    report = {
        "name": name,
        "task": task,
        "multi_label": multi_label,
        "labels": list(names),
        "encoder": {"name": model.name, "version": model.version},
        "data": data_info,
        "long_text": long_text,
        "held_out": {**method, "scores": calibration["scores"]},
        "alpha": alpha,
        "alpha_grid": found.grid,
        "temperature": calibration["temperature"],
        "thresholds": calibration["thresholds"],
        "iterations": linear.iterations,
        "seconds": {
            "encoding": round(encode_seconds, 3),
            "fitting": round(fit_seconds, 3),
            "total": round(time.perf_counter() - started, 3),
        },
        "affectkit_version": __version__,
    }
    return TrainedHead(head, document, arrays, report)


def _dev_rows(
    dev: LabelledData | tuple[Sequence[str], Sequence[Any]] | None, *, task: str, multi_label: bool
) -> LabelledData | None:
    if dev is None or isinstance(dev, LabelledData):
        return dev
    texts, raw = dev
    if len(texts) != len(raw):
        raise InputError(f"the dev rows have {len(texts)} texts but {len(raw)} labels; give one label per text")
    if not texts:
        raise DataError("the dev rows are empty; give labelled dev rows or use --cv")
    labels = _labels_of(raw, task=task, multi_label=multi_label, where="the dev data")
    return LabelledData(tuple(texts), labels, None, DataSource.of_rows(list(texts), list(labels)))


def _fit_on_dev(
    fitter: HeadFitter, rows: Array, targets: Array, dev_rows: Array, dev_targets: Array, on_progress: Progress | None
) -> tuple[Search, Fitted]:
    """The search on the dev rows; the head is the model fitted on every training row."""

    def fitted(done: int, total: int) -> None:
        if on_progress is not None:
            on_progress("fitting", done, total)

    split = Split(np.arange(rows.shape[0]), np.arange(dev_rows.shape[0]))
    found = fitter.search(rows, targets, [split], held_rows=dev_rows, held_targets=dev_targets, on_fit=fitted)
    return found, found.models[0]


def _fit_by_cv(
    fitter: HeadFitter, rows: Array, targets: Array, folds: list[IndexArray], on_progress: Progress | None
) -> tuple[Search, Fitted]:
    """The search on out-of-fold rows, then the head refitted on every row at the strength chosen."""
    fits = [0]

    def fitted(done: int, total: int) -> None:
        fits[0] = total
        if on_progress is not None:
            on_progress("fitting", done, total + 1)

    everything = np.arange(rows.shape[0])
    found = fitter.search(rows, targets, [Split(np.setdiff1d(everything, fold), fold) for fold in folds], on_fit=fitted)
    final = fitter.fit(rows, targets, found.alpha)
    if on_progress is not None:
        on_progress("fitting", fits[0] + 1, fits[0] + 1)
    return found, final


def _calibrate(fitter: HeadFitter, raw: Array, targets: Array, names: tuple[str, ...]) -> dict[str, Any]:
    """Temperature, thresholds (multi-label) and scores on the held-out raw scores."""
    if fitter.task == "regression":
        return {"temperature": 1.0, "thresholds": {}, "scores": regression_scores(targets, raw[:, 0])}
    temperature = round(fit_temperature(raw, targets, multi_label=fitter.multi_label), 4)
    probabilities = fitter.probabilities(raw, temperature)
    if fitter.multi_label:
        thresholds = {name: best_threshold(probabilities[:, j], targets[:, j]) for j, name in enumerate(names)}
        on = probabilities >= np.array([thresholds[name] for name in names])[None, :]
        scores = multi_label_scores(targets, on, names)
    else:
        thresholds = {}
        scores = classification_scores(np.argmax(targets, axis=1), np.argmax(probabilities, axis=1), names)
    scores["log_loss"] = round(log_loss(probabilities, targets, multi_label=fitter.multi_label), 4)
    return {"temperature": temperature, "thresholds": thresholds, "scores": scores}


def evaluate_head(
    head: CustomHead,
    texts: Sequence[str],
    labels: Sequence[Any],
    *,
    encoder: str | Path | Encoder | None = None,
    long_text: str = "truncate",
) -> dict[str, Any]:
    """Score a trained head on labelled rows it never saw (a test set): the same scores as
    its card's dev scores, the texts read as ``long_text`` says (as the head was trained).
    Labels the head does not know are refused.

    Example:
        >>> from affectkit.testing import FakeEncoder
        >>> fake = FakeEncoder(cues={"yay": "joy"})
        >>> trained = train_head("yay", ["yay 1", "yay 2", "meh", "hm"], ["up", "up", "flat", "flat"],
        ...                      cv=2, encoder=fake)
        >>> evaluate_head(trained.head, ["yay 3", "oh"], ["up", "down"], encoder=fake)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        affectkit.errors.DataError: the test data has label(s) 'down' that the head yay does not know (it knows ...
    """
    parsed = _labels_of(labels, task=head.task, multi_label=head.multi_label, where="the test data")
    if head.task == "classification":
        unknown = sorted(set(label_counts(parsed)) - set(head.labels))
        if unknown:
            shown = ", ".join(repr(name) for name in unknown[:5])
            raise DataError(
                f"the test data has label(s) {shown} that the head {head.name} does not know "
                f"(it knows {', '.join(head.labels)}); drop those rows or train the head with them"
            )
    model = load_encoder(encoder)
    if head.encoder is not None and head.encoder != (model.name, model.version):
        raise ModelError(
            f"the custom head {head.name} {head.version} read {' '.join(head.encoder)}, not {model.name} "
            f"{model.version}: evaluate it on that model, or train the head again on this one"
        )
    scores = head.scores(encode_rows(model, texts, long_text=long_text))
    targets = _targets(parsed, head.labels, head.task, head.multi_label)
    if head.task == "regression":
        return regression_scores(targets, scores[:, 0])
    if head.multi_label:
        on = scores >= np.array([head.thresholds.get(name, 0.5) for name in head.labels])[None, :]
        result = multi_label_scores(targets, on, head.labels)
    else:
        result = classification_scores(np.argmax(targets, axis=1), np.argmax(scores, axis=1), head.labels)
    result["log_loss"] = round(log_loss(scores, targets, multi_label=head.multi_label), 4)
    return result
