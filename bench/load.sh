#!/usr/bin/env bash
# Load on loopback, one server, bounded in time:
#   bench/load.sh [SECONDS] [CONNECTIONS] [--db URL]           (default 60 s at 200 connections)
# Starts ./hsp serve on a scratch data folder (SQLite; --db: a JDBC URL of a PostgreSQL database)
# and a free port, makes an owner and an API token (hsp admin) and CONNECTIONS applicants, each with
# a snapshot (examples/mr-zhang.json) and an extension file (bench/load_fixtures.py). Then wrk
# (Debian's package, installed here when missing; 2 threads, 10 s timeout) runs, SECONDS each,
# after a warm-up of up to 10 s of each:
#   public       POST /api/v1/assessments (the public endpoint, no login)
#   mix          the logged-in mix with the token, in turn: list applicants, read one, add a snapshot,
#                read its assessments, tick a checklist document (bench/load.lua)
#   reads        the mix's reads alone (list, read one, its assessments)
#   writes       the mix's writes alone (add a snapshot, tick a document)
# PHASES (default "public mix reads writes") chooses among them. Reported per phase: requests/s,
# p50, p99 and max latency, errors (non-2xx answers and socket errors, timeouts included), the
# answers by status, and the load average of the machine before and after.
# Targets: 0 errors; p99 under 50 ms for reads and 200 ms for writes on SQLite on 2 cores.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=60
connections=200
db_url=""
positional=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --db) db_url="${2:?bench/load.sh: --db needs a JDBC URL}"; shift 2 ;;
    *) positional+=("$1"); shift ;;
  esac
done
[[ ${#positional[@]} -lt 1 ]] || seconds="${positional[0]}"
[[ ${#positional[@]} -lt 2 ]] || connections="${positional[1]}"
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ && "$connections" =~ ^[1-9][0-9]*$ && ${#positional[@]} -le 2 ]]; then
  echo "bench/load.sh: usage: bench/load.sh [SECONDS] [CONNECTIONS] [--db URL], whole numbers of 1 or more" >&2
  exit 2
fi
phases="${PHASES:-public mix reads writes}"
threads=2
(( connections >= threads )) || threads="$connections"
warm_up=$(( seconds < 10 ? seconds : 10 ))

# shellcheck source=bench/wrk.sh
source bench/wrk.sh
require_wrk bench/load.sh

work="$(mktemp -d)"
server=""
cleanup() {
  if [[ -n "$server" ]]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

profile="examples/mr-zhang.json"
database=(env -u HSP_DB_URL HSP_DATA_DIR="$work/data")
[[ -z "$db_url" ]] || database=(env HSP_DB_URL="$db_url" HSP_DATA_DIR="$work/data")
./hsp serve --help >/dev/null                     # builds the server's jar when the sources changed
echo 'load-test-battery-horse-42' | "${database[@]}" ./hsp admin create-owner --org "Load Test" --email load@example.jp >/dev/null
token="$("${database[@]}" ./hsp admin create-token --email load@example.jp --name load)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
url="http://127.0.0.1:$port"
# The access log would write a line a request to the same disk as the database.
"${database[@]}" ./hsp serve --port "$port" >/dev/null 2>"$work/server.err" &
server=$!
until curl -sf -o /dev/null "$url/actuator/health/readiness"; do
  if ! kill -0 "$server" 2>/dev/null; then
    echo "bench/load.sh: the server stopped:" >&2
    cat "$work/server.err" >&2
    exit 1
  fi
  sleep 0.1
done
python3 bench/load_fixtures.py "$url" "$token" "$(( connections > threads ? connections : threads ))" "$profile" >"$work/fixtures"

cat >"$work/public.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = io.open("$profile", "rb")
wrk.body = file:read("*a")
file:close()
LUA

window=0
run() { # PHASE SECONDS: runs wrk, keeps its report in $work/PHASE
  window=$(( window + 1 ))
  if [[ "$1" == public ]]; then
    wrk -t"$threads" -c"$connections" -d"$2s" --timeout 10s --latency -s "$work/public.lua" \
      "$url/api/v1/assessments" >"$work/$1"
  else
    HSP_LOAD_THREADS="$threads" HSP_LOAD_WINDOW="$(( window - 1 ))" wrk -t"$threads" -c"$connections" -d"$2s" --timeout 10s --latency \
      -s bench/load.lua "$url" -- "${1/mix/all}" "$token" "$work/fixtures" "$profile" >"$work/$1"
  fi
}
report() { # PHASE LOAD_BEFORE LOAD_AFTER
  local file="$work/$1"
  printf '%-7s %9s req/s   p50 %8s ms   p99 %8s ms   max %8s ms   errors %s   requests %s   load %s -> %s\n' \
    "$1" "$(awk '/^Requests\/sec:/ { print $2 }' "$file")" \
    "$(wrk_ms "$(awk '$1 == "50%" { print $2 }' "$file")")" "$(wrk_ms "$(awk '$1 == "99%" { print $2 }' "$file")")" \
    "$(wrk_ms "$(awk '$1 == "Latency" { print $4; exit }' "$file")")" "$(wrk_errors "$file")" \
    "$(awk '/requests in/ { print $1 }' "$file")" "$2" "$3"
  grep '^answers ' "$file" | sed 's/^/        /' || true
  grep 'Socket errors:' "$file" | sed 's/^ */        /' || true
}
load_average() { cut -d' ' -f1 /proc/loadavg; }

for phase in $phases; do
  case "$phase" in public | mix | reads | writes) ;; *) echo "bench/load.sh: unknown phase $phase" >&2; exit 2 ;; esac
  run "$phase" "$warm_up"
done
echo "bench/load.sh: $( [[ -n "$db_url" ]] && echo PostgreSQL || echo SQLite ), $connections connections, $seconds s a phase after ${warm_up} s of warm-up, wrk $threads threads, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
for phase in $phases; do
  before="$(load_average)"
  run "$phase" "$seconds"
  report "$phase" "$before" "$(load_average)"
done
