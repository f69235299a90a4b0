#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The window's `--only AUDIENCE[,AUDIENCE]`: a typo or a missing value is a
# usage error (exit 2, before any window opens) that names the bad id and
# lists the known ones. usage: window_only.sh PATH-TO-unhooked
exe=$1
fail=0
out=$("$exe" --only research,spies 2>&1 >/dev/null); rc=$?
case "$out" in
*"--only: unknown audience 'spies'"*"leavers"*) [ $rc -eq 2 ] && echo "ok   unknown audience -> 2" ||
    { echo "FAIL unknown audience: rc=$rc"; fail=1; } ;;
*) echo "FAIL unknown audience: $out"; fail=1 ;;
esac
"$exe" --only >/dev/null 2>&1; [ $? -eq 2 ] && echo "ok   --only without a value -> 2" ||
    { echo "FAIL --only without a value"; fail=1; }
out=$("$exe" --only , 2>&1 >/dev/null); rc=$?
case "$out" in *"one or more audience ids"*) [ $rc -eq 2 ] && echo "ok   empty list -> 2" ||
    { echo "FAIL empty list rc=$rc"; fail=1; } ;;
*) echo "FAIL empty list: $out"; fail=1 ;; esac
"$exe" help | grep -q -- "--only AUDIENCE" && echo "ok   help mentions --only" ||
    { echo "FAIL help does not mention --only"; fail=1; }
exit $fail
