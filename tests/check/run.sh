#!/bin/sh
# `unhooked check` against one file per problem class. Each file's first
# line says what the checker must report ("-- expect: ..."); a file that
# expects nothing must pass. bytecode.lua is binary and expects a refusal.
# The files run with time limits far above the instruction budget
# (unhurried.json), so a busy test machine cannot turn the budget message
# of load-budget.lua into a time-limit message.
exe=$1
dir=$(dirname "$0")
cfg="$dir/unhurried.json"
fail=0
for f in "$dir"/*.lua; do
    name=$(basename "$f")
    if [ "$name" = bytecode.lua ]; then
        expect="precompiled (bytecode) chunks are refused"
    else
        expect=$(head -n 1 "$f" | sed -n 's/^-- expect: //p')
    fi
    out=$("$exe" check --config "$cfg" "$f" 2>/dev/null)
    rc=$?
    case "$expect" in
    nothing*)
        if [ $rc -ne 0 ]; then echo "FAIL $name: expected no problems, got rc=$rc: $out"; fail=1; continue; fi ;;
    *)
        if [ $rc -ne 1 ]; then echo "FAIL $name: exit status $rc, expected 1"; fail=1; continue; fi
        case "$out" in
        *"$f"*"$expect"*) ;;
        *) echo "FAIL $name: output does not name the file with \"$expect\": $out"; fail=1; continue ;;
        esac ;;
    esac
    echo "ok   $name"
done
# Usage errors exit 2; a missing path is a problem (exit 1).
"$exe" check >/dev/null 2>&1; [ $? -eq 2 ] && echo "ok   no arguments -> 2" || { echo "FAIL no arguments"; fail=1; }
"$exe" check --bogus x >/dev/null 2>&1; [ $? -eq 2 ] && echo "ok   unknown option -> 2" || { echo "FAIL unknown option"; fail=1; }
"$exe" check "" >/dev/null 2>&1; [ $? -eq 2 ] && echo "ok   empty argument -> 2" || { echo "FAIL empty argument"; fail=1; }
"$exe" version extra >/dev/null 2>&1; [ $? -eq 2 ] && echo "ok   version with an argument -> 2" || { echo "FAIL version with an argument"; fail=1; }
"$exe" --version extra >/dev/null 2>&1; [ $? -eq 2 ] && echo "ok   --version with an argument -> 2" || { echo "FAIL --version with an argument"; fail=1; }
"$exe" check "$dir/does-not-exist.lua" >/dev/null 2>&1; [ $? -eq 1 ] && echo "ok   missing file -> 1" || { echo "FAIL missing file"; fail=1; }
# Two files with the same id, loaded together.
tmp=$(mktemp -d)
cp "$dir/ok-minimal.lua" "$tmp/a.lua"; cp "$dir/ok-minimal.lua" "$tmp/b.lua"
out=$("$exe" check "$tmp" 2>/dev/null); rc=$?
rm -rf "$tmp"
case "$out" in *"duplicate scenario id 'ok-minimal'"*) [ $rc -eq 1 ] && echo "ok   duplicate scenario ids" || { echo "FAIL duplicate ids rc"; fail=1; } ;;
*) echo "FAIL duplicate scenario ids: $out"; fail=1 ;; esac
# Issue 10, item 15: a named pipe called *.lua in the folder hung the
# reader (and the window before the watchdog started); a device was read
# until memory ran out. Only regular files are read.
tmp=$(mktemp -d)
cp "$dir/ok-minimal.lua" "$tmp/a.lua"; mkfifo "$tmp/pipe.lua"
out=$(timeout 60 "$exe" check "$tmp" 2>/dev/null); rc=$?
case "$out" in *"$tmp/pipe.lua: cannot read: not a regular file (a named pipe)"*) [ $rc -eq 1 ] && echo "ok   named pipe in the folder" || { echo "FAIL named pipe rc=$rc"; fail=1; } ;;
*) echo "FAIL named pipe in the folder (rc=$rc): $out"; fail=1 ;; esac
out=$(timeout 60 "$exe" check /dev/zero 2>/dev/null); rc=$?
case "$out" in *"/dev/zero: cannot read: not a regular file (a device)"*) [ $rc -eq 1 ] && echo "ok   a device" || { echo "FAIL device rc=$rc"; fail=1; } ;;
*) echo "FAIL a device (rc=$rc): $out"; fail=1 ;; esac
# Issue 10, item 5: `check FOLDER` names each file on stderr as it goes, so
# a file that takes long is seen while it does.
cp "$dir/ok-minimal.lua" "$tmp/b.lua"  # the same id: b has one problem
err=$("$exe" check --config "$cfg" "$tmp/a.lua" "$tmp/b.lua" 2>&1 >/dev/null)
case "$err" in *"$tmp/a.lua - ok"*"$tmp/b.lua - 1 problem"*) echo "ok   each file named as it is checked" ;;
*) echo "FAIL each file named as it is checked: $err"; fail=1 ;; esac
# A file over the size limit is refused by its size, unread.
truncate -s 17M "$tmp/huge.lua"
out=$(timeout 60 "$exe" check "$tmp/huge.lua" 2>/dev/null); rc=$?
case "$out" in *"more than the limit"*) [ $rc -eq 1 ] && echo "ok   a file over the size limit" || { echo "FAIL size limit rc=$rc"; fail=1; } ;;
*) echo "FAIL a file over the size limit (rc=$rc): $out"; fail=1 ;; esac
rm -rf "$tmp"
exit $fail
