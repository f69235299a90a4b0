/* SPDX-License-Identifier: Apache-2.0 */
/* test_config.c — embedded defaults, overrides, and refusals that name
 * the offending key. */
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/config.h"
#include "core/util.h"
#include "testing.h"

TEST(defaults_match_the_spec)
{
    uh_config c;
    uh_config_defaults(&c);
    CHECK(c.nto == 4 && c.nhow == 5); /* the SPEC's four and post_publicly */
    CHECK_STR(c.to[0].id, "security");
    CHECK_NEAR(c.to[0].credit, 1.0);
    CHECK_NEAR(uh_config_find_to(&c, "manager")->credit, 0.5);
    CHECK_NEAR(uh_config_find_to(&c, "contact")->credit, 0);
    CHECK(uh_config_find_how(&c, "keep_evidence")->correct);
    CHECK(!uh_config_find_how(&c, "forward_personal")->correct);
    CHECK_NEAR(c.scoring.w_timing, 0.5);
    CHECK(c.scoring.pass_mark == 70);
    CHECK(c.limits.instructions == 50000000);
    CHECK(c.limits.memory == (size_t)64 << 20);
    uh_config_free(&c);
    uh_config_free(NULL);
}

TEST(a_file_overrides_a_subset)
{
    uh_config c;
    uh_error e;
    int rc = uh_config_load_text(&c,
        "{ \"organisation\": \"Acme Drives\", \"security_contact\": { \"phone\": \"+44 20 7946 0000\" },"
        "  \"scoring\": { \"pass_mark\": 80, \"weights\": { \"timing\": 0.4, \"quality\": 0.4, \"spotting\": 0.2 } },"
        "  \"report\": { \"to\": [ { \"id\": \"cso\", \"label\": \"The CSO's office\", \"credit\": 1 } ] } }",
        "site.json", &e);
    CHECK(rc == 0);
    CHECK_STR(c.organisation, "Acme Drives");
    CHECK_STR(c.security_phone, "+44 20 7946 0000");
    CHECK_STR(c.security_team, "Corporate Security");  /* untouched default */
    CHECK(c.scoring.pass_mark == 80);
    CHECK_NEAR(c.scoring.w_quality, 0.4);
    CHECK(c.nto == 1 && c.nhow == 5);
    uh_config_free(&c);
}

static void refused(const char *json, const char *needle)
{
    uh_config c;
    uh_error e;
    CHECK_MSG(uh_config_load_text(&c, json, "bad.json", &e) == -1, "accepted: %s", json);
    CHECK_STR(e.file, "bad.json");
    CHECK_HAS(e.msg, needle);
    CHECK(c.scoring.pass_mark == 70);  /* defaults remain usable */
    uh_config_free(&c);
}

TEST(mistakes_are_refused_naming_the_key)
{
    refused("{ \"pass_mark\": 80 }", "\"pass_mark\": unknown key");
    refused("{ \"scoring\": { \"pass_mark\": \"high\" } }", "\"scoring.pass_mark\": must be a number");
    refused("{ \"scoring\": { \"pass_mark\": 170 } }", "\"scoring.pass_mark\": must be between 0 and 100");
    refused("{ \"scoring\": { \"weights\": { \"timing\": 0.9 } } }", "must add up to 1");
    refused("{ \"report\": { \"to\": [ { \"id\": \"x\", \"label\": \"X\", \"credit\": 2 } ] } }",
            "\"report.to[0].credit\"");
    refused("{ \"report\": { \"how\": [ { \"id\": \"x\" } ] } }", "\"report.how[0].label\": is required");
    refused("{ \"limits\": { \"memory_mib\": \"lots\" } }", "\"limits.memory_mib\"");
    refused("{ \"security_contact\": \"call Bob\" }", "\"security_contact\": must be an object");
    refused("{ \"allow_anonymous\": 1 }", "\"allow_anonymous\": must be true or false");
    refused("[1, 2]", "must be a JSON object");
}

/* Accessibility: the session's starting text size, contrast, motion and
 * read aloud; a size the screens do not offer is refused. */
TEST(accessibility_defaults_and_overrides)
{
    uh_config c;
    uh_config_defaults(&c);
    CHECK(c.a11y.text_size == 100 && !c.a11y.high_contrast && !c.a11y.reduced_motion && c.a11y.read_aloud);
    uh_config_free(&c);
    uh_error e;
    int rc = uh_config_load_text(&c,
        "{ \"accessibility\": { \"text_size\": 150, \"high_contrast\": true, \"reduced_motion\": true,"
        "  \"read_aloud\": false } }", "site.json", &e);
    CHECK_MSG(rc == 0, "%s", e.msg);
    CHECK(c.a11y.text_size == 150 && c.a11y.high_contrast && c.a11y.reduced_motion && !c.a11y.read_aloud);
    uh_config_free(&c);
    rc = uh_config_load_text(&c, "{ \"accessibility\": { \"text_size\": 200 } }", "site.json", &e);
    CHECK(rc == 0 && c.a11y.text_size == 200 && c.a11y.read_aloud);
    uh_config_free(&c);
    refused("{ \"accessibility\": { \"text_size\": 120 } }",
            "\"accessibility.text_size\": must be one of the sizes offered: 100, 150, 200");
    refused("{ \"accessibility\": { \"text_size\": 400 } }", "\"accessibility.text_size\": must be between 100 and 200");
    refused("{ \"accessibility\": { \"text_size\": 150.5 } }", "must be a whole number");
    refused("{ \"accessibility\": { \"high_contrast\": \"yes\" } }",
            "\"accessibility.high_contrast\": must be true or false");
    refused("{ \"accessibility\": { \"large_text\": true } }", "\"accessibility.large_text\": unknown key");
    refused("{ \"accessibility\": true }", "\"accessibility\": must be an object");
}

TEST(malformed_json_names_the_line)
{
    uh_config c;
    uh_error e;
    CHECK(uh_config_load_text(&c, "{\n  \"organisation\": \"A\",\n  oops\n}", "broken.json", &e) == -1);
    CHECK_HAS(e.msg, "malformed JSON");
    CHECK(e.line == 3);
    uh_config_free(&c);
    CHECK(uh_config_load(&c, "/nonexistent/unhooked.json", &e) == -1);
    CHECK_STR(e.file, "/nonexistent/unhooked.json");
    uh_config_free(&c);
}

TEST(time_limits_have_spec_defaults_and_are_checked)
{
    uh_config c;
    uh_error e;
    uh_config_defaults(&c);
    CHECK(c.limits.time_ms == 1000 && c.limits.scene_time_ms == 1000);
    uh_config_free(&c);
    CHECK(uh_config_load_text(&c, "{ \"limits\": { \"time_ms\": 250, \"scene_time_ms\": 400 } }",
                              "t.json", &e) == 0);
    CHECK(c.limits.time_ms == 250 && c.limits.scene_time_ms == 400);
    uh_config_free(&c);
    refused("{ \"limits\": { \"time_ms\": 0 } }", "\"limits.time_ms\": must be between 10 and 600000");
    refused("{ \"limits\": { \"scene_time_ms\": 100.5 } }", "\"limits.scene_time_ms\": must be a whole number");
}

/* Issue 10, item 8: a second JSON document after the first was silently
 * ignored (cJSON stops at the end of the first). */
TEST(a_second_json_document_is_refused)
{
    uh_config c;
    uh_error e;
    CHECK(uh_config_load_text(&c, "{ \"organisation\": \"A\" }\n\n{ \"organisation\": \"B\" }",
                              "two.json", &e) == -1);
    CHECK_HAS(e.msg, "more than one JSON value");
    CHECK(e.line == 3);
    uh_config_free(&c);
    CHECK(uh_config_load_text(&c, "{}\n  \n", "spaces.json", &e) == 0);  /* trailing space is fine */
    uh_config_free(&c);
}

/* Issue 10, item 8: a key given twice was accepted and the first won. */
TEST(a_duplicate_key_is_refused)
{
    refused("{ \"scoring\": { \"pass_mark\": 80, \"pass_mark\": 20 } }", "key \"pass_mark\" appears twice");
    refused("{ \"organisation\": \"A\", \"organisation\": \"B\" }", "key \"organisation\" appears twice");
    refused("{ \"report\": { \"to\": [ { \"id\": \"a\", \"id\": \"b\", \"label\": \"L\" } ] } }",
            "key \"id\" appears twice");
}

/* Issue 10, item 15: `--config /dev/zero` read until a 4 GiB allocation
 * failed, and a named pipe hung the reader. Only regular files up to a
 * size limit are read. */
/* Two report options with one id: the form showed both, but the answers,
 * the scoring and the results found only the first, so a trainee who chose
 * the second (credit 0) was scored as the first (credit 1). */
TEST(duplicate_report_option_ids_are_refused)
{
    refused("{ \"report\": { \"to\": [ { \"id\": \"a\", \"label\": \"A\", \"credit\": 1 },"
            " { \"id\": \"b\", \"label\": \"B\", \"credit\": 0 },"
            " { \"id\": \"a\", \"label\": \"C\", \"credit\": 0 } ] } }",
            "\"report.to[2].id\": \"a\" is already the id of report.to[0]");
    refused("{ \"report\": { \"how\": [ { \"id\": \"x\", \"label\": \"X\", \"correct\": true },"
            " { \"id\": \"x\", \"label\": \"Y\" } ] } }",
            "\"report.how[1].id\": \"x\" is already the id of report.how[0]");
}

TEST(config_from_a_device_or_pipe_is_refused)
{
    uh_config c;
    uh_error e;
    CHECK(uh_config_load(&c, "/dev/zero", &e) == -1);
    CHECK_STR(e.file, "/dev/zero");
    CHECK_HAS(e.msg, "not a regular file (a device)");
    uh_config_free(&c);
    char dir[] = "/tmp/uh-config-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char *fifo = uh_xasprintf("%s/config.json", dir);
    CHECK(mkfifo(fifo, 0600) == 0);
    CHECK(uh_config_load(&c, fifo, &e) == -1);
    CHECK_HAS(e.msg, "not a regular file (a named pipe)");
    uh_config_free(&c);
    remove(fifo);
    CHECK(uh_config_load(&c, dir, &e) == -1);
    CHECK_HAS(e.msg, "not a regular file (a folder)");
    uh_config_free(&c);
    /* Over the limit: refused by its size. */
    FILE *f = fopen(fifo, "w");
    CHECK(f && fseek(f, (long)UH_CONFIG_MAX, SEEK_SET) == 0 && fputc(' ', f) != EOF);
    if (f)
        fclose(f);
    CHECK(uh_config_load(&c, fifo, &e) == -1);
    CHECK_HAS(e.msg, "more than the limit");
    uh_config_free(&c);
    remove(fifo);
    rmdir(dir);
    free(fifo);
}

int main(void)
{
    RUN(defaults_match_the_spec);
    RUN(a_file_overrides_a_subset);
    RUN(mistakes_are_refused_naming_the_key);
    RUN(accessibility_defaults_and_overrides);
    RUN(malformed_json_names_the_line);
    RUN(time_limits_have_spec_defaults_and_are_checked);
    RUN(a_second_json_document_is_refused);
    RUN(a_duplicate_key_is_refused);
    RUN(duplicate_report_option_ids_are_refused);
    RUN(config_from_a_device_or_pipe_is_refused);
    TEST_END();
}
