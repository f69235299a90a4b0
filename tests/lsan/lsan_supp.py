#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Checks tools/lsan.supp against tests/lsan/leak_demo under Xvfb.

    lsan_supp.py LEAK_DEMO SUPPRESSIONS

1. `leak_demo clean` opens a window, fonts and text the way the kiosk does
   and frees what it made: with the suppressions, LeakSanitizer reports
   nothing and the program exits 0.
2. `leak_demo leak` also forgets ten surfaces, a line of rendered text and
   an SDL_strdup: LeakSanitizer must report them (exit status not 0, a
   "Direct leak" of at least the ten surfaces' headers and the string).

The leak stacks end in SDL's own frames (the libraries have no frame
pointers), so what shows that the forgotten objects are reported is their
count and size, not our function names.

Exit status: 0 passed, 1 failed, 77 skipped (no Xvfb).
"""
import os
import re
import shutil
import subprocess
import sys
import time

SKIP = 77


def start_xvfb():
    r, w = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0", "640x480x24",
                             "-nolisten", "tcp", "-noreset"], pass_fds=(w,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(w)
    num = b""
    deadline = time.time() + 30
    while not num.endswith(b"\n") and time.time() < deadline:
        chunk = os.read(r, 16)
        if not chunk:
            break
        num += chunk
    os.close(r)
    if not num.strip():
        proc.kill()
        raise SystemExit("lsan_supp: Xvfb did not start")
    return proc, ":" + num.decode().strip()


def run(demo, mode, supp, display):
    env = dict(os.environ, DISPLAY=display,
               ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:exitcode=23",
               LSAN_OPTIONS=f"suppressions={supp}:print_suppressions=1:exitcode=23")
    env.pop("WAYLAND_DISPLAY", None)
    p = subprocess.run([demo, mode], env=env, capture_output=True, text=True, timeout=150)
    return p.returncode, p.stdout + p.stderr


def main():
    demo, supp = sys.argv[1], os.path.abspath(sys.argv[2])
    if not shutil.which("Xvfb"):
        print("lsan_supp: Xvfb is missing; skipped")
        return SKIP
    xvfb, display = start_xvfb()
    failures = []
    try:
        rc, out = run(demo, "clean", supp, display)
        print(f"== leak_demo clean: exit {rc}\n{out}")
        if rc != 0 or "leak of" in out:
            failures.append("a program that frees what it made is reported as leaking: "
                            "a suppression is missing for a library's own allocation")

        rc, out = run(demo, "leak", supp, display)
        print(f"== leak_demo leak: exit {rc}\n{out}")
        # "Direct leak of N byte(s) in M object(s)": the surface headers
        # (SDL_Surface, calloc'd by SDL) and the string must be among them.
        direct = [(int(b), int(n)) for b, n in
                  re.findall(r"Direct leak of (\d+) byte\(s\) in (\d+) object\(s\)", out)]
        objects = sum(n for _, n in direct)
        if rc != 23:
            failures.append(f"forgotten SDL objects were not reported (exit {rc}, expected 23)")
        if objects < 12:
            failures.append(f"only {objects} leaked objects reported; expected the ten surfaces, "
                            "the rendered text and the string")
        if "SDL2-2.0.so" in out.split("Suppressions used:")[-1]:
            failures.append("a suppression naming libSDL2 hides our leaks")
    finally:
        xvfb.kill()
        xvfb.wait()
    for f in failures:
        print("FAIL:", f)
    print("lsan_supp:", "failed" if failures else "passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
