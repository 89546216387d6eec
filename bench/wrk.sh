# The pieces of wrk that bench/api.sh and bench/load.sh share; sourced by them, not run.

# Installs wrk (Debian's package) when it is missing; SCRIPT names the caller in the message.
require_wrk() { # SCRIPT
  if ! command -v wrk >/dev/null 2>&1; then
    echo "$1: installing wrk (Debian package)..." >&2
    local sudo=""
    [[ "$(id -u)" == 0 ]] || sudo="sudo"
    $sudo apt-get update -qq >&2
    $sudo apt-get install -y -qq wrk >&2
  fi
}

# A wrk latency (812.00us, 1.20ms, 1.05s, 1.00m) in milliseconds.
wrk_ms() { # VALUE
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0;
    else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

# The errors of a wrk report: non-2xx answers and socket errors (timeouts included).
wrk_errors() { # REPORT
  local non2xx socket
  non2xx="$(awk '/Non-2xx or 3xx responses:/ { print $5 }' "$1")"
  socket="$(awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$1")"
  echo $(( ${non2xx:-0} + ${socket:-0} ))
}
