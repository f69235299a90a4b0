#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""bench/rss.py — where the resident memory goes, beside the floor.

Starts bench/floor.c and the window (and the kiosk) under Xvfb, waits 5 s,
and prints /proc/PID/smaps_rollup (Rss, Pss, anonymous, file) and the
mappings grouped by file (heap, anonymous, each library, each font, SHM),
with the difference to the floor. Asserts nothing.

  bench/rss.py [--build build] [--wait 5] [--top 25] [--kiosk]
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "ui"))
import uitest  # noqa: E402


def rollup(pid):
    out = {}
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3 and parts[-1] == "kB":
                out[parts[0].rstrip(":")] = int(parts[1])
    return out


def by_mapping(pid):
    """Rss and Pss in kB per mapped file (or [heap], [anon], ...)."""
    groups = collections.defaultdict(lambda: [0, 0, 0])
    name = None
    with open(f"/proc/{pid}/smaps") as f:
        for line in f:
            parts = line.split()
            if not parts:
                continue
            if "-" in parts[0] and not parts[0].endswith(":"):
                name = parts[5] if len(parts) > 5 else "[anon]"
                if name.startswith("/dev/shm") or "SYSV" in name:
                    name = "[shm] " + name
                continue
            if parts[0] == "Rss:":
                groups[name][0] += int(parts[1])
            elif parts[0] == "Pss:":
                groups[name][1] += int(parts[1])
            elif parts[0] == "Anonymous:":
                groups[name][2] += int(parts[1])
    return groups


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--wait", type=float, default=5)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--kiosk", action="store_true")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="uh-rss-")
    floor = os.path.join(work, "floor")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "sdl2", "SDL2_ttf"], capture_output=True,
                           text=True, check=True).stdout.split()
    subprocess.run(["cc", "-O2", "-o", floor, os.path.join(HERE, "floor.c")] + flags, check=True)
    cfg = os.path.join(work, "config.json")
    with open(cfg, "w") as f:
        json.dump({"paths": {"scenarios": os.path.join(ROOT, "scenarios")}}, f)
    subprocess.run([os.path.join(args.build, "unhooked"), "set-pin", "--config", cfg],
                   input="246810\n246810\n", text=True, check=True, capture_output=True)
    xvfb = uitest.Xvfb(1920, 1080)
    env = dict(os.environ, DISPLAY=xvfb.display, SDL_AUDIODRIVER="dummy",
               UNHOOKED_CERT_DIR=os.path.join(work, "certs"))
    env.pop("UNHOOKED_CONFIG", None)
    env.pop("NOTIFY_SOCKET", None)
    exe = os.path.join(args.build, "unhooked")
    base = [exe, "--config", os.path.join(work, "config.json"), "--db", os.path.join(work, "rss.db")]
    programs = {"floor": [floor, "1920", "1080"], "window": base + ["--size", "1920x1080"]}
    if args.kiosk:
        programs["kiosk"] = base + ["--kiosk"]
    seen = {}
    try:
        for name, cmd in programs.items():
            p = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            time.sleep(args.wait)
            if p.poll() is not None:
                raise SystemExit(f"{name} exited: {p.stderr.read().decode()}")
            seen[name] = (rollup(p.pid), by_mapping(p.pid))
            p.terminate()
            p.wait(10)
    finally:
        xvfb.stop()
    keys = ("Rss", "Pss", "Pss_Anon", "Pss_File", "Anonymous", "Shared_Clean", "Private_Clean", "Private_Dirty")
    print("| smaps_rollup, MB | " + " | ".join(seen) + " |")
    print("|---" * (len(seen) + 1) + "|")
    for k in keys:
        print(f"| {k} | " + " | ".join(f"{s[0].get(k, 0) / 1024:.1f}" for s in seen.values()) + " |")
    fl = seen["floor"][1]
    for name, (_, maps) in seen.items():
        if name == "floor":
            continue
        print(f"\n{name}: Rss by mapping, kB (floor beside it; Δ = {name} − floor)")
        rows = sorted(set(maps) | set(fl), key=lambda n: -(maps.get(n, [0])[0] - fl.get(n, [0])[0]))
        total = 0
        for n in rows[:args.top]:
            a, b = maps.get(n, [0, 0, 0]), fl.get(n, [0, 0, 0])
            total += a[0] - b[0]
            print(f"  {a[0]:7d} {b[0]:7d} Δ{a[0] - b[0]:+7d}  anon {a[2]:6d}  {n}")
        print(f"  total Δ {sum(v[0] for v in maps.values()) - sum(v[0] for v in fl.values()):+d} kB")


if __name__ == "__main__":
    main()
