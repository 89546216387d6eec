#!/usr/bin/env python3
"""The probe of bench/serve-startup.sh: how long a server takes to answer its first assessment.

  first_answer.py PORT PROFILE COMMAND [ARGUMENT...]
      Starts COMMAND (e.g. ./hsp serve --port PORT), posts PROFILE to
      http://127.0.0.1:PORT/api/v1/assessments every 10 ms until the answer is 200, then stops the server
      with SIGTERM and waits for it to exit. Prints one line on stdout: the wall seconds from starting
      COMMAND to the first 200, and the CPU seconds the server's process (all its threads, and what the
      launcher ran before it became the JVM) had used by then. Exits 1, with the server's standard
      error, when the server stops before it answers, answers something else than 200 or 503 or a
      refused connection, or does not exit by itself after SIGTERM (its graceful shutdown).

One process polls, rather than a curl started every few milliseconds, so that the probe takes little of
the CPU the server starts on. Python 3 standard library only.

With FIRST_ANSWER_THREADS=1 in the environment it also writes, on standard error, the CPU seconds each
of the server's threads had used at the first answer, grouped by name (C1 and C2 compiler threads, the
main thread, the collector's...): which of them competed for the processors.
"""
import http.client
import os
import signal
import subprocess
import sys
import tempfile
import time

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    """User and system time of the process and of the children it waited for (the launcher's own)."""
    with open(f"/proc/{pid}/stat") as stat:
        # The command name (field 2) may hold spaces; the fields after it are counted from its ')'.
        fields = stat.read().rsplit(")", 1)[1].split()
    return sum(int(f) for f in fields[11:15]) / TICKS


def thread_cpu_seconds(pid):
    """CPU seconds of the process's live threads by name, numbers dropped (Tomcat's workers in one row)
    except in the compilers' names (C1, C2)."""
    by_name = {}
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/stat") as stat:
                text = stat.read()
        except OSError:
            continue
        name = text[text.index("(") + 1:text.rindex(")")]
        if not name.startswith(("C1 ", "C2 ")):
            name = "".join(c for c in name if not c.isdigit()).rstrip("-#")
        fields = text.rsplit(")", 1)[1].split()
        by_name[name] = by_name.get(name, 0) + (int(fields[11]) + int(fields[12])) / TICKS
    return by_name


def post(port, body):
    """The status of one POST, or None when nothing listens yet or the connection broke."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("POST", "/api/v1/assessments", body=body, headers={"Content-Type": "application/json"})
        response = connection.getresponse()
        response.read()
        return response.status
    except (ConnectionError, http.client.HTTPException, OSError):
        return None
    finally:
        connection.close()


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    port = int(sys.argv[1])
    with open(sys.argv[2], "rb") as profile:
        body = profile.read()
    with tempfile.TemporaryFile() as errors:
        start = time.monotonic()
        server = subprocess.Popen(sys.argv[3:], stdout=subprocess.DEVNULL, stderr=errors)
        try:
            while True:
                status = post(port, body)
                if status == 200:
                    wall = time.monotonic() - start
                    cpu = cpu_seconds(server.pid)
                    if os.environ.get("FIRST_ANSWER_THREADS") == "1":
                        threads = sorted(thread_cpu_seconds(server.pid).items(), key=lambda t: -t[1])
                        print("threads: " + ", ".join(f"{n} {c:.2f}" for n, c in threads if c >= 0.01),
                              file=sys.stderr)
                    break
                if status not in (None, 503) or server.poll() is not None:
                    raise RuntimeError(f"the server answered {status}" if status else "the server stopped")
                time.sleep(0.01)
            server.send_signal(signal.SIGTERM)
            # 143: the JVM's exit after SIGTERM once its shutdown hooks (Spring's graceful stop) have run.
            if server.wait(timeout=120) not in (0, 143):
                raise RuntimeError(f"the server exited with {server.returncode} after SIGTERM")
        except Exception as failure:
            if server.poll() is None:
                server.kill()
                server.wait()
            errors.seek(0)
            sys.stderr.write(errors.read().decode("utf-8", "replace"))
            print(f"first_answer.py: {failure}", file=sys.stderr)
            return 1
    print(f"{wall:.3f} {cpu:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
