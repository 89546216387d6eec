# The writers of bench/crash_clients.py as the scripts that write under a test run them (bench/crash.sh,
# bench/backup.sh), sourced by them after bench/postgresql.sh, not run. The caller sets clients, url (the
# server's), token and journal (the file of acknowledged writes); the writers' output goes to written and
# writers.err in work, the scratch folder of begin_writers_run.

# The start of a script that writes under a test: bash's RANDOM seeded from SEED, else the script's PID
# (sets seed), a scratch work folder, and the exit trap that stops what the script starts.
begin_writers_run() {
  seed="${SEED:-$$}"
  RANDOM="$seed"
  work="$(mktemp -d)"
  server=""
  writers=""
  trap stop_writers_and_server EXIT
  trap 'exit 130' INT TERM
}

# Starts the writers (CLIENTS threads) against url with token, appending every acknowledged write to
# journal, and returns after their first acknowledged write; sets writers (their PID). Writers that stop
# before they write end the script with their error output.
start_writers() { # RUN
  local lines_before
  lines_before="$(wc -l <"$journal")"
  python3 bench/crash_clients.py write "$url" "$token" "$journal" "$clients" "$1" \
    >"$work/written" 2>"$work/writers.err" &
  writers=$!
  until [[ "$(wc -l <"$journal")" -gt "$lines_before" ]]; do
    kill -0 "$writers" 2>/dev/null || { cat "$work/writers.err" >&2; echo "$script: the writers stopped before writing" >&2; exit 1; }
    sleep 0.05
  done
}

# Waits for the writers to end; one that got an answer other than the expected one ends the script with
# what it got.
wait_for_writers() {
  local status=0
  wait "$writers" || status=$?
  writers=""
  if [[ "$status" != 0 ]]; then
    cat "$work/writers.err" >&2
    echo "$script: a writer got an unexpected answer" >&2
    exit 1
  fi
}

# Sleeps a random time of MIN to MAX milliseconds (from bash's RANDOM, which the caller seeds); sets
# delay_ms.
pause_at_random() { # MIN MAX
  delay_ms=$(( $1 + (RANDOM * 32768 + RANDOM) % ($2 - $1 + 1) ))
  sleep "$(awk -v ms="$delay_ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
}

# The exit trap of a script that writes under a test: stops the writers and the server (SIGKILL: its
# data is scratch), the scratch PostgreSQL cluster of bench/postgresql.sh if there is one, and removes
# the work folder.
stop_writers_and_server() {
  [[ -z "$writers" ]] || kill "$writers" 2>/dev/null || true
  if [[ -n "$server" ]]; then
    kill -KILL "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  stop_postgresql immediate
  rm -rf "$work"
}
