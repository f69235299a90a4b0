#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
/* test_scorm.js — SCORM 1.2 and SCORM 2004 packages played inside
 * scorm-again (npm), a SCORM runtime, in headless Chromium.
 *
 *   node test_scorm.js UNHOOKED SOURCE_DIR
 *
 * A test LMS page holds scorm-again's API object (window.API for 1.2,
 * window.API_1484_11 for 2004) and opens the package's SCO in a frame, as
 * an LMS does. For each version: the manifest lists one SCO per scenario;
 * a full play sets the score, completion and success (against the mastery
 * score the LMS gives), one interaction per decision; a play left halfway
 * suspends with suspend_data, and a new attempt resumes at the same scene
 * (its offer checked with axe-core too). */
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

const HOST = (v) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/scorm-again/${v === "12" ? "scorm12" : "scorm2004"}.js"></script></head>
<body><h1>Test LMS</h1><iframe id="sco" title="Course" width="1200" height="900"></iframe>
<script src="/host.js"></script></body></html>`;
/* Creates the API from the data in the address (#{"v":..,"init":..,"sco":..}). */
const HOST_JS = `
const q = JSON.parse(decodeURIComponent(location.hash.slice(1)));
const settings = { autocommit: false, logLevel: 5 };
const api = q.v === "12" ? new Scorm12API(settings) : new Scorm2004API(settings);
if (q.init) api.loadFromJSON(q.init);
if (q.v === "12") window.API = api; else window.API_1484_11 = api;
window.finished = false;
api.on(q.v === "12" ? "LMSFinish" : "Terminate", function () { window.finished = true; });
window.snapshot = function () { return JSON.parse(JSON.stringify(api.cmi)); };
document.getElementById("sco").src = q.sco;
`;

async function main() {
  const tmp = H.tmpdir("scorm");
  const sa = path.join(__dirname, "node_modules", "scorm-again", "dist");
  const b = await H.browser(a);
  const problems = [];
  for (const v of ["12", "2004"]) {
    const pkg = H.makePackage(a, tmp, "scorm" + v, [v === "12" ? "--scorm12" : "--scorm2004", "--config",
                                                    "packaging/config.json"]);
    const man = fs.readFileSync(path.join(pkg.dir, "imsmanifest.xml"), "utf8");
    const nsc = fs.readdirSync(path.join(a.src, "scenarios")).filter((f) => f.endsWith(".lua")).length;
    const scos = [...man.matchAll(/scorm[tT]ype="sco" href="([^"]+)"/g)].map((m) => m[1]);
    check(scos.length === nsc, `SCORM ${v}: one SCO per scenario (${scos.length} of ${nsc})`);
    check(v === "12" ? /<schemaversion>1.2<\/schemaversion>/.test(man) && /<adlcp:masteryscore>70</.test(man)
                     : /2004 4th Edition/.test(man) && /<imsss:minNormalizedMeasure>0.7</.test(man),
          `SCORM ${v}: schema version and mastery in the manifest`);
    const listed = [...man.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]);
    check(listed.every((f) => fs.existsSync(path.join(pkg.dir, f))), `SCORM ${v}: every file the manifest lists is in the package`);
    const sco = scos.find((s) => s.includes("paid-paper"));
    /* Every title and description in both languages, as LOM metadata (the
     * plain <title> has one language): the course's and each item's. */
    const ls = (tag) => (man.match(v === "12" ? new RegExp(`<imsmd:langstring xml:lang="${tag}">`, "g")
                                              : new RegExp(`<lom:string language="${tag}">`, "g")) || []).length;
    check(ls("en-US") === 2 * (nsc + 1) && ls("de-DE") === 2 * (nsc + 1),
          `SCORM ${v}: a title and a description in en-US and de-DE for the course and every item (${ls("en-US")}, ${ls("de-DE")})`);
    check(!fs.existsSync(path.join(pkg.dir, "cmi5.umd.js")) && !listed.includes("cmi5.umd.js"),
          `SCORM ${v}: no cmi5 library in the package`);
    let cmi5Asked = false;

    const lms = await H.server(async (req, res, url) => {
      const p = url.pathname;
      if (p === "/lms.html") { res.writeHead(200, { "Content-Type": "text/html" }); return res.end(HOST(v)); }
      if (p === "/host.js") { res.writeHead(200, { "Content-Type": "text/javascript" }); return res.end(HOST_JS); }
      if (p.startsWith("/scorm-again/")) return H.serveFile(sa, p.slice(13), res);
      if (p === "/axe.min.js") return H.serveFile(path.dirname(require.resolve("axe-core")), "axe.min.js", res);
      if (p.endsWith("cmi5.umd.js")) cmi5Asked = true;
      if (p.startsWith("/content/")) return H.serveFile(pkg.dir, p.slice(9), res);
      res.writeHead(404);
      res.end();
    });
    const open = async (init) => {
      const p = await H.page(b, lms.origin, problems);
      await p.setViewport({ width: 1280, height: 1040 });
      await p.goto(`${lms.origin}/lms.html#${encodeURIComponent(JSON.stringify({ v, init, sco: `/content/${sco}` }))}`);
      const f = await (await p.waitForSelector("#sco")).contentFrame();
      await f.waitForFunction(() => {
        const t = document.getElementById("screen-title");
        return t && !/^Loading/.test(t.textContent);
      });
      return { p, f };
    };
    const mastery = v === "12" ? { student_data: { mastery_score: "70" } } : { scaled_passing_score: "0.7" };

    /* A full play that reports at once, with every flag marked. */
    let { p, f } = await open(mastery);
    const ideal = (labels) => ({ choice: 1 + Math.max(0, labels.findIndex((l) => /report .*security|security as a/i.test(l))),
                                 marks: true });
    const decisions = await H.play(f, ideal, { to: "security", facts: ["sender", "requests_fees", "originals"],
                                               how: "keep_evidence" });
    const result = JSON.parse(await f.evaluate(() => window.UnhookedPlayer.resultText()));
    check(!cmi5Asked && (await f.evaluate(() => typeof window.Cmi5)) === "undefined",
          `SCORM ${v}: a SCORM launch never asks for the cmi5 library`);
    await f.click("#finish");
    await p.waitForFunction(() => window.finished === true);
    const cmi = await p.evaluate(() => window.snapshot());
    const raw = Math.round(result.score);
    const passed = raw >= 70;
    const ints = Object.values(cmi.interactions.childArray || cmi.interactions || {});
    if (v === "12") {
      check(cmi.core.score.raw === String(raw) && cmi.core.score.min === "0" && cmi.core.score.max === "100",
            `SCORM 1.2: score raw ${cmi.core.score.raw} (core says ${raw}), min 0, max 100`);
      check(cmi.core.lesson_status === (passed ? "passed" : "failed"), `SCORM 1.2: lesson_status ${cmi.core.lesson_status}`);
      check(cmi.core.exit === "", `SCORM 1.2: exit is normal when finished (got "${cmi.core.exit}")`);
    } else {
      check(cmi.score.raw === String(raw) && parseFloat(cmi.score.scaled) === raw / 100,
            `SCORM 2004: score raw ${cmi.score.raw}, scaled ${cmi.score.scaled} (core says ${raw})`);
      check(cmi.completion_status === "completed", `SCORM 2004: completion_status ${cmi.completion_status}`);
      check(cmi.success_status === (passed ? "passed" : "failed"), `SCORM 2004: success_status ${cmi.success_status}`);
      check(cmi.exit === "normal", `SCORM 2004: exit normal (got "${cmi.exit}")`);
    }
    check(passed, `SCORM ${v}: reporting at once with the right form passes (score ${raw})`);
    check(ints.length === decisions && ints.every((i) => i.type === "choice" && /^decision-\d+-/.test(i.id)),
          `SCORM ${v}: one choice interaction per decision (${ints.length} for ${decisions})`);
    await p.close();

    /* Halfway: two decisions, then the window closes; a new attempt resumes. */
    ({ p, f } = await open(mastery));
    await f.click("#start");
    await f.waitForSelector("#choices");
    for (let i = 0; i < 2; i++) {
      const snap = await H.snapshot(f);
      const labels = await f.$$eval(".choice", (x) => x.map((e) => e.textContent));
      const c = labels.findIndex((l) => !/security|report/i.test(l));
      await f.click(`.choice[data-choice="${c + 1}"]`);
      await H.changed(f, snap);
    }
    const where = await H.screenTitle(f);
    await p.evaluate(() => { document.getElementById("sco").src = "about:blank"; });
    await p.waitForFunction(() => window.finished === true);
    const c2 = await p.evaluate(() => window.snapshot());
    const suspend = c2.suspend_data;
    const exit = v === "12" ? c2.core.exit : c2.exit;
    const status = v === "12" ? c2.core.lesson_status : c2.completion_status;
    check(exit === "suspend" && status === "incomplete" && suspend && JSON.parse(suspend).answers.choices.length === 2,
          `SCORM ${v}: leaving halfway suspends (exit "${exit}", status ${status}, suspend_data ${suspend && suspend.length} chars)`);
    await p.close();
    const init = v === "12" ? Object.assign({ suspend_data: suspend, core: { entry: "resume" } }, mastery)
                            : Object.assign({ suspend_data: suspend, entry: "resume" }, mastery);
    ({ p, f } = await open(init));
    check(!!(await f.$("#resume")), `SCORM ${v}: a new attempt offers to carry on`);
    /* The resume offer is a screen too: axe-core finds nothing serious on it. */
    await f.addScriptTag({ url: "/axe.min.js" });
    const axe = await f.evaluate(async () => (await window.axe.run(document)).violations
      .filter((x) => x.impact === "serious" || x.impact === "critical").map((x) => x.id));
    check(axe.length === 0, `SCORM ${v}: axe on the resume offer: ${axe.join(", ")}`);
    const snap = await H.snapshot(f);
    await f.click("#resume");
    await H.changed(f, snap);
    check((await H.screenTitle(f)) === where, `SCORM ${v}: resume shows the scene where the trainee left (${where})`);
    await p.close();
    lms.server.close();
  }
  check(problems.length === 0, `no script error, CSP violation or request outside the LMS:\n  ${problems.join("\n  ")}`);
  await b.close();
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`${passes} passed, ${failures} failed`);
  process.exit(failures ? 1 : 0);
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
