#!/usr/bin/env bash
# Where the server breaks: bench/load.sh at more and more connections, until each phase breaks.
#   bench/breakpoint.sh [SECONDS] [--db URL | --postgresql]      (default 20 s a phase)
# A phase breaks at the first step where it had an error (a non-2xx answer, a socket error or a
# timeout) or a p99 over 1 s. STEPS (default "50 100 200 400 800 1600"; spaces or commas) are the
# connections tried, in order; PHASES (default "public mix") and THINK_MS go to bench/load.sh as they are. Each step is a
# run of its own: a new server and new applicants, one a connection. The climb stops after the step at
# which every phase has broken. Prints a line a phase and step, then the breaking step of each phase.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=20
load_arguments=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --db) load_arguments+=(--db "${2:?bench/breakpoint.sh: --db needs a JDBC URL}"); shift 2 ;;
    --postgresql) load_arguments+=(--postgresql); shift ;;
    *) [[ "$1" =~ ^[1-9][0-9]*$ ]] || { echo "bench/breakpoint.sh: usage: bench/breakpoint.sh [SECONDS] [--db URL | --postgresql]" >&2; exit 2; }
       seconds="$1"; shift ;;
  esac
done
steps="${STEPS:-50 100 200 400 800 1600}"
steps="${steps//,/ }"                 # commas too, for a command line that cannot quote spaces
phases="${PHASES:-public mix}"
for step in $steps; do
  [[ "$step" =~ ^[1-9][0-9]*$ ]] || { echo "bench/breakpoint.sh: STEPS must be whole numbers of 1 or more, not $step" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
declare -A broke_at=()
echo "bench/breakpoint.sh: phases $phases, $seconds s a phase, steps $steps, think time ${THINK_MS:-0} ms, $(date -u +%Y-%m-%dT%H:%MZ)"
printf '%-7s %-11s %10s %10s %10s %8s %s\n' step phase "req/s" "p50 ms" "p99 ms" errors "load average"
for step in $steps; do
  PHASES="$phases" bench/load.sh "$seconds" "$step" "${load_arguments[@]}" >"$work/$step.log" 2>"$work/$step.err" || {
    echo "bench/breakpoint.sh: bench/load.sh at $step connections failed:" >&2
    tail -5 "$work/$step.err" >&2
    exit 1
  }
  for phase in $phases; do
    # bench/load.sh's line: PHASE RATE req/s p50 P50 ms p99 P99 ms max MAX ms errors N requests N load A -> B
    read -r rate p50 p99 errors load_before load_after < <(awk -v phase="$phase" '$1 == phase && $3 == "req/s" {
        print $2, $5, $8, $14, $18, $20 }' "$work/$step.log")
    printf '%-7s %-11s %10s %10s %10s %8s %s -> %s\n' "$step" "$phase" "$rate" "$p50" "$p99" "$errors" "$load_before" "$load_after"
    if [[ -z "${broke_at[$phase]:-}" ]] && { (( errors > 0 )) || awk -v p="$p99" 'BEGIN { exit !(p > 1000) }'; }; then
      broke_at[$phase]="$step"
    fi
  done
  all_broken=yes
  for phase in $phases; do [[ -n "${broke_at[$phase]:-}" ]] || all_broken=""; done
  [[ -z "$all_broken" ]] || break
done
for phase in $phases; do
  if [[ -n "${broke_at[$phase]:-}" ]]; then
    echo "$phase: breaks at $(( broke_at[$phase] )) connections (p99 over 1 s or an error)"
  else
    echo "$phase: did not break up to the last step"
  fi
done
