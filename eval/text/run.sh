#!/bin/sh
# The copied-text (CR_TEXT) evaluation: prepare the inputs from the shared data, screen them with
# the CLI jar, print the figures. Usage: eval/text/run.sh [SHARED_DATA] [OUT]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${1:-/work/shared/data}
out=${2:-/tmp/text-eval}
jar="$root/cli/target/clearmark.jar"
[ -f "$jar" ] || { echo "build the CLI first: ./mvnw -B -ntp -o package -pl engine,cli -DskipTests" >&2; exit 2; }
python3 "$here/prepare.py" --shared "$shared" --out "$out"
java -jar "$jar" screen "$out/listings.csv" --marks "$out/marks.csv" --works "$out/works.csv" \
  --format jsonl -o "$out/real.jsonl" --threads 1
java -jar "$jar" screen "$out/copies.csv" --marks "$out/marks.csv" --works "$out/half-works.csv" \
  --format jsonl -o "$out/copies.jsonl" --threads 1
python3 "$here/report.py" --out "$out" --worksheet "$out/worksheet.txt"
