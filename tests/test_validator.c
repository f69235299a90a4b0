/* SPDX-License-Identifier: Apache-2.0 */
/* test_validator.c — the scenario validator's C side against hostile files
 * (issue 10, item 4).
 *
 * A few MB of Lua can share one table or one string among thousands of
 * fields. The validator once did work, and kept memory, in proportion to
 * the references rather than to the file: gigabytes and minutes. Each test
 * here is one such file; it must be checked with a bounded list of
 * problems, and the memory the process reached is asserted (no timing is:
 * a hang shows as the ctest timeout). bench/limits.sh prints the times. */
#include <stdlib.h>
#include <sys/resource.h>

#include "core/config.h"
#include "core/run.h"
#include "core/scenario.h"
#include "core/util.h"
#include "testing.h"

#define FILE_NAME "hostile.lua"

static uh_config cfg;

/* The tail every file below shares: a valid scenario around `scenes`. */
#define SCENARIO_WITH(scenes_expr)                                                                \
    "return scenario { id = 'hostile', title = 'T', tactic = 'linkedin', summary = 'S',\n"      \
    "  teaches = { 'report' }, debrief = 'D', start = 's1',\n"                                   \
    "  report = { facts = { { id = 'f', text = 'F', required = true },\n"                       \
    "                       { id = 'd', text = 'D', decoy = true, why = 'W' } } },\n"            \
    "  scenes = " scenes_expr " }\n"

/* Loads src; returns the number of problems and copies the last one's
 * message into last (when given). */
static size_t problems_of(const char *src, char *last, size_t n)
{
    uh_problems p = {0};
    uh_scenario *sc = uh_scenario_load_text(FILE_NAME, src, strlen(src), &cfg, 1, &p);
    size_t count = p.count;
    if (last && n)
        snprintf(last, n, "%s", count ? p.items[count - 1].msg : "");
    uh_scenario_free(sc);
    uh_problems_free(&p);
    return count;
}

/* Peak resident memory of this process so far, in MiB; under
 * AddressSanitizer, which keeps freed memory in quarantine and shadows the
 * rest, scaled down to what the program itself would use. */
static long peak_mib(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    long mib = ru.ru_maxrss / 1024;
#if defined(__SANITIZE_ADDRESS__)
    mib /= 4;
#endif
    return mib;
}

/* 2000 scenes share one list of 100 flags and 100 innocent details, all
 * with the same id: the duplicate check compared every pair and recorded
 * each one (3.9 GB and growing). */
TEST(one_shared_list_of_equal_ids_is_reported_briefly)
{
    const char *src =
        "local flags = {}\n"
        "for j = 1, 100 do flags[j] = { id = 'same', text = 't' } end\n"
        "local scenes = {}\n"
        "for i = 1, 1999 do scenes['s' .. i] = { text = 'x', flags = flags, innocent = flags,\n"
        "  choices = { { 'next', go = 's' .. (i + 1) }, { 'Report', go = 's2000', report = true } } } end\n"
        "scenes.s2000 = { text = 'end', ending = 'reported' }\n"
        SCENARIO_WITH("scenes");
    char last[800];
    size_t n = problems_of(src, last, sizeof last);
    CHECK(n == 101);  /* a hundred kept, and the count of the rest */
    const char *said = last;
    CHECK_HAS(said, "\xE2\x80\xA6 and ");
    CHECK_HAS(said, "more problems");
    CHECK(peak_mib() < 512);
}

/* One choice table with 2000 unknown keys, shared by every choice of 2000
 * scenes: one problem per unknown key per visit (4.2 GB). */
TEST(a_shared_table_of_unknown_keys_is_reported_once)
{
    const char *src =
        "local choice = { 'next', go = 's1' }\n"
        "for k = 1, 2000 do choice['junk' .. k] = k end\n"
        "local choices = {}\n"
        "for j = 1, 100 do choices[j] = choice end\n"
        "choices[100] = { 'Report', go = 'end', report = true }\n"
        "local scenes = { ['end'] = { text = 'end', ending = 'reported' } }\n"
        "for i = 1, 1999 do scenes['s' .. i] = { text = 'x', choices = choices } end\n"
        SCENARIO_WITH("scenes");
    uh_problems p = {0};
    uh_scenario *sc = uh_scenario_load_text(FILE_NAME, src, strlen(src), &cfg, 1, &p);
    size_t unknown = 0, more_fields = 0;
    for (size_t i = 0; i < p.count; i++) {
        unknown += strstr(p.items[i].msg, "unknown field 'junk") != NULL;
        more_fields += strstr(p.items[i].msg, "more than 64 fields") != NULL;
    }
    CHECK(unknown > 0 && unknown <= 64);
    CHECK(more_fields == 1);
    CHECK(p.count <= 101);
    uh_scenario_free(sc);
    uh_problems_free(&p);
    CHECK(peak_mib() < 512);
}

/* One 8 MiB string in some 14,000 fields: each was copied before its
 * length was checked (4.6 GB). */
TEST(a_huge_string_in_every_field_is_never_copied)
{
    const char *src =
        "local big = string.rep('x', 8 << 20)\n"
        "local choices = {}\n"
        "for j = 1, 99 do choices[j] = { big, go = 's1', gives = big } end\n"
        "choices[100] = { 'Report', go = 'end', report = true }\n"
        "local scenes = { ['end'] = { text = 'end', ending = 'reported', lesson = big } }\n"
        "for i = 1, 70 do scenes['s' .. i] = { text = big, choices = choices,\n"
        "  flags = { { id = 'f' .. i, text = big } } } end\n"
        SCENARIO_WITH("scenes");
    uh_problems p = {0};
    uh_scenario *sc = uh_scenario_load_text(FILE_NAME, src, strlen(src), &cfg, 1, &p);
    CHECK(!sc->ok);
    CHECK(p.count == 101);
    if (p.count)
        CHECK_HAS(p.items[0].msg, "bytes, more than the limit of 16384");
    uh_scenario_free(sc);
    uh_problems_free(&p);
    CHECK(peak_mib() < 512);
}

/* Many strings each under the per-field limit still add up: the file's
 * strings are bounded as a whole. */
TEST(strings_that_add_up_are_bounded)
{
    const char *src =
        "local big = string.rep('x', 16000)\n"
        "local scenes = { ['end'] = { text = 'end', ending = 'reported' } }\n"
        "for i = 1, 40 do\n"
        "  local choices = {}\n"
        "  for j = 1, 99 do choices[j] = { 'c', go = 'end', gives = big .. j } end\n"
        "  choices[100] = { 'Report', go = 'end', report = true }\n"
        "  scenes['s' .. i] = { text = 'x', choices = choices }\n"
        "end\n"
        SCENARIO_WITH("scenes");
    uh_problems p = {0};
    uh_scenario *sc = uh_scenario_load_text(FILE_NAME, src, strlen(src), &cfg, 1, &p);
    bool said = false;
    for (size_t i = 0; i < p.count; i++)
        said |= strstr(p.items[i].msg, "strings add up to more than 32 MiB") != NULL;
    CHECK(said);
    uh_scenario_free(sc);
    uh_problems_free(&p);
}

/* Writes a source of 2000 scenes x 100 choices, every field on its own
 * line (about 9 MB): the most the documented limits allow. When
 * bad_last_go is set, the last scene's first choice goes nowhere. */
static char *big_source(bool bad_last_go, int *bad_line)
{
    size_t cap = (size_t)12 << 20, n = 0;
    char *s = uh_xmalloc(cap);
    int line = 1;
#define OUT(...) (n += (size_t)snprintf(s + n, cap - n, __VA_ARGS__))
    OUT("return scenario { id = 'big', title = 'T', tactic = 'linkedin', summary = 'S',\n");
    OUT("  teaches = { 'report' }, debrief = 'D', start = 's1',\n");
    OUT("  report = { facts = { { id = 'f', text = 'F', required = true },\n");
    OUT("                       { id = 'd', text = 'D', decoy = true, why = 'W' } } },\n");
    OUT("  scenes = {\n");
    line = 6;
    for (int i = 1; i < 2000; i++) {
        OUT("    s%d = { text = 'Scene %d.', choices = {\n", i, i);
        line++;
        for (int j = 1; j < 100; j++) {
            bool bad = bad_last_go && i == 1999 && j == 1;
            if (bad)
                *bad_line = line;
            OUT("      { 'Choice %d', go = '%s%d', hook = 1 },\n", j, bad ? "nowhere" : "s", i % 1999 + 1);
            line++;
        }
        OUT("      { 'Report', go = 'end', report = true },\n    } },\n");
        line += 2;
    }
    OUT("    ['end'] = { text = 'The end.', ending = 'reported' },\n  } }\n");
#undef OUT
    return s;
}

/* Finding a field's line scanned the source from the top for every field
 * (a 5 MB source: over 300 s). A file at the limits now checks, and the
 * line of a problem near its end is still right. */
TEST(a_source_at_the_limits_is_not_rescanned_per_field)
{
    int bad_line = 0;
    char *src = big_source(false, &bad_line);
    uh_problems p = {0};
    uh_scenario *sc = uh_scenario_load_text(FILE_NAME, src, strlen(src), &cfg, 1, &p);
    CHECK_MSG(sc->ok && p.count == 0, "%s", p.count ? p.items[0].msg : "");
    CHECK(sc->nscenes == 2000);
    /* It plays, too: the run loads its own copy and shows 100 choices. */
    uh_error err;
    uh_run *run = uh_run_new(sc, &cfg, 1, &err);
    CHECK(run && uh_run_nchoices(run) == 100);
    for (int i = 0; run && i < 50; i++)
        CHECK(uh_run_choose(run, 0, &err) == 0);
    CHECK(run && uh_run_choose(run, 99, &err) == 0);
    uh_run_free(run);
    uh_scenario_free(sc);
    uh_problems_free(&p);
    free(src);

    src = big_source(true, &bad_line);
    memset(&p, 0, sizeof p);
    sc = uh_scenario_load_text(FILE_NAME, src, strlen(src), &cfg, 1, &p);
    CHECK(p.count >= 1);
    if (p.count) {
        CHECK_HAS(p.items[0].msg, "goes to 'nowhere1', which is no scene");
        CHECK_MSG(p.items[0].line == bad_line, "line %d, expected %d", p.items[0].line, bad_line);
    }
    uh_scenario_free(sc);
    uh_problems_free(&p);
    free(src);
}

/* A record table whose array part is huge and empty made every visit walk
 * it; shared by every choice, that was 200,000 walks. */
TEST(a_shared_table_with_a_huge_empty_array_is_walked_once)
{
    const char *src =
        "local choice = {}\n"
        "for i = 1, 1e6 do choice[i] = true end\n"
        "for i = 1, 1e6 do choice[i] = nil end\n"
        "choice[1] = 'next' choice.go = 'end'\n"
        "local choices = {}\n"
        "for j = 1, 99 do choices[j] = choice end\n"
        "choices[100] = { 'Report', go = 'end', report = true }\n"
        "local scenes = { ['end'] = { text = 'end', ending = 'reported' } }\n"
        "for i = 1, 1999 do scenes['s' .. i] = { text = 'x', choices = choices } end\n"
        "scenes.s1.choices = { { 'on', go = 's2' }, { 'Report', go = 'end', report = true } }\n"
        SCENARIO_WITH("scenes");
    problems_of(src, NULL, 0);
    CHECK(peak_mib() < 512);
}

int main(void)
{
    uh_config_defaults(&cfg);
    /* Generous time limits: these files take a while to build in Lua on a
     * busy machine, and the test is about the validator. */
    cfg.limits.time_ms = cfg.limits.scene_time_ms = 60000;
    cfg.limits.instructions = 1000000000;
    RUN(one_shared_list_of_equal_ids_is_reported_briefly);
    RUN(a_shared_table_of_unknown_keys_is_reported_once);
    RUN(a_huge_string_in_every_field_is_never_copied);
    RUN(strings_that_add_up_are_bounded);
    RUN(a_source_at_the_limits_is_not_rescanned_per_field);
    RUN(a_shared_table_with_a_huge_empty_array_is_walked_once);
    uh_config_free(&cfg);
    TEST_END();
}
