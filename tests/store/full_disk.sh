#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# full_disk.sh UNHOOKED MAKE_DATASET SCENARIO ANSWERS — run by test_cli.py
# under `unshare --mount`: a healthy store on an 8 MB tmpfs that is then
# filled up. Reading and writing must fail with a clear message and leave
# the store as it was; with space freed, everything must be there.
# Exit 77 when no tmpfs can be mounted here (not root, no CAP_SYS_ADMIN).
set -u
exe=$1 make_dataset=$2 scenario=$3 answers=$4
dir=$(mktemp -d)
trap 'umount "$dir" 2>/dev/null; rmdir "$dir"' EXIT
mount -t tmpfs -o size=8m tmpfs "$dir" 2>/dev/null || { echo "cannot mount a tmpfs" >&2; exit 77; }
"$make_dataset" "$dir/r.db" || exit 1
dd if=/dev/zero of="$dir/fill" bs=4k 2>/dev/null
fail=0
out=$("$exe" report --db "$dir/r.db" 2>&1) && { echo "report on a full disk succeeded: $out"; fail=1; }
case $out in *"No space left on device"*) ;; *) echo "report: no reason given: $out"; fail=1 ;; esac
out=$("$exe" run "$scenario" --answers "$answers" --trainee E1 --db "$dir/r.db" 2>&1 >/dev/null) &&
    { echo "run on a full disk succeeded"; fail=1; }
case $out in *"No space left on device"*|*"disk is full"*) ;; *) echo "run: no reason given: $out"; fail=1 ;; esac
ls "$dir" | grep -q corrupt && { echo "set aside on a full disk: $(ls "$dir")"; fail=1; }
rm "$dir/fill"
out=$("$exe" report --db "$dir/r.db" 2>&1) || { echo "report after freeing space: $out"; fail=1; }
case $out in *"40 attempts"*) ;; *) echo "after freeing space: $out"; fail=1 ;; esac
out=$("$exe" run "$scenario" --answers "$answers" --trainee E1 --db "$dir/r.db" 2>&1 >/dev/null) ||
    { echo "run after freeing space: $out"; fail=1; }
[ $fail = 0 ] && echo "full disk: ok"
exit $fail
