#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Every command's output sent to /dev/full (a full disk, as a redirection
# to a file on one meets it): `run` printed its result into nothing and
# exited 0, as did `graph`, `report`, `version` and --help, so a script
# took a lost result for a delivered one. Each must exit non-zero and say
# that it could not write.
exe=$1
dir=$(dirname "$0")
sc="$dir/check/ok-minimal.lua"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
[ -w /dev/full ] || { echo "no /dev/full here"; exit 77; }
echo '{"choices":[1],"report":{"to":"security","facts":["who"],"how":"keep_evidence"}}' >"$tmp/a.json"
"$exe" run "$sc" --answers "$tmp/a.json" --anonymous --db "$tmp/r.db" >/dev/null 2>&1 ||
    { echo "FAIL cannot record an attempt to report on"; exit 1; }

# full NAME NEEDLE ARGS...: `unhooked ARGS` with its standard output on
# /dev/full exits 1 and says NEEDLE on stderr.
full() {
    name=$1 needle=$2
    shift 2
    timeout 60 "$exe" "$@" >/dev/full 2>"$tmp/err"
    rc=$?
    if [ $rc -ne 1 ]; then
        echo "FAIL $name: exit status $rc, expected 1: $(cat "$tmp/err")"; fail=1; return
    fi
    if ! grep -qF -- "$needle" "$tmp/err"; then
        echo "FAIL $name: stderr does not say \"$needle\": $(cat "$tmp/err")"; fail=1; return
    fi
    echo "ok   $name"
}
out="cannot write the standard output"
full "run_result_to_a_full_device" "unhooked run: $out" run "$sc" --answers "$tmp/a.json"
full "batch_results_to_a_full_device" "unhooked batch: $out" batch "$sc" --random 5
full "graph_to_a_full_device" "unhooked graph: $out" graph "$sc"
full "graph_file_on_a_full_device" "unhooked graph: cannot write /dev/full" graph "$sc" -o /dev/full
full "report_to_a_full_device" "unhooked report: $out" report --db "$tmp/r.db"
full "report_json_to_a_full_device" "unhooked report: $out" report --json --db "$tmp/r.db"
full "version_to_a_full_device" "unhooked version: $out" version
full "help_to_a_full_device" "unhooked: $out" --help
# The attempt recorded before is still there, once.
n=$("$exe" report --json --db "$tmp/r.db" | tr -d ' \t' | grep -o '"attempts":[0-9]*' | head -1)
case $n in *1) echo "ok   the store is unchanged" ;; *) echo "FAIL the store: $n"; fail=1 ;; esac
exit $fail
