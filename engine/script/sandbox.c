/* sandbox.c — the scenario sandbox (SPEC §2). */
#include "sandbox.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lualib.h>

#include "../core/util.h"

/* The chunk name scripts see in their own messages; errors are rewritten to
 * the real path, which may be longer than Lua's LUA_IDSIZE. */
#define CHUNK_NAME "=scenario"
#define CHUNK_TAG "scenario:"
/* The count hook fires every HOOK_STEP VM instructions. */
#define HOOK_STEP 1000

struct uh_sandbox {
    lua_State *L;
    char *file;
    long long budget, used;  /* instructions per call, and spent so far */
    size_t cap, mem;         /* memory cap and bytes held */
    bool tripped;            /* the budget ran out during this call */
    bool mem_hit;            /* an allocation was refused during this call */
};

/* Globals a scenario may see; everything else the base library defines is
 * removed. The libraries below are opened in addition. */
static const char *const allowed_globals[] = {
    "assert", "error", "ipairs", "next", "pairs", "pcall", "xpcall", "rawequal", "rawget",
    "rawlen", "select", "tonumber", "tostring", "type", "string", "table", "math", "utf8",
    "scenario", NULL,
};

static const luaL_Reg libs[] = {
    {LUA_GNAME, luaopen_base},
    {LUA_STRLIBNAME, luaopen_string},
    {LUA_TABLIBNAME, luaopen_table},
    {LUA_MATHLIBNAME, luaopen_math},
    {LUA_UTF8LIBNAME, luaopen_utf8},
    {NULL, NULL},
};

static uh_sandbox *sandbox_of(lua_State *L)
{
    void *ud;
    lua_getallocf(L, &ud);
    return ud;
}

/* ---------------------------------------------------------------------
 * Limits: the allocator and the instruction budget
 * ------------------------------------------------------------------- */

static void *capped_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    uh_sandbox *sb = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        sb->mem -= old;
        return NULL;
    }
    if (nsize > old && sb->mem + (nsize - old) > sb->cap) {
        sb->mem_hit = true;
        return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (p)
        sb->mem = sb->mem - old + nsize;
    return p;
}

static void count_hook(lua_State *L, lua_Debug *ar)
{
    uh_sandbox *sb = sandbox_of(L);
    sb->used += HOOK_STEP;
    if (sb->used <= sb->budget && !sb->tripped)
        return;
    sb->tripped = true;
    /* Fire on every instruction from now on: a script's pcall that catches
     * this error is itself stopped at its next instruction. */
    lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
    lua_getinfo(L, "Sl", ar);
    luaL_error(L, "%s:%d: instruction budget of %I VM instructions exceeded", ar->short_src,
               ar->currentline, (lua_Integer)sb->budget);
}

/* Charges work done inside a C library function against the budget, as if
 * it had been `cost` VM instructions. Raises the budget error when the
 * work would not fit. */
static void charge(lua_State *L, double cost)
{
    uh_sandbox *sb = sandbox_of(L);
    if (cost > (double)(sb->budget - sb->used) || sb->tripped) {
        sb->tripped = true;
        lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
        luaL_error(L, "instruction budget of %I VM instructions exceeded (by a library call)",
                   (lua_Integer)sb->budget);
    }
    sb->used += (long long)cost;
}

/* ---------------------------------------------------------------------
 * Wrapped library functions. Lua's pattern matcher backtracks: with q
 * unbounded quantifiers a subject of n bytes can cost about n^(q+1) steps,
 * none of them a VM instruction, so the count hook never sees them. The
 * wrappers charge that bound (divided by 8, since a C step is far cheaper
 * than a VM instruction) before calling the real function.
 * ------------------------------------------------------------------- */

static int quantifiers(const char *p, size_t n)
{
    int q = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '%') {
            i++;
            if (i < n && (p[i] == 'b' || p[i] == 'f'))
                q++;
        } else if (p[i] == '*' || p[i] == '+' || p[i] == '-' || p[i] == '?') {
            q++;
        }
    }
    return q;
}

static int pattern_call(lua_State *L)
{
    size_t n, pn;
    luaL_checklstring(L, 1, &n);
    const char *p = luaL_checklstring(L, 2, &pn);
    double cost = pow((double)n + 1, quantifiers(p, pn) + 1) / 8.0 + (double)n / 8.0;
    charge(L, cost);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

static int rep_call(lua_State *L)
{
    size_t l, lsep = 0;
    luaL_checklstring(L, 1, &l);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &lsep);
    if (n > 0 && l + lsep == 0) {  /* the stock loop would spin n times */
        lua_pushliteral(L, "");
        return 1;
    }
    if (n > 0)
        charge(L, (double)n * (double)(l + lsep) / 64.0 + (double)n / 8.0);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static int move_call(lua_State *L)
{
    lua_Integer f = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3);
    if (e >= f)
        charge(L, ((double)e - (double)f + 1.0) / 4.0);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

/* xpcall(f, msgh, ...): the stock version calls msgh at the point of the
 * error. When that error comes from the budget hook, Lua is still inside
 * the hook with hooks disabled, so a looping msgh would never be stopped.
 * This version catches the error first and then calls msgh as an ordinary
 * function, with the budget armed. Scripts see the same results. */
static int safe_xpcall(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 2);  /* keep msgh above the call */
    lua_rotate(L, 3, 1);  /* f, msgh, msgh, args... */
    lua_pushvalue(L, 1);
    lua_rotate(L, 4, 1);  /* f, msgh, msgh, f, args... */
    int status = lua_pcall(L, n - 2, LUA_MULTRET, 0);
    if (status == LUA_OK) {
        lua_pushboolean(L, 1);
        lua_replace(L, 3);
        return lua_gettop(L) - 2;
    }
    lua_call(L, 1, 1);  /* msgh(err), budget still armed */
    lua_pushboolean(L, 0);
    lua_insert(L, -2);
    return 2;
}

/* Replaces lib[name] with wrapper, which receives the original as upvalue 1.
 * Expects the library table on top of the stack. */
static void wrap(lua_State *L, const char *name, lua_CFunction wrapper)
{
    lua_getfield(L, -1, name);
    lua_pushcclosure(L, wrapper, 1);
    lua_setfield(L, -2, name);
}

/* ---------------------------------------------------------------------
 * Building the state
 * ------------------------------------------------------------------- */

static int scenario_identity(lua_State *L)
{
    lua_settop(L, 1);
    return 1;
}

/* Runs inside a protected call: opens the allowed libraries and strips
 * everything else. */
static int setup(lua_State *L)
{
    uint32_t seed = (uint32_t)lua_tointeger(L, 1);
    for (const luaL_Reg *lib = libs; lib->func; lib++) {
        luaL_requiref(L, lib->name, lib->func, 1);
        lua_pop(L, 1);
    }
    lua_pushcfunction(L, scenario_identity);
    lua_setglobal(L, "scenario");
    lua_pushcfunction(L, safe_xpcall);
    lua_setglobal(L, "xpcall");

    /* Remove every global not on the allow-list. Collect first: clearing
     * fields while traversing with next is only allowed for existing keys,
     * which holds, but collecting keeps the intent obvious. */
    lua_pushglobaltable(L);
    lua_newtable(L);  /* keys to remove */
    int nremove = 0;
    lua_pushnil(L);
    while (lua_next(L, -3)) {
        lua_pop(L, 1);
        bool keep = false;
        if (lua_type(L, -1) == LUA_TSTRING) {
            const char *k = lua_tostring(L, -1);
            for (const char *const *a = allowed_globals; *a && !keep; a++)
                keep = strcmp(*a, k) == 0;
        }
        if (!keep) {
            lua_pushvalue(L, -1);
            lua_rawseti(L, -3, ++nremove);
        }
    }
    for (int i = 1; i <= nremove; i++) {
        lua_rawgeti(L, -1, i);
        lua_pushnil(L);
        lua_rawset(L, -4);
    }
    lua_pop(L, 1);

    /* string: no dump; the same table is the string metatable's __index, so
     * ("").dump is gone too. */
    lua_getfield(L, -1, "string");
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    wrap(L, "find", pattern_call);
    wrap(L, "match", pattern_call);
    wrap(L, "gmatch", pattern_call);
    wrap(L, "gsub", pattern_call);
    wrap(L, "rep", rep_call);
    lua_pop(L, 1);
    lua_getfield(L, -1, "table");
    wrap(L, "move", move_call);
    lua_pop(L, 1);

    /* Deterministic math.random: seeded here, and randomseed removed
     * (SPEC v2) so a script can neither reseed from the clock nor read the
     * seed it returns, which mixes in a heap address. */
    lua_getfield(L, -1, "math");
    lua_getfield(L, -1, "randomseed");
    lua_pushinteger(L, (lua_Integer)seed);
    lua_call(L, 1, 0);
    lua_pushnil(L);
    lua_setfield(L, -2, "randomseed");
    lua_pop(L, 1);
    return 0;
}

uh_sandbox *uh_sandbox_new(const char *file, long long budget, size_t memory_cap, uint32_t seed,
                           uh_error *err)
{
    uh_sandbox *sb = uh_xcalloc(1, sizeof *sb);
    sb->file = uh_xstrdup(file ? file : "?");
    sb->budget = budget;
    sb->cap = memory_cap;
    sb->L = lua_newstate(capped_alloc, sb);
    if (!sb->L) {
        uh_error_set(err, sb->file, 0, "cannot create a Lua state within the memory cap");
        uh_sandbox_free(sb);
        return NULL;
    }
    lua_pushcfunction(sb->L, setup);
    lua_pushinteger(sb->L, seed);
    if (lua_pcall(sb->L, 1, 0, 0) != LUA_OK) {
        uh_error_set(err, sb->file, 0, "cannot set up the sandbox: %s",
                     lua_tostring(sb->L, -1) ? lua_tostring(sb->L, -1) : "?");
        uh_sandbox_free(sb);
        return NULL;
    }
    return sb;
}

lua_State *uh_sandbox_lua(uh_sandbox *sb)
{
    return sb->L;
}

const char *uh_sandbox_file(const uh_sandbox *sb)
{
    return sb->file;
}

size_t uh_sandbox_memory(const uh_sandbox *sb)
{
    return sb->mem;
}

void uh_sandbox_free(uh_sandbox *sb)
{
    if (!sb)
        return;
    if (sb->L)
        lua_close(sb->L);
    free(sb->file);
    free(sb);
}

/* ---------------------------------------------------------------------
 * Protected calls
 * ------------------------------------------------------------------- */

/* Message handler: makes sure the error is a string. Runs no script code
 * (scripts cannot set metatables, so luaL_tolstring has no __tostring to
 * call). */
static int msghandler(lua_State *L)
{
    if (lua_type(L, 1) != LUA_TSTRING)
        luaL_tolstring(L, 1, NULL);
    return 1;
}

/* Names removed on purpose (SPEC §2); a script touching one gets told so. */
static const char *const forbidden_globals[] = {
    "os", "io", "require", "package", "load", "loadfile", "dofile", "debug", "collectgarbage",
    "setmetatable", "getmetatable", "rawset", "print", "coroutine", "loadstring", NULL,
};

/* When msg complains about a nil global that the sandbox removed on
 * purpose, returns that name (pointing into the static list). */
static const char *forbidden_global(const char *msg)
{
    const char *g = strstr(msg, "(global '");
    if (!g)
        g = strstr(msg, "(field 'dump')") ? "dump" : NULL;
    if (g && strcmp(g, "dump") == 0)
        return "string.dump";
    if (!g)
        return NULL;
    g += strlen("(global '");
    for (const char *const *f = forbidden_globals; *f; f++)
        if (strncmp(g, *f, strlen(*f)) == 0 && g[strlen(*f)] == '\'')
            return *f;
    return NULL;
}

/* Turns the error message on top of the stack into err, mapping the
 * "scenario:LINE:" prefix Lua adds to the real file and line. */
static void take_error(uh_sandbox *sb, int status, uh_error *err)
{
    const char *msg = lua_type(sb->L, -1) == LUA_TSTRING ? lua_tostring(sb->L, -1) : NULL;
    int line = 0;
    if (msg) {
        const char *tag = strstr(msg, CHUNK_TAG);
        if (tag) {
            char *end;
            long l = strtol(tag + strlen(CHUNK_TAG), &end, 10);
            if (end != tag + strlen(CHUNK_TAG) && *end == ':') {
                line = (int)l;
                msg = end + 1;
                while (*msg == ' ')
                    msg++;
            }
        }
    }
    if (sb->mem_hit || status == LUA_ERRMEM)
        uh_error_set(err, sb->file, line, "memory cap of %zu MiB exceeded", sb->cap >> 20);
    else if (sb->tripped && (!msg || !strstr(msg, "instruction budget")))
        uh_error_set(err, sb->file, line, "instruction budget of %lld VM instructions exceeded",
                     sb->budget);
    else if (status == LUA_ERRSYNTAX)
        uh_error_set(err, sb->file, line, "syntax error: %s", msg ? msg : "?");
    else if (msg && forbidden_global(msg))
        uh_error_set(err, sb->file, line, "%s: '%s' is not available in the scenario sandbox", msg,
                     forbidden_global(msg));
    else
        uh_error_set(err, sb->file, line, "%s", msg ? msg : "error in error handling");
}

/* Resets the per-call limits and installs the hook. */
static void arm(uh_sandbox *sb)
{
    sb->used = 0;
    sb->tripped = false;
    sb->mem_hit = false;
    lua_sethook(sb->L, count_hook, LUA_MASKCOUNT, HOOK_STEP);
}

static void disarm(uh_sandbox *sb)
{
    lua_sethook(sb->L, NULL, 0, 0);
}

int uh_sandbox_call(uh_sandbox *sb, int nargs, int nresults, uh_error *err)
{
    lua_State *L = sb->L;
    int base = lua_gettop(L) - nargs;  /* index of the function */
    if (!lua_checkstack(L, 4)) {
        lua_settop(L, base - 1);
        return uh_error_set(err, sb->file, 0, "Lua stack exhausted");
    }
    lua_pushcfunction(L, msghandler);
    lua_insert(L, base);
    arm(sb);
    int status = lua_pcall(L, nargs, nresults, base);
    disarm(sb);
    if (status != LUA_OK) {
        take_error(sb, status, err);
        lua_settop(L, base - 1);
        return -1;
    }
    lua_remove(L, base);
    /* A refused allocation the script caught with pcall still means the
     * scenario broke its memory cap. */
    if (sb->mem_hit) {
        lua_settop(L, base - 1);
        return uh_error_set(err, sb->file, 0, "memory cap of %zu MiB exceeded", sb->cap >> 20);
    }
    return 0;
}

int uh_sandbox_run_chunk(uh_sandbox *sb, const char *text, size_t len, uh_error *err)
{
    lua_State *L = sb->L;
    sb->mem_hit = false;
    int status = luaL_loadbufferx(L, text, len, CHUNK_NAME, "t");
    if (status != LUA_OK) {
        if (len > 0 && text[0] == LUA_SIGNATURE[0]) {
            lua_pop(L, 1);
            return uh_error_set(err, sb->file, 0,
                                "precompiled (bytecode) chunks are refused; give the Lua source");
        }
        take_error(sb, status, err);
        lua_pop(L, 1);
        return -1;
    }
    if (uh_sandbox_call(sb, 0, 1, err))
        return -1;
    return 0;
}

typedef struct cpcall_args {
    lua_CFunction fn;
    void *ud;
} cpcall_args;

static int cpcall_tramp(lua_State *L)
{
    cpcall_args *a = lua_touserdata(L, 1);
    lua_pushcfunction(L, a->fn);
    lua_pushlightuserdata(L, a->ud);
    lua_call(L, 1, 0);
    return 0;
}

int uh_sandbox_cpcall(uh_sandbox *sb, lua_CFunction fn, void *ud, uh_error *err)
{
    cpcall_args a = {fn, ud};
    int top = lua_gettop(sb->L);
    lua_pushcfunction(sb->L, cpcall_tramp);
    lua_pushlightuserdata(sb->L, &a);
    sb->mem_hit = false;
    int status = lua_pcall(sb->L, 1, 0, 0);
    if (status != LUA_OK) {
        take_error(sb, status, err);
        lua_settop(sb->L, top);
        return -1;
    }
    lua_settop(sb->L, top);
    return 0;
}
