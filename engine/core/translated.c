/* SPDX-License-Identifier: Apache-2.0 */
/* translated.c — a library's translations, loaded and checked against
 * their originals. */
#include "translated.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "translation.h"
#include "util.h"

void uh_translations_load(uh_translations *t, const uh_library *lib, const char *lang,
                          const uh_config *cfg)
{
    memset(t, 0, sizeof *t);
    snprintf(t->lang, sizeof t->lang, "%s", lang ? lang : "en");
    t->count = lib->count;
    t->items = uh_xcalloc(lib->count ? lib->count : 1, sizeof *t->items);
    for (size_t i = 0; i < lib->count; i++) {
        const uh_scenario *orig = lib->items[i];
        char *path = orig->ok ? uh_translation_path(orig->path, t->lang) : NULL;
        if (!path)
            continue;
        size_t before = t->problems.count;
        uh_scenario *tr = uh_scenario_load(path, cfg, 1, &t->problems);
        if (tr->ok && uh_translation_compare(orig, tr, &t->problems) == 0 &&
            t->problems.count == before)
            t->items[i] = tr;
        else
            uh_scenario_free(tr);
        free(path);
    }
}

uh_scenario *uh_translations_pick(const uh_translations *t, const uh_library *lib, size_t i)
{
    if (t && i < t->count && t->items[i])
        return t->items[i];
    return i < lib->count ? lib->items[i] : NULL;
}

void uh_translations_free(uh_translations *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->count; i++)
        uh_scenario_free(t->items[i]);
    free(t->items);
    uh_problems_free(&t->problems);
    memset(t, 0, sizeof *t);
}
