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

# A TCP port free on the loopback interface now.
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Makes an owner of ORGANIZATION (EMAIL, PASSWORD) and an API token with hsp admin, on the database the
# array database names (env settings, e.g. database=(env HSP_DB_URL=... HSP_DATA_DIR=...)); sets token.
# A failure ends the script with hsp's message.
make_owner_and_token() { # ORGANIZATION EMAIL PASSWORD
  echo "$3" | "${database[@]}" ./hsp admin create-owner --org "$1" --email "$2" >/dev/null 2>"$work/admin.err" \
    || { cat "$work/admin.err" >&2; exit 1; }
  token="$("${database[@]}" ./hsp admin create-token --email "$2" --name bench 2>>"$work/admin.err")" \
    || { cat "$work/admin.err" >&2; exit 1; }
}

# Whether an answer may come from a server whose storage refuses: anything but a 5xx, or a 503 problem
# (application/problem+json) with Retry-After. Otherwise prints the answer (HEAD_FILE, BODY_FILE) under
# LABEL and returns 1.
storage_answer_ok() { # LABEL STATUS HEAD_FILE BODY_FILE
  [[ "$2" == 5* || "$2" == 000 ]] || return 0
  if [[ "$2" == 503 ]] && grep -qi '^content-type: application/problem+json' "$3" && grep -qi '^retry-after: [0-9]' "$3"; then
    return 0
  fi
  echo "$script: $1 answered $2:" >&2
  cat "$3" "$4" >&2
  return 1
}

# Reads every write of JOURNAL (bench/crash_clients.py's form) back through the server at url with token:
# present, equal, nothing half-written; prints the checker's figures. Sets bad when a write is lost or
# when the checker, given one more write the server never stored, does not fail.
read_back_acknowledged() { # JOURNAL
  local figures status=0
  figures="$(python3 bench/crash_clients.py check "$url" "$token" "$1" 2>"$work/losses")" || status=$?
  echo "$script: read back through the same server: $figures"
  [[ "$status" == 0 ]] || { cat "$work/losses" >&2; bad=yes; }
  cp "$1" "$work/journal.self-test"
  echo '{"kind": "applicant", "id": "00000000-0000-7000-8000-000000000000", "body": {"name": "Never Stored"}}' >>"$work/journal.self-test"
  if python3 bench/crash_clients.py check "$url" "$token" "$work/journal.self-test" >/dev/null 2>&1; then
    echo "$script: the checker missed a write the server never stored" >&2
    bad=yes
  fi
}

# Checks the SQLite database FILE (PRAGMA integrity_check and foreign_key_check) and prints the result;
# returns 1 unless the file is sound and no row lacks its parent.
sqlite_integrity() { # FILE
  python3 - "$1" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
ok = db.execute("PRAGMA integrity_check").fetchone()[0]
dangling = db.execute("PRAGMA foreign_key_check").fetchall()
print(f"integrity_check {ok}, foreign_key_check {len(dangling)} rows")
sys.exit(0 if ok == "ok" and not dangling else 1)
EOF
}

# Starts ./hsp serve with the settings of the array database on a free port, its output appended to
# $work/server.log, and waits until its readiness endpoint answers 200; sets port, url and server (its
# PID). A server that stops before it is ready ends the script with the log's last lines, or, given
# may-fail, makes the function return 1 with start_status set to the server's exit status.
serve_until_ready() { # [may-fail]
  port="$(free_port)"
  url="http://127.0.0.1:$port"
  "${database[@]}" ./hsp serve --port "$port" >>"$work/server.log" 2>&1 &
  server=$!
  until curl -sf -o /dev/null "$url/actuator/health/readiness"; do
    if ! kill -0 "$server" 2>/dev/null; then
      start_status=0
      wait "$server" 2>/dev/null || start_status=$?
      server=""
      [[ "${1:-}" != may-fail ]] || return 1
      echo "$script: the server stopped before it was ready:" >&2
      tail -50 "$work/server.log" >&2
      exit 1
    fi
    sleep 0.2
  done
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
