/* test_sandbox.c — one test per attack on the scenario sandbox (SPEC §2).
 *
 * Every attack must fail with a message naming the file (and line where
 * Lua knows it), and leave the process healthy: after each one a normal
 * scenario still loads and runs. */
#include <stdlib.h>

#include <lauxlib.h>
#include <lualib.h>

#include "core/config.h"
#include "core/run.h"
#include "core/scenario.h"
#include "core/util.h"
#include "testing.h"

#define FILE_NAME "attack.lua"

static uh_config cfg;

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

int main(void)
{
    uh_config_defaults(&cfg);
    cfg.limits.instructions = 5000000;  /* a tenth of the default keeps the test quick */
    cfg.limits.memory = (size_t)8 << 20;
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
    uh_config_free(&cfg);
    TEST_END();
}
