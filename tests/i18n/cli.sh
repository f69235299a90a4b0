#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# tests/i18n/cli.sh UNHOOKED SRCDIR — the commands speak the language the
# environment or the configuration asks for, and an attempt keeps the
# language it was played in through the store, CSV, JSON and xAPI.
set -u
bin=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
# expect NAME FILE TEXT: FILE contains TEXT.
expect() {
    if grep -qF -- "$3" "$2"; then
        echo "ok   $1"
    else
        echo "FAIL $1: no \"$3\" in:"
        sed 's/^/    /' "$2" | head -10
        fail=1
    fi
}
# No language from the machine running the suite.
unset LANGUAGE LC_ALL LC_MESSAGES LANG
export UNHOOKED_CONFIG="$tmp/none.json"
echo '{}' > "$UNHOOKED_CONFIG"

"$bin" check "$src/scenarios/de" > /dev/null 2> "$tmp/en"
expect "English without a language asked for" "$tmp/en" "15 scenario files, 0 problems"
LANGUAGE=de "$bin" check "$src/scenarios/de" > /dev/null 2> "$tmp/de"
expect "LANGUAGE=de: the summary in German, plural" "$tmp/de" "15 Szenariodateien, 0 Probleme"
LANGUAGE=de "$bin" check "$src/scenarios/de/paid-paper.lua" > /dev/null 2> "$tmp/de1"
expect "LANGUAGE=de: singular" "$tmp/de1" "1 Szenariodatei, 0 Probleme"
LANG=de_DE.UTF-8 "$bin" frobnicate 2> "$tmp/lang" >/dev/null
expect "LANG=de_DE.UTF-8 (no such locale needed): an error in German" "$tmp/lang" "unbekannter Befehl „frobnicate“"
echo '{"language": "fr"}' > "$tmp/fr.json"
LANGUAGE=de "$bin" check --config "$tmp/fr.json" "$src/scenarios/de" 2> "$tmp/bad" >/dev/null
expect "a bad language setting is named, in German" "$tmp/bad" "Konfigurationsschlüssel „language“: unbekannte Sprache „fr“ (bekannt: en, de)"

# The configuration's language when the environment names none; the
# environment's first.
echo '{"language": "de"}' > "$tmp/de.json"
UNHOOKED_CONFIG="$tmp/de.json" "$bin" check "$src/scenarios/de/paid-paper.lua" 2> "$tmp/cfg" >/dev/null
expect "\"language\": \"de\" in the configuration" "$tmp/cfg" "1 Szenariodatei, 0 Probleme"
LANGUAGE=en UNHOOKED_CONFIG="$tmp/de.json" "$bin" check "$src/scenarios/de/paid-paper.lua" 2> "$tmp/env" >/dev/null
expect "LANGUAGE=en before the configuration" "$tmp/env" "1 scenario file, 0 problems"

# An attempt's language: the folder of the scenario file played.
mkdir -p "$tmp/scen/de"
cp "$src/tests/store/fixtures/mini.lua" "$tmp/scen/mini.lua"
cp "$src/tests/store/fixtures/mini.lua" "$tmp/scen/de/mini.lua"
answers="$src/tests/store/fixtures/report-early.json"
"$bin" run "$tmp/scen/mini.lua" --answers "$answers" --trainee E-1 --db "$tmp/r.db" >/dev/null 2>&1
"$bin" run "$tmp/scen/de/mini.lua" --answers "$answers" --trainee E-2 --db "$tmp/r.db" >/dev/null 2>&1
"$bin" export --format csv --db "$tmp/r.db" > "$tmp/csv"
expect "CSV: the language column" "$tmp/csv" ",language"
grep E-1 "$tmp/csv" | tr -d '\r' > "$tmp/csv1"
grep E-2 "$tmp/csv" | tr -d '\r' > "$tmp/csv2"
expect "CSV: played in English" "$tmp/csv1" ",en"
expect "CSV: played in German" "$tmp/csv2" ",de"
"$bin" export --format json --db "$tmp/r.db" > "$tmp/json"
tr -d ' \t\n' < "$tmp/json" > "$tmp/json1"
expect "JSON: the language" "$tmp/json1" '"language":"de"'
"$bin" export --format xapi --db "$tmp/r.db" | tr -d ' \t\n' > "$tmp/xapi"
expect "xAPI: the German attempt's statements in de-DE" "$tmp/xapi" '"language":"de-DE"'
expect "xAPI: the English attempt's in en-US" "$tmp/xapi" '"language":"en-US"'
exit $fail
