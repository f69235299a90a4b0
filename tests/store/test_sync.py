#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""test_sync.py UNHOOKED MAKE_DATASET — `unhooked sync` against a test LRS
on the loopback address: refused connections, HTTP 500s, lost answers; the
outbox keeps what was not acknowledged and never re-sends what was; a
statement the LRS refuses for good is parked, not retried; only xAPI's own
answers count as delivery (a captive portal's page does not); on 409 the
statement the LRS holds is fetched and compared; what arrives is checked
with the xAPI validator when tests/xapi is installed."""
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lrs_receiver import Receiver  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))
exe, make_dataset = sys.argv[1], sys.argv[2]
tmp = tempfile.mkdtemp(prefix="uh-sync-")
db = os.path.join(tmp, "results.db")
config = os.path.join(tmp, "config.json")
with open(config, "w") as f:
    json.dump({"lrs": {"username": "kiosk", "password": "s3cret",
                       "homepage": "https://lms.acme.test"}}, f)
passed, failed = 0, []


def check(name, cond, detail=""):
    global passed
    if cond:
        passed += 1
        print(f"ok   {name}")
    else:
        failed.append(name)
        print(f"FAIL {name} {detail}")


def sync(url, *extra):
    r = subprocess.run([exe, "sync", "--lrs", url, "--db", db, "--config", config, *extra],
                       capture_output=True, text=True, timeout=60)
    counts = {}
    for part in r.stdout.replace(",", "").replace("(", "").split():
        if part.isdigit():
            counts[len(counts)] = int(part)
    # "queued Q sent S pending P statements (R requests)"
    keys = ["queued", "sent", "pending", "requests"]
    return r.returncode, {k: counts.get(i) for i, k in enumerate(keys)}, r.stderr


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


try:
    subprocess.run([make_dataset, db], check=True)
    total = None

    # 1. Nobody listening: everything is queued, nothing is lost.
    rc, c, err = sync(f"http://127.0.0.1:{free_port()}/xapi/")
    total = c["queued"]
    check("offline: exit 1, all statements queued", rc == 1 and total and total > 200
          and c["sent"] == 0 and c["pending"] == total, f"rc={rc} {c} {err}")
    check("offline: the reason is printed", "no answer" in err and "stay queued" in err, err)

    # 2. An LRS that fails twice, then recovers.
    with Receiver(fail_first=2) as lrs:
        rc, c, err = sync(lrs.url)
        check("HTTP 500: exit 1, nothing marked sent", rc == 1 and c["sent"] == 0
              and c["pending"] == total and c["queued"] == 0, f"rc={rc} {c}")
        check("HTTP 500: the status is reported", "HTTP 500" in err, err)
        rc, c, err = sync(lrs.url)
        check("second 500: still queued", rc == 1 and c["pending"] == total, f"rc={rc} {c}")
        rc, c, err = sync(lrs.url)
        check("recovered: everything sent, exit 0", rc == 0 and c["sent"] == total
              and c["pending"] == 0, f"rc={rc} {c} {err}")
        check("the LRS accepted every request it answered", not lrs.problems, lrs.problems)
        check("every statement stored once", len(lrs.stored) == total)
        before = len(lrs.received)
        rc, c, err = sync(lrs.url)
        check("nothing left: no request at all", rc == 0 and c["requests"] == 0
              and len(lrs.received) == before, f"{c}")
        # Every id reached the LRS at most three times (two 500s and the
        # success) and was never sent again after the success.
        counts = Counter(lrs.received)
        check("no statement sent after it was acknowledged",
              max(counts.values()) <= 3 and len(counts) == total, f"{counts.most_common(2)}")
        first_batch_ids = set(lrs.received[:50])
        check("only the first batch was tried while the LRS failed",
              all(counts[i] == 1 for i in counts if i not in first_batch_ids))
        statements = list(lrs.stored.values())

        # 3. A new attempt: only its statements go.
        r = subprocess.run([exe, "run", os.path.join(here, "fixtures", "mini.lua"), "--answers",
                            os.path.join(here, "fixtures", "report-late.json"), "--trainee", "E77",
                            "--cohort", "ENG", "--db", db], capture_output=True, text=True)
        check("run --trainee records an attempt", r.returncode == 0, r.stderr)
        rc, c, err = sync(lrs.url)
        check("new attempt: 7 statements queued and sent", rc == 0 and c["queued"] == 7
              and c["sent"] == 7 and c["requests"] == 1, f"rc={rc} {c} {err}")
        statements = list(lrs.stored.values())

    # 4. Lost answers: the LRS stores a batch but the answer never comes
    # back. The next sync meets 409 Conflict, settles statement by
    # statement with PUT, and the LRS ends up with one copy of each.
    db2 = os.path.join(tmp, "lost.db")
    db_saved, db = db, db2
    subprocess.run([make_dataset, db], check=True)
    with Receiver(lose_answers=1) as lrs:
        rc, c, err = sync(lrs.url)
        check("lost answer: exit 1, batch kept", rc == 1 and c["sent"] == 0, f"rc={rc} {c} {err}")
        rc, c, err = sync(lrs.url)
        check("after a lost answer: all sent", rc == 0 and c["pending"] == 0, f"rc={rc} {c} {err}")
        check("409 was met and settled with PUT", ("POST", 409) in lrs.log and ("PUT", 204) in lrs.log,
              f"{lrs.log[:6]}")
        check("no conflicting copy, no refusal", not lrs.problems, lrs.problems)
        check("the LRS holds each statement once", len(lrs.stored) == total, f"{len(lrs.stored)}")
    db = db_saved

    # 4b. One statement the LRS will never take (400): the rest of its batch
    # goes statement by statement, the bad one is parked and no longer holds
    # up the queue, and only --retry-parked sends it again.
    db3 = os.path.join(tmp, "reject.db")
    db_saved, db = db, db3
    subprocess.run([make_dataset, db], check=True)
    sync(f"http://127.0.0.1:{free_port()}/xapi/")  # queue everything, send nothing
    with sqlite3.connect(db) as con:
        bad = con.execute("SELECT statement_id FROM outbox ORDER BY attempt_id, seq "
                          "LIMIT 1 OFFSET 60").fetchone()[0]  # in the second batch
    with Receiver(reject={bad}) as lrs:
        rc, c, err = sync(lrs.url)
        out = subprocess.run([exe, "sync", "--lrs", lrs.url, "--db", db, "--config", config],
                             capture_output=True, text=True).stdout  # nothing left: no request
        check("400 for one statement: the rest sent, exit 0", rc == 0 and c["sent"] == total - 1
              and c["pending"] == 0, f"rc={rc} {c} {err}")
        check("the parked statement is reported", "1 statement parked; see unhooked sync --parked"
              in out, out)
        check("the others are stored exactly once", len(lrs.stored) == total - 1
              and bad not in lrs.stored and not lrs.problems, f"{len(lrs.stored)} {lrs.problems}")
        counts = Counter(lrs.received)
        check("only the bad statement's batch was sent twice (POST, then PUT)",
              counts[bad] == 2 and sum(1 for v in counts.values() if v == 2) == 50
              and max(counts.values()) == 2 and ("PUT", 400) in lrs.log, f"{counts.most_common(2)}")
        r = subprocess.run([exe, "sync", "--parked", "--db", db, "--config", config],
                           capture_output=True, text=True)
        row = [ln.split("\t") for ln in r.stdout.splitlines() if ln.startswith(bad)]
        check("--parked lists it with the status and the reason", r.returncode == 0 and len(row) == 1
              and row[0][3] == "400" and "not an IRI" in row[0][4], r.stdout + r.stderr)
        before = counts[bad]
        rc, c, err = sync(lrs.url)
        check("a later sync does not resend it", rc == 0 and c["requests"] == 0
              and lrs.received.count(bad) == before, f"rc={rc} {c}")
        r = subprocess.run([exe, "sync", "--retry-parked", "--db", db, "--config", config],
                           capture_output=True, text=True)
        check("--retry-parked requeues it", r.returncode == 0 and "1 parked statement back" in r.stdout,
              r.stdout + r.stderr)
        rc, c, err = sync(lrs.url)
        check("requeued and refused again: parked again", rc == 0 and c["pending"] == 0
              and lrs.received.count(bad) == before + 2 and bad not in lrs.stored, f"rc={rc} {c} {err}")
        subprocess.run([exe, "sync", "--retry-parked", "--db", db, "--config", config],
                       capture_output=True)
        lrs.reject.clear()
        rc, c, err = sync(lrs.url)
        check("requeued and taken: stored, nothing parked", rc == 0 and c["sent"] == 1
              and len(lrs.stored) == total, f"rc={rc} {c} {err}")
        r = subprocess.run([exe, "sync", "--parked", "--db", db, "--config", config],
                           capture_output=True, text=True)
        check("--parked: none left", "no statements parked" in r.stdout, r.stdout)
    # Every statement refused (a proxy mangling requests, say): nothing is
    # parked; the batch stays pending with the reason.
    with sqlite3.connect(db) as con:
        con.execute("UPDATE outbox SET acked_at = NULL")
        ids = [r[0] for r in con.execute("SELECT statement_id FROM outbox")]
    with Receiver(reject=ids) as lrs:
        rc, c, err = sync(lrs.url)
        check("every statement refused: none parked, all pending", rc == 1 and c["pending"] == total
              and "HTTP 400" in err and "parked" not in err, f"rc={rc} {c} {err}")
    db = db_saved

    # 4c. A captive portal (hotel or guest Wi-Fi) answers every request with
    # "200 OK" and its login page: nothing counts as delivered, nothing is
    # lost, and once the network is real everything goes.
    db4 = os.path.join(tmp, "portal.db")
    db_saved, db = db, db4
    subprocess.run([make_dataset, db], check=True)
    with Receiver(portal=True) as portal:
        rc, c, err = sync(portal.url)
        check("captive portal: exit 1, nothing counted as sent", rc == 1 and c["sent"] == 0
              and c["pending"] == total, f"rc={rc} {c} {err}")
        check("captive portal: the reason names the page", "not delivered" in err
              and "<!DOCTYPE html>" in err, err)
    with Receiver() as lrs:
        rc, c, err = sync(lrs.url)
        check("after the portal: everything sent", rc == 0 and c["sent"] == total
              and len(lrs.stored) == total, f"rc={rc} {c} {err}")

    # 4d. 409 Conflict for an id the LRS holds with other contents: the
    # statement it holds is fetched and compared; a different one is
    # parked with the difference, the rest go.
    db5 = os.path.join(tmp, "differs.db")
    db = db5
    subprocess.run([make_dataset, db], check=True)
    sync(f"http://127.0.0.1:{free_port()}/xapi/")  # queue everything, send nothing
    with sqlite3.connect(db) as con:
        sid, text = con.execute("SELECT statement_id, statement FROM outbox ORDER BY attempt_id, seq "
                                "LIMIT 1 OFFSET 10").fetchone()
    theirs = json.loads(text)
    theirs["result"] = {"score": {"raw": 99}}
    with Receiver(held={sid: theirs}) as lrs:
        rc, c, err = sync(lrs.url)
        check("409 with a different statement: the rest sent, that one parked", rc == 0
              and c["sent"] == total - 1 and c["pending"] == 0 and ("GET", 200) in lrs.log,
              f"rc={rc} {c} {err} {lrs.log[:8]}")
        r = subprocess.run([exe, "sync", "--parked", "--db", db, "--config", config],
                           capture_output=True, text=True)
        row = [ln.split("\t") for ln in r.stdout.splitlines() if ln.startswith(sid)]
        check("--parked: status 409 and the difference", len(row) == 1 and row[0][3] == "409"
              and "different statement" in row[0][4] and "result" in row[0][4], r.stdout)

    # 4e. 409 for a statement the LRS holds identical (an answer lost
    # earlier; the LRS answers PUT with 409 too): fetched, compared under
    # xAPI's rules (its copy has stored, authority, version, an upper-case
    # id and the timestamp in another zone) and acknowledged.
    db6 = os.path.join(tmp, "same.db")
    db = db6
    subprocess.run([make_dataset, db], check=True)
    with Receiver(lose_answers=1, put_conflict=True) as lrs:
        sync(lrs.url)
        rc, c, err = sync(lrs.url)
        check("409 with the same statement: acknowledged after a GET", rc == 0 and c["pending"] == 0
              and ("PUT", 409) in lrs.log and ("GET", 200) in lrs.log and not lrs.problems,
              f"rc={rc} {c} {err} {lrs.problems}")
        out = subprocess.run([exe, "sync", "--parked", "--db", db, "--config", config],
                             capture_output=True, text=True).stdout
        check("409 with the same statement: nothing parked", "no statements parked" in out, out)

    # 4f. A PUT answered "200 OK" with an HTML page is not delivery either.
    db7 = os.path.join(tmp, "htmlput.db")
    db = db7
    subprocess.run([make_dataset, db], check=True)
    with Receiver(lose_answers=1, html_put=True) as lrs:
        sync(lrs.url)
        rc, c, err = sync(lrs.url)
        check("PUT answered with a page: still pending", rc == 1 and c["sent"] == 0
              and c["pending"] == total and "204 No Content" in err, f"rc={rc} {c} {err}")
    db = db_saved

    # 5. Wrong credentials are refused and nothing is marked sent.
    with Receiver(password="other") as lrs:
        subprocess.run([exe, "run", os.path.join(here, "fixtures", "mini.lua"), "--answers",
                        os.path.join(here, "fixtures", "walk-away.json"), "--trainee", "E78",
                        "--db", db], capture_output=True)
        rc, c, err = sync(lrs.url)
        check("401: exit 1, still pending", rc == 1 and c["pending"] > 0 and "HTTP 401" in err,
              f"rc={rc} {c} {err}")

    # 6. What the LRS received is valid xAPI (Learning Locker's validator).
    received = os.path.join(tmp, "received.json")
    with open(received, "w") as f:
        json.dump(statements, f)
    xapi = os.path.join(here, "..", "xapi")
    if os.path.isdir(os.path.join(xapi, "node_modules")) and shutil.which("node"):
        r = subprocess.run(["node", os.path.join(xapi, "validate.js"), received],
                           capture_output=True, text=True)
        check("received statements pass the xAPI validator", r.returncode == 0,
              r.stdout[-600:])
    else:
        print("skip node validation (run npm ci in tests/xapi)")
finally:
    if not os.environ.get("UH_KEEP_TMP"):
        shutil.rmtree(tmp, ignore_errors=True)

print(f"sync: {passed} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)
