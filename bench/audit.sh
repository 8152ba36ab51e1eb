#!/usr/bin/env bash
# Audit benchmark (issue 5 goal: a 20,000-resource stack export audited against three targets in < 5 s
# and < 1 GiB, within 3x of merely parsing the file with Jackson). Prints figures; asserts nothing.
#   bench/audit.sh [resources]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
resources="${1:-20000}"
cd "$root"
./pont --version >/dev/null   # builds on first use, outside the timings
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
java_cmd=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dpont.home="$root" -cp cli/target/pont-cli.jar dev.pont.cli.bench.AuditBench "$resources")
if [ -x /usr/bin/time ]; then
  /usr/bin/time -v "${java_cmd[@]}" 2> >(grep -E "Maximum resident set size|Elapsed \(wall clock\)" | sed 's/^\s*/process (generation, parse and two audits): /' >&2)
else
  "${java_cmd[@]}"
fi
