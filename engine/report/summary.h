/* SPDX-License-Identifier: Apache-2.0 */
/* summary.h — the numbers an administrator reads: attempts, report rate,
 * miss rate, hook depth at report, pass rate, per scenario, per cohort, per
 * day, and the red flags most often missed.
 *
 * Outcomes. Every attempt has exactly one:
 *   REPORTED   — the trainee filed a report (result.reported), whatever the
 *                ending;
 *   HOOKED     — completed, no report, and the ending is neither a report
 *                ("reported*", "cleared") nor a walk-away ("walked_away",
 *                "declined*", "ignored*", "refused*"): "hooked",
 *                "compromised" and any unknown label count as hooked;
 *   MISSED     — completed, no report, not hooked: the trainee stayed safe
 *                but security never learned of the approach;
 *   INCOMPLETE — no ending was reached (left or broken).
 * Report, hooked, miss and pass rates are shares of completed attempts, so
 * the first three add up to 100 %; completion is a share of all attempts. */
#ifndef UH_SUMMARY_H
#define UH_SUMMARY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "../store/store.h"

typedef enum uh_outcome {
    UH_OUTCOME_REPORTED,
    UH_OUTCOME_HOOKED,
    UH_OUTCOME_MISSED,
    UH_OUTCOME_INCOMPLETE,
} uh_outcome;

/* The outcome of one attempt, and its name ("reported", "hooked",
 * "missed", "incomplete"). */
uh_outcome uh_record_outcome(const uh_record *r);
const char *uh_outcome_name(uh_outcome o);

/* The deepest hook shown as its own histogram bar; deeper ones are added
 * to the last bar ("5+"). */
#define UH_SUMMARY_HOOK_BINS 6

/* Counts for one group of attempts (all, a scenario, a cohort or a day). */
typedef struct uh_summary_group {
    char *key;        /* scenario id, cohort code ("" = none), day "YYYY-MM-DD"; NULL for all */
    char *label;      /* scenario title where known, else the key */
    int attempts, completed, reported, hooked, missed, passed;
    double median_hook;      /* median hook depth at report; -1 when no report */
    double mean_score;       /* over completed attempts; -1 when none */
    int hook_hist[UH_SUMMARY_HOOK_BINS];  /* reports by hook depth at report */
} uh_summary_group;

typedef struct uh_summary_flag {
    char *id;
    char *scenario;   /* the scenario the flag belongs to */
    int missed;       /* attempts that showed the flag and did not mark it */
    int shown;        /* attempts that showed the flag (missed + spotted) */
} uh_summary_flag;

typedef struct uh_summary {
    char *since, *cohort;        /* the filter used (NULL when none) */
    char *first, *last;          /* earliest and latest start, NULL when empty */
    uh_summary_group all;
    uh_summary_group *scenarios; /* by scenario id */
    size_t nscenarios;
    uh_summary_group *cohorts;   /* by cohort code; attempts without one under "" */
    size_t ncohorts;
    uh_summary_group *days;      /* by UTC day of the start, oldest first */
    size_t ndays;
    uh_summary_flag *flags;      /* most missed first */
    size_t nflags;
} uh_summary;

/* Builds the summary of n records (as uh_store_query returns them); since
 * and cohort are only remembered for display. Caller frees with
 * uh_summary_free. */
uh_summary *uh_summary_build(const uh_record *recs, size_t n, const char *since,
                             const char *cohort);

/* Convenience for the admin screen: queries the store with f and builds
 * the summary. NULL with err filled on failure. */
uh_summary *uh_summary_from_store(uh_store *st, const uh_filter *f, uh_error *err);

/* Rates as fractions 0..1 (0 when the denominator is 0). */
double uh_rate(int part, int whole);

/* The summary as JSON (rates as fractions, rounded to 4 places). Caller
 * owns the tree (cJSON_Delete). */
cJSON *uh_summary_to_json(const uh_summary *s);

/* Writes the plain-text summary `unhooked report` prints. */
void uh_summary_print(const uh_summary *s, FILE *out);

/* Frees the summary. Accepts NULL. */
void uh_summary_free(uh_summary *s);

#endif
