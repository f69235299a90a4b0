/* SPDX-License-Identifier: Apache-2.0 */
/* export.h — stored attempts as CSV, JSON or xAPI statements.
 *
 * All three are deterministic for the same records (no "exported at"
 * stamp), so they can be compared against golden files. */
#ifndef UH_EXPORT_H
#define UH_EXPORT_H

#include <stdio.h>

#include "../store/store.h"

typedef enum uh_export_format {
    UH_EXPORT_CSV,
    UH_EXPORT_JSON,
    UH_EXPORT_XAPI,
} uh_export_format;

/* Parses "csv", "json" or "xapi"; -1 when unknown. */
int uh_export_format_parse(const char *name, uh_export_format *out);

/* CSV (RFC 4180, CRLF line ends, a header row): one row per attempt.
 * Cells that a spreadsheet would run as a formula (starting with = + - @
 * or a tab) are prefixed with an apostrophe. */
void uh_export_csv(FILE *out, const uh_record *recs, size_t n);

/* A JSON array: one object per attempt with the stored columns, its
 * choices and the full result. */
void uh_export_json(FILE *out, const uh_record *recs, size_t n);

/* A JSON array of every attempt's xAPI statements (see xapi.h). */
void uh_export_xapi(FILE *out, const uh_record *recs, size_t n, const char *homepage);

/* Writes the export in format; returns -1 when out reports a write error. */
int uh_export(FILE *out, uh_export_format f, const uh_record *recs, size_t n,
              const char *homepage);

#endif
