/* SPDX-License-Identifier: Apache-2.0 */
/* export.h — stored attempts as CSV, JSON or xAPI statements.
 *
 * All three are deterministic for the same records (no "exported at"
 * stamp), so they can be compared against golden files. */
#ifndef UH_EXPORT_H
#define UH_EXPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "../store/store.h"

typedef enum uh_export_format {
    UH_EXPORT_CSV,
    UH_EXPORT_JSON,
    UH_EXPORT_XAPI,
} uh_export_format;

/* Parses "csv", "json" or "xapi"; -1 when unknown. */
int uh_export_format_parse(const char *name, uh_export_format *out);

/* The JSON export's envelope: {"format": UH_EXPORT_JSON_FORMAT, "version":
 * UH_EXPORT_JSON_VERSION, "attempts": [...]}, described by
 * docs/schema/export.schema.json. The version goes up when a field changes
 * meaning or goes away (a new field does not change it). */
#define UH_EXPORT_JSON_FORMAT "unhooked-export"
#define UH_EXPORT_JSON_VERSION 1

typedef struct uh_export_options {
    const char *homepage;  /* xAPI: the IRI base (NULL = UH_XAPI_DEFAULT_HOMEPAGE) */
    bool bom;              /* CSV: begin with a UTF-8 byte-order mark, so Excel and
                              LibreOffice read names such as "Zoë" as UTF-8 */
} uh_export_options;

/* An export written one attempt at a time, in constant memory:
 *
 *   CSV (RFC 4180, CRLF line ends, a header row): one row per attempt.
 *     Cells that a spreadsheet would run as a formula (starting with = + -
 *     @, a tab or a carriage return) are prefixed with an apostrophe.
 *   JSON: the envelope above; one object per attempt with the stored
 *     columns, its choices and the full result.
 *   xAPI: a JSON array of every attempt's statements (see xapi.h).
 *
 * uh_exporter_new writes the header, uh_exporter_add one attempt,
 * uh_exporter_finish the end; it flushes, frees the exporter and returns
 * -1 when out reported a write error (0 otherwise). The exporter does not
 * own out. */
typedef struct uh_exporter uh_exporter;
uh_exporter *uh_exporter_new(FILE *out, uh_export_format f, const uh_export_options *o);
void uh_exporter_add(uh_exporter *e, const uh_record *r);
size_t uh_exporter_count(const uh_exporter *e);  /* attempts added so far */
int uh_exporter_finish(uh_exporter *e);          /* accepts NULL (returns 0) */

/* The whole export of n records at once; returns -1 when out reports a
 * write error. */
int uh_export_with(FILE *out, uh_export_format f, const uh_record *recs, size_t n,
                   const uh_export_options *o);

/* uh_export_with with only a homepage. */
int uh_export(FILE *out, uh_export_format f, const uh_record *recs, size_t n,
              const char *homepage);

#endif
