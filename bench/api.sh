#!/usr/bin/env bash
# Measures the API on loopback, in one run of one server:
#   [ROUNDS=3] [WARMUP=60] bench/api.sh [SECONDS] [CONNECTIONS]   (default 30 s at 64 connections)
# 1. Start-up: from running ./hsp serve (its jar already built) to the first answered
#    POST /api/v1/assessments, in seconds. Target: under 3 s.
# 2. Throughput and latency with wrk (Debian's package, installed here when missing): POST
#    /api/v1/assessments with one profile (examples/mr-zhang.json), and the floor, an endpoint of the
#    same server that takes the same body and answers a fixed body of the same size without scoring
#    (web.system.BenchmarkFloor, which answers only when HSP_BENCH_FLOOR_BYTES is set). First a
#    warm-up of WARMUP seconds per endpoint (default 60), the two in turns of 10 s, its requests/s
#    printed but not counted: the launcher lets C2 compile a request's code only some 20 s into steady
#    traffic, and with a 10 s warm-up the measured rounds were those of a server still compiling (the
#    last round always by far the fastest). Then they take turns, ROUNDS (default 3) rounds of
#    SECONDS/ROUNDS each, so that a change in the machine's other load falls on both alike. Reported
#    per round and as medians: requests/s, p50, p99, errors, and the ratio assessments/floor of
#    requests/s, and the server's CPU time per answered request (its process's user and system time
#    from /proc over the round, divided by wrk's requests: on a busy machine the figure that moves
#    least with the others' load). Targets: ratio >= 0.8, p99 under 20 ms, no errors.
# The load average is printed at the start and the end.
# The server's access log goes to /dev/null; HSP_SERVER_JAVA_OPTS replaces the launcher's JVM options.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds="${1:-30}"
connections="${2:-64}"
rounds="${ROUNDS:-3}"
warmup="${WARMUP:-60}"
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ && "$connections" =~ ^[1-9][0-9]*$ && "$rounds" =~ ^[1-9][0-9]*$ ]]; then
  echo "bench/api.sh: SECONDS, CONNECTIONS and ROUNDS must be whole numbers of 1 or more" >&2
  exit 2
fi
if ! [[ "$warmup" =~ ^[0-9]+$ ]]; then
  echo "bench/api.sh: WARMUP must be a whole number of seconds (0 for none)" >&2
  exit 2
fi
slice=$(( seconds / rounds > 0 ? seconds / rounds : 1 ))

# shellcheck source=bench/wrk.sh
source bench/wrk.sh
require_wrk bench/api.sh

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

profile="examples/mr-zhang.json"
./hsp serve --help >/dev/null                     # builds the server's jar when the sources changed
answer_bytes="$(./hsp score --json "$profile" | wc -c)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
url="http://127.0.0.1:$port"

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
start_ns="$(date +%s%N)"
HSP_BENCH_FLOOR_BYTES="$answer_bytes" ./hsp serve --port "$port" >/dev/null 2>"$work/server.err" &
server=$!
until curl -sf -o /dev/null -H 'Content-Type: application/json' --data-binary "@$profile" "$url/api/v1/assessments"; do
  if ! kill -0 "$server" 2>/dev/null; then
    echo "bench/api.sh: the server stopped:" >&2
    cat "$work/server.err" >&2
    exit 1
  fi
  sleep 0.02
done
start_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))

cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = io.open("$profile", "rb")
wrk.body = file:read("*a")
file:close()
LUA

server_ticks() { # the server's CPU time so far (user and system, all its threads), in clock ticks
  awk '{ print $14 + $15 }' "/proc/$server/stat"
}
ticks_per_second="$(getconf CLK_TCK)"
run() { # NAME PATH SECONDS: runs wrk, keeps its report in $work/NAME and the server's CPU ticks in NAME.cpu
  local before
  before="$(server_ticks)"
  wrk -t2 -c"$connections" -d"$3s" --latency -s "$work/post.lua" "$url$2" >"$work/$1"
  echo $(( $(server_ticks) - before )) >"$work/$1.cpu"
}
figures() { # NAME: requests/s, p50 and p99 in ms, errors (non-2xx answers and socket errors), server CPU µs per request
  local file="$work/$1"
  echo "$(awk '/^Requests\/sec:/ { print $2 }' "$file") $(wrk_ms "$(awk '$1 == "50%" { print $2 }' "$file")") \
$(wrk_ms "$(awk '$1 == "99%" { print $2 }' "$file")") $(wrk_errors "$file") \
$(awk -v ticks="$(cat "$file.cpu")" -v hz="$ticks_per_second" '/ requests in / { printf "%.0f", ticks * 1e6 / hz / $1 }' "$file")"
}
line() { # LABEL RPS P50 P99 ERRORS CPU
  printf '%-22s %10s req/s   p50 %7s ms   p99 %7s ms   errors %s   server CPU %s µs/request\n' "$@"
}
median() { # the median of the numbers on standard input
  sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

: >"$work/warm-up.all"
for ((left = warmup; left > 0; left -= 10)); do
  turn=$(( left < 10 ? left : 10 ))
  run warm-up-assessments "/api/v1/assessments" "$turn"
  run warm-up-floor "/bench/floor" "$turn"
  echo "$turn $(figures warm-up-assessments | cut -d' ' -f1) $(figures warm-up-floor | cut -d' ' -f1)" >>"$work/warm-up.all"
done
: >"$work/assessments.all"
: >"$work/floor.all"
for ((round = 1; round <= rounds; round++)); do
  run assessments "/api/v1/assessments" "$slice"
  run floor "/bench/floor" "$slice"
  figures assessments >>"$work/assessments.all"
  figures floor >>"$work/floor.all"
done

echo "bench/api.sh: $rounds rounds of $slice s per endpoint in turn at $connections connections (wrk, 2 threads), body $(wc -c <"$profile") bytes, answer $answer_bytes bytes"
echo "load average at the start: $load_start, at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "start-up of ./hsp serve to the first answered assessment: $(awk -v ms="$start_ms" 'BEGIN { printf "%.2f", ms / 1000 }') s"
awk '{ printf "warm-up %d s each: assessments %s req/s, floor %s req/s (not counted)\n", $1, $2, $3 }' "$work/warm-up.all"
for ((round = 1; round <= rounds; round++)); do
  read -r a_rps a_p50 a_p99 a_errors a_cpu < <(sed -n "${round}p" "$work/assessments.all")
  read -r f_rps f_p50 f_p99 f_errors f_cpu < <(sed -n "${round}p" "$work/floor.all")
  line "round $round assessments" "$a_rps" "$a_p50" "$a_p99" "$a_errors" "$a_cpu"
  line "round $round floor" "$f_rps" "$f_p50" "$f_p99" "$f_errors" "$f_cpu"
  awk -v a="$a_rps" -v f="$f_rps" 'BEGIN { printf "round %d ratio %.2f\n", '"$round"', a / f }'
done
for name in assessments floor; do
  line "median $name" "$(cut -d' ' -f1 "$work/$name.all" | median)" "$(cut -d' ' -f2 "$work/$name.all" | median)" \
    "$(cut -d' ' -f3 "$work/$name.all" | median)" "$(cut -d' ' -f4 "$work/$name.all" | awk '{ s += $1 } END { print s }')" \
    "$(cut -d' ' -f5 "$work/$name.all" | median)"
done
awk -v a="$(cut -d' ' -f1 "$work/assessments.all" | median)" -v f="$(cut -d' ' -f1 "$work/floor.all" | median)" \
  'BEGIN { printf "ratio assessments/floor (median requests/s): %.2f\n", a / f }'
