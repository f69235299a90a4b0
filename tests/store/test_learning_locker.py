#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""test_learning_locker.py UNHOOKED MAKE_DATASET LRS_DIR — `unhooked sync`
against a real LRS: Learning Locker's xAPI statement service
(xapi-statements from npm, tests/lrs) running in memory on the loopback
address. The whole data set is sent, then read back with GET statements:
every statement arrives once, as exported, with strictly increasing
timestamps per attempt, no completion on passed/failed, facilitated
sessions as Groups and the choice labels in the interaction definitions.
A second sync sends nothing; a second kiosk holding the same attempts adds
nothing. Exit 77 (skipped) only when npm is not installed."""
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import Checks, free_port  # noqa: E402
import threading
import urllib.request
from collections import defaultdict
from datetime import datetime

exe, make_dataset, lrs_dir = sys.argv[1:4]
check = Checks()
if not os.path.isdir(os.path.join(lrs_dir, "node_modules", "xapi-statements")):
    if shutil.which("npm") is None:
        print("npm not found: skipped")
        sys.exit(77)
    print(f"FAIL xapi-statements is not installed: run {lrs_dir}/install.sh (tools/setup.sh --test does)")
    sys.exit(1)


tmp = tempfile.mkdtemp(prefix="uh-ll-")
port = free_port()
base = f"http://127.0.0.1:{port}/xAPI/"
server = subprocess.Popen(["node", os.path.join(lrs_dir, "lrs.js"), str(port), tmp],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True)
ready = threading.Event()
log = []


def read_output():
    for line in server.stdout:
        log.append(line)
        if line.strip() == "ready":
            ready.set()


threading.Thread(target=read_output, daemon=True).start()
config = os.path.join(tmp, "config.json")
with open(config, "w") as f:
    json.dump({"lrs": {"username": "kiosk", "password": "s3cret",
                       "homepage": "https://lms.acme.test"}}, f)
auth = "Basic " + base64.b64encode(b"kiosk:s3cret").decode()
HOME = "https://lms.acme.test"


def sync(db):
    r = subprocess.run([exe, "sync", "--lrs", base, "--db", db, "--config", config],
                       capture_output=True, text=True, timeout=300)
    nums = [int(w) for w in r.stdout.replace(",", " ").replace("(", " ").split() if w.isdigit()]
    # "queued Q, sent S, pending P statements (R requests)"
    return r.returncode, dict(zip(["queued", "sent", "pending", "requests"], nums)), r.stderr


def get_all():
    out, url = [], base + "statements?limit=500"
    while url:
        req = urllib.request.Request(url, headers={"X-Experience-API-Version": "1.0.3",
                                                   "Authorization": auth})
        with urllib.request.urlopen(req, timeout=60) as resp:
            page = json.load(resp)
        out += page["statements"]
        url = f"http://127.0.0.1:{port}{page['more']}" if page.get("more") else None
    return out


try:
    # Waits on the service's own word, however long a busy machine takes;
    # a service that dies shows as its exit.
    while not ready.wait(0.2):
        if server.poll() is not None:
            break
    check("the in-memory Learning Locker service starts", ready.is_set(), "".join(log))
    if not ready.is_set():
        raise SystemExit(1)

    db = os.path.join(tmp, "kiosk-a.db")
    subprocess.run([make_dataset, db], check=True)
    # A facilitated session: the room signs in as group:COHORT.
    answers = os.path.join(tmp, "answers.json")
    with open(answers, "w") as f:
        json.dump({"choices": [1, 1]}, f)
    src = os.environ.get("UNHOOKED_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
    r = subprocess.run([exe, "run", os.path.join(src, "scenarios", "paid-paper.lua"), "--answers",
                        answers, "--trainee", "group:ENG-7", "--cohort", "ENG-7", "--db", db],
                       capture_output=True, text=True)
    check("a facilitated session is recorded", "saved attempt 41" in r.stderr, r.stderr)
    ex = subprocess.run([exe, "export", "--format", "xapi", "--db", db, "--config", config],
                        capture_output=True, text=True, check=True)
    exported = json.loads(ex.stdout)

    rc, c, err = sync(db)
    check("sync: exit 0, every statement queued and sent", rc == 0 and c.get("queued") == len(exported)
          and c.get("sent") == len(exported) and c.get("pending") == 0, f"rc={rc} {c} {err}")

    held = get_all()
    check("GET statements gives them all back, each once",
          len(held) == len(exported) and len({s["id"] for s in held}) == len(held),
          f"{len(held)} of {len(exported)}")
    check("the same statement ids as the export", {s["id"] for s in held} == {s["id"] for s in exported})
    mine = {s["id"]: s for s in exported}
    same = [s for s in held if s["id"] in mine and s["actor"] == mine[s["id"]]["actor"]
            and s["verb"]["id"] == mine[s["id"]]["verb"]["id"]
            and s["object"]["id"] == mine[s["id"]]["object"]["id"]
            and s.get("result") == mine[s["id"]].get("result")]
    check("each held as sent: actor, verb, object and result", len(same) == len(held),
          f"{len(held) - len(same)} differ")

    by_attempt = defaultdict(list)
    for s in held:
        by_attempt[s["context"]["registration"]].append(s)
    order = {s["id"]: i for i, s in enumerate(exported)}
    ties = 0
    for sts in by_attempt.values():
        sts.sort(key=lambda s: order[s["id"]])
        stamps = [datetime.fromisoformat(s["timestamp"].replace("Z", "+00:00")) for s in sts]
        ties += sum(1 for a, b in zip(stamps, stamps[1:]) if not a < b)
    check("41 attempts, each a registration", len(by_attempt) == 41, len(by_attempt))
    check("timestamps strictly increase within every attempt, in event order", ties == 0,
          f"{ties} ties or reversals")
    verbs = lambda s: s["verb"]["id"].rsplit("/", 1)[1]  # noqa: E731
    outcomes = [s for s in held if verbs(s) in ("passed", "failed")]
    check("passed/failed carry a score and no completion", outcomes and all(
        "completion" not in s["result"] and "score" in s["result"] for s in outcomes))
    completed = [s for s in held if verbs(s) == "completed"]
    check("completed carries completion", completed and all(s["result"]["completion"] is True
                                                             for s in completed))
    groups = [s for s in held if s["actor"].get("objectType") == "Group"]
    agents = [s for s in held if s["actor"].get("objectType", "Agent") == "Agent"]
    check("the facilitated session is a Group named for its cohort, trainees Agents",
          groups and agents and all(s["actor"]["account"]["name"] == "group:ENG-7"
                                    and s["actor"]["name"] == "Cohort ENG-7 (facilitated session)"
                                    for s in groups)
          and not any(s["actor"]["account"]["name"].startswith("group:") for s in agents),
          f"{len(groups)} groups, {len(agents)} agents")
    check("every account under the configured homePage",
          all(s["actor"]["account"]["homePage"] == HOME for s in held))
    answered = [s for s in held if verbs(s) == "answered"]
    labelled = [s for s in answered
                if any(c["id"] == s["result"]["response"] and c["description"].get("en-US")
                       for c in s["object"].get("definition", {}).get("choices", []))]
    check("answered: the choice's label is in the interaction definition, under the response's id",
          answered and len(labelled) == len(answered), f"{len(labelled)} of {len(answered)}")

    rc, c, err = sync(db)
    check("a second sync sends nothing", rc == 0 and c.get("queued") == 0 and c.get("requests") == 0,
          f"rc={rc} {c} {err}")

    # A second kiosk that holds the same attempts (a copied store): the
    # statement ids are the same, so the LRS keeps one of each.
    db2 = os.path.join(tmp, "kiosk-b.db")
    shutil.copy(os.path.join(tmp, "kiosk-a.db"), db2)
    subprocess.run(["sqlite3", db2, "DELETE FROM outbox"], check=True)
    rc, c, err = sync(db2)
    check("another kiosk with the same attempts: all settled", rc == 0 and c.get("pending") == 0,
          f"rc={rc} {c} {err}")
    check("the LRS still holds each statement once", len(get_all()) == len(exported))
finally:
    server.stdin.close()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
    shutil.rmtree(tmp, ignore_errors=True)

check.finish()
