#!/usr/bin/env bash
# Measures `hsp batch` against the I/O floor on the same seeded random file, in one run:
#   bench/batch.sh [ROWS] [SEED]        (default 1,000,000 rows, seed 1)
# The floor reads the file and writes as many rows of the output's width with FastCSV, without
# scoring, under the JVM options ./hsp uses for batch (HSP_JAVA_OPTS replaces them for both).
# The target is batch within 1.5x the floor's time.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rows="${1:-1000000}"
seed="${2:-1}"

./hsp --version >/dev/null                      # builds the jar when the sources changed
jar="cli/target/hsp.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The options of the launcher's batch mode, unless replaced.
if [[ -n "${HSP_JAVA_OPTS:-}" ]]; then
  read -r -a options <<<"$HSP_JAVA_OPTS"
else
  options=(-XX:+UseSerialGC)                    # as ./hsp runs batch (see the launcher)
fi

java -cp "$jar" org.hspnavigator.cli.batch.bench.CandidateGenerator "$rows" "$seed" "$work/in.csv"
echo "input: $rows rows, seed $seed, $(du -h "$work/in.csv" | cut -f1); JVM options: ${options[*]}"

seconds() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>"$work/stderr" || [[ $? == 3 ]]
  end=$(date +%s%N)
  awk "BEGIN { printf \"%.3f\", ($end - $start) / 1e9 }"
}

floor=$(seconds java "${options[@]}" -cp "$jar" org.hspnavigator.cli.batch.bench.CsvIoFloor "$work/in.csv" "$work/floor.csv")
batch=$(seconds ./hsp batch "$work/in.csv" -o "$work/out.csv")
tail -n 1 "$work/stderr"

printf '%-34s %8s s %10s rows/s\n' "I/O floor (FastCSV read + write)" "$floor" "$(awk "BEGIN { printf \"%d\", $rows / $floor }")"
printf '%-34s %8s s %10s rows/s\n' "hsp batch" "$batch" "$(awk "BEGIN { printf \"%d\", $rows / $batch }")"
echo "ratio batch / floor: $(awk "BEGIN { printf \"%.2f\", $batch / $floor }") (target: 1.50 or less)"
