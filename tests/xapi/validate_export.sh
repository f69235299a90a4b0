#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# validate_export.sh UNHOOKED MAKE_DATASET — exports the test data set as
# xAPI and checks every statement with the validator. Exit 77 (skipped)
# when node or the validator is not installed.
set -e
here=$(cd "$(dirname "$0")" && pwd)
command -v node >/dev/null 2>&1 && [ -d "$here/node_modules" ] || { echo "validator not installed: skipped"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$2" "$tmp/ds.db"
"$1" export --format xapi --db "$tmp/ds.db" -o "$tmp/statements.json"
"$1" export --format xapi --db "$tmp/ds.db" --cohort EXEC-2026-11 -o "$tmp/exec.json"
node "$here/validate.js" "$tmp/statements.json"
node "$here/validate.js" "$tmp/exec.json"
