#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""bench/gen_store.py — a large results store for bench/run, when the
store's own generator (build/tests/store/uh_gen_store, which saves through
the store's save path and keeps its tallies) is not built.

Records a few dozen real attempts with `unhooked run --trainee` (random
plays of three shipped scenarios from `unhooked batch --answers-out`), then
doubles every table that belongs to attempts with INSERT ... SELECT until
there are N: each copy gets its own id, uuid and trainee, an hour earlier
per doubling. Statements in the outbox are copied with the attempts.

    bench/gen_store.py --binary build/unhooked --attempts 100000 STORE.db
"""
import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCENARIOS = ("linkedin-think-tank", "paid-paper", "honey-trap-trip")


def seed_attempts(binary, db, work):
    env = dict(os.environ)
    env.pop("UNHOOKED_CONFIG", None)
    for i, sc in enumerate(SCENARIOS):
        path = os.path.join(ROOT, "scenarios", sc + ".lua")
        plays = os.path.join(work, f"{sc}.jsonl")
        subprocess.run([binary, "batch", path, "--random", "8", "--seed", str(i + 1), "--answers-out", plays],
                       env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(plays) as f:
            for k, line in enumerate(f):
                one = os.path.join(work, "one.json")
                with open(one, "w") as o:
                    o.write(line)
                subprocess.run([binary, "run", path, "--answers", one, "--seed", str(i + 1), "--trainee",
                                f"E{i}{k:03d}", "--cohort", f"C{k % 4}", "--db", db], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def double(con, k):
    """Copies every attempt and what belongs to it once; k makes the copies unique."""
    m = con.execute("SELECT max(id) FROM attempts").fetchone()[0]
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                        "AND name NOT LIKE 'sqlite_%'")]
    for t in ["attempts"] + [t for t in tables if t != "attempts"]:
        info = con.execute(f"PRAGMA table_info({t})").fetchall()
        cols = [r[1] for r in info]
        if t != "attempts" and "attempt_id" not in cols:
            continue
        exprs = []
        for _, name, typ, _, _, pk in info:
            if t == "attempts" and name == "id":
                e = f"id + {m}"
            elif name == "attempt_id":
                e = f"attempt_id + {m}"
            elif t == "attempts" and name == "uuid":
                e = f"uuid || '-{k}'"
            elif t == "attempts" and name == "trainee":
                e = f"trainee || '.{k}'"
            elif t == "attempts" and name in ("started_ms", "ended_ms"):
                e = f"{name} - {k} * 3600000"
            elif pk and typ.upper() == "INTEGER" and sum(1 for r in info if r[5]) == 1:
                e = "NULL"
            elif pk and typ.upper() == "TEXT":
                e = f"{name} || '-{k}'"
            else:
                e = name
            exprs.append(e)
        where = f"attempt_id <= {m}" if t != "attempts" else f"id <= {m}"
        con.execute(f"INSERT INTO {t} ({', '.join(cols)}) SELECT {', '.join(exprs)} FROM {t} WHERE {where}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", required=True)
    ap.add_argument("--attempts", type=int, default=100000)
    ap.add_argument("db")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as work:
        seed_attempts(args.binary, args.db, work)
    con = sqlite3.connect(args.db)
    con.execute("PRAGMA journal_mode = WAL")
    k = 0
    while con.execute("SELECT count(*) FROM attempts").fetchone()[0] < args.attempts:
        k += 1
        with con:
            double(con, k)
    n = con.execute("SELECT count(*) FROM attempts").fetchone()[0]
    with con:  # down to the number asked for, newest kept
        con.execute("DELETE FROM attempts WHERE id NOT IN (SELECT id FROM attempts ORDER BY started_ms DESC "
                    f"LIMIT {args.attempts})")
        for t in [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]:
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({t})")]
            if t != "attempts" and "attempt_id" in cols:
                con.execute(f"DELETE FROM {t} WHERE attempt_id NOT IN (SELECT id FROM attempts)")
    con.close()
    print(f"{args.db}: {min(n, args.attempts)} attempts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
