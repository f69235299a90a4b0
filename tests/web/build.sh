#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# build.sh SOURCE_DIR — the web_build test: runs tools/web.sh. Its exit 77
# (emscripten cannot be installed here) is a skip, unless
# UNHOOKED_WEB_REQUIRED=1 (tools/test.sh), when it is a failure.
"$1/tools/web.sh"
rc=$?
if [ "$rc" -eq 77 ] && [ "${UNHOOKED_WEB_REQUIRED:-0}" = 1 ]; then
    echo "the web build is required here (UNHOOKED_WEB_REQUIRED=1) but could not be made"
    exit 1
fi
exit "$rc"
