/* SPDX-License-Identifier: Apache-2.0 */
/* directory.h — the trainee directory: who should train, with their
 * department and manager, kept in the results store beside the attempts.
 *
 * It is imported from a CSV file (an HR export) with a header row naming
 * the columns employee_id, name, department and manager, in any order
 * (case and spaces do not matter; "id", "employee id", "employee",
 * "full name", "dept" and "line manager" are understood too; other
 * columns are ignored). Fields may be quoted as RFC 4180 says; the
 * separator is a comma, or a semicolon or tab when the header has one
 * and no comma; a UTF-8 byte order mark is skipped. Every row needs an
 * employee id and a name; an id given twice is an error.
 *
 * The file is the directory: importing it again adds the people new in
 * it, updates those whose name, department or manager changed, and
 * removes those no longer in it (keep_missing keeps them). Their
 * attempts are never touched. An attempt belongs to the person whose
 * employee id is its trainee (what they typed at sign-in). */
#ifndef UH_DIRECTORY_H
#define UH_DIRECTORY_H

#include <stdbool.h>
#include <stdio.h>

#include "../core/error.h"
#include "store.h"

/* The most problems one import lists before it stops looking. */
#define UH_DIRECTORY_MAX_PROBLEMS 20

typedef struct uh_directory_counts {
    int rows;       /* people in the file */
    int added, updated, unchanged, removed;
} uh_directory_counts;

/* Imports the CSV file at path into the store's directory in one
 * transaction. When a row is bad nothing is imported: every problem found
 * (up to UH_DIRECTORY_MAX_PROBLEMS, each naming the file and line) goes
 * to problems and -1 is returned; err gets the first one (or the store's
 * error). counts may be NULL. */
int uh_directory_import(uh_store *st, const char *path, bool keep_missing,
                        uh_directory_counts *counts, uh_problems *problems, uh_error *err);

/* The same from text in memory; name is used in messages. */
int uh_directory_import_text(uh_store *st, const char *name, const char *text, size_t len,
                             bool keep_missing, uh_directory_counts *counts,
                             uh_problems *problems, uh_error *err);

/* Writes the directory as CSV (the columns above, with a header). */
int uh_directory_write_csv(uh_store *st, FILE *out, uh_error *err);

/* Removes everyone from the directory (attempts are kept). */
int uh_directory_clear(uh_store *st, int *removed, uh_error *err);

#endif
