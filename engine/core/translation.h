/* SPDX-License-Identifier: Apache-2.0 */
/* translation.h — scenarios in more than one language.
 *
 * A translation is a whole scenario file in another language, kept in a
 * folder named after the language beside the original:
 *
 *   scenarios/paid-paper.lua        the original (English)
 *   scenarios/de/paid-paper.lua     the German version
 *
 * It keeps every id (scenario, scenes, choices in order, flags, innocent
 * details, facts) and every rule (go, hook, report, how, required, decoy,
 * start, tactic, teaches, audience), so scores and reports compare across
 * languages; only the texts differ, and functions may build them in the
 * language's own way. A translator works on a real, playable file that a
 * reviewer can read side by side with the original, and `unhooked check`
 * compares the two structures and names every missing or extra part. */
#ifndef UH_TRANSLATION_H
#define UH_TRANSLATION_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "scenario.h"

/* True when name looks like a language folder ("de", "fr", "pt-br"). */
bool uh_translation_is_lang(const char *name);

/* Compares the structure of translation tr with its original orig and
 * appends a problem (naming tr's file and, where known, the line) for
 * each difference. Both must have loaded without problems. Returns the
 * number of problems added. */
size_t uh_translation_compare(const uh_scenario *orig, const uh_scenario *tr, uh_problems *problems);

/* For a file path "DIR/LANG/NAME.lua" whose LANG is a language folder, the
 * path of its original "DIR/NAME.lua" (caller frees); NULL otherwise. LANG
 * is a language folder when its name is a language tag and the original
 * exists: "lib/x.lua" with no "x.lua" beside "lib" is an original. */
char *uh_translation_original_path(const char *path);

/* The language a scenario file is written in: its language folder's name
 * when its original lies beside the folder ("DIR/de/x.lua" with
 * "DIR/x.lua" -> "de"), else "en" (an original). Written into out, which
 * is returned. */
const char *uh_translation_language(const char *path, char out[16]);

/* The translation into lang of the scenario at path (an original, or
 * another translation of it): "DIR/LANG/NAME.lua" when that file exists
 * and can be read, else NULL (also for lang "en", the originals'
 * language). Caller frees. */
char *uh_translation_path(const char *path, const char *lang);

#endif
