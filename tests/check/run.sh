#!/bin/sh
# `unhooked check` against one file per problem class. Each file's first
# line says what the checker must report ("-- expect: ..."); a file that
# expects nothing must pass. bytecode.lua is binary and expects a refusal.
exe=$1
dir=$(dirname "$0")
fail=0
for f in "$dir"/*.lua; do
    name=$(basename "$f")
    if [ "$name" = bytecode.lua ]; then
        expect="precompiled (bytecode) chunks are refused"
    else
        expect=$(head -n 1 "$f" | sed -n 's/^-- expect: //p')
    fi
    out=$("$exe" check "$f" 2>/dev/null)
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
"$exe" check "$dir/does-not-exist.lua" >/dev/null 2>&1; [ $? -eq 1 ] && echo "ok   missing file -> 1" || { echo "FAIL missing file"; fail=1; }
# Two files with the same id, loaded together.
tmp=$(mktemp -d)
cp "$dir/ok-minimal.lua" "$tmp/a.lua"; cp "$dir/ok-minimal.lua" "$tmp/b.lua"
out=$("$exe" check "$tmp" 2>/dev/null); rc=$?
rm -rf "$tmp"
case "$out" in *"duplicate scenario id 'ok-minimal'"*) [ $rc -eq 1 ] && echo "ok   duplicate scenario ids" || { echo "FAIL duplicate ids rc"; fail=1; } ;;
*) echo "FAIL duplicate scenario ids: $out"; fail=1 ;; esac
exit $fail
