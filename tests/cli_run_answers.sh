#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# `unhooked run` against hostile answers and configuration files (issue 10,
# items 8 and 15): every one is refused with a message naming the file,
# none hangs and none is undefined behaviour.
exe=$1
dir=$(dirname "$0")
sc="$dir/check/ok-minimal.lua"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# expect NAME STATUS NEEDLE ARGS...: runs `unhooked run` and checks the
# exit status and that stderr holds NEEDLE.
expect() {
    name=$1 want=$2 needle=$3
    shift 3
    timeout 60 "$exe" run "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [ $rc -ne "$want" ]; then
        echo "FAIL $name: exit status $rc, expected $want: $(cat "$tmp/err")"; fail=1; return
    fi
    if [ -n "$needle" ] && ! grep -qF -- "$needle" "$tmp/err"; then
        echo "FAIL $name: stderr does not say \"$needle\": $(cat "$tmp/err")"; fail=1; return
    fi
    echo "ok   $name"
}

# A position beyond int was cast from double: undefined behaviour. Now it is
# an ordinary position out of range (exit 1, naming the scene).
printf '{"choices":[3333333312]}' >"$tmp/big.json"
expect "a position beyond int is out of range" 1 "choice 3333333312 is out of range at scene 'a'" \
    "$sc" --answers "$tmp/big.json"
printf '{"choices":[1e300]}' >"$tmp/huge.json"
expect "a position beyond any integer is refused" 2 '"choices" must hold whole numbers' \
    "$sc" --answers "$tmp/huge.json"
printf '{"choices":[-1e300]}' >"$tmp/neg.json"
expect "a hugely negative position is refused" 2 '"choices" must hold whole numbers' \
    "$sc" --answers "$tmp/neg.json"

# A second JSON document after the first was silently ignored.
printf '{"choices":[1]}\n{"choices":[2]}\n' >"$tmp/two.json"
expect "a second JSON document is refused" 2 "$tmp/two.json:2: more than one JSON value" \
    "$sc" --answers "$tmp/two.json"
# A key given twice: the first won, silently.
printf '{"choices":[1],"choices":[2]}' >"$tmp/dup.json"
expect "a key given twice is refused" 2 'key "choices" appears twice' "$sc" --answers "$tmp/dup.json"
printf '{"choices":[1]}' >"$tmp/ok.json"
printf '{"limits":{"memory_mib":64,"memory_mib":1}}' >"$tmp/dupcfg.json"
expect "a config key given twice is refused" 2 'key "memory_mib" appears twice' \
    "$sc" --answers "$tmp/ok.json" --config "$tmp/dupcfg.json"

# Only regular files are read: a named pipe hung, a device read until
# memory ran out.
mkfifo "$tmp/pipe.json"
expect "answers from a named pipe are refused" 2 "not a regular file (a named pipe)" \
    "$sc" --answers "$tmp/pipe.json"
expect "a config from /dev/zero is refused" 2 "/dev/zero: cannot read: not a regular file (a device)" \
    "$sc" --answers "$tmp/ok.json" --config /dev/zero
expect "answers from /dev/zero are refused" 2 "/dev/zero: cannot read: not a regular file (a device)" \
    "$sc" --answers /dev/zero

# And the ordinary case still plays.
expect "a valid answers file plays" 0 "" "$sc" --answers "$tmp/ok.json"
exit $fail
