"""Average the weights of several checkpoints of one run (uniform checkpoint averaging).

Example::

    python training/average.py training/runs/default/epoch2.pt training/runs/default/epoch3.pt \\
        --out training/runs/default/avg23.pt
"""

from __future__ import annotations

import argparse
from pathlib import Path

import torch


def main() -> None:
    parser = argparse.ArgumentParser(description="average checkpoints")
    parser.add_argument("checkpoints", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    states = [torch.load(path, map_location="cpu") for path in args.checkpoints]
    averaged = {}
    for key, first in states[0].items():
        if first.is_floating_point():
            averaged[key] = sum(state[key] for state in states) / len(states)
        else:
            averaged[key] = first
    torch.save(averaged, args.out)
    print(f"wrote {args.out} from {len(states)} checkpoints")


if __name__ == "__main__":
    main()
