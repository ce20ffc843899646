#!/usr/bin/env bash
# Runs the cem JMH suite and writes machine-readable results.
#
#   benchmarks/run.sh short   # rows=1,000,000; 1 fork, 2 warm-up + 3 measured iterations
#   benchmarks/run.sh full    # rows=1,000,000 and 10,000,000; 2 forks, 5 + 5 iterations
#   benchmarks/run.sh smoke   # rows=10,000, no fork, 1 iteration of 100 ms: proves the jar runs;
#                             # its numbers mean nothing, so it writes to benchmarks/target/
#   benchmarks/run.sh short GroupedBenchmark   # extra arguments go to JMH (e.g. a filter)
#
# Writes benchmarks/results/<date>-<profile>.json (JMH JSON, with -prof gc for bytes/op),
# <date>-<profile>.machine.txt (the machine line) and <date>-<profile>.md (the summary table
# from summarize.py). Run it on an idle machine: numbers from a shared one mean nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

profile="${1:-short}"
shift || true

case "$profile" in
  short) jmh_args=(-p rows=1000000 -f 1 -wi 2 -i 3 -w 2s -r 2s) ;;
  full)  jmh_args=(-p rows=1000000,10000000 -f 2 -wi 5 -i 5 -w 2s -r 2s) ;;
  smoke) jmh_args=(-p rows=10000 -f 0 -wi 0 -i 1 -w 100ms -r 100ms) ;;
  *) echo "usage: $0 short|full|smoke [extra JMH arguments]" >&2; exit 2 ;;
esac

jar=benchmarks/target/benchmarks.jar
if [ ! -f "$jar" ]; then
  echo "== building $jar"
  mvn -q -pl benchmarks -am package -DskipTests
fi

stamp="$(date -u +%Y-%m-%d)"
if [ "$profile" = smoke ]; then
  out="benchmarks/target/${stamp}-${profile}"
else
  out="benchmarks/results/${stamp}-${profile}"
fi
mkdir -p "$(dirname "$out")"

cpu="$(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -1)"
jdk="$(java -version 2>&1 | head -1)"
commit="$(git rev-parse HEAD 2>/dev/null || echo unknown)"
dirty="$(git status --porcelain 2>/dev/null | grep -q . && echo ' (uncommitted changes)' || true)"
machine="CPU: ${cpu:-unknown}; cores: $(nproc); JDK: ${jdk}; commit: ${commit}${dirty}; date: $(date -u +%Y-%m-%dT%H:%MZ); profile: ${profile}"
command="java -jar $jar ${jmh_args[*]} -prof gc -rf json -rff ${out}.json ${*:-dev.cem.benchmarks}"
echo "== machine: $machine"
echo "== command: $command"
printf '%s\n%s\n' "$machine" "$command" > "${out}.machine.txt"

java -jar "$jar" "${jmh_args[@]}" -prof gc -rf json -rff "${out}.json" "${@:-dev.cem.benchmarks}"

python3 benchmarks/summarize.py "${out}.json" > "${out}.md"
echo "== results: ${out}.json, summary: ${out}.md"
