#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Drives the real `unhooked` window under Xvfb with real X input (xdotool).

One run plays the fixture scenario (tests/ui/fixtures) from sign-in to the
session summary at one window size: it opens the "Something seems off?"
panel and marks flags, files the report through the three steps, reads the
debrief, saves the certificate, and also starts a scenario that fails at
run time (the window must return to the menu with a notice). Then it checks
the attempt saved in the SQLite results store against `unhooked run` with
the same answers, and compares screenshots with the committed references
(tests/ui/reference/WxH/NAME.png) within a tolerance.

The window reports the rectangles of its widgets in a trace file
(UNHOOKED_TRACE) so clicks land on real widgets at any size; the input
itself is ordinary X input.

Exit status: 0 passed, 1 failed, 77 skipped (no Xvfb/xdotool/ImageMagick).

    tests/ui/uitest.py --binary build/unhooked --size 1280x720
    tests/ui/uitest.py --binary build/unhooked --size 1920x1080 --update   # rewrite references
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

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = 77
SCALE = "40%"      # references are stored reduced, to keep the repository small
COLOURS = "64"
FUZZ = "12%"       # per-pixel colour tolerance
MAX_DIFF = 0.012   # share of pixels allowed to differ beyond the fuzz

TRAINEE = "Test Trainee"
ANSWERS = {
    "choices": [1, 1, 1, 1, 1],
    "flags": ["too_good", "asks_project", "envelope"],
    "report": {"to": "security", "facts": ["who", "what"], "how": "keep_evidence"},
}


def fnv(s):
    h = 2166136261
    for b in s.encode():
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def panel_order(scene_id, ids):
    """The order of the flag panel: the same stable shuffle as scene_view.c."""
    return sorted(ids, key=lambda i: ((fnv(i) * 31) & 0xFFFFFFFF) ^ fnv(scene_id))


def fact_order(ids):
    """The order of the facts on the report form (report_form.c)."""
    return sorted(ids, key=lambda i: (fnv(i), ids.index(i)))


class Failure(Exception):
    pass


class Xvfb:
    def __init__(self, w, h):
        r, wfd = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(wfd), "-screen", "0", f"{w}x{h}x24", "-nolisten", "tcp",
             "-noreset"], pass_fds=(wfd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(wfd)
        num = b""
        deadline = time.time() + 15
        while not num.endswith(b"\n") and time.time() < deadline:
            chunk = os.read(r, 16)
            if not chunk:
                break
            num += chunk
        os.close(r)
        if not num.strip():
            self.stop()
            raise Failure("Xvfb did not start")
        self.display = ":" + num.decode().strip()

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


class App:
    def __init__(self, args, display, work, w, h):
        self.launch(args, display, work, ["--size", f"{w}x{h}"], "welcome", "w")

    def launch(self, args, display, work, extra, first, log_mode, db="results.db", config="config.json"):
        """Starts the program with a trace file and a pipe for finger input,
        and waits for its first screen."""
        self.env = dict(os.environ, DISPLAY=display, UNHOOKED_TRACE=os.path.join(work, "trace.txt"),
                        UNHOOKED_CERT_DIR=os.path.join(work, "certs"), SDL_AUDIODRIVER="dummy",
                        UNHOOKED_TEST_INPUT=os.path.join(work, "touch.fifo"))
        self.env.pop("UNHOOKED_CONFIG", None)
        self.env.pop("NOTIFY_SOCKET", None)
        self.trace_path = self.env["UNHOOKED_TRACE"]
        try:
            os.unlink(self.trace_path)
        except FileNotFoundError:
            pass
        self.fifo_path = self.env["UNHOOKED_TEST_INPUT"]
        if not os.path.exists(self.fifo_path):
            os.mkfifo(self.fifo_path)
        self.fingers = None
        self.at = self.size = None  # the X pointer in the window, and the window's size (pointer())
        self.jiggle = False
        self.log = open(os.path.join(work, "app.log"), log_mode)
        self.proc = subprocess.Popen(
            [args.binary, "--config", os.path.join(work, config), "--db", os.path.join(work, db)] + extra,
            env=self.env, stdout=self.log, stderr=subprocess.STDOUT)
        self.wait(lambda t: t.get("screen") == first, f"the {first} screen", timeout=30)
        out = self.x("xdotool", "search", "--sync", "--name", "^Unhooked$")
        self.wid = out.split()[0]
        self.x("xdotool", "windowfocus", "--sync", self.wid)

    def finger(self, kind, x, y, finger=0):
        """A real touch: a line on the program's finger pipe becomes an SDL
        finger event (platform/sdl/test_input.h); x, y in window pixels."""
        if self.fingers is None:  # the program reads the other end once it runs
            deadline = time.time() + 20
            while True:
                try:
                    fd = os.open(self.fifo_path, os.O_WRONLY | os.O_NONBLOCK)
                    break
                except OSError:
                    if time.time() > deadline or self.proc.poll() is not None:
                        raise Failure("the program does not read its finger input")
                    time.sleep(0.05)
            self.fingers = os.fdopen(fd, "w")
        w, h = map(int, self.trace()["size"].split())
        self.fingers.write(f"{kind} {finger} {min(max(x / w, 0), 1):.5f} {min(max(y / h, 0), 1):.5f}\n")
        self.fingers.flush()

    def touch_at(self, x, y):
        self.finger("down", x, y)
        self.finger("up", x, y)
        time.sleep(0.05)

    def tap(self, item_id):
        """Taps widget item_id with a finger (scrolling to it with a finger
        drag when it is below the fold)."""
        t = self.visible(item_id, scroll=self.drag_up)
        x, y, w, h = t["items"][item_id]
        self.touch_at(x + w // 2, y + h // 2)
        time.sleep(0.07)

    def drag_up(self):
        w, h = map(int, self.trace()["size"].split())
        steps = 8
        for i in range(steps + 1):
            self.finger("down" if i == 0 else "move", w // 2, int(h * (0.8 - 0.5 * i / steps)))
            time.sleep(0.01)
        self.finger("up", w // 2, int(h * 0.3))
        time.sleep(0.1)

    def visible(self, item_id, scroll):
        """The trace once widget item_id shows (scroll() moving the view
        down until it does). The caller's last input was waited for, so
        the trace is current; a widget of a screen still to come, or one
        growing in, gets a moment before the view moves."""
        for _ in range(10):
            try:
                return self.wait(lambda t: item_id in t["items"] and t["items"][item_id][3] > 8,
                                 f"widget {item_id}", timeout=1.5)
            except Failure:
                scroll()
        raise Failure(f"widget {item_id} never became visible; trace: {self.trace()}")

    def x(self, *cmd):
        return subprocess.run(cmd, env=self.env, check=True, capture_output=True, text=True).stdout

    def trace(self):
        t = {"items": {}}
        try:
            with open(self.trace_path) as f:
                for line in f:
                    parts = line.rstrip("\n").split(" ", 1)
                    if parts[0] == "item":
                        i, x, y, w, h = map(int, parts[1].split())
                        t["items"][i] = (x, y, w, h)
                    elif len(parts) == 2:
                        t[parts[0]] = parts[1]
        except FileNotFoundError:
            pass
        return t

    def wait(self, pred, what, timeout=20):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise Failure(f"the program exited ({self.proc.returncode}) waiting for {what}")
            t = self.trace()
            if pred(t):
                return t
            time.sleep(0.05)
        raise Failure(f"timed out waiting for {what}; last trace: "
                      f"{ {k: v for k, v in self.trace().items() if k != 'items'} }")

    def key(self, *keys):
        for k in keys:
            self.x("xdotool", "key", "--window", self.wid, "--clearmodifiers", k)
            time.sleep(0.08)

    def type(self, text):
        self.x("xdotool", "type", "--window", self.wid, "--delay", "30", text)

    def pointer(self):
        """Where the X pointer is, in window pixels (kept after each move;
        asked of X once, for it may rest where an earlier program left it)."""
        if self.at is None:
            loc = dict(kv.split("=") for kv in self.x("xdotool", "getmouselocation", "--shell").split())
            win = dict(kv.split("=") for kv in self.x("xdotool", "getwindowgeometry", "--shell",
                                                          self.wid).split())
            self.at = (int(loc["X"]) - int(win["X"]), int(loc["Y"]) - int(win["Y"]))
            self.size = (int(win["WIDTH"]), int(win["HEIGHT"]))
        return self.at

    def move(self, x, y, what):
        """Moves the pointer to (x, y) or a pixel beside it, and returns the
        place and the trace written after the program took the move. The
        place is one where the pointer is not (else X reports no motion)
        and that the trace does not show yet (else the wait proves nothing)."""
        at, shown = self.pointer(), self.trace().get("pointer")
        for x, y in ((x, y), (x + 1, y), (x, y + 1), (x + 1, y + 1)):
            if (x, y) != at and shown != f"{x} {y}":
                break
        self.x("xdotool", "mousemove", "--window", self.wid, str(x), str(y))
        self.at = (x, y)
        return (x, y), self.wait(lambda t: t.get("pointer") == f"{x} {y}", what)

    def sync(self):
        """Returns a trace written after the program took every input sent
        so far. X delivers input in order: the pointer moved by a pixel is
        taken after the keys and clicks before it, and the trace written
        after it (and after the frame it caused) shows its place."""
        x, y = self.pointer()
        w, h = self.size
        x, y = min(max(x, 1), w - 2), min(max(y, 0), h - 1)  # within the window
        self.jiggle = not self.jiggle  # back and forth by a pixel: the pointer stays where it was
        return self.move(x + 1 if self.jiggle else x - 1, y, "the program to take its input")[1]

    def page(self, key="Next"):
        """A paging key (Next, Prior, Home, End), and the trace once the
        program has taken it and drawn the region at its new offset."""
        self.key(key)
        return self.sync()

    def click(self, item_id):
        """Clicks widget item_id, scrolling to it with Page Down as a user
        would. The pointer goes to the widget first, and the click is sent
        only when the trace written after the program took that move shows
        the widget under it: a trace read before an earlier key (a scroll,
        a new screen) was taken would send the click to the wrong place."""
        for _ in range(10):
            t = self.visible(item_id, scroll=lambda: self.page("Next"))
            x, y, w, h = t["items"][item_id]
            (px, py), t = self.move(x + w // 2, y + h // 2, f"the pointer on widget {item_id}")
            r = t["items"].get(item_id)
            if r and r[0] <= px < r[0] + r[2] and r[1] <= py < r[1] + r[3]:
                self.x("xdotool", "click", "1")
                return
        raise Failure(f"widget {item_id} kept moving away from the pointer; trace: {self.trace()}")

    def shot(self, path, settle=0.45):
        """Screenshot once the window has settled: `settle` seconds at least,
        then until the trace says no animation runs and no new frame has
        come for 0.3 s (a loaded machine can be slow to finish a fade)."""
        time.sleep(settle)
        deadline, last, since = time.time() + 10, None, time.time()
        while time.time() < deadline:
            t = self.trace()
            now = (t.get("frame"), t.get("settled"))
            if now != last:
                last, since = now, time.time()
            elif t.get("settled") == "1" and time.time() - since >= 0.3:
                break
            time.sleep(0.05)
        else:
            print(f"  note: the window did not settle before the screenshot (last trace {last})", flush=True)
        self.x("import", "-window", "root", path)

    def stop(self):
        if self.fingers:
            try:
                self.fingers.close()
            except BrokenPipeError:
                pass
            self.fingers = None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)  # SDL turns it into a quit event
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
        return self.proc.returncode


def compare(shot, ref, out_dir, name, update):
    small = os.path.join(out_dir, name + ".small.png")
    subprocess.run(["convert", shot, "-resize", SCALE, "-colors", COLOURS, "PNG8:" + small], check=True)
    if update:
        os.makedirs(os.path.dirname(ref), exist_ok=True)
        shutil.copyfile(small, ref)
        return None
    if not os.path.exists(ref):
        return f"{name}: no reference image {os.path.relpath(ref)} (run with --update)"
    r = subprocess.run(["compare", "-metric", "AE", "-fuzz", FUZZ, ref, small,
                        os.path.join(out_dir, name + ".diff.png")], capture_output=True, text=True)
    try:
        diff = float(r.stderr.split()[0])
    except (ValueError, IndexError):
        return f"{name}: cannot compare ({r.stderr.strip()})"
    ident = subprocess.run(["identify", "-format", "%w %h", small], capture_output=True, text=True)
    w, h = map(int, ident.stdout.split())
    share = diff / (w * h)
    print(f"  {name}: {share * 100:.2f}% of pixels differ")
    if share > MAX_DIFF:
        return f"{name}: {share * 100:.2f}% of pixels differ from the reference (max {MAX_DIFF * 100:.1f}%)"
    return None


def play(app, shots):
    """The whole walk through the program; shots(name) grabs a screenshot."""
    shots("welcome")
    app.type(TRAINEE)
    app.key("Return")
    t = app.wait(lambda t: t.get("screen") == "menu", "the menu")
    cards = sorted(i for i in t["items"] if i >= 1000)
    if cards != [1000, 1001]:
        raise Failure(f"menu: expected two playable cards and one unavailable, got {cards}")
    shots("menu")

    # A scenario that breaks at run time ends politely, back on the menu.
    app.click(1001)
    app.wait(lambda t: t.get("screen") == "scene", "the broken scenario's first scene")
    app.key("1")
    t = app.wait(lambda t: t.get("screen") == "menu" and "notice" in t, "the menu with a notice")
    if "deliberate failure" not in t["notice"]:
        raise Failure(f"the notice does not explain the failure: {t['notice']}")
    app.click(102)  # Dismiss

    # The fixture: LinkedIn invitation, flag panel opened by click and by key.
    app.click(1000)
    app.wait(lambda t: t.get("scene") == "invite", "the first scene")
    shots("scene-linkedin")
    app.click(100)  # "Something seems off?"
    app.wait(lambda t: t.get("panel") == "flags", "the flag panel")
    order = panel_order("invite", ["too_good", "says_hi"])
    app.click(2000 + order.index("too_good"))
    shots("flags-panel")
    app.click(101)  # Done
    app.wait(lambda t: t.get("panel") == "none", "the panel to close")
    app.key("1")

    app.wait(lambda t: t.get("scene") == "mail", "the e-mail scene")
    shots("scene-email")
    app.key("f")
    app.wait(lambda t: t.get("panel") == "flags", "the flag panel (key F)")
    app.key("1")  # the e-mail scene has one flag only
    app.key("Escape")
    app.wait(lambda t: t.get("panel") == "none", "the panel to close (Escape)")
    app.key("1")

    app.wait(lambda t: t.get("scene") == "call", "the phone scene")
    shots("scene-phone")
    app.key("1")
    app.wait(lambda t: t.get("scene") == "chat", "the chat scene")
    shots("scene-chat")
    # Keyboard focus: Tab to the only choice and press Enter.
    app.key("Tab", "Return")

    t = app.wait(lambda t: t.get("scene") == "cafe", "the in-person scene")
    order = panel_order("cafe", ["envelope", "pays_coffee"])
    app.key("f", str(order.index("envelope") + 1), "Escape")
    shots("scene-in-person")
    app.click(1000)  # the report choice

    app.wait(lambda t: t.get("screen") == "report" and t.get("step") == "1", "report step 1")
    app.key("1")  # Corporate security
    shots("report-to")
    app.key("Return")
    app.wait(lambda t: t.get("step") == "2", "report step 2")
    facts = fact_order(["who", "what", "secrets", "guess"])
    for f in ("who", "what"):
        app.click(1000 + facts.index(f))
    shots("report-facts")
    app.click(100)  # Next
    app.wait(lambda t: t.get("step") == "3", "report step 3")
    app.key("1")  # keep the evidence
    app.click(100)  # Send report

    t = app.wait(lambda t: t.get("screen") == "debrief", "the debrief")
    shots("debrief", 1.2)
    if t.get("saved") != "1":
        raise Failure("the debrief says the result was not saved")
    app.key("Escape")
    t = app.wait(lambda t: t.get("screen") == "menu", "the menu after the debrief")
    shots("menu-after")
    app.click(100)  # Finish session
    app.wait(lambda t: t.get("screen") == "summary", "the session summary")
    shots("summary")
    app.click(100)  # Save certificate
    t = app.wait(lambda t: "certificate" in t, "the certificate message")
    return t["certificate"]


def check_db(args, work, expected):
    db = sqlite3.connect(os.path.join(work, "results.db"))
    rows = db.execute("SELECT trainee, anonymous, cohort, mode, scenario, completed, ending, reported, "
                      "hook_at_report, score, passed, started_at, ended_at, result_json FROM attempts").fetchall()
    db.close()
    if len(rows) != 1:
        raise Failure(f"expected one saved attempt, found {len(rows)}")
    (trainee, anonymous, cohort, mode, scenario, completed, ending, reported, hook_at_report, score,
     passed, started, ended, rj) = rows[0]
    res = json.loads(rj)
    checks = [
        (trainee, TRAINEE), (anonymous, 0), (cohort, None), (mode, "self"), (scenario, "ui-fixture"),
        (completed, 1), (ending, "reported_late"), (reported, 1), (hook_at_report, 2),
        (score, expected["score"]), (passed, int(expected["passed"])),
        (res["components"], expected["components"]), (res["flags"]["spotted"], 3),
        (res["flags"]["false_alarms"], 0), (res["report"]["facts_given"], 2),
        (res["report"]["how"], "keep_evidence"), (res["path"], expected["path"]),
    ]
    for got, want in checks:
        if got != want:
            raise Failure(f"saved attempt: got {got!r}, expected {want!r}")
    if not (started and ended and started <= ended):
        raise Failure(f"saved attempt: bad times {started!r} .. {ended!r}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", required=True)
    ap.add_argument("--size", default="1280x720")
    ap.add_argument("--out", help="folder for screenshots and logs (default: a temporary one)")
    ap.add_argument("--update", action="store_true", help="rewrite the reference images")
    args = ap.parse_args()
    args.binary = os.path.abspath(args.binary)
    w, h = map(int, args.size.split("x"))

    for tool in ("Xvfb", "xdotool", "import", "convert", "compare", "identify"):
        if not shutil.which(tool):
            print(f"SKIP: {tool} is not installed (apt-get install xvfb xdotool imagemagick)")
            return SKIP

    work = tempfile.mkdtemp(prefix="unhooked-ui-")
    out = os.path.abspath(args.out) if args.out else os.path.join(work, "shots")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(work, "config.json"), "w") as f:
        json.dump({"organisation": "Northwind Test Corporation",
                   "security_contact": {"team": "Northwind Security Office", "phone": "+1 555 0199",
                                        "email": "security@northwind.test"},
                   "paths": {"scenarios": os.path.join(HERE, "fixtures")}}, f)
    with open(os.path.join(work, "answers.json"), "w") as f:
        json.dump(ANSWERS, f)
    run = subprocess.run([args.binary, "run", os.path.join(HERE, "fixtures", "ui-fixture.lua"),
                          "--answers", os.path.join(work, "answers.json")], capture_output=True, text=True)
    expected = json.loads(run.stdout)

    problems = []
    xvfb = app = None
    try:
        xvfb = Xvfb(w, h)
        app = App(args, xvfb.display, work, w, h)
        ref_dir = os.path.join(HERE, "reference", args.size)

        def shots(name, settle=0.45):
            path = os.path.join(out, name + ".png")
            app.shot(path, settle)
            p = compare(path, os.path.join(ref_dir, name + ".png"), out, name, args.update)
            if p:
                problems.append(p)

        cert = play(app, shots)
        if not cert.startswith("Certificate saved to "):
            raise Failure(f"certificate: {cert}")
        png = cert[len("Certificate saved to "):]
        with open(png, "rb") as f:
            if f.read(8) != b"\x89PNG\r\n\x1a\n":
                raise Failure(f"certificate {png} is not a PNG")
        shutil.copyfile(png, os.path.join(out, "certificate.png"))
        rc = app.stop()
        if rc != 0:
            raise Failure(f"the program exited with {rc} on SIGTERM")
        check_db(args, work, expected)
    except (Failure, subprocess.CalledProcessError) as e:
        problems.insert(0, str(e))
    finally:
        if app:
            app.stop()
        if xvfb:
            xvfb.stop()
    log = os.path.join(work, "app.log")
    if problems:
        print(f"FAIL ({args.size}):")
        for p in problems:
            print("  " + p)
        print(f"  screenshots and diffs: {out}")
        if os.path.exists(log):
            print("  program output:\n    " + open(log).read().replace("\n", "\n    "))
        return 1
    print(f"PASS ({args.size}): full walk, saved attempt matches `unhooked run`, screenshots within tolerance")
    if not args.out:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
