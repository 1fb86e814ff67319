"""The model card of a trained head (``MODEL_CARD.md``): what it predicts, the encoder it
reads, the data's hash and counts, the held-out scores, thresholds and calibration.

Example:
    >>> document = {"name": "mood", "task": "regression", "multi_label": False, "labels": ["mood"],
    ...             "encoder": {"name": "goemotions-minilm", "version": "1.1.0"}, "licence": "user data",
    ...             "calibration": "none", "temperature": 1.0, "thresholds": {}}
    >>> report = {"data": {"file": "t.csv", "sha256": "ab", "rows": 9, "class_counts": {}},
    ...           "held_out": {"kind": "cv", "folds": 3, "grouped": False, "seed": 0,
    ...                        "scores": {"rows": 9, "pearson_r": 0.5, "mae": 1.0, "rmse": 1.2}},
    ...           "alpha": 10.0, "seconds": {"encoding": 0.1, "fitting": 0.01, "total": 0.2},
    ...           "affectkit_version": "0.1.0"}
    >>> model_card(document, report).splitlines()[0]
    '# mood: a custom head (regression)'
"""

from __future__ import annotations

from typing import Any


def _held_out_text(held_out: dict[str, Any]) -> str:
    if held_out["kind"] == "dev":
        return f"the dev file {held_out['file']} ({held_out['rows']} rows, sha256 `{held_out['sha256']}`)"
    grouped = ", grouped (no group in two folds)" if held_out.get("grouped") else ", stratified by label"
    return f"{held_out['folds']}-fold cross-validation{grouped}, seed {held_out['seed']} (out-of-fold rows)"


def _score_lines(scores: dict[str, Any]) -> list[str]:
    lines = [f"- {key}: {value}" for key, value in scores.items() if key != "per_label"]
    per_label = scores.get("per_label")
    if per_label:
        lines += ["", "| label | precision | recall | F1 | support |", "|---|---|---|---|---|"]
        lines += [
            f"| {label} | {row['precision']} | {row['recall']} | {row['f1']} | {row['support']} |"
            for label, row in per_label.items()
        ]
    return lines


def model_card(document: dict[str, Any], report: dict[str, Any]) -> str:
    """The card's Markdown, from the head's manifest and its training report."""
    encoder = document["encoder"]
    data = report["data"]
    held_out = report["held_out"]
    kind = (
        "regression"
        if document["task"] == "regression"
        else ("multi-label classification" if document["multi_label"] else "classification, one label per text")
    )
    lines = [
        f"# {document['name']}: a custom head ({kind})",
        "",
        "Trained with `affectkit train` on the features of one encoder pass (GoEmotions logits, VAD and the",
        "pooled sentence vector); a numpy model, no torch at inference.",
        "",
        "## What it predicts",
        "",
        f"- labels: {', '.join(document['labels'])}",
        f"- encoder: {encoder['name']} {encoder['version']} (it refuses to load on any other)",
        f"- licence of the training data: {document['licence']}",
    ]
    if document.get("citation"):
        lines.append(f"- cite: {document['citation']}")
    if report.get("long_text") == "sentences":
        lines.append(
            "- long texts: read whole, in sentence pieces (the token-weighted mean of their features); analyse "
            'with `--long-text sentences` or `Analyzer(long_text="sentences")` to read texts as it was trained'
        )
    lines += [
        "",
        "## Data",
        "",
        f"- file: {data['file']}, {data['rows']} rows",
        f"- sha256: `{data['sha256']}`",
    ]
    if data.get("class_counts"):
        counts = ", ".join(f"{label} {count}" for label, count in data["class_counts"].items())
        lines.append(f"- rows per label: {counts}")
    if data.get("target"):
        lines.append(f"- target mean {data['target']['mean']}, standard deviation {data['target']['std']}")
    lines += [
        "",
        "## Held-out scores",
        "",
        f"On {_held_out_text(held_out)}. The L2 strength (alpha {report['alpha']}), the temperature and the",
        "thresholds were chosen on these same rows, so the scores lean optimistic: score a test set the head",
        "never saw with `affectkit.adapt.evaluate_head`.",
        "",
        *_score_lines(held_out["scores"]),
        "",
        "## Calibration and thresholds",
        "",
        f"- calibration: {document['calibration']} (temperature {document['temperature']})",
    ]
    if document["thresholds"]:
        shown = ", ".join(f"{label} {value:.2f}" for label, value in document["thresholds"].items())
        lines.append(f"- thresholds (a label is on at or above): {shown}")
    elif document["task"] == "classification":
        lines.append("- no thresholds: the label with the highest score is the text's label")
    seconds = report["seconds"]
    lines += [
        "",
        "## Training",
        "",
        f"- affectkit {report['affectkit_version']}; {seconds['total']} s in all "
        f"({seconds['encoding']} s encoding, {seconds['fitting']} s fitting)",
        "- the full report: report.json",
        "",
        "## Limits",
        "",
        "A head learns what its rows show, from a small model on frozen features: it inherits the encoder's",
        *(
            [
                "blind spots (English Reddit comments; sarcasm) and the labellers' view. Check it on texts like the",
                "ones it will read before relying on it.",
            ]
            if report.get("long_text") == "sentences"
            else [
                "blind spots (English Reddit comments; sarcasm, long texts read only to the token limit) and the",
                "labellers' view. Check it on texts like the ones it will read before relying on it.",
            ]
        ),
        "",
    ]
    return "\n".join(lines)
