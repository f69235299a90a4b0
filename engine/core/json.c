/* SPDX-License-Identifier: Apache-2.0 */
/* json.c — strict JSON parsing (see json.h). */
#include "json.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

/* The most nesting checked for duplicates; cJSON itself refuses deeper
 * documents (CJSON_NESTING_LIMIT is 1000). */
#define MAX_DEPTH 1000

/* Line of the n-th occurrence of "key": in text, for messages: the first
 * place the key is written after its first occurrence. Best effort: 0 when
 * it cannot tell. */
static int line_of_repeat(const char *text, const char *key)
{
    size_t klen = strlen(key);
    int seen = 0;
    for (const char *p = text; (p = strchr(p, '"'));) {
        if (strncmp(p + 1, key, klen) == 0 && p[klen + 1] == '"') {
            const char *q = p + klen + 2;
            while (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n')
                q++;
            if (*q == ':' && ++seen == 2)
                return uh_line_of(text, (size_t)(p - text));
        }
        /* Skip the whole string, escapes included. */
        for (p++; *p && *p != '"'; p++)
            if (*p == '\\' && p[1])
                p++;
        if (*p)
            p++;
    }
    return 0;
}

static int compare_keys(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Returns the first key (in sorted order) that appears twice in one object
 * under node, or NULL. Sorting keeps a file with a huge object linear-ish. */
static const char *repeated_key(const cJSON *node, int depth)
{
    if (depth > MAX_DEPTH)
        return NULL;
    if (cJSON_IsObject(node) && node->child && node->child->next) {
        size_t n = 0;
        for (const cJSON *a = node->child; a; a = a->next)
            n++;
        const char **keys = uh_xcalloc(n, sizeof *keys);
        size_t k = 0;
        for (const cJSON *a = node->child; a; a = a->next)
            keys[k++] = a->string ? a->string : "";
        qsort(keys, n, sizeof *keys, compare_keys);
        const char *dup = NULL;
        for (size_t i = 1; i < n && !dup; i++)
            if (strcmp(keys[i - 1], keys[i]) == 0)
                dup = keys[i];
        free(keys);
        if (dup)
            return dup;
    }
    for (const cJSON *a = node->child; a; a = a->next) {
        const char *inner = repeated_key(a, depth + 1);
        if (inner)
            return inner;
    }
    return NULL;
}

cJSON *uh_json_parse(const char *text, const char *name, uh_error *err)
{
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithOpts(text, &end, 0);
    if (!root) {
        const char *at = cJSON_GetErrorPtr();
        int line = at && at >= text ? uh_line_of(text, (size_t)(at - text)) : 0;
        uh_error_set(err, name, line, "malformed JSON");
        return NULL;
    }
    while (end && (*end == ' ' || *end == '\t' || *end == '\r' || *end == '\n'))
        end++;
    if (end && *end) {
        uh_error_set(err, name, uh_line_of(text, (size_t)(end - text)),
                     "more than one JSON value: the file must hold exactly one");
        cJSON_Delete(root);
        return NULL;
    }
    const char *dup = repeated_key(root, 0);
    if (dup) {
        uh_error_set(err, name, line_of_repeat(text, dup), "key \"%.200s\" appears twice in one object",
                     dup);
        cJSON_Delete(root);
        return NULL;
    }
    return root;
}
