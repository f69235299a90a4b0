#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""A monkey for the kiosk: random taps, clicks, drags, keys and typing on the
real `unhooked --kiosk` window under Xvfb, for as long as asked.

Most events land on the widgets the window reports in its trace file
(UNHOOKED_TRACE), the rest anywhere on the screen. Now and then the monkey
makes the admin gesture (five taps in the top-right corner, or Ctrl+Alt+A),
enters the PIN on the pad (mostly the right one, sometimes a wrong one, so
the lockout is reached too) and, on the admin screen, types a cohort and
exports to a folder. Everything but the admin screen's Exit button is fair
game. The scenarios are the shipped ones plus the UI test fixtures (one of
which fails at run time, one of which does not load).

It records the events sent by kind, the screens reached, every exit of the
program (a crash, a sanitizer report, a leak at exit: the log is kept and
the program restarted), stalls (no new frame for 30 s while events were
sent), the exports made, and the program's memory (PSS) when it first
settles, every minute, and at the end. The program is then asked to stop
with SIGTERM: it must exit 0, which under the sanitizer build also means
LeakSanitizer found nothing.

    tools/monkey.py --binary build-asan/unhooked --minutes 30
    tools/monkey.py --binary build/unhooked --seconds 60 --seed 7 --out /tmp/monkey

For the sanitizer build, ASAN_OPTIONS and LSAN_OPTIONS default to what
tools/test.sh uses (tools/lsan.supp). The summary is printed and written as
JSON to OUT/summary.json. Exit status: 0 nothing went wrong, 1 a crash,
stall or unclean exit was recorded, 77 Xvfb or xdotool is missing.
"""
import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "ui"))
from uitest import Xvfb  # noqa: E402

SKIP = 77
PIN = "2580"
KEYS = ["1", "2", "3", "4", "5", "Return", "KP_Enter", "Escape", "Tab", "shift+Tab", "space", "f",
        "Next", "Prior", "Up", "Down", "Left", "Right", "Home", "End", "BackSpace", "Delete", "a",
        "z", "F1", "F11", "alt+F4", "ctrl+q", "ctrl+w"]
WORDS = ["Ada", "Test Trainee", "Zoë Ångström", "O'Brien", "x" * 80, "12345", "ENG-9", " ",
         "\u4f60\u597d", "a/b\\c", "%s%n", "<b>", "Ренат"]
ADMIN_EXIT = 105  # the admin screen's Exit: would end the kiosk


def pss_kb(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


class Kiosk:
    """One run of the program; restarted by the monkey when it exits."""

    def __init__(self, args, display, work, index):
        self.work = work
        self.trace_path = os.path.join(work, "trace.txt")
        for p in (self.trace_path,):
            try:
                os.unlink(p)
            except FileNotFoundError:
                pass
        env = dict(os.environ, DISPLAY=display, UNHOOKED_TRACE=self.trace_path,
                   UNHOOKED_CERT_DIR=os.path.join(work, "certs"), SDL_AUDIODRIVER="dummy")
        env.pop("UNHOOKED_CONFIG", None)
        env.pop("NOTIFY_SOCKET", None)
        env.pop("WAYLAND_DISPLAY", None)
        env.setdefault("ASAN_OPTIONS", "abort_on_error=1:detect_leaks=1")
        env.setdefault("LSAN_OPTIONS", f"suppressions={ROOT}/tools/lsan.supp:print_suppressions=0")
        env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1")
        self.env = env
        self.log_path = os.path.join(work, f"app-{index}.log")
        self.log = open(self.log_path, "w")
        self.proc = subprocess.Popen(
            [args.binary, "--kiosk", "--config", os.path.join(work, "config.json"), "--db",
             os.path.join(work, "results.db"), "--size", args.size],
            env=env, stdout=self.log, stderr=subprocess.STDOUT)
        self.wid = None
        deadline = time.time() + 60
        while time.time() < deadline and self.proc.poll() is None:
            if self.trace().get("screen"):
                break
            time.sleep(0.1)
        if self.proc.poll() is None:
            try:
                out = self.x("xdotool", "search", "--sync", "--name", "^Unhooked$", timeout=30)
                self.wid = out.split()[0]
            except (subprocess.SubprocessError, IndexError):
                self.wid = None

    def x(self, *cmd, timeout=15):
        return subprocess.run(cmd, env=self.env, check=True, capture_output=True, text=True,
                              timeout=timeout).stdout

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
        except (FileNotFoundError, ValueError):
            pass
        return t

    def alive(self):
        return self.proc.poll() is None

    def stop(self, timeout=20):
        """SIGTERM, as systemd does; returns the exit status (None: had to kill)."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                self.log.close()
                return None
        self.log.close()
        return self.proc.returncode


class Monkey:
    def __init__(self, args, display, work, w, h):
        self.args, self.display, self.work, self.w, self.h = args, display, work, w, h
        self.rng = random.Random(args.seed)
        self.events = {}
        self.screens = {}
        self.exits = []
        self.stalls = []
        self.exports_ok = 0
        self.exports_failed = 0
        self.export_failures = []  # the window's message for each
        self.pss = []  # (seconds since start, kB)
        self.runs = 0
        self.kiosk = None
        self.last_screen, self.same = None, 0
        self.t0 = time.time()
        self.usb = os.path.join(work, "usb")
        os.makedirs(self.usb, exist_ok=True)

    # -- the program ------------------------------------------------------

    def start(self):
        self.runs += 1
        self.kiosk = Kiosk(self.args, self.display, self.work, self.runs)
        self.last_frame = None
        self.last_frame_at = time.time()
        self.events_since_frame = 0

    def record_exit(self, status, why):
        tail = ""
        try:
            with open(self.kiosk.log_path, errors="replace") as f:
                tail = "".join(f.readlines()[-40:])
        except OSError:
            pass
        self.exits.append({"at_s": round(time.time() - self.t0, 1), "status": status, "why": why,
                           "log": self.kiosk.log_path, "tail": tail})
        print(f"monkey: {why} (status {status}) at {time.time() - self.t0:.0f} s; "
              f"log {self.kiosk.log_path}", flush=True)

    def check(self):
        """After each event: the program is alive and drawing."""
        k = self.kiosk
        if not k.alive():
            self.record_exit(k.proc.returncode, "the program exited")
            k.log.close()
            self.start()
            return
        t = k.trace()
        frame = t.get("frame")
        if frame != self.last_frame:
            self.last_frame, self.last_frame_at, self.events_since_frame = frame, time.time(), 0
        elif time.time() - self.last_frame_at > 30 and self.events_since_frame >= 20:
            self.stalls.append({"at_s": round(time.time() - self.t0, 1), "screen": t.get("screen"),
                                "events": self.events_since_frame})
            print(f"monkey: no new frame for 30 s after {self.events_since_frame} events "
                  f"on {t.get('screen')}", flush=True)
            self.last_frame_at = time.time()

    def sample_pss(self):
        kb = pss_kb(self.kiosk.proc.pid) if self.kiosk.alive() else None
        if kb is not None:
            self.pss.append((round(time.time() - self.t0, 1), kb, self.runs))

    # -- events -----------------------------------------------------------

    def count(self, kind):
        self.events[kind] = self.events.get(kind, 0) + 1
        self.events_since_frame += 1

    def xdo(self, *cmd):
        try:
            self.kiosk.x("xdotool", *cmd)
        except (subprocess.SubprocessError, OSError):
            pass  # the window may be gone; check() notices

    def tap(self, x, y, kind="tap"):
        self.xdo("mousemove", "--window", self.kiosk.wid or "", str(x), str(y))
        self.xdo("click", "1")
        self.count(kind)

    def tap_item(self, t, item):
        x, y, w, h = t["items"][item]
        self.tap(x + self.rng.randint(0, max(0, w - 1)), y + self.rng.randint(0, max(0, h - 1)),
                 "widget")

    def key(self, k):
        self.xdo("key", "--window", self.kiosk.wid or "", "--clearmodifiers", k)
        self.count("key")

    def type(self, s):
        self.xdo("type", "--window", self.kiosk.wid or "", "--delay", "12", s)
        self.count("type")

    def drag(self):
        x0, y0 = self.rng.randrange(self.w), self.rng.randrange(self.h)
        x1, y1 = self.rng.randrange(self.w), self.rng.randrange(self.h)
        self.xdo("mousemove", "--window", self.kiosk.wid or "", str(x0), str(y0))
        self.xdo("mousedown", "1")
        self.xdo("mousemove", "--window", self.kiosk.wid or "", str((x0 + x1) // 2), str((y0 + y1) // 2))
        self.xdo("mousemove", "--window", self.kiosk.wid or "", str(x1), str(y1))
        self.xdo("mouseup", "1")
        self.count("drag")

    def wheel(self):
        self.xdo("click", "--repeat", str(self.rng.randint(1, 4)), self.rng.choice(["4", "5"]))
        self.count("wheel")

    def admin_gesture(self):
        if self.rng.random() < 0.5:
            for _ in range(5):
                self.tap(self.w - 10, 10, "corner-tap")
        else:
            self.key("ctrl+alt+a")
        self.count("admin-gesture")

    def pin_pad(self, t):
        """Enters a PIN on the pad: the right one four times in five."""
        right = self.rng.random() < 0.8
        pin = PIN if right else "".join(self.rng.choice("0123456789") for _ in range(4))
        for d in pin:
            if 1000 + int(d) in t["items"]:
                self.tap_item(t, 1000 + int(d))
            else:
                self.key(d)
        if 100 in t["items"]:
            self.tap_item(t, 100)
        else:
            self.key("Return")
        self.count("pin-right" if right else "pin-wrong")

    def reveal(self, ids):
        """Scrolls (Page Down, the wheel) until the widgets ids show; the
        admin screen's controls sit below its statistics."""
        for _ in range(10):
            t = self.kiosk.trace()
            if all(i in t["items"] for i in ids):
                return t
            if self.rng.random() < 0.5:
                self.key("Next")
            else:
                self.xdo("mousemove", "--window", self.kiosk.wid or "", str(self.w // 2), str(self.h // 2))
                self.xdo("click", "--repeat", "3", "5")
                self.count("wheel")
            time.sleep(0.15)
        return self.kiosk.trace()

    def admin(self, t):
        """On the admin screen: export, a cohort, or random widgets."""
        r = self.rng.random()
        if r < 0.45:
            t = self.reveal((100, 101, 102, 104))
        if r < 0.2 and 100 in t["items"] and 101 in t["items"]:
            # Empty the folder field (random typing may have filled it),
            # type the folder, press Export, and wait for the message.
            self.tap_item(t, 100)
            self.xdo("key", "--window", self.kiosk.wid or "", "--repeat", "300", "--delay", "2",
                     "BackSpace")
            self.count("key")
            self.type(self.usb)
            before = {f: os.stat(os.path.join(self.usb, f)).st_mtime_ns for f in os.listdir(self.usb)}
            old_msg = self.kiosk.trace().get("export")
            t = self.kiosk.trace()
            if 101 in t["items"]:
                self.tap_item(t, 101)
            deadline = time.time() + 20
            got = None
            while time.time() < deadline and self.kiosk.alive():
                now = {f: os.stat(os.path.join(self.usb, f)).st_mtime_ns for f in os.listdir(self.usb)}
                got = self.kiosk.trace().get("export")
                if now != before or (got and got != old_msg):
                    break
                time.sleep(0.1)
            if now != before:
                self.exports_ok += 1
            else:
                self.exports_failed += 1
                self.export_failures.append({"at_s": round(time.time() - self.t0, 1),
                                             "message": got if got != old_msg else None})
            self.count("export")
        elif r < 0.3 and 102 in t["items"]:
            self.tap_item(t, 102)
            t = self.kiosk.trace()
            keys = [i for i in t["items"] if i >= 900]
            for _ in range(self.rng.randint(1, 8)):
                if keys:
                    self.tap_item(t, self.rng.choice(keys))
            self.count("cohort")
        elif r < 0.45 and 104 in t["items"]:
            self.tap_item(t, 104)  # Done: back to the kiosk
        else:
            self.random_widget(t, exclude=(ADMIN_EXIT,))

    def random_widget(self, t, exclude=()):
        items = [i for i, r in t["items"].items() if r[2] > 2 and r[3] > 2 and i not in exclude]
        if items:
            self.tap_item(t, self.rng.choice(items))
        else:
            self.tap(self.rng.randrange(self.w), self.rng.randrange(self.h))

    def step(self):
        t = self.kiosk.trace()
        screen = t.get("screen", "?")
        self.screens[screen] = self.screens.get(screen, 0) + 1
        # Random input rarely completes a form (the report form cannot be
        # left, only sent): after a while on one screen, now and then act
        # like a trainee who wants on: Back or Escape, or the first option
        # and the screen's main button.
        self.same = self.same + 1 if screen == self.last_screen else 0
        self.last_screen = screen
        if self.same > 30 and self.rng.random() < 0.25:
            if self.rng.random() < 0.4:
                if 1 in t["items"]:
                    self.tap_item(t, 1)
                else:
                    self.key("Escape")
            else:
                self.key("1")
                t = self.kiosk.trace()
                if 100 in t["items"]:
                    self.tap_item(t, 100)
                else:
                    self.key("Return")
            self.count("move-on")
            return
        if screen == "admin":
            self.admin(t)
            return
        if screen == "pin" and self.rng.random() < 0.6:
            self.pin_pad(t)
            return
        r = self.rng.random()
        if r < 0.50:
            self.random_widget(t)
        elif r < 0.62:
            self.tap(self.rng.randrange(self.w), self.rng.randrange(self.h))
        elif r < 0.80:
            self.key(self.rng.choice(KEYS))
        elif r < 0.86:
            self.type(self.rng.choice(WORDS))
        elif r < 0.91:
            self.drag()
        elif r < 0.95:
            self.wheel()
        elif r < 0.975:
            self.admin_gesture()
        else:
            time.sleep(self.rng.uniform(0.5, 3))  # a trainee reading
            self.count("pause")

    def run(self, seconds):
        self.start()
        first = time.time() + 5  # the first PSS once the window has settled
        next_pss = first
        end = time.time() + seconds
        while time.time() < end:
            if time.time() >= next_pss:
                self.sample_pss()
                next_pss = time.time() + 60
            self.step()
            time.sleep(self.rng.uniform(0.01, 0.12))
            self.check()
        self.sample_pss()
        status = self.kiosk.stop()
        if status != 0:
            self.record_exit(status, "SIGTERM at the end did not end the program cleanly"
                             if status is not None else "SIGTERM at the end was ignored (killed)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "build-asan", "unhooked"))
    ap.add_argument("--seconds", type=float)
    ap.add_argument("--minutes", type=float)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--size", default="1280x720")
    ap.add_argument("--out", help="folder for logs and the summary (default: a temporary one, "
                                  "removed when nothing went wrong)")
    args = ap.parse_args()
    args.binary = os.path.abspath(args.binary)
    seconds = args.seconds if args.seconds else (args.minutes or 1) * 60
    w, h = map(int, args.size.split("x"))
    for tool in ("Xvfb", "xdotool"):
        if not shutil.which(tool):
            print(f"monkey: {tool} is not installed; skipped")
            return SKIP
    if not os.access(args.binary, os.X_OK):
        print(f"monkey: {args.binary} is not built")
        return 1

    work = os.path.abspath(args.out) if args.out else tempfile.mkdtemp(prefix="unhooked-monkey-")
    os.makedirs(work, exist_ok=True)
    scen = os.path.join(work, "scenarios")
    os.makedirs(scen, exist_ok=True)
    for folder in (os.path.join(ROOT, "scenarios"), os.path.join(ROOT, "tests", "ui", "fixtures")):
        for f in os.listdir(folder):
            if f.endswith(".lua"):
                shutil.copy(os.path.join(folder, f), scen)
    cfg = os.path.join(work, "config.json")
    with open(cfg, "w") as f:
        json.dump({"organisation": "Monkey Test Ltd", "paths": {"scenarios": scen},
                   "kiosk": {"idle_timeout_s": 20, "idle_warning_s": 3, "pin_max_tries": 3,
                             "pin_lockout_s": 8}}, f)
    subprocess.run([args.binary, "set-pin", "--config", cfg], input=f"{PIN}\n{PIN}\n", text=True,
                   check=True, capture_output=True)

    # Stopped from outside (SIGTERM, as ctest's timeout does): the window
    # and the X server go too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    xvfb = Xvfb(w, h)
    m = Monkey(args, xvfb.display, work, w, h)
    try:
        m.run(seconds)
    finally:
        if m.kiosk and m.kiosk.alive():
            m.kiosk.proc.kill()
            m.kiosk.proc.wait()
        xvfb.stop()

    elapsed = time.time() - m.t0
    summary = {
        "binary": args.binary, "seed": args.seed, "seconds": round(elapsed, 1),
        "events": sum(m.events.values()), "events_by_kind": m.events,
        "screens_seen": m.screens, "program_runs": m.runs,
        "crashes": [e for e in m.exits], "stalls": m.stalls,
        "exports_ok": m.exports_ok, "exports_failed": m.exports_failed,
        "export_failures": m.export_failures,
        "pss_kb_first": m.pss[0][1] if m.pss else None,
        "pss_kb_last": m.pss[-1][1] if m.pss else None,
        "pss_kb_max": max(p[1] for p in m.pss) if m.pss else None,
        "pss_samples": m.pss,
    }
    with open(os.path.join(work, "summary.json"), "w") as f:
        json.dump(summary, f, indent=1)
    print(f"monkey: {summary['events']} events in {elapsed:.0f} s "
          f"({', '.join(f'{k} {v}' for k, v in sorted(m.events.items()))})")
    print(f"monkey: screens {', '.join(f'{k} {v}' for k, v in sorted(m.screens.items()))}")
    print(f"monkey: {len(m.exits)} crash(es) or unclean exit(s), {len(m.stalls)} stall(s), "
          f"{m.runs} program run(s), exports {m.exports_ok} ok / {m.exports_failed} failed")
    for e in m.export_failures:
        print(f"monkey: an export wrote nothing at {e['at_s']} s: {e['message'] or 'no message'}")
    if m.pss:
        print(f"monkey: PSS first {m.pss[0][1] / 1024:.1f} MB, last {m.pss[-1][1] / 1024:.1f} MB, "
              f"max {summary['pss_kb_max'] / 1024:.1f} MB")
    bad = bool(m.exits or m.stalls)
    for e in m.exits:
        print(f"--- {e['why']} (status {e['status']}) at {e['at_s']} s, {e['log']}:\n{e['tail']}")
    print(f"monkey: {'FAILED' if bad else 'ok'}; logs and summary in {work}")
    if not bad and not args.out:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
