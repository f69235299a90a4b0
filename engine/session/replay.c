/* SPDX-License-Identifier: Apache-2.0 */
/* replay.c — one loop for answers files, resumed runs and the debrief. */
#include "replay.h"

#include <stdlib.h>

void uh_answers_free(uh_answers *a)
{
    if (!a)
        return;
    free(a->choices);
    uh_strv_free(&a->marks);
    uh_strv_free(&a->facts);
    free(a->to);
    free(a->how);
    *a = (uh_answers){0};
}

uh_replay_status uh_replay(uh_run *run, const uh_answers *a, bool leave_form_open,
                           uh_replay_stop *stop)
{
    return uh_replay_with(run, a, leave_form_open, stop, NULL, NULL);
}

uh_replay_status uh_replay_with(uh_run *run, const uh_answers *a, bool leave_form_open,
                                uh_replay_stop *stop,
                                void (*before)(void *ctx, const uh_run *run, size_t i), void *ctx)
{
    uh_replay_stop st = {.status = UH_REPLAY_FAILED};
    uh_error err;
    for (size_t i = 0; i < a->marks.n; i++)
        uh_run_mark(run, a->marks.v[i], true);
    for (;;) {
        uh_run_state state = uh_run_state_of(run);
        if (state == UH_RUN_ENDED) {
            st.status = UH_REPLAY_ENDED;
            break;
        }
        if (state == UH_RUN_FAILED) {
            st.status = UH_REPLAY_FAILED;
            break;
        }
        if (state == UH_RUN_REPORT) {
            if (!a->has_report && leave_form_open) {
                st.status = UH_REPLAY_AT_FORM;
                break;
            }
            if (uh_run_submit_report(run, a->has_report ? a->to : NULL,
                                     a->has_report ? (const char *const *)a->facts.v : NULL,
                                     a->has_report ? a->facts.n : 0,
                                     a->has_report ? a->how : NULL, &err)) {
                /* A saved form naming options that no longer exist: let
                 * the trainee fill it again when that is possible. */
                st.status = leave_form_open ? UH_REPLAY_AT_FORM : UH_REPLAY_FAILED;
                break;
            }
            continue;
        }
        if (st.used >= a->nchoices) {
            st.status = UH_REPLAY_RAN_OUT;
            break;
        }
        int pos = a->choices[st.used];
        if (pos < 1 || (size_t)pos > uh_run_nchoices(run)) {
            st.status = UH_REPLAY_OUT_OF_RANGE;
            st.position = pos;
            st.shown = uh_run_nchoices(run);
            break;
        }
        st.used++;
        if (before)
            before(ctx, run, (size_t)pos - 1);
        uh_run_choose(run, (size_t)pos - 1, &err);
    }
    st.scene = uh_run_scene(run) ? uh_run_scene(run)->id : NULL;
    if (stop)
        *stop = st;
    return st.status;
}
