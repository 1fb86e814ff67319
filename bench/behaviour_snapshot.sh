#!/usr/bin/env bash
# Write the outputs that must not change under a refactor into one folder, to diff two commits:
#   bench/behaviour_snapshot.sh OUT_DIR [DATA_DIR]
# analyze JSONL on the GoEmotions test texts, conversation --json on the sample conversation,
# and the eval tables of goemotions, emobank, meld, dailydialog and reccon (test splits).
# Run it from the same virtual environment for both commits (PYTHONPATH=<checkout>/src picks
# the code), then `diff -r before after`.
set -euo pipefail
out=${1:?usage: behaviour_snapshot.sh OUT_DIR [DATA_DIR]}
data=${2:-${AFFECTKIT_DATA:-../shared/data}}
py=${PYTHON:-python}
mkdir -p "$out"
"$py" - "$data/goemotions/test.tsv" "$out/goemotions-test-texts.jsonl" <<'PY'
import csv, json, sys
with open(sys.argv[1], encoding="utf-8", newline="") as f, open(sys.argv[2], "w", encoding="utf-8") as o:
    for i, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)):
        o.write(json.dumps({"id": i, "text": row[0]}) + "\n")
PY
ak() { "$py" -m affectkit.cli.main "$@"; }
ak analyze -i "$out/goemotions-test-texts.jsonl" -o "$out/analyze.jsonl" --id-column id > /dev/null 2>&1
rm -f "$out"/analyze.jsonl.* 2>/dev/null || true
ak conversation docs/examples/conversation.json --json > "$out/conversation.json"
for task in goemotions emobank meld dailydialog reccon; do
  ak eval "$task" --split test --data "$data" > "$out/eval-$task.txt" 2>/dev/null
done
echo "snapshot written to $out"
