/* SPDX-License-Identifier: Apache-2.0 */
/* strategy.h — scripted players for `unhooked check --strategies`.
 *
 * A scenario teaches judgement only if the right play passes and the
 * tempting shortcuts do not. Four players are run on each scenario:
 *
 *   ideal   report at the first chance, to the full-credit recipient, with
 *           only the required facts offered and a correct handling; mark
 *           only the red flags on the path; then the mildest choices
 *   reflex  report at the first chance, tick every fact offered, mark every
 *           flag and innocent detail on the path
 *   deeper  report at the first chance like ideal, then always the choice
 *           that goes deepest into the hook
 *   never   never report; always the deepest choice
 *
 * Before the first chance to report, every player takes the mildest choice
 * (least hook, no wrong handling), so "the first chance" is the earliest the
 * story allows. */
#ifndef UH_STRATEGY_H
#define UH_STRATEGY_H

#include <stddef.h>

#include "config.h"
#include "result.h"
#include "scenario.h"

typedef enum uh_strategy {
    UH_STRATEGY_IDEAL,
    UH_STRATEGY_REFLEX,
    UH_STRATEGY_DEEPER,
    UH_STRATEGY_NEVER,
    UH_STRATEGY_COUNT
} uh_strategy;

/* Short name of a strategy ("ideal", "reflex", "deeper", "never"). */
const char *uh_strategy_name(uh_strategy st);

/* Plays sc (loaded without problems) with strategy st under cfg. Returns
 * the result (caller frees with uh_result_free), or NULL with err filled
 * when the run could not start or failed. A run that loops is stopped after
 * a bounded number of steps and returned as not completed. */
uh_result *uh_strategy_play(const uh_scenario *sc, const uh_config *cfg, uh_strategy st,
                            uh_error *err);

/* Plays all four strategies and appends a problem (naming sc->path) for
 * each expectation that fails: the ideal play must pass, the others must
 * not. Returns the number of problems added. */
size_t uh_strategy_check(const uh_scenario *sc, const uh_config *cfg, uh_problems *problems);

#endif
