#!/usr/bin/env bash
# The reproductions of the security review against a running service (default http://127.0.0.1:8080), directly
# or through a proxy. Prints one line per check: what was sent, what came back. Sends only to the given address,
# a bounded number of requests.
# Usage: deploy/attack.sh [base-url]
set -uo pipefail
B=${1:-http://127.0.0.1:8080}
code() { curl -s -o /dev/null -w '%{http_code} %{content_type}' "$@"; }
echo "== editor endpoints without the token (want 400/401/404, never 200)"
for p in /api/v1/status /api/v1/%73tatus '/api/v1;/status' '/api;x/v1/status' /api/%76%31/status \
         /%61ctuator/prometheus /actuator/%70rometheus '/actuator;/prometheus' /api//v1/status /api/v1/%2e/status; do
  echo "  $p -> $(code --path-as-is "$B$p")"
done
echo "== rotating X-Forwarded-For on search (want 429s after the burst)"
declare -A seen=()
for i in $(seq 1 400); do c=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Forwarded-For: 198.51.$((i/250)).$((i%250))" "$B/api/v1/search?q=kurs$i"); seen[$c]=$(( ${seen[$c]:-0}+1 )); done
echo "  $(for k in "${!seen[@]}"; do printf '%s x%s  ' "$k" "${seen[$k]}"; done)"
echo "== pages and assets after the limit (want 200)"
for p in /de/ /ar/topics /assets/site.css; do echo "  $p -> $(code "$B$p")"; done
echo "  429 page: $(curl -s -H 'Accept: text/html' "$B/ar/search?q=x" | grep -o '<html lang="[a-z]*" dir="[a-z]*"' | head -1)"
echo "== forged host (want no evil.example)"
for p in /de/embed /de/entries/impressum /api/v1/export/hsds/de; do
  echo "  $p -> $(curl -s -H 'Host: evil.example' -H 'X-Forwarded-Host: evil.example' "$B$p" | grep -c evil.example) mentions"
done
echo "== malformed input (want 4xx problem+json, never 500)"
echo "  Accept 'text/html;q=' -> $(code -H 'Accept: text/html;q=' "$B/nothing")"
echo "  60 media types -> $(code -H "Accept: $(printf 'text/plain,%.0s' $(seq 60))text/html" "$B/nothing")"
echo "  q=%ZZ form -> $(code -X POST -d 'q=%ZZ' "$B/api/v1/feedback/not-found")"
big=$(mktemp); { printf 'q='; head -c 300000 /dev/zero | tr '\0' x; } >"$big"
echo "  300 KB form -> $(code -X POST --data-binary @"$big" -H 'Content-Type: application/x-www-form-urlencoded' "$B/de/not-found")"; rm -f "$big"
echo "  5 KB URI -> $(code "$B/api/v1/search?q=$(head -c 5000 /dev/zero | tr '\0' a)")"
echo "  20 KB header -> $(code -H "X-A: $(head -c 20000 /dev/zero | tr '\0' a)" "$B/api/v1/languages")"
echo "  CORS from evil -> $(code -H 'Origin: https://evil.example' "$B/api/v1/search?q=kurs")"
echo "  feedback from evil -> $(code -X POST -H 'Origin: https://evil.example' -d 'q=kurs' "$B/api/v1/feedback/not-found")"
echo "== caches"
e=$(curl -s -D - -o /dev/null "$B/api/v1/languages" | tr -d '\r' | awk 'tolower($1)=="etag:"{print $2}')
echo "  ETag of languages: $e; on /embed/host.js -> $(code -H "If-None-Match: $e" "$B/embed/host.js"), on search -> $(code -H "If-None-Match: $e" "$B/api/v1/suggest?q=ku")"
echo "  Vary with Origin: $(curl -s -D - -o /dev/null -H 'Origin: http://x' "$B/api/v1/languages" | tr -d '\r' | grep -i '^vary' | tr '\n' ' ')"
echo "== smaller"
for m in PUT DELETE TRACE; do echo "  $m -> $(curl -s -o /dev/null -w '%{http_code} allow=%header{allow}' -X $m "$B/api/v1/search?q=x")"; done
echo "  HTTP/1.0 transfer-encoding: '$(curl -s -0 -D - -o /dev/null "$B/de/" | tr -d '\r' | grep -i '^transfer-encoding')'"
s=$(date +%s); timeout 60 python3 -c "import socket,sys; s=socket.create_connection((sys.argv[1],int(sys.argv[2]))); s.settimeout(59); print(\"  idle connection: closed by the server after\" if s.recv(1)==b\"\" else \"  idle connection: data\", end=\" \")" $(echo ${B#http://} | tr : " ") || echo -n "  idle connection: still open after"; echo " $(( $(date +%s)-s )) s"
