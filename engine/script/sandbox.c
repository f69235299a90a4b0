/* SPDX-License-Identifier: Apache-2.0 */
/* sandbox.c — the scenario sandbox (SPEC §2). */
#define _GNU_SOURCE  /* SIGEV_THREAD_ID, gettid */
#include "sandbox.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lualib.h>

#include "../core/clock.h"
#include "../core/i18n.h"
#include "../core/util.h"

/* The deadline timer needs POSIX timers, signals sent to one thread and
 * Linux thread ids; a build without them (the browser's) relies on the
 * hook's clock reads alone. */
#if defined(__linux__) && !defined(__EMSCRIPTEN__)
#define UH_DEADLINE_TIMER 1
#endif

/* The chunk name scripts see in their own messages; errors are rewritten to
 * the real path, which may be longer than Lua's LUA_IDSIZE. */
#define CHUNK_NAME "=scenario"
#define CHUNK_TAG "scenario:"
/* The count hook fires every HOOK_STEP VM instructions and reads the clock.
 * Some single instructions are slow (comparing two strings of 16 MiB takes
 * milliseconds), so a timer also makes the hook fire at the deadline (see
 * "The deadline timer" below). */
#define HOOK_STEP 1000
/* The allocator reads the clock after this many bytes. */
#define CLOCK_EVERY_BYTES ((size_t)1 << 20)

/* C work is charged in "units" worth about one VM instruction each (some
 * 4 ns on a small machine). The rates below were measured per library
 * function (CPU time per unit within a factor of two of a VM instruction,
 * or cheaper): copying is cheap per byte, scanning with a decision per byte
 * dearer, and a step of the pattern matcher or of a sort costs about one
 * instruction. */
#define COPY_BYTES_PER_UNIT 16.0
#define ALLOC_BYTES_PER_UNIT 64.0
/* Used to ask whether a library call could finish in the time left; the
 * clock read after the call catches what the estimate missed. */
#define NS_PER_UNIT 4.0

typedef enum limit {
    LIMIT_NONE,
    LIMIT_INSTRUCTIONS,
    LIMIT_CALL_TIME,
    LIMIT_SCENE_TIME,
    LIMIT_STOP,
} limit;

struct uh_sandbox {
    lua_State *L;
    char *file;
    long long budget, used;  /* instructions per call, and spent so far */
    size_t cap, mem;         /* memory cap and bytes held */
    int call_ms, scene_ms;   /* time per call and per step */
    int64_t step_used;       /* ns spent in calls during this step */
    int64_t started;         /* when the call in progress began */
    int64_t deadline;        /* when it must have ended */
    limit deadline_kind;     /* which limit the deadline comes from */
    size_t alloc_since_clock;
    bool armed;              /* a call is in progress */
    limit tripped;           /* the limit broken during this call */
    bool mem_refused;        /* an allocation was refused during this call */
    bool mem_error;          /* a memory error was raised (and maybe caught) */
    lua_Integer next_id;     /* numbers tostring gives tables and functions */
    volatile sig_atomic_t poked;  /* the hook was set to fire at once */
#ifdef UH_DEADLINE_TIMER
    bool has_timer;
    timer_t timer;           /* signals its thread at the call's deadline */
    pid_t tid;               /* that thread */
    pthread_t thread;
#endif
};

static volatile sig_atomic_t stop_requested;
/* The sandbox whose call is in progress, for the signal handlers. */
static uh_sandbox *volatile running;

static void count_hook(lua_State *L, lua_Debug *ar);
static void take_error(uh_sandbox *sb, int status, uh_error *err);

/* Makes the running script's hook fire at its next instruction. Safe in a
 * signal handler that interrupted the thread running the script: Lua's
 * lua_sethook is written for that (lua.c stops a script on Ctrl-C so). */
static void poke(uh_sandbox *sb)
{
    if (sb && sb == running) {
        sb->poked = 1;
        lua_sethook(sb->L, count_hook, LUA_MASKCOUNT, 1);
    }
}

#ifdef UH_DEADLINE_TIMER
static int deadline_signal(void)
{
    return SIGRTMIN + 5;
}
#endif

void uh_sandbox_interrupt(void)
{
    stop_requested = 1;
    uh_sandbox *sb = running;
    if (!sb)
        return;
#ifdef UH_DEADLINE_TIMER
    if (sb->tid == gettid())
        poke(sb);
    else if (sb->has_timer)  /* the signal came to another thread: pass it on */
        pthread_sigqueue(sb->thread, deadline_signal(), (union sigval){.sival_ptr = sb});
#else
    poke(sb);
#endif
}

bool uh_sandbox_interrupted(void) { return stop_requested != 0; }
void uh_sandbox_clear_interrupt(void) { stop_requested = 0; }

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
 * Limits
 * ------------------------------------------------------------------- */

/* Records that a limit was broken and makes the hook fire on every
 * instruction from now on: a script's pcall that catches the error is
 * itself stopped at its next instruction. Only sets fields, so it is safe
 * anywhere, the allocator included. */
static void trip(uh_sandbox *sb, limit why)
{
    if (sb->tripped == LIMIT_NONE)
        sb->tripped = why;
    lua_sethook(sb->L, count_hook, LUA_MASKCOUNT, 1);
}

/* Reads the clock; trips and returns true when the call is out of time or
 * the program is stopping. */
static bool out_of_time(uh_sandbox *sb, int64_t *now_out)
{
    int64_t now = uh_now_ns();
    if (now_out)
        *now_out = now;
    if (stop_requested)
        trip(sb, LIMIT_STOP);
    else if (now >= sb->deadline)
        trip(sb, sb->deadline_kind);
    return sb->tripped != LIMIT_NONE;
}

/* The message for the limit that was broken, without file or line. */
static const char *limit_message(const uh_sandbox *sb, char *buf, size_t n)
{
    switch (sb->tripped) {
    case LIMIT_INSTRUCTIONS:
        snprintf(buf, n, _("instruction budget of %lld VM instructions exceeded"), sb->budget);
        break;
    case LIMIT_CALL_TIME:
        snprintf(buf, n, _("time limit of %d ms per call exceeded"), sb->call_ms);
        break;
    case LIMIT_SCENE_TIME:
        snprintf(buf, n, _("time limit of %d ms per scene exceeded (loading the file, or the calls "
                           "that show one scene, share it)"), sb->scene_ms);
        break;
    case LIMIT_STOP:
        snprintf(buf, n, "%s", _("stopped: the program is shutting down"));
        break;
    default:
        snprintf(buf, n, "no limit");
        break;
    }
    return buf;
}

/* Line of the innermost script function on the call stack, or 0. */
static int script_line(lua_State *L)
{
    lua_Debug ar;
    for (int level = 0; lua_getstack(L, level, &ar); level++)
        if (lua_getinfo(L, "Sl", &ar) && ar.currentline > 0 && strcmp(ar.what, "C") != 0)
            return ar.currentline;
    return 0;
}

/* Raises the broken limit as "scenario:LINE: message". */
static int raise_limit(lua_State *L, int line)
{
    char buf[200];
    limit_message(sandbox_of(L), buf, sizeof buf);
    if (line > 0)
        lua_pushfstring(L, CHUNK_TAG "%d: %s", line, buf);
    else
        lua_pushstring(L, buf);
    return lua_error(L);
}

static void count_hook(lua_State *L, lua_Debug *ar)
{
    uh_sandbox *sb = sandbox_of(L);
    if (sb->tripped == LIMIT_NONE && !out_of_time(sb, NULL)) {
        sb->used += HOOK_STEP;
        if (sb->used <= sb->budget) {
            if (sb->poked) {  /* a stray timer signal: back to the normal step */
                sb->poked = 0;
                lua_sethook(L, count_hook, LUA_MASKCOUNT, HOOK_STEP);
            }
            return;
        }
        trip(sb, LIMIT_INSTRUCTIONS);
    }
    lua_getinfo(L, "l", ar);
    raise_limit(L, ar->currentline);
}

/* The state's allocator: enforces the memory cap, charges bytes allocated
 * during a call as work (copying them took time no instruction counted),
 * and reads the clock now and then. It never raises: a broken limit trips
 * the hook, which raises at the next instruction. */
static void *capped_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    uh_sandbox *sb = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        sb->mem -= old;
        return NULL;
    }
    if (nsize > old) {
        size_t grow = nsize - old;
        if (sb->mem + grow > sb->cap) {
            sb->mem_refused = true;
            return NULL;
        }
        if (sb->armed && sb->tripped == LIMIT_NONE) {
            sb->used += (long long)(grow / ALLOC_BYTES_PER_UNIT);
            if (sb->used > sb->budget)
                trip(sb, LIMIT_INSTRUCTIONS);
            sb->alloc_since_clock += grow;
            if (sb->alloc_since_clock >= CLOCK_EVERY_BYTES) {
                sb->alloc_since_clock = 0;
                out_of_time(sb, NULL);
            }
        }
    }
    void *p = realloc(ptr, nsize);
    if (p)
        sb->mem = sb->mem - old + nsize;
    return p;
}

/* Charges work done inside a C library function, as `units` VM
 * instructions, before it runs. Raises when a limit is already broken, when
 * the work would not fit the instruction budget, or when even at an
 * optimistic rate it could not finish in the time left. */
static void charge(lua_State *L, double units)
{
    uh_sandbox *sb = sandbox_of(L);
    if (!sb->armed)
        return;
    if (sb->tripped == LIMIT_NONE) {
        int64_t now;
        if (!(units <= (double)(sb->budget - sb->used)))  /* also catches NaN */
            trip(sb, LIMIT_INSTRUCTIONS);
        else if (!out_of_time(sb, &now) && units * NS_PER_UNIT > (double)(sb->deadline - now))
            trip(sb, sb->deadline_kind);
    }
    if (sb->tripped != LIMIT_NONE)
        raise_limit(L, script_line(L));
    sb->used += (long long)units;
}

/* After a library call: raises when it ran past the deadline. */
static void after_call(lua_State *L)
{
    uh_sandbox *sb = sandbox_of(L);
    if (sb->armed && (sb->tripped != LIMIT_NONE || out_of_time(sb, NULL)))
        raise_limit(L, script_line(L));
}

/* ---------------------------------------------------------------------
 * The deadline timer. Reading the clock in the hook cannot stop a single
 * slow instruction, nor notice the deadline until the next hook; so a POSIX
 * timer on CLOCK_MONOTONIC sends a signal to the thread running the call
 * when its time is up, and the handler pokes the hook, which then raises at
 * the next instruction. Without a timer (timer_create failed, or the call
 * runs on another thread than the one that made the sandbox) the clock
 * reads alone bound a call, a little more loosely.
 * ------------------------------------------------------------------- */

#ifdef UH_DEADLINE_TIMER
static void on_deadline(int sig, siginfo_t *si, void *ctx)
{
    (void)sig;
    (void)ctx;
    int saved = errno;
    poke(si->si_value.sival_ptr);
    errno = saved;
}

static bool install_handler(void)
{
    static int installed;  /* 0: not tried, 1: done, -1: failed */
    if (!installed) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_sigaction = on_deadline;
        sa.sa_flags = SA_SIGINFO | SA_RESTART;
        sigemptyset(&sa.sa_mask);
        installed = sigaction(deadline_signal(), &sa, NULL) == 0 ? 1 : -1;
    }
    return installed == 1;
}

static void timer_open(uh_sandbox *sb)
{
    sb->tid = gettid();
    sb->thread = pthread_self();
    if (!install_handler())
        return;
    struct sigevent sev;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_THREAD_ID;
    sev.sigev_signo = deadline_signal();
    sev.sigev_value.sival_ptr = sb;
    sev._sigev_un._tid = sb->tid;
    sb->has_timer = timer_create(CLOCK_MONOTONIC, &sev, &sb->timer) == 0;
}

/* Sets the timer to fire at at_ns (CLOCK_MONOTONIC), or stops it (0). */
static void timer_at(uh_sandbox *sb, int64_t at_ns)
{
    if (!sb->has_timer || sb->tid != gettid())
        return;
    struct itimerspec its;
    memset(&its, 0, sizeof its);
    if (at_ns > 0) {
        its.it_value.tv_sec = (time_t)(at_ns / 1000000000);
        its.it_value.tv_nsec = (long)(at_ns % 1000000000);
    }
    timer_settime(sb->timer, at_ns > 0 ? TIMER_ABSTIME : 0, &its, NULL);
}
#else
static void timer_open(uh_sandbox *sb) { (void)sb; }
static void timer_at(uh_sandbox *sb, int64_t at_ns) { (void)sb; (void)at_ns; }
#endif

/* ---------------------------------------------------------------------
 * What library calls cost. Each function reads the arguments the way the
 * library function will (without converting them) and returns the worst
 * case in units.
 * ------------------------------------------------------------------- */

/* Length of argument i when it is a string (numbers are short), else 0. */
static double str_arg_len(lua_State *L, int i)
{
    size_t n = 0;
    if (lua_type(L, i) == LUA_TSTRING)
        lua_tolstring(L, i, &n);
    return (double)n;
}

static double int_arg(lua_State *L, int i, double dflt)
{
    int isnum;
    lua_Integer v = lua_tointegerx(L, i, &isnum);
    return isnum ? (double)v : dflt;
}

/* A table's border without metamethods (scripts cannot set any). */
static double table_len(lua_State *L, int i)
{
    return lua_type(L, i) == LUA_TTABLE ? (double)lua_rawlen(L, i) : 0;
}

static double cost_args(lua_State *L)
{
    return 1 + lua_gettop(L);
}

/* Every string argument scanned once at bytes_per_unit, plus one unit per
 * argument. */
static double scan_args(lua_State *L, double bytes_per_unit)
{
    double bytes = 0;
    for (int i = 1; i <= lua_gettop(L); i++)
        bytes += str_arg_len(L, i);
    return 1 + lua_gettop(L) + bytes / bytes_per_unit;
}

static double cost_scan8(lua_State *L) { return scan_args(L, 8); }  /* upper, reverse, tonumber */
static double cost_scan4(lua_State *L) { return scan_args(L, 4); }  /* packsize */
static double cost_scan2(lua_State *L) { return scan_args(L, 2); }  /* utf8.len, utf8.offset */

/* Values pushed for positions i..j of a string of length n (string.byte,
 * utf8.codepoint: j defaults to i). */
static double cost_slice(lua_State *L)
{
    double n = str_arg_len(L, 1);
    double i = int_arg(L, 2, 1), j = int_arg(L, 3, i);
    if (i < 0)
        i = n + i + 1;
    if (j < 0)
        j = n + j + 1;
    if (i < 1)
        i = 1;
    if (j > n)
        j = n;
    return 1 + (j >= i ? j - i + 1 : 0);
}

/* Worst-case steps of Lua's pattern matcher for pattern p on a subject of
 * n bytes. Items are read as lstrlib.c reads them. For each start position
 * the matcher may, for an item with a quantifier, try the rest of the
 * pattern after every possible expansion; so with the cost of the rest
 * written R, an item costs its class's cost c plus:
 *
 *   no quantifier, capture, anchor  R
 *   ?                               2R
 *   * + -                           (n+1)(c+R)
 *   %b                              n + R
 *   a back-reference %1..%9         n/16 + R (a memcmp)
 *
 * computed front to back as a running sum and product. An expansion that
 * ends the pattern is tried once, not for every expansion, and a match
 * that reaches it succeeds: its n·c is paid once per call, not per start.
 * A set [...] costs its length per character tested. */
static double pattern_steps(const char *p, size_t lp, double n, bool find_plain)
{
    if (find_plain)  /* lmemfind: memchr, then memcmp at each candidate */
        return (n >= (double)lp ? n - (double)lp + 1 : 1) * ((double)lp / COPY_BYTES_PER_UNIT + 1);
    size_t i = 0;
    bool anchored = lp > 0 && p[0] == '^';
    if (anchored)
        i++;
    double sum = 0, prod = 1, once = 0;
    while (i < lp) {
        double c = 1;  /* cost of testing one character against the item */
        bool single = true;
        char ch = p[i];
        if (ch == '(' || ch == ')') {
            i++;
            single = false;
        } else if (ch == '$' && i + 1 == lp) {
            i++;
            single = false;
        } else if (ch == '%' && i + 1 < lp && p[i + 1] == 'b') {
            sum += prod * n;
            i += 4;
            continue;
        } else if (ch == '%' && i + 1 < lp && p[i + 1] == 'f') {
            i += 2;
            size_t start = i;
            if (i < lp && p[i] == '[') {
                i++;
                if (i < lp && p[i] == '^')
                    i++;
                do {
                    if (i < lp && p[i] == '%')
                        i++;
                    i++;
                } while (i < lp && p[i] != ']');
                i++;
            }
            sum += prod * (double)(i - start);
            continue;
        } else if (ch == '%' && i + 1 < lp && p[i + 1] >= '0' && p[i + 1] <= '9') {
            sum += prod * n / COPY_BYTES_PER_UNIT;  /* a memcmp of the capture */
            i += 2;
            continue;
        } else if (ch == '%') {
            i += 2;
        } else if (ch == '[') {
            size_t start = i++;
            if (i < lp && p[i] == '^')
                i++;
            do {  /* the first ']' after '[' or '[^' is a member */
                if (i < lp && p[i] == '%')
                    i++;
                i++;
            } while (i < lp && p[i] != ']');
            i++;
            c = (double)(i - start);
        } else {
            i++;
        }
        if (!single) {
            sum += prod;
            continue;
        }
        char q = i < lp ? p[i] : 0;
        bool quantified = q == '?' || q == '*' || q == '+' || q == '-';
        if (quantified)
            i++;
        /* Only closing captures may follow an expansion that ends the
         * pattern; '$' does not count (it fails until the subject's end). */
        size_t after = i;
        while (after < lp && p[after] == ')')
            after++;
        bool last = after >= lp;
        if (!quantified) {
            sum += prod * c;
        } else if (q == '?') {
            sum += prod * c;
            prod *= 2;
        } else if (last) {
            sum += prod * c;
            once += prod * c * n;
        } else {
            sum += prod * c * (n + 1);
            prod *= n + 1;
        }
    }
    double starts = anchored ? 1 : n + 1;
    return starts * (sum + prod) + once;
}

/* find, match, gmatch, gsub: (s, pattern, ...). gmatch pays here for all
 * its iterations: together they try each start position once. */
static double cost_pattern(lua_State *L, bool find)
{
    size_t lp = 0;
    double n = str_arg_len(L, 1);
    const char *p = lua_type(L, 2) == LUA_TSTRING ? lua_tolstring(L, 2, &lp) : "";
    /* find takes a pattern with no special character (anywhere, NULs
     * included) as plain text, as lstrlib.c does. */
    bool plain = find && lua_toboolean(L, 4);
    if (find && !plain) {
        plain = true;
        for (size_t i = 0; i < lp && plain; i++)
            plain = p[i] == 0 || !strchr("^$*+?.([%-", p[i]);
    }
    return 1 + pattern_steps(p, lp, n, plain) + n / COPY_BYTES_PER_UNIT;
}

static double cost_find(lua_State *L) { return cost_pattern(L, true); }
static double cost_match(lua_State *L) { return cost_pattern(L, false); }

/* gsub also builds its result: a few units per position. */
static double cost_gsub(lua_State *L)
{
    return cost_pattern(L, false) + 2 * str_arg_len(L, 1);
}

static double cost_rep(lua_State *L)
{
    double l = str_arg_len(L, 1), sep = str_arg_len(L, 3), n = int_arg(L, 2, 0);
    return n > 0 ? 1 + n * (l + sep) / COPY_BYTES_PER_UNIT + n / 8 : 1;
}

/* table.concat(t, sep, i, j): one step per element (their bytes are paid
 * as the result is allocated). */
static double cost_concat(lua_State *L)
{
    double i = int_arg(L, 3, 1), j = int_arg(L, 4, table_len(L, 1));
    return 1 + 3 * (j >= i ? j - i + 1 : 0);
}

/* table.unpack(t, i, j): one step per value pushed. */
static double cost_unpack(lua_State *L)
{
    double i = int_arg(L, 2, 1), j = int_arg(L, 3, table_len(L, 1));
    return 1 + (j >= i ? j - i + 1 : 0);
}

/* table.insert(t, pos, v) shifts the elements from pos up; insert(t, v)
 * appends. */
static double cost_insert(lua_State *L)
{
    double n = table_len(L, 1), pos = int_arg(L, 2, n + 1);
    return 1 + 2 * (lua_gettop(L) == 3 && n >= pos ? n - pos + 1 : 0);
}

/* table.remove(t, pos) shifts the elements above pos down. */
static double cost_remove(lua_State *L)
{
    double n = table_len(L, 1), pos = int_arg(L, 2, n);
    return 1 + 2 * (n >= pos ? n - pos + 1 : 0);
}

static double cost_move(lua_State *L)
{
    double f = int_arg(L, 2, 1), e = int_arg(L, 3, 0);
    return 1 + (e >= f ? e - f + 1 : 0);
}

/* table.sort: n log n comparisons (a Lua comparator's own instructions
 * are counted by the hook as usual). */
static double cost_sort(lua_State *L)
{
    double n = table_len(L, 1);
    return 1 + n * log2(n + 2) * 5;
}

/* string.pack(fmt, ...): the format read, every string copied, every
 * value. */
static double cost_pack(lua_State *L)
{
    return str_arg_len(L, 1) / 4 + scan_args(L, COPY_BYTES_PER_UNIT);
}

/* string.unpack(fmt, s, pos): the format read and the data scanned. */
static double cost_unpack_str(lua_State *L)
{
    return 1 + str_arg_len(L, 1) / 4 + str_arg_len(L, 2) / 8;
}

/* utf8.char(...): a buffer operation per character. */
static double cost_utf8_char(lua_State *L)
{
    return 1 + 10.0 * lua_gettop(L);
}

/* ---------------------------------------------------------------------
 * Guarded library functions
 * ------------------------------------------------------------------- */

typedef struct guard {
    const char *lib;   /* library table, or NULL for a global */
    const char *name;
    double (*cost)(lua_State *L);
} guard;

static const guard guards[] = {
    {"string", "byte", cost_slice},
    {"string", "char", cost_args},
    {"string", "find", cost_find},
    {"string", "gmatch", cost_match},
    {"string", "gsub", cost_gsub},
    {"string", "lower", cost_scan8},
    {"string", "match", cost_match},
    {"string", "pack", cost_pack},
    {"string", "packsize", cost_scan4},
    {"string", "rep", cost_rep},
    {"string", "reverse", cost_scan8},
    {"string", "sub", cost_args},
    {"string", "unpack", cost_unpack_str},
    {"string", "upper", cost_scan8},
    {"table", "concat", cost_concat},
    {"table", "insert", cost_insert},
    {"table", "move", cost_move},
    {"table", "pack", cost_args},
    {"table", "remove", cost_remove},
    {"table", "sort", cost_sort},
    {"table", "unpack", cost_unpack},
    {"utf8", "char", cost_utf8_char},
    {"utf8", "codepoint", cost_slice},
    {"utf8", "len", cost_scan2},
    {"utf8", "offset", cost_scan2},
    {NULL, "select", cost_args},
    {NULL, "tonumber", cost_scan8},
    {NULL, NULL, NULL},
};

/* The wrapper: upvalue 1 is the library's own C function, upvalue 2 the
 * guard. The original runs in this same frame (it needs no upvalues of its
 * own), so its argument errors name the function as the script called it. */
static int guarded(lua_State *L)
{
    const guard *g = lua_touserdata(L, lua_upvalueindex(2));
    lua_CFunction original = lua_tocfunction(L, lua_upvalueindex(1));
    charge(L, g->cost(L));
    int n = original(L);
    after_call(L);
    return n;
}

/* string.rep of an empty string (and separator) would spin n times in the
 * stock loop for nothing. */
static int guarded_rep(lua_State *L)
{
    size_t l, lsep = 0;
    luaL_checklstring(L, 1, &l);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &lsep);
    if (n > 0 && l + lsep == 0) {
        lua_pushliteral(L, "");
        return 1;
    }
    return guarded(L);
}

/* The string metatable's arithmetic (string coercion: "10" + 1) scans its
 * operands. */
static int guarded_arith(lua_State *L)
{
    lua_CFunction original = lua_tocfunction(L, lua_upvalueindex(1));
    charge(L, scan_args(L, 8));
    int n = original(L);
    after_call(L);
    return n;
}

/* ---------------------------------------------------------------------
 * No addresses: tostring, string.format and error values
 * ------------------------------------------------------------------- */

static const char ids_key = 'i';  /* registry key of the id table */
static const char pristine_key = 'p';  /* the globals as set up (uh_sandbox_restart) */
static const char seed_fn_key = 's';   /* math.randomseed, out of the scripts' reach */
static const char chunk_key = 'c';     /* the chunk kept by uh_sandbox_keep_chunk */

/* Pushes "TYPE: #N" for the object at idx: N numbers objects in the order
 * a script first asks for them, so it is the same on every run. */
static void push_object_name(lua_State *L, int idx)
{
    idx = lua_absindex(L, idx);
    uh_sandbox *sb = sandbox_of(L);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &ids_key);
    lua_pushvalue(L, idx);
    lua_rawget(L, -2);
    lua_Integer id = lua_tointeger(L, -1);
    lua_pop(L, 1);
    if (id == 0) {
        id = ++sb->next_id;
        lua_pushvalue(L, idx);
        lua_pushinteger(L, id);
        lua_rawset(L, -3);
    }
    lua_pop(L, 1);
    lua_pushfstring(L, "%s: #%I", luaL_typename(L, idx), (LUAI_UACINT)id);
}

static bool has_address(lua_State *L, int idx)
{
    int t = lua_type(L, idx);
    return t == LUA_TTABLE || t == LUA_TFUNCTION || t == LUA_TUSERDATA || t == LUA_TTHREAD ||
           t == LUA_TLIGHTUSERDATA;
}

static int safe_tostring(lua_State *L)
{
    luaL_checkany(L, 1);
    if (has_address(L, 1))
        push_object_name(L, 1);
    else
        luaL_tolstring(L, 1, NULL);
    return 1;
}

/* string.format: "%p" prints an address and is refused; "%s" of a table
 * or function gets the same name tostring gives. The format string is
 * walked the way lstrlib.c walks it (flags, width, precision, then one
 * conversion letter). */
static int guarded_format(lua_State *L)
{
    size_t lf;
    const char *f = luaL_checklstring(L, 1, &lf);
    int arg = 1;
    for (size_t i = 0; i < lf; i++) {
        if (f[i] != '%')
            continue;
        if (++i < lf && f[i] == '%')
            continue;
        while (i < lf && strchr("-+ #0123456789.", f[i]))
            i++;
        if (i >= lf)
            break;
        arg++;
        if (f[i] == 'p')
            return luaL_error(L, "%s", _("'%p' is not available in the scenario sandbox"));
        if (f[i] == 's' && arg <= lua_gettop(L) && has_address(L, arg)) {
            push_object_name(L, arg);
            lua_replace(L, arg);
        }
    }
    charge(L, scan_args(L, 2));  /* "%q" escapes byte by byte */
    lua_CFunction original = lua_tocfunction(L, lua_upvalueindex(1));
    int n = original(L);
    after_call(L);
    return n;
}

/* ---------------------------------------------------------------------
 * pcall and xpcall
 * ------------------------------------------------------------------- */

/* pcall(f, ...): the stock behaviour, except that running out of memory
 * cannot be caught: the memory cap is a limit, like the budget. */
static int safe_pcall(lua_State *L)
{
    luaL_checkany(L, 1);
    int status = lua_pcall(L, lua_gettop(L) - 1, LUA_MULTRET, 0);
    if (status == LUA_ERRMEM) {
        sandbox_of(L)->mem_error = true;
        return lua_error(L);
    }
    lua_pushboolean(L, status == LUA_OK);
    lua_insert(L, 1);
    return lua_gettop(L);
}

/* xpcall(f, msgh, ...): the stock version calls msgh at the point of the
 * error. When that error comes from the budget hook, Lua is still inside
 * the hook with hooks disabled, so a looping msgh would never be stopped.
 * This version catches the error first and then calls msgh as an ordinary
 * function, with the budget armed. Scripts see the same results. A memory
 * error is not caught (see safe_pcall). */
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
    if (status == LUA_ERRMEM) {
        sandbox_of(L)->mem_error = true;
        return lua_error(L);
    }
    lua_call(L, 1, 1);  /* msgh(err), budget still armed */
    lua_pushboolean(L, 0);
    lua_insert(L, -2);
    return 2;
}

/* ---------------------------------------------------------------------
 * Building the state
 * ------------------------------------------------------------------- */

static int scenario_identity(lua_State *L)
{
    lua_settop(L, 1);
    return 1;
}

/* Replaces t[name] (t on top of the stack) with wrapper, which gets the
 * original as upvalue 1 and extra as upvalue 2. */
static void wrap(lua_State *L, const char *name, lua_CFunction wrapper, const void *extra)
{
    lua_getfield(L, -1, name);
    lua_pushlightuserdata(L, (void *)extra);
    lua_pushcclosure(L, wrapper, 2);
    lua_setfield(L, -2, name);
}

/* Pushes a shallow copy of the table at idx. */
static void copy_table(lua_State *L, int idx)
{
    idx = lua_absindex(L, idx);
    lua_newtable(L);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, -4);
    }
}

/* Pushes a new table for the numbers tostring gives objects; weak keys, so
 * they do not keep anything alive. */
static void new_ids(lua_State *L)
{
    lua_newtable(L);
    lua_newtable(L);
    lua_pushliteral(L, "k");
    lua_setfield(L, -2, "__mode");
    lua_setmetatable(L, -2);
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
    lua_pushcfunction(L, safe_pcall);
    lua_setglobal(L, "pcall");
    lua_pushcfunction(L, safe_tostring);
    lua_setglobal(L, "tostring");

    new_ids(L);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &ids_key);

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
    lua_pop(L, 1);

    for (const guard *g = guards; g->name; g++) {
        if (g->lib)
            lua_getfield(L, -1, g->lib);
        else
            lua_pushvalue(L, -1);
        wrap(L, g->name, strcmp(g->name, "rep") == 0 ? guarded_rep : guarded, g);
        lua_pop(L, 1);
    }
    lua_getfield(L, -1, "string");
    wrap(L, "format", guarded_format, NULL);
    lua_pop(L, 1);

    /* The string metatable's arithmetic metamethods. */
    static const char *const arith[] = {"__add", "__sub", "__mul", "__div", "__mod", "__pow",
                                        "__unm", "__idiv", NULL};
    lua_pushliteral(L, "");
    if (lua_getmetatable(L, -1)) {
        for (const char *const *m = arith; *m; m++)
            if (lua_getfield(L, -1, *m) == LUA_TFUNCTION) {
                lua_pop(L, 1);
                wrap(L, *m, guarded_arith, NULL);
            } else {
                lua_pop(L, 1);
            }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);

    /* Deterministic math.random: seeded here, and randomseed removed
     * (SPEC v2) so a script can neither reseed from the clock nor read the
     * seed it returns, which mixes in a heap address. */
    lua_getfield(L, -1, "math");
    lua_getfield(L, -1, "randomseed");
    lua_pushvalue(L, -1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &seed_fn_key);
    lua_pushinteger(L, (lua_Integer)seed);
    lua_call(L, 1, 0);
    lua_pushnil(L);
    lua_setfield(L, -2, "randomseed");
    lua_pop(L, 1);

    /* What a fresh state's scripts find, kept for uh_sandbox_restart: the
     * globals, each library table copied (scripts may change their own). */
    lua_newtable(L);
    lua_pushnil(L);
    while (lua_next(L, -3)) {
        if (lua_istable(L, -1))
            copy_table(L, -1);
        else
            lua_pushvalue(L, -1);
        lua_pushvalue(L, -3);
        lua_insert(L, -2);
        lua_rawset(L, -5);
        lua_pop(L, 1);
    }
    lua_rawsetp(L, LUA_REGISTRYINDEX, &pristine_key);
    return 0;
}

uh_sandbox *uh_sandbox_new(const char *file, const uh_limits *limits, uint32_t seed,
                           uh_error *err)
{
    uh_sandbox *sb = uh_xcalloc(1, sizeof *sb);
    sb->file = uh_xstrdup(file ? file : "?");
    sb->budget = limits->instructions;
    sb->cap = limits->memory;
    sb->call_ms = limits->time_ms > 0 ? limits->time_ms : 1000;
    sb->scene_ms = limits->scene_time_ms > 0 ? limits->scene_time_ms : sb->call_ms;
    timer_open(sb);
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

void uh_sandbox_new_step(uh_sandbox *sb)
{
    sb->step_used = 0;
}

/* Runs inside a protected call: a fresh global table from the pristine
 * one, the string metatable pointing at its string library, the tostring
 * numbers and math.random started again, and the kept chunk's _ENV set to
 * the new globals. */
static int restart(lua_State *L)
{
    lua_Integer seed = lua_tointeger(L, 1);
    uh_sandbox *sb = sandbox_of(L);
    if (sb->next_id > 0) {
        new_ids(L);
        lua_rawsetp(L, LUA_REGISTRYINDEX, &ids_key);
        sb->next_id = 0;
    }
    lua_rawgetp(L, LUA_REGISTRYINDEX, &seed_fn_key);
    lua_pushinteger(L, seed);
    lua_call(L, 1, 0);
    if (lua_toboolean(L, 2))
        return 0;  /* the globals are as set up: they serve as they are */
    lua_newtable(L);
    int env = lua_gettop(L);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &pristine_key);
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        if (lua_istable(L, -1)) {
            copy_table(L, -1);
            lua_replace(L, -2);
        }
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, env);
    }
    lua_pop(L, 1);
    lua_pushliteral(L, "");
    if (lua_getmetatable(L, -1)) {
        lua_getfield(L, env, "string");
        lua_setfield(L, -2, "__index");
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    lua_pushvalue(L, env);
    lua_rawseti(L, LUA_REGISTRYINDEX, LUA_RIDX_GLOBALS);
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, &chunk_key) == LUA_TFUNCTION) {
        lua_pushvalue(L, env);
        lua_setupvalue(L, -2, 1);
    }
    return 0;
}

int uh_sandbox_keep_chunk(uh_sandbox *sb, const char *text, size_t len, uh_error *err)
{
    lua_State *L = sb->L;
    sb->mem_refused = false;
    int status = luaL_loadbufferx(L, text, len, CHUNK_NAME, "t");
    if (status != LUA_OK) {
        sb->tripped = LIMIT_NONE;
        sb->mem_error = false;
        take_error(sb, status, err);
        lua_pop(L, 1);
        return -1;
    }
    lua_rawsetp(L, LUA_REGISTRYINDEX, &chunk_key);
    return 0;
}

int uh_sandbox_restart(uh_sandbox *sb, uint32_t seed, bool rerun, uh_error *err)
{
    lua_State *L = sb->L;
    int top = lua_gettop(L);
    bool keep = uh_sandbox_globals_pristine(sb);
    lua_pushcfunction(L, restart);
    lua_pushinteger(L, (lua_Integer)seed);
    lua_pushboolean(L, keep);
    sb->mem_refused = false;
    sb->mem_error = false;
    sb->tripped = LIMIT_NONE;
    int status = lua_pcall(L, 2, 0, 0);
    if (status != LUA_OK) {
        take_error(sb, status, err);
        lua_settop(L, top);
        return -1;
    }
    sb->step_used = 0;
    if (!rerun)
        return 0;
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, &chunk_key) != LUA_TFUNCTION) {
        lua_settop(L, top);
        return uh_error_set(err, sb->file, 0, "no chunk was kept to run again");
    }
    return uh_sandbox_call(sb, 0, 1, err);
}

const void *uh_sandbox_env_id(uh_sandbox *sb)
{
    lua_State *L = sb->L;
    const void *id = NULL;
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, &chunk_key) == LUA_TFUNCTION)
        id = lua_upvalueid(L, -1, 1);
    lua_pop(L, 1);
    return id;
}

/* Number of keys of the table at idx. */
static size_t count_keys(lua_State *L, int idx)
{
    size_t n = 0;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        n++;
    }
    return n;
}

/* True when the table at a holds the same keys and values as the one at b. */
static bool same_table(lua_State *L, int a, int b)
{
    if (count_keys(L, a) != count_keys(L, b))
        return false;
    lua_pushnil(L);
    while (lua_next(L, b)) {
        lua_pushvalue(L, -2);
        lua_rawget(L, a);
        bool same = lua_rawequal(L, -1, -2);
        lua_pop(L, 2);
        if (!same) {
            lua_pop(L, 1);
            return false;
        }
    }
    return true;
}

bool uh_sandbox_globals_pristine(uh_sandbox *sb)
{
    lua_State *L = sb->L;
    if (!lua_checkstack(L, 8))
        return false;
    int top = lua_gettop(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, LUA_RIDX_GLOBALS);
    int env = top + 1;
    lua_rawgetp(L, LUA_REGISTRYINDEX, &pristine_key);
    int pristine = top + 2;
    bool same = count_keys(L, env) == count_keys(L, pristine);
    lua_pushnil(L);
    while (same && lua_next(L, pristine)) {
        lua_pushvalue(L, -2);
        lua_rawget(L, env);
        if (lua_istable(L, -2))
            same = lua_istable(L, -1) && same_table(L, lua_gettop(L), lua_gettop(L) - 1);
        else
            same = lua_rawequal(L, -1, -2);
        lua_pop(L, 2);
    }
    lua_settop(L, top);
    return same;
}

void uh_sandbox_free(uh_sandbox *sb)
{
    if (!sb)
        return;
#ifdef UH_DEADLINE_TIMER
    if (sb->has_timer)
        timer_delete(sb->timer);
#endif
    if (sb->L)
        lua_close(sb->L);
    free(sb->file);
    free(sb);
}

/* ---------------------------------------------------------------------
 * Protected calls
 * ------------------------------------------------------------------- */

/* Message handler: makes the error a string that starts with the script's
 * position. An error value that is not a string or a number (error({}))
 * carries no message of its own and, written out, would show an address:
 * it is named by its type instead. Runs no script code (scripts cannot set
 * metatables). */
static int msghandler(lua_State *L)
{
    if (lua_type(L, 1) == LUA_TNUMBER)
        luaL_tolstring(L, 1, NULL);
    else if (lua_type(L, 1) != LUA_TSTRING)
        lua_pushfstring(L, "error object is a %s value", luaL_typename(L, 1));
    else
        lua_pushvalue(L, 1);
    const char *msg = lua_tostring(L, -1);
    if (strncmp(msg, CHUNK_TAG, strlen(CHUNK_TAG)) != 0) {
        int line = script_line(L);
        if (line > 0)
            lua_pushfstring(L, CHUNK_TAG "%d: %s", line, msg);
    }
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

/* If s starts with "scenario:LINE:", stores LINE and returns what follows
 * (spaces skipped); otherwise returns NULL. */
static const char *skip_tag(const char *s, int *line)
{
    if (strncmp(s, CHUNK_TAG, strlen(CHUNK_TAG)) != 0)
        return NULL;
    char *end;
    long l = strtol(s + strlen(CHUNK_TAG), &end, 10);
    if (end == s + strlen(CHUNK_TAG) || *end != ':')
        return NULL;
    *line = l > 0 && l < 1000000000 ? (int)l : 0;
    for (end++; *end == ' '; end++)
        ;
    return end;
}

/* Turns the error message on top of the stack into err, mapping the
 * "scenario:LINE:" prefix Lua adds to the real file and line. A message
 * raised again after being caught carries one prefix per raise
 * ("scenario:9: scenario:3: boom"); all are dropped and the innermost line,
 * where the error began, is kept. */
static void take_error(uh_sandbox *sb, int status, uh_error *err)
{
    const char *msg = lua_type(sb->L, -1) == LUA_TSTRING ? lua_tostring(sb->L, -1) : NULL;
    int line = 0;
    if (msg) {
        const char *tag = strstr(msg, CHUNK_TAG), *rest;
        if (tag && (rest = skip_tag(tag, &line))) {
            msg = rest;
            while ((rest = skip_tag(msg, &line)))
                msg = rest;
        }
    }
    char buf[200];
    if (sb->tripped != LIMIT_NONE)
        uh_error_set(err, sb->file, line, "%s", limit_message(sb, buf, sizeof buf));
    else if (status == LUA_ERRMEM || sb->mem_error || (status == LUA_ERRERR && sb->mem_refused))
        uh_error_set(err, sb->file, line, _("memory cap of %zu MiB exceeded"), sb->cap >> 20);
    else if (status == LUA_ERRSYNTAX)
        uh_error_set(err, sb->file, line, _("syntax error: %s"), msg ? msg : "?");
    else if (msg && forbidden_global(msg))
        uh_error_set(err, sb->file, line, _("%s: '%s' is not available in the scenario sandbox"), msg,
                     forbidden_global(msg));
    else
        uh_error_set(err, sb->file, line, "%s", msg ? msg : "error in error handling");
}

/* Resets the per-call limits and installs the hook. The call may run until
 * its own time is up or the step's is, whichever comes first. */
static void arm(uh_sandbox *sb)
{
    sb->used = 0;
    sb->tripped = LIMIT_NONE;
    sb->mem_refused = false;
    sb->mem_error = false;
    sb->alloc_since_clock = 0;
    sb->started = uh_now_ns();
    int64_t call = (int64_t)sb->call_ms * 1000000, scene = (int64_t)sb->scene_ms * 1000000;
    int64_t left = scene - sb->step_used;
    sb->deadline_kind = left < call ? LIMIT_SCENE_TIME : LIMIT_CALL_TIME;
    sb->deadline = sb->started + (left < call ? left : call);
    sb->armed = true;
    sb->poked = 0;
    lua_sethook(sb->L, count_hook, LUA_MASKCOUNT, HOOK_STEP);
    running = sb;
    timer_at(sb, sb->deadline);
}

static void disarm(uh_sandbox *sb)
{
    running = NULL;
    timer_at(sb, 0);
    lua_sethook(sb->L, NULL, 0, 0);
    sb->armed = false;
    sb->step_used += uh_now_ns() - sb->started;
}

int uh_sandbox_call(uh_sandbox *sb, int nargs, int nresults, uh_error *err)
{
    lua_State *L = sb->L;
    int base = lua_gettop(L) - nargs;  /* index of the function */
    if (!lua_checkstack(L, 4)) {
        lua_settop(L, base - 1);
        return uh_error_set(err, sb->file, 0, "Lua stack exhausted");
    }
    arm(sb);
    /* Out of time before it starts (the step is used up, or the program is
     * stopping): fail without running anything. */
    if (out_of_time(sb, NULL)) {
        char buf[200];
        disarm(sb);
        lua_settop(L, base - 1);
        return uh_error_set(err, sb->file, 0, "%s", limit_message(sb, buf, sizeof buf));
    }
    lua_pushcfunction(L, msghandler);
    lua_insert(L, base);
    int status = lua_pcall(L, nargs, nresults, base);
    disarm(sb);
    if (status != LUA_OK) {
        take_error(sb, status, err);
        lua_settop(L, base - 1);
        return -1;
    }
    lua_remove(L, base);
    /* A limit broken inside a library call that then returned normally
     * (its work is done, but it took too long), or a memory error the
     * script caught before safe_pcall existed to stop it: still a failure. */
    if (sb->tripped != LIMIT_NONE || sb->mem_error) {
        lua_pushnil(L);
        take_error(sb, LUA_ERRRUN, err);
        lua_settop(L, base - 1);
        return -1;
    }
    return 0;
}

int uh_sandbox_run_chunk(uh_sandbox *sb, const char *text, size_t len, uh_error *err)
{
    lua_State *L = sb->L;
    sb->mem_refused = false;
    int status = luaL_loadbufferx(L, text, len, CHUNK_NAME, "t");
    if (status != LUA_OK) {
        if (len > 0 && text[0] == LUA_SIGNATURE[0]) {
            lua_pop(L, 1);
            return uh_error_set(err, sb->file, 0,
                                "%s", _("precompiled (bytecode) chunks are refused; give the Lua "
                                        "source"));
        }
        sb->tripped = LIMIT_NONE;
        sb->mem_error = false;
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
    sb->mem_refused = false;
    sb->mem_error = false;
    sb->tripped = LIMIT_NONE;
    int status = lua_pcall(sb->L, 1, 0, 0);
    if (status != LUA_OK) {
        take_error(sb, status, err);
        lua_settop(sb->L, top);
        return -1;
    }
    lua_settop(sb->L, top);
    return 0;
}
