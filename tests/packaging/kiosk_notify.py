#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The kiosk speaks systemd's notify protocol the way unhooked-kiosk.service
(Type=notify, WatchdogSec) needs: READY=1 once the first screen is up,
WATCHDOG=1 at a third of the watchdog period from the event loop, and
STOPPING=1 when SIGTERM (what `systemctl stop` sends) ends it cleanly.

A socket here stands in for systemd; the real `unhooked --kiosk` runs under
Xvfb. usage: kiosk_notify.py PATH-TO-UNHOOKED. Exit 0 passed, 1 failed,
77 skipped (no Xvfb)."""
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

WATCHDOG_S = 1.5  # short, so the test is quick; the unit uses 30 s


def main():
    exe = sys.argv[1]
    if not shutil.which("Xvfb"):
        print("skip: Xvfb is not installed")
        return 77
    tmp = tempfile.mkdtemp(prefix="uh-notify-")
    failures = []
    rfd, wfd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(wfd), "-screen", "0", "1280x720x24",
                             "-nolisten", "tcp"], pass_fds=(wfd,), stderr=subprocess.DEVNULL)
    os.close(wfd)
    display = os.read(rfd, 16).decode().strip()
    os.close(rfd)
    kiosk = None
    try:
        sock_path = os.path.join(tmp, "notify")
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        sock.bind(sock_path)
        env = dict(os.environ, DISPLAY=":" + display, NOTIFY_SOCKET=sock_path,
                   WATCHDOG_USEC=str(int(WATCHDOG_S * 1e6)), HOME=tmp, XDG_DATA_HOME=tmp)
        env.pop("WATCHDOG_PID", None)
        env.pop("UNHOOKED_CONFIG", None)
        start = time.monotonic()
        kiosk = subprocess.Popen([exe, "--kiosk", "--db", os.path.join(tmp, "results.db")],
                                 env=env, stderr=subprocess.PIPE, text=True)

        def receive(until):
            got = []
            while True:
                left = until - time.monotonic()
                if left <= 0:
                    return got
                sock.settimeout(left)
                try:
                    msg = sock.recv(256).decode()
                except socket.timeout:
                    return got
                got.append((time.monotonic() - start, msg))

        def receive_one(until):
            left = until - time.monotonic()
            sock.settimeout(max(left, 0.01))
            try:
                msg = sock.recv(256).decode()
            except socket.timeout:
                return []
            return [(time.monotonic() - start, msg)]

        # READY=1 first, within a generous start-up time (ASan builds are slow).
        first = receive_one(start + 30)
        if not first or first[0][1] != "READY=1":
            failures.append(f"expected READY=1 first, got {first}")
        else:
            ready_at = first[0][0]
            print(f"READY=1 after {ready_at:.2f} s")
            pings = receive(time.monotonic() + 2.2 * WATCHDOG_S)
            times = [t for t, m in pings if m == "WATCHDOG=1"]
            # A ping every WATCHDOG_S/3: at least four in 2.2 periods, none late.
            if len(times) < 4:
                failures.append(f"only {len(times)} pings in {2.2 * WATCHDOG_S:.1f} s: {pings}")
            gaps = [b - a for a, b in zip([ready_at] + times, times)]
            if gaps and max(gaps) > WATCHDOG_S / 2:
                failures.append(f"a ping came {max(gaps):.2f} s after the one before")
            print(f"{len(times)} pings, largest gap {max(gaps) if gaps else 0:.2f} s")
        kiosk.send_signal(signal.SIGTERM)
        try:
            kiosk.wait(timeout=15)
        except subprocess.TimeoutExpired:
            failures.append("SIGTERM did not end the kiosk")
        rest = receive(time.monotonic() + 0.5)
        if "STOPPING=1" not in [m for _, m in rest]:
            failures.append(f"no STOPPING=1 after SIGTERM: {rest}")
        if kiosk.returncode != 0:
            failures.append(f"exit status {kiosk.returncode} after SIGTERM: {kiosk.stderr.read()}")
    finally:
        if kiosk and kiosk.poll() is None:
            kiosk.kill()
            kiosk.wait()
        xvfb.terminate()
        xvfb.wait()
        shutil.rmtree(tmp, ignore_errors=True)
    for f in failures:
        print("FAIL", f)
    if not failures:
        print("ok   kiosk notify")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
