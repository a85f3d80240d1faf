#!/usr/bin/env bash
# Load test of the running service with wrk: /api/v1/search with a query mix against a static endpoint of the
# same service (/api/v1/languages), at 16, 64 and 256 connections; start-up time and memory (RSS).
# Usage: bench/wrk.sh [duration, default 10s]   Needs: wrk (Debian package).
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10s}
port=18080
java=$(bench/java.sh)
mvn -B -q package -DskipTests
log=$(mktemp)
start=$(date +%s%N)
# the memory settings of the production image (Dockerfile)
"$java" -Xmx256m -XX:MaxDirectMemorySize=64m -XX:+UseSerialGC -Xss512k -jar target/wegweiser.jar --server.port=$port --wegweiser.rate-limit.enabled=false >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log"' EXIT
until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do sleep 0.1; done
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $("$java" -version 2>&1 | head -1)"
echo "start-up to ready: ${ready_ms} ms ($(grep -o 'Started WegweiserApplication in [0-9.]* seconds' "$log" || true))"
# warm-up of both paths
wrk -t2 -c16 -d5s "http://127.0.0.1:$port/api/v1/languages" >/dev/null
wrk -t2 -c16 -d5s -s bench/search-mix.lua "http://127.0.0.1:$port" -- uncached >/dev/null
run() { # name, connections, url, [script, script argument]
  local out
  out=$(wrk -t2 -c"$2" -d"$duration" --latency ${4:+-s "$4"} "$3" ${5:+-- "$5"})
  local rps p50 p99
  rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
  p50=$(awk '$1=="50%"{print $2}' <<<"$out")
  p99=$(awk '$1=="99%"{print $2}' <<<"$out")
  printf '| %s | %s | %s | %s | %s | %s MB |\n' "$1" "$2" "$rps" "$p50" "$p99" "$(( $(awk '/VmRSS/{print $2}' /proc/$pid/status) / 1024 ))"
}
echo
echo "| endpoint | connections | requests/s | p50 | p99 | RSS after |"
echo "|---|---|---|---|---|---|"
for c in 16 64 256; do
  run "static /api/v1/languages" "$c" "http://127.0.0.1:$port/api/v1/languages"
  run "search, uncached (every request new)" "$c" "http://127.0.0.1:$port" bench/search-mix.lua uncached
  run "search, cached (mix of 28 queries)" "$c" "http://127.0.0.1:$port" bench/search-mix.lua
done
