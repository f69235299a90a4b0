#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
/* test_keyboard.js — a whole play with the keyboard alone reaches the
 * debrief, with visible focus on every stop and new scenes announced.
 *
 *   node test_keyboard.js UNHOOKED SOURCE_DIR
 *
 * Only Tab, Shift+Tab, Enter, Space, Escape and the player's own keys (1–9,
 * F) are pressed; nothing is clicked. On every element Tab reaches, the
 * focus outline must be drawn; after every choice the live region must
 * hold the new scene's text. The report form is tried without a recipient
 * and without a handling first, and must refuse both. */
"use strict";
const fs = require("fs");
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
  const tmp = H.tmpdir("keys");
  const pkg = H.makePackage(a, tmp, "course", ["--scorm12", "--config", "packaging/config.json",
                                               "--scenario", "linkedin-think-tank"]);
  const srv = await H.server(async (req, res, url) => {
    if (url.pathname.startsWith("/content/")) return H.serveFile(pkg.dir, url.pathname.slice(9), res);
    res.writeHead(404);
    res.end();
  });
  const b = await H.browser(a);
  const problems = [];
  const p = await H.page(b, srv.origin, problems);
  await p.setViewport({ width: 1280, height: 720 });
  await p.goto(`${srv.origin}/content/index.html?scenario=linkedin-think-tank`);
  await H.settled(p);

  const focused = () => p.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return null;
    const cs = getComputedStyle(e);
    return { id: e.id, tag: e.tagName, type: e.type || "", value: e.value || "", cls: e.className,
             text: (e.textContent || "").trim().slice(0, 80),
             outline: cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 2 };
  });
  let stops = 0, unseen = [];
  /* Presses Tab until want(focused element) holds; checks the outline on each stop. */
  async function tabTo(want, what) {
    for (let i = 0; i < 60; i++) {
      await p.keyboard.press("Tab");
      const f = await focused();
      if (!f) continue;
      stops++;
      if (!f.outline) unseen.push(`${f.tag}#${f.id}.${f.cls} "${f.text}"`);
      if (want(f)) return f;
    }
    throw new Error(`Tab never reached ${what}`);
  }

  await tabTo((f) => f.id === "start", "Start");
  let before = await H.snapshot(p);
  await p.keyboard.press("Enter");
  await H.changed(p, before);

  let decisions = 0, refusedTo = false, refusedHow = false, announced = 0;
  for (let guard = 0; guard < 60; guard++) {
    const w = await H.which(p);
    before = await H.snapshot(p);
    if (w === "scene") {
      const text = await p.$eval(".scene-text", (e) => e.textContent.slice(0, 40));
      await p.waitForFunction((t) => document.getElementById("announce").textContent.includes(t), {}, text);
      announced++;
      if (decisions === 0) {
        /* "Something seems off?" by its key: mark the first detail with Space. */
        await p.keyboard.press("f");
        await p.waitForSelector("#flags[open]");
        await p.keyboard.press("Space");
        check(await p.$eval("#flags-list input", (e) => e.checked), "Space marks a detail in the flags panel");
        await p.keyboard.press("Escape");
        await p.waitForFunction(() => !document.getElementById("flags").open);
        /* The dialog's close event comes after `open` drops: wait for the focus. */
        const back = await p.waitForFunction(() => document.activeElement && document.activeElement.id === "off",
                                             { timeout: 10000 }).then(() => true, () => false);
        check(back, "closing the panel returns focus to its button");
      }
      const labels = await p.$$eval(".choice", (x) => x.map((e) => e.textContent));
      const target = labels.findIndex((l) => /security/i.test(l));
      if (decisions === 0 || target < 0) {
        /* The first decision by its number key, the others with Tab and Enter. */
        await p.keyboard.press("1");
      } else {
        await tabTo((f) => f.cls === "choice" && f.text.includes(labels[target].slice(2, 30)), "the report choice");
        await p.keyboard.press("Enter");
      }
      decisions++;
    } else if (w === "report") {
      const step = await p.$$eval(".steps li", (l) => l.findIndex((x) => x.getAttribute("aria-current") === "step") + 1);
      if (step === 1 && !refusedTo) {
        await tabTo((f) => f.id === "form-next", "Next");
        await p.keyboard.press("Enter");
        await p.waitForFunction(() => document.getElementById("form-error").textContent !== "");
        refusedTo = await H.which(p) === "report";
        check(refusedTo, "without a recipient the form does not go on");
        continue;
      }
      if (step === 1) {
        await tabTo((f) => f.type === "radio" && f.value === "security", "the security option");
        await p.keyboard.press("Space");
      } else if (step === 2) {
        await tabTo((f) => f.type === "checkbox", "a fact");
        await p.keyboard.press("Space");
      } else if (step === 3 && !refusedHow) {
        await tabTo((f) => f.id === "form-next", "Send report");
        await p.keyboard.press("Enter");
        await p.waitForFunction(() => document.getElementById("form-error").textContent !== "");
        refusedHow = await H.which(p) === "report";
        check(refusedHow, "without a handling the report is not sent");
        continue;
      } else if (step === 3) {
        await tabTo((f) => f.type === "radio" && f.value === "keep_evidence", "keeping the evidence");
        await p.keyboard.press("Space");
      }
      await tabTo((f) => f.id === "form-next", "Next / Send report");
      await p.keyboard.press("Enter");
    } else if (w === "debrief") {
      break;
    } else {
      throw new Error(`unexpected screen: ${await H.screenTitle(p)}`);
    }
    await H.changed(p, before);
  }
  check(await H.which(p) === "debrief", `a keyboard-only play reaches the debrief (${decisions} decisions)`);
  check(refusedTo && refusedHow, "the form refused a missing recipient and a missing handling");
  check(announced === decisions, `every new scene was announced in the live region (${announced} of ${decisions})`);
  await tabTo((f) => f.id === "finish", "Finish");
  check(unseen.length === 0, `visible focus on all ${stops} Tab stops; none on:\n  ${unseen.join("\n  ")}`);
  check(problems.length === 0, `no script error or request outside the LMS:\n  ${problems.join("\n  ")}`);
  await b.close();
  srv.server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`keyboard: ${stops} Tab stops, ${decisions} decisions`);
  console.log(`${passes} passed, ${failures} failed`);
  process.exit(failures ? 1 : 0);
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
