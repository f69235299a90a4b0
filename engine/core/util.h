/* SPDX-License-Identifier: Apache-2.0 */
/* util.h — small file, path, hashing and string-list helpers shared by the
 * engine.
 *
 * Part of the base floor (see docs/architecture.md): util stands on the
 * allocators (alloc.h) and the error records (error.h), and neither imports
 * it. The time functions live in clock.h; util.h includes alloc.h, error.h
 * and clock.h for its callers' convenience, but util.c uses no clock. */
#ifndef UH_UTIL_H
#define UH_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "alloc.h"
#include "clock.h"
#include "error.h"

/* The most uh_read_file reads: far above any scenario, configuration or
 * state file, far below what would strain the machine. */
#define UH_READ_MAX ((size_t)16 << 20)

/* Reads a whole regular file of at most UH_READ_MAX bytes into a
 * NUL-terminated buffer the caller frees; stores its length in *len when
 * len is not NULL. On failure (missing, unreadable, not a regular file --
 * a folder, a named pipe, a device -- or too big) returns NULL and fills
 * err naming the file. Never blocks on a named pipe. */
char *uh_read_file(const char *path, size_t *len, uh_error *err);

/* The same with a limit of max bytes. */
char *uh_read_file_max(const char *path, size_t max, size_t *len, uh_error *err);

/* Writes the lowercase hex SHA-256 of data into out (65 bytes). */
void uh_sha256_hex(const void *data, size_t len, char out[65]);

/* Offset of the first byte of s[0..n) that does not begin a well-formed
 * UTF-8 sequence (overlong forms, surrogates and code points past U+10FFFF
 * are not well-formed), or n when all of it is UTF-8. */
size_t uh_utf8_invalid(const char *s, size_t n);

/* 1-based line of byte offset off in text. */
int uh_line_of(const char *text, size_t off);

/* The folder part of path: "dir" for "dir/file", "/" for "/file", "." for
 * "file". Caller frees. */
char *uh_dirname(const char *path);

/* True when path names a directory. */
bool uh_is_dir(const char *path);

/* The folder of the running executable (from /proc/self/exe), or NULL when
 * it cannot be read. Caller frees. */
char *uh_exe_dir(void);

/* A growable list of owned strings. Zero-initialise to start. */
typedef struct uh_strv {
    char **v;
    size_t n, cap;
} uh_strv;

void uh_strv_push(uh_strv *sv, const char *s);       /* copies s */
bool uh_strv_has(const uh_strv *sv, const char *s);
void uh_strv_remove(uh_strv *sv, const char *s);     /* first match, keeps order */
void uh_strv_free(uh_strv *sv);                      /* accepts NULL */

#endif
