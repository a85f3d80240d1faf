#!/usr/bin/env bash
# JMH benchmark of the index (no HTTP): search latency and throughput over the real content.
# Usage: bench/jmh.sh [JMH options]   (default: 3 forks x 5 iterations)
set -euo pipefail
cd "$(dirname "$0")/.."
java=$(bench/java.sh)
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec "$java" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main \
  'de.wesermarsch.wegweiser.bench.*' -f 3 -wi 3 -w 2s -i 5 -r 2s "$@"
