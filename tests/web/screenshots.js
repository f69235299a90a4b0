#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
/* screenshots.js — the web player's screenshots for the README
 * (assets/screenshots/web-*.png), in headless Chromium at 1280 × 720 and
 * on a 390 px wide phone screen.
 *
 *   node tests/web/screenshots.js UNHOOKED SOURCE_DIR [OUT_DIR] [--lang de]
 *
 * With --lang de, the German player (the browser prefers German) as
 * web-de-*.png: the intro, a scene, "Something seems off?", the report
 * form and the debrief, at both sizes.
 *
 * Not a test: run it after changing the player, then look at the PNGs. */
"use strict";
const path = require("path");
const H = require("./harness");

const a = H.args();
const rest = process.argv.slice(4);
const langAt = rest.indexOf("--lang");
const lang = langAt >= 0 ? rest.splice(langAt, 2)[1] : null;
const outDir = rest[0] || path.join(a.src, "assets", "screenshots");

async function main() {
  const tmp = H.tmpdir("shots");
  const pkg = H.makePackage(a, tmp, "course", ["--scorm2004", "--config", "packaging/config.json"]);
  const srv = await H.server(async (req, res, url) => {
    if (url.pathname.startsWith("/content/")) return H.serveFile(pkg.dir, url.pathname.slice(9), res);
    res.writeHead(404);
    res.end();
  });
  const b = await H.browser(a);
  const problems = [];
  const shot = async (p, name, full) => {
    await p.evaluate(() => document.fonts && document.fonts.ready);
    await p.screenshot({ path: path.join(outDir, name), fullPage: !!full });
    console.log(`wrote ${name}`);
  };
  if (lang) return german(b, srv, shot, problems);
  for (const [w, hgt, tag] of [[1280, 720, ""], [390, 844, "-narrow"]]) {
    const p = await H.page(b, srv.origin, problems);
    await p.setViewport({ width: w, height: hgt });
    await p.emulateMediaFeatures([{ name: "prefers-reduced-motion", value: "reduce" }]);
    await p.goto(`${srv.origin}/content/index.html?scenario=paid-paper`);
    await H.settled(p);
    if (!tag) await shot(p, "web-intro.png");
    let snap = await H.snapshot(p);
    await p.click("#start");
    await H.changed(p, snap);
    await shot(p, `web-scene${tag}.png`);
    await p.click("#off");
    await p.waitForSelector("#flags[open]");
    await (await p.$("#flags-list input")).click();
    await shot(p, `web-flags${tag}.png`);
    await p.click("#flags button[value=done]");
    await p.waitForFunction(() => !document.getElementById("flags").open);
    /* Look the firm up, then report: the form. */
    for (const re of [/^Look/, /reporting address|security/]) {
      snap = await H.snapshot(p);
      const labels = await p.$$eval(".choice", (x) => x.map((e) => e.textContent));
      await p.click(`.choice[data-choice="${labels.findIndex((l) => re.test(l.slice(1))) + 1}"]`);
      await H.changed(p, snap);
    }
    await p.click('input[name=to][value="security"]');
    snap = await H.snapshot(p);
    await p.click("#form-next");
    await H.changed(p, snap);
    for (const id of ["sender", "originals"]) await p.click(`input[name=facts][value="${id}"]`);
    await shot(p, `web-report${tag}.png`);
    snap = await H.snapshot(p);
    await p.click("#form-next");
    await H.changed(p, snap);
    await p.click('input[name=how][value="keep_evidence"]');
    snap = await H.snapshot(p);
    await p.click("#form-next");
    await H.changed(p, snap);
    /* Whatever the story asks after the report: the first choice, to the end. */
    await H.play(p, () => ({ choice: 1 }), { to: "security", facts: [], how: "keep_evidence" });
    await p.waitForSelector(".debrief");
    await shot(p, `web-debrief${tag}.png`);
    if (!tag) {
      await p.evaluate(() => document.getElementById("d-moment").scrollIntoView());
      await shot(p, "web-debrief-path.png");
    }
    await p.close();
  }
  /* Each channel's look, at 1280 × 720. */
  for (const [id, re, name] of [["family-gifts", null, "web-phone.png"], ["linkedin-think-tank", null, "web-linkedin.png"],
                                ["family-gifts", /^Be glad and/, "web-chat.png"]]) {
    const p = await H.page(b, srv.origin, problems);
    await p.setViewport({ width: 1280, height: 720 });
    await p.goto(`${srv.origin}/content/index.html?scenario=${id}`);
    await H.settled(p);
    let snap = await H.snapshot(p);
    await p.click("#start");
    await H.changed(p, snap);
    if (re) {
      const labels = await p.$$eval(".choice", (x) => x.map((e) => e.textContent));
      snap = await H.snapshot(p);
      await p.click(`.choice[data-choice="${labels.findIndex((l) => re.test(l.slice(1))) + 1}"]`);
      await H.changed(p, snap);
    }
    await shot(p, name);
    await p.close();
  }
  await b.close();
  srv.server.close();
  if (problems.length) console.log(problems.join("\n"));
}

/* The German player: the intro, a scene, the flags panel, the report form
 * (reporting at the first scene that offers it), the debrief. */
async function german(b, srv, shot, problems) {
  for (const [w, hgt, tag] of [[1280, 720, ""], [390, 844, "-narrow"]]) {
    const p = await H.page(b, srv.origin, problems);
    await p.evaluateOnNewDocument((l) => {
      Object.defineProperty(navigator, "languages", { get: () => [l] });
    }, lang);
    await p.setViewport({ width: w, height: hgt });
    await p.emulateMediaFeatures([{ name: "prefers-reduced-motion", value: "reduce" }]);
    await p.goto(`${srv.origin}/content/index.html?scenario=paid-paper`);
    await H.settled(p);
    await shot(p, `web-${lang}-intro${tag}.png`);
    let snap = await H.snapshot(p);
    await p.click("#start");
    await H.changed(p, snap);
    await shot(p, `web-${lang}-scene${tag}.png`);
    await p.click("#off");
    await p.waitForSelector("#flags[open]");
    await (await p.$("#flags-list input")).click();
    await shot(p, `web-${lang}-flags${tag}.png`);
    await p.click("#flags button[value=done]");
    await p.waitForFunction(() => !document.getElementById("flags").open);
    while ((await H.which(p)) === "scene") {
      snap = await H.snapshot(p);
      const n = await p.$$eval(".choice", (x) => x.length);
      const i = await p.$$eval(".choice", (x) => x.findIndex((e) => /Sicherheit|meld/i.test(e.textContent)));
      await p.click(`.choice[data-choice="${i >= 0 ? i + 1 : n}"]`);
      await H.changed(p, snap);
    }
    if ((await H.which(p)) === "report") {
      await p.click('input[name=to][value="security"]');
      snap = await H.snapshot(p);
      await p.click("#form-next");
      await H.changed(p, snap);
      for (const box of (await p.$$("input[name=facts]")).slice(0, 2)) await box.click();
      await shot(p, `web-${lang}-report${tag}.png`);
      await H.play(p, () => ({ choice: 1 }), { to: "security", facts: [], how: "keep_evidence" });
    }
    await p.waitForSelector(".debrief");
    await shot(p, `web-${lang}-debrief${tag}.png`);
    await p.close();
  }
  await b.close();
  srv.server.close();
  if (problems.length) console.log(problems.join("\n"));
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
