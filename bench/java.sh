#!/usr/bin/env bash
# Prints the path of a java >= 21: JAVA_HOME, the default java, or the newest JDK under /usr/lib/jvm.
set -euo pipefail
version() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java || true)" $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
  [ -x "$candidate" ] || continue
  v=$(version "$candidate")
  if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then echo "$candidate"; exit 0; fi
done
echo "no java >= 21 found" >&2; exit 1
