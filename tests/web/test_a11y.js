#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
/* test_a11y.js — the player for everyone: axe-core (npm) on every screen.
 *
 *   node test_a11y.js UNHOOKED SOURCE_DIR
 *
 * Plays scenarios that between them use every channel, and on every screen
 * on the way (intro, each channel's scene, "Something seems off?", the
 * three report steps and a refused step, the debrief, an error message)
 * runs axe-core and fails on any serious or critical
 * violation. The same screens at 640 × 360 CSS pixels (a 1280 × 720
 * window zoomed to 200 %) must not scroll sideways, and with
 * prefers-reduced-motion nothing animates. */
"use strict";
const fs = require("fs");
const path = require("path");
const H = require("./harness");

const a = H.args();
let failures = 0, passes = 0;
function check(ok, what) {
  if (ok) passes++;
  else {
    failures++;
    console.log(`FAIL: ${what}`);
  }
}

async function main() {
  const tmp = H.tmpdir("a11y");
  const pkg = H.makePackage(a, tmp, "course", ["--scorm2004", "--config", "packaging/config.json"]);
  const axeDir = path.dirname(require.resolve("axe-core"));
  const srv = await H.server(async (req, res, url) => {
    if (url.pathname === "/axe.min.js") return H.serveFile(axeDir, "axe.min.js", res);
    if (url.pathname.startsWith("/content/")) return H.serveFile(pkg.dir, url.pathname.slice(9), res);
    res.writeHead(404);
    res.end();
  });
  const b = await H.browser(a);
  const problems = [];
  const audited = new Map();  /* screen kind -> count */

  async function audit(p, kind) {
    if (!(await p.evaluate(() => !!window.axe))) await p.addScriptTag({ url: "/axe.min.js" });
    const r = await p.evaluate(async () => {
      const res = await window.axe.run(document, { resultTypes: ["violations"] });
      return res.violations.filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")})`);
    });
    check(r.length === 0, `axe on ${kind}:\n  ${r.join("\n  ")}`);
    audited.set(kind, (audited.get(kind) || 0) + 1);
    /* 200 % zoom: the same page in half the CSS width. */
    const vp = p.viewport();
    await p.setViewport({ width: 640, height: 360 });
    const over = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    check(over <= 0, `${kind} at 200 % zoom scrolls sideways by ${over}px`);
    await p.setViewport(vp);
  }

  async function screenKind(p) {
    const w = await H.which(p);
    if (w === "scene") return "scene:" + (await p.$eval("article.card", (e) => e.className.replace(/.*ch-/, "")));
    if (w === "report") return "report step " + (await p.$$eval(".steps li", (l) => l.findIndex((x) => x.getAttribute("aria-current") === "step") + 1));
    return w;
  }

  const plays = [
    { id: "paid-paper", pick: (l) => l.findIndex((x) => /^Look|Reply|Accept/i.test(x)) },
    { id: "family-gifts", pick: (l) => l.findIndex((x) => /^Be glad and/i.test(x)) },
    { id: "linkedin-think-tank", pick: () => 0 },
    { id: "conference-honorarium", pick: (l) => l.findIndex((x) => /Accept|Take|Go/i.test(x)) },
  ];
  for (const play of plays) {
    const p = await H.page(b, srv.origin, problems);
    await p.setViewport({ width: 1280, height: 720 });
    await p.emulateMediaFeatures([{ name: "prefers-reduced-motion", value: "reduce" }]);
    await p.goto(`${srv.origin}/content/index.html?scenario=${play.id}`);
    await H.settled(p);
    for (let guard = 0; guard < 60; guard++) {
      const kind = await screenKind(p);
      if (!audited.has(kind) || kind === "debrief") await audit(p, kind);
      const before = await H.snapshot(p);
      if (kind === "intro") await p.click("#start");
      else if (kind.startsWith("scene")) {
        if (!audited.has("flags panel") && (await p.$("#off"))) {
          await p.click("#off");
          await p.waitForSelector("#flags[open]");
          await (await p.$("#flags-list input")).click();
          await audit(p, "flags panel");
          await p.click("#flags button[value=done]");
          await p.waitForFunction(() => !document.getElementById("flags").open);
        }
        const labels = await p.$$eval(".choice", (x) => x.map((e) => e.textContent));
        let i = play.pick(labels);
        if (i < 0) i = 0;
        const snap = await H.snapshot(p);
        await p.click(`.choice[data-choice="${i + 1}"]`);
        await H.changed(p, snap);
        continue;
      } else if (kind === "report step 1") {
        if (!audited.has("report refused")) {
          await p.click("#form-next");
          await p.waitForFunction(() => document.getElementById("form-error").textContent !== "");
          await audit(p, "report refused");
          check(/Choose who/.test(await p.$eval("#form-error", (e) => e.textContent)),
                "the report form cannot go on without a recipient");
        }
        await p.click('input[name=to][value="security"]');
        await p.click("#form-next");
      } else if (kind === "report step 2") {
        await (await p.$("input[name=facts]")).click();
        await p.click("#form-next");
      } else if (kind === "report step 3") {
        await p.click("#form-next");
        await p.waitForFunction(() => document.getElementById("form-error").textContent !== "");
        check(/before you send/.test(await p.$eval("#form-error", (e) => e.textContent)),
              "the report cannot be sent without a handling");
        await p.click('input[name=how][value="keep_evidence"]');
        await p.click("#form-next");
      } else if (kind === "debrief") {
        const moving = await p.$$eval(".fill", (x) => x.map((e) => getComputedStyle(e).transitionDuration));
        check(moving.every((d) => d === "0s"), `with prefers-reduced-motion nothing animates (${moving.join(", ")})`);
        break;
      } else {
        throw new Error(`unexpected screen ${kind}: ${await H.screenTitle(p)}`);
      }
      await H.changed(p, before);
    }
    await p.close();
  }

  /* An error message. */
  {
    const p = await H.page(b, srv.origin, problems);
    await p.setViewport({ width: 1280, height: 720 });
    await p.goto(`${srv.origin}/content/index.html?scenario=no-such-scenario`);
    await H.settled(p);
    await audit(p, "message");
    await p.close();
  }
  for (const k of ["intro", "scene:email", "scene:chat", "scene:phone", "scene:linkedin", "scene:in_person",
                   "scene:narration", "flags panel", "report refused", "report step 1", "report step 2",
                   "report step 3", "debrief", "message"])
    check(audited.has(k), `the audit reached the ${k} screen`);
  console.log(`audited: ${[...audited.keys()].join(", ")}`);
  check(problems.length === 0, `no script error, CSP violation or request outside the LMS:\n  ${problems.join("\n  ")}`);
  await b.close();
  srv.server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`${passes} passed, ${failures} failed`);
  process.exit(failures ? 1 : 0);
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
