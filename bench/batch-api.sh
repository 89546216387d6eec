#!/usr/bin/env bash
# Streams a CSV body far larger than the server's heap through POST /api/v1/batch:
#   bench/batch-api.sh [MEGABYTES]        (default 1024)
# Runs the web module's BatchLargeBodyTest with a larger body than its run in CI (128 MB): the server
# as a process of its own with a 32 MB heap, the CSV generated as it is sent on a plain socket while
# the answer is read as it comes, every row of the answer counted and the end of the body checked.
# Prints the body's size and rows, the answer's size, the time of the exchange and the server's peak
# resident memory (VmHWM). The time includes generating the body and reading the answer in the test's
# JVM on the same machine: it is an upper bound of the server's own.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/preamble.sh
source bench/preamble.sh
megabytes="${1:-1024}"
require_whole_number MEGABYTES "$megabytes" 1
./mvnw -q -B -pl web -am verify -Dtest=BatchLargeBodyTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dhsp.batch.largeBodyMegabytes="$megabytes" >&2
grep -o 'POST /api/v1/batch: [^&]*peak RSS [0-9]* kB' \
  web/target/surefire-reports/TEST-org.hspnavigator.web.batch.BatchLargeBodyTest.xml
