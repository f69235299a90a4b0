#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""bench/libcurl_start.py UNHOOKED [OTHER_UNHOOKED] [RUNS] — how long the
program takes to start and exit (`unhooked version`: nearly all of it is
loading libraries), and how many libraries it loads. Give a build that
links libcurl as OTHER_UNHOOKED to compare: the two are run in turn, RUNS
times each (default 300), and the minimum and median are printed, which
hold up on a busy machine better than the mean. Asserts nothing."""
import statistics
import subprocess
import sys
import time

exes = [a for a in sys.argv[1:] if not a.isdigit()]
runs = int(next((a for a in sys.argv[1:] if a.isdigit()), "300"))
times = {e: [] for e in exes}
for _ in range(runs):
    for e in exes:
        t = time.perf_counter()
        subprocess.run([e, "version"], stdout=subprocess.DEVNULL, check=True)
        times[e].append((time.perf_counter() - t) * 1000)
for e in exes:
    libs = subprocess.run(["ldd", e], capture_output=True, text=True).stdout
    print(f"{e}: {libs.count(chr(10))} libraries, libcurl {'linked' if 'libcurl' in libs else 'not linked'}; "
          f"start and exit: min {min(times[e]):.1f} ms, median {statistics.median(times[e]):.1f} ms "
          f"({runs} runs)")
