#!/usr/bin/env bash
# Load on loopback, bounded in time, on one server or several sharing a PostgreSQL database:
#   bench/load.sh [SECONDS] [CONNECTIONS] [--db URL | --postgresql]   (default 60 s at 200 connections)
#   SERVERS=2 bench/load.sh [SECONDS] [CONNECTIONS] --postgresql      (several servers on one PostgreSQL)
# Starts ./hsp serve on a scratch data folder (SQLite; --db: a JDBC URL of a PostgreSQL database)
# and a free port (--postgresql: a scratch PostgreSQL cluster, bench/postgresql.sh), makes an owner and an API token (hsp admin) and CONNECTIONS applicants, each with
# a snapshot (examples/mr-zhang.json) and an extension file (bench/load_fixtures.py). Then wrk
# (Debian's package, installed here when missing; 2 threads, 10 s timeout) runs, SECONDS each,
# after a warm-up of up to 10 s of each:
#   public       POST /api/v1/assessments (the public endpoint, no login)
#   mix          the logged-in mix with the token, in turn: list applicants, read one, add a snapshot,
#                read its assessments, tick a checklist document (bench/load.lua)
#   reads        the mix's reads alone (list, read one, its assessments)
#   writes       the mix's writes alone (add a snapshot, tick a document)
# With SERVERS=N (N > 1, PostgreSQL only), N servers run on the same database, each on its own port,
# and N wrk processes at once share the connections and the applicants among them, as a load
# balancer would spread them; each server's figures are reported, and their sum of requests/s.
# PHASES (default "public mix reads writes") chooses among them. Reported per phase: requests/s,
# p50, p99 and max latency, errors (non-2xx answers and socket errors, timeouts included), the
# answers by status, the load average of the machine before and after, and each server's processor
# time (user and system, from /proc/PID/stat) over the phase divided by its requests: the CPU a request,
# the steadier figure on a shared machine. JFR=FOLDER records each measured phase of the first server
# with Java Flight Recorder (settings=profile and CPU-time samples) into FOLDER/PHASE.jfr, for `jfr print`
# or `jfr view`; CPU_BY_THREAD=1 prints the first server's CPU over each phase by kind of thread (request
# threads, the JIT compilers, the garbage collector).
# THINK_MS=N makes each connection a client that waits a think time before each request, N ms on
# average (exponential, bench/think.lua): the requests/s are then what the clients ask for, as long
# as the server keeps up, and the latencies those of a server not driven to its limit. Without it,
# each connection sends its next request as soon as the last is answered, and the server is always
# at its limit: the mean latency is then the connections over the requests/s (Little's law).
# Targets: 0 errors; p99 under 50 ms for reads and 200 ms for writes on SQLite on 2 cores.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/postgresql.sh
source bench/postgresql.sh

seconds=60
connections=200
db_url=""
scratch_postgresql=""
positional=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --db) db_url="${2:?bench/load.sh: --db needs a JDBC URL}"; shift 2 ;;
    --postgresql) scratch_postgresql=yes; shift ;;
    *) positional+=("$1"); shift ;;
  esac
done
[[ ${#positional[@]} -lt 1 ]] || seconds="${positional[0]}"
[[ ${#positional[@]} -lt 2 ]] || connections="${positional[1]}"
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ && "$connections" =~ ^[1-9][0-9]*$ && ${#positional[@]} -le 2 ]]; then
  echo "bench/load.sh: usage: bench/load.sh [SECONDS] [CONNECTIONS] [--db URL | --postgresql], whole numbers of 1 or more" >&2
  exit 2
fi
phases="${PHASES:-public mix reads writes}"
if ! [[ "${THINK_MS:-0}" =~ ^[0-9]+$ ]]; then
  echo "bench/load.sh: THINK_MS must be a whole number of milliseconds, 0 or more" >&2
  exit 2
fi
export HSP_LOAD_THINK_MS="${THINK_MS:-0}"   # read by bench/think.lua in each wrk thread
servers="${SERVERS:-1}"
if ! [[ "$servers" =~ ^[1-9][0-9]*$ ]] || { (( servers > 1 )) && [[ -z "$db_url$scratch_postgresql" ]]; }; then
  echo "bench/load.sh: SERVERS must be a whole number of 1 or more, and above 1 only with --db or --postgresql (one PostgreSQL for all)" >&2
  exit 2
fi
(( connections >= servers )) || { echo "bench/load.sh: fewer connections than servers" >&2; exit 2; }
connections_each=$(( connections / servers ))
threads=2
(( connections_each >= threads )) || threads="$connections_each"
warm_up=$(( seconds < 10 ? seconds : 10 ))

# shellcheck source=bench/wrk.sh
source bench/wrk.sh
# shellcheck source=bench/preamble.sh
source bench/preamble.sh
require_wrk bench/load.sh

work="$(mktemp -d)"
server_pids=()
cleanup() {
  local pid
  for pid in "${server_pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  stop_postgresql immediate
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[[ -z "$scratch_postgresql" ]] || make_scratch_postgresql bench/load.sh

profile="examples/mr-zhang.json"
database=(env -u HSP_DB_URL HSP_DATA_DIR="$work/data")
[[ -z "$db_url" ]] || database=(env HSP_DB_URL="$db_url" HSP_DATA_DIR="$work/data")
./hsp serve --help >/dev/null                     # builds the server's jar when the sources changed
echo 'load-test-battery-horse-42' | "${database[@]}" ./hsp admin create-owner --org "Load Test" --email load@example.jp >/dev/null
token="$("${database[@]}" ./hsp admin create-token --email load@example.jp --name load)"
urls=()
for (( index=0; index<servers; index++ )); do
  port="$(free_port)"
  urls+=("http://127.0.0.1:$port")
  # The access log would write a line a request to the same disk as the database.
  "${database[@]}" ./hsp serve --port "$port" >/dev/null 2>"$work/server-$index.err" &
  server_pids+=($!)
done
for (( index=0; index<servers; index++ )); do
  wait_until_ready "${urls[$index]}/actuator/health/readiness" "${server_pids[$index]}" "$work/server-$index.err"
done
url="${urls[0]}"
python3 bench/load_fixtures.py "$url" "$token" "$(( connections > threads * servers ? connections : threads * servers ))" "$profile" >"$work/fixtures"

cat >"$work/public.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = io.open("$profile", "rb")
wrk.body = file:read("*a")
file:close()
dofile("bench/think.lua")
LUA

window=0
run() { # PHASE SECONDS: runs wrk against each server at once, keeps their reports in $work/PHASE.N
  window=$(( window + 1 ))
  local index pids=()
  for (( index=0; index<servers; index++ )); do
    if [[ "$1" == public ]]; then
      wrk -t"$threads" -c"$connections_each" -d"$2s" --timeout 10s --latency -s "$work/public.lua" \
        "${urls[$index]}/api/v1/assessments" >"$work/$1.$index" &
    else
      HSP_LOAD_THREADS="$threads" HSP_LOAD_SHARE="$index" HSP_LOAD_SHARES="$servers" HSP_LOAD_WINDOW="$(( window - 1 ))" \
        wrk -t"$threads" -c"$connections_each" -d"$2s" --timeout 10s --latency \
        -s bench/load.lua "${urls[$index]}" -- "${1/mix/all}" "$token" "$work/fixtures" "$profile" >"$work/$1.$index" &
    fi
    pids+=($!)
  done
  local pid
  for pid in "${pids[@]}"; do
    wait "$pid"
  done
}
report() { # PHASE LOAD_BEFORE LOAD_AFTER
  local index file name
  for (( index=0; index<servers; index++ )); do
    file="$work/$1.$index"
    name="$1"
    (( servers == 1 )) || name="$1 #$(( index + 1 ))"
    printf '%-9s %9s req/s   p50 %8s ms   p99 %8s ms   max %8s ms   errors %s   requests %s   load %s -> %s\n' \
      "$name" "$(awk '/^Requests\/sec:/ { print $2 }' "$file")" \
      "$(wrk_ms "$(awk '$1 == "50%" { print $2 }' "$file")")" "$(wrk_ms "$(awk '$1 == "99%" { print $2 }' "$file")")" \
      "$(wrk_ms "$(awk '$1 == "Latency" { print $4; exit }' "$file")")" "$(wrk_errors "$file")" \
      "$(awk '/requests in/ { print $1 }' "$file")" "$2" "$3"
    grep '^answers ' "$file" | sed 's/^/        /' || true
    grep 'Socket errors:' "$file" | sed 's/^ */        /' || true
  done
  if (( servers > 1 )); then
    printf '%-9s %9s req/s   (the servers together)\n' "$1 all" \
      "$(cat "$work/$1".[0-9]* | awk '/^Requests\/sec:/ { sum += $2 } END { printf "%.2f", sum }')"
  fi
}
load_average() { cut -d' ' -f1 /proc/loadavg; }
# A process's processor time so far, user and system, in clock ticks (fields 14 and 15 of its stat; the
# name in field 2 is in parentheses and may hold spaces, so the fields are counted after it).
cpu_ticks() { # PID
  local stat
  stat="$(cat "/proc/$1/stat")"
  stat="${stat##*) }"
  awk '{ print $12 + $13 }' <<<"$stat"
}
ticks_per_second="$(getconf CLK_TCK)"
cpu_report() { # PHASE: the CPU a request of each server over the phase, from ticks_before and ticks_after
  local index requests ticks
  for (( index=0; index<servers; index++ )); do
    requests="$(awk '/requests in/ { print $1 }' "$work/$1.$index")"
    ticks=$(( ticks_after[index] - ticks_before[index] ))
    awk -v t="$ticks" -v hz="$ticks_per_second" -v n="$requests" \
      'BEGIN { printf "        server CPU %.2f s, %.3f ms a request\n", t / hz, (n > 0 ? t / hz * 1000 / n : 0) }'
  done
}
# The first server's processor time so far by kind of thread, in clock ticks, one "NAME TICKS" a line: the
# threads' names without their numbers (http-nio-PORT-exec-N, C2 CompilerThreadN, GC Thread#N...).
thread_ticks() {
  local task stat name
  for task in /proc/"${server_pids[0]}"/task/*; do
    stat="$(cat "$task/stat" 2>/dev/null)" || continue
    name="${stat#*(}"
    name="${name%) *}"
    stat="${stat##*) }"
    echo "$name $(awk '{ print $12 + $13 }' <<<"$stat")"
  done | awk '{ ticks = $NF; $NF = ""; name = $0; gsub(/[-#][0-9]+/, "-", name); gsub(/[0-9]+ *$/, "", name)
    sum[name] += ticks } END { for (name in sum) print name "\t" sum[name] }'
}
# CPU_BY_THREAD=1: after each phase, the first server's processor time over it by kind of thread.
thread_report() { # BEFORE_FILE AFTER_FILE
  awk -F'\t' -v hz="$ticks_per_second" 'NR == FNR { before[$1] = $2; next }
    { t = $2 - before[$1]; if (t > 0) printf "%.2f\t%s\n", t / hz, $1 }' "$1" "$2" | sort -rn | head -8 |
    awk -F'\t' '{ printf "          %6.2f s  %s\n", $1, $2 }'
}
jfr_folder="${JFR:-}"
server_jcmd() { # COMMAND...: jcmd of the first server's own JVM (the server may run on a newer Java)
  "$(dirname "$(readlink -f "/proc/${server_pids[0]}/exe")")/jcmd" "${server_pids[0]}" "$@"
}
[[ -z "$jfr_folder" ]] || { mkdir -p "$jfr_folder"; jfr_folder="$(cd "$jfr_folder" && pwd)"; }

for phase in $phases; do
  case "$phase" in public | mix | reads | writes) ;; *) echo "bench/load.sh: unknown phase $phase" >&2; exit 2 ;; esac
  run "$phase" "$warm_up"
done
echo "bench/load.sh: $( [[ -n "$db_url" ]] && echo PostgreSQL || echo SQLite ), $servers server(s), $connections connections, $seconds s a phase after ${warm_up} s of warm-up, wrk $threads threads, $(nproc) cores, $( [[ "${THINK_MS:-0}" == 0 ]] && echo "no think time" || echo "think time ${THINK_MS} ms on average" ), $(date -u +%Y-%m-%dT%H:%MZ)"
for phase in $phases; do
  [[ -z "$jfr_folder" ]] || server_jcmd JFR.start name=load settings=profile jdk.CPUTimeSample#enabled=true jdk.CPUTimeSample#throttle=2ms jdk.CPUTimeSample#stackDepth=256 >/dev/null
  [[ -z "${CPU_BY_THREAD:-}" ]] || thread_ticks >"$work/threads.before"
  ticks_before=()
  for pid in "${server_pids[@]}"; do ticks_before+=("$(cpu_ticks "$pid")"); done
  before="$(load_average)"
  run "$phase" "$seconds"
  ticks_after=()
  for pid in "${server_pids[@]}"; do ticks_after+=("$(cpu_ticks "$pid")"); done
  [[ -z "${CPU_BY_THREAD:-}" ]] || thread_ticks >"$work/threads.after"
  after="$(load_average)"
  [[ -z "$jfr_folder" ]] || server_jcmd JFR.stop name=load filename="$jfr_folder/$phase.jfr" >/dev/null
  report "$phase" "$before" "$after"
  cpu_report "$phase"
  [[ -z "${CPU_BY_THREAD:-}" ]] || thread_report "$work/threads.before" "$work/threads.after"
done
