#!/usr/bin/env bash
# Measures the PDF reports of the server, warm, one request at a time:
#   [WARMUP=10] [REQUESTS=20] bench/reports.sh
# Starts ./hsp serve (its jar built when the sources changed) on a scratch data folder and a free
# port, then for each language (ja, en, zh, zh-Hant, ko) and each kind (sheet, summary) posts
# examples/mr-zhang.json to POST /api/v1/reports: WARMUP requests to warm the JVM and the fonts, then
# REQUESTS measured ones. Prints the median and p90 in ms of each (curl's time_total: request to last
# byte, so reading the JSON and the HTTP exchange are in it too), and the load average before and
# after. Target: a report under 100 ms warm.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/preamble.sh
source bench/preamble.sh
read_warmup_and_requests 10 20
start_server /actuator/health/readiness

report() { # LANG KIND: the time of one report in ms; an answer other than a PDF stops the run
  local out
  out="$(curl -s -o "$work/report.pdf" -w '%{http_code} %{content_type} %{time_total}' \
    -H 'Content-Type: application/json' --data-binary @examples/mr-zhang.json \
    "$url/api/v1/reports?lang=$1&kind=$2")"
  if [[ "$out" != "200 application/pdf "* ]]; then
    echo "bench/reports.sh: lang=$1 kind=$2 answered ${out% *}" >&2
    exit 1
  fi
  awk -v s="${out##* }" 'BEGIN { printf "%.3f\n", s * 1000 }'
}

echo "bench/reports.sh: examples/mr-zhang.json, $warmup warm-up and $requests measured requests each, one at a time, $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
for language in ja en zh zh-Hant ko; do
  for kind in sheet summary; do
    for (( i = 0; i < warmup; i++ )); do report "$language" "$kind" >/dev/null; done
    for (( i = 0; i < requests; i++ )); do report "$language" "$kind"; done | sort -n | awk -v name="$language $kind" '
      { times[NR] = $1 }
      END {
        median = NR % 2 ? times[(NR + 1) / 2] : (times[NR / 2] + times[NR / 2 + 1]) / 2
        p90 = times[int(NR * 0.9 + 0.999)]
        printf "%-15s median %7.1f ms   p90 %7.1f ms\n", name, median, p90
      }'
  done
done
echo "bench/reports.sh: load average $(cut -d' ' -f1 /proc/loadavg) at the end"
