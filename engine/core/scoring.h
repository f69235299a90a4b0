/* SPDX-License-Identifier: Apache-2.0 */
/* scoring.h — the scoring formula of SPEC §4, as a pure function.
 *
 *   T = R ? max(floor, 1 - step*(h + a)) : 0      (a: hook taken after the report)
 *   Q = R ? clamp01(0.4*credit + 0.4*F - 0.2*decoys + 0.2*[how correct]) : 0
 *       with F = req_ticked/req_total, 1 when no required fact was offered
 *   S = flags_on_path == 0 ? 1 : clamp01((marked - false_alarms) / flags_on_path)
 *   score  = floor(100*(wT*T + wQ*Q + wS*S) + 0.5)
 *   passed = R && credit == 1 && a == 0 && decoys == 0 && score >= pass_mark
 */
#ifndef UH_SCORING_H
#define UH_SCORING_H

#include <stdbool.h>

typedef struct uh_scoring {
    double w_timing, w_quality, w_spotting;  /* defaults 0.5, 0.3, 0.2 */
    double timing_step;                      /* default 0.2 */
    double timing_floor;                     /* default 0.2 */
    int pass_mark;                           /* default 70 */
} uh_scoring;

/* What the formula needs to know about a finished run. */
typedef struct uh_score_input {
    bool reported;        /* R */
    int hook_at_report;   /* h */
    int hook_after;       /* a: hook taken after the report (0 when none was filed) */
    double credit;        /* credit of the "to whom" option (0 when none) */
    int required_ticked;  /* required facts ticked */
    int required_total;   /* required facts offered */
    int decoys_ticked;    /* decoys offered and ticked */
    bool how_correct;     /* the form's handling is correct and the story did no wrong one */
    int flags_marked;     /* flags on the path that were marked */
    int false_alarms;     /* innocent details on the path that were marked */
    int flags_on_path;
} uh_score_input;

typedef struct uh_score {
    double timing, quality, spotting;  /* each in [0, 1] */
    int score;                         /* 0..100 */
    bool passed;
} uh_score;

/* The default weights, step, floor and pass mark. */
uh_scoring uh_scoring_defaults(void);

/* What each decoy ticked takes off the quality (SPEC §4; not configurable). */
#define UH_DECOY_PENALTY 0.2

/* Applies the formula. Never fails. */
uh_score uh_score_compute(const uh_scoring *cfg, const uh_score_input *in);

#endif
