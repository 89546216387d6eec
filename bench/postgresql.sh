# A scratch PostgreSQL cluster for the bench scripts, sourced by them: Debian's binaries (the package is
# installed when missing), a cluster owned by the current user (or by the postgres user when run as
# root, which PostgreSQL refuses to run as) in the caller's $work folder, on a free port, with fsync
# and synchronous commits on. The caller stops it on exit: stop_postgresql immediate. It needs
# bench/preamble.sh (free_port), sourced here.

# shellcheck source=bench/preamble.sh
source bench/preamble.sh

pg_bin=""
pg_user=""
initdb_options=()        # the caller's further initdb options (bench/walfull.sh: a small WAL segment)
postgresql_options=""    # the caller's further server options, "-c name=value ..."
pg_port=""
postgres_data=""
as_pg() { if [[ -n "$pg_user" ]]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi; }
start_postgresql() {
  as_pg "$pg_bin/pg_ctl" -D "$postgres_data" -l "$work/postgresql.log" -w -t 120 \
    -o "-p $pg_port -k $work/socket -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on $postgresql_options" start >/dev/null
}
stop_postgresql() { # MODE: immediate (pg_ctl), or kill: SIGKILL to the postmaster and its children at once
  local pid children
  [[ -n "$postgres_data" ]] || return 0
  pid="$(head -1 "$postgres_data/postmaster.pid" 2>/dev/null || true)"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
  if [[ "$1" == kill ]]; then
    children="$(pgrep -P "$pid" | tr '\n' ' ' || true)"
    # shellcheck disable=SC2086 # one pid a word
    kill -KILL "$pid" $children 2>/dev/null || true
    for _ in $(seq 1 100); do
      kill -0 "$pid" $children 2>/dev/null || break
      sleep 0.05
    done
  else
    as_pg "$pg_bin/pg_ctl" -D "$postgres_data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
}
# SCRIPT [DATA [WAL]]: makes and starts the cluster with a database hsp, and sets db_url to its JDBC URL.
# DATA (default $work/postgresql) is the cluster's folder, WAL (default inside it) its write-ahead log's.
make_scratch_postgresql() {
  if ! compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null; then
    echo "$1: installing postgresql (Debian package)..." >&2
    local sudo=""
    [[ "$(id -u)" == 0 ]] || sudo="sudo"
    $sudo apt-get update -qq >&2
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  fi
  pg_bin="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -1)")"
  [[ "$(id -u)" != 0 ]] || pg_user=postgres
  postgres_data="${2:-$work/postgresql}"
  local wal=()
  [[ -z "${3:-}" ]] || wal=(--waldir "$3")
  mkdir -p "$postgres_data" "$work/socket"
  [[ -z "$pg_user" ]] || chown -R "$pg_user" "$work" "$postgres_data" ${3:+"$(dirname "$3")"}
  [[ -z "$pg_user" ]] || chmod 755 "$work"
  as_pg "$pg_bin/initdb" -D "$postgres_data" "${wal[@]}" ${initdb_options[@]+"${initdb_options[@]}"} -U hsp --auth=trust -E UTF8 >/dev/null
  pg_port="$(free_port)"
  start_postgresql
  as_pg "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U hsp hsp
  db_url="jdbc:postgresql://127.0.0.1:$pg_port/hsp?user=hsp"
}
