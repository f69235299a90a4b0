#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""test_fleet.py UNHOOKED MAKE_DATASET — results from a fleet of kiosks in
one place (issue 15): each kiosk's JSON export imported into a central
store, every attempt once by its UUID (a file imported twice, exports that
overlap), exactly as the kiosk had it; `export` reading several stores
side by side with the same rule; and files that are not exports refused
with an error that names the file and line, changing nothing."""
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import Checks  # noqa: E402

exe, make_dataset = sys.argv[1], sys.argv[2]
check = Checks()
src = os.environ.get("UNHOOKED_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
tmp = tempfile.mkdtemp(prefix="uh-fleet-")


def unhooked(*args):
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=120)


def path(name):
    return os.path.join(tmp, name)


def attempts(db):
    r = unhooked("export", "--format", "json", "--db", db)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["attempts"]


def without_id(rows):
    return [{k: v for k, v in r.items() if k != "id"} for r in rows]


try:
    # Kiosk A: the data set. Kiosk B: a copy of A made earlier (the first 25
    # attempts, as if the disk was cloned), then two attempts of its own.
    subprocess.run([make_dataset, path("a.db")], check=True)
    shutil.copy(path("a.db"), path("b.db"))
    with sqlite3.connect(path("b.db")) as con:
        con.execute("DELETE FROM choices WHERE attempt_id > 25")
        con.execute("DELETE FROM attempts WHERE id > 25")
    answers = path("answers.json")
    with open(answers, "w") as f:
        json.dump({"choices": [1, 1]}, f)
    for trainee in ("B-1", "B-2"):
        r = unhooked("run", os.path.join(src, "scenarios", "paid-paper.lua"), "--answers", answers,
                     "--trainee", trainee, "--db", path("b.db"))
        check(f"kiosk B records {trainee}", "saved attempt" in r.stderr, r.stderr)
    a, b = attempts(path("a.db")), attempts(path("b.db"))
    for k in ("a", "b"):
        r = unhooked("export", "--format", "json", "--db", path(k + ".db"), "-o", path(k + ".json"))
        check(f"kiosk {k.upper()} exported", r.returncode == 0, r.stderr)

    r = unhooked("import", path("a.json"), path("b.json"), "--db", path("central.db"))
    check("import both: exit 0, each file counted",
          r.returncode == 0 and f"a.json: 40 attempts, 40 added, 0 already in the store" in r.stdout
          and f"b.json: 27 attempts, 2 added, 25 already in the store" in r.stdout,
          r.stdout + r.stderr)
    central = attempts(path("central.db"))
    union = {x["uuid"]: x for x in a + b}
    check("the central store holds each attempt once", len(central) == len(union) == 42
          and {x["uuid"] for x in central} == set(union), len(central))
    check("each exactly as its kiosk had it (columns, choices, the full result)",
          all(without_id([x]) == without_id([union[x["uuid"]]]) for x in central))
    r = unhooked("import", path("b.json"), "--db", path("central.db"))
    check("the same file again adds nothing", r.returncode == 0 and "27 attempts, 0 added, 27 already"
          in r.stdout, r.stdout + r.stderr)
    rep = unhooked("report", "--db", path("central.db"))
    check("report over the central store counts 42 attempts", "42 attempts" in rep.stdout, rep.stdout)
    # The report counts in tables kept at save time: an imported attempt
    # counts as a played one. Kiosk A's own store, with B's file imported
    # into a copy of it, holds the same 42 attempts and reports the same.
    shutil.copy(path("a.db"), path("a-plus-b.db"))
    unhooked("import", path("b.json"), "--db", path("a-plus-b.db"))
    mine, theirs = (json.loads(unhooked("report", "--json", "--db", path(d)).stdout)
                    for d in ("central.db", "a-plus-b.db"))
    check("the same report from imported attempts as from played ones", mine == theirs
          and mine["all"]["attempts"] == 42, json.dumps(mine)[:300])

    # export --db A --db B: the stores merged in start order, each attempt once.
    r = unhooked("export", "--format", "json", "--db", path("a.db"), "--db", path("b.db"))
    merged = json.loads(r.stdout)["attempts"] if r.returncode == 0 else []
    check("export --db A --db B: each attempt once", len(merged) == 42
          and len({x["uuid"] for x in merged}) == 42, r.stderr)
    check("... in start order", [x["started_at"] for x in merged] == sorted(x["started_at"] for x in merged))
    check("... and says how many were in more than one store",
          "25 attempts found in more than one store written once" in r.stderr, r.stderr)
    r = unhooked("export", "--format", "xapi", "--db", path("a.db"), "--db", path("b.db"))
    sts = json.loads(r.stdout) if r.returncode == 0 else []
    check("xAPI from several stores: no statement twice", sts and len({s["id"] for s in sts}) == len(sts))
    r = unhooked("export", "--format", "csv", "--db", path("a.db"), "--db", path("b.db"), "--cohort",
                 "ENG-2026-11")
    rows = r.stdout.splitlines()[1:]
    check("filters apply to every store", r.returncode == 0 and rows
          and all(",ENG-2026-11," in x for x in rows), r.stdout[:300])
    r = unhooked("export", "--format", "json", "--db", path("a.db"), "--db", path("nope.db"))
    check("a missing store among several: exit 1, named", r.returncode == 1 and "nope.db" in r.stderr,
          r.stderr)

    # The CSV byte-order mark: by option, by configuration, overridden.
    def csv_head(*extra):
        r = subprocess.run([exe, "export", "--format", "csv", "--db", path("a.db"), *extra],
                           capture_output=True, timeout=120)
        bom = r.stdout.startswith(b"\xef\xbb\xbf")
        return r.returncode, bom, r.stdout[3 if bom else 0:].startswith(b"id,uuid,")
    bom_cfg = path("bom.json")
    with open(bom_cfg, "w") as f:
        json.dump({"export": {"csv_bom": True}}, f)
    check("csv: no byte-order mark by default", csv_head() == (0, False, True))
    check("csv --bom: EF BB BF, then the header", csv_head("--bom") == (0, True, True))
    check("export.csv_bom in the configuration", csv_head("--config", bom_cfg) == (0, True, True))
    check("--no-bom overrides the configuration", csv_head("--config", bom_cfg, "--no-bom") == (0, False, True))
    r = unhooked("export", "--format", "json", "--bom", "--db", path("a.db"))
    check("--bom with json: usage error", r.returncode == 2 and "--format csv" in r.stderr, r.stderr)

    # Files that are not exports: refused, named, nothing changed.
    before = len(attempts(path("central.db")))
    with open(path("a.json")) as f:
        good = json.load(f)
    cases = {
        "bare-array.json": (json.dumps(good["attempts"]), "bare-array.json:1: not an Unhooked JSON export"),
        "v2.json": (json.dumps(dict(good, version=2)), "export version 2"),
        "other.json": (json.dumps({"format": "something-else", "version": 1, "attempts": []}),
                       '"format" is not "unhooked-export"'),
        "results.csv": (unhooked("export", "--format", "csv", "--db", path("a.db")).stdout,
                        "results.csv:1: not an Unhooked JSON export"),
        "cut.json": (json.dumps(good, indent=2)[:5000], "cut.json:4: broken JSON in \"attempts\""),
        "empty.json": ("", "empty.json: the file is empty"),
    }
    for name, (text, want) in cases.items():
        with open(path(name), "w") as f:
            f.write(text)
        r = unhooked("import", path(name), "--db", path("central.db"))
        check(f"{name}: exit 1, \"{want}\"", r.returncode == 1 and want in r.stderr, r.stderr)
    # An attempt without its UUID: the error names the line; those before it stay.
    doc = json.loads(json.dumps(good))
    for x in doc["attempts"]:
        x["uuid"] = "f" + x["uuid"][1:]
    del doc["attempts"][2]["uuid"]
    text = json.dumps(doc, indent=2)
    line = text[:text.index('"id": 3,')].count("\n")
    with open(path("no-uuid.json"), "w") as f:
        f.write(text)
    r = unhooked("import", path("no-uuid.json"), "--db", path("central.db"))
    check("an attempt without a UUID: exit 1, file and line named, the two before it kept",
          r.returncode == 1 and f"no-uuid.json:{line}: attempt 3:" in r.stderr
          and "2 attempts before it imported" in r.stderr, r.stderr)
    after = len(attempts(path("central.db")))
    check("nothing else changed", after == before + 2, f"{before} -> {after}")
    for name, field, value, want in (("score", "score", 101, "outside 0-100"),
                                     ("mode", "mode", "remote", 'mode "remote" is not'),
                                     ("time", "started_at", "yesterday", "started_at:")):
        doc = json.loads(json.dumps(good))
        doc["attempts"] = doc["attempts"][:1]
        doc["attempts"][0]["uuid"] = "e" + doc["attempts"][0]["uuid"][1:]
        doc["attempts"][0][field] = value
        with open(path(f"bad-{name}.json"), "w") as f:
            json.dump(doc, f)
        r = unhooked("import", path(f"bad-{name}.json"), "--db", path("central.db"))
        check(f"an attempt with a bad {name}: refused, named", r.returncode == 1
              and f"bad-{name}.json:1: attempt 1:" in r.stderr and want in r.stderr, r.stderr)
    check("and nothing of them saved", len(attempts(path("central.db"))) == after)
finally:
    shutil.rmtree(tmp, ignore_errors=True)

check.finish()
