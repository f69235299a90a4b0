/* SPDX-License-Identifier: Apache-2.0 */
/* test_session.c — the training session without a display: sign-in, the
 * report form's rules (SPEC §3 and its v2 window rule), replay and resume,
 * and the debrief's words for each kind of outcome. */
#include <stdlib.h>

#include <cjson/cJSON.h>

#include "core/config.h"
#include "core/scenario.h"
#include "core/util.h"
#include "session/debrief.h"
#include "session/session.h"
#include "testing.h"

static uh_config cfg;

/* A small keynote: report early (clearance), take the envelope after the
 * report, or go to the banquet, chat on, and be drawn in. */
static const char *story =
    "return scenario { id = 'keynote', title = 'Keynote', tactic = 'conference', summary = 'S',\n"
    "  teaches = { 'report', 'clearance' }, debrief = 'D', start = 'invite',\n"
    "  report = { facts = {\n"
    "    { id = 'invitation', text = 'The invitation and who sent it', required = true,\n"
    "      why = 'Security needs to know who is asking.' },\n"
    "    { id = 'envelope', text = 'The cash envelope', required = true, why = 'Money is the hook.',\n"
    "      when = function(s) return s.visited('envelope') end },\n"
    "    { id = 'origin', text = 'Your guess about the host\\'s nationality', decoy = true,\n"
    "      why = 'Anyone with access can be approached, whatever their origin.' },\n"
    "  } },\n"
    "  scenes = {\n"
    "    invite = { channel = 'email', from = { name = 'Dana Reyes' }, text = 'Speak at our summit?',\n"
    "      flags = { { id = 'unsolicited', text = 'An invitation out of the blue' } },\n"
    "      innocent = { { id = 'logo', text = 'A nice logo' } },\n"
    "      choices = {\n"
    "        { 'Send it to the team that clears talks', go = 'cleared', report = true },\n"
    "        { 'Accept', go = 'banquet', hook = 1, gives = 'Your yes, and your travel details.' },\n"
    "        { 'Delete it', go = 'banquet', how = 'delete' },\n"
    "      } },\n"
    "    cleared = { text = 'Cleared. At the summit, a host holds out an envelope.',\n"
    "      choices = {\n"
    "        { 'Take it', go = 'envelope', hook = 1, gives = 'Cash on camera.' },\n"
    "        { 'Decline politely', go = 'home_clean' },\n"
    "      } },\n"
    "    banquet = { channel = 'in_person', from = { name = 'Mr. Sandor' }, text = 'A banquet.',\n"
    "      flags = { { id = 'camera', text = 'A camera rolls' } },\n"
    "      innocent = { { id = 'menu', text = 'A long menu' } },\n"
    "      choices = {\n"
    "        { 'Chat on to learn more', go = 'envelope', hook = 1, how = 'keep_talking', gives = 'Time and trust.' },\n"
    "        { 'Call the number in the travel briefing', go = 'home_late', report = true },\n"
    "      } },\n"
    "    envelope = { text = 'An envelope of cash.',\n"
    "      choices = {\n"
    "        { 'Call the number in the travel briefing', go = 'home_late', report = true },\n"
    "        { 'Keep it', go = 'hooked', hook = 2, gives = 'Leverage over you.' },\n"
    "      } },\n"
    "    home_clean = { text = 'Home.', ending = 'reported', lesson = 'Clear it, then stop.' },\n"
    "    home_late = { text = 'Home, later.', ending = 'reported_late', lesson = 'Late still helps.' },\n"
    "    hooked = { text = 'Hooked.', ending = 'hooked', lesson = 'Each step made the next easier.' },\n"
    "  } }\n";

static uh_scenario *load(void)
{
    uh_problems p = {0};
    uh_scenario *sc = uh_scenario_load_text("keynote.lua", story, strlen(story), &cfg, 1, &p);
    for (size_t i = 0; i < p.count; i++)
        fprintf(stderr, "problem: %d: %s\n", p.items[i].line, p.items[i].msg);
    CHECK(sc->ok);
    uh_problems_free(&p);
    return sc;
}

/* Option index of an id in the configuration. */
static size_t to_index(const char *id)
{
    for (size_t i = 0; i < cfg.nto; i++)
        if (strcmp(cfg.to[i].id, id) == 0)
            return i;
    return 99;
}

static size_t how_index(const char *id)
{
    for (size_t i = 0; i < cfg.nhow; i++)
        if (strcmp(cfg.how[i].id, id) == 0)
            return i;
    return 99;
}

/* Ticks the displayed fact with this id. */
static void tick(uh_form *f, const char *id)
{
    for (size_t i = 0; i < f->nfacts; i++)
        if (strcmp(f->sc->facts[f->facts[i]].id, id) == 0)
            uh_form_pick(f, i);
}

TEST(sign_in_trims_and_refuses_bad_names)
{
    uh_session *s = uh_session_new(&cfg);
    uh_error e;
    CHECK(!uh_session_signed_in(s));
    CHECK(uh_session_sign_in(s, "   ", false, &e) == -1);
    CHECK_HAS(e.msg, "name");
    CHECK(uh_session_sign_in(s, "a\tb", false, &e) == -1);
    char longname[200];
    memset(longname, 'x', 65);
    longname[65] = 0;
    CHECK(uh_session_sign_in(s, longname, false, &e) == -1);
    CHECK_HAS(e.msg, "at most 64 characters");
    CHECK(!uh_session_signed_in(s));
    /* 64 characters of two bytes each fit: the limit is in characters. */
    longname[0] = 0;
    for (int i = 0; i < 64; i++)
        strcat(longname, "\xC3\xA4");
    CHECK(uh_session_sign_in(s, longname, false, &e) == 0);
    CHECK(uh_session_sign_in(s, "  E-10442 ", false, &e) == 0);
    CHECK_STR(uh_session_trainee(s), "E-10442");
    CHECK(uh_session_sign_in(s, NULL, true, &e) == 0);
    CHECK(uh_session_anonymous(s) && uh_session_trainee(s)[0] == 0);
    uh_session_free(s);
}

TEST(form_refuses_to_send_without_recipient_and_handling)
{
    uh_scenario *sc = load();
    uh_session *s = uh_session_new(&cfg);
    uh_error e;
    CHECK(uh_session_start(s, sc, 1, &e) == 0);
    CHECK(uh_session_form(s) == NULL);
    uh_session_mark(s, "unsolicited", true);
    CHECK(uh_session_choose(s, 0, &e) == 0);
    CHECK(uh_session_state_of(s) == UH_SESSION_REPORT);
    uh_form *f = uh_session_form(s);
    CHECK(f && f->step == UH_FORM_TO);
    /* Enter three times on an empty form: nothing moves, nothing is sent. */
    CHECK(uh_form_next(f) == -1);
    CHECK(f->refused == UH_FORM_NEEDS_TO);
    CHECK_HAS(uh_form_refusal(f), "who you report to");
    CHECK(uh_session_send_report(s, &e) == -1);
    CHECK(uh_session_state_of(s) == UH_SESSION_REPORT);
    uh_form_pick(f, to_index("security"));
    CHECK(uh_form_next(f) == 0 && f->step == UH_FORM_FACTS);
    /* Only the facts that fit the moment: no envelope yet. */
    CHECK(f->nfacts == 2);
    CHECK(uh_form_next(f) == 0 && f->step == UH_FORM_HOW);
    CHECK(uh_form_next(f) == -1 && f->refused == UH_FORM_NEEDS_HOW);
    CHECK(uh_session_send_report(s, &e) == -1);
    CHECK_HAS(e.msg, "how you hand it over");
    uh_form_pick(f, how_index("keep_evidence"));
    CHECK(uh_form_next(f) == 1);   /* complete: the caller sends */
    CHECK(uh_form_back(f) == 0 && f->step == UH_FORM_FACTS);
    tick(f, "invitation");
    CHECK(uh_form_next(f) == 0);
    CHECK(uh_session_send_report(s, &e) == 0);
    CHECK(uh_session_state_of(s) == UH_SESSION_SCENE);
    CHECK(uh_session_form(s) == NULL);
    CHECK(uh_session_choose(s, 1, &e) == 0);   /* decline politely */
    CHECK(uh_session_state_of(s) == UH_SESSION_ENDED);
    const uh_result *r = uh_session_result(s);
    CHECK(r && r->score.passed && r->score.score == 100);
    size_t n;
    const uh_done *done = uh_session_done(s, &n);
    CHECK(n == 1 && done[0].passed);
    const uh_decision *d = uh_session_decisions(s, &n);
    CHECK(n == 2 && d[0].nshown == 3 && d[0].picked == 0);
    uh_session_end_run(s);
    CHECK(uh_session_state_of(s) == UH_SESSION_IDLE && uh_session_result(s) == NULL);
    uh_session_done(s, &n);
    CHECK(n == 1);  /* the sitting remembers it */
    uh_session_free(s);
    uh_scenario_free(sc);
}

TEST(resume_replays_to_the_same_point)
{
    uh_scenario *sc = load();
    uh_session *s = uh_session_new(&cfg);
    uh_error e;
    uh_session_start(s, sc, 1, &e);
    uh_session_mark(s, "unsolicited", true);
    uh_session_choose(s, 1, &e);              /* accept: banquet */
    uh_session_choose(s, 0, &e);              /* chat on: envelope */
    uh_answers saved;
    uh_session_answers(s, &saved);
    CHECK(saved.nchoices == 2 && !saved.has_report && saved.marks.n == 1);
    uh_session *t = uh_session_new(&cfg);
    CHECK(uh_session_resume(t, sc, 1, &saved, &e) == UH_REPLAY_RAN_OUT);
    CHECK_STR(uh_run_scene(uh_session_run(t))->id, "envelope");
    CHECK(uh_session_is_marked(t, "unsolicited"));
    size_t n;
    uh_session_decisions(t, &n);
    CHECK(n == 2);
    /* At the form: a resume without a saved form leaves it open. */
    uh_session_choose(t, 0, &e);
    uh_answers at_form;
    uh_session_answers(t, &at_form);
    CHECK(!at_form.has_report);
    uh_session *u = uh_session_new(&cfg);
    CHECK(uh_session_resume(u, sc, 1, &at_form, &e) == UH_REPLAY_AT_FORM);
    CHECK(uh_session_form(u) != NULL);
    uh_answers_free(&saved);
    uh_answers_free(&at_form);
    uh_session_free(s);
    uh_session_free(t);
    uh_session_free(u);
    uh_scenario_free(sc);
}

/* Plays picks (1-based) with a form, returns the debrief of the result. */
static uh_debrief *play(const uh_scenario *sc, const int *picks, size_t n, const char *to,
                        const char *const *facts, const char *how, uh_result **out)
{
    uh_session *s = uh_session_new(&cfg);
    uh_error e;
    uh_session_start(s, sc, 1, &e);
    uh_session_mark(s, "unsolicited", true);
    for (size_t i = 0; i < n; i++) {
        uh_session_choose(s, (size_t)picks[i] - 1, &e);
        uh_form *f = uh_session_form(s);
        if (f) {
            uh_form_pick(f, to_index(to));
            uh_form_next(f);
            for (size_t k = 0; facts && facts[k]; k++)
                tick(f, facts[k]);
            uh_form_next(f);
            uh_form_pick(f, how_index(how));
            CHECK(uh_session_send_report(s, &e) == 0);
        }
    }
    CHECK(uh_session_state_of(s) == UH_SESSION_ENDED);
    uh_result *r = uh_session_result_now(s);
    uh_debrief *d = uh_debrief_build(sc, &cfg, r);
    *out = r;
    uh_session_free(s);
    return d;
}

static bool any_line(const uh_debrief *d, uh_verdict v, const char *title, const char *needle)
{
    for (size_t i = 0; i < d->nlines; i++)
        if (d->lines[i].verdict == v && strcmp(d->lines[i].title, title) == 0 &&
            (!needle || strstr(d->lines[i].text, needle)))
            return true;
    return false;
}

static bool any_line_title(const uh_debrief *d, const char *title)
{
    for (size_t i = 0; i < d->nlines; i++)
        if (strcmp(d->lines[i].title, title) == 0)
            return true;
    return false;
}

TEST(debrief_of_a_passed_run_replays_the_path)
{
    uh_scenario *sc = load();
    uh_result *r;
    const char *facts[] = {"invitation", NULL};
    uh_debrief *d = play(sc, (int[]){1, 2}, 2, "security", facts, "keep_evidence", &r);
    CHECK(d->lead == UH_LEAD_PASSED);
    CHECK_HAS(d->lead_text, "before anything was given away");
    CHECK(d->nsteps == 3);
    CHECK(d->steps[0].reported && d->steps[0].offered_report);
    CHECK(d->last_clean_exit == 0 && d->first_flag == 0);
    CHECK_STR(d->steps[0].first_flag, "An invitation out of the blue");
    CHECK_STR(d->steps[0].where, "E-mail from Dana Reyes");
    CHECK(any_line(d, UH_VERDICT_GOOD, "Right place", NULL));
    CHECK_STR(d->takeaway, "Clear it, then stop.");
    /* After the early report: where it would have gone. */
    CHECK(d->nnot_taken >= 2);
    CHECK_STR(d->not_taken[0].chose, "Accept");
    CHECK_STR(d->not_taken_ending, "You were hooked");
    cJSON *j = uh_debrief_to_json(d);
    CHECK_STR(cJSON_GetObjectItem(j, "lead")->valuestring, "passed");
    CHECK(cJSON_GetArraySize(cJSON_GetObjectItem(j, "steps")) == 3);
    cJSON_Delete(j);
    uh_debrief_free(d);
    uh_result_free(r);
    uh_scenario_free(sc);
}

TEST(debrief_of_a_report_to_the_helpdesk_never_says_right_place)
{
    uh_scenario *sc = load();
    uh_result *r;
    const char *facts[] = {"invitation", NULL};
    uh_debrief *d = play(sc, (int[]){1, 2}, 2, "helpdesk", facts, "keep_evidence", &r);
    CHECK(!r->score.passed);
    CHECK(d->lead == UH_LEAD_NOT_PASSED && d->reason == UH_REASON_WRONG_PLACE);
    CHECK_HAS(d->lead_text, "The IT helpdesk");
    CHECK(!strstr(d->lead_text, "Well done"));
    CHECK(!any_line_title(d, "Right place"));
    CHECK(any_line(d, UH_VERDICT_BAD, "Not the right place", "The IT helpdesk"));
    CHECK_HAS(d->quality_hint, "Not the right place");
    uh_debrief_free(d);
    uh_result_free(r);
    uh_scenario_free(sc);
}

TEST(debrief_of_clearance_then_envelope_says_why_it_fails)
{
    uh_scenario *sc = load();
    uh_result *r;
    const char *facts[] = {"invitation", NULL};
    uh_debrief *d = play(sc, (int[]){1, 1, 1}, 3, "security", facts, "keep_evidence", &r);
    CHECK(r->hook_after_report == 1 && !r->score.passed);
    CHECK(d->lead == UH_LEAD_NOT_PASSED && d->reason == UH_REASON_WENT_DEEPER);
    CHECK_HAS(d->lead_text, "once you have reported, stop");
    CHECK(d->steps[1].after_report && d->steps[1].hook_added == 1);
    CHECK_STR(d->steps[1].gives, "Cash on camera.");
    CHECK_HAS(d->moment_text, "1 more step into the hook");
    CHECK_STR(d->takeaway, "Late still helps.");
    CHECK(d->nnot_taken == 0); /* went on after the report: no "where it would have gone" */
    uh_debrief_free(d);
    uh_result_free(r);
    uh_scenario_free(sc);
}

TEST(debrief_explains_decoys_missing_facts_and_wrong_handling)
{
    uh_scenario *sc = load();
    uh_result *r;
    /* Chat on at the banquet (keep_talking in the story), report with a decoy. */
    const char *facts[] = {"origin", NULL};
    uh_debrief *d = play(sc, (int[]){2, 1, 1}, 3, "security", facts, "keep_evidence", &r);
    CHECK(r->decoys == 1 && !r->how_correct && !r->score.passed);
    CHECK(d->reason == UH_REASON_DECOY);
    CHECK(any_line(d, UH_VERDICT_BAD, "Does not belong", "whatever their origin"));
    CHECK(any_line(d, UH_VERDICT_PARTLY, "Left out", "Security needs to know who is asking."));
    CHECK(any_line(d, UH_VERDICT_PARTLY, "Left out", "Money is the hook."));
    CHECK(any_line(d, UH_VERDICT_BAD, "What the story showed", "gather more evidence"));
    CHECK(d->steps[1].how_wrong);
    CHECK(d->last_clean_exit == 0);  /* the invitation was the last clean exit */
    CHECK_HAS(d->moment_text, "last clean exit was step 1");
    CHECK(d->nnot_taken == 0);       /* not an early report */
    uh_debrief_free(d);
    uh_result_free(r);
    uh_scenario_free(sc);
}

TEST(debrief_when_nobody_reported_encourages)
{
    uh_scenario *sc = load();
    uh_result *r;
    uh_debrief *d = play(sc, (int[]){2, 1, 2}, 3, "security", NULL, "keep_evidence", &r);
    CHECK(!r->reported);
    CHECK(d->lead == UH_LEAD_NOT_REPORTED && d->nlines == 0);
    CHECK_HAS(d->lead_text, "never too late");
    CHECK_HAS(d->lead_text, "better than none");
    CHECK_STR(d->takeaway, "Each step made the next easier.");
    uh_debrief_free(d);
    uh_result_free(r);
    uh_scenario_free(sc);
}

int main(void)
{
    uh_config_defaults(&cfg);
    RUN(sign_in_trims_and_refuses_bad_names);
    RUN(form_refuses_to_send_without_recipient_and_handling);
    RUN(resume_replays_to_the_same_point);
    RUN(debrief_of_a_passed_run_replays_the_path);
    RUN(debrief_of_a_report_to_the_helpdesk_never_says_right_place);
    RUN(debrief_of_clearance_then_envelope_says_why_it_fails);
    RUN(debrief_explains_decoys_missing_facts_and_wrong_handling);
    RUN(debrief_when_nobody_reported_encourages);
    uh_config_free(&cfg);
    TEST_END();
}
