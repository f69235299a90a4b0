#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# install.sh — installs the web tests' tools from the npm registry (npm ci):
# puppeteer-core (drives Debian's Chromium), @xapi/cmi5 (the player's cmi5
# library), @learninglocker/xapi-validation, scorm-again and axe-core.
# Skipped (exit 77) without npm; a no-op when node_modules is up to date.
cd "$(dirname "$0")" || exit 1
command -v npm >/dev/null 2>&1 || { echo "npm not found: web tests skipped"; exit 77; }
if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  echo "tests/web: node_modules up to date"
  exit 0
fi
# puppeteer-core never downloads a browser; the tests use Debian's chromium.
PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
