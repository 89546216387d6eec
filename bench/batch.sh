#!/usr/bin/env bash
# Measures `hsp batch` against the I/O floor on the same seeded random file, in one run:
#   bench/batch.sh [ROWS] [SEED] [RUNS]        (default 1,000,000 rows, seed 1, 3 runs)
# The floor and the batch run in turn, RUNS times each, and the ratio is that of their median wall
# times: on a shared machine one run of either can be slowed by a third by other work.
# The floor reads the file and writes as many rows of the output's width with FastCSV, without
# scoring, on one thread, with the JVM options it runs fastest with: the serial collector and the
# JVM's own compiler tiers (measured against C2 alone and C1 alone), and the launcher's memory options,
# a 64 MB young generation and transparent huge pages where the kernel grants them on request, which
# speed the floor up even more than the batch (medians of 7: 1.51 s without them, 1.21 s with them).
# The batch runs through ./hsp, as a user runs it (HSP_JAVA_OPTS replaces the launcher's JVM options,
# to try others).
# BASELINE=DIR also runs the ./hsp batch of another checkout (an earlier build), in turn with the floor
# and this build's batch, and prints its ratio too: two builds compared in the same minutes, on the same
# file, their outputs checked to be the same bytes.
# The target is batch within 1.5x the floor's time.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rows="${1:-1000000}"
seed="${2:-1}"
runs="${3:-3}"
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "bench/batch.sh: RUNS must be a whole number of 1 or more, not \"$runs\"" >&2
  exit 2
fi

./hsp --version >/dev/null                      # builds hsp.jar when the sources changed
baseline="${BASELINE:-}"
if [[ -n "$baseline" ]]; then
  if [[ ! -x "$baseline/hsp" ]]; then
    echo "bench/batch.sh: BASELINE must be a checkout with its ./hsp, not \"$baseline\"" >&2
    exit 2
  fi
  "$baseline/hsp" --version >/dev/null
fi
# The candidate generator and the floor live in the benchmark module, outside hsp.jar.
./mvnw -q -B -Pbench -DskipTests -pl bench -am package >&2
jar="bench/target/benchmarks.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

floor_options=(-XX:+UseSerialGC -Xmn64m -Xlog:disable -Xlog:all=warning:stderr)
huge_pages=/sys/kernel/mm/transparent_hugepage/enabled
if [[ -r "$huge_pages" ]] && read -r granted <"$huge_pages" && [[ "$granted" == *"[madvise]"* ]]; then
  floor_options+=(-XX:+UseTransparentHugePages)
fi

java -cp "$jar" org.hspnavigator.bench.CandidateGenerator "$rows" "$seed" "$work/in.csv"
echo "input: $rows rows, seed $seed, $(du -h "$work/in.csv" | cut -f1); floor JVM options: ${floor_options[*]};" \
  "batch JVM options: ${HSP_JAVA_OPTS:-as ./hsp batch sets them}"

# Wall and CPU seconds of a command (exit 3, some rows invalid, is expected of batch).
measure() {
  local TIMEFORMAT='%R %U %S'
  { time "$@" >/dev/null 2>"$work/stderr" || [[ $? == 3 ]]; } 2>"$work/time"
  awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$work/time"
}

floor_walls=()
floor_cpus=()
batch_walls=()
batch_cpus=()
baseline_walls=()
baseline_cpus=()
for ((run = 1; run <= runs; run++)); do
  read -r wall cpu < <(measure java "${floor_options[@]}" -cp "$jar" org.hspnavigator.bench.CsvIoFloor \
    "$work/in.csv" "$work/floor.csv")
  floor_walls+=("$wall")
  floor_cpus+=("$cpu")
  read -r wall cpu < <(measure ./hsp batch "$work/in.csv" -o "$work/out.csv")
  cp "$work/stderr" "$work/batch-stderr"
  batch_walls+=("$wall")
  batch_cpus+=("$cpu")
  line="run $run: floor ${floor_walls[-1]} s wall, ${floor_cpus[-1]} s CPU; batch $wall s wall, $cpu s CPU"
  if [[ -n "$baseline" ]]; then
    read -r wall cpu < <(measure "$baseline/hsp" batch "$work/in.csv" -o "$work/baseline.csv")
    baseline_walls+=("$wall")
    baseline_cpus+=("$cpu")
    line+="; baseline batch $wall s wall, $cpu s CPU"
  fi
  echo "$line"
done
if [[ -n "$baseline" ]] && ! cmp -s "$work/out.csv" "$work/baseline.csv"; then
  echo "bench/batch.sh: the outputs of this build and of $baseline differ" >&2
  exit 1
fi
tail -n 1 "$work/batch-stderr"

# The middle value (the lower middle one of an even count).
median() {
  printf '%s\n' "$@" | sort -n | awk '{ values[NR] = $1 } END { print values[int((NR + 1) / 2)] }'
}
floor="$(median "${floor_walls[@]}")"
floor_cpu="$(median "${floor_cpus[@]}")"
batch="$(median "${batch_walls[@]}")"
batch_cpu="$(median "${batch_cpus[@]}")"

echo "medians of $runs runs:"
printf '%-34s %8s s wall %8s s CPU %10s rows/s\n' "I/O floor (FastCSV read + write)" "$floor" "$floor_cpu" \
  "$(awk "BEGIN { printf \"%d\", $rows / $floor }")"
printf '%-34s %8s s wall %8s s CPU %10s rows/s\n' "hsp batch" "$batch" "$batch_cpu" \
  "$(awk "BEGIN { printf \"%d\", $rows / $batch }")"
echo "ratio batch / floor: $(awk "BEGIN { printf \"%.2f\", $batch / $floor }") wall," \
  "$(awk "BEGIN { printf \"%.2f\", $batch_cpu / $floor_cpu }") CPU (target: wall 1.50 or less)"
if [[ -n "$baseline" ]]; then
  old="$(median "${baseline_walls[@]}")"
  old_cpu="$(median "${baseline_cpus[@]}")"
  printf '%-34s %8s s wall %8s s CPU %10s rows/s\n' "baseline hsp batch" "$old" "$old_cpu" \
    "$(awk "BEGIN { printf \"%d\", $rows / $old }")"
  echo "baseline ratio batch / floor: $(awk "BEGIN { printf \"%.2f\", $old / $floor }") wall," \
    "$(awk "BEGIN { printf \"%.2f\", $old_cpu / $floor_cpu }") CPU; this build / baseline:" \
    "$(awk "BEGIN { printf \"%.3f\", $batch / $old }") wall, $(awk "BEGIN { printf \"%.3f\", $batch_cpu / $old_cpu }") CPU" \
    "(outputs the same bytes)"
fi
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
