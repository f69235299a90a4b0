#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# upgrade.sh SOURCE_DIR WORK_DIR — installs the previous release's package on
# this machine, sets the admin PIN and edits the configuration the way an
# administrator does, then upgrades to the package deb.sh built
# (WORK_DIR/deb-build) non-interactively, with `apt-get install -y` and no
# terminal, as unattended upgrades and configuration management do; then
# checks that the upgrade finished, that the PIN hash left the
# configuration for its own file, that only the administrator's settings
# stayed, that results survived, and that a later package with a new default
# configuration upgrades without a question too; then purges.
#
# The previous release, 0.1.0, is built from the commit it was made from
# (PREVIOUS below; $UNHOOKED_PREVIOUS names another commit), so the source
# must be a git checkout with history. Before the real test, a control run
# shows that the harness does see a configuration-file prompt: 0.1.0
# upgraded to a copy of itself whose default configuration changed stops
# there, as issue 15 describes.
#
# It needs root (exit 77, skipped, otherwise). It runs in a throwaway copy of
# this machine: a private mount namespace where / is an overlay whose
# changes go to a tmpfs, chrooted into, with /run empty (so no systemd is
# told anything) and only SOURCE_DIR and WORK_DIR bound in from outside.
# dpkg, apt, the new user and every file it installs vanish with it, and
# whatever this machine has (another copy of Unhooked, a running dpkg) does
# not matter. Where mounting is not allowed, or with
# UNHOOKED_UPGRADE_ON_HOST=1, it runs on the machine itself instead, and
# then refuses to run (exit 77) where a package named unhooked,
# /etc/unhooked or /var/lib/unhooked already exists, and removes at the end
# whatever it created: the package (purged), /etc/unhooked,
# /var/lib/unhooked, the "unhooked" user and group when it made them.
set -u
src=$(cd "$1" && pwd)
mkdir -p "$2"
work=$(cd "$2" && pwd)
self=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
PREVIOUS=${UNHOOKED_PREVIOUS:-f6d53e9eebe869fc1f5b05ea8e09524a386db30e}  # 0.1.0
PIN=480213

skip() { echo "skip: $*"; exit 77; }
fail=0
bad() { echo "FAIL $*"; fail=1; }
note() { echo "-- $*"; }

[ "$(id -u)" -eq 0 ] || skip "installs packages, so it needs root"
for tool in dpkg dpkg-deb apt-get git cmake cpack python3 runuser unshare chroot; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool is not installed"
done

# -- into the sandbox --------------------------------------------------------
if [ "${UH_UPGRADE_SANDBOX:-}" != inside ] && [ "${UNHOOKED_UPGRADE_ON_HOST:-0}" != 1 ]; then
    box=$(mktemp -d)
    if unshare --mount --fork sh -c "mount -t tmpfs probe '$box'" 2>/dev/null; then
        unshare --mount --fork sh -s "$src" "$work" "$box" "$self" <<'EOF'
set -e
src=$1 work=$2 box=$3 self=$4
mount -t tmpfs -o mode=0755 unhooked-upgrade "$box"
mkdir -p "$box/upper" "$box/scratch" "$box/root"
mount -t overlay overlay -o "lowerdir=/,upperdir=$box/upper,workdir=$box/scratch" "$box/root"
mount -t proc proc "$box/root/proc"
mount --rbind /dev "$box/root/dev"
mount -t tmpfs -o mode=0755 run "$box/root/run"
mount -t tmpfs -o mode=1777 tmp "$box/root/tmp"
mkdir -p "$box/root$src" "$box/root$work"
mount --bind "$src" "$box/root$src"
mount -o remount,bind,ro "$box/root$src"
mount --bind "$work" "$box/root$work"
exec chroot "$box/root" env UH_UPGRADE_SANDBOX=inside sh "$self" "$src" "$work"
EOF
        rc=$?
        rmdir "$box"
        exit $rc
    fi
    rmdir "$box"
    echo "note: cannot mount a sandbox here; running on this machine itself"
fi
if [ "${UH_UPGRADE_SANDBOX:-}" = inside ]; then
    # A copy of this machine: start from one without Unhooked.
    dpkg --purge --force-all unhooked >/dev/null 2>&1
    rm -rf /etc/unhooked /var/lib/unhooked
    userdel unhooked 2>/dev/null
    groupdel unhooked 2>/dev/null
    echo "-- in a sandbox: an overlay of / on tmpfs, in a private mount namespace"
else
    if dpkg-query -W -f='${Status}' unhooked 2>/dev/null | grep -qv 'not-installed'; then
        skip "a package named unhooked is on this machine already; not touching it"
    fi
    [ -e /etc/unhooked ] && skip "/etc/unhooked exists; not touching it"
    [ -e /var/lib/unhooked ] && skip "/var/lib/unhooked exists; not touching it"
fi
git() { command git -c safe.directory='*' "$@"; }
git -C "$src" cat-file -e "$PREVIOUS^{commit}" 2>/dev/null ||
    skip "$src is not a git checkout holding $PREVIOUS (the 0.1.0 release)"
new=$(ls "$work"/deb-build/unhooked_*.deb 2>/dev/null | head -1)
[ -n "$new" ] || { echo "FAIL no new package in $work/deb-build (packaging_deb makes it)"; exit 1; }

had_user=0
getent passwd unhooked >/dev/null && had_user=1
had_group=0
getent group unhooked >/dev/null && had_group=1

# apt-get as an unattended upgrade runs it: -y, no terminal, no answer to
# any question, and no --force-conf* option that would answer one.
# Its output goes to $log, one file per phase.
log=$work/upgrade-apt.log
phase() { log=$work/upgrade-$1.log; : >"$log"; }
apt() {
    apt-get -y -q -o DPkg::Lock::Timeout=600 "$@" </dev/null >>"$log" 2>&1
}
status() { dpkg-query -W -f='${Status}' unhooked 2>/dev/null; }

cleanup() {
    if dpkg-query -W -f='${Status}' unhooked 2>/dev/null | grep -qv 'not-installed'; then
        dpkg --configure --force-confold -a >/dev/null 2>&1
        apt purge unhooked || dpkg --purge --force-all unhooked >/dev/null 2>&1
    fi
    rm -rf /etc/unhooked /var/lib/unhooked "$scratch"
    if [ $had_user -eq 0 ] && getent passwd unhooked >/dev/null; then
        userdel unhooked 2>/dev/null
    fi
    if [ $had_group -eq 0 ] && getent group unhooked >/dev/null; then
        groupdel unhooked 2>/dev/null
    fi
    left=$(ls /etc/systemd/system /var/lib/systemd/deb-systemd-helper-enabled \
              /var/lib/systemd/deb-systemd-helper-masked 2>/dev/null | grep unhooked)
    [ -z "$left" ] || { echo "FAIL left behind in systemd's folders: $left"; fail=1; }
}
scratch=$(mktemp -d)
chmod 755 "$scratch"
trap 'cleanup' EXIT
trap 'exit 1' INT TERM

# -- the previous release's package, built from its commit ---------------
old_dir=$work/upgrade-old
if [ "$(cat "$old_dir/commit" 2>/dev/null)" != "$PREVIOUS" ] ||
   ! ls "$old_dir"/build/unhooked_*.deb >/dev/null 2>&1; then
    note "building the previous release from ${PREVIOUS%"${PREVIOUS#????????}"}"
    rm -rf "$old_dir" && mkdir -p "$old_dir/src"
    git -C "$src" archive "$PREVIOUS" | tar -x -C "$old_dir/src" ||
        { echo "FAIL git archive $PREVIOUS"; exit 1; }
    { cmake -S "$old_dir/src" -B "$old_dir/build" -DCMAKE_INSTALL_PREFIX=/usr \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo -DUNHOOKED_SANITIZE=OFF &&
      cmake --build "$old_dir/build" --target unhooked -j2 &&
      (cd "$old_dir/build" && cpack -G DEB); } >"$old_dir/build.log" 2>&1 ||
        { tail -30 "$old_dir/build.log"; echo "FAIL building the previous release"; exit 1; }
    echo "$PREVIOUS" >"$old_dir/commit"
fi
old=$(ls "$old_dir"/build/unhooked_*.deb | head -1)
old_version=$(dpkg-deb -f "$old" Version)
new_version=$(dpkg-deb -f "$new" Version)
dpkg --compare-versions "$new_version" gt "$old_version" ||
    { echo "FAIL $new_version is not newer than $old_version"; exit 1; }
note "previous $(basename "$old"), new $(basename "$new")"

# A package made from deb (a .deb) with version, and its files changed by
# the shell command edit run in the unpacked tree; written to out.
repack() {
    deb=$1 version=$2 edit=$3 out=$4
    tree=$scratch/repack
    rm -rf "$tree" && dpkg-deb -R "$deb" "$tree" &&
        (cd "$tree" && eval "$edit") &&
        sed -i "s/^Version: .*/Version: $version/" "$tree/DEBIAN/control" &&
        (cd "$tree" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' |
             xargs -0 md5sum >DEBIAN/md5sums) &&
        dpkg-deb --root-owner-group -b "$tree" "$out" >/dev/null
}

# The kiosk's results: one attempt, recorded by the old program.
record_attempt() {
    cp "$src/tests/store/fixtures/mini.lua" "$src/tests/store/fixtures/report-early.json" "$scratch/"
    chmod 644 "$scratch"/mini.lua "$scratch"/report-early.json
    runuser -u unhooked -- unhooked run "$scratch/mini.lua" --answers "$scratch/report-early.json" \
        --trainee T-0001 --db /var/lib/unhooked/results.db >/dev/null 2>&1 ||
        bad "the previous release could not record an attempt"
}

# The number of attempts in the kiosk's store (CSV rows after the header).
attempts() {
    runuser -u unhooked -- unhooked export --format csv --db /var/lib/unhooked/results.db 2>/dev/null |
        python3 -c 'import csv,sys; print(len(list(csv.reader(sys.stdin))) - 1)' 2>/dev/null
}

# A JSON key's value in a file, or "absent".
json_get() {
    python3 - "$1" "$2" <<'EOF'
import json, sys
node = json.load(open(sys.argv[1]))
for part in sys.argv[2].split("."):
    if not isinstance(node, dict) or part not in node:
        print("absent"); sys.exit()
    node = node[part]
print(json.dumps(node))
EOF
}

install_old_with_pin() {
    apt install "$old" || { tail -20 "$log"; echo "FAIL installing $old"; exit 1; }
    dpkg-query -W -f='${Conffiles}' unhooked | grep -q ' /etc/unhooked/config.json ' ||
        bad "the previous release did not ship its config as a conffile (wrong PREVIOUS?)"
    printf '%s\n%s\n' $PIN $PIN | unhooked set-pin >/dev/null 2>&1 || bad "set-pin of $old_version failed"
    old_hash=$(json_get /etc/unhooked/config.json kiosk.admin_pin_hash | tr -d '"')
    case "$old_hash" in '$y$'*) ;; *) bad "$old_version's set-pin put no hash in the config: $old_hash" ;; esac
}

# -- control: the prompt the old layout causes, seen by this harness -----
note "control: $old_version, set-pin, then a copy whose default config changed"
phase control
repack "$old" "$old_version+changed" \
    "sed -i 's/\"pass_mark\": 70/\"pass_mark\": 75/' etc/unhooked/config.json" \
    "$scratch/changed.deb" || { echo "FAIL repacking"; exit 1; }
install_old_with_pin
if apt install "$scratch/changed.deb" && [ "$(status)" = "install ok installed" ]; then
    bad "the control upgrade did not stop at the conffile prompt: this harness cannot see one"
else
    grep -q 'conffile' "$log" ||
        bad "the control upgrade failed, but not at the conffile prompt: $(tail -5 "$log")"
    note "control: stopped as expected ($(status))"
fi
dpkg --configure --force-confold -a >/dev/null 2>&1
apt purge unhooked || bad "purging after the control run"
rm -rf /var/lib/unhooked

# -- the upgrade: an administrator's kiosk on 0.1.0 ----------------------
note "$old_version with the PIN set, the config edited and results, upgraded to $new_version"
phase from-0.1
install_old_with_pin
python3 - <<'EOF'
import json
p = "/etc/unhooked/config.json"
c = json.load(open(p))
c["organisation"] = "Northwind Drives"
c["security_contact"]["email"] = "security@northwind.example"
c["kiosk"]["idle_timeout_s"] = 120
json.dump(c, open(p, "w"), indent=2)
EOF
record_attempt
[ "$(attempts)" = 1 ] || bad "the previous release's store has $(attempts) attempts, not 1"

phase upgrade
if ! apt install "$new"; then
    tail -30 "$log"
    bad "apt-get install -y of $new_version failed"
fi
[ "$(status)" = "install ok installed" ] || bad "after the upgrade the package is '$(status)'"
grep -qi 'conffile' "$log" && bad "the upgrade mentioned a conffile: $(grep -i conffile "$log")"
[ "$(unhooked --version)" = "unhooked $new_version" ] || bad "the upgraded program says $(unhooked --version)"
grep -q '"admin_pin_hash"' /etc/unhooked/config.json && bad "the PIN hash is still in the configuration"
[ -f /etc/unhooked/admin-pin.hash ] || bad "no /etc/unhooked/admin-pin.hash"
[ "$(cat /etc/unhooked/admin-pin.hash 2>/dev/null)" = "$old_hash" ] || bad "admin-pin.hash is not the PIN set before"
[ "$(stat -c '%U:%G %a' /etc/unhooked/admin-pin.hash 2>/dev/null)" = "root:unhooked 640" ] ||
    bad "admin-pin.hash is $(stat -c '%U:%G %a' /etc/unhooked/admin-pin.hash)"
runuser -u unhooked -- cat /etc/unhooked/admin-pin.hash >/dev/null 2>&1 || bad "the kiosk user cannot read the hash"
runuser -u nobody -- cat /etc/unhooked/admin-pin.hash >/dev/null 2>&1 && bad "anyone can read the hash"
[ "$(json_get /etc/unhooked/config.json organisation)" = '"Northwind Drives"' ] || bad "the organisation was lost"
[ "$(json_get /etc/unhooked/config.json security_contact.email)" = '"security@northwind.example"' ] ||
    bad "the security contact's e-mail was lost"
[ "$(json_get /etc/unhooked/config.json kiosk.idle_timeout_s)" = 120 ] || bad "kiosk.idle_timeout_s was lost"
for k in scoring report limits paths lrs allow_anonymous retention_days kiosk.pin_max_tries; do
    [ "$(json_get /etc/unhooked/config.json $k)" = absent ] ||
        bad "$k, a 0.1 default, is still spelt out (a later default would not reach this machine)"
done
unhooked check --config /etc/unhooked/config.json /usr/share/unhooked/scenarios >/dev/null 2>&1 ||
    bad "the migrated configuration does not load"
[ "$(attempts)" = 1 ] || bad "after the upgrade the store has $(attempts) attempts, not 1"
dpkg-query -W -f='${Conffiles}\n' unhooked | grep ' /etc/unhooked/' | grep -qv obsolete &&
    bad "dpkg still treats a file in /etc/unhooked as a live conffile"
note "upgraded: $(cat /etc/unhooked/config.json | tr -d '\n\t ' | cut -c1-160)"

# set-pin of the new release: the hash file changes, the config does not.
cp /etc/unhooked/config.json "$scratch/config.before"
printf '%s\n%s\n' 975310 975310 | unhooked set-pin >/dev/null 2>&1 || bad "set-pin of $new_version failed"
cmp -s /etc/unhooked/config.json "$scratch/config.before" || bad "set-pin changed the configuration"
[ "$(cat /etc/unhooked/admin-pin.hash)" != "$old_hash" ] || bad "set-pin did not replace the hash"
[ "$(stat -c '%U:%G %a' /etc/unhooked/admin-pin.hash)" = "root:unhooked 640" ] ||
    bad "after set-pin admin-pin.hash is $(stat -c '%U:%G %a' /etc/unhooked/admin-pin.hash)"
cp /etc/unhooked/admin-pin.hash "$scratch/hash.before"

# -- a later release whose default configuration changed ------------------
later="$new_version.1"
note "$new_version, set-pin, then $later whose shipped configuration changed"
phase later
repack "$new" "$later" \
    "sed -i 's/Your organisation/Your organisation (name it in \/etc\/unhooked\/config.json)/' usr/share/unhooked/config.json" \
    "$scratch/later.deb" || { echo "FAIL repacking"; exit 1; }
if ! apt install "$scratch/later.deb"; then
    tail -30 "$log"
    bad "apt-get install -y of $later failed"
fi
[ "$(status)" = "install ok installed" ] || bad "after upgrading to $later the package is '$(status)'"
cmp -s /etc/unhooked/config.json "$scratch/config.before" || bad "upgrading to $later changed the configuration"
cmp -s /etc/unhooked/admin-pin.hash "$scratch/hash.before" || bad "upgrading to $later changed the PIN hash"

# -- purge ------------------------------------------------------------------
apt purge unhooked || bad "apt-get purge failed"
case "$(status)" in ""|*not-installed) ;; *) bad "after purge the package is '$(status)'" ;; esac
[ -e /etc/unhooked ] && bad "purge left /etc/unhooked: $(ls -A /etc/unhooked)"
[ -f /var/lib/unhooked/results.db ] || bad "purge deleted the results (they are the organisation's)"
rm -rf /var/lib/unhooked

# -- a first installation -------------------------------------------------
note "$new_version installed afresh"
phase fresh
apt install "$new" || bad "installing $new_version afresh failed"
cmp -s /etc/unhooked/config.json /usr/share/unhooked/config.json || bad "the new config is not the template"
[ "$(stat -c '%U:%G %a' /etc/unhooked/config.json)" = "root:unhooked 644" ] ||
    bad "the new config is $(stat -c '%U:%G %a' /etc/unhooked/config.json)"
[ -e /etc/unhooked/admin-pin.hash ] && bad "a PIN hash came with the package"
[ "$(stat -c '%U:%G %a' /var/lib/unhooked)" = "unhooked:unhooked 750" ] ||
    bad "/var/lib/unhooked is $(stat -c '%U:%G %a' /var/lib/unhooked)"

# What unhooked-sync.timer starts, as the unit says (command and user),
# against a loopback LRS: the kiosk user reads the configuration holding the
# LRS password through its group, and marks what it sent in the store.
note "unhooked-sync.service's command, as its user, to a loopback LRS"
unit=/usr/lib/systemd/system/unhooked-sync.service
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
user=$(sed -n 's/^User=//p' "$unit")
python3 - "$scratch/lrs.port" "$scratch/lrs.count" <<'EOF' &
import json, sys
from http.server import BaseHTTPRequestHandler, HTTPServer
port_file, count_file = sys.argv[1], sys.argv[2]
count = 0
class H(BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_POST(self):
        global count
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        ok = (self.path == "/xapi/statements" and
              self.headers.get("Authorization") == "Basic a2lvc2stNzpzM2NyZXQ=")  # kiosk-7:s3cret
        if ok:
            count += len(body)
            open(count_file, "w").write(str(count))
        out = json.dumps([s["id"] for s in body] if ok else {"error": "no"}).encode()
        self.send_response(200 if ok else 401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)
srv = HTTPServer(("127.0.0.1", 0), H)
open(port_file + ".tmp", "w").write(str(srv.server_address[1]))
import os; os.rename(port_file + ".tmp", port_file)
srv.serve_forever()
EOF
lrs_pid=$!
i=0
while [ ! -s "$scratch/lrs.port" ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
cat >/etc/unhooked/config.json <<EOF
{
  "organisation": "Northwind Drives",
  "lrs": { "url": "http://127.0.0.1:$(cat "$scratch/lrs.port")/xapi/",
           "username": "kiosk-7", "password": "s3cret" }
}
EOF
chmod 640 /etc/unhooked/config.json
record_attempt
if runuser -u "$user" -- $exec_start >"$scratch/sync.out" 2>&1; then
    [ "$(cat "$scratch/lrs.count" 2>/dev/null)" -gt 0 ] 2>/dev/null ||
        bad "the sync reported success but the LRS got nothing: $(cat "$scratch/sync.out")"
    sent=$(cat "$scratch/lrs.count")
    runuser -u "$user" -- $exec_start >"$scratch/sync.out" 2>&1 || bad "the second sync failed"
    [ "$(cat "$scratch/lrs.count")" = "$sent" ] || bad "the second sync sent statements again"
    note "sync: $sent statements sent, none sent twice"
else
    bad "unhooked-sync.service's command failed: $(cat "$scratch/sync.out")"
fi
kill $lrs_pid 2>/dev/null
wait $lrs_pid 2>/dev/null

apt purge unhooked || bad "apt-get purge failed"
[ -e /etc/unhooked ] && bad "purge left /etc/unhooked"

[ $fail -eq 0 ] && echo "ok   upgrade"
exit $fail
