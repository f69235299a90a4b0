/* SPDX-License-Identifier: Apache-2.0 */
/* jsonw.c — compact JSON text without a tree (see jsonw.h). */
#include "jsonw.h"

#include <float.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/util.h"

void uh_jb_put(uh_jbuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        while (b->n + n + 1 > b->cap)
            b->cap = b->cap ? 2 * b->cap : 16384;
        b->p = uh_xrealloc(b->p, b->cap);
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

void uh_jb_raw(uh_jbuf *b, const char *s)
{
    uh_jb_put(b, s, strlen(s));
}

void uh_jb_escaped(uh_jbuf *b, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    const char *run = s ? s : "";
    for (const char *q = run;; q++) {
        unsigned char c = (unsigned char)*q;
        if (c >= 32 && c != '"' && c != '\\')
            continue;
        uh_jb_put(b, run, (size_t)(q - run));
        if (!c)
            break;
        char e[7] = {'\\', 0};
        size_t len = 2;
        switch (c) {
        case '"': e[1] = '"'; break;
        case '\\': e[1] = '\\'; break;
        case '\b': e[1] = 'b'; break;
        case '\f': e[1] = 'f'; break;
        case '\n': e[1] = 'n'; break;
        case '\r': e[1] = 'r'; break;
        case '\t': e[1] = 't'; break;
        default:
            memcpy(e + 1, "u00", 3);
            e[4] = hex[c >> 4];
            e[5] = hex[c & 15];
            len = 6;
        }
        uh_jb_put(b, e, len);
        run = q + 1;
    }
}

void uh_jb_string(uh_jbuf *b, const char *s)
{
    uh_jb_put(b, "\"", 1);
    uh_jb_escaped(b, s);
    uh_jb_put(b, "\"", 1);
}

void uh_jb_number(uh_jbuf *b, double d)
{
    char num[32];
    double test;
    int len;
    if (isnan(d) || isinf(d)) {
        len = snprintf(num, sizeof num, "null");
    } else if (d >= INT_MIN && d <= INT_MAX && d == (double)(int)d && !(d == 0 && signbit(d))) {
        /* A whole number, written as "%1.15g" would write it (but for
         * negative zero, which is "-0" there), only faster. */
        len = snprintf(num, sizeof num, "%d", (int)d);
    } else {
        len = snprintf(num, sizeof num, "%1.15g", d);
        double big = fabs(d) > fabs(test = strtod(num, NULL)) ? fabs(d) : fabs(test);
        if (fabs(test - d) > big * DBL_EPSILON)
            len = snprintf(num, sizeof num, "%1.17g", d);
        /* cJSON writes a '.' whatever the locale says. */
        char point = localeconv()->decimal_point[0];
        if (point != '.')
            for (char *q = num; *q; q++)
                if (*q == point)
                    *q = '.';
    }
    uh_jb_put(b, num, (size_t)len);
}

void uh_jb_value(uh_jbuf *b, const cJSON *item)
{
    switch (item->type & 0xFF) {
    case cJSON_NULL: uh_jb_put(b, "null", 4); break;
    case cJSON_False: uh_jb_put(b, "false", 5); break;
    case cJSON_True: uh_jb_put(b, "true", 4); break;
    case cJSON_Number: uh_jb_number(b, item->valuedouble); break;
    case cJSON_Raw:
        if (item->valuestring)
            uh_jb_raw(b, item->valuestring);
        break;
    case cJSON_String: uh_jb_string(b, item->valuestring); break;
    case cJSON_Array:
    case cJSON_Object: {
        bool obj = (item->type & 0xFF) == cJSON_Object;
        uh_jb_put(b, obj ? "{" : "[", 1);
        for (const cJSON *c = item->child; c; c = c->next) {
            if (c != item->child)
                uh_jb_put(b, ",", 1);
            if (obj) {
                uh_jb_string(b, c->string);
                uh_jb_put(b, ":", 1);
            }
            uh_jb_value(b, c);
        }
        uh_jb_put(b, obj ? "}" : "]", 1);
        break;
    }
    default: break;
    }
}
