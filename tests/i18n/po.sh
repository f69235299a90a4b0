#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# tests/i18n/po.sh SRCDIR — the translations in po/ are complete and sound:
#   - po/unhooked.pot is up to date with the sources (a string marked with
#     _() but missing from it would never reach a translator);
#   - every language of po/LINGUAS compiles with `msgfmt --check` (format
#     specifiers such as %d and %s match msgid's, plural forms are declared);
#   - every msgid of the .pot is in each .po, translated, none fuzzy, none
#     empty, and no .po holds a msgid the .pot lacks (msgcmp; statistics).
set -eu
src=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

"$src/po/xgettext.sh" "$src" "$tmp/fresh.pot"
# The creation date and the source references (#: file:line, which move
# whenever code above a string changes) may differ; the strings may not.
msgattrib --no-location --sort-output "$src/po/unhooked.pot" | grep -v '^"POT-Creation-Date:' > "$tmp/old"
msgattrib --no-location --sort-output "$tmp/fresh.pot" | grep -v '^"POT-Creation-Date:' > "$tmp/new"
if ! cmp -s "$tmp/old" "$tmp/new"; then
    echo "po/unhooked.pot is out of date: run cmake --build build --target pot, then translate"
    diff "$tmp/old" "$tmp/new" | head -20
    fail=1
fi

for lang in $(grep '^[a-z]' "$src/po/LINGUAS"); do
    po="$src/po/$lang.po"
    if ! msgfmt --check -o "$tmp/$lang.mo" "$po"; then
        echo "po/$lang.po: msgfmt --check failed"
        fail=1
        continue
    fi
    if ! msgcmp "$po" "$tmp/fresh.pot"; then
        echo "po/$lang.po: does not hold exactly the messages of the sources"
        fail=1
    fi
    stats=$(LC_ALL=C msgfmt --statistics -o /dev/null "$po" 2>&1)
    case "$stats" in
        *fuzzy*|*untranslated*)
            echo "po/$lang.po: $stats"
            msgattrib --only-fuzzy "$po" | grep '^msgid' | head -5
            msgattrib --untranslated "$po" | grep '^msgid' | head -5
            fail=1 ;;
    esac
    # An empty translation inside a plural form escapes --statistics.
    # (a msgstr[N] "" with no continuation line after it).
    if awk 'prev ~ /^msgstr\[[0-9]+\] ""$/ && $0 !~ /^"/ { bad = 1 } { prev = $0 }
            END { if (prev ~ /^msgstr\[[0-9]+\] ""$/) bad = 1; exit !bad }' "$po"; then
        echo "po/$lang.po: a plural form is left empty"
        fail=1
    fi
    echo "po/$lang.po: $stats"
done
exit $fail
