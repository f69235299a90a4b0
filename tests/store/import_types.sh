#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# import_types.sh UNHOOKED SCENARIO — `unhooked import` of an export whose
# fields have the wrong JSON types. Such a field was read as its default:
# a score of "80" was stored as 0, "anonymous": "yes" as a named attempt,
# and the import said it had added the attempt. Each is now refused, naming
# the file and the field, and nothing is added.
exe=$1 scenario=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
echo '{"choices":[1],"report":{"to":"security","facts":["who"],"how":"keep_evidence"}}' >"$tmp/a.json"
"$exe" run "$scenario" --answers "$tmp/a.json" --anonymous --db "$tmp/kiosk.db" >/dev/null 2>&1 &&
    "$exe" export --format json --db "$tmp/kiosk.db" -o "$tmp/export.json" 2>/dev/null ||
    { echo "FAIL cannot make an export"; exit 1; }
grep -q '"score": 80,' "$tmp/export.json" && grep -q '"anonymous": true,' "$tmp/export.json" ||
    { echo "FAIL the export is not as this test expects: $(cat "$tmp/export.json")"; exit 1; }

# refused NAME FROM TO NEEDLE: the export with FROM replaced by TO is refused
# with NEEDLE, and the store it was imported into stays empty.
refused() {
    name=$1 from=$2 to=$3 needle=$4
    sed "s/$from/$to/" "$tmp/export.json" >"$tmp/$name.json"
    rm -f "$tmp/office.db"*
    "$exe" import "$tmp/$name.json" --db "$tmp/office.db" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [ $rc -ne 1 ] || ! grep -qF -- "$tmp/$name.json" "$tmp/err" || ! grep -qF -- "$needle" "$tmp/err"; then
        echo "FAIL $name: rc=$rc: $(cat "$tmp/out" "$tmp/err")"; fail=1; return
    fi
    n=$("$exe" report --json --db "$tmp/office.db" 2>/dev/null | tr -d ' \t' | grep -o '"attempts":[0-9]*' | head -1)
    case $n in ""|*:0) echo "ok   $name" ;; *) echo "FAIL $name: the store holds $n"; fail=1 ;; esac
}
refused import_of_a_score_as_text '"score": 80,' '"score": "80",' '"score" must be a whole number'
refused import_of_a_fractional_score '"score": 80,' '"score": 80.5,' '"score" must be a whole number'
refused import_of_anonymous_as_text '"anonymous": true,' '"anonymous": "yes",' '"anonymous" must be true or false'
refused import_of_a_cohort_as_a_number '"cohort": null,' '"cohort": 7,' '"cohort" must be a string'

# The export as it is still imports.
rm -f "$tmp/office.db"*
out=$("$exe" import "$tmp/export.json" --db "$tmp/office.db" 2>&1)
case $out in *"1 added"*) echo "ok   a sound export imports" ;; *) echo "FAIL a sound export: $out"; fail=1 ;; esac
exit $fail
