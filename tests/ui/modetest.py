#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Kiosk, facilitator and self-paced modes, driven under Xvfb with xdotool.

Checks, each with a fresh program (sharing one X server):
  kiosk-fullscreen  `--kiosk` covers the whole screen and starts on the attract screen;
  idle              after idle_timeout_s the warning counts down, then the trainee's name is
                    gone from the screen (trace and a screenshot close to the attract reference)
                    and the finished result stays in the database;
  kill              kill -9 mid-scenario, restart: attract screen, earlier results intact;
  pin               wrong PINs lock the pad (the right one is then refused), the state survives
                    a restart; with a fresh lock file the right PIN opens the admin screen,
                    where a cohort is typed on the on-screen keyboard alone, which exports
                    CSV/xAPI/HTML, and Exit ends the program;
  facilitate        `--facilitate --cohort C`: discussion prompts, the room's choices, the
                    paths not taken, one group attempt saved under the cohort;
  resume            self-paced: leave mid-scenario (window closed), start again, resume at the
                    same scene with the same marks;
  resume-language   self-paced: leave mid-scenario in English, come back in German (the
                    configured language), resume the German translation at the same scene;
                    the attempt is saved as played in German;
  store-busy        another program holds the store's lock throughout: the screen never waits,
                    the debrief says the result is kept, and it is saved once the lock is free;
  store-damaged     a store damaged on disk is set aside at start, logged, and shown on the
                    admin screen until acknowledged there.

    tests/ui/modetest.py --binary build/unhooked [--size 1280x720] [--out DIR] [--update]
Exit status: 0 passed, 1 failed, 77 skipped.
"""
import argparse
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import uitest  # noqa: E402
from uitest import App, Failure, Xvfb, compare, panel_order, SKIP  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
PIN = "2580"


class ModeApp(App):
    """App with extra command-line options and a first screen to wait for. The
    kiosk gets no --size: it must cover the screen by itself."""

    def __init__(self, args, display, work, w, h, extra, first, db="results.db", config="config.json"):
        size = [] if "--kiosk" in extra else ["--size", f"{w}x{h}"]
        self.launch(args, display, work, size + extra, first, "a", db=db, config=config)

    def kill9(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        if self.fingers:
            try:
                self.fingers.close()
            except BrokenPipeError:
                pass
            self.fingers = None
        self.log.close()

    def tap_anywhere(self):
        self.touch_at(200, 300)


def rows(work, db="results.db"):
    con = sqlite3.connect(os.path.join(work, db))
    try:
        return con.execute("SELECT trainee, anonymous, cohort, mode, scenario, completed FROM attempts "
                           "ORDER BY id").fetchall()
    finally:
        con.close()


def play_from_call_to_debrief(app):
    """From the fixture's "call" scene, the path a resumed run takes to the debrief."""
    app.key("1")
    app.wait(lambda t: t.get("scene") == "chat", "chat")
    app.key("1")
    app.wait(lambda t: t.get("scene") == "cafe", "the cafe")
    app.click(1000)
    app.wait(lambda t: t.get("screen") == "report", "the report form")
    app.key("1", "Return")
    app.wait(lambda t: t.get("step") == "2", "step 2")
    app.click(100)
    app.wait(lambda t: t.get("step") == "3", "step 3")
    app.key("1")
    app.click(100)
    return app.wait(lambda t: t.get("screen") == "debrief", "the debrief")


def sign_in(app, name):
    app.type(name)
    app.key("Return")
    return app.wait(lambda t: t.get("screen") == "menu", "the menu")


def play_fixture(app):
    """Plays the fixture to its debrief with the answers of uitest.py."""
    app.click(1000)
    app.wait(lambda t: t.get("scene") == "invite", "the first scene")
    for scene in ("invite", "mail"):
        app.wait(lambda t: t.get("scene") == scene, scene)
        app.key("1")
    app.wait(lambda t: t.get("scene") == "call", "call")
    return play_from_call_to_debrief(app)


def window_rect(app):
    """The kiosk window's position and size as the X server has them."""
    info = app.x("xwininfo", "-id", app.wid)
    val = {k.strip(): v.strip() for k, v in (l.split(":", 1) for l in info.splitlines() if ":" in l)}
    return (int(val["Absolute upper-left X"]), int(val["Absolute upper-left Y"]), int(val["Width"]),
            int(val["Height"]))


def check_kiosk_fullscreen(ctx):
    app = ctx.start(["--kiosk"], "attract")  # no --size: the kiosk finds the screen
    rect = app.wait(lambda t: t.get("size") == f"{ctx.w} {ctx.h}", "a drawable the size of the screen")
    if window_rect(app) != (0, 0, ctx.w, ctx.h):
        raise Failure(f"kiosk window is {window_rect(app)}, the screen is {ctx.w}x{ctx.h}")
    t = app.trace()
    ctx.shot(app, "attract")
    # The fact changes on the timer (every 6 s), without input.
    f0 = t.get("fact")
    app.wait(lambda t: t.get("fact") != f0, "the next fact", timeout=30)
    # Alt+F4 is refused in kiosk mode.
    app.key("alt+F4")
    try:
        app.sync()  # the key was taken (and a close request would have been)
    except Failure:
        pass
    if app.proc.poll() is not None:
        raise Failure("Alt+F4 closed the kiosk")
    ctx.stop(app)
    print("  kiosk-fullscreen: ok")


def check_idle(ctx):
    # Its own configuration with a short idle timeout; the other checks use
    # a long one, so a slow machine never meets the idle warning there.
    app = ctx.start(["--kiosk"], "attract", config="config-idle.json")
    app.tap_anywhere()
    app.wait(lambda t: t.get("screen") == "welcome", "the welcome screen")
    sign_in(app, "Idle Trainee")
    play_fixture(app)
    app.key("Escape")
    app.wait(lambda t: t.get("screen") == "menu", "the menu")
    app.click(1000)
    app.wait(lambda t: t.get("scene") == "invite", "a second, unfinished run")
    t = app.wait(lambda t: "idle" in t, "the idle warning", timeout=60)
    ctx.shot(app, "idle-warning", settle=0.2)
    t = app.wait(lambda t: t.get("screen") == "attract", "the attract screen after the reset", timeout=60)
    if "trainee" in t or "typing" in t:
        raise Failure(f"the trainee is still known after the reset: {t}")
    with open(app.trace_path) as f:
        if "Idle Trainee" in f.read():
            raise Failure("the trainee's name is still in the trace after the reset")
    ctx.shot(app, "idle-reset", ref="attract")
    ctx.stop(app)
    r = rows(ctx.work)
    done = [x for x in r if x[0] == "Idle Trainee" and x[5] == 1]
    if len(done) != 1:
        raise Failure(f"the finished result was not kept: {r}")
    print(f"  idle: ok ({len(r)} rows: finished + unfinished)")


def check_kill(ctx):
    before = rows(ctx.work)
    app = ctx.start(["--kiosk"], "attract")
    app.tap_anywhere()
    app.wait(lambda t: t.get("screen") == "welcome", "the welcome screen")
    sign_in(app, "Killed Trainee")
    app.click(1000)
    app.wait(lambda t: t.get("scene") == "invite", "the first scene")
    app.key("1")
    app.wait(lambda t: t.get("scene") == "mail", "the second scene")
    app.kill9()
    app = ctx.start(["--kiosk"], "attract")
    t = app.trace()
    if "trainee" in t:
        raise Failure(f"after kill -9 the kiosk remembers a trainee: {t}")
    ctx.stop(app)
    after = rows(ctx.work)
    if after != before:
        raise Failure(f"results changed across kill -9: {before} -> {after}")
    print(f"  kill: ok ({len(after)} rows intact)")


def enter_pin(app, pin):
    for d in pin:
        app.click(1000 + int(d))
    app.click(100)  # OK


def check_pin(ctx):
    app = ctx.start(["--kiosk"], "attract")
    app.key("ctrl+alt+a")
    t = app.wait(lambda t: t.get("screen") == "pin", "the PIN pad")
    ctx.shot(app, "pin-pad")
    for i in range(3):
        enter_pin(app, "1111")
        # Each try counted before the next (the pad says "wrong" from the first on).
        t = app.wait(lambda t: t.get("pin") == "wrong" and
                     (int(t.get("tries", "3")) <= 2 - i or int(t.get("locked", "0")) > 0),
                     f"wrong PIN {i + 1} counted")
    if int(t.get("locked", "0")) <= 0:
        raise Failure(f"three wrong PINs did not lock the pad: {t}")
    ctx.shot(app, "pin-locked")
    # Digits typed on a keyboard while locked: the right PIN is refused.
    app.key(*PIN, "Return")
    t = app.sync()  # the keys were taken
    if t.get("screen") != "pin" or int(t.get("locked", "0")) <= 0:
        raise Failure(f"the right PIN was accepted while locked: {t}")
    app.kill9()
    # The lockout survives a restart.
    app = ctx.start(["--kiosk"], "attract")
    app.key("ctrl+alt+a")
    t = app.wait(lambda t: t.get("screen") == "pin", "the PIN pad after a restart")
    if int(t.get("locked", "0")) <= 0:
        raise Failure(f"the lockout did not survive a restart: {t}")
    app.kill9()
    os.unlink(os.path.join(ctx.work, "admin-pin.state"))
    # The right PIN: the admin screen, then export and exit.
    app = ctx.start(["--kiosk"], "attract")
    for _ in range(5):  # five finger taps in the top-right corner
        app.touch_at(ctx.w - 10, 10)
    app.wait(lambda t: t.get("screen") == "pin", "the PIN pad (corner taps)")
    enter_pin(app, PIN)
    app.wait(lambda t: t.get("screen") == "admin", "the admin screen")
    ctx.shot(app, "admin")
    # A touch-only kiosk: the cohort typed with a finger on the on-screen keyboard.
    app.tap(102)  # the cohort field opens the keyboard
    app.wait(lambda t: 903 in t["items"], "the on-screen keyboard")
    for key in [900] + [1000 + ord(c) for c in "eng-9"]:  # Caps, then the keys
        app.tap(key)
    ctx.shot(app, "admin-keyboard")
    app.tap(903)  # Done sets the cohort
    t = app.wait(lambda t: t.get("cohort") == "ENG-9", "the cohort typed on the keyboard")
    if 903 in t["items"]:
        raise Failure("Done left the on-screen keyboard open")
    usb = os.path.join(ctx.work, "usb")
    os.makedirs(usb, exist_ok=True)
    app.click(100)  # the folder field
    for _ in range(20):
        app.key("BackSpace")
    app.type(usb)
    app.click(101)  # Export
    t = app.wait(lambda t: "export" in t, "the export message")
    if not t["export"].startswith("1 "):
        raise Failure(f"export failed: {t['export']}")
    files = sorted(os.listdir(usb))
    if len(files) != 3 or not any(f.endswith(".csv") for f in files) or not any(
            f.endswith(".html") for f in files):
        raise Failure(f"export wrote {files}")
    app.click(105)  # Exit
    app.proc.wait(10)
    if app.proc.returncode != 0:
        raise Failure(f"Exit ended the program with {app.proc.returncode}")
    app.log.close()
    print(f"  pin: ok (lockout, restart, admin, export {files})")


def check_facilitate(ctx):
    app = ctx.start(["--facilitate", "--cohort", "ENG-7"], "menu")
    t = app.trace()
    if t.get("trainee") != "group:ENG-7":
        raise Failure(f"facilitator group: {t.get('trainee')}")
    app.click(1000)
    app.wait(lambda t: t.get("scene") == "invite", "the first scene")
    app.key("d")
    app.wait(lambda t: t.get("discuss") == "1", "the discussion prompts")
    ctx.shot(app, "facilitator-scene")
    # The room replies, goes along, then takes the envelope at the cafe.
    for scene in ("invite", "mail", "call", "chat"):
        app.wait(lambda t: t.get("scene") == scene, scene)
        app.key("1")
    app.wait(lambda t: t.get("scene") == "cafe", "the cafe")
    app.key("2")
    t = app.wait(lambda t: t.get("screen") == "debrief", "the facilitator debrief")
    if int(t.get("decisions", "0")) < 2:
        raise Failure(f"the debrief lists too few decisions: {t}")
    ctx.shot(app, "facilitator-debrief", settle=1.2)
    for _ in range(3):
        app.key("Next")
    ctx.shot(app, "facilitator-paths", settle=0.4)
    ctx.stop(app)
    r = [x for x in rows(ctx.work) if x[3] == "facilitated"]
    if r != [("group:ENG-7", 0, "ENG-7", "facilitated", "ui-fixture", 1)]:
        raise Failure(f"group attempt: {r}")
    print("  facilitate: ok")


def check_resume(ctx):
    app = ctx.start([], "welcome")
    sign_in(app, "Resume Trainee")
    app.click(1000)
    app.wait(lambda t: t.get("scene") == "invite", "the first scene")
    order = panel_order("invite", ["too_good", "says_hi"])
    app.key("f", str(order.index("too_good") + 1), "Escape")
    app.key("1")
    app.wait(lambda t: t.get("scene") == "mail", "the second scene")
    app.key("1")
    app.wait(lambda t: t.get("scene") == "call", "the third scene")
    if app.stop() != 0:  # the window is closed (SIGTERM arrives as a quit)
        raise Failure("the program did not close cleanly")
    app = ctx.start([], "welcome")
    t = sign_in(app, "Resume Trainee")
    if t.get("resume") != "ui-fixture":
        raise Failure(f"the menu offers no resume: {t}")
    ctx.shot(app, "menu-resume")
    app.click(1000)
    app.wait(lambda t: t.get("scene") == "call", "the scene where the trainee left")
    play_from_call_to_debrief(app)
    ctx.stop(app)
    con = sqlite3.connect(os.path.join(ctx.work, "results.db"))
    rj = con.execute("SELECT result_json FROM attempts WHERE trainee='Resume Trainee'").fetchall()
    con.close()
    if len(rj) != 1:
        raise Failure(f"resumed attempt rows: {len(rj)}")
    res = json.loads(rj[0][0])
    if res["path"][:3] != ["invite", "mail", "call"] or "too_good" not in res.get("marked", res["flags"].get(
            "spotted_ids", ["too_good"])):
        raise Failure(f"resumed result: path {res['path']}, flags {res['flags']}")
    if os.listdir(os.path.join(ctx.work, "progress")):
        raise Failure("the progress file was not removed after the finished run")
    print("  resume: ok")


def check_resume_language(ctx):
    # Its own library: the fixture and a German translation of it (the
    # same structure, other words), and a configuration per language.
    lib = os.path.join(ctx.work, "lang-scenarios")
    os.makedirs(os.path.join(lib, "de"), exist_ok=True)
    src = open(os.path.join(HERE, "fixtures", "ui-fixture.lua")).read()
    open(os.path.join(lib, "ui-fixture.lua"), "w").write(src)
    de = src.replace('title = "The Helpful Recruiter"', 'title = "Der hilfsbereite Headhunter"')
    de = de.replace('"Carry on in the messenger app"', '"Im Messenger weiterschreiben"')
    de = de.replace("\"Great to hear your voice.", "\"Schön, Ihre Stimme zu hören.")
    if de.count("Headhunter") != 1 or "weiterschreiben" not in de or "Schön" not in de:
        raise Failure("the fixture changed: its German copy no longer differs where expected")
    open(os.path.join(lib, "de", "ui-fixture.lua"), "w").write(de)
    base = json.load(open(os.path.join(ctx.work, "config.json")))
    for lang in ("en", "de"):
        c = dict(base, language=lang, paths={"scenarios": lib})
        json.dump(c, open(os.path.join(ctx.work, f"config-{lang}.json"), "w"))
    # The configured language decides, whatever the machine running the test says.
    saved = {k: os.environ.pop(k) for k in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG") if k in os.environ}
    try:
        app = ctx.start([], "welcome", db="lang.db", config="config-en.json")
        sign_in(app, "Language Trainee")
        app.click(1000)
        app.wait(lambda t: t.get("scene") == "invite", "the first scene")
        order = panel_order("invite", ["too_good", "says_hi"])
        app.key("f", str(order.index("too_good") + 1), "Escape")
        app.key("1")
        app.wait(lambda t: t.get("scene") == "mail", "the second scene")
        app.key("1")
        app.wait(lambda t: t.get("scene") == "call", "the third scene")
        if app.stop() != 0:
            raise Failure("the program did not close cleanly")
        app = ctx.start([], "welcome", db="lang.db", config="config-de.json")
        t = sign_in(app, "Language Trainee")
        if t.get("resume") != "ui-fixture":
            raise Failure(f"the German menu offers no resume of the English run: {t}")
        app.click(1000)
        app.wait(lambda t: t.get("scene") == "call", "the scene where the trainee left, in German")
        app.shot(os.path.join(ctx.out, "resume-language-de.png"), 0.45)
        play_from_call_to_debrief(app)
        ctx.stop(app)
    finally:
        os.environ.update(saved)
    con = sqlite3.connect(os.path.join(ctx.work, "lang.db"))
    got = con.execute("SELECT language, result_json FROM attempts WHERE trainee='Language Trainee'").fetchall()
    con.close()
    if len(got) != 1 or got[0][0] != "de":
        raise Failure(f"resumed attempt rows: {[(g[0], len(g[1])) for g in got]}")
    res = json.loads(got[0][1])
    if res["path"][:3] != ["invite", "mail", "call"] or res.get("title") != "Der hilfsbereite Headhunter":
        raise Failure(f"resumed result: path {res['path']}, title {res.get('title')}")
    if "too_good" not in res["flags"].get("spotted_ids", []):
        raise Failure(f"the mark made in English was lost: {res['flags']}")
    if os.listdir(os.path.join(ctx.work, "progress")):
        raise Failure("the progress file was not removed after the finished run")
    print("  resume-language: ok")


def hold_lock(path):
    """Another program holding the store's writer lock (a sync, a backup)
    until the returned process's stdin is closed."""
    p = subprocess.Popen([sys.executable, "-c", "import fcntl, sys\nf = open(sys.argv[1], 'a')\n"
                          "fcntl.flock(f, fcntl.LOCK_EX)\nprint('held', flush=True)\nsys.stdin.read()",
                          path], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    if p.stdout.readline().strip() != "held":
        raise Failure("could not take the lock")
    return p


def check_store_busy(ctx):
    """The writer lock held by another program the whole time: the screen
    never waits for it; the result is kept and saved once the lock is free."""
    holder = hold_lock(os.path.join(ctx.work, "busy.db-lock"))
    try:
        app = ctx.start(["--kiosk"], "attract", db="busy.db")
        app.tap_anywhere()
        app.wait(lambda t: t.get("screen") == "welcome", "the welcome screen")
        sign_in(app, "Busy Trainee")
        t = play_fixture(app)
        if t.get("saved") != "0" or t.get("kept") != "1":
            raise Failure(f"with the lock held the debrief says saved {t.get('saved')}, kept {t.get('kept')}")
        ctx.shot(app, "store-busy-debrief", settle=1.2)
    finally:
        holder.stdin.close()
        holder.wait()
    app.wait(lambda t: "kept" not in t, "the kept result saved after the lock is free")
    ctx.stop(app)
    r = [x for x in rows(ctx.work, "busy.db") if x[0] == "Busy Trainee"]
    if len(r) != 1 or r[0][5] != 1:
        raise Failure(f"the kept result: {r}")
    print("  store-busy: ok (kept while the lock was held, saved after)")


def check_store_damaged(ctx):
    """A store damaged on disk: set aside at start, logged, shown on the
    admin screen until acknowledged there."""
    db = os.path.join(ctx.work, "damaged.db")
    app = ctx.start(["--kiosk"], "attract", db="damaged.db")
    app.wait(lambda t: os.path.exists(db + "-wal"), "the store opened")
    if app.stop() != 0:  # a clean stop: the WAL folded back into the file
        raise Failure("the kiosk did not stop cleanly")
    with open(db, "wb") as f:
        f.write(b"\x00 not a database any more " * 500)
    app = ctx.start(["--kiosk"], "attract", db="damaged.db")
    deadline = time.time() + 10
    while True:  # the store is opened once the first frame is up
        with open(os.path.join(ctx.work, "app.log")) as f:
            if "found damaged" in f.read():
                break
        if time.time() > deadline:
            raise Failure("setting the store aside was not logged")
        time.sleep(0.1)
    try:
        os.unlink(os.path.join(ctx.work, "admin-pin.state"))
    except FileNotFoundError:
        pass
    app.key("ctrl+alt+a")
    app.wait(lambda t: t.get("screen") == "pin", "the PIN pad")
    enter_pin(app, PIN)
    t = app.wait(lambda t: t.get("screen") == "admin", "the admin screen")
    if t.get("set_aside") != "1":
        raise Failure(f"the admin screen shows {t.get('set_aside')} notices, not 1")
    ctx.shot(app, "admin-set-aside", settle=1.0)
    app.click(106)  # Acknowledge
    app.wait(lambda t: t.get("screen") == "admin" and "set_aside" not in t, "the notice acknowledged")
    ctx.stop(app)
    left = sorted(os.listdir(ctx.work))
    if "damaged.db-set-aside" in left or not any(n.startswith("damaged.db.corrupt-") for n in left):
        raise Failure(f"after acknowledging: {left}")
    print("  store-damaged: ok (set aside, logged, shown, acknowledged)")


CHECKS = {"kiosk-fullscreen": check_kiosk_fullscreen, "idle": check_idle, "kill": check_kill,
          "pin": check_pin, "facilitate": check_facilitate, "resume": check_resume,
          "resume-language": check_resume_language,
          "store-busy": check_store_busy, "store-damaged": check_store_damaged}


class Ctx:
    def __init__(self, args, xvfb, work, out, w, h):
        self.args, self.xvfb, self.work, self.out, self.w, self.h = args, xvfb, work, out, w, h
        self.problems = []
        self.apps = []

    def start(self, extra, first, db="results.db", config="config.json"):
        app = ModeApp(self.args, self.xvfb.display, self.work, self.w, self.h, extra, first, db=db,
                      config=config)
        self.apps.append(app)
        return app

    def stop(self, app):
        if app.proc.poll() is None:
            app.kill9()  # SIGTERM is honoured too, but a kiosk is never asked nicely here

    def shot(self, app, name, settle=0.45, ref=None):
        path = os.path.join(self.out, name + ".png")
        app.shot(path, settle)
        ref_path = os.path.join(HERE, "reference", self.args.size, (ref or name) + ".png")
        p = compare(path, ref_path, self.out, name, self.args.update and not ref)
        if p:
            self.problems.append(p)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", required=True)
    ap.add_argument("--size", default="1280x720")
    ap.add_argument("--out")
    ap.add_argument("--update", action="store_true")
    ap.add_argument("--only", help="comma-separated checks to run")
    args = ap.parse_args()
    args.binary = os.path.abspath(args.binary)
    w, h = map(int, args.size.split("x"))
    for tool in ("Xvfb", "xdotool", "import", "convert", "compare", "identify"):
        if not shutil.which(tool):
            print(f"SKIP: {tool} is not installed")
            return SKIP
    work = tempfile.mkdtemp(prefix="unhooked-modes-")
    out = os.path.abspath(args.out) if args.out else os.path.join(work, "shots")
    os.makedirs(out, exist_ok=True)
    cfg = os.path.join(work, "config.json")
    for name, idle, warn in (("config.json", 900, 15), ("config-idle.json", 8, 3)):
        with open(os.path.join(work, name), "w") as f:
            json.dump({"organisation": "Northwind Test Corporation",
                       "security_contact": {"team": "Northwind Security Office", "phone": "+1 555 0199",
                                            "email": "security@northwind.test"},
                       "paths": {"scenarios": os.path.join(HERE, "fixtures")},
                       "kiosk": {"idle_timeout_s": idle, "idle_warning_s": warn, "pin_max_tries": 3,
                                 "pin_lockout_s": 120}}, f)
    for name in ("config.json", "config-idle.json"):
        subprocess.run([args.binary, "set-pin", "--config", os.path.join(work, name)],
                       input=f"{PIN}\n{PIN}\n", text=True, check=True, capture_output=True)
    names = args.only.split(",") if args.only else list(CHECKS)
    xvfb = None
    ctx = None
    failed = []
    try:
        xvfb = Xvfb(w, h)
        ctx = Ctx(args, xvfb, work, out, w, h)
        for n in names:
            t0 = time.time()
            try:
                CHECKS[n](ctx)
            except (Failure, subprocess.CalledProcessError) as e:
                failed.append(f"{n}: {e}")
            finally:
                for a in ctx.apps:
                    if a.proc.poll() is None:
                        a.kill9()
                ctx.apps = []
            print(f"    ({time.time() - t0:.1f} s)")
    finally:
        if xvfb:
            xvfb.stop()
    problems = failed + (ctx.problems if ctx else [])
    if problems:
        print(f"FAIL ({args.size}):")
        for p in problems:
            print("  " + p)
        print(f"  screenshots: {out}")
        log = os.path.join(work, "app.log")
        if os.path.exists(log):
            print("  program output (tail):\n    " + "".join(open(log).readlines()[-30:]).replace("\n", "\n    "))
        return 1
    print(f"PASS ({args.size}): {', '.join(names)}")
    if not args.out:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
