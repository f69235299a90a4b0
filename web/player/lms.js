// SPDX-License-Identifier: Apache-2.0
/* lms.js — where the player's progress and results go: a cmi5 LMS (through
 * npm's @xapi/cmi5), a SCORM 1.2 or SCORM 2004 LMS (its JavaScript API,
 * found in a parent or opener window), or nowhere (the page opened on its
 * own). Every adapter offers the same calls:
 *
 *   start()            connect; throws an Error whose message the page shows
 *   load()             the saved progress (an object) or null
 *   save(progress)     keep progress for a later resume
 *   decision(d)        one decision: {step, scene, choice, label, labels, report, at}
 *   judge(r)           {passed} as the LMS judges r: {score (0-100), passMark (0-100),
 *                      completed} (its mastery score first, else the pass mark)
 *   finish(r)          sends the end r; returns judge(r); throws when the LMS did not
 *                      take it, and may be called again then
 *   exit(done)         leave (done: the scenario was finished); may navigate away
 *
 *   languages()        the learner's preferred languages as the LMS keeps them
 *                      (BCP 47 tags, best first; [] when it keeps none): cmi5's
 *                      cmi5LearnerPreferences languagePreference, SCORM 2004's
 *                      cmi.learner_preference.language, SCORM 1.2's
 *                      cmi.student_preference.language; valid after start()
 *
 * and the fields kind ("cmi5", "scorm12", "scorm2004", "none"), mode
 * ("Normal", "Browse", "Review"), note() (a sentence for the intro screen
 * in the player's language, or "") and tag (the language of the attempt,
 * "de-DE": every cmi5 statement carries it as context.language, and the
 * texts in statements are keyed by it; the player sets it when a scenario
 * starts, so until then it is the language the player launched in). No
 * request goes anywhere but to the LMS. */
(function (global) {
  "use strict";

  const I = global.UnhookedI18n;
  const _ = I._;

  /* "de-DE,en-US", "de-DE, en" or "de_DE" -> ["de-DE", "en-US"], ["de-DE", "en"], ["de-DE"]. */
  function tags(s) {
    return String(s || "").split(/[,;\s]+/).map(function (t) { return t.replace(/_/g, "-"); })
      .filter(function (t) { return /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(t); });
  }

  /* ---------------------------------------------------------------- cmi5 */

  /* pick(tags): the tag of the language the player will speak, given the
   * LMS's preference (called once the preferences are known, before the
   * first statement leaves). */
  function cmi5Adapter(course, pick) {
    const Cmi5 = global.Cmi5;
    if (!Cmi5) throw new Error(_("The cmi5 library is missing from this package."));
    const cmi5 = new Cmi5();
    const lp = cmi5.getLaunchParameters();
    const STATE_ID = "https://unhooked.example/cmi5/state/progress";
    let last = 0;
    /* Every statement goes out through here: timestamps strictly increase
     * (two statements in the same millisecond would tie), and statements
     * leave one at a time, in order. */
    let queue = Promise.resolve();
    const send = cmi5.sendXapiStatement.bind(cmi5);
    /* A fetch URL answers once; a second call gets an error (an HTTP error,
     * or a JSON error-code with no token). Either way there is no token. */
    const fetchToken = cmi5.getAuthTokenFromLMS.bind(cmi5);
    cmi5.getAuthTokenFromLMS = async function (url) {
      let t;
      try {
        t = await fetchToken(url);
      } catch (e) {
        e.fetchURL = true;  /* the fetch URL failed, not the LRS after it */
        throw e;
      }
      if (!t) {
        const e = new Error("no auth-token");
        e.response = { status: 409 };
        e.fetchURL = true;
        throw e;
      }
      return t;
    };
    cmi5.sendXapiStatement = function (statement, options) {
      const t = Math.max(Date.now(), last + 1);
      last = t;
      statement.timestamp = new Date(t).toISOString();
      /* The first statement (initialized) leaves from inside initialize(),
       * once the learner's preferences are in: the language is decided then. */
      if (!a.tag) a.tag = pick(a.languages());
      statement.context = statement.context || {};
      statement.context.language = a.tag;
      const p = queue.then(function () { return send(statement, options); });
      queue = p.catch(function () {});
      return p;
    };
    const sent = { completed: false, judged: false };
    const session = {
      key: "unhooked.cmi5." + lp.fetch,
      read: function () {
        try {
          const v = JSON.parse(global.sessionStorage.getItem(session.key) || "null");
          return v && typeof v.token === "string" && typeof v.initialized === "string" ? v : null;
        } catch (e) {
          return null;  /* no storage here (a sandboxed frame): a reload is a new launch */
        }
      },
      write: function () {
        try {
          global.sessionStorage.setItem(session.key, JSON.stringify({
            token: cmi5.getAuthToken(), initialized: cmi5.getInitializedDate().toISOString(),
            completed: sent.completed, judged: sent.judged }));
        } catch (e) { /* as above */ }
      },
      clear: function () {
        try {
          global.sessionStorage.removeItem(session.key);
        } catch (e) { /* as above */ }
      },
    };
    const a = {
      kind: "cmi5", mode: "Normal", masteryScore: null, returnURL: null, tag: null,
      note: function () {
        return a.mode === "Browse" ? _("This is a browse launch: you can play, and nothing is recorded.")
             : a.mode === "Review" ? _("This is a review launch: you can play, and nothing is recorded.") : "";
      },
      languages: function () {
        const p = cmi5.getLearnerPreferences ? cmi5.getLearnerPreferences() : null;
        return tags(p && p.languagePreference);
      },
      start: async function () {
        /* A reload (or Back, then Forward) in the same tab goes on in the
         * same session: the fetch URL answers once, so its token is kept in
         * the tab's sessionStorage until the session terminates, and the
         * session is not initialized twice. */
        const kept = session.read();
        try {
          if (kept) {
            await cmi5.initialize({ authToken: kept.token, initializedDate: new Date(kept.initialized) });
            sent.completed = !!kept.completed;
            sent.judged = !!kept.judged;
          } else {
            await cmi5.initialize();
            session.write();
          }
        } catch (e) {
          if (kept) session.clear();
          const status = e && e.response ? e.response.status : 0;
          /* Only the fetch URL refusing says the link was used; the LRS
           * refusing afterwards (a 404 for LMS.LaunchData) is the LRS's fault. */
          if (e && e.fetchURL && status >= 400 && status < 500)
            throw new Error(_("This launch link has already been used. Go back to your learning platform and " +
                              "launch the course again."));
          throw new Error(status ? I.format(_("The learning platform could not be reached (HTTP %d). Go back to it " +
                                              "and launch the course again."), status)
                                 : _("The learning platform could not be reached. Go back to it and launch the " +
                                     "course again."));
        }
        const ld = cmi5.getLaunchData();
        a.mode = ld.launchMode || "Normal";
        a.masteryScore = typeof ld.masteryScore === "number" ? ld.masteryScore : null;
        a.returnURL = ld.returnURL || null;
        if (!a.tag) a.tag = pick(a.languages());
      },
      load: async function () {
        try {
          const r = await cmi5.xapi.getState({ agent: lp.actor, activityId: lp.activityId, stateId: STATE_ID,
                                               registration: lp.registration });
          return r && r.data && typeof r.data === "object" ? r.data : null;
        } catch (e) {
          return null;  /* none saved yet */
        }
      },
      save: function (progress) {
        if (a.mode !== "Normal") return Promise.resolve();
        return cmi5.xapi.setState({ agent: lp.actor, activityId: lp.activityId, stateId: STATE_ID,
                                    registration: lp.registration, state: progress }).catch(function () {});
      },
      decision: function (d) {
        if (a.mode !== "Normal") return Promise.resolve();
        const lang = a.tag || "en-US";
        const choices = d.labels.map(function (l, i) {
          return { id: "choice-" + (i + 1), description: { [lang]: l } };
        });
        return cmi5.interactionChoice("decisions", d.step + "-" + d.scene, ["choice-" + (d.choice + 1)], undefined,
                                      choices, { [lang]: I.format(_("Step %d: %s"), d.step, d.scene) })
          .catch(function () {});
      },
      /* Throws when the LRS did not take a statement; called again, it
       * sends only what has not been taken (completed once, passed or
       * failed once, as cmi5 allows). */
      judge: function (r) {
        const mastery = a.masteryScore !== null ? a.masteryScore : r.passMark / 100;
        return { passed: r.completed && Math.round(r.score) / 100 >= mastery };
      },
      finish: async function (r) {
        const passed = a.judge(r).passed;
        const scaled = Math.round(r.score) / 100;
        if (a.mode !== "Normal" || !r.completed) return { passed: passed };
        const score = { scaled: scaled, raw: Math.round(r.score), min: 0, max: 100 };
        if (!sent.completed) {
          await cmi5.complete();
          sent.completed = true;
          session.write();
        }
        if (!sent.judged) {
          if (passed) await cmi5.pass(score);
          else await cmi5.fail(score);
          sent.judged = true;
          session.write();
        }
        return { passed: passed };
      },
      exit: async function (done) {
        if (!done) await a.save(a.lastProgress || null);
        session.clear();
        await cmi5.terminate().catch(function () {});
        if (a.returnURL) global.location.assign(a.returnURL);
      },
      lastProgress: null,
    };
    return a;
  }

  /* --------------------------------------------------------------- SCORM */

  /* The standard search (ADL's): this window's parents, then the opener's
   * and its parents, then those of the opener of the top window (a popup
   * that holds the course in a frame has its opener up there). */
  function findApi(name) {
    function scan(w) {
      for (let i = 0; w && i < 10; i++) {
        try {
          if (w[name]) return w[name];
        } catch (e) { /* another origin */ }
        if (!w.parent || w.parent === w) break;
        w = w.parent;
      }
      return null;
    }
    const opener = function (w) {
      try {
        return w && w.opener ? w.opener : null;
      } catch (e) {
        return null;
      }
    };
    return scan(global) || scan(opener(global)) || scan(opener(global.top));
  }

  function scormAdapter(version) {
    const v12 = version === "scorm12";
    const api = findApi(v12 ? "API" : "API_1484_11");
    if (!api) return null;
    const call = v12
      ? { init: "LMSInitialize", get: "LMSGetValue", set: "LMSSetValue", commit: "LMSCommit", finish: "LMSFinish" }
      : { init: "Initialize", get: "GetValue", set: "SetValue", commit: "Commit", finish: "Terminate" };
    const get = function (k) { return String(api[call.get](k)); };
    const set = function (k, val) { return api[call.set](k, String(val)); };
    const commit = function () { return String(api[call.commit]("")) === "true"; };
    const lastError = function () { return String(api[v12 ? "LMSGetLastError" : "GetLastError"]()); };
    let n = 0;  /* interactions written */
    const time = function () {
      const d = new Date();
      const p = function (x) { return (x < 10 ? "0" : "") + x; };
      return v12 ? p(d.getHours()) + ":" + p(d.getMinutes()) + ":" + p(d.getSeconds())
                 : d.toISOString().replace(/\.\d+Z$/, "");
    };
    const a = {
      kind: version, mode: "Normal", tag: null,
      note: function () { return ""; },
      languages: function () {
        return tags(get(v12 ? "cmi.student_preference.language" : "cmi.learner_preference.language"));
      },
      start: async function () {
        if (String(api[call.init]("")) !== "true")
          throw new Error(I.format(_("The learning platform refused to start the course (SCORM error %s). Close the course " +
                                     "and open it again from your learning platform."),
                                   lastError()));
        const mode = get(v12 ? "cmi.core.lesson_mode" : "cmi.mode");
        a.mode = mode === "browse" ? "Browse" : mode === "review" ? "Review" : "Normal";
        n = parseInt(get("cmi.interactions._count"), 10) || 0;
        if (v12) {
          if (get("cmi.core.lesson_status") === "not attempted") set("cmi.core.lesson_status", "incomplete");
        } else if (get("cmi.completion_status") !== "completed") {
          set("cmi.completion_status", "incomplete");
        }
        commit();
      },
      load: async function () {
        const s = get("cmi.suspend_data");
        try {
          return s ? JSON.parse(s) : null;
        } catch (e) {
          return null;
        }
      },
      save: async function (progress) {
        set("cmi.suspend_data", JSON.stringify(progress));
        if (v12) set("cmi.core.lesson_location", progress.scene || "");
        else set("cmi.location", progress.scene || "");
        commit();
      },
      decision: async function (d) {
        if (a.mode !== "Normal") return;
        const p = "cmi.interactions." + n + ".";
        set(p + "id", "decision-" + d.step + "-" + d.scene);
        set(p + "type", "choice");
        if (v12) {
          set(p + "student_response", String(Math.min(d.choice + 1, 9)));
          set(p + "time", time());
        } else {
          set(p + "learner_response", "choice-" + (d.choice + 1));
          set(p + "timestamp", time());
          set(p + "description", d.label.slice(0, 250));
        }
        set(p + "result", "neutral");
        n++;
        commit();
      },
      judge: function (r) {
        let mastery = r.passMark / 100;
        if (!v12) {
          const sp = parseFloat(get("cmi.scaled_passing_score"));
          if (!isNaN(sp)) mastery = sp;
        } else {
          const ms = parseFloat(get("cmi.student_data.mastery_score"));
          if (!isNaN(ms)) mastery = ms / 100;
        }
        return { passed: r.completed && Math.round(r.score) / 100 >= mastery };
      },
      finish: async function (r) {
        const raw = Math.round(r.score);
        const passed = a.judge(r).passed;
        if (a.mode !== "Normal") return { passed: passed };
        if (v12) {
          set("cmi.core.score.min", 0);
          set("cmi.core.score.max", 100);
          set("cmi.core.score.raw", raw);
          set("cmi.core.lesson_status", r.completed ? (passed ? "passed" : "failed") : "incomplete");
        } else {
          set("cmi.score.min", 0);
          set("cmi.score.max", 100);
          set("cmi.score.raw", raw);
          set("cmi.score.scaled", raw / 100);
          set("cmi.completion_status", r.completed ? "completed" : "incomplete");
          set("cmi.success_status", r.completed ? (passed ? "passed" : "failed") : "unknown");
        }
        /* The result is the LMS's only once committed; called again, it
         * sets and commits the same values. */
        if (!commit()) throw new Error("SCORM commit failed (error " + lastError() + ")");
        return { passed: passed };
      },
      exit: async function (done) {
        if (v12) set("cmi.core.exit", done ? "" : "suspend");
        else set("cmi.exit", done ? "normal" : "suspend");
        commit();
        api[call.finish]("");
      },
    };
    return a;
  }

  /* ---------------------------------------------------------------- none */

  function noLms(note) {
    return {
      kind: "none", mode: "Normal", note: note, tag: null,
      languages: function () { return []; },
      start: async function () {},
      load: async function () { return null; },
      save: async function () {},
      decision: async function () {},
      judge: function (r) { return { passed: r.completed && Math.round(r.score) >= r.passMark }; },
      finish: async function (r) { return { passed: r.completed && Math.round(r.score) >= r.passMark }; },
      exit: async function () {},
    };
  }

  /* The first of cmi5's launch parameters that is missing or malformed in
   * q, or null: endpoint and fetch are http(s) addresses, actor an Agent
   * (JSON with an identifier), registration and activityId not empty. */
  function launchProblem(q) {
    const url = function (v) {
      try {
        return /^https?:$/.test(new URL(v).protocol);
      } catch (e) {
        return false;
      }
    };
    const agent = function (v) {
      try {
        const o = JSON.parse(v);
        return !!o && typeof o === "object" && !!(o.account || o.mbox || o.mbox_sha1sum || o.openid);
      } catch (e) {
        return false;
      }
    };
    const ok = { endpoint: url, fetch: url, actor: agent, registration: Boolean, activityId: Boolean };
    return Object.keys(ok).find(function (k) { return !ok[k](q.get(k) || ""); }) || null;
  }

  function brokenLaunch(name) {
    const a = noLms(function () { return ""; });
    a.start = async function () {
      throw new Error(I.format(_("The launch link from your learning platform is incomplete: its %s is missing or " +
                                 "not valid. Go back to your learning platform and launch the course again."), name));
    };
    return a;
  }

  /* The adapter for this launch: cmi5 when the launch parameters are in the
   * address (a link with some of them, or a malformed one, is refused:
   * playing it would record nothing), SCORM when the package is SCORM and
   * the LMS's API is found. */
  function connect(course, pick) {
    const q = new URLSearchParams(global.location.search);
    if (q.has("endpoint") || q.has("fetch")) {
      const bad = launchProblem(q);
      return bad ? brokenLaunch(bad) : cmi5Adapter(course, pick);
    }
    if (course.format === "scorm12" || course.format === "scorm2004") {
      const a = scormAdapter(course.format);
      if (a) return a;
      return noLms(function () { return _("No learning platform was found, so your result will not be recorded."); });
    }
    if (course.format === "cmi5")
      return noLms(function () {
        return _("This page was not launched by a learning platform, so your result will not be recorded.");
      });
    return noLms(function () { return ""; });
  }

  global.UnhookedLms = { connect: connect, findApi: findApi };
})(typeof globalThis !== "undefined" ? globalThis : this);
