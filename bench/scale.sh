#!/usr/bin/env bash
# Scale: the service on Wesermarsch's content, on each shared Integreat region (imported with import-integreat
# from src/test/resources/integreat/pages) and on a synthetic set of ten times Wesermarsch's entries (the two
# regions repeated three times, every id given a copy suffix). Per content: files and bytes, loading and indexing
# time (the service's log), start-up to ready, heap after a full GC, RSS, and wrk's requests/s, p50 and p99 for
# uncached search (every request a new cache key) at 8 and 64 connections and for the static endpoint at 64.
# Production memory settings (-Xmx192m, SerialGC). Usage: bench/scale.sh [duration, default 10s]  Needs: wrk, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10s}
port=18090
java=$(bench/java.sh)
out=target/scale
mvn -B -q package -DskipTests
rm -rf "$out" && mkdir -p "$out"
for region in lkaugsburg rems-murr-kreis; do
  "$java" -jar target/wegweiser.jar import-integreat src/test/resources/integreat/pages/$region "$out/$region" >/dev/null
done
python3 - "$out" <<'PY'
import pathlib, re, shutil, sys
out = pathlib.Path(sys.argv[1]); x10 = out / "x10"; (x10 / "guides").mkdir(parents=True)
ids = re.compile(r'"integreat-([a-z]+-)?(\d+)"')
sources = []
for copy in range(3):
    for region in ("lkaugsburg", "rems-murr-kreis"):
        suffix = lambda m: '"integreat-%s%s-c%d"' % (m.group(1) or "", m.group(2), copy)
        for f in (out / region / "guides").glob("*.yaml"):
            text = ids.sub(suffix, f.read_text())
            name = re.search(r'^id: "([^"]+)"', text, re.M).group(1)
            (x10 / "guides" / (name + ".yaml")).write_text(text)
        block = (out / region / "sources.yaml").read_text()
        sources.append(ids.sub(suffix, "\n".join(l for l in block.splitlines() if not l.startswith("#"))))
(x10 / "sources.yaml").write_text("\n".join(sources) + "\n")
(x10 / "site.yaml").write_text('name: "Wegweiser x10"\nlanguages: [de, en]\n')
PY
echo "machine: $(nproc) cores shared with other work, $("$java" -version 2>&1 | head -1)"
echo
echo "| content | entries | bytes | load + index | start-up to ready | heap after GC | RSS | uncached c8 rps / p50 / p99 | uncached c64 rps / p50 / p99 | static c64 rps / p50 / p99 |"
echo "|---|---|---|---|---|---|---|---|---|---|"
run() { # connections, url, [script arg] -> "rps/p50/p99"
  wrk -t2 -c"$1" -d"$duration" --latency ${3:+-s bench/search-mix.lua} "$2" ${3:+-- "$3"} | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 } $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
    END { printf "%.0f / %.1f ms / %.1f ms", rps, p50, p99 }'
}
for content in content "$out/lkaugsburg" "$out/rems-murr-kreis" "$out/x10"; do
  log="$out/$(basename "$content").log"
  start=$(date +%s%N)
  "$java" -Xmx192m -XX:MaxDirectMemorySize=48m -XX:+UseSerialGC -Xss512k -XX:TrimNativeHeapInterval=5000 -jar target/wegweiser.jar \
    --server.port=$port --wegweiser.rate-limit.enabled=false --wegweiser.watch=false \
    --wegweiser.content-directory="$content" --wegweiser.reload.max-content-size=64MB --wegweiser.reload.max-file-size=8MB \
    --wegweiser.reload.state-directory="$out/state-$(basename "$content")" >"$log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do
    kill -0 $pid 2>/dev/null || { echo "service on $content did not start, see $log" >&2; exit 1; }; sleep 0.1; done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  loaded=$(grep -o 'loaded: [0-9]* entries, index built in [0-9]* ms' "$log" | head -1)
  entries=$(echo "$loaded" | awk '{print $2}'); build=$(echo "$loaded" | awk '{print $7}')
  bytes=$(du -sb "$content" | cut -f1)
  wrk -t2 -c64 -d20s -s bench/search-mix.lua "http://127.0.0.1:$port" -- uncached >/dev/null
  wrk -t2 -c64 -d5s "http://127.0.0.1:$port/api/v1/languages" >/dev/null
  u8=$(run 8 "http://127.0.0.1:$port" uncached)
  u64=$(run 64 "http://127.0.0.1:$port" uncached)
  s64=$(run 64 "http://127.0.0.1:$port/api/v1/languages")
  rss=$(( $(awk '/VmRSS/{print $2}' /proc/$pid/status) / 1024 ))
  jcmd $pid GC.run >/dev/null
  heap=$(jcmd $pid GC.heap_info | awk '/total/ && /used/ { for (i = 1; i < NF; i++) if ($i == "used") { v = $(i + 1); sub(/K.*/, "", v); s += v } } END { print s }')
  kill $pid; wait $pid 2>/dev/null || true
  echo "| $(basename "$content") | $entries | $((bytes / 1024)) KB | $build ms | $ready_ms ms | $((heap / 1024)) MB | $rss MB | $u8 | $u64 | $s64 |"
done
