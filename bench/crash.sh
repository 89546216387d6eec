#!/usr/bin/env bash
# Crash durability: what the server acknowledged survives a SIGKILL.
#   bench/crash.sh [RUNS] [--db URL | --postgresql]          (default 20 runs on SQLite)
# Starts ./hsp serve on a scratch data folder and a free port, makes an owner and an API token
# (hsp admin), and RUNS times: starts the writers of bench/crash_clients.py (CLIENTS threads,
# default 4: applicants, profile snapshots of examples/*.json, application files, a checklist tick,
# status events), kills the server with SIGKILL at a random moment while they write (KILL_AFTER_MS,
# default 300-3000 ms after the first acknowledged write), starts it again and reads back every write
# ever answered 2xx: present, equal to what was acknowledged, and nothing half-written (a snapshot
# without its assessment, a status without its event). Prints the acknowledged and lost writes and
# exits 1 on any loss.
#   --db URL        a JDBC URL of an existing PostgreSQL database (only the server is killed)
#   --postgresql    a scratch PostgreSQL cluster (Debian's postgresql, installed here when missing),
#                   started with pg_ctl in a temporary folder; every second run kills it with SIGKILL too
#                   (POSTGRESQL_KILL_EVERY=1: every run)
# SEED fixes the random moments (the machine's load still moves them).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/postgresql.sh
source bench/postgresql.sh
# shellcheck source=bench/writers.sh
source bench/writers.sh

runs=20
db_url=""
scratch_postgresql=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --db) db_url="${2:?bench/crash.sh: --db needs a JDBC URL}"; shift 2 ;;
    --postgresql) scratch_postgresql=yes; shift ;;
    *)
      [[ "$1" =~ ^[1-9][0-9]*$ ]] || { echo "bench/crash.sh: RUNS must be a whole number of 1 or more, not $1" >&2; exit 2; }
      runs="$1"; shift ;;
  esac
done
clients="${CLIENTS:-4}"
kill_min="${KILL_AFTER_MS_MIN:-300}"
kill_max="${KILL_AFTER_MS_MAX:-3000}"
postgresql_kill_every="${POSTGRESQL_KILL_EVERY:-2}"
[[ "$postgresql_kill_every" =~ ^[1-9][0-9]*$ ]] || { echo "bench/crash.sh: POSTGRESQL_KILL_EVERY must be a whole number of 1 or more" >&2; exit 2; }
begin_writers_run

[[ -z "$scratch_postgresql" ]] || make_scratch_postgresql bench/crash.sh

database=(env -u HSP_DB_URL HSP_DATA_DIR="$work/data")
[[ -z "$db_url" ]] || database=(env HSP_DB_URL="$db_url" HSP_DATA_DIR="$work/data")
./hsp serve --help >/dev/null                     # builds the server's jar when the sources changed
make_owner_and_token "Crash Test" crash@example.jp crash-test-battery-horse-42
journal="$work/journal"
: >"$journal"

check() { # LABEL: reads every acknowledged write back; prints the checker's figures
  local figures status=0
  figures="$(python3 bench/crash_clients.py check "http://127.0.0.1:$port" "$token" "$journal" 2>"$work/losses")" || status=$?
  echo "$1: $figures"
  if [[ "$status" != 0 ]]; then
    cat "$work/losses" >&2
    lost=yes
  fi
}

lost=""
postgres_kills=0
echo "bench/crash.sh: $runs runs, $clients writers, $( [[ -n "$db_url" ]] && echo PostgreSQL || echo SQLite ), kill after $kill_min-$kill_max ms, seed $seed"
for ((run = 1; run <= runs; run++)); do
  serve_until_ready
  [[ "$run" == 1 ]] || check "run $run after restart"
  start_writers "$run"
  pause_at_random "$kill_min" "$kill_max"
  kill -KILL "$server"
  wait "$server" 2>/dev/null || true
  server=""
  killed="server"
  if [[ -n "$postgres_data" && $(( run % postgresql_kill_every )) == 0 ]]; then
    stop_postgresql kill
    postgres_kills=$(( postgres_kills + 1 ))
    killed="server and PostgreSQL"
  fi
  wait_for_writers
  echo "run $run: $killed killed after $delay_ms ms, $(cat "$work/written") writes acknowledged in this run"
  [[ "$killed" != "server and PostgreSQL" ]] || start_postgresql
done
serve_until_ready
check "final check"
# The checker must be able to fail: a write it was told of that the server never stored is a loss.
final_lost="$lost"
echo '{"kind": "applicant", "id": "00000000-0000-7000-8000-000000000000", "body": {"name": "Never Stored"}}' >>"$journal"
lost=""
check "self-test with one write the server never stored" 2>/dev/null
[[ -n "$lost" ]] || { echo "bench/crash.sh: the checker missed a write the server never stored" >&2; exit 1; }
lost="$final_lost"
kill -TERM "$server"
wait "$server" 2>/dev/null || true
server=""
[[ -z "$postgres_data" ]] || echo "PostgreSQL killed with SIGKILL in $postgres_kills of $runs runs"
if [[ -n "$lost" ]]; then
  echo "bench/crash.sh: acknowledged writes were lost or half-written (above)" >&2
  exit 1
fi
echo "bench/crash.sh: no acknowledged write lost in $runs kills"
