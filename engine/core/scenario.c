/* scenario.c — loading a scenario file and validating it (SPEC §2, §5).
 *
 * Reading happens inside one protected call (uh_sandbox_cpcall) so that a
 * Lua error while walking the returned table (out of memory, say) becomes a
 * problem rather than a crash. Every C allocation is attached to the
 * scenario before the next call that can raise, so a longjmp out of the
 * reader leaks nothing: uh_scenario_free finds it all. */
#include "scenario.h"
#include "translation.h"

#include <ctype.h>
#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "../script/sandbox.h"
#include "util.h"

#define MAX_TEXT 900   /* characters of static scene text that fit one screen */
#define MAX_LABEL 120  /* characters of a choice label */
/* Structural limits. Far above any real story, they keep the validator's
 * graph passes (quadratic in the worst case) quick on a hostile file that
 * generates its scenes in a loop. */
#define MAX_SCENES 2000
#define MAX_LIST 100   /* choices, flags, innocent details, facts, discuss prompts */

/* ---------------------------------------------------------------------
 * Finding lines. Lua keeps no line information for table constructors, so
 * lines of fields are found in the source text: good enough to point an
 * author at the right place, and 0 ("unknown") when the search fails.
 * ------------------------------------------------------------------- */

static bool ident_char(char c)
{
    return isalnum((unsigned char)c) || c == '_';
}

static size_t offset_of_line(const char *src, int line)
{
    size_t off = 0;
    for (int l = 1; l < line && src[off]; off++)
        if (src[off] == '\n')
            l++;
    return off;
}

/* Line of the first `key =` (not `==`) or `["key"] =` at or after line
 * `from`; 0 when not found. */
static int find_key(const char *src, const char *key, int from)
{
    if (!src || !key || !*key)
        return 0;
    size_t klen = strlen(key);
    for (const char *p = src + offset_of_line(src, from > 0 ? from : 1); (p = strstr(p, key));
         p += klen) {
        bool before_ok = p == src || !ident_char(p[-1]);
        if (p > src && (p[-1] == '"' || p[-1] == '\'') && p - 1 > src && p[-2] == '[')
            before_ok = true;
        const char *q = p + klen;
        if (*q == '"' || *q == '\'')
            q++;
        if (*q == ']')
            q++;
        if (!before_ok || ident_char(p[klen]))
            continue;
        while (*q == ' ' || *q == '\t')
            q++;
        if (q[0] == '=' && q[1] != '=')
            return uh_line_of(src, (size_t)(p - src));
    }
    return 0;
}

/* Line of the first quoted occurrence of str at or after line `from`. */
static int find_quoted(const char *src, const char *str, int from)
{
    if (!src || !str)
        return 0;
    size_t n = strlen(str);
    for (const char *p = src + offset_of_line(src, from > 0 ? from : 1); (p = strpbrk(p, "\"'"));
         p++) {
        if (strncmp(p + 1, str, n) == 0 && p[n + 1] == p[0])
            return uh_line_of(src, (size_t)(p - src));
    }
    return 0;
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
} reader;

static void problem(reader *r, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void problem(reader *r, int line, const char *fmt, ...)
{
    r->sc->ok = false;
    if (!r->problems)
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

/* Reports keys of the table at idx not in the NULL-terminated allow-list.
 * Integer keys are allowed only when allow_index is true. */
static void only_keys(reader *r, lua_State *L, int idx, const char *const *allowed,
                      bool allow_index, const char *where, int line)
{
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TSTRING) {
            const char *k = lua_tostring(L, -1);
            const char *const *a = allowed;
            while (*a && strcmp(*a, k) != 0)
                a++;
            if (!*a)
                problem(r, find_key(r->sc->source, k, line) ? find_key(r->sc->source, k, line) : line,
                        "%s: unknown field '%s'", where, k);
        } else if (!(allow_index && lua_isinteger(L, -1) && lua_tointeger(L, -1) == 1)) {
            problem(r, line, "%s: unexpected %s key", where, luaL_typename(L, -1));
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
        *dst = uh_xstrdup(lua_tostring(L, -1));
        ok = true;
    } else if (t != LUA_TNIL) {
        problem(r, find_key(r->sc->source, key, line) ?: line, "%s: '%s' must be a string, not %s",
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
        problem(r, line, "%s: missing required field '%s'", where, key);
    else if (get_string(r, L, idx, key, dst, where, line) && !**dst)
        problem(r, find_key(r->sc->source, key, line) ?: line, "%s: '%s' must not be empty", where,
                key);
}

/* A string or a function(s) -> string field. Functions are referenced in
 * the registry. */
static void get_text(reader *r, lua_State *L, int idx, const char *key, char **dst, int *ref,
                     const char *where, int line)
{
    int t = lua_getfield(L, idx, key);
    if (t == LUA_TSTRING) {
        *dst = uh_xstrdup(lua_tostring(L, -1));
        lua_pop(L, 1);
    } else if (t == LUA_TFUNCTION) {
        *ref = luaL_ref(L, LUA_REGISTRYINDEX);
    } else {
        if (t != LUA_TNIL)
            problem(r, find_key(r->sc->source, key, line) ?: line,
                    "%s: '%s' must be a string or a function, not %s", where, key, lua_typename(L, t));
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
        problem(r, line, "%s: '%s' must be a function, not %s", where, key, lua_typename(L, t));
    lua_pop(L, 1);
}

static bool get_bool(reader *r, lua_State *L, int idx, const char *key, const char *where, int line)
{
    int t = lua_getfield(L, idx, key);
    bool v = lua_toboolean(L, -1);
    if (t != LUA_TNIL && t != LUA_TBOOLEAN)
        problem(r, line, "%s: '%s' must be true or false, not %s", where, key, lua_typename(L, t));
    lua_pop(L, 1);
    return v;
}

/* Length of a proper list at idx (keys 1..n, nothing else); -1 and a
 * problem when it is not one. */
static lua_Integer list_length(reader *r, lua_State *L, int idx, const char *where, int line)
{
    lua_Integer n = (lua_Integer)lua_rawlen(L, idx), count = 0;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        count++;
        if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 || lua_tointeger(L, -1) > n) {
            problem(r, line, "%s: must be a list { ... } with no named fields", where);
            lua_pop(L, 1);
            return -1;
        }
    }
    if (count != n) {
        problem(r, line, "%s: the list has holes", where);
        return -1;
    }
    if (n > MAX_LIST) {
        problem(r, line, "%s: %lld entries, more than the limit of %d", where, (long long)n, MAX_LIST);
        return -1;
    }
    return n;
}

static void read_marks(reader *r, lua_State *L, int scene_idx, const char *key, uh_mark **out,
                       size_t *nout, const char *scene_id, int line)
{
    char where[256];
    snprintf(where, sizeof where, "scene '%s': %s", scene_id, key);
    int t = lua_getfield(L, scene_idx, key);
    int idx = lua_gettop(L);
    if (t == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (t != LUA_TTABLE) {
        problem(r, find_key(r->sc->source, key, line) ?: line, "%s must be a list of { id, text }",
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
                problem(r, line, "%s must be a table { id = ..., text = ... }", w);
                lua_pop(L, 1);
                continue;
            }
            int m_idx = lua_gettop(L);
            static const char *const keys[] = {"id", "text", NULL};
            only_keys(r, L, m_idx, keys, false, w, line);
            require_string(r, L, m_idx, "id", &m->id, w, line);
            require_string(r, L, m_idx, "text", &m->text, w, line);
            if (m->id)
                m->line = find_quoted(r->sc->source, m->id, line) ?: line;
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

static void read_choice(reader *r, lua_State *L, int c_idx, uh_choice *c, const char *scene_id,
                        int index, int scene_line)
{
    char where[256];
    snprintf(where, sizeof where, "scene '%s': choice %d", scene_id, index);
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
        problem(r, scene_line, "%s: give the label either as [1] or as text, not both", where);
    if (has_index) {
        int t = lua_rawgeti(L, c_idx, 1);
        if (t == LUA_TSTRING) {
            c->label = uh_xstrdup(lua_tostring(L, -1));
            lua_pop(L, 1);
        } else if (t == LUA_TFUNCTION) {
            c->label_ref = luaL_ref(L, LUA_REGISTRYINDEX);
        } else {
            problem(r, scene_line, "%s: the label must be a string or a function, not %s", where,
                    lua_typename(L, t));
            lua_pop(L, 1);
        }
    } else if (has_text) {
        get_text(r, L, c_idx, "text", &c->label, &c->label_ref, where, scene_line);
    } else {
        problem(r, scene_line, "%s: missing its label ({ \"label\", go = ... })", where);
    }

    if (get_string(r, L, c_idx, "go", &c->go, where, scene_line))
        c->line = find_quoted(r->sc->source, c->go, scene_line) ?: scene_line;
    else {
        lua_getfield(L, c_idx, "go");
        if (lua_isnil(L, -1))
            problem(r, scene_line, "%s: missing required field 'go'", where);
        lua_pop(L, 1);
    }

    int t = lua_getfield(L, c_idx, "hook");
    if (t != LUA_TNIL) {
        int isint;
        lua_Integer h = lua_tointegerx(L, -1, &isint);
        if (!isint || h < 0 || h > UH_HOOK_MAX)
            problem(r, c->line, "%s: 'hook' must be a whole number from 0 to %d", where, UH_HOOK_MAX);
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
        problem(r, find_quoted(r->sc->source, c->how, c->line) ?: c->line,
                "%s: 'how' names '%s', which is no \"how\" option of the configuration", where,
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
    snprintf(where, sizeof where, "scene '%s'", s->id);
    int line = s->line;
    static const char *const keys[] = {"text", "channel", "from", "flags", "innocent",
                                       "choices", "ending", "lesson", "discuss", NULL};
    only_keys(r, L, s_idx, keys, false, where, line);

    get_text(r, L, s_idx, "text", &s->text, &s->text_ref, where, line);
    if (!s->text && s->text_ref == UH_NOREF) {
        lua_getfield(L, s_idx, "text");
        if (lua_isnil(L, -1))
            problem(r, line, "%s: missing required field 'text'", where);
        lua_pop(L, 1);
    }
    if (s->text && strlen(s->text) > MAX_TEXT)
        problem(r, find_key(r->sc->source, "text", line) ?: line,
                "%s: text is %zu characters, more than fits one screen (%d)", where,
                strlen(s->text), MAX_TEXT);

    char *channel = NULL;
    s->channel = UH_CHANNEL_NARRATION;
    if (get_string(r, L, s_idx, "channel", &channel, where, line)) {
        int ch = uh_channel_from_id(channel);
        if (ch < 0)
            problem(r, find_key(r->sc->source, "channel", line) ?: line,
                    "%s: unknown channel '%s' (narration, linkedin, email, phone, chat, in_person)",
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
        problem(r, line, "%s: 'from' must be a table { name, role, org, avatar }", where);
    }
    lua_pop(L, 1);

    read_marks(r, L, s_idx, "flags", &s->flags, &s->nflags, s->id, line);
    read_marks(r, L, s_idx, "innocent", &s->innocent, &s->ninnocent, s->id, line);
    get_string(r, L, s_idx, "ending", &s->ending, where, line);
    if (get_string(r, L, s_idx, "lesson", &s->lesson, where, line) && !s->ending)
        problem(r, find_key(r->sc->source, "lesson", line) ?: line,
                "%s: 'lesson' belongs on an ending (what to take away from that path)", where);

    t = lua_getfield(L, s_idx, "discuss");
    if (t == LUA_TSTRING) {
        s->discuss = uh_xcalloc(1, sizeof *s->discuss);
        s->discuss[s->ndiscuss++] = uh_xstrdup(lua_tostring(L, -1));
    } else if (t == LUA_TTABLE) {
        int d_idx = lua_gettop(L);
        lua_Integer n = list_length(r, L, d_idx, "discuss", line);
        if (n > 0) {
            s->discuss = uh_xcalloc((size_t)n, sizeof *s->discuss);
            for (lua_Integer i = 1; i <= n; i++) {
                if (lua_rawgeti(L, d_idx, i) == LUA_TSTRING)
                    s->discuss[s->ndiscuss++] = uh_xstrdup(lua_tostring(L, -1));
                else
                    problem(r, line, "%s: discuss[%lld] must be a string", where, (long long)i);
                lua_pop(L, 1);
            }
        }
    } else if (t != LUA_TNIL) {
        problem(r, line, "%s: 'discuss' must be a string or a list of strings", where);
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
                    problem(r, line, "%s: choice %lld must be a table { \"label\", go = ... }",
                            where, (long long)i);
                else
                    read_choice(r, L, lua_gettop(L), c, s->id, (int)i, line);
                lua_pop(L, 1);
            }
        }
    } else if (t != LUA_TNIL) {
        problem(r, line, "%s: 'choices' must be a list of choices", where);
    }
    lua_pop(L, 1);

    if (s->ending && s->nchoices > 0)
        problem(r, line, "%s: has both 'ending' and 'choices'; an ending is terminal", where);
    if (!s->ending && s->nchoices == 0)
        problem(r, line, "%s: has neither choices nor an ending", where);
    if (s->ending && !*s->ending)
        problem(r, line, "%s: 'ending' must be a non-empty label", where);
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
    r->scenes_line = find_key(sc->source, "scenes", 1);
    if (t == LUA_TNIL) {
        problem(r, 0, "missing required field 'scenes'");
        lua_pop(L, 1);
        return;
    }
    if (t != LUA_TTABLE) {
        problem(r, r->scenes_line, "'scenes' must be a table of scene id = { ... }");
        lua_pop(L, 1);
        return;
    }
    size_t n = 0;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        n++;
    }
    if (n == 0) {
        problem(r, r->scenes_line, "'scenes' is empty");
        lua_pop(L, 1);
        return;
    }
    if (n > MAX_SCENES) {
        problem(r, r->scenes_line, "'scenes' has %zu scenes, more than the limit of %d", n, MAX_SCENES);
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
            problem(r, r->scenes_line, "scenes: every key must be a scene id string, found a %s",
                    luaL_typename(L, -1));
            continue;
        }
        uh_scene *s = &sc->scenes[sc->nscenes++];
        s->id = uh_xstrdup(lua_tostring(L, -1));
        s->text_ref = UH_NOREF;
        s->line = find_key(sc->source, s->id, r->scenes_line) ?: r->scenes_line;
    }
    qsort(sc->scenes, sc->nscenes, sizeof *sc->scenes, compare_scene_lines);
    for (size_t i = 0; i < sc->nscenes; i++) {
        uh_scene *s = &sc->scenes[i];
        if (lua_getfield(L, idx, s->id) != LUA_TTABLE)
            problem(r, s->line, "scene '%s' must be a table", s->id);
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
    r->report_line = find_key(sc->source, "report", 1);
    int line = r->report_line;
    if (t == LUA_TNIL) {
        problem(r, 0, "missing required field 'report' ({ facts = { ... } })");
    } else if (t != LUA_TTABLE) {
        problem(r, line, "'report' must be a table { facts = { ... } }");
    } else {
        static const char *const keys[] = {"facts", NULL};
        only_keys(r, L, idx, keys, false, "report", line);
        int ft = lua_getfield(L, idx, "facts");
        int f_idx = lua_gettop(L);
        lua_Integer n = 0;
        if (ft != LUA_TTABLE)
            problem(r, line, "report: 'facts' must be a list of facts");
        else
            n = list_length(r, L, f_idx, "report.facts", line);
        if (ft == LUA_TTABLE && n == 0)
            problem(r, line, "report: at least one fact is required");
        if (n > 0) {
            sc->facts = uh_xcalloc((size_t)n, sizeof *sc->facts);
            for (lua_Integer i = 1; i <= n; i++) {
                uh_fact *f = &sc->facts[sc->nfacts++];
                f->line = line;
                f->when_ref = UH_NOREF;
                char w[64];
                snprintf(w, sizeof w, "report.facts[%lld]", (long long)i);
                if (lua_rawgeti(L, f_idx, i) != LUA_TTABLE) {
                    problem(r, line, "%s must be a table { id, text, required = true }", w);
                    lua_pop(L, 1);
                    continue;
                }
                int e = lua_gettop(L);
                static const char *const fkeys[] = {"id", "text", "required", "decoy", "when",
                                                    "why", NULL};
                only_keys(r, L, e, fkeys, false, w, line);
                require_string(r, L, e, "id", &f->id, w, line);
                if (f->id)
                    f->line = find_quoted(sc->source, f->id, line) ?: line;
                require_string(r, L, e, "text", &f->text, w, f->line);
                f->required = get_bool(r, L, e, "required", w, f->line);
                f->decoy = get_bool(r, L, e, "decoy", w, f->line);
                if (f->required && f->decoy)
                    problem(r, f->line, "%s: a fact cannot be both required and a decoy", w);
                get_function(r, L, e, "when", &f->when_ref, w, f->line);
                get_string(r, L, e, "why", &f->why, w, f->line);
                if (f->decoy && (!f->why || !*f->why))
                    problem(r, f->line, "%s: a decoy needs a 'why' (shown in the debrief when a "
                            "trainee ticks it)", w);
                lua_pop(L, 1);
            }
            if (uh_scenario_required_facts(sc) == 0)
                problem(r, line, "report: no fact is marked required = true");
            bool any_decoy = false;
            for (size_t i = 0; i < sc->nfacts; i++)
                any_decoy |= sc->facts[i].decoy;
            if (!any_decoy)
                problem(r, line, "report: no fact is marked decoy = true (a report form needs "
                        "something that does not belong in it)");
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
            problem(r, find_key(sc->source, "id", 1), "id '%s' must match ^[a-z0-9][a-z0-9-]*$",
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
        problem(r, find_key(sc->source, "tactic", 1), "unknown tactic '%s' (known: %s)", sc->tactic,
                known);
    }

    int t = lua_getfield(L, root, "minutes");
    if (t == LUA_TNUMBER && lua_tonumber(L, -1) > 0)
        sc->minutes = lua_tonumber(L, -1);
    else if (t != LUA_TNIL)
        problem(r, find_key(sc->source, "minutes", 1), "'minutes' must be a positive number");
    lua_pop(L, 1);

    t = lua_getfield(L, root, "teaches");
    int line = find_key(sc->source, "teaches", 1);
    if (t == LUA_TNIL) {
        problem(r, 0, "missing required field 'teaches'");
    } else if (t != LUA_TTABLE) {
        problem(r, line, "'teaches' must be a non-empty list of mitigation ids");
    } else {
        lua_Integer n = list_length(r, L, lua_gettop(L), "teaches", line);
        if (n == 0)
            problem(r, line, "'teaches' must not be empty");
        if (n > 0) {
            sc->teaches = uh_xcalloc((size_t)n, sizeof *sc->teaches);
            for (lua_Integer i = 1; i <= n; i++) {
                if (lua_rawgeti(L, -1, i) != LUA_TSTRING) {
                    problem(r, line, "teaches[%lld] must be a mitigation id string", (long long)i);
                } else {
                    const char *m = lua_tostring(L, -1);
                    if (!uh_catalog_find(uh_mitigations, m))
                        problem(r, find_quoted(sc->source, m, line) ?: line,
                                "unknown mitigation id '%s' in 'teaches'", m);
                    for (size_t k = 0; k < sc->nteaches; k++)
                        if (strcmp(sc->teaches[k], m) == 0)
                            problem(r, line, "'teaches' lists '%s' twice", m);
                    sc->teaches[sc->nteaches++] = uh_xstrdup(m);
                }
                lua_pop(L, 1);
            }
        }
    }
    lua_pop(L, 1);

    t = lua_getfield(L, root, "audience");
    line = find_key(sc->source, "audience", 1);
    if (t != LUA_TNIL && t != LUA_TTABLE) {
        problem(r, line, "'audience' must be a list of audience ids");
    } else if (t == LUA_TTABLE) {
        lua_Integer n = list_length(r, L, lua_gettop(L), "audience", line);
        if (n > 0)
            sc->audience = uh_xcalloc((size_t)n, sizeof *sc->audience);
        for (lua_Integer i = 1; i <= n; i++) {
            if (lua_rawgeti(L, -1, i) != LUA_TSTRING) {
                problem(r, line, "audience[%lld] must be an audience id string", (long long)i);
            } else {
                const char *a = lua_tostring(L, -1);
                if (!uh_catalog_find(uh_audiences, a)) {
                    char known[256] = "";
                    for (const uh_catalog_entry *e = uh_audiences; e->id; e++)
                        snprintf(known + strlen(known), sizeof known - strlen(known), "%s%s",
                                 e == uh_audiences ? "" : ", ", e->id);
                    problem(r, find_quoted(sc->source, a, line) ?: line,
                            "unknown audience '%s' (known: %s)", a, known);
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

static void check_ids(reader *r)
{
    uh_scenario *sc = r->sc;
    /* Flags and innocent details share one namespace; facts have their own. */
    size_t nmarks = 0;
    for (size_t i = 0; i < sc->nscenes; i++)
        nmarks += sc->scenes[i].nflags + sc->scenes[i].ninnocent;
    const uh_mark **marks = uh_xcalloc(nmarks, sizeof *marks);
    size_t k = 0;
    for (size_t i = 0; i < sc->nscenes; i++) {
        uh_scene *s = &sc->scenes[i];
        for (size_t j = 0; j < s->nflags + s->ninnocent; j++) {
            const uh_mark *m = j < s->nflags ? &s->flags[j] : &s->innocent[j - s->nflags];
            if (!m->id)
                continue;
            for (size_t q = 0; q < k; q++)
                if (strcmp(marks[q]->id, m->id) == 0)
                    problem(r, m->line, "duplicate flag/innocent id '%s' (also on line %d)", m->id,
                            marks[q]->line);
            marks[k++] = m;
        }
    }
    free(marks);
    for (size_t i = 0; i < sc->nfacts; i++)
        for (size_t j = 0; j < i; j++)
            if (sc->facts[i].id && sc->facts[j].id && strcmp(sc->facts[i].id, sc->facts[j].id) == 0)
                problem(r, sc->facts[i].line, "duplicate fact id '%s'", sc->facts[i].id);
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

/* Fixed point: can[i] is true when scene i satisfies goal() or has a choice
 * leading to a scene that can. */
static void can_reach(const uh_scenario *sc, bool *can, bool (*goal)(const uh_scene *))
{
    for (size_t i = 0; i < sc->nscenes; i++)
        can[i] = goal(&sc->scenes[i]);
    for (bool changed = true; changed;) {
        changed = false;
        for (size_t i = 0; i < sc->nscenes; i++) {
            if (can[i])
                continue;
            const uh_scene *s = &sc->scenes[i];
            for (size_t j = 0; j < s->nchoices && !can[i]; j++)
                if (s->choices[j].go_index >= 0 && can[s->choices[j].go_index])
                    can[i] = changed = true;
        }
    }
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

static void check_graph(reader *r)
{
    uh_scenario *sc = r->sc;
    size_t n = sc->nscenes;
    if (n == 0)
        return;
    for (size_t i = 0; i < n; i++) {
        uh_scene *s = &sc->scenes[i];
        for (size_t j = 0; j < s->nchoices; j++) {
            uh_choice *c = &s->choices[j];
            if (!c->go)
                continue;
            c->go_index = uh_scenario_find_scene(sc, c->go);
            if (c->go_index < 0)
                problem(r, c->line, "scene '%s': choice %zu goes to '%s', which is no scene", s->id,
                        j + 1, c->go);
            if (c->label && strlen(c->label) > MAX_LABEL)
                problem(r, c->line, "scene '%s': choice %zu label is %zu characters (at most %d)",
                        s->id, j + 1, strlen(c->label), MAX_LABEL);
        }
        if (s->ending && s->nflags + s->ninnocent > 0)
            problem(r, s->line, "scene '%s': flags on an ending can never be marked; move them to "
                    "a scene with choices", s->id);
    }
    if (!sc->start)
        return;
    sc->start_index = uh_scenario_find_scene(sc, sc->start);
    if (sc->start_index < 0) {
        problem(r, find_key(sc->source, "start", 1), "start scene '%s' does not exist", sc->start);
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
            problem(r, s->line, "scene '%s' cannot be reached from the start scene '%s'", s->id,
                    sc->start);
            continue;
        }
        any_report |= offers_report(s);
        if (!to_end[i] && s->nchoices > 0)
            problem(r, s->line, "scene '%s': no ending can be reached from here", s->id);
        /* Before a report is filed, every branch must still let the
         * trainee report: that is the habit being trained. */
        if (before_report[i] && !s->ending && !to_report[i] && s->nchoices > 0)
            problem(r, s->line, "scene '%s': no report can be filed on this branch (no choice "
                    "with report = true is reachable from here)", s->id);
    }
    if (!any_report)
        problem(r, 0, "no way to file a report: no reachable choice has report = true");
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
    sc->source = uh_xmalloc(len + 1);
    memcpy(sc->source, text, len);
    sc->source[len] = '\0';
    sc->source_len = len;
    sc->start_index = -1;
    sc->ok = true;
    uh_sha256_hex(text, len, sc->hash);

    size_t first = problems ? problems->count : 0;
    reader r = {.sc = sc, .problems = problems, .ref = LUA_NOREF, .cfg = c};
    uh_error err;
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
        problem(&r, 0, "the file must return a scenario table (return scenario { ... }), not %s",
                luaL_typename(L, -1));
        lua_pop(L, 1);
        return sc;
    }
    r.ref = luaL_ref(L, LUA_REGISTRYINDEX);
    if (uh_sandbox_cpcall(sc->sandbox, read_all, &r, &err))
        problem(&r, err.line, "%s", err.msg);
    else {
        check_ids(&r);
        check_graph(&r);
    }
    if (problems && problems->count > first)
        qsort(problems->items + first, problems->count - first, sizeof *problems->items,
              compare_problems);
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
    for (size_t i = 0; id && i < sc->nscenes; i++)
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

void uh_library_load(uh_library *lib, const char *const *paths, size_t npaths,
                     const uh_config *cfg)
{
    memset(lib, 0, sizeof *lib);
    char **files = NULL;
    size_t nfiles = 0, cap = 0;
    for (size_t i = 0; i < npaths; i++) {
        if (uh_is_dir(paths[i])) {
            DIR *d = opendir(paths[i]);
            if (!d) {
                uh_problems_addf(&lib->problems, paths[i], 0, "cannot open folder");
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
    for (size_t i = 0; i < nfiles; i++) {
        uh_scenario *sc = uh_scenario_load(files[i], cfg, 1, &lib->problems);
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
                int line = find_key(sc->source, "id", 1);
                uh_problems_addf(&lib->problems, sc->path, line,
                                 "duplicate scenario id '%s' (also in %s)", sc->id, other->path);
                sc->ok = false;
            }
        }
        free(orig);
        lib->items[lib->count++] = sc;
        free(files[i]);
    }
    free(files);
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
    uh_problems_free(&lib->problems);
    memset(lib, 0, sizeof *lib);
}
