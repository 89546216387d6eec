#!/usr/bin/env bash
# Measures the start-up of the server as a user waits for it, in one run:
#   [BASELINE=DIR] bench/serve-startup.sh [RUNS]        (default 10 starts of each build)
# Each start runs ./hsp serve (its jar built and its class-data archive recorded beforehand) on a free
# port and posts examples/mr-zhang.json to POST /api/v1/assessments every 10 ms until the answer is 200
# (bench/first_answer.py): the wall time from running ./hsp to that answer, and the CPU time the server
# had used by then; then the server is stopped with SIGTERM and must exit by itself. Each build starts
# on a SQLite database of its own in a temporary folder, created by one start that is not counted, so
# that the measured starts find an existing schema, as every start but the first does.
# Then the start-up of the command line, which must not load Spring: the wall time of
# ./hsp score examples/mr-zhang.json.
# BASELINE=DIR also measures the ./hsp of another checkout (an earlier build, built by its own ./hsp),
# its starts taking turns with this build's so that a change in the machine's other load falls on both
# alike, and prints the ratios of the medians. Target: the first answer within 3 s of wall time.
# FIRST_ANSWER_THREADS=1 also prints, for each start, the CPU time of each of the server's threads at its
# first answer (the main thread as "java", the C1 and C2 compilers, the collector...).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/preamble.sh
source bench/preamble.sh
runs="${1:-10}"
require_whole_number RUNS "$runs" 1
baseline="${BASELINE:-}"
if [[ -n "$baseline" && ! -x "$baseline/hsp" ]]; then
  echo "bench/serve-startup.sh: BASELINE must be a checkout with its ./hsp, not \"$baseline\"" >&2
  exit 2
fi
builds=(.)
[[ -n "$baseline" ]] && builds+=("$baseline")
profile="$PWD/examples/mr-zhang.json"
probe="$PWD/bench/first_answer.py"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for build in "${builds[@]}"; do
  "$build/hsp" serve --help >/dev/null          # builds the server and records its archive when needed
  "$build/hsp" --version >/dev/null             # the same for the command line
done

# One start of BUILD's server on its own data folder: prints "WALL CPU" in seconds.
start() {
  local build="$1" name="$2" port
  port="$(free_port)"
  (cd "$build" && HSP_DATA_DIR="$work/$name-data" python3 "$probe" "$port" "$profile" ./hsp serve --port "$port")
}
# The wall seconds of one ./hsp score of BUILD.
score() {
  local from to
  from=$(date +%s%N)
  "$1/hsp" score "$profile" >/dev/null
  to=$(date +%s%N)
  awk -v ns="$((to - from))" 'BEGIN { printf "%.3f\n", ns / 1e9 }'
}
median() { # the median of the numbers on standard input
  sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
name_of() { [[ "$1" == . ]] && echo this || echo baseline; }

for build in "${builds[@]}"; do
  start "$build" "$(name_of "$build")" >/dev/null  # creates the build's database
done
echo "bench/serve-startup.sh: $runs starts of each build in turn; load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((run = 1; run <= runs; run++)); do
  line="run $run:"
  for build in "${builds[@]}"; do
    name="$(name_of "$build")"
    read -r wall cpu < <(start "$build" "$name")
    echo "$wall" >>"$work/$name.wall"
    echo "$cpu" >>"$work/$name.cpu"
    score "$build" >>"$work/$name.score"
    line+="  $name $wall s wall, $cpu s CPU, hsp score $(tail -n 1 "$work/$name.score") s;"
  done
  echo "$line load $(cut -d' ' -f1 /proc/loadavg)"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
for build in "${builds[@]}"; do
  name="$(name_of "$build")"
  printf '%-8s median of %d: first answer %6.2f s wall, %6.2f s CPU; hsp score %.3f s wall\n' "$name" "$runs" \
    "$(median <"$work/$name.wall")" "$(median <"$work/$name.cpu")" "$(median <"$work/$name.score")"
done
if [[ -n "$baseline" ]]; then
  for kind in wall cpu score; do
    awk -v a="$(median <"$work/this.$kind")" -v b="$(median <"$work/baseline.$kind")" -v k="$kind" \
      'BEGIN { printf "ratio this/baseline, %s: %.2f\n", (k == "score" ? "hsp score wall" : "first answer " k), a / b }'
  done
fi
