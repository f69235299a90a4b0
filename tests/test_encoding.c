/* SPDX-License-Identifier: Apache-2.0 */
/* test_encoding.c — scenario files and texts that are not UTF-8.
 *
 * A scenario is a UTF-8 file (SPEC.md section 2). A file saved as
 * Latin-1, a field built from escaped bytes ("\xe9", string.char(233)) or
 * a text function returning such bytes once passed the checker and went
 * on, as it was, to the screen, the results and the LRS (which refuses
 * JSON that is not UTF-8); a NUL byte silently cut a text short. Each is
 * now refused with the file and line. A byte-order mark, which some
 * editors write at the start of a UTF-8 file, was a syntax error; it is
 * skipped, as the lua program skips it. */
#include <stdlib.h>

#include "core/config.h"
#include "core/run.h"
#include "core/scenario.h"
#include "core/util.h"
#include "testing.h"

#define FILE_NAME "encoding.lua"

static uh_config cfg;

/* A valid scenario with `title` and the first scene's `text` as given
 * (Lua expressions). */
#define SCENARIO(title, text)                                                                      \
    "return scenario { id = 'encoding', title = " title ", tactic = 'linkedin',\n"                \
    "  summary = 'S', teaches = { 'report' }, debrief = 'D', start = 'a',\n"                      \
    "  report = { facts = { { id = 'f', text = 'F', required = true },\n"                          \
    "                       { id = 'd', text = 'D', decoy = true, why = 'W' } } },\n"             \
    "  scenes = {\n"                                                                                \
    "    a = { text = " text ",\n"                                                                 \
    "          choices = { { 'Report', go = 'z', report = true } } },\n"                           \
    "    z = { text = 'end', ending = 'reported' } } }\n"

/* Loads the n bytes of src; returns the number of problems and copies the
 * first one into first (when given). */
static size_t load(const char *src, size_t n, uh_error *first, uh_scenario **out)
{
    uh_problems p = {0};
    uh_scenario *sc = uh_scenario_load_text(FILE_NAME, src, n, &cfg, 1, &p);
    size_t count = p.count;
    if (first && count)
        *first = p.items[0];
    uh_problems_free(&p);
    if (out)
        *out = sc;
    else
        uh_scenario_free(sc);
    return count;
}

TEST(utf8_validator_refuses_overlongs_surrogates_and_truncations)
{
    CHECK(uh_utf8_invalid("", 0) == 0);
    CHECK(uh_utf8_invalid("caf\xC3\xA9 \xE2\x80\xA6 \xF0\x9F\x98\x80", 14) == 14);
    CHECK(uh_utf8_invalid("caf\xE9", 4) == 3);             /* Latin-1 */
    CHECK(uh_utf8_invalid("a\xC0\xAF", 3) == 1);            /* overlong '/' */
    CHECK(uh_utf8_invalid("\xE0\x80\xAF", 3) == 0);         /* overlong, 3 bytes */
    CHECK(uh_utf8_invalid("\xED\xA0\x80", 3) == 0);         /* a surrogate */
    CHECK(uh_utf8_invalid("\xF4\x90\x80\x80", 4) == 0);     /* past U+10FFFF */
    CHECK(uh_utf8_invalid("ab\xE2\x80", 4) == 2);           /* cut short */
    CHECK(uh_utf8_invalid("\x80", 1) == 0);                 /* a lone continuation */
    CHECK(uh_utf8_invalid("\xF4\x8F\xBF\xBF", 4) == 4);     /* U+10FFFF itself */
}

TEST(latin1_file_is_refused_naming_the_line)
{
    const char *src = SCENARIO("'T'", "'Un inconnu \xE9" "crit.'");
    uh_error e;
    CHECK(load(src, strlen(src), &e, NULL) == 1);
    CHECK_STR(e.file, FILE_NAME);
    CHECK(e.line == 6);
    CHECK(strstr(e.msg, "not UTF-8") != NULL);
    CHECK(strstr(e.msg, "0xE9") != NULL);
}

TEST(escaped_bytes_that_are_not_utf8_are_refused)
{
    const char *src = SCENARIO("'Caf\\xe9'", "string.char(233)");
    uh_error e;
    CHECK(load(src, strlen(src), &e, NULL) == 2);
    CHECK_STR(e.file, FILE_NAME);
    CHECK(e.line == 1);  /* the title, then the scene's text */
    CHECK(strstr(e.msg, "'title' is not UTF-8") != NULL);
}

TEST(nul_byte_in_a_field_is_refused)
{
    const char *src = SCENARIO("'Title\\0hidden'", "'x'");
    uh_error e;
    CHECK(load(src, strlen(src), &e, NULL) == 1);
    CHECK(strstr(e.msg, "'title' contains a NUL byte") != NULL);
}

TEST(text_function_returning_bytes_that_are_not_utf8_stops_the_run)
{
    const char *srcs[] = {
        SCENARIO("'T'", "function(s) return 'caf' .. string.char(233) end"),
        SCENARIO("'T'", "function(s) return 'a\\0b' end"),
    };
    for (size_t i = 0; i < 2; i++) {
        uh_scenario *sc;
        CHECK(load(srcs[i], strlen(srcs[i]), NULL, &sc) == 0);
        uh_error err;
        uh_run *run = uh_run_new(sc, &cfg, 1, &err);
        CHECK(run == NULL || uh_run_state_of(run) == UH_RUN_FAILED);
        const uh_error *e = run ? uh_run_error(run) : &err;
        CHECK_STR(e->file, FILE_NAME);
        CHECK(e->line == 6);
        CHECK(strstr(e->msg, i == 0 ? "not UTF-8" : "NUL byte") != NULL);
        uh_run_free(run);
        uh_scenario_free(sc);
    }
}

TEST(byte_order_mark_is_skipped)
{
    const char *body = SCENARIO("'T'", "'x'");
    size_t n = strlen(body);
    char *src = malloc(n + 3);
    memcpy(src, "\xEF\xBB\xBF", 3);
    memcpy(src + 3, body, n);
    uh_error e = {0};
    uh_scenario *sc;
    CHECK(load(src, n + 3, &e, &sc) == 0);
    CHECK(sc->ok);
    uh_scenario_free(sc);
    /* Errors still name the right line. */
    const char *bad = "\xEF\xBB\xBF" "return scenario {\n  id = \n";
    CHECK(load(bad, strlen(bad), &e, NULL) == 1);
    CHECK(e.line == 3);
    CHECK(strstr(e.msg, "syntax error") != NULL || strstr(e.msg, "unexpected") != NULL);
    free(src);
}

int main(void)
{
    uh_config_defaults(&cfg);
    RUN(utf8_validator_refuses_overlongs_surrogates_and_truncations);
    RUN(latin1_file_is_refused_naming_the_line);
    RUN(escaped_bytes_that_are_not_utf8_are_refused);
    RUN(nul_byte_in_a_field_is_refused);
    RUN(text_function_returning_bytes_that_are_not_utf8_stops_the_run);
    RUN(byte_order_mark_is_skipped);
    uh_config_free(&cfg);
    TEST_END();
}
