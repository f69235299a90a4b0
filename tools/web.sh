#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# tools/web.sh — builds the core for the browser: build-web/unhooked-core.js
# and .wasm (the same C as the kiosk, compiled by emscripten).
#
# Everything comes from Debian: the emscripten package, and the *source*
# packages of the libraries the core links (lua5.4, cjson, libmd), fetched
# with `apt-get source` into build-web/src/ and compiled there with emcc.
# Nothing is vendored in the repository.
#
#   tools/web.sh           install what is missing, fetch, build
#   tools/web.sh --check   exit 0 when the web build can be made here, 77 when not
#
# Exit 77 means emscripten cannot be installed on this machine (not Debian,
# or no apt and not root): callers treat that as "skipped".
set -eu
cd "$(dirname "$0")/.."
out=build-web
mkdir -p "$out/src"

say() { echo "web: $*" >&2; }

sudo=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo"
can_apt() { command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" -eq 0 ] || [ -n "$sudo" ]; }; }

have() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=""
for p in emscripten dpkg-dev make; do have "$p" || missing="$missing $p"; done
if [ -n "$missing" ]; then
    if ! can_apt; then
        say "cannot install$missing here (needs Debian's apt as root); the web build is skipped"
        exit 77
    fi
    [ "${1:-}" = "--check" ] && exit 0
    say "installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    # shellcheck disable=SC2086
    $sudo apt-get install -y -q --no-install-recommends $missing >/dev/null ||
        { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q --no-install-recommends $missing >/dev/null; } ||
        { say "apt-get could not install$missing; the web build is skipped"; exit 77; }
fi
[ "${1:-}" = "--check" ] && exit 0

# The source packages. apt-get source needs deb-src lines: when there are
# none, add them for the mirror already configured (same URIs and suites).
src_dir() { find "$out/src" -maxdepth 1 -type d -name "$1-[0-9]*" | sort | tail -n 1; }
fetch=""
for p in lua5.4 cjson libmd; do [ -n "$(src_dir "$p")" ] || fetch="$fetch $p"; done
if [ -n "$fetch" ]; then
    if ! (cd "$out/src" && apt-get source --print-uris lua5.4 >/dev/null 2>&1); then
        can_apt || { say "no deb-src lines and not root: cannot fetch$fetch"; exit 77; }
        say "adding deb-src lines for the configured Debian mirror"
        if [ -f /etc/apt/sources.list.d/debian.sources ]; then
            sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources |
                $sudo tee /etc/apt/sources.list.d/unhooked-deb-src.sources >/dev/null
        else
            grep -h '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
                grep -v 'deb-src' | sed 's/^deb /deb-src /' |
                $sudo tee /etc/apt/sources.list.d/unhooked-deb-src.list >/dev/null
        fi
        $sudo apt-get update -q >/dev/null
    fi
    say "fetching Debian source packages:$fetch"
    # shellcheck disable=SC2086
    (cd "$out/src" && apt-get source -q $fetch >/dev/null 2>&1) ||
        { say "apt-get source$fetch failed"; exit 1; }
fi

# Debian's emscripten has a read-only, frozen cache and its compiler needs
# Node's acorn from Debian's node path.
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"
export EM_CACHE="${EM_CACHE:-/usr/share/emscripten/cache}"

jobs=$(nproc 2>/dev/null || echo 2)
nice make -s -j"$jobs" -f web/Makefile OUT="$out" \
    LUA="$(src_dir lua5.4)" CJSON="$(src_dir cjson)" LIBMD="$(src_dir libmd)"
say "built $out/unhooked-core.js and $out/unhooked-core.wasm ($(wc -c <"$out/unhooked-core.wasm") bytes)"

# The player: web/player, the core, and npm's @xapi/cmi5 (its browser
# bundle), gettext-parser (for the catalogs) and terser, installed by npm ci from
# web/package-lock.json into build-web/npm.
mkdir -p "$out/npm" "$out/player"
for f in package.json package-lock.json; do
    cmp -s "web/$f" "$out/npm/$f" || cp "web/$f" "$out/npm/$f"
done
if [ ! -f "$out/npm/node_modules/.package-lock.json" ] ||
   [ "$out/npm/package-lock.json" -nt "$out/npm/node_modules/.package-lock.json" ]; then
    command -v npm >/dev/null 2>&1 || { say "npm is needed for the player's cmi5 library"; exit 1; }
    (cd "$out/npm" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) ||
        { say "npm ci failed in $out/npm"; exit 1; }
fi
cp web/player/index.html web/player/player.css web/player/player.js web/player/lms.js web/player/core.js \
   web/player/i18n.js "$out/unhooked-core.js" "$out/unhooked-core.wasm" "$out/player/"
cp "$out/npm/node_modules/@xapi/cmi5/dist/Cmi5.umd.js" "$out/player/cmi5.umd.js"
# The player's own scripts, the core's glue and the style sheet, shrunk by
# npm's terser (tools/minify.js) for the package's size; UNHOOKED_WEB_MINIFY=0
# leaves them readable, for debugging in the browser.
if [ "${UNHOOKED_WEB_MINIFY:-1}" != 0 ]; then
    NODE_PATH="$out/npm/node_modules" node tools/minify.js "$out/player" \
        player.js lms.js core.js i18n.js unhooked-core.js player.css ||
        { say "tools/minify.js failed"; exit 1; }
fi

# The catalogs: each po/LANG.po of po/LINGUAS, as i18n/LANG.js (tools/po2js.js,
# with npm's gettext-parser), checked by msgfmt first as the kiosk's build does.
# Only the strings of what runs in the browser go in: those xgettext finds in
# the core's folders, web/api.c and the player's JavaScript.
mkdir -p "$out/player/i18n"
{ find engine/core engine/script engine/session -name '*.[ch]'; echo web/api.c; } | LC_ALL=C sort |
    xgettext --files-from=- --language=C --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=ngettext:1,2 \
        -o "$out/web.pot.new"
find web/player -name '*.js' | LC_ALL=C sort |
    xgettext --join-existing --files-from=- --language=JavaScript --from-code=UTF-8 --keyword=_ \
        --keyword=ngettext:1,2 -o "$out/web.pot.new"
sed -i '/^"POT-Creation-Date:/d' "$out/web.pot.new"
if cmp -s "$out/web.pot.new" "$out/web.pot"; then rm "$out/web.pot.new"; else mv "$out/web.pot.new" "$out/web.pot"; fi
for lang in $(grep '^[a-z]' po/LINGUAS); do
    js="$out/player/i18n/$lang.js"
    if [ ! -f "$js" ] || [ "po/$lang.po" -nt "$js" ] || [ tools/po2js.js -nt "$js" ] || [ "$out/web.pot" -nt "$js" ]; then
        msgfmt --check -o /dev/null "po/$lang.po" || { say "po/$lang.po does not compile"; exit 1; }
        NODE_PATH="$out/npm/node_modules" node tools/po2js.js "po/$lang.po" "$js" "$out/web.pot"
    fi
done
say "assembled the player in $out/player"
