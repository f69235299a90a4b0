#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
/* test_german.js — the web player in German, in headless Chromium.
 *
 *   node test_german.js UNHOOKED SOURCE_DIR
 *
 * The language comes from the LMS first, then the browser, then the
 * package; the picker changes it before a scenario starts. Checked:
 *   - a cmi5 launch whose learner prefers German (cmi5LearnerPreferences,
 *     languagePreference "de-DE,en-US") plays the German scenario to the
 *     debrief: on every screen (intro, each scene, "Something seems off?",
 *     the three report steps, a refused step, the debrief) no text node,
 *     aria-label or title is an English msgid of po/de.po that has a
 *     different German translation, nor an English format string filled
 *     in; <html lang> is de-DE; axe-core finds nothing serious; the screens
 *     do not scroll sideways at 200 % zoom nor at a phone's width;
 *   - the count under "Something seems off?" takes the catalog's plural
 *     forms (one detail, then several);
 *   - every statement carries context.language "de-DE", the answered
 *     statements' texts are keyed de-DE, and the result is what
 *     `unhooked run scenarios/de/paid-paper.lua` gives for the same answers;
 *   - SCORM 2004 with cmi.learner_preference.language "de" plays German,
 *     and SCORM 1.2 with cmi.student_preference.language "de_DE" starts so;
 *   - a browser that prefers German, with no LMS, gets German;
 *   - an attempt begun in German resumes in German whatever the LMS says
 *     later (no picker on the offer);
 *   - with no preference the player starts in English, and the picker
 *     ("English", "Deutsch") switches the interface and the scenario, and
 *     is gone while the scenario runs; initialized, sent at launch, is
 *     en-US, nothing leaves while the picker is used, and every statement
 *     from Start on is de-DE;
 *   - a package made with --language en offers English only: a learner
 *     who prefers German gets English, no picker, initialized en-US. */
"use strict";
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");
const { spawnSync } = require("child_process");
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

/* ---------------------------------------------- the catalog's English */

let gettextParser;
try {
  gettextParser = require(path.resolve(a.src, "build-web", "npm", "node_modules", "gettext-parser"));
} catch (e) {
  H.skip("gettext-parser is missing from build-web/npm (tools/web.sh installs it)");
}
const po = gettextParser.po.parse(fs.readFileSync(path.join(a.src, "po", "de.po")));
const entries = Object.values(po.translations[""]).filter((e) => e.msgid);
/* English texts whose German differs, and English format strings as patterns. */
const english = new Set();
const patterns = [];
const SPEC = /%(?:\d+\$)?[-+ 0#]*\d*(?:\.\d+)?(?:hh|h|ll|l|z|j|t)?[diouxXeEfgGcs]/g;
for (const e of entries) {
  const forms = [e.msgid, e.msgid_plural].filter(Boolean);
  forms.forEach((f, i) => {
    const de = e.msgstr[i] !== undefined ? e.msgstr[i] : e.msgstr[0];
    if (!de || de === f) return;
    const t = f.trim();
    if (!t) return;
    if (SPEC.test(t)) {
      SPEC.lastIndex = 0;
      const literal = t.replace(SPEC, "");
      if ((literal.match(/[A-Za-z]/g) || []).length < 6) return;
      const re = t.split(SPEC)
        .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".+?");
      patterns.push({ re: new RegExp("^" + re + "$"), msgid: t });
    } else {
      english.add(t);
    }
    SPEC.lastIndex = 0;
  });
}
const german = (msgid) => {
  const e = entries.find((x) => x.msgid === msgid);
  if (!e) throw new Error(`po/de.po has no "${msgid}"`);
  return e.msgstr;
};

/* Every text a trainee (or a screen reader) meets on the page: text nodes
 * that are rendered, aria-labels, titles. */
async function texts(f) {
  return f.evaluate(() => {
    const out = [document.title];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest("script, style, [hidden]") || !el.checkVisibility()) continue;
      if (el.closest("dialog") && !el.closest("dialog").open) continue;
      out.push(n.textContent);
    }
    document.querySelectorAll("[aria-label], [title]").forEach((el) => {
      if (el.closest("[hidden]") || !el.checkVisibility()) return;
      ["aria-label", "title"].forEach((k) => { if (el.getAttribute(k)) out.push(el.getAttribute(k)); });
    });
    return out.map((t) => t.trim()).filter(Boolean);
  });
}
/* No English left: fails naming the screen and the English found. */
const checked = new Map();
async function noEnglish(f, where) {
  const found = [];
  for (const t of await texts(f)) {
    if (english.has(t)) found.push(`"${t}"`);
    else {
      const p = patterns.find((x) => x.re.test(t));
      if (p) found.push(`"${t}" (msgid "${p.msgid}")`);
    }
  }
  check(found.length === 0, `${where}: English left on a German screen: ${found.join(", ")}`);
  checked.set(where, (checked.get(where) || 0) + 1);
}

/* axe-core, and no sideways scrolling at 200 % zoom (640 px) nor at a phone's width (360 px). */
async function audit(f, p, where) {
  if (!(await f.evaluate(() => !!window.axe))) await f.addScriptTag({ url: "/axe.min.js" });
  const r = await f.evaluate(async () => {
    const res = await window.axe.run(document, { resultTypes: ["violations"] });
    return res.violations.filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")})`);
  });
  check(r.length === 0, `axe on the German ${where}:\n  ${r.join("\n  ")}`);
  const vp = p.viewport();
  for (const width of [640, 360]) {
    await p.setViewport({ width, height: 720 });
    const over = await f.evaluate(() => {
      const d = document.documentElement;
      let worst = d.scrollWidth - d.clientWidth;
      /* A box whose text runs out of it sideways (long German words). */
      document.querySelectorAll("#screen *, header *").forEach((el) => {
        if (el.closest(".visually-hidden")) return;
        if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === "hidden") worst = Math.max(worst, 1);
      });
      return worst;
    });
    check(over <= 0, `the German ${where} at ${width} px scrolls or clips sideways (${over}px)`);
  }
  await p.setViewport(vp);
}

/* The German choices that report to security, as the English tests pick "security". */
const REPORT = /Unternehmenssicherheit|Sicherheit|melde/i;

/* Plays a German run to the debrief, checking every screen. */
async function playGerman(f, p, opts) {
  let decisions = 0, sawFlags = false;
  for (let guard = 0; guard < 80; guard++) {
    const w = await H.which(f);
    const before = await H.snapshot(f);
    if (w === "intro") {
      await noEnglish(f, "intro");
      if (opts.audit) await audit(f, p, "intro");
      await f.click("#start");
    } else if (w === "scene") {
      await noEnglish(f, "scene");
      if (opts.audit && decisions === 0) await audit(f, p, "scene");
      if (!sawFlags && (await f.$("#off"))) {
        sawFlags = true;
        await f.click("#off");
        await f.waitForSelector("#flags[open]");
        const boxes = await f.$$("#flags-list input");
        await boxes[0].click();
        await noEnglish(f, "flags panel");
        if (opts.audit) await audit(f, p, "flags panel");
        await f.click("#flags button[value=done]");
        await f.waitForFunction(() => !document.getElementById("flags").open);
        const forms = german("%d detail marked in this scene. Press F to review.");
        /* The panel's close event updates the button's summary: wait for it. */
        const summary = async (want) => {
          await f.waitForFunction((w) => document.querySelector("#off .small").textContent === w, { timeout: 10000 }, want)
            .catch(() => {});
          return f.$eval("#off .small", (e) => e.textContent);
        };
        const one = await summary(forms[0].replace("%d", "1"));
        check(one === forms[0].replace("%d", "1"), `one marked detail in German, singular: "${one}"`);
        if (boxes.length > 1) {
          await f.click("#off");
          await f.waitForSelector("#flags[open]");
          for (const b of (await f.$$("#flags-list input")).slice(1)) await b.click();
          await f.click("#flags button[value=done]");
          await f.waitForFunction(() => !document.getElementById("flags").open);
          const many = await summary(forms[1].replace("%d", String(boxes.length)));
          check(many === forms[1].replace("%d", String(boxes.length)),
                `${boxes.length} marked details in German, plural: "${many}"`);
        }
      }
      const labels = await f.$$eval(".choice", (x) => x.map((e) => e.textContent));
      let i = labels.findIndex((l) => REPORT.test(l));
      if (i < 0) i = labels.length - 1;
      const snap = await H.snapshot(f);
      await f.click(`.choice[data-choice="${i + 1}"]`);
      decisions++;
      await H.changed(f, snap);
      continue;
    } else if (w === "report") {
      const step = await f.$$eval(".steps li", (l) => l.findIndex((x) => x.getAttribute("aria-current") === "step") + 1);
      await noEnglish(f, `report step ${step}`);
      if (opts.audit) await audit(f, p, `report step ${step}`);
      if (step === 1) {
        await f.click("#form-next");
        await f.waitForFunction(() => document.getElementById("form-error").textContent !== "");
        await noEnglish(f, "report refused");
        const said = await f.$eval("#form-error", (e) => e.textContent);
        check(said === german("Choose who you report to before you go on.")[0],
              `the refusal comes from the core in German: "${said}"`);
        await f.click('input[name=to][value="security"]');
      }
      if (step === 2) for (const b of await f.$$("input[name=facts]")) await b.click();
      if (step === 3) await f.click('input[name=how][value="keep_evidence"]');
      await f.click("#form-next");
    } else if (w === "debrief") {
      await noEnglish(f, "debrief");
      if (opts.audit) await audit(f, p, "debrief");
      return decisions;
    } else {
      throw new Error(`the player shows a message: ${await H.screenTitle(f)}: ` +
                      (await f.$eval("#screen", (e) => e.textContent)));
    }
    await H.changed(f, before);
  }
  throw new Error("no debrief after many steps");
}

async function main() {
  const tmp = H.tmpdir("german");
  const pkg = H.makePackage(a, tmp, "course", ["--cmi5", "--config", "packaging/config.json", "--scenario", "paid-paper",
                                                "--scenario", "family-gifts"]);
  const course = JSON.parse(fs.readFileSync(path.join(pkg.dir, "course.json"), "utf8"));
  const entry = course.scenarios.find((s) => s.id === "paid-paper");
  check(entry.translations && entry.translations.de && fs.existsSync(path.join(pkg.dir, entry.translations.de.file)),
        "the package carries the German scenario beside the English one");
  const xml = fs.readFileSync(path.join(pkg.dir, "cmi5.xml"), "utf8");
  const au = [...xml.matchAll(/<au id="([^"]+)"[\s\S]*?<url>([^<]+)<\/url>/g)]
    .map((m) => ({ id: m[1], url: m[2].replace(/&amp;/g, "&") })).find((u) => u.url.includes("paid-paper"));
  const axeDir = path.dirname(require.resolve("axe-core"));
  /* The same course made with --language en: English only. */
  const pkgEn = H.makePackage(a, tmp, "course-en", ["--cmi5", "--config", "packaging/config.json", "--scenario", "paid-paper",
                                                     "--language", "en"]);

  /* A cmi5 LMS as in test_cmi5.js, with the learner's preferences in the
   * Agent Profile API (prefs[actor name] or none). */
  const tokens = new Map(), auths = new Set(), state = new Map(), statements = [], prefs = new Map();
  const stateKey = H.stateKey;
  const lms = await H.server(async (req, res, url, body) => {
    const p = url.pathname;
    if (p === "/axe.min.js") return H.serveFile(axeDir, "axe.min.js", res);
    if (p.startsWith("/content/")) return H.serveFile(pkg.dir, p.slice(9), res);
    if (p.startsWith("/content-en/")) return H.serveFile(pkgEn.dir, p.slice(12), res);
    if (p.startsWith("/fetch/")) {
      const t = tokens.get(p.slice(7));
      res.writeHead(200, { "Content-Type": "application/json" });
      if (!t || t.used) return res.end(JSON.stringify({ "error-code": "1", "error-text": "Already in use" }));
      t.used = true;
      const auth = Buffer.from(crypto.randomUUID() + ":" + crypto.randomUUID()).toString("base64");
      auths.add("Basic " + auth);
      return res.end(JSON.stringify({ "auth-token": auth }));
    }
    if (p.startsWith("/xapi/")) {
      if (!auths.has(req.headers.authorization)) { res.writeHead(401); return res.end(); }
      const what = p.slice(6);
      if (what === "statements" && (req.method === "POST" || req.method === "PUT")) {
        const v = JSON.parse(body);
        (Array.isArray(v) ? v : [v]).forEach((s) => statements.push(s));
        res.writeHead(req.method === "PUT" ? 204 : 200, { "Content-Type": "application/json" });
        return res.end(req.method === "PUT" ? "" : "[]");
      }
      if (what === "activities/state") return H.stateApi(state, req, res, url, body);
      if (what === "agents/profile" && url.searchParams.get("profileId") === "cmi5LearnerPreferences") {
        const who = JSON.parse(url.searchParams.get("agent")).account.name;
        if (!prefs.has(who)) { res.writeHead(404); return res.end(); }
        res.writeHead(200, { "Content-Type": "application/json" });
        return res.end(JSON.stringify(prefs.get(who)));
      }
    }
    res.writeHead(404);
    res.end();
  });
  const origin = lms.origin;
  function launch(learner, reg) {
    const actor = { objectType: "Agent", name: "Test Learner", account: { homePage: origin, name: learner } };
    const registration = reg || crypto.randomUUID(), token = crypto.randomUUID();
    tokens.set(token, { used: false });
    const q = new URLSearchParams({ activityId: au.id, agent: JSON.stringify(actor), registration, stateId: "LMS.LaunchData" });
    state.set(stateKey(q), JSON.stringify({
      contextTemplate: { contextActivities: { grouping: [{ objectType: "Activity", id: au.id }] },
                         extensions: { "https://w3id.org/xapi/cmi5/context/extensions/sessionid": crypto.randomUUID() } },
      launchMode: "Normal", launchMethod: "AnyWindow", moveOn: "CompletedAndPassed", masteryScore: 0.7,
    }));
    const lp = new URLSearchParams({ endpoint: `${origin}/xapi/`, fetch: `${origin}/fetch/${token}`,
                                     actor: JSON.stringify(actor), registration, activityId: au.id });
    return { url: `${origin}/content/${au.url}&${lp}`, from: statements.length, registration };
  }

  const b = await H.browser(a);
  const problems = [];

  /* 1. cmi5: the learner prefers German. */
  prefs.set("learner-de", { languagePreference: "de-DE,en-US", audioPreference: "off" });
  const L1 = launch("learner-de");
  let p = await H.page(b, origin, problems);
  await p.setViewport({ width: 1280, height: 720 });
  await p.goto(L1.url);
  await H.settled(p);
  check((await p.evaluate(() => document.documentElement.lang)) === "de-DE", "<html lang> is de-DE for a German learner");
  check((await H.screenTitle(p)) === entry.translations.de.title,
        `the intro shows the German scenario (${await H.screenTitle(p)})`);
  const pressed = await p.$$eval("#langs button", (x) => x.map((e) => [e.textContent, e.getAttribute("aria-pressed"), e.lang]));
  check(JSON.stringify(pressed) === JSON.stringify([["English", "false", "en-US"], ["Deutsch", "true", "de-DE"]]),
        `the picker names the languages in themselves, Deutsch pressed (${JSON.stringify(pressed)})`);
  await playGerman(p, p, { audit: true });
  const resultText = await p.evaluate(() => window.UnhookedPlayer.resultText());
  const progress = await p.evaluate(() => window.UnhookedPlayer.progress());
  check(progress.lang === "de", `the saved progress records the attempt's language (${progress.lang})`);
  await p.click("#finish");
  await p.waitForFunction(() => /Vielen Dank/.test(document.body.textContent));
  await noEnglish(p, "closing message");
  const s1 = statements.slice(L1.from);
  check(s1.length >= 4 && s1.every((s) => s.context && s.context.language === "de-DE"),
        `every statement of the German attempt has context.language de-DE (${s1.map((s) => s.context && s.context.language).join(", ")})`);
  const answered = s1.filter((s) => /answered$/.test(s.verb.id));
  check(answered.length > 0 && answered.every((s) => Object.keys(s.object.definition.name).join() === "de-DE" &&
                                                     s.object.definition.choices.every((c) => c.description["de-DE"])),
        "the answered statements' texts are keyed de-DE");
  check(s1.some((s) => /terminated$/.test(s.verb.id)), "the German attempt ends with terminated");
  const af = path.join(tmp, "answers.json");
  fs.writeFileSync(af, JSON.stringify(progress.answers));
  const nat = spawnSync(a.unhooked, ["run", "scenarios/de/paid-paper.lua", "--answers", af, "--seed", String(progress.seed),
                                     "--config", "packaging/config.json"], { cwd: a.src, encoding: "utf8" });
  check(nat.stdout.trim() === resultText,
        `the page's German result is unhooked run's of scenarios/de/paid-paper.lua\n  page:   ${resultText}\n  native: ${nat.stdout.trim()}`);
  await p.close();

  /* 2. No preference anywhere: English; the picker switches to German and back. */
  const L2 = launch("learner-none");
  p = await H.page(b, origin, problems);
  await p.setViewport({ width: 1280, height: 720 });
  await p.goto(L2.url);
  await H.settled(p);
  check((await H.screenTitle(p)) === entry.title && (await p.evaluate(() => document.documentElement.lang)) === "en-US",
        `no preference: English intro, <html lang> en-US (${await H.screenTitle(p)})`);
  /* The detector itself: the English intro is full of English msgids. */
  const seen = (await texts(p)).filter((t) => english.has(t) || patterns.some((x) => x.re.test(t)));
  check(seen.length >= 3, `the English intro shows English msgids the check finds (${seen.join(", ")})`);
  await p.click('#langs button[data-lang="de"]');
  await p.waitForFunction((t) => document.getElementById("screen-title").textContent === t, {}, entry.translations.de.title);
  check((await p.evaluate(() => document.documentElement.lang)) === "de-DE", "after picking Deutsch, <html lang> is de-DE");
  check((await p.$eval('#langs button[data-lang="de"]', (e) => e.getAttribute("aria-pressed"))) === "true",
        "Deutsch is pressed after picking it");
  await noEnglish(p, "intro after the picker");
  await p.click('#langs button[data-lang="en"]');
  await p.waitForFunction((t) => document.getElementById("screen-title").textContent === t, {}, entry.title);
  check(/Read each scene/.test(await p.$eval("#screen", (e) => e.textContent)), "picking English again gives English");
  await p.click('#langs button[data-lang="de"]');
  await p.waitForFunction((t) => document.getElementById("screen-title").textContent === t, {}, entry.translations.de.title);
  const from2 = statements.length;
  const snap = await H.snapshot(p);
  await p.click("#start");
  await H.changed(p, snap);
  check(await p.$eval("#langs", (e) => e.hidden), "the picker is gone while the scenario runs");
  await noEnglish(p, "scene after the picker");
  const labels = await p.$$eval(".choice", (x) => x.map((e) => e.textContent));
  const snap2 = await H.snapshot(p);
  await p.click(`.choice[data-choice="${labels.length}"]`);
  await H.changed(p, snap2);
  await H.waitFor(() => statements.length > from2, "the answered statement");
  check(statements.slice(from2).every((s) => s.context.language === "de-DE"),
        "after picking Deutsch, the statements are de-DE");
  /* initialized left at launch, in the language the player started in; the
   * picker's back and forth before Start sent nothing; from Start on, the
   * attempt is German. */
  const mine = statements.filter((s) => s.context.registration === L2.registration);
  const verbs = mine.map((s) => s.verb.id.split("/").pop());
  check(verbs[0] === "initialized" && mine[0].context.language === "en-US",
        `initialized carries the launch language, en-US (${verbs[0]} ${mine[0].context.language})`);
  check(mine.slice(1).length >= 1 && mine.slice(1).every((s) => s.context.language === "de-DE") &&
        statements.indexOf(mine[1]) >= from2,
        `no statement between initialized and Start; every one after is de-DE (${mine.map((s) => s.context.language).join(", ")})`);
  await p.close();

  /* 2b. An attempt goes on in its language: begun in German, resumed by a
   * learner whose LMS now says English. */
  prefs.set("learner-en", { languagePreference: "en-US", audioPreference: "off" });
  const L3 = launch("learner-en");
  p = await H.page(b, origin, problems);
  await p.goto(L3.url);
  await H.settled(p);
  check((await H.screenTitle(p)) === entry.title, "a learner who prefers English gets the English intro");
  await p.click('#langs button[data-lang="de"]');
  await p.waitForFunction((t) => document.getElementById("screen-title").textContent === t, {}, entry.translations.de.title);
  let snap3 = await H.snapshot(p);
  await p.click("#start");
  await H.changed(p, snap3);
  const where = await H.screenTitle(p);
  snap3 = await H.snapshot(p);
  await p.click(`.choice[data-choice="${(await p.$$eval(".choice", (x) => x.length))}"]`);
  await H.changed(p, snap3);
  const there = await H.screenTitle(p);
  const saved = () => [...state.entries()].find(([k]) => k.includes(L3.registration) && !k.endsWith("LMS.LaunchData"));
  await H.waitFor(() => { const x = saved(); return x && JSON.parse(x[1]).answers.choices.length >= 1; }, "the saved progress");
  check(JSON.parse(saved()[1]).lang === "de", "the saved progress says the attempt is German");
  await p.close();
  const L3b = launch("learner-en", L3.registration);
  p = await H.page(b, origin, problems);
  await p.goto(L3b.url);
  await H.settled(p);
  check(!!(await p.$("#resume")) && (await p.evaluate(() => document.documentElement.lang)) === "de-DE",
        "the resumed German attempt offers to carry on in German, whatever the LMS prefers now");
  await noEnglish(p, "resume offer");
  check(await p.$eval("#langs", (e) => e.hidden), "no picker on the resume offer: the attempt keeps its language");
  snap3 = await H.snapshot(p);
  await p.click("#resume");
  await H.changed(p, snap3);
  check((await H.screenTitle(p)) === there && where !== there, `resume shows the German scene where the trainee left (${there})`);
  await noEnglish(p, "resumed scene");
  await p.close();

  /* 3. No LMS, a browser that prefers German. */
  p = await H.page(b, origin, problems);
  await p.evaluateOnNewDocument(() => {
    Object.defineProperty(navigator, "languages", { get: () => ["de-DE", "de", "en"] });
  });
  await p.goto(`${origin}/content/index.html?scenario=family-gifts`);
  await H.settled(p);
  const fg = course.scenarios.find((s) => s.id === "family-gifts");
  check((await H.screenTitle(p)) === fg.translations.de.title, `a German browser gets the German intro (${await H.screenTitle(p)})`);
  await noEnglish(p, "intro from the browser's language");
  await p.close();

  /* 4. SCORM 2004's cmi.learner_preference.language "de" (a full play), and
   * SCORM 1.2's cmi.student_preference.language (the intro). */
  const sa = path.join(__dirname, "node_modules", "scorm-again", "dist");
  for (const v of ["2004", "12"]) {
    const spkg = H.makePackage(a, tmp, "scorm" + v, [v === "12" ? "--scorm12" : "--scorm2004", "--config",
                                                     "packaging/config.json", "--scenario", "paid-paper"]);
    const lib = v === "12" ? "scorm12" : "scorm2004";
    const HOST = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/scorm-again/${lib}.js"></script></head><body><h1>Test LMS</h1>
<iframe id="sco" title="Course" width="1200" height="900"></iframe><script src="/host.js"></script></body></html>`;
    const HOST_JS = v === "12"
      ? `const api = new Scorm12API({ autocommit: false, logLevel: 5 });
api.loadFromJSON({ student_preference: { language: "de_DE" } });
window.API = api;`
      : `const api = new Scorm2004API({ autocommit: false, logLevel: 5 });
api.loadFromJSON({ learner_preference: { language: "de" }, scaled_passing_score: "0.7" });
window.API_1484_11 = api;`;
    const slms = await H.server(async (req, res, url) => {
      const q = url.pathname;
      if (q === "/lms.html") { res.writeHead(200, { "Content-Type": "text/html" }); return res.end(HOST); }
      if (q === "/host.js") {
        res.writeHead(200, { "Content-Type": "text/javascript" });
        return res.end(HOST_JS + `
window.snapshot = function () { return JSON.parse(JSON.stringify(api.cmi)); };
document.getElementById("sco").src = "/content/index.html?scenario=paid-paper";`);
      }
      if (q === "/axe.min.js") return H.serveFile(axeDir, "axe.min.js", res);
      if (q.startsWith("/scorm-again/")) return H.serveFile(sa, q.slice(13), res);
      if (q.startsWith("/content/")) return H.serveFile(spkg.dir, q.slice(9), res);
      res.writeHead(404);
      res.end();
    });
    p = await H.page(b, slms.origin, problems);
    await p.setViewport({ width: 1280, height: 1040 });
    await p.goto(`${slms.origin}/lms.html`);
    const f = await (await p.waitForSelector("#sco")).contentFrame();
    await H.settled(f);
    const pref = v === "12" ? "cmi.student_preference.language" : "cmi.learner_preference.language";
    check((await f.evaluate(() => document.documentElement.lang)) === "de-DE",
          `SCORM ${v} with ${pref} ${v === "12" ? "de_DE" : "de"}: <html lang> de-DE`);
    check((await H.screenTitle(f)) === entry.translations.de.title, `SCORM ${v}: the German scenario`);
    if (v === "2004") {
      await playGerman(f, p, { audit: false });
      const cmi = await p.evaluate(() => window.snapshot());
      const ints = Object.values(cmi.interactions.childArray || cmi.interactions || {}).filter((x) => x && x.id);
      check(ints.length > 0 && ints.every((x) => !/^(Report|Reply|Ignore|Look)/.test(x.description || "")),
            `SCORM 2004: the interactions carry the German choices (${ints.map((x) => x.description).join(" | ").slice(0, 160)})`);
    }
    await p.close();
    slms.server.close();
  }

  /* 5. A package made with --language en: a learner who prefers German
   * gets English (all the package offers), no picker, and initialized says
   * en-US. */
  {
    const L5 = launch("learner-de");
    const p5 = await H.page(b, origin, problems);
    await p5.goto(L5.url.replace("/content/", "/content-en/"));
    await H.settled(p5);
    check((await H.screenTitle(p5)) === entry.title && (await p5.evaluate(() => document.documentElement.lang)) === "en-US",
          `--language en: the German learner gets the English intro (${await H.screenTitle(p5)})`);
    check(await p5.$eval("#langs", (e) => e.hidden), "--language en: no language picker");
    await H.waitFor(() => statements.some((s) => s.context.registration === L5.registration), "initialized");
    const init = statements.find((s) => s.context.registration === L5.registration);
    check(init.verb.id.endsWith("/initialized") && init.context.language === "en-US",
          `--language en: initialized in en-US (${init.context.language})`);
    await p5.close();
  }

  for (const where of ["intro", "scene", "flags panel", "report step 1", "report refused", "report step 2",
                       "report step 3", "debrief", "resume offer"])
    check(checked.has(where), `the German ${where} was checked`);
  check(problems.length === 0, `no script error, CSP violation or request outside the LMS:\n  ${problems.join("\n  ")}`);
  await b.close();
  lms.server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`${english.size} English msgids and ${patterns.length} English formats looked for`);
  console.log(`${passes} passed, ${failures} failed`);
  process.exit(failures ? 1 : 0);
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
