/* SPDX-License-Identifier: Apache-2.0 */
/* test_run.c — the run state machine: `when`, `hook`, `effect`, text
 * functions, s.visited, s.vars, endings, the one-report rule, marks and
 * the report form model. */
#include <limits.h>
#include <stdlib.h>

#include <cjson/cJSON.h>

#include "core/config.h"
#include "core/run.h"
#include "core/scenario.h"
#include "core/util.h"
#include "testing.h"

static uh_config cfg;

static const char *story =
    "return scenario { id = 'story', title = 'T', tactic = 'paid_paper', summary = 'S',\n"
    "  teaches = { 'report', 'little_hook' }, debrief = 'D', start = 'offer',\n"
    "  report = { facts = {\n"
    "    { id = 'who', text = 'Who', required = true },\n"
    "    { id = 'fee', text = 'Fee', required = true },\n"
    "    { id = 'secret', text = 'Project details', decoy = true, why = 'Never put it in a report.' },\n"
    "  } },\n"
    "  scenes = {\n"
    "    offer = { channel = 'email', from = { name = 'Ann Example', role = 'Editor', org = 'Inst' },\n"
    "      text = 'Write for us?',\n"
    "      flags = { { id = 'stranger', text = 'A stranger' } },\n"
    "      innocent = { { id = 'polite', text = 'Polite tone' } },\n"
    "      choices = {\n"
    "        { 'Write it', go = 'paid', hook = 1, effect = function(s) s.vars.fee = 500 * s.hook end },\n"
    "        { 'Report', go = 'after', report = true },\n"
    "      } },\n"
    "    paid = { text = function(s) return 'Paid ' .. s.vars.fee .. (s.visited('offer') and ' after the offer' or '') end,\n"
    "      flags = { { id = 'escalation', text = 'Escalation' } },\n"
    "      choices = {\n"
    "        { function(s) return 'Ask for ' .. s.vars.fee * 2 end, go = 'paid', hook = 2,\n"
    "          when = function(s) return s.vars.fee < 2000 end, effect = function(s) s.vars.fee = s.vars.fee * 2 end },\n"
    "        { 'Report now', go = 'after', report = true },\n"
    "        { 'Give in', go = 'hooked', hook = 3 },\n"
    "      } },\n"
    "    after = { text = function(s) return s.reported and 'Thanks' or 'odd' end,\n"
    "      choices = {\n"
    "        { 'Report again', go = 'done', report = true },\n"
    "        { 'Hidden', go = 'done', when = function(s) return false end },\n"
    "      } },\n"
    "    done = { text = 'Done', ending = 'reported' },\n"
    "    hooked = { text = 'Hooked', ending = 'hooked' },\n"
    "  } }\n";

static uh_scenario *load(const char *src)
{
    uh_problems p = {0};
    uh_scenario *sc = uh_scenario_load_text("story.lua", src, strlen(src), &cfg, 1, &p);
    for (size_t i = 0; i < p.count; i++)
        fprintf(stderr, "problem: %s\n", p.items[i].msg);
    CHECK(sc->ok);
    uh_problems_free(&p);
    return sc;
}

TEST(loader_reads_every_field)
{
    uh_scenario *sc = load(story);
    CHECK_STR(sc->id, "story");
    CHECK(sc->nscenes == 5);
    CHECK_STR(sc->scenes[0].id, "offer");  /* source order */
    CHECK(sc->scenes[0].channel == UH_CHANNEL_EMAIL);
    CHECK_STR(sc->scenes[0].from_name, "Ann Example");
    CHECK(sc->scenes[0].nflags == 1 && sc->scenes[0].ninnocent == 1);
    CHECK(sc->scenes[0].choices[0].hook == 1);
    CHECK(sc->scenes[0].choices[1].report);
    CHECK(uh_scenario_required_facts(sc) == 2);
    CHECK(strlen(sc->hash) == 64);
    uh_scenario_free(sc);
}

TEST(hook_effect_text_and_when)
{
    uh_scenario *sc = load(story);
    uh_error err;
    uh_run *run = uh_run_new(sc, &cfg, 1, &err);
    CHECK(uh_run_state_of(run) == UH_RUN_SCENE);
    CHECK_STR(uh_run_text(run), "Write for us?");
    CHECK(uh_run_choose(run, 0, &err) == 0);       /* hook 1, then effect sees it */
    CHECK(uh_run_hook(run) == 1);
    CHECK_STR(uh_run_text(run), "Paid 500 after the offer");
    CHECK(uh_run_nchoices(run) == 3);
    CHECK_STR(uh_run_choice_label(run, 0), "Ask for 1000");
    CHECK(uh_run_choose(run, 0, &err) == 0);       /* 1000 */
    CHECK(uh_run_choose(run, 0, &err) == 0);       /* 2000: `when` now hides it */
    CHECK(uh_run_hook(run) == 5);
    CHECK(uh_run_nchoices(run) == 2);
    CHECK_STR(uh_run_choice_label(run, 0), "Report now");
    uh_run_free(run);
    uh_scenario_free(sc);
}

TEST(out_of_range_choice_changes_nothing)
{
    uh_scenario *sc = load(story);
    uh_error err;
    uh_run *run = uh_run_new(sc, &cfg, 1, &err);
    CHECK(uh_run_choose(run, 7, &err) == -1);
    CHECK_HAS(err.msg, "scene 'offer'");
    CHECK(uh_run_state_of(run) == UH_RUN_SCENE);
    CHECK(uh_run_hook(run) == 0);
    uh_run_free(run);
    uh_scenario_free(sc);
}

TEST(only_the_first_report_counts)
{
    uh_scenario *sc = load(story);
    uh_error err;
    uh_run *run = uh_run_new(sc, &cfg, 1, &err);
    uh_run_choose(run, 0, &err);                   /* hook 1 */
    CHECK(uh_run_choice_is_report(run, 1));
    CHECK(uh_run_choose(run, 1, &err) == 0);
    CHECK(uh_run_state_of(run) == UH_RUN_REPORT);
    const char *facts[] = {"who", "secret"};
    CHECK(uh_run_submit_report(run, "nobody", facts, 2, "keep_evidence", &err) == -1);
    CHECK(uh_run_state_of(run) == UH_RUN_REPORT);
    CHECK(uh_run_submit_report(run, "manager", facts, 2, "keep_evidence", &err) == 0);
    CHECK_STR(uh_run_text(run), "Thanks");
    CHECK(uh_run_nchoices(run) == 1);              /* `when` false hides one */
    CHECK(uh_run_choose(run, 0, &err) == 0);       /* second report: no form */
    CHECK(uh_run_state_of(run) == UH_RUN_ENDED);
    uh_result *r = uh_run_result(run);
    CHECK(r->reported && r->reported_at_hook == 1);
    CHECK_STR(r->report_to, "manager");
    CHECK(r->facts_given == 1 && r->facts_required == 2 && r->decoys == 1);
    CHECK_STR(r->report_scene, "paid");
    CHECK_STR(r->ending, "reported");
    /* T = 0.8; Q = 0.2 + 0.2 - 0.2 + 0.2 = 0.4; S = 0/2 -> 100*(0.4 + 0.12) = 52 */
    CHECK(r->score.score == 52);
    CHECK(!r->score.passed);
    uh_result_free(r);
    uh_run_free(run);
    uh_scenario_free(sc);
}

TEST(marks_count_only_on_the_path)
{
    uh_scenario *sc = load(story);
    uh_error err;
    uh_run *run = uh_run_new(sc, &cfg, 1, &err);
    uh_run_mark(run, "stranger", true);
    uh_run_mark(run, "polite", true);      /* innocent on the path: false alarm */
    uh_run_mark(run, "escalation", true);  /* never shown: counts for nothing */
    uh_run_mark(run, "escalation", false);
    uh_run_mark(run, "unknown", true);
    CHECK(uh_run_is_marked(run, "stranger"));
    uh_run_choose(run, 1, &err);
    uh_run_submit_report(run, NULL, NULL, 0, NULL, &err);
    uh_run_choose(run, 0, &err);
    uh_result *r = uh_run_result(run);
    CHECK(r->flags_total == 1 && r->flags_spotted == 1 && r->false_alarms == 1);
    CHECK_NEAR(r->score.spotting, 0);
    CHECK(r->report_to == NULL && !r->how_correct);
    cJSON *j = uh_result_to_json(r);
    CHECK(cJSON_IsNull(cJSON_GetObjectItem(cJSON_GetObjectItem(j, "report"), "to")));
    CHECK(cJSON_GetArraySize(cJSON_GetObjectItem(j, "path")) == 3);
    CHECK(cJSON_GetObjectItem(j, "first_report_chance") != NULL);
    cJSON_Delete(j);
    uh_result_free(r);
    uh_run_free(run);
    uh_scenario_free(sc);
}

TEST(no_visible_choice_fails_the_run)
{
    const char *src =
        "return scenario { id = 'dead', title = 'T', tactic = 'linkedin', summary = 'S',\n"
        "  teaches = { 'report' }, debrief = 'D', start = 'a',\n"
        "  report = { facts = { { id = 'f', text = 'F', required = true }, { id = 'd', text = 'D', decoy = true, why = 'W' } } },\n"
        "  scenes = {\n"
        "    a = { text = 'x', choices = { { 'Report', go = 'b', report = true, when = function(s) return s.hook > 0 end } } },\n"
        "    b = { text = 'done', ending = 'reported' },\n"
        "  } }\n";
    uh_scenario *sc = load(src);
    uh_error err;
    uh_run *run = uh_run_new(sc, &cfg, 1, &err);
    CHECK(uh_run_state_of(run) == UH_RUN_FAILED);
    CHECK_HAS(uh_run_error(run)->msg, "no choice is shown");
    CHECK_STR(uh_run_error(run)->file, "story.lua");
    uh_result *r = uh_run_result(run);
    CHECK(!r->completed && r->error);
    uh_result_free(r);
    uh_run_free(run);
    uh_scenario_free(sc);
}

TEST(runs_do_not_share_state)
{
    const char *src =
        "local count = 0\n"
        "return scenario { id = 'fresh', title = 'T', tactic = 'linkedin', summary = 'S',\n"
        "  teaches = { 'report' }, debrief = 'D', start = 'a',\n"
        "  report = { facts = { { id = 'f', text = 'F', required = true }, { id = 'd', text = 'D', decoy = true, why = 'W' } } },\n"
        "  scenes = {\n"
        "    a = { text = function(s) count = count + 1 return 'visit ' .. count end,\n"
        "          choices = { { 'Report', go = 'b', report = true } } },\n"
        "    b = { text = 'done', ending = 'reported' },\n"
        "  } }\n";
    uh_scenario *sc = load(src);
    uh_error err;
    uh_run *one = uh_run_new(sc, &cfg, 1, &err);
    uh_run *two = uh_run_new(sc, &cfg, 1, &err);
    CHECK_STR(uh_run_text(one), "visit 1");
    CHECK_STR(uh_run_text(two), "visit 1");
    uh_run_free(one);
    uh_run_free(two);
    uh_scenario_free(sc);
}

/* SPEC v2: facts offered by `when` at the moment of the report (after the
 * report choice's effect), handlings done by story choices (`how`), and the
 * hook taken after the report. */
static const char *v2 =
    "return scenario { id = 'v2', title = 'T', tactic = 'conference', summary = 'S',\n"
    "  teaches = { 'report' }, debrief = 'D', start = 'a',\n"
    "  report = { facts = {\n"
    "    { id = 'invite', text = 'The invitation', required = true, why = 'Who asked.' },\n"
    "    { id = 'cash', text = 'The envelope', required = true, when = function(s) return s.visited('b') end },\n"
    "    { id = 'flagged', text = 'Set by the effect', required = true, when = function(s) return s.vars.x == 1 end },\n"
    "    { id = 'origin', text = 'Their nationality', decoy = true, why = 'Anyone can be approached.' },\n"
    "    { id = 'late', text = 'Gated decoy', decoy = true, why = 'W', when = function(s) return s.visited('b') end },\n"
    "  } },\n"
    "  scenes = {\n"
    "    a = { text = 'A', choices = {\n"
    "      { 'Tell security', go = 'c', report = true, effect = function(s) s.vars.x = 1 end },\n"
    "      { 'Delete it all', go = 'b', how = 'delete' } } },\n"
    "    b = { text = 'B', choices = { { 'Report', go = 'c', report = true } } },\n"
    "    c = { text = 'C', choices = { { 'Take the money', go = 'z', hook = 2 }, { 'Stop', go = 'z' } } },\n"
    "    z = { text = 'Z', ending = 'reported' },\n"
    "  } }\n";

TEST(v2_facts_when_how_done_and_hook_after_report)
{
    uh_scenario *sc = load(v2);
    uh_error err;
    /* Early report: the effect has run, b was not visited. */
    uh_run *run = uh_run_new(sc, &cfg, 1, &err);
    CHECK(!uh_run_fact_offered(run, "invite"));  /* no report filed yet */
    CHECK(uh_run_choose(run, 0, &err) == 0);
    CHECK(uh_run_fact_offered(run, "invite"));
    CHECK(!uh_run_fact_offered(run, "cash"));
    CHECK(uh_run_fact_offered(run, "flagged"));
    CHECK(!uh_run_fact_offered(run, "late"));
    const char *facts[] = {"invite", "flagged", "late", "cash"};
    CHECK(uh_run_submit_report(run, "security", facts, 4, "keep_evidence", &err) == 0);
    CHECK(uh_run_choose(run, 0, &err) == 0);     /* takes the money after reporting */
    uh_result *r = uh_run_result(run);
    CHECK(r->facts_required == 2 && r->facts_given == 2 && r->decoys == 0);
    CHECK(r->facts_ticked.n == 2);                /* not-offered ids count for nothing */
    CHECK(r->hook == 2 && r->reported_at_hook == 0 && r->hook_after_report == 2);
    CHECK_NEAR(r->score.timing, 0.6);
    CHECK(r->how_correct && !r->score.passed);
    uh_result_free(r);
    uh_run_free(run);

    /* Deleting in the story makes the handling wrong whatever the form says. */
    run = uh_run_new(sc, &cfg, 1, &err);
    CHECK(uh_run_choose(run, 1, &err) == 0);
    CHECK(uh_run_choose(run, 0, &err) == 0);
    CHECK(uh_run_fact_offered(run, "cash") && uh_run_fact_offered(run, "late"));
    CHECK(!uh_run_fact_offered(run, "flagged"));
    const char *facts2[] = {"invite", "origin"};
    CHECK(uh_run_submit_report(run, "security", facts2, 2, "keep_evidence", &err) == 0);
    CHECK(uh_run_choose(run, 1, &err) == 0);
    r = uh_run_result(run);
    CHECK(r->how_form_correct && !r->how_correct);
    CHECK(r->how_done.n == 1);
    CHECK_STR(r->how_done.v[0], "delete");
    CHECK(r->decoys == 1 && r->decoy_ids.n == 1);
    CHECK(r->facts_missing.n == 1);
    CHECK_STR(r->facts_missing.v[0], "cash");
    CHECK(r->hook_after_report == 0 && !r->score.passed);
    cJSON *j = uh_result_to_json(r);
    CHECK(cJSON_IsNumber(cJSON_GetObjectItem(j, "hook_after_report")));
    CHECK(cJSON_GetArraySize(cJSON_GetObjectItem(cJSON_GetObjectItem(j, "report"), "how_done")) == 1);
    cJSON_Delete(j);
    uh_result_free(r);
    uh_run_free(run);
    uh_scenario_free(sc);
}

/* Issue 10, item 8: hook depth is a sum over the path, and a trainee may
 * loop for as long as they like; it overflowed int, and a trainee who then
 * reported scored as if at depth 0. Walking the ten million steps it takes
 * with hooks of at most 100 is too slow for a test, so the sum the run uses
 * is checked directly, and a short loop through the run. */
TEST(hook_depth_saturates_instead_of_overflowing)
{
    CHECK(uh_run_hook_add(0, 100) == 100);
    CHECK(uh_run_hook_add(UH_RUN_HOOK_MAX - 5, 100) == UH_RUN_HOOK_MAX);
    CHECK(uh_run_hook_add(UH_RUN_HOOK_MAX, 100) == UH_RUN_HOOK_MAX);
    CHECK(uh_run_hook_add(UH_RUN_HOOK_MAX, INT_MAX) == UH_RUN_HOOK_MAX);
    CHECK(uh_run_hook_add(7, 0) == 7);
    const char *src =
        "return scenario { id = 'loop', title = 'T', tactic = 'linkedin', summary = 'S',\n"
        "  teaches = { 'report' }, debrief = 'D', start = 'a',\n"
        "  report = { facts = { { id = 'f', text = 'F', required = true },\n"
        "                       { id = 'd', text = 'D', decoy = true, why = 'W' } } },\n"
        "  scenes = {\n"
        "    a = { text = 'again', choices = { { 'Again', go = 'a', hook = 100 },\n"
        "                                      { 'Report', go = 'b', report = true } } },\n"
        "    b = { text = 'done', ending = 'reported' },\n"
        "  } }\n";
    uh_scenario *sc = load(src);
    uh_error err;
    uh_run *run = uh_run_new(sc, &cfg, 1, &err);
    for (int i = 0; i < 1000; i++)
        uh_run_choose(run, 0, &err);
    CHECK(uh_run_hook(run) == 100000);
    uh_run_free(run);
    uh_scenario_free(sc);
}

int main(void)
{
    uh_config_defaults(&cfg);
    RUN(loader_reads_every_field);
    RUN(hook_effect_text_and_when);
    RUN(out_of_range_choice_changes_nothing);
    RUN(only_the_first_report_counts);
    RUN(marks_count_only_on_the_path);
    RUN(no_visible_choice_fails_the_run);
    RUN(runs_do_not_share_state);
    RUN(v2_facts_when_how_done_and_hook_after_report);
    RUN(hook_depth_saturates_instead_of_overflowing);
    uh_config_free(&cfg);
    TEST_END();
}
