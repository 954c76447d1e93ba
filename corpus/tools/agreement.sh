#!/usr/bin/env bash
# Inter-annotator agreement on the 30 doubly labelled releases: their second, independent
# labelling (corpus/real/agreement/ID.json) scored by 'eval' against their gold in corpus/real
# (one labelling as gold, the other as prediction). Run from anywhere after the build:
#   corpus/tools/agreement.sh [EVAL_OPTIONS...]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
export PRESSFACTS_POOL=${PRESSFACTS_POOL:-$here/../shared/releases}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/gold"
for f in "$here"/corpus/real/agreement/*.json; do
  cp "$here"/corpus/real/{dev,test}/"$(basename "$f")" "$work/gold/" 2>/dev/null || true
  python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1])), ensure_ascii=False))' "$f" >> "$work/second.jsonl"
done
java -jar "$here/target/pressfacts.jar" eval "$work/gold" --pred "$work/second.jsonl" "$@"
