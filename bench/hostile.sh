#!/usr/bin/env bash
# Hostile input, the long run: the seeded fuzz tests of the server and of the command line with many
# more cases than the build runs.
#   bench/hostile.sh [CASES] [SEED]          (default 5000 cases, seed 20261205)
#   THREADS=8 bench/hostile.sh [CASES] [SEED] (the server's requests from 8 clients at once; default 1)
# Runs web's HostileInputTest (every route of a server with a 128 MB heap: mutated JSON and CSV, huge
# and deeply nested documents, long strings, invalid UTF-8, wrong content types, CR/LF in headers and
# queries, path traversal in ids, the login form, the pages) and cli's HostileFilesTest (the profile,
# case and batch CSV files of every command), each CASES times from SEED, and the tenant boundary tests
# with CASES concurrent requests. Prints each test's figures; exits non-zero when any case fails, with
# the seed of each failure in the report (rerun one with CASES=1 and its seed).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

cases="${1:-5000}"
seed="${2:-20261205}"
threads="${THREADS:-1}"
[[ "$cases" =~ ^[1-9][0-9]*$ ]] || { echo "bench/hostile.sh: CASES must be a whole number of 1 or more, not $cases" >&2; exit 2; }
[[ "$seed" =~ ^-?[0-9]+$ ]] || { echo "bench/hostile.sh: SEED must be a whole number, not $seed" >&2; exit 2; }
[[ "$threads" =~ ^[1-9][0-9]*$ ]] || { echo "bench/hostile.sh: THREADS must be a whole number of 1 or more, not $threads" >&2; exit 2; }
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
./mvnw -B -pl web -am verify -Dtest='HostileInputTest,HostileFilesTest,TenantBoundariesTest' \
  -Dsurefire.failIfNoSpecifiedTests=false -Dhsp.fuzz.cases="$cases" -Dhsp.fuzz.seed="$seed" -Dhsp.fuzz.threads="$threads" \
  -Dhsp.tenants.concurrentRequests="$cases" >"$log" 2>&1 || status=$?
grep -E '^(Hostile input|Hostile files|Tenant boundaries)' "$log" || true
if [[ "$status" != 0 ]]; then
  grep -E 'Tests run:|FAIL|seed [0-9]+' "$log" | head -40 >&2
  echo "bench/hostile.sh: failures above (the whole log was $log; kept)" >&2
  trap - EXIT
  exit 1
fi
echo "bench/hostile.sh: $cases cases from seed $seed, $threads client thread(s) on the server, no failure"
