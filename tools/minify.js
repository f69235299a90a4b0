#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
/* tools/minify.js DIR FILE... — shrinks the web player's own scripts and
 * style sheet in place, for the LMS package's size (issue 12); called by
 * tools/web.sh on the copies in build-web/player, never on web/player.
 *
 * A .js file goes through npm's terser (compress and mangle, but never the
 * names at the top level: the scripts share globals such as UnhookedCore
 * and UnhookedI18n). A .css file loses its comments and the indentation and
 * blank lines, nothing else. The first line, the SPDX licence line, is kept.
 *
 * NODE_PATH must reach terser (tools/web.sh installs it into build-web/npm
 * from web/package-lock.json). Exit 1 with the file named when one does not
 * parse. */
"use strict";
const fs = require("fs");
const path = require("path");

const [dir, ...files] = process.argv.slice(2);
if (!dir || files.length === 0) {
  console.error("usage: tools/minify.js DIR FILE...");
  process.exit(2);
}
const { minify } = require("terser");

const SPDX = "/* SPDX-License-Identifier: Apache-2.0 */";

/* Comments out, then every line stripped of its leading and trailing
 * blanks, empty lines dropped. Strings in the sheet are one-line, so
 * nothing inside one changes. */
function css(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .join("\n") + "\n";
}

async function main() {
  for (const f of files) {
    const file = path.join(dir, f);
    const text = fs.readFileSync(file, "utf8");
    let out;
    if (f.endsWith(".css")) {
      out = css(text);
    } else {
      const r = await minify(text, {
        ecma: 2017,
        compress: { passes: 2 },
        mangle: true,
        toplevel: false,
        format: { comments: false },
      }).catch((e) => {
        console.error(`minify: ${file}:${e.line || 0}: ${e.message}`);
        process.exit(1);
      });
      out = r.code + "\n";
    }
    const spdx = /SPDX-License-Identifier/.test(text.slice(0, 200));
    fs.writeFileSync(file, (spdx ? SPDX + "\n" : "") + out);
  }
}
main();
