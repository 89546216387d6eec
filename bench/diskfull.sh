#!/usr/bin/env bash
# Disk full and read-only: the server on a small file system of its own.
#   bench/diskfull.sh [SIZE]                  (SQLite; default 16m: the size of the tmpfs, as mount's size= takes it)
#   bench/diskfull.sh [SIZE] --postgresql     (a scratch PostgreSQL cluster whose data folder is on the
#                                              tmpfs, default 64m, its write-ahead log on the ordinary disk)
# Mounts a tmpfs of SIZE as the SQLite data folder, or as the scratch PostgreSQL cluster's folder
# (root, or sudo, is needed to mount), starts ./hsp serve on it, makes an owner, a token and an
# applicant, then:
#   1. fills the file system to its last byte and sends WRITES writes (default 12: applicants and
#      snapshots) and as many reads (the applicant, the list, a public assessment); the reads must
#      answer 200, their audit entries deferred by the server when the database refuses them; hsp report
#      writing onto the full disk must end with exit code 2 and "no space left on device";
#   2. makes room (the deferred audit entries must then be written, which the server's log says),
#      stops the server, remounts the file system read-only (Linux refuses while the server holds its
#      files open for writing) and starts the server on it: it must refuse to start, with a non-zero
#      exit status and its one-sentence reason (SQLite only: PostgreSQL holds its files open, so its
#      file system cannot be remounted read-only under it);
#   3. remounts it read-write, sends writes that must succeed again, stops the server, checks the
#      database (SQLite: PRAGMA integrity_check and foreign_key_check; PostgreSQL: pg_amcheck of every
#      table and index) and that every request with the token while the disk was full has its audit
#      entries (the token's use, and the read's), starts the server again and reads back every write
#      that was answered 2xx.
# On SQLite the browser's pages are sent too, with a session cookie and the CSRF token of the page last
# read, as a browser sends them: the login form before the disk fills; while it is full, the applicants
# list and an applicant must answer 200, the form that adds an applicant the unavailable page in the
# page's language (503, text/html, Retry-After), and the login page of a new visitor, whose session
# cannot be stored, the same page; once room is made the same session adds an applicant again. Each
# applicant a form added is read back like the API's writes.
# PostgreSQL fills the free room left in a table's last pages before it needs a new page, so on a full
# disk some of its writes still succeed; each must then be read back like any other, and at least one
# write must have been refused.
# Prints the answers by phase and status. Exits 1 on any 5xx other than a 503 problem with Retry-After,
# on a read refused while the disk was full, on a missing audit entry, on a start on the read-only
# file system, on a 2xx write that is not read back, or on a database that fails its checks.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

size=""
postgresql=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --postgresql) postgresql=yes; shift ;;
    *) [[ -z "$size" ]] || { echo "bench/diskfull.sh: usage: bench/diskfull.sh [SIZE] [--postgresql]" >&2; exit 2; }
       size="$1"; shift ;;
  esac
done
[[ -n "$size" ]] || size="$( [[ -n "$postgresql" ]] && echo 64m || echo 16m )"
writes="${WRITES:-12}"
sudo_if_needed=""
[[ "$(id -u)" == 0 ]] || sudo_if_needed="sudo"

work="$(mktemp -d)"
data="$work/data"          # the server's data folder: SQLite's database, or (PostgreSQL) nothing of the database's
small="$data"              # the folder on the small tmpfs
[[ -z "$postgresql" ]] || small="$work/small"
server=""
mounted=""
# shellcheck source=bench/postgresql.sh
source bench/postgresql.sh
cleanup() {
  if [[ -n "$server" ]]; then
    kill -KILL "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  stop_postgresql immediate
  [[ -z "$mounted" ]] || $sudo_if_needed umount "$small" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$data" "$small"
: >"$work/cookies"
if ! $sudo_if_needed mount -t tmpfs -o "size=$size,mode=0777" tmpfs "$small" 2>"$work/mount.err"; then
  echo "bench/diskfull.sh: cannot mount a tmpfs here ($(cat "$work/mount.err")); this test needs root or sudo" >&2
  exit 2
fi
mounted=yes

database=(env -u HSP_DB_URL HSP_DATA_DIR="$data")
if [[ -n "$postgresql" ]]; then
  # The cluster's folder on the tmpfs, its write-ahead log beside the script's other files: a full data
  # folder refuses new pages of tables and indexes (SQLSTATE 53100) while PostgreSQL keeps running.
  make_scratch_postgresql bench/diskfull.sh "$small/cluster" "$work/wal"
  database=(env HSP_DB_URL="$db_url" HSP_DATA_DIR="$data")
  psql_hsp() { "$pg_bin/psql" -X -q -At -h 127.0.0.1 -p "$pg_port" -U hsp -d hsp "$@"; }
fi
./hsp serve --help >/dev/null                     # builds the server's jar when the sources changed
./hsp --version >/dev/null                        # and the command line's
make_owner_and_token "Disk Full" full@example.jp disk-full-battery-horse-42

stop_server() {
  kill -TERM "$server"
  wait "$server" 2>/dev/null || true
  server=""
}

acknowledged="$work/acknowledged"   # one line a 2xx write: applicant ID, or snapshot APPLICANT DATE
: >"$acknowledged"
tally="$work/tally"                 # one line an answer: PHASE KIND STATUS
: >"$tally"
bad=""
# One request, with the token unless anonymous; checks that a 5xx is a 503 problem with Retry-After.
call() { # PHASE KIND METHOD PATH [BODY] [anonymous]
  local phase="$1" kind="$2" method="$3" path="$4" body="${5:-}" status
  local args=(-s -o "$work/body" -D "$work/head" -w '%{http_code}' -X "$method")
  [[ "${6:-}" == anonymous ]] || args+=(-H "Authorization: Bearer $token")
  [[ -z "$body" ]] || args+=(-H 'Content-Type: application/json' --data-binary "$body")
  status="$(curl "${args[@]}" "http://127.0.0.1:$port$path" || echo 000)"
  echo "$phase $kind $status" >>"$tally"
  [[ "$phase" != full || "$kind" == write || "$status" == 200 ]] || { echo "bench/diskfull.sh: a read answered $status while the disk was full" >&2; bad=yes; }
  storage_answer_ok "$phase $method $path" "$status" "$work/head" "$work/body" || bad=yes
  last_status="$status"
}
zhang="$(tr -d '\n' <examples/mr-zhang.json)"
profile() { # DATE: Mr Zhang's profile as of DATE
  sed -E "s/\"referenceDate\" *: *\"[0-9-]+\"/\"referenceDate\": \"$1\"/" <<<"$zhang"
}
created_id() { # the id of the answer just received
  grep -o '"id" : "[^"]*"' "$work/body" | head -1 | cut -d'"' -f4
}
write_round() { # PHASE: WRITES writes, half new applicants, half snapshots of the first applicant
  local phase="$1" i day
  for ((i = 1; i <= writes; i++)); do
    if (( i % 2 )); then
      call "$phase" write POST /api/v1/applicants "{\"name\": \"$phase $i $(head -c 60 /dev/zero | tr '\0' x)\"}"
      if [[ "$last_status" == 201 ]]; then
        created_id >>"$acknowledged"
      fi
    else
      snapshot_day=$(( snapshot_day + 1 ))
      day="$(date -u -d "2020-01-01 + $snapshot_day days" +%F)"
      call "$phase" write POST "/api/v1/applicants/$first/snapshots" "$(profile "$day")"
      [[ "$last_status" != 201 ]] || echo "snapshot $first $day" >>"$acknowledged"
    fi
    call "$phase" read GET "/api/v1/applicants/$first"
    call "$phase" read GET /api/v1/applicants
    call "$phase" public POST /api/v1/assessments "$zhang" anonymous
  done
}
cookies="$work/cookies"   # the browser's cookie jar
csrf=""
# One page request as a browser sends it (the session's cookie jar; a form with the CSRF token of the
# page last read); checks the answer by KIND and PHASE: a read 200; a form 302 to the applicant it made
# (acknowledged), or while full the unavailable page; a new visitor's login page 200, or while full the
# unavailable page. EXPECTED_TITLE is the unavailable page's title in the page's language.
page() { # PHASE KIND EXPECTED_TITLE METHOD PATH [FIELD=VALUE...]
  local phase="$1" kind="$2" title="$3" method="$4" path="$5" status want
  shift 5
  local args=(-s -o "$work/page" -D "$work/page.head" -w '%{http_code}' -X "$method")
  if [[ "$kind" == new-visitor ]]; then
    args+=(-c "$work/visitor-cookies")
  else
    args+=(-b "$cookies" -c "$cookies")
  fi
  if [[ "$method" == POST ]]; then
    args+=(--data-urlencode "_csrf=$csrf")
    for field in "$@"; do args+=(--data-urlencode "$field"); done
  fi
  status="$(curl "${args[@]}" "http://127.0.0.1:$port$path" || echo 000)"
  echo "$phase page-$kind $status" >>"$tally"
  last_status="$status"
  local token
  token="$(grep -o 'name="_csrf" value="[^"]*"' "$work/page" | head -1 | cut -d'"' -f4 || true)"
  [[ -z "$token" ]] || csrf="$token"
  case "$phase:$kind" in
    full:read | *:new-visitor | *:login-form) want=200 ;;
    full:form) want=503 ;;
    *:form) want=302 ;;
    *:read) want=200 ;;
  esac
  [[ "$phase:$kind" != full:new-visitor ]] || want=503
  [[ "$kind" != login ]] || want=302
  if [[ "$status" != "$want" ]]; then
    echo "bench/diskfull.sh: page $phase $method $path answered $status, not $want:" >&2
    cat "$work/page.head" >&2; head -c 2000 "$work/page" >&2; echo >&2
    bad=yes
  elif [[ "$want" == 503 ]]; then
    if ! grep -qi '^content-type: text/html' "$work/page.head" || ! grep -qi '^retry-after: [0-9]' "$work/page.head" \
        || ! grep -q "$title" "$work/page"; then
      echo "bench/diskfull.sh: page $phase $method $path: 503 but not the unavailable page \"$title\" with Retry-After:" >&2
      cat "$work/page.head" >&2; head -c 2000 "$work/page" >&2; echo >&2
      bad=yes
    fi
  elif [[ "$kind" == form ]]; then
    local made
    made="$(grep -i '^location:' "$work/page.head" | grep -o '/workspace/applicants/[0-9a-f-]*' | cut -d/ -f4)"
    if [[ -n "$made" ]]; then echo "$made" >>"$acknowledged"; else echo "bench/diskfull.sh: page form $path: no applicant in the redirect" >&2; bad=yes; fi
  fi
  if grep -q $'\tat \|Exception' "$work/page"; then
    echo "bench/diskfull.sh: page $phase $method $path: a stack trace or an exception's name in the page" >&2
    bad=yes
  fi
}
# The pages of a logged-in user in Japanese, PAGE_WRITES forms (default 4), and a new visitor's login page in Chinese.
page_round() { # PHASE
  local i
  for ((i = 1; i <= ${PAGE_WRITES:-4}; i++)); do
    page "$1" read "" GET /ja/workspace/applicants
    grep -q 'Read while full' "$work/page" || { echo "bench/diskfull.sh: page $1: the applicants list without its applicant" >&2; bad=yes; }
    page "$1" read "" GET "/ja/workspace/applicants/$first"
    page "$1" form 現在、保存できません POST /ja/workspace/applicants "name=Page $1 $i"
    page "$1" new-visitor 目前无法保存 GET /zh/workspace/login
  done
}
integrity() {
  if [[ -n "$postgresql" ]]; then
    local status=0
    "$pg_bin/pg_amcheck" --install-missing --heapallindexed -h 127.0.0.1 -p "$pg_port" -U hsp -d hsp \
      >"$work/amcheck" 2>&1 || status=$?
    if [[ "$status" != 0 ]]; then
      echo "pg_amcheck failed (exit status $status):"
      cat "$work/amcheck"
      return 1
    fi
    echo "pg_amcheck of every table and index (heap and all indexes) ok"
    return 0
  fi
  sqlite_integrity "$data/hsp.db"
}
now_ms() { date +%s%3N; }
# FROM TO READS TOKEN_REQUESTS: the audit entries of the full phase, in the database once the server stopped.
audit_of_full_phase() {
  if [[ -n "$postgresql" ]]; then
    local reads uses
    reads="$(psql_hsp -c "SELECT count(*) FROM audit_event WHERE occurred_at BETWEEN $1 AND $2 AND action IN ('APPLICANT_READ', 'APPLICANTS_LISTED')")"
    uses="$(psql_hsp -c "SELECT count(*) FROM audit_event WHERE occurred_at BETWEEN $1 AND $2 AND action = 'TOKEN_USED'")"
    echo "audit entries of the disk-full phase: $reads reads of $3 answered 200, $uses token uses of $4 requests with the token"
    [[ "$reads" == "$3" && "$uses" == "$4" ]]
    return
  fi
  python3 - "$data/hsp.db" "$@" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
start, end, reads, uses = (int(a) for a in sys.argv[2:])
count = lambda actions: db.execute("SELECT count(*) FROM audit_event WHERE occurred_at BETWEEN ? AND ? AND action IN (%s)"
    % ",".join("?" * len(actions)), (start, end, *actions)).fetchone()[0]
read_entries = count(["APPLICANT_READ", "APPLICANTS_LISTED"])
use_entries = count(["TOKEN_USED"])
print(f"audit entries of the disk-full phase: {read_entries} reads of {reads} answered 200, "
      f"{use_entries} token uses of {uses} requests with the token")
sys.exit(0 if read_entries == reads and use_entries == uses else 1)
EOF
}

snapshot_day=0
serve_until_ready
call setup write POST /api/v1/applicants '{"name": "Read while full"}'
first="$(created_id)"
echo "$first" >>"$acknowledged"
write_round before
if [[ -z "$postgresql" ]]; then
  page before login-form "" GET /ja/workspace/login
  page before login "" POST /ja/workspace/login "email=full@example.jp" "password=disk-full-battery-horse-42"
  page_round before
fi

# 1. Full: a file takes every byte left (dd stops at ENOSPC).
dd if=/dev/zero of="$small/filler" bs=64k status=none 2>/dev/null || true
echo "bench/diskfull.sh: $(df -h "$small" | tail -1 | awk '{print $2 " file system, " $4 " free"}') after filling it"
full_from="$(now_ms)"
write_round full
full_to="$(now_ms)"
# The command line on the same full disk: a message naming the file and the system's reason, exit code 2.
report_status=0
./hsp report examples/mr-zhang.json -o "$small/zhang.pdf" >/dev/null 2>"$work/report.err" || report_status=$?
echo "bench/diskfull.sh: hsp report -o onto the full disk: exit code $report_status, \"$(head -1 "$work/report.err")\""
if [[ "$report_status" != 2 ]] || ! grep -q "cannot write $small/zhang.pdf: no space left on device" "$work/report.err" \
    || compgen -G "$small/.hsp-report-*" >/dev/null; then
  echo "bench/diskfull.sh: hsp report did not refuse with exit code 2, the file and the reason, or left a partial file" >&2
  bad=yes
fi
# The pages after the API's window, whose audit entries are counted below.
[[ -n "$postgresql" ]] || page_round full
full_reads="$(grep -c '^full read 200$' "$tally" || true)"
full_uses="$(grep -c '^full \(read\|write\) ' "$tally" || true)"
deferred_lines="$(grep -c 'audit event deferred' "$work/server.log" || true)"
if [[ -n "$postgresql" ]] && ! grep -q '^full write 503$' "$tally"; then
  echo "bench/diskfull.sh: no write was refused while the disk was full (raise WRITES)" >&2
  bad=yes
fi

# 2. Read-only: Linux refuses to remount a file system read-only while a process holds a file of it
# open for writing, so the server is stopped, the file system remounted read-only, and the server
# started on it. PostgreSQL holds its files open the same way, so its read-only case is not run.
rm -f "$small/filler"
# The deferred audit entries are written within the retry period (5 s) once there is room.
if [[ "$deferred_lines" != 0 ]]; then
  for _ in $(seq 1 60); do
    grep -q 'deferred audit events written' "$work/server.log" && break
    sleep 0.5
  done
fi
written_line="$(grep 'deferred audit events written' "$work/server.log" | tail -1 | sed 's/.*: //')"
echo "bench/diskfull.sh: while full, $deferred_lines log lines 'audit event deferred'; once room was made: ${written_line:-no line 'deferred audit events written'}"
# SQLite refuses every write on a full disk, so its reads' entries are always deferred; PostgreSQL may
# still have room for them in the audit table's last page.
[[ -n "$written_line" || ( -n "$postgresql" && "$deferred_lines" == 0 ) ]] || bad=yes
stop_server
if [[ -z "$postgresql" ]]; then
  $sudo_if_needed mount -o remount,ro "$small"
  lines_before="$(wc -l <"$work/server.log")"
  if serve_until_ready may-fail; then
    echo "bench/diskfull.sh: the server started on the read-only file system" >&2
    bad=yes
    write_round read-only
    stop_server
  else
    echo "read-only start refused, exit status $start_status" >>"$tally"
    reason="$(tail -n +"$((lines_before + 1))" "$work/server.log" | grep -m1 'The server cannot write to' | sed 's/^ *//' || true)"
    echo "bench/diskfull.sh: on the read-only file system the server refused to start (exit status $start_status): ${reason:-no reason given}"
    [[ -n "$reason" && "$start_status" != 0 ]] || bad=yes
  fi
  $sudo_if_needed mount -o remount,rw "$small"
fi

# 3. Space returns: writes must succeed again.
serve_until_ready
write_round after
[[ -n "$postgresql" ]] || page_round after
stop_server
integrity_text="$(integrity)" || bad=yes
echo "bench/diskfull.sh: after the server stopped: $integrity_text"
audit_text="$(audit_of_full_phase "$full_from" "$full_to" "$full_reads" "$full_uses")" || bad=yes
echo "bench/diskfull.sh: $audit_text"

serve_until_ready
lost=0
while read -r kind a b; do
  if [[ "$kind" == snapshot ]]; then
    status="$(curl -s -o "$work/snapshots" -w '%{http_code}' -H "Authorization: Bearer $token" \
      "http://127.0.0.1:$port/api/v1/applicants/$a/snapshots")"
    if [[ "$status" != 200 ]] || ! grep -q "\"$b\"" "$work/snapshots"; then
      echo "lost: snapshot $b of $a (answer $status; dates there: $(grep -o '"referenceDate" : "[^"]*"' "$work/snapshots" \
        | cut -d'"' -f4 | tr '\n' ' '))" >&2
      lost=$(( lost + 1 ))
    fi
  else
    [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/applicants/$kind")" == 200 ]] \
      || { echo "lost: applicant $kind" >&2; lost=$(( lost + 1 )); }
  fi
done <"$acknowledged"
stop_server
[[ "$lost" == 0 ]] || bad=yes

echo "answers by phase, kind and status (count phase kind status):"
sort "$tally" | uniq -c | sed 's/^/  /'
echo "acknowledged writes read back after the restart: $(( $(wc -l <"$acknowledged") - lost )) of $(wc -l <"$acknowledged")"
echo "server log: $(grep -c 'storage unavailable' "$work/server.log" || true) lines 'storage unavailable', $(grep -c 'internal error' "$work/server.log" || true) lines 'internal error', $(grep -c $'^\tat ' "$work/server.log" || true) lines of a stack trace"
grep -q 'internal error' "$work/server.log" && bad=yes
if [[ -n "$bad" ]]; then
  grep -m 5 -A 3 'internal error' "$work/server.log" >&2 || true
  echo "bench/diskfull.sh: FAILED (above)" >&2
  exit 1
fi
echo "bench/diskfull.sh: no 500, reads answered while the disk was full and their audit entries written, every failed write a 503 problem with Retry-After,$( [[ -n "$postgresql" ]] || echo " every page form and new visitor's login page the unavailable page in its language,")$( [[ -n "$postgresql" ]] || echo " no start on a read-only file system,") nothing lost or corrupt"
