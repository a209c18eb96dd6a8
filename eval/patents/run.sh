#!/usr/bin/env bash
# PT_CLAIM on real listings: converts the shared listings, checks each file against the invented
# register eval/patents/patents.csv, counts findings by severity and joins them with the hand
# judgements (eval/patents/judgements.py), rewriting eval/patents/judged.csv.
#
#   eval/patents/run.sh [OUT]        (OUT defaults to /tmp/patents-eval; SHARED=/work/shared/data)
#
# The day is fixed (--today 2026-12-07) so the terms, and the counts, do not move with the clock.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-/tmp/patents-eval}"
shared="${SHARED:-/work/shared/data}"
jar="$root/cli/target/clearmark.jar"
if [ ! -f "$jar" ]; then
  (cd "$root" && ./mvnw -B -ntp -o -q package -pl engine,cli -DskipTests -Dspotless.check.skip=true)
fi
mkdir -p "$out"
python3 "$here/prepare.py" --shared "$shared" --out "$out" 2>/dev/null
for f in amazon-in amazon-us-health bigbasket; do
  java -jar "$jar" patents check "$out/$f.csv" --patents "$here/patents.csv" \
    --today 2026-12-07 --format jsonl -o "$out/$f.jsonl" 2>/dev/null
done
python3 "$here/count.py" "$out/amazon-in.jsonl" "$out/amazon-us-health.jsonl" "$out/bigbasket.jsonl"
echo
python3 "$here/judge.py" --out "$out" --jar "$jar" --write "$here/judged.csv"
