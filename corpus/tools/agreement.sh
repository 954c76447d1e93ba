#!/usr/bin/env bash
# Inter-annotator agreement: the second, independent labelling of the doubly labelled documents
# (sheets in SHEETS2) scored by 'eval' against their gold in corpus/real (one labelling as gold,
# the other as prediction). Usage: corpus/tools/agreement.sh SHEETS2_DIR [OUT_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
sheets2=$1
export PRESSFACTS_POOL=${PRESSFACTS_POOL:-$here/../shared/releases}
out=${2:-$(mktemp -d)}
mkdir -p "$out/second"
python3 "$here/corpus/tools/label.py" build-all "$sheets2" "$out/second" >&2
cat "$out"/second/*/*.json | python3 -c 'import json,sys
dec=json.JSONDecoder(); s=sys.stdin.read(); i=0
while i < len(s):
    while i < len(s) and s[i].isspace(): i += 1
    if i >= len(s): break
    o, i = dec.raw_decode(s, i); print(json.dumps(o, ensure_ascii=False))' > "$out/second.jsonl"
mkdir -p "$out/gold"
for f in "$out"/second/*/*.json; do
  id=$(basename "$f")
  cp "$here"/corpus/real/*/"$id" "$out/gold/"
done
java -jar "$here/target/pressfacts.jar" eval "$out/gold" --pred "$out/second.jsonl" "${@:3}"
