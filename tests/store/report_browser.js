#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
/* report_browser.js — the HTML report in Debian's headless Chromium, on
 * a laptop screen, a phone and paper (A4 and Letter): no element spills
 * out of its card or off the page, no chart label is cut off at the edge
 * of its chart, the security report rate comes first, and the report
 * prints to a few full pages (`report --pdf` too).
 *
 *   node report_browser.js UNHOOKED UH_MAKE_DATASET SOURCE_DIR
 *
 * UH_REPORT_SHOTS=DIR also writes screenshots of every size there, to
 * look at. Skipped (77) without puppeteer-core (tests/web/install.sh) or
 * Chromium. */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const SKIP = 77;
const [unhooked, makeDataset, src] = process.argv.slice(2, 5);
if (!unhooked || !makeDataset || !src) {
  console.error("usage: node report_browser.js UNHOOKED UH_MAKE_DATASET SOURCE_DIR");
  process.exit(2);
}
let puppeteer;
try {
  puppeteer = require(path.join(src, "tests", "web", "node_modules", "puppeteer-core"));
} catch (e) {
  console.log("skipped: puppeteer-core is not installed (tests/web/install.sh)");
  process.exit(SKIP);
}
const chromium = process.env.CHROMIUM || "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  console.log(`skipped: Chromium not found at ${chromium}`);
  process.exit(SKIP);
}
const shots = process.env.UH_REPORT_SHOTS;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "unhooked-report-"));
let failures = 0;
function check(ok, what) {
  console.log(`${ok ? "ok" : "FAIL"} - ${what}`);
  if (!ok) failures++;
}

function run(args, env) {
  const r = spawnSync(unhooked, args, { encoding: "utf8", cwd: src, env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`unhooked ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return r;
}

/* PDF pages: one "/Type /Page" object each (not "/Pages"). */
function pages(file) {
  const text = fs.readFileSync(file).toString("latin1");
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
}

/* What spills over: elements wider than their card, cards wider than the
 * page, chart texts beyond their chart's viewBox. */
async function overflow(p, print) {
  return p.evaluate((print) => {
    const bad = [];
    const page = document.documentElement;
    if (page.scrollWidth > page.clientWidth + 1) bad.push(`page ${page.scrollWidth} > ${page.clientWidth}`);
    for (const c of document.querySelectorAll(".card, .kpi, .to")) {
      const r = c.getBoundingClientRect();
      if (c.scrollWidth > c.clientWidth + 1) bad.push(`${c.className} "${c.textContent.slice(0, 40)}" scrolls`);
      for (const e of c.querySelectorAll("*")) {
        if (e.closest(".scroll") && !print) continue;  /* a table may scroll on a phone */
        if (e.closest("svg") && e.tagName !== "svg") continue;
        const q = e.getBoundingClientRect();
        if (q.width && q.right > r.right + 1)
          bad.push(`<${e.tagName.toLowerCase()}> "${e.textContent.slice(0, 30)}" ends at ${q.right} past its card (${r.right})`);
      }
    }
    if (print)
      for (const s of document.querySelectorAll(".scroll"))
        if (s.scrollWidth > s.clientWidth + 1) bad.push(`a table is cut on paper (${s.scrollWidth} > ${s.clientWidth})`);
    for (const svg of document.querySelectorAll("svg")) {
      const vb = svg.viewBox.baseVal;
      for (const t of svg.querySelectorAll("text")) {
        const b = t.getBBox();
        if (b.x < vb.x - 0.5 || b.x + b.width > vb.x + vb.width + 0.5)
          bad.push(`chart text "${t.textContent}" cut off (${b.x.toFixed(0)}..${(b.x + b.width).toFixed(0)} of ${vb.width})`);
      }
    }
    return bad;
  }, print);
}

async function main() {
  const db = path.join(tmp, "results.db");
  const r = spawnSync(makeDataset, [db], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`uh_make_dataset failed: ${r.stderr}`);
  /* A directory with people who trained (E1041, E1042...) and people who did not. */
  const rows = ["employee_id,name,department,manager", "E1041,Ann Archer,Engineering,Maria Lopez",
                "E1042,Ben Bauer,Engineering,Maria Lopez", "E1044,Chloé Durand,Sales,Tom Price",
                "E1046,Dev Patel,Sales,Tom Price", "E1047,Eva Novak,Research and Development,Ian Ross"];
  for (let i = 0; i < 60; i++)
    rows.push(`X${2000 + i},Trainee Number ${i} With A Rather Long Name,${["Engineering", "Sales", "Finance", "Research and Development"][i % 4]},Manager ${i % 5}`);
  fs.writeFileSync(path.join(tmp, "people.csv"), rows.join("\n") + "\n");
  run(["directory", "import", path.join(tmp, "people.csv"), "--db", db]);
  /* A cohort where every attempt reported to security and passed ("100 %"
   * at the edge of the cohort chart), and a red flag missed whose text is
   * in the scenario file. */
  const fixtures = path.join(src, "tests", "store", "fixtures");
  const config = path.join(tmp, "config.json");
  fs.writeFileSync(config, JSON.stringify({ paths: { scenarios: fixtures } }));
  for (const answers of ["report-early", "report-early", "walk-away"])
    run(["run", path.join(fixtures, "mini.lua"), "--answers", path.join(fixtures, answers + ".json"),
         "--trainee", "E1047", "--cohort", answers === "walk-away" ? "ALL-MISSED" : "ALL-REPORTED",
         "--db", db, "--config", config]);
  const whole = path.join(tmp, "whole.html");
  run(["report", "--db", db, "--config", config, "--html", whole]);
  const wpage = fs.readFileSync(whole, "utf8");
  check(/A fee far above the market/.test(wpage) && !/>big_fee</.test(wpage), "a red flag is shown by its text");
  check(/100%<\/tspan> to security/.test(wpage), "a cohort reported to security at 100 %");
  const html = path.join(tmp, "report.html");
  run(["report", "--db", db, "--since", "2026-11-06", "--before", "2026-11-14", "--html", html]);
  const page = fs.readFileSync(html, "utf8");
  check(page.indexOf("reported the approach to security") < page.indexOf("reported to anyone"),
        "the security report rate comes before the rate of reports to anyone");
  check(/Not trained yet/.test(page) && /Trainee Number 0 With/.test(page), "the people not trained yet are listed");

  const profile = path.join(tmp, "chromium");
  const b = await puppeteer.launch({
    executablePath: chromium, headless: true, userDataDir: profile,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
           "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
  });
  try {
    const p = await b.newPage();
    /* The whole store, on screen, a phone and paper. */
    await p.goto("file://" + whole);
    for (const [name, w, print] of [["whole-screen", 1280, false], ["whole-phone", 390, false],
                                     ["whole-a4", Math.floor((210 - 22) / 25.4 * 96), true]]) {
      await p.setViewport({ width: w, height: 900 });
      await p.emulateMediaType(print ? "print" : "screen");
      const bad = await overflow(p, print);
      check(bad.length === 0, `the whole store's report: nothing spills over at ${name} size${bad.length ? ":\n  " + bad.slice(0, 8).join("\n  ") : ""}`);
      if (shots) await p.screenshot({ path: path.join(shots, `report-${name}.png`), fullPage: true });
    }
    await p.goto("file://" + html);
    const first = await p.$eval(".kpi", (e) => e.textContent);
    check(/reported the approach to security/.test(first), "the first figure on the page is the security report rate");
    /* Screens, then the printable width of A4 and Letter (12 mm and 11 mm margins). */
    const tall = {};
    const sizes = [["screen", 1280, 900, false], ["phone", 390, 844, false],
                   ["a4", Math.floor((210 - 22) / 25.4 * 96), 1100, true],
                   ["letter", Math.floor((215.9 - 22) / 25.4 * 96), 1000, true]];
    for (const [name, w, h, print] of sizes) {
      await p.setViewport({ width: w, height: h });
      await p.emulateMediaType(print ? "print" : "screen");
      const bad = await overflow(p, print);
      check(bad.length === 0, `nothing spills over at ${name} size (${w} px)${bad.length ? ":\n  " + bad.slice(0, 8).join("\n  ") : ""}`);
      if (shots) await p.screenshot({ path: path.join(shots, `report-${name}.png`), fullPage: true });
      if (print) tall[name] = await p.evaluate(() => document.documentElement.scrollHeight);
    }
    await p.emulateMediaType(null);
    for (const format of ["A4", "Letter"]) {
      const pdf = path.join(tmp, `report-${format}.pdf`);
      await p.pdf({ path: pdf, format, printBackground: true });
      /* As many pages as the content needs, and at most one more for
       * the cards kept whole: no page left mostly empty. */
      const printable = ((format === "A4" ? 297 : 279.4) - 24) / 25.4 * 96;
      const need = Math.ceil(tall[format.toLowerCase()] / printable);
      const n = pages(pdf);
      check(n >= need && n <= need + 1, `printed on ${format}: ${n} pages for ${need} pages of content`);
    }
  } finally {
    await b.close();
  }
  /* The command's own PDF, on Letter paper. */
  const pdf = path.join(tmp, "report.pdf");
  run(["report", "--db", db, "--since", "2026-11-06", "--before", "2026-11-14", "--pdf", pdf, "--paper", "letter"],
      { CHROMIUM: undefined });
  const head = fs.readFileSync(pdf).subarray(0, 5).toString("latin1");
  const n = pages(pdf);
  check(head === "%PDF-" && n >= 2 && n <= 6, `report --pdf --paper letter writes a PDF of ${n} pages`);
  const box = fs.readFileSync(pdf).toString("latin1").match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/);
  check(box && Math.round(+box[1]) === 612 && Math.round(+box[2]) === 792, `its pages are Letter (${box && box.slice(1).join(" x ")})`);
}

main()
  .catch((e) => {
    console.error(e);
    failures++;
  })
  .finally(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
    console.log(failures ? `${failures} check(s) failed` : "all checks passed");
    process.exit(failures ? 1 : 0);
  });
