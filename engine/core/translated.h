/* SPDX-License-Identifier: Apache-2.0 */
/* translated.h — the scenario library in the language a trainee chose.
 *
 * Kept apart from translation.h, which the scenario loader uses: this
 * module loads scenarios, so it sits above the loader. */
#ifndef UH_TRANSLATED_H
#define UH_TRANSLATED_H

#include "scenario.h"

/* A library's scenarios in one language, for a program that switches
 * language while it runs (the window): for each item of the library, its
 * translation, or NULL where there is none, where it does not load, or
 * where its structure differs from the original's (the original is played
 * then; every problem is kept in problems). */
typedef struct uh_translations {
    char lang[16];
    uh_scenario **items;  /* parallel to the library's items */
    size_t count;
    uh_problems problems;
} uh_translations;

/* Loads the translations into lang of lib's scenarios ("en": none). The
 * library must outlive t; reload after the library changes. Free with
 * uh_translations_free. */
void uh_translations_load(uh_translations *t, const uh_library *lib, const char *lang,
                          const uh_config *cfg);

/* Item i of lib as played in t's language: the translation when there is
 * one, else the original. t may be NULL (no translations). */
uh_scenario *uh_translations_pick(const uh_translations *t, const uh_library *lib, size_t i);

/* Frees everything t holds and zeroes it. Accepts NULL. */
void uh_translations_free(uh_translations *t);

#endif
