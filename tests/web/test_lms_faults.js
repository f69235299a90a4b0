#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
/* test_lms_faults.js — what the learner sees when the LMS misbehaves, in
 * headless Chromium.
 *
 *   node test_lms_faults.js UNHOOKED SOURCE_DIR
 *
 * cmi5: an LRS that answers 503 to the end of the attempt (completed,
 * passed/failed), a launch link with a malformed actor or without its
 * registration; reloading mid-scenario and Back (one session goes on).
 * SCORM 1.2 and 2004: an API whose LMSCommit/Commit fails,
 * found by the player in the frameset's parent two frames up, in the
 * opener of a popup and in the opener of a popup holding it in a frame. Each time: a calm sentence saying what happened and
 * what to do; never a result shown as recorded that was not. */
"use strict";
const path = require("path");
const crypto = require("crypto");
const H = require("./harness");

const a = H.args();
const T = H.checks();
const check = T.check;
const SESSION = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
const verbOf = (s) => s.verb.id.replace(/.*\//, "");
const ideal = (labels) => ({ choice: 1 + Math.max(0, labels.findIndex((l) => /security/i.test(l))), marks: true });
const form = { to: "security", facts: "all", how: "keep_evidence" };
/* SHOTS=DIR keeps screenshots of what the learner sees. */
const shot = (p, name) => process.env.SHOTS ? p.screenshot({ path: path.join(process.env.SHOTS, name + ".png") }) : null;
/* Polls the async fn (up to 30 s) until it gives something. */
async function poll(fn, what) {
  for (let i = 0; i < 600; i++) {
    const v = await fn();
    if (v !== undefined && v !== null && v !== false) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}
const text = (p) => p.$eval("#screen", (e) => e.textContent.replace(/\s+/g, " ").trim());

async function cmi5(b, tmp) {
  const pkg = H.makePackage(a, tmp, "cmi5", ["--cmi5", "--config", "packaging/config.json", "--scenario", "paid-paper"]);
  const statements = [];
  const tokens = new Set();
  const state = new Map();
  let failVerbs = [];
  let fetches = 0;
  let hangVerbs = [];
  const held = [];
  const auId = "urn:test:au";
  const stateKey = H.stateKey;
  const lms = await H.server(async (req, res, url, body) => {
    const p = url.pathname;
    if (p.startsWith("/content/")) return H.serveFile(pkg.dir, p.slice(9), res);
    if (p === "/elsewhere") {
      res.writeHead(200, { "Content-Type": "text/html" });
      return res.end("<!DOCTYPE html><title>LMS</title><p>Elsewhere in the LMS");
    }
    if (p.startsWith("/fetch/")) {
      fetches++;
      res.writeHead(200, { "Content-Type": "application/json" });
      if (!tokens.delete(p.slice(7))) return res.end(JSON.stringify({ "error-code": "1", "error-text": "Already in use" }));
      return res.end(JSON.stringify({ "auth-token": Buffer.from("u:p").toString("base64") }));
    }
    if (p === "/xapi/statements" && (req.method === "POST" || req.method === "PUT")) {
      const list = [].concat(JSON.parse(body));
      if (list.some((s) => hangVerbs.includes(verbOf(s)))) {
        held.push(res);  /* a silent LRS: answered only when the test lets go */
        return;
      }
      if (list.some((s) => failVerbs.includes(verbOf(s)))) {
        res.writeHead(503);
        return res.end("busy");
      }
      list.forEach((s) => statements.push(s));
      res.writeHead(200, { "Content-Type": "application/json" });
      return res.end(JSON.stringify(list.map(() => crypto.randomUUID())));
    }
    if (p === "/xapi/activities/state") return H.stateApi(state, req, res, url, body);
    res.writeHead(404);
    res.end();
  });
  const origin = lms.origin;
  const actor = { objectType: "Agent", name: "Learner", account: { homePage: origin, name: "l1" } };
  function launch(edit) {
    const registration = crypto.randomUUID();
    const token = crypto.randomUUID();
    tokens.add(token);
    const q = new URLSearchParams({ activityId: auId, agent: JSON.stringify(actor), registration, stateId: "LMS.LaunchData" });
    state.set(stateKey(q), JSON.stringify({
      contextTemplate: { extensions: { [SESSION]: crypto.randomUUID() } }, launchMode: "Normal",
      launchMethod: "AnyWindow", moveOn: "CompletedAndPassed", masteryScore: 0.5 }));
    const lp = new URLSearchParams({ endpoint: `${origin}/xapi/`, fetch: `${origin}/fetch/${token}`,
                                     actor: JSON.stringify(actor), registration, activityId: auId });
    if (edit) edit(lp);
    return `${origin}/content/index.html?scenario=paid-paper&${lp}`;
  }
  const problems = [];

  /* The LRS fails the end of the attempt: the debrief says the result was not recorded. */
  failVerbs = ["completed", "passed", "failed"];
  let p = await H.page(b, origin, problems);
  await p.goto(launch());
  await H.settled(p);
  await H.play(p, ideal, form);
  await shot(p, "faults-lrs503");
  const t1 = await text(p);
  check(/not (been )?recorded|could not (be )?(send|sent|record)/i.test(t1),
        `cmi5, LRS 503 on completed: the debrief says the result was not recorded (it says: ${t1.slice(0, 300)})`);
  check(!statements.some((s) => ["completed", "passed", "failed"].includes(verbOf(s))), "no completion was recorded");
  /* Finish tries again, and stays while the LRS still fails. */
  if (await p.$("#send-again")) {
  await p.click("#finish");
  await p.waitForFunction(() => !document.getElementById("send-again").disabled);
  check(!!(await p.$("#unsent")) && !statements.some((s) => verbOf(s) === "terminated"),
        "Finish with the LRS still failing stays on the debrief and terminates nothing");
  /* The LRS is back: Send again records completed and the verdict, once each. */
  failVerbs = [];
  await p.click("#send-again");
  await p.waitForFunction(() => !document.getElementById("unsent"));
  const ends = statements.map(verbOf).filter((v) => ["completed", "passed", "failed"].includes(v));
  check(ends.length === 2 && ends[0] === "completed", `sent again: completed, then passed or failed (${ends.join(", ")})`);
  }
  await p.close();

  /* A silent LRS at the end: the debrief comes at once; Finish says it is
   * sending and waits; the LRS's 503 at last brings the alert. */
  hangVerbs = ["completed"];
  const fromSilent = statements.length;
  p = await H.page(b, origin, problems);
  await p.goto(launch());
  await H.settled(p);
  await H.play(p, ideal, form);
  check(held.length === 1, `the debrief shows while the LRS has not answered completed (${held.length} held)`);
  await p.click("#finish");
  await p.waitForSelector("#sending");
  await shot(p, "faults-sending");
  check(await p.$eval("#finish", (e) => e.disabled), "Finish waits for the result to be sent");
  hangVerbs = [];
  await H.waitFor(() => held.length === 1, "the held statement");
  held[0].writeHead(503);
  held[0].end();
  /* Finish then tries once more, and the LRS takes it. */
  await H.waitFor(() => statements.length > fromSilent && verbOf(statements[statements.length - 1]) === "terminated",
                  "terminated");
  const sv = statements.slice(fromSilent).map(verbOf);
  check(sv.filter((v) => v === "completed").length === 1 && /^(passed|failed)$/.test(sv[sv.length - 2]),
        `after the LRS's late 503, Finish sends the result once more, then terminated (${sv.join(", ")})`);
  await p.close();

  /* Reloading mid-scenario, and Back then Forward: the same session goes
   * on (one fetch, one initialized, one session id), at the same scene. */
  const from = statements.length;
  const fetchesBefore = fetches;
  p = await H.page(b, origin, problems);
  await p.goto(launch());
  await H.settled(p);
  await p.click("#start");
  await p.waitForSelector(".choice");
  let snap = await H.snapshot(p);
  await p.click('.choice[data-choice="1"]');
  await H.changed(p, snap);
  const where = await H.screenTitle(p);
  await H.waitFor(() => [...state.values()].some((v) => /"answers"/.test(v) && /"choices":\[\d/.test(v)), "the saved progress");
  await p.reload();
  await H.settled(p);
  await shot(p, "faults-reload");
  const t4 = await text(p);
  check(!!(await p.$("#resume")), `a reload mid-scenario offers to carry on (it shows: ${t4.slice(0, 200)})`);
  if (await p.$("#resume")) {
    snap = await H.snapshot(p);
    await p.click("#resume");
    await H.changed(p, snap);
    check((await H.screenTitle(p)) === where, "after the reload the trainee is at the same scene");
  }
  await p.goto(`${origin}/elsewhere`);
  await p.goBack();
  await H.settled(p);
  check(!!(await p.$("#resume")) || (await H.which(p)) === "scene", "Back to the player: it goes on");
  await p.goForward();
  await p.goBack();
  await H.settled(p);
  await H.play(p, ideal, form);
  await p.click("#finish");
  await H.waitFor(() => statements.slice(from).some((s) => verbOf(s) === "terminated"), "terminated");
  const s4 = statements.slice(from);
  const sessions = new Set(s4.map((s) => s.context.extensions[SESSION]));
  const v4 = s4.map(verbOf);
  check(fetches - fetchesBefore === 1 && v4.filter((v) => v === "initialized").length === 1 && v4[0] === "initialized" &&
        sessions.size === 1 && v4.filter((v) => v === "completed").length === 1 && v4[v4.length - 1] === "terminated",
        `reload and Back: one fetch (${fetches - fetchesBefore}), one session (${sessions.size}): ${v4.join(", ")}`);
  await p.close();

  /* A malformed actor: a calm sentence, not a JavaScript parse error. */
  p = await H.page(b, origin, problems);
  await p.goto(launch((lp) => lp.set("actor", "{not json")));
  await H.settled(p);
  const t2 = await text(p);
  await shot(p, "faults-actor");
  check(/launch link/i.test(t2) && /actor/.test(t2) && !/already been used|JSON|token|Unexpected|undefined/.test(t2),
        `cmi5, malformed actor: a clear sentence (it says: ${t2.slice(0, 300)})`);
  await p.close();

  /* No registration: the link is incomplete; the player does not play unrecorded. */
  p = await H.page(b, origin, problems);
  const noReg = launch((lp) => lp.delete("registration"));
  const tokensBefore = tokens.size;
  await p.goto(noReg);
  await H.settled(p);
  const t3 = await text(p);
  await shot(p, "faults-noreg");
  check(/launch link/i.test(t3) && /registration/.test(t3) && !(await p.$("#start")) && tokensBefore === tokens.size,
        `cmi5, no registration: the link is called incomplete and nothing plays (it says: ${t3.slice(0, 300)})`);
  await p.close();
  lms.server.close();
  check(problems.length === 0, `no script error or stray request:\n  ${problems.join("\n  ")}`);
}

/* SCORM: a stand-in API that records calls; commitOk decides what
 * LMSCommit/Commit answers. */
const API_JS = `
window.calls = [];
window.commitOk = true;
window.data = {};
function mk(v12) {
  const f = (name, fn) => function () { calls.push([name, ...arguments]); return fn.apply(null, arguments); };
  const get = (k) => k in data ? data[k] : (k.endsWith("_count") ? "0" : "");
  const set = (k, v) => { data[k] = String(v); return "true"; };
  /* As an LMS does: a session that was finished cannot be initialized again. */
  let ended = false;
  const init = () => ended ? "false" : "true";
  const commit = () => commitOk ? "true" : "false";
  const err = () => ended ? (v12 ? "101" : "104") : commitOk ? "0" : "391";
  const end = () => { ended = true; return "true"; };
  window.newSession = () => { ended = false; calls.length = 0; };
  return v12 ? { LMSInitialize: f("init", init), LMSGetValue: f("get", get), LMSSetValue: f("set", set),
                 LMSCommit: f("commit", commit), LMSFinish: f("finish", end), LMSGetLastError: err,
                 LMSGetErrorString: () => "", LMSGetDiagnostic: () => "" }
             : { Initialize: f("init", init), GetValue: f("get", get), SetValue: f("set", set),
                 Commit: f("commit", commit), Terminate: f("finish", end), GetLastError: err,
                 GetErrorString: () => "", GetDiagnostic: () => "" };
}
const v = new URLSearchParams(location.search).get("v");
if (v === "12") window.API = mk(true); else window.API_1484_11 = mk(false);
`;

async function scorm(b, tmp) {
  const problems = [];
  for (const v of ["12", "2004"]) {
    const pkg = H.makePackage(a, tmp, "scorm" + v, [v === "12" ? "--scorm12" : "--scorm2004", "--config",
                                                    "packaging/config.json", "--scenario", "paid-paper"]);
    const sco = "/content/index.html?scenario=paid-paper";
    const lms = await H.server(async (req, res, url) => {
      const p = url.pathname;
      const html = (t) => { res.writeHead(200, { "Content-Type": "text/html" }); res.end(t); };
      if (p.startsWith("/content/")) return H.serveFile(pkg.dir, p.slice(9), res);
      if (p === "/api.js") { res.writeHead(200, { "Content-Type": "text/javascript" }); return res.end(API_JS); }
      /* The API two frames up: a frameset whose frame holds the SCO's iframe. */
      if (p === "/top") return html(`<!DOCTYPE html><html><head><title>LMS</title><script src="/api.js?v=${v}"></script></head>` +
                                    `<frameset rows="40,*"><frame src="/nav" title="nav"><frame src="/inner" name="inner" title="course"></frameset></html>`);
      if (p === "/nav") return html("<!DOCTYPE html><title>nav</title><p>LMS");
      if (p === "/inner") return html(`<!DOCTYPE html><title>inner</title><iframe id="sco" src="${sco}" width="1000" height="800"></iframe>`);
      /* The API in the opener of a popup. */
      if (p === "/popup") return html(`<!DOCTYPE html><title>course</title><iframe src="${sco}" width="380" height="640"></iframe>`);
      if (p === "/opener") return html(`<!DOCTYPE html><html><head><title>LMS</title><script src="/api.js?v=${v}"></script></head><body>LMS</body></html>`);
      res.writeHead(404);
      res.end();
    });
    const origin = lms.origin;
    const top = await H.page(b, origin, problems);
    await top.goto(`${origin}/top?v=${v}`);
    const frame = await poll(async () => top.frames().find((x) => x.url().includes("/content/index.html")), "the SCO frame");
    await frame.waitForFunction(() => document.getElementById("start"));
    check(await top.evaluate(() => calls.some((c) => c[0] === "init")),
          `SCORM ${v}: the API two frames up (frameset, frame, iframe) is found and initialized`);
    /* Play, with the LMS refusing every commit. */
    await top.evaluate(() => { window.commitOk = false; });
    const fp = { $: (s) => frame.$(s), $$: (s) => frame.$$(s), $eval: (s, f) => frame.$eval(s, f),
                 $$eval: (s, f) => frame.$$eval(s, f), click: (s) => frame.click(s), evaluate: (f, ...x) => frame.evaluate(f, ...x),
                 waitForFunction: (f, o, ...x) => frame.waitForFunction(f, o, ...x), waitForSelector: (s) => frame.waitForSelector(s) };
    await H.play(fp, ideal, form);
    await shot(top, `faults-scorm${v}`);
    const t = await frame.$eval("#screen", (e) => e.textContent);
    check(!!(await frame.$("#unsent")) && /not recorded yet/.test(t),
          `SCORM ${v}: a refused commit of the result is shown on the debrief`);
    if (await frame.$("#send-again")) {
    await frame.click("#finish");
    await frame.waitForFunction(() => !document.getElementById("send-again").disabled);
    check(!(await top.evaluate(() => calls.some((c) => c[0] === "finish"))) && !!(await frame.$("#unsent")),
          `SCORM ${v}: Finish with the commit still refused does not end the session`);
    await top.evaluate(() => { window.commitOk = true; });
    await frame.click("#finish");
    await top.waitForFunction(() => calls.some((c) => c[0] === "finish"));
    const r = await top.evaluate(() => ({ names: calls.map((c) => c[0]), data }));
    const status = v === "12" ? r.data["cmi.core.lesson_status"] : r.data["cmi.success_status"];
    const raw = v === "12" ? r.data["cmi.core.score.raw"] : r.data["cmi.score.raw"];
    check(/^(passed|failed)$/.test(status) && /^\d+$/.test(raw) && r.names[r.names.length - 1] === "finish" &&
          r.names[r.names.length - 2] === "commit",
          `SCORM ${v}: once the LMS takes the commit, the score and status are in and the session ends commit, finish ` +
          `(${status}, ${raw}, ${r.names.slice(-3).join(" ")})`);
    }
    /* Reloading the course once the LMS ended its session: a clear way out. */
    await frame.evaluate(() => { window.beforeReload = true; location.reload(); });
    const f2 = await poll(async () => {
      const f = top.frames().find((x) => x.url().includes("/content/index.html"));
      return f && (await f.evaluate(() => !window.beforeReload && !!document.getElementById("screen-title") &&
                                          !document.getElementById("loading-note")).catch(() => false)) ? f : null;
    }, "the reloaded SCO");
    const t5 = await f2.$eval("#screen", (e) => e.textContent);
    check(/open it again from your learning platform/.test(t5) && !(await f2.$("#start")),
          `SCORM ${v}: a reload after the session ended says to open the course again (${t5.slice(0, 160)})`);
    await top.close();

    /* A popup: the API in its opener; closing it mid-play suspends. */
    const op = await H.page(b, origin, problems);
    await op.goto(`${origin}/opener?v=${v}`);
    const [popup] = await Promise.all([
      new Promise((resolve) => op.once("popup", resolve)),
      op.evaluate((u) => { window.open(u, "course", "width=400,height=700"); }, sco),
    ]);
    popup.setDefaultTimeout(30000);
    await popup.waitForSelector("#start");
    await popup.click("#start");
    await popup.waitForSelector(".choice");
    const snap = await H.snapshot(popup);
    await popup.click('.choice[data-choice="1"]');
    await H.changed(popup, snap);
    await popup.close({ runBeforeUnload: true });
    await op.waitForFunction(() => calls.some((c) => c[0] === "finish"));
    const d = await op.evaluate(() => data);
    const sd = JSON.parse(d["cmi.suspend_data"] || "null");
    check(sd && sd.answers.choices.length === 1 && d[v === "12" ? "cmi.core.exit" : "cmi.exit"] === "suspend",
          `SCORM ${v}: the API in the popup's opener; closing the popup mid-play suspends with the progress`);

    /* The popup holds the course in a frame: the API is in the opener of its top window. */
    await op.evaluate(() => newSession());
    const [popup2] = await Promise.all([
      new Promise((resolve) => op.once("popup", resolve)),
      op.evaluate(() => { window.open("/popup", "course2", "width=400,height=700"); }),
    ]);
    const inFrame = () => poll(async () => {
      const f = popup2.frames().find((x) => x.url().includes("/content/index.html"));
      if (f && (await f.$("#start, #resume").catch(() => null))) return "start";
      if (f && (await f.$(".alert").catch(() => null))) return "alert";
      return null;
    }, "the course in the popup's frame");
    check((await inFrame()) === "start" && (await op.evaluate(() => calls.some((c) => c[0] === "init"))),
          `SCORM ${v}: a popup holding the course in a frame finds the API in its top window's opener`);
    await popup2.close();
    await op.close();
    lms.server.close();
  }
  check(problems.length === 0, `SCORM: no script error or stray request:\n  ${problems.join("\n  ")}`);
}

async function main() {
  const tmp = H.tmpdir("faults");
  const b = await H.browser(a);
  try {
    await cmi5(b, tmp);
    await scorm(b, tmp);
  } finally {
    await b.close();
  }
  T.exit();
}
main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
