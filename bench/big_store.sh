#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# bench/big_store.sh MAKE_DATASET DB N — a results store of N attempts for
# the export and sync benchmarks: the test data set (tests/store, 50
# attempts) copied over and over with fresh UUIDs, each copy a second
# earlier than the last, choices and all, times written as the store writes
# them. Needs the sqlite3 program.
#
#   bench/big_store.sh build/tests/store/uh_make_dataset /tmp/big.db 100000
set -eu
make_dataset=$1 db=$2 n=$3
rm -f "$db" "$db-wal" "$db-shm" "$db-lock"
"$make_dataset" "$db"
base=$(sqlite3 "$db" "SELECT count(*) FROM attempts")
copies=$(( (n + base - 1) / base - 1 ))
sqlite3 "$db" >/dev/null <<SQL
PRAGMA journal_mode = WAL; -- quiet below
PRAGMA synchronous = OFF;
BEGIN;
CREATE TEMP TABLE base AS SELECT * FROM attempts;
CREATE TEMP TABLE base_choices AS SELECT * FROM choices;
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < $copies)
INSERT INTO attempts (uuid, trainee, anonymous, cohort, mode, scenario, scenario_hash, title,
                      started_at, started_ms, ended_at, ended_ms, completed, ending, reported,
                      hook, hook_at_report, score, passed, result_json, saved_at)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
             || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       trainee, anonymous, cohort, mode, scenario, scenario_hash, title,
       strftime(CASE WHEN started_ms % 1000 THEN '%Y-%m-%dT%H:%M:%fZ' ELSE '%Y-%m-%dT%H:%M:%SZ' END,
                (started_ms - i * 1000) / 1000.0, 'unixepoch'), started_ms - i * 1000,
       strftime(CASE WHEN ended_ms % 1000 THEN '%Y-%m-%dT%H:%M:%fZ' ELSE '%Y-%m-%dT%H:%M:%SZ' END,
                (ended_ms - i * 1000) / 1000.0, 'unixepoch'), ended_ms - i * 1000,
       completed, ending, reported, hook, hook_at_report, score, passed, result_json,
       'bench:' || b.id
FROM k, base b;
INSERT INTO choices (attempt_id, seq, scene, position)
SELECT a.id, c.seq, c.scene, c.position FROM attempts a
JOIN base_choices c ON c.attempt_id = CAST(substr(a.saved_at, 7) AS INTEGER)
WHERE a.saved_at LIKE 'bench:%';
UPDATE attempts SET saved_at = started_at WHERE saved_at LIKE 'bench:%';
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
echo "big_store: $(sqlite3 "$db" "SELECT count(*) FROM attempts") attempts in $db ($(du -h "$db" | cut -f1))"
