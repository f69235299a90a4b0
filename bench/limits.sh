#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# bench/limits.sh BINARY — how long hostile scenario files hold the program
# before a limit stops them (issue 10), and how long a file at the
# documented limits takes to check and to play. Prints figures; asserts
# nothing. Wall time is what a kiosk would wait; CPU time shows how much of
# it was the program's own work on a busy machine.
#
#   bench/limits.sh build/unhooked
set -eu
exe=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# scenario NAME BODY: a valid scenario file that first runs BODY at load.
scenario() {
    cat >"$tmp/$1.lua" <<EOF
$2
return scenario { id = "$1", title = "T", tactic = "linkedin", summary = "S",
  teaches = { "report" }, debrief = "D", start = "a",
  report = { facts = { { id = "f", text = "F", required = true }, { id = "d", text = "D", decoy = true, why = "W" } } },
  scenes = { a = { text = "x", choices = { { "Report", go = "b", report = true } } },
             b = { text = "done", ending = "reported" } } }
EOF
}

scenario find-4mib-literal 'local s = string.rep("a", 8<<20) local p = string.rep("a", 4<<20) .. "b" local x = s:find(p, 1, true)'
scenario set-2mib 'local s = string.rep("a", 1<<20) local p = "[" .. string.rep("b", 2<<20) .. "]" local x = s:find(p)'
scenario back-references 'local s = string.rep("a", 15000) local x = s:find("(.-)%1%1%1b")'
scenario upper-16mib-loop 'local s = string.rep("a", 16<<20) for i = 1, 1000 do local t = s:upper() end'
scenario format-q-loop 'local s = string.rep("a", 8<<20) for i = 1, 1000 do local t = string.format("%q", s) end'
scenario byte-loop 'local s = string.rep("a", 900000) for i = 1, 100000 do local t = s:byte(1, -1) end'
scenario pack-loop 'local s = string.rep("a", 16<<20) for i = 1, 1000 do local t = string.pack("s", s) end'
scenario equal-16mib-loop 'local a, b = string.rep("a", 16<<20), string.rep("a", 16<<20) local n = 0 for i = 1, 1e6 do if a == b then n = n + 1 end end'
scenario less-16mib-loop 'local a, b = string.rep("a", 16<<20), string.rep("a", 16<<20) local n = 0 for i = 1, 1e6 do if a < b then n = n + 1 end end'
scenario concat-grow 'local s = "" for i = 1, 1e7 do s = s .. tostring(i) end'
scenario sort-loop 'local t = {} for i = 1, 1e6 do t[i] = (i * 7919) % 1000003 end for k = 1, 100 do table.sort(t) end'
scenario unpack-loop 'local t = {} for i = 1, 9e5 do t[i] = i end for k = 1, 1e5 do local a = select("#", table.unpack(t)) end'
scenario concat-table-loop 'local t = {} for i = 1, 1e6 do t[i] = "ab" end for k = 1, 1e5 do local a = table.concat(t) end'
scenario insert-front 'local t = {} for i = 1, 1e6 do table.insert(t, 1, i) end'
scenario utf8-char-loop 'local t = {} for i = 1, 9e5 do t[i] = 65 end for k = 1, 1e5 do local a = utf8.char(table.unpack(t)) end'
scenario busy-loop 'while true do end'

echo "attack (at load, default limits)   wall s   cpu s   stopped by"
for f in "$tmp"/*.lua; do
    name=$(basename "$f" .lua)
    /usr/bin/time -f "%e %U" -o "$tmp/time" "$exe" check "$f" >"$tmp/out" 2>/dev/null || true
    set -- $(tail -n 1 "$tmp/time")
    why=$(sed -n '1s/^[^:]*:[0-9]*: //p' "$tmp/out" | cut -c1-44)
    printf "%-34s %6s  %6s   %s\n" "$name" "$1" "$2" "$why"
done
rm -f "$tmp"/*.lua

# The most the documented limits allow: 2000 scenes of 100 choices, every
# field on its own line (about 9 MB).
awk 'BEGIN {
    print "return scenario { id = \"big\", title = \"T\", tactic = \"linkedin\", summary = \"S\","
    print "  teaches = { \"report\" }, debrief = \"D\", start = \"s1\","
    print "  report = { facts = { { id = \"f\", text = \"F\", required = true }, { id = \"d\", text = \"D\", decoy = true, why = \"W\" } } },"
    print "  scenes = {"
    for (i = 1; i < 2000; i++) {
        printf "    s%d = { text = \"Scene %d.\", choices = {\n", i, i
        for (j = 1; j < 100; j++)
            printf "      { \"Choice %d\", go = \"s%d\", hook = 1 },\n", j, i % 1999 + 1
        print "      { \"Report\", go = \"end\", report = true },"
        print "    } },"
    }
    print "    [\"end\"] = { text = \"The end.\", ending = \"reported\" },"
    print "  } }"
}' >"$tmp/big.lua"
echo '{"choices":[1,1,1,1,1,1,1,1,1,100]}' >"$tmp/answers.json"
echo
echo "2000 scenes x 100 choices ($(wc -c <"$tmp/big.lua") bytes)   wall s   cpu s   max RSS MB"
/usr/bin/time -f "%e %U %M" -o "$tmp/time" "$exe" check "$tmp/big.lua" >/dev/null 2>&1 || true
set -- $(tail -n 1 "$tmp/time")
printf "%-40s %6s  %6s   %6d\n" "check" "$1" "$2" $(($3 / 1024))
/usr/bin/time -f "%e %U %M" -o "$tmp/time" "$exe" run "$tmp/big.lua" --answers "$tmp/answers.json" >/dev/null 2>&1 || true
set -- $(tail -n 1 "$tmp/time")
printf "%-40s %6s  %6s   %6d\n" "run (10 choices)" "$1" "$2" $(($3 / 1024))
