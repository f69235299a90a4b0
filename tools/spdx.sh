#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# tools/spdx.sh [--check] [ROOT] — puts the line
#     SPDX-License-Identifier: Apache-2.0
# in the comment syntax of each project source file (C, Python, shell, Lua,
# CMake, JavaScript) that has no SPDX-License-Identifier line in its first
# ten lines. The line goes first, or after the "#!" line (and a Python
# coding line) when there is one. Running it again changes nothing.
#
# ROOT is the top of the source tree (default: this repository). Files are
# those git tracks there, or every file when ROOT is not a git checkout;
# build folders, node_modules and the fixtures listed below are left out.
#
# With --check nothing is changed: the files that lack the line are listed
# and the exit status is 1 when there are any, else 0. Exit 2: bad usage.
set -eu

check=0
case "${1:-}" in
    --check) check=1; shift ;;
    -h|--help) sed -n '3,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "usage: tools/spdx.sh [--check] [ROOT]" >&2; exit 2 ;;
esac
[ $# -le 1 ] || { echo "usage: tools/spdx.sh [--check] [ROOT]" >&2; exit 2; }
root=${1:-$(dirname "$0")/..}
cd "$root" || exit 2

# Test fixtures whose line numbers or bytes are what a test checks: a header
# line would shift every expected "FILE:LINE:" (tests/check/) or change the
# input a test feeds in on purpose.
fixture() {
    case "$1" in
        tests/check/*|tests/readability/*.lua|tests/fuzz/corpus/*|tests/*/fixtures/*) return 0 ;;
    esac
    return 1
}

list_files() {
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git ls-files
    else
        find . -type f ! -path './.git/*' | sed 's|^\./||'
    fi
}

# The comment line for a file, or nothing when it is not a source file.
comment_for() {
    f=$1
    case "$f" in
        build*/*|*/node_modules/*|node_modules/*) return 0 ;;
    esac
    fixture "$f" && return 0
    case "$f" in
        *.c|*.h) echo '/* SPDX-License-Identifier: Apache-2.0 */'; return 0 ;;
        *.js|*.mjs|*.cjs) echo '// SPDX-License-Identifier: Apache-2.0'; return 0 ;;
        *.lua) echo '-- SPDX-License-Identifier: Apache-2.0'; return 0 ;;
        *.py|*.sh|*.cmake|*/CMakeLists.txt|CMakeLists.txt) echo '# SPDX-License-Identifier: Apache-2.0'; return 0 ;;
    esac
    case "${f##*/}" in
        *.*) ;;
        *)  # no extension: a script when its first line says so
            first=$(head -c 128 "$f" 2>/dev/null | head -n 1)
            case "$first" in
                '#!'*python*|'#!'*sh|'#!'*sh\ *) echo '# SPDX-License-Identifier: Apache-2.0' ;;
                '#!'*lua*) echo '-- SPDX-License-Identifier: Apache-2.0' ;;
                '#!'*node*) echo '// SPDX-License-Identifier: Apache-2.0' ;;
            esac ;;
    esac
}

has_spdx() {
    head -n 10 "$1" | grep -q 'SPDX-License-Identifier:'
}

# Inserts line into file after its "#!" line (and a following Python coding
# line), else at the top; keeps the file's mode, owner and links.
insert() {
    f=$1 line=$2
    tmp=$(mktemp)
    awk -v L="$line" '
        NR == 1 && /^#!/ { print; skip = 1; next }
        NR == 2 && skip && /^#.*coding[:=]/ { print; next }
        !done { print L; done = 1 }
        { print }
        END { if (!done) print L }
    ' "$f" >"$tmp"
    cat "$tmp" >"$f"
    rm -f "$tmp"
}

list_files | while IFS= read -r f; do
    [ -f "$f" ] && [ ! -L "$f" ] || continue
    line=$(comment_for "$f")
    [ -n "$line" ] || continue
    has_spdx "$f" && continue
    if [ $check -eq 1 ]; then
        echo "$f: no SPDX-License-Identifier line"
    else
        insert "$f" "$line"
        echo "added: $f"
    fi
done >"${TMPDIR:-/tmp}/spdx.$$"
out=${TMPDIR:-/tmp}/spdx.$$
missing=$(grep -c ': no SPDX' "$out" || true)
added=$(grep -c '^added: ' "$out" || true)
cat "$out"
rm -f "$out"
if [ $check -eq 1 ]; then
    if [ "$missing" -gt 0 ]; then
        echo "spdx: $missing source files lack the licence line (tools/spdx.sh adds it)"
        exit 1
    fi
    echo "spdx: every source file names its licence"
else
    echo "spdx: added the licence line to $added files"
fi
