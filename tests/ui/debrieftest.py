#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The report form's rules and the debrief (SPEC v2), in the real window.

Plays tests/ui/fixtures-v2/keynote.lua three times under Xvfb with real X
input: (1) an early report to security, where Enter on an empty first step
and on a form without a handling is refused and says why, then a passed run
whose debrief replays the path; (2) "Try again", then a report to the IT
helpdesk, whose debrief names the wrong place and never says "Right
place"; (3) a report followed by taking the envelope, whose debrief says
that going on after a report does not pass. Each debrief is checked against
`unhooked run` with the same answers, and screenshots are kept in --out.

    tests/ui/debrieftest.py --binary build/unhooked --size 1280x720 [--out DIR]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import uitest  # noqa: E402
from uitest import SKIP, Failure, Xvfb, fact_order, panel_order  # noqa: E402


class App(uitest.App):
    """The walk's driver, with patient waits: the suite runs on busy machines."""

    def wait(self, pred, what, timeout=40):
        return super().wait(pred, what, timeout)

HERE = os.path.dirname(os.path.abspath(__file__))
SCENARIO = os.path.join(HERE, "fixtures-v2", "keynote.lua")
FACTS_EARLY = fact_order(["invitation", "origin"])   # offered before the envelope scene
ID_NEXT, ID_AGAIN = 100, 102
LEAD_PASSED, LEAD_NOT_PASSED = "0", "1"
REASON_WRONG_PLACE, REASON_WENT_DEEPER = "1", "2"


def expected(binary, work, answers):
    path = os.path.join(work, "answers.json")
    with open(path, "w") as f:
        json.dump(answers, f)
    r = subprocess.run([binary, "run", SCENARIO, "--answers", path], capture_output=True, text=True)
    return json.loads(r.stdout)


def file_report(app, shots, to_digit, refuse=False):
    """Fills the three steps: recipient by digit, the invitation, keep the evidence."""
    app.wait(lambda t: t.get("screen") == "report" and t.get("step") == "1", "report step 1")
    if refuse:
        app.key("Return")  # nothing chosen: refused, with a reason
        t = app.wait(lambda t: "refused" in t, "the refusal on step 1")
        if t.get("step") != "1" or "who you report to" not in t["refused"]:
            raise Failure(f"step 1 refusal: {t.get('refused')!r}")
        shots("report-refused-to")
    app.key(to_digit)
    app.key("Return")
    app.wait(lambda t: t.get("step") == "2", "report step 2")
    app.key(str(FACTS_EARLY.index("invitation") + 1))
    app.key("Return")
    app.wait(lambda t: t.get("step") == "3", "report step 3")
    if refuse:
        app.key("Return")  # no handling: Send refuses
        t = app.wait(lambda t: "refused" in t, "the refusal on step 3")
        if t.get("screen") != "report" or "how you hand it over" not in t["refused"]:
            raise Failure(f"send refusal: {t.get('refused')!r}")
        shots("send-refused")
    app.key("1")  # keep every message
    app.key("Return")


def mark(app, scene, flag, ids):
    """Marks a red flag through the "Something seems off?" panel (key F)."""
    app.key("f")
    app.wait(lambda t: t.get("panel") == "flags", "the flag panel")
    app.key(str(panel_order(scene, ids).index(flag) + 1), "Escape")
    app.wait(lambda t: t.get("panel") == "none", "the panel to close")


def debrief(app, shots, name, want, lead, reason=None):
    t = app.wait(lambda t: t.get("screen") == "debrief", f"the debrief ({name})")
    if t.get("score") != str(want["score"]) or t.get("passed") != str(int(want["passed"])):
        raise Failure(f"{name}: window scored {t.get('score')}/{t.get('passed')}, "
                      f"`unhooked run` {want['score']}/{want['passed']}")
    if t.get("lead") != lead or (reason and t.get("reason") != reason):
        raise Failure(f"{name}: lead {t.get('lead')} reason {t.get('reason')}, expected {lead} {reason}")
    shots(name)
    # Page Down: the replayed path and the report lines. Each key is waited
    # for (the trace after it) before the screenshot, and Home before the
    # next click: a click aimed from a trace read before Home was taken
    # landed where "Try again" had been, below the page now shown.
    app.page("Next")
    shots(name + "-2")
    app.page("Next")
    shots(name + "-3")
    app.page("Home")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", required=True)
    ap.add_argument("--size", default="1280x720")
    ap.add_argument("--out", help="folder for screenshots (default: a temporary one)")
    args = ap.parse_args()
    args.binary = os.path.abspath(args.binary)
    w, h = map(int, args.size.split("x"))
    for tool in ("Xvfb", "xdotool", "import"):
        if not shutil.which(tool):
            print(f"SKIP: {tool} is not installed")
            return SKIP
    work = tempfile.mkdtemp(prefix="unhooked-debrief-")
    out = os.path.abspath(args.out) if args.out else os.path.join(work, "shots")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(work, "config.json"), "w") as f:
        json.dump({"organisation": "Northwind Test Corporation",
                   "security_contact": {"team": "Northwind Security Office", "phone": "+1 555 0199",
                                        "email": "security@northwind.test"},
                   "paths": {"scenarios": os.path.dirname(SCENARIO)}}, f)
    facts = ["invitation"]
    passed = expected(args.binary, work, {"choices": [1, 2], "flags": ["unsolicited", "cash"],
                                          "report": {"to": "security", "facts": facts, "how": "keep_evidence"}})
    helpdesk = expected(args.binary, work, {"choices": [1, 2], "flags": [],
                                            "report": {"to": "helpdesk", "facts": facts, "how": "keep_evidence"}})
    deeper = expected(args.binary, work, {"choices": [1, 1, 1], "flags": [],
                                          "report": {"to": "security", "facts": facts, "how": "keep_evidence"}})
    problems, xvfb, app = [], None, None
    try:
        xvfb = Xvfb(w, h)
        app = App(args, xvfb.display, work, w, h)

        def shots(name, settle=0.45):
            app.shot(os.path.join(out, name + ".png"), settle)

        app.type("Test Trainee")
        app.key("Return")
        app.wait(lambda t: t.get("screen") == "menu", "the menu")
        app.click(1000)
        app.wait(lambda t: t.get("scene") == "invite", "the invitation")
        mark(app, "invite", "unsolicited", ["unsolicited", "logo"])
        app.key("1")  # forward it to the clearance team: a report
        file_report(app, shots, "1", refuse=True)
        app.wait(lambda t: t.get("scene") == "cleared", "the summit")
        mark(app, "cleared", "cash", ["cash", "applause"])
        app.key("2")  # decline politely
        debrief(app, shots, "debrief-passed", passed, LEAD_PASSED)

        app.click(ID_AGAIN)  # Try again: the same scenario from the start
        app.wait(lambda t: t.get("scene") == "invite", "the invitation again")
        app.key("1")
        file_report(app, shots, "3")  # the IT helpdesk
        app.wait(lambda t: t.get("scene") == "cleared", "the summit")
        app.key("2")
        debrief(app, shots, "debrief-helpdesk", helpdesk, LEAD_NOT_PASSED, REASON_WRONG_PLACE)

        app.click(ID_AGAIN)
        app.wait(lambda t: t.get("scene") == "invite", "the invitation once more")
        app.key("1")
        file_report(app, shots, "1")
        app.wait(lambda t: t.get("scene") == "cleared", "the summit")
        app.key("1")  # take the envelope after the report
        app.wait(lambda t: t.get("scene") == "envelope", "the envelope")
        app.key("1")
        debrief(app, shots, "debrief-deeper", deeper, LEAD_NOT_PASSED, REASON_WENT_DEEPER)
        if app.stop() != 0:
            raise Failure("the program did not exit cleanly on SIGTERM")
    except (Failure, subprocess.CalledProcessError) as e:
        problems.append(str(e))
    finally:
        if app:
            app.stop()
        if xvfb:
            xvfb.stop()
    if problems:
        print(f"FAIL ({args.size}):")
        for p in problems:
            print("  " + p)
        print(f"  screenshots: {out}")
        log = os.path.join(work, "app.log")
        if os.path.exists(log):
            print("  program output:\n    " + open(log).read().replace("\n", "\n    "))
        return 1
    print(f"PASS ({args.size}): form refusals, passed / helpdesk / went-deeper debriefs match `unhooked run`")
    if not args.out:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
