/* SPDX-License-Identifier: Apache-2.0 */
/* test_sandbox.c — one test per attack on the scenario sandbox (SPEC §2).
 *
 * Every attack must fail with a message naming the file (and line where
 * Lua knows it), and leave the process healthy: after each one a normal
 * scenario still loads and runs.
 *
 * The attacks on time (issue 10) each ran for minutes before the limits
 * covered library work; here they must fail, which they do within the
 * limits: the test has a ctest timeout to catch a hang. No test asserts
 * how long anything took (bench/limits.sh prints that). */
#include <signal.h>
#include <stdlib.h>
#include <sys/time.h>

#include <lauxlib.h>
#include <lualib.h>

#include "core/config.h"
#include "core/run.h"
#include "core/scenario.h"
#include "core/util.h"
#include "script/sandbox.h"
#include "testing.h"

#define FILE_NAME "attack.lua"

static uh_config cfg;
/* For the attacks on time: the default memory cap (they use big strings),
 * the default budget, and a short time limit to keep the test quick. */
static uh_config big;
/* No instruction budget to speak of: only the clock stops these. */
static uh_config clock_only;

/* A valid scenario whose start scene's text is `text_expr` (a Lua
 * expression: a string or a function). */
static char *scenario_with_text(const char *prelude, const char *text_expr)
{
    return uh_xasprintf(
        "%s\nreturn scenario { id = 'attack', title = 'T', tactic = 'linkedin', summary = 'S',\n"
        "  teaches = { 'report' }, debrief = 'D', start = 'a',\n"
        "  report = { facts = { { id = 'f', text = 'F', required = true }, { id = 'd', text = 'D', decoy = true, why = 'W' } } },\n"
        "  scenes = {\n"
        "    a = { text = %s, choices = { { 'Report', go = 'b', report = true } } },\n"
        "    b = { text = 'done', ending = 'reported' },\n"
        "  } }\n",
        prelude, text_expr);
}

/* Loads src; returns the concatenated problems (caller frees), or NULL when
 * it loaded cleanly. */
static char *load_problems(const char *src)
{
    uh_problems p = {0};
    uh_scenario *sc = uh_scenario_load_text(FILE_NAME, src, strlen(src), &cfg, 1, &p);
    char *out = NULL;
    if (p.count) {
        char buf[1400];
        out = uh_xstrdup(uh_error_format(&p.items[0], buf, sizeof buf));
    }
    CHECK(sc->ok == (p.count == 0));
    uh_scenario_free(sc);
    uh_problems_free(&p);
    return out;
}

/* Loads a valid scenario whose start text is an attacking function and
 * starts a run; returns the run's error (caller frees) or NULL. */
static char *run_error(const char *prelude, const char *text_fn)
{
    char *src = scenario_with_text(prelude, text_fn);
    uh_problems p = {0};
    uh_scenario *sc = uh_scenario_load_text(FILE_NAME, src, strlen(src), &cfg, 1, &p);
    char *out = NULL;
    CHECK_MSG(sc->ok, "the scenario itself should load: %s", p.count ? p.items[0].msg : "");
    if (sc->ok) {
        uh_error err;
        uh_run *run = uh_run_new(sc, &cfg, 1, &err);
        CHECK(run != NULL);
        if (run && uh_run_state_of(run) == UH_RUN_FAILED) {
            char buf[1400];
            out = uh_xstrdup(uh_error_format(uh_run_error(run), buf, sizeof buf));
        }
        uh_run_free(run);
    }
    uh_scenario_free(sc);
    uh_problems_free(&p);
    free(src);
    return out;
}

/* After any attack, a plain scenario must still load and play. */
static void still_healthy(void)
{
    char *src = scenario_with_text("", "'hello'");
    char *msg = load_problems(src);
    CHECK_MSG(msg == NULL, "a plain scenario no longer loads: %s", msg);
    free(msg);
    free(src);
}

static void expect_load_failure(const char *src, const char *needle)
{
    char *msg = load_problems(src);
    CHECK_MSG(msg != NULL, "expected a failure containing \"%s\"", needle);
    CHECK_HAS(msg, FILE_NAME);
    CHECK_HAS(msg, needle);
    free(msg);
    still_healthy();
}

TEST(forbidden_globals_are_absent)
{
    static const char *const names[] = {"os", "io", "require", "package", "load", "loadfile",
                                        "dofile", "debug", "collectgarbage", "setmetatable",
                                        "getmetatable", "rawset", NULL};
    for (const char *const *n = names; *n; n++) {
        char *src = uh_xasprintf("local x = %s.anything\nreturn {}", *n);
        expect_load_failure(src, "is not available in the scenario sandbox");
        free(src);
        src = uh_xasprintf("\n%s('x')\nreturn {}", *n);
        char *msg = load_problems(src);
        CHECK_HAS(msg, FILE_NAME ":2:");
        free(msg);
        free(src);
    }
}

TEST(os_execute_cannot_escape)
{
    remove("/tmp/unhooked-sandbox-escaped");
    expect_load_failure("os.execute('touch /tmp/unhooked-sandbox-escaped')\nreturn {}", "'os'");
    FILE *f = fopen("/tmp/unhooked-sandbox-escaped", "r");
    CHECK(f == NULL);
    if (f)
        fclose(f);
}

TEST(bytecode_is_refused)
{
    /* Real bytecode, made by an unrestricted state outside the sandbox. */
    lua_State *L = luaL_newstate();
    luaL_openlibs(L);
    luaL_dostring(L, "return string.dump(load(\"return { id = 'x' }\"))");
    size_t n;
    const char *code = lua_tolstring(L, -1, &n);
    CHECK(code && n > 4);
    uh_problems p = {0};
    uh_scenario *sc = uh_scenario_load_text(FILE_NAME, code, n, &cfg, 1, &p);
    lua_close(L);
    CHECK(!sc->ok);
    CHECK(p.count == 1);
    if (p.count) {
        CHECK_STR(p.items[0].file, FILE_NAME);
        CHECK_HAS(p.items[0].msg, "bytecode");
    }
    uh_scenario_free(sc);
    uh_problems_free(&p);
    still_healthy();
}

TEST(string_dump_is_absent)
{
    expect_load_failure("local s = string.dump(function() end)\nreturn {}", "string.dump");
    expect_load_failure("assert(('').dump == nil, 'dump reachable through strings')\n"
                        "local s = (''):dump()\nreturn {}",
                        FILE_NAME);
}

TEST(string_metatable_is_unreachable)
{
    /* getmetatable is gone, and strings index the trimmed string table. */
    expect_load_failure("local mt = getmetatable('')\nreturn {}", "getmetatable");
    char *msg = load_problems("assert(('x').__index == nil)\nassert(rawget(string, 'dump') == nil)\n"
                              "return 42");
    CHECK_HAS(msg, "must return a scenario table");  /* both asserts passed */
    free(msg);
}

TEST(busy_loop_at_load_is_stopped)
{
    expect_load_failure("local n = 0\nwhile true do n = n + 1 end", FILE_NAME ":2: instruction budget");
}

TEST(busy_loop_in_text_function_is_stopped)
{
    char *msg = run_error("", "function(s) while true do end end");
    CHECK_HAS(msg, FILE_NAME ":6:");
    CHECK_HAS(msg, "instruction budget");
    free(msg);
    still_healthy();
}

TEST(busy_loop_inside_pcall_is_stopped)
{
    char *msg = run_error("", "function(s) for i = 1, 100 do pcall(function() while true do end end) "
                              "end return 'escaped' end");
    CHECK_HAS(msg, "instruction budget");
    free(msg);
    msg = run_error("", "function(s) xpcall(function() while true do end end, "
                        "function() while true do end end) return 'escaped' end");
    CHECK_HAS(msg, "instruction budget");
    free(msg);
    still_healthy();
}

TEST(memory_bomb_at_load_is_stopped)
{
    expect_load_failure("local t = {}\nfor i = 1, 1e9 do t[i] = i end", "memory cap of 8 MiB exceeded");
    expect_load_failure("local s = string.rep('x', 1 << 40)\nreturn {}", FILE_NAME);
}

TEST(memory_bomb_in_text_function_is_stopped)
{
    char *msg = run_error("", "function(s) local t = {} for i = 1, 1e9 do t[i] = tostring(i) end end");
    CHECK_HAS(msg, "memory cap");
    CHECK_HAS(msg, FILE_NAME);
    free(msg);
    /* Caught by the script's own pcall: still a breach of the cap. */
    msg = run_error("", "function(s) pcall(function() local t = {} for i = 1, 1e9 do t[i] = i end end) "
                        "return 'fine' end");
    CHECK_HAS(msg, "memory cap");
    free(msg);
    still_healthy();
}

TEST(pattern_backtracking_is_charged)
{
    /* Millions of C-level steps with no VM instruction in between. */
    expect_load_failure("local s = string.rep('a', 20000)\nlocal x = s:find('.-.-.-.-.-b')\nreturn {}",
                        "instruction budget");
}

TEST(string_rep_of_nothing_does_not_spin)
{
    char *msg = load_problems("local s = string.rep('', math.maxinteger)\nassert(s == '')\nreturn 1");
    CHECK_HAS(msg, "must return a scenario table");
    free(msg);
}

TEST(table_move_over_huge_range_is_charged)
{
    expect_load_failure("local t = table.move({}, 1, math.maxinteger - 1, 2)\nreturn {}",
                        "instruction budget");
}

TEST(deep_recursion_fails_cleanly)
{
    expect_load_failure("local function f(n) return f(n + 1) + 1 end\nf(1)\nreturn {}", FILE_NAME);
}

TEST(error_values_become_messages)
{
    expect_load_failure("error({ code = 1 })", "table");
    expect_load_failure("\n\nerror('custom failure')", FILE_NAME ":3: custom failure");
}

TEST(state_is_read_only)
{
    char *src = uh_xasprintf(
        "return scenario { id = 'ro', title = 'T', tactic = 'linkedin', summary = 'S',\n"
        "  teaches = { 'report' }, debrief = 'D', start = 'a',\n"
        "  report = { facts = { { id = 'f', text = 'F', required = true }, { id = 'd', text = 'D', decoy = true, why = 'W' } } },\n"
        "  scenes = {\n"
        "    a = { text = 'x', choices = { { 'Cheat', go = 'b', report = true, effect = function(s) s.hook = -5 end } } },\n"
        "    b = { text = 'done', ending = 'reported' },\n"
        "  } }\n");
    uh_scenario *sc = uh_scenario_load_text(FILE_NAME, src, strlen(src), &cfg, 1, NULL);
    CHECK(sc->ok);
    uh_error err;
    uh_run *run = uh_run_new(sc, &cfg, 1, &err);
    CHECK(uh_run_choose(run, 0, &err) == -1);
    CHECK(uh_run_state_of(run) == UH_RUN_FAILED);
    CHECK_HAS(err.msg, "read-only");
    CHECK(err.line == 5);
    uh_run_free(run);
    uh_scenario_free(sc);
    free(src);
}

TEST(math_random_is_seeded_per_run)
{
    char *src = scenario_with_text("", "function(s) return tostring(math.random(1, 1000000)) end");
    uh_scenario *sc = uh_scenario_load_text(FILE_NAME, src, strlen(src), &cfg, 1, NULL);
    uh_error err;
    uh_run *a = uh_run_new(sc, &cfg, 7, &err), *b = uh_run_new(sc, &cfg, 7, &err),
           *c = uh_run_new(sc, &cfg, 8, &err);
    CHECK_STR(uh_run_text(a), uh_run_text(b));
    CHECK(strcmp(uh_run_text(a), uh_run_text(c)) != 0);
    uh_run_free(a);
    uh_run_free(b);
    uh_run_free(c);
    uh_scenario_free(sc);
    free(src);
}

/* A file that generates a huge story in a loop is refused quickly instead
 * of keeping the validator's graph passes busy. */
TEST(generated_scene_bomb_is_refused)
{
    char *msg = load_problems(
        "local scenes = {}\n"
        "for i = 1, 5000 do scenes['s' .. i] = { text = 'x', choices = { { 'next', go = 's' .. (i + 1) } } } end\n"
        "scenes['s5001'] = { text = 'end', ending = 'hooked' }\n"
        "return scenario { id = 'bomb', title = 'T', tactic = 'linkedin', summary = 'S',\n"
        "  teaches = { 'report' }, debrief = 'D', start = 's1',\n"
        "  report = { facts = { { id = 'f', text = 'F', required = true }, { id = 'd', text = 'D', decoy = true, why = 'W' } } }, scenes = scenes }");
    CHECK_HAS(msg, "more than the limit of 2000");
    free(msg);
    still_healthy();
}

/* The wrapped library functions keep their stock results. */
TEST(wrapped_functions_behave_like_stock)
{
    char *msg = load_problems(
        "local ok, a, b = xpcall(function(x, y) return x + y, 'two' end, function(e) return 'H:' .. e end, 2, 3)\n"
        "assert(ok == true and a == 5 and b == 'two', 'xpcall ok path')\n"
        "local ok2, m = xpcall(function() error('boom', 0) end, function(e) return 'H:' .. e end)\n"
        "assert(ok2 == false and m == 'H:boom', 'xpcall error path')\n"
        "assert(('hello world'):find('o w') == 5)\n"
        "assert(('key=val'):match('(%w+)=(%w+)') == 'key')\n"
        "assert(select(2, ('a b c'):gsub('%s', '_')) == 2)\n"
        "local n = 0 for w in ('one two three'):gmatch('%a+') do n = n + 1 end assert(n == 3)\n"
        "assert(('ab'):rep(3, ',') == 'ab,ab,ab')\n"
        "local t = table.move({1, 2, 3}, 1, 3, 2) assert(t[4] == 3)\n"
        "return 42");
    CHECK_HAS(msg, "must return a scenario table");  /* every assert passed */
    free(msg);
}

/* The shipped default limit (50 million instructions) also stops a loop. */
TEST(default_budget_stops_a_loop)
{
    uh_config def;
    uh_config_defaults(&def);
    def.limits.time_ms = def.limits.scene_time_ms = 60000;  /* a busy machine must not matter */
    const char *src = "while true do end";
    uh_problems p = {0};
    uh_scenario *sc = uh_scenario_load_text(FILE_NAME, src, strlen(src), &def, 1, &p);
    CHECK(p.count == 1);
    if (p.count)
        CHECK_HAS(p.items[0].msg, "instruction budget of 50000000");
    uh_scenario_free(sc);
    uh_problems_free(&p);
    uh_config_free(&def);
}


/* ---------------------------------------------------------------------
 * Issue 10: attacks on time. Each ran over 20 s within the memory cap and
 * the instruction budget, in C library code the count hook never sees.
 * ------------------------------------------------------------------- */

/* Loads a file whose top level runs `attack` under config c; the load must
 * fail with a limit naming the file and the attack's line (2). */
static void expect_stopped(const uh_config *c, const char *attack)
{
    char *prelude = uh_xasprintf("local ok = true\n%s", attack);
    char *src = scenario_with_text(prelude, "'x'");
    free(prelude);
    uh_problems p = {0};
    uh_scenario *sc = uh_scenario_load_text(FILE_NAME, src, strlen(src), c, 1, &p);
    CHECK_MSG(p.count > 0, "not stopped: %s", attack);
    if (p.count) {
        char buf[1400];
        const char *msg = uh_error_format(&p.items[0], buf, sizeof buf);
        CHECK_MSG(strstr(msg, "instruction budget") || strstr(msg, "time limit"),
                  "%s: not a limit: %s", attack, msg);
        CHECK_MSG(strncmp(msg, FILE_NAME ":2: ", strlen(FILE_NAME ":2: ")) == 0,
                  "%s: no file and line: %s", attack, msg);
    }
    uh_scenario_free(sc);
    uh_problems_free(&p);
    free(src);
}

TEST(plain_find_of_a_huge_literal_is_stopped)
{
    expect_stopped(&big, "local s, p = string.rep('a', 8 << 20), string.rep('a', 4 << 20) .. 'b' s:find(p, 1, true)");
    /* A pattern with no special character is searched the same way. */
    expect_stopped(&big, "local s, p = string.rep('a', 8 << 20), string.rep('a', 4 << 20) .. 'b' s:find(p)");
}

TEST(a_huge_character_set_is_stopped)
{
    expect_stopped(&big, "local p = '[' .. string.rep('b', 2 << 20) .. ']' string.rep('a', 1 << 20):find(p)");
    expect_stopped(&big, "local p = '[' .. string.rep('b', 2 << 20) .. ']' for w in string.rep('a', 1 << 20):gmatch(p) do end");
}

TEST(back_references_are_stopped)
{
    expect_stopped(&big, "string.rep('a', 15000):find('(.-)%1%1%1b')");
    expect_stopped(&big, "string.rep('a', 15000):gsub('(.-)%1%1%1b', 'x')");
    expect_stopped(&big, "string.rep('a', 15000):match('(a*)%1%1b')");
}

TEST(loops_of_string_functions_on_huge_strings_are_stopped)
{
    static const char *const attacks[] = {
        "local s = string.rep('a', 16 << 20) for i = 1, 1e6 do local t = s:upper() end",
        "local s = string.rep('a', 16 << 20) for i = 1, 1e6 do local t = s:lower() end",
        "local s = string.rep('a', 16 << 20) for i = 1, 1e6 do local t = s:reverse() end",
        "local s = string.rep('a', 8 << 20) for i = 1, 1e6 do local t = string.format('%s', s) end",
        "local s = string.rep('a\\0', 4 << 20) for i = 1, 1e6 do local t = string.format('%q', s) end",
        "local s = string.rep('a', 900000) for i = 1, 1e6 do local t = s:byte(1, -1) end",
        "local s = string.rep('a', 16 << 20) for i = 1, 1e6 do local t = string.pack('s', s) end",
        "local s = string.rep('a', 16 << 20) for i = 1, 1e6 do local t = s:sub(2) end",
        "local s = string.rep('1', 16 << 20) for i = 1, 1e6 do local t = tonumber(s) end",
        "local s = string.rep('1', 16 << 20) for i = 1, 1e6 do pcall(function() return s + 1 end) end",
        "local s = string.rep('\\xC3\\xA9', 4 << 20) for i = 1, 1e6 do local t = utf8.len(s) end",
        "local s = string.rep('a', 4 << 20) for i = 1, 1e6 do local t = string.rep(s, 2) end",
        NULL,
    };
    for (const char *const *a = attacks; *a; a++)
        expect_stopped(&big, *a);
}

TEST(concatenating_and_comparing_huge_strings_is_stopped)
{
    expect_stopped(&big, "local s = '' for i = 1, 1e9 do s = s .. tostring(i) end");
    expect_stopped(&big, "local a, b = string.rep('a', 16 << 20), string.rep('a', 16 << 20) for i = 1, 1e9 do ok = a == b end");
    expect_stopped(&big, "local a, b = string.rep('a', 16 << 20), string.rep('a', 16 << 20) for i = 1, 1e9 do ok = a < b end");
    expect_stopped(&clock_only, "local a, b = string.rep('a', 16 << 20), string.rep('a', 16 << 20) for i = 1, 1e9 do ok = a <= b end");
}

TEST(loops_of_table_functions_on_huge_tables_are_stopped)
{
    static const char *const attacks[] = {
        "local t = {} for i = 1, 1e6 do t[i] = (i * 7919) % 1000003 end for k = 1, 1e6 do table.sort(t) end",
        "local t = {} for i = 1, 9e5 do t[i] = i end for k = 1, 1e6 do local n = select('#', table.unpack(t)) end",
        "local t = {} for i = 1, 1e6 do t[i] = 'ab' end for k = 1, 1e6 do local s = table.concat(t) end",
        "local t = {} for i = 1, 1e7 do table.insert(t, 1, i) end",
        "local t = {} for i = 1, 1e6 do t[i] = i end for i = 1, 1e6 do table.remove(t, 1) end",
        "local t = {} for i = 1, 9e5 do t[i] = 65 end for k = 1, 1e6 do local s = utf8.char(table.unpack(t)) end",
        "local t = {} for i = 1, 1e6 do t[i] = i end for k = 1, 1e6 do table.move(t, 1, #t, 2) end",
        NULL,
    };
    for (const char *const *a = attacks; *a; a++)
        expect_stopped(&big, *a);
}

/* With no instruction budget to speak of, the clock alone still stops a
 * loop, with the file, the line and the limit in the message. */
TEST(time_limit_stops_a_call)
{
    expect_stopped(&clock_only, "while true do end");
    expect_stopped(&clock_only, "while true do pcall(string.rep, 'x', 100) end");
    char *src = scenario_with_text("", "function(s)\n while true do end end");
    uh_problems p = {0};
    uh_scenario *sc = uh_scenario_load_text(FILE_NAME, src, strlen(src), &clock_only, 1, &p);
    uh_error err;
    uh_run *run = uh_run_new(sc, &clock_only, 1, &err);
    CHECK(run && uh_run_state_of(run) == UH_RUN_FAILED);
    if (run) {
        CHECK(uh_run_error(run)->line == 7);
        CHECK_HAS(uh_run_error(run)->msg, "time limit of 200 ms");
    }
    uh_run_free(run);
    uh_scenario_free(sc);
    uh_problems_free(&p);
    free(src);
    still_healthy();
}

/* A story whose scene `a` has n choices, each with `when` = when_fn; the
 * last one always shows. */
static char *many_whens(int n, const char *when_fn)
{
    char *choices = uh_xstrdup("");
    for (int i = 0; i < n; i++) {
        char *next = uh_xasprintf("%s { 'c%d', go = 'b', when = %s },\n", choices, i, when_fn);
        free(choices);
        choices = next;
    }
    char *src = uh_xasprintf(
        "local function burn() local x = 0 for i = 1, 2e7 do x = x + i end return x end\n"
        "return scenario { id = 'whens', title = 'T', tactic = 'linkedin', summary = 'S',\n"
        "  teaches = { 'report' }, debrief = 'D', start = 'start',\n"
        "  report = { facts = { { id = 'f', text = 'F', required = true },\n"
        "                       { id = 'd', text = 'D', decoy = true, why = 'W' } } },\n"
        "  scenes = {\n"
        "    start = { text = 'go', choices = { { 'on', go = 'a' } } },\n"
        "    a = { text = 'x', choices = {\n%s { 'Report', go = 'b', report = true } } },\n"
        "    b = { text = 'done', ending = 'reported' },\n"
        "  } }\n", choices);
    free(choices);
    return src;
}

/* Issue 10, item 3: the budget was per call, and entering a scene calls
 * every choice's `when` and label: 99 of them, each just under the limit,
 * took minutes. The calls of one scene now share one allowance. */
TEST(slow_whens_share_one_allowance_per_scene)
{
    uh_config c = clock_only;
    c.limits.time_ms = 60000;  /* each `when` alone is well within this */
    c.limits.scene_time_ms = 300;
    char *src = many_whens(99, "function(s) burn() return true end");
    uh_problems p = {0};
    uh_scenario *sc = uh_scenario_load_text(FILE_NAME, src, strlen(src), &c, 1, &p);
    CHECK(sc->ok);
    uh_error err;
    uh_run *run = uh_run_new(sc, &c, 1, &err);
    CHECK(run && uh_run_state_of(run) == UH_RUN_SCENE);
    if (run) {
        CHECK(uh_run_choose(run, 0, &err) == -1);
        CHECK(uh_run_state_of(run) == UH_RUN_FAILED);
        CHECK_HAS(uh_run_error(run)->msg, "time limit of 300 ms per scene");
        CHECK_STR(uh_run_error(run)->file, FILE_NAME);
    }
    uh_run_free(run);
    uh_scenario_free(sc);
    uh_problems_free(&p);
    free(src);
    /* Quick `when`s, as many, are fine: each step starts afresh. */
    src = many_whens(99, "function(s) return s.hook >= 0 end");
    sc = uh_scenario_load_text(FILE_NAME, src, strlen(src), &c, 1, NULL);
    run = uh_run_new(sc, &c, 1, &err);
    CHECK(run && uh_run_choose(run, 0, &err) == 0 && uh_run_nchoices(run) == 100);
    uh_run_free(run);
    uh_scenario_free(sc);
    free(src);
}

static void stop_on_alarm(int sig)
{
    (void)sig;
    uh_sandbox_interrupt();
}

/* Issue 10, item 6: SIGTERM did not stop a window whose script hung. The
 * program's signal handler calls uh_sandbox_interrupt; here SIGALRM stands
 * in for it. */
TEST(interrupt_stops_a_running_script)
{
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = stop_on_alarm;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, &old);
    uh_config c = clock_only;
    c.limits.time_ms = c.limits.scene_time_ms = 600000;
    struct itimerval it = {{0, 0}, {0, 100000}};
    static const char *const hangs[] = {
        "while true do end",
        "local a, b = string.rep('a', 16 << 20), string.rep('a', 16 << 20) while true do ok = a < b end",
        NULL,
    };
    for (const char *const *h = hangs; *h; h++) {
        setitimer(ITIMER_REAL, &it, NULL);
        uh_problems p = {0};
        uh_scenario *sc = uh_scenario_load_text(FILE_NAME, *h, strlen(*h), &c, 1, &p);
        CHECK(p.count == 1);
        if (p.count)
            CHECK_HAS(p.items[0].msg, "stopped: the program is shutting down");
        CHECK(uh_sandbox_interrupted());
        uh_scenario_free(sc);
        uh_problems_free(&p);
        uh_sandbox_clear_interrupt();
    }
    sigaction(SIGALRM, &old, NULL);
    still_healthy();
}

/* ---------------------------------------------------------------------
 * Issue 10, items 7 and 8: no addresses, messages that name the place
 * ------------------------------------------------------------------- */

TEST(tostring_of_a_table_shows_no_address)
{
    char *msg = load_problems(
        "local a, b = {}, {}\n"
        "assert(tostring(a) == 'table: #1', tostring(a))\n"
        "assert(tostring(b) == 'table: #2')\n"
        "assert(tostring(a) == 'table: #1')\n"
        "assert(tostring(string.len) == 'function: #3')\n"
        "assert(string.format('%s|%s', a, 7) == 'table: #1|7')\n"
        "assert(tostring(12) == '12' and tostring(nil) == 'nil' and tostring('s') == 's')\n"
        "return 42");
    CHECK_HAS(msg, "must return a scenario table");  /* every assert passed */
    free(msg);
    expect_load_failure("local s = string.format('%p', {})\nreturn {}", FILE_NAME ":1: '%p' is not available");
}

TEST(error_with_a_table_names_the_line_not_an_address)
{
    char *msg = load_problems("local x = 1\n\nerror({ code = 1 })\n");
    CHECK_HAS(msg, FILE_NAME ":3: error object is a table value");
    CHECK(msg && !strstr(msg, "0x"));
    free(msg);
    msg = load_problems("assert(false, {})");
    CHECK_HAS(msg, FILE_NAME ":1: error object is a table value");
    free(msg);
    msg = load_problems("\nerror('no position', 0)");
    CHECK_HAS(msg, FILE_NAME ":2: no position");
    free(msg);
}

TEST(errors_raised_again_name_the_file_once)
{
    char *msg = load_problems(
        "xpcall(function()\n"
        "  xpcall(function() error('inner') end, function(m) error(m) end)\n"
        "end, function(m) error(m) end)");
    CHECK_HAS(msg, FILE_NAME ":2: inner");
    CHECK(msg && !strstr(msg, "scenario:"));
    free(msg);
    msg = load_problems("local ok, m = pcall(function() error('first') end)\n\nerror(m)");
    CHECK_HAS(msg, FILE_NAME ":1: first");
    CHECK(msg && !strstr(msg, "scenario:"));
    free(msg);
}

/* A refused allocation that Lua's emergency collection recovers (the
 * garbage was there to collect) is no failure. */
TEST(memory_recovered_by_the_emergency_collection_is_no_failure)
{
    uh_config c = big;
    c.limits.memory = (size_t)8 << 20;
    c.limits.time_ms = c.limits.scene_time_ms = 60000;  /* slow under a sanitizer */
    const char *src = "for i = 1, 20 do local s = string.rep('x', 2 << 20) .. i end\nreturn 42";
    uh_problems p = {0};
    uh_scenario *sc = uh_scenario_load_text(FILE_NAME, src, strlen(src), &c, 1, &p);
    CHECK(p.count == 1);
    if (p.count)
        CHECK_HAS(p.items[0].msg, "must return a scenario table");
    uh_scenario_free(sc);
    uh_problems_free(&p);
    /* A breach that is caught by the script's own pcall still fails. */
    char *msg = load_problems("local ok = pcall(function() local t = {} for i = 1, 1e9 do t[i] = i end end)\n"
                              "return 42");
    CHECK_HAS(msg, "memory cap of 8 MiB exceeded");
    free(msg);
}

int main(void)
{
    uh_config_defaults(&cfg);
    cfg.limits.instructions = 5000000;  /* a tenth of the default keeps the test quick */
    cfg.limits.memory = (size_t)8 << 20;
    cfg.limits.time_ms = cfg.limits.scene_time_ms = 60000;  /* these tests are about the budget */
    uh_config_defaults(&big);
    big.limits.time_ms = big.limits.scene_time_ms = 500;
    uh_config_defaults(&clock_only);
    clock_only.limits.instructions = 1000000000000LL;
    clock_only.limits.time_ms = clock_only.limits.scene_time_ms = 200;
    RUN(forbidden_globals_are_absent);
    RUN(os_execute_cannot_escape);
    RUN(bytecode_is_refused);
    RUN(string_dump_is_absent);
    RUN(string_metatable_is_unreachable);
    RUN(busy_loop_at_load_is_stopped);
    RUN(busy_loop_in_text_function_is_stopped);
    RUN(busy_loop_inside_pcall_is_stopped);
    RUN(memory_bomb_at_load_is_stopped);
    RUN(memory_bomb_in_text_function_is_stopped);
    RUN(pattern_backtracking_is_charged);
    RUN(string_rep_of_nothing_does_not_spin);
    RUN(table_move_over_huge_range_is_charged);
    RUN(deep_recursion_fails_cleanly);
    RUN(error_values_become_messages);
    RUN(state_is_read_only);
    RUN(math_random_is_seeded_per_run);
    RUN(generated_scene_bomb_is_refused);
    RUN(wrapped_functions_behave_like_stock);
    RUN(default_budget_stops_a_loop);
    RUN(plain_find_of_a_huge_literal_is_stopped);
    RUN(a_huge_character_set_is_stopped);
    RUN(back_references_are_stopped);
    RUN(loops_of_string_functions_on_huge_strings_are_stopped);
    RUN(concatenating_and_comparing_huge_strings_is_stopped);
    RUN(loops_of_table_functions_on_huge_tables_are_stopped);
    RUN(time_limit_stops_a_call);
    RUN(slow_whens_share_one_allowance_per_scene);
    RUN(interrupt_stops_a_running_script);
    RUN(tostring_of_a_table_shows_no_address);
    RUN(error_with_a_table_names_the_line_not_an_address);
    RUN(errors_raised_again_name_the_file_once);
    RUN(memory_recovered_by_the_emergency_collection_is_no_failure);
    uh_config_free(&cfg);
    uh_config_free(&big);
    uh_config_free(&clock_only);
    TEST_END();
}
