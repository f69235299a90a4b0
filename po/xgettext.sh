#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# po/xgettext.sh SRCDIR OUT.pot — extracts every string of the program
# marked for translation (_(), N_(), ngettext()) from SRCDIR/engine and the
# web player's C API (web/api.c), and then the web player's JavaScript
# (web/player/*.js, xgettext's JavaScript parser), into OUT.pot. The one
# place the extraction is spelt out: the `pot` build target and the test of
# po/ (tests/i18n/po.sh) both call it.
set -eu
src=$1
out=$2
version=$(sed -n 's/^project(unhooked VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
cd "$src"
find engine web -name '*.[ch]' | LC_ALL=C sort | xgettext --files-from=- --language=C --from-code=UTF-8 \
    --keyword=_ --keyword=N_ --keyword=ngettext:1,2 --add-comments=TRANSLATORS: --sort-by-file \
    --package-name=unhooked --package-version="$version" --msgid-bugs-address=unhooked@example.org \
    --copyright-holder="the Unhooked authors" -o "$out"
find web/player -name '*.js' | LC_ALL=C sort | xgettext --join-existing --files-from=- --language=JavaScript \
    --from-code=UTF-8 --keyword=_ --keyword=ngettext:1,2 --add-comments=TRANSLATORS: --sort-by-file \
    --package-name=unhooked --package-version="$version" --msgid-bugs-address=unhooked@example.org \
    --copyright-holder="the Unhooked authors" -o "$out"
