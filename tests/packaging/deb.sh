#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# deb.sh SOURCE_DIR WORK_DIR — builds the Debian package the way a release
# would (a tree configured with CMAKE_INSTALL_PREFIX=/usr, which turns on
# Debian's hardening flags, then cpack -G DEB), then checks it without
# installing it: its control fields and maintainer scripts, its file list,
# the hardening of its binary, lintian (when installed: no error and no
# warning), and the files extracted into a scratch root, whose binary must
# check the scenarios it ships and accept the config it ships. The package
# is left as WORK_DIR/deb-build/unhooked_*.deb for upgrade.sh. Exit 77
# (skipped) when cpack or dpkg-deb is missing.
set -u
src=$(cd "$1" && pwd)
work=$2
for tool in cpack dpkg-deb dpkg; do
    command -v "$tool" >/dev/null 2>&1 || { echo "skip: $tool is not installed"; exit 77; }
done

fail=0
bad() { echo "FAIL $*"; fail=1; }

# -- build --------------------------------------------------------------
build=$work/deb-build
mkdir -p "$build"
cmake -S "$src" -B "$build" -DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DUNHOOKED_SANITIZE=OFF >"$work/deb-configure.log" 2>&1 ||
    { cat "$work/deb-configure.log"; echo "FAIL configure"; exit 1; }
cmake --build "$build" --target unhooked -j2 >"$work/deb-build.log" 2>&1 ||
    { tail -30 "$work/deb-build.log"; echo "FAIL build"; exit 1; }
grep -q 'dpkg-buildflags: .*-D_FORTIFY_SOURCE' "$work/deb-configure.log" ||
    bad "the package build does not use dpkg-buildflags: $(grep -i buildflags "$work/deb-configure.log")"
if grep -q 'warning:' "$work/deb-build.log"; then
    grep -B2 -A4 'warning:' "$work/deb-build.log" | head -40
    bad "the hardened build warns"
fi
rm -f "$build"/unhooked_*.deb
(cd "$build" && cpack -G DEB) >"$work/deb-cpack.log" 2>&1 ||
    { cat "$work/deb-cpack.log"; echo "FAIL cpack"; exit 1; }
deb=$(ls "$build"/unhooked_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "FAIL no .deb was made"; exit 1; }
echo "built $(basename "$deb") ($(wc -c <"$deb") bytes)"

# -- control fields -----------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = unhooked ] || bad "Package is '$(field Package)'"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || bad "Architecture"
depends=$(field Depends)
for lib in libsdl2-2.0-0 libsdl2-ttf-2.0-0 liblua5.4-0 libcjson1 libsqlite3-0 libcurl4 libzip4 \
           libcrypt1 libmd0 libsystemd0 libpng16-16 adduser; do
    echo "$depends" | tr ',' '\n' | grep -q "^ *$lib\( \|$\)" || bad "Depends lacks $lib: $depends"
done
echo "$depends" | grep -q "fonts-noto-core | fonts-dejavu-core" || bad "Depends lacks the fonts"
field Suggests | tr ',' '\n' | grep -qx ' *graphviz' || bad "Suggests lacks graphviz: $(field Suggests)"
field Recommends | tr ',' '\n' | grep -qx ' *libespeak-ng1' || bad "Recommends lacks libespeak-ng1 (read aloud): $(field Recommends)"
[ "$(field Version)" = "$(sed -n '1s/^unhooked (\([^)]*\)).*/\1/p' "$src/packaging/debian/changelog")" ] ||
    bad "Version $(field Version) is not the changelog's"
ctl=$work/deb-control
rm -rf "$ctl" && mkdir -p "$ctl"
dpkg-deb -e "$deb" "$ctl"
# The configuration is the administrator's, created by postinst: no
# conffile, so no upgrade ever stops at a prompt.
[ ! -s "$ctl/conffiles" ] || bad "the package has conffiles: $(cat "$ctl/conffiles")"
for s in postinst prerm postrm; do
    [ -x "$ctl/$s" ] || bad "$s missing or not executable"
    sh -n "$ctl/$s" || bad "$s has a syntax error"
    # Units are handled through deb-systemd-helper and deb-systemd-invoke;
    # only the reload debhelper's own snippets do is left to systemctl.
    direct=$(grep -n 'systemctl' "$ctl/$s" | grep -v '^[0-9]*: *#' | grep -v 'systemctl --system daemon-reload')
    [ -z "$direct" ] || bad "$s calls systemctl: $direct"
done

# -- file list ----------------------------------------------------------
list=$(dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|')
for f in /usr/bin/unhooked /usr/share/unhooked/scenarios/paid-paper.lua \
         /usr/share/applications/unhooked.desktop \
         /usr/share/icons/hicolor/scalable/apps/unhooked.svg \
         /usr/lib/systemd/system/unhooked-kiosk.service \
         /usr/lib/systemd/system/unhooked-sync.service /usr/lib/systemd/system/unhooked-sync.timer \
         /usr/share/man/man1/unhooked.1.gz /usr/share/man/man5/unhooked.json.5.gz \
         /usr/share/doc/unhooked/copyright /usr/share/doc/unhooked/changelog.gz \
         /usr/share/doc/unhooked/NOTICE /usr/share/doc/unhooked/config.json.default \
         /usr/share/doc/unhooked/export.schema.json \
         /usr/share/unhooked/config.json /usr/share/locale/de/LC_MESSAGES/unhooked.mo \
         /usr/libexec/unhooked/kiosk-session /usr/share/unhooked/kiosk/10-unhooked-kiosk.conf \
         /usr/share/unhooked/kiosk/lightdm-unhooked-kiosk.conf \
         /usr/share/unhooked/kiosk/unhooked-kiosk.desktop \
         /usr/share/doc/unhooked/deployment.md /usr/share/doc/unhooked/configuration.md; do
    echo "$list" | grep -qx "$f" || bad "the package lacks $f"
done
echo "$list" | grep -q '^/usr/local' && bad "something is packaged under /usr/local"
etc=$(echo "$list" | grep '^/etc')
[ -z "$etc" ] || bad "the package puts files in /etc (postinst creates the config): $etc"
nscen=$(ls "$src"/scenarios/*.lua | wc -l)
[ "$(echo "$list" | grep -c '^/usr/share/unhooked/scenarios/[^/]*\.lua$')" -eq "$nscen" ] ||
    bad "not all $nscen scenarios are packaged"
# Translations (scenarios/LANG/ID.lua) ship beside their originals.
langs=""
for d in "$src"/scenarios/*/; do
    [ -d "$d" ] || continue
    lang=$(basename "$d")
    n=$(ls "$d"*.lua 2>/dev/null | wc -l)
    [ "$n" -gt 0 ] || continue
    langs="$langs $lang"
    [ "$(echo "$list" | grep -c "^/usr/share/unhooked/scenarios/$lang/[^/]*\.lua\$")" -eq "$n" ] ||
        bad "not all $n scenarios in $lang are packaged"
done

# -- lintian: no error, no warning ----------------------------------------
if command -v lintian >/dev/null 2>&1; then
    lint=$(lintian "$deb" 2>&1 | grep -v 'running with root privileges is not recommended')
    if [ -n "$lint" ]; then
        echo "$lint"
        echo "$lint" | grep -q '^[EW]: ' && bad "lintian reports errors or warnings"
    fi
    echo "lintian $(lintian --version | sed 's/^Lintian v//'): $(echo "$lint" | grep -c '^[EW]: ') errors and warnings"
else
    echo "note: lintian is not installed; not run"
fi

# -- extracted ----------------------------------------------------------
root=$work/deb-root
rm -rf "$root" && mkdir -p "$root"
dpkg -x "$deb" "$root"
exe=$root/usr/bin/unhooked
[ -x "$exe" ] || { echo "FAIL no executable binary"; exit 1; }
[ "$("$exe" --version)" = "unhooked $(field Version)" ] || bad "--version says '$("$exe" --version)'"
[ "$("$exe" version)" = "unhooked $(field Version)" ] || bad "version says '$("$exe" version)'"

# Hardening, as lintian's hardening checks see it: PIE, full RELRO
# (read-only relocations and BIND_NOW), the stack protector, and
# _FORTIFY_SOURCE's checked functions.
readelf -h "$exe" | grep -q 'Type: *DYN' || bad "the binary is not PIE"
readelf -lW "$exe" | grep -q GNU_RELRO || bad "the binary has no RELRO segment"
readelf -dW "$exe" | grep -Eq 'BIND_NOW|FLAGS_1.* NOW' || bad "the binary is not linked with BIND_NOW"
syms=$(readelf --dyn-syms -W "$exe")
echo "$syms" | grep -q '__stack_chk_fail' || bad "the binary has no stack protector"
echo "$syms" | grep -Eq '__[a-z0-9_]+_chk(@|$| )' || bad "the binary calls no fortified function"

# Man pages and changelog: gzip -9n (no name or time stamp), and man(1)
# renders the pages without a warning.
for gz in usr/share/man/man1/unhooked.1.gz usr/share/man/man5/unhooked.json.5.gz \
          usr/share/doc/unhooked/changelog.gz; do
    gzip -t "$root/$gz" || bad "$gz is not gzip"
    [ "$(od -An -tx1 -j3 -N5 "$root/$gz" | tr -d ' ')" = 0000000000 ] ||
        bad "$gz carries a name or a time stamp (use gzip -n)"
done
if command -v man >/dev/null 2>&1; then
    for page in usr/share/man/man1/unhooked.1.gz usr/share/man/man5/unhooked.json.5.gz; do
        w=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
            "$root/$page" 2>&1 >/dev/null)
        [ -z "$w" ] || bad "$page: $w"
    done
    # Every command `unhooked help` lists is in unhooked(1).
    man1=$(MANWIDTH=200 man -l "$root/usr/share/man/man1/unhooked.1.gz" 2>/dev/null)
    for c in $("$exe" help | sed -n 's/^ *unhooked \([a-z][a-z-]*\).*/\1/p'); do
        echo "$man1" | grep -q "^       $c\( \|$\)" || bad "unhooked(1) does not describe '$c'"
    done
    # Every configuration key is in unhooked.json(5).
    man5=$(MANWIDTH=200 man -l "$root/usr/share/man/man5/unhooked.json.5.gz" 2>/dev/null)
    for k in $(python3 -c 'import json,sys
def walk(d, p=""):
    for k, v in d.items():
        if isinstance(v, dict): walk(v, p + k + ".")
        else: print(p + k)
walk(json.load(open(sys.argv[1])))' "$root/usr/share/doc/unhooked/config.json.default"); do
        echo "$man5" | grep -q "$k" || bad "unhooked.json(5) does not describe $k"
    done
fi
out=$("$exe" check "$root/usr/share/unhooked/scenarios" 2>&1) || bad "check of the packaged scenarios: $out"
echo "$out" | grep -q "0 problems" || bad "check said: $out"
for lang in $langs; do
    out=$("$exe" check "$root/usr/share/unhooked/scenarios/$lang" 2>&1) ||
        bad "check of the packaged $lang scenarios: $out"
done
"$exe" help | grep -q "set-pin" || bad "help does not list set-pin"
# The configuration postinst installs must load, and set-pin must leave it
# alone and write the hash beside it.
cp "$root/usr/share/unhooked/config.json" "$work/deb-config.json"
chmod 644 "$work/deb-config.json"
rm -f "$work/admin-pin.hash"
printf '480213\n480213\n' | "$exe" set-pin --config "$work/deb-config.json" >/dev/null ||
    bad "set-pin refused the shipped config"
cmp -s "$work/deb-config.json" "$root/usr/share/unhooked/config.json" || bad "set-pin changed the config"
[ "$(stat -c %a "$work/admin-pin.hash" 2>/dev/null)" = 640 ] || bad "set-pin left the hash readable by all"
grep -q '^\$y\$' "$work/admin-pin.hash" || bad "no yescrypt hash in admin-pin.hash"

desk=$root/usr/share/applications/unhooked.desktop
grep -qx 'Exec=unhooked' "$desk" || bad "desktop Exec"
grep -qx 'Type=Application' "$desk" || bad "desktop Type"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$desk" || bad "desktop-file-validate"
fi

unit=$root/usr/lib/systemd/system/unhooked-kiosk.service
for line in 'Type=notify' 'Restart=always' 'WatchdogSec=30' 'User=unhooked' \
            'ExecStart=/usr/bin/unhooked --kiosk --db /var/lib/unhooked/results.db'; do
    grep -qx "$line" "$unit" || bad "unit lacks '$line'"
done
sync=$root/usr/lib/systemd/system/unhooked-sync.service
for line in 'Type=oneshot' 'User=unhooked' \
            'ExecStart=/usr/bin/unhooked sync --db /var/lib/unhooked/results.db'; do
    grep -qx "$line" "$sync" || bad "unhooked-sync.service lacks '$line'"
done
grep -q '^\[Install\]' "$sync" && bad "unhooked-sync.service is enabled on its own, not by its timer"
timer=$root/usr/lib/systemd/system/unhooked-sync.timer
for line in 'OnUnitActiveSec=15min' 'WantedBy=timers.target'; do
    grep -qx "$line" "$timer" || bad "unhooked-sync.timer lacks '$line'"
done
if command -v systemd-analyze >/dev/null 2>&1; then
    # Verified with ExecStart pointing at the extracted binary.
    units=$work/deb-units
    rm -rf "$units" && mkdir -p "$units"
    for u in unhooked-kiosk.service unhooked-sync.service unhooked-sync.timer; do
        sed "s|/usr/bin/unhooked|$exe|" "$root/usr/lib/systemd/system/$u" >"$units/$u"
    done
    for u in unhooked-kiosk.service unhooked-sync.timer; do
        v=$(cd "$units" && MANPATH="$root/usr/share/man" systemd-analyze verify "$units/$u" 2>&1) || bad "systemd-analyze verify $u: $v"
        [ -z "$v" ] || bad "systemd-analyze verify $u warns: $v"
    done
fi

# -- postinst, with the system commands it calls replaced by loggers ------
stub=$work/deb-stub
rm -rf "$stub" && mkdir -p "$stub"
for c in adduser install chgrp systemctl deb-systemd-helper deb-systemd-invoke unhooked; do
    printf '#!/bin/sh\necho "%s $*" >>"%s/calls"\nexit 1\n' "$c" "$stub" >"$stub/$c"
    chmod +x "$stub/$c"
done
sed -i 's/^exit 1$/exit 0/' "$stub/adduser" "$stub/install" "$stub/chgrp"
printf '#!/bin/sh\nexit 2\n' >"$stub/getent"  # no such user yet
chmod +x "$stub/getent"
PATH="$stub:$PATH" sh "$ctl/postinst" configure || bad "postinst configure failed"
grep -q "^adduser --system --group --home /var/lib/unhooked .* unhooked$" "$stub/calls" ||
    bad "postinst did not create the user: $(cat "$stub/calls")"
grep -q "^install -d -o unhooked -g unhooked -m 0750 /var/lib/unhooked$" "$stub/calls" ||
    bad "postinst did not make /var/lib/unhooked"
if [ ! -e /etc/unhooked/config.json ]; then
    grep -q "^install -m 0644 -g unhooked /usr/share/unhooked/config.json /etc/unhooked/config.json$" \
        "$stub/calls" || bad "postinst did not create the config"
fi
for u in unhooked-kiosk.service unhooked-sync.timer; do
    grep -q "^deb-systemd-helper update-state $u$" "$stub/calls" ||
        bad "postinst did not register $u"
    grep -q "^deb-systemd-helper enable $u" "$stub/calls" && bad "postinst enabled $u"
done
grep -q "^unhooked " "$stub/calls" && bad "postinst migrated a config on a first install"
grep -q "^systemctl\|^deb-systemd-invoke" "$stub/calls" && [ ! -d /run/systemd/system ] &&
    bad "postinst talked to systemd where none runs"

[ $fail -eq 0 ] && echo "ok   deb"
exit $fail
