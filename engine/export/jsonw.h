/* SPDX-License-Identifier: Apache-2.0 */
/* jsonw.h — compact JSON text written straight into a growing buffer.
 *
 * Writes exactly what cJSON_PrintUnformatted writes (the same number
 * forms, the same escapes: '"', '\\' and the control characters escaped,
 * every other byte, invalid UTF-8 included, as it is), without building a
 * tree: an xAPI export writes millions of statements, and building and
 * freeing a cJSON tree for each cost more than the writing itself. */
#ifndef UH_JSONW_H
#define UH_JSONW_H

#include <stddef.h>

#include <cjson/cJSON.h>

/* Text being written; {0} is an empty buffer. Once anything is written,
 * p is NUL-terminated (a C string of n bytes). The caller frees p. */
typedef struct uh_jbuf {
    char *p;
    size_t n, cap;
} uh_jbuf;

/* Appends the n bytes of s as they are. */
void uh_jb_put(uh_jbuf *b, const char *s, size_t n);

/* Appends the NUL-terminated text s as it is (JSON punctuation, or text
 * already escaped). */
void uh_jb_raw(uh_jbuf *b, const char *s);

/* Appends s as a JSON string, quoted and escaped; NULL as "". */
void uh_jb_string(uh_jbuf *b, const char *s);

/* Appends s escaped as inside a JSON string, without the quotes. */
void uh_jb_escaped(uh_jbuf *b, const char *s);

/* Appends the number d as cJSON prints a number item holding it. */
void uh_jb_number(uh_jbuf *b, double d);

/* Appends the tree item as cJSON_PrintUnformatted prints it. */
void uh_jb_value(uh_jbuf *b, const cJSON *item);

#endif
