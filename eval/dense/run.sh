#!/usr/bin/env bash
# Dense-register benchmark: generate (if missing), screen with a Clearmark jar, score.
#
#   eval/dense/run.sh [--jar PATH] [--out DIR] [--shared DIR] [--seed N] [--coined N] [--regenerate]
#
# --jar     the Clearmark CLI jar (default cli/target/clearmark.jar, relative to the repository root)
# --out     where the generated data and the report go (default ${TMPDIR:-/tmp}/clearmark-dense);
#           it holds real listing rows, so keep it outside the repository
# --shared  the reference data folder (default /work/shared/data)
# --ablation  also screen against the register without its coined marks (famous and real brands
#           only) and without the coined marks derived from product words, and score both
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
JAR="cli/target/clearmark.jar"
OUT="${TMPDIR:-/tmp}/clearmark-dense"
SHARED="/work/shared/data"
SEED=7
COINED=100000
REGEN=0
ABLATION=0

while [ $# -gt 0 ]; do
  case "$1" in
    --jar) JAR="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --shared) SHARED="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --coined) COINED="$2"; shift 2 ;;
    --regenerate) REGEN=1; shift ;;
    --ablation) ABLATION=1; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

if [ ! -f "$JAR" ] && [ -f "$ROOT/$JAR" ]; then JAR="$ROOT/$JAR"; fi
if [ ! -f "$JAR" ]; then echo "run.sh: no jar at $JAR (build it with ./mvnw -pl cli -am package)" >&2; exit 2; fi

GEN_SUM="$(cat "$HERE/generate.py" "$HERE/marks_data.py" | cksum | cut -d' ' -f1)"
PARAMS="seed=$SEED coined=$COINED shared=$SHARED generator=$GEN_SUM"
mkdir -p "$OUT"
if [ "$REGEN" = 1 ] || [ ! -f "$OUT/listings.csv" ] || [ "$(cat "$OUT/params.txt" 2>/dev/null)" != "$PARAMS" ]; then
  echo "generating into $OUT ($PARAMS)"
  python3 "$HERE/generate.py" --shared "$SHARED" --out "$OUT" --seed "$SEED" --coined "$COINED"
  echo "$PARAMS" > "$OUT/params.txt"
fi

echo "screening with $JAR"
start=$(date +%s.%N)
rc=0
java -Xmx4g -jar "$JAR" screen "$OUT/listings.csv" --marks "$OUT/register.csv" \
  --own-brands "$OUT/own-brands.csv" --format jsonl -o "$OUT/out.jsonl" --today 2026-12-03 || rc=$?
end=$(date +%s.%N)
secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then echo "run.sh: clearmark screen exited with $rc" >&2; exit "$rc"; fi
echo "screen step: ${secs} s (exit $rc)" | tee "$OUT/timing.txt"

python3 "$HERE/score.py" "$OUT" "$OUT/out.jsonl"

if [ "$ABLATION" = 1 ]; then
  python3 - "$OUT" <<'PY'
import csv, os, sys
d = sys.argv[1]
kind = {r["registration_number"]: r["kind"] for r in csv.DictReader(open(os.path.join(d, "register-notes.csv")))}
rows = list(csv.DictReader(open(os.path.join(d, "register.csv"))))
for name, keep in (("sparse", ("famous", "real")), ("noderived", None)):
    with open(os.path.join(d, "register-%s.csv" % name), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
        w.writeheader()
        for r in rows:
            k = kind[r["registration_number"]]
            if (keep and k in keep) or (keep is None and k != "derived"):
                w.writerow(r)
PY
  for name in sparse noderived; do
    echo; echo "== ablation: register-$name.csv ($(($(wc -l < "$OUT/register-$name.csv") - 1)) marks)"
    java -Xmx4g -jar "$JAR" screen "$OUT/listings.csv" --marks "$OUT/register-$name.csv" \
      --own-brands "$OUT/own-brands.csv" --format jsonl -o "$OUT/out-$name.jsonl" --today 2026-12-03 || true
    python3 "$HERE/score.py" "$OUT" "$OUT/out-$name.jsonl" --tag "$name" | sed -n '/(all)/p;/precision/p'
  done
fi
