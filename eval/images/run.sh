#!/usr/bin/env bash
# Copied-image evaluation: recall per transform and false matches per million pairs.
#
#   eval/images/run.sh [--originals N] [--unrelated M] [--seed S] [--folder DIR]
#
# The images are the Open Clip Art Library's PNG files as Debian packages them (openclipart-png,
# public domain dedication; installed with apt-get when missing). N of them are registered as works,
# M others stand for sellers' own images; every registered image is edited by each transform with
# seeded parameters and looked up (bench ImageEvaluation, see its Javadoc).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
FOLDER=/usr/share/openclipart/png
ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --originals|--unrelated|--seed) ARGS+=("$1" "$2"); shift 2 ;;
    --folder) FOLDER="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

if [ ! -d "$FOLDER" ]; then
  if [ "$FOLDER" = /usr/share/openclipart/png ]; then
    echo "installing openclipart-png"
    apt-get install -y -q openclipart-png >/dev/null || { apt-get update -qq && apt-get install -y -q openclipart-png >/dev/null; }
  else
    echo "run.sh: no folder $FOLDER" >&2; exit 2
  fi
fi

JAR="$ROOT/bench/target/clearmark-bench.jar"
if [ ! -f "$JAR" ]; then
  (cd "$ROOT" && ./mvnw -B -ntp -o -q package -pl engine,bench -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true)
fi
java -Xmx4g -cp "$JAR" com.clearmark.bench.image.ImageEvaluation "$FOLDER" "${ARGS[@]}"
