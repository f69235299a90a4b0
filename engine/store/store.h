/* SPDX-License-Identifier: Apache-2.0 */
/* store.h — the results store: one SQLite database, one writing connection.
 *
 * Every finished attempt is one row (plus its choices, in order, so it can
 * be replayed). Writes are durable before uh_store_save returns (WAL mode,
 * synchronous=FULL): a result the screen calls saved survives kill -9 and
 * power loss.
 *
 * A store is set aside only when it is proven damaged: SQLite finds it
 * corrupt (or not a database at all where an Unhooked store was), and a
 * second, full integrity check on a fresh connection agrees. It is then
 * moved aside under a timestamped name, a notice is written beside it
 * ("PATH-set-aside", see uh_store_set_asides) and a fresh store is created.
 * Every other failure (a full disk, a file or shared-memory index the
 * program may not read or write, a lock held too long) changes nothing and
 * is returned as an error that says what is wrong.
 *
 * Reading (uh_store_options.read_only: reports, exports) never creates,
 * migrates or changes anything. Writing refuses a file that is not an
 * Unhooked store: every store carries UH_STORE_APPLICATION_ID, and stores
 * made before it existed are recognised by their tables and given it.
 *
 * Only one connection writes at a time: every write transaction (and the
 * checkpoint at close) runs under an exclusive lock on "PATH-lock", so a
 * kiosk and `unhooked sync` started from cron never write concurrently
 * (Debian 12's SQLite 3.40 predates the fix for a WAL bug that needs two
 * connections writing or checkpointing at the same moment). Readers are
 * never blocked. Every open store also holds a shared lock on a byte of
 * "PATH-lock", so no program sets a store aside while another has it open.
 * The files are created readable by their owner only.
 *
 * Times are ISO 8601 ("2026-11-23T09:30:00Z", offsets and milliseconds
 * accepted); they are stored normalised to UTC. Dates given to filters and
 * purge may be "YYYY-MM-DD" (midnight UTC) or a full timestamp. */
#ifndef UH_STORE_H
#define UH_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../core/config.h"
#include "../core/error.h"
#include "../core/result.h"

typedef struct cJSON cJSON;
typedef struct uh_store uh_store;

/* The schema version this build creates and migrates to (PRAGMA user_version). */
#define UH_STORE_SCHEMA_VERSION 6

/* PRAGMA application_id of every Unhooked store: 0x556E686B, "UnhK". */
#define UH_STORE_APPLICATION_ID 1433299051

typedef struct uh_attempt {
    const char *trainee;     /* name or employee ID; a pseudonym when anonymous */
    bool anonymous;          /* when true no name is stored, only the pseudonym */
    const char *cohort;      /* cohort code, or NULL */
    const char *mode;        /* "self", "kiosk", "facilitated" or "cli" */
    const char *started_at;  /* ISO 8601 UTC, e.g. "2026-11-23T09:30:00Z" */
    const char *ended_at;
    const uh_result *result; /* the full result; its JSON is stored too */
    const char *uuid;        /* attempt UUID; NULL = a fresh random one (set it only
                                to import or to build test data) */
    const char *language;    /* the language it was played in (i18n.h code); NULL = "en" */
} uh_attempt;

/* How a store is opened. A zeroed struct (or NULL) means: for writing,
 * migrated to the current version, waiting up to 15 s for another writer. */
typedef struct uh_store_options {
    bool read_only;   /* reading only: nothing is created, migrated, set aside
                         or changed; the file must be an Unhooked store */
    int version;      /* migrate no further than this (1..current; 0 = current),
                         for tests of the migrations and for tools */
    int lock_wait_ms; /* how long a write (and the open) waits for another
                         program's write: 0 = 15 s, < 0 = not at all */
} uh_store_options;

/* Opens the store at path. For writing it creates the file (and missing
 * folders) when there is none, checks an existing one, migrates it and
 * sets it aside when it is proven damaged. Returns NULL with err filled
 * when the store cannot be used; then nothing was changed, except a
 * damaged store set aside before a fresh one failed to start. A file that
 * is not an Unhooked store, a store written by a newer version, a busy
 * lock, a full disk or a permission problem all give NULL. Close with
 * uh_store_close. */
uh_store *uh_store_open_with(const char *path, const uh_store_options *o, uh_error *err);

/* uh_store_open_with for writing, with the defaults. */
uh_store *uh_store_open(const char *path, uh_error *err);

/* Opens the database the configuration names (uh_config_results_db), or
 * path when it is not NULL. When writing it then applies
 * cfg->retention_days (and again after a save, at most once an hour, for a
 * kiosk that runs for months; a retention that fails is retried then and
 * does not fail the open). When reading, attempts older than the retention
 * period are left out of every query instead. What the kiosk and every
 * command should call. Close with uh_store_close. */
uh_store *uh_store_open_config(const uh_config *cfg, const char *path, const uh_store_options *o,
                               uh_error *err);

/* uh_store_open_with for writing, migrating no further than version. */
uh_store *uh_store_open_at(const char *path, int version, uh_error *err);

/* Path a damaged database was moved to during this open, or NULL. */
const char *uh_store_recovered_from(const uh_store *st);

/* Whether this open trusted a remembered clean check instead of running
 * PRAGMA quick_check over the whole file: "PATH-checked" holds the state of
 * the store and its WAL (inode, size, modification and status-change
 * times, SQLite's headers) when a check last found them sound, at most
 * seven days ago, and they are still in that state. A program that closes
 * a clean store it opened for writing records the state it leaves, when
 * nothing but its own commits changed the files meanwhile. When checked_ms is not NULL it receives the time of the last
 * full check (ms since the epoch). */
bool uh_store_check_remembered(const uh_store *st, int64_t *checked_ms);

/* Whether the store was opened for reading only. */
bool uh_store_read_only(const uh_store *st);

/* Changes how long a write waits for another program's write (as
 * uh_store_options.lock_wait_ms: 0 = 15 s, < 0 = not at all). */
void uh_store_set_lock_wait(uh_store *st, int ms);

/* The file the store uses. */
const char *uh_store_path(const uh_store *st);

/* Writes a fresh pseudonym "anon-" + 12 random hex digits into out (32
 * bytes). Draw one per sitting and pass it as trainee with anonymous set,
 * so a sitting's attempts belong together and no two sittings do. */
void uh_store_pseudonym(char out[32]);

/* Saves one attempt durably; writes its row id to *id when id is not NULL.
 * When a->anonymous is set and a->trainee is not a pseudonym ("anon-..."),
 * a fresh pseudonym is stored instead, so no name is ever kept. */
int uh_store_save(uh_store *st, const uh_attempt *a, int64_t *id, uh_error *err);

/* An attempt checked and frozen for saving: its UUID, times and result
 * JSON fixed, every string copied, so it can wait for a store that is busy
 * or full and be saved later, as often as needed: saving a copy whose UUID
 * the store holds already only gives back that row's id. Returns NULL with
 * err filled when the attempt can never be saved (no trainee, no scenario,
 * a bad time). Free with uh_attempt_copy_free (accepts NULL). */
typedef struct uh_attempt_copy uh_attempt_copy;
uh_attempt_copy *uh_attempt_copy_new(const uh_attempt *a, uh_error *err);
void uh_attempt_copy_free(uh_attempt_copy *c);
int uh_store_save_copy(uh_store *st, const uh_attempt_copy *c, int64_t *id, uh_error *err);

/* Many saves in one transaction, for tools and imports that write
 * thousands of attempts (one durable commit instead of one per attempt):
 * between begin and end every uh_store_save and uh_store_save_copy joins
 * the batch. uh_store_batch_end commits it (commit true) or rolls it back;
 * when any write of the batch failed nothing of it is kept and end returns
 * -1. The writer lock is held from begin to end. */
int uh_store_batch_begin(uh_store *st, uh_error *err);
int uh_store_batch_end(uh_store *st, bool commit, uh_error *err);

/* An attempt read back from a store (or an export) as a copy to save in
 * another store, with its UUID, trainee, times, columns, result JSON and
 * choices as they were: for `unhooked import`. Returns NULL with err
 * filled when the record lacks what a store needs (a UUID, a trainee, a
 * mode, a scenario, valid times, a result object) or is anonymous with a
 * name. Saving it where its UUID is already changes nothing. */
struct uh_record;
uh_attempt_copy *uh_attempt_copy_from_record(const struct uh_record *r, uh_error *err);

/* 1 when the store holds the attempt with this UUID, 0 when not, -1 with
 * err filled when the store cannot be read. */
int uh_store_has_attempt(uh_store *st, const char *uuid, uh_error *err);

/* Progress of a trainee on a scenario, for the menu cards. */
typedef struct uh_progress {
    int attempts;
    bool passed;  /* any attempt passed */
    int best;     /* best score, -1 when no attempt */
} uh_progress;
int uh_store_progress(uh_store *st, const char *trainee, const char *scenario, uh_progress *out,
                      uh_error *err);

/* ---------------------------------------------------------------------
 * Reading attempts back (reports, exports, LRS sync)
 * ------------------------------------------------------------------- */

/* Which attempts to read. Every field is optional (NULL = no condition). */
typedef struct uh_filter {
    const char *cohort;    /* exact cohort code */
    const char *since;     /* started at or after this date/time */
    const char *before;    /* started before this date/time */
    const char *trainee;
    const char *scenario;
} uh_filter;

/* One stored attempt. Strings and arrays belong to the record. */
typedef struct uh_record {
    int64_t id;
    char *uuid;
    char *trainee;
    bool anonymous;
    char *cohort;           /* NULL when none */
    char *mode;
    char *scenario, *scenario_hash, *title;
    char *started_at, *ended_at;
    int64_t duration_ms;    /* ended_at - started_at, never negative */
    bool completed;
    char *ending;           /* NULL when not completed */
    bool reported;
    int hook;               /* depth at the end */
    int hook_at_report;     /* -1 when not reported */
    int score;
    bool passed;
    cJSON *result;          /* the full result JSON as saved */
    char *language;         /* the language it was played in ("en", "de"); "en" for
                               attempts saved before schema version 6 */
    int *choices;           /* 1-based positions, in order */
    char **choice_scenes;   /* scene each choice was made in */
    size_t nchoices;
} uh_record;

/* Reads the attempts that match f (NULL = all), oldest first. On success
 * *out is an array of *n records the caller frees with uh_records_free. */
int uh_store_query(uh_store *st, const uh_filter *f, uh_record **out, size_t *n, uh_error *err);

/* Frees n records and the array. Accepts NULL. */
void uh_records_free(uh_record *recs, size_t n);

/* Reading attempts one at a time, in the same order, for exports of any
 * size in constant memory: one row is read (and its result parsed) per
 * uh_record_iter_next. The whole pass is one read transaction, so it sees
 * one consistent snapshot while a kiosk goes on writing; nothing else may
 * be done on the store until the iterator is freed. Returns NULL with err
 * filled when the query cannot start (a bad date in f, a damaged file). */
typedef struct uh_record_iter uh_record_iter;
uh_record_iter *uh_store_iterate(uh_store *st, const uh_filter *f, uh_error *err);

/* Reads the next attempt: returns 1 and points *rec at it (the iterator
 * owns it; it stays valid until the next call or uh_record_iter_free), 0
 * at the end, -1 with err filled when the store cannot be read. */
int uh_record_iter_next(uh_record_iter *it, const uh_record **rec, uh_error *err);

/* Ends the pass and frees the iterator. Accepts NULL. */
void uh_record_iter_free(uh_record_iter *it);

/* ---------------------------------------------------------------------
 * Privacy
 * ------------------------------------------------------------------- */

/* Deletes every attempt started before the date (with its choices and any
 * LRS statements about it), overwriting the freed pages (secure_delete) and
 * truncating the WAL so no copy of the data is left in the files. Writes
 * how many attempts went to *deleted when it is not NULL. */
int uh_store_purge(uh_store *st, const char *before, int *deleted, uh_error *err);

/* Purges attempts older than days (0 = keep forever: does nothing). */
int uh_store_apply_retention(uh_store *st, int days, int *deleted, uh_error *err);

/* ---------------------------------------------------------------------
 * LRS outbox: xAPI statements waiting to be sent, kept in the same file
 * ------------------------------------------------------------------- */

/* Attempts with no statement in the outbox yet, oldest first (a record
 * array as uh_store_query gives). */
int uh_store_unqueued(uh_store *st, uh_record **out, size_t *n, uh_error *err);

/* The same, at most limit of them (0 = all): queue them, then ask again,
 * to queue a large store in bounded memory. */
int uh_store_unqueued_first(uh_store *st, size_t limit, uh_record **out, size_t *n, uh_error *err);

/* Queues an attempt's statements (a JSON array of statements, each with
 * an "id") in one transaction. Statements already queued are left alone. */
int uh_store_outbox_add(uh_store *st, int64_t attempt_id, const cJSON *statements, uh_error *err);

/* One queued statement. The parked_* fields and attempt_uuid are filled
 * only by uh_store_outbox_parked (NULL and 0 otherwise). */
typedef struct uh_outbox_item {
    char *statement_id;
    int64_t attempt_id;
    char *statement;  /* JSON text, exactly as it will be sent */
    int tries;
    char *attempt_uuid;
    char *parked_at;      /* when the LRS refused it for good (ISO 8601 UTC) */
    int parked_status;    /* the HTTP status of that refusal */
    char *parked_reason;  /* the LRS's answer, shortened */
} uh_outbox_item;

/* Up to limit statements neither acknowledged nor parked, in attempt and
 * event order. */
int uh_store_outbox_pending(uh_store *st, size_t limit, uh_outbox_item **out, size_t *n,
                            uh_error *err);
void uh_outbox_items_free(uh_outbox_item *items, size_t n);  /* accepts NULL */

/* Marks statements acknowledged by the LRS (durably, before returning):
 * they are never sent again. */
int uh_store_outbox_ack(uh_store *st, const char *const *ids, size_t n, uh_error *err);

/* Records a failed try for statements (the error text is kept for the
 * admin screen). */
int uh_store_outbox_fail(uh_store *st, const char *const *ids, size_t n, const char *why,
                         uh_error *err);

/* Parks a statement the LRS refused on its own with a status that will
 * not change on a retry (400, 404, 413, 422): it is never sent again
 * until uh_store_outbox_unpark, so it no longer holds up the queue. The
 * time, status and reason are kept for `unhooked sync --parked`. */
int uh_store_outbox_park(uh_store *st, const char *id, int status, const char *reason,
                         uh_error *err);

/* Every parked statement, oldest attempt first, with the parked_* fields
 * and attempt_uuid filled. Free with uh_outbox_items_free. */
int uh_store_outbox_parked(uh_store *st, uh_outbox_item **out, size_t *n, uh_error *err);

/* Puts every parked statement back in the queue (their try count and last
 * error are kept); writes how many to *count when it is not NULL. */
int uh_store_outbox_unpark(uh_store *st, int *count, uh_error *err);

/* Counts of queued statements: pending excludes parked ones. */
typedef struct uh_outbox_counts {
    int pending, acked, parked;
} uh_outbox_counts;
int uh_store_outbox_counts(uh_store *st, uh_outbox_counts *out, uh_error *err);

/* Closes the database. Accepts NULL. */
void uh_store_close(uh_store *st);

/* ---------------------------------------------------------------------
 * Damaged stores set aside: notices until acknowledged
 *
 * Each set-aside appends a line to "PATH-set-aside" (time, new name,
 * reason). The notices stay until an administrator acknowledges them, on
 * the admin screen or with `unhooked acknowledge`; every results command
 * warns about them meanwhile. These work on the path alone, so they can
 * be read even when no store can be opened.
 * ------------------------------------------------------------------- */

typedef struct uh_set_aside {
    char *at;        /* when it was set aside, ISO 8601 UTC */
    char *moved_to;  /* the damaged file's new name */
    char *reason;    /* what the check found */
} uh_set_aside;

/* Reads the notices for the store at path, oldest first; *n is 0 when
 * there are none. Free with uh_set_asides_free. Returns -1 with err filled
 * only when the notice file exists but cannot be read. */
int uh_store_set_asides(const char *path, uh_set_aside **out, size_t *n, uh_error *err);
void uh_set_asides_free(uh_set_aside *v, size_t n);  /* accepts NULL */

/* Acknowledges the first seen notices (as uh_store_set_asides returned
 * them): they are removed; a notice written since is kept. */
int uh_store_acknowledge(const char *path, size_t seen, uh_error *err);

/* ---------------------------------------------------------------------
 * Time helpers shared with reports and exports
 * ------------------------------------------------------------------- */

/* Parses "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM]" (a
 * missing zone means UTC) into milliseconds since 1970 UTC. Returns -1 and
 * fills err when the text is not such a date. */
int uh_time_parse(const char *text, int64_t *ms, uh_error *err);

/* Formats ms as "YYYY-MM-DDTHH:MM:SSZ" (with ".mmm" when ms is not a whole
 * second) into out (32 bytes). Returns out. */
char *uh_time_format(int64_t ms, char out[32]);

#endif
