#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
/* same_results.js — the web core must give, byte for byte, the result JSON
 * that the native `unhooked run` prints for the same answers.
 *
 *   node same_results.js UNHOOKED SOURCE_DIR WEB_BUILD_DIR [--count N] [--seed S]
 *
 * It generates answer sets for every shipped scenario and for a fixture
 * that breaks the sandbox's rules at run time (budget, memory, os, error),
 * under two configurations: guided walks that reach an ending, answers
 * that run out, choices out of range, flags that are not on the path,
 * partial report forms, and answers naming report options or facts that do
 * not exist (which the native command refuses with exit 2, and so does the
 * web core). The web side plays each set through the core's replay (the
 * loop `unhooked run` uses) and, where the answers are ones a trainee could
 * give in the player, also through the session a click at a time (start,
 * mark, choose, the report form's picks and Next): all three must agree.
 *
 * Exit 0 when every set agrees, 1 otherwise, 77 when the web build is
 * missing. */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const [unhooked, srcDir, webDir] = process.argv.slice(2, 5);
let count = 270, seed0 = 20240601;
for (let i = 5; i < process.argv.length; i++) {
  if (process.argv[i] === "--count") count = parseInt(process.argv[++i], 10);
  else if (process.argv[i] === "--seed") seed0 = parseInt(process.argv[++i], 10);
}
if (!unhooked || !srcDir || !webDir) {
  console.error("usage: same_results.js UNHOOKED SOURCE_DIR WEB_BUILD_DIR [--count N] [--seed S]");
  process.exit(2);
}
const coreJs = path.join(webDir, "unhooked-core.js");
if (!fs.existsSync(coreJs)) {
  console.log(`same_results: ${coreJs} is missing (run tools/web.sh): skipped`);
  process.exit(77);
}

/* A small seeded generator (mulberry32), so a failure can be replayed. */
function rng(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function main() {
  const player = require(path.join(srcDir, "web/player/core.js"));
  const factory = require(path.resolve(coreJs));
  const core = await player.load(factory, {
    wasmBinary: fs.readFileSync(path.join(webDir, "unhooked-core.wasm")),
  });
  process.chdir(srcDir);  /* both sides name the files relative to the checkout */
  const scenarios = fs.readdirSync("scenarios").filter((f) => f.endsWith(".lua")).sort()
    .map((f) => "scenarios/" + f);
  scenarios.push("tests/web/fixtures/breaks-at-run-time.lua");
  /* The shipped defaults and a strict configuration. Both lift the wall-clock
   * limits: time depends on the machine (an ASan build on a busy machine can
   * reach 1 s before the memory cap), and these runs compare what must be
   * the same everywhere: the instruction budget and the memory cap. */
  const configs = ["tests/web/fixtures/config-default.json", "tests/web/fixtures/config-strict.json"];
  const rand = rng(seed0);
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "unhooked-same-"));

  /* Everything a scenario lets the trainee mark, and its facts, gathered
   * by walking it: the marks of every scene seen and the report form. */
  const cache = new Map();

  let agreed = 0, failed = 0;
  const failures = {};
  const kinds = {};
  for (let n = 0; n < count; n++) {
    const file = scenarios[n % scenarios.length];
    const cfgFile = configs[Math.floor(n / scenarios.length) % configs.length];
    const source = fs.readFileSync(file, "utf8");
    core.config(fs.readFileSync(cfgFile, "utf8"), cfgFile);
    const seed = n % 17 === 0 ? 4294967295 : n % 19 === 0 ? 0 : Math.floor(rand() * 4294967296);

    /* 1. A guided walk picks choices that exist (so most runs end) and
     * fills the report form through the session's form model. */
    if (!core.start(file, source, seed)) throw new Error(`${file} does not load: ${core.error()}`);
    const markIds = new Set(), choices = [];
    let formSeen = null;
    for (let steps = 0; steps < 60; steps++) {
      const v = core.view();
      (v.marks || []).forEach((m) => markIds.add(m.id));
      if (v.state === "report") {
        const rec = { to: [], facts: [], how: [], picked: {} };
        for (let guard = 0; guard < 10; guard++) {
          const f = core.view().form;
          if (!f) break;
          rec[f.name] = f.options.map((o) => o.id);
          if (f.name === "facts") {
            const ticked = f.options.map((o, i) => [o.id, i]).filter(() => rand() < 0.6);
            ticked.forEach(([, i]) => core.formPick(i));
            rec.picked.facts = ticked.map(([id]) => id);
          } else {
            const i = Math.floor(rand() * f.options.length);
            core.formPick(i);
            rec.picked[f.name] = f.options[i].id;
          }
          if (core.formNext() === 1) break;
        }
        formSeen = formSeen || rec;
        continue;
      }
      if (v.state !== "scene") break;
      /* Avoid the fixture's sandbox traps most of the time, so walks go on. */
      let i = Math.floor(rand() * v.choices.length);
      if (file.includes("breaks") && i >= 1 && i <= 4 && rand() < 0.6) i = 5 % v.choices.length;
      choices.push(i + 1);
      core.choose(i);
    }
    if (!cache.has(file)) cache.set(file, new Set());
    markIds.forEach((id) => cache.get(file).add(id));
    const knownMarks = [...cache.get(file)];

    /* 2. The answers: a variant of the walk. */
    const answers = { choices: choices.slice() };
    let kind = "walk";
    const r = rand();
    if (r < 0.12 && choices.length > 1) {
      kind = "runs-out";
      answers.choices = choices.slice(0, 1 + Math.floor(rand() * (choices.length - 1)));
    } else if (r < 0.22) {
      kind = "out-of-range";
      answers.choices = choices.slice(0, Math.floor(rand() * choices.length));
      answers.choices.push(pick([0, -1, 9, 42]));
    } else if (r < 0.32 && formSeen) {
      kind = "unknown-id";
    } else if (r < 0.40 && formSeen) {
      kind = "partial-form";  /* `unhooked run` may leave to or how empty; the window may not */
    }
    answers.flags = knownMarks.filter(() => rand() < 0.5);
    if (rand() < 0.2) answers.flags.push("not_on_any_path");
    if (formSeen) {
      const rep = { to: formSeen.picked.to, facts: formSeen.picked.facts || [], how: formSeen.picked.how };
      if (kind === "partial-form") delete rep[pick(["to", "how"])];
      if (kind === "unknown-id") {
        const which = pick(["to", "how", "facts"]);
        if (which === "facts") rep.facts.push("no_such_fact");
        else rep[which] = "no_such_option";
      }
      answers.report = rep;
    } else if (rand() < 0.5) {
      answers.report = { to: "security", facts: [], how: null };
    }
    kinds[kind] = (kinds[kind] || 0) + 1;

    /* 3. Native. */
    const af = path.join(tmp, `answers-${n}.json`);
    fs.writeFileSync(af, JSON.stringify(answers));
    const nat = spawnSync(unhooked, ["run", file, "--answers", af, "--seed", String(seed), "--config", cfgFile],
                          { encoding: "utf8", env: Object.assign({}, process.env, { UNHOOKED_CONFIG: "" }) });
    const natOut = nat.stdout.replace(/\n$/, "");

    /* 4. Web: the answers through the core's replay, as `unhooked run`
     * plays them ... */
    const webOut = core.answers(file, source, seed, answers);
    const webRefused = webOut === "" ? core.error() : null;
    /* ... and, where a trainee could have given the same answers in the
     * player (a complete form), through the session a click at a time. */
    let clickOut = null;
    const rep = answers.report;
    if (kind === "walk" || kind === "runs-out" || kind === "out-of-range") {
      if (!rep || (rep.to && rep.how)) {
        core.start(file, source, seed);
        answers.flags.forEach((id) => core.mark(id, true));
        let next = 0;
        for (let guard = 0; guard < 200; guard++) {
          const v = core.view();
          if (v.state === "report") {
            const f = v.form;
            const want = f.name === "facts" ? (rep ? rep.facts : []) : [rep ? rep[f.name] : null];
            f.options.forEach((o, i) => { if (want.includes(o.id)) core.formPick(i); });
            if (core.formNext() < 0) break;
            continue;
          }
          if (v.state !== "scene" || next >= answers.choices.length) break;
          const pos = answers.choices[next++];
          if (pos < 1 || pos > v.choices.length) break;
          core.choose(pos - 1);
        }
        clickOut = core.resultText();
        kinds.clicked = (kinds.clicked || 0) + 1;
      }
    }

    let ok, why = "";
    if (kind === "unknown-id") {
      ok = nat.status === 2 && natOut === "" && webRefused !== null && /no_such/.test(webRefused);
      if (!ok) why = `native exit ${nat.status} (stdout ${natOut.length} bytes), web refused: ${webRefused}`;
    } else {
      const ended = /"completed":true/.test(webOut);
      ok = natOut === webOut && webRefused === null && (nat.status === 0) === ended &&
           (clickOut === null || clickOut === natOut);
      if (!ok) why = `native exit ${nat.status}\n  native: ${natOut}\n  web:    ${webOut}` +
                     (clickOut !== null ? `\n  clicks: ${clickOut}` : "");
    }
    if (ok) {
      agreed++;
      const m = /"error":"[^"]*?(instruction budget|memory cap|os|deliberate)/.exec(natOut);
      if (m) failures[m[1]] = (failures[m[1]] || 0) + 1;
    } else {
      failed++;
      console.log(`DIFFERENT #${n} ${file} seed ${seed} config ${cfgFile} (${kind})`);
      console.log(`  answers: ${JSON.stringify(answers)}\n  ${why}`);
      if (nat.stderr) console.log(`  native stderr: ${nat.stderr.trim()}`);
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`same_results: ${agreed} of ${count} answer sets gave the same result in the web core ` +
              `(${Object.entries(kinds).map(([k, v]) => `${k} ${v}`).join(", ")}; script failures: ` +
              `${Object.entries(failures).map(([k, v]) => `${k} ${v}`).join(", ") || "none"})`);
  console.log(`${agreed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
