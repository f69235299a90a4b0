#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Regenerates the screenshots of the trainee window shown in the docs.

Plays the shipped scenarios (scenarios/) in the real program under Xvfb
with real X input, and saves one picture per channel look plus the sign-in,
menu, "Something seems off?" panel, report form, debrief and session summary
into assets/screenshots/ (reduced to 256 colours to stay small). The kiosk,
admin and facilitator screens (attract, idle warning, PIN pad, lockout,
admin, facilitator scene and debrief, resume on the menu) come from the
mode test (modetest.py) played on the UI fixture, and the kiosk on its own
1920x1080, 1080x1920 and 1366x768 screens from screentest.py.

Paths to each look are found with `unhooked graph` (the channel of every
scene) and `unhooked run` (which choices lead where), so the tool keeps
working when scenarios change.

    tests/ui/screenshots.py --binary build/unhooked [--size 1280x720] [--out assets/screenshots]
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import uitest  # noqa: E402  (Xvfb and App)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CHANNELS = ["linkedin", "email", "phone", "chat", "in_person", "narration"]


def channels_of(binary, path):
    dot = subprocess.run([binary, "graph", path], capture_output=True, text=True).stdout
    return {m.group(1): m.group(2) for m in re.finditer(r'^\s*"([^"]+)" \[label="[^\\]*\\n(\w+)', dot, re.M)}


def play_cli(binary, path, choices, work):
    ans = os.path.join(work, "a.json")
    with open(ans, "w") as f:
        json.dump({"choices": choices, "report": {"to": "security", "how": "keep_evidence"}}, f)
    r = subprocess.run([binary, "run", path, "--answers", ans], capture_output=True, text=True)
    try:
        return json.loads(r.stdout)
    except json.JSONDecodeError:
        return None


def search(binary, path, work, goal, depth=7):
    """Shortest list of choice positions whose result satisfies goal(result, choices)."""
    frontier = [[]]
    for _ in range(depth + 1):
        nxt = []
        for s in frontier:
            r = play_cli(binary, path, s, work)
            if not r or len(r.get("path", [])) != len(s) + 1:
                continue  # a position out of range or a failure
            if goal(r, s):
                return s, r
            if not r.get("completed"):
                nxt.extend(s + [c] for c in range(1, 5))
        frontier = nxt[:400]
    return None, None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", required=True)
    ap.add_argument("--size", default="1280x720")
    ap.add_argument("--out", default=os.path.join(ROOT, "assets", "screenshots"))
    args = ap.parse_args()
    args.binary = os.path.abspath(args.binary)
    w, h = map(int, args.size.split("x"))
    os.makedirs(args.out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="unhooked-shots-")
    scen_dir = os.path.join(ROOT, "scenarios")
    files = sorted(f for f in os.listdir(scen_dir) if f.endswith(".lua"))

    # Plan: for each look, a scenario and the choices that reach it.
    plan = {}
    for i, f in enumerate(files):
        p = os.path.join(scen_dir, f)
        ch = channels_of(args.binary, p)
        for look in CHANNELS:
            if look in plan:
                continue
            seq, r = search(args.binary, p, work, lambda r, s: ch.get(r["path"][-1]) == look and not r["completed"], 4)
            if seq is not None:
                plan[look] = (i, seq, r["path"][-1])
        if "report" not in plan:
            seq, r = search(args.binary, p, work, lambda r, s: r.get("reported") and len(s) > 0
                            and r["report"].get("scene") == r["path"][-2], 4)
            if seq is not None:
                plan["report"] = (i, seq, None)
        if "debrief" not in plan:
            seq, r = search(args.binary, p, work, lambda r, s: r.get("completed") and r.get("reported")
                            and r.get("reported_at_hook", 0) > 0, 6)
            if seq is not None:
                plan["debrief"] = (i, seq, None)
    print("plan:", {k: (files[v[0]], v[1]) for k, v in plan.items()})

    with open(os.path.join(work, "config.json"), "w") as f:
        json.dump({"organisation": "Northwind Maritime", "paths": {"scenarios": scen_dir},
                   "security_contact": {"team": "Northwind Security Office", "phone": "+1 555 0142",
                                        "email": "security@northwind.example"}}, f)

    class A:
        binary = args.binary

    xvfb = uitest.Xvfb(w, h)
    app = None
    try:
        app = uitest.App(A, xvfb.display, work, w, h)

        def shot(name, settle=0.5):
            raw = os.path.join(work, name + ".png")
            app.shot(raw, settle)
            dst = os.path.join(args.out, f"{name}.png")
            subprocess.run(["convert", raw, "-colors", "256", "PNG8:" + dst], check=True)
            print("wrote", os.path.relpath(dst, ROOT))

        shot("welcome")
        app.type("Alex Morgan")
        app.key("Return")
        app.wait(lambda t: t.get("screen") == "menu", "the menu")
        shot("menu")

        def fill_report():
            app.key("1", "Return", "1", "2", "Return", "1", "Return")
            app.wait(lambda t: t.get("screen") != "report", "the report to be sent")

        def start(idx, seq, stop_at_report=False):
            app.click(1000 + idx)
            app.wait(lambda t: t.get("screen") == "scene", "a scene")
            for c in seq:
                if app.trace().get("screen") == "report":
                    fill_report()
                before = app.trace()
                app.key(str(c))
                app.wait(lambda t: t.get("scene") != before.get("scene") or t.get("screen") != "scene",
                         "the next scene")
            if app.trace().get("screen") == "report" and not stop_at_report:
                fill_report()

        def leave():
            app.key("Escape")
            app.wait(lambda t: t.get("panel") == "leave", "the leave dialog")
            app.click(103)
            app.wait(lambda t: t.get("screen") == "menu", "the menu")
            # Leaving keeps the place for a resume; every look starts afresh
            # (a card whose saved place is gone starts a fresh run).
            shutil.rmtree(os.path.join(work, "progress"), ignore_errors=True)

        for look in CHANNELS:
            if look not in plan:
                print("no scene found for", look)
                continue
            idx, seq, _ = plan[look]
            start(idx, seq)
            shot("channel-" + look.replace("_", "-"))
            if look == "linkedin":
                app.key("f")  # the scene has warning signs: wait for the panel, not past it
                app.wait(lambda t: t.get("panel") == "flags", "the flag panel")
                app.key("1")
                shot("flags-panel")
                app.key("Escape")
                app.wait(lambda t: t.get("panel") == "none", "the flag panel to close")
            leave()

        if "report" in plan:
            idx, seq, _ = plan["report"]
            start(idx, seq, True)
            app.wait(lambda t: t.get("screen") == "report", "the report form")
            app.key("1")
            shot("report-to-whom")
            app.key("Return")
            app.wait(lambda t: t.get("step") == "2", "step 2")
            app.key("1", "2")
            shot("report-what")
            app.key("Return")
            app.wait(lambda t: t.get("step") == "3", "step 3")
            app.key("1")
            shot("report-how")
            app.key("Return")
            app.wait(lambda t: t.get("screen") != "report", "the story to go on")
            if app.trace().get("screen") == "scene":
                leave()
            elif app.trace().get("screen") == "debrief":
                app.key("Escape")

        if "debrief" in plan:
            idx, seq, _ = plan["debrief"]
            start(idx, seq, True)
            t = app.wait(lambda t: t.get("screen") in ("report", "debrief"), "the end")
            if t.get("screen") == "report":
                fill_report()
            app.wait(lambda t: t.get("screen") == "debrief", "the debrief")
            shot("debrief", 1.3)
            app.key("Next")
            shot("debrief-2")
            app.key("Next")
            shot("debrief-3")
            app.key("Escape")
            app.wait(lambda t: t.get("screen") == "menu", "the menu")
            app.click(100)
            app.wait(lambda t: t.get("screen") == "summary", "the summary")
            shot("summary")
    finally:
        if app:
            app.stop()
        xvfb.stop()
    return mode_shots(args)


MODE_SHOTS = ["attract", "idle-warning", "pin-pad", "pin-locked", "admin", "facilitator-scene",
              "facilitator-debrief", "facilitator-paths", "menu-resume"]


def mode_shots(args):
    """The kiosk, admin and facilitator screens, from the mode test's walk."""
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                         "modetest.py"), "--binary", args.binary,
                            "--size", args.size, "--out", tmp], capture_output=True, text=True)
        if r.returncode not in (0, 1):
            print(r.stdout + r.stderr)
            return 1
        for name in MODE_SHOTS:
            raw = os.path.join(tmp, name + ".png")
            if not os.path.exists(raw):
                print("missing mode screenshot", name)
                continue
            dst = os.path.join(args.out, f"{name}.png")
            subprocess.run(["convert", raw, "-colors", "256", "PNG8:" + dst], check=True)
            print("saved", dst)
    return kiosk_shots(args)


# The kiosk on screens of its own, without --size (screentest.py), reduced
# to half size: the attract screen at three resolutions and the on-screen
# keyboard of a portrait touch screen.
KIOSK_SHOTS = ["kiosk-1920x1080", "kiosk-1080x1920", "kiosk-1366x768", "kiosk-keyboard"]


def kiosk_shots(args):
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                         "screentest.py"), "--binary", args.binary,
                            "--only", "screens,touch", "--out", tmp], capture_output=True, text=True)
        if r.returncode not in (0, 1):
            print(r.stdout + r.stderr)
            return 1
        for name in KIOSK_SHOTS:
            raw = os.path.join(tmp, name + ".png")
            if not os.path.exists(raw):
                print("missing kiosk screenshot", name)
                continue
            dst = os.path.join(args.out, f"{name}.png")
            subprocess.run(["convert", raw, "-resize", "50%", "-colors", "256", "PNG8:" + dst], check=True)
            print("saved", dst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
