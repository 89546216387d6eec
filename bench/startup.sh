#!/usr/bin/env bash
# Measures the wall time of scoring one profile with the built jar, as a user waits for it, under the
# JVM options ./hsp uses and without them, in one run so that the ratios compare like with like.
#   bench/startup.sh [RUNS]        (default 20 runs per configuration)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-20}"
profile="examples/mr-zhang.json"

./hsp --version >/dev/null                      # builds the jar and records the class-data archive
jar="cli/target/hsp.jar"
archive="$(ls cli/target/hsp-*.jsa 2>/dev/null | head -n 1 || true)"

mean_ms() {
  local start end
  start=$(date +%s%N)
  for ((i = 0; i < runs; i++)); do "$@" >/dev/null; done
  end=$(date +%s%N)
  echo $(((end - start) / runs / 1000000))
}

plain=$(mean_ms java -jar "$jar" score "$profile")
c1=$(mean_ms java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" score "$profile")
launcher=$(mean_ms ./hsp score "$profile")

printf '%-52s %6s ms  %s\n' "java -jar (JVM defaults)" "$plain" "1.00"
printf '%-52s %6s ms  %s\n' "java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar" "$c1" \
  "$(awk "BEGIN { printf \"%.2f\", $c1 / $plain }")"
printf '%-52s %6s ms  %s\n' "./hsp (the above + AppCDS${archive:+ archive})" "$launcher" \
  "$(awk "BEGIN { printf \"%.2f\", $launcher / $plain }")"
echo "mean of $runs runs each; ratio to the JVM defaults"
