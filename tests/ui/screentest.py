#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The kiosk on real screens: `unhooked --kiosk` without --size must cover
whatever screen it is given, and keep covering it when the resolution or the
orientation changes while it runs.

Checks, each on a fresh X server:
  screens     1920x1080, 1080x1920 (portrait) and 1366x768 Xvfb screens with
              no window manager: the window is at 0,0 and the screen's size
              (xwininfo), the drawable is too (trace), and no pixel of the
              screenshot is the bare X background (black);
  touch       on the portrait screen, with real finger events: a tap starts,
              a tap on the name field opens the on-screen keyboard, which
              writes "E-10442" starting in capitals; Done signs in; five taps
              in the top-right corner open the PIN pad;
  wm          with a window manager (matchbox-window-manager) on 1366x768;
  xrandr      in a nested X server (Xephyr) that supports resolution changes:
              `xrandr -s` to 1024x768 and to a portrait 480x640 while the
              kiosk runs; the window follows within seconds.
The last two are skipped with a note when their tools are not installed
(Xvfb itself cannot change resolution: its RandR refuses new sizes).

    tests/ui/screentest.py --binary build/unhooked [--out DIR] [--only screens,touch]
Exit status: 0 passed, 1 failed, 77 skipped (no Xvfb/xdotool/ImageMagick).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from uitest import App, Failure, Xvfb, SKIP  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SIZES = [(1920, 1080), (1080, 1920), (1366, 768)]


class Kiosk(App):
    def __init__(self, args, display, work):
        self.launch(args, display, work, ["--kiosk"], "attract", "a")

    def rect(self):
        """The window's position and size as the X server has them."""
        info = self.x("xwininfo", "-id", self.wid)
        val = {k.strip(): v.strip() for k, v in (l.split(":", 1) for l in info.splitlines() if ":" in l)}
        return (int(val["Absolute upper-left X"]), int(val["Absolute upper-left Y"]), int(val["Width"]),
                int(val["Height"]))


def screen_size(env):
    out = subprocess.run(["xdotool", "getdisplaygeometry"], env=env, capture_output=True, text=True,
                         check=True).stdout.split()
    return int(out[0]), int(out[1])


def covers(app, w, h, what, timeout=20):
    """Waits until the window and its drawable are w x h at 0,0."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if app.rect() == (0, 0, w, h) and app.trace().get("size") == f"{w} {h}":
            return
        time.sleep(0.1)
    raise Failure(f"{what}: the kiosk window is {app.rect()} (drawable {app.trace().get('size')}), "
                  f"the screen is {w}x{h}")


def no_bare_background(path, what):
    """The screenshot has no black pixel: the X root shows nowhere."""
    r = subprocess.run(["convert", path, "-fill", "white", "+opaque", "black", "-format", "%[fx:mean]",
                        "info:"], capture_output=True, text=True, check=True)
    black = 1 - float(r.stdout)
    if black > 0:
        raise Failure(f"{what}: {black * 100:.2f}% of the screen is bare X background ({path})")


def config(work):
    path = os.path.join(work, "config.json")
    with open(path, "w") as f:
        json.dump({"organisation": "Northwind Test Corporation",
                   "security_contact": {"team": "Northwind Security Office", "phone": "+1 555 0199",
                                        "email": "security@northwind.test"},
                   "paths": {"scenarios": os.path.join(HERE, "fixtures")},
                   "kiosk": {"idle_timeout_s": 900}}, f)


def check_screens(ctx):
    for w, h in SIZES:
        xvfb = Xvfb(w, h)
        try:
            app = Kiosk(ctx.args, xvfb.display, ctx.work)
            covers(app, w, h, f"{w}x{h}")
            shot = ctx.shot(app, f"kiosk-{w}x{h}")
            no_bare_background(shot, f"{w}x{h}")
            app.stop()
        finally:
            xvfb.stop()
        print(f"  screens: {w}x{h} covered")


def check_touch(ctx):
    w, h = 1080, 1920
    xvfb = Xvfb(w, h)
    try:
        app = Kiosk(ctx.args, xvfb.display, ctx.work)
        app.touch_at(w // 2, h // 2)
        app.wait(lambda t: t.get("screen") == "welcome", "the welcome screen after a tap")
        app.tap(100)  # the name field
        app.wait(lambda t: 903 in t["items"], "the on-screen keyboard after a tap on the name field")
        for c in "e-10442":
            app.tap(1000 + ord(c))
        t = app.wait(lambda t: t.get("typing") == "E-10442", "E-10442 typed on the keyboard")
        ctx.shot(app, "kiosk-keyboard")
        app.tap(903)  # Done: sign in
        t = app.wait(lambda t: t.get("screen") == "menu", "the menu after Done")
        if t.get("trainee") != "E-10442":
            raise Failure(f"signed in as {t.get('trainee')!r}, not E-10442")
        for _ in range(5):  # the administrator's gesture
            app.touch_at(w - 10, 10)
        app.wait(lambda t: t.get("screen") == "pin", "the PIN pad after five corner taps")
        app.stop()
    finally:
        xvfb.stop()
    print("  touch: tap to start, keyboard from the name field, capitals, five-tap gesture")


def check_wm(ctx):
    if not shutil.which("matchbox-window-manager"):
        print("  wm: SKIPPED (matchbox-window-manager is not installed)")
        return
    w, h = 1366, 768
    xvfb = Xvfb(w, h)
    wm = None
    try:
        env = dict(os.environ, DISPLAY=xvfb.display)
        wm = subprocess.Popen(["matchbox-window-manager", "-use_titlebar", "no"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 20
        while "window id" not in subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env,
                                                capture_output=True, text=True).stdout:
            if time.time() > deadline:
                raise Failure("the window manager did not start")
            time.sleep(0.1)
        app = Kiosk(ctx.args, xvfb.display, ctx.work)
        covers(app, w, h, "with a window manager")
        no_bare_background(ctx.shot(app, "kiosk-wm"), "with a window manager")
        app.stop()
    finally:
        if wm:
            wm.terminate()
            wm.wait(5)
        xvfb.stop()
    print(f"  wm: {w}x{h} covered under a window manager")


class Nested:
    """Xephyr inside an Xvfb: an X server whose RandR can change size."""

    def __init__(self, w, h):
        self.host = Xvfb(1920, 1200)
        r, wfd = os.pipe()
        self.proc = subprocess.Popen(
            ["Xephyr", "-displayfd", str(wfd), "-screen", f"{w}x{h}", "-resizeable", "-nolisten", "tcp",
             "-noreset"], pass_fds=(wfd,), env=dict(os.environ, DISPLAY=self.host.display),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(wfd)
        num = b""
        deadline = time.time() + 20
        while not num.endswith(b"\n") and time.time() < deadline:
            chunk = os.read(r, 16)
            if not chunk:
                break
            num += chunk
        os.close(r)
        if not num.strip():
            self.stop()
            raise Failure("Xephyr did not start")
        self.display = ":" + num.decode().strip()

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.host.stop()


def check_xrandr(ctx):
    if not (shutil.which("Xephyr") and shutil.which("xrandr")):
        print("  xrandr: SKIPPED (Xephyr or xrandr is not installed; Xvfb cannot change resolution)")
        return
    nested = Nested(1600, 1200)
    try:
        env = dict(os.environ, DISPLAY=nested.display)
        app = Kiosk(ctx.args, nested.display, ctx.work)
        covers(app, *screen_size(env), "before the change")
        for size in ("1024x768", "480x640"):
            subprocess.run(["xrandr", "-s", size], env=env, capture_output=True, check=True)
            w, h = screen_size(env)
            if f"{w}x{h}" != size:
                raise Failure(f"xrandr -s {size} left the screen at {w}x{h}")
            covers(app, w, h, f"after xrandr -s {size}")
            no_bare_background(ctx.shot(app, f"kiosk-xrandr-{size}"), f"after xrandr -s {size}")
            print(f"  xrandr: followed the change to {size}")
        app.stop()
    finally:
        nested.stop()


CHECKS = {"screens": check_screens, "touch": check_touch, "wm": check_wm, "xrandr": check_xrandr}


class Ctx:
    def __init__(self, args, work, out):
        self.args, self.work, self.out = args, work, out

    def shot(self, app, name):
        path = os.path.join(self.out, name + ".png")
        app.shot(path)
        return path


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", required=True)
    ap.add_argument("--out", help="folder for screenshots (default: a temporary one)")
    ap.add_argument("--only", help="comma-separated checks to run")
    args = ap.parse_args()
    args.binary = os.path.abspath(args.binary)
    for tool in ("Xvfb", "xdotool", "xwininfo", "import", "convert"):
        if not shutil.which(tool):
            print(f"SKIP: {tool} is not installed")
            return SKIP
    work = tempfile.mkdtemp(prefix="unhooked-screens-")
    out = os.path.abspath(args.out) if args.out else os.path.join(work, "shots")
    os.makedirs(out, exist_ok=True)
    config(work)
    ctx = Ctx(args, work, out)
    failed = []
    for name in (args.only.split(",") if args.only else CHECKS):
        t0 = time.time()
        try:
            CHECKS[name](ctx)
        except (Failure, subprocess.CalledProcessError) as e:
            failed.append(f"{name}: {e}")
        print(f"    ({time.time() - t0:.1f} s)", flush=True)
    if failed:
        print("FAIL:")
        for f in failed:
            print("  " + f)
        print(f"  screenshots: {out}")
        log = os.path.join(work, "app.log")
        if os.path.exists(log):
            print("  program output (tail):\n    " + "".join(open(log).readlines()[-20:]).replace("\n", "\n    "))
        return 1
    print("PASS: the kiosk covers every screen it was given")
    if not args.out:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
