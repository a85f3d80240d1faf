#!/usr/bin/env bash
# The tail under saturation, before and after a change: two builds of the service (jar A and jar B), each started
# in turn with the production memory settings and measured the same way, A B A B, so the shared machine's drift
# falls on both. Per run, at 64 connections: uncached search alone (every request a new cache key), the static
# endpoint alone, and both at once (32 + 32 connections: does a search hold up a static answer on its loop?).
# Two query mixes: bench/search-mix.lua (28 short queries in all languages) and a mix of 120 real questions
# (OMoS-QA dev, de en ar uk, from src/test/resources/integreat/omosqa) plus those 28.
# Usage: bench/tail.sh JAR_A JAR_B [content dir, default content] [duration, default 10s]  Needs: wrk, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
a=$1; b=$2; content=${3:-content}; duration=${4:-10s}
port=18091
java=$(bench/java.sh)
mkdir -p target/tail
python3 - <<'PY'
import gzip, json, pathlib, re, urllib.parse
mix = pathlib.Path("bench/search-mix.lua").read_text()
short = re.findall(r'"([^"]+)"', mix.split("local queries = {")[1].split("}")[0])
questions = []
for lang in ("de", "en", "ar", "uk"):
    rows = json.loads(gzip.open(f"src/test/resources/integreat/omosqa/dev_{lang}.json.gz").read())
    seen = []
    for r in rows:
        q = r["question"].strip()
        if q not in seen:
            seen.append(q)
        if len(seen) == 30:
            break
    questions += [urllib.parse.quote(q) for q in seen]
queries = short + questions
lua = mix.split("local queries = {")[0] + "local queries = {\n" + ",\n".join('  "%s"' % q for q in queries) + ",\n}" + mix.split("local queries = {")[1].split("}", 1)[1]
lua = lua.replace("query\n-- i % 28", "query\n-- i % #queries")
pathlib.Path("target/tail/question-mix.lua").write_text(lua)
print(f"question mix: {len(queries)} queries")
PY
run() { # threads, connections, url, script, arg -> "rps | p50 | p99"
  local t=$1; shift
  wrk -t"$t" -c"$1" -d"$duration" --latency ${3:+-s "$3"} "$2" ${4:+-- "$4"} | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 } $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
    END { printf "%.0f | %.1f | %.1f", rps, p50, p99 }'
}
echo "machine: $(nproc) cores shared with other work; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| run | jar | mix | uncached c64 rps, p50, p99 ms | static c64 rps, p50, p99 ms | together: uncached c32 | together: static c32 |"
echo "|---|---|---|---|---|---|---|"
n=0
for jar in "$a" "$b" "$a" "$b"; do
  n=$((n + 1))
  "$java" -Xmx192m -XX:MaxDirectMemorySize=48m -XX:+UseSerialGC -Xss512k -XX:TrimNativeHeapInterval=5000 -jar "$jar" \
    --server.port=$port --wegweiser.rate-limit.enabled=false --wegweiser.watch=false --wegweiser.content-directory="$content" \
    --wegweiser.reload.max-content-size=64MB --wegweiser.reload.state-directory=target/tail/state-$n >target/tail/service-$n.log 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do sleep 0.1; done
  wrk -t2 -c64 -d20s -s target/tail/question-mix.lua "http://127.0.0.1:$port" -- uncached >/dev/null
  wrk -t2 -c64 -d5s "http://127.0.0.1:$port/api/v1/languages" >/dev/null
  for mix in bench/search-mix.lua target/tail/question-mix.lua; do
    u=$(run 2 64 "http://127.0.0.1:$port" "$mix" uncached)
    s=$(run 2 64 "http://127.0.0.1:$port/api/v1/languages")
    run 1 32 "http://127.0.0.1:$port" "$mix" uncached >target/tail/together-u &
    together=$!
    run 1 32 "http://127.0.0.1:$port/api/v1/languages" >target/tail/together-s
    wait $together
    echo "| $n | $(basename "$jar") | $(basename "$mix" .lua) | $u | $s | $(cat target/tail/together-u) | $(cat target/tail/together-s) |"
  done
  kill $pid; wait $pid 2>/dev/null || true
done
