#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
// validate.js FILE... — checks every xAPI statement in the files with
// Learning Locker's validator (@learninglocker/xapi-validation, the one its
// LRS runs before storing). A file holds a JSON array of statements, or one
// statement (or array) per line as the test LRS records them. Also checks
// what the validator leaves to the LRS: ids are unique and UUIDs.
// Exit 0 when every statement is valid, 1 otherwise, 2 on bad usage.
'use strict';
const fs = require('fs');
const validate = require('@learninglocker/xapi-validation').default;

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: node validate.js FILE...');
  process.exit(2);
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
let total = 0, bad = 0;
const seen = new Set();
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8').trim();
  let statements = [];
  try {
    const v = JSON.parse(text);
    statements = Array.isArray(v) ? v : [v];
  } catch (e) {
    for (const line of text.split('\n').filter((l) => l.trim())) {
      const v = JSON.parse(line);
      statements.push(...(Array.isArray(v) ? v : [v]));
    }
  }
  for (const s of statements) {
    total++;
    const problems = validate(s).map((w) => `${w.path.join('.')}: ${w.constructor.name}`);
    if (!UUID.test(s.id || '')) problems.push(`id: not a UUID: ${s.id}`);
    else if (seen.has(s.id)) problems.push(`id: duplicate ${s.id}`);
    seen.add(s.id);
    if (problems.length) {
      bad++;
      console.log(`FAIL ${file}: statement ${s.id} (${s.verb && s.verb.id})`);
      for (const p of problems.slice(0, 10)) console.log(`     ${p}`);
    }
  }
}
console.log(`xapi validation: ${total - bad} passed, ${bad} failed`);
process.exit(bad || !total ? 1 : 0);
