/* SPDX-License-Identifier: Apache-2.0 */
/* alloc.h — the bottom floor of the engine: allocation helpers that abort
 * with a message on out-of-memory (the engine has no sensible way to go on
 * without memory for its own structures; scenario scripts are capped
 * separately and fail gracefully). Everything else stands on this: errors
 * (error.h) use it, and the utilities (util.h) and atomic writes (atomic.h)
 * use both, so no two modules import each other. It stands on nothing but
 * the C library. See docs/architecture.md for the whole floor. */
#ifndef UH_ALLOC_H
#define UH_ALLOC_H

#include <stddef.h>

void *uh_xmalloc(size_t n);                 /* never NULL; caller frees */
void *uh_xcalloc(size_t n, size_t size);    /* never NULL; caller frees */
void *uh_xrealloc(void *p, size_t n);       /* never NULL; caller frees */
char *uh_xstrdup(const char *s);            /* NULL stays NULL; caller frees */
char *uh_xasprintf(const char *fmt, ...)    /* caller frees */
    __attribute__((format(printf, 1, 2)));

#endif
