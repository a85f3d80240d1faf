#!/usr/bin/env bash
# Two instances of the service behind Debian's nginx on this machine. Shows that both serve the same content
# version (the ETag), and that stopping one instance (SIGTERM, graceful shutdown) during load loses no request:
# nginx passes a refused connection to the other instance. Exit code 0 when both hold.
# Usage: deploy/two-instances.sh   Needs: nginx and wrk (Debian packages; installed when missing and run as root).
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in nginx wrk; do
  command -v "$tool" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$tool" >/dev/null; }
done
java=$(bench/java.sh)
[ -f target/wegweiser.jar ] || mvn -B -q package -DskipTests
work=$(mktemp -d)
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
for port in 18081 18082; do
  "$java" -Xmx256m -XX:+UseSerialGC -jar target/wegweiser.jar --server.port=$port \
    --wegweiser.rate-limit.enabled=false --wegweiser.trusted-proxies=127.0.0.1 >"$work/$port.log" 2>&1 &
  pids+=($!)
done
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  upstream wegweiser {
    server 127.0.0.1:18081 max_fails=1 fail_timeout=10s;
    server 127.0.0.1:18082 max_fails=1 fail_timeout=10s;
  }
  server {
    listen 127.0.0.1:18080;
    location / {
      proxy_pass http://wegweiser;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 1s;
    }
  }
}
CONF
for port in 18081 18082; do
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do sleep 0.2; done
done
nginx -c "$work/nginx.conf"
until curl -sf "http://127.0.0.1:18080/actuator/health/readiness" >/dev/null; do sleep 0.2; done
etag() { curl -sf -D - -o /dev/null "http://127.0.0.1:$1/api/v1/languages" | tr -d '\r' | awk 'tolower($1)=="etag:"{print $2}'; }
a=$(etag 18081); b=$(etag 18082); via=$(etag 18080)
echo "content version: instance 1 $a, instance 2 $b, through nginx $via"
[ -n "$a" ] && [ "$a" = "$b" ] && [ "$a" = "$via" ] || { echo "FAIL: instances serve different versions"; exit 1; }
(sleep 4; echo "stopping instance 1 (SIGTERM) under load"; kill -TERM "${pids[0]}") &
out=$(wrk -t2 -c16 -d10s --latency -s bench/search-mix.lua "http://127.0.0.1:18080" -- uncached)
echo "$out" | grep -E "requests in|Requests/sec|Non-2xx|Socket errors|99%" || true
wait "${pids[0]}" 2>/dev/null || true
failed=$(echo "$out" | awk '/Non-2xx/{print $5}'); errors=$(echo "$out" | grep -c "Socket errors" || true)
if [ -n "$failed" ] || [ "$errors" != "0" ]; then echo "FAIL: requests were lost"; exit 1; fi
echo "OK: both instances served $a; no request lost while instance 1 stopped"
