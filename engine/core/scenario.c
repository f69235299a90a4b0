/* SPDX-License-Identifier: Apache-2.0 */
/* scenario.c — loading a scenario file and validating it (SPEC §2, §5).
 *
 * Reading happens inside one protected call (uh_sandbox_cpcall) so that a
 * Lua error while walking the returned table (out of memory, say) becomes a
 * problem rather than a crash. Every C allocation is attached to the
 * scenario before the next call that can raise, so a longjmp out of the
 * reader leaks nothing: uh_scenario_free finds it all. */
#define _GNU_SOURCE  /* memmem */
#include "scenario.h"
#include "translation.h"

#include <ctype.h>
#include <dirent.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "../script/sandbox.h"
#include "clock.h"
#include "i18n.h"
#include "util.h"

#define MAX_TEXT 900   /* characters of static scene text that fit one screen */
#define MAX_LABEL 120  /* characters of a choice label */
/* Structural limits. Far above any real story, they keep the validator's
 * graph passes (quadratic in the worst case) quick on a hostile file that
 * generates its scenes in a loop. */
#define MAX_SCENES 2000
#define MAX_LIST 100   /* choices, flags, innocent details, facts, discuss prompts */
/* Limits on the C side of reading. A few MB of Lua can share one table or
 * one string among thousands of fields; without these the reader's work
 * and memory grow with the number of references, not with the file. */
#define MAX_FIELDS 64                     /* keys of one record table examined */
#define MAX_STRING ((size_t)16 << 10)     /* bytes of one string field */
#define MAX_STRINGS ((size_t)32 << 20)    /* bytes of all string fields of a file */
#define MAX_PROBLEMS 100                  /* problems kept per file; the rest are counted */
#define MAX_INDEXED_LINES 1000000         /* lines of source indexed for line lookups */
#define CHECK_SECONDS 5                   /* a file still being read after this is broken */

/* ---------------------------------------------------------------------
 * Finding lines. Lua keeps no line information for table constructors, so
 * lines of fields are found in the source text: good enough to point an
 * author at the right place, and 0 ("unknown") when the search fails.
 * ------------------------------------------------------------------- */

static bool ident_char(char c)
{
    return isalnum((unsigned char)c) || c == '_';
}


/* Where one key is written as `key =` or `["key"] =`: its lines, in order. */
typedef struct key_lines {
    const char *key;  /* points into the source */
    size_t klen;
    uint32_t *lines;
    size_t n, cap;
} key_lines;

/* The source, where its lines start and where each key is assigned, for
 * finding where a field is written: built in one pass, so each lookup is a
 * hash and a bisection however big the file. Searches for quoted strings
 * still scan, and may scan `budget` bytes in all, after which a line is
 * "unknown" (callers then name the enclosing one). */
typedef struct source_lines {
    const char *src;
    size_t len;
    uint32_t *start;   /* offset of line i + 1's first byte; NULL: not indexed */
    size_t n;          /* lines indexed */
    key_lines *keys;   /* open addressing; NULL: not indexed */
    size_t nkeys, capkeys;
    long long budget;  /* bytes searches may still scan */
} source_lines;

static uint32_t hash_bytes(const char *p, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 16777619u;
    return h;
}

static key_lines *key_slot(key_lines *keys, size_t cap, const char *key, size_t klen)
{
    size_t h = hash_bytes(key, klen) & (cap - 1);
    while (keys[h].key && !(keys[h].klen == klen && memcmp(keys[h].key, key, klen) == 0))
        h = (h + 1) & (cap - 1);
    return &keys[h];
}

static void add_key(source_lines *sl, const char *key, size_t klen, uint32_t line)
{
    if (2 * (sl->nkeys + 1) > sl->capkeys) {
        size_t cap = sl->capkeys ? 2 * sl->capkeys : 256;
        key_lines *keys = uh_xcalloc(cap, sizeof *keys);
        for (size_t i = 0; i < sl->capkeys; i++)
            if (sl->keys[i].key)
                *key_slot(keys, cap, sl->keys[i].key, sl->keys[i].klen) = sl->keys[i];
        free(sl->keys);
        sl->keys = keys;
        sl->capkeys = cap;
    }
    key_lines *k = key_slot(sl->keys, sl->capkeys, key, klen);
    if (!k->key) {
        k->key = key;
        k->klen = klen;
        sl->nkeys++;
    }
    if (k->n && k->lines[k->n - 1] == line)
        return;
    if (k->n == k->cap)
        k->lines = uh_xrealloc(k->lines, (k->cap = k->cap ? 2 * k->cap : 4) * sizeof *k->lines);
    k->lines[k->n++] = line;
}

/* After a key that ends at q: true when `=` (not `==`) follows on the line. */
static bool assigned(const char *q, const char *end)
{
    while (q < end && (*q == ' ' || *q == '\t'))
        q++;
    return q + 1 < end && q[0] == '=' && q[1] != '=';
}

static void source_lines_init(source_lines *sl, const char *src, size_t len)
{
    memset(sl, 0, sizeof *sl);
    sl->src = src;
    sl->len = len;
    sl->budget = ((long long)32 << 20) + 4 * (long long)len;
    if (!src || len > UINT32_MAX)
        return;
    size_t n = 1;
    for (const char *p = src; (p = memchr(p, '\n', len - (size_t)(p - src))); p++)
        if (++n > MAX_INDEXED_LINES)
            return;
    sl->start = uh_xcalloc(n, sizeof *sl->start);
    sl->n = 1;
    const char *end = src + len;
    uint32_t line = 1;
    for (const char *p = src; p < end;) {
        if (*p == '\n') {
            sl->start[sl->n++] = (uint32_t)(p - src + 1);
            line++;
            p++;
        } else if (ident_char(*p)) {  /* an identifier: `key =`? */
            const char *q = p;
            while (q < end && ident_char(*q))
                q++;
            if (assigned(q, end))
                add_key(sl, p, (size_t)(q - p), line);
            p = q;
        } else if (*p == '[' && p + 1 < end && (p[1] == '"' || p[1] == '\'')) {  /* ["key"] = */
            const char *q = p + 2;
            while (q < end && *q != p[1] && *q != '\n')
                q++;
            if (q + 1 < end && *q == p[1] && q[1] == ']' && assigned(q + 2, end))
                add_key(sl, p + 2, (size_t)(q - p - 2), line);
            p = q < end && *q == p[1] ? q + 1 : q;
        } else {
            p++;
        }
    }
}

static void source_lines_free(source_lines *sl)
{
    free(sl->start);
    sl->start = NULL;
    for (size_t i = 0; i < sl->capkeys; i++)
        free(sl->keys[i].lines);
    free(sl->keys);
    sl->keys = NULL;
    sl->capkeys = sl->nkeys = 0;
}

/* Offset of the first byte of line `line` (1-based). */
static size_t offset_of_line(const source_lines *sl, int line)
{
    if (line <= 1)
        return 0;
    if (sl->start)
        return (size_t)line - 1 < sl->n ? sl->start[line - 1] : sl->len;
    size_t off = 0;  /* not indexed: count */
    for (int l = 1; l < line && off < sl->len; off++)
        if (sl->src[off] == '\n')
            l++;
    return off;
}

/* 1-based line of offset off. */
static int line_at(const source_lines *sl, size_t off)
{
    if (!sl->start)
        return uh_line_of(sl->src, off);
    size_t lo = 0, hi = sl->n;  /* the last start <= off */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (sl->start[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    return (int)lo + 1;
}

/* Charges a search that scanned [from, to) to the budget. */
static void spent(source_lines *sl, const char *from, const char *to)
{
    sl->budget -= to > from ? (long long)(to - from) : 0;
}

/* Line of the first `key =` (not `==`) or `["key"] =` at or after line
 * `from`; 0 when not found. */
static int find_key(source_lines *sl, const char *key, int from)
{
    if (!sl->src || !key || !*key)
        return 0;
    if (sl->start) {  /* indexed: the first assignment at or after `from` */
        if (!sl->keys)
            return 0;
        const key_lines *k = key_slot(sl->keys, sl->capkeys, key, strlen(key));
        size_t lo = 0, hi = k->key ? k->n : 0;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if ((int)k->lines[mid] < from)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo < (k->key ? k->n : 0) ? (int)k->lines[lo] : 0;
    }
    if (sl->budget <= 0)
        return 0;
    const char *src = sl->src, *end = src + sl->len;
    size_t klen = strlen(key);
    const char *start = src + offset_of_line(sl, from > 0 ? from : 1);
    for (const char *p = start; (p = memmem(p, (size_t)(end - p), key, klen)); p += klen) {
        bool before_ok = p == src || !ident_char(p[-1]);
        if (p > src && (p[-1] == '"' || p[-1] == '\'') && p - 1 > src && p[-2] == '[')
            before_ok = true;
        const char *q = p + klen;
        if (q < end && (*q == '"' || *q == '\''))
            q++;
        if (q < end && *q == ']')
            q++;
        if (!before_ok || (p + klen < end && ident_char(p[klen])))
            continue;
        while (q < end && (*q == ' ' || *q == '\t'))
            q++;
        if (q + 1 < end && q[0] == '=' && q[1] != '=') {
            spent(sl, start, p);
            return line_at(sl, (size_t)(p - src));
        }
    }
    spent(sl, start, end);
    return 0;
}

/* Line of the first quoted occurrence of str at or after line `from`. */
static int find_quoted(source_lines *sl, const char *str, int from)
{
    if (!sl->src || !str || sl->budget <= 0)
        return 0;
    const char *src = sl->src, *end = src + sl->len;
    size_t n = strlen(str);
    const char *start = src + offset_of_line(sl, from > 0 ? from : 1);
    for (const char *p = start; p < end && (p = strpbrk(p, "\"'")); p++) {
        if ((size_t)(end - p) > n + 1 && strncmp(p + 1, str, n) == 0 && p[n + 1] == p[0]) {
            spent(sl, start, p);
            return line_at(sl, (size_t)(p - src));
        }
    }
    spent(sl, start, end);
    return 0;
}

/* A set of Lua tables already examined, by address: a table shared by many
 * fields is checked (and reported) once. */
typedef struct table_set {
    const void **keys;
    size_t n, cap;  /* cap is 0 or a power of two */
} table_set;

/* Adds p; returns false when it was already there. */
static bool table_set_add(table_set *ts, const void *p)
{
    if (2 * (ts->n + 1) > ts->cap) {
        size_t cap = ts->cap ? 2 * ts->cap : 64;
        const void **keys = uh_xcalloc(cap, sizeof *keys);
        for (size_t i = 0; i < ts->cap; i++)
            if (ts->keys[i]) {
                size_t h = ((uintptr_t)ts->keys[i] >> 4) & (cap - 1);
                while (keys[h])
                    h = (h + 1) & (cap - 1);
                keys[h] = ts->keys[i];
            }
        free(ts->keys);
        ts->keys = keys;
        ts->cap = cap;
    }
    size_t h = ((uintptr_t)p >> 4) & (ts->cap - 1);
    while (ts->keys[h]) {
        if (ts->keys[h] == p)
            return false;
        h = (h + 1) & (ts->cap - 1);
    }
    ts->keys[h] = p;
    ts->n++;
    return true;
}

/* ---------------------------------------------------------------------
 * The reader
 * ------------------------------------------------------------------- */

typedef struct reader {
    uh_scenario *sc;
    uh_problems *problems;
    int ref;          /* registry ref of the returned table */
    int scenes_line;  /* line of `scenes =`, where scene searches start */
    int report_line;
    const uh_config *cfg;  /* for option ids named by choices */
    source_lines src;      /* the source, for line numbers */
    size_t nproblems;      /* problems found in this file */
    size_t copied;         /* bytes of strings copied so far */
    bool strings_full;     /* MAX_STRINGS was reached */
    table_set records;     /* record tables whose keys were checked */
    int64_t deadline;      /* CLOCK_MONOTONIC ns by which reading must end */
} reader;

static void problem(reader *r, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void problem(reader *r, int line, const char *fmt, ...)
{
    r->sc->ok = false;
    if (!r->problems || r->nproblems++ >= MAX_PROBLEMS)
        return;
    uh_error e;
    va_list ap;
    va_start(ap, fmt);
    snprintf(e.file, sizeof e.file, "%s", r->sc->path);
    e.line = line;
    vsnprintf(e.msg, sizeof e.msg, fmt, ap);
    va_end(ap);
    uh_problems_add(r->problems, &e);
}

/* Line where the function at idx is defined. */
static int function_line(lua_State *L, int idx)
{
    lua_Debug ar;
    lua_pushvalue(L, idx);
    if (!lua_getinfo(L, ">S", &ar))
        return 0;
    return ar.linedefined > 0 ? ar.linedefined : 0;
}

/* A copy of the string at idx, or NULL with a problem when it is longer
 * than MAX_STRING or the file's strings have used up MAX_STRINGS: the
 * length is checked before anything is copied. */
static char *take_string(reader *r, lua_State *L, int idx, const char *where, const char *key,
                         int line)
{
    size_t n;
    const char *s = lua_tolstring(L, idx, &n);
    if (n > MAX_STRING) {
        problem(r, line, _("%s: '%s' is %zu bytes, more than the limit of %zu"), where, key, n,
                MAX_STRING);
        return NULL;
    }
    size_t bad = uh_utf8_invalid(s, n);
    if (bad < n) {
        problem(r, find_key(&r->src, key, line) ?: line,
                _("%s: '%s' is not UTF-8 text (byte 0x%02X at offset %zu); write it in UTF-8"),
                where, key, (unsigned char)s[bad], bad);
        return NULL;
    }
    if (memchr(s, '\0', n)) {
        problem(r, find_key(&r->src, key, line) ?: line, _("%s: '%s' contains a NUL byte"),
                where, key);
        return NULL;
    }
    if (r->copied + n > MAX_STRINGS) {
        if (!r->strings_full)
            problem(r, line, _("the file's strings add up to more than %zu MiB; the rest are not read"),
                    MAX_STRINGS >> 20);
        r->strings_full = true;
        return NULL;
    }
    r->copied += n + 1;
    return uh_xstrdup(s);
}

/* Reports keys of the table at idx not in the NULL-terminated allow-list.
 * Integer keys are allowed only when allow_index is true. */
static void only_keys(reader *r, lua_State *L, int idx, const char *const *allowed,
                      bool allow_index, const char *where, int line)
{
    /* A table shared by many fields is checked, and reported, once. */
    if (!table_set_add(&r->records, lua_topointer(L, idx)))
        return;
    int seen = 0;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        if (++seen > MAX_FIELDS) {
            problem(r, line, _("%s: more than %d fields; the rest are not checked"), where, MAX_FIELDS);
            lua_pop(L, 1);
            return;
        }
        if (lua_type(L, -1) == LUA_TSTRING) {
            const char *k = lua_tostring(L, -1);
            const char *const *a = allowed;
            while (*a && strcmp(*a, k) != 0)
                a++;
            if (!*a)
                problem(r, find_key(&r->src, k, line) ?: line, _("%s: unknown field '%.100s'"), where, k);
        } else if (!(allow_index && lua_isinteger(L, -1) && lua_tointeger(L, -1) == 1)) {
            problem(r, line, _("%s: unexpected %s key"), where, luaL_typename(L, -1));
        }
    }
}

/* Reads an optional string field into *dst (a fresh copy). Returns true when
 * present and a string; reports a type problem otherwise. */
static bool get_string(reader *r, lua_State *L, int idx, const char *key, char **dst,
                       const char *where, int line)
{
    int t = lua_getfield(L, idx, key);
    bool ok = false;
    if (t == LUA_TSTRING) {
        *dst = take_string(r, L, -1, where, key, line);
        ok = *dst != NULL;
    } else if (t != LUA_TNIL) {
        problem(r, find_key(&r->src, key, line) ?: line, _("%s: '%s' must be a string, not %s"),
                where, key, lua_typename(L, t));
    }
    lua_pop(L, 1);
    return ok;
}

static void require_string(reader *r, lua_State *L, int idx, const char *key, char **dst,
                           const char *where, int line)
{
    int t = lua_getfield(L, idx, key);
    lua_pop(L, 1);
    if (t == LUA_TNIL)
        problem(r, line, _("%s: missing required field '%s'"), where, key);
    else if (get_string(r, L, idx, key, dst, where, line) && !**dst)
        problem(r, find_key(&r->src, key, line) ?: line, _("%s: '%s' must not be empty"), where,
                key);
}

/* A string or a function(s) -> string field. Functions are referenced in
 * the registry. */
static void get_text(reader *r, lua_State *L, int idx, const char *key, char **dst, int *ref,
                     const char *where, int line)
{
    int t = lua_getfield(L, idx, key);
    if (t == LUA_TSTRING) {
        *dst = take_string(r, L, -1, where, key, line);
        lua_pop(L, 1);
    } else if (t == LUA_TFUNCTION) {
        *ref = luaL_ref(L, LUA_REGISTRYINDEX);
    } else {
        if (t != LUA_TNIL)
            problem(r, find_key(&r->src, key, line) ?: line,
                    _("%s: '%s' must be a string or a function, not %s"), where, key, lua_typename(L, t));
        lua_pop(L, 1);
    }
}

static void get_function(reader *r, lua_State *L, int idx, const char *key, int *ref,
                         const char *where, int line)
{
    int t = lua_getfield(L, idx, key);
    if (t == LUA_TFUNCTION) {
        *ref = luaL_ref(L, LUA_REGISTRYINDEX);
        return;
    }
    if (t != LUA_TNIL)
        problem(r, line, _("%s: '%s' must be a function, not %s"), where, key, lua_typename(L, t));
    lua_pop(L, 1);
}

static bool get_bool(reader *r, lua_State *L, int idx, const char *key, const char *where, int line)
{
    int t = lua_getfield(L, idx, key);
    bool v = lua_toboolean(L, -1);
    if (t != LUA_TNIL && t != LUA_TBOOLEAN)
        problem(r, line, _("%s: '%s' must be true or false, not %s"), where, key, lua_typename(L, t));
    lua_pop(L, 1);
    return v;
}

/* Length of a proper list at idx (keys 1..n, nothing else); -1 and a
 * problem when it is not one. */
static lua_Integer list_length(reader *r, lua_State *L, int idx, const char *where, int line)
{
    lua_Integer n = (lua_Integer)lua_rawlen(L, idx), count = 0;
    /* Checked before the walk, which is then at most MAX_LIST + 1 steps. */
    if (n > MAX_LIST) {
        problem(r, line, _("%s: %lld entries, more than the limit of %d"), where, (long long)n, MAX_LIST);
        return -1;
    }
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        count++;
        if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 || lua_tointeger(L, -1) > n) {
            problem(r, line, _("%s: must be a list { ... } with no named fields"), where);
            lua_pop(L, 1);
            return -1;
        }
    }
    if (count != n) {
        problem(r, line, _("%s: the list has holes"), where);
        return -1;
    }
    return n;
}

static void read_marks(reader *r, lua_State *L, int scene_idx, const char *key, uh_mark **out,
                       size_t *nout, const char *scene_id, int line)
{
    char where[256];
    snprintf(where, sizeof where, _("scene '%s': %s"), scene_id, key);
    int t = lua_getfield(L, scene_idx, key);
    int idx = lua_gettop(L);
    if (t == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (t != LUA_TTABLE) {
        problem(r, find_key(&r->src, key, line) ?: line, _("%s must be a list of { id, text }"),
                where);
        lua_pop(L, 1);
        return;
    }
    lua_Integer n = list_length(r, L, idx, where, line);
    if (n > 0) {
        *out = uh_xcalloc((size_t)n, sizeof **out);
        for (lua_Integer i = 1; i <= n; i++) {
            uh_mark *m = &(*out)[(*nout)++];
            m->line = line;
            char w[300];
            snprintf(w, sizeof w, "%s[%lld]", where, (long long)i);
            if (lua_rawgeti(L, idx, i) != LUA_TTABLE) {
                problem(r, line, _("%s must be a table { id = ..., text = ... }"), w);
                lua_pop(L, 1);
                continue;
            }
            int m_idx = lua_gettop(L);
            static const char *const keys[] = {"id", "text", NULL};
            only_keys(r, L, m_idx, keys, false, w, line);
            require_string(r, L, m_idx, "id", &m->id, w, line);
            require_string(r, L, m_idx, "text", &m->text, w, line);
            if (m->id)
                m->line = find_quoted(&r->src, m->id, line) ?: line;
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

static void read_choice(reader *r, lua_State *L, int c_idx, uh_choice *c, const char *scene_id,
                        int index, int scene_line)
{
    char where[256];
    snprintf(where, sizeof where, _("scene '%s': choice %d"), scene_id, index);
    c->line = scene_line;
    static const char *const keys[] = {"text", "go", "hook", "report", "when", "effect", "how",
                                       "gives", NULL};
    only_keys(r, L, c_idx, keys, true, where, scene_line);

    lua_rawgeti(L, c_idx, 1);
    bool has_index = !lua_isnil(L, -1);
    lua_pop(L, 1);
    lua_getfield(L, c_idx, "text");
    bool has_text = !lua_isnil(L, -1);
    lua_pop(L, 1);
    if (has_index && has_text)
        problem(r, scene_line, _("%s: give the label either as [1] or as text, not both"), where);
    if (has_index) {
        int t = lua_rawgeti(L, c_idx, 1);
        if (t == LUA_TSTRING) {
            c->label = take_string(r, L, -1, where, "label", scene_line);
            lua_pop(L, 1);
        } else if (t == LUA_TFUNCTION) {
            c->label_ref = luaL_ref(L, LUA_REGISTRYINDEX);
        } else {
            problem(r, scene_line, _("%s: the label must be a string or a function, not %s"), where,
                    lua_typename(L, t));
            lua_pop(L, 1);
        }
    } else if (has_text) {
        get_text(r, L, c_idx, "text", &c->label, &c->label_ref, where, scene_line);
    } else {
        problem(r, scene_line, _("%s: missing its label ({ \"label\", go = ... })"), where);
    }

    if (get_string(r, L, c_idx, "go", &c->go, where, scene_line))
        c->line = find_quoted(&r->src, c->go, scene_line) ?: scene_line;
    else {
        lua_getfield(L, c_idx, "go");
        if (lua_isnil(L, -1))
            problem(r, scene_line, _("%s: missing required field 'go'"), where);
        lua_pop(L, 1);
    }

    int t = lua_getfield(L, c_idx, "hook");
    if (t != LUA_TNIL) {
        int isint;
        lua_Integer h = lua_tointegerx(L, -1, &isint);
        if (!isint || h < 0 || h > UH_HOOK_MAX)
            problem(r, c->line, _("%s: 'hook' must be a whole number from 0 to %d"), where, UH_HOOK_MAX);
        else
            c->hook = (int)h;
    }
    lua_pop(L, 1);
    c->report = get_bool(r, L, c_idx, "report", where, c->line);
    get_function(r, L, c_idx, "when", &c->when_ref, where, c->line);
    get_function(r, L, c_idx, "effect", &c->effect_ref, where, c->line);
    get_string(r, L, c_idx, "gives", &c->gives, where, c->line);
    if (get_string(r, L, c_idx, "how", &c->how, where, c->line) && r->cfg &&
        !uh_config_find_how(r->cfg, c->how))
        problem(r, find_quoted(&r->src, c->how, c->line) ?: c->line,
                _("%s: 'how' names '%s', which is no \"how\" option of the configuration"), where,
                c->how);
    int fl = 0;
    if (c->when_ref != UH_NOREF || c->effect_ref != UH_NOREF || c->label_ref != UH_NOREF) {
        int ref = c->label_ref != UH_NOREF ? c->label_ref
                  : c->when_ref != UH_NOREF ? c->when_ref : c->effect_ref;
        lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
        fl = function_line(L, -1);
        lua_pop(L, 1);
    }
    if (fl && !c->go)
        c->line = fl;
}

static void read_scene(reader *r, lua_State *L, int s_idx, uh_scene *s)
{
    char where[200];
    snprintf(where, sizeof where, _("scene '%s'"), s->id);
    int line = s->line;
    static const char *const keys[] = {"text", "channel", "from", "flags", "innocent",
                                       "choices", "ending", "lesson", "discuss", NULL};
    only_keys(r, L, s_idx, keys, false, where, line);

    get_text(r, L, s_idx, "text", &s->text, &s->text_ref, where, line);
    if (!s->text && s->text_ref == UH_NOREF) {
        lua_getfield(L, s_idx, "text");
        if (lua_isnil(L, -1))
            problem(r, line, _("%s: missing required field 'text'"), where);
        lua_pop(L, 1);
    }
    if (s->text && strlen(s->text) > MAX_TEXT)
        problem(r, find_key(&r->src, "text", line) ?: line,
                _("%s: text is %zu characters, more than fits one screen (%d)"), where,
                strlen(s->text), MAX_TEXT);

    char *channel = NULL;
    s->channel = UH_CHANNEL_NARRATION;
    if (get_string(r, L, s_idx, "channel", &channel, where, line)) {
        int ch = uh_channel_from_id(channel);
        if (ch < 0)
            problem(r, find_key(&r->src, "channel", line) ?: line,
                    _("%s: unknown channel '%s' (narration, linkedin, email, phone, chat, in_person)"),
                    where, channel);
        else
            s->channel = (uh_channel)ch;
        free(channel);
    }

    int t = lua_getfield(L, s_idx, "from");
    if (t == LUA_TTABLE) {
        int f_idx = lua_gettop(L);
        char w[220];
        snprintf(w, sizeof w, "%s: from", where);
        static const char *const fkeys[] = {"name", "role", "org", "avatar", NULL};
        only_keys(r, L, f_idx, fkeys, false, w, line);
        s->has_from = true;
        get_string(r, L, f_idx, "name", &s->from_name, w, line);
        get_string(r, L, f_idx, "role", &s->from_role, w, line);
        get_string(r, L, f_idx, "org", &s->from_org, w, line);
        get_string(r, L, f_idx, "avatar", &s->from_avatar, w, line);
    } else if (t != LUA_TNIL) {
        problem(r, line, _("%s: 'from' must be a table { name, role, org, avatar }"), where);
    }
    lua_pop(L, 1);

    read_marks(r, L, s_idx, "flags", &s->flags, &s->nflags, s->id, line);
    read_marks(r, L, s_idx, "innocent", &s->innocent, &s->ninnocent, s->id, line);
    get_string(r, L, s_idx, "ending", &s->ending, where, line);
    if (get_string(r, L, s_idx, "lesson", &s->lesson, where, line) && !s->ending)
        problem(r, find_key(&r->src, "lesson", line) ?: line,
                _("%s: 'lesson' belongs on an ending (what to take away from that path)"), where);

    t = lua_getfield(L, s_idx, "discuss");
    if (t == LUA_TSTRING) {
        s->discuss = uh_xcalloc(1, sizeof *s->discuss);
        if ((s->discuss[s->ndiscuss] = take_string(r, L, -1, where, "discuss", line)))
            s->ndiscuss++;
    } else if (t == LUA_TTABLE) {
        int d_idx = lua_gettop(L);
        lua_Integer n = list_length(r, L, d_idx, "discuss", line);
        if (n > 0) {
            s->discuss = uh_xcalloc((size_t)n, sizeof *s->discuss);
            for (lua_Integer i = 1; i <= n; i++) {
                if (lua_rawgeti(L, d_idx, i) == LUA_TSTRING) {
                    if ((s->discuss[s->ndiscuss] = take_string(r, L, -1, where, "discuss", line)))
                        s->ndiscuss++;
                } else
                    problem(r, line, _("%s: discuss[%lld] must be a string"), where, (long long)i);
                lua_pop(L, 1);
            }
        }
    } else if (t != LUA_TNIL) {
        problem(r, line, _("%s: 'discuss' must be a string or a list of strings"), where);
    }
    lua_pop(L, 1);

    t = lua_getfield(L, s_idx, "choices");
    int c_list = lua_gettop(L);
    if (t == LUA_TTABLE) {
        lua_Integer n = list_length(r, L, c_list, "choices", line);
        if (n > 0) {
            s->choices = uh_xcalloc((size_t)n, sizeof *s->choices);
            for (lua_Integer i = 1; i <= n; i++) {
                uh_choice *c = &s->choices[s->nchoices++];
                c->label_ref = c->when_ref = c->effect_ref = UH_NOREF;
                c->go_index = -1;
                if (lua_rawgeti(L, c_list, i) != LUA_TTABLE)
                    problem(r, line, _("%s: choice %lld must be a table { \"label\", go = ... }"),
                            where, (long long)i);
                else
                    read_choice(r, L, lua_gettop(L), c, s->id, (int)i, line);
                lua_pop(L, 1);
            }
        }
    } else if (t != LUA_TNIL) {
        problem(r, line, _("%s: 'choices' must be a list of choices"), where);
    }
    lua_pop(L, 1);

    if (s->ending && s->nchoices > 0)
        problem(r, line, _("%s: has both 'ending' and 'choices'; an ending is terminal"), where);
    if (!s->ending && s->nchoices == 0)
        problem(r, line, _("%s: has neither choices nor an ending"), where);
    if (s->ending && !*s->ending)
        problem(r, line, _("%s: 'ending' must be a non-empty label"), where);
}

static int compare_scene_lines(const void *a, const void *b)
{
    const uh_scene *x = a, *y = b;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    return strcmp(x->id, y->id);
}

static void read_scenes(reader *r, lua_State *L, int root)
{
    uh_scenario *sc = r->sc;
    int t = lua_getfield(L, root, "scenes");
    int idx = lua_gettop(L);
    r->scenes_line = find_key(&r->src, "scenes", 1);
    if (t == LUA_TNIL) {
        problem(r, 0, _("missing required field 'scenes'"));
        lua_pop(L, 1);
        return;
    }
    if (t != LUA_TTABLE) {
        problem(r, r->scenes_line, _("'scenes' must be a table of scene id = { ... }"));
        lua_pop(L, 1);
        return;
    }
    size_t n = 0;
    lua_pushnil(L);
    while (n <= MAX_SCENES && lua_next(L, idx)) {
        lua_pop(L, 1);
        n++;
    }
    if (n > MAX_SCENES)
        lua_pop(L, 1);  /* the key the count stopped at */
    if (n == 0) {
        problem(r, r->scenes_line, _("'scenes' is empty"));
        lua_pop(L, 1);
        return;
    }
    if (n > MAX_SCENES) {
        problem(r, r->scenes_line, _("'scenes' has more than the limit of %d scenes"), MAX_SCENES);
        lua_pop(L, 1);
        return;
    }
    sc->scenes = uh_xcalloc(n, sizeof *sc->scenes);
    /* First pass: ids and lines, so scenes can be sorted into source order
     * before their contents are read. */
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            problem(r, r->scenes_line, _("scenes: every key must be a scene id string, found a %s"),
                    luaL_typename(L, -1));
            continue;
        }
        char *id = take_string(r, L, -1, "scenes", "id", r->scenes_line);
        if (!id)
            continue;
        uh_scene *s = &sc->scenes[sc->nscenes++];
        s->id = id;
        s->text_ref = UH_NOREF;
        s->line = find_key(&r->src, s->id, r->scenes_line) ?: r->scenes_line;
    }
    qsort(sc->scenes, sc->nscenes, sizeof *sc->scenes, compare_scene_lines);
    for (size_t i = 0; i < sc->nscenes; i++) {
        uh_scene *s = &sc->scenes[i];
        if (uh_now_ns() > r->deadline)
            luaL_error(L, _("checking the file took more than %d s; it is too big to use"),
                       CHECK_SECONDS);
        if (lua_getfield(L, idx, s->id) != LUA_TTABLE)
            problem(r, s->line, _("scene '%s' must be a table"), s->id);
        else
            read_scene(r, L, lua_gettop(L), s);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static void read_report(reader *r, lua_State *L, int root)
{
    uh_scenario *sc = r->sc;
    int t = lua_getfield(L, root, "report");
    int idx = lua_gettop(L);
    r->report_line = find_key(&r->src, "report", 1);
    int line = r->report_line;
    if (t == LUA_TNIL) {
        problem(r, 0, _("missing required field 'report' ({ facts = { ... } })"));
    } else if (t != LUA_TTABLE) {
        problem(r, line, _("'report' must be a table { facts = { ... } }"));
    } else {
        static const char *const keys[] = {"facts", NULL};
        only_keys(r, L, idx, keys, false, "report", line);
        int ft = lua_getfield(L, idx, "facts");
        int f_idx = lua_gettop(L);
        lua_Integer n = 0;
        if (ft != LUA_TTABLE)
            problem(r, line, _("report: 'facts' must be a list of facts"));
        else
            n = list_length(r, L, f_idx, "report.facts", line);
        if (ft == LUA_TTABLE && n == 0)
            problem(r, line, _("report: at least one fact is required"));
        if (n > 0) {
            sc->facts = uh_xcalloc((size_t)n, sizeof *sc->facts);
            for (lua_Integer i = 1; i <= n; i++) {
                uh_fact *f = &sc->facts[sc->nfacts++];
                f->line = line;
                f->when_ref = UH_NOREF;
                char w[64];
                snprintf(w, sizeof w, "report.facts[%lld]", (long long)i);
                if (lua_rawgeti(L, f_idx, i) != LUA_TTABLE) {
                    problem(r, line, _("%s must be a table { id, text, required = true }"), w);
                    lua_pop(L, 1);
                    continue;
                }
                int e = lua_gettop(L);
                static const char *const fkeys[] = {"id", "text", "required", "decoy", "when",
                                                    "why", NULL};
                only_keys(r, L, e, fkeys, false, w, line);
                require_string(r, L, e, "id", &f->id, w, line);
                if (f->id)
                    f->line = find_quoted(&r->src, f->id, line) ?: line;
                require_string(r, L, e, "text", &f->text, w, f->line);
                f->required = get_bool(r, L, e, "required", w, f->line);
                f->decoy = get_bool(r, L, e, "decoy", w, f->line);
                if (f->required && f->decoy)
                    problem(r, f->line, _("%s: a fact cannot be both required and a decoy"), w);
                get_function(r, L, e, "when", &f->when_ref, w, f->line);
                get_string(r, L, e, "why", &f->why, w, f->line);
                if (f->decoy && (!f->why || !*f->why))
                    problem(r, f->line, _("%s: a decoy needs a 'why' (shown in the debrief when a "
                            "trainee ticks it)"), w);
                lua_pop(L, 1);
            }
            if (uh_scenario_required_facts(sc) == 0)
                problem(r, line, _("report: no fact is marked required = true"));
            bool any_decoy = false;
            for (size_t i = 0; i < sc->nfacts; i++)
                any_decoy |= sc->facts[i].decoy;
            if (!any_decoy)
                problem(r, line, _("report: no fact is marked decoy = true (a report form needs "
                        "something that does not belong in it)"));
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static int read_all(lua_State *L)
{
    reader *r = lua_touserdata(L, 1);
    uh_scenario *sc = r->sc;
    lua_rawgeti(L, LUA_REGISTRYINDEX, r->ref);
    int root = lua_gettop(L);
    static const char *const keys[] = {"id", "title", "tactic", "summary", "minutes", "teaches",
                                       "debrief", "start", "scenes", "report", "audience", NULL};
    only_keys(r, L, root, keys, false, "scenario", 0);

    require_string(r, L, root, "id", &sc->id, "scenario", 0);
    if (sc->id) {
        bool valid = *sc->id && (islower((unsigned char)sc->id[0]) || isdigit((unsigned char)sc->id[0]));
        for (const char *p = sc->id; *p && valid; p++)
            valid = islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '-';
        if (!valid)
            problem(r, find_key(&r->src, "id", 1), _("id '%s' must match ^[a-z0-9][a-z0-9-]*$"),
                    sc->id);
    }
    require_string(r, L, root, "title", &sc->title, "scenario", 0);
    require_string(r, L, root, "summary", &sc->summary, "scenario", 0);
    require_string(r, L, root, "debrief", &sc->debrief, "scenario", 0);
    require_string(r, L, root, "start", &sc->start, "scenario", 0);
    require_string(r, L, root, "tactic", &sc->tactic, "scenario", 0);
    if (sc->tactic && *sc->tactic && !uh_catalog_find(uh_tactics, sc->tactic)) {
        char known[256] = "";
        for (const uh_catalog_entry *e = uh_tactics; e->id; e++)
            snprintf(known + strlen(known), sizeof known - strlen(known), "%s%s",
                     e == uh_tactics ? "" : ", ", e->id);
        problem(r, find_key(&r->src, "tactic", 1), _("unknown tactic '%s' (known: %s)"), sc->tactic,
                known);
    }

    int t = lua_getfield(L, root, "minutes");
    if (t == LUA_TNUMBER && lua_tonumber(L, -1) > 0)
        sc->minutes = lua_tonumber(L, -1);
    else if (t != LUA_TNIL)
        problem(r, find_key(&r->src, "minutes", 1), _("'minutes' must be a positive number"));
    lua_pop(L, 1);

    t = lua_getfield(L, root, "teaches");
    int line = find_key(&r->src, "teaches", 1);
    if (t == LUA_TNIL) {
        problem(r, 0, _("missing required field 'teaches'"));
    } else if (t != LUA_TTABLE) {
        problem(r, line, _("'teaches' must be a non-empty list of mitigation ids"));
    } else {
        lua_Integer n = list_length(r, L, lua_gettop(L), "teaches", line);
        if (n == 0)
            problem(r, line, _("'teaches' must not be empty"));
        if (n > 0) {
            sc->teaches = uh_xcalloc((size_t)n, sizeof *sc->teaches);
            for (lua_Integer i = 1; i <= n; i++) {
                if (lua_rawgeti(L, -1, i) != LUA_TSTRING) {
                    problem(r, line, _("teaches[%lld] must be a mitigation id string"), (long long)i);
                } else {
                    const char *m = lua_tostring(L, -1);
                    if (lua_rawlen(L, -1) > MAX_STRING) {
                        problem(r, line, _("teaches[%lld] is too long"), (long long)i);
                        lua_pop(L, 1);
                        continue;
                    }
                    if (!uh_catalog_find(uh_mitigations, m))
                        problem(r, find_quoted(&r->src, m, line) ?: line,
                                _("unknown mitigation id '%s' in 'teaches'"), m);
                    for (size_t k = 0; k < sc->nteaches; k++)
                        if (strcmp(sc->teaches[k], m) == 0)
                            problem(r, line, _("'teaches' lists '%s' twice"), m);
                    sc->teaches[sc->nteaches++] = uh_xstrdup(m);
                }
                lua_pop(L, 1);
            }
        }
    }
    lua_pop(L, 1);

    t = lua_getfield(L, root, "audience");
    line = find_key(&r->src, "audience", 1);
    if (t != LUA_TNIL && t != LUA_TTABLE) {
        problem(r, line, _("'audience' must be a list of audience ids"));
    } else if (t == LUA_TTABLE) {
        lua_Integer n = list_length(r, L, lua_gettop(L), "audience", line);
        if (n > 0)
            sc->audience = uh_xcalloc((size_t)n, sizeof *sc->audience);
        for (lua_Integer i = 1; i <= n; i++) {
            if (lua_rawgeti(L, -1, i) != LUA_TSTRING) {
                problem(r, line, _("audience[%lld] must be an audience id string"), (long long)i);
            } else {
                const char *a = lua_tostring(L, -1);
                if (lua_rawlen(L, -1) > MAX_STRING) {
                    problem(r, line, _("audience[%lld] is too long"), (long long)i);
                    lua_pop(L, 1);
                    continue;
                }
                if (!uh_catalog_find(uh_audiences, a)) {
                    char known[256] = "";
                    for (const uh_catalog_entry *e = uh_audiences; e->id; e++)
                        snprintf(known + strlen(known), sizeof known - strlen(known), "%s%s",
                                 e == uh_audiences ? "" : ", ", e->id);
                    problem(r, find_quoted(&r->src, a, line) ?: line,
                            _("unknown audience '%s' (known: %s)"), a, known);
                }
                sc->audience[sc->naudience++] = uh_xstrdup(a);
            }
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);

    read_scenes(r, L, root);
    read_report(r, L, root);
    lua_pop(L, 1);
    return 0;
}

/* ---------------------------------------------------------------------
 * Whole-scenario checks: ids, the scene graph, report points, content
 * ------------------------------------------------------------------- */

static int compare_marks(const void *a, const void *b)
{
    const uh_mark *x = *(const uh_mark *const *)a, *y = *(const uh_mark *const *)b;
    int c = strcmp(x->id, y->id);
    return c ? c : (x > y) - (x < y);  /* equal ids stay in source order */
}

static void check_ids(reader *r)
{
    uh_scenario *sc = r->sc;
    /* Flags and innocent details share one namespace; facts have their own.
     * Sorted, so equal ids sit together: each repeat is reported once,
     * against the first, in time n log n however many there are. */
    size_t nmarks = 0;
    for (size_t i = 0; i < sc->nscenes; i++)
        nmarks += sc->scenes[i].nflags + sc->scenes[i].ninnocent;
    const uh_mark **marks = uh_xcalloc(nmarks, sizeof *marks);
    size_t k = 0;
    for (size_t i = 0; i < sc->nscenes; i++) {
        uh_scene *s = &sc->scenes[i];
        for (size_t j = 0; j < s->nflags + s->ninnocent; j++) {
            const uh_mark *m = j < s->nflags ? &s->flags[j] : &s->innocent[j - s->nflags];
            if (m->id)
                marks[k++] = m;
        }
    }
    qsort(marks, k, sizeof *marks, compare_marks);
    for (size_t i = 1, first = 0; i < k; i++) {
        if (strcmp(marks[i]->id, marks[first]->id) != 0)
            first = i;
        else
            problem(r, marks[i]->line, _("duplicate flag/innocent id '%s' (also on line %d)"),
                    marks[i]->id, marks[first]->line);
    }
    free(marks);
    for (size_t i = 0; i < sc->nfacts; i++)
        for (size_t j = 0; j < i; j++)
            if (sc->facts[i].id && sc->facts[j].id && strcmp(sc->facts[i].id, sc->facts[j].id) == 0) {
                problem(r, sc->facts[i].line, _("duplicate fact id '%s'"), sc->facts[i].id);
                break;
            }
}

/* Marks in seen[] every scene reachable from `from` following choices
 * (ignoring `when`: a conservative over-approximation). When skip_reports
 * is true, report choices are not followed. */
static void reach(const uh_scenario *sc, int from, bool skip_reports, bool *seen)
{
    int *stack = uh_xcalloc(sc->nscenes + 1, sizeof *stack);
    size_t top = 0;
    if (from >= 0 && !seen[from]) {
        seen[from] = true;
        stack[top++] = from;
    }
    while (top > 0) {
        const uh_scene *s = &sc->scenes[stack[--top]];
        for (size_t j = 0; j < s->nchoices; j++) {
            int g = s->choices[j].go_index;
            if (g >= 0 && !seen[g] && !(skip_reports && s->choices[j].report)) {
                seen[g] = true;
                stack[top++] = g;
            }
        }
    }
    free(stack);
}

/* can[i] is true when scene i satisfies goal() or has a choice leading to
 * a scene that can: a search backwards along the choices from the goals,
 * in time proportional to scenes plus choices. */
static void can_reach(const uh_scenario *sc, bool *can, bool (*goal)(const uh_scene *))
{
    size_t n = sc->nscenes, nedges = 0;
    size_t *first = uh_xcalloc(n + 1, sizeof *first);  /* incoming edges of g: first[g]..first[g+1] */
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < sc->scenes[i].nchoices; j++)
            if (sc->scenes[i].choices[j].go_index >= 0) {
                first[sc->scenes[i].choices[j].go_index + 1]++;
                nedges++;
            }
    for (size_t g = 0; g < n; g++)
        first[g + 1] += first[g];
    int *from = uh_xcalloc(nedges + 1, sizeof *from), *queue = uh_xcalloc(n + 1, sizeof *queue);
    size_t *fill = uh_xcalloc(n + 1, sizeof *fill);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < sc->scenes[i].nchoices; j++) {
            int g = sc->scenes[i].choices[j].go_index;
            if (g >= 0)
                from[first[g] + fill[g]++] = (int)i;
        }
    size_t head = 0, tail = 0;
    for (size_t i = 0; i < n; i++)
        if ((can[i] = goal(&sc->scenes[i])))
            queue[tail++] = (int)i;
    while (head < tail) {
        int g = queue[head++];
        for (size_t e = first[g]; e < first[g + 1]; e++)
            if (!can[from[e]]) {
                can[from[e]] = true;
                queue[tail++] = from[e];
            }
    }
    free(first);
    free(from);
    free(queue);
    free(fill);
}

static bool is_ending(const uh_scene *s)
{
    return s->ending != NULL;
}

static bool offers_report(const uh_scene *s)
{
    for (size_t j = 0; j < s->nchoices; j++)
        if (s->choices[j].report)
            return true;
    return false;
}

typedef struct scene_key {
    const char *id;
    int index;
} scene_key;

static int compare_scene_keys(const void *a, const void *b)
{
    return strcmp(((const scene_key *)a)->id, ((const scene_key *)b)->id);
}

/* Sorts the scenes' positions by id, for uh_scenario_find_scene. */
static void index_scenes(uh_scenario *sc)
{
    scene_key *keys = uh_xcalloc(sc->nscenes + 1, sizeof *keys);
    for (size_t i = 0; i < sc->nscenes; i++)
        keys[i] = (scene_key){sc->scenes[i].id, (int)i};
    qsort(keys, sc->nscenes, sizeof *keys, compare_scene_keys);
    free(sc->scene_index);
    sc->scene_index = uh_xcalloc(sc->nscenes + 1, sizeof *sc->scene_index);
    for (size_t i = 0; i < sc->nscenes; i++)
        sc->scene_index[i] = keys[i].index;
    free(keys);
}

static void check_graph(reader *r)
{
    uh_scenario *sc = r->sc;
    size_t n = sc->nscenes;
    if (n == 0)
        return;
    index_scenes(sc);
    for (size_t i = 0; i < n; i++) {
        uh_scene *s = &sc->scenes[i];
        for (size_t j = 0; j < s->nchoices; j++) {
            uh_choice *c = &s->choices[j];
            if (!c->go)
                continue;
            c->go_index = uh_scenario_find_scene(sc, c->go);
            if (c->go_index < 0)
                problem(r, c->line, _("scene '%s': choice %zu goes to '%s', which is no scene"), s->id,
                        j + 1, c->go);
            if (c->label && strlen(c->label) > MAX_LABEL)
                problem(r, c->line, _("scene '%s': choice %zu label is %zu characters (at most %d)"),
                        s->id, j + 1, strlen(c->label), MAX_LABEL);
        }
        if (s->ending && s->nflags + s->ninnocent > 0)
            problem(r, s->line, _("scene '%s': flags on an ending can never be marked; move them to "
                    "a scene with choices"), s->id);
    }
    if (!sc->start)
        return;
    sc->start_index = uh_scenario_find_scene(sc, sc->start);
    if (sc->start_index < 0) {
        problem(r, find_key(&r->src, "start", 1), _("start scene '%s' does not exist"), sc->start);
        return;
    }

    bool *seen = uh_xcalloc(n, sizeof *seen);
    bool *before_report = uh_xcalloc(n, sizeof *before_report);
    bool *to_end = uh_xcalloc(n, sizeof *to_end);
    bool *to_report = uh_xcalloc(n, sizeof *to_report);
    reach(sc, sc->start_index, false, seen);
    reach(sc, sc->start_index, true, before_report);
    can_reach(sc, to_end, is_ending);
    can_reach(sc, to_report, offers_report);
    bool any_report = false;
    for (size_t i = 0; i < n; i++) {
        const uh_scene *s = &sc->scenes[i];
        if (!seen[i]) {
            problem(r, s->line, _("scene '%s' cannot be reached from the start scene '%s'"), s->id,
                    sc->start);
            continue;
        }
        any_report |= offers_report(s);
        if (!to_end[i] && s->nchoices > 0)
            problem(r, s->line, _("scene '%s': no ending can be reached from here"), s->id);
        /* Before a report is filed, every branch must still let the
         * trainee report: that is the habit being trained. */
        if (before_report[i] && !s->ending && !to_report[i] && s->nchoices > 0)
            problem(r, s->line, _("scene '%s': no report can be filed on this branch (no choice "
                    "with report = true is reachable from here)"), s->id);
    }
    if (!any_report)
        problem(r, 0, _("no way to file a report: no reachable choice has report = true"));
    free(seen);
    free(before_report);
    free(to_end);
    free(to_report);
}

static int compare_problems(const void *a, const void *b)
{
    const uh_error *x = a, *y = b;
    return (x->line > y->line) - (x->line < y->line);
}

/* ---------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------- */

static uh_scenario *load_text(const char *path, const char *text, size_t len,
                              const uh_config *c, uint32_t seed, uh_problems *problems);

uh_scenario *uh_scenario_load_text(const char *path, const char *text, size_t len,
                                   const uh_config *cfg, uint32_t seed, uh_problems *problems)
{
    if (cfg)
        return load_text(path, text, len, cfg, seed, problems);
    uh_config defaults;
    uh_config_defaults(&defaults);
    uh_scenario *sc = load_text(path, text, len, &defaults, seed, problems);
    uh_config_free(&defaults);
    return sc;
}

static uh_scenario *load_text(const char *path, const char *text, size_t len,
                              const uh_config *c, uint32_t seed, uh_problems *problems)
{
    uh_scenario *sc = uh_xcalloc(1, sizeof *sc);
    sc->path = uh_xstrdup(path);
    uh_sha256_hex(text, len, sc->hash);
    /* A byte-order mark, as some editors write at the start of a UTF-8
     * file, is no part of the Lua text (the lua program skips it too). */
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        text += 3;
        len -= 3;
    }
    sc->source = uh_xmalloc(len + 1);
    memcpy(sc->source, text, len);
    sc->source[len] = '\0';
    sc->source_len = len;
    sc->start_index = -1;
    sc->ok = true;

    size_t first = problems ? problems->count : 0;
    reader r = {.sc = sc, .problems = problems, .ref = LUA_NOREF, .cfg = c};
    uh_error err;
    /* A scenario is a UTF-8 file (text in another encoding would reach the
     * screen, the results and the LRS as garbage). Precompiled chunks are
     * left to the sandbox, which refuses them by name. */
    size_t bad = len && text[0] == '\x1b' ? len : uh_utf8_invalid(text, len);
    if (bad < len) {
        const char *ls = text + bad;
        while (ls > text && ls[-1] != '\n')
            ls--;
        problem(&r, uh_line_of(text, bad),
                _("the file is not UTF-8 (byte 0x%02X in column %zu); save it as UTF-8"),
                (unsigned char)text[bad], (size_t)(text + bad - ls) + 1);
        return sc;
    }
    sc->sandbox = uh_sandbox_new(path, &c->limits, seed, &err);
    if (!sc->sandbox) {
        problem(&r, 0, "%s", err.msg);
        return sc;
    }
    if (uh_sandbox_run_chunk(sc->sandbox, sc->source, len, &err)) {
        problem(&r, err.line, "%s", err.msg);
        return sc;
    }
    lua_State *L = uh_sandbox_lua(sc->sandbox);
    if (!lua_istable(L, -1)) {
        problem(&r, 0, _("the file must return a scenario table (return scenario { ... }), not %s"),
                luaL_typename(L, -1));
        lua_pop(L, 1);
        return sc;
    }
    r.ref = luaL_ref(L, LUA_REGISTRYINDEX);
    source_lines_init(&r.src, sc->source, len);
    r.deadline = uh_now_ns() + (int64_t)CHECK_SECONDS * 1000000000;
    if (uh_sandbox_cpcall(sc->sandbox, read_all, &r, &err))
        problem(&r, err.line, "%s", err.msg);
    else {
        check_ids(&r);
        check_graph(&r);
    }
    source_lines_free(&r.src);
    free(r.records.keys);
    if (problems && problems->count > first)
        qsort(problems->items + first, problems->count - first, sizeof *problems->items,
              compare_problems);
    if (problems && r.nproblems > MAX_PROBLEMS)
        uh_problems_addf(problems, sc->path, 0, _("\xE2\x80\xA6 and %zu more problems"), r.nproblems - MAX_PROBLEMS);
    return sc;
}

uh_scenario *uh_scenario_load(const char *path, const uh_config *cfg, uint32_t seed,
                              uh_problems *problems)
{
    uh_error err;
    size_t len;
    char *text = uh_read_file(path, &len, &err);
    if (!text) {
        uh_scenario *sc = uh_xcalloc(1, sizeof *sc);
        sc->path = uh_xstrdup(path);
        sc->start_index = -1;
        if (problems)
            uh_problems_add(problems, &err);
        return sc;
    }
    uh_scenario *sc = uh_scenario_load_text(path, text, len, cfg, seed, problems);
    free(text);
    return sc;
}

int uh_scenario_find_scene(const uh_scenario *sc, const char *id)
{
    if (!id)
        return -1;
    if (sc->scene_index) {  /* binary search by id */
        size_t lo = 0, hi = sc->nscenes;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            int c = strcmp(sc->scenes[sc->scene_index[mid]].id, id);
            if (c == 0)
                return sc->scene_index[mid];
            if (c < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        return -1;
    }
    for (size_t i = 0; i < sc->nscenes; i++)
        if (strcmp(sc->scenes[i].id, id) == 0)
            return (int)i;
    return -1;
}

const uh_fact *uh_scenario_find_fact(const uh_scenario *sc, const char *id)
{
    for (size_t i = 0; id && i < sc->nfacts; i++)
        if (sc->facts[i].id && strcmp(sc->facts[i].id, id) == 0)
            return &sc->facts[i];
    return NULL;
}

int uh_scenario_required_facts(const uh_scenario *sc)
{
    int n = 0;
    for (size_t i = 0; i < sc->nfacts; i++)
        n += sc->facts[i].required;
    return n;
}

static void free_marks(uh_mark *m, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(m[i].id);
        free(m[i].text);
    }
    free(m);
}

void uh_scenario_free(uh_scenario *sc)
{
    if (!sc)
        return;
    for (size_t i = 0; i < sc->nscenes; i++) {
        uh_scene *s = &sc->scenes[i];
        free(s->id);
        free(s->text);
        free(s->from_name);
        free(s->from_role);
        free(s->from_org);
        free(s->from_avatar);
        free_marks(s->flags, s->nflags);
        free_marks(s->innocent, s->ninnocent);
        for (size_t j = 0; j < s->nchoices; j++) {
            free(s->choices[j].label);
            free(s->choices[j].go);
            free(s->choices[j].how);
            free(s->choices[j].gives);
        }
        free(s->choices);
        free(s->ending);
        free(s->lesson);
        for (size_t j = 0; j < s->ndiscuss; j++)
            free(s->discuss[j]);
        free(s->discuss);
    }
    free(sc->scenes);
    free(sc->scene_index);
    for (size_t i = 0; i < sc->nfacts; i++) {
        free(sc->facts[i].id);
        free(sc->facts[i].text);
        free(sc->facts[i].why);
    }
    free(sc->facts);
    for (size_t i = 0; i < sc->nteaches; i++)
        free(sc->teaches[i]);
    free(sc->teaches);
    for (size_t i = 0; i < sc->naudience; i++)
        free(sc->audience[i]);
    free(sc->audience);
    free(sc->path);
    free(sc->id);
    free(sc->title);
    free(sc->tactic);
    free(sc->summary);
    free(sc->debrief);
    free(sc->start);
    free(sc->source);
    uh_sandbox_free(sc->sandbox);
    free(sc);
}

/* ---------------------------------------------------------------------
 * Library
 * ------------------------------------------------------------------- */

static int compare_paths(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool has_lua_suffix(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && strcmp(name + n - 4, ".lua") == 0;
}

void uh_library_open(uh_library *lib, const char *const *paths, size_t npaths)
{
    memset(lib, 0, sizeof *lib);
    char **files = NULL;
    size_t nfiles = 0, cap = 0;
    for (size_t i = 0; i < npaths; i++) {
        if (uh_is_dir(paths[i])) {
            DIR *d = opendir(paths[i]);
            if (!d) {
                uh_problems_addf(&lib->problems, paths[i], 0, _("cannot open folder"));
                continue;
            }
            for (struct dirent *e; (e = readdir(d));) {
                if (e->d_name[0] == '.' || !has_lua_suffix(e->d_name))
                    continue;
                if (nfiles == cap)
                    files = uh_xrealloc(files, (cap = cap ? 2 * cap : 16) * sizeof *files);
                size_t len = strlen(paths[i]);
                files[nfiles++] = uh_xasprintf("%s%s%s", paths[i],
                                               len && paths[i][len - 1] == '/' ? "" : "/", e->d_name);
            }
            closedir(d);
        } else {
            if (nfiles == cap)
                files = uh_xrealloc(files, (cap = cap ? 2 * cap : 16) * sizeof *files);
            files[nfiles++] = uh_xstrdup(paths[i]);
        }
    }
    if (nfiles > 1)
        qsort(files, nfiles, sizeof *files, compare_paths);
    lib->items = uh_xcalloc(nfiles, sizeof *lib->items);
    lib->pending = files;
    lib->npending = nfiles;
}

const char *uh_library_next_path(const uh_library *lib)
{
    return lib->next < lib->npending ? lib->pending[lib->next] : NULL;
}

bool uh_library_load_next(uh_library *lib, const uh_config *cfg)
{
    if (lib->next >= lib->npending)
        return false;
    char *file = lib->pending[lib->next];
    lib->pending[lib->next++] = NULL;
    uh_scenario *sc = uh_scenario_load(file, cfg, 1, &lib->problems);
    /* Runs load their own copy from the source (uh_run_new), so the state
     * the file was checked in is not needed any more: a Lua state with the
     * scenario's tables would stay in memory for every file. */
    uh_sandbox_free(sc->sandbox);
    sc->sandbox = NULL;
    /* A translation (scenarios/de/x.lua) shares its original's id; ids
     * are unique within one language. */
    char *orig = uh_translation_original_path(sc->path);
    for (size_t j = 0; j < lib->count && sc->id; j++) {
        uh_scenario *other = lib->items[j];
        char *other_orig = uh_translation_original_path(other->path);
        /* Both originals, or translations in the same folder. */
        const char *a = strrchr(sc->path, '/'), *b = strrchr(other->path, '/');
        bool same_dir = a && b && a - sc->path == b - other->path &&
                        strncmp(sc->path, other->path, (size_t)(a - sc->path)) == 0;
        bool same_lang = !orig && !other_orig ? true : orig && other_orig && same_dir;
        free(other_orig);
        if (same_lang && other->id && strcmp(other->id, sc->id) == 0) {
            source_lines sl;
            source_lines_init(&sl, sc->source, sc->source_len);
            int line = find_key(&sl, "id", 1);
            source_lines_free(&sl);
            uh_problems_addf(&lib->problems, sc->path, line,
                             _("duplicate scenario id '%s' (also in %s)"), sc->id, other->path);
            sc->ok = false;
        }
    }
    free(orig);
    lib->items[lib->count++] = sc;
    free(file);
    if (lib->next == lib->npending) {
        free(lib->pending);
        lib->pending = NULL;
        lib->npending = lib->next = 0;
    }
    return true;
}

void uh_library_load(uh_library *lib, const char *const *paths, size_t npaths,
                     const uh_config *cfg)
{
    uh_library_open(lib, paths, npaths);
    while (uh_library_load_next(lib, cfg))
        ;
}

bool uh_scenario_for_audiences(const uh_scenario *sc, char *const *ids, size_t n)
{
    if (n == 0 || sc->naudience == 0)
        return true;
    for (size_t i = 0; i < sc->naudience; i++) {
        if (strcmp(sc->audience[i], "everyone") == 0)
            return true;
        for (size_t j = 0; j < n; j++)
            if (strcmp(sc->audience[i], ids[j]) == 0)
                return true;
    }
    return false;
}

void uh_library_keep_audiences(uh_library *lib, char *const *ids, size_t n)
{
    size_t kept = 0;
    for (size_t i = 0; i < lib->count; i++) {
        if (uh_scenario_for_audiences(lib->items[i], ids, n))
            lib->items[kept++] = lib->items[i];
        else
            uh_scenario_free(lib->items[i]);
    }
    lib->count = kept;
}

uh_scenario *uh_library_find(const uh_library *lib, const char *id)
{
    for (size_t i = 0; i < lib->count; i++)
        if (lib->items[i]->ok && lib->items[i]->id && strcmp(lib->items[i]->id, id) == 0)
            return lib->items[i];
    return NULL;
}

void uh_library_free(uh_library *lib)
{
    if (!lib)
        return;
    for (size_t i = 0; i < lib->count; i++)
        uh_scenario_free(lib->items[i]);
    free(lib->items);
    for (size_t i = lib->next; i < lib->npending; i++)
        free(lib->pending[i]);
    free(lib->pending);
    uh_problems_free(&lib->problems);
    memset(lib, 0, sizeof *lib);
}
