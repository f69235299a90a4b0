#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Start time, memory, idle CPU and frame time of the trainee window, beside
the bare SDL floor (bench/floor.c), under Xvfb. Prints figures; asserts
nothing.

For each program, interleaved, `--rounds` times (medians are printed):
  start ms   exec to the first frame presented (the program prints the
             wall-clock time right after its first SDL_RenderPresent, which
             on X11 returns once the image is sent to the server)
  PSS MB     /proc/PID/smaps_rollup, 5 s after start
  idle CPU   user+system time from /proc/PID/stat over the next --idle s
  frame ms   median time to draw and present one frame at the window size
             (60 forced redraws right after the first frame)

    bench/bench.py --binary build/unhooked [--rounds 5] [--idle 30] [--size 1920x1080]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "ui"))
import uitest  # noqa: E402  (Xvfb)


def build_floor(work):
    out = os.path.join(work, "floor")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "sdl2", "SDL2_ttf"], capture_output=True,
                           text=True, check=True).stdout.split()
    subprocess.run(["cc", "-O2", "-o", out, os.path.join(HERE, "floor.c")] + flags, check=True)
    return out


def measure(cmd, env, idle):
    env = dict(env, UNHOOKED_BENCH="1", UNHOOKED_BENCH_FRAMES="60")
    t0 = time.time()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    first = frame = None
    while first is None or frame is None:
        line = p.stderr.readline()
        if not line:
            raise RuntimeError(f"{cmd[0]} exited early")
        if "first_frame_at=" in line:
            first = float(line.split("first_frame_at=")[1].split()[0])
        if "frame_ms_median=" in line:
            frame = float(line.split("frame_ms_median=")[1].split()[0])
    time.sleep(max(0.0, 5 - (time.time() - t0)))
    with open(f"/proc/{p.pid}/smaps_rollup") as f:
        pss = next(int(l.split()[1]) for l in f if l.startswith("Pss:")) / 1024

    def cpu():
        with open(f"/proc/{p.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    c0, w0 = cpu(), time.time()
    time.sleep(idle)
    idle_cpu = (cpu() - c0) / (time.time() - w0) * 100
    p.terminate()
    try:
        p.wait(5)
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()
    return {"start": (first - t0) * 1000, "pss": pss, "idle": idle_cpu, "frame": frame}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", required=True)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--idle", type=float, default=30)
    ap.add_argument("--size", default="1920x1080")
    args = ap.parse_args()
    if not shutil.which("Xvfb"):
        print("Xvfb is not installed (apt-get install xvfb)")
        return 1
    w, h = map(int, args.size.split("x"))
    work = tempfile.mkdtemp(prefix="unhooked-bench-")
    floor = build_floor(work)
    xvfb = uitest.Xvfb(w, h)
    env = dict(os.environ, DISPLAY=xvfb.display, SDL_AUDIODRIVER="dummy")
    env.pop("UNHOOKED_CONFIG", None)
    programs = {
        "bare SDL floor (bench/floor.c)": [floor, str(w), str(h)],
        "unhooked (welcome screen)": [os.path.abspath(args.binary), "--db", os.path.join(work, "r.db"),
                                      "--size", f"{w}x{h}"],
    }
    results = {name: [] for name in programs}
    try:
        # Warm the page cache once, then interleave.
        for cmd in programs.values():
            measure(cmd, env, 0.1)
        for r in range(args.rounds):
            for name, cmd in programs.items():
                results[name].append(measure(cmd, env, args.idle))
                print(f"round {r + 1}: {name}: {results[name][-1]}", file=sys.stderr)
    finally:
        xvfb.stop()
        shutil.rmtree(work, ignore_errors=True)
    print(f"Xvfb {w}x{h}, software renderer, medians of {args.rounds} interleaved runs, idle over {args.idle:g} s")
    print(f"{'program':34} {'start ms':>9} {'PSS MB':>8} {'idle CPU':>9} {'frame ms':>9}")
    for name, rs in results.items():
        med = {k: statistics.median(x[k] for x in rs) for k in rs[0]}
        print(f"{name:34} {med['start']:9.0f} {med['pss']:8.1f} {med['idle']:8.2f}% {med['frame']:9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
