#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# bench/export.sh UNHOOKED MAKE_DATASET [N...] — time and peak memory of
# `unhooked export` in each format on stores of N attempts (default 100000),
# made by bench/big_store.sh. Prints figures; asserts nothing. Wall time
# depends on how busy the machine is; CPU time (user + system) is the
# program's own work. The export streams, so the peak should not grow
# with N.
#
#   bench/export.sh build/unhooked build/tests/store/uh_make_dataset 100000 1000000
set -eu
exe=$1 make_dataset=$2
shift 2
[ $# -gt 0 ] || set -- 100000
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for n in "$@"; do
    "$here/big_store.sh" "$make_dataset" "$tmp/big.db" "$n"
    for f in csv json xapi; do
        /usr/bin/time -f "export --format $f, $n attempts: %e s wall, %U s user + %S s system, peak %M KiB" \
            "$exe" export --format "$f" --db "$tmp/big.db" -o "$tmp/out" 2>&1 | grep -v written
        echo "  $(du -h "$tmp/out" | cut -f1) written"
        rm -f "$tmp/out"
    done
done
