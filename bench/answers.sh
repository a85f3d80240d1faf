#!/usr/bin/env bash
# The OMoS-QA tables of docs/answers.md: answer lines with the page given (P, R, F1, "no answer" F1), the rank of
# the right page in one index of each split's pages (R@1, R@3, MRR) for the search and for plain BM25 on the same
# pages, and the answer lines end to end. Runs the answer benchmark test and prints its report; with --write it
# also puts the tables into docs/answers.md, between the report markers.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test -Dtest=AnswerBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
cat target/answers-report.md
if [ "${1:-}" = "--write" ]; then
  python3 - <<'PY'
import re, pathlib
doc = pathlib.Path("docs/answers.md")
report = pathlib.Path("target/answers-report.md").read_text()
text = doc.read_text()
text = re.sub(r"(<!-- report -->\n).*?(<!-- /report -->)", lambda m: m.group(1) + report + m.group(2), text, flags=re.S)
doc.write_text(text)
PY
fi
