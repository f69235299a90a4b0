#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
/* web.js — figures for the web player and its LMS packages. Prints
 * figures; asserts nothing.
 *
 *   package KB     `unhooked package` of all shipped scenarios, zipped, per
 *                  format (target: under 400 KB), and the wasm core raw and
 *                  gzipped
 *   first scene    headless Chromium (Debian's), a fresh browser profile per
 *                  round: navigation to the intro screen ready (the core
 *                  compiled, the scenario loaded and checked), and to the
 *                  first scene drawn after Start (target: under 1 s)
 *   budget trip    a scenario choice that loops forever, stopped by the
 *                  instruction budget (50 million VM instructions): in the
 *                  wasm core (Node) and in the native `unhooked run`
 *
 *   node bench/web.js --binary build/unhooked [--rounds 5]
 *
 * Needs the web build (tools/web.sh) and the test tools (tests/web/install.sh). */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
let binary = path.join(ROOT, "build", "unhooked"), rounds = 5;
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i] === "--binary") binary = path.resolve(process.argv[++i]);
  else if (process.argv[i] === "--rounds") rounds = parseInt(process.argv[++i], 10);
}
const H = require(path.join(ROOT, "tests", "web", "harness.js"));
const median = (v) => v.slice().sort((x, y) => x - y)[Math.floor(v.length / 2)];
const kb = (n) => (n / 1024).toFixed(0);

async function main() {
  process.argv = [process.argv[0], process.argv[1], binary, ROOT];
  const a = H.args();
  const tmp = H.tmpdir("bench");

  console.log("== package size (all shipped scenarios, packaging/config.json)");
  for (const f of ["--cmi5", "--scorm12", "--scorm2004"]) {
    const p = H.makePackage(a, tmp, f.slice(2), [f, "--config", "packaging/config.json"]);
    console.log(`  ${f.slice(2).padEnd(10)} ${kb(p.size).padStart(5)} KB zipped`);
  }
  const wasm = fs.readFileSync(path.join(a.player, "unhooked-core.wasm"));
  console.log(`  wasm core  ${kb(wasm.length).padStart(5)} KB, ${kb(zlib.gzipSync(wasm, { level: 9 }).length)} KB gzipped`);

  console.log(`== navigation to the first scene, headless Chromium, median of ${rounds} cold starts`);
  const pkg = path.join(tmp, "cmi5");
  const srv = await H.server(async (req, res, url) => {
    if (url.pathname.startsWith("/content/")) return H.serveFile(pkg, url.pathname.slice(9), res);
    res.writeHead(404);
    res.end();
  });
  const intro = [], scene = [];
  for (let r = 0; r < rounds; r++) {
    const b = await H.browser(a);
    const p = await b.newPage();
    await p.setViewport({ width: 1280, height: 720 });
    await p.goto(`${srv.origin}/content/index.html?scenario=paid-paper`, { waitUntil: "domcontentloaded" });
    await p.waitForSelector("#start");
    intro.push(await p.evaluate(() => performance.now()));
    const t0 = await p.evaluate(() => performance.now());
    await p.evaluate(() => document.getElementById("start").click());
    await p.waitForSelector("#choices");
    const t1 = await p.evaluate(() => new Promise((res) => requestAnimationFrame(() => res(performance.now()))));
    scene.push(intro[r] + (t1 - t0));
    await b.close();
  }
  srv.server.close();
  console.log(`  intro ready   ${median(intro).toFixed(0).padStart(5)} ms  (each: ${intro.map((x) => x.toFixed(0)).join(", ")})`);
  console.log(`  first scene   ${median(scene).toFixed(0).padStart(5)} ms  (navigation + Start + first scene drawn)`);

  console.log(`== budget trip (a choice that loops forever), median of ${rounds}`);
  const fixture = "tests/web/fixtures/breaks-at-run-time.lua";
  const source = fs.readFileSync(path.join(ROOT, fixture), "utf8");
  const config = fs.readFileSync(path.join(ROOT, "packaging/config.json"), "utf8");
  const player = require(path.join(ROOT, "web", "player", "core.js"));
  const core = await player.load(require(path.join(a.player, "unhooked-core.js")), { wasmBinary: wasm });
  core.config(config, "packaging/config.json");
  const web = [], native = [];
  const answers = { choices: [2] };
  const af = path.join(tmp, "loop.json");
  fs.writeFileSync(af, JSON.stringify(answers));
  let msg = "";
  for (let r = 0; r < rounds; r++) {
    let t = process.hrtime.bigint();
    const out = core.answers(fixture, source, 1, answers);
    web.push(Number(process.hrtime.bigint() - t) / 1e6);
    msg = JSON.parse(out).error;
    t = process.hrtime.bigint();
    spawnSync(a.unhooked, ["run", fixture, "--answers", af, "--config", "packaging/config.json"], { cwd: ROOT });
    native.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  console.log(`  wasm (Node)   ${median(web).toFixed(0).padStart(5)} ms  ${msg}`);
  console.log(`  native        ${median(native).toFixed(0).padStart(5)} ms  (the whole unhooked run process)`);
  console.log(`  cores: ${os.cpus().length}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
  fs.rmSync(tmp, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
