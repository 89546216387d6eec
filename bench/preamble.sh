# The start that bench scripts share: the checks of their number settings and a server of their own on
# a scratch data folder; sourced by them, not run.

# The script's name in its messages.
script="bench/${0##*/}"

# Ends the script with exit code 2 unless VALUE is a whole number of at least LEAST (0 or 1); NAME is
# the setting's name in the message.
require_whole_number() { # NAME VALUE LEAST
  local pattern='^[1-9][0-9]*$'
  [[ "$3" == 0 ]] && pattern='^[0-9]+$'
  if ! [[ "$2" =~ $pattern ]]; then
    echo "$script: $1 must be a whole number of $3 or more, not \"$2\"" >&2
    exit 2
  fi
}

# Sets warmup and requests, the numbers of warm-up and of measured requests, from WARMUP and REQUESTS or
# else the script's defaults; at least one request is measured.
read_warmup_and_requests() { # DEFAULT_WARMUP DEFAULT_REQUESTS
  warmup="${WARMUP:-$1}"
  requests="${REQUESTS:-$2}"
  require_whole_number WARMUP "$warmup" 0
  require_whole_number REQUESTS "$requests" 1
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Starts ./hsp serve (its jar built first when the sources changed) on a free port with a scratch data
# folder and waits until READY_PATH answers 200; sets work (the scratch folder, for the caller's files
# too), server (its PID) and url. On exit the server is stopped and the folder removed. A server that
# stops before it is ready ends the script with its error output.
start_server() { # READY_PATH
  work="$(mktemp -d)"
  server=""
  trap stop_server EXIT
  ./hsp serve --help >/dev/null
  local port
  port="$(free_port)"
  url="http://127.0.0.1:$port"
  HSP_DATA_DIR="$work" ./hsp serve --port "$port" >/dev/null 2>"$work/server.err" &
  server=$!
  wait_until_ready "$url$1" "$server" "$work/server.err"
}

# Waits until ADDRESS answers 200; a server (PID) that stops before ends the script with its error
# output (ERROR_FILE).
wait_until_ready() { # ADDRESS PID ERROR_FILE
  until curl -sf -o /dev/null "$1"; do
    if ! kill -0 "$2" 2>/dev/null; then
      echo "$script: the server stopped:" >&2
      cat "$3" >&2
      exit 1
    fi
    sleep 0.1
  done
}

stop_server() {
  if [[ -n "$server" ]]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
