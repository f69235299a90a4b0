/* SPDX-License-Identifier: Apache-2.0 */
/* scoring.c — SPEC §4. Kept free of any other engine state so the tests can
 * check the formula and its consequences directly. */
#include "scoring.h"

#include <math.h>

uh_scoring uh_scoring_defaults(void)
{
    return (uh_scoring){
        .w_timing = 0.5, .w_quality = 0.3, .w_spotting = 0.2,
        .timing_step = 0.2, .timing_floor = 0.2, .pass_mark = 70,
    };
}

static double clamp01(double x)
{
    return x < 0 ? 0 : x > 1 ? 1 : x;
}

uh_score uh_score_compute(const uh_scoring *cfg, const uh_score_input *in)
{
    uh_score s = {0};
    if (in->reported) {
        /* A step into the hook after the report counts like one before it. */
        double steps = (double)in->hook_at_report + (in->hook_after > 0 ? in->hook_after : 0);
        s.timing = fmax(cfg->timing_floor, 1.0 - cfg->timing_step * steps);
        double share = in->required_total > 0
                           ? (double)in->required_ticked / in->required_total : 1.0;
        s.quality = clamp01(0.4 * in->credit + 0.4 * share - UH_DECOY_PENALTY * in->decoys_ticked +
                            (in->how_correct ? 0.2 : 0.0));
    }
    s.spotting = in->flags_on_path == 0
                     ? 1.0
                     : clamp01((double)(in->flags_marked - in->false_alarms) / in->flags_on_path);
    double total = cfg->w_timing * s.timing + cfg->w_quality * s.quality +
                   cfg->w_spotting * s.spotting;
    /* The tiny epsilon keeps 72.49999999 from float noise on the right side
     * of the half-up rounding the SPEC states. */
    s.score = (int)floor(100.0 * total + 0.5 + 1e-9);
    if (s.score < 0)
        s.score = 0;
    if (s.score > 100)
        s.score = 100;
    /* Going deeper after the report, or naming a decoy in it, never passes:
     * the score still shows how much was right, the debrief says why. */
    s.passed = in->reported && in->credit == 1.0 && in->hook_after <= 0 && in->decoys_ticked == 0 &&
               s.score >= cfg->pass_mark;
    return s;
}
