#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# tools/readability.py on small fixtures: plain texts pass (exit 0); a long
# scene and hard debrief texts are each named with the file (exit 1); a file
# that does not load exits 2. Exit 77 when there is no Lua 5.4 interpreter.
tool=$1
dir=$(dirname "$0")
command -v lua5.4 >/dev/null 2>&1 || { echo "skip: no lua5.4"; exit 77; }
fail=0
out=$(python3 "$tool" "$dir/plain.lua"); rc=$?
[ $rc -eq 0 ] && echo "ok   plain texts pass" || { echo "FAIL plain.lua: rc=$rc: $out"; fail=1; }
case "$out" in *"built during play"*) ;; *) echo "FAIL plain.lua: the text function is not listed as not measured"; fail=1 ;; esac
out=$(python3 "$tool" --quiet "$dir/hard.lua"); rc=$?
[ $rc -eq 1 ] && echo "ok   hard texts exit 1" || { echo "FAIL hard.lua: rc=$rc, expected 1"; fail=1; }
for want in "hard.lua: scene 'offer': 80 words, above 70" "hard.lua: ending 'done' (lesson): grade" \
            "hard.lua: fact 'guess' (why): grade" "hard.lua: scene 'offer' choice 1 (gives): grade" \
            "1 files, 4 problems"; do
    case "$out" in *"$want"*) echo "ok   names: $want" ;; *) echo "FAIL hard.lua: missing \"$want\" in: $out"; fail=1 ;; esac
done
case "$out" in *"(debrief)"*) echo "FAIL hard.lua: a plain debrief was flagged"; fail=1 ;; esac
out=$(python3 "$tool" "$dir/broken.lua" 2>&1); rc=$?
[ $rc -eq 2 ] && echo "ok   unreadable file exits 2" || { echo "FAIL broken.lua: rc=$rc, expected 2"; fail=1; }
case "$out" in *"broken.lua: cannot read the scenario"*) ;; *) echo "FAIL broken.lua: message: $out"; fail=1 ;; esac
# German files (in a "de" folder) are measured by the Wiener Sachtextformel.
out=$(python3 "$tool" "$dir/de/plain.lua"); rc=$?
[ $rc -eq 0 ] && echo "ok   plain German texts pass" || { echo "FAIL de/plain.lua: rc=$rc: $out"; fail=1; }
case "$out" in *"(de: Wiener Sachtextformel)"*"reading ease"*) echo "ok   German texts are measured in German" ;;
  *) echo "FAIL de/plain.lua: the German measure is not named: $out"; fail=1 ;; esac
out=$(python3 "$tool" --quiet "$dir/de/hard.lua"); rc=$?
[ $rc -eq 1 ] && echo "ok   hard German texts exit 1" || { echo "FAIL de/hard.lua: rc=$rc, expected 1"; fail=1; }
for want in "de/hard.lua: fact 'guess' (why): grade" "de/hard.lua: ending 'done' (lesson): grade" \
            "de/hard.lua: scene 'offer' choice 1 (gives): grade" "1 files, 3 problems"; do
    case "$out" in *"$want"*) echo "ok   names: $want" ;; *) echo "FAIL de/hard.lua: missing \"$want\" in: $out"; fail=1 ;; esac
done
python3 "$tool" >/dev/null 2>&1; [ $? -eq 2 ] && echo "ok   no arguments -> 2" || { echo "FAIL no arguments"; fail=1; }
exit $fail
