/* SPDX-License-Identifier: Apache-2.0 */
/* test_default_config.c — the two configuration files the package ships.
 *
 * packaging/config.json.default, installed in /usr/share/doc/unhooked/,
 * spells out exactly the built-in defaults: it loads under the strict
 * reader, every value equals the embedded default, and every key is present,
 * so an administrator can see each setting there is.
 *
 * packaging/config.json, installed as /etc/unhooked/config.json on a first
 * installation, holds only what an administrator fills in (the organisation
 * and its security contact), at the defaults, so that every other setting
 * comes from the program and a later default reaches the machine.
 *
 * usage: test_default_config PATH-TO-config.json.default PATH-TO-config.json */
#include <stdlib.h>

#include <cjson/cJSON.h>

#include "core/config.h"
#include "core/util.h"
#include "testing.h"

static const char *path, *shipped;

static bool same_str(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

TEST(values_equal_the_built_in_defaults)
{
    uh_config f, d;
    uh_error e;
    int rc = uh_config_load(&f, path, &e);
    CHECK_MSG(rc == 0, "%s", e.msg);
    uh_config_defaults(&d);
    CHECK(same_str(f.organisation, d.organisation));
    CHECK(same_str(f.security_team, d.security_team));
    CHECK(same_str(f.security_phone, d.security_phone));
    CHECK(same_str(f.security_email, d.security_email));
    CHECK(f.nto == d.nto && f.nhow == d.nhow);
    for (size_t i = 0; i < f.nto && i < d.nto; i++) {
        CHECK_STR(f.to[i].id, d.to[i].id);
        CHECK_STR(f.to[i].label, d.to[i].label);
        CHECK_NEAR(f.to[i].credit, d.to[i].credit);
    }
    for (size_t i = 0; i < f.nhow && i < d.nhow; i++) {
        CHECK_STR(f.how[i].id, d.how[i].id);
        CHECK_STR(f.how[i].label, d.how[i].label);
        CHECK(f.how[i].correct == d.how[i].correct);
    }
    CHECK_NEAR(f.scoring.w_timing, d.scoring.w_timing);
    CHECK_NEAR(f.scoring.w_quality, d.scoring.w_quality);
    CHECK_NEAR(f.scoring.w_spotting, d.scoring.w_spotting);
    CHECK_NEAR(f.scoring.timing_step, d.scoring.timing_step);
    CHECK_NEAR(f.scoring.timing_floor, d.scoring.timing_floor);
    CHECK(f.scoring.pass_mark == d.scoring.pass_mark);
    CHECK(f.limits.instructions == d.limits.instructions && f.limits.memory == d.limits.memory);
    CHECK(f.limits.time_ms == d.limits.time_ms && f.limits.scene_time_ms == d.limits.scene_time_ms);
    CHECK(same_str(f.scenarios_dir, d.scenarios_dir) && same_str(f.results_db, d.results_db) &&
          same_str(f.fonts_dir, d.fonts_dir));
    CHECK(f.allow_anonymous == d.allow_anonymous && f.retention_days == d.retention_days);
    CHECK(f.naudiences == d.naudiences);  /* every scenario is offered */
    CHECK(same_str(f.language, d.language));  /* null: the environment's language */
    CHECK(f.idle_timeout_s == d.idle_timeout_s && f.idle_warning_s == d.idle_warning_s);
    CHECK(f.admin_pin_hash == NULL);  /* no PIN ships: set-pin sets one */
    CHECK(f.pin_max_tries == d.pin_max_tries && f.pin_lockout_s == d.pin_lockout_s);
    CHECK(f.a11y.text_size == d.a11y.text_size && f.a11y.high_contrast == d.a11y.high_contrast &&
          f.a11y.reduced_motion == d.a11y.reduced_motion && f.a11y.read_aloud == d.a11y.read_aloud);
    CHECK(same_str(f.lrs_url, d.lrs_url) && same_str(f.lrs_username, d.lrs_username) &&
          same_str(f.lrs_password, d.lrs_password) && same_str(f.lrs_homepage, d.lrs_homepage));
    CHECK(f.export_csv_bom == d.export_csv_bom);
    uh_config_free(&f);
    uh_config_free(&d);
}

TEST(every_key_is_spelled_out)
{
    static const char *const keys[] = {
        "organisation", "security_contact.team", "security_contact.phone",
        "security_contact.email", "report.to", "report.how", "scoring.weights.timing",
        "scoring.weights.quality", "scoring.weights.spotting", "scoring.timing_step",
        "scoring.timing_floor", "scoring.pass_mark", "limits.instructions", "limits.memory_mib",
        "limits.time_ms", "limits.scene_time_ms",
        "paths.scenarios", "paths.results_db", "paths.fonts", "allow_anonymous",
        "retention_days", "audiences", "language", "kiosk.idle_timeout_s", "kiosk.idle_warning_s",
        "kiosk.admin_pin_hash", "kiosk.pin_max_tries", "kiosk.pin_lockout_s", "lrs.url",
        "lrs.username", "lrs.password", "lrs.homepage", "export.csv_bom", "accessibility.text_size",
        "accessibility.high_contrast", "accessibility.reduced_motion", "accessibility.read_aloud",
    };
    char *text = uh_read_file(path, NULL, NULL);
    cJSON *root = text ? cJSON_Parse(text) : NULL;
    CHECK(root != NULL);
    for (size_t i = 0; root && i < sizeof keys / sizeof *keys; i++) {
        char key[64];
        snprintf(key, sizeof key, "%s", keys[i]);
        const cJSON *node = root;
        for (char *part = strtok(key, "."); node && part; part = strtok(NULL, "."))
            node = cJSON_GetObjectItemCaseSensitive(node, part);
        CHECK_MSG(node != NULL, "%s is missing", keys[i]);
    }
    cJSON_Delete(root);
    free(text);
}

TEST(the_shipped_file_holds_only_what_an_administrator_fills_in)
{
    uh_config f, d;
    uh_error e;
    int rc = uh_config_load(&f, shipped, &e);
    CHECK_MSG(rc == 0, "%s", e.msg);
    uh_config_defaults(&d);
    CHECK(same_str(f.organisation, d.organisation));
    CHECK(same_str(f.security_team, d.security_team));
    CHECK(same_str(f.security_phone, d.security_phone));
    CHECK(same_str(f.security_email, d.security_email));
    uh_config_free(&f);
    uh_config_free(&d);
    char *text = uh_read_file(shipped, NULL, NULL);
    cJSON *root = text ? cJSON_Parse(text) : NULL;
    CHECK(root != NULL);
    char keys[256] = "";
    for (const cJSON *a = root ? root->child : NULL; a; a = a->next) {
        if (cJSON_IsObject(a))
            for (const cJSON *b = a->child; b; b = b->next)
                snprintf(keys + strlen(keys), sizeof keys - strlen(keys), "%s.%s ", a->string,
                         b->string);
        else
            snprintf(keys + strlen(keys), sizeof keys - strlen(keys), "%s ", a->string);
    }
    CHECK_MSG(strcmp(keys, "organisation security_contact.team security_contact.phone "
                           "security_contact.email ") == 0, "keys: %s", keys);
    cJSON_Delete(root);
    free(text);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: test_default_config PATH-TO-config.json.default "
                        "PATH-TO-config.json\n");
        return 2;
    }
    path = argv[1];
    shipped = argv[2];
    RUN(values_equal_the_built_in_defaults);
    RUN(every_key_is_spelled_out);
    RUN(the_shipped_file_holds_only_what_an_administrator_fills_in);
    TEST_END();
}
