/* SPDX-License-Identifier: Apache-2.0 */
/* error.c — error records and problem lists. */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

void uh_error_clear(uh_error *e)
{
    if (e)
        memset(e, 0, sizeof *e);
}

static void vset(uh_error *e, const char *file, int line, const char *fmt, va_list ap)
{
    snprintf(e->file, sizeof e->file, "%s", file ? file : "");
    e->line = line;
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
}

int uh_error_set(uh_error *e, const char *file, int line, const char *fmt, ...)
{
    if (!e)
        return -1;
    va_list ap;
    va_start(ap, fmt);
    vset(e, file, line, fmt, ap);
    va_end(ap);
    return -1;
}

char *uh_error_format(const uh_error *e, char *buf, size_t n)
{
    if (e->file[0] && e->line > 0)
        snprintf(buf, n, "%s:%d: %s", e->file, e->line, e->msg);
    else if (e->file[0])
        snprintf(buf, n, "%s: %s", e->file, e->msg);
    else
        snprintf(buf, n, "%s", e->msg);
    return buf;
}

void uh_problems_add(uh_problems *p, const uh_error *e)
{
    if (p->count == p->cap) {
        p->cap = p->cap ? 2 * p->cap : 8;
        p->items = uh_xrealloc(p->items, p->cap * sizeof *p->items);
    }
    p->items[p->count++] = *e;
}

void uh_problems_addf(uh_problems *p, const char *file, int line, const char *fmt, ...)
{
    uh_error e;
    va_list ap;
    va_start(ap, fmt);
    vset(&e, file, line, fmt, ap);
    va_end(ap);
    uh_problems_add(p, &e);
}

void uh_problems_free(uh_problems *p)
{
    if (!p)
        return;
    free(p->items);
    p->items = NULL;
    p->count = p->cap = 0;
}
