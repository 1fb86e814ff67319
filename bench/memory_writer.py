"""One writer process of the memory durability check: adds texts one at a time and prints
``ack <id> <text>`` after each add has returned (the memory is durable from then on).

    python bench/memory_writer.py --store m.db --writer 0 --adds 10000
"""

from __future__ import annotations

import argparse
import sys


def text_of(writer: int, item: int) -> str:
    """The unique text a writer adds as its ``item``-th memory."""
    moods = ("I am thrilled", "I feel low", "I'm annoyed", "I'm a bit scared", "I'm grateful")
    return f"{moods[item % len(moods)]} about thing {item} (writer {writer})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", required=True)
    parser.add_argument("--writer", type=int, required=True)
    parser.add_argument("--adds", type=int, required=True)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    from affectkit.memory import Memory
    from affectkit.memory.embedder import SentenceEmbedder
    from affectkit.understand.analyzer import Analyzer

    memory = Memory(
        args.store, analyzer=Analyzer(threads=args.threads), embedder=SentenceEmbedder.load(threads=args.threads)
    )
    print("ready", flush=True)
    for item in range(args.adds):
        text = text_of(args.writer, item)
        new_id = memory.add(text, owner=f"writer-{args.writer}", metadata={"item": item})
        sys.stdout.write(f"ack {new_id} {item}\n")
        sys.stdout.flush()
    memory.close()


if __name__ == "__main__":
    main()
