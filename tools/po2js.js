#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
/* tools/po2js.js LANG.po OUT.js [USED.pot] — the web player's catalog for
 * one language, made from the same po/LANG.po the kiosk's .mo is compiled
 * from (called by tools/web.sh; see docs/translating.md).
 *
 * npm's gettext-parser reads the .po. Every translated entry is kept, or
 * with USED.pot only those whose msgid it holds (tools/web.sh extracts it
 * from the sources the web player is made of, so the kiosk's own screens
 * do not travel to the browser); fuzzy and empty ones are left out, so the
 * player falls back to English as gettext does. The catalog's Plural-Forms
 * becomes the plural function,
 * after checking that the expression is made of nothing but n, numbers and
 * C operators and gives a form index for every count. The output is a
 * script (i18n/LANG.js) calling UnhookedI18n.define: a plain file beside
 * the page, so the player needs no eval and no CSP exception.
 *
 * NODE_PATH must reach gettext-parser (tools/web.sh installs it into
 * build-web/npm from web/package-lock.json). Exit 1 with the file named on
 * a broken catalog. */
"use strict";
const fs = require("fs");
const path = require("path");

function die(msg) {
  console.error(`po2js: ${msg}`);
  process.exit(1);
}

const [src, out, usedPot] = process.argv.slice(2);
if (!src || !out) die("usage: node tools/po2js.js LANG.po OUT.js [USED.pot]");
let gettextParser;
try {
  gettextParser = require("gettext-parser");
} catch (e) {
  die("gettext-parser is not installed (tools/web.sh installs it into build-web/npm)");
}

const po = gettextParser.po.parse(fs.readFileSync(src));
const code = path.basename(src, ".po");
const header = po.headers || {};
const rule = /^\s*nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*([^;]+);?\s*$/.exec(header["Plural-Forms"] || "");
if (!rule) die(`${src}: no Plural-Forms header (nplurals=N; plural=EXPR;)`);
const nplurals = parseInt(rule[1], 10);
const expr = rule[2].trim();
if (!/^[n0-9\s()?:<>=!&|%+*/-]+$/.test(expr)) die(`${src}: Plural-Forms: unexpected characters in '${expr}'`);
let plural;
try {
  plural = new Function("n", `return Number(${expr});`);  // checked here, at build time, never in the page
} catch (e) {
  die(`${src}: Plural-Forms: '${expr}' is not an expression (${e.message})`);
}
for (let n = 0; n <= 1000; n++) {
  const i = plural(n);
  if (!(Number.isInteger(i) && i >= 0 && i < nplurals)) die(`${src}: Plural-Forms gives ${i} for n = ${n}`);
}

let used = null;
if (usedPot) {
  used = new Set();
  const pot = gettextParser.po.parse(fs.readFileSync(usedPot));
  for (const [ctx, entries] of Object.entries(pot.translations))
    for (const id of Object.keys(entries)) if (id) used.add(ctx ? `${ctx}\u0004${id}` : id);
}

const messages = {};
let count = 0;
for (const [ctx, entries] of Object.entries(po.translations)) {
  for (const [id, e] of Object.entries(entries)) {
    if (!id || (used && !used.has(ctx ? `${ctx}\u0004${id}` : id))) continue;  // the header, or not the web's
    const flags = (e.comments && e.comments.flag) || "";
    if (/\bfuzzy\b/.test(flags)) continue;
    const forms = e.msgstr || [];
    if (!forms.length || forms.some((f) => !f)) continue;
    if (e.msgid_plural && forms.length !== nplurals) die(`${src}: "${id}" has ${forms.length} plural forms, not ${nplurals}`);
    messages[ctx ? `${ctx}\u0004${id}` : id] = forms;
    count++;
  }
}

const text = `// SPDX-License-Identifier: Apache-2.0
// Generated from ${path.basename(src)} by tools/po2js.js: do not edit. ${count} messages.
UnhookedI18n.define(${JSON.stringify(code)}, {
  nplurals: ${nplurals},
  plural: function (n) { return Number(${expr}); },
  messages: ${JSON.stringify(messages)}
});
`;
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, text);
