#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# spdx.sh SOURCE_DIR [--tool] — the licence line in source files.
#
# Without --tool: fails, listing them, when any source file of the tree
# lacks its SPDX-License-Identifier line (tools/spdx.sh --check).
# With --tool: checks tools/spdx.sh itself on a scratch tree instead: the
# line in each language's comment syntax, after a "#!" line (and a Python
# coding line), files that are not source, build output, node_modules and
# fixtures left alone, modes kept, a second run changing nothing, and
# --check telling a tree with a file lacking the line from one without.
set -u
src=$(cd "$1" && pwd)
tool=$src/tools/spdx.sh

if [ "${2:-}" != --tool ]; then
    exec "$tool" --check "$src"
fi

fail=0
bad() { echo "FAIL $*"; fail=1; }
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
cd "$t"
mkdir -p engine tools scenarios web/node_modules/x build tests/check
printf '/* a.c */\nint x;\n' >engine/a.c
printf '#ifndef A_H\n#define A_H\n#endif\n' >engine/a.h
printf '#!/bin/sh\necho hi\n' >tools/run.sh && chmod 755 tools/run.sh
printf '#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\nprint(1)\n' >tools/p.py
printf 'return { id = "s" }\n' >scenarios/s.lua
printf 'cmake_minimum_required(VERSION 3.22)\n' >CMakeLists.txt
printf 'set(X 1)\n' >tools/x.cmake
printf '"use strict";\n' >web/app.js
printf '#!/bin/sh\nexit 0\n' >tools/no-extension && chmod 755 tools/no-extension
printf '{ "a": 1 }\n' >config.json
printf 'plain text\n' >tools/notes
printf 'x\n' >web/node_modules/x/index.js
printf 'x\n' >build/gen.c
printf 'return {\n' >tests/check/broken.lua
printf '/* SPDX-License-Identifier: MIT */\nint y;\n' >engine/other.c

out=$("$tool" --check "$t")
[ $? -eq 1 ] || bad "--check passed a tree without licence lines"
echo "$out" | grep -q '^engine/a.c: ' || bad "--check did not name engine/a.c: $out"

"$tool" "$t" >/dev/null || bad "tools/spdx.sh failed"
line1() { sed -n "${2}p" "$1"; }
[ "$(line1 engine/a.c 1)" = '/* SPDX-License-Identifier: Apache-2.0 */' ] || bad "a.c: $(line1 engine/a.c 1)"
[ "$(line1 engine/a.c 2)" = '/* a.c */' ] || bad "a.c lost its first line"
[ "$(line1 engine/a.h 1)" = '/* SPDX-License-Identifier: Apache-2.0 */' ] || bad "a.h"
[ "$(line1 tools/run.sh 1)" = '#!/bin/sh' ] || bad "run.sh lost its #! line"
[ "$(line1 tools/run.sh 2)" = '# SPDX-License-Identifier: Apache-2.0' ] || bad "run.sh: $(line1 tools/run.sh 2)"
[ "$(stat -c %a tools/run.sh)" = 755 ] || bad "run.sh lost its mode"
[ "$(line1 tools/p.py 2)" = '# -*- coding: utf-8 -*-' ] || bad "p.py: the coding line moved"
[ "$(line1 tools/p.py 3)" = '# SPDX-License-Identifier: Apache-2.0' ] || bad "p.py: $(line1 tools/p.py 3)"
[ "$(line1 scenarios/s.lua 1)" = '-- SPDX-License-Identifier: Apache-2.0' ] || bad "s.lua"
[ "$(line1 CMakeLists.txt 1)" = '# SPDX-License-Identifier: Apache-2.0' ] || bad "CMakeLists.txt"
[ "$(line1 tools/x.cmake 1)" = '# SPDX-License-Identifier: Apache-2.0' ] || bad "x.cmake"
[ "$(line1 web/app.js 1)" = '// SPDX-License-Identifier: Apache-2.0' ] || bad "app.js"
[ "$(line1 tools/no-extension 2)" = '# SPDX-License-Identifier: Apache-2.0' ] || bad "a script without an extension"
for f in config.json tools/notes web/node_modules/x/index.js build/gen.c tests/check/broken.lua; do
    grep -q SPDX "$f" && bad "$f was changed"
done
grep -q 'Apache' engine/other.c && bad "a file under another licence was changed"

sums=$(find . -type f -exec md5sum {} + | sort)
again=$("$tool" "$t")
echo "$again" | grep -q 'added the licence line to 0 files' || bad "a second run added lines: $again"
[ "$(find . -type f -exec md5sum {} + | sort)" = "$sums" ] || bad "a second run changed files"
"$tool" --check "$t" >/dev/null || bad "--check failed a tree where every file has the line"

[ $fail -eq 0 ] && echo "ok   spdx tool"
exit $fail
