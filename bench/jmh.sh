#!/usr/bin/env bash
# JMH benchmark of the index (no HTTP): search latency and throughput over the real content.
# Usage: [BENCHMARKS=regexp] bench/jmh.sh [JMH options, default -f 3]   (3 warm-up and 5 measured iterations of 2 s)
# BENCHMARKS picks the benchmarks (default: those of the bench package), e.g. BENCHMARKS=BidiBenchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
java=$(bench/java.sh)
[ $# -gt 0 ] || set -- -f 3
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec "$java" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main \
  "${BENCHMARKS:-de.wesermarsch.wegweiser.bench.*}" -wi 3 -w 2s -i 5 -r 2s "$@"
