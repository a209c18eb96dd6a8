#!/usr/bin/env bash
# Refits the confusion model on the decided pairs and writes the weights the engine ships.
#   eval/pairs/fit.sh            report only
#   eval/pairs/fit.sh --write    report, then write engine/src/main/resources/.../confusion-model.properties
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -ntp -q package -pl engine,bench -DskipTests
args=(eval/pairs/decided-pairs.csv)
if [[ "${1:-}" == "--write" ]]; then
  args+=(--write engine/src/main/resources/com/clearmark/engine/similarity/confusion-model.properties)
fi
java -cp bench/target/clearmark-bench.jar com.clearmark.bench.confusion.FitConfusion "${args[@]}"
