#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Translations (scenarios/LANG/ID.lua): `unhooked check` compares a
# translation's structure with its original and names every difference.
exe=$1
dir=$(dirname "$0")
fail=0
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }

out=$("$exe" check "$dir/de" 2>/dev/null) && ok "a faithful translation passes" || bad "faithful translation: $out"
out=$("$exe" check "$dir" "$dir/de" 2>/dev/null) && ok "original and translation share an id" || bad "shared id: $out"
out=$("$exe" check "$dir/broken/de" 2>/dev/null); rc=$?
[ $rc -eq 1 ] && ok "a broken translation fails" || bad "broken translation: exit $rc"
for want in "the channel differs" "innocent detail 'i1' of the original is missing" \
            "choice 2 has hook 3, the original 1" "scene 'b' has 3 choices, the original 2" \
            "fact 'who' of the original is missing" "fact 'wer' is not in the original"; do
    case "$out" in
    *"broken/de/minimal.lua"*"$want"*) ok "names: $want" ;;
    *) bad "does not name: $want" ;;
    esac
done
# A folder whose name looks like a language ("lib", "ops") with no original
# beside it holds originals: they check on their own, not as translations.
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/lib"
cp "$dir/minimal.lua" "$tmp/lib/minimal.lua"
out=$("$exe" check "$tmp/lib" 2>&1) && ok "a short folder name without an original beside it is no language" ||
    bad "short folder name taken for a language: $out"
exit $fail
