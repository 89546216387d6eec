#!/usr/bin/env python3
"""The steady stream of requests of bench/partition.sh, timed one by one.

  partition_clients.py URL TOKEN JOURNAL TIMES STOP_FILE CLIENTS

CLIENTS threads of each kind send requests one after the other (a pause of PAUSE_MS, default 100, between
two) until STOP_FILE exists:

  public  POST /api/v1/assessments with a profile of examples/*.json, no login (no database);
  read    GET /api/v1/applicants/ID with the token, ID the applicant this thread wrote last (or the
          first applicant the thread wrote);
  write   POST /api/v1/applicants, then POST a profile snapshot to it, with the token.

Each answer is one line of TIMES: KIND START_MS END_MS STATUS VERDICT, the times in milliseconds since the
epoch, STATUS 000 when no answer came within TIMEOUT_S (default 300) or the connection failed, VERDICT
"ok" unless the answer was a 5xx other than a 503 problem (application/problem+json) with Retry-After.
Every write answered 2xx is appended to JOURNAL in the form bench/crash_clients.py check reads back.
Python 3 standard library only.
"""
import http.client
import json
import os
import random
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import crash_clients  # noqa: E402  (the journal and the examples of bench/crash.sh)


class Client:
    """One keep-alive connection to the server, opened again after a failure."""

    def __init__(self, url, token, timeout):
        self.address = urllib.parse.urlsplit(url)
        self.token = token
        self.timeout = timeout
        self.connection = None

    def call(self, method, path, body=None, logged_in=True):
        """(status, answer's JSON or None, verdict); status 0 when no answer came."""
        headers = {"Accept": "application/json"}
        if logged_in:
            headers["Authorization"] = "Bearer " + self.token
        data = None
        if body is not None:
            data = json.dumps(body).encode("utf-8")
            headers["Content-Type"] = "application/json"
        try:
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.address.hostname, self.address.port,
                                                             timeout=self.timeout)
            self.connection.request(method, path, body=data, headers=headers)
            answer = self.connection.getresponse()
            payload = answer.read()
        except (OSError, http.client.HTTPException):
            if self.connection is not None:
                self.connection.close()
            self.connection = None
            return 0, None, "ok"
        verdict = "ok"
        if answer.status >= 500:
            problem = (answer.getheader("Content-Type") or "").startswith("application/problem+json")
            if answer.status != 503 or not problem or not (answer.getheader("Retry-After") or "").isdigit():
                verdict = "bad"
        try:
            parsed = json.loads(payload) if payload else None
        except ValueError:
            parsed = None
        return answer.status, parsed, verdict


class Times:
    """The lines of TIMES, written a line at a time."""

    def __init__(self, path):
        self.file = open(path, "a", encoding="utf-8")
        self.lock = threading.Lock()

    def timed(self, kind, client, method, path, body=None, logged_in=True):
        start = time.time()
        status, answer, verdict = client.call(method, path, body, logged_in)
        end = time.time()
        with self.lock:
            self.file.write("%s %d %d %03d %s\n" % (kind, start * 1000, end * 1000, status, verdict))
            self.file.flush()
        return status, answer


def run(kind, number, settings):
    url, token, journal, times, stop_file, examples, pause, timeout = settings
    client = Client(url, token, timeout)
    rng = random.Random(number)
    serial = 0
    last_applicant = None
    while not os.path.exists(stop_file):
        serial += 1
        profile = rng.choice(examples)
        if kind == "public":
            times.timed(kind, client, "POST", "/api/v1/assessments", profile, logged_in=False)
        elif kind == "read" and last_applicant is not None:
            times.timed(kind, client, "GET", "/api/v1/applicants/" + last_applicant)
        else:
            reference = "p%d-%d" % (number, serial)
            applicant = {"name": "Partition Test %s" % reference, "reference": reference}
            status, answer = times.timed("write", client, "POST", "/api/v1/applicants", applicant)
            if status == 201:
                journal.record({"kind": "applicant", "id": answer["id"], "body": applicant})
                last_applicant = answer["id"]
                status, answer = times.timed("write", client, "POST",
                                             "/api/v1/applicants/%s/snapshots" % last_applicant, profile)
                if status == 201:
                    journal.record({"kind": "snapshot", "id": answer["id"], "applicant": last_applicant,
                                    "profile": profile})
        time.sleep(pause)


def main(arguments):
    if len(arguments) != 6:
        print(__doc__, file=sys.stderr)
        return 2
    url, token, journal_path, times_path, stop_file, clients = arguments
    settings = (url, token, crash_clients.Journal(journal_path), Times(times_path), stop_file,
                crash_clients.profiles(), int(os.environ.get("PAUSE_MS", "100")) / 1000,
                float(os.environ.get("TIMEOUT_S", "300")))
    threads = [threading.Thread(target=run, args=(kind, index * 3 + offset, settings))
               for index in range(int(clients)) for offset, kind in enumerate(("public", "read", "write"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
