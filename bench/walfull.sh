#!/usr/bin/env bash
# A full write-ahead log on PostgreSQL: the server on a scratch cluster whose pg_wal is a small file
# system of its own.
#   bench/walfull.sh [SIZE]        (default 32m: the size of the tmpfs, as mount's size= takes it)
#   bench/walfull.sh [SIZE] --stop (PostgreSQL stopped with pg_ctl -m immediate after 3 s of writes instead
#                                   of its log filled: the same outage in a minute, for the phases 2 to 4)
# Makes a scratch PostgreSQL cluster (bench/postgresql.sh) with its write-ahead log on a tmpfs of SIZE
# (root, or sudo, is needed to mount) and segments of 1 MB (initdb --wal-segsize=1, so that the log
# needs a new segment after a few hundred writes), starts ./hsp serve on it, makes an owner and a token,
# fills the tmpfs to its last byte and then:
#   1. CLIENTS writers (default 4, bench/crash_clients.py) write through the API until each gets a 503:
#      PostgreSQL cannot make its next WAL segment, which it treats as a PANIC: it stops;
#   2. while the database is down, DOWN_REQUESTS writes and reads with the token (default 6 each) must be
#      503 problems with Retry-After (never a 500), and the readiness endpoint must not answer 200; the
#      time each took and the server's log lines of the outage are printed (by kind: access log, storage
#      unavailable, stack trace, other), and a request slower than DOWN_WAIT_MAX seconds fails the run
#      (default 15: the server's connection timeout is 5 s on PostgreSQL; the pool's own was 30 s);
#   3. room is made and PostgreSQL started again (it recovers from its log); the same server, not
#      restarted, must become ready and take writes again;
#   4. every write answered 2xx is read back, present, equal and whole (a snapshot with its assessment, a
#      file's status at the end of its event chain: bench/crash_clients.py check), and after the server
#      stopped pg_amcheck checks every table and index.
# Prints what PostgreSQL did (its log's PANIC and recovery lines) and the answers by phase. Exits 1 on a
# 5xx other than a 503 problem with Retry-After, a ready answer while the database was down, a server
# that does not recover, a lost or half-written acknowledged write, or a database that fails its checks.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

size=""
stop_only=""
for argument in "$@"; do
  case "$argument" in
    --stop) stop_only=yes ;;
    *) [[ -z "$size" ]] || { echo "bench/walfull.sh: usage: bench/walfull.sh [SIZE] [--stop]" >&2; exit 2; }
       size="$argument" ;;
  esac
done
size="${size:-32m}"
down_wait_max="${DOWN_WAIT_MAX:-15}"
clients="${CLIENTS:-4}"
down_requests="${DOWN_REQUESTS:-6}"
[[ "$size" =~ ^[1-9][0-9]*[kmg]?$ ]] || { echo "bench/walfull.sh: SIZE must be a size such as 32m, not \"$size\"" >&2; exit 2; }
[[ "$clients" =~ ^[1-9][0-9]*$ ]] || { echo "bench/walfull.sh: CLIENTS must be a whole number of 1 or more, not \"$clients\"" >&2; exit 2; }
[[ "$down_requests" =~ ^[1-9][0-9]*$ ]] || { echo "bench/walfull.sh: DOWN_REQUESTS must be a whole number of 1 or more, not \"$down_requests\"" >&2; exit 2; }
[[ "$down_wait_max" =~ ^[1-9][0-9]*$ ]] || { echo "bench/walfull.sh: DOWN_WAIT_MAX must be a whole number of 1 or more, not \"$down_wait_max\"" >&2; exit 2; }
sudo_if_needed=""
[[ "$(id -u)" == 0 ]] || sudo_if_needed="sudo"

work="$(mktemp -d)"
small="$work/wal-fs"       # the tmpfs of the write-ahead log
server=""
writers=""
mounted=""
# shellcheck source=bench/postgresql.sh
source bench/postgresql.sh
cleanup() {
  [[ -z "$writers" ]] || kill "$writers" 2>/dev/null || true
  if [[ -n "$server" ]]; then
    kill -KILL "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -f "$small/filler"
  stop_postgresql immediate
  [[ -z "$mounted" ]] || $sudo_if_needed umount "$small" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$small"
if ! $sudo_if_needed mount -t tmpfs -o "size=$size,mode=0777" tmpfs "$small" 2>"$work/mount.err"; then
  echo "bench/walfull.sh: cannot mount a tmpfs here ($(cat "$work/mount.err")); this test needs root or sudo" >&2
  exit 2
fi
mounted=yes

# Segments of 1 MB, so that the current one is used up after a few hundred writes; no timed checkpoint
# during the run, which could recycle old segments into new ones and put the moment off.
initdb_options=(--wal-segsize=1)
postgresql_options="-c checkpoint_timeout=1h -c max_wal_size=1GB -c min_wal_size=2MB"
make_scratch_postgresql bench/walfull.sh "$work/postgresql" "$small/wal"
database=(env HSP_DB_URL="$db_url" HSP_DATA_DIR="$work/data")
psql_hsp() { "$pg_bin/psql" -X -q -At -h 127.0.0.1 -p "$pg_port" -U hsp -d hsp "$@"; }

./hsp serve --help >/dev/null                     # builds the server's jar when the sources changed
make_owner_and_token "WAL Full" wal@example.jp wal-full-battery-horse-42
serve_until_ready
postmaster="$(head -1 "$work/postgresql/postmaster.pid")"

journal="$work/journal"
: >"$journal"
tally="$work/tally"                 # one line an answer: PHASE KIND STATUS
: >"$tally"
bad=""
# One request with the token; a 5xx must be a 503 problem with Retry-After.
times="$work/times"                 # one line an answer: PHASE KIND SECONDS
: >"$times"
call() { # PHASE KIND METHOD PATH [BODY]
  local args=(-s -o "$work/body" -D "$work/head" -w '%{http_code} %{time_total}' -m 120 -X "$3" -H "Authorization: Bearer $token")
  [[ -z "${5:-}" ]] || args+=(-H 'Content-Type: application/json' --data-binary "$5")
  local answer
  answer="$(curl "${args[@]}" "$url$4" || echo 000 0)"
  last_status="${answer%% *}"
  echo "$1 $2 $last_status" >>"$tally"
  echo "$1 $2 ${answer##* }" >>"$times"
  storage_answer_ok "$1 $3 $4" "$last_status" "$work/head" "$work/body" || bad=yes
}
writers_run() { # RUN [SECONDS]: the writers until each is refused (or for SECONDS, then stopped)
  STOP_AT_503=1 python3 bench/crash_clients.py write "$url" "$token" "$journal" "$clients" "$1" \
    >"$work/written" 2>"$work/writers.err" &
  writers=$!
  if [[ -n "${2:-}" ]]; then
    sleep "$2"
    kill "$writers" 2>/dev/null || true
  fi
  local status=0
  wait "$writers" || status=$?
  writers=""
  if [[ -z "${2:-}" && "$status" != 0 ]]; then
    cat "$work/writers.err" >&2
    echo "bench/walfull.sh: a writer got an answer other than 2xx or a 503" >&2
    bad=yes
  fi
}

call before write POST /api/v1/applicants '{"name": "Read while the log is full"}'
first="$(grep -o '"id" : "[^"]*"' "$work/body" | head -1 | cut -d'"' -f4)"
[[ "$last_status" == 201 && -n "$first" ]] || { echo "bench/walfull.sh: the first applicant was not made" >&2; exit 1; }
echo "{\"kind\": \"applicant\", \"id\": \"$first\", \"body\": {\"name\": \"Read while the log is full\"}}" >>"$journal"

if [[ -n "$stop_only" ]]; then
  # 1. (--stop) PostgreSQL stopped at once under the writers, as a crash or a lost host would.
  echo "bench/walfull.sh: $(date -u +%T) writers start; PostgreSQL stopped (pg_ctl -m immediate) in 3 s"
  writers_run 1 3
  stop_postgresql immediate
  echo "bench/walfull.sh: $(date -u +%T) PostgreSQL stopped, $(wc -l <"$journal") writes acknowledged"
else
  # 1. The log's file system full: a file takes every byte left (dd stops at ENOSPC).
  dd if=/dev/zero of="$small/filler" bs=64k status=none 2>/dev/null || true
  echo "bench/walfull.sh: $(date -u +%T) pg_wal's $(df -h "$small" | tail -1 | awk '{print $2 " file system, " $4 " free"}') after filling it; writers start"
  started="$(date +%s)"
  writers_run 1
  echo "bench/walfull.sh: $(date -u +%T) the writers stopped after $(( $(date +%s) - started )) s, $(wc -l <"$journal") writes acknowledged"
fi
sleep 2
postgresql_stopped=""
kill -0 "$postmaster" 2>/dev/null || postgresql_stopped=yes
echo "PostgreSQL's log (PANIC, FATAL, LOG lines of its stop):"
grep -E 'PANIC|FATAL|terminat|shut down|aborting|No space' "$work/postgresql.log" | head -12 | sed 's/^/  /'
if [[ -n "$postgresql_stopped" ]]; then
  echo "bench/walfull.sh: PostgreSQL (postmaster $postmaster) stopped"
else
  echo "bench/walfull.sh: PostgreSQL (postmaster $postmaster) is still running"
fi

# 2. The database down (or refusing): requests with the token and the readiness endpoint.
log_from=$(( $(wc -l <"$work/server.log") + 1 ))
down_from="$(date +%s%3N)"
for ((i = 1; i <= down_requests; i++)); do
  call down write POST /api/v1/applicants "{\"name\": \"While down $i\"}"
  [[ "$last_status" != 201 ]] || echo "{\"kind\": \"applicant\", \"id\": \"$(grep -o '"id" : "[^"]*"' "$work/body" | head -1 | cut -d'"' -f4)\", \"body\": {\"name\": \"While down $i\"}}" >>"$journal"
  call down read GET "/api/v1/applicants/$first"
done
readiness_from="$(date +%s%3N)"
readiness="$(curl -s -o "$work/ready" -w '%{http_code}' -m 60 "$url/actuator/health/readiness" || echo 000)"
readiness_ms=$(( $(date +%s%3N) - readiness_from ))
liveness="$(curl -s -o /dev/null -w '%{http_code}' -m 60 "$url/actuator/health/liveness" || echo 000)"
echo "down readiness $readiness" >>"$tally"
echo "down liveness $liveness" >>"$tally"
echo "bench/walfull.sh: while the database was down: readiness $readiness $(tr -d '\n' <"$work/ready") in $readiness_ms ms, liveness $liveness"
down_log="$work/down.log"
tail -n +"$log_from" "$work/server.log" >"$down_log"
down_s="$(awk -v from="$down_from" 'BEGIN { printf "%.1f", ('"$(date +%s%3N)"' - from) / 1000 }')"
awk '$1 == "down" { print $3 }' "$times" | sort -n >"$work/down-times"
down_count="$(wc -l <"$work/down-times")"
echo "bench/walfull.sh: time to the answer of the $down_count requests while down: least $(head -1 "$work/down-times") s, median $(sed -n "$(( (down_count + 1) / 2 ))p" "$work/down-times") s, most $(tail -1 "$work/down-times") s"
if awk -v max="$down_wait_max" '$1 > max { slow = 1 } END { exit !slow }' "$work/down-times"; then
  echo "bench/walfull.sh: a request took more than DOWN_WAIT_MAX=$down_wait_max s while the database was down" >&2
  bad=yes
fi
access_lines="$(grep -c '^127\.0\.0\.1 \[' "$down_log" || true)"
storage_lines="$(grep -c 'storage unavailable' "$down_log" || true)"
trace_lines="$(grep -c $'^\tat \|^Caused by: \|^\t\.\.\. [0-9]* more' "$down_log" || true)"
echo "bench/walfull.sh: server log of the $down_s s while down: $(wc -l <"$down_log") lines: $access_lines access log, $storage_lines 'storage unavailable', $trace_lines of a stack trace, $(( $(wc -l <"$down_log") - access_lines - storage_lines - trace_lines )) other"
grep -m 2 'storage unavailable' "$down_log" | sed 's/^/  /'
grep -v '^127\.0\.0\.1 \[\|storage unavailable' "$down_log" | head -5 | sed 's/^/  other: /'
if [[ -n "$postgresql_stopped" && "$readiness" == 200 ]]; then
  echo "bench/walfull.sh: the server said it was ready while its database was down" >&2
  bad=yes
fi

# 3. Room made, PostgreSQL started again; the same server must become ready.
rm -f "$small/filler"
if [[ -n "$postgresql_stopped" ]]; then
  restart_from="$(date +%s)"
  start_postgresql
  echo "bench/walfull.sh: $(date -u +%T) PostgreSQL started again in $(( $(date +%s) - restart_from )) s: $(grep -E 'redo (starts|done)|database system is ready' "$work/postgresql.log" | tail -3 | sed 's/.*LOG: *//' | tr '\n' ';')"
fi
recovered=""
for _ in $(seq 1 240); do
  if curl -sf -o /dev/null -m 10 "$url/actuator/health/readiness"; then recovered=yes; break; fi
  sleep 0.5
done
if [[ -z "$recovered" ]]; then
  echo "bench/walfull.sh: the server did not become ready again within 2 minutes" >&2
  bad=yes
else
  echo "bench/walfull.sh: the server, not restarted (PID $server), ready again"
fi
for ((i = 1; i <= down_requests; i++)); do
  call after write POST /api/v1/applicants "{\"name\": \"After $i\"}"
  [[ "$last_status" != 201 ]] || echo "{\"kind\": \"applicant\", \"id\": \"$(grep -o '"id" : "[^"]*"' "$work/body" | head -1 | cut -d'"' -f4)\", \"body\": {\"name\": \"After $i\"}}" >>"$journal"
  [[ "$last_status" == 201 ]] || { echo "bench/walfull.sh: a write after the recovery answered $last_status" >&2; bad=yes; }
  call after read GET "/api/v1/applicants/$first"
done
lines_before="$(wc -l <"$journal")"
writers_run 2 5
echo "bench/walfull.sh: after the recovery the writers' 5 s had $(( $(wc -l <"$journal") - lines_before )) writes acknowledged"

# 4. Every acknowledged write read back, whole; the checker must be able to fail.
read_back_acknowledged "$journal"
kill -TERM "$server"
wait "$server" 2>/dev/null || true
server=""
amcheck=0
"$pg_bin/pg_amcheck" --install-missing --heapallindexed -h 127.0.0.1 -p "$pg_port" -U hsp -d hsp >"$work/amcheck" 2>&1 || amcheck=$?
if [[ "$amcheck" == 0 ]]; then
  echo "bench/walfull.sh: pg_amcheck of every table and index (heap and all indexes) ok"
else
  echo "bench/walfull.sh: pg_amcheck failed (exit status $amcheck):" >&2
  cat "$work/amcheck" >&2
  bad=yes
fi

echo "answers by phase, kind and status (count phase kind status):"
sort "$tally" | uniq -c | sed 's/^/  /'
echo "server log: $(grep -c 'storage unavailable' "$work/server.log" || true) lines 'storage unavailable', $(grep -c 'internal error' "$work/server.log" || true) lines 'internal error', $(grep -c $'^\tat ' "$work/server.log" || true) lines of a stack trace"
grep -q 'internal error' "$work/server.log" && bad=yes
if [[ -n "$bad" ]]; then
  grep -m 5 -A 3 'internal error' "$work/server.log" >&2 || true
  kept="$(mktemp -d)"
  cp "$work/server.log" "$work/postgresql.log" "$kept/"
  echo "bench/walfull.sh: the server's and PostgreSQL's logs kept in $kept" >&2
  echo "bench/walfull.sh: FAILED (above)" >&2
  exit 1
fi
echo "bench/walfull.sh: no 500; $( [[ -n "$postgresql_stopped" ]] && echo "PostgreSQL stopped$( [[ -n "$stop_only" ]] && echo " by pg_ctl" || echo " on the full log"), every request needing it a 503 problem with Retry-After and the server not ready; once PostgreSQL started again, the same server ready and writing again;" || echo "PostgreSQL did not stop;") every acknowledged write read back whole"
