#!/usr/bin/env bash
# Preview benchmark (issue 2 and 3 goals: health-data preview < 3 s on 2 cores, three targets < 5 s,
# Pont's overhead within 20% of the Pulumi engine's own time). Prints figures; asserts nothing.
#   bench/preview.sh [stack] [runs]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
stack="${1:-health-data}"
runs="${2:-5}"
cd "$root"
./pont --version >/dev/null   # builds on first use, outside the timings
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
wall() { # runs a command N times, prints the median wall time in seconds
  for _ in $(seq "$runs"); do
    s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N)
    echo "$e - $s" | bc -l
  done | median
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "== whole command, median of $runs runs (JVM start included)"
printf '%-46s %8.2f s\n' "pont preview $stack --target azure" "$(wall ./pont preview "$stack" --target azure --format json --out "$out/plan.json")"
printf '%-46s %8.2f s\n' "pont preview $stack --target all" "$(wall ./pont preview "$stack" --target all --format json --out "$out/all.json")"
echo "== in-process: Pont's preview against the bare Pulumi test engine registering the same resources"
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dpont.home="$root" -cp "cli/target/pont-cli.jar" dev.pont.cli.bench.PreviewBench "$stack" "$runs"
