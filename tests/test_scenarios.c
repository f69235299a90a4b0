/* SPDX-License-Identifier: Apache-2.0 */
/* test_scenarios.c — every shipped scenario: `check` finds nothing, and
 * every path through it (loops bounded) reaches an ending, scores within
 * 0..100 and offers a report on the way. Scores must be spread: the best
 * play scores 100 and never reporting fails.
 *
 * Paths are explored depth-first by replaying choice prefixes on fresh
 * runs, so scripted state (s.vars, when, effect) is exercised for real.
 * The runs come from a player (run.h), as `unhooked batch` plays them. */
#include <stdlib.h>

#include "core/config.h"
#include "core/run.h"
#include "core/scenario.h"
#include "core/util.h"
#include "testing.h"

#define MAX_DEPTH 60   /* choices along one path */
#define MAX_REPEAT 3   /* visits of one scene along one path */

static uh_config cfg;

typedef struct stats {
    int paths, never_reported, best, worst_reported, best_never;
    bool mark_all;
} stats;

/* Replays picks on a fresh run, filling the report form perfectly. */
static uh_run *replay(uh_player *p, const int *picks, int n)
{
    uh_error err;
    const uh_scenario *sc = uh_player_scenario(p);
    uh_run *run = uh_player_start(p, &err);
    if (!run)
        return NULL;
    for (size_t i = 0; i < sc->nscenes; i++)
        for (size_t j = 0; j < sc->scenes[i].nflags; j++)
            uh_run_mark(run, sc->scenes[i].flags[j].id, true);
    const char *facts[64];
    size_t nf = 0;
    for (size_t i = 0; i < sc->nfacts && nf < 64; i++)
        if (sc->facts[i].required)
            facts[nf++] = sc->facts[i].id;
    for (int k = 0; k <= n; k++) {
        if (uh_run_state_of(run) == UH_RUN_REPORT)
            uh_run_submit_report(run, "security", facts, nf, "keep_evidence", &err);
        if (k == n || uh_run_state_of(run) != UH_RUN_SCENE)
            break;
        uh_run_choose(run, (size_t)picks[k], &err);
    }
    if (uh_run_state_of(run) == UH_RUN_REPORT)
        uh_run_submit_report(run, "security", facts, nf, "keep_evidence", &err);
    return run;
}

static int count_visits(const uh_run *run, const char *scene)
{
    uh_result *r = uh_run_result(run);
    int n = 0;
    for (size_t i = 0; i < r->path.n; i++)
        n += strcmp(r->path.v[i], scene) == 0;
    uh_result_free(r);
    return n;
}

static void explore(uh_player *p, int *picks, int n, stats *st)
{
    const uh_scenario *sc = uh_player_scenario(p);
    uh_run *run = replay(p, picks, n);
    CHECK(run != NULL);
    if (!run)
        return;
    uh_run_state state = uh_run_state_of(run);
    if (state == UH_RUN_FAILED) {
        char buf[1400];
        CHECK_MSG(false, "%s: a path failed: %s", sc->id,
                  uh_error_format(uh_run_error(run), buf, sizeof buf));
    } else if (state == UH_RUN_ENDED) {
        uh_result *r = uh_run_result(run);
        st->paths++;
        CHECK(r->completed);
        CHECK(r->score.score >= 0 && r->score.score <= 100);
        CHECK_MSG(r->first_chance_index >= 0, "%s: a path to '%s' never offered a report", sc->id,
                  r->ending);
        if (!r->reported) {
            st->never_reported++;
            CHECK_MSG(r->score.score <= 20 && !r->score.passed,
                      "%s: never reporting scored %d", sc->id, r->score.score);
            if (r->score.score > st->best_never)
                st->best_never = r->score.score;
        } else if (r->score.score < st->worst_reported) {
            st->worst_reported = r->score.score;
        }
        if (r->score.score > st->best)
            st->best = r->score.score;
        uh_result_free(r);
    } else if (n >= MAX_DEPTH ||
               count_visits(run, uh_run_scene(run)->id) > MAX_REPEAT) {
        /* A loop the trainee could keep choosing: bounded, not a failure. */
    } else {
        size_t k = uh_run_nchoices(run);
        uh_run_free(run);
        run = NULL;
        for (size_t i = 0; i < k; i++) {
            picks[n] = (int)i;
            explore(p, picks, n + 1, st);
        }
    }
    uh_run_free(run);
}

int main(void)
{
    uh_config_defaults(&cfg);
    const char *src = getenv("UNHOOKED_SOURCE_DIR");
    char *dir = uh_xasprintf("%s/scenarios", src ? src : "..");
    const char *paths[] = {dir};
    uh_library lib;
    uh_library_load(&lib, paths, 1, &cfg);
    for (size_t i = 0; i < lib.problems.count; i++) {
        char buf[1400];
        CHECK_MSG(false, "check: %s", uh_error_format(&lib.problems.items[i], buf, sizeof buf));
    }
    CHECK_MSG(lib.count >= 8, "only %zu scenarios shipped", lib.count);
    static const char *const mission[] = {"linkedin", "paid_paper", "conference", "honey_trap"};
    for (size_t m = 0; m < 4; m++) {
        bool found = false;
        for (size_t i = 0; i < lib.count; i++)
            found |= lib.items[i]->tactic && strcmp(lib.items[i]->tactic, mission[m]) == 0;
        CHECK_MSG(found, "no scenario for the mission tactic %s", mission[m]);
    }
    for (size_t i = 0; i < lib.count; i++) {
        const uh_scenario *sc = lib.items[i];
        if (!sc->ok)
            continue;
        stats st = {.worst_reported = 101};
        int picks[MAX_DEPTH + 1];
        uh_error err;
        uh_player *p = uh_player_new(sc, &cfg, 1, &err);
        CHECK_MSG(p != NULL, "%s: does not load for playing", sc->id);
        if (!p)
            continue;
        explore(p, picks, 0, &st);
        uh_player_free(p);
        printf("%-26s %4d paths, %3d never reported; best %3d, worst reported %3d, best never %2d\n",
               sc->id, st.paths, st.never_reported, st.best, st.worst_reported, st.best_never);
        CHECK_MSG(st.paths > 0, "%s: no path reaches an ending", sc->id);
        CHECK_MSG(st.best == 100, "%s: the best play scores %d, not 100", sc->id, st.best);
        CHECK_MSG(st.never_reported > 0, "%s: every path reports; the story has no cost", sc->id);
    }
    uh_library_free(&lib);
    free(dir);
    uh_config_free(&cfg);
    TEST_END();
}
