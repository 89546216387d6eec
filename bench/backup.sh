#!/usr/bin/env bash
# Backup under load, as an operator takes one: `hsp backup` while the server takes writes over HTTP.
#   bench/backup.sh [ROUNDS] [--postgresql]          (default 10 backups on SQLite)
# Starts ./hsp serve on a scratch data folder and a free port, makes an owner and an API token (hsp
# admin), starts the writers of bench/crash_clients.py (CLIENTS threads, default 4: applicants, profile
# snapshots, application files, a checklist tick, status events, every acknowledged write journaled)
# and, while they write, ROUNDS times waits a random moment (BACKUP_AFTER_MS, default 500-3000 ms after
# the last backup) and runs `hsp backup FILE` as a process of its own. Then the writers stop, the server
# too, and each backup is restored with `hsp restore FILE --db URL` into an empty database (a new SQLite
# file; with --postgresql a new database of the scratch cluster) and checked:
#   - a second server on the restored database answers the applicant list and an applicant read with
#     200, and every write acknowledged before the backup began reads back equal through its API, each
#     snapshot with its assessment, each application's status the end of its events
#     (crash_clients.py check);
#   - with SQL (bench/backup_check.py): no row without its parent (SQLite: PRAGMA integrity_check and
#     foreign_key_check; PostgreSQL: a query per foreign key), every applicant in it whole, and nothing
#     there that the writers had not been answered for by the end of the run.
# A self-test spoils the last restored database (an acknowledged applicant deleted, one never
# acknowledged added, an assessment deleted, a file's status set back past its events, a row without its
# parent), and each check must see its part. Exits 1 on any problem, 2 on bad usage.
#   --postgresql    a scratch PostgreSQL cluster (Debian's postgresql, installed here when missing),
#                   started with pg_ctl in a temporary folder (bench/postgresql.sh)
# SEED fixes the random moments (the machine's load still moves them).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/postgresql.sh
source bench/postgresql.sh
# shellcheck source=bench/writers.sh
source bench/writers.sh

usage="usage: bench/backup.sh [ROUNDS] [--postgresql]"
rounds=10
scratch_postgresql=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --postgresql) scratch_postgresql=yes; shift ;;
    -h|--help) echo "$usage"; exit 0 ;;
    -*) echo "$script: unknown option $1" >&2; echo "$usage" >&2; exit 2 ;;
    *) require_whole_number ROUNDS "$1" 1; rounds="$1"; shift ;;
  esac
done
clients="${CLIENTS:-4}"
backup_min="${BACKUP_AFTER_MS_MIN:-500}"
backup_max="${BACKUP_AFTER_MS_MAX:-3000}"
require_whole_number CLIENTS "$clients" 1
require_whole_number BACKUP_AFTER_MS_MIN "$backup_min" 0
require_whole_number BACKUP_AFTER_MS_MAX "$backup_max" 0
(( backup_max >= backup_min )) || { echo "$script: BACKUP_AFTER_MS_MAX must be at least BACKUP_AFTER_MS_MIN ($backup_min)" >&2; exit 2; }
begin_writers_run
started="$SECONDS"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

kind=SQLite
database=(env -u HSP_DB_URL HSP_DATA_DIR="$work/data")
if [[ -n "$scratch_postgresql" ]]; then
  make_scratch_postgresql "$script"
  kind=PostgreSQL
  database=(env HSP_DB_URL="$db_url" HSP_DATA_DIR="$work/data")
fi
./hsp serve --help >/dev/null                     # builds the server's jar when the sources changed
make_owner_and_token "Backup Test" backup@example.jp backup-test-battery-horse-42
journal="$work/journal"
: >"$journal"
# The writers stop, each after the applicant it is writing, once this file exists.
export STOP_FILE="$work/stop"

problems=0
problem() {
  echo "$script: $*" >&2
  problems=$(( problems + 1 ))
}

# Counts the rows of the backup FILE: sets applicants, rows (of all its tables but the schema's
# history) and tables.
backup_rows() { # FILE
  local counts
  counts="$(python3 - "$1" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
tables = [t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
          if t != "flyway_schema_history" and not t.startswith("sqlite_")]
total = sum(db.execute('SELECT COUNT(*) FROM "%s"' % t).fetchone()[0] for t in tables)
applicants = db.execute("SELECT COUNT(*) FROM applicant").fetchone()[0]
print(applicants, total, len(tables))
EOF
)"
  read -r applicants rows tables <<<"$counts"
}

# The smallest, middle and largest of the numbers given.
spread() { # NUMBER...
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { printf "%s/%s/%s", v[1], v[int((NR + 1) / 2)], v[NR] }'
}

echo "$script: $rounds backups on $kind while $clients writers write, each $backup_min-$backup_max ms after the last, seed $seed"
serve_until_ready
start_writers 1
acknowledged=()
backup_rows_of=()
backup_ms=()
backup_cpu_ms=()
TIMEFORMAT='%R %U %S'
for ((round = 1; round <= rounds; round++)); do
  pause_at_random "$backup_min" "$backup_max"
  kill -0 "$writers" 2>/dev/null || { cat "$work/writers.err" >&2; echo "$script: the writers stopped before backup $round" >&2; exit 1; }
  # What was acknowledged before the backup began: the journal's whole lines now.
  acknowledged[round]="$(wc -l <"$journal")"
  head -n "${acknowledged[round]}" "$journal" >"$work/journal-$round"
  status=0
  { time "${database[@]}" ./hsp backup "$work/backup-$round.db" 2>"$work/backup-$round.log"; } 2>"$work/backup-$round.time" || status=$?
  if [[ "$status" != 0 ]]; then
    cat "$work/backup-$round.log" >&2
    echo "$script: hsp backup exited with $status while the writers wrote" >&2
    exit 1
  fi
  read -r real user system <"$work/backup-$round.time"
  backup_ms[round]="$(awk -v s="$real" 'BEGIN { printf "%d", s * 1000 }')"
  backup_cpu_ms[round]="$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%d", (u + s) * 1000 }')"
  backup_rows "$work/backup-$round.db"
  backup_rows_of[round]="$rows"
  echo "backup $round: began $delay_ms ms after the last with ${acknowledged[round]} writes acknowledged, took" \
    "${backup_ms[round]} ms (${backup_cpu_ms[round]} ms of CPU); $(wc -l <"$journal") acknowledged when it ended;" \
    "$applicants applicants, $rows rows in $tables tables"
done
touch "$STOP_FILE"
wait_for_writers
kill -TERM "$server"
wait "$server" 2>/dev/null || true
server=""
echo "the writers stopped with $(wc -l <"$journal") writes acknowledged; the server stopped"

# Restores backup ROUND into an empty database; sets restored_url.
restore() { # ROUND
  if [[ -n "$scratch_postgresql" ]]; then
    as_pg "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U hsp "restored_$1"
    restored_url="jdbc:postgresql://127.0.0.1:$pg_port/restored_$1?user=hsp"
  else
    restored_url="jdbc:sqlite:$work/restored-$1.db"
  fi
  ./hsp restore "$work/backup-$1.db" --db "$restored_url" 2>"$work/restore-$1.log" \
    || { cat "$work/restore-$1.log" >&2; echo "$script: hsp restore of backup $1 failed" >&2; exit 1; }
}

# The HTTP status of GET PATH on the server, with the token.
status_of() { # PATH
  curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$url$1"
}

# Checks the restored database of backup ROUND through its server's API and with SQL; counts the problems.
check_restored() { # ROUND
  local first figures status=0
  first="$(head -1 "$work/journal-$1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')"
  [[ "$(status_of /api/v1/applicants)" == 200 ]] || problem "backup $1: the applicant list did not answer 200"
  [[ "$(status_of "/api/v1/applicants/$first")" == 200 ]] || problem "backup $1: applicant $first did not answer 200"
  figures="$(python3 bench/crash_clients.py check "$url" "$token" "$work/journal-$1" 2>"$work/api-$1.err")" || status=$?
  echo "backup $1, through the API: $figures"
  [[ "$status" == 0 ]] || { sed 's/^/  /' "$work/api-$1.err" >&2; problem "backup $1: acknowledged writes missing, different or half-written"; }
  status=0
  figures="$(python3 bench/backup_check.py check "$restored_url" "$journal" 2>"$work/sql-$1.err")" || status=$?
  echo "backup $1, with SQL: $figures"
  [[ "$status" == 0 ]] || { sed 's/^/  /' "$work/sql-$1.err" >&2; problem "backup $1: rows without their parent, half-written or never acknowledged"; }
}

# The checks must be able to fail: each must see its part of a spoiled copy.
self_test() { # ROUND
  local spoiled status=0 problems_before="$problems"
  spoiled="$(python3 bench/backup_check.py spoil "$restored_url" "$work/journal-$1")"
  echo "self-test on backup $1: $spoiled"
  python3 bench/crash_clients.py check "$url" "$token" "$work/journal-$1" >/dev/null 2>"$work/self-api.err" || status=$?
  [[ "$status" == 1 ]] && grep -q "^LOST applicant " "$work/self-api.err" \
    || problem "self-test: the API's check missed an acknowledged applicant deleted from the restored copy"
  status=0
  python3 bench/backup_check.py check "$restored_url" "$journal" >/dev/null 2>"$work/self-sql.err" || status=$?
  [[ "$status" == 1 ]] || problem "self-test: the SQL check passed a spoiled copy"
  local expected
  for expected in "^UNACKNOWLEDGED: applicant 00000000-0000-7000-8000-000000000000 " \
      "^HALF-WRITTEN: snapshot .* has no stored assessment" "^HALF-WRITTEN: application .*: status PREPARING, its events end at" \
      "^DANGLING: .*profile_snapshot"; do
    grep -q "$expected" "$work/self-sql.err" || problem "self-test: the SQL check did not report /$expected/"
  done
  [[ "$problems" != "$problems_before" ]] || echo "self-test: each check found its part"
}

for ((round = 1; round <= rounds; round++)); do
  restore "$round"
  database=(env HSP_DB_URL="$restored_url" HSP_DATA_DIR="$work/restored-$round-data")
  serve_until_ready
  check_restored "$round"
  [[ "$round" != "$rounds" ]] || self_test "$round"
  kill -TERM "$server"
  wait "$server" 2>/dev/null || true
  server=""
done

echo "$script: $rounds backups on $kind; acknowledged when each began (min/median/max) $(spread "${acknowledged[@]}");" \
  "rows in the backups $(spread "${backup_rows_of[@]}"); hsp backup $(spread "${backup_ms[@]}") ms wall, $(spread "${backup_cpu_ms[@]}") ms CPU; $(( SECONDS - started )) s in all;" \
  "load average $load_before at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
if [[ "$problems" != 0 ]]; then
  echo "$script: $problems problems (above)" >&2
  exit 1
fi
echo "$script: every backup restored whole: no acknowledged write missing, nothing unacknowledged, no row without its parent"
