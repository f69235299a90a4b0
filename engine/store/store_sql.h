/* SPDX-License-Identifier: Apache-2.0 */
/* store_sql.h — the store's SQLite connection, for the modules that run
 * their own queries on it: the report summary (summary.c) and the trainee
 * directory (directory.c). Everything else goes through store.h.
 *
 * Schema version UH_STORE_REPORT_VERSION (see the migrations in store.c)
 * keeps, beside each attempt's result JSON:
 *   attempts.report_to       the recipient of the report (option id), NULL
 *                            when there was no report or none was chosen;
 *   attempt_flags            one row per red flag on an attempt's path:
 *                            (attempt_id, flag, scenario, spotted 0/1);
 *   directory                the trainee directory: employee_id (matched
 *                            against attempts.trainee), name, department,
 *                            manager, imported_at.
 *   attempts.outcome         0 reported, 1 hooked, 2 missed, 3 incomplete;
 *   tally_groups, tally_days, tally_flags, trained
 *                            running tallies kept by every save and purge;
 * A store read without migrating (older) has none of these; queries then
 * read the same values out of result_json. */
#ifndef UH_STORE_SQL_H
#define UH_STORE_SQL_H

#include <stdbool.h>
#include <stdint.h>

#include "store.h"

typedef struct sqlite3 sqlite3;

/* The schema version that brought the report's columns, tables, tallies
 * and the directory (described above). */
#define UH_STORE_REPORT_VERSION 5

/* The connection; owned by the store. */
sqlite3 *uh_store_sqlite(uh_store *st);

/* The schema version of the open file (1..UH_STORE_SCHEMA_VERSION). */
int uh_store_schema_version(const uh_store *st);

/* Attempts started before this (ms since 1970) are outside the retention
 * period and left out of every read; 0 when none are. */
int64_t uh_store_hidden_before(const uh_store *st);

/* Fills err with "what: SQLite's message" naming the store; returns -1. */
int uh_store_sql_error(uh_store *st, uh_error *err, const char *what);

/* A write transaction under the store's writer lock (as every write of
 * store.c): begin, then end with rc 0 to commit or non-zero to roll back.
 * end returns rc, or -1 when the commit fails. */
int uh_store_write_begin(uh_store *st, uh_error *err);
int uh_store_write_end(uh_store *st, int rc, uh_error *err);

#endif
