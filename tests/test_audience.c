/* SPDX-License-Identifier: Apache-2.0 */
/* test_audience.c — choosing which scenarios a kiosk offers by audience:
 * the "audiences" configuration key, the window's `--only` list, and the
 * library filter applied to the shipped scenarios. */
#include <stdlib.h>

#include "core/config.h"
#include "core/scenario.h"
#include "core/util.h"
#include "testing.h"

TEST(config_key_accepts_known_audiences_and_names_unknown_ones)
{
    uh_config c;
    uh_error e;
    CHECK(uh_config_load_text(&c, "{ \"audiences\": [\"research\", \"sales\"] }", "site.json", &e) == 0);
    CHECK(c.naudiences == 2);
    CHECK_STR(c.audiences[0], "research");
    CHECK_STR(c.audiences[1], "sales");
    uh_config_free(&c);

    CHECK(uh_config_load_text(&c, "{ \"audiences\": null }", "site.json", &e) == 0);
    CHECK(c.naudiences == 0);  /* null: every scenario */
    uh_config_free(&c);

    CHECK(uh_config_load_text(&c, "{ \"audiences\": [\"research\", \"spies\"] }", "bad.json", &e) == -1);
    CHECK_STR(e.file, "bad.json");
    CHECK_HAS(e.msg, "\"audiences\": unknown audience 'spies'");
    CHECK_HAS(e.msg, "leavers");  /* the known ids are listed */
    CHECK(c.naudiences == 0);     /* defaults again after a refusal */
    uh_config_free(&c);

    CHECK(uh_config_load_text(&c, "{ \"audiences\": \"research\" }", "bad.json", &e) == -1);
    CHECK_HAS(e.msg, "\"audiences\": must be a list of audience ids");
    uh_config_free(&c);
    CHECK(uh_config_load_text(&c, "{ \"audiences\": [3] }", "bad.json", &e) == -1);
    CHECK_HAS(e.msg, "must be a list of audience ids");
    uh_config_free(&c);
}

TEST(only_option_replaces_the_configured_list)
{
    uh_config c;
    uh_error e;
    CHECK(uh_config_load_text(&c, "{ \"audiences\": [\"office\"] }", "site.json", &e) == 0);
    CHECK(uh_config_set_audiences(&c, "research, sales,,leavers", &e) == 0);
    CHECK(c.naudiences == 3);
    CHECK_STR(c.audiences[0], "research");
    CHECK_STR(c.audiences[1], "sales");
    CHECK_STR(c.audiences[2], "leavers");

    /* A typo is refused and leaves the list as it was. */
    CHECK(uh_config_set_audiences(&c, "research,salse", &e) == -1);
    CHECK_HAS(e.msg, "unknown audience 'salse'");
    CHECK(c.naudiences == 3);
    CHECK(uh_config_set_audiences(&c, " , ", &e) == -1);
    CHECK_HAS(e.msg, "one or more audience ids");
    CHECK(uh_config_set_audiences(&c, "", &e) == -1);
    CHECK(c.naudiences == 3);
    uh_config_free(&c);
}

static size_t index_of(const uh_library *lib, const char *id)
{
    for (size_t i = 0; i < lib->count; i++)
        if (lib->items[i]->id && strcmp(lib->items[i]->id, id) == 0)
            return i;
    return (size_t)-1;
}

TEST(a_research_kiosk_offers_research_and_general_scenarios_only)
{
    uh_config cfg;
    uh_config_defaults(&cfg);
    const char *src = getenv("UNHOOKED_SOURCE_DIR");
    char *dir = uh_xasprintf("%s/scenarios", src ? src : "..");
    const char *paths[] = {dir};
    uh_library lib;
    uh_library_load(&lib, paths, 1, &cfg);
    size_t all = lib.count;
    CHECK(index_of(&lib, "odd-order") != (size_t)-1);

    char *only[] = {"research"};
    uh_library_keep_audiences(&lib, only, 1);
    CHECK(lib.count < all);
    CHECK(index_of(&lib, "research-transfer") != (size_t)-1);  /* tagged research */
    CHECK(index_of(&lib, "mostly-harmless") != (size_t)-1);    /* tagged everyone */
    CHECK(index_of(&lib, "odd-order") == (size_t)-1);          /* sales only */
    CHECK(index_of(&lib, "after-you-leave") == (size_t)-1);    /* leavers only */
    for (size_t i = 0; i < lib.count; i++)
        CHECK_MSG(uh_scenario_for_audiences(lib.items[i], only, 1), "%s kept", lib.items[i]->id);

    /* No list keeps everything. */
    uh_library_keep_audiences(&lib, NULL, 0);
    CHECK(index_of(&lib, "research-transfer") != (size_t)-1);
    uh_library_free(&lib);

    /* Two audiences: the union. */
    uh_library_load(&lib, paths, 1, &cfg);
    char *two[] = {"sales", "leavers"};
    uh_library_keep_audiences(&lib, two, 2);
    CHECK(index_of(&lib, "odd-order") != (size_t)-1);
    CHECK(index_of(&lib, "after-you-leave") != (size_t)-1);
    CHECK(index_of(&lib, "research-transfer") == (size_t)-1);
    uh_library_free(&lib);
    free(dir);
    uh_config_free(&cfg);
}

TEST(untagged_scenarios_are_for_everyone)
{
    uh_config cfg;
    uh_config_defaults(&cfg);
    uh_problems p = {0};
    static const char src[] =
        "return scenario { id = 'x', title = 'X', tactic = 'linkedin', summary = 'S', teaches = { 'report' },"
        " debrief = 'D', start = 'a', report = { facts = { { id = 'f', text = 'F', required = true },"
        " { id = 'd', text = 'D', decoy = true, why = 'W' } } },"
        " scenes = { a = { text = 'A', choices = { { 'Tell security', go = 'b', report = true } } },"
        " b = { text = 'B', ending = 'reported' } } }";
    uh_scenario *sc = uh_scenario_load_text("x.lua", src, sizeof src - 1, &cfg, 1, &p);
    CHECK(sc && sc->ok && sc->naudience == 0);
    char *only[] = {"office"};
    CHECK(uh_scenario_for_audiences(sc, only, 1));
    uh_scenario_free(sc);
    uh_problems_free(&p);
    uh_config_free(&cfg);
}

int main(void)
{
    RUN(config_key_accepts_known_audiences_and_names_unknown_ones);
    RUN(only_option_replaces_the_configured_list);
    RUN(a_research_kiosk_offers_research_and_general_scenarios_only);
    RUN(untagged_scenarios_are_for_everyone);
    TEST_END();
}
