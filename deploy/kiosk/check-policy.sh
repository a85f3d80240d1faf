#!/usr/bin/env bash
# Checks the kiosk's managed Chromium policy on this machine, as far as a headless browser can: with the policy
# installed, the kiosk's pages open, and every other address (the service's own non-kiosk pages, any other
# origin) is blocked by the administrator. Installs the policy only for the check and removes it afterwards.
# Two keys cannot be exercised headless and are left out of the check (they are in policy.json for the real
# kiosk): DeveloperToolsAvailability=2 blocks the DevTools protocol a headless browser is driven by, and
# IncognitoModeAvailability=2 makes headless Chromium dump an empty page.
# Usage (as root): deploy/kiosk/check-policy.sh   Needs: chromium, a built target/wegweiser.jar.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=18094
origin="http://localhost:$port"
policy_dir=/etc/chromium/policies/managed
java=$(bench/java.sh)
[ -f target/wegweiser.jar ] || mvn -B -q package -DskipTests
"$java" -jar target/wegweiser.jar --server.port=$port >/dev/null 2>&1 &
pid=$!
mkdir -p "$policy_dir"
sed "s#KIOSK_ORIGIN#$origin#g" deploy/kiosk/policy.json | grep -v '"DeveloperToolsAvailability"\|"IncognitoModeAvailability"' \
  >"$policy_dir/wegweiser-kiosk.json"
trap 'kill $pid 2>/dev/null || true; rm -f "$policy_dir/wegweiser-kiosk.json"' EXIT
until curl -sf "$origin/actuator/health/readiness" >/dev/null; do sleep 0.2; done
open() { timeout 30 chromium --headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
  --user-data-dir="$(mktemp -d)" --dump-dom "$1" 2>/dev/null; }
status=0
check() { # url, expected: allowed|blocked
  local dom result
  dom=$(open "$1")
  # a blocked address shows Chromium's interstitial, of which --dump-dom prints nothing of the service
  if grep -q "<title>[^<]*Wegweiser Wesermarsch" <<<"$dom"; then result=allowed; else result=blocked; fi
  printf '%-55s %s (expected %s)\n' "$1" "$result" "$2"
  [ "$result" = "$2" ] || status=1
}
check "$origin/kiosk" allowed
check "$origin/kiosk/ar/entries/koordinierungsstelle-migration-teilhabe" allowed
check "$origin/de/" blocked
check "$origin/api/v1/search?q=Kurs" blocked
check "http://127.0.0.1:$port/kiosk" blocked
check "https://www.openstreetmap.org/" blocked
exit $status
