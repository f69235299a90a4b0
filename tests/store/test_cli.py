#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""test_cli.py UNHOOKED MAKE_DATASET — the results commands as an
administrator uses them: `run --trainee` records exactly what it prints,
`run` without it records nothing, report/export/purge with --db, the
default store location; a store damaged on disk (read: refused; written:
set aside, then a warning in every command until acknowledged); reading
never creates or changes anything; a text file or another program's
database is never written to; an unreadable store, an unwritable -shm and
a full disk are reported, never set aside; and usage errors."""
import csv
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
exe, make_dataset = sys.argv[1], sys.argv[2]
fix = os.path.join(here, "fixtures")
mini = os.path.join(fix, "mini.lua")
tmp = tempfile.mkdtemp(prefix="uh-cli-")
env = dict(os.environ, XDG_DATA_HOME=os.path.join(tmp, "xdg"), HOME=os.path.join(tmp, "home"))
env.pop("UNHOOKED_CONFIG", None)
passed, failed = 0, []


def check(name, cond, detail=""):
    global passed
    if cond:
        passed += 1
        print(f"ok   {name}")
    else:
        failed.append(name)
        print(f"FAIL {name} {str(detail)[:400]}")


def unhooked(*args):
    return subprocess.run([exe, *args], capture_output=True, text=True, env=env, timeout=60)


def run(answers, *extra):
    return unhooked("run", mini, "--answers", os.path.join(fix, answers + ".json"), *extra)


try:
    db = os.path.join(tmp, "r.db")
    default_db = os.path.join(tmp, "xdg", "unhooked", "results.db")

    plain = run("report-late")
    check("run without --trainee works", plain.returncode == 0)
    check("run without --trainee records nothing", not os.path.exists(default_db)
          and not os.path.exists(os.path.join(tmp, "xdg")))

    rec = run("report-late", "--trainee", "E1041", "--cohort", "ENG-7", "--db", db)
    check("run --trainee: exit 0, saved", rec.returncode == 0 and "saved attempt 1" in rec.stderr,
          rec.stderr)
    check("run --trainee prints the same single JSON object",
          json.loads(rec.stdout) == json.loads(plain.stdout) and rec.stdout.count("\n") == 1)
    for answers in ("report-early", "walk-away", "hooked"):
        run(answers, "--trainee", "E1042", "--db", db)
    out = run("runs-out", "--anonymous", "--cohort", "ENG-7", "--db", db)
    check("an unfinished run is recorded too (exit 1)", out.returncode == 1
          and "saved attempt 5" in out.stderr, out.stderr)

    ex = unhooked("export", "--format", "json", "--db", db)
    envelope = json.loads(ex.stdout)
    check("export json: the versioned envelope",
          envelope.get("format") == "unhooked-export" and envelope.get("version") == 1, ex.stdout[:200])
    rows = envelope["attempts"]
    check("export json: 5 attempts", ex.returncode == 0 and len(rows) == 5, ex.stderr)
    first = rows[0]
    check("recorded as the screens do: mode cli, trainee, cohort",
          first["mode"] == "cli" and first["trainee"] == "E1041" and first["cohort"] == "ENG-7")
    check("the full result JSON is stored", first["result"] == json.loads(plain.stdout))
    check("choices kept in order with their scenes",
          [(c["scene"], c["position"]) for c in first["choices"]] == [("message", 2), ("call", 1)])
    check("start and end times are ISO 8601 UTC",
          first["started_at"].endswith("Z") and first["started_at"] <= first["ended_at"])
    check("anonymous: a pseudonym, flagged", rows[4]["trainee"].startswith("anon-")
          and rows[4]["anonymous"] is True)
    check("outcomes", [r["outcome"] for r in rows] ==
          ["reported", "reported", "missed", "hooked", "incomplete"], [r["outcome"] for r in rows])

    rep = unhooked("report", "--db", db)
    check("report: counts", rep.returncode == 0 and "5 attempts" in rep.stdout, rep.stdout)
    line = [l for l in rep.stdout.splitlines() if l.strip().startswith("All attempts")][0].split()
    # attempts 5, complete 80%, to security 25%, reported 50%, missed 25%, hooked 25%,
    # median 0.5, passed 25%
    check("report: the rates of the five runs",
          line[2:10] == ["5", "80%", "25%", "50%", "25%", "25%", "0.5", "25%"], line)
    check("report: reports to security first", rep.stdout.index("Reported to security:")
          < rep.stdout.index("Reported to anyone:"), rep.stdout)
    js = json.loads(unhooked("report", "--db", db, "--json", "--cohort", "ENG-7").stdout)
    check("report --json --cohort", js["all"]["attempts"] == 2 and js["filter"]["cohort"] == "ENG-7")
    html = os.path.join(tmp, "r.html")
    h = unhooked("report", "--db", db, "--html", html)
    check("report --html writes a page", h.returncode == 0 and open(html).read().startswith("<!DOCTYPE html>"))

    # The trainee directory: who has not trained, a bad file named with its lines, a history.
    people = os.path.join(tmp, "people.csv")
    with open(people, "w") as f:
        f.write("employee_id,name,department,manager\nE1041,Ann,Sales,Tom\nE1042,Bob,Sales,Tom\n"
                "E1043,Cat,Legal,Eve\n")
    d = unhooked("directory", "import", people, "--db", db)
    check("directory import", d.returncode == 0 and "3 added" in d.stdout, d.stdout + d.stderr)
    nt = unhooked("report", "--db", db, "--not-trained")
    check("report --not-trained lists who has no finished attempt",
          nt.returncode == 0 and nt.stdout == "E1043\tCat\tLegal\tEve\n", nt.stdout + nt.stderr)
    with open(people, "w") as f:
        f.write("employee_id,name\nE1,Ann\n,Bob\nE1,Ann again\n")
    d = unhooked("directory", "import", people, "--db", db)
    check("directory import: every bad row named with file and line, nothing imported",
          d.returncode == 1 and f"{people}:3: no employee id" in d.stderr
          and f"{people}:4: the employee id 'E1' is given twice" in d.stderr
          and "nothing was imported" in d.stderr
          and "E1043" in unhooked("directory", "list", "--db", db).stdout, d.stderr)
    hist = unhooked("report", "--db", db, "--trainee", "E1042")
    check("report --trainee: the history", hist.returncode == 0
          and "History of E1042: 3 attempts" in hist.stdout, hist.stdout + hist.stderr)
    nochrome = dict(env, UNHOOKED_CHROMIUM=os.path.join(tmp, "no-chromium"))
    p = subprocess.run([exe, "report", "--db", db, "--pdf", os.path.join(tmp, "r.pdf")],
                       capture_output=True, text=True, env=nochrome, timeout=60)
    check("report --pdf without Chromium says what is needed", p.returncode == 1
          and "needs Chromium" in p.stderr and not os.path.exists(os.path.join(tmp, "r.pdf")),
          p.stderr)

    c = unhooked("export", "--format", "csv", "--db", db, "-o", os.path.join(tmp, "r.csv"))
    table = list(csv.DictReader(open(os.path.join(tmp, "r.csv"), newline="")))
    check("export csv -o", c.returncode == 0 and len(table) == 5 and table[0]["choices"] == "2 1")
    x = unhooked("export", "--format", "xapi", "--db", db, "--since", "2000-01-01")
    check("export xapi", x.returncode == 0 and len(json.loads(x.stdout)) == 7 + 6 + 5 + 6 + 3)

    # The store the configuration names, when --db is not given.
    d = run("walk-away", "--trainee", "E9")
    check("default store under XDG_DATA_HOME", d.returncode == 0 and os.path.exists(default_db), d.stderr)
    check("report without --db reads it", "1 attempt" in unhooked("report").stdout)

    # Purge and retention.
    p = unhooked("purge", "--before", "2100-01-01", "--db", db)
    check("purge --before", p.returncode == 0 and "purged 5 attempts" in p.stdout, p.stdout + p.stderr)
    check("purged: report is empty", "No attempts recorded" in unhooked("report", "--db", db).stdout)
    ds = os.path.join(tmp, "ds.db")
    subprocess.run([make_dataset, ds], check=True)
    cfg = os.path.join(tmp, "retention.json")
    with open(cfg, "w") as f:
        json.dump({"retention_days": 1}, f)
    old = [r for r in json.loads(unhooked("export", "--format", "json", "--db", ds).stdout)["attempts"]
           if r["started_at"] < time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 86400))]
    p = unhooked("purge", "--retention", "--db", ds, "--config", cfg)
    check("purge --retention uses retention_days", p.returncode == 0
          and f"purged {len(old)} attempt" in p.stdout, p.stdout + p.stderr)

    # A store damaged on disk. Reading it changes nothing; the next program
    # that writes sets it aside, and every command warns until it is
    # acknowledged.
    bad = os.path.join(tmp, "bad.db")
    run("walk-away", "--trainee", "E5", "--db", bad)
    with open(bad, "wb") as f:
        f.write(b"\x00garbage" * 4000)
    r = unhooked("report", "--db", bad)
    check("damaged store: report refuses and changes nothing", r.returncode == 1
          and "damaged" in r.stderr and not any(n.startswith("bad.db.corrupt-") for n in os.listdir(tmp)),
          r.stderr)
    w = run("walk-away", "--trainee", "E6", "--db", bad)
    aside = [n for n in os.listdir(tmp) if n.startswith("bad.db.corrupt-")]
    check("damaged store: the next write sets it aside and warns", w.returncode == 0 and len(aside) == 1
          and "found damaged" in w.stderr and "saved attempt 1" in w.stderr, w.stderr)
    for cmd in (["report"], ["report", "--json"], ["export", "--format", "csv"]):
        r = unhooked(*cmd, "--db", bad)
        check("set aside: `%s` warns every time" % " ".join(cmd), r.returncode == 0
              and "found damaged" in r.stderr and aside[0] in r.stderr
              and "unhooked acknowledge" in r.stderr, r.stderr)
    a = unhooked("acknowledge", "--db", bad)
    check("acknowledge lists and clears the notice", a.returncode == 0 and aside[0] in a.stdout
          and "1 notice acknowledged" in a.stdout, a.stdout + a.stderr)
    r = unhooked("report", "--db", bad)
    check("acknowledged: no more warning, the damaged file kept", r.returncode == 0
          and "damaged" not in r.stderr and os.path.exists(os.path.join(tmp, aside[0])), r.stderr)

    # Reading never creates or changes anything; writing refuses a file
    # that is not an Unhooked store.
    for cmd in (["report"], ["export", "--format", "json"]):
        r = unhooked(*cmd, "--db", os.path.join(tmp, "typo", "x.db"))
        check("`%s --db typo/x.db`: exit 1, no folder, no store" % cmd[0], r.returncode == 1
              and "no results store" in r.stderr and not os.path.exists(os.path.join(tmp, "typo")),
              r.stderr)
    notes = os.path.join(tmp, "notes.txt")
    with open(notes, "w") as f:
        f.write("Notes for Monday.\n")
    for cmd in (["report"], ["export", "--format", "csv"], ["sync", "--parked"], ["purge", "--before", "2000-01-01"]):
        r = unhooked(*cmd, "--db", notes)
        check("a text file as --db: `%s` refuses it" % cmd[0], r.returncode == 1, r.stderr)
    r = run("walk-away", "--trainee", "E7", "--db", notes)
    check("a text file as --db: never renamed or replaced", r.returncode == 1
          and open(notes).read() == "Notes for Monday.\n"
          and sorted(n for n in os.listdir(tmp) if n.startswith("notes")) == ["notes.txt"], r.stderr)
    other = os.path.join(tmp, "other.db")
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE contacts (name TEXT)")
    for args in (["report", "--db", other], ["purge", "--before", "2000-01-01", "--db", other]):
        r = unhooked(*args)
        check("another program's database: `%s` refuses it" % args[0], r.returncode == 1
              and "not an Unhooked results store" in r.stderr, r.stderr)
    r = run("walk-away", "--trainee", "E8", "--db", other)
    with sqlite3.connect(other) as con:
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    check("another program's database: no tables added", r.returncode == 1 and tables == ["contacts"],
          tables)

    # A healthy store the program may not read, or whose -shm it may not
    # write (left by a tool run as another user): an error, never set aside.
    # As root, the commands run as nobody; otherwise modes do it.
    perm = os.path.join(tmp, "perm")
    os.mkdir(perm)
    os.chmod(perm, 0o777)
    os.chmod(tmp, 0o711)  # so the other user can reach perm/
    pdb = os.path.join(perm, "r.db")
    subprocess.run([make_dataset, pdb], check=True)
    as_other = {}
    if os.geteuid() == 0:
        as_other = {"user": 65534, "group": 65534, "extra_groups": []}

    def other_user(*args):
        return subprocess.run([exe, *args], capture_output=True, text=True, env=env, timeout=60,
                              **as_other)

    if as_other:
        os.chown(pdb, 0, 0)
        os.chown(pdb + "-lock", 65534, 65534)
    os.chmod(pdb, 0o600 if as_other else 0o000)
    before = open(pdb, "rb").read() if as_other else None
    for args in (["report"], ["run", mini, "--answers", os.path.join(fix, "hooked.json"), "--trainee", "E9"]):
        r = other_user(*args, "--db", pdb)
        check("an unreadable store: `%s` says so, sets nothing aside" % args[0], r.returncode == 1
              and "Permission denied" in r.stderr
              and sorted(os.listdir(perm)) == ["r.db", "r.db-checked", "r.db-lock"],
              r.stderr + str(os.listdir(perm)))
    os.chmod(pdb, 0o600)
    check("an unreadable store: its bytes unchanged", before is None or open(pdb, "rb").read() == before)
    if as_other:
        os.chown(pdb, 65534, 65534)
    shm = pdb + "-shm"
    with open(shm, "wb") as f:
        f.write(b"\0" * 32768)
    os.chmod(shm, 0o600 if as_other else 0o400)
    for args in (["report"], ["run", mini, "--answers", os.path.join(fix, "hooked.json"), "--trainee", "E9"]):
        r = other_user(*args, "--db", pdb)
        check("an unwritable -shm: `%s` names it, sets nothing aside" % args[0], r.returncode == 1
              and "r.db-shm cannot be written" in r.stderr
              and not any(".corrupt" in n for n in os.listdir(perm)), r.stderr)
    os.chmod(shm, 0o600)
    os.remove(shm)
    for n in os.listdir(perm):
        if n.endswith("-wal"):
            os.remove(os.path.join(perm, n))
    r = unhooked("report", "--db", pdb)
    check("afterwards the store reads as before", r.returncode == 0 and "40 attempts" in r.stdout,
          r.stdout + r.stderr)

    # A copy on a read-only medium (a backup on a stick mounted read-only):
    # readable as it is, nothing created beside it.
    rom = os.path.join(tmp, "rom")
    os.mkdir(rom)
    subprocess.run([make_dataset, os.path.join(rom, "copy.db")], check=True)
    os.remove(os.path.join(rom, "copy.db-lock"))
    os.remove(os.path.join(rom, "copy.db-checked"))
    os.chmod(os.path.join(rom, "copy.db"), 0o444)
    os.chmod(rom, 0o555)
    r = other_user("report", "--db", os.path.join(rom, "copy.db"))
    check("a store on a read-only medium can be read", r.returncode == 0 and "40 attempts" in r.stdout
          and os.listdir(rom) == ["copy.db"], r.stdout + r.stderr)
    os.chmod(rom, 0o755)

    # A real full disk: a small tmpfs in a private mount namespace (needs
    # root with CAP_SYS_ADMIN; reported as skipped otherwise). The healthy
    # store is not set aside; once space is freed it is all there.
    script = os.path.join(here, "full_disk.sh")
    r = subprocess.run(["unshare", "--mount", "--propagation", "private", "sh", script, exe,
                        make_dataset, os.path.join(fix, "mini.lua"), os.path.join(fix, "hooked.json")],
                       capture_output=True, text=True, env=env, timeout=120)
    if r.returncode == 77:
        print("skip full disk on tmpfs: " + (r.stderr.strip().splitlines() or ["no mount"])[-1])
    else:
        check("a full disk (tmpfs): reported, nothing set aside, all there afterwards",
              r.returncode == 0, r.stdout[-800:] + r.stderr[-800:])

    # Usage errors exit 2.
    for args in (["export", "--format", "xml"], ["report", "--since", "last week"],
                 ["report", "--paper", "a4"], ["report", "--pdf", "x.pdf", "--paper", "a3"],
                 ["report", "--json", "--html", "x.html"], ["directory"], ["directory", "import"],
                 ["directory", "sort"],
                 ["purge"], ["purge", "--before", "x"], ["run", mini, "--answers",
                 os.path.join(fix, "hooked.json"), "--cohort", "X"],
                 ["run", mini, "--answers", os.path.join(fix, "hooked.json"), "--trainee", "a",
                  "--anonymous"], ["sync", "--db", db]):
        r = unhooked(*args)
        check("usage error: " + " ".join(a for a in args if "/" not in a), r.returncode == 2,
              f"rc={r.returncode} {r.stderr}")
finally:
    if not os.environ.get("UH_KEEP_TMP"):
        shutil.rmtree(tmp, ignore_errors=True)

print(f"results cli: {passed} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)
