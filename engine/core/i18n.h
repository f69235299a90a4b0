/* SPDX-License-Identifier: Apache-2.0 */
/* i18n.h — the program's own words in the trainee's language.
 *
 * Every string meant for people goes through GNU gettext (glibc's libintl),
 * text domain "unhooked": _("text") translates, N_("text") only marks a
 * string for xgettext (translate it where it is shown), and
 * ngettext(one, many, n) picks the plural form the language needs. The
 * catalogs are po/LANG.po in the source tree, built into
 * LANG/LC_MESSAGES/unhooked.mo (build/locale in the build tree,
 * /usr/share/locale once installed).
 *
 * The language is chosen at run time, and can change while the program
 * runs (a kiosk switches for each trainee): uh_i18n_set_language. The
 * program keeps LC_MESSAGES at "C.UTF-8" (present on every Debian system,
 * no locale needs generating) and names the language in LANGUAGE, which
 * GNU gettext reads whenever LC_MESSAGES is anything but plain "C". Only
 * LC_MESSAGES is touched: numbers in JSON, CSV and SQL keep the C forms.
 * Dates and numbers that people read are formatted by uh_i18n_date and
 * friends from a small table per language, not from the system's
 * locales, which a kiosk often lacks.
 *
 * The web player (WebAssembly) has no file system, and the gettext of
 * emscripten's musl cannot read a .mo there (its __map_file is a stub that
 * fails): the macros call uh_web_ngettext instead, which asks the page's
 * catalog (web/player/i18n.js, built from the same po/LANG.po) through
 * Module.uhTranslate. Not thread-safe: set the language from the main
 * thread, between screens. */
#ifndef UH_I18N_H
#define UH_I18N_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __EMSCRIPTEN__
/* The translation of one (many when the language's plural rule says so for
 * n) from the page's catalog for the language in use; one or many (the
 * English rule) when there is none. The text returned stays valid as long
 * as the module lives. */
const char *uh_web_ngettext(const char *one, const char *many, unsigned long n)
    __attribute__((format_arg(1))) __attribute__((format_arg(2)));
#define _(s) uh_web_ngettext((s), NULL, 1)
#define ngettext(one, many, n) uh_web_ngettext((one), (many), (unsigned long)(n))
#else
#include <libintl.h>
#define _(s) gettext(s)
#endif
#define N_(s) (s)

/* The gettext text domain. */
#define UH_TEXT_DOMAIN "unhooked"

/* One language the program speaks. */
typedef struct uh_language {
    const char *code;  /* "en", "de": the catalog's name and the config value */
    const char *tag;   /* BCP 47 tag for xAPI and HTML: "en-US", "de-DE" */
    const char *name;  /* the language's name in itself: "English", "Deutsch" */
} uh_language;

/* The languages, English (the source language) first; {NULL} ends it. */
extern const uh_language uh_languages[];

/* The language with this code ("de"; "de_DE.UTF-8", "de-DE" and "de:en"
 * are read as "de"), or NULL when the program does not speak it. */
const uh_language *uh_language_find(const char *code);

/* The language the environment asks for: the first of LANGUAGE (a list),
 * LC_ALL, LC_MESSAGES and LANG that is set and not empty, when it names a
 * language the program speaks; NULL otherwise ("C" and "POSIX" name none). */
const uh_language *uh_language_from_env(void);

/* Binds the text domain to the catalog folder (uh_i18n_locale_dir) and
 * switches to language code (NULL: English). Call once at start; later
 * calls only switch. Returns the language now in use. */
const uh_language *uh_i18n_init(const char *code);

/* Switches the program's words to language code; an unknown code or NULL
 * means English. Strings obtained before keep their old language.
 * Returns the language now in use. */
const uh_language *uh_i18n_set_language(const char *code);

/* The language in use (English before uh_i18n_init). */
const uh_language *uh_i18n_language(void);

/* The folder holding LANG/LC_MESSAGES/unhooked.mo: $UNHOOKED_LOCALEDIR
 * when set, else the build tree's "locale" beside the executable (or one
 * folder up, for the test programs), else the installed one. Returns a
 * static string. */
const char *uh_i18n_locale_dir(void);

/* A text from the configuration in the language in use: the built-in
 * defaults (report options, "Corporate Security", "Your organisation")
 * are the program's words and come translated; an organisation's own
 * texts have no translation and come back as they are. "" and NULL come
 * back unchanged (gettext("") would give the catalog's header). */
const char *uh_i18n_word(const char *text);

/* The BCP 47 tag of a language code (uh_language.tag), "en-US" when the
 * code is NULL or unknown. */
const char *uh_i18n_tag(const char *code);

/* ---------------------------------------------------------------------
 * Dates and numbers for people, in the language in use. Each writes into
 * buf (always terminated) and returns it.
 * ------------------------------------------------------------------- */

/* A date from an ISO 8601 text ("2026-11-30" or "2026-11-30T09:30:00Z"):
 * "30 Nov 2026" in English, "30.11.2026" in German. With time, the time
 * of day follows ("30 Nov 2026, 09:30" / "30.11.2026, 09:30"). Anything
 * that is not such a date is copied as it is. */
char *uh_i18n_date(const char *iso, bool with_time, char *buf, size_t n);

/* A percentage, rounded to whole percent: "75%" / "75 %" (the German form
 * has a no-break space before the sign). */
char *uh_i18n_percent(double percent, char *buf, size_t n);

/* A number with decimals (digits after the point): "0.67" / "0,67". */
char *uh_i18n_decimal(double v, int digits, char *buf, size_t n);

#endif
