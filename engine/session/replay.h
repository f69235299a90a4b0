/* SPDX-License-Identifier: Apache-2.0 */
/* replay.h — playing a run forward from recorded answers.
 *
 * `unhooked run` plays an answers file, the window resumes a saved run, and
 * the debrief replays a finished one to see each step again: all three are
 * the same loop, here once. Answers are what SPEC §5 calls the answers
 * file: choices as 1-based positions among the choices shown, marks, and
 * the report form used the first time a report is filed. */
#ifndef UH_REPLAY_H
#define UH_REPLAY_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/run.h"
#include "../core/util.h"

typedef struct uh_answers {
    int *choices;        /* 1-based positions, in order */
    size_t nchoices;
    uh_strv marks;       /* flag or innocent ids marked ("Something seems off?") */
    bool has_report;     /* the form below was filled */
    char *to, *how;      /* option ids or NULL */
    uh_strv facts;       /* fact ids ticked */
} uh_answers;

/* Frees what a owns and zeroes it. Accepts NULL. */
void uh_answers_free(uh_answers *a);

typedef enum uh_replay_status {
    UH_REPLAY_ENDED,         /* the run reached an ending */
    UH_REPLAY_RAN_OUT,       /* the choices ran out before an ending */
    UH_REPLAY_AT_FORM,       /* stopped at an open report form (see leave_form_open) */
    UH_REPLAY_OUT_OF_RANGE,  /* a position was not among the choices shown */
    UH_REPLAY_FAILED,        /* the scenario failed (uh_run_error) */
} uh_replay_status;

/* Where a replay stopped. */
typedef struct uh_replay_stop {
    uh_replay_status status;
    size_t used;          /* choices consumed */
    int position;         /* the offending position (OUT_OF_RANGE) */
    size_t shown;         /* choices shown there (OUT_OF_RANGE) */
    const char *scene;    /* id of the scene where it stopped (borrowed from the run) */
} uh_replay_stop;

/* Marks every mark in a, then makes a's choices in order. When a report
 * form opens it is sent with a's form (the first time only; SPEC §5), or,
 * when a has no form and leave_form_open is true, the replay stops there
 * so a trainee can fill it. Without a form and leave_form_open false the
 * form is sent empty. Returns the status, also written to *stop when
 * stop is not NULL. */
uh_replay_status uh_replay(uh_run *run, const uh_answers *a, bool leave_form_open,
                           uh_replay_stop *stop);

/* The same, calling before(ctx, run, i) just before each choice i (0-based
 * among those shown) is made, so a caller can record the decision. */
uh_replay_status uh_replay_with(uh_run *run, const uh_answers *a, bool leave_form_open,
                                uh_replay_stop *stop,
                                void (*before)(void *ctx, const uh_run *run, size_t i), void *ctx);

#endif
