/* SPDX-License-Identifier: Apache-2.0 */
/* test_scoring.c — SPEC §4 on hand-worked examples, then its stated
 * consequences as properties over many generated runs. */
#include <stdlib.h>

#include "core/scoring.h"
#include "testing.h"

static uh_scoring cfg;

TEST(perfect_early_report_scores_100)
{
    uh_score_input in = {.reported = true, .hook_at_report = 0, .credit = 1, .required_ticked = 3,
                         .required_total = 3, .how_correct = true, .flags_marked = 2, .flags_on_path = 2};
    uh_score s = uh_score_compute(&cfg, &in);
    CHECK_NEAR(s.timing, 1);
    CHECK_NEAR(s.quality, 1);
    CHECK_NEAR(s.spotting, 1);
    CHECK(s.score == 100);
    CHECK(s.passed);
}

/* The SPEC's own example: spotting 2 of 3 flags, everything else right:
 * 100 * (0.5 + 0.3 + 0.2 * 2/3) = 93.33 -> 93. */
TEST(spec_example_scores_93)
{
    uh_score_input in = {.reported = true, .credit = 1, .required_ticked = 3, .required_total = 3,
                         .how_correct = true, .flags_marked = 2, .flags_on_path = 3};
    uh_score s = uh_score_compute(&cfg, &in);
    CHECK_NEAR(s.spotting, 2.0 / 3.0);
    CHECK(s.score == 93);
    CHECK(s.passed);
}

/* Late report to the manager, one of two facts, deleted the evidence:
 * T = 1 - 0.2 = 0.8; Q = 0.4*0.5 + 0.4*0.5 = 0.4; S = 1;
 * score = 100 * (0.4 + 0.12 + 0.2) = 72, but credit < 1: not passed. */
TEST(manager_report_does_not_pass)
{
    uh_score_input in = {.reported = true, .hook_at_report = 1, .credit = 0.5, .required_ticked = 1,
                         .required_total = 2, .flags_marked = 2, .flags_on_path = 2};
    uh_score s = uh_score_compute(&cfg, &in);
    CHECK_NEAR(s.timing, 0.8);
    CHECK_NEAR(s.quality, 0.4);
    CHECK(s.score == 72);
    CHECK(!s.passed);
}

/* Timing floor: at hook 4 the step gives 0.2, at hook 9 it would be
 * negative but the floor holds it at 0.2. */
TEST(timing_has_a_floor)
{
    uh_score_input in = {.reported = true, .hook_at_report = 9, .credit = 1, .required_total = 1,
                         .flags_on_path = 0};
    uh_score s = uh_score_compute(&cfg, &in);
    CHECK_NEAR(s.timing, 0.2);
    in.hook_at_report = 3;
    CHECK_NEAR(uh_score_compute(&cfg, &in).timing, 0.4);
}

/* Decoys cost 0.2 each (SPEC v2) and quality never drops below 0. */
TEST(quality_is_clamped)
{
    uh_score_input in = {.reported = true, .credit = 0, .required_ticked = 0, .required_total = 2,
                         .decoys_ticked = 5};
    CHECK_NEAR(uh_score_compute(&cfg, &in).quality, 0);
    in.credit = 1;
    in.required_ticked = 2;
    in.how_correct = true;
    in.decoys_ticked = 1;
    CHECK_NEAR(uh_score_compute(&cfg, &in).quality, 0.8);
}

/* Spotting: false alarms subtract; no flags on the path means full marks. */
TEST(spotting_counts_false_alarms)
{
    uh_score_input in = {.flags_marked = 2, .false_alarms = 1, .flags_on_path = 3};
    CHECK_NEAR(uh_score_compute(&cfg, &in).spotting, 1.0 / 3.0);
    in.false_alarms = 4;
    CHECK_NEAR(uh_score_compute(&cfg, &in).spotting, 0);
    uh_score_input none = {.false_alarms = 2};
    CHECK_NEAR(uh_score_compute(&cfg, &none).spotting, 1);
}

/* Scores on a few hand-worked mixes of late timing and partial forms. */
TEST(late_partial_reports)
{
    uh_score_input in = {.reported = true, .hook_at_report = 3, .credit = 1, .required_ticked = 3,
                         .required_total = 4, .how_correct = true, .decoys_ticked = 0,
                         .flags_on_path = 1};
    /* Q = 0.4 + 0.3 + 0.2 = 0.9; score = 100*(0.2 + 0.27 + 0) = 47 */
    CHECK(uh_score_compute(&cfg, &in).score == 47);
    in.decoys_ticked = 1; /* Q = 0.7 -> 100*(0.2+0.21) = 41 */
    CHECK(uh_score_compute(&cfg, &in).score == 41);
    in.required_ticked = 2; in.required_total = 4; in.decoys_ticked = 0; in.how_correct = false;
    /* Q = 0.4 + 0.2 = 0.6 -> 0.2 + 0.18 = 0.38 -> 38 */
    CHECK(uh_score_compute(&cfg, &in).score == 38);
}

/* Half-up rounding: weights 0.5/0.5/0 with T = 0.8, Q = 0.45 give
 * 100 * (0.4 + 0.225) = 62.5 -> 63. */
TEST(rounding_is_half_up)
{
    uh_scoring c = cfg;
    c.w_quality = 0.5;
    c.w_spotting = 0;
    uh_score_input in = {.reported = true, .hook_at_report = 1, .credit = 0.5, .required_ticked = 1,
                         .required_total = 4, .how_correct = true, .decoys_ticked = 0};
    /* Q = 0.2 + 0.1 + 0.2 = 0.5 -> 100*(0.4 + 0.25) = 65 */
    CHECK(uh_score_compute(&c, &in).score == 65);
    in.decoys_ticked = 1; /* Q = 0.3 -> 100*(0.4 + 0.15) = 55 */
    CHECK(uh_score_compute(&c, &in).score == 55);
    in.required_total = 8; in.required_ticked = 1; in.decoys_ticked = 0;
    /* Q = 0.2 + 0.05 + 0.2 = 0.45 -> 62.5 -> 63 */
    CHECK(uh_score_compute(&c, &in).score == 63);
}

/* Weights and pass mark come from configuration. */
TEST(configured_weights_apply)
{
    uh_scoring c = cfg;
    c.w_timing = 1;
    c.w_quality = 0;
    c.w_spotting = 0;
    c.pass_mark = 90;
    uh_score_input in = {.reported = true, .hook_at_report = 1, .credit = 1, .required_total = 1};
    uh_score s = uh_score_compute(&c, &in);
    CHECK(s.score == 80);
    CHECK(!s.passed);
}

/* SPEC v2: a step into the hook after the report counts against timing
 * like one before it, and such a run never passes, however high it scores. */
TEST(hook_after_report_counts_and_never_passes)
{
    uh_score_input in = {.reported = true, .hook_at_report = 0, .hook_after = 1, .credit = 1,
                         .required_ticked = 1, .required_total = 1, .how_correct = true,
                         .flags_marked = 3, .flags_on_path = 3};
    uh_score s = uh_score_compute(&cfg, &in);
    CHECK_NEAR(s.timing, 0.8);
    CHECK(s.score == 90);
    CHECK(!s.passed);
    in.hook_after = 0;
    CHECK(uh_score_compute(&cfg, &in).passed);
    in.hook_at_report = 3;
    in.hook_after = 9; /* the floor holds for h + a too */
    CHECK_NEAR(uh_score_compute(&cfg, &in).timing, 0.2);
}

/* SPEC v2: one decoy in the report and the run does not pass. */
TEST(decoy_in_report_never_passes)
{
    uh_score_input in = {.reported = true, .credit = 1, .required_ticked = 2, .required_total = 2,
                         .how_correct = true, .decoys_ticked = 1, .flags_on_path = 0};
    uh_score s = uh_score_compute(&cfg, &in);
    CHECK(s.score == 94);
    CHECK(!s.passed);
}

/* SPEC v2: when the form offered no required fact, F counts as 1. */
TEST(no_required_fact_offered_counts_as_complete)
{
    uh_score_input in = {.reported = true, .credit = 1, .required_ticked = 0, .required_total = 0,
                         .how_correct = true};
    CHECK_NEAR(uh_score_compute(&cfg, &in).quality, 1);
}

static uh_score_input random_input(void)
{
    uh_score_input in;
    in.reported = rand() % 2;
    in.hook_at_report = rand() % 8;
    in.hook_after = rand() % 3 ? 0 : rand() % 4;
    static const double credits[] = {0, 0.5, 1};
    in.credit = credits[rand() % 3];
    in.required_total = 1 + rand() % 5;
    in.required_ticked = rand() % (in.required_total + 1);
    in.decoys_ticked = rand() % 3;
    in.how_correct = rand() % 2;
    in.flags_on_path = rand() % 7;
    in.flags_marked = in.flags_on_path ? rand() % (in.flags_on_path + 1) : 0;
    in.false_alarms = rand() % 3;
    return in;
}

/* Never reporting scores at most 20 and never passes; reporting (at any
 * depth, with any form) beats not reporting with everything else equal;
 * an earlier report never scores lower than a later one. */
TEST(properties_hold_over_generated_runs)
{
    srand(12345);
    int violations = 0;
    for (int i = 0; i < 200000; i++) {
        uh_score_input in = random_input();
        uh_score s = uh_score_compute(&cfg, &in);
        CHECK(s.score >= 0 && s.score <= 100);
        if (!in.reported) {
            violations += s.score > 20 || s.passed;
            continue;
        }
        uh_score_input never = in;
        never.reported = false;
        violations += s.score <= uh_score_compute(&cfg, &never).score;
        /* Going deeper after the report or naming a decoy never passes. */
        violations += (in.hook_after > 0 || in.decoys_ticked > 0) && s.passed;
        if (in.hook_after > 0) {
            uh_score_input stopped = in;
            stopped.hook_after = 0;
            violations += uh_score_compute(&cfg, &stopped).score < s.score;
        }
        if (in.hook_at_report > 0) {
            uh_score_input earlier = in;
            earlier.hook_at_report = rand() % in.hook_at_report;
            violations += uh_score_compute(&cfg, &earlier).score < s.score;
        }
    }
    CHECK_MSG(violations == 0, "%d generated runs broke a stated consequence", violations);
}

int main(void)
{
    cfg = uh_scoring_defaults();
    RUN(perfect_early_report_scores_100);
    RUN(spec_example_scores_93);
    RUN(manager_report_does_not_pass);
    RUN(timing_has_a_floor);
    RUN(quality_is_clamped);
    RUN(spotting_counts_false_alarms);
    RUN(late_partial_reports);
    RUN(rounding_is_half_up);
    RUN(configured_weights_apply);
    RUN(hook_after_report_counts_and_never_passes);
    RUN(decoy_in_report_never_passes);
    RUN(no_required_fact_offered_counts_as_complete);
    RUN(properties_hold_over_generated_runs);
    TEST_END();
}
