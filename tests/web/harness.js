// SPDX-License-Identifier: Apache-2.0
/* harness.js — what the browser tests share: building and unpacking a
 * package, a local HTTP server (127.0.0.1 only), Debian's Chromium driven
 * by puppeteer-core, and a driver that plays the player like a trainee.
 *
 * Waits are on conditions (a selector, a text, a request), each with a
 * generous limit for a busy machine; there are no fixed sleeps. */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const http = require("http");
const { spawnSync } = require("child_process");

const SKIP = 77;

function skip(why) {
  console.log(`skipped: ${why}`);
  process.exit(SKIP);
}

/* Command line: UNHOOKED SOURCE_DIR [WEB_PLAYER_DIR]. */
function args() {
  const [unhooked, src] = process.argv.slice(2, 4);
  if (!unhooked || !src) {
    console.error("usage: node TEST.js UNHOOKED SOURCE_DIR");
    process.exit(2);
  }
  const player = path.join(src, "build-web", "player");
  if (!fs.existsSync(path.join(player, "unhooked-core.wasm"))) {
    if (process.env.UNHOOKED_WEB_REQUIRED === "1") {
      console.error("the web build is missing (tools/web.sh) and required here");
      process.exit(1);
    }
    skip("the web build is missing (run tools/web.sh)");
  }
  let puppeteer;
  try {
    puppeteer = require("puppeteer-core");
  } catch (e) {
    skip("puppeteer-core is not installed (tests/web/install.sh)");
  }
  return { unhooked, src, player, puppeteer };
}

function tmpdir(tag) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `unhooked-${tag}-`));
}

/* `unhooked package ...` into dir/NAME.zip, unpacked into dir/NAME/. */
function makePackage(a, dir, name, flags) {
  const zip = path.join(dir, name + ".zip");
  const r = spawnSync(a.unhooked, ["package", ...flags, "-o", zip, "--player", a.player],
                      { cwd: a.src, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`unhooked package failed (${r.status}): ${r.stderr}`);
  const out = path.join(dir, name);
  const u = spawnSync("python3", ["-m", "zipfile", "-e", zip, out], { encoding: "utf8" });
  if (u.status !== 0) throw new Error(`unzip failed: ${u.stderr}`);
  return { zip, dir: out, size: fs.statSync(zip).size };
}

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm", ".json": "application/json", ".lua": "text/plain; charset=utf-8",
  ".xml": "application/xml",
};
/* What an LMS should send with the player (README "In your LMS"). */
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
            "connect-src 'self'; base-uri 'none'; object-src 'none'";

/* Serves files under root at prefix (GET), with the CSP on HTML. */
function serveFile(root, rel, res) {
  const p = path.normalize(path.join(root, rel));
  if (!p.startsWith(path.normalize(root + path.sep))) {
    res.writeHead(403);
    return res.end();
  }
  fs.readFile(p, (err, data) => {
    if (err) {
      res.writeHead(404);
      return res.end();
    }
    const type = TYPES[path.extname(p)] || "application/octet-stream";
    const h = { "Content-Type": type, "Cache-Control": "no-store" };
    if (type.startsWith("text/html")) h["Content-Security-Policy"] = CSP;
    res.writeHead(200, h);
    res.end(data);
  });
}

function readBody(req) {
  return new Promise((resolve) => {
    const parts = [];
    req.on("data", (c) => parts.push(c));
    req.on("end", () => resolve(Buffer.concat(parts).toString("utf8")));
  });
}

/* An HTTP server on 127.0.0.1; handler(req, res, url, body). */
function server(handler) {
  return new Promise((resolve) => {
    const s = http.createServer(async (req, res) => {
      const url = new URL(req.url, "http://127.0.0.1");
      const body = req.method === "GET" || req.method === "HEAD" ? "" : await readBody(req);
      try {
        await handler(req, res, url, body);
      } catch (e) {
        console.error(e);
        res.writeHead(500);
        res.end(String(e));
      }
    });
    s.listen(0, "127.0.0.1", () => resolve({ server: s, origin: `http://127.0.0.1:${s.address().port}` }));
  });
}

async function browser(a, extra) {
  const exe = process.env.CHROMIUM || "/usr/bin/chromium";
  if (!fs.existsSync(exe)) {
    if (process.env.UNHOOKED_WEB_REQUIRED === "1") throw new Error(`Chromium not found at ${exe}`);
    skip(`Chromium not found at ${exe} (apt-get install chromium)`);
  }
  const profile = tmpdir("chromium");
  const b = await a.puppeteer.launch({
    executablePath: exe,
    headless: true,
    userDataDir: profile,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
           "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", ...(extra || [])],
  });
  const close = b.close.bind(b);
  b.close = async () => {
    await close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return b;
}

/* A page that fails the test on a script error, a CSP violation or a
 * request to anything but allowedOrigin. */
async function page(b, allowedOrigin, problems) {
  const p = await b.newPage();
  p.setDefaultTimeout(30000);
  p.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  p.on("console", (m) => {
    const t = m.text();
    if (/Content Security Policy|Refused to/.test(t)) problems.push(`CSP: ${t}`);
  });
  p.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(allowedOrigin) && !u.startsWith("data:")) problems.push(`request outside the LMS: ${u}`);
  });
  return p;
}

async function screenTitle(p) {
  return p.$eval("#screen-title", (e) => e.textContent);
}

/* Waits until the player shows a screen other than "Loading" (in any language). */
async function settled(p) {
  await p.waitForFunction(() => {
    const t = document.getElementById("screen-title");
    return t && !document.getElementById("loading-note");
  });
}

/* Which screen the player shows: intro, resume, scene, report, debrief, message. */
async function which(p) {
  return p.evaluate(() => {
    if (document.getElementById("start")) return "intro";
    if (document.getElementById("resume")) return "resume";
    if (document.getElementById("choices")) return "scene";
    if (document.querySelector("form.report-form")) return "report";
    if (document.querySelector(".debrief")) return "debrief";
    return "message";
  });
}

/* Waits for the screen to change from `before` (its title text and kind). */
async function changed(p, before) {
  await p.waitForFunction((b) => {
    const t = document.getElementById("screen-title");
    return t && (t.textContent !== b.title || document.querySelectorAll("#screen *").length !== b.n);
  }, {}, before);
}
async function snapshot(p) {
  return p.evaluate(() => ({ title: document.getElementById("screen-title").textContent,
                             n: document.querySelectorAll("#screen *").length }));
}

/* Plays to the debrief with the mouse. strategy(view) picks: returns
 * {choice: n (1-based), marks: bool}; form: {to, facts: "all"|"required"|"none", how}.
 * Returns the number of decisions made. */
async function play(p, pick, form, max) {
  let decisions = 0;
  for (let guard = 0; guard < (max || 80); guard++) {
    const w = await which(p);
    const before = await snapshot(p);
    if (w === "intro") await p.click("#start");
    else if (w === "resume") await p.click("#resume");
    else if (w === "scene") {
      const n = await p.$$eval(".choice", (b) => b.length);
      const labels = await p.$$eval(".choice", (b) => b.map((x) => x.textContent));
      const c = pick(labels, decisions);
      if (c.marks && (await p.$("#off"))) {
        await p.click("#off");
        await p.waitForSelector("#flags[open]");
        for (const box of await p.$$("#flags-list input")) {
          if (!(await box.evaluate((b) => b.checked))) await box.click();
        }
        await p.click("#flags button[value=done]");
        await p.waitForFunction(() => !document.getElementById("flags").open);
      }
      const before2 = await snapshot(p);
      await p.click(`.choice[data-choice="${Math.min(c.choice, n)}"]`);
      decisions++;
      await changed(p, before2);
      continue;
    } else if (w === "report") {
      const step = await p.$$eval(".steps li", (l) => l.findIndex((x) => x.getAttribute("aria-current") === "step") + 1);
      if (step === 1) await p.click(`input[name=to][value="${form.to}"]`);
      if (step === 2) {
        const boxes = await p.$$("input[name=facts]");
        for (const b of boxes) {
          const id = await b.evaluate((x) => x.value);
          if (form.facts === "all" || (Array.isArray(form.facts) && form.facts.includes(id))) await b.click();
        }
      }
      if (step === 3) await p.click(`input[name=how][value="${form.how}"]`);
      await p.click("#form-next");
    } else if (w === "debrief") {
      return decisions;
    } else {
      throw new Error(`the player shows a message: ${await screenTitle(p)}: ` +
                      (await p.$eval("#screen", (e) => e.textContent)));
    }
    await changed(p, before);
  }
  throw new Error("no debrief after many steps");
}

/* Waits (up to 30 s, polling) until fn() is true, for something the page
 * causes outside it (a request to the test LMS). */
async function waitFor(fn, what) {
  for (let i = 0; i < 600; i++) {
    if (fn()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/* A test LMS's xAPI State API over the map state (key -> JSON text): GET
 * answers the document or 404, PUT and POST keep the body. */
function stateKey(q) {
  return [q.get("activityId"), q.get("agent"), q.get("registration") || "", q.get("stateId")].join("|");
}
function stateApi(state, req, res, url, body) {
  const k = stateKey(url.searchParams);
  if (req.method === "GET") {
    if (!state.has(k)) { res.writeHead(404); return res.end(); }
    res.writeHead(200, { "Content-Type": "application/json" });
    return res.end(state.get(k));
  }
  state.set(k, body);
  res.writeHead(204);
  return res.end();
}

/* A tally of checks: check(ok, what) prints what failed; exit() prints the
 * counts and ends the process, 1 when a check failed. */
function checks() {
  const t = { passes: 0, failures: 0 };
  t.check = (ok, what) => {
    if (ok) t.passes++;
    else {
      t.failures++;
      console.log(`FAIL: ${what}`);
    }
  };
  t.exit = () => {
    console.log(`${t.passes} passed, ${t.failures} failed`);
    process.exit(t.failures ? 1 : 0);
  };
  return t;
}

module.exports = { SKIP, checks, stateKey, stateApi, skip, args, tmpdir, makePackage, serveFile, server, browser, page, settled, which, play,
                   screenTitle, snapshot, changed, waitFor, CSP };
