"""Encode XED's lines with the multilingual encoder once, into a vector cache
(:mod:`affectkit.evaluate.vector_cache`) that ``training/xed_heads.py`` and
``affectkit eval xed --cache DIR`` read: one ``<language>-<split>`` entry per language and
split, each the first lines of the split in its seeded order. Stages run in the order given,
so the lines needed first are encoded first on a busy machine. The ``goemotions`` stage encodes
GoEmotions' train comments (``goemotions-train``, in the file's order), from which the head
learns feelings stated in the first person; a ``train`` stage without a number takes every line.

    python training/xed_cache.py --data ../shared/data --cache /tmp/xed-e5 --stage val --stage train:1000
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from affectkit.evaluate.vector_cache import cached_vectors
from affectkit.evaluate.xed_data import split_xed


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument(
        "--stage", action="append", default=[], help="in order: val, test, train (whole splits), train:N, goemotions"
    )
    parser.add_argument("--lang", action="append", default=[])
    args = parser.parse_args(argv)
    splits = split_xed(args.data)
    languages = [c for c in splits if not args.lang or c in args.lang]
    started, total = time.time(), 0
    for stage in args.stage or ["val", "test", "train:3000"]:
        name, _, cap = stage.partition(":")
        if name == "goemotions":
            from affectkit.evaluate.datasets import load_goemotions

            texts = load_goemotions(args.data, "train").texts
            total += len(cached_vectors("goemotions-train", texts, args.cache, log=lambda m: print(m, flush=True)))
            continue
        for code in languages:
            lines = splits[code].part(name).head(int(cap) if cap else None)
            found = cached_vectors(f"{code}-{name}", lines.texts, args.cache, log=lambda m: print(m, flush=True))
            total += len(found)
    print(f"done: {total} vectors in {time.time() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
