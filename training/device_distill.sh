#!/bin/bash
# On a GPU machine (see training/device_pack.py): three multi-task and two VAD teachers, then
# three students with different distillation settings trained at once, and a weight average
# (soup) of the teachers; dev picks one. Inputs in .device/, outputs in $OUT.
set -euo pipefail
export PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false AFFECTKIT_BASE_ENCODER=/tmp/base
LIMIT=${LIMIT:-0}
DEVICE=${DEVICE:-cuda}
EPOCHS=${EPOCHS:-3}
D=.device/data
R=${RUNS:-/tmp/runs}
OUT=${OUT:-/tmp/out}
mkdir -p "$R" "$OUT"
python3 training/device_pack.py unpack-base .device/base /tmp/base
common=(--data "$D" --device "$DEVICE" --threads 2 --limit "$LIMIT")
pids=()
for s in 1 2 3; do
    python3 training/train.py "${common[@]}" --out "$R/t$s" --seed "$s" --epochs "$EPOCHS" > "$R/t$s.log" 2>&1 &
    pids+=($!)
done
for s in 1 2; do
    python3 training/train.py "${common[@]}" --out "$R/v$s" --seed "$((s + 10))" --epochs 1 \
        --tasks vad --emobank-passes 3 > "$R/v$s.log" 2>&1 &
    pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done
date
python3 training/ensemble.py --data "$D" --device "$DEVICE" --limit "$LIMIT" \
    --emotion-runs "$R/t1" "$R/t2" "$R/t3" --vad-runs "$R/v1" "$R/v2" --out "$R/soft.npz" > "$R/ensemble.log" 2>&1
pids=()
python3 training/train.py "${common[@]}" --out "$R/s1" --seed 13 --epochs 4 --teacher "$R/soft.npz" \
    --soft-weight 0.8 > "$R/s1.log" 2>&1 & pids+=($!)
python3 training/train.py "${common[@]}" --out "$R/s2" --seed 13 --epochs 4 --teacher "$R/soft.npz" \
    --soft-weight 0.5 > "$R/s2.log" 2>&1 & pids+=($!)
python3 training/train.py "${common[@]}" --out "$R/s3" --seed 14 --epochs 3 --teacher "$R/soft.npz" \
    --soft-weight 0.8 --vad-soft-weight 0.8 > "$R/s3.log" 2>&1 & pids+=($!)
for p in "${pids[@]}"; do wait "$p"; done
date
python3 training/pick_run.py --data "$D" --device "$DEVICE" --runs "$R/s1" "$R/s2" "$R/s3" \
    --soup "$R/t1" "$R/t2" "$R/t3" --soup-out "$R/soup" --best-file "$R/best.txt" > "$R/select.log" 2>&1
python3 training/device_pack.py pack-run "$(cat "$R/best.txt")" "$OUT"
{ cat "$R/ensemble.log" "$R/select.log"; grep -H "dev macro-F1" "$R"/*/train.log; } | grep -v "Loading\|LOAD\|UNEXPECTED\|^Key\|^---\|^Notes\|pooler\|^$" > "$OUT/logs.txt"
cat "$OUT/logs.txt"
date
