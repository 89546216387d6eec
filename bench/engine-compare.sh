#!/usr/bin/env bash
# Compares EngineBenchmark (JMH) of this checkout with that of another, in one run:
#   BASELINE=DIR bench/engine-compare.sh [ROUNDS]        (default 8 rounds)
# Each checkout builds its own bench/target/benchmarks.jar (./mvnw -Pbench, offline first), from its own
# sources, so that each runs the engine it was built with under the same benchmark names; the jars are
# copied aside so that a later build cannot change them mid-run. Then the two take turns, one short fork
# each per round (this, baseline, this, baseline...), so that a change in the machine's other load falls
# on both alike; each fork reports the mean of its measured iterations. At the end: per benchmark, the
# median over the rounds of each build and the ratio this/baseline (below 1: this build is faster), with
# the load average at the start and at the end: on a shared machine the figures are load figures, the
# ratios what compares. Beside JMH's wall time per operation, each benchmark has two rows measured in the
# same forks: ":cpu" the CPU time of the benchmark thread per operation (ThreadCpuProfiler, which does
# not count the time the thread waits for a core, so the others' load moves it less) and ":alloc" the
# bytes allocated per operation (JMH's -prof gc).
# BENCHMARKS (a JMH regular expression, default EngineBenchmark) and JMH_OPTIONS (default: 3 warm-up
# iterations of 2 s, 3 measured of 2 s) change what each fork runs; JAVA_OPTIONS are given to the forked
# JVMs of both builds (default none: the JVM's defaults).
# The build (-pl bench -am) also rebuilds each checkout's command-line jar, so its ./hsp records its
# class-data archive again on its next run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/preamble.sh
source bench/preamble.sh
rounds="${1:-8}"
require_whole_number ROUNDS "$rounds" 1
baseline="${BASELINE:-}"
if [[ -z "$baseline" || ! -x "$baseline/mvnw" ]]; then
  echo "$script: BASELINE must be a checkout of this repository (with its ./mvnw), not \"$baseline\"" >&2
  exit 2
fi
benchmarks="${BENCHMARKS:-EngineBenchmark}"
read -r -a jmh_options <<<"${JMH_OPTIONS:--wi 3 -w 2s -i 3 -r 2s}"
jvm_arguments=()
[[ -n "${JAVA_OPTIONS:-}" ]] && jvm_arguments=(-jvmArgsAppend "$JAVA_OPTIONS")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Builds the benchmarks jar of checkout BUILD and copies it to work/NAME.jar.
build_jar() { # BUILD NAME
  echo "$script: building the benchmarks of $1..." >&2
  if ! (cd "$1" && ./mvnw -B -q -o -Pbench -DskipTests -pl bench -am package) >&2; then
    (cd "$1" && ./mvnw -B -q -Pbench -DskipTests -pl bench -am package) >&2
  fi
  cp "$1/bench/target/benchmarks.jar" "$work/$2.jar"
}
build_jar . this
build_jar "$baseline" baseline
# The CPU-time profiler from this checkout's jar, on the class path of both builds' forks alike.
(mkdir "$work/profiler" && cd "$work/profiler" && jar xf "$work/this.jar" org/hspnavigator/bench/ThreadCpuProfiler.class &&
  jar cf "$work/profiler.jar" org)

# One fork of NAME's jar: appends "BENCHMARK SCORE UNIT" lines to work/NAME.scores.
fork() { # NAME
  local csv="$work/$1.csv"
  java -cp "$work/$1.jar:$work/profiler.jar" org.openjdk.jmh.Main "$benchmarks" -f 1 "${jmh_options[@]}" \
    -prof org.hspnavigator.bench.ThreadCpuProfiler -prof gc \
    ${jvm_arguments[@]+"${jvm_arguments[@]}"} -rf csv -rff "$csv" >"$work/$1.log" 2>&1 || {
    echo "$script: the $1 build's benchmarks failed:" >&2
    tail -n 20 "$work/$1.log" >&2
    exit 1
  }
  # Columns: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit",...; a profiler's
  # row is named "Class.benchmark:result", of which the CPU time and the allocation per operation are kept.
  awk -F, 'NR > 1 { gsub(/"/, ""); split($1, name, ":"); n = split(name[1], part, ".")
      if (name[2] == "") print part[n], $5, $7
      else if (name[2] == "cpu.time.norm") print part[n] ":cpu", $5, $7
      else if (name[2] == "gc.alloc.rate.norm") print part[n] ":alloc", $5, $7 }' "$csv" >>"$work/$1.scores"
}

median() { # the median of the numbers on standard input
  sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

echo "$script: $rounds rounds, one fork of each build per round ($benchmarks, ${jmh_options[*]}); load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((round = 1; round <= rounds; round++)); do
  fork this
  fork baseline
  echo "round $round done, load $(cut -d' ' -f1 /proc/loadavg)"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
# The median of each build with the spread of its forks (lowest to highest), then the ratio of the medians.
printf '%-28s %-34s %-34s %6s\n' benchmark "this: median (low-high)" "baseline: median (low-high)" ratio
summary() { # BENCHMARK NAME: "median (low-high) unit" of the forks of build NAME
  awk -v b="$1" '$1 == b { print $2 }' "$work/$2.scores" | sort -g |
    awk -v unit="$3" '{ v[NR] = $1 } END { if (NR == 0) { print "(none)"; exit }
      m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf "%.1f (%.1f-%.1f) %s\n", m, v[1], v[NR], unit }'
}
for name in $(awk '{ print $1 }' "$work/this.scores" | sort -u); do
  unit="$(awk -v b="$name" '$1 == b { print $3; exit }' "$work/this.scores")"
  a="$(awk -v b="$name" '$1 == b { print $2 }' "$work/this.scores" | median)"
  b="$(awk -v b="$name" '$1 == b { print $2 }' "$work/baseline.scores" | median)"
  ratio="-"
  [[ -n "$b" ]] && ratio="$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", a / b }')"
  printf '%-28s %-34s %-34s %6s\n' "$name" "$(summary "$name" this "$unit")" "$(summary "$name" baseline "$unit")" "$ratio"
done
echo "medians of $rounds forks each; this = $PWD, baseline = $baseline"
