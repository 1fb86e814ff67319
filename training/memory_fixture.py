"""Write tests/fixtures/memory/memory-v1.sqlite: a memory file of schema version 1, kept so
that every later affectkit is tested to open it (tests/test_memory.py).

    python training/memory_fixture.py --out tests/fixtures/memory/memory-v1.sqlite
"""

from __future__ import annotations

import argparse
from pathlib import Path

from affectkit.memory import Memory
from affectkit.memory.sqlite_store import SCHEMA_VERSION

TEXTS = [
    "We won the championship final, I'm over the moon!",
    "My grandmother passed away this morning.",
    "The train was twenty minutes late again.",
    "I'm really scared about the surgery tomorrow.",
    "Thanks so much for the birthday present, I love it.",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if SCHEMA_VERSION != 1:
        raise SystemExit("this script writes the schema-1 fixture; it must not be rewritten by a later schema")
    args.out.unlink(missing_ok=True)
    with Memory(args.out) as memory:
        memory.add_many(TEXTS, owner="fixture", times=[1_700_000_000.0 + i for i in range(len(TEXTS))],
                        metadata=[{"turn": i} for i in range(len(TEXTS))])
    for suffix in ("-wal", "-shm"):
        Path(str(args.out) + suffix).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
