#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# `unhooked graph`: DOT naming every scene, report edges and endings marked;
# SVG through Graphviz when it is installed; usage errors exit 2.
exe=$1 src=$2
fail=0
sc="$src/scenarios/paid-paper.lua"
dot=$("$exe" graph "$sc") || { echo "FAIL graph exit status"; exit 1; }
for id in $(awk '/^  scenes = {/{on=1} on && /^    [a-z_0-9]* = {$/{sub(/ = {/, ""); gsub(/ /, ""); print}' "$sc"); do
    echo "$dot" | grep -q "\"$id\" \[label=" || { echo "FAIL scene $id missing from the graph"; fail=1; }
done
echo "$dot" | grep -q 'REPORT' || { echo "FAIL no report edge marked"; fail=1; }
echo "$dot" | grep -q 'doubleoctagon' || { echo "FAIL no ending marked"; fail=1; }
echo "$dot" | grep -q 'hook ≥ 5' || { echo "FAIL hook depth not shown"; fail=1; }
"$exe" graph >/dev/null 2>&1; [ $? -eq 2 ] || { echo "FAIL no argument should exit 2"; fail=1; }
if command -v dot >/dev/null 2>&1; then
    out=$(mktemp --suffix=.svg)
    "$exe" graph "$sc" --svg -o "$out" && grep -q '<svg' "$out" || { echo "FAIL --svg"; fail=1; }
    rm -f "$out"
fi
[ $fail -eq 0 ] && echo "ok   graph"
exit $fail
