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
# expect_re NAME FILE REGEX: FILE has a line matching the extended REGEX.
expect_re() {
    if grep -qE -- "$3" "$2"; then
        echo "ok   $1"
    else
        echo "FAIL $1: nothing matching /$3/ in:"
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

# The problems `check` finds, in German: a translation that differs from
# its original, a scenario's own mistakes, and the sandbox's refusals.
LANGUAGE=de "$bin" check "$src/tests/translation/broken/de" > "$tmp/tr-de" 2>&1
expect "check: a translation's differences in German" "$tmp/tr-de" "Übersetzung: Szene „a“: der Kanal weicht vom Original ab"
expect "check: a choice's difference in German" "$tmp/tr-de" "Übersetzung: Szene „a“, Wahl 2: 'hook' ist 3, im Original 1"
expect "check: choices counted with plural forms" "$tmp/tr-de" "Übersetzung: Szene „b“ hat 3 Wahlmöglichkeiten, im Original 2"
expect "check: a missing fact in German" "$tmp/tr-de" "Übersetzung: der Fakt „who“ des Originals fehlt"
LANGUAGE=de "$bin" check "$src/tests/check/unknown-tactic.lua" "$src/tests/check/long-text.lua" \
    "$src/tests/check/bytecode.lua" > "$tmp/chk-de" 2>&1
expect "check: an unknown tactic in German" "$tmp/chk-de" "unbekannte Taktik „phishing“"
expect "check: a text too long in German" "$tmp/chk-de" "der Text hat 1000 Zeichen, mehr als auf einen Bildschirm passt (900)"
expect "check: the sandbox's refusal in German" "$tmp/chk-de" "vorkompilierte Chunks (Bytecode) werden abgelehnt; geben Sie den Lua-Quelltext an"

LANGUAGE=de "$bin" run "$src/tests/store/fixtures/mini.lua" --answers "$tmp/no-such.json" > /dev/null 2> "$tmp/run-de"
expect "run: a file that cannot be opened, in German" "$tmp/run-de" "no-such.json: kann nicht geöffnet werden: "
LANGUAGE=de "$bin" export --format yaml > /dev/null 2> "$tmp/export-de"
expect "export: a wrong format, in German" "$tmp/export-de" "unhooked export: --format ist csv, json oder xapi"
expect "export: its usage, in German" "$tmp/export-de" "Aufruf: unhooked export --format csv|json|xapi"

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

# The report in German: words, counts, dates ("30.11.2026") and percentages
# ("100 %", a no-break space before the sign); the page says lang="de".
nbsp=$(printf '\302\240')
LANGUAGE=de "$bin" report --db "$tmp/r.db" > "$tmp/rep-de"
expect "report: German heading, plural" "$tmp/rep-de" "Unhooked-Ergebnisse: 2 Durchgänge, "
expect_re "report: German dates" "$tmp/rep-de" "^Unhooked-Ergebnisse: .*, [0-3][0-9]\.[01][0-9]\.20[0-9][0-9] bis [0-3][0-9]\.[01][0-9]\.20[0-9][0-9]\$"
expect "report: the security line" "$tmp/rep-de" "An die Unternehmenssicherheit gemeldet: 100${nbsp}% der beendeten Durchgänge (2 Meldungen)"
expect "report: German sections" "$tmp/rep-de" "Am häufigsten übersehene Warnsignale"
expect "report: German decimals" "$tmp/rep-de" "0,0"
"$bin" report --db "$tmp/r.db" > "$tmp/rep-en"
expect_re "report: English keeps ISO dates and 100%" "$tmp/rep-en" "^Reported to security: 100% of finished attempts \(2 reports\)\$"
LANGUAGE=de "$bin" report --trainee E-2 --db "$tmp/r.db" > "$tmp/hist-de"
expect "report --trainee: German, singular" "$tmp/hist-de" "Verlauf von E-2: 1 Durchgang"
expect_re "report --trainee: German date and time" "$tmp/hist-de" "^  [0-3][0-9]\.[01][0-9]\.20[0-9][0-9], [0-2][0-9]:[0-5][0-9] "
LANGUAGE=de "$bin" report --db "$tmp/r.db" --html "$tmp/de.html" 2>/dev/null
expect "report --html: lang=\"de\"" "$tmp/de.html" '<html lang="de">'
expect "report --html: German headings" "$tmp/de.html" "<h2>Am häufigsten übersehene Warnsignale</h2>"
expect "report --html: German table headings" "$tmp/de.html" ">Mittlere Punktzahl</th>"
expect "report --html: German percentages" "$tmp/de.html" ">100${nbsp}%<"
expect_re "report --html: German generated date" "$tmp/de.html" "erstellt am [0-3][0-9]\.[01][0-9]\.20[0-9][0-9]"
"$bin" report --db "$tmp/r.db" --html "$tmp/en.html" 2>/dev/null
expect "report --html: lang=\"en\" in English" "$tmp/en.html" '<html lang="en">'

# No English words meant for people in a German report: outcomes and
# recipients in the trainee's history and the headline are the language's
# words (JSON keeps the ids), and counts take their plural forms.
for a in report-late walk-away hooked runs-out; do
    "$bin" run "$tmp/scen/de/mini.lua" --answers "$src/tests/store/fixtures/$a.json" --trainee E-2 \
        --db "$tmp/r.db" >/dev/null 2>&1
done
for to in manager helpdesk; do
    printf '{"choices": [1], "flags": ["big_fee"], "report": {"to": "%s", "facts": ["profile", "offer"], "how": "keep_evidence"}}\n' \
        "$to" > "$tmp/to-$to.json"
    "$bin" run "$tmp/scen/de/mini.lua" --answers "$tmp/to-$to.json" --trainee E-2 --db "$tmp/r.db" >/dev/null 2>&1
done
LANGUAGE=de "$bin" report --trainee E-2 --db "$tmp/r.db" > "$tmp/hist2-de"
expect "report --trainee: outcomes in German" "$tmp/hist2-de" " gemeldet "
expect "report --trainee: hooked in German" "$tmp/hist2-de" " am Haken "
expect "report --trainee: missed in German" "$tmp/hist2-de" " verpasst "
expect "report --trainee: incomplete in German" "$tmp/hist2-de" " nicht beendet "
expect "report --trainee: the recipients in German" "$tmp/hist2-de" " Führungskraft "
expect "report --trainee: the helpdesk in German" "$tmp/hist2-de" " IT-Helpdesk "
expect "report --trainee: security in German" "$tmp/hist2-de" " Sicherheit "
# english WORD FILE...: none of the files has WORD as a word of its own.
english() {
    w=$1
    shift
    if grep -qw -- "$w" "$@"; then
        echo "FAIL an English \"$w\" in a German report:"
        grep -hw -- "$w" "$@" | head -3 | sed 's/^/    /'
        fail=1
    else
        echo "ok   no English \"$w\" in the German reports"
    fi
}
LANGUAGE=de "$bin" report --db "$tmp/r.db" > "$tmp/rep2-de"
expect "report: the recipients in the headline in German" "$tmp/rep2-de" "(5: Sicherheit 2, Führungskraft 2, IT-Helpdesk 1)"
for w in reported hooked missed incomplete security manager helpdesk contact; do
    english "$w" "$tmp/hist2-de" "$tmp/rep2-de"
done
LANGUAGE=de "$bin" report --trainee E-2 --json --db "$tmp/r.db" | tr -d ' \t\n' > "$tmp/hist2.json"
expect "report --trainee --json: outcome ids" "$tmp/hist2.json" '"outcome":"hooked"'
expect "report --trainee --json: recipient ids" "$tmp/hist2.json" '"reported_to":"manager"'
"$bin" report --trainee E-2 --db "$tmp/r.db" > "$tmp/hist2-en"
expect "report --trainee: the English words stay" "$tmp/hist2-en" " incomplete "
expect "report --trainee: the English recipients stay" "$tmp/hist2-en" " manager "

# The red flags by their text in the report's language: a shipped scenario
# played in English, reported in German, quotes its German translation.
echo '{"choices": [1]}' > "$tmp/first.json"
UNHOOKED_SCENARIOS="$src/scenarios" "$bin" run "$src/scenarios/paid-paper.lua" --answers "$tmp/first.json" \
    --trainee F-1 --db "$tmp/flags.db" >/dev/null 2>&1
UNHOOKED_SCENARIOS="$src/scenarios" "$bin" report --db "$tmp/flags.db" | grep '^      "' > "$tmp/flags-en"
UNHOOKED_SCENARIOS="$src/scenarios" LANGUAGE=de "$bin" report --db "$tmp/flags.db" | grep '^      "' > "$tmp/flags-de"
if [ -s "$tmp/flags-en" ] && [ -s "$tmp/flags-de" ] && ! grep -qxFf "$tmp/flags-en" "$tmp/flags-de"; then
    echo "ok   report: the red flags quoted from the German translation"
else
    echo "FAIL report: the red flags in German:"
    cat "$tmp/flags-en" "$tmp/flags-de" | sed 's/^/    /'
    fail=1
fi

# Plural forms of "N of M" in the HTML report: one finished attempt, and
# one person in the directory, take the singular.
"$bin" run "$tmp/scen/de/mini.lua" --answers "$answers" --trainee P-1 --db "$tmp/one.db" >/dev/null 2>&1
printf 'employee_id,name,department,manager\nP-1,Pat One,Legal,M\n' > "$tmp/one.csv"
"$bin" directory import "$tmp/one.csv" --db "$tmp/one.db" >/dev/null 2>&1
printf 'employee_id,name,department,manager\nP-1,Pat One,Legal,M\nP-2,Pat Two,Legal,M\n' > "$tmp/two.csv"
"$bin" directory import "$tmp/two.csv" --db "$tmp/r.db" >/dev/null 2>&1
LANGUAGE=de "$bin" report --db "$tmp/one.db" --html "$tmp/one.html" 2>/dev/null
LANGUAGE=de "$bin" report --db "$tmp/r.db" --html "$tmp/two.html" 2>/dev/null
expect "report --html: 1 of 1 finished attempt, singular" "$tmp/one.html" "1 von 1 beendeten Durchgang<"
expect "report --html: N of M finished attempts, plural" "$tmp/two.html" "2 von 7 beendeten Durchgängen"
expect "report --html: the people, plural" "$tmp/two.html" "Ohne beendeten Durchgang: 2 von 2 Personen im Verzeichnis."
"$bin" directory import "$tmp/one.csv" --db "$tmp/none-trained.db" >/dev/null 2>&1
"$bin" run "$tmp/scen/de/mini.lua" --answers "$answers" --trainee Q-1 --db "$tmp/none-trained.db" >/dev/null 2>&1
LANGUAGE=de "$bin" report --db "$tmp/none-trained.db" --html "$tmp/p1.html" 2>/dev/null
expect "report --html: the people, singular" "$tmp/p1.html" "Ohne beendeten Durchgang: 1 von 1 Person im Verzeichnis."
"$bin" report --db "$tmp/none-trained.db" --html "$tmp/p1-en.html" 2>/dev/null
expect "report --html: the people, singular in English" "$tmp/p1-en.html" "1 of 1 person in the directory has no finished attempt."

# The results store's messages for people.
LANGUAGE=de "$bin" report --db "$tmp/nothing.db" 2> "$tmp/store-de" >/dev/null
expect "store: no store here, in German" "$tmp/store-de" "hier ist kein Ergebnisspeicher (ein falsches --db, oder noch nichts erfasst)"
"$bin" report --db "$tmp/nothing.db" 2> "$tmp/store-en" >/dev/null
expect "store: the same in English" "$tmp/store-en" "there is no results store here (a wrong --db, or nothing was recorded yet)"
exit $fail
