// SPDX-License-Identifier: Apache-2.0
/* core.js — the C core (unhooked-core.wasm) behind a small JavaScript API.
 *
 * The same file serves the player in the browser (global UnhookedPlayerCore)
 * and the tests in Node (require). Every call goes to web/api.c; the core
 * keeps one configuration and one run. Texts cross as UTF-8 in memory the
 * core allocates, so a scenario of any size fits. */
(function (global) {
  "use strict";

  /* translate(code, one, many, n): the page's catalog lookup (i18n.js),
   * a string or null; the core's words go through it (engine/core/i18n.c,
   * uh_web_ngettext). Without it the core speaks English. */
  function bind(M, translate) {
    /* Each translation handed to the core is copied into its memory once
     * and kept there for the module's life, as gettext's are. */
    const kept = new Map();
    M.uhTranslate = function (code, one, many, n) {
      if (!translate) return 0;
      const c = M.UTF8ToString(code);
      const t = translate(c, M.UTF8ToString(one), many ? M.UTF8ToString(many) : null, n);
      if (t === null || t === undefined) return 0;
      const key = c + "\u0000" + t;
      let p = kept.get(key);
      if (!p) {
        const len = M.lengthBytesUTF8(t) + 1;
        p = M._malloc(len);
        M.stringToUTF8(t, p, len);
        kept.set(key, p);
      }
      return p;
    };
    function withStrings(strings, fn) {
      const ptrs = strings.map(function (s) {
        if (s === null || s === undefined) return 0;
        const n = M.lengthBytesUTF8(s) + 1;
        const p = M._malloc(n);
        M.stringToUTF8(s, p, n);
        return p;
      });
      try {
        return fn.apply(null, ptrs);
      } finally {
        ptrs.forEach(function (p) { if (p) M._free(p); });
      }
    }
    const text = function (p) { return M.UTF8ToString(p); };
    const error = function () { return text(M._uh_web_error()); };
    return {
      /* Loads the configuration (JSON text; "" for the defaults). Throws with the core's message. */
      /* The core's language ("en", "de"); returns its BCP 47 tag ("de-DE"). */
      language: function (code) {
        return withStrings([code || "en"], function (p) { return text(M._uh_web_language(p)); });
      },
      config: function (json, name) {
        if (withStrings([json || "", name || "config.json"], M._uh_web_config) !== 0) throw new Error(error());
      },
      /* Starts a run; false when the scenario does not load (error() says why). */
      start: function (name, source, seed) {
        return withStrings([name, source], function (n, s) { return M._uh_web_start(n, s, seed >>> 0); }) === 0;
      },
      /* Starts a run and replays saved progress (answers) into it. */
      resume: function (name, source, seed, answers) {
        return withStrings([name, source, JSON.stringify(answers)], function (n, s, a) {
          return M._uh_web_resume(n, s, seed >>> 0, a);
        }) === 0;
      },
      /* Plays an answers file exactly as `unhooked run` does; returns the line it
       * prints, or "" when it refuses the answers (error() says why). */
      answers: function (name, source, seed, answers) {
        return withStrings([name, source, JSON.stringify(answers)], function (n, s, a) {
          return text(M._uh_web_answers(n, s, seed >>> 0, a));
        });
      },
      view: function () { return JSON.parse(text(M._uh_web_view())); },
      choose: function (i) { return M._uh_web_choose(i) === 0; },
      mark: function (id, on) { withStrings([id], function (p) { M._uh_web_mark(p, on ? 1 : 0); }); },
      /* The report form: pick an option of the current step; next() is 0 (moved),
       * 1 (sent) or -1 (refused: error() says what is missing); back(). */
      formPick: function (i) { return M._uh_web_form_pick(i) === 0; },
      formNext: function () { return M._uh_web_form_next(); },
      formBack: function () { return M._uh_web_form_back() === 0; },
      /* The answers that lead back to this point (for saving progress). */
      progress: function () { return JSON.parse(text(M._uh_web_progress())); },
      /* The result exactly as `unhooked run` prints it (one line). */
      resultText: function () { return text(M._uh_web_result()); },
      result: function () { return JSON.parse(text(M._uh_web_result())); },
      debrief: function () { return JSON.parse(text(M._uh_web_debrief())); },
      check: function (name, source) {
        return JSON.parse(withStrings([name, source], function (n, s) { return text(M._uh_web_check(n, s)); }));
      },
      end: function () { M._uh_web_end(); },
      error: error,
    };
  }

  /* factory: the emscripten module factory (global UnhookedCore, or require
   * of unhooked-core.js); options as emscripten takes them (wasmBinary);
   * translate as bind() takes it. */
  function load(factory, options, translate) {
    return factory(options || {}).then(function (M) { return bind(M, translate); });
  }

  const api = { bind: bind, load: load };
  if (typeof module === "object" && module.exports) module.exports = api;
  else global.UnhookedPlayerCore = api;
})(typeof globalThis !== "undefined" ? globalThis : this);
