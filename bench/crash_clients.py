#!/usr/bin/env python3
"""Writers and checker of bench/crash.sh: what the server acknowledged must survive a SIGKILL.

  crash_clients.py write URL TOKEN JOURNAL CLIENTS RUN
      CLIENTS threads write through the API until the server stops answering: each creates an
      applicant, adds profile snapshots (examples/*.json, each on its own reference date), opens an
      application, ticks a checklist document and moves the file through its statuses with dated
      events. Every write answered 2xx is appended to JOURNAL (one JSON object a line) with what the
      answer said was stored. The threads stop at the first connection error, when the server is killed,
      and with STOP_AT_503=1 also at the first 503 answer with a problem (bench/walfull.sh: the database
      stopped under the server); with STOP_FILE set, also once that file exists, each thread after the
      applicant it is writing (bench/backup.sh: the end of the run, the server still up).
  crash_clients.py check URL TOKEN JOURNAL
      Reads every acknowledged write of JOURNAL back through the API: each must be present and equal to
      what was acknowledged; and nothing may be half-written: every snapshot has its stored assessment,
      every application's status is the last status of its own event chain, and that chain is unbroken.
      Prints one line of figures on stdout, each loss on stderr; exits 1 on any loss.

Python 3 standard library only (urllib, threading), so that the script needs nothing installed.
"""
import glob
import http.client
import json
import os
import random
import sys
import threading
import urllib.error
import urllib.request
from datetime import date, timedelta

EXAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples")
# The status path of an application file with every kind of step (ApplicationStatus).
STATUS_PATH = ["SUBMITTED", "ADDITIONAL_DOCUMENTS_REQUESTED", "SUBMITTED", "GRANTED"]
TICKED = "document:applicationForm"


class ServerGone(Exception):
    """The server stopped answering: the end of a writer's stream."""


class Refused(Exception):
    """A 503 problem while STOP_AT_503 is set: the storage is unavailable, the end of a writer's stream."""


class Api:
    """A JSON client with a bearer token; a refused or reset connection, or a cut-off answer, raises ServerGone."""

    def __init__(self, url, token):
        self.url = url.rstrip("/")
        self.token = token

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(self.url + path, data=data, method=method)
        request.add_header("Authorization", "Bearer " + self.token)
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=60) as answer:
                return answer.status, json.loads(answer.read() or b"null")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", "replace")
        except (urllib.error.URLError, ConnectionError, OSError, http.client.HTTPException) as error:
            # An answer cut off by the kill (IncompleteRead) is no answer: the writer cannot know the outcome.
            raise ServerGone(str(error)) from error


class Journal:
    """The acknowledged writes, appended a line at a time and flushed at once."""

    def __init__(self, path):
        self.file = open(path, "a", encoding="utf-8")
        self.lock = threading.Lock()
        self.count = 0

    def record(self, entry):
        with self.lock:
            self.file.write(json.dumps(entry, sort_keys=True) + "\n")
            self.file.flush()
            self.count += 1


def profiles():
    found = []
    for path in sorted(glob.glob(os.path.join(EXAMPLES, "*.json"))):
        with open(path, encoding="utf-8") as file:
            document = json.load(file)
        if "referenceDate" in document and "birthDate" in document:
            found.append(document)
    if not found:
        raise SystemExit("crash_clients.py: no profile in " + EXAMPLES)
    return found


def expect(status, answer, wanted, what):
    if status == 503 and os.environ.get("STOP_AT_503") == "1":
        raise Refused("%s answered 503: %s" % (what, answer))
    if status != wanted:
        raise RuntimeError("%s answered %s: %s" % (what, status, answer))
    return answer


def writer(api, journal, run, client, seed, examples, unexpected):
    rng = random.Random(seed)
    serial = 0
    stop_file = os.environ.get("STOP_FILE")
    try:
        while not (stop_file and os.path.exists(stop_file)):
            serial += 1
            reference = "r%d-c%d-%d" % (run, client, serial)
            # The checklist of a file needs the case's residence.
            applicant = {"name": "Crash Test %s" % reference, "reference": reference, "employerCategory": 3,
                         "residence": {"continuousSince": "2019-04-01"},
                         "periodOfStayExpiry": "2028-%02d-15" % rng.randint(1, 12)}
            answer = expect(*api.call("POST", "/api/v1/applicants", applicant), 201, "POST /applicants")
            applicant_id = answer["id"]
            journal.record({"kind": "applicant", "id": applicant_id, "body": applicant})
            start = date(2026, 1, 5)
            # The snapshots of one applicant describe one person: one birth date, a reference date each.
            example = rng.choice(examples)
            for index in range(rng.randint(1, 3)):
                profile = dict(example)
                profile["referenceDate"] = (start + timedelta(days=40 * index)).isoformat()
                answer = expect(*api.call("POST", "/api/v1/applicants/%s/snapshots" % applicant_id, profile), 201,
                                "POST snapshots")
                journal.record({"kind": "snapshot", "id": answer["id"], "applicant": applicant_id,
                                "profile": profile})
            answer = expect(*api.call("POST", "/api/v1/applicants/%s/applications" % applicant_id,
                                      {"procedure": "EXTENSION"}), 201, "POST applications")
            application_id = answer["id"]
            journal.record({"kind": "application", "id": application_id, "applicant": applicant_id,
                            "procedure": "EXTENSION"})
            answer = expect(*api.call("PUT", "/api/v1/applications/%s/checklist/%s" % (application_id, TICKED),
                                      {"collected": True}), 200, "PUT checklist")
            journal.record({"kind": "tick", "application": application_id, "key": TICKED})
            day = date(2027, 1, 4)
            for step, status in enumerate(STATUS_PATH[:rng.randint(1, len(STATUS_PATH))]):
                body = {"date": (day + timedelta(days=7 * step)).isoformat(), "status": status}
                answer = expect(*api.call("POST", "/api/v1/applications/%s/events" % application_id, body), 201,
                                "POST events")
                journal.record({"kind": "event", "id": answer["eventId"], "application": application_id,
                                "date": body["date"], "status": status})
    except (ServerGone, Refused):
        return
    except Exception as error:  # an answer other than the expected one is a finding, not a crash of the test
        unexpected.append("client %d: %s" % (client, error))


def write(url, token, journal_path, clients, run):
    api = Api(url, token)
    journal = Journal(journal_path)
    examples = profiles()
    unexpected = []
    threads = [threading.Thread(target=writer, args=(api, journal, run, c, run * 1000 + c, examples, unexpected))
               for c in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(journal.count)
    for problem in unexpected:
        print("crash_clients.py: " + problem, file=sys.stderr)
    return 1 if unexpected else 0


def check(url, token, journal_path):
    api = Api(url, token)
    entries = []
    with open(journal_path, encoding="utf-8") as file:
        for line in file:
            if line.strip():
                entries.append(json.loads(line))
    losses = []
    applicants, snapshots, applications = {}, {}, {}
    events, ticks = {}, {}
    for entry in entries:
        kind = entry["kind"]
        if kind == "applicant":
            applicants[entry["id"]] = entry
        elif kind == "snapshot":
            snapshots.setdefault(entry["applicant"], []).append(entry)
        elif kind == "application":
            applications[entry["id"]] = entry
        elif kind == "event":
            events.setdefault(entry["application"], []).append(entry)
        elif kind == "tick":
            ticks[entry["application"]] = entry

    def lost(what):
        losses.append(what)
        print("LOST " + what, file=sys.stderr)

    def get(path):
        status, answer = api.call("GET", path)
        return answer if status == 200 else None

    def every(path, name):
        """Every row of a list that comes a page at a time (at most 200 a page), each after the last id of
        the one before."""
        rows, after = [], ""
        while True:
            page = (get(path + "?limit=200" + after) or {name: []}).get(name, [])
            rows += page
            if len(page) < 200:
                return rows
            after = "&after=" + page[-1]["id"]

    half_written = 0
    for applicant_id, entry in applicants.items():
        stored = get("/api/v1/applicants/%s" % applicant_id)
        if stored is None:
            lost("applicant %s" % applicant_id)
            continue
        for field, value in entry["body"].items():
            if stored.get(field) != value:
                lost("applicant %s: %s is %r, acknowledged %r" % (applicant_id, field, stored.get(field), value))
        listed = get("/api/v1/applicants/%s/snapshots" % applicant_id) or {"snapshots": []}
        by_id = {s["id"]: s for s in listed["snapshots"]}
        for snapshot in snapshots.get(applicant_id, []):
            found = by_id.get(snapshot["id"])
            if found is None:
                lost("snapshot %s of applicant %s" % (snapshot["id"], applicant_id))
            elif found.get("profile") != snapshot["profile"]:
                lost("snapshot %s: profile %r, acknowledged %r" % (snapshot["id"], found.get("profile"),
                                                                    snapshot["profile"]))
        # A snapshot and its assessment are stored in one transaction: one without the other is half-written.
        assessed = every("/api/v1/applicants/%s/assessments" % applicant_id, "assessments")
        dates = {a.get("assessment", {}).get("referenceDate") for a in assessed}
        for snapshot in listed["snapshots"]:
            if snapshot["profile"]["referenceDate"] not in dates:
                half_written += 1
                lost("snapshot %s of applicant %s has no stored assessment" % (snapshot["id"], applicant_id))
    for application_id, entry in applications.items():
        stored = get("/api/v1/applications/%s" % application_id)
        if stored is None:
            lost("application %s" % application_id)
            continue
        if stored["applicantId"] != entry["applicant"] or stored["procedure"] != entry["procedure"]:
            lost("application %s: %s/%s, acknowledged %s/%s" % (application_id, stored["applicantId"],
                 stored["procedure"], entry["applicant"], entry["procedure"]))
        by_id = {e["id"]: e for e in stored["events"]}
        for event in events.get(application_id, []):
            found = by_id.get(event["id"])
            if found is None:
                lost("event %s of application %s" % (event["id"], application_id))
            elif found["date"] != event["date"] or found["statusTo"] != event["status"]:
                lost("event %s: %s %s, acknowledged %s %s" % (event["id"], found["date"], found["statusTo"],
                                                             event["date"], event["status"]))
        # The status and its event are written in one transaction: the chain of status events, oldest
        # first, must run from PREPARING without a gap and end at the file's status.
        status = "PREPARING"
        for event in stored["events"]:
            if event["kind"] != "STATUS_CHANGED":
                continue
            if event["statusFrom"] != status:
                half_written += 1
                lost("application %s: event %s goes from %s, the chain was at %s" % (application_id, event["id"],
                     event["statusFrom"], status))
            status = event["statusTo"]
        if stored["status"] != status:
            half_written += 1
            lost("application %s: status %s, its events end at %s" % (application_id, stored["status"], status))
    for application_id, entry in ticks.items():
        listed = get("/api/v1/applications/%s/checklist" % application_id)
        marked = [] if listed is None else [item for item in items(listed) if item.get("key") == entry["key"]]
        if not marked or marked[0].get("collected") is not True:
            lost("checklist mark %s of application %s" % (entry["key"], application_id))
    present = len(every("/api/v1/applicants", "applicants"))
    print("acknowledged %d lost %d half-written %d applicants-present %d applicants-acknowledged %d"
          % (len(entries), len(losses), half_written, present, len(applicants)))
    return 1 if losses else 0


def items(node):
    """Every object with a key in a checklist answer, wherever it is nested."""
    if isinstance(node, dict):
        if "key" in node and "collected" in node:
            yield node
        for value in node.values():
            yield from items(value)
    elif isinstance(node, list):
        for value in node:
            yield from items(value)


def main(arguments):
    if len(arguments) == 6 and arguments[0] == "write":
        return write(arguments[1], arguments[2], arguments[3], int(arguments[4]), int(arguments[5]))
    if len(arguments) == 4 and arguments[0] == "check":
        return check(arguments[1], arguments[2], arguments[3])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
