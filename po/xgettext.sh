#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# po/xgettext.sh SRCDIR OUT.pot — extracts every string of the program
# marked for translation (_(), N_(), ngettext()) from SRCDIR/engine into
# OUT.pot. The one place the extraction is spelt out: the `pot` build
# target and the test of po/ (tests/i18n/po.sh) both call it.
set -eu
src=$1
out=$2
version=$(sed -n 's/^project(unhooked VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
cd "$src"
find engine -name '*.[ch]' | LC_ALL=C sort | xgettext --files-from=- --language=C --from-code=UTF-8 \
    --keyword=_ --keyword=N_ --keyword=ngettext:1,2 --add-comments=TRANSLATORS: --sort-by-file \
    --package-name=unhooked --package-version="$version" --msgid-bugs-address=unhooked@example.org \
    --copyright-holder="the Unhooked authors" -o "$out"
