#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# tools/setup.sh [--test] — installs the Debian packages Unhooked needs
# (only those missing), then configures and builds into build/.
# With --test it also installs what the test suite needs (Xvfb; Xephyr,
# xrandr and a small window manager for the kiosk's screen tests; xdotool,
# ImageMagick, Python, Node.js for the xAPI validator, Graphviz, dpkg-dev,
# the Lua 5.4 interpreter for tools/readability.py, lintian, git and man-db
# for the package tests, for the web player: emscripten and Chromium, and
# clang with its libFuzzer runtime for tests/fuzz), and the npm test tools
# (the xAPI validator, Ajv, Learning Locker's statement service).
set -eu
cd "$(dirname "$0")/.."

build_pkgs="build-essential cmake pkg-config libsdl2-dev libsdl2-ttf-dev liblua5.4-dev
  libcjson-dev libsqlite3-dev libmd-dev libcurl4-openssl-dev libpng-dev libcrypt-dev
  libsystemd-dev libx11-dev libxrandr-dev libzip-dev libdeflate-dev fonts-noto-core fonts-dejavu-core
  libespeak-ng-dev"
test_pkgs="xvfb xserver-xephyr x11-xserver-utils matchbox-window-manager xauth xdotool imagemagick
  x11-utils python3 sqlite3 graphviz dpkg-dev file nodejs npm ca-certificates procps lua5.4
  emscripten chromium lintian git man-db clang libclang-rt-14-dev"

want=$build_pkgs
[ "${1:-}" = "--test" ] && want="$build_pkgs $test_pkgs"

missing=""
for p in $want; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# Node.js may come from elsewhere than Debian; then it is not missing.
case "$missing" in *nodejs*|*" npm"*)
    if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
        missing=$(echo "$missing" | sed 's/ nodejs//; s/ npm//')
    fi ;;
esac
if [ -n "$missing" ]; then
    echo "setup: installing$missing"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -q
    # shellcheck disable=SC2086
    $sudo apt-get install -y -q --no-install-recommends $missing
fi

# The test tools from the npm registry: the xAPI validator and Ajv
# (tests/xapi), Learning Locker's statement service as the test LRS
# (tests/lrs). Each is a no-op when up to date; the suite skips them only
# when npm is missing.
if [ "${1:-}" = "--test" ] && command -v npm >/dev/null 2>&1; then
    tests/xapi/install.sh
    tests/lrs/install.sh
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DUNHOOKED_WERROR=ON >/dev/null
cmake --build build -j"$(nproc)"
