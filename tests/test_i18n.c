/* SPDX-License-Identifier: Apache-2.0 */
/* test_i18n.c — the program's words in the trainee's language: gettext
 * switched between languages in one process (as a kiosk does between
 * trainees), plural forms, the configuration's defaults translated but an
 * organisation's own words left alone, the debrief in German, the
 * "language" setting, and dates and numbers written per language.
 *
 * Runs on the catalogs built in the build tree (build/locale), with
 * nothing but C.UTF-8 needed from the system. */
#include <stdlib.h>

#include "core/config.h"
#include "core/i18n.h"
#include "core/translated.h"
#include "core/translation.h"
#include "session/debrief.h"
#include "session/session.h"
#include "testing.h"

TEST(language_codes_are_read_the_ways_the_environment_writes_them)
{
    CHECK_STR(uh_language_find("de")->code, "de");
    CHECK_STR(uh_language_find("de_DE.UTF-8")->code, "de");
    CHECK_STR(uh_language_find("de-AT")->code, "de");
    CHECK_STR(uh_language_find("DE")->code, "de");
    CHECK_STR(uh_language_find("en_GB")->code, "en");
    CHECK(uh_language_find("fr") == NULL);
    CHECK(uh_language_find("deutsch") == NULL);
    CHECK(uh_language_find("C.UTF-8") == NULL);
    CHECK(uh_language_find(NULL) == NULL);
    CHECK_STR(uh_i18n_tag("de"), "de-DE");
    CHECK_STR(uh_i18n_tag("en"), "en-US");
    CHECK_STR(uh_i18n_tag(NULL), "en-US");
    CHECK_STR(uh_i18n_tag("xx"), "en-US");
    CHECK_STR(uh_language_find("de")->name, "Deutsch");
}

TEST(the_environment_names_the_language_in_gettexts_order)
{
    setenv("LANGUAGE", "fr:de:en", 1);
    setenv("LANG", "en_US.UTF-8", 1);
    CHECK_STR(uh_language_from_env()->code, "de");  /* the first of the list it knows */
    unsetenv("LANGUAGE");
    CHECK_STR(uh_language_from_env()->code, "en");
    setenv("LC_ALL", "de_DE.UTF-8", 1);
    CHECK_STR(uh_language_from_env()->code, "de");  /* LC_ALL before LANG */
    setenv("LC_ALL", "C.UTF-8", 1);
    CHECK(uh_language_from_env() == NULL);          /* C names no language */
    unsetenv("LC_ALL");
    unsetenv("LANG");
    CHECK(uh_language_from_env() == NULL);
}

TEST(the_language_switches_twice_in_one_process_and_back)
{
    CHECK_STR(uh_i18n_init("de")->code, "de");
    CHECK_STR(_("You walked away"), "Sie sind ausgestiegen");
    CHECK_STR(uh_debrief_ending_title("hooked"), "Sie hängen am Haken");
    CHECK_STR(uh_i18n_set_language("en")->code, "en");
    CHECK_STR(_("You walked away"), "You walked away");
    CHECK_STR(uh_debrief_ending_title("hooked"), "You were hooked");
    uh_i18n_set_language("de");
    CHECK_STR(_("You walked away"), "Sie sind ausgestiegen");
    /* An unknown language is English, not the last one set. */
    CHECK_STR(uh_i18n_set_language("fr")->code, "en");
    CHECK_STR(_("You walked away"), "You walked away");
    CHECK_STR(uh_i18n_language()->code, "en");
}

TEST(plural_forms_follow_the_count)
{
    uh_i18n_set_language("de");
    char b[200];
    const char *buf = b;
    snprintf(b, sizeof b, ngettext("%d of %d warning sign marked.", "%d of %d warning signs marked.", 1),
             1, 1);
    CHECK_STR(buf, "1 von 1 Warnsignal markiert.");
    snprintf(b, sizeof b, ngettext("%d of %d warning sign marked.", "%d of %d warning signs marked.", 3),
             2, 3);
    CHECK_STR(buf, "2 von 3 Warnsignalen markiert.");
    snprintf(b, sizeof b, ngettext("%d day ago", "%d days ago", 0), 0);
    CHECK_STR(buf, "vor 0 Tagen");
    uh_i18n_set_language("en");
    snprintf(b, sizeof b, ngettext("%d day ago", "%d days ago", 1), 1);
    CHECK_STR(buf, "1 day ago");
    snprintf(b, sizeof b, ngettext("%d day ago", "%d days ago", 2), 2);
    CHECK_STR(buf, "2 days ago");
}

TEST(built_in_words_of_the_configuration_are_translated_an_organisations_are_not)
{
    uh_i18n_set_language("de");
    uh_config cfg;
    uh_config_defaults(&cfg);
    CHECK_STR(uh_i18n_word(cfg.to[0].label), "Die Unternehmenssicherheit");
    CHECK_STR(uh_i18n_word(cfg.security_team), "Unternehmenssicherheit");
    CHECK_STR(uh_i18n_word("Sicherheitsteam Nord"), "Sicherheitsteam Nord");
    CHECK_STR(uh_i18n_word(""), "");  /* not the catalog's header */
    CHECK(uh_i18n_word(NULL) == NULL);
    uh_config_free(&cfg);
    uh_i18n_set_language("en");
}

static const char *story =
    "return scenario { id = 'tiny', title = 'Tiny', tactic = 'linkedin', summary = 'S',\n"
    "  teaches = { 'report' }, debrief = 'D', start = 'a',\n"
    "  report = { facts = { { id = 'who', text = 'Who', required = true },\n"
    "                       { id = 'guess', text = 'A guess', decoy = true, why = 'No.' } } },\n"
    "  scenes = {\n"
    "    a = { channel = 'email', from = { name = 'Ann' }, text = 'Hi',\n"
    "      flags = { { id = 'f', text = 'Odd' } },\n"
    "      choices = { { 'Report', go = 'z', report = true }, { 'Reply', go = 'z', hook = 1 } } },\n"
    "    z = { text = 'End', ending = 'reported' },\n"
    "  } }\n";

TEST(the_debrief_speaks_german_in_a_german_session)
{
    uh_config cfg;
    uh_config_defaults(&cfg);
    uh_problems p = {0};
    uh_scenario *sc = uh_scenario_load_text("tiny.lua", story, strlen(story), &cfg, 1, &p);
    CHECK(sc->ok);
    uh_session *s = uh_session_new(&cfg);
    CHECK_STR(uh_session_language(s), "en");
    uh_session_set_language(s, "de");
    CHECK_STR(uh_session_language(s), "de");
    CHECK_STR(uh_i18n_language()->code, "de");
    uh_error e;
    uh_session_sign_in(s, "E-1", false, &e);
    CHECK(uh_session_start(s, sc, 1, &e) == 0);
    uh_session_choose(s, 0, &e);
    uh_form *f = uh_session_form(s);
    CHECK(f != NULL);
    /* Sending without a recipient is refused, in German. */
    CHECK(uh_session_send_report(s, &e) == -1);
    CHECK_HAS(e.msg, "Wählen Sie");
    uh_form_pick(f, 0);
    uh_form_next(f);
    uh_form_next(f);
    uh_form_pick(f, 0);
    CHECK(uh_session_send_report(s, &e) == 0);
    CHECK(uh_session_state_of(s) == UH_SESSION_ENDED);
    uh_debrief *d = uh_debrief_build(sc, &cfg, uh_session_result(s));
    CHECK_STR(d->headline, "Sie haben den Anwerbeversuch gemeldet");
    CHECK_STR(d->steps[0].where, "E-Mail von Ann");
    CHECK_HAS(d->lead_text, "Sie haben gemeldet");
    CHECK_HAS(d->spotting_hint, "0 von 1 Warnsignal markiert");
    CHECK_HAS(d->contact, "Unternehmenssicherheit");
    CHECK_STR(d->lines[0].title, "Richtige Stelle");
    CHECK_HAS(d->lines[0].text, "„Die Unternehmenssicherheit“");
    uh_debrief_free(d);
    uh_session_free(s);
    uh_scenario_free(sc);
    uh_problems_free(&p);
    uh_config_free(&cfg);
    uh_i18n_set_language("en");
}

TEST(the_language_setting_takes_only_languages_the_program_speaks)
{
    uh_config cfg;
    uh_error e;
    CHECK(uh_config_load_text(&cfg, "{\"language\": \"de\"}", "c.json", &e) == 0);
    CHECK_STR(cfg.language, "de");
    uh_config_free(&cfg);
    CHECK(uh_config_load_text(&cfg, "{\"language\": null}", "c.json", &e) == 0);
    CHECK(cfg.language == NULL);
    uh_config_free(&cfg);
    CHECK(uh_config_load_text(&cfg, "{\"language\": \"fr\"}", "c.json", &e) == -1);
    CHECK_HAS(e.msg, "\"language\"");
    CHECK_HAS(e.msg, "known: en, de");
    uh_config_free(&cfg);
    CHECK(uh_config_load_text(&cfg, "{\"language\": \"de_DE.UTF-8\"}", "c.json", &e) == -1);
    uh_config_free(&cfg);
    CHECK(uh_config_load_text(&cfg, "{\"language\": 7}", "c.json", &e) == -1);
    CHECK_HAS(e.msg, "must be a string");
    uh_config_free(&cfg);
}

TEST(dates_and_numbers_are_written_the_languages_way)
{
    char b[64];
    uh_i18n_set_language("en");
    CHECK_STR(uh_i18n_date("2026-11-30T09:05:00Z", false, b, sizeof b), "30 Nov 2026");
    CHECK_STR(uh_i18n_date("2026-11-30T09:05:00Z", true, b, sizeof b), "30 Nov 2026, 09:05");
    CHECK_STR(uh_i18n_percent(74.6, b, sizeof b), "75%");
    CHECK_STR(uh_i18n_decimal(0.6667, 2, b, sizeof b), "0.67");
    uh_i18n_set_language("de");
    CHECK_STR(uh_i18n_date("2026-11-30T09:05:00Z", false, b, sizeof b), "30.11.2026");
    CHECK_STR(uh_i18n_date("2026-01-02", true, b, sizeof b), "02.01.2026");
    CHECK_STR(uh_i18n_date("2026-11-30 09:05", true, b, sizeof b), "30.11.2026, 09:05");
    CHECK_STR(uh_i18n_percent(75, b, sizeof b), "75\u00a0%");
    CHECK_STR(uh_i18n_decimal(0.6667, 2, b, sizeof b), "0,67");
    CHECK_STR(uh_i18n_decimal(12, 0, b, sizeof b), "12");
    /* Not a date: copied as it is; hostile numbers do not escape. */
    CHECK_STR(uh_i18n_date("yesterday", false, b, sizeof b), "yesterday");
    CHECK_STR(uh_i18n_date("2026-13-01", false, b, sizeof b), "2026-13-01");
    CHECK_STR(uh_i18n_date(NULL, false, b, sizeof b), "");
    CHECK_STR(uh_i18n_percent(1.0 / 0.0, b, sizeof b), "0\u00a0%");
    char tiny[4];
    CHECK_STR(uh_i18n_date("2026-11-30", false, tiny, sizeof tiny), "30.");
    uh_i18n_set_language("en");
}

TEST(a_scenario_files_language_is_its_folders)
{
    char lang[16];
    CHECK_STR(uh_translation_language("paid-paper.lua", lang), "en");
    /* A short folder name without the original beside it is no language. */
    CHECK_STR(uh_translation_language("/nonexistent/sc/paid-paper.lua", lang), "en");
    const char *src = getenv("UNHOOKED_SOURCE_DIR");
    CHECK(src != NULL);
    if (src) {
        char orig[1024], de[1024];
        snprintf(orig, sizeof orig, "%s/scenarios/paid-paper.lua", src);
        snprintf(de, sizeof de, "%s/scenarios/de/paid-paper.lua", src);
        CHECK_STR(uh_translation_language(de, lang), "de");
        CHECK_STR(uh_translation_language(orig, lang), "en");
        char *tr = uh_translation_path(orig, "de");
        CHECK(tr && strstr(tr, "/scenarios/de/paid-paper.lua"));
        char *again = tr ? uh_translation_path(tr, "de") : NULL;  /* from a translation too */
        CHECK(again && strcmp(again, tr) == 0);
        CHECK(uh_translation_path(orig, "en") == NULL);  /* English is the original */
        CHECK(uh_translation_path(orig, "fr") == NULL);  /* no French version */
        free(tr);
        free(again);
    }
}

TEST(the_library_is_played_in_the_language_chosen)
{
    const char *src = getenv("UNHOOKED_SOURCE_DIR");
    CHECK(src != NULL);
    if (!src)
        return;
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/scenarios", src);
    uh_config cfg;
    uh_config_defaults(&cfg);
    uh_library lib;
    const char *paths[] = {dir};
    uh_library_load(&lib, paths, 1, &cfg);
    CHECK(lib.count >= 15);
    uh_translations de;
    uh_translations_load(&de, &lib, "de", &cfg);
    CHECK_MSG(de.problems.count == 0, "%s", de.problems.count ? de.problems.items[0].msg : "");
    size_t german = 0;
    for (size_t i = 0; i < lib.count; i++) {
        uh_scenario *sc = uh_translations_pick(&de, &lib, i);
        CHECK_STR(sc->id, lib.items[i]->id);  /* the same scenario, ids and rules */
        german += sc != lib.items[i];
        if (strcmp(sc->id, "paid-paper") == 0)
            CHECK_STR(sc->title, "Sechs Seiten, nur öffentliche Quellen");
    }
    CHECK(german == lib.count);  /* all fifteen are translated */
    uh_translations en;
    uh_translations_load(&en, &lib, "en", &cfg);
    CHECK(uh_translations_pick(&en, &lib, 0) == lib.items[0]);
    CHECK(uh_translations_pick(NULL, &lib, 0) == lib.items[0]);
    uh_translations_free(&de);
    uh_translations_free(&en);
    uh_translations_free(NULL);
    uh_library_free(&lib);
    uh_config_free(&cfg);
}

int main(void)
{
    /* The test runs in whatever environment ctest has: start from none. */
    unsetenv("LANGUAGE");
    unsetenv("LC_ALL");
    unsetenv("LC_MESSAGES");
    unsetenv("LANG");
    RUN(language_codes_are_read_the_ways_the_environment_writes_them);
    RUN(the_environment_names_the_language_in_gettexts_order);
    RUN(the_language_switches_twice_in_one_process_and_back);
    RUN(plural_forms_follow_the_count);
    RUN(built_in_words_of_the_configuration_are_translated_an_organisations_are_not);
    RUN(the_debrief_speaks_german_in_a_german_session);
    RUN(the_language_setting_takes_only_languages_the_program_speaks);
    RUN(dates_and_numbers_are_written_the_languages_way);
    RUN(a_scenario_files_language_is_its_folders);
    RUN(the_library_is_played_in_the_language_chosen);
    TEST_END();
}
