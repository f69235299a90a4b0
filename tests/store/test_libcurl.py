#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""test_libcurl.py UNHOOKED — libcurl is loaded only by `unhooked sync`
(issue 16): the program is not linked with it, every other command runs
without it, and a sync without it fails with an error that says what to
install, leaving the outbox as it was. The same for libzip (and the
OpenSSL libcrypto it brings), loaded only by `unhooked package`."""
import os
import sqlite3
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import Checks  # noqa: E402

exe = sys.argv[1]
check = Checks()

ldd = subprocess.run(["ldd", exe], capture_output=True, text=True)
check("ldd: the program is not linked with libcurl", ldd.returncode == 0 and "libcurl" not in ldd.stdout,
      ldd.stdout)

tmp = tempfile.mkdtemp(prefix="uh-curl-")
db = os.path.join(tmp, "results.db")
env = dict(os.environ, UNHOOKED_LIBCURL=os.path.join(tmp, "no-such-libcurl.so.4"))
answers = os.path.join(tmp, "answers.json")
with open(answers, "w") as f:
    f.write('{"choices": [1]}')
src = os.environ.get("UNHOOKED_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
scenario = os.path.join(src, "scenarios", "paid-paper.lua")
r = subprocess.run([exe, "run", scenario, "--answers", answers, "--trainee", "E1", "--db", db],
                   capture_output=True, text=True, env=env, timeout=60)
check("run --trainee works without libcurl", "saved attempt 1" in r.stderr, r.stderr)
r = subprocess.run([exe, "export", "--format", "xapi", "--db", db], capture_output=True, text=True,
                   env=env, timeout=60)
check("export works without libcurl", r.returncode == 0 and r.stdout.startswith("["), r.stderr)
r = subprocess.run([exe, "sync", "--lrs", "http://127.0.0.1:9/xapi/", "--db", db], capture_output=True,
                   text=True, env=env, timeout=60)
check("sync without libcurl: exit 1, says what is missing and what to install",
      r.returncode == 1 and "cannot load libcurl" in r.stderr and "no-such-libcurl.so.4" in r.stderr
      and "libcurl4" in r.stderr, f"rc={r.returncode} {r.stderr}")
with sqlite3.connect(db) as con:
    queued = con.execute("SELECT count(*) FROM outbox").fetchone()[0]
check("... and leaves the outbox as it was", queued == 0, queued)
r = subprocess.run([exe, "sync", "--lrs", "http://127.0.0.1:9/xapi/", "--db", db], capture_output=True,
                   text=True, timeout=60)
check("sync with Debian's libcurl loads it: the statements are queued, the LRS is offline",
      r.returncode == 1 and "no answer" in r.stderr, f"rc={r.returncode} {r.stderr}")

check("ldd: the program is not linked with libzip nor libcrypto",
      ldd.returncode == 0 and "libzip" not in ldd.stdout and "libcrypto" not in ldd.stdout, ldd.stdout)
player = os.path.join(tmp, "player")
os.makedirs(os.path.join(player, "i18n"))
for name in ("index.html", "player.css", "player.js", "lms.js", "core.js", "i18n.js", "unhooked-core.js",
             "unhooked-core.wasm", "cmi5.umd.js", "i18n/de.js"):
    with open(os.path.join(player, name), "w") as f:
        f.write(f"stand-in {name}\n")
out = os.path.join(tmp, "course.zip")
package = [exe, "package", "--cmi5", "-o", out, "--player", player, "--scenario", "paid-paper"]
r = subprocess.run(package, capture_output=True, text=True, timeout=60, cwd=src,
                   env=dict(os.environ, UNHOOKED_LIBZIP=os.path.join(tmp, "no-such-libzip.so.4")))
check("package without libzip: exit 1, says what is missing and what to install, writes nothing",
      r.returncode == 1 and "cannot load libzip" in r.stderr and "no-such-libzip.so.4" in r.stderr
      and "libzip4" in r.stderr and not os.path.exists(out), f"rc={r.returncode} {r.stderr}")
r = subprocess.run(package, capture_output=True, text=True, timeout=60, cwd=src)
with open(out, "rb") if os.path.exists(out) else open(os.devnull, "rb") as f:
    magic = f.read(4)
check("package with Debian's libzip loads it and writes the archive",
      r.returncode == 0 and magic == b"PK\x03\x04", f"rc={r.returncode} {r.stderr}")

check.finish()
