// SPDX-License-Identifier: Apache-2.0
/* i18n.js — the player's words in the trainee's language, from the same
 * gettext catalogs as the kiosk (po/LANG.po).
 *
 * tools/po2js.js turns each po/LANG.po into i18n/LANG.js at build time
 * (gettext-parser reads the .po; the catalog's Plural-Forms becomes the
 * plural function), and that file calls UnhookedI18n.define. The strings
 * of web/player/*.js are marked _("...") and ngettext(one, many, n), and
 * xgettext extracts them into po/unhooked.pot with the C sources'
 * (po/xgettext.sh). The C core inside WebAssembly asks the same catalogs
 * through translate() (core.js), so the debrief's words come from here too.
 *
 * English is the source language: it needs no catalog. */
(function (global) {
  "use strict";

  const catalogs = {};  /* code -> {nplurals, plural(n), messages: {msgid: [forms]}} */
  let lang = "en";

  /* Called by i18n/LANG.js. */
  function define(code, catalog) {
    catalogs[code] = catalog;
  }

  /* Loads the catalog of language code (a script beside the page, so the
   * page's Content-Security-Policy needs nothing more than 'self').
   * Resolves once it is there; English resolves at once. */
  function load(code) {
    if (code === "en" || catalogs[code]) return Promise.resolve();
    return new Promise(function (resolve, reject) {
      const s = document.createElement("script");
      s.src = "i18n/" + encodeURIComponent(code) + ".js";
      s.onload = function () {
        if (catalogs[code]) resolve();
        else reject(new Error("i18n/" + code + ".js defines no catalog"));
      };
      s.onerror = function () { reject(new Error("Could not load i18n/" + code + ".js")); };
      document.head.appendChild(s);
    });
  }

  /* The translation of one (many for a count n) in language code, or null
   * when the catalog has none. */
  function translate(code, one, many, n) {
    const c = catalogs[code];
    const forms = c && Object.prototype.hasOwnProperty.call(c.messages, one) ? c.messages[one] : null;
    if (!forms) return null;
    let i = many === null || many === undefined ? 0 : c.plural(n);
    if (!(i >= 0 && i < forms.length)) i = 0;
    return forms[i] || null;
  }

  function _(s) {
    return translate(lang, s, null, 1) || s;
  }
  function ngettext(one, many, n) {
    return translate(lang, one, many, n) || (n === 1 ? one : many);
  }
  /* printf's %s and %d (and %%) filled in order; "%1$s" picks by position. */
  function format(s) {
    const args = Array.prototype.slice.call(arguments, 1);
    let next = 0;
    return s.replace(/%(?:(\d+)\$)?([sd%])/g, function (m, pos, kind) {
      if (kind === "%") return "%";
      const v = pos ? args[parseInt(pos, 10) - 1] : args[next++];
      return kind === "d" ? String(Math.trunc(Number(v))) : String(v);
    });
  }

  global.UnhookedI18n = {
    define: define, load: load, translate: translate, _: _, ngettext: ngettext, format: format,
    /* The language the player speaks now ("en", "de"); set() only after load(). */
    get: function () { return lang; },
    set: function (code) { lang = code === "en" || catalogs[code] ? code : "en"; return lang; },
    has: function (code) { return code === "en" || !!catalogs[code]; },
  };
})(typeof globalThis !== "undefined" ? globalThis : this);
