/* SPDX-License-Identifier: Apache-2.0 */
/* error.h — the caller-owned error record every fallible function fills.
 *
 * A function that can fail returns a status (0 on success, -1 on failure)
 * and, on failure, writes a message plus, where known, the file and line the
 * problem is in. The record is plain data: no allocation, nothing to free.
 *
 * Part of the base floor (see docs/architecture.md): errors stand on the
 * allocators (alloc.h, for the problem list) and nothing else; util, clock
 * and atomic stand on them. */
#ifndef UH_ERROR_H
#define UH_ERROR_H

#include <stddef.h>

typedef struct uh_error {
    char msg[768];   /* human-readable message, never empty after a failure */
    char file[512];  /* file the problem is in, or "" when none applies */
    int line;        /* 1-based line, or 0 when unknown */
} uh_error;

/* Clears the record. Accepts NULL. */
void uh_error_clear(uh_error *e);

/* Sets file, line and a printf-style message. Accepts a NULL record (then
 * does nothing) and a NULL file. Always returns -1 so callers can write
 * `return uh_error_set(err, ...);`. */
int uh_error_set(uh_error *e, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Writes "FILE:LINE: msg", "FILE: msg" or "msg" into buf (always
 * NUL-terminated). Returns buf. */
char *uh_error_format(const uh_error *e, char *buf, size_t n);

/* A growable list of problems, as `unhooked check` reports them. */
typedef struct uh_problems {
    uh_error *items;
    size_t count, cap;
} uh_problems;

/* Appends a problem (copies it). Aborts on out-of-memory. */
void uh_problems_add(uh_problems *p, const uh_error *e);
/* Appends a problem built from file, line and a message. */
void uh_problems_addf(uh_problems *p, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Frees the list's storage and empties it. Accepts NULL. */
void uh_problems_free(uh_problems *p);

#endif
