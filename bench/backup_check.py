#!/usr/bin/env python3
"""The checks of bench/backup.sh that read a restored database with SQL (the API's are crash_clients.py's).

  backup_check.py check DATABASE JOURNAL
      DATABASE (a JDBC URL: jdbc:sqlite:FILE, or jdbc:postgresql://HOST:PORT/NAME?user=USER) holds a
      backup restored while nothing writes; JOURNAL holds every write crash_clients.py's writers had
      acknowledged by the end of the run. Checks that the database is sound and no row lacks its parent
      (SQLite: PRAGMA integrity_check and foreign_key_check; PostgreSQL: every foreign key of the schema
      as a query for the rows whose parent is missing), that every applicant is whole (each snapshot with
      its stored assessment, each application file's status the end of its own chain of status events,
      unbroken), and that nothing is there that was never acknowledged (applicants, snapshots,
      assessments, application files, events, checklist marks), nor different from what was. Prints
      one line of figures on stdout, each problem on stderr; exits 1 on any problem.
  backup_check.py spoil DATABASE JOURNAL
      Spoils DATABASE as a broken backup would be, for the self-test of bench/backup.sh: deletes the
      first applicant of JOURNAL (with its rows, so that the API's check must find it missing), adds an
      applicant never acknowledged, deletes the assessment of one snapshot, sets one application file
      back to PREPARING past its events, and adds a snapshot of an applicant that does not exist.

PostgreSQL is read with psql (the PSQL setting, else the newest /usr/lib/postgresql/*/bin/psql, else the
PATH's), SQLite with Python's sqlite3: nothing else needs installing.
"""
import csv
import glob
import io
import json
import os
import sqlite3
import subprocess
import sys
import urllib.parse

NEVER_ACKNOWLEDGED = "00000000-0000-7000-8000-000000000000"
MISSING_PARENT = "00000000-0000-7000-8000-000000000001"


class Sqlite:
    def __init__(self, path):
        self.connection = sqlite3.connect(path)
        self.kind = "sqlite"

    def rows(self, sql):
        return [tuple("" if v is None else str(v) for v in row) for row in self.connection.execute(sql).fetchall()]

    def run(self, statements):
        """Runs STATEMENTS in one transaction, with the foreign keys off (a broken backup's rows)."""
        self.connection.execute("PRAGMA foreign_keys = OFF")
        self.connection.executescript("BEGIN;" + ";".join(statements) + ";COMMIT;")


class Postgresql:
    def __init__(self, url):
        parsed = urllib.parse.urlparse(url[len("jdbc:"):])
        query = urllib.parse.parse_qs(parsed.query)
        self.arguments = [psql(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", parsed.hostname,
                          "-p", str(parsed.port), "-U", query.get("user", ["hsp"])[0], "-d", parsed.path.lstrip("/")]
        self.kind = "postgresql"

    def rows(self, sql):
        answer = subprocess.run(self.arguments + ["--csv", "-t", "-c", sql], capture_output=True, text=True)
        if answer.returncode != 0:
            raise SystemExit("backup_check.py: psql: " + answer.stderr.strip())
        return [tuple(row) for row in csv.reader(io.StringIO(answer.stdout))]

    def run(self, statements):
        """Runs STATEMENTS in one transaction, without the foreign keys' triggers (a broken backup's rows)."""
        script = "BEGIN; SET LOCAL session_replication_role = replica; " + "; ".join(statements) + "; COMMIT;"
        answer = subprocess.run(self.arguments + ["-c", script], capture_output=True, text=True)
        if answer.returncode != 0:
            raise SystemExit("backup_check.py: psql: " + answer.stderr.strip())


def psql():
    if os.environ.get("PSQL"):
        return os.environ["PSQL"]
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/psql"), key=lambda p: int(p.split("/")[4]))
    return found[-1] if found else "psql"


def connect(url):
    if url.startswith("jdbc:sqlite:"):
        path = url[len("jdbc:sqlite:"):].split("?")[0]
        if not os.path.isfile(path):
            raise SystemExit("backup_check.py: no SQLite database at " + path)
        return Sqlite(path)
    if url.startswith("jdbc:postgresql://"):
        return Postgresql(url)
    raise SystemExit("backup_check.py: DATABASE must be jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/NAME, not " + url)


def read_journal(path):
    with open(path, encoding="utf-8") as file:
        return [json.loads(line) for line in file if line.strip()]


def dangling(db):
    """The rows whose parent is missing, one text each (with the check of SQLite's file itself)."""
    found = []
    if db.kind == "sqlite":
        verdict = db.rows("PRAGMA integrity_check")
        if verdict != [("ok",)]:
            found.append("integrity_check: %s" % "; ".join(row[0] for row in verdict))
        for table, rowid, parent, key in db.rows("PRAGMA foreign_key_check"):
            found.append("%s row %s: no %s (foreign key %s)" % (table, rowid, parent, key))
        return found
    keys = db.rows("""
        SELECT c.conname, c.conrelid::regclass::text, c.confrelid::regclass::text,
          (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum),
          (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(c.confkey) WITH ORDINALITY k(attnum, n)
             JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum)
        FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace ORDER BY 1""")
    if not keys:
        found.append("no foreign key found in the schema: nothing was checked")
    for name, table, parent, columns, parent_columns in keys:
        columns, parent_columns = columns.split(","), parent_columns.split(",")
        present = " AND ".join("c.%s IS NOT NULL" % column for column in columns)
        joined = " AND ".join("p.%s = c.%s" % (p, c) for p, c in zip(parent_columns, columns))
        count = int(db.rows("SELECT COUNT(*) FROM %s c WHERE %s AND NOT EXISTS (SELECT 1 FROM %s p WHERE %s)"
                            % (table, present, parent, joined))[0][0])
        if count:
            found.append("%d rows of %s without their %s (foreign key %s)" % (count, table, parent, name))
    return found


def half_written(db):
    """Snapshots without their assessment; application files whose status is not the end of their chain."""
    found = []
    for snapshot, applicant, day in db.rows("""
            SELECT s.id, s.applicant_id, s.reference_date FROM profile_snapshot s WHERE NOT EXISTS
              (SELECT 1 FROM assessment a WHERE a.applicant_id = s.applicant_id AND a.assessed_on = s.reference_date)"""):
        found.append("snapshot %s of applicant %s (%s) has no stored assessment" % (snapshot, applicant, day))
    chains = {}
    for application, kind, status_from, status_to in db.rows("""
            SELECT application_id, kind, status_from, status_to FROM application_event
            ORDER BY application_id, event_date, id"""):
        if kind == "STATUS_CHANGED":
            chains.setdefault(application, []).append((status_from, status_to))
    for application, status in db.rows("SELECT id, status FROM application_file"):
        at = "PREPARING"
        for status_from, status_to in chains.get(application, []):
            if status_from != at:
                found.append("application %s: an event goes from %s, the chain was at %s" % (application, status_from, at))
            at = status_to
        if status != at:
            found.append("application %s: status %s, its events end at %s" % (application, status, at))
    return found


def unacknowledged(db, journal):
    """Rows of the writers' tables that no acknowledged write made, or that differ from what was acknowledged."""
    applicants = {e["id"]: e["body"] for e in journal if e["kind"] == "applicant"}
    snapshots = {e["id"]: e for e in journal if e["kind"] == "snapshot"}
    dated = {(e["applicant"], e["profile"]["referenceDate"]) for e in snapshots.values()}
    applications = {e["id"]: e for e in journal if e["kind"] == "application"}
    events = {e["id"]: e for e in journal if e["kind"] == "event"}
    ticks = {(e["application"], e["key"]) for e in journal if e["kind"] == "tick"}
    found = []
    for applicant, name, reference in db.rows("SELECT id, name, reference FROM applicant"):
        body = applicants.get(applicant)
        if body is None:
            found.append("applicant %s (%s) was never acknowledged" % (applicant, name))
        elif (name, reference) != (body["name"], body["reference"]):
            found.append("applicant %s is %s/%s, acknowledged %s/%s" % (applicant, name, reference, body["name"],
                                                                        body["reference"]))
    for snapshot, applicant, day in db.rows("SELECT id, applicant_id, reference_date FROM profile_snapshot"):
        entry = snapshots.get(snapshot)
        if entry is None:
            found.append("snapshot %s of applicant %s was never acknowledged" % (snapshot, applicant))
        elif (applicant, day) != (entry["applicant"], entry["profile"]["referenceDate"]):
            found.append("snapshot %s is of %s on %s, acknowledged of %s on %s" % (snapshot, applicant, day,
                         entry["applicant"], entry["profile"]["referenceDate"]))
    for assessment, applicant, day in db.rows("SELECT id, applicant_id, assessed_on FROM assessment"):
        if (applicant, day) not in dated:
            found.append("assessment %s of applicant %s on %s belongs to no acknowledged snapshot" % (assessment,
                         applicant, day))
    for application, applicant, procedure in db.rows("SELECT id, applicant_id, procedure_kind FROM application_file"):
        entry = applications.get(application)
        if entry is None:
            found.append("application %s of applicant %s was never acknowledged" % (application, applicant))
        elif (applicant, procedure) != (entry["applicant"], entry["procedure"]):
            found.append("application %s is %s/%s, acknowledged %s/%s" % (application, applicant, procedure,
                         entry["applicant"], entry["procedure"]))
    for event, application, day, status_to in db.rows(
            "SELECT id, application_id, event_date, status_to FROM application_event"):
        entry = events.get(event)
        if entry is None:
            found.append("event %s of application %s was never acknowledged" % (event, application))
        elif (application, day, status_to) != (entry["application"], entry["date"], entry["status"]):
            found.append("event %s is %s %s %s, acknowledged %s %s %s" % (event, application, day, status_to,
                         entry["application"], entry["date"], entry["status"]))
    for application, key in db.rows("SELECT application_id, item_key FROM checklist_mark"):
        if (application, key) not in ticks:
            found.append("checklist mark %s of application %s was never acknowledged" % (key, application))
    return found


def check(url, journal_path):
    db = connect(url)
    journal = read_journal(journal_path)
    problems = {"dangling": dangling(db), "half-written": half_written(db), "unacknowledged": unacknowledged(db, journal)}
    for kind, found in problems.items():
        for problem in found:
            print("%s: %s" % (kind.upper(), problem), file=sys.stderr)
    counted = {table: int(db.rows("SELECT COUNT(*) FROM " + table)[0][0]) for table in
               ("applicant", "profile_snapshot", "assessment", "application_file", "application_event", "checklist_mark")}
    print(" ".join("%s %d" % (kind, len(found)) for kind, found in problems.items()) + " "
          + " ".join("%s %d" % (table, count) for table, count in counted.items()))
    return 1 if any(problems.values()) else 0


def spoil(url, journal_path):
    db = connect(url)
    first = next(e["id"] for e in read_journal(journal_path) if e["kind"] == "applicant")
    organization = one(db, "SELECT organization_id FROM applicant WHERE id = '%s'" % first)
    snapshot = one(db, "SELECT id FROM profile_snapshot WHERE applicant_id <> '%s' ORDER BY id LIMIT 1" % first)
    moved = one(db, """SELECT f.id FROM application_file f WHERE f.applicant_id <> '%s' AND f.status <> 'PREPARING'
                       ORDER BY f.id LIMIT 1""" % first)
    children = "(SELECT id FROM application_file WHERE applicant_id = '%s')" % first
    db.run([
        "DELETE FROM checklist_mark WHERE application_id IN " + children,
        "DELETE FROM application_event WHERE application_id IN " + children,
        "DELETE FROM application_file WHERE applicant_id = '%s'" % first,
        "DELETE FROM assessment WHERE applicant_id = '%s'" % first,
        "DELETE FROM profile_snapshot WHERE applicant_id = '%s'" % first,
        "DELETE FROM applicant WHERE id = '%s'" % first,
        "INSERT INTO applicant (id, organization_id, name, reference, created_at, updated_at) VALUES "
        "('%s', '%s', 'Never Acknowledged', 'never', 0, 0)" % (NEVER_ACKNOWLEDGED, organization),
        "DELETE FROM assessment WHERE (applicant_id, assessed_on) IN "
        "(SELECT applicant_id, reference_date FROM profile_snapshot WHERE id = '%s')" % snapshot,
        "UPDATE application_file SET status = 'PREPARING' WHERE id = '%s'" % moved,
        "INSERT INTO profile_snapshot (id, applicant_id, reference_date, profile, created_at) VALUES "
        "('%s', '%s', '2026-01-05', '{}', 0)" % (MISSING_PARENT, MISSING_PARENT),
    ])
    print("deleted applicant %s; added applicant %s; deleted the assessment of snapshot %s; application %s "
          "back to PREPARING; added snapshot %s of a missing applicant" % (first, NEVER_ACKNOWLEDGED, snapshot,
                                                                          moved, MISSING_PARENT))
    return 0


def one(db, sql):
    """The first value of the first row: what the self-test spoils, which a backup too small lacks."""
    found = db.rows(sql)
    if not found:
        raise SystemExit("backup_check.py: the backup is too small for the self-test: it needs the first acknowledged "
                         "applicant and another one with a snapshot and an application moved past PREPARING")
    return found[0][0]


def main(arguments):
    if len(arguments) == 3 and arguments[0] == "check":
        return check(arguments[1], arguments[2])
    if len(arguments) == 3 and arguments[0] == "spoil":
        return spoil(arguments[1], arguments[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
