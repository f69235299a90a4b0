/* SPDX-License-Identifier: Apache-2.0 */
/* fuzz_scenario.c — a scenario file, loaded and validated, then played a
 * few steps when it loads.
 *
 * The input is the file's text. A file with problems must be refused with
 * messages that name it; a file that loads is played for up to 40 steps,
 * the choices picked from a hash of the input (so every input plays one
 * fixed path), flags marked as they appear, and the report form filled with
 * the first options and every fact. Whatever the script does, the run ends
 * in a state the engine knows and the result is well-formed: score 0..100,
 * each component 0..1. The limits are lower than the defaults (still far
 * above what a shipped scenario uses) so each input is quick. */
#include <string.h>

#include <cjson/cJSON.h>

#include "core/config.h"
#include "core/result.h"
#include "core/run.h"
#include "core/scenario.h"
#include "fuzz.h"

static uh_config cfg;
static int ready;

static uint32_t fnv1a(const uint8_t *data, size_t size)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < size; i++)
        h = (h ^ data[i]) * 16777619u;
    return h;
}

static void play(const uh_scenario *sc, uint32_t pick)
{
    uh_error err;
    uh_run *run = uh_run_new(sc, &cfg, 7, &err);
    if (!run)
        return;
    /* Every fact id, for the report form. */
    const char **facts = calloc(sc->nfacts + 1, sizeof *facts);
    size_t nfacts = 0;
    for (size_t i = 0; i < sc->nfacts; i++)
        if (sc->facts[i].id)
            facts[nfacts++] = sc->facts[i].id;
    for (int step = 0; step < 40; step++) {
        uh_run_state st = uh_run_state_of(run);
        if (st == UH_RUN_REPORT) {
            uh_run_submit_report(run, cfg.to[0].id, facts, nfacts, cfg.how[0].id, &err);
            continue;
        }
        if (st != UH_RUN_SCENE)
            break;
        const uh_scene *s = uh_run_scene(run);
        FUZZ_ASSERT(s != NULL);
        FUZZ_ASSERT(uh_run_text(run) != NULL);
        for (size_t i = 0; i < s->nflags; i++)
            if ((pick >> (i & 15)) & 1)
                uh_run_mark(run, s->flags[i].id, true);
        size_t n = uh_run_nchoices(run);
        FUZZ_ASSERT(n > 0);  /* no visible choice moves the run to FAILED */
        for (size_t i = 0; i < n; i++)
            FUZZ_ASSERT(uh_run_choice_label(run, i) != NULL);
        /* An out-of-range choice is refused and changes nothing. */
        FUZZ_ASSERT(uh_run_choose(run, n, &err) == -1);
        FUZZ_ASSERT(uh_run_state_of(run) == UH_RUN_SCENE);
        pick = pick * 1103515245u + 12345u;
        uh_run_choose(run, (pick >> 16) % n, &err);
    }
    if (uh_run_state_of(run) == UH_RUN_FAILED) {
        char buf[1400];
        uh_error_format(uh_run_error(run), buf, sizeof buf);
        FUZZ_ASSERT(buf[0] != '\0');
    }
    uh_result *r = uh_run_result(run);
    FUZZ_ASSERT(r->score.score >= 0 && r->score.score <= 100);
    FUZZ_ASSERT(r->score.timing >= 0 && r->score.timing <= 1);
    FUZZ_ASSERT(r->score.quality >= 0 && r->score.quality <= 1);
    FUZZ_ASSERT(r->score.spotting >= 0 && r->score.spotting <= 1);
    FUZZ_ASSERT(r->hook >= 0);
    char *json = uh_result_to_string(r, false);
    cJSON *back = cJSON_Parse(json);
    FUZZ_ASSERT(back != NULL);  /* the result prints as valid JSON */
    cJSON_Delete(back);
    free(json);
    uh_result_free(r);
    free(facts);
    uh_run_free(run);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ready) {
        uh_config_defaults(&cfg);
        cfg.limits.instructions = 2000000;
        cfg.limits.memory = (size_t)16 << 20;
        ready = 1;
    }
    uh_problems problems = {0};
    uh_scenario *sc =
        uh_scenario_load_text("fuzz.lua", (const char *)data, size, &cfg, 1, &problems);
    FUZZ_ASSERT(sc != NULL);
    FUZZ_ASSERT(sc->ok == (problems.count == 0));
    for (size_t i = 0; i < problems.count; i++) {
        char buf[1400];
        uh_error_format(&problems.items[i], buf, sizeof buf);
        FUZZ_ASSERT(strstr(buf, "fuzz.lua") != NULL);  /* every problem names the file */
    }
    if (sc->ok) {
        FUZZ_ASSERT(sc->start_index >= 0 && (size_t)sc->start_index < sc->nscenes);
        play(sc, fnv1a(data, size));
    }
    uh_scenario_free(sc);
    uh_problems_free(&problems);
    return 0;
}
