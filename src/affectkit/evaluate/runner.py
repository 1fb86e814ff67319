"""Run an evaluation: the model (int8, and fp32 when given) and baselines on one split,
side by side, in one run; produce a report that carries versions, settings and checksums.

Thresholds: the shipped model uses its own thresholds (tuned on dev at export); every
other system (fp32 model, TF-IDF + logistic regression) gets per-label thresholds tuned on
dev in this run. The evaluated split is only scored, never tuned on.

Example (needs the data sets)::

    report = evaluate_goemotions(data_dir(), "test")
    print(report["systems"]["affectkit int8"]["macro_f1"])
"""

from __future__ import annotations

import platform
import random
import time
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from affectkit.errors import DataError
from affectkit.evaluate.baselines import majority_labels, tfidf_logistic_probs, tfidf_ridge, vader_sentiment
from affectkit.evaluate.datasets import VAD_TARGETS, load_emobank, load_goemotions, sha256
from affectkit.evaluate.metrics import f1_scores, pearson, reliability, tune_thresholds
from affectkit.models import EmotionModel, resolve_model
from affectkit.taxonomy.graph import GOEMOTIONS, TAXONOMY_VERSION, get_taxonomy
from affectkit.taxonomy.registry import list_views
from affectkit.version import __version__

BoolArray = npt.NDArray[np.bool_]


def _versions() -> dict[str, str]:
    import onnxruntime
    import tokenizers

    out = {
        "affectkit": __version__,
        "python": platform.python_version(),
        "numpy": np.__version__,
        "onnxruntime": onnxruntime.__version__,
        "tokenizers": tokenizers.__version__,
        "taxonomy": TAXONOMY_VERSION,
    }
    try:
        import sklearn

        out["scikit-learn"] = sklearn.__version__
    except ImportError:
        pass
    return out


def view_matrix(pred: BoolArray, view: str) -> BoolArray:
    """Map GoEmotions label predictions (n x 28) to a view's labels (members of weight >= 0.5).

    Example:
        >>> pred = np.zeros((1, 28), bool); pred[0, GOEMOTIONS.index("gratitude")] = True
        >>> view_matrix(pred, "ekman")[0].nonzero()[0].tolist()  # joy
        [3]
    """
    if view == "goemotions":
        return pred
    members = get_taxonomy(view).matrix() >= 0.5
    result: BoolArray = (pred.astype(np.int32) @ members.T.astype(np.int32)) > 0
    return result


def evaluated_views() -> list[str]:
    """The views a GoEmotions evaluation scores: those whose file says ``"evaluate": true``.

    Example:
        >>> evaluated_views()
        ['goemotions', 'ekman', 'sentiment']
    """
    return [view.name for view in list_views() if view.evaluate]


def _view_scores(pred: BoolArray, gold: BoolArray) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for view in evaluated_views():
        scores = f1_scores(view_matrix(pred, view), view_matrix(gold, view))
        prefix = "" if view == "goemotions" else f"{view}_"
        out[f"{prefix}macro_f1"] = scores["macro"]
        out[f"{prefix}micro_f1"] = scores["micro"]
        out[f"{prefix}per_label_f1"] = dict(zip(get_taxonomy(view).labels, scores["per_label"]))
    return out


def _model(model: str | Path | None, onnx_file: str | None = None, threads: int = 0) -> EmotionModel:
    return EmotionModel.load(resolve_model(model or "goemotions-minilm"), threads=threads, onnx_file=onnx_file)


def evaluate_goemotions(
    data: Path,
    split: str = "test",
    *,
    model: str | Path | None = None,
    fp32: str | Path | None = None,
    baselines: bool = True,
    progress: Any = None,
) -> dict[str, Any]:
    """Evaluate on GoEmotions: 28 labels, Ekman-7 and sentiment views, against baselines."""
    say = progress or (lambda message: None)
    started = time.perf_counter()
    evaluated = load_goemotions(data, split)
    dev = load_goemotions(data, "dev")
    gold = evaluated.targets > 0
    systems: dict[str, dict[str, Any]] = {}
    files = dict(evaluated.files)

    say("scoring the int8 model")
    shipped = _model(model)
    logits = shipped.encode(evaluated.texts, batch_size=64).logits
    probs = shipped.probabilities(logits)
    thresholds = np.array([shipped.thresholds[label] for label in GOEMOTIONS])
    name = "affectkit int8"
    systems[name] = _view_scores(probs >= thresholds, gold)
    calibration = reliability(probs, gold)
    systems[name]["ece"] = calibration["ece"][0]
    systems[name]["fixed_0.5_macro_f1"] = f1_scores(probs >= 0.5, gold)["macro"]

    if fp32 is not None:
        say("scoring the fp32 model")
        full = _model(model, onnx_file=str(Path(fp32).resolve()))
        dev_logits = full.encode(dev.texts, batch_size=64).logits
        test_logits = full.encode(evaluated.texts, batch_size=64).logits
        tuned = tune_thresholds(full.probabilities(dev_logits), dev.targets > 0)
        systems["affectkit fp32"] = _view_scores(full.probabilities(test_logits) >= tuned, gold)

    if baselines:
        say("fitting TF-IDF + logistic regression on train (about a minute)")
        train = load_goemotions(data, "train")
        files.update(train.files)
        files.update(dev.files)
        dev_probs, split_probs = tfidf_logistic_probs(train.texts, train.targets, dev.texts, evaluated.texts)
        tuned = tune_thresholds(dev_probs, dev.targets > 0)
        systems["TF-IDF + logistic regression"] = _view_scores(split_probs >= tuned, gold)
        systems["majority class"] = _view_scores(majority_labels(train.targets, len(evaluated.texts)), gold)
        say("running VADER")
        sentiment_labels = get_taxonomy("sentiment").labels
        vader = vader_sentiment(evaluated.texts)
        vader_pred = np.array([[label == v for label in sentiment_labels] for v in vader], dtype=bool)
        scores = f1_scores(vader_pred, view_matrix(gold, "sentiment"))
        systems["VADER (sentiment only)"] = {
            "sentiment_macro_f1": scores["macro"],
            "sentiment_micro_f1": scores["micro"],
            "sentiment_per_label_f1": dict(zip(sentiment_labels, scores["per_label"])),
        }
    return {
        "task": "goemotions",
        "split": split,
        "texts": len(evaluated.texts),
        "model": {"name": shipped.name, "version": shipped.version, "directory": str(shipped.directory)},
        "settings": {
            "thresholds": "model's own (dev-tuned at export) for int8; dev-tuned in this run for the others",
            "temperature": shipped.temperature,
            "max_tokens": shipped.max_tokens,
            "view_rule": "a view label is on when any member GoEmotions label (weight >= 0.5) is on",
            "fp32": str(fp32) if fp32 else None,
        },
        "data": {"folder": str(data), "sha256": files},
        "versions": _versions(),
        "systems": systems,
        "reliability": calibration,
        "seconds": time.perf_counter() - started,
        "published_reference": {
            "BERT-base, one threshold (Demszky et al., 2020)": {"macro_f1": 0.46},
            "RoBERTa-large models (reported)": {"macro_f1": "0.51-0.52"},
        },
    }


def evaluate_emobank(
    data: Path,
    split: str = "test",
    *,
    model: str | Path | None = None,
    fp32: str | Path | None = None,
    baselines: bool = True,
    progress: Any = None,
) -> dict[str, Any]:
    """Evaluate VAD on EmoBank: Pearson r for V, A, D (combined, writer, reader)."""
    say = progress or (lambda message: None)
    started = time.perf_counter()
    evaluated = load_emobank(data, split)
    systems: dict[str, dict[str, Any]] = {}
    files = dict(evaluated.files)

    def correlations(pred: npt.NDArray[Any]) -> dict[str, float]:
        return {target: pearson(pred[:, i], evaluated.targets[:, i]) for i, target in enumerate(VAD_TARGETS)}

    say("scoring the int8 model")
    shipped = _model(model)
    vad = shipped.encode(evaluated.texts, batch_size=64).vad
    systems["affectkit int8"] = correlations(shipped.vad_scale(vad))
    if fp32 is not None:
        say("scoring the fp32 model")
        full = _model(model, onnx_file=str(Path(fp32).resolve()))
        vad = full.encode(evaluated.texts, batch_size=64).vad
        systems["affectkit fp32"] = correlations(full.vad_scale(vad))
    if baselines:
        say("fitting TF-IDF + ridge regression on train")
        train = load_emobank(data, "train")
        systems["TF-IDF + ridge regression"] = correlations(tfidf_ridge(train.texts, train.targets, evaluated.texts))
        systems["train mean (constant)"] = {target: float("nan") for target in VAD_TARGETS}
    return {
        "task": "emobank",
        "split": split,
        "texts": len(evaluated.texts),
        "model": {"name": shipped.name, "version": shipped.version, "directory": str(shipped.directory)},
        "settings": {
            "metric": "Pearson r on the 1-5 scale",
            "max_tokens": shipped.max_tokens,
            "fp32": str(fp32) if fp32 else None,
        },
        "data": {"folder": str(data), "sha256": files},
        "versions": _versions(),
        "systems": systems,
        "seconds": time.perf_counter() - started,
        "published_reference": {
            "best reported (data README)": {"combined_V": 0.83, "combined_A": 0.57, "combined_D": 0.53}
        },
    }


def sample_indices(total: int, limit: int | None, seed: int = 13) -> list[int]:
    """A seeded sample of ``limit`` item positions (all of them when ``limit`` is None), in order.

    Example:
        >>> sample_indices(10, 3)
        [2, 4, 9]
    """
    if limit is None or limit >= total:
        return list(range(total))
    if limit < 1:
        raise DataError(f"--limit must be at least 1, not {limit}")
    return sorted(random.Random(seed).sample(range(total), limit))


def evaluate_goemotions_llm(
    data: Path,
    split: str,
    llm: Any,
    *,
    limit: int | None = 100,
    template: str = "zero-shot.v1",
    model: str | Path | None = None,
    seed: int = 13,
    progress: Any = None,
) -> dict[str, Any]:
    """The encoder and an LLM on the same seeded sample of GoEmotions texts, same metrics.

    An LLM answer that stays invalid after its retries counts as predicting no label.
    """
    from affectkit.errors import LLMOutputError
    from affectkit.llm.analysis import analyze_with_llm

    say = progress or (lambda message: None)
    started = time.perf_counter()
    evaluated = load_goemotions(data, split)
    index = sample_indices(len(evaluated.texts), limit, seed)
    texts = [evaluated.texts[i] for i in index]
    gold = evaluated.targets[index] > 0
    shipped = _model(model)
    encoder_started = time.perf_counter()
    logits = shipped.encode(texts, batch_size=64).logits
    encoder_seconds = time.perf_counter() - encoder_started
    thresholds = np.array([shipped.thresholds[label] for label in GOEMOTIONS])
    systems: dict[str, dict[str, Any]] = {
        "affectkit int8": _view_scores(shipped.probabilities(logits) >= thresholds, gold)
    }
    systems["affectkit int8"]["seconds_per_text"] = encoder_seconds / len(texts)
    predicted = np.zeros_like(gold)
    failures: list[dict[str, Any]] = []
    llm_started = time.perf_counter()
    for row, text in enumerate(texts):
        say(f"LLM {row + 1}/{len(texts)}")
        try:
            labels = analyze_with_llm(llm, text, template=template).analysis.labels
        except LLMOutputError as error:
            failures.append({"item": index[row], "problem": str(error)[:300]})
            continue
        for label in labels:
            predicted[row, GOEMOTIONS.index(label)] = True
    name = f"LLM {llm.name} ({template})"
    systems[name] = _view_scores(predicted, gold)
    systems[name]["seconds_per_text"] = (time.perf_counter() - llm_started) / len(texts)
    systems[name]["invalid_answers"] = len(failures)
    return {
        "task": "goemotions",
        "backend": "llm",
        "split": split,
        "texts": len(texts),
        "sample": {"seed": seed, "limit": limit, "of": len(evaluated.texts)},
        "model": {"name": shipped.name, "version": shipped.version},
        "llm": {"name": llm.name, "template": template},
        "settings": {"view_rule": "a view label is on when any member GoEmotions label (weight >= 0.5) is on"},
        "data": {"folder": str(data), "sha256": dict(evaluated.files)},
        "versions": _versions(),
        "systems": systems,
        "llm_failures": failures,
        "seconds": time.perf_counter() - started,
    }


def evaluate_esconv(
    data: Path,
    split: str = "test",
    *,
    llm: Any = None,
    limit: int | None = None,
    seed: int = 13,
    progress: Any = None,
) -> dict[str, Any]:
    """Strategy choice on ESConv: proficiency Q (macro-F1) and preference bias B for the
    shipped chooser, the rule chooser, the majority strategy and (optionally) an LLM, the
    LLM on a seeded sample with the others scored on the same sample beside it."""
    from affectkit.errors import LLMOutputError
    from affectkit.generate.esconv import (
        StrategyModel,
        llm_choose,
        preference_bias,
        preference_table,
        proficiency,
        read_esconv,
        strategy_features,
    )
    from affectkit.generate.strategies import choose_strategy
    from affectkit.understand.analyzer import Analyzer

    say = progress or (lambda message: None)
    started = time.perf_counter()
    if split not in ("dev", "test"):
        raise DataError("ESConv has dev and test splits with strategies; the chooser is trained on dev")
    path = data / "esconv" / f"{split}_with_strategy.tsv"
    if not path.is_file():
        raise DataError(f"no ESConv file at {path}; set AFFECTKIT_DATA to the data folder")
    examples = read_esconv(path)
    gold = [e.strategy for e in examples]
    say("reading the seekers' emotions")
    analyzer = Analyzer()
    present = [i for i, e in enumerate(examples) if e.last_seeker_text.strip()]
    analyses = dict(zip(present, analyzer.analyze_batch([examples[i].last_seeker_text for i in present])))
    chooser = StrategyModel.load()
    features = np.stack(
        [strategy_features(analyses.get(i), e.previous_strategy, len(e.context)) for i, e in enumerate(examples)]
    )
    learned = [chooser.classes[int(k)] for k in chooser.probabilities(features).argmax(axis=1)]
    rules = [choose_strategy(analyses[i]) if i in analyses else "Question" for i in range(len(examples))]
    majority = ["Question"] * len(examples)  # the most frequent strategy on dev (595 of 2,985)

    def score(pred: list[str], truth: list[str]) -> dict[str, Any]:
        strengths, bias = preference_bias(preference_table(pred, truth))
        return {"Q": proficiency(pred, truth), "B": bias, "strengths": dict(zip(chooser.classes, strengths.tolist()))}

    systems: dict[str, dict[str, Any]] = {
        "encoder chooser (trained on dev)": score(learned, gold),
        "rule chooser": score(rules, gold),
        "always Question (majority on dev)": score(majority, gold),
    }
    sample: dict[str, Any] | None = None
    if llm is not None:
        index = sample_indices(len(examples), limit or 100, seed)
        chosen: list[str] = []
        invalid = 0
        for n, i in enumerate(index):
            say(f"LLM {n + 1}/{len(index)}")
            try:
                chosen.append(llm_choose(llm, examples[i].context))
            except LLMOutputError:
                invalid += 1
                chosen.append("Others")
        truth = [gold[i] for i in index]
        systems[f"LLM {llm.name} (sample)"] = {**score(chosen, truth), "invalid_answers": invalid}
        systems["encoder chooser (same sample)"] = score([learned[i] for i in index], truth)
        sample = {"seed": seed, "size": len(index), "of": len(examples)}
    return {
        "task": "esconv",
        "split": split,
        "examples": len(examples),
        "sample": sample,
        "definitions": "Q: macro-F1 over the 8 strategies; B: std of Bradley-Terry strengths from T[pred][gold], "
        "20 MM rounds from p=1, normalised by the geometric mean, rescaled to sum to 8 (Kang et al., ACL 2024)",
        "chooser": {"version": chooser.config["version"], "training": chooser.config["training"]["chosen"]},
        "data": {"folder": str(data), "sha256": {path.name: sha256(path)}},
        "versions": _versions(),
        "systems": systems,
        "seconds": time.perf_counter() - started,
    }
