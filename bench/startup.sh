#!/usr/bin/env bash
# Measures the wall time of scoring one profile with the built jar, as a user waits for it, under the
# JVM options ./hsp uses and without them, in one run so that the ratios compare like with like.
#   bench/startup.sh [RUNS]        (default 20 runs per configuration)
# With BASELINE=DIR it compares instead the ./hsp of this checkout with the ./hsp of another (an earlier
# build, built and its class-data archive recorded by its own ./hsp before anything is measured): the
# runs of the two take turns (this, baseline, this, baseline...) so that a change in the machine's other
# load falls on both alike, and it prints per command the median wall and CPU (user + system) time of
# each and the ratios this/baseline. COMMANDS picks the commands (default "score advise pr batch"), each
# run on the examples as a user would run it, its output to /dev/null:
#   BASELINE=DIR [COMMANDS="score pr"] bench/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/preamble.sh
source bench/preamble.sh
runs="${1:-20}"
require_whole_number RUNS "$runs" 1
profile="examples/mr-zhang.json"

median() { # the median of the numbers on standard input
  sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

# The arguments of COMMAND as measured, from the examples of the checkout it runs in.
arguments_of() {
  case "$1" in
    score) echo "score $PWD/examples/mr-zhang.json" ;;
    advise) echo "advise $PWD/examples/mr-zhang.json" ;;
    pr) echo "pr $PWD/examples/case-zhang.json" ;;
    family) echo "family $PWD/examples/case-zhang.json" ;;
    batch) echo "batch $PWD/examples/candidates.csv -o /dev/null" ;;
    faq) echo "faq" ;;
    *) echo "$script: COMMANDS holds \"$1\": one of score advise pr family batch faq" >&2; exit 2 ;;
  esac
}

# One run of BUILD's ./hsp with the words of ARGUMENTS: prints "WALL CPU" in milliseconds, the CPU time
# being what the launcher and its JVM used (bash's own time keyword counts the children it waited for).
once() { # BUILD ARGUMENTS
  local -a words
  read -r -a words <<<"$2"
  local TIMEFORMAT='%R %U %S' timing
  # A command's own exit code (hsp batch: 3 when a row is invalid) is not the benchmark's failure.
  timing="$({ time "$1/hsp" "${words[@]}" >/dev/null 2>/dev/null || true; } 2>&1)"
  awk -v t="$timing" 'BEGIN { split(t, f, " "); printf "%.0f %.0f\n", f[1] * 1000, (f[2] + f[3]) * 1000 }'
}

compare() {
  local baseline="$BASELINE" commands="${COMMANDS:-score advise pr batch}" command build name
  if [[ ! -x "$baseline/hsp" ]]; then
    echo "$script: BASELINE must be a checkout with its ./hsp, not \"$baseline\"" >&2
    exit 2
  fi
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  for build in . "$baseline"; do
    "$build/hsp" --version >/dev/null          # builds the jar and records the class-data archive
    for command in $commands; do
      arguments_of "$command" >/dev/null
      once "$build" "$(arguments_of "$command")" >/dev/null   # a first run, not counted: the file cache
    done
  done
  echo "$script: $runs runs of each build in turn per command; load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
  for ((run = 1; run <= runs; run++)); do
    for command in $commands; do
      for build in . "$baseline"; do
        name=this
        [[ "$build" == . ]] || name=baseline
        read -r wall cpu < <(once "$build" "$(arguments_of "$command")")
        echo "$wall" >>"$work/$command.$name.wall"
        echo "$cpu" >>"$work/$command.$name.cpu"
      done
    done
  done
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-8s %12s %12s %7s   %12s %12s %7s\n' command "this wall" "base wall" ratio "this CPU" "base CPU" ratio
  for command in $commands; do
    local tw bw tc bc
    tw="$(median <"$work/$command.this.wall")"
    bw="$(median <"$work/$command.baseline.wall")"
    tc="$(median <"$work/$command.this.cpu")"
    bc="$(median <"$work/$command.baseline.cpu")"
    printf '%-8s %9s ms %9s ms %7s   %9s ms %9s ms %7s\n' "$command" "$tw" "$bw" \
      "$(awk -v a="$tw" -v b="$bw" 'BEGIN { printf "%.2f", a / b }')" "$tc" "$bc" \
      "$(awk -v a="$tc" -v b="$bc" 'BEGIN { printf "%.2f", a / b }')"
  done
  echo "medians of $runs runs each, this = $PWD, baseline = $baseline"
}

if [[ -n "${BASELINE:-}" ]]; then
  compare
  exit 0
fi

./hsp --version >/dev/null                      # builds the jar and records the class-data archive
jar="cli/target/hsp.jar"
archive="$(ls cli/target/hsp-*.jsa 2>/dev/null | head -n 1 || true)"

mean_ms() {
  local start end
  start=$(date +%s%N)
  for ((i = 0; i < runs; i++)); do "$@" >/dev/null; done
  end=$(date +%s%N)
  echo $(((end - start) / runs / 1000000))
}

plain=$(mean_ms java -jar "$jar" score "$profile")
c1=$(mean_ms java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" score "$profile")
launcher=$(mean_ms ./hsp score "$profile")

printf '%-52s %6s ms  %s\n' "java -jar (JVM defaults)" "$plain" "1.00"
printf '%-52s %6s ms  %s\n' "java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar" "$c1" \
  "$(awk "BEGIN { printf \"%.2f\", $c1 / $plain }")"
printf '%-52s %6s ms  %s\n' "./hsp (the above + AppCDS${archive:+ archive})" "$launcher" \
  "$(awk "BEGIN { printf \"%.2f\", $launcher / $plain }")"
echo "mean of $runs runs each; ratio to the JVM defaults"
