#!/usr/bin/env bash
# The full versions of the reliability scripts, one after the other, each logged, with a summary:
#   bench/full-run.sh [FOLDER]          (default: a new folder under /tmp; the logs stay there)
# PARTS chooses among them, in this order by default (RELIABILITY.md quotes each):
#   crash-sqlite         SEED=20261207 bench/crash.sh 20                 20 kills of the server, SQLite
#   crash-postgresql     SEED=20261207 bench/crash.sh 20 --postgresql    20 kills, PostgreSQL killed too in 10
#   hostile              bench/hostile.sh 5000                           fuzzing, and 5000 concurrent tenant requests
#   diskfull             bench/diskfull.sh                               a full disk under SQLite
#   diskfull-postgresql  bench/diskfull.sh --postgresql                  a full disk under PostgreSQL
#   readonly             bench/readonly.sh                               ext4 turned read-only under SQLite
#   walfull              bench/walfull.sh                                PostgreSQL's write-ahead log full
#   load-sqlite          bench/load.sh 60 200                            load, 200 back-to-back connections, SQLite
#   load-postgresql      bench/load.sh 60 200 --postgresql               the same on PostgreSQL
#   load-think-sqlite    THINK_MS=1000 bench/load.sh 60 200              200 clients each sending a request a second
#   load-think-postgresql  THINK_MS=1000 bench/load.sh 60 200 --postgresql   the same on PostgreSQL
#   breakpoint           bench/breakpoint.sh                             where the load breaks, back to back, SQLite
#   breakpoint-think     THINK_MS=1000 STEPS="400 800 1600 3200" bench/breakpoint.sh   the same with 1 s think times
# Every part runs even when one before it failed; the exit status is 1 when any part failed. The load
# parts measure time: run them on a machine with nothing else to do (LOAD_NICE=-15 runs them at a
# higher priority than other work, as root; disk contention remains). The whole run takes about 2 hours on 2 cores.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

folder="${1:-$(mktemp -d /tmp/hsp-full-run.XXXXXX)}"
mkdir -p "$folder"
parts="${PARTS:-crash-sqlite crash-postgresql hostile diskfull diskfull-postgresql readonly walfull load-sqlite load-postgresql load-think-sqlite load-think-postgresql breakpoint breakpoint-think}"
load_nice="${LOAD_NICE:-0}"
[[ "$load_nice" =~ ^-?[0-9]+$ ]] || { echo "bench/full-run.sh: LOAD_NICE must be a whole number (nice's adjustment)" >&2; exit 2; }

command_of() { # PART: the command line of a part
  case "$1" in
    crash-sqlite) echo "env SEED=20261207 bench/crash.sh 20" ;;
    crash-postgresql) echo "env SEED=20261207 bench/crash.sh 20 --postgresql" ;;
    hostile) echo "bench/hostile.sh 5000" ;;
    diskfull) echo "bench/diskfull.sh" ;;
    diskfull-postgresql) echo "bench/diskfull.sh --postgresql" ;;
    readonly) echo "bench/readonly.sh" ;;
    walfull) echo "bench/walfull.sh" ;;
    load-sqlite) echo "nice -n $load_nice bench/load.sh 60 200" ;;
    load-postgresql) echo "nice -n $load_nice bench/load.sh 60 200 --postgresql" ;;
    load-think-sqlite) echo "nice -n $load_nice env THINK_MS=1000 bench/load.sh 60 200" ;;
    load-think-postgresql) echo "nice -n $load_nice env THINK_MS=1000 bench/load.sh 60 200 --postgresql" ;;
    breakpoint) echo "nice -n $load_nice bench/breakpoint.sh" ;;
    breakpoint-think) echo "nice -n $load_nice env THINK_MS=1000 STEPS=400,800,1600,3200 bench/breakpoint.sh" ;;
    *) return 1 ;;
  esac
}
for part in $parts; do
  command_of "$part" >/dev/null || { echo "bench/full-run.sh: unknown part $part" >&2; exit 2; }
done

echo "bench/full-run.sh: $(git rev-parse --short HEAD 2>/dev/null || echo "no git"), $(nproc) cores, logs in $folder"
failed=()
for part in $parts; do
  command="$(command_of "$part")"
  started="$(date -u +%H:%M:%S)"
  load_before="$(cut -d' ' -f1 /proc/loadavg)"
  SECONDS=0
  # shellcheck disable=SC2086 # the command line is split into its words on purpose
  $command >"$folder/$part.log" 2>&1
  status=$?
  (( status == 0 )) || failed+=("$part")
  printf '\n== %s: %s, from %s UTC for %d min %02d s, load average %s -> %s, exit status %d\n' "$part" "$command" \
    "$started" $(( SECONDS / 60 )) $(( SECONDS % 60 )) "$load_before" "$(cut -d' ' -f1 /proc/loadavg)" "$status"
  tail -n "${SUMMARY_LINES:-12}" "$folder/$part.log"
done
if (( ${#failed[@]} > 0 )); then
  echo "bench/full-run.sh: failed: ${failed[*]} (logs in $folder)" >&2
  exit 1
fi
echo "bench/full-run.sh: every part passed (logs in $folder)"
