#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# package_cli.sh UNHOOKED SOURCE_DIR — `unhooked package` without a browser:
# usage errors, a scenario that does not exist, a missing player, what the
# configuration leaks (nothing secret may reach an LMS), the manifests,
# and that the same inputs give the same archive, byte for byte.
# A stand-in player folder is used, so no web build is needed.
set -u
exe=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fails=0 passes=0
ok() { passes=$((passes + 1)); }
bad() { echo "FAIL: $*"; fails=$((fails + 1)); }
cd "$src" || exit 1

player="$work/player"
mkdir -p "$player/i18n"
for f in index.html player.css player.js lms.js core.js i18n.js unhooked-core.js unhooked-core.wasm cmi5.umd.js \
         i18n/de.js; do
    echo "stand-in $f" >"$player/$f"
done

# A configuration with secrets in it.
cat >"$work/config.json" <<'EOF'
{
  "organisation": "Secretive Ltd",
  "security_contact": { "team": "Site Security", "phone": "+1 555 0199", "email": "sec@example.com" },
  "scoring": { "pass_mark": 80 },
  "lrs": { "url": "https://lrs.example.com/xapi", "username": "kiosk", "password": "hunter2-lrs" },
  "kiosk": { "admin_pin_hash": "$y$j9T$abcdefghijklmnopqrstu0$0123456789012345678901234567890123456789012" },
  "paths": { "results_db": "/var/lib/unhooked/private-results.db" }
}
EOF

# Usage.
"$exe" package -o "$work/x.zip" --player "$player" 2>"$work/err"
[ $? -eq 2 ] && grep -q 'usage: unhooked package' "$work/err" && ok || bad "no format: exit 2 with usage"
"$exe" package --cmi5 --scorm12 -o "$work/x.zip" --player "$player" 2>"$work/err"
[ $? -eq 2 ] && grep -q 'choose one of' "$work/err" && ok || bad "two formats: exit 2"
"$exe" package --cmi5 --player "$player" 2>/dev/null
[ $? -eq 2 ] && ok || bad "no -o: exit 2"
"$exe" package --cmi5 -o "$work/x.zip" --player "$player" --scenario no-such-thing 2>"$work/err"
[ $? -eq 1 ] && grep -q "no valid scenario 'no-such-thing'" "$work/err" && [ ! -e "$work/x.zip" ] && ok ||
    bad "unknown scenario: exit 1, named, nothing written"
"$exe" package --cmi5 -o "$work/x.zip" --player "$work/nowhere" 2>"$work/err"
[ $? -eq 1 ] && grep -q 'web player was not found' "$work/err" && ok || bad "missing player: exit 1, said"
"$exe" package --cmi5 -o "$work/x.zip" --player "$player" --config "$work/nope.json" 2>"$work/err"
[ $? -eq 2 ] && grep -q 'nope.json' "$work/err" && ok || bad "unreadable config: exit 2, file named"

# cmi5: the manifest, and nothing secret.
"$exe" package --cmi5 -o "$work/a.zip" --player "$player" --config "$work/config.json" \
    --scenario paid-paper --scenario family-gifts 2>"$work/err" || bad "cmi5 package: $(cat "$work/err")"
python3 - "$work/a.zip" <<'EOF' || bad "cmi5 package contents"
import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = set(z.namelist())
need = {"cmi5.xml", "course.json", "config.json", "index.html", "unhooked-core.wasm", "cmi5.umd.js",
        "i18n.js", "i18n/de.js", "scenarios/paid-paper.lua", "scenarios/family-gifts.lua",
        "scenarios/de/paid-paper.lua", "scenarios/de/family-gifts.lua"}
assert need <= names, need - names
assert not any(n.startswith("scenarios/") and "paid-paper" not in n and "family-gifts" not in n for n in names)
text = b"".join(z.read(n) for n in names).decode("utf-8", "replace")
for secret in ("hunter2", "admin_pin_hash", "lrs.example.com", "private-results", "$y$"):
    assert secret not in text, "leaked: " + secret
cfg = json.loads(z.read("config.json"))
assert cfg["organisation"] == "Secretive Ltd" and cfg["scoring"]["pass_mark"] == 80, cfg
xml = z.read("cmi5.xml").decode()
assert xml.count("<au ") == 2 and xml.count('masteryScore="0.8"') == 2 and 'moveOn="CompletedAndPassed"' in xml
assert 'launchMethod="AnyWindow"' in xml and "<url>index.html?scenario=paid-paper</url>" in xml
# Titles and descriptions in every language: the course's from the catalog, each AU's from its translation.
assert '<langstring lang="de-DE">Unhooked: Sensibilisierung für Spionageabwehr</langstring>' in xml, xml[:600]
assert xml.count('<langstring lang="de-DE">') == 2 + 2 * 2 and xml.count('<langstring lang="en-US">') == 2 + 2 * 2
course = json.loads(z.read("course.json"))
assert course["format"] == "cmi5" and [s["id"] for s in course["scenarios"]] == ["family-gifts", "paid-paper"], course
# The German scenarios beside the originals, the languages, the default (none configured: English).
assert course["language"] == "en", course["language"]
assert [(l["code"], l["tag"], l["name"]) for l in course["languages"]] == [("en", "en-US", "English"), ("de", "de-DE", "Deutsch")]
for s in course["scenarios"]:
    de = s["translations"]["de"]
    assert de["file"] == "scenarios/de/" + s["id"] + ".lua" and de["title"] and de["title"] != s["title"], s
EOF
[ $? -eq 0 ] && ok

# The configured language is the package's default; a broken translation is refused, named.
echo '{ "language": "de" }' >"$work/config-de.json"
"$exe" package --cmi5 -o "$work/de.zip" --player "$player" --config "$work/config-de.json" --scenario paid-paper \
    2>"$work/err" && python3 -c '
import json, sys, zipfile
assert json.loads(zipfile.ZipFile(sys.argv[1]).read("course.json"))["language"] == "de"' "$work/de.zip" && ok ||
    bad "the configured language de is the package's default: $(cat "$work/err")"
mkdir -p "$work/library/de"
cp scenarios/paid-paper.lua "$work/library/"
sed 's/id = "unsolicited_fee"/id = "unasked_fee"/' scenarios/de/paid-paper.lua >"$work/library/de/paid-paper.lua"
echo "{ \"paths\": { \"scenarios\": \"$work/library\" } }" >"$work/config-lib.json"
if cmp -s scenarios/de/paid-paper.lua "$work/library/de/paid-paper.lua"; then
    bad "the broken translation fixture changed nothing (no flag unsolicited_fee in scenarios/de/paid-paper.lua?)"
else
    "$exe" package --cmi5 -o "$work/broken.zip" --player "$player" --config "$work/config-lib.json" 2>"$work/err"
    [ $? -eq 1 ] && grep -q "de/paid-paper.lua" "$work/err" && [ ! -e "$work/broken.zip" ] && ok ||
        bad "a broken translation: exit 1, file named, nothing written: $(cat "$work/err")"
fi

# Byte for byte the same archive from the same inputs.
sleep 1
"$exe" package --cmi5 -o "$work/b.zip" --player "$player" --config "$work/config.json" \
    --scenario paid-paper --scenario family-gifts 2>/dev/null
cmp -s "$work/a.zip" "$work/b.zip" && ok || bad "the same inputs give a different archive"

# SCORM: every file the manifest names is in the archive, and the mastery score.
for v in 12 2004; do
    "$exe" package --scorm$v -o "$work/s$v.zip" --player "$player" --config "$work/config.json" 2>/dev/null ||
        bad "scorm$v package"
    python3 - "$work/s$v.zip" "$v" <<'EOF' && ok || bad "SCORM $v manifest"
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
m = z.read("imsmanifest.xml").decode()
files = set(re.findall(r'<file href="([^"]+)"', m))
assert files and files <= set(z.namelist()), files - set(z.namelist())
scos = re.findall(r'scorm[tT]ype="sco" href="index.html\?scenario=([a-z0-9-]+)"', m)
assert len(scos) == len([n for n in z.namelist() if n.startswith("scenarios/") and n.count("/") == 1]), scos
assert all("scenarios/de/" + s + ".lua" in files for s in scos), "a translation missing from the manifest"
if sys.argv[2] == "12":
    assert "<schemaversion>1.2</schemaversion>" in m and m.count("<adlcp:masteryscore>80<") == len(scos)
else:
    assert "2004 4th Edition" in m and m.count("<imsss:minNormalizedMeasure>0.8<") == len(scos)
EOF
done

echo "package_cli: $passes passed, $fails failed"
[ "$fails" -eq 0 ]
