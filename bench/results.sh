#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# results.sh — the results store at scale: generates a store of N attempts
# (three years, N/20 trainees, a directory a tenth larger), then prints the
# time and memory of the admin screen's summary and of `unhooked report`
# (text, HTML, filtered). Prints figures; asserts nothing.
#
#   bench/results.sh BUILD_DIR [ATTEMPTS] [WORK_DIR]
#
# ATTEMPTS defaults to 100000 (about 30 s to generate on 2 cores; a
# million takes about 5 minutes and 1.9 GB of disk). A store already at
# WORK_DIR/store-N.db is reused.
set -eu
build=${1:?usage: bench/results.sh BUILD_DIR [ATTEMPTS] [WORK_DIR]}
n=${2:-100000}
work=${3:-${TMPDIR:-/tmp}/unhooked-bench}
mkdir -p "$work"
db=$work/store-$n.db
if [ ! -f "$db" ]; then
    echo "generating $n attempts in $db"
    "$build/tests/store/uh_gen_store" "$db" --attempts "$n" --directory "$work/people-$n.csv"
    "$build/unhooked" directory import "$work/people-$n.csv" --db "$db"
fi
echo "store: $(du -h "$db" | cut -f1)"
echo "--- the admin screen's summary (store open for writing, as in the kiosk)"
"$build/tests/store/uh_bench_summary" "$db" --brief --repeat 3
echo "--- the report's summary"
"$build/tests/store/uh_bench_summary" "$db" --repeat 2
for args in "" "--html $work/report.html" "--since 2026-06-01" "--json"; do
    # shellcheck disable=SC2086
    /usr/bin/time -f "unhooked report $args: %e s, %U s user + %S s system, %M KB peak" \
        "$build/unhooked" report --db "$db" $args > /dev/null
done
