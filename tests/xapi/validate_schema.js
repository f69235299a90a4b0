#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
// validate_schema.js SCHEMA FILE... — checks JSON files against a JSON
// Schema (draft-07) with Ajv, reporting every error with its place in the
// file. With --expect-invalid every file must be refused instead (the
// schema's own test: it is not one that accepts anything).
// Exit 0 when every file is as expected, 1 otherwise, 2 on bad usage.
'use strict';
const fs = require('fs');
const Ajv = require('ajv');

const args = process.argv.slice(2);
const invalid = args[0] === '--expect-invalid';
if (invalid) args.shift();
if (args.length < 2) {
  console.error('usage: node validate_schema.js [--expect-invalid] SCHEMA FILE...');
  process.exit(2);
}
const ajv = new Ajv({ allErrors: true, strict: true });
const check = ajv.compile(JSON.parse(fs.readFileSync(args[0], 'utf8')));
let bad = 0;
for (const file of args.slice(1)) {
  const ok = check(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (ok === !invalid) {
    console.log(`ok   ${file}${invalid ? ' (refused: ' + ajv.errorsText(check.errors) + ')' : ''}`);
    continue;
  }
  bad++;
  if (invalid) console.log(`FAIL ${file}: accepted, but it should not be`);
  else for (const e of check.errors) console.log(`FAIL ${file}: ${e.instancePath || '/'} ${e.message}`);
}
console.log(`${args.length - 1 - bad} passed, ${bad} failed`);
process.exit(bad ? 1 : 0);
