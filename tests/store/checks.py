# SPDX-License-Identifier: Apache-2.0
"""checks.py — what the results tests written in Python share: named
checks that print "ok"/"FAIL" lines and end with "N passed, N failed",
and a free port on the loopback address."""
import socket
import sys


class Checks:
    def __init__(self):
        self.passed, self.failed = 0, []

    def __call__(self, name, cond, detail=""):
        if cond:
            self.passed += 1
            print(f"ok   {name}")
        else:
            self.failed.append(name)
            print(f"FAIL {name} {str(detail)[:600]}")
        return cond

    def finish(self):
        """Prints the closing count and exits 1 when any check failed."""
        print(f"{self.passed} passed, {len(self.failed)} failed")
        sys.exit(1 if self.failed else 0)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port
