"""How the Emotional RAG strategies trade meaning for mood, measured on DailyDialog.

One agent remembers every utterance of a split's dialogues (neutral ones included). Queries
are a seeded sample of the utterances with a gold emotion; each query's own utterance is
left out of its results. For every strategy (and emotion weight) the K memories recalled are
scored with the data set's gold labels, not the emotion model's:

- **emotion match**: the share of recalled memories whose gold emotion is the query's
  (micro over queries, and macro: the mean over the six emotions, so that happiness, 72% of
  the emotional utterances, does not decide alone);
- **same dialogue**: the share recalled from the query's own dialogue, the semantic relevance
  we can check without human judgements (a dialogue's utterances share a topic).

Chance levels (what random recall would score) are reported beside them. Nothing is tuned:
the table is the curve itself.

Example (needs the data set)::

    report = evaluate_memory(data_dir(), "test", queries=1000)
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from affectkit.evaluate.datasets import load_dailydialog
from affectkit.memory import strategies

if TYPE_CHECKING:
    from affectkit.memory.embedder import SentenceEmbedder
    from affectkit.understand.analyzer import Analyzer

WEIGHTS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
NEUTRAL = "no emotion"


def configurations(weights: Sequence[float] = WEIGHTS) -> list[dict[str, Any]]:
    """Every strategy once, and the combined ones at each weight.

    Example:
        >>> [c["strategy"] for c in configurations((0.5,))]
        ['semantic', 'emotion', 'semantic_first', 'emotion_first', 'additive', 'multiplicative']
    """
    out: list[dict[str, Any]] = [
        {"strategy": name, "weight": None} for name in ("semantic", "emotion", "semantic_first", "emotion_first")
    ]
    for name in ("additive", "multiplicative"):
        out += [{"strategy": name, "weight": float(w)} for w in weights]
    return out


def evaluate_memory(
    folder: Path,
    split: str = "test",
    *,
    queries: int = 1000,
    k: int = 10,
    pool: int = 20,
    normalize: str = "bound",
    weights: Sequence[float] = WEIGHTS,
    seed: int = 13,
    progress: Callable[[str], None] | None = None,
    analyzer: Analyzer | None = None,
    embedder: SentenceEmbedder | None = None,
) -> dict[str, Any]:
    """Build the memory, run every configuration on the same queries, return the report
    (``analyzer`` and ``embedder``: encoders already loaded; loaded here if not given)."""
    from affectkit.evaluate.runner import _versions
    from affectkit.memory import Memory

    say = progress or (lambda message: None)
    turns = load_dailydialog(folder, split)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        memory = Memory(Path(tmp) / "dailydialog.db", analyzer=analyzer, embedder=embedder)
        say(f"remembering {len(turns.text):,} utterances")
        ids: list[int] = []
        for start in range(0, len(turns.text), 2048):
            ids += memory.add_many(turns.text[start : start + 2048], owner="agent")
        found = memory.store.candidates("agent", memory.embedder.dimensions)
        meta = memory.describe()
        memory.close()
    build_s = time.perf_counter() - started
    position = {int(i): n for n, i in enumerate(found.ids)}
    order = np.array([position[i] for i in ids])  # turn n -> row in the candidate arrays
    semantic, plutchik, row_ids = found.semantic[order], found.plutchik[order], found.ids[order]
    emotion = np.array(turns.emotion)
    dialogue = np.array(turns.dialogue)
    emotional = np.flatnonzero(emotion != NEUTRAL)
    rng = np.random.default_rng(seed)
    chosen = np.sort(rng.choice(emotional, size=min(queries, len(emotional)), replace=False))
    settings = configurations(weights)
    ranking = [
        strategies.SearchSettings(
            c["strategy"], k, pool, 0.5 if c["weight"] is None else c["weight"], normalize
        )
        for c in settings
    ]  # checked once here, not once per query
    match = np.zeros((len(settings), len(chosen)))
    same = np.zeros((len(settings), len(chosen)))
    chance_match = np.zeros(len(chosen))
    chance_same = np.zeros(len(chosen))
    everyone = np.arange(len(turns.text))
    for qn, q in enumerate(chosen):
        if qn % 100 == 0:
            say(f"query {qn:,} of {len(chosen):,}")
        others = everyone[everyone != q]
        d_s = strategies.semantic_distances(semantic[others], semantic[q])
        d_e = strategies.emotion_distances(plutchik[others], plutchik[q])
        chance_match[qn] = float(np.mean(emotion[others] == emotion[q]))
        chance_same[qn] = float(np.mean(dialogue[others] == dialogue[q]))
        for cn, chosen_settings in enumerate(ranking):
            top = strategies.rank_by(d_s, d_e, row_ids[others], chosen_settings)
            recalled = others[top]
            match[cn, qn] = float(np.mean(emotion[recalled] == emotion[q]))
            same[cn, qn] = float(np.mean(dialogue[recalled] == dialogue[q]))
    classes = sorted(set(emotion[chosen].tolist()))

    def macro(values: np.ndarray[Any, Any]) -> float:
        return float(np.mean([values[emotion[chosen] == c].mean() for c in classes]))

    rows = [
        {
            **config,
            "emotion_match": float(match[cn].mean()),
            "emotion_match_macro": macro(match[cn]),
            "same_dialogue": float(same[cn].mean()),
        }
        for cn, config in enumerate(settings)
    ]
    return {
        "task": "memory-dailydialog",
        "split": split,
        "memories": len(turns.text),
        "dialogues": len(set(turns.dialogue)),
        "queries": len(chosen),
        "query_emotions": {c: int(np.sum(emotion[chosen] == c)) for c in classes},
        "settings": {"k": k, "pool": pool, "normalize": normalize, "seed": seed, "query_emotion": "the query's own"},
        "chance": {
            "emotion_match": float(chance_match.mean()),
            "emotion_match_macro": macro(chance_match),
            "same_dialogue": float(chance_same.mean()),
        },
        "rows": rows,
        "encoders": {
            key: meta[key]
            for key in ("embedder", "embedder_version", "emotion_model", "emotion_model_version", "taxonomy_version")
            if key in meta
        },
        "build_seconds": round(build_s, 1),
        "files": turns.files,
        "versions": _versions(),
    }


def write_tradeoff_plot(report: dict[str, Any], path: Path) -> Path:
    """The trade-off: same-dialogue share (x) against emotion match (y), one line per
    combined strategy across weights, one point for each other strategy."""
    from affectkit.evaluate.plots import pyplot

    plt = pyplot()
    fig, axes = plt.subplots(1, 2, figsize=(14, 6))
    rows = report["rows"]
    markers = {"semantic": "s", "emotion": "^", "semantic_first": "D", "emotion_first": "v"}
    chance = report["chance"]
    for ax, metric, name in ((axes[0], "emotion_match", "micro"), (axes[1], "emotion_match_macro", "macro")):
        for strategy, colour in (("additive", "tab:blue"), ("multiplicative", "tab:orange")):
            line = [r for r in rows if r["strategy"] == strategy]
            ax.plot([r["same_dialogue"] for r in line], [r[metric] for r in line], "o-", color=colour,
                    label=f"{strategy} (weight 0 to 1)")
            for r in line:
                if r["weight"] in (0.1, 0.5, 1.0) and (strategy == "additive" or r["weight"] == 0.1):
                    ax.annotate(f"w={r['weight']:g}", (r["same_dialogue"], r[metric]), textcoords="offset points",
                                xytext=(-8, 8), fontsize=8, color=colour)
        for r in rows:
            if r["strategy"] in markers:
                ax.plot(r["same_dialogue"], r[metric], markers[r["strategy"]], markersize=9,
                        label=r["strategy"].replace("_", "-"))
        ax.plot(chance["same_dialogue"], chance[metric], "x", color="grey", markersize=9, label="random recall")
        ax.set_xlabel(f"share of the {report['settings']['k']} recalled from the query's dialogue (semantic relevance)")
        ax.set_ylabel(f"share with the query's gold emotion ({name})")
        ax.grid(alpha=0.3)
        ax.margins(x=0.08, y=0.08)
    axes[1].legend(fontsize=8, loc="lower right")
    fig.suptitle(f"Emotional RAG strategies on DailyDialog {report['split']}: {report['queries']} queries, "
                 f"{report['memories']:,} memories (macro: mean over the six emotions)")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path
