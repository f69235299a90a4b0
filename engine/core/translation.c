/* SPDX-License-Identifier: Apache-2.0 */
/* translation.c — comparing a translated scenario with its original. */
#include "translation.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "util.h"

bool uh_translation_is_lang(const char *name)
{
    /* Two or three lower-case letters, optionally "-" and two to four letters
     * or digits (a region): de, fr, pt-br, zh-hans. */
    size_t n = 0;
    while (islower((unsigned char)name[n]))
        n++;
    if (n < 2 || n > 3)
        return false;
    if (!name[n])
        return true;
    if (name[n] != '-')
        return false;
    size_t m = 0;
    while (isalnum((unsigned char)name[n + 1 + m]))
        m++;
    return m >= 2 && m <= 4 && !name[n + 1 + m];
}

static bool folder_lang(const char *path, char lang[16], size_t *dir_len);

char *uh_translation_original_path(const char *path)
{
    char lang[16];
    size_t dir_len;
    if (!folder_lang(path, lang, &dir_len))
        return NULL;
    /* A language folder only when the original lies beside it: scenarios
     * kept in a folder that happens to have a short name ("lib/x.lua",
     * "ops/x.lua") are originals, not translations of a missing file. */
    char *orig = uh_xasprintf("%.*s%s", (int)dir_len, path, strrchr(path, '/') + 1);
    if (access(orig, F_OK) != 0) {
        free(orig);
        return NULL;
    }
    return orig;
}

/* The language folder of path ("DIR/de/x.lua" -> "de") into lang; false
 * when path is not in one. */
static bool folder_lang(const char *path, char lang[16], size_t *dir_len)
{
    const char *file = path ? strrchr(path, '/') : NULL;
    if (!file || file == path)
        return false;
    const char *dir = file - 1;
    while (dir > path && dir[-1] != '/')
        dir--;
    size_t n = (size_t)(file - dir);
    if (n == 0 || n >= 16)
        return false;
    memcpy(lang, dir, n);
    lang[n] = '\0';
    *dir_len = (size_t)(dir - path);
    return uh_translation_is_lang(lang);
}

const char *uh_translation_language(const char *path, char out[16])
{
    size_t dir_len;
    char *orig = NULL;
    if (!folder_lang(path, out, &dir_len) || !(orig = uh_translation_original_path(path)))
        snprintf(out, 16, "en");
    free(orig);
    return out;
}

char *uh_translation_path(const char *path, const char *lang)
{
    if (!lang || !uh_translation_is_lang(lang) || strcmp(lang, "en") == 0 || !path)
        return NULL;
    char *orig = uh_translation_original_path(path);
    const char *base = orig ? orig : path;
    const char *file = strrchr(base, '/');
    char *tr = file ? uh_xasprintf("%.*s/%s%s", (int)(file - base), base, lang, file)
                    : uh_xasprintf("%s/%s", lang, base);
    free(orig);
    if (access(tr, R_OK) != 0) {
        free(tr);
        return NULL;
    }
    return tr;
}

typedef struct cmp {
    const uh_scenario *tr;
    uh_problems *problems;
    size_t added;
} cmp;

static void differ(cmp *c, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void differ(cmp *c, int line, const char *fmt, ...)
{
    char msg[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* TRANSLATORS: before a difference between a translated scenario and its
       original, "translation: scene 'a' has 3 choices, the original 2" */
    uh_problems_addf(c->problems, c->tr->path, line, _("translation: %s"), msg);
    c->added++;
}

static bool same(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* fmt: "the X is '%s' here but '%s' in the original" (the translation's
 * value, then the original's). */
static void same_field(cmp *c, const char *fmt, const char *o, const char *t, int line)
{
    if (!same(o, t))
        differ(c, line, fmt, t ? t : _("(none)"), o ? o : _("(none)"));
}

static void compare_lists(cmp *c, const char *what, char **o, size_t no, char **t, size_t nt)
{
    bool eq = no == nt;
    for (size_t i = 0; eq && i < no; i++)
        eq = same(o[i], t[i]);
    if (!eq)
        differ(c, 0, _("'%s' differs from the original"), what);
}

/* flags: the scene's red flags, else its innocent details. */
static void compare_marks(cmp *c, const char *scene, bool flags, const uh_mark *o, size_t no,
                          const uh_mark *t, size_t nt, int line)
{
    for (size_t i = 0; i < no; i++) {
        bool found = false;
        for (size_t j = 0; j < nt && !found; j++)
            found = same(o[i].id, t[j].id);
        if (!found)
            differ(c, line,
                   flags ? _("scene '%s': flag '%s' of the original is missing")
                         : _("scene '%s': innocent detail '%s' of the original is missing"),
                   scene, o[i].id);
    }
    for (size_t j = 0; j < nt; j++) {
        bool found = false;
        for (size_t i = 0; i < no && !found; i++)
            found = same(o[i].id, t[j].id);
        if (!found)
            differ(c, t[j].line ? t[j].line : line,
                   flags ? _("scene '%s': flag '%s' is not in the original")
                         : _("scene '%s': innocent detail '%s' is not in the original"),
                   scene, t[j].id);
    }
}

static void compare_scene(cmp *c, const uh_scene *o, const uh_scene *t)
{
    same_field(c, _("the ending is '%s' here but '%s' in the original"), o->ending, t->ending,
               t->line);
    if (o->channel != t->channel)
        differ(c, t->line, _("scene '%s': the channel differs from the original"), t->id);
    compare_marks(c, t->id, true, o->flags, o->nflags, t->flags, t->nflags, t->line);
    compare_marks(c, t->id, false, o->innocent, o->ninnocent, t->innocent, t->ninnocent, t->line);
    if (o->nchoices != t->nchoices) {
        differ(c, t->line,
               ngettext("scene '%s' has %zu choice, the original %zu",
                        "scene '%s' has %zu choices, the original %zu", t->nchoices),
               t->id, t->nchoices, o->nchoices);
        return;
    }
    for (size_t k = 0; k < o->nchoices; k++) {
        const uh_choice *a = &o->choices[k], *b = &t->choices[k];
        char where[200];
        /* TRANSLATORS: where in a translated scenario a difference is, the
           "%s" of the messages about a choice that follow */
        snprintf(where, sizeof where, _("scene '%s': choice %zu"), t->id, k + 1);
        if (!same(a->go, b->go))
            differ(c, b->line, _("%s goes to '%s', the original to '%s'"), where, b->go ? b->go : "?",
                   a->go ? a->go : "?");
        if (a->hook != b->hook)
            differ(c, b->line, _("%s has hook %d, the original %d"), where, b->hook, a->hook);
        if (a->report != b->report)
            differ(c, b->line,
                   b->report ? _("%s files a report, the original does not")
                             : _("%s does not file a report, the original does"),
                   where);
        if (!same(a->how, b->how))
            differ(c, b->line, _("%s does the handling '%s', the original '%s'"), where,
                   b->how ? b->how : _("(none)"), a->how ? a->how : _("(none)"));
        if ((a->when_ref == UH_NOREF) != (b->when_ref == UH_NOREF))
            differ(c, b->line,
                   b->when_ref != UH_NOREF ? _("%s has a 'when', the original has none")
                                           : _("%s has no 'when', the original has one"),
                   where);
        if ((a->effect_ref == UH_NOREF) != (b->effect_ref == UH_NOREF))
            differ(c, b->line,
                   b->effect_ref != UH_NOREF ? _("%s has an 'effect', the original has none")
                                             : _("%s has no 'effect', the original has one"),
                   where);
    }
}

/* What a fact of the report form is, for the message that they differ. */
static const char *fact_role(const uh_fact *f)
{
    /* TRANSLATORS: what a fact of the report form is, in "fact 'x' is
       required here but a decoy in the original" */
    return f->required ? _("required") : f->decoy ? _("a decoy") : _("neither required nor a decoy");
}

size_t uh_translation_compare(const uh_scenario *orig, const uh_scenario *tr, uh_problems *problems)
{
    cmp c = {.tr = tr, .problems = problems};
    same_field(&c, _("the scenario id is '%s' here but '%s' in the original"), orig->id, tr->id, 0);
    same_field(&c, _("the tactic is '%s' here but '%s' in the original"), orig->tactic, tr->tactic,
               0);
    same_field(&c, _("the start scene is '%s' here but '%s' in the original"), orig->start,
               tr->start, 0);
    compare_lists(&c, "teaches", orig->teaches, orig->nteaches, tr->teaches, tr->nteaches);
    compare_lists(&c, "audience", orig->audience, orig->naudience, tr->audience, tr->naudience);
    for (size_t i = 0; i < orig->nscenes; i++)
        if (uh_scenario_find_scene(tr, orig->scenes[i].id) < 0)
            differ(&c, 0, _("scene '%s' of the original is missing"), orig->scenes[i].id);
    for (size_t i = 0; i < tr->nscenes; i++) {
        int k = uh_scenario_find_scene(orig, tr->scenes[i].id);
        if (k < 0)
            differ(&c, tr->scenes[i].line, _("scene '%s' is not in the original"), tr->scenes[i].id);
        else
            compare_scene(&c, &orig->scenes[k], &tr->scenes[i]);
    }
    for (size_t i = 0; i < orig->nfacts; i++) {
        const uh_fact *a = &orig->facts[i];
        const uh_fact *b = uh_scenario_find_fact(tr, a->id);
        if (!b) {
            differ(&c, 0, _("fact '%s' of the original is missing"), a->id);
            continue;
        }
        if (a->required != b->required || a->decoy != b->decoy)
            differ(&c, b->line, _("fact '%s' is %s here but %s in the original"), a->id,
                   fact_role(b), fact_role(a));
        if ((a->when_ref == UH_NOREF) != (b->when_ref == UH_NOREF))
            differ(&c, b->line,
                   b->when_ref != UH_NOREF ? _("fact '%s' has a 'when', the original has none")
                                           : _("fact '%s' has no 'when', the original has one"),
                   a->id);
    }
    for (size_t i = 0; i < tr->nfacts; i++)
        if (!uh_scenario_find_fact(orig, tr->facts[i].id))
            differ(&c, tr->facts[i].line, _("fact '%s' is not in the original"), tr->facts[i].id);
    return c.added;
}
