/* SPDX-License-Identifier: Apache-2.0 */
/* strategy.c — the four scripted players of `check --strategies`. */
#include "strategy.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "run.h"
#include "util.h"

#define MAX_STEPS 1000  /* a story that loops longer than this is cut off */

const char *uh_strategy_name(uh_strategy st)
{
    static const char *const names[] = {"ideal", "reflex", "deeper", "never"};
    return st < UH_STRATEGY_COUNT ? names[st] : "?";
}

/* True when the choice does a handling that is not correct. */
static bool wrong_how(const uh_config *cfg, const uh_choice *c)
{
    const uh_report_how *h = c->how ? uh_config_find_how(cfg, c->how) : NULL;
    return c->how && (!h || !h->correct);
}

/* The shown choice a player takes. Report choices are taken when the player
 * wants to report; otherwise the mildest (least hook, no wrong handling) or
 * the deepest (most hook) among the others, the first of equals. When only
 * report choices are shown, the first is taken. */
static size_t pick(const uh_run *run, const uh_config *cfg, bool want_report, bool deepest)
{
    size_t n = uh_run_nchoices(run), best = n;
    for (size_t i = 0; i < n; i++) {
        const uh_choice *c = uh_run_choice(run, i);
        if (want_report && c->report)
            return i;
    }
    for (size_t i = 0; i < n; i++) {
        const uh_choice *c = uh_run_choice(run, i);
        if (c->report)
            continue;
        if (best == n) {
            best = i;
            continue;
        }
        const uh_choice *b = uh_run_choice(run, best);
        if (deepest ? c->hook > b->hook
                    : (wrong_how(cfg, b) && !wrong_how(cfg, c)) ||
                          (wrong_how(cfg, b) == wrong_how(cfg, c) && c->hook < b->hook))
            best = i;
    }
    return best < n ? best : 0;
}

/* Marks the current scene's flags, and its innocent details too when all. */
static void mark_scene(uh_run *run, bool all)
{
    const uh_scene *s = uh_run_scene(run);
    for (size_t i = 0; i < s->nflags; i++)
        uh_run_mark(run, s->flags[i].id, true);
    for (size_t i = 0; all && i < s->ninnocent; i++)
        uh_run_mark(run, s->innocent[i].id, true);
}

/* Fills the form: the best recipient and a correct handling; the required
 * facts offered, or every fact offered when all. */
static int fill_form(uh_run *run, const uh_config *cfg, bool all, uh_error *err)
{
    const uh_scenario *sc = uh_run_scenario(run);
    const char *to = NULL, *how = NULL;
    double credit = -1;
    for (size_t i = 0; i < cfg->nto; i++)
        if (cfg->to[i].credit > credit) {
            credit = cfg->to[i].credit;
            to = cfg->to[i].id;
        }
    for (size_t i = 0; i < cfg->nhow && !how; i++)
        if (cfg->how[i].correct)
            how = cfg->how[i].id;
    const char **facts = uh_xcalloc(sc->nfacts ? sc->nfacts : 1, sizeof *facts);
    size_t n = 0;
    for (size_t i = 0; i < sc->nfacts; i++)
        if (uh_run_fact_offered(run, sc->facts[i].id) && (all || sc->facts[i].required))
            facts[n++] = sc->facts[i].id;
    int rc = uh_run_submit_report(run, to, facts, n, how, err);
    free(facts);
    return rc;
}

uh_result *uh_strategy_play(const uh_scenario *sc, const uh_config *cfg, uh_strategy st,
                            uh_error *err)
{
    uh_run *run = uh_run_new(sc, cfg, 1, err);
    if (!run)
        return NULL;
    bool reports = st != UH_STRATEGY_NEVER, all = st == UH_STRATEGY_REFLEX;
    for (int step = 0; step < MAX_STEPS; step++) {
        uh_run_state state = uh_run_state_of(run);
        if (state == UH_RUN_SCENE) {
            mark_scene(run, all);
            bool reported = uh_run_reported(run);
            bool deepest = st == UH_STRATEGY_NEVER || (st == UH_STRATEGY_DEEPER && reported);
            if (uh_run_choose(run, pick(run, cfg, reports && !reported, deepest), err))
                break;
        } else if (state == UH_RUN_REPORT) {
            if (fill_form(run, cfg, all, err))
                break;
        } else {
            if (state == UH_RUN_ENDED)
                mark_scene(run, all);
            break;
        }
    }
    if (uh_run_state_of(run) == UH_RUN_FAILED) {
        *err = *uh_run_error(run);
        uh_run_free(run);
        return NULL;
    }
    uh_result *r = uh_run_result(run);
    uh_run_free(run);
    return r;
}

size_t uh_strategy_check(const uh_scenario *sc, const uh_config *cfg, uh_problems *problems)
{
    size_t added = 0;
    for (int st = 0; st < UH_STRATEGY_COUNT; st++) {
        uh_error err;
        uh_error_clear(&err);
        uh_result *r = uh_strategy_play(sc, cfg, (uh_strategy)st, &err);
        const char *name = uh_strategy_name((uh_strategy)st);
        if (!r) {
            uh_problems_addf(problems, sc->path, err.line, _("strategy '%s': the run failed: %s"), name,
                             err.msg);
            added++;
            continue;
        }
        bool passed = r->score.passed;
        if (!r->completed) {
            uh_problems_addf(problems, sc->path, 0, _("strategy '%s': no ending after %d steps "
                             "(the story loops)"), name, MAX_STEPS);
            added++;
        } else if (st == UH_STRATEGY_IDEAL && !passed) {
            uh_problems_addf(problems, sc->path, 0,
                             _("strategy 'ideal' does not pass (score %d, ending '%s', reported at "
                             "hook %d): the right play must pass"), r->score.score,
                             r->ending ? r->ending : "?", r->reported_at_hook);
            added++;
        } else if (st != UH_STRATEGY_IDEAL && passed) {
            static const char *const why[] = {
                [UH_STRATEGY_REFLEX] = "ticking every fact and marking every detail must not pass "
                                       "(offer a decoy at every report point)",
                [UH_STRATEGY_DEEPER] = "reporting and then going deeper must not pass (give the "
                                       "story a step into the hook after the report)",
                [UH_STRATEGY_NEVER] = "never reporting must not pass",
            };
            char path[600] = "";
            for (size_t i = 0; i < r->path.n && strlen(path) < sizeof path - 80; i++)
                snprintf(path + strlen(path), sizeof path - strlen(path), "%s%s", i ? " > " : "",
                         r->path.v[i]);
            uh_problems_addf(problems, sc->path, 0, _("strategy '%s' passes (score %d, path %s): %s"),
                             name, r->score.score, path, why[st]);
            added++;
        }
        uh_result_free(r);
    }
    return added;
}
