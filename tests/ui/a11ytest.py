#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Accessibility in the real program under Xvfb (issue 14).

Starts `unhooked` with a configuration that opens sessions at 200 % text in
high contrast, on the English or the German library, and walks a scenario
with real X input: the sign-in screen, a scene, the report form and the
debrief. On each it checks the trace (the settings in force, every control
at least 44x44 px and inside the window) and, with --out, saves a
screenshot. On the scene and the debrief it asks for read aloud with F2 and
the speaker button and checks what was given to the speaker (the scene's
text and choices, the debrief's headline); the sound goes to SDL's disk
driver, so no sound card is needed. On the sign-in screen it switches the
text size and contrast with the settings row and back.

    tests/ui/a11ytest.py --binary build/unhooked --size 1280x720 --lang de [--out DIR]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import uitest  # noqa: E402  (Xvfb and App)
from uitest import Failure  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ID_SIZE, ID_CONTRAST, ID_SPEAK = 60, 66, 69
MIN_TARGET = 44


class App(uitest.App):
    """The program with read aloud going to a file (SDL's disk driver)."""

    def __init__(self, args, display, work, w, h):
        self.raw = os.path.join(work, "speech.raw")
        self.launch(args, display, work, ["--size", f"{w}x{h}"], "welcome", "w")

    def launch(self, args, display, work, extra, first, log_mode, db="results.db", config="config.json"):
        real = subprocess.Popen

        def popen(cmd, env=None, **kw):  # the disk driver instead of the dummy one
            if env is not None and env.get("SDL_AUDIODRIVER") == "dummy":
                env = dict(env, SDL_AUDIODRIVER="disk", SDL_DISKAUDIOFILE=self.raw)
            return real(cmd, env=env, **kw)

        subprocess.Popen = popen
        try:
            super().launch(args, display, work, extra, first, log_mode, db, config)
        finally:
            subprocess.Popen = real


def check_targets(app, where):
    """Every control inside the window and 44 px or more across; 44 px or
    more high too, unless scrolling cuts it at the edge of its view (the
    trace gives the visible part; test_ui_fit checks whole rectangles)."""
    t = app.trace()
    w, h = map(int, t["size"].split())
    for item, (x, y, iw, ih) in t["items"].items():
        if x < 0 or x + iw > w:
            raise Failure(f"{where}: control {item} reaches out of the window ({x}..{x + iw} of {w})")
        if iw < MIN_TARGET:
            raise Failure(f"{where}: control {item} is {iw} px wide, under {MIN_TARGET}")
        cut = y <= h // 5 or y + ih >= h - 2
        if ih < MIN_TARGET and not cut:
            raise Failure(f"{where}: control {item} is {ih} px high, under {MIN_TARGET}")


def shot(app, out, name):
    if out:
        app.shot(os.path.join(out, name + ".png"))


def loud_samples(path):
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        return 0
    loud = 0
    for i in range(0, len(data) - 1, 2):
        s = int.from_bytes(data[i:i + 2], "little", signed=True)
        loud += s > 2000 or s < -2000
    return loud


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--size", default="1280x720")
    ap.add_argument("--lang", default="en", help="the language the program starts in (the configuration's)")
    ap.add_argument("--out", help="folder for the screenshots")
    args = ap.parse_args()
    for tool in ("Xvfb", "xdotool", "import"):
        if not shutil.which(tool):
            print(f"SKIP: {tool} not installed")
            return 77
    w, h = map(int, args.size.split("x"))
    # The whole library; the configured language picks its translations,
    # the program's words and the voice.
    scen = os.path.join(ROOT, "scenarios")
    choices, score = {"de": (("Ihre Wahlm\u00f6glichkeit",), "Ihre Punktzahl:")}.get(
        args.lang, (("Your choices:", "Your choice:"), "Your score:"))
    if args.out:
        os.makedirs(args.out, exist_ok=True)
    prefix = f"{args.lang}-{w}x{h}-200-hc-"
    work = tempfile.mkdtemp(prefix="unhooked-a11y-")
    with open(os.path.join(work, "config.json"), "w") as f:
        json.dump({"paths": {"scenarios": scen}, "language": args.lang,
                   "accessibility": {"text_size": 200, "high_contrast": True}}, f)
    xv = uitest.Xvfb(w, h)
    app = None
    try:
        app = App(args, xv.display, work, w, h)
        t = app.trace()
        if t.get("a11y") != "200 1 0 0":
            raise Failure(f"sessions start as configured: a11y {t.get('a11y')}")
        check_targets(app, "welcome")
        shot(app, args.out, prefix + "welcome")
        # The settings row: 100 %, then back to 200 %; contrast off and on.
        app.click(ID_SIZE)
        app.wait(lambda t: t.get("a11y", "").startswith("100 1"), "100 % text")
        app.click(ID_CONTRAST)
        app.wait(lambda t: t.get("a11y", "").startswith("100 0"), "the standard palette")
        app.click(ID_SIZE + 2)
        app.wait(lambda t: t.get("a11y", "").startswith("200 0"), "200 % text again")
        app.click(ID_CONTRAST)
        app.wait(lambda t: t.get("a11y", "").startswith("200 1"), "high contrast again")
        app.click(100)  # the name field
        app.type("Alex Morgan")
        app.key("Return")
        t = app.wait(lambda t: t.get("screen") == "menu" and any(i >= 1000 for i in t["items"]), "the menu")
        app.click(min(i for i in t["items"] if i >= 1000))  # the first scenario in view
        t = app.wait(lambda t: t.get("screen") == "scene", "the first scene")
        check_targets(app, "scene")
        shot(app, args.out, prefix + "scene")
        app.key("End")  # the choices at the foot of the scene
        shot(app, args.out, prefix + "scene-choices")
        app.key("Home")
        # F2 with nothing focused: the scene and its choices.
        app.key("F2")
        t = app.wait(lambda t: t.get("said"), "read aloud of the scene")
        if not any(c in t["said"] for c in choices):
            raise Failure(f"read aloud of the scene lacks its choices: {t['said'][:200]}")
        app.wait(lambda t: t.get("speaking") == "0", "the end of the speech", timeout=180)
        loud = loud_samples(app.raw)
        if loud < 2000:
            raise Failure(f"read aloud reached the sound card with {loud} loud samples only")
        print(f"  read aloud of the scene: {loud} loud samples on the disk sound card")
        # On to the report form (the report choice where there is one), through
        # it, and on through the story to the debrief.
        seen, reported = {}, False
        for _ in range(60):
            t = app.trace()
            if t.get("screen") == "scene":
                # Each choice in turn where the story loops back.
                n = seen[t["scene"]] = seen.get(t["scene"], -1) + 1
                pick = t.get("report_choice") if not reported else None
                app.key(pick or str(1 + n % max(1, int(t.get("choices", "1")))))
                app.sync()  # the next trace read is after the choice was taken
            elif t.get("screen") == "report":
                if not reported:
                    check_targets(app, "report")
                    shot(app, args.out, prefix + "report")
                    reported = True
                for _ in range(3):
                    app.key("1", "Return")
                app.sync()
            else:
                break
        t = app.wait(lambda t: t.get("screen") == "debrief", "the debrief")
        check_targets(app, "debrief")
        shot(app, args.out, prefix + "debrief")
        app.click(ID_SPEAK)
        t = app.wait(lambda t: t.get("said", "").find(score) >= 0, "read aloud of the debrief")
        app.click(ID_SPEAK)  # Stop
        app.wait(lambda t: t.get("speaking") == "0", "read aloud stopped")
        print(f"ok  {args.lang} {args.size}: welcome, scene, report, debrief at 200 % in high contrast")
        return 0
    except Failure as e:
        print(f"FAIL {args.lang} {args.size}: {e}")
        if app:
            shot(app, args.out or work, prefix + "failure")
        return 1
    finally:
        if app:
            app.stop()
        xv.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
