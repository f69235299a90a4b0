// SPDX-License-Identifier: Apache-2.0
/* player.js — the web player: renders the core's view (web/api.c) as HTML.
 *
 * The core decides everything (what a scene says, which choices it shows,
 * the score and the debrief's words); this file only draws it, listens to
 * the trainee, and tells the LMS (lms.js). Text always goes in through
 * textContent, never as markup. Keys: 1–9 pick a choice, F opens
 * "Something seems off?".
 *
 * Progress is the seed and the answers that lead back to the current point
 * (the session module's answers, in the form of an `unhooked run` answers
 * file): runs are deterministic, so replaying them into a fresh core
 * restores the run. The LMS keeps it (cmi5 State API, SCORM suspend_data).
 *
 * Every word goes through the gettext catalogs (i18n.js: _, ngettext); the
 * language comes from the LMS (the learner's preference), else the
 * browser's, else the package's default (course.json "language"), and the
 * picker in the header changes it before a scenario starts. A scenario is
 * played in the language it was started in (its translation from
 * course.json), and the attempt records that language. */
(function () {
  "use strict";

  const I = UnhookedI18n;
  const _ = I._, ngettext = I.ngettext, fmt = I.format;

  const $ = function (id) { return document.getElementById(id); };
  /* h("p", {class: "x"}, "text", child, ...): an element; strings become text. */
  function h(tag, attrs) {
    const el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      const v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === "class") el.className = v;
      else if (k === "text") el.textContent = v;
      else if (k.slice(0, 2) === "on") el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? "" : v);
    });
    for (let i = 2; i < arguments.length; i++) {
      const c = arguments[i];
      if (c === null || c === undefined || c === false) continue;
      (Array.isArray(c) ? c : [c]).forEach(function (x) {
        if (x !== null && x !== undefined && x !== false)
          el.appendChild(typeof x === "string" ? document.createTextNode(x) : x);
      });
    }
    return el;
  }

  const S = {
    core: null, lms: null, course: null, entry: null, config: null, source: null,
    seed: 0, exited: false, finished: false, judged: null,
    lang: "en", langs: [{ code: "en", tag: "en-US", name: "English" }], sources: {},
    playing: false, redraw: null,
  };

  /* ------------------------------------------------------------ helpers */

  function fetchText(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error(fmt(_("Could not load %s (HTTP %d)."), url, r.status));
      return r.text();
    });
  }

  /* The kiosk's avatar colours (engine/ui/avatar.c), by an FNV-1a hash of the name. */
  const PALETTE = ["#3B6EA8", "#8E4B9C", "#2E8B7A", "#B55A3C", "#5B6AC9", "#A83F6B", "#4C7D3A", "#9A6B1F",
                   "#365F7A", "#7A4E3B"];
  function fnv(s) {
    let x = 2166136261;
    const b = new TextEncoder().encode(s || "");
    for (let i = 0; i < b.length; i++) x = Math.imul(x ^ b[i], 16777619) >>> 0;
    return x >>> 0;
  }
  function initials(name) {
    const w = (name || "?").split(/\s+/).filter(function (p) { return /^\p{L}/u.test(p); });
    if (!w.length) return "?";
    return (w[0][0] + (w.length > 1 ? w[w.length - 1][0] : "")).toUpperCase();
  }
  function avatar(name) {
    const el = h("span", { class: "avatar", "aria-hidden": "true", text: initials(name) });
    el.style.background = PALETTE[fnv(name) % PALETTE.length];
    return el;
  }

  function announce(text) {
    const el = $("announce");
    el.textContent = "";
    /* A fresh node after a tick, so screen readers read it even if equal. */
    setTimeout(function () { el.textContent = text; }, 50);
  }

  function screen(title, nodes, opts) {
    const sec = $("screen");
    sec.replaceChildren();
    /* The title sits in the same column as the screen's content. */
    const col = h("div", { class: (opts && opts.wrap) || "" });
    if (opts && opts.before) col.append(opts.before);
    if (opts && opts.eyebrow) col.append(h("p", { class: "eyebrow" }, opts.eyebrow));
    const h1 = h("h1", { id: "screen-title", tabindex: "-1", class: opts && opts.hideTitle ? "visually-hidden" : "" }, title);
    col.append(h1);
    nodes.forEach(function (n) { if (n) col.append(n); });
    sec.append(col);
    if (!opts || opts.focus !== false) h1.focus();
    window.scrollTo(0, 0);
    return sec;
  }

  function message(title, text, cls) {
    $("top-title").textContent = S.entry ? played().title || "" : "";
    screen(title, [h("p", { class: cls || "alert", role: cls ? null : "alert" }, text)]);
  }

  /* ------------------------------------------------------------ language */

  function language(code) {
    return S.langs.find(function (l) { return l.code === code; }) || null;
  }
  /* The language the player speaks for a BCP 47 tag ("de-DE", "de"), or null. */
  function codeOf(tag) {
    const c = String(tag || "").split("-")[0].toLowerCase();
    return language(c) ? c : null;
  }
  /* The first language the player speaks from the LMS's preference, the
   * browser's, the package's default; English when none. */
  function pickLanguage(lmsTags) {
    const lists = [lmsTags || [], navigator.languages || [navigator.language], [S.course && S.course.language]];
    for (let i = 0; i < lists.length; i++)
      for (let j = 0; j < lists[i].length; j++) {
        const c = codeOf(lists[i][j]);
        if (c) return c;
      }
    return "en";
  }
  function tagOf(code) {
    const l = language(code);
    return l ? l.tag : "en-US";
  }

  /* The scenario as played in the current language: its translation when
   * the package has one, else the original. */
  function played() {
    const t = S.entry && S.entry.translations && S.entry.translations[S.lang];
    return t ? { file: t.file, title: t.title } : { file: S.entry.file, title: S.entry.title };
  }
  async function loadSource() {
    const f = played().file;
    if (!S.sources[f]) S.sources[f] = await fetchText(f);
    S.source = S.sources[f];
  }

  /* Switches the interface (and the core's words) to code. A catalog that
   * cannot be loaded leaves the language as it was. */
  async function setLanguage(code) {
    try {
      await I.load(code);
    } catch (e) {
      return false;
    }
    S.lang = I.set(code);
    document.documentElement.lang = tagOf(S.lang);
    if (S.core) S.core.language(S.lang);
    staticTexts();
    picker();
    if (S.entry) {
      $("top-title").textContent = played().title || S.entry.id;
      document.title = (played().title || S.entry.id) + " \u00b7 Unhooked";
    }
    return true;
  }

  /* The words of index.html (there in English, for the first moment). */
  function staticTexts() {
    $("skip").textContent = _("Skip to the scene");
    $("flags-title-text").textContent = _("Something seems off?");
    $("flags-help").textContent = _("Mark every detail in this scene that worries you. Not everything here is a " +
                                    "warning sign: some details are perfectly ordinary.");
    $("flags-legend").textContent = _("Details in this scene");
    $("flags-done").textContent = _("Done");
    const title = $("screen-title");
    if (title && $("loading-note")) {
      title.textContent = _("Loading the scenario\u2026");
      $("loading-note").textContent = _("This takes a moment the first time.");
    }
  }

  /* The language picker in the header: the languages' own names, shown
   * before a scenario starts (a scenario keeps the language it began in). */
  function picker() {
    const box = $("langs");
    box.replaceChildren();
    box.setAttribute("aria-label", _("Language"));
    box.hidden = S.playing || S.langs.length < 2;
    S.langs.forEach(function (l) {
      box.append(h("button", { type: "button", class: "lang", lang: l.tag, "aria-pressed": l.code === S.lang ? "true" : "false",
                               "data-lang": l.code, onclick: function () { choose(l.code); } }, l.name));
    });
    async function choose(code) {
      if (S.playing || code === S.lang) return;
      const ok = await setLanguage(code);
      if (ok && S.entry) {
        try {
          await loadSource();
        } catch (e) {
          return message(_("The scenario could not be loaded"), e.message);
        }
      }
      if (S.redraw) S.redraw();
      const again = box.querySelector('[data-lang="' + S.lang + '"]');
      if (again) again.focus();
    }
  }

  /* ------------------------------------------------------------- progress */

  function progress(done) {
    const v = S.core.view();
    return { v: 2, scenario: S.entry.id, seed: S.seed, answers: S.core.progress(), scene: v.scene ? v.scene.id : "",
             done: !!done, lang: S.lang };
  }
  function save() {
    if (S.lms) {
      const p = progress(false);
      S.lms.lastProgress = p;
      return S.lms.save(p);
    }
  }

  /* ---------------------------------------------------------------- boot */

  /* A script of the package, added to the page; resolves once it ran,
   * rejects when it cannot be loaded. */
  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      const el = document.createElement("script");
      el.src = src;
      el.onload = resolve;
      el.onerror = reject;
      document.head.append(el);
    });
  }

  async function boot() {
    const q = new URLSearchParams(location.search);
    /* npm's cmi5 library only for a cmi5 launch (only cmi5 packages carry
     * it), fetched while course.json is; lms.js says so when it is missing. */
    const cmi5Lib = q.get("endpoint") && q.get("fetch") && !window.Cmi5
      ? loadScript("cmi5.umd.js").catch(function () {}) : null;
    try {
      S.course = JSON.parse(await fetchText("course.json"));
    } catch (e) {
      await setLanguage(pickLanguage([]));
      return message(_("This course is incomplete"), fmt(_("Its course.json could not be read: %s"), e.message));
    }
    if (Array.isArray(S.course.languages) && S.course.languages.length) S.langs = S.course.languages;
    /* The browser's language (or the package's) until the LMS says more. */
    await setLanguage(pickLanguage([]));
    const list = S.course.scenarios || [];
    const want = q.get("scenario");
    S.entry = list.find(function (s) { return s.id === want; }) || (want ? null : list[0]);
    if (!S.entry) return message(_("Scenario not found"), fmt(_("This course has no scenario called %s."), want));
    $("top-title").textContent = played().title || S.entry.id;
    document.title = (played().title || S.entry.id) + " \u00b7 Unhooked";

    await cmi5Lib;
    try {
      S.lms = UnhookedLms.connect(S.course, function (tags) { return tagOf(pickLanguage(tags)); });
      await S.lms.start();
    } catch (e) {
      S.lms = null;
      return message(_("The course cannot start"), e.message);
    }
    /* The learner's preference, as the LMS keeps it, comes first. */
    await setLanguage(codeOf(S.lms.tag) || pickLanguage(S.lms.languages()));
    const saved = await S.lms.load();
    const resumable = saved && saved.v === 2 && saved.scenario === S.entry.id && !saved.done && saved.answers &&
                      (saved.answers.choices.length || saved.answers.flags.length);
    /* An attempt goes on in the language it began in. */
    if (resumable && saved.lang && language(saved.lang) && saved.lang !== S.lang) await setLanguage(saved.lang);
    try {
      const [factory, config] = await Promise.all([
        Promise.resolve(window.UnhookedCore),
        S.course.config ? fetchText(S.course.config) : Promise.resolve(""),
        loadSource(),
      ]);
      S.core = await UnhookedPlayerCore.load(factory, {}, I.translate);
      S.core.config(config, S.course.config || "config.json");
      S.core.language(S.lang);
      S.config = config;
    } catch (e) {
      return message(_("The scenario could not be loaded"), e.message);
    }
    if (resumable) return resumeScreen(saved);
    intro();
  }

  function intro() {
    S.redraw = intro;
    const s = S.core.check(played().file, S.source);
    if (!s.ok) return message(_("This scenario has a problem"), s.problems.join("\n"));
    const sc = s.scenario;
    const note = S.lms.note();
    const nodes = [
      h("p", { class: "eyebrow", text: sc.tactic_name || _("Scenario") }),
      h("p", { class: "lead" }, sc.summary),
      sc.minutes ? h("p", { class: "muted" }, fmt(ngettext("About %d minute.", "About %d minutes.", sc.minutes),
                                                  sc.minutes)) : null,
      h("p", {}, _("Read each scene and decide what you would do. If a detail worries you, mark it with " +
                   "\u201cSomething seems off?\u201d. There is no trick: do what you would really do.")),
      note ? h("p", { class: "note" }, note) : null,
      h("div", { class: "row" }, h("button", { class: "btn primary", id: "start", onclick: function () { begin(null); } },
                                   _("Start"))),
    ];
    screen(sc.title, [h("div", { class: "panel" }, nodes)], { wrap: "narrow" });
  }

  function resumeScreen(saved) {
    S.redraw = null;  /* the attempt keeps its language: no picker here */
    S.playing = true;
    picker();
    screen(_("Welcome back"), [h("div", { class: "panel" },
      h("p", {}, _("You started this scenario earlier. Carry on where you left off, or start again from the beginning.")),
      h("div", { class: "row" },
        h("button", { class: "btn primary", id: "resume", onclick: function () { begin(saved); } }, _("Carry on")),
        h("button", { class: "btn", id: "restart", onclick: function () { begin(null); } }, _("Start again"))))],
           { wrap: "narrow" });
  }

  function begin(saved) {
    S.playing = true;
    S.redraw = null;
    /* From here on the attempt's language is the scenario's: every
     * statement after this one carries it (initialized, sent at launch,
     * carries the language the player started in). */
    if (S.lms) S.lms.tag = tagOf(S.lang);
    picker();
    S.seed = saved ? saved.seed >>> 0 : crypto.getRandomValues(new Uint32Array(1))[0];
    const ok = saved ? S.core.resume(played().file, S.source, S.seed, saved.answers)
                     : S.core.start(played().file, S.source, S.seed);
    if (!ok) return message(_("The scenario could not start"), S.core.error());
    save();
    render();
  }

  /* ---------------------------------------------------------------- views */

  function render() {
    const v = S.core.view();
    if (v.state === "scene") return sceneScreen(v);
    if (v.state === "report") return reportScreen(v);
    if (v.state === "ended") return finish(v, true);
    if (v.state === "failed") return finish(v, false);
    message(_("Nothing to show"), v.error || _("The scenario is not running."));
  }

  function channelCard(scene) {
    const f = scene.from || null;
    const name = f ? f.name || "" : "";
    const role = f ? [f.role, f.org].filter(Boolean).join(" \u00b7 ") : "";
    let body = scene.text || "", subject = null;
    /* An e-mail's first line "Subject: ..." (in a translated scenario, the
     * language's word) becomes the subject. */
    if (scene.channel === "email") {
      /* TRANSLATORS: the word a translated scenario's e-mail starts with, before its subject. */
      const words = ["Subject:", _("Subject:")];
      const w = words.find(function (x) { return body.slice(0, x.length + 1) === x + " "; });
      const end = w ? body.indexOf("\n") : -1;
      if (w && end > 0) {
        subject = body.slice(w.length + 1, end);
        body = body.slice(end).replace(/^\n+/, "");
      }
    }
    const text = h("p", { class: "scene-text" }, body);
    const sender = f ? h("div", { class: "sender" }, avatar(name),
      h("div", {}, h("p", { class: "name" }, name), role ? h("p", { class: "role" }, role) : null)) : null;
    const ch = scene.channel;
    const label = scene.channel_name || ch;
    let inner;
    if (ch === "email") {
      inner = [h("div", { class: "bar", "aria-hidden": "true" }, _("Inbox")),
               h("div", { class: "card-body" }, subject ? h("h3", { class: "subject" }, subject) : null, sender, text)];
    } else if (ch === "chat") {
      inner = [h("div", { class: "bar" }, avatar(name), h("div", {}, h("p", { class: "name" }, name || _("Chat")),
                                                          role ? h("p", { class: "role" }, role) : null)),
               h("div", { class: "card-body" }, h("p", { class: "day" }, h("span", {}, _("Today"))),
                 h("div", { class: "bubble" }, text))];
    } else if (ch === "phone") {
      inner = [h("div", { class: "card-body" }, avatar(name), h("p", { class: "name" }, name || _("Unknown caller")),
                 role ? h("p", { class: "role" }, role) : null,
                 h("span", { class: "chip" }, h("span", { "aria-hidden": "true" }, "\u260e "), _("Incoming call")), text)];
    } else if (ch === "linkedin") {
      inner = [h("div", { class: "banner" }, h("span", { class: "chip" }, label)),
               h("div", { class: "card-body" }, sender, text)];
    } else if (ch === "in_person") {
      inner = [h("div", { class: "banner" }, h("span", { class: "chip" }, label)),
               h("div", { class: "card-body" }, sender, text)];
    } else {
      inner = [h("div", { class: "card-body" }, h("span", { class: "chip" }, label), sender, text)];
    }
    return h("article", { class: "card ch-" + ch, "aria-label": name ? fmt(_("%s from %s"), label, name) : label }, inner);
  }

  function sceneScreen(v) {
    const scene = v.scene;
    const choices = h("ol", { class: "choices", id: "choices" }, v.choices.map(function (c, i) {
      return h("li", {}, h("button", { class: "choice", "data-choice": String(i + 1),
                                       onclick: function () { choose(i); } },
        h("span", { class: "num", "aria-hidden": "true" }, String(i + 1)), h("span", {}, c.label)));
    }));
    const off = v.marks.length ? h("button", { class: "off", id: "off", onclick: openFlags, "aria-haspopup": "dialog" },
      h("span", { class: "icon-flag", "aria-hidden": "true" }),
      h("span", {}, h("strong", {}, _("Something seems off?")), h("span", { class: "small" }, offSummary(v.marks)))) : null;
    const side = h("div", { class: "side" },
      h("div", { class: "choices-head" }, h("h2", {}, _("What do you do?")),
        h("p", { class: "muted small" }, _("Choose with the mouse, Tab and Enter, or press a choice's number."))),
      choices, off);
    const where = scene.from && scene.from.name ? fmt(_("%s from %s"), scene.channel_name || "", scene.from.name)
                                                : scene.channel_name || "";
    const title = fmt(_("Step %d: %s"), v.decisions + 1, where);
    screen(title, [h("div", { class: "scene" }, channelCard(scene), side)], { hideTitle: true });
    announce(title + ". " + (scene.text || ""));
  }

  async function choose(i) {
    const v = S.core.view();
    if (v.state !== "scene" || i < 0 || i >= v.choices.length) return;
    const c = v.choices[i];
    S.core.choose(i);  /* a script failure shows in the view */
    const d = { step: v.decisions + 1, scene: v.scene.id, choice: i, label: c.label, report: c.report,
                labels: v.choices.map(function (x) { return x.label; }) };
    S.lms.decision(d);
    save();
    render();
  }

  /* ------------------------------------------------- Something seems off? */

  function openFlags() {
    const v = S.core.view();
    const list = $("flags-list");
    list.replaceChildren();
    v.marks.forEach(function (m, i) {
      const box = h("input", { type: "checkbox", id: "mark-" + i, value: m.id });
      box.checked = m.marked;
      box.addEventListener("change", function () {
        S.core.mark(m.id, box.checked);
        count();
        save();
      });
      list.append(h("li", {}, h("label", { for: "mark-" + i }, box, h("span", {}, m.text))));
    });
    function count() {
      const n = S.core.view().marks.filter(function (m) { return m.marked; }).length;
      $("flags-count").textContent = fmt(_("%d marked"), n);
    }
    count();
    const dlg = $("flags");
    dlg.showModal();
    const first = list.querySelector("input");
    if (first) first.focus();
  }
  /* Closing the panel updates its button's summary in place and gives it
   * the focus back; the scene itself is not redrawn. */
  function offSummary(marks) {
    const n = marks.filter(function (m) { return m.marked; }).length;
    return n ? fmt(ngettext("%d detail marked in this scene. Press F to review.",
                            "%d details marked in this scene. Press F to review.", n), n)
             : _("Mark the details that worry you. Press F.");
  }
  $("flags").addEventListener("close", function () {
    const off = $("off");
    if (!off || !S.core || S.core.view().state !== "scene") return;
    off.querySelector(".small").textContent = offSummary(S.core.view().marks);
    off.focus();
  });

  /* ------------------------------------------------------ the report form */

  /* The report form is the session module's (engine/session/form.h): its
   * steps, its options and its rule (no sending without a recipient and a
   * handling); this only draws it and passes the picks on. */
  function formText(name) {
    if (name === "to") return [_("Who do you report this to?"), _("Choose one."), _("Recipient")];
    if (name === "facts")
      return [_("What should your report include?"),
              _("Tick everything that belongs in a good report. Leave out what does not."), _("Facts to include")];
    return [_("How do you hand it over?"), _("Choose one."), _("Handling")];
  }
  function reportScreen(v, refusal) {
    const f = v.form;
    const names = [_("To whom"), _("What to include"), _("How")];
    const steps = h("ol", { class: "steps", "aria-label": _("Report steps") }, names.map(function (n, i) {
      return h("li", { class: i + 1 < f.step ? "done" : "", "aria-current": i + 1 === f.step ? "step" : null },
               n, i + 1 < f.step ? h("span", { class: "visually-hidden" }, " " + _("(done)")) : null);
    }));
    const err = h("p", { class: "error", id: "form-error", role: "alert" }, refusal || "");
    const text = formText(f.name);
    const single = f.name !== "facts";
    const body = h("fieldset", {}, h("legend", { class: "visually-hidden" }, text[2]),
      h("ul", { class: "checks" }, f.options.map(function (o, i) {
        const input = h("input", { type: single ? "radio" : "checkbox", name: f.name, id: f.name + "-" + i, value: o.id });
        input.checked = o.on;
        input.addEventListener("change", function () {
          if (!single || input.checked) S.core.formPick(i);
          if (single) err.textContent = "";
        });
        return h("li", {}, h("label", { for: f.name + "-" + i }, input, h("span", {}, o.label)));
      })));
    const back = h("button", { class: "btn", type: "button", id: "form-back",
                               onclick: function () { S.core.formBack(); reportScreen(S.core.view()); } }, _("Back"));
    const next = h("button", { class: "btn primary", type: "submit", id: "form-next" },
                   f.step < 3 ? _("Next") : _("Send report"));
    const el = h("form", { class: "report-form", novalidate: true, onsubmit: function (e) {
      e.preventDefault();
      const r = S.core.formNext();
      if (r < 0) {
        err.textContent = "";
        err.textContent = S.core.error();
        return;
      }
      if (r === 0) return reportScreen(S.core.view());
      save();
      $("top-title").textContent = played().title;
      render();
    } }, h("p", { class: "muted" }, text[1]), body, err,
      h("div", { class: "row" }, f.step > 1 ? back : null, next),
      contactBox(f.contact));
    $("top-title").textContent = fmt(_("Filing a report \u00b7 step %d of %d"), f.step, 3);
    screen(text[0], [el], { wrap: "form", before: steps });
    announce(fmt(_("Filing a report, step %d of %d: %s"), f.step, 3, text[0]));
  }

  function contactBox(c) {
    if (!c || !c.team) return null;
    return h("aside", { class: "contact", "aria-label": _("Your security contact") },
      h("p", { class: "eyebrow" }, _("Your security contact")), h("p", {}, h("strong", {}, c.team || "")),
      c.phone ? h("p", {}, fmt(_("Phone: %s"), c.phone)) : null, c.email ? h("p", {}, fmt(_("E-mail: %s"), c.email)) : null);
  }

  /* --------------------------------------------------------- the debrief */

  async function finish(v, completed) {
    const result = S.core.result();
    const d = S.core.debrief();
    const passMark = v.pass_mark;
    if (!S.finished) {
      S.finished = true;
      S.lms.lastProgress = progress(true);
      S.finishArgs = { score: result.score, passMark: typeof passMark === "number" ? passMark : 70,
                       completed: completed };
      S.judged = S.lms.judge(S.finishArgs);
      S.unsent = false;
      /* The debrief does not wait for the LMS (a slow or silent one would
       * hold the trainee on the last scene); Finish does. The LMS did not
       * take the result: the debrief says so and offers to send it again
       * (never shown as recorded when it is not). */
      const p = S.lms.save(progress(true)).then(function () { return S.lms.finish(S.finishArgs); });
      S.sending = p.then(function () { S.sending = null; },
                         function () { S.sending = null; S.unsent = true; showUnsent(); });
    }
    const judged = S.judged;
    $("top-title").textContent = played().title;
    if (!completed) {
      return screen(_("The scenario stopped"), [h("p", { class: "alert", role: "alert" },
        fmt(_("Something in this scenario went wrong, so it cannot go on: %s"), v.error || "")),
        finishButtons()]);
    }
    debriefScreen(d, judged);
    if (S.unsent) showUnsent();
  }

  /* One step of the replayed path, tagged and worded as the kiosk's debrief
   * (engine/ui/debrief.c) does it. */
  function pathStep(p, i, d) {
    const tags = [];
    if (p.reported) tags.push(["reported", _("Report filed here")]);
    if (p.after_report && p.hook_added > 0) tags.push(["after", _("After the report")]);
    if (i === d.last_clean_exit) tags.push(["clean", _("Last clean exit")]);
    if (i === d.first_flag) tags.push(["flag", _("First red flag")]);
    const cls = p.reported ? "reported" : p.hook_added > 0 ? "deeper" : "";
    return h("li", { class: cls },
      h("span", { class: "dot", "aria-hidden": "true" }, String(i + 1)),
      h("div", {},
        tags.length ? h("p", { class: "tags" }, tags.map(function (t) { return h("span", { class: "tag " + t[0] }, t[1]); })) : null,
        h("p", { class: "step-where" }, h("span", { class: "visually-hidden" }, fmt(_("Step %d:"), i + 1) + " "),
          p.where || ""),
        h("p", {}, p.chose ? fmt(_("You chose: %s"), p.chose) : _("The story ended here.")),
        p.first_flag ? h("p", { class: "warn small" }, fmt(_("Red flag: %s"), p.first_flag)) : null,
        p.hook_added > 0 ? h("p", { class: "warn small" }, p.gives ? fmt(_("A step into the hook: %s"), p.gives)
                                                                   : _("A step into the hook.")) : null,
        p.how_done && p.how_wrong ? h("p", { class: "error small" },
          fmt(_("In the story you chose to: %s. That is not how to handle it."), p.how_done)) : null));
  }

  function debriefScreen(d, judged) {
    const passed = judged.passed;
    const verdict = passed ? _("Passed") : _("Not passed yet");
    const parts = h("div", { class: "parts" }, d.parts.map(function (p, i) {
      const fill = h("div", { class: "fill " + ["timing", "quality", "spotting"][i] });
      requestAnimationFrame(function () { requestAnimationFrame(function () { fill.style.width = p.percent + "%"; }); });
      return h("div", { class: "part" },
        h("p", { class: "label" }, h("span", {}, p.name),
          h("span", {}, new Intl.NumberFormat(tagOf(S.lang), { style: "percent" }).format(p.percent / 100))),
        h("div", { class: "track", role: "img", "aria-label": fmt(_("%s: %d percent"), p.name, p.percent) }, fill),
        p.hint ? h("p", { class: "muted small" }, p.hint) : null);
    }));
    const card = h("div", { class: "card card-body score-card" },
      h("div", {}, h("div", { class: "ring " + (passed ? "passed" : d.parts[0].percent ? "" : "none") },
                     h("span", { class: "big" }, String(d.score)), h("span", { class: "muted small" }, _("of 100"))),
        h("p", { class: "verdict" + (passed ? " passed" : "") }, verdict)),
      parts);
    const path = h("ol", { class: "path" }, d.steps.map(function (p, i) { return pathStep(p, i, d); }));
    const report = d.report && d.report.length ? h("ul", { class: "signs" }, d.report.map(function (l) {
      return h("li", { class: l.verdict === "good" ? "spotted" : l.verdict === "info" ? "" : "missed" },
               h("span", { class: "tag" }, l.title), l.text);
    })) : null;
    const notTaken = d.not_taken && d.not_taken.length ? h("section", { "aria-labelledby": "d-not" },
      h("h2", { id: "d-not" }, _("Where it would have gone")),
      h("p", { class: "muted" }, _("You stopped it early. Had you played along, this is where the approach was heading:")),
      h("ul", { class: "signs" }, d.not_taken.map(function (p) {
        const chose = p.chose || "";
        return h("li", {}, (p.where || "") + " \u2014 " + chose +
                           (p.gives ? (/[.?!\u2026]$/.test(chose) ? " " : ". ") + fmt(_("It gives away: %s"), p.gives) : ""));
      }).concat(d.not_taken_ending ? [h("li", { class: "missed" }, fmt(_("Where it ends: %s."), d.not_taken_ending))]
                                   : []))) : null;
    const signs = d.signs.length
      ? h("ul", { class: "signs" }, d.signs.map(function (s) {
          return h("li", { class: s.kind }, h("span", { class: "tag" }, s.tag), s.text);
        }))
      : h("p", { class: "muted" }, d.no_signs || "");
    const nodes = [
      h("p", { class: "lead muted" }, d.lead_text),
      h("section", { "aria-labelledby": "d-score" }, h("h2", { id: "d-score", class: "visually-hidden" }, _("Your score")),
        card, h("p", { class: "visually-hidden" }, fmt(_("Score %d of 100. %s."), d.score, verdict))),
      h("section", { "aria-labelledby": "d-moment" }, h("h2", { id: "d-moment" }, _("Your path, step by step")),
        path, h("p", { class: "moment" }, d.moment || "")),
      report ? h("section", { "aria-labelledby": "d-report" }, h("h2", { id: "d-report" }, _("Your report, line by line")),
        report) : null,
      notTaken,
      d.ending_scene ? h("section", { "aria-labelledby": "d-end" }, h("h2", { id: "d-end" }, _("How the story ended")),
        channelCard(d.ending_scene)) : null,
      h("section", { "aria-labelledby": "d-signs" }, h("h2", { id: "d-signs" }, _("Warning signs")), signs),
      h("section", { "aria-labelledby": "d-advice" }, h("h2", { id: "d-advice" }, _("What to take away")),
        d.takeaway ? h("p", { class: "takeaway" }, d.takeaway) : null,
        d.advice.length ? h("ul", { class: "advice" }, d.advice.map(function (a) { return h("li", {}, a); })) : null),
      h("section", { "aria-labelledby": "d-case" }, h("h2", { id: "d-case" }, _("The real case behind it")),
        h("div", { class: "case" }, h("p", {}, d.real_case))),
      h("section", { "aria-label": _("Where to go") }, h("p", { class: "where" }, d.contact)),
      finishButtons(),
    ];
    screen(d.headline, nodes, { wrap: "debrief", eyebrow: _("Debrief") });
    announce(fmt(_("Debrief. %s. Score %d of 100, %s."), d.headline, d.score, verdict));
  }

  function finishButtons() {
    return h("div", { class: "row", style: null },
      h("button", { class: "btn primary", id: "finish", onclick: leave },
        S.lms && S.lms.returnURL ? _("Finish and return") : _("Finish")),
      S.lms && S.lms.kind === "none" ? h("button", { class: "btn", id: "again",
        onclick: function () { S.finished = false; S.judged = null; begin(null); } }, _("Play again")) : null);
  }

  function unsentBox() {
    return h("div", { class: "alert", role: "alert", id: "unsent" },
      h("p", {}, _("Your result could not be sent to your learning platform, so it is not recorded yet. Check your " +
                   "connection and send it again; if that keeps failing, tell whoever runs your training.")),
      h("div", { class: "row" }, h("button", { class: "btn", id: "send-again", onclick: sendAgain }, _("Send again"))));
  }

  /* The alert, above the score (or above Finish when there is none). */
  function showUnsent() {
    if ($("unsent") || !$("finish")) return;
    const at = document.querySelector('[aria-labelledby="d-score"]') || $("finish").parentNode;
    at.before(unsentBox());
  }

  /* Sends the result the LMS did not take; true once it is recorded. */
  async function sendAgain() {
    if (!S.unsent) return true;
    const button = $("send-again");
    if (button) button.disabled = true;
    try {
      S.judged = await S.lms.finish(S.finishArgs);
      S.unsent = false;
      const box = $("unsent");
      if (box) box.replaceWith(h("p", { class: "note", role: "status" }, _("Your result is recorded now.")));
      return true;
    } catch (e) {
      announce(_("Your result could not be sent to your learning platform, so it is not recorded yet."));
      return false;
    } finally {
      if (button) button.disabled = false;
    }
  }

  async function leave() {
    if (S.exited) return;
    if (S.sending) {
      const button = $("finish");
      button.disabled = true;
      const note = h("p", { class: "muted", role: "status", id: "sending" },
                     _("Sending your result to your learning platform…"));
      button.parentNode.before(note);
      await S.sending;
      note.remove();
      button.disabled = false;
    }
    /* Finish tries an unsent result once more, and does not leave without it. */
    if (!(await sendAgain())) return;
    S.exited = true;
    await S.lms.exit(true);
    if (!S.lms.returnURL)
      message(_("Thank you"), _("You can close this window now."), "note");
  }

  /* The page is closing mid-play: tell the LMS to keep the progress. */
  window.addEventListener("pagehide", function () {
    if (S.lms && !S.exited && S.lms.kind !== "none" && S.lms.kind !== "cmi5") {
      S.exited = true;
      S.lms.exit(!!S.finished);
    }
  });

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.altKey || e.metaKey || !S.core || $("flags").open) return;
    const t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT")) return;
    const v = S.core.view();
    if (v.state !== "scene") return;
    if (/^[1-9]$/.test(e.key)) {
      const i = parseInt(e.key, 10) - 1;
      if (i < v.choices.length) { e.preventDefault(); choose(i); }
    } else if ((e.key === "f" || e.key === "F") && v.marks.length) {
      e.preventDefault();
      openFlags();
    }
  });

  /* For integrators and tests: the run's result as `unhooked run` prints it,
   * and the progress log (read only). */
  window.UnhookedPlayer = {
    resultText: function () { return S.core ? S.core.resultText() : ""; },
    /* The language of the player now ("de"), and its tag ("de-DE"). */
    language: function () { return { code: S.lang, tag: tagOf(S.lang) }; },
    progress: function () { return S.core && S.entry ? JSON.parse(JSON.stringify(progress(!!S.finished))) : null; },
  };

  boot().catch(function (e) { message(_("Something went wrong"), e && e.message ? e.message : String(e)); });
})();
