/* SPDX-License-Identifier: Apache-2.0 */
/* resume.h — a self-paced trainee's unfinished scenario, kept on disk so
 * the next sitting can pick it up where it stopped.
 *
 * The engine is deterministic for a given seed, so the state is just what
 * the trainee did: the choices (1-based positions among those shown, as in
 * an answers file), the details marked, and the report form once it was
 * sent. Resuming replays them on a fresh run. One small JSON file per
 * trainee and scenario, in a "progress" folder beside the results
 * database, named by a SHA-256 of trainee and scenario id (no name in the
 * file name), replaced atomically on every step. No SDL here.
 *
 * Languages. The state is kept per scenario id, not per file: a trainee
 * who paused in English resumes in German (and back) when the file the
 * trainee paused in is unchanged and the two files are a checked
 * translation pair (same scenes, choices in order, flags, facts: see
 * translation.h), so the recorded steps lead to the same place in the
 * other language. A scenario changed since is begun again. */
#ifndef UH_RESUME_H
#define UH_RESUME_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/error.h"
#include "../core/scenario.h"
#include "../core/util.h"

typedef struct uh_resume {
    char *scenario;      /* scenario id */
    char *hash;          /* SHA-256 of the scenario file: a changed file is not resumed */
    char *language;      /* the language of that file ("en", "de"); NULL in files
                            written before languages, which resume only in their file */
    int *choices;        /* 1-based positions */
    size_t nchoices;
    uh_strv marks;       /* ids marked */
    bool has_report;     /* the report form was sent */
    char *to, *how;      /* option ids, NULL when left empty */
    uh_strv facts;
} uh_resume;

/* The state file for trainee and scenario beside the database at db_path.
 * Caller frees. */
char *uh_resume_path(const char *db_path, const char *trainee, const char *scenario);

/* Writes r to path atomically (creating the folder, owner-only). Returns 0,
 * or -1 with err filled. */
int uh_resume_save(const char *path, const uh_resume *r, uh_error *err);

/* Reads path into *r (zeroed first; free with uh_resume_clear). Returns 0,
 * or -1 when there is no file or it is not a valid state (nothing to
 * free then). */
int uh_resume_load(const char *path, uh_resume *r);

/* Whether r may be resumed on sc, the scenario the trainee opens now:
 * sc is the very file r was saved from, unchanged; or orig is sc's
 * original (sc itself when sc is an original), sc matches it in structure,
 * and the file r was saved from (orig, or its translation into
 * r->language) is unchanged and matches it too. Reads that translation
 * under cfg's limits when it is neither sc nor orig. */
bool uh_resume_fits(const uh_resume *r, const uh_scenario *sc, const uh_scenario *orig,
                    const uh_config *cfg);

/* True when a state file exists at path. */
bool uh_resume_exists(const char *path);

/* Removes the state file (a finished or abandoned run). Missing is fine. */
void uh_resume_remove(const char *path);

/* Frees what r owns and zeroes it. Accepts NULL. */
void uh_resume_clear(uh_resume *r);

#endif
