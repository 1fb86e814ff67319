#!/bin/bash
# On a GPU machine (see training/device_pack.py): three multi-task teachers and two VAD
# teachers trained at once, their ensemble's soft targets, and a distilled student.
# Inputs in .device/ (base weights as fp16, the train and dev splits); outputs in $OUT.
set -euo pipefail
export PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false AFFECTKIT_BASE_ENCODER=/tmp/base
EPOCHS=${EPOCHS:-3}
STUDENT_EPOCHS=${STUDENT_EPOCHS:-3}
LIMIT=${LIMIT:-0}
DEVICE=${DEVICE:-cuda}
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
    python3 training/train.py "${common[@]}" --out "$R/v$s" --seed "$((s + 10))" --epochs "$EPOCHS" \
        --tasks vad --emobank-passes 3 > "$R/v$s.log" 2>&1 &
    pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done
date
python3 training/ensemble.py --data "$D" --device "$DEVICE" --limit "$LIMIT" \
    --emotion-runs "$R/t1" "$R/t2" "$R/t3" --vad-runs "$R/v1" "$R/v2" --out "$R/soft.npz" | tee "$R/ensemble.log"
python3 training/train.py "${common[@]}" --out "$R/student" --seed 13 --epochs "$STUDENT_EPOCHS" \
    --teacher "$R/soft.npz" > "$R/student.log" 2>&1
python3 training/device_pack.py pack-run "$R/student" "$OUT"
tail -n 4 "$R"/t1.log "$R"/v1.log "$R"/student.log > "$OUT/logs.txt"
cat "$R/ensemble.log" >> "$OUT/logs.txt"
grep -h "dev macro-F1\|dev pearson\|best so far" "$R"/*/train.log >> "$OUT/logs.txt" || true
date
