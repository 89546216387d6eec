#!/usr/bin/env bash
# Measures `hsp batch` against the I/O floor on the same seeded random file, in one run:
#   bench/batch.sh [ROWS] [SEED]        (default 1,000,000 rows, seed 1)
# The floor reads the file and writes as many rows of the output's width with FastCSV, without
# scoring, on one thread, with the JVM options it runs fastest with (the serial collector and the
# JVM's own compiler tiers, measured against C2 alone and C1 alone). The batch runs through ./hsp, as a
# user runs it (HSP_JAVA_OPTS replaces the launcher's JVM options, to try others).
# The target is batch within 1.5x the floor's time.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rows="${1:-1000000}"
seed="${2:-1}"

./hsp --version >/dev/null                      # builds the jar when the sources changed
jar="cli/target/hsp.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

floor_options=(-XX:+UseSerialGC -Xlog:disable -Xlog:all=warning:stderr)

java -cp "$jar" org.hspnavigator.cli.batch.bench.CandidateGenerator "$rows" "$seed" "$work/in.csv"
echo "input: $rows rows, seed $seed, $(du -h "$work/in.csv" | cut -f1); floor JVM options: ${floor_options[*]};" \
  "batch JVM options: ${HSP_JAVA_OPTS:-as ./hsp batch sets them}"

# Wall and CPU seconds of a command (exit 3, some rows invalid, is expected of batch).
measure() {
  local TIMEFORMAT='%R %U %S'
  { time "$@" >/dev/null 2>"$work/stderr" || [[ $? == 3 ]]; } 2>"$work/time"
  awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$work/time"
}

read -r floor floor_cpu < <(measure java "${floor_options[@]}" -cp "$jar" org.hspnavigator.cli.batch.bench.CsvIoFloor \
  "$work/in.csv" "$work/floor.csv")
read -r batch batch_cpu < <(measure ./hsp batch "$work/in.csv" -o "$work/out.csv")
tail -n 1 "$work/stderr"

printf '%-34s %8s s wall %8s s CPU %10s rows/s\n' "I/O floor (FastCSV read + write)" "$floor" "$floor_cpu" \
  "$(awk "BEGIN { printf \"%d\", $rows / $floor }")"
printf '%-34s %8s s wall %8s s CPU %10s rows/s\n' "hsp batch" "$batch" "$batch_cpu" \
  "$(awk "BEGIN { printf \"%d\", $rows / $batch }")"
echo "ratio batch / floor: $(awk "BEGIN { printf \"%.2f\", $batch / $floor }") wall," \
  "$(awk "BEGIN { printf \"%.2f\", $batch_cpu / $floor_cpu }") CPU (target: wall 1.50 or less)"
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
