#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# package_cli.sh UNHOOKED SOURCE_DIR — `unhooked package` without a browser:
# usage errors, a scenario that does not exist, a missing player, what the
# configuration leaks (nothing secret may reach an LMS), the manifests (the
# SCORM titles in every language), the members deflated tighter than zlib's
# level 9, the cmi5 library in cmi5 packages only, --language, and that the
# same inputs give the same archive, byte for byte.
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
import json, sys, zipfile, zlib
z = zipfile.ZipFile(sys.argv[1])
names = set(z.namelist())
# Every member deflated (by libdeflate) and intact: the CRCs check.
assert z.testzip() is None
assert all(i.compress_type == zipfile.ZIP_DEFLATED for i in z.infolist()), [i.filename for i in z.infolist()]
def zlib9(data):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return len(c.compress(data) + c.flush())
scen = [i for i in z.infolist() if i.filename.startswith("scenarios/")]
ours, zl = sum(i.compress_size for i in scen), sum(zlib9(z.read(i.filename)) for i in scen)
assert ours < zl, f"the scenarios take {ours} bytes deflated, zlib's level 9 would take {zl}"
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

# --language: only the languages named go in (the English originals always).
"$exe" package --cmi5 -o "$work/x.zip" --player "$player" --language fr 2>"$work/err"
[ $? -eq 2 ] && grep -q "unknown language 'fr'" "$work/err" && [ ! -e "$work/x.zip" ] && ok ||
    bad "--language fr: exit 2, named, nothing written: $(cat "$work/err")"
"$exe" package --cmi5 -o "$work/en.zip" --player "$player" --language en --scenario paid-paper 2>"$work/err" &&
"$exe" package --scorm2004 -o "$work/only-de.zip" --player "$player" --language de --scenario paid-paper 2>>"$work/err" &&
python3 - "$work/en.zip" "$work/only-de.zip" <<'EOF' && ok || bad "--language en, --language de: $(cat "$work/err")"
import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = set(z.namelist())
assert "scenarios/paid-paper.lua" in names and not any("/de/" in n or n == "i18n/de.js" for n in names), names
course = json.loads(z.read("course.json"))
assert [l["code"] for l in course["languages"]] == ["en"] and course["language"] == "en", course
assert course["scenarios"][0]["translations"] == {}, course["scenarios"][0]
xml = z.read("cmi5.xml").decode()
assert 'lang="de-DE"' not in xml and xml.count('<langstring lang="en-US">') == 4, xml
z = zipfile.ZipFile(sys.argv[2])
names = set(z.namelist())
assert {"scenarios/paid-paper.lua", "scenarios/de/paid-paper.lua", "i18n/de.js"} <= names, names
course = json.loads(z.read("course.json"))
assert [l["code"] for l in course["languages"]] == ["de"] and course["language"] == "de", course
m = z.read("imsmanifest.xml").decode()
# The package's default is German now: the plain titles are German.
assert "<title>" + course["scenarios"][0]["translations"]["de"]["title"] + "</title>" in m, m
EOF

# Byte for byte the same archive from the same inputs.
sleep 1
"$exe" package --cmi5 -o "$work/b.zip" --player "$player" --config "$work/config.json" \
    --scenario paid-paper --scenario family-gifts 2>/dev/null
cmp -s "$work/a.zip" "$work/b.zip" && ok || bad "the same inputs give a different archive"

# SCORM: every file the manifest names is in the archive, and the mastery score;
# no cmi5 library; the titles in every language (LOM metadata), the plain
# ones in the package's default language.
for v in 12 2004; do
    "$exe" package --scorm$v -o "$work/s$v.zip" --player "$player" --config "$work/config.json" 2>/dev/null ||
        bad "scorm$v package"
    "$exe" package --scorm$v -o "$work/s$v-de.zip" --player "$player" --config "$work/config-de.json" 2>/dev/null ||
        bad "scorm$v package, German by default"
    python3 - "$work/s$v.zip" "$v" "$work/s$v-de.zip" <<'EOF' && ok || bad "SCORM $v manifest"
import json, re, sys, zipfile
import xml.etree.ElementTree as ET
z = zipfile.ZipFile(sys.argv[1])
m = z.read("imsmanifest.xml").decode()
files = set(re.findall(r'<file href="([^"]+)"', m))
assert files and files <= set(z.namelist()), files - set(z.namelist())
assert "cmi5.umd.js" not in z.namelist() and "cmi5.umd.js" not in files, "the cmi5 library in a SCORM package"
v12 = sys.argv[2] == "12"
ns = {"cp": "http://www.imsproject.org/xsd/imscp_rootv1p1p2" if v12 else "http://www.imsglobal.org/xsd/imscp_v1p1",
      "md": "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1" if v12 else "http://ltsc.ieee.org/xsd/LOM"}
LANG = "{http://www.w3.org/XML/1998/namespace}lang" if v12 else "language"
STRING = "md:langstring" if v12 else "md:string"
def titles(el):
    """The LOM title of a manifest or item element: {tag: text}."""
    return {s.get(LANG): s.text for s in el.findall(f"cp:metadata/md:lom/md:general/md:title/{STRING}", ns)}
course = json.loads(z.read("course.json"))
root = ET.fromstring(z.read("imsmanifest.xml"))
t = titles(root)
assert t == {"en-US": "Unhooked: counterintelligence awareness",
             "de-DE": "Unhooked: Sensibilisierung für Spionageabwehr"}, t
items = root.findall("cp:organizations/cp:organization/cp:item", ns)
assert len(items) == len(course["scenarios"]) > 1, len(items)
for it, sc in zip(items, course["scenarios"]):
    assert it.get("identifier") == "item-" + sc["id"], it.get("identifier")
    assert it.find("cp:title", ns).text == sc["title"], "the plain title is English by default"
    t = titles(it)
    assert t == {"en-US": sc["title"], "de-DE": sc["translations"]["de"]["title"]}, t
    langs = [l.text for l in it.findall("cp:metadata/md:lom/md:general/md:language", ns)]
    assert langs == ["en-US", "de-DE"], langs
# With the configuration's language German, the plain titles are German.
zd = ET.fromstring(zipfile.ZipFile(sys.argv[3]).read("imsmanifest.xml"))
org = zd.find("cp:organizations/cp:organization", ns)
assert org.find("cp:title", ns).text == "Unhooked: Sensibilisierung für Spionageabwehr", org.find("cp:title", ns).text
for it, sc in zip(org.findall("cp:item", ns), course["scenarios"]):
    assert it.find("cp:title", ns).text == sc["translations"]["de"]["title"], it.find("cp:title", ns).text
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
