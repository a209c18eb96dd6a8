#!/usr/bin/env bash
# Measures the Clearmark service end to end on this machine:
#  (a) POST /api/v1/screen at a constant 200 requests/s for 60 s (wrk over loopback), after a
#      warm-up, then unthrottled for the maximum rate;
#  (b) importing and screening a 100,000-listing catalogue through POST /api/v1/imports;
#  (c) the same constant 200 requests/s of (a) while a second catalogue of the same SKUs is imported.
# Usage: bench/service/run.sh [ROWS] [SECONDS]   (defaults 100000 and 60)
# Needs: java 17, curl, python3, wrk (Debian package wrk).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rows="${1:-100000}"
seconds="${2:-60}"
rate=200
connections=8

command -v wrk >/dev/null || { echo "run.sh: wrk is missing (apt-get install wrk)" >&2; exit 2; }
jar="$root/app/target/clearmark-app.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root/engine" "$root/app" -path '*/target' -prune -o -type f -newer "$jar" -print -quit)" ]; then
  "$root/mvnw" -q -B -f "$root/pom.xml" -DskipTests -Dspotless.check.skip=true -pl app -am package
fi

work="$(mktemp -d)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
# The unthrottled runs measure the server, not the rate limits per token and per organization, so
# they are lifted.
java -Dclearmark.api.rate-limit.requests-per-second=1000000 -Dclearmark.api.rate-limit.burst=1000000 \
  -Dclearmark.api.rate-limit.organization-requests-per-second=1000000 \
  -Dclearmark.api.rate-limit.organization-burst=1000000 \
  ${BENCH_JAVA_OPTS:-} -jar "$jar" demo --port "$port" --home "$work/home" > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  curl -fsS "$base/actuator/health" >/dev/null 2>&1 && grep -q "demo is running" "$work/server.log" && break
  sleep 0.5
done
grep -q "demo is running" "$work/server.log" || { echo "run.sh: the server did not start; see below" >&2; tail -40 "$work/server.log" >&2; exit 1; }
token=$("$here/token.sh" "$base" admin@demo.clearmark.test demo-admin-1)
echo "server pid $server on $base; $(nproc) cores; $(java -version 2>&1 | head -1)"

echo
echo "== warm-up: 20 s unthrottled"
TOKEN=$token CONNECTIONS=$connections wrk -t2 -c$connections -d20s -s "$here/screen.lua" "$base" > /dev/null

echo "== (a) POST /api/v1/screen at $rate requests/s for ${seconds} s"
TOKEN=$token RATE=$rate CONNECTIONS=$connections \
  wrk -t2 -c$connections -d${seconds}s --latency -s "$here/screen.lua" "$base" | tee "$work/rate.txt" | grep -E "non-200|socket|requests:|latency ms"

echo "== (a') POST /api/v1/screen unthrottled for 20 s"
TOKEN=$token CONNECTIONS=$connections \
  wrk -t2 -c$connections -d20s --latency -s "$here/screen.lua" "$base" | grep -E "non-200|requests:|latency ms"

echo
echo "== (b) import and screen $rows listings"
python3 "$here/catalogue.py" "$rows" "$work/catalogue.csv" 7
echo "catalogue: $(du -h "$work/catalogue.csv" | cut -f1)"
start=$(date +%s.%N)
job=$(curl -fsS -H "Authorization: Bearer $token" -F kind=catalogue -F "file=@$work/catalogue.csv" "$base/api/v1/imports" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
while true; do
  state=$(curl -fsS -H "Authorization: Bearer $token" "$base/api/v1/imports/$job")
  status=$(printf '%s' "$state" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
  case "$status" in SUCCEEDED|FAILED) break ;; esac
  sleep 0.2
done
end=$(date +%s.%N)
printf '%s\n' "$state" | python3 -c '
import json, sys
j = json.load(sys.stdin)
print("status %s: %s (accepted %d, rejected %d)" % (j["status"], j["message"], j["accepted"], j["rejected"]))'
python3 -c "
rows=$rows; t=$end-$start
print('import of %d listings, upload to SUCCEEDED: %.1f s = %.0f listings/s' % (rows, t, rows/t))"

echo
echo "== (c) POST /api/v1/screen at $rate requests/s for ${seconds} s while another catalogue is imported"
# Another seed: the same SKUs with other content, so every row is screened and written again.
python3 "$here/catalogue.py" "$rows" "$work/catalogue-2.csv" 8
job=$(curl -fsS -H "Authorization: Bearer $token" -F kind=catalogue -F "file=@$work/catalogue-2.csv" "$base/api/v1/imports" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
TOKEN=$token RATE=$rate CONNECTIONS=$connections \
  wrk -t2 -c$connections -d${seconds}s --latency -s "$here/screen.lua" "$base" | grep -E "non-200|socket|requests:|latency ms"
state=$(curl -fsS -H "Authorization: Bearer $token" "$base/api/v1/imports/$job")
printf '%s\n' "$state" | python3 -c '
import json, sys
j = json.load(sys.stdin)
print("second import after %s s of load: %s: %s" % ("'"$seconds"'", j["status"], j.get("message", "")))'
