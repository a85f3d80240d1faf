#!/usr/bin/env bash
# Lighthouse (mobile profile, simulated slow 4G and a mid-range phone CPU) with Debian's Chromium against the
# running service: start, results and entry page. Prints the category scores.
# Usage: bench/lighthouse.sh   Needs: node/npm, chromium (Debian package).
set -euo pipefail
cd "$(dirname "$0")/.."
port=18085
java=$(bench/java.sh)
mkdir -p target/lighthouse
[ -x target/lighthouse/node_modules/.bin/lighthouse ] || (cd target/lighthouse && npm i -E --silent --no-audit --no-fund lighthouse@12.2.3 >/dev/null)
mvn -B -q package -DskipTests
"$java" -Xmx256m -XX:+UseSerialGC -jar target/wegweiser.jar --server.port=$port >target/lighthouse/service.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do sleep 0.2; done
echo "| page | performance | accessibility | best practices | SEO |"
echo "|---|---|---|---|---|"
for path in /de/ /de/ "/de/search?q=Sprachkurs" /ar/entries/koordinierungsstelle-migration-teilhabe /fa/ "/ckb/search?q=%DA%A9%D8%A7%D8%B1"; do
  CHROME_PATH=/usr/bin/chromium target/lighthouse/node_modules/.bin/lighthouse "http://127.0.0.1:$port$path" \
    --quiet --output=json --output-path=target/lighthouse/report.json --form-factor=mobile \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" >/dev/null 2>&1
  cp target/lighthouse/report.json "target/lighthouse/$(echo "$path" | tr -c "a-z0-9\n" _).json"
  node -e 'const r=require("./target/lighthouse/report.json").categories; const s=k=>Math.round(r[k].score*100);
    console.log(`| ${process.argv[1]} | ${s("performance")} | ${s("accessibility")} | ${s("best-practices")} | ${s("seo")} |`)' "$path"
done
