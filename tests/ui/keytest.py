#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Names with letters beyond ASCII typed on real X keys, before and after
read aloud first speaks (the ui_monkey_smoke finding under AddressSanitizer).

eSpeak NG switches the whole process to a UTF-8 LC_CTYPE when it starts
(espeak_ng_Initialize), in the speaker's thread. Xlib picks the character set
of XLookupString once, at the first key it translates, from LC_CTYPE at that
moment; SDL 2.26 takes what XLookupString gives as ISO-8859-1 and converts it
to UTF-8 with a 4-byte buffer and no room for the NUL, so a key released
after read aloud had spoken first ("ë" as the two UTF-8 bytes C3 AB) was read
past its end: a heap-buffer-overflow in SDL under the sanitizer build, and
text turned to "Ã«" where no input method runs. The program now keeps SDL's
lookups in ISO-8859-1 and starts in the UTF-8 LC_CTYPE eSpeak NG would set
(platform/sdl/xkeys.h).

Two runs of the real window under Xvfb, driven with xdotool:
  read-aloud-first  the Read aloud setting is switched on with the mouse and
                    its sentence synthesised before any key is pressed; then
                    the name is typed and Enter signs in;
  keys-first        part of the name is typed, then read aloud speaks, then
                    the rest is typed into the name field.
Each must sign in as exactly the name typed, and end with status 0 on
SIGTERM with nothing in its log from a sanitizer. --out DIR keeps a
screenshot of the name field in each run.

    tests/ui/keytest.py --binary build-asan/unhooked [--out DIR]
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import a11ytest  # noqa: E402  (the program with its sound going to a file)
import uitest  # noqa: E402
from uitest import Failure  # noqa: E402

ID_READ_ALOUD = 68   # the Read aloud setting (engine/ui/a11y.h UH_ID_A11Y_READ)
ID_NAME = 100        # the sign-in screen's name field
# Two-byte UTF-8 (Latin-1 letters, Cyrillic) are the ones that overflowed;
# the CJK pair takes SDL's other branch (its buffer grows).
NAME = "Zo\u00eb \u00c5ngstr\u00f6m \u0420\u0435\u043d\u0430\u0442 \u4f60\u597d"


def trainee(app):
    try:
        with open(app.trace_path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("trainee "):
                    return line[len("trainee "):].rstrip("\n")
    except FileNotFoundError:
        pass
    return None


def bind_keys(display, text):
    """Puts every character of text that is beyond ASCII on an unused key of
    the X keyboard map, before the program starts. Otherwise xdotool binds
    each such character to a spare key just for the moment it types it and
    takes the binding back right after; a program that looks the key up
    after that (a loaded machine) finds no symbol on it and the letter is
    lost, which would make this test fail for a reason of its own."""
    env = dict(os.environ, DISPLAY=display)
    table = subprocess.run(["xmodmap", "-pke"], env=env, check=True, capture_output=True,
                           text=True).stdout
    free = [int(m.group(1)) for m in re.finditer(r"^keycode\s+(\d+) =\s*$", table, re.M)]
    # Lower and upper case on one key, as a keyboard has them; xdotool adds
    # Shift for the upper one.
    letters = sorted({c.lower() for c in text if ord(c) > 127})
    if len(free) < len(letters) + 1:  # one left for xdotool
        raise Failure(f"the X keyboard map has {len(free)} unused keys, {len(letters) + 1} needed")
    lines = []
    for code, c in zip(free, letters):
        syms = [f"U{ord(c):04X}"] + ([f"U{ord(c.upper()):04X}"] if c.upper() != c else [])
        lines.append(f"keycode {code} = {' '.join(syms)}")
    subprocess.run(["xmodmap", "-"], env=env, input="\n".join(lines) + "\n", check=True, text=True)


def click_without_keys(app, item_id):
    """Clicks a widget that shows without scrolling: no key may reach the
    program before read aloud has started in the read-aloud-first run."""
    t = app.wait(lambda t: item_id in t["items"], f"widget {item_id}")
    x, y, w, h = t["items"][item_id]
    app.move(x + w // 2, y + h // 2, f"the pointer on widget {item_id}")
    app.x("xdotool", "click", "1")


def type_taken(app, text):
    """Types text and returns once the program has taken every key."""
    app.type(text)
    app.sync()


def speak_once(app):
    """Switches read aloud on with the mouse and waits until eSpeak NG has
    produced sound for it, so it has started (and set its locale)."""
    click_without_keys(app, ID_READ_ALOUD)
    app.wait(lambda t: t.get("a11y", "").endswith(" 1") and "Read aloud is on" in t.get("said", ""),
             "read aloud switched on")
    app.wait(lambda t: a11ytest.loud_samples(app.raw) > 0, "the first spoken samples", timeout=60)


def run(args, case, work, w, h):
    xv = uitest.Xvfb(w, h)
    app = None
    try:
        bind_keys(xv.display, NAME)
        app = a11ytest.App(args, xv.display, work, w, h)
        if case == "read-aloud-first":
            speak_once(app)
            type_taken(app, NAME)
        else:
            first, rest = NAME[:4], NAME[4:]
            type_taken(app, first)
            speak_once(app)
            click_without_keys(app, ID_NAME)
            type_taken(app, rest)
        if args.out:
            app.shot(os.path.join(args.out, f"{case}.png"))
        app.key("Return")
        app.wait(lambda t: t.get("screen") == "menu", "the menu after signing in")
        got = trainee(app)
        if got != NAME:
            raise Failure(f"{case}: signed in as {got!r}, typed {NAME!r}")
    except (subprocess.SubprocessError, Failure) as e:
        # xdotool fails when the window is gone: the log says why.
        problem = f"{case}: {e}"
    else:
        problem = None
    finally:
        rc = app.stop() if app else None
        xv.stop()
    try:
        with open(os.path.join(work, "app.log"), encoding="utf-8", errors="replace") as f:
            log = f.read()
    except FileNotFoundError:
        log = ""
    if "Sanitizer" in log or "runtime error:" in log:
        raise Failure(f"{case}: a sanitizer report:\n{log[:4000]}")
    if problem:
        raise Failure(f"{problem}\n{log[-2000:]}")
    if rc != 0:
        raise Failure(f"{case}: the program ended with status {rc} on SIGTERM:\n{log[-2000:]}")
    print(f"{case}: signed in as {NAME}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--size", default="1280x720")
    ap.add_argument("--out", help="folder for the screenshots")
    args = ap.parse_args()
    for tool in ("Xvfb", "xdotool", "import"):
        if not shutil.which(tool):
            print(f"SKIP: {tool} not installed")
            return 77
    # The sanitizer build's options as tools/test.sh sets them, when run alone.
    os.environ.setdefault("ASAN_OPTIONS", "abort_on_error=1:detect_leaks=1")
    os.environ.setdefault("LSAN_OPTIONS", "suppressions=" + os.path.join(a11ytest.ROOT, "tools", "lsan.supp")
                          + ":print_suppressions=0")
    os.environ.setdefault("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1")
    if args.out:
        os.makedirs(args.out, exist_ok=True)
    w, h = map(int, args.size.split("x"))
    failed = 0
    for case in ("read-aloud-first", "keys-first"):
        work = tempfile.mkdtemp(prefix="unhooked-keys-")
        with open(os.path.join(work, "config.json"), "w") as f:
            json.dump({"paths": {"scenarios": os.path.join(a11ytest.ROOT, "scenarios")}}, f)
        try:
            run(args, case, work, w, h)
            shutil.rmtree(work, ignore_errors=True)
        except Failure as e:
            print(f"FAIL: {e} (logs in {work})")
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
