#!/usr/bin/env bash
# The OMoS-QA answer table (page given): precision, recall and F1 over answer lines per split and language, and
# "no answer" F1, as in docs/answers.md. Runs the answer benchmark test and prints its report.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test -Dtest=AnswerBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
cat target/answers-report.md
