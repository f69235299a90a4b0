/* store.h — the results store: one SQLite database, one writing connection.
 *
 * Every finished attempt is one row (plus its choices, in order, so it can
 * be replayed). Writes are durable before uh_store_save returns (WAL mode,
 * synchronous=FULL): a result the screen calls saved survives kill -9 and
 * power loss. A database that is corrupt or unreadable at open is moved
 * aside under a timestamped name and a fresh one is created; the caller can
 * tell through uh_store_recovered_from and show it on the admin screen. */
#ifndef UH_STORE_H
#define UH_STORE_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/error.h"
#include "../core/result.h"

typedef struct uh_store uh_store;

typedef struct uh_attempt {
    const char *trainee;     /* name or employee ID; a pseudonym when anonymous */
    bool anonymous;          /* when true no name is stored, only the pseudonym */
    const char *cohort;      /* cohort code, or NULL */
    const char *mode;        /* "self", "kiosk", "facilitated" or "cli" */
    const char *started_at;  /* ISO 8601 UTC, e.g. "2026-11-23T09:30:00Z" */
    const char *ended_at;
    const uh_result *result; /* the full result; its JSON is stored too */
} uh_attempt;

/* Opens (creating folders and the schema, migrating older versions) the
 * database at path. Returns NULL with err filled only when no database can
 * be used at all. Close with uh_store_close. */
uh_store *uh_store_open(const char *path, uh_error *err);

/* Path a corrupt database was moved to during open, or NULL. */
const char *uh_store_recovered_from(const uh_store *st);

/* Saves one attempt durably; writes its row id to *id when id is not NULL. */
int uh_store_save(uh_store *st, const uh_attempt *a, int64_t *id, uh_error *err);

/* Progress of a trainee on a scenario, for the menu cards. */
typedef struct uh_progress {
    int attempts;
    bool passed;  /* any attempt passed */
    int best;     /* best score, -1 when no attempt */
} uh_progress;
int uh_store_progress(uh_store *st, const char *trainee, const char *scenario, uh_progress *out,
                      uh_error *err);

/* Closes the database. Accepts NULL. */
void uh_store_close(uh_store *st);

#endif
