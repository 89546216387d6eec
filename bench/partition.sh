#!/usr/bin/env bash
# A network partition between the server and PostgreSQL: packets dropped, no connection refused or reset.
#   bench/partition.sh [--seconds N]      (N: how long the network is cut, default 30)
# Makes a scratch PostgreSQL cluster (bench/postgresql.sh) and puts a TCP proxy (bench/partition_proxy.py)
# between it and ./hsp serve (HSP_DB_URL through the proxy), makes an owner and an API token, and starts
# CLIENTS threads of each kind (default 2; bench/partition_clients.py): public assessments (no database),
# logged-in reads and logged-in writes (an applicant and a snapshot). A prober asks the readiness and the
# liveness endpoints every second. After WARM seconds (default 10) the proxy black-holes the database for
# N seconds (open connections stay open and silent, new ones are accepted and never answered), then heals,
# and the clients go on for AFTER seconds (default 20). Then:
#   - per phase (before, partitioned, after the heal: by the moment a request was sent) and kind: the
#     requests, their statuses, p50, p99 and most time to the answer;
#   - the health probes per phase;
#   - the server's log lines while cut, by kind, and whether any holds a stack trace, an applicant's name
#     or the token;
#   - how long after the heal the first logged-in request was answered 2xx, and the server ready;
#   - every write answered 2xx read back (bench/crash_clients.py check: present, equal, no snapshot without
#     its assessment), and the checker shown to fail on a write never stored.
# Exits 1 when a logged-in request sent while cut took more than CUT_WAIT_MAX seconds (default 15) or got
# no answer, a 5xx was not a 503 problem with Retry-After, the server was ready while cut, liveness failed,
# a public assessment failed, a refused request made more than one log line or any stack trace, personal
# data or the token reached the log, the server did not recover, or an acknowledged write was lost.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

cut_seconds=30
while [[ $# -gt 0 ]]; do
  case "$1" in
    --seconds) cut_seconds="${2:-}"; shift; [[ $# -gt 0 ]] && shift ;;
    *) echo "bench/partition.sh: usage: bench/partition.sh [--seconds N]" >&2; exit 2 ;;
  esac
done
# shellcheck source=bench/postgresql.sh
source bench/postgresql.sh
require_whole_number --seconds "$cut_seconds" 1
warm="${WARM:-10}"
after="${AFTER:-20}"
clients="${CLIENTS:-2}"
cut_wait_max="${CUT_WAIT_MAX:-15}"
require_whole_number WARM "$warm" 1
require_whole_number AFTER "$after" 1
require_whole_number CLIENTS "$clients" 1
require_whole_number CUT_WAIT_MAX "$cut_wait_max" 1

work="$(mktemp -d)"
server=""
proxy=""
traffic=""
prober=""
cleanup() {
  for pid in "$traffic" "$prober"; do [[ -z "$pid" ]] || kill "$pid" 2>/dev/null || true; done
  if [[ -n "$server" ]]; then
    kill -KILL "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  [[ -z "$proxy" ]] || kill "$proxy" 2>/dev/null || true
  stop_postgresql immediate
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

make_scratch_postgresql bench/partition.sh
proxy_port="$(free_port)"
python3 bench/partition_proxy.py "$proxy_port" "$pg_port" "$work/proxy.ready" 2>"$work/proxy.log" &
proxy=$!
until [[ -e "$work/proxy.ready" ]]; do
  kill -0 "$proxy" 2>/dev/null || { cat "$work/proxy.log" >&2; exit 1; }
  sleep 0.05
done
database=(env HSP_DB_URL="jdbc:postgresql://127.0.0.1:$proxy_port/hsp?user=hsp" HSP_DATA_DIR="$work/data")

./hsp serve --help >/dev/null                     # builds the server's jar when the sources changed
make_owner_and_token "Partition" partition@example.jp partition-battery-horse-42
serve_until_ready
echo "bench/partition.sh: server PID $server on PostgreSQL through the proxy (127.0.0.1:$proxy_port to $pg_port)"

journal="$work/journal"
times="$work/times"           # KIND START_MS END_MS STATUS VERDICT (bench/partition_clients.py)
probes="$work/probes"         # probe START_MS END_MS STATUS ENDPOINT
stop="$work/stop"
: >"$journal"
: >"$times"
: >"$probes"
probe() {
  while [[ ! -e "$stop" ]]; do
    for endpoint in readiness liveness; do
      local from status
      from="$(date +%s%3N)"
      status="$(curl -s -o /dev/null -w '%{http_code}' -m 120 "$url/actuator/health/$endpoint" || true)"
      echo "probe $from $(date +%s%3N) ${status:-000} $endpoint" >>"$probes"
    done
    sleep 1
  done
}
probe &
prober=$!
python3 bench/partition_clients.py "$url" "$token" "$journal" "$times" "$stop" "$clients" 2>"$work/clients.err" &
traffic=$!

sleep "$warm"
log_from=$(( $(wc -l <"$work/server.log") + 1 ))
cut_ms="$(date +%s%3N)"
kill -USR1 "$proxy"
echo "bench/partition.sh: $(date -u +%T) the database black-holed for $cut_seconds s ($(uptime | sed 's/.*load average: /load average /'))"
sleep "$cut_seconds"
heal_ms="$(date +%s%3N)"
kill -USR2 "$proxy"
cut_log="$work/cut.log"
tail -n +"$log_from" "$work/server.log" >"$cut_log"
echo "bench/partition.sh: $(date -u +%T) healed; the clients go on for $after s"
sleep "$after"
touch "$stop"
traffic_status=0
wait "$traffic" || traffic_status=$?
traffic=""
wait "$prober" || true
prober=""
[[ "$traffic_status" == 0 ]] || { cat "$work/clients.err" >&2; echo "bench/partition.sh: the clients failed" >&2; exit 1; }
echo "bench/partition.sh: $(date -u +%T) clients stopped ($(uptime | sed 's/.*load average: /load average /'))"
sed 's/^/  /' "$work/proxy.log"

bad=""
python3 - "$times" "$probes" "$cut_ms" "$heal_ms" "$cut_wait_max" <<'EOF' || bad=yes
import sys
times, probes, cut, heal, wait_max = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
rows = [line.split() for line in open(times) if line.strip()] + [line.split() for line in open(probes) if line.strip()]
def phase(start):
    return "before" if start < cut else "cut" if start < heal else "after"
def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, max(0, -(-len(values) * p // 100) - 1))]
failed = []
groups = {}
for kind, start, end, status, extra in rows:
    kind = kind + ":" + extra if kind == "probe" else kind
    groups.setdefault((phase(int(start)), kind), []).append((int(end) - int(start), status, extra))
print("answers by phase (sent before the cut, while cut, after the heal) and kind; times to the answer in s:")
for (name, kind), answers in sorted(groups.items(), key=lambda g: (["before", "cut", "after"].index(g[0][0]), g[0][1])):
    seconds = [ms / 1000 for ms, _, _ in answers]
    statuses = {}
    for _, status, _ in answers:
        statuses[status] = statuses.get(status, 0) + 1
    print("  %-6s %-16s %5d requests  %-28s p50 %6.2f  p99 %6.2f  max %6.2f" % (
        name, kind, len(answers), " ".join("%s×%d" % s for s in sorted(statuses.items())),
        percentile(seconds, 50), percentile(seconds, 99), max(seconds)))
    if any(extra == "bad" for _, _, extra in answers):
        failed.append("%s %s: a 5xx that is not a 503 problem with Retry-After" % (name, kind))
    if name == "cut" and kind in ("read", "write"):
        if max(seconds) > wait_max:
            failed.append("cut %s: an answer after %.1f s, more than CUT_WAIT_MAX=%g s" % (kind, max(seconds), wait_max))
        if "000" in statuses:
            failed.append("cut %s: %d requests without an answer" % (kind, statuses["000"]))
    if kind == "public" and set(statuses) != {"200"}:
        failed.append("%s public: answers other than 200" % name)
    if kind == "probe:liveness" and set(statuses) != {"200"}:
        failed.append("%s liveness: answers other than 200" % name)
# Ready while cut: a 200 sent and answered while cut, once the pool could notice (its connections' wait).
if any(kind == "probe" and extra == "readiness" and status == "200" and cut + 6000 <= int(start) and int(end) < heal
       for kind, start, end, status, extra in rows):
    failed.append("the server said it was ready while its database was cut")
# In flight across the cut: sent before it, answered after it.
across = [(kind, int(end) - int(start)) for kind, start, end, status, extra in rows
          if kind in ("read", "write") and int(start) < cut < int(end)]
if across:
    print("  logged-in requests in flight at the cut: %d, answered after %s s" % (
        len(across), ", ".join("%.1f" % (ms / 1000) for _, ms in sorted(across, key=lambda a: a[1]))))
# Answered 2xx though sent while cut: when each was sent, and how long it took.
served = sorted((int(start) - cut, int(end) - int(start)) for kind, start, end, status, extra in rows
                if kind in ("read", "write") and status.startswith("2") and cut <= int(start) < heal)
if served:
    print("  logged-in 2xx sent while cut: %s" % ", ".join("at +%.2f s in %.2f s" % (at / 1000, ms / 1000)
                                                         for at, ms in served))
logged_in_ok = sorted(int(end) for kind, start, end, status, extra in rows
                      if kind in ("read", "write") and status.startswith("2") and int(end) >= heal)
ready = sorted(int(end) for kind, start, end, status, extra in rows
               if kind == "probe" and extra == "readiness" and status == "200" and int(end) >= heal)
if logged_in_ok:
    print("  first logged-in 2xx %.2f s after the heal" % ((logged_in_ok[0] - heal) / 1000))
else:
    failed.append("no logged-in request succeeded after the heal")
if ready:
    print("  ready again %.2f s after the heal" % ((ready[0] - heal) / 1000))
else:
    failed.append("the server was not ready again after the heal")
for failure in failed:
    print("bench/partition.sh: " + failure, file=sys.stderr)
sys.exit(1 if failed else 0)
EOF

cut_503="$(awk -v from="$cut_ms" -v to="$heal_ms" '($1 == "read" || $1 == "write") && $3 >= from && $3 < to && $4 == 503' "$times" | wc -l)"
access_lines="$(grep -c '^127\.0\.0\.1 \[' "$cut_log" || true)"
storage_lines="$(grep -c 'storage unavailable' "$cut_log" || true)"
trace_lines="$(grep -c $'^\tat \|^Caused by: \|^\t\.\.\. [0-9]* more' "$cut_log" || true)"
other_lines=$(( $(wc -l <"$cut_log") - access_lines - storage_lines - trace_lines ))
echo "server log while cut: $(wc -l <"$cut_log") lines: $access_lines access log, $storage_lines 'storage unavailable' (for $cut_503 logged-in 503s answered while cut), $trace_lines of a stack trace, $other_lines other"
grep -m 2 'storage unavailable' "$cut_log" | sed 's/^/  /' || true
grep -v '^127\.0\.0\.1 \[\|storage unavailable' "$cut_log" | head -5 | sed 's/^/  other: /' || true
if [[ "$storage_lines" -gt "$cut_503" || "$trace_lines" -gt 0 ]]; then
  echo "bench/partition.sh: more than one log line a refused request, or a stack trace, while cut" >&2
  bad=yes
fi
if grep -q "Partition Test\|$token" "$work/server.log"; then
  echo "bench/partition.sh: an applicant's name or the token is in the server's log" >&2
  bad=yes
fi
if grep -q 'internal error' "$work/server.log"; then
  grep -m 3 -A 3 'internal error' "$work/server.log" >&2
  bad=yes
fi

# Every acknowledged write read back through the same server; the checker must be able to fail.
read_back_acknowledged "$journal"
if [[ -n "$bad" ]]; then
  kept="$(mktemp -d)"
  cp "$work/server.log" "$work/times" "$work/probes" "$work/proxy.log" "$kept/"
  echo "bench/partition.sh: the server's log, the times and the probes kept in $kept" >&2
  echo "bench/partition.sh: FAILED (above)" >&2
  exit 1
fi
echo "bench/partition.sh: every logged-in request while cut answered within $cut_wait_max s (503 problems), the public endpoint and liveness up, readiness down, recovered after the heal, every acknowledged write read back whole"
