/* SPDX-License-Identifier: Apache-2.0 */
/* debrief.c — the debrief's words and the replayed path. */
#include "debrief.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "../core/i18n.h"
#include "../core/run.h"
#include "../core/util.h"
#include "replay.h"

#define MAX_STEPS 200  /* a replayed path is cut off here (stories can loop) */

const char *uh_debrief_ending_title(const char *ending)
{
    static const struct { const char *id, *title; } t[] = {
        {"reported", N_("You reported the approach")},
        {"reported_late", N_("You reported it, later on")},
        {"cleared", N_("You asked security first")},
        {"walked_away", N_("You walked away")},
        {"compromised", N_("The hook was set")},
        {"hooked", N_("You were hooked")},
    };
    for (size_t i = 0; ending && i < sizeof t / sizeof *t; i++)
        if (strcmp(t[i].id, ending) == 0)
            return _(t[i].title);
    return _("The story ends here");
}

/* ---------------------------------------------------------------------
 * Words
 * ------------------------------------------------------------------- */

/* Where a scene happens, in words. Caller frees. */
static char *where_of(const uh_scene *s)
{
    const char *who = s->from_name;
    switch (s->channel) {
    case UH_CHANNEL_LINKEDIN:
        return who ? uh_xasprintf(_("Message from %s on a professional network"), who)
                   : uh_xstrdup(_("Professional network"));
    case UH_CHANNEL_EMAIL:
        return who ? uh_xasprintf(_("E-mail from %s"), who) : uh_xstrdup(_("E-mail"));
    case UH_CHANNEL_PHONE:
        return who ? uh_xasprintf(_("Call from %s"), who) : uh_xstrdup(_("Phone call"));
    case UH_CHANNEL_CHAT:
        return who ? uh_xasprintf(_("Chat with %s"), who) : uh_xstrdup(_("Chat"));
    case UH_CHANNEL_IN_PERSON:
        return who ? uh_xasprintf(_("Meeting %s"), who) : uh_xstrdup(_("In person"));
    default:
        return who ? uh_xasprintf(_("With %s"), who) : uh_xstrdup(_("In the story"));
    }
}

/* Why a handling is right or wrong, for the default handlings; a generic
 * sentence for an organisation's own. */
static const char *how_why(const char *id, bool correct)
{
    static const struct { const char *id, *why; } t[] = {
        {"keep_evidence", N_("Keeping every message as it is, stopping your replies and handing "
                             "it all over is exactly right.")},
        {"delete", N_("Deleting the messages does not end the approach, and it throws away what "
                      "security needs. In one real case, deleting e-mails was more likely to raise "
                      "suspicion than to remove evidence.")},
        {"keep_talking", N_("Chatting on to gather evidence keeps the contact going and gives them "
                            "more chances to draw you in. Stop, and let security do the checking.")},
        {"forward_personal", N_("Forwarding work messages to private mail moves them out of the "
                                "company's protection. Keep everything where it is.")},
        {"post_publicly", N_("A public warning tips off the contact and can spoil a quiet check. "
                             "Tell security instead.")},
    };
    for (size_t i = 0; id && i < sizeof t / sizeof *t; i++)
        if (strcmp(t[i].id, id) == 0)
            return _(t[i].why);
    return correct ? _("That is the right way to hand it over.")
                   : _("That is not the right way to hand it over: keep everything as it is, stop "
                       "replying, and give it all to security.");
}

/* The security team's name; the built-in default ("Corporate Security")
 * and the report options' default labels are translated like the
 * program's own words, an organisation's own names are shown as written. */
static const char *security_name(const uh_config *cfg)
{
    return cfg->security_team && *cfg->security_team ? uh_i18n_word(cfg->security_team)
                                                     : _("corporate security");
}

static void add_line(uh_debrief *d, uh_verdict v, const char *title, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void add_line(uh_debrief *d, uh_verdict v, const char *title, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char buf[2048];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    d->lines = uh_xrealloc(d->lines, (d->nlines + 1) * sizeof *d->lines);
    d->lines[d->nlines++] = (uh_debrief_line){v, uh_xstrdup(title), uh_xstrdup(buf)};
}

/* The report, line by line: recipient, facts, decoys, handling. */
static void report_lines(uh_debrief *d, const uh_scenario *sc, const uh_config *cfg,
                         const uh_result *r)
{
    const uh_report_to *to = uh_config_find_to(cfg, r->report_to);
    const char *sec = security_name(cfg);
    if (!to)
        add_line(d, UH_VERDICT_BAD, _("No recipient"),
                 _("The report did not say who it was for. Take it to %s."), sec);
    else if (to->credit >= 1)
        add_line(d, UH_VERDICT_GOOD, _("Right place"),
                 _("\"%s\" can look into an approach like this and protect you."), uh_i18n_word(to->label));
    else if (to->credit > 0)
        add_line(d, UH_VERDICT_PARTLY, _("Partly right"),
                 _("\"%s\" is a good first instinct, but they cannot check an approach. They would "
                   "have to pass it on. Go to %s directly."), uh_i18n_word(to->label), sec);
    else
        add_line(d, UH_VERDICT_BAD, _("Not the right place"),
                 _("\"%s\" cannot act on an approach like this. Take it to %s."), uh_i18n_word(to->label), sec);

    for (size_t i = 0; i < r->facts_ticked.n; i++) {
        const uh_fact *f = uh_scenario_find_fact(sc, r->facts_ticked.v[i]);
        if (f && f->required)
            add_line(d, UH_VERDICT_GOOD, _("Included"), "%s", f->text);
    }
    for (size_t i = 0; i < r->facts_missing.n; i++) {
        const uh_fact *f = uh_scenario_find_fact(sc, r->facts_missing.v[i]);
        if (f)
            add_line(d, UH_VERDICT_PARTLY, _("Left out"), "%s. %s", f->text,
                     f->why ? f->why : _("Security needs this to act."));
    }
    for (size_t i = 0; i < r->decoy_ids.n; i++) {
        const uh_fact *f = uh_scenario_find_fact(sc, r->decoy_ids.v[i]);
        if (f)
            add_line(d, UH_VERDICT_BAD, _("Does not belong"), "%s. %s", f->text,
                     f->why ? f->why : _("Leave this out of a report."));
    }

    const uh_report_how *how = uh_config_find_how(cfg, r->report_how);
    if (!how)
        add_line(d, UH_VERDICT_BAD, _("No handling chosen"),
                 _("The report did not say what you do with the messages. %s"),
                 how_why("keep_evidence", true));
    else if (how->correct)
        add_line(d, UH_VERDICT_GOOD, _("Handled well"), _("\"%s\": exactly right."), uh_i18n_word(how->label));
    else
        add_line(d, UH_VERDICT_BAD, _("Not the right handling"), _("\"%s\". %s"), uh_i18n_word(how->label),
                 how_why(how->id, false));
    for (size_t i = 0; i < r->how_done.n; i++) {
        const uh_report_how *done = uh_config_find_how(cfg, r->how_done.v[i]);
        if (done && done->correct)
            continue;
        add_line(d, UH_VERDICT_BAD, _("What the story showed"),
                 _("In the story you chose to: %s. %s This counts whatever the form says."),
                 done ? uh_i18n_word(done->label) : r->how_done.v[i], how_why(r->how_done.v[i], false));
    }
}

/* ---------------------------------------------------------------------
 * Replaying the path
 * ------------------------------------------------------------------- */

static void free_steps(uh_debrief_step *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(v[i].scene);
        free(v[i].where);
        free(v[i].chose);
        free(v[i].gives);
        free(v[i].how_done);
        free(v[i].first_flag);
    }
    free(v);
}

/* Appends the current scene of run as a step (no choice yet). */
static uh_debrief_step *push_step(uh_debrief_step **v, size_t *n, const uh_run *run)
{
    const uh_scene *s = uh_run_scene(run);
    *v = uh_xrealloc(*v, (*n + 1) * sizeof **v);
    uh_debrief_step *st = &(*v)[(*n)++];
    *st = (uh_debrief_step){.scene = uh_xstrdup(s->id), .where = where_of(s),
                            .hook_before = uh_run_hook(run)};
    for (size_t i = 0; i < uh_run_nchoices(run); i++)
        st->offered_report |= uh_run_choice_is_report(run, i);
    return st;
}

/* Records choice i of the current scene in step st. */
static void note_choice(uh_debrief_step *st, const uh_run *run, const uh_config *cfg, size_t i)
{
    const uh_choice *c = uh_run_choice(run, i);
    st->chose = uh_xstrdup(uh_run_choice_label(run, i));
    st->hook_added = c->hook;
    st->gives = c->gives ? uh_xstrdup(c->gives) : NULL;
    st->after_report = uh_run_reported(run);
    if (c->how) {
        const uh_report_how *h = uh_config_find_how(cfg, c->how);
        st->how_done = uh_xstrdup(h ? uh_i18n_word(h->label) : c->how);
        st->how_wrong = !h || !h->correct;
    }
}

/* The shown choice that goes deepest without reporting (first of equals),
 * or -1 when every choice shown is a report. */
static int deepest(const uh_run *run)
{
    int best = -1;
    for (size_t i = 0; i < uh_run_nchoices(run); i++) {
        const uh_choice *c = uh_run_choice(run, i);
        if (!c->report && (best < 0 || c->hook > uh_run_choice(run, (size_t)best)->hook))
            best = (int)i;
    }
    return best;
}

typedef struct path_ctx {
    uh_debrief *d;
    const uh_config *cfg;
    int report_step;
} path_ctx;

/* Before each replayed choice: the scene as a step, and the choice made. */
static void on_choice(void *ctx, const uh_run *run, size_t i)
{
    path_ctx *p = ctx;
    if (p->d->nsteps >= MAX_STEPS)
        return;
    uh_debrief_step *step = push_step(&p->d->steps, &p->d->nsteps, run);
    note_choice(step, run, p->cfg, i);
    if (uh_run_choice_is_report(run, i) && !uh_run_reported(run)) {
        step->reported = true;
        p->report_step = (int)p->d->nsteps - 1;
    }
}

/* Replays r's choices and form (the one replay loop), filling d->steps.
 * Returns the index of the step where the report was filed, -1 when none. */
static int replay_path(uh_debrief *d, const uh_scenario *sc, const uh_config *cfg,
                       const uh_result *r)
{
    uh_error e;
    uh_run *run = uh_run_new(sc, cfg, r->seed, &e);
    if (!run)
        return -1;
    uh_answers a = {.choices = r->choices, .nchoices = r->nchoices, .has_report = r->reported,
                    .to = r->report_to, .how = r->report_how, .facts = r->facts_ticked};
    path_ctx p = {d, cfg, -1};
    uh_replay_with(run, &a, false, NULL, on_choice, &p);
    if (uh_run_state_of(run) == UH_RUN_ENDED && d->nsteps < MAX_STEPS)
        push_step(&d->steps, &d->nsteps, run);
    uh_run_free(run);
    return p.report_step;
}

/* After an early report: replays up to the report scene, then follows the
 * deepest choices as if no report had been made. */
static void path_not_taken(uh_debrief *d, const uh_scenario *sc, const uh_config *cfg,
                           const uh_result *r, int report_step)
{
    uh_error e;
    uh_run *run = uh_run_new(sc, cfg, r->seed, &e);
    if (!run)
        return;
    for (int k = 0; k < report_step && uh_run_state_of(run) == UH_RUN_SCENE; k++)
        if (uh_run_choose(run, (size_t)r->choices[k] - 1, &e))
            break;
    while (uh_run_state_of(run) == UH_RUN_SCENE && d->nnot_taken < 24) {
        int i = deepest(run);
        if (i < 0)
            break;
        uh_debrief_step *step = push_step(&d->not_taken, &d->nnot_taken, run);
        note_choice(step, run, cfg, (size_t)i);
        if (uh_run_choose(run, (size_t)i, &e))
            break;
    }
    if (uh_run_state_of(run) == UH_RUN_ENDED) {
        const uh_scene *end = uh_run_scene(run);
        d->not_taken_ending = uh_xstrdup(uh_debrief_ending_title(end->ending));
    } else {
        free_steps(d->not_taken, d->nnot_taken);
        d->not_taken = NULL;
        d->nnot_taken = 0;
    }
    uh_run_free(run);
}

/* ---------------------------------------------------------------------
 * Building
 * ------------------------------------------------------------------- */

static const uh_scene *ending_scene(const uh_scenario *sc, const uh_result *r)
{
    if (!r->completed || r->path.n == 0)
        return NULL;
    int i = uh_scenario_find_scene(sc, r->path.v[r->path.n - 1]);
    return i >= 0 ? &sc->scenes[i] : NULL;
}

static void lead(uh_debrief *d, const uh_config *cfg, const uh_result *r)
{
    const char *sec = security_name(cfg);
    if (!r->reported) {
        d->lead = UH_LEAD_NOT_REPORTED;
        d->lead_text = uh_xasprintf(
            _("Nobody reported this approach. That happens to careful people too: these approaches "
              "are made to feel harmless. It is never too late. A late report is always better than "
              "none, and %s will not blame you for coming forward."), sec);
        return;
    }
    if (r->score.passed) {
        d->lead = UH_LEAD_PASSED;
        d->lead_text = r->reported_at_hook == 0
            ? uh_xstrdup(_("You reported it before anything was given away, to the people who can "
                           "act, and then you stopped. That is the habit this training is about."))
            : uh_xstrdup(_("You reported it to the people who can act, and then you stopped. The "
                           "earlier the better, but coming forward is what protects you."));
        return;
    }
    d->lead = UH_LEAD_NOT_PASSED;
    if (r->credit < 1) {
        const uh_report_to *to = uh_config_find_to(cfg, r->report_to);
        d->reason = UH_REASON_WRONG_PLACE;
        d->lead_text = to
            ? uh_xasprintf(_("Telling someone was a good instinct, but \"%s\" cannot act on an "
                             "approach like this. Next time, take it straight to %s."),
                           uh_i18n_word(to->label), sec)
            : uh_xasprintf(_("You started a report but did not say who it was for. Next time, take "
                             "it straight to %s."), sec);
    } else if (r->hook_after_report > 0) {
        d->reason = UH_REASON_WENT_DEEPER;
        d->lead_text = uh_xstrdup(_("You reported it, and that counts. But then you went further "
                                    "into the hook. A report is not a green light to carry on: once "
                                    "you have reported, stop, and let security guide you."));
    } else if (r->decoys > 0) {
        d->reason = UH_REASON_DECOY;
        d->lead_text = uh_xstrdup(_("You reported it to the right place. But your report named "
                                    "something that does not belong in it. See below what to leave "
                                    "out, and why."));
    } else {
        d->reason = UH_REASON_LOW_SCORE;
        d->lead_text = uh_xstrdup(_("You reported it, which matters most. The report came late or "
                                    "left out key facts. See below what would make it stronger."));
    }
}

static void hints(uh_debrief *d, const uh_config *cfg, const uh_result *r)
{
    int h = r->reported_at_hook, after = r->hook_after_report;
    if (!r->reported)
        d->timing_hint = uh_xstrdup(_("No report was filed, so security never heard of it."));
    else if (h == 0 && after == 0)
        d->timing_hint = uh_xstrdup(_("You reported before the hook was set, and stopped there."));
    else if (after > 0 && h == 0)
        d->timing_hint = uh_xasprintf(ngettext("You reported before the hook was set, then took %d "
                                               "step into it after the report. Each step counts.",
                                               "You reported before the hook was set, then took %d "
                                               "steps into it after the report. Each step counts.",
                                               after), after);
    else if (after > 0) {
        /* TRANSLATORS: followed by "After it you took N more. Each step counts." */
        char *first = uh_xasprintf(ngettext("You reported after %d step into the hook.",
                                            "You reported after %d steps into the hook.", h), h);
        char *second = uh_xasprintf(ngettext("After it you took %d more. Each step counts.",
                                             "After it you took %d more. Each step counts.", after),
                                    after);
        d->timing_hint = uh_xasprintf("%s %s", first, second);
        free(first);
        free(second);
    } else
        d->timing_hint = uh_xasprintf(ngettext("You reported after %d step deeper into the hook.",
                                               "You reported after %d steps deeper into the hook.", h),
                                      h);
    if (!r->reported) {
        d->quality_hint = uh_xstrdup(_("Scored once a report is filed."));
    } else {
        const uh_report_to *to = uh_config_find_to(cfg, r->report_to);
        const char *place = !to ? _("No recipient") : to->credit >= 1 ? _("Right place")
                            : to->credit > 0 ? _("Partly right place") : _("Not the right place");
        char *facts = uh_xasprintf(ngettext("%d of %d key fact", "%d of %d key facts",
                                            r->facts_required), r->facts_given, r->facts_required);
        char *decoys = r->decoys ? uh_xasprintf(ngettext("%d thing that does not belong",
                                                         "%d things that do not belong", r->decoys),
                                                r->decoys)
                                 : NULL;
        const char *kept = r->how_correct ? _("evidence kept as it was")
                                          : _("evidence not kept as it was");
        /* TRANSLATORS: a list: "Right place, 2 of 3 key facts, evidence kept as it was." */
        d->quality_hint = decoys ? uh_xasprintf(_("%s, %s, %s, %s."), place, facts, decoys, kept)
                                 : uh_xasprintf(_("%s, %s, %s."), place, facts, kept);
        free(facts);
        free(decoys);
    }
    d->spotting_hint = uh_xasprintf(r->false_alarms
                                        ? ngettext("%d of %d warning sign marked, with some false alarms.",
                                                   "%d of %d warning signs marked, with some false alarms.",
                                                   r->flags_total)
                                        : ngettext("%d of %d warning sign marked.",
                                                   "%d of %d warning signs marked.", r->flags_total),
                                    r->flags_spotted, r->flags_total);
}

static void moment(uh_debrief *d, const uh_result *r, int report_step)
{
    int clean = d->last_clean_exit;
    unsigned long after = 0;
    for (size_t i = 0; i < d->nsteps; i++)
        after += d->steps[i].after_report && d->steps[i].hook_added > 0;
    char *tail_text = after ? uh_xasprintf(ngettext("After the report you took %lu more step into "
                                                    "the hook. Once you have reported, stop.",
                                                    "After the report you took %lu more steps into "
                                                    "the hook. Once you have reported, stop.", after),
                                           after)
                            : NULL;
    char *first;
    if (report_step >= 0 && r->reported_at_hook == 0)
        first = uh_xasprintf(_("You reported at step %d, before anything was given away."),
                             report_step + 1);
    else if (report_step >= 0 && clean >= 0)
        first = uh_xasprintf(_("You reported at step %d. The last clean exit was step %d, before "
                               "anything was given away. A late report still counts for a great "
                               "deal."), report_step + 1, clean + 1);
    else if (report_step >= 0)
        first = uh_xasprintf(_("You reported at step %d. A late report still counts for a great "
                               "deal."), report_step + 1);
    else if (clean >= 0)
        first = uh_xasprintf(_("The last clean exit was step %d, before anything was given away. "
                               "It is never too late to talk to security, in this story or in real "
                               "life."), clean + 1);
    else
        first = uh_xstrdup(_("It is never too late to talk to security, in this story or in real "
                             "life."));
    if (report_step >= 0 && r->reported_at_hook == 0 && !after)
        d->moment_text = uh_xasprintf("%s %s", first, _("That is the best moment."));
    else if (report_step >= 0 && after)
        d->moment_text = uh_xasprintf("%s %s", first, tail_text);
    else
        d->moment_text = uh_xstrdup(first);
    free(first);
    free(tail_text);
}

uh_debrief *uh_debrief_build(const uh_scenario *sc, const uh_config *cfg, const uh_result *r)
{
    uh_debrief *d = uh_xcalloc(1, sizeof *d);
    d->last_clean_exit = d->first_flag = -1;
    d->headline = uh_xstrdup(r->completed ? uh_debrief_ending_title(r->ending)
                                          : _("The story stopped here"));
    lead(d, cfg, r);
    hints(d, cfg, r);
    int report_step = replay_path(d, sc, cfg, r);
    for (size_t i = 0; i < d->nsteps; i++) {
        uh_debrief_step *st = &d->steps[i];
        if (st->offered_report && st->hook_before == 0)
            d->last_clean_exit = (int)i;
        int si = uh_scenario_find_scene(sc, st->scene);
        if (d->first_flag < 0 && si >= 0 && sc->scenes[si].nflags > 0) {
            d->first_flag = (int)i;
            st->first_flag = uh_xstrdup(sc->scenes[si].flags[0].text);
        }
    }
    moment(d, r, report_step);
    if (r->reported)
        report_lines(d, sc, cfg, r);
    /* After an early report that stopped the approach, show where it was
     * heading (a trainee who went on after the report has seen that). */
    if (report_step >= 0 && r->reported_at_hook <= 1 && r->hook_after_report == 0)
        path_not_taken(d, sc, cfg, r, report_step);
    const uh_scene *end = ending_scene(sc, r);
    if (end && end->lesson)
        d->takeaway = uh_xstrdup(end->lesson);
    else if (d->lead == UH_LEAD_PASSED)
        d->takeaway = uh_xstrdup(_("Report early, to security, with the facts; keep everything as "
                                   "it is; then stop."));
    else if (d->lead == UH_LEAD_NOT_PASSED)
        d->takeaway = uh_xstrdup(_("Report to security, keep everything as it is, and stop once "
                                   "you have reported."));
    else
        d->takeaway = uh_xstrdup(_("When something feels off, tell security early. Nobody will "
                                   "blame you, even if it turns out to be nothing."));
    d->contact = uh_xasprintf(_("If anything like this happens to you, contact %s: %s, %s. You can "
                                "come to them without fear, even late."), security_name(cfg),
                              cfg->security_phone ? cfg->security_phone : "",
                              cfg->security_email ? cfg->security_email : "");
    return d;
}

/* ---------------------------------------------------------------------
 * JSON and freeing
 * ------------------------------------------------------------------- */

static cJSON *str(const char *s)
{
    return s ? cJSON_CreateString(s) : cJSON_CreateNull();
}

static cJSON *steps_json(const uh_debrief_step *v, size_t n)
{
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; i < n; i++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddItemToObject(o, "scene", str(v[i].scene));
        cJSON_AddItemToObject(o, "where", str(v[i].where));
        cJSON_AddItemToObject(o, "chose", str(v[i].chose));
        cJSON_AddNumberToObject(o, "hook_before", v[i].hook_before);
        cJSON_AddNumberToObject(o, "hook_added", v[i].hook_added);
        cJSON_AddItemToObject(o, "gives", str(v[i].gives));
        cJSON_AddItemToObject(o, "how_done", str(v[i].how_done));
        cJSON_AddBoolToObject(o, "how_wrong", v[i].how_wrong);
        cJSON_AddBoolToObject(o, "offered_report", v[i].offered_report);
        cJSON_AddBoolToObject(o, "reported", v[i].reported);
        cJSON_AddBoolToObject(o, "after_report", v[i].after_report);
        cJSON_AddItemToObject(o, "first_flag", str(v[i].first_flag));
        cJSON_AddItemToArray(a, o);
    }
    return a;
}

cJSON *uh_debrief_to_json(const uh_debrief *d)
{
    static const char *const leads[] = {"passed", "not_passed", "not_reported"};
    static const char *const reasons[] = {NULL, "wrong_place", "went_deeper", "decoy", "low_score"};
    static const char *const verdicts[] = {"good", "partly", "bad", "info"};
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "lead", leads[d->lead]);
    cJSON_AddItemToObject(o, "reason", str(reasons[d->reason]));
    cJSON_AddItemToObject(o, "headline", str(d->headline));
    cJSON_AddItemToObject(o, "lead_text", str(d->lead_text));
    cJSON_AddItemToObject(o, "timing_hint", str(d->timing_hint));
    cJSON_AddItemToObject(o, "quality_hint", str(d->quality_hint));
    cJSON_AddItemToObject(o, "spotting_hint", str(d->spotting_hint));
    cJSON_AddItemToObject(o, "steps", steps_json(d->steps, d->nsteps));
    cJSON_AddNumberToObject(o, "last_clean_exit", d->last_clean_exit);
    cJSON_AddNumberToObject(o, "first_flag", d->first_flag);
    cJSON_AddItemToObject(o, "moment", str(d->moment_text));
    cJSON *lines = cJSON_AddArrayToObject(o, "report");
    for (size_t i = 0; i < d->nlines; i++) {
        cJSON *l = cJSON_CreateObject();
        cJSON_AddStringToObject(l, "verdict", verdicts[d->lines[i].verdict]);
        cJSON_AddItemToObject(l, "title", str(d->lines[i].title));
        cJSON_AddItemToObject(l, "text", str(d->lines[i].text));
        cJSON_AddItemToArray(lines, l);
    }
    cJSON_AddItemToObject(o, "takeaway", str(d->takeaway));
    cJSON_AddItemToObject(o, "not_taken", steps_json(d->not_taken, d->nnot_taken));
    cJSON_AddItemToObject(o, "not_taken_ending", str(d->not_taken_ending));
    cJSON_AddItemToObject(o, "contact", str(d->contact));
    return o;
}

void uh_debrief_free(uh_debrief *d)
{
    if (!d)
        return;
    free(d->headline);
    free(d->lead_text);
    free(d->timing_hint);
    free(d->quality_hint);
    free(d->spotting_hint);
    free(d->moment_text);
    free_steps(d->steps, d->nsteps);
    free_steps(d->not_taken, d->nnot_taken);
    for (size_t i = 0; i < d->nlines; i++) {
        free(d->lines[i].title);
        free(d->lines[i].text);
    }
    free(d->lines);
    free(d->takeaway);
    free(d->not_taken_ending);
    free(d->contact);
    free(d);
}
