#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Plays every ending of every shipped scenario in the real window.

For each scenario in scenarios/ and each ending label in its graph, finds
the shortest choice path that reaches that ending (breadth-first, a level
at a time through `unhooked batch`, loops bounded by a seen-state set and a depth limit), then
plays exactly that path in the real `unhooked` window under Xvfb with real
X input (xdotool): sign in, pick the scenario card, click the choices, fill
the report form when a report choice opens it (Corporate security, the first
two facts shown, keep the evidence). A screenshot of the debrief is saved
for each (scenario, ending). At the end the attempts saved in the throwaway
results store are compared with `unhooked run` on the same answers (ending,
score, path, facts given) and a table is printed.

Slow (a few minutes); not part of ctest. Needs Xvfb, xdotool, ImageMagick
and lua (to read the fact ids of the report form).

    tools/play_endings.py --binary build/unhooked [--size 1280x720] [--out /tmp/unhooked-endings]
                          [--only paid-paper] [--pages 2]

Exit status: 0 all OK, 1 something failed, 77 a tool is missing.
"""
import argparse
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "ui"))
import uitest  # noqa: E402  (Xvfb, App, fact_order, Failure)

TRAINEE = "Ending Walker"
MAX_DEPTH = 30
MAX_RUNS = 6000  # per scenario


# --------------------------------------------------------------------------
# Planning with the command line
# --------------------------------------------------------------------------

def graph_of(binary, path):
    """Ending label of every ending scene, and the number of choices of every scene."""
    dot = subprocess.run([binary, "graph", path], capture_output=True, text=True, check=True).stdout
    endings = {m.group(1): m.group(2) for m in
               re.finditer(r'^\s*"([^"]+)" \[label="[^"]*END: ([^"\\]+)', dot, re.M)}
    nchoices = {}
    for m in re.finditer(r'^\s*"([^"]+)" -> "[^"]+" \[label="(\d+)', dot, re.M):
        nchoices[m.group(1)] = max(nchoices.get(m.group(1), 0), int(m.group(2)))
    return endings, nchoices


def lua_fact_ids(path):
    code = ("scenario = function(t) return t end\n"
            "local t = dofile(...)\n"
            "for _, f in ipairs(t.report.facts) do print(f.id) end\n")
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(code)
        script = f.name
    try:
        out = subprocess.run(["lua", script, path], capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(script)
    return [line for line in out.split("\n") if line]


def answers_for(choices, facts):
    return {"choices": choices, "flags": [],
            "report": {"to": "security", "facts": facts, "how": "keep_evidence"}}


def run_cli(binary, path, answers, work):
    ans = os.path.join(work, "answers.json")
    with open(ans, "w") as f:
        json.dump(answers, f)
    r = subprocess.run([binary, "run", path, "--answers", ans], capture_output=True, text=True)
    try:
        return json.loads(r.stdout)
    except json.JSONDecodeError:
        return None


def batch_cli(binary, path, answer_sets, work):
    """`unhooked batch`: one result (or None) per answer set, in order."""
    ans = os.path.join(work, "answers.jsonl")
    with open(ans, "w") as f:
        for a in answer_sets:
            f.write(json.dumps(a) + "\n")
    r = subprocess.run([binary, "batch", path, "--answers", ans], capture_output=True, text=True)
    out = []
    for line in r.stdout.splitlines():
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:
            out.append(None)
    return out + [None] * (len(answer_sets) - len(out))


def plan_endings(binary, path, facts, work):
    """{ending label: (choices, cli result)}, shortest path first; and the labels in the graph."""
    endings, nchoices = graph_of(binary, path)
    labels = sorted(set(endings.values()))
    found = {}
    seen = set()
    frontier = [[]]
    runs = 0
    for _ in range(MAX_DEPTH + 1):
        nxt = []
        frontier = frontier[:max(0, MAX_RUNS - runs)]
        runs += len(frontier)
        results = batch_cli(binary, path, [answers_for(s, facts) for s in frontier], work)
        for s, r in zip(frontier, results):
            if not r or len(r.get("path", [])) != len(s) + 1:
                continue  # a position out of range, or a script failure
            if r.get("completed"):
                found.setdefault(r["ending"], (s, r))
                continue
            # The same place reached with the same past is not explored twice.
            key = (r["path"][-1], r.get("hook"), r.get("reported"), frozenset(r["path"]),
                   json.dumps((r.get("report") or {}).get("scene")))
            if key in seen:
                continue
            seen.add(key)
            n = nchoices.get(r["path"][-1], 4)
            nxt.extend(s + [c] for c in range(1, n + 1))
        frontier = nxt
        if not frontier or set(labels) <= set(found):
            break
    return found, labels


# --------------------------------------------------------------------------
# Playing in the window
# --------------------------------------------------------------------------

def sign_in(app):
    app.wait(lambda t: t.get("screen") == "welcome", "the welcome screen")
    app.type(TRAINEE)
    app.key("Return")
    app.wait(lambda t: t.get("screen") == "menu", "the menu")


def fill_report(app, nfacts):
    app.wait(lambda t: t.get("screen") == "report" and t.get("step") == "1", "report step 1")
    app.click(1000)  # Corporate security, the first recipient
    app.click(100)   # Next
    app.wait(lambda t: t.get("step") == "2", "report step 2")
    for i in range(min(2, nfacts)):
        app.click(1000 + i)
    app.click(100)   # Next
    app.wait(lambda t: t.get("step") == "3", "report step 3")
    app.click(1000)  # keep the evidence, the first option
    app.click(100)   # Send report
    app.wait(lambda t: t.get("screen") != "report", "the report to be sent")


def play_path(app, card, choices, cli_path, nfacts):
    """Plays one path from the menu to the debrief; returns the debrief trace."""
    app.click(1000 + card)
    t = app.wait(lambda t: t.get("screen") == "scene" and "scene" in t, "the first scene")
    if t["scene"] != cli_path[0]:
        raise uitest.Failure(f"card {card} opened scene {t['scene']}, expected {cli_path[0]}")
    for i, c in enumerate(choices):
        t = app.trace()
        if t.get("screen") == "report":
            fill_report(app, nfacts)
            t = app.wait(lambda t: t.get("screen") == "scene", "the story after the report")
        if t.get("scene") != cli_path[i]:
            raise uitest.Failure(f"step {i + 1}: window at {t.get('scene')}, expected {cli_path[i]}")
        app.click(1000 + c - 1)
        nxt = cli_path[i + 1]
        if nxt == cli_path[i]:
            time.sleep(0.5)  # a choice that comes back to the same scene
        app.wait(lambda t: t.get("scene") == nxt or t.get("screen") in ("report", "debrief"),
                 f"scene {nxt}")
    t = app.wait(lambda t: t.get("screen") in ("report", "debrief"), "the end")
    if t.get("screen") == "report":
        fill_report(app, nfacts)
    return app.wait(lambda t: t.get("screen") == "debrief" and "score" in t, "the debrief")


def db_rows(db_path):
    if not os.path.exists(db_path):
        return []
    db = sqlite3.connect(db_path)
    try:
        return db.execute("SELECT id, scenario, ending, score, result_json FROM attempts ORDER BY id").fetchall()
    except sqlite3.OperationalError:
        return []
    finally:
        db.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "unhooked"))
    ap.add_argument("--size", default="1280x720")
    ap.add_argument("--out", default="/tmp/unhooked-endings", help="folder for the debrief screenshots")
    ap.add_argument("--only", action="append", help="scenario id to play (repeatable); default all")
    ap.add_argument("--pages", type=int, default=1, help="debrief screenshots per ending (Page Down between)")
    args = ap.parse_args()
    args.binary = os.path.abspath(args.binary)
    w, h = map(int, args.size.split("x"))
    for tool in ("Xvfb", "xdotool", "import", "lua"):
        if not shutil.which(tool):
            print(f"SKIP: {tool} is not installed")
            return uitest.SKIP

    os.makedirs(args.out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="unhooked-endings-")
    # A private copy, so a rebuild in the meantime does not pull the binary away mid-run.
    shutil.copy2(args.binary, os.path.join(work, "unhooked"))
    args.binary = os.path.join(work, "unhooked")
    scen_dir = os.path.join(ROOT, "scenarios")
    files = sorted(f for f in os.listdir(scen_dir) if f.endswith(".lua"))

    # Plan every (scenario, ending).
    plays = []  # dicts: scenario, card, ending, choices, facts, cli
    missing = []
    for card, f in enumerate(files):
        sid = f[:-4]
        if args.only and sid not in args.only:
            continue
        p = os.path.join(scen_dir, f)
        ids = lua_fact_ids(p)
        shown = uitest.fact_order(ids)
        ticked = shown[:2]  # the first two facts on the form
        found, labels = plan_endings(args.binary, p, ticked, work)
        print(f"{sid}: endings {labels}; found {sorted(found)}", flush=True)
        for label in labels:
            if label not in found:
                missing.append((sid, label))
                continue
            choices, r = found[label]
            # The form shows only the facts offered when the report is filed (their `when`).
            offered = (r.get("report") or {}).get("facts_offered") or ids
            plays.append({"scenario": sid, "file": p, "card": card, "ending": label, "choices": choices,
                          "facts": uitest.fact_order(offered)[:2], "nfacts": len(offered), "cli": r})

    with open(os.path.join(work, "config.json"), "w") as f:
        json.dump({"organisation": "Northwind Maritime", "paths": {"scenarios": scen_dir},
                   "security_contact": {"team": "Northwind Security Office", "phone": "+1 555 0142",
                                        "email": "security@northwind.example"}}, f)

    class A:
        binary = args.binary

    db_path = os.path.join(work, "results.db")
    xvfb = uitest.Xvfb(w, h)
    app = None
    try:
        for pl in plays:
            try:
                if app is None:
                    app = uitest.App(A, xvfb.display, work, w, h)
                    sign_in(app)
                before = {r[0] for r in db_rows(db_path)}
                t = play_path(app, pl["card"], pl["choices"], pl["cli"]["path"], pl["nfacts"])
                pl["screen_score"] = int(t["score"])
                pl["saved"] = t.get("saved") == "1"
                base = os.path.join(args.out, f"{pl['scenario']}--{pl['ending']}")
                for page in range(args.pages):
                    if page:
                        app.key("Next")
                    app.shot(base + (f"-{page + 1}" if args.pages > 1 else "") + ".png", 1.2 if page == 0 else 0.5)
                app.key("Escape")
                app.wait(lambda t: t.get("screen") == "menu", "the menu after the debrief")
                new = [r for r in db_rows(db_path) if r[0] not in before]
                pl["row"] = new[-1] if len(new) == 1 else None
                if len(new) != 1:
                    pl["error"] = f"{len(new)} new attempt rows"
            except (uitest.Failure, subprocess.CalledProcessError) as e:
                pl["error"] = str(e)
                try:
                    app.shot(os.path.join(args.out, f"FAILED-{pl['scenario']}--{pl['ending']}.png"), 0.2)
                except Exception:
                    pass
                if app:
                    app.stop()
                app = None
                shutil.rmtree(os.path.join(work, "progress"), ignore_errors=True)
            print(f"  played {pl['scenario']} / {pl['ending']}: {pl.get('error', 'ok')}", flush=True)
    finally:
        if app:
            app.stop()
        xvfb.stop()

    # Compare with the command line and print the table.
    rows = []
    bad = 0
    for pl in plays:
        cli = run_cli(args.binary, pl["file"], answers_for(pl["choices"], pl["facts"]), work) or {}
        row = pl.get("row")
        problems = []
        if pl.get("error"):
            problems.append(pl["error"])
        if row:
            _, scen, ending, score, rj = row
            res = json.loads(rj)
            if scen != pl["scenario"]:
                problems.append(f"saved scenario {scen}")
            if ending != cli.get("ending") or ending != pl["ending"]:
                problems.append(f"saved ending {ending}, cli {cli.get('ending')}")
            if score != cli.get("score"):
                problems.append(f"saved score {score}, cli {cli.get('score')}")
            if pl.get("screen_score") != score:
                problems.append(f"screen score {pl.get('screen_score')}, saved {score}")
            if res.get("path") != cli.get("path"):
                problems.append(f"saved path {res.get('path')}, cli {cli.get('path')}")
            got = sorted((res.get("report") or {}).get("facts") or [])
            want = sorted((cli.get("report") or {}).get("facts") or [])
            if got != want:
                problems.append(f"saved facts {got}, cli {want}")
            if not pl.get("saved"):
                problems.append("debrief says not saved")
        elif not pl.get("error"):
            problems.append("no saved attempt")
        bad += bool(problems)
        rows.append((pl["scenario"], pl["ending"], f'{len(pl["choices"])} ({",".join(map(str, pl["choices"]))})',
                     str(pl.get("screen_score", "-")), str(cli.get("score", "-")),
                     "OK" if not problems else "FAIL: " + "; ".join(problems)))
    for sid, label in missing:
        bad += 1
        rows.append((sid, label, "-", "-", "-", "FAIL: no path found"))

    head = ("scenario", "ending", "path (choices)", "screen", "cli", "result")
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(5)]
    fmt = "  ".join(f"{{:{wd}}}" for wd in widths) + "  {}"
    print()
    print(fmt.format(*head))
    for r in rows:
        print(fmt.format(*r))
    print(f"\n{len(rows) - bad}/{len(rows)} OK; debrief screenshots in {args.out}")
    if bad:
        print(f"work folder kept: {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
