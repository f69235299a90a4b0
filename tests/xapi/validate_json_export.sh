#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# validate_json_export.sh UNHOOKED MAKE_DATASET SCHEMA — exports the test
# data set (and an empty store) as JSON and checks both against the
# published JSON Schema (docs/schema/export.schema.json) with Ajv; then
# checks that the schema refuses exports that are wrong. Exit 77
# (skipped) when node or Ajv is not installed.
set -e
here=$(cd "$(dirname "$0")" && pwd)
command -v node >/dev/null 2>&1 && [ -d "$here/node_modules/ajv" ] || { echo "Ajv not installed: skipped"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$2" "$tmp/ds.db"
"$1" export --format json --db "$tmp/ds.db" -o "$tmp/all.json"
"$1" export --format json --db "$tmp/ds.db" --before 2000-01-01 -o "$tmp/none.json"
node "$here/validate_schema.js" "$3" "$tmp/all.json" "$tmp/none.json"
# Each of these breaks one promise of the schema.
node - "$tmp" <<'JS'
const fs = require('fs');
const dir = process.argv[2];
const good = JSON.parse(fs.readFileSync(dir + '/all.json', 'utf8'));
const breaks = {
  'version-2': (e) => { e.version = 2; },
  'bare-array': (e) => e.attempts,
  'no-uuid': (e) => { delete e.attempts[0].uuid; },
  'bad-time': (e) => { e.attempts[1].started_at = '2026-11-02 08:29'; },
  'bad-mode': (e) => { e.attempts[2].mode = 'remote'; },
  'score-101': (e) => { e.attempts[3].score = 101; },
  'position-0': (e) => { e.attempts[0].choices[0].position = 0; },
};
for (const [name, f] of Object.entries(breaks)) {
  const e = JSON.parse(JSON.stringify(good));
  const out = f(e) || e;
  fs.writeFileSync(`${dir}/bad-${name}.json`, JSON.stringify(out));
}
JS
node "$here/validate_schema.js" --expect-invalid "$3" "$tmp"/bad-*.json
