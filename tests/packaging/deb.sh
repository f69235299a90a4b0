#!/bin/sh
# deb.sh SOURCE_DIR WORK_DIR — builds the Debian package the way a release
# would (a tree configured with CMAKE_INSTALL_PREFIX=/usr, then cpack -G DEB),
# then checks it without installing it: its control fields, its file list,
# and the files extracted into a scratch root, whose binary must check the
# scenarios it ships and accept the config it ships. Exit 77 (skipped) when
# cpack or dpkg-deb is missing.
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
for lib in libsdl2-2.0-0 libsdl2-ttf-2.0-0 liblua5.4-0 libcjson1 libsqlite3-0 libcurl4 \
           libcrypt1 libmd0 libsystemd0 libpng16-16 adduser; do
    echo "$depends" | tr ',' '\n' | grep -q "^ *$lib\( \|$\)" || bad "Depends lacks $lib: $depends"
done
echo "$depends" | grep -q "fonts-noto-core | fonts-dejavu-core" || bad "Depends lacks the fonts"
ctl=$work/deb-control
rm -rf "$ctl" && mkdir -p "$ctl"
dpkg-deb -e "$deb" "$ctl"
grep -qx /etc/unhooked/config.json "$ctl/conffiles" || bad "config.json is not a conffile"
for s in postinst prerm postrm; do
    [ -x "$ctl/$s" ] || bad "$s missing or not executable"
    sh -n "$ctl/$s" || bad "$s has a syntax error"
done

# -- file list ----------------------------------------------------------
list=$(dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|')
for f in /usr/bin/unhooked /usr/share/unhooked/scenarios/paid-paper.lua \
         /usr/share/applications/unhooked.desktop \
         /usr/share/icons/hicolor/scalable/apps/unhooked.svg \
         /usr/lib/systemd/system/unhooked-kiosk.service /etc/unhooked/config.json \
         /usr/libexec/unhooked/kiosk-session /usr/share/unhooked/kiosk/10-unhooked-kiosk.conf \
         /usr/share/unhooked/kiosk/lightdm-unhooked-kiosk.conf \
         /usr/share/unhooked/kiosk/unhooked-kiosk.desktop \
         /usr/share/doc/unhooked/deployment.md /usr/share/doc/unhooked/configuration.md; do
    echo "$list" | grep -qx "$f" || bad "the package lacks $f"
done
echo "$list" | grep -q '^/usr/local' && bad "something is packaged under /usr/local"
other=$(echo "$list" | grep '^/etc/.' | grep -v '^/etc/unhooked/\(config\.json\)\?$')
[ -z "$other" ] || bad "unexpected files in /etc: $other"
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

# -- extracted ----------------------------------------------------------
root=$work/deb-root
rm -rf "$root" && mkdir -p "$root"
dpkg -x "$deb" "$root"
exe=$root/usr/bin/unhooked
[ -x "$exe" ] || { echo "FAIL no executable binary"; exit 1; }
out=$("$exe" check "$root/usr/share/unhooked/scenarios" 2>&1) || bad "check of the packaged scenarios: $out"
echo "$out" | grep -q "0 problems" || bad "check said: $out"
for lang in $langs; do
    out=$("$exe" check "$root/usr/share/unhooked/scenarios/$lang" 2>&1) ||
        bad "check of the packaged $lang scenarios: $out"
done
"$exe" help | grep -q "set-pin" || bad "help does not list set-pin"
cfg_mode=$(stat -c %a "$root/etc/unhooked/config.json")
[ "$cfg_mode" = 644 ] || bad "config.json mode is $cfg_mode"
# The shipped config must load (set-pin refuses to write one that does not).
cp "$root/etc/unhooked/config.json" "$work/deb-config.json"
chmod 644 "$work/deb-config.json"
printf '480213\n480213\n' | "$exe" set-pin --config "$work/deb-config.json" >/dev/null ||
    bad "set-pin refused the shipped config"
[ "$(stat -c %a "$work/deb-config.json")" = 640 ] || bad "set-pin left the config readable by all"
grep -q '"\$y\$' "$work/deb-config.json" || bad "no yescrypt hash in the config"

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
if command -v systemd-analyze >/dev/null 2>&1; then
    # Verified with ExecStart pointing at the extracted binary.
    sed "s|/usr/bin/unhooked|$exe|" "$unit" >"$work/unhooked-kiosk.service"
    v=$(systemd-analyze verify "$work/unhooked-kiosk.service" 2>&1) || bad "systemd-analyze verify: $v"
    [ -z "$v" ] || bad "systemd-analyze verify warns: $v"
fi

# -- postinst, with the system commands it calls replaced by loggers ------
stub=$work/deb-stub
rm -rf "$stub" && mkdir -p "$stub"
for c in adduser install chgrp systemctl; do
    printf '#!/bin/sh\necho "%s $*" >>"%s/calls"\n' "$c" "$stub" >"$stub/$c"
    chmod +x "$stub/$c"
done
printf '#!/bin/sh\nexit 2\n' >"$stub/getent"  # no such user yet
chmod +x "$stub/getent"
PATH="$stub:$PATH" sh "$ctl/postinst" configure || bad "postinst configure failed"
grep -q "^adduser --system --group --home /var/lib/unhooked .* unhooked$" "$stub/calls" ||
    bad "postinst did not create the user: $(cat "$stub/calls")"
grep -q "^install -d -o unhooked -g unhooked -m 0750 /var/lib/unhooked$" "$stub/calls" ||
    bad "postinst did not make /var/lib/unhooked"

[ $fail -eq 0 ] && echo "ok   deb"
exit $fail
