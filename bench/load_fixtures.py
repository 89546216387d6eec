#!/usr/bin/env python3
"""The applicants of bench/load.sh's logged-in mix, made through the API before the load starts.

  load_fixtures.py URL TOKEN COUNT PROFILE
      Makes COUNT applicants, each with one snapshot (the profile PROFILE, dated 2019-06-01) and an
      extension file, and prints one "applicantId applicationId" a line for bench/load.lua.
"""
import json
import sys

from crash_clients import Api


def main(arguments):
    if len(arguments) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    url, token, count, profile_path = arguments[0], arguments[1], int(arguments[2]), arguments[3]
    api = Api(url, token)
    with open(profile_path, encoding="utf-8") as file:
        profile = json.load(file)
    # Before the dates bench/load.lua gives the snapshots it adds (2020 on): a case holds one a date.
    profile["referenceDate"] = "2019-06-01"
    for n in range(count):
        status, applicant = api.call("POST", "/api/v1/applicants", {
            "name": "Load Test %d" % n, "reference": "load-%d" % n, "employerCategory": 3,
            "residence": {"continuousSince": "2019-04-01"}, "periodOfStayExpiry": "2028-06-30"})
        if status != 201:
            raise SystemExit("load_fixtures.py: POST /api/v1/applicants answered %s: %s" % (status, applicant))
        status, answer = api.call("POST", "/api/v1/applicants/%s/snapshots" % applicant["id"], profile)
        if status != 201:
            raise SystemExit("load_fixtures.py: POST snapshots answered %s: %s" % (status, answer))
        status, application = api.call("POST", "/api/v1/applicants/%s/applications" % applicant["id"],
                                       {"procedure": "EXTENSION"})
        if status != 201:
            raise SystemExit("load_fixtures.py: POST applications answered %s: %s" % (status, application))
        print(applicant["id"], application["id"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
