#!/usr/bin/env bash
# Measures the server render time of the results page, warm, in one run of one server:
#   [WARMUP=300] [REQUESTS=200] bench/results-page.sh
# Starts ./hsp serve (its jar built when the sources changed), then sends one request at a time on
# loopback (curl, one connection, so that the time is the page's, not a queue's): WARMUP requests of
# the results page to warm the JVM, then REQUESTS rounds in which the results page (the article's three
# applicants in turn, each round in another of the five languages, with a what-if) and the start page
# (/en/, a page that computes nothing) take turns, so that a change in the machine's other load falls
# on both alike. Prints the median, p90 and p99 of each in ms (curl's time_total: request to last byte)
# and the difference of the medians, the time the results themselves take. Target: results page
# median under 50 ms.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/preamble.sh
source bench/preamble.sh
read_warmup_and_requests 300 200

# The answers of each example, as the form sends them: the profile JSON flattened to its CSV columns.
queries=()
for example in mr-zhang ms-li dr-wang; do
  queries+=("$(python3 - "examples/$example.json" <<'PY'
import json, sys, urllib.parse
def flatten(prefix, node, out):
    if isinstance(node, dict):
        for key, value in node.items():
            flatten(f"{prefix}.{key}" if prefix else key, value, out)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            flatten(f"{prefix}.{index}", value, out)
    elif node is not False:
        out[prefix] = "true" if node is True else str(node)
answers = {}
flatten("", json.load(open(sys.argv[1])), answers)
print(urllib.parse.urlencode(answers))
PY
)")
done
languages=(en ja zh zh-Hant ko)

start_server /en/

results_url() { # ROUND: the results page of one example in one language, with a what-if
  local round="$1"
  echo "$url/${languages[round % 5]}/self-assessment/results?${queries[round % 3]}&change=annualSalaryYen&to=9000000"
}
fetch() { # URL: the time to the last byte in ms; a status other than 200 stops the run
  local out
  out="$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$1")"
  if [[ "${out%% *}" != 200 ]]; then
    echo "bench/results-page.sh: $1 answered ${out%% *}" >&2
    exit 1
  fi
  awk -v s="${out#* }" 'BEGIN { printf "%.3f\n", s * 1000 }'
}
for ((i = 0; i < warmup; i++)); do
  fetch "$(results_url "$i")" >/dev/null
done
for ((i = 0; i < requests; i++)); do
  fetch "$(results_url "$i")" >>"$work/results"
  fetch "$url/en/" >>"$work/start"
done

percentile() { # P FILE: the P-th percentile of the numbers in FILE (nearest rank)
  sort -g "$2" | awk -v p="$1" '{ v[NR] = $1 } END { i = int((p * NR + 99) / 100); if (i < 1) i = 1; print v[i] }'
}
echo "bench/results-page.sh: $warmup warm-up requests, then $requests rounds of one request each, one at a time"
for page in results start; do
  printf '%-13s p50 %8s ms   p90 %8s ms   p99 %8s ms\n' "$page page" "$(percentile 50 "$work/$page")" \
    "$(percentile 90 "$work/$page")" "$(percentile 99 "$work/$page")"
done
awk -v r="$(percentile 50 "$work/results")" -v s="$(percentile 50 "$work/start")" \
  'BEGIN { printf "results page minus start page, medians: %.3f ms\n", r - s }'
