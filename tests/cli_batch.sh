#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# `unhooked batch`: each result line is exactly what `unhooked run` prints
# for the same answers (random plays written out with --answers-out, then
# replayed one by one), a scenario that tries to carry state from one run
# into the next does not manage to, and bad answer lines are refused
# naming the file and line before anything is played.
exe=$1
dir=$(dirname "$0")
root="$dir/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

no() { echo "FAIL $*"; fail=1; }

# leaky.lua without its local table: its functions pass as shareable, so
# runs reuse them until an effect changes the local number.
sed -e '/^local seen = {}/d' -e 's/ and #seen == 0//' -e '/seen\[#seen + 1\]/d' \
    -e 's/id = "leaky"/id = "leaky-shared"/' "$dir/batch/leaky.lua" >"$tmp/leaky-shared.lua"
grep -q seen "$tmp/leaky-shared.lua" && no "leaky-shared.lua still has its table"

# Which way the runs were started: leaky.lua's table keeps it running its
# chunk for every run; the shipped scenarios and leaky-shared.lua share.
for case in "$dir/batch/leaky.lua:0" "$tmp/leaky-shared.lua:1" "$root/scenarios/paid-paper.lua:1"; do
    sc=${case%:*} shares=${case##*:}
    UNHOOKED_BATCH_STATS=1 "$exe" batch "$sc" --random 40 --seed 3 2>"$tmp/stats" >/dev/null
    n=$(sed -n 's/.*batch: \([0-9]*\) runs shared the functions.*/\1/p' "$tmp/stats")
    if [ -z "$n" ] || { [ "$shares" = 1 ] && [ "$n" -eq 0 ]; } || { [ "$shares" = 0 ] && [ "$n" -ne 0 ]; }; then
        no "$(basename "$sc"): unexpected sharing: $(cat "$tmp/stats")"
    else
        echo "ok   $(basename "$sc"): $n of 40 runs shared the functions of an earlier one"
    fi
done

# Random plays, replayed by `run` one at a time and by `batch --answers`.
for sc in "$root/scenarios/paid-paper.lua" "$root/scenarios/travel-devices.lua" \
          "$dir/batch/leaky.lua" "$tmp/leaky-shared.lua"; do
    name=$(basename "$sc")
    "$exe" batch "$sc" --random 40 --seed 7 --answers-out "$tmp/a.jsonl" >"$tmp/r.jsonl" 2>"$tmp/err"
    [ "$(wc -l <"$tmp/r.jsonl")" -eq 40 ] && [ "$(wc -l <"$tmp/a.jsonl")" -eq 40 ] ||
        no "$name: 40 random plays did not give 40 results and 40 answer sets: $(cat "$tmp/err")"
    n=0 differ=0
    while IFS= read -r line; do
        n=$((n + 1))
        printf '%s\n' "$line" >"$tmp/one.json"
        "$exe" run "$sc" --answers "$tmp/one.json" --seed 7 >"$tmp/one.out" 2>/dev/null
        sed -n "${n}p" "$tmp/r.jsonl" | cmp -s - "$tmp/one.out" || differ=$((differ + 1))
    done <"$tmp/a.jsonl"
    [ $differ -eq 0 ] || no "$name: $differ of $n batch results differ from \`unhooked run\`"
    "$exe" batch "$sc" --answers "$tmp/a.jsonl" --seed 7 >"$tmp/r2.jsonl" 2>/dev/null
    cmp -s "$tmp/r.jsonl" "$tmp/r2.jsonl" || no "$name: --answers gives other results than --random"
    [ $fail -eq 0 ] && echo "ok   $name: $n random plays, each the same as \`unhooked run\`"
done

# The same answers five times over: five identical results, the same as run's.
ans='{"choices":[1,1],"flags":["f1"],"report":{"to":"security","facts":["who","fresh"],"how":"keep_evidence"}}'
for sc in "$dir/batch/leaky.lua" "$tmp/leaky-shared.lua"; do
    for i in 1 2 3 4 5; do printf '%s\n' "$ans"; done >"$tmp/five.jsonl"
    printf '%s\n' "$ans" >"$tmp/one.json"
    "$exe" run "$sc" --answers "$tmp/one.json" >"$tmp/run.out"
    "$exe" batch "$sc" --answers "$tmp/five.jsonl" >"$tmp/five.out"
    if [ "$(sort -u "$tmp/five.out" | wc -l)" -ne 1 ] || ! head -1 "$tmp/five.out" | cmp -s - "$tmp/run.out"; then
        no "$(basename "$sc"): state carried over from one run to the next: $(cut -c1-300 "$tmp/five.out")"
    elif ! grep -q '"facts_required":2' "$tmp/run.out" || ! grep -q '"path":\["a","b","done"\]' "$tmp/run.out"; then
        no "$(basename "$sc"): the fresh run is not what the fixture expects: $(cat "$tmp/run.out")"
    else
        echo "ok   $(basename "$sc"): five runs of the same answers give run's result five times"
    fi
done

# expect NAME STATUS NEEDLE ARGS...: `unhooked batch` exits with STATUS and
# says NEEDLE on stderr.
expect() {
    name=$1 want=$2 needle=$3
    shift 3
    timeout 60 "$exe" batch "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [ $rc -ne "$want" ]; then
        no "$name: exit status $rc, expected $want: $(cat "$tmp/err")"; return
    fi
    if [ -n "$needle" ] && ! grep -qF -- "$needle" "$tmp/err"; then
        no "$name: stderr does not say \"$needle\": $(cat "$tmp/err")"; return
    fi
    echo "ok   $name"
}

sc="$dir/check/ok-minimal.lua"
printf '{"choices":[1]}\n\n{"choices":[2,1]}\n{"choices":[1],\n' >"$tmp/bad.jsonl"
expect "a malformed line is refused by its number" 2 "$tmp/bad.jsonl:4" "$sc" --answers "$tmp/bad.jsonl"
[ -s "$tmp/out" ] && no "results were printed before the malformed line was refused"
printf '{"choices":[1]}\n{"choices":[1],"report":{"facts":["nope"]}}\n' >"$tmp/fact.jsonl"
expect "an unknown fact is refused by its line" 2 "$tmp/fact.jsonl:2: scenario 'ok-minimal' has no fact 'nope'" \
    "$sc" --answers "$tmp/fact.jsonl"
printf '{"choices":[1]}\n{"choices":[9]}\n{"choices":[2]}\n' >"$tmp/range.jsonl"
expect "a position out of range names its line" 1 "$tmp/range.jsonl:2: choice 9 is out of range at scene 'a'" \
    "$sc" --answers "$tmp/range.jsonl"
[ "$(wc -l <"$tmp/out")" -eq 3 ] || no "every line of the answers did not give a result"
grep -q "the answers ran out at scene 'b'" "$tmp/err" || no "line 3 did not say that its answers ran out"
printf '{"choices":[1]}\n{"choices":[1]}\n' >"$tmp/two.jsonl"
expect "a scenario that does not load gives a failure per line" 1 "" "$dir/check/go-nowhere.lua" \
    --answers "$tmp/two.jsonl"
[ "$(grep -c '"completed":false' "$tmp/out")" -eq 2 ] || no "not one failure result per line: $(cat "$tmp/out")"
expect "neither answers nor random plays" 2 "usage: unhooked batch" "$sc"
expect "both answers and random plays" 2 "usage: unhooked batch" "$sc" --answers "$tmp/two.jsonl" --random 3
expect "no random plays" 2 "--random needs a whole number 1..4294967295" "$sc" --random 0
expect "a negative seed" 2 "--seed needs a whole number" "$sc" --random 2 --seed -1
expect "answers written out without random plays" 2 "usage: unhooked batch" "$sc" --answers "$tmp/two.jsonl" \
    --answers-out "$tmp/x"
expect "a missing answers file" 2 "$tmp/none.jsonl" "$sc" --answers "$tmp/none.jsonl"
# A line with no end: getline read /dev/zero into all of memory. The
# line is cut at the limit and refused. Outside the sanitizer build (whose
# shadow memory needs the address space) the process may use 1 GB at most,
# so the old way fails at once rather than straining the machine.
case $(ldd "$exe" 2>/dev/null) in *libasan*) cap=unlimited ;; *) cap=1048576 ;; esac
(ulimit -v $cap; expect "answers_from_a_device_with_no_line_end" 2 "/dev/zero:1: the line is longer than" \
    "$sc" --answers /dev/zero; exit $fail) || fail=1
exit $fail
