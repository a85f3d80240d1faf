#!/usr/bin/env bash
# Live reload under load, with the production image's memory settings (Dockerfile): uncached searches at 32
# connections for $duration seconds while the content changes every 2 s, in turn a good edit, a broken file, an
# editor's backup file, a 50 MB file, a removed folder; RSS sampled every half second. Prints requests, non-2xx
# answers, reloads and failures (from the metrics), and the RSS median and maximum. Usage: bench/reload.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-90}
port=18081
java=$(bench/java.sh)
mvn -B -q package -DskipTests
work=$(mktemp -d)
cp -r content i18n "$work/"
log="$work/log"
"$java" -Xmx192m -XX:MaxDirectMemorySize=48m -XX:+UseSerialGC -Xss512k -XX:TrimNativeHeapInterval=5000 \
  -XX:+ExitOnOutOfMemoryError -jar target/wegweiser.jar --server.port=$port --wegweiser.rate-limit.enabled=false \
  --wegweiser.content-directory="$work/content" --wegweiser.i18n-directory="$work/i18n" \
  --wegweiser.reload.state-directory="$work/state" --wegweiser.editor-token=bench >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do sleep 0.1; done
echo "machine: $(nproc) cores, $("$java" -version 2>&1 | head -1); RSS at ready $(( $(awk '/VmRSS/{print $2}' /proc/$pid/status) / 1024 )) MB"
wrk -t2 -c32 -d20s -s bench/search-mix.lua "http://127.0.0.1:$port" -- uncached >/dev/null # warm-up
page="$work/content/pages/impressum.yaml"
( end=$((SECONDS + duration)); i=0
  while [ $SECONDS -lt $end ]; do
    case $((i % 5)) in
      0) sed -i "s/^    title: Impressum.*/    title: Impressum $i/" "$page" ;;
      1) printf 'id: [broken\n' >"$work/content/offers/broken.yaml" ;;
      2) rm -f "$work/content/offers/broken.yaml"; printf 'id: [backup\n' >"$page~" ;;
      3) truncate -s 50M "$work/content/pages/huge.yaml" ;;
      4) rm -f "$work/content/pages/huge.yaml" "$page~"; mkdir -p "$work/content/offers/tmp/a"; rm -rf "$work/content/offers/tmp" ;;
    esac
    i=$((i + 1)); sleep 2
  done ) &
changer=$!
samples="$work/rss"
( while kill -0 $changer 2>/dev/null; do awk '/VmRSS/{print int($2/1024)}' /proc/$pid/status >>"$samples"; sleep 0.5; done ) &
out=$(wrk -t2 -c32 -d"${duration}s" -s bench/search-mix.lua "http://127.0.0.1:$port" -- uncached)
wait $changer
# the last step leaves good content: wait (up to 90 s: a reload under load takes seconds) until it is served
for _ in $(seq 90); do
  metrics=$(curl -s -H 'Authorization: Bearer bench' "http://127.0.0.1:$port/actuator/prometheus")
  echo "$metrics" | grep -q '^wegweiser_snapshot_current 1' && break
  sleep 1
done
echo "$out" | grep -E "requests in|Non-2xx|Socket errors" || true
echo "reloads logged: $(grep -c 'Content .* loaded' "$log"), failures: $(echo "$metrics" | awk '/^wegweiser_reload_failures_total/{print $2}')"
echo "content current at the end: $(echo "$metrics" | awk '/^wegweiser_snapshot_current/{print $2}'), process alive: $(kill -0 $pid && echo yes), title served: $(curl -s "http://127.0.0.1:$port/api/v1/entries/impressum" | grep -o '"title":"[^"]*"' | head -1)"
grep -E "Snapshots|ContentWatcher" "$log" | tail -4 | cut -c1-220
sort -n "$samples" | awk '{ v[NR] = $1 } END { printf "RSS during the run: median %d MB, max %d MB (%d samples)\n", v[int((NR + 1) / 2)], v[NR], NR }'
