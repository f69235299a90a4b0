/* SPDX-License-Identifier: Apache-2.0 */
/* fuzz_config.c — the configuration file (engine/core/config.h).
 *
 * The input is the JSON text. It is either accepted, and then every value
 * is within the range config.c promises, or refused with a message that
 * names the file; in both cases the configuration holds something usable
 * (the defaults after a refusal) and frees cleanly. The same text is also
 * read as the window's `--only AUDIENCE,...` list. */
#include <string.h>

#include "core/catalog.h"
#include "core/config.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_text(data, size);
    uh_config cfg;
    uh_error err;
    uh_error_clear(&err);
    int rc = uh_config_load_text(&cfg, text, "fuzz.json", &err);
    FUZZ_ASSERT(rc == 0 || rc == -1);
    if (rc) {
        char buf[1400];
        uh_error_format(&err, buf, sizeof buf);
        FUZZ_ASSERT(strstr(buf, "fuzz.json") != NULL);
    }
    /* Accepted or not, what is left is a configuration that works. */
    FUZZ_ASSERT(cfg.nto > 0 && cfg.to != NULL);
    FUZZ_ASSERT(cfg.nhow > 0 && cfg.how != NULL);
    for (size_t i = 0; i < cfg.nto; i++) {
        FUZZ_ASSERT(cfg.to[i].id && cfg.to[i].label);
        FUZZ_ASSERT(cfg.to[i].credit >= 0 && cfg.to[i].credit <= 1);
        FUZZ_ASSERT(uh_config_find_to(&cfg, cfg.to[i].id) != NULL);
    }
    for (size_t i = 0; i < cfg.nhow; i++) {
        FUZZ_ASSERT(cfg.how[i].id && cfg.how[i].label);
        FUZZ_ASSERT(uh_config_find_how(&cfg, cfg.how[i].id) != NULL);
    }
    FUZZ_ASSERT(cfg.limits.instructions >= 1000);
    FUZZ_ASSERT(cfg.limits.memory >= ((size_t)1 << 20));
    FUZZ_ASSERT(cfg.pin_max_tries >= 1 && cfg.pin_lockout_s >= 1);
    FUZZ_ASSERT(cfg.idle_timeout_s >= 0 && cfg.idle_warning_s >= 0);
    FUZZ_ASSERT(cfg.retention_days >= 0);
    double w = cfg.scoring.w_timing + cfg.scoring.w_quality + cfg.scoring.w_spotting;
    FUZZ_ASSERT(w > 0.99 && w < 1.01);
    for (size_t i = 0; i < cfg.naudiences; i++)
        FUZZ_ASSERT(uh_catalog_find(uh_audiences, cfg.audiences[i]) != NULL);
    char *dir = uh_config_scenarios_dir(&cfg), *db = uh_config_results_db(&cfg);
    FUZZ_ASSERT(dir && db);
    free(dir);
    free(db);

    /* The same text as the window's `--only` list: accepted ids are known
     * ones, at least one; a refusal leaves the audiences as they were. */
    size_t before = cfg.naudiences;
    if (uh_config_set_audiences(&cfg, text, &err) == 0) {
        FUZZ_ASSERT(cfg.naudiences >= 1);
        for (size_t i = 0; i < cfg.naudiences; i++)
            FUZZ_ASSERT(uh_catalog_find(uh_audiences, cfg.audiences[i]) != NULL);
    } else {
        FUZZ_ASSERT(cfg.naudiences == before && err.msg[0]);
    }
    uh_config_free(&cfg);
    free(text);
    return 0;
}
