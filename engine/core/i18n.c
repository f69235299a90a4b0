/* SPDX-License-Identifier: Apache-2.0 */
/* i18n.c — gettext set up for a language chosen at run time, and dates and
 * numbers written the way each language writes them. */
#include "i18n.h"

#include <limits.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "util.h"

#ifndef UH_LOCALE_DIR
#define UH_LOCALE_DIR "/usr/share/locale"
#endif

const uh_language uh_languages[] = {
    {"en", "en-US", "English"},
    {"de", "de-DE", "Deutsch"},
    {NULL, NULL, NULL},
};

static const uh_language *current = &uh_languages[0];
#ifndef __EMSCRIPTEN__
static bool bound;  /* the text domain is bound to its folder */
#endif

const uh_language *uh_language_find(const char *code)
{
    if (!code)
        return NULL;
    /* The language part: up to '_', '-', '.', '@' or ':'. */
    size_t len = strcspn(code, "_-.@:");
    for (const uh_language *l = uh_languages; l->code; l++)
        if (strlen(l->code) == len && strncasecmp(l->code, code, len) == 0)
            return l;
    return NULL;
}

const uh_language *uh_language_from_env(void)
{
    const char *lang = getenv("LANGUAGE");
    if (lang && *lang) {
        /* A list in order of preference: "de:en". */
        for (const char *p = lang; *p; p += strcspn(p, ":"), p += *p == ':') {
            char one[32];
            size_t len = strcspn(p, ":");
            if (len == 0 || len >= sizeof one)
                continue;
            memcpy(one, p, len);
            one[len] = '\0';
            const uh_language *l = uh_language_find(one);
            if (l)
                return l;
        }
    }
    static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
        const char *v = getenv(vars[i]);
        if (v && *v)
            return uh_language_find(v);  /* the first one set decides, as for setlocale */
    }
    return NULL;
}

const char *uh_i18n_tag(const char *code)
{
    const uh_language *l = uh_language_find(code);
    return l ? l->tag : uh_languages[0].tag;
}

static bool has_catalogs(const char *dir)
{
    for (const uh_language *l = uh_languages + 1; l->code; l++) {
        char p[PATH_MAX + 64];
        snprintf(p, sizeof p, "%s/%s/LC_MESSAGES/" UH_TEXT_DOMAIN ".mo", dir, l->code);
        if (access(p, R_OK) == 0)
            return true;
    }
    return false;
}

const char *uh_i18n_locale_dir(void)
{
    static char dir[PATH_MAX];
    const char *env = getenv("UNHOOKED_LOCALEDIR");
    if (env && *env) {
        snprintf(dir, sizeof dir, "%s", env);
        return dir;
    }
    char *exe = uh_exe_dir();
    /* build/unhooked -> build/locale; build/tests/x -> build/locale */
    static const char *const rel[] = {"/locale", "/../locale", "/../../locale"};
    for (size_t i = 0; exe && strcmp(exe, "/usr/bin") != 0 && i < sizeof rel / sizeof *rel; i++) {
        int len = snprintf(dir, sizeof dir, "%.*s%s", PATH_MAX - 16, exe, rel[i]);
        if (len > 0 && (size_t)len < sizeof dir && has_catalogs(dir)) {
            free(exe);
            return dir;
        }
    }
    free(exe);
    snprintf(dir, sizeof dir, "%s", UH_LOCALE_DIR);
    return dir;
}

#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>

/* The page's translation (a pointer into the module's memory, kept there by
 * the page for the module's life), or 0 when it has none: web/player/core.js
 * sets Module.uhTranslate(code, one, many, n). */
EM_JS(const char *, uh_js_translate, (const char *code, const char *one, const char *many, double n), {
    return Module["uhTranslate"] ? Module["uhTranslate"](code, one, many, n) : 0;
});

const char *uh_web_ngettext(const char *one, const char *many, unsigned long n)
{
    if (!one)
        return one;
    if (current != &uh_languages[0] && *one) {
        const char *t = uh_js_translate(current->code, one, many, (double)n);
        if (t)
            return t;
    }
    return many && n != 1 ? many : one;
}

const uh_language *uh_i18n_init(const char *code)
{
    return uh_i18n_set_language(code);
}

const uh_language *uh_i18n_set_language(const char *code)
{
    const uh_language *l = uh_language_find(code);
    current = l ? l : &uh_languages[0];
    return current;
}
#else
const uh_language *uh_i18n_init(const char *code)
{
    if (!bound) {
        bindtextdomain(UH_TEXT_DOMAIN, uh_i18n_locale_dir());
        bind_textdomain_codeset(UH_TEXT_DOMAIN, "UTF-8");
        textdomain(UH_TEXT_DOMAIN);
        bound = true;
    }
    return uh_i18n_set_language(code);
}

const uh_language *uh_i18n_set_language(const char *code)
{
    const uh_language *l = uh_language_find(code);
    current = l ? l : &uh_languages[0];
    /* GNU gettext ignores LANGUAGE when LC_MESSAGES is "C": C.UTF-8 is
     * built into glibc 2.35 and shipped by every Debian, and is not "C". */
    if (!setlocale(LC_MESSAGES, "C.UTF-8") && !setlocale(LC_MESSAGES, "C.utf8"))
        setlocale(LC_MESSAGES, "");
    setenv("LANGUAGE", current->code, 1);
    /* textdomain() tells gettext that the catalogs may have changed, so it
     * drops the translations it has cached for the old language. */
    if (bound)
        textdomain(UH_TEXT_DOMAIN);
    return current;
}
#endif

const char *uh_i18n_word(const char *text)
{
    return text && *text ? _(text) : text;
}

const uh_language *uh_i18n_language(void)
{
    return current;
}

/* ---------------------------------------------------------------------
 * Dates and numbers
 *
 * From a table rather than strftime/nl_langinfo: those need the
 * language's locale generated (de_DE.UTF-8), which a minimal Debian or a
 * kiosk image does not have, and they would then still follow the
 * machine's locale rather than the trainee's choice.
 * ------------------------------------------------------------------- */

static bool german(void)
{
    return strcmp(current->code, "de") == 0;
}

char *uh_i18n_date(const char *iso, bool with_time, char *buf, size_t n)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    int y, m, d, hh = -1, mm = -1, used = 0;
    if (!iso || sscanf(iso, "%4d-%2d-%2d%n", &y, &m, &d, &used) != 3 || used != 10 || m < 1 ||
        m > 12 || d < 1 || d > 31) {
        snprintf(buf, n, "%s", iso ? iso : "");
        return buf;
    }
    if (with_time && (iso[10] == 'T' || iso[10] == ' ') && sscanf(iso + 11, "%2d:%2d", &hh, &mm) != 2)
        hh = -1;
    char time[16] = "";
    if (with_time && hh >= 0)
        snprintf(time, sizeof time, ", %02d:%02d", hh, mm);
    if (german())
        snprintf(buf, n, "%02d.%02d.%04d%s", d, m, y, time);
    else
        snprintf(buf, n, "%d %s %04d%s", d, months[m - 1], y, time);
    return buf;
}

char *uh_i18n_percent(double percent, char *buf, size_t n)
{
    long v = isfinite(percent) ? lround(percent) : 0;
    /* "\u00a0": a no-break space, so "75 %" never breaks before the sign. */
    snprintf(buf, n, german() ? "%ld\u00a0%%" : "%ld%%", v);
    return buf;
}

char *uh_i18n_decimal(double v, int digits, char *buf, size_t n)
{
    if (digits < 0)
        digits = 0;
    /* Formatted in the C locale (the program never changes LC_NUMERIC),
     * then the point is swapped for the language's mark. */
    snprintf(buf, n, "%.*f", digits, isfinite(v) ? v : 0.0);
    if (german()) {
        char *dot = strchr(buf, '.');
        if (dot)
            *dot = ',';
    }
    return buf;
}
