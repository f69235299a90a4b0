/* scoring.h — the scoring formula of SPEC §4, as a pure function.
 *
 *   T = R ? max(floor, 1 - step*h) : 0
 *   Q = R ? clamp01(0.4*credit + 0.4*req_ticked/req_total - 0.1*decoys + 0.2*[how correct]) : 0
 *   S = flags_on_path == 0 ? 1 : clamp01((marked - false_alarms) / flags_on_path)
 *   score  = floor(100*(wT*T + wQ*Q + wS*S) + 0.5)
 *   passed = R && credit == 1 && score >= pass_mark
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
    double credit;        /* credit of the "to whom" option (0 when none) */
    int required_ticked;  /* required facts ticked */
    int required_total;   /* required facts offered */
    int decoys_ticked;
    bool how_correct;
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

/* Applies the formula. Never fails. */
uh_score uh_score_compute(const uh_scoring *cfg, const uh_score_input *in);

#endif
