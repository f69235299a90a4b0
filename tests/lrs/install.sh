#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# install.sh — installs Learning Locker's xAPI statement service
# (xapi-statements, from the npm registry) for the LRS test, unless
# node_modules is already up to date with package-lock.json. Exit 77
# (skipped) without npm; any other failure is a failure.
cd "$(dirname "$0")" || exit 1
command -v npm >/dev/null 2>&1 || { echo "npm not found: the Learning Locker test is skipped"; exit 77; }
if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  echo "tests/lrs: node_modules up to date"
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
