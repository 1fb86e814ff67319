"""Plots for evaluation reports: per-label F1 bars and a reliability diagram (matplotlib).

Example (needs matplotlib)::

    write_plots(report, Path("plots"))
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from affectkit.errors import MissingDependencyError


def pyplot() -> Any:
    """matplotlib's pyplot on the headless Agg backend, or an error naming the extra.

    Example:
        >>> pyplot().get_backend().lower()
        'agg'
    """
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as error:
        raise MissingDependencyError("plots need matplotlib: pip install 'affectkit[eval]'") from error
    return plt


def write_plots(report: dict[str, Any], folder: Path) -> list[Path]:
    """Write the plots a report supports into ``folder``; return their paths."""
    plt = pyplot()
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    systems = report["systems"]
    if report["task"] == "goemotions":
        fig, ax = plt.subplots(figsize=(12, 5))
        names = [n for n in systems if "per_label_f1" in systems[n]]
        labels = list(systems[names[0]]["per_label_f1"])
        width = 0.8 / len(names)
        for k, name in enumerate(names):
            values = [systems[name]["per_label_f1"][label] for label in labels]
            ax.bar([i + k * width for i in range(len(labels))], values, width, label=name)
        ax.set_xticks([i + 0.4 - width / 2 for i in range(len(labels))], labels, rotation=70, ha="right")
        ax.set_ylabel("F1")
        ax.set_title(f"GoEmotions {report['split']}: per-label F1")
        ax.legend()
        fig.tight_layout()
        path = folder / f"goemotions-{report['split']}-per-label-f1.png"
        fig.savefig(path, dpi=120)
        written.append(path)
        plt.close(fig)
        rel = report["reliability"]
        fig, ax = plt.subplots(figsize=(5, 5))
        ax.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfect calibration")
        points = [(p, o) for p, o in zip(rel["mean_predicted"], rel["observed"]) if p == p]
        ax.plot([p for p, _ in points], [o for _, o in points], marker="o", label="affectkit int8")
        ax.set_xlabel("mean predicted probability")
        ax.set_ylabel("observed frequency")
        ax.set_title(f"reliability (ECE {rel['ece'][0]:.3f})")
        ax.legend()
        fig.tight_layout()
        path = folder / f"goemotions-{report['split']}-reliability.png"
        fig.savefig(path, dpi=120)
        written.append(path)
        plt.close(fig)
    else:
        fig, ax = plt.subplots(figsize=(9, 4))
        names = list(systems)
        targets = list(systems[names[0]])
        width = 0.8 / len(names)
        for k, name in enumerate(names):
            ax.bar(
                [i + k * width for i in range(len(targets))],
                [systems[name][t] for t in targets],
                width,
                label=name,
            )
        ax.set_xticks([i + 0.4 - width / 2 for i in range(len(targets))], targets, rotation=45, ha="right")
        ax.set_ylabel("Pearson r")
        ax.set_title(f"EmoBank {report['split']}")
        ax.legend()
        fig.tight_layout()
        path = folder / f"emobank-{report['split']}-pearson.png"
        fig.savefig(path, dpi=120)
        written.append(path)
        plt.close(fig)
    return written
