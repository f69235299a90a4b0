/* SPDX-License-Identifier: Apache-2.0 */
/* import.h — a JSON export (export.h) read back into a store: a kiosk's
 * results brought into a central store, for reports over a fleet.
 *
 * The file is checked first, whole: a JSON object with "format":
 * "unhooked-export", a "version" this build reads (1) and an "attempts"
 * array, the keys in any order. Then the attempts are read one at a time
 * (the file is mapped, never parsed whole, so its size does not matter)
 * and each is saved with its own UUID: an attempt the store holds already
 * (imported before, or from a store copied earlier) is counted and left
 * alone, so importing the same file twice adds nothing. The saves go a
 * thousand to a transaction (uh_store_batch_begin). */
#ifndef UH_IMPORT_H
#define UH_IMPORT_H

#include <stddef.h>

#include "../core/error.h"
#include "../store/store.h"

typedef struct uh_import_stats {
    size_t attempts;  /* attempts in the file read so far */
    size_t added;     /* saved into the store */
    size_t present;   /* already in the store (the same UUID) */
} uh_import_stats;

/* Imports the export at path into st. Returns 0 when every attempt is in
 * the store afterwards; -1 with err naming the file (and the line of the
 * attempt, when one is at fault) otherwise. A file that is not an export
 * changes nothing; an attempt found bad stops the import there, the ones
 * before it kept (importing the mended file again adds only the rest).
 * stats is filled in every case. */
int uh_import_file(uh_store *st, const char *path, uh_import_stats *stats, uh_error *err);

#endif
