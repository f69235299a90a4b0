/* SPDX-License-Identifier: Apache-2.0 */
/* session.c — one trainee's sitting: sign-in, the run, its report form,
 * decisions, the result, and this sitting's finished scenarios. */
#include "session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/clock.h"
#include "../core/i18n.h"
#include "../core/util.h"

struct uh_session {
    const uh_config *cfg;
    char trainee[4 * UH_TRAINEE_MAX + 1];  /* UTF-8: up to 4 bytes a character */
    bool anonymous, signed_in;
    uh_run *run;
    uh_form form;
    bool form_open;
    char started_at[32];
    uh_decision *decisions;
    size_t ndecisions;
    uh_result *result;     /* set when the run ends */
    uh_done *done;
    size_t ndone;
    const char *language;  /* a code from uh_languages */
};

uh_session *uh_session_new(const uh_config *cfg)
{
    uh_session *s = uh_xcalloc(1, sizeof *s);
    s->cfg = cfg;
    s->form = (uh_form){.to = -1, .how = -1};
    s->language = uh_i18n_language()->code;
    return s;
}

void uh_session_set_language(uh_session *s, const char *code)
{
    s->language = uh_i18n_set_language(code)->code;
}

const char *uh_session_language(const uh_session *s)
{
    return s->language;
}

void uh_session_free(uh_session *s)
{
    if (!s)
        return;
    uh_session_end_run(s);
    for (size_t i = 0; i < s->ndone; i++) {
        free(s->done[i].scenario);
        free(s->done[i].title);
    }
    free(s->done);
    /* The name is personal: do not leave it in freed memory. */
    memset(s->trainee, 0, sizeof s->trainee);
    free(s);
}

/* ---------------------------------------------------------------------
 * The trainee
 * ------------------------------------------------------------------- */

int uh_session_sign_in(uh_session *s, const char *name, bool anonymous, uh_error *err)
{
    if (anonymous) {
        /* name, when given, is the pseudonym this sitting is recorded under. */
        memset(s->trainee, 0, sizeof s->trainee);
        snprintf(s->trainee, sizeof s->trainee, "%s", name ? name : "");
        s->anonymous = s->signed_in = true;
        return 0;
    }
    const char *b = name ? name : "", *e;
    while (*b == ' ')
        b++;
    e = b + strlen(b);
    while (e > b && e[-1] == ' ')
        e--;
    if (e == b)
        return uh_error_set(err, NULL, 0, _("Type your name or employee ID first."));
    size_t chars = 0;
    for (const char *p = b; p < e; p++) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x20 || c == 0x7f)
            return uh_error_set(err, NULL, 0, _("A name cannot contain control characters."));
        chars += (c & 0xC0) != 0x80;
    }
    if (chars > UH_TRAINEE_MAX || (size_t)(e - b) >= sizeof s->trainee)
        return uh_error_set(err, NULL, 0, _("A name can be at most %d characters long; this one has %zu."),
                            UH_TRAINEE_MAX, chars);
    memset(s->trainee, 0, sizeof s->trainee);
    memcpy(s->trainee, b, (size_t)(e - b));
    s->anonymous = false;
    s->signed_in = true;
    return 0;
}

bool uh_session_signed_in(const uh_session *s) { return s->signed_in; }
bool uh_session_anonymous(const uh_session *s) { return s->anonymous; }
const char *uh_session_trainee(const uh_session *s) { return s->trainee; }

/* ---------------------------------------------------------------------
 * The run
 * ------------------------------------------------------------------- */

/* After every step: open the form when the run asks for it, keep the
 * result when it ended, note the scenario as done. */
static void follow(uh_session *s)
{
    uh_run_state st = uh_run_state_of(s->run);
    if (st == UH_RUN_REPORT && !s->form_open) {
        uh_form_open(&s->form, s->run, s->cfg);
        s->form_open = true;
    } else if (st != UH_RUN_REPORT && s->form_open) {
        uh_form_close(&s->form);
        s->form_open = false;
    }
    if (st == UH_RUN_ENDED && !s->result) {
        s->result = uh_run_result(s->run);
        s->done = uh_xrealloc(s->done, (s->ndone + 1) * sizeof *s->done);
        s->done[s->ndone++] = (uh_done){uh_xstrdup(s->result->scenario), uh_xstrdup(s->result->title),
                                        s->result->score.score, s->result->score.passed,
                                        s->result->reported};
    }
}

int uh_session_start(uh_session *s, const uh_scenario *sc, uint32_t seed, uh_error *err)
{
    uh_session_end_run(s);
    s->run = uh_run_new(sc, s->cfg, seed, err);
    if (!s->run)
        return -1;
    uh_iso8601_now(s->started_at, false);
    follow(s);
    return 0;
}

static void record_decision(uh_session *s, const uh_run *run, size_t picked);

static void record_hook(void *ctx, const uh_run *run, size_t i)
{
    record_decision(ctx, run, i);
}

uh_replay_status uh_session_resume(uh_session *s, const uh_scenario *sc, uint32_t seed,
                                   const uh_answers *saved, uh_error *err)
{
    if (uh_session_start(s, sc, seed, err))
        return UH_REPLAY_FAILED;
    /* The one replay loop; decisions are recorded as if made now. */
    uh_replay_status status = uh_replay_with(s->run, saved, true, NULL, record_hook, s);
    follow(s);
    return status;
}

uh_session_state uh_session_state_of(const uh_session *s)
{
    if (!s->run)
        return UH_SESSION_IDLE;
    switch (uh_run_state_of(s->run)) {
    case UH_RUN_SCENE:
        return UH_SESSION_SCENE;
    case UH_RUN_REPORT:
        return UH_SESSION_REPORT;
    case UH_RUN_ENDED:
        return UH_SESSION_ENDED;
    default:
        return UH_SESSION_FAILED;
    }
}

const uh_run *uh_session_run(const uh_session *s) { return s->run; }

const uh_error *uh_session_error(const uh_session *s)
{
    static const uh_error none;
    return s->run ? uh_run_error(s->run) : &none;
}

/* Records the decision about to be made: which scene choices were shown. */
static void record_decision(uh_session *s, const uh_run *run, size_t picked)
{
    const uh_scenario *sc = uh_run_scenario(run);
    const uh_scene *scene = uh_run_scene(run);
    uh_decision d = {.scene = (int)(scene - sc->scenes), .picked = (int)picked};
    size_t n = uh_run_nchoices(run);
    for (size_t i = 0; i < n && d.nshown < UH_SESSION_MAX_SHOWN; i++)
        d.shown[d.nshown++] = (int)(uh_run_choice(run, i) - scene->choices);
    if (picked >= UH_SESSION_MAX_SHOWN)
        d.picked = -1;
    s->decisions = uh_xrealloc(s->decisions, (s->ndecisions + 1) * sizeof *s->decisions);
    s->decisions[s->ndecisions++] = d;
}

int uh_session_choose(uh_session *s, size_t i, uh_error *err)
{
    if (!s->run || uh_run_state_of(s->run) != UH_RUN_SCENE)
        return uh_error_set(err, NULL, 0, _("no choice can be made now"));
    if (i >= uh_run_nchoices(s->run))
        return uh_run_choose(s->run, i, err); /* the run's own out-of-range message */
    record_decision(s, s->run, i);
    int rc = uh_run_choose(s->run, i, err);
    follow(s);
    return rc;
}

void uh_session_mark(uh_session *s, const char *id, bool marked)
{
    if (s->run)
        uh_run_mark(s->run, id, marked);
}

bool uh_session_is_marked(const uh_session *s, const char *id)
{
    return s->run && uh_run_is_marked(s->run, id);
}

uh_form *uh_session_form(uh_session *s) { return s->form_open ? &s->form : NULL; }

int uh_session_send_report(uh_session *s, uh_error *err)
{
    if (!s->form_open)
        return uh_error_set(err, NULL, 0, _("no report form is open"));
    if (uh_form_send(&s->form, s->run, err))
        return -1;
    follow(s);
    return 0;
}

const uh_decision *uh_session_decisions(const uh_session *s, size_t *n)
{
    *n = s->ndecisions;
    return s->decisions;
}

void uh_session_answers(const uh_session *s, uh_answers *out)
{
    *out = (uh_answers){0};
    if (!s->run)
        return;
    uh_result *r = uh_run_result(s->run);
    out->nchoices = r->nchoices;
    out->choices = uh_xcalloc(r->nchoices + 1, sizeof *out->choices);
    if (r->nchoices)
        memcpy(out->choices, r->choices, r->nchoices * sizeof *out->choices);
    for (size_t i = 0; i < r->marked.n; i++)
        uh_strv_push(&out->marks, r->marked.v[i]);
    /* The form counts once it was sent: the run has moved past it. */
    if (r->reported && uh_run_state_of(s->run) != UH_RUN_REPORT) {
        out->has_report = true;
        out->to = uh_xstrdup(r->report_to);
        out->how = uh_xstrdup(r->report_how);
        for (size_t i = 0; i < r->facts_ticked.n; i++)
            uh_strv_push(&out->facts, r->facts_ticked.v[i]);
    }
    uh_result_free(r);
}

uh_result *uh_session_result_now(const uh_session *s)
{
    return s->run ? uh_run_result(s->run) : NULL;
}

const uh_result *uh_session_result(const uh_session *s) { return s->result; }

const char *uh_session_started_at(const uh_session *s) { return s->started_at; }

void uh_session_end_run(uh_session *s)
{
    if (s->form_open)
        uh_form_close(&s->form);
    s->form_open = false;
    uh_run_free(s->run);
    s->run = NULL;
    uh_result_free(s->result);
    s->result = NULL;
    free(s->decisions);
    s->decisions = NULL;
    s->ndecisions = 0;
    s->started_at[0] = '\0';
}

const uh_done *uh_session_done(const uh_session *s, size_t *n)
{
    *n = s->ndone;
    return s->done;
}
