#!/usr/bin/env bash
# Load test of the running service with wrk: /api/v1/search with a query mix against a static endpoint of the
# same service (/api/v1/languages), at 16, 64 and 256 connections, and /api/v1/answer with the same mix at 64;
# start-up time and memory (RSS).
# Every measurement is repeated and the median reported (with the single runs).
# Usage: bench/wrk.sh [duration, default 10s] [repetitions, default 3]   Needs: wrk (Debian package).
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10s}
repetitions=${2:-3}
port=18080
java=$(bench/java.sh)
mvn -B -q package -DskipTests
log=$(mktemp)
start=$(date +%s%N)
# the memory settings of the production image (Dockerfile); glibc keeps C heap the JVM has freed (a manual trim
# after load returned 32 MB), so the JVM trims it every 5 s (as the image does)
"$java" -Xmx192m -XX:MaxDirectMemorySize=48m -XX:+UseSerialGC -Xss512k -XX:TrimNativeHeapInterval=5000 -jar target/wegweiser.jar --server.port=$port --wegweiser.rate-limit.enabled=false >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log"' EXIT
until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do sleep 0.1; done
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $("$java" -version 2>&1 | head -1)"
echo "start-up to ready: ${ready_ms} ms ($(grep -o 'Started WegweiserApplication in [0-9.]* seconds' "$log" || true))"
# warm-up of every path until the JIT has compiled it (a cold service runs the first seconds at a tenth of the
# speed; uncached search reaches its steady throughput only after about 40 s)
wrk -t2 -c64 -d10s "http://127.0.0.1:$port/api/v1/languages" >/dev/null
wrk -t2 -c64 -d40s -s bench/search-mix.lua "http://127.0.0.1:$port" -- uncached >/dev/null
wrk -t2 -c64 -d10s -s bench/search-mix.lua "http://127.0.0.1:$port" >/dev/null
wrk -t2 -c64 -d20s -s bench/search-mix.lua "http://127.0.0.1:$port" -- uncached answer >/dev/null
run() { # name, connections, url, [script, script argument] -> "rps p50 p99" of one run
  wrk -t2 -c"$2" -d"$duration" --latency ${4:+-s "$4"} "$3" ${5:+-- $5} | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 } $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
    END { printf "%.0f %.2f %.2f", rps, p50, p99 }'
}
median() { tr ' ' '\n' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
measure() { # name, connections, url, [script, argument]
  local rps="" p50="" p99="" r
  for _ in $(seq "$repetitions"); do
    local one_rps one_p50 one_p99
    read -r one_rps one_p50 one_p99 <<<"$(run "$@")"
    rps="$rps $one_rps"; p50="$p50 $one_p50"; p99="$p99 $one_p99"
  done
  printf '| %s | %s | %s | %s ms | %s ms | %s MB | %s |\n' "$1" "$2" "$(echo $rps | median)" "$(echo $p50 | median)" \
    "$(echo $p99 | median)" "$(( $(awk '/VmRSS/{print $2}' /proc/$pid/status) / 1024 ))" "$(echo $rps)"
}
echo
echo "| endpoint | connections | requests/s (median) | p50 (median) | p99 (median) | RSS after | requests/s of each run |"
echo "|---|---|---|---|---|---|---|"
for c in 16 64 256; do
  measure "static /api/v1/languages" "$c" "http://127.0.0.1:$port/api/v1/languages"
  measure "search, uncached (every request new)" "$c" "http://127.0.0.1:$port" bench/search-mix.lua uncached
  measure "search, cached (mix of 28 queries)" "$c" "http://127.0.0.1:$port" bench/search-mix.lua
  if [ "$c" = 64 ]; then
    measure "answer, uncached (every question new)" "$c" "http://127.0.0.1:$port" bench/search-mix.lua "uncached answer"
    measure "answer, cached (mix of 28 questions)" "$c" "http://127.0.0.1:$port" bench/search-mix.lua "cached answer"
  fi
done
