#!/usr/bin/env bash
# The measured-scale benchmark of the Spark job (issue 17): the same synthetic listings screened
# against the same synthetic index by the CLI and by the Spark job, in one run, so that the ratio
# of the two holds on a noisy shared machine.
#
#   bench/spark/run.sh                                   # 1,000,000 marks x 1,000,000 listings
#   MARKS=3000000 LISTINGS=200000 FILES=2 PARQUET=0 bench/spark/run.sh
#
# Settings (environment): MARKS, LISTINGS, FILES (the Spark input is split into that many CSV
# files), SEED, WORK (where corpora and runs go), MEM (heap of the CLI and of the Spark driver,
# which holds the local executors), CORES (threads of the CLI, local[CORES] for Spark), PARQUET=0
# to leave out the Parquet run, SMALL=0 to leave out the one-file runs that give the fixed cost,
# BUILD=0 to use the jars already built.
#
# Steps: build the jars; write the corpus unless it is there (SparkCorpus: index, split CSV, one
# CSV); load the index in a probe for its heap; then (a) the CLI on the one CSV, (b) the Spark job
# on the split CSV, (c) the Spark job on the same listings as Parquet; with SMALL, also the CLI
# and the Spark job on the first split file alone. Each step runs under /usr/bin/time -v for wall
# time and peak RSS; its output is kept under $WORK/runs/<time>/ and a summary is printed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

MARKS="${MARKS:-1000000}"
LISTINGS="${LISTINGS:-1000000}"
FILES="${FILES:-16}"
SEED="${SEED:-42}"
WORK="${WORK:-/tmp/clearmark-spark-bench}"
MEM="${MEM:-6g}"
CORES="${CORES:-2}"
PARQUET="${PARQUET:-1}"
SMALL="${SMALL:-1}"
BUILD="${BUILD:-1}"
TODAY=2026-12-01

if [ ! -x /usr/bin/time ]; then
  echo "run.sh: needs GNU time (Debian package 'time')" >&2
  exit 2
fi

if [ "$BUILD" = 1 ]; then
  echo "== build"
  ./mvnw -B -ntp -o -q package -pl cli,bench,spark -am -DskipTests -Djacoco.skip=true
fi

corpus="${CORPUS:-$WORK/corpus-m$MARKS-l$LISTINGS-f$FILES-s$SEED}"
runs="$WORK/runs/$(date -u +%Y%m%dT%H%M%SZ)-m$MARKS-l$LISTINGS"
mkdir -p "$runs"

# One step under /usr/bin/time: its output in $runs/NAME.{out,err,time}.
measure() {
  local name="$1"
  shift
  local shown="$*"
  echo "== $name: ${shown:0:300}"
  /usr/bin/time -v -o "$runs/$name.time" "$@" >"$runs/$name.out" 2>"$runs/$name.err" || {
    echo "run.sh: $name failed; see $runs/$name.err" >&2
    tail -20 "$runs/$name.err" >&2
    exit 1
  }
}

# Wall seconds and peak RSS (MB) from a /usr/bin/time -v file.
wall() {
  awk -F': ' '/Elapsed \(wall clock\)/ {
    n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f", s }' "$1"
}
rss() { awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$1"; }
# CPU seconds (user + system) of every thread of the step: on shared cores, the figure that does
# not grow when another process takes the cores away.
cpu() { awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$1"; }

if [ ! -f "$corpus/complete" ]; then
  rm -rf "$corpus"
  mkdir -p "$corpus"
  measure generate java -Xmx"$MEM" -cp bench/target/clearmark-bench.jar \
    com.clearmark.bench.SparkCorpus --marks "$MARKS" --listings "$LISTINGS" --files "$FILES" \
    --seed "$SEED" --out "$corpus"
  cp "$runs/generate.out" "$runs/generate.time" "$corpus/"
  touch "$corpus/complete"
else
  echo "== corpus present: $corpus"
fi

measure probe java -Xmx"$MEM" -cp bench/target/clearmark-bench.jar \
  com.clearmark.bench.SparkCorpus --probe "$corpus/marks.idx"

# spark/spark-submit starts the driver JVM itself, so --driver-memory cannot resize it: the heap
# is given through SPARK_DRIVER_OPTS (a cluster's spark-submit applies --driver-memory instead).
spark_job() {
  local name="$1"
  shift
  SPARK_DRIVER_OPTS="-Xmx$MEM" measure "$name" spark/spark-submit --master "local[$CORES]" \
    --driver-memory "$MEM" --conf spark.ui.enabled=false \
    --class com.clearmark.spark.ScreenJob spark/target/clearmark-spark.jar \
    --index "$corpus/marks.idx" --today "$TODAY" --run-date 2026-12-07 "$@"
}

measure cli java -Xmx"$MEM" -jar cli/target/clearmark.jar screen "$corpus/listings.csv" \
  --index "$corpus/marks.idx" --format jsonl -o "$runs/cli.jsonl" --threads "$CORES" \
  --today "$TODAY"

spark_job spark-csv --listings "$corpus/parts" --output "$runs/spark-csv"

if [ "$PARQUET" = 1 ]; then
  if [ ! -d "$corpus/parquet" ]; then
    opens=()
    for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util \
      java.util.concurrent java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs \
      sun.security.action sun.util.calendar; do
      opens+=("--add-opens=java.base/$p=ALL-UNNAMED")
    done
    measure to-parquet java -Xmx"$MEM" "${opens[@]}" -Djdk.reflect.useDirectMethodHandle=false \
      -cp "$(cat spark/target/spark-classpath.txt)" bench/spark/ToParquet.java \
      "$corpus/parts" "$corpus/parquet.in-progress"
    mv "$corpus/parquet.in-progress" "$corpus/parquet"
  fi
  spark_job spark-parquet --listings "$corpus/parquet" --output "$runs/spark-parquet"
fi

first="$corpus/parts/part-00000.csv"
if [ "$SMALL" = 1 ]; then
  measure cli-one-file java -Xmx"$MEM" -jar cli/target/clearmark.jar screen "$first" \
    --index "$corpus/marks.idx" --format jsonl -o "$runs/cli-one-file.jsonl" \
    --threads "$CORES" --today "$TODAY"
  # One text file is read by one task; repartitioned, it is screened on every core like the rest.
  spark_job spark-one-file --listings "$first" --partitions "$CORES" \
    --output "$runs/spark-one-file"
fi

# ---- summary
count() { grep -Eo 'Screened [0-9,]+ listings' "$1" | head -1 | grep -Eo '[0-9,]+' | tr -d ,; }
n_all="$LISTINGS"
n_one="$(($(wc -l <"$first") - 1))"
{
  echo "# $(date -u +%FT%TZ) marks=$MARKS listings=$LISTINGS files=$FILES seed=$SEED cores=$CORES mem=$MEM"
  echo "# commit $(git rev-parse --short HEAD), load average before summary: $(cut -d' ' -f1-3 /proc/loadavg)"
  cat "$corpus/generate.out" 2>/dev/null | sed 's/^/# /'
  sed 's/^/# /' "$runs/probe.out"
  printf '%-14s %10s %9s %9s %12s %14s %9s %16s\n' step listings wall_s rss_mb listings/s \
    per_core/s cpu_s listings/cpu_s
  for step in cli spark-csv spark-parquet cli-one-file spark-one-file; do
    [ -f "$runs/$step.time" ] || continue
    case "$step" in
      *one-file) n="$n_one" ;;
      *) n="$n_all" ;;
    esac
    log="$runs/$step.out"
    case "$step" in cli*) log="$runs/$step.err" ;; esac
    got="$(count "$log" || true)"
    if [ -n "$got" ] && [ "$got" != "$n" ]; then
      echo "# warning: $step screened $got listings, expected $n"
    fi
    w="$(wall "$runs/$step.time")"
    awk -v s="$step" -v n="$n" -v w="$w" -v r="$(rss "$runs/$step.time")" -v c="$CORES" \
      -v u="$(cpu "$runs/$step.time")" 'BEGIN {
        printf "%-14s %10d %9.1f %9d %12.0f %14.0f %9.1f %16.0f\n", s, n, w, r, n / w, n / w / c, u, n / u }'
  done
  for step in cli spark-csv spark-parquet cli-one-file spark-one-file; do
    [ -f "$runs/$step.time" ] || continue
    echo "$step: $(cat "$runs/$step.out" "$runs/$step.err" | grep -E '^Screened' | head -1)"
  done
  cli_w="$(wall "$runs/cli.time")"
  for step in spark-csv spark-parquet; do
    [ -f "$runs/$step.time" ] || continue
    awk -v s="$step" -v a="$cli_w" -v b="$(wall "$runs/$step.time")" \
      -v ca="$(cpu "$runs/cli.time")" -v cb="$(cpu "$runs/$step.time")" \
      'BEGIN { printf "overhead %s: CLI rate / Spark rate = %.2f (wall), %.2f (CPU seconds)\n", s, b / a, cb / ca }'
  done
  # Two sizes of the same job give its rate once the fixed cost (JVM, session, index load) is paid.
  if [ "$SMALL" = 1 ]; then
    for pair in "cli cli-one-file" "spark-csv spark-one-file"; do
      set -- $pair
      awk -v s="$1" -v n1="$n_all" -v n0="$n_one" -v w1="$(wall "$runs/$1.time")" \
        -v w0="$(wall "$runs/$2.time")" -v c="$CORES" 'BEGIN {
          r = (n1 - n0) / (w1 - w0); f = w0 - n0 / r;
          printf "marginal %s: %.0f listings/s (%.0f per core), fixed cost %.1f s\n", s, r, r / c, f }'
    done
  fi
} | tee "$runs/summary.txt"
echo "results in $runs"
