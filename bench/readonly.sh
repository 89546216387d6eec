#!/usr/bin/env bash
# A file system that turns read-only under a running server (SQLite), and hsp report writing onto it.
#   bench/readonly.sh [SIZE]      (default 64m: the size of an ext4 file system in a file; root needed)
# Makes an ext4 file system of SIZE in a file, mounts it through a loop device with errors=remount-ro as
# the server's data folder, starts ./hsp serve on it, makes an owner, a token and an applicant, sends
# WRITES writes (default 6: applicants and snapshots) each with two reads, then:
#   1. asks Linux to remount the file system read-only (mount -o remount,ro) under the server, and
#      prints what it answered: it refuses (busy) while the server holds the database open for writing;
#   2. turns it read-only under the server as the kernel does after an error of the file system
#      (ext4's errors=remount-ro, set off by /sys/fs/ext4/DEVICE/trigger_fs_error) and sends WRITES writes,
#      which must be 503 problems with Retry-After (never a 500), and their reads, which must answer 200;
#      hsp report -o onto the folder must end with exit code 2 and "read-only file system";
#   3. stops the server and makes the file system writable again: an ext4 file system made read-only by
#      an error refuses mount -o remount,rw (the script shows it), so it is unmounted, checked (e2fsck) and
#      mounted again; PRAGMA integrity_check and foreign_key_check must say ok;
#   4. starts the server again: WRITES writes must answer 201, and every write answered 2xx must be read back.
# Prints the answers by phase and status and the server's log lines by kind. Exits 1 on a 5xx other than
# a 503 problem with Retry-After, a read refused while read-only, a write that succeeds while read-only, a
# server that stopped, an acknowledged write not read back, a failed check, or hsp report's wrong answer.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/preamble.sh
source bench/preamble.sh

size="${1:-64m}"
writes="${WRITES:-6}"
[[ "$size" =~ ^[1-9][0-9]*[kmg]?$ ]] || { echo "$script: SIZE must be a size such as 64m, not \"$size\"" >&2; exit 2; }
require_whole_number WRITES "$writes" 1
[[ "$(id -u)" == 0 ]] || { echo "$script: this test needs root (loop device, mount, /sys/fs/ext4)" >&2; exit 2; }

work="$(mktemp -d)"
data="$work/data"
image="$work/ext4.img"
server=""
mounted=""
cleanup() {
  if [[ -n "$server" ]]; then
    kill -KILL "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  [[ -z "$mounted" ]] || umount "$data" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$data"
truncate -s "$size" "$image"
mkfs.ext4 -q -F "$image"
if ! mount -o loop,errors=remount-ro "$image" "$data" 2>"$work/mount.err"; then
  echo "$script: cannot mount an ext4 image here ($(cat "$work/mount.err"))" >&2
  exit 2
fi
mounted=yes
device="$(basename "$(findmnt -no SOURCE "$data")")"
[[ -e "/sys/fs/ext4/$device/trigger_fs_error" ]] || { echo "$script: no /sys/fs/ext4/$device/trigger_fs_error on this kernel" >&2; exit 2; }
database=(env -u HSP_DB_URL HSP_DATA_DIR="$data")

./hsp serve --help >/dev/null                     # builds the server's jar when the sources changed
./hsp --version >/dev/null                        # and the command line's
make_owner_and_token "Read Only" ro@example.jp read-only-battery-horse-42
serve_until_ready

acknowledged="$work/acknowledged"   # one line a 2xx write: applicant ID, or snapshot APPLICANT DATE
: >"$acknowledged"
tally="$work/tally"                 # one line an answer: PHASE KIND STATUS
: >"$tally"
bad=""
snapshot_day=0
# One request with the token; a 5xx must be a 503 problem with Retry-After, a read while read-only a 200.
call() { # PHASE KIND METHOD PATH [BODY]
  local args=(-s -o "$work/body" -D "$work/head" -w '%{http_code}' -m 60 -X "$3" -H "Authorization: Bearer $token")
  [[ -z "${5:-}" ]] || args+=(-H 'Content-Type: application/json' --data-binary "$5")
  last_status="$(curl "${args[@]}" "$url$4" || echo 000)"
  echo "$1 $2 $last_status" >>"$tally"
  storage_answer_ok "$1 $3 $4" "$last_status" "$work/head" "$work/body" || bad=yes
  if [[ "$1" == read-only && "$2" == read && "$last_status" != 200 ]]; then
    echo "$script: a read answered $last_status while the file system was read-only" >&2
    bad=yes
  fi
  if [[ "$1" == read-only && "$2" == write && "$last_status" == 2* ]]; then
    echo "$script: a write answered $last_status while the file system was read-only" >&2
    bad=yes
  fi
}
zhang="$(tr -d '\n' <examples/mr-zhang.json)"
write_round() { # PHASE: WRITES writes, in turn a new applicant and a snapshot of the first one, each with two reads
  local i day
  for ((i = 1; i <= writes; i++)); do
    if (( i % 2 )); then
      call "$1" write POST /api/v1/applicants "{\"name\": \"$1 $i\"}"
      [[ "$last_status" != 201 ]] || grep -o '"id" : "[^"]*"' "$work/body" | head -1 | cut -d'"' -f4 >>"$acknowledged"
    else
      snapshot_day=$(( snapshot_day + 1 ))
      day="$(date -u -d "2020-01-01 + $snapshot_day days" +%F)"
      call "$1" write POST "/api/v1/applicants/$first/snapshots" \
        "$(sed -E "s/\"referenceDate\" *: *\"[0-9-]+\"/\"referenceDate\": \"$day\"/" <<<"$zhang")"
      [[ "$last_status" != 201 ]] || echo "snapshot $first $day" >>"$acknowledged"
    fi
    call "$1" read GET "/api/v1/applicants/$first"
    call "$1" read GET /api/v1/applicants
  done
}

call setup write POST /api/v1/applicants '{"name": "Read while read-only"}'
first="$(grep -o '"id" : "[^"]*"' "$work/body" | head -1 | cut -d'"' -f4)"
[[ "$last_status" == 201 && -n "$first" ]] || { echo "$script: the first applicant was not made" >&2; exit 1; }
echo "$first" >>"$acknowledged"
write_round before

# 1. What Linux answers to a remount read-only while the server holds the database open for writing.
if mount -o remount,ro "$data" 2>"$work/remount.err"; then
  echo "$script: mount -o remount,ro succeeded under the running server"
  remounted=yes
else
  echo "$script: mount -o remount,ro under the running server refused: $(head -1 "$work/remount.err")"
  remounted=""
fi

# 2. Read-only under the server, as after an error of the file system.
log_from=$(( $(wc -l <"$work/server.log") + 1 ))
if [[ -z "$remounted" ]]; then
  echo 1 >"/sys/fs/ext4/$device/trigger_fs_error"
  sleep 1
fi
echo "$script: $(date -u +%T) the data folder's file system: $(findmnt -no OPTIONS "$data")"
touch "$data/probe" 2>"$work/touch.err" && { echo "$script: the file system still takes writes" >&2; exit 1; }
echo "$script: a new file there: $(head -1 "$work/touch.err")"
write_round read-only
readiness="$(curl -s -o "$work/ready" -w '%{http_code}' -m 60 "$url/actuator/health/readiness" || echo 000)"
echo "read-only readiness $readiness" >>"$tally"
echo "$script: while read-only: readiness $readiness $(tr -d '\n' <"$work/ready")"
kill -0 "$server" 2>/dev/null || { echo "$script: the server stopped while the file system was read-only" >&2; bad=yes; server=""; }
report_status=0
./hsp report examples/mr-zhang.json -o "$data/zhang.pdf" >/dev/null 2>"$work/report.err" || report_status=$?
echo "$script: hsp report -o onto the read-only folder: exit code $report_status, \"$(head -1 "$work/report.err")\""
if [[ "$report_status" != 2 ]] || ! grep -q "cannot write $data/zhang.pdf: read-only file system" "$work/report.err"; then
  echo "$script: hsp report did not say it cannot write the file for a read-only file system, with exit code 2" >&2
  bad=yes
fi
tail -n +"$log_from" "$work/server.log" >"$work/read-only.log"

# 3. Writable again: the server stopped, the file system checked and mounted again.
if [[ -n "$server" ]]; then
  kill -TERM "$server"
  wait "$server" 2>/dev/null || true
  server=""
fi
if mount -o remount,rw "$data" 2>"$work/remount.err"; then
  echo "$script: mount -o remount,rw succeeded"
else
  echo "$script: mount -o remount,rw refused: $(head -1 "$work/remount.err"); unmounted, checked, mounted again"
  umount "$data"
  mounted=""
  fsck_status=0
  e2fsck -f -y "$image" >"$work/fsck" 2>&1 || fsck_status=$?
  # e2fsck: 0 clean, 1 errors corrected (the error the kernel was told of is recorded as one), 2 and more worse.
  echo "$script: e2fsck exit code $fsck_status: $(grep -v '^Pass\|^e2fsck [0-9]' "$work/fsck" | tr '\n' ' ' | cut -c1-200)"
  (( fsck_status <= 1 )) || bad=yes
  mount -o loop,errors=remount-ro "$image" "$data"
  mounted=yes
fi
integrity="$(sqlite_integrity "$data/hsp.db")" || bad=yes
echo "$script: after the server stopped: $integrity"

# 4. The server again: writes taken, every acknowledged write read back.
serve_until_ready
write_round after
lost=0
while read -r kind a b; do
  if [[ "$kind" == snapshot ]]; then
    status="$(curl -s -o "$work/snapshots" -w '%{http_code}' -H "Authorization: Bearer $token" "$url/api/v1/applicants/$a/snapshots")"
    [[ "$status" == 200 ]] && grep -q "\"$b\"" "$work/snapshots" || { echo "lost: snapshot $b of $a (answer $status)" >&2; lost=$(( lost + 1 )); }
  else
    [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$url/api/v1/applicants/$kind")" == 200 ]] \
      || { echo "lost: applicant $kind" >&2; lost=$(( lost + 1 )); }
  fi
done <"$acknowledged"
kill -TERM "$server"
wait "$server" 2>/dev/null || true
server=""
[[ "$lost" == 0 ]] || bad=yes
grep -q '^after write 201$' "$tally" || { echo "$script: no write was taken after the file system was writable again" >&2; bad=yes; }

echo "answers by phase, kind and status (count phase kind status):"
sort "$tally" | uniq -c | sed 's/^/  /'
echo "acknowledged writes read back: $(( $(wc -l <"$acknowledged") - lost )) of $(wc -l <"$acknowledged")"
echo "server log while read-only: $(wc -l <"$work/read-only.log") lines: $(grep -c '^127\.0\.0\.1 \[' "$work/read-only.log" || true) access log, $(grep -c 'storage unavailable' "$work/read-only.log" || true) 'storage unavailable', $(grep -c 'audit event deferred' "$work/read-only.log" || true) 'audit event deferred', $(grep -c $'^\tat ' "$work/read-only.log" || true) of a stack trace"
grep -m 2 'storage unavailable' "$work/read-only.log" | sed 's/^/  /' || true
echo "server log in all: $(grep -c 'internal error' "$work/server.log" || true) lines 'internal error', $(grep -c $'^\tat ' "$work/server.log" || true) of a stack trace"
grep -q 'internal error' "$work/server.log" && bad=yes
if [[ -n "$bad" ]]; then
  kept="$(mktemp -d)"
  cp "$work/server.log" "$kept/"
  echo "$script: the server's log kept in $kept" >&2
  echo "$script: FAILED (above)" >&2
  exit 1
fi
echo "$script: no 500; while read-only under the running server every write a 503 problem with Retry-After and every read 200, hsp report exit code 2 naming the file and the reason; the database intact and every acknowledged write read back once writable again"
