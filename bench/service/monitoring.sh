#!/usr/bin/env bash
# Measures ingesting and screening captured third-party listings through the service (issue 15):
# ROWS synthetic listings (captures.py) posted in batches of 1,000 to POST /api/v1/monitoring/listings
# one after another, on the embedded H2 database of `clearmark demo`; then the same batches again,
# which make no new snapshot (the idempotent path a crawler hits when nothing changed).
# Usage: bench/service/monitoring.sh [ROWS]   (default 100000). Needs java 17, curl, python3.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rows="${1:-100000}"
jar="$root/app/target/clearmark-app.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root/engine" "$root/app" -path '*/target' -prune -o -type f -newer "$jar" -print -quit)" ]; then
  "$root/mvnw" -q -B -f "$root/pom.xml" -DskipTests -Dspotless.check.skip=true -pl app -am package
fi
work="$(mktemp -d)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
java -Dclearmark.api.rate-limit.requests-per-second=1000000 -Dclearmark.api.rate-limit.burst=1000000 \
  -Dclearmark.api.rate-limit.organization-requests-per-second=1000000 \
  -Dclearmark.api.rate-limit.organization-burst=1000000 \
  ${BENCH_JAVA_OPTS:-} -jar "$jar" demo --port "$port" --home "$work/home" > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 240); do
  grep -q "demo is running" "$work/server.log" && break
  sleep 0.5
done
grep -q "demo is running" "$work/server.log" || { echo "monitoring.sh: the server did not start" >&2; tail -40 "$work/server.log" >&2; exit 1; }
token=$("$here/token.sh" "$base" admin@demo.clearmark.test demo-admin-1)
python3 "$here/captures.py" "$rows" "$work/batches" 7
echo "captures: $rows in $(ls "$work/batches" | wc -l) batches, $(du -sh "$work/batches" | cut -f1)"
post_all() {
  local start end
  start=$(date +%s.%N)
  for f in "$work"/batches/*.json; do
    curl -fsS -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      --data-binary "@$f" "$base/api/v1/monitoring/listings"
  done
  end=$(date +%s.%N)
  python3 -c "t=$end-$start; print('$1: %d listings in %.1f s = %.0f listings/s' % ($rows, t, $rows/t))"
}
post_all "first capture (snapshot, screen, store)"
post_all "same content again (no new snapshot)"
