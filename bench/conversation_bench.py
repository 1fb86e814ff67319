"""Time a conversation end to end: ``analyze_conversation`` on 50 turns (per-turn analysis,
emotion in context, causes, speaker courses), against reading the same turns one call at a
time (``Analyzer.analyze`` per turn, what a loop over turns would do), in the same run.

Turns: MELD test dialogues joined in order until 50 turns (needs the data sets), else the
sample conversation in docs/examples repeated.

Example::

    python bench/conversation_bench.py --turns 50 --repeats 30
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from affectkit.understand.analyzer import Analyzer
from affectkit.understand.conversation import Conversation, analyze_conversation
from affectkit.understand.dialogue_heads import DialogueHeads

ROOT = Path(__file__).resolve().parents[1]


def sample_turns(count: int, data: Path) -> tuple[list[dict[str, str]], str]:
    meld = data / "meld" / "test_sent_emo.csv"
    if meld.is_file():
        from affectkit.evaluate.datasets import load_meld

        turns = load_meld(data, "test")
        rows = [{"speaker": s, "text": t} for s, t in zip(turns.speaker[:count], turns.text[:count])]
        return rows, f"MELD test, first {count} turns"
    sample = json.loads((ROOT / "docs" / "examples" / "conversation.json").read_text("utf-8"))["turns"]
    rows = [sample[i % len(sample)] for i in range(count)]
    return rows, f"docs/examples/conversation.json repeated to {count} turns"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=50)
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    rows, source = sample_turns(args.turns, args.data)
    talk = Conversation.from_records(rows)
    started = time.perf_counter()
    analyzer, heads = Analyzer(), DialogueHeads.load()
    load_seconds = time.perf_counter() - started
    analyze_conversation(talk, analyzer, heads=heads)  # warm-up
    whole, loop = [], []
    for _ in range(args.repeats):
        t0 = time.perf_counter()
        analyze_conversation(talk, analyzer, heads=heads)
        whole.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for turn in talk.turns:
            analyzer.analyze(turn.text)
        loop.append(time.perf_counter() - t0)
    p50, loop_p50 = statistics.median(whole), statistics.median(loop)
    result = {
        "turns": len(talk.turns),
        "source": source,
        "repeats": args.repeats,
        "models_load_s": round(load_seconds, 3),
        "conversation_p50_s": round(p50, 4),
        "conversation_p90_s": round(percentile(whole, 0.9), 4),
        "per_turn_analyze_loop_p50_s": round(loop_p50, 4),
        "ratio_loop_over_conversation": round(loop_p50 / p50, 2),
    }
    print(json.dumps(result, indent=2))
    print(
        f"{len(talk.turns)} turns end to end: p50 {p50 * 1000:.0f} ms (p90 {percentile(whole, 0.9) * 1000:.0f} ms); "
        f"a per-turn analyze() loop without context or causes: {loop_p50 * 1000:.0f} ms "
        f"({loop_p50 / p50:.2f}x the whole conversation)"
    )


if __name__ == "__main__":
    main()
