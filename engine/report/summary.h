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
 * the first three add up to 100 %; completion is a share of all attempts.
 * A report counts whoever it went to; the security report rate counts
 * only the reports to security (the form's recipients that the options
 * name), the headline of every report. */
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
 * "missed", "incomplete": the id JSON and CSV keep). */
uh_outcome uh_record_outcome(const uh_record *r);
const char *uh_outcome_name(uh_outcome o);

/* The outcome as people read it, in the language in use ("gemeldet",
 * "am Haken", ...; in English the same words as the ids). */
const char *uh_outcome_word(uh_outcome o);

/* The report form's recipients as the configuration labels them: ids[i]
 * is labelled labels[i] (the caller's strings, borrowed). */
typedef struct uh_recipient_labels {
    const char *const *ids, *const *labels;
    size_t n;
} uh_recipient_labels;

/* A recipient of reports as people read it, in the language in use: the
 * built-in recipients ("security", "manager", "helpdesk", "contact") by a
 * short word of the language (in English the ids themselves), any other
 * by its label in l (an organisation's own recipient, in its own words),
 * else by its id; "" (no recipient chosen) by a phrase saying so. l may
 * be NULL. The text is static, or l's. */
const char *uh_recipient_word(const char *id, const uh_recipient_labels *l);

/* The deepest hook shown as its own histogram bar; deeper ones are added
 * to the last bar ("5+"). */
#define UH_SUMMARY_HOOK_BINS 6

/* Counts for one group of attempts (all, a scenario, a cohort, a day or a
 * department). */
typedef struct uh_summary_group {
    char *key;        /* scenario id, cohort code ("" = none), day "YYYY-MM-DD", department
                         ("" = not in the directory); NULL for all */
    char *label;      /* scenario title where known, else the key */
    int attempts, completed, reported, hooked, missed, passed;
    int reported_security;   /* reports to security (see uh_summary_options.security) */
    double median_hook;      /* median hook depth at report; -1 when no report */
    double mean_score;       /* over completed attempts; -1 when none */
    int hook_hist[UH_SUMMARY_HOOK_BINS];  /* reports by hook depth at report */
} uh_summary_group;

typedef struct uh_summary_flag {
    char *id;
    char *scenario;   /* the scenario the flag belongs to */
    char *text;       /* the flag as the trainee saw it; NULL until uh_summary_flag_texts
                         finds it (then shown by id) */
    int missed;       /* attempts that showed the flag and did not mark it */
    int shown;        /* attempts that showed the flag (missed + spotted) */
} uh_summary_flag;

/* Reports filed to one recipient (an option id of the report form). */
typedef struct uh_summary_recipient {
    char *id;         /* "" when the trainee chose none */
    int reports;
    bool security;    /* counted as a report to security */
} uh_summary_recipient;

/* Someone in the trainee directory. */
typedef struct uh_summary_person {
    char *employee_id, *name, *department, *manager;
} uh_summary_person;

/* Directory coverage of one department: people, and people trained (with
 * a finished attempt in the period). */
typedef struct uh_summary_coverage {
    char *department;
    int people, trained;
} uh_summary_coverage;

typedef struct uh_summary {
    char *since, *before, *cohort;  /* the filter used (NULL when none) */
    char *first, *last;          /* earliest and latest start, NULL when empty */
    uh_summary_group all;
    uh_summary_group *scenarios; /* by scenario id */
    size_t nscenarios;
    uh_summary_group *cohorts;   /* by cohort code; attempts without one under "" */
    size_t ncohorts;
    uh_summary_group *days;      /* by UTC day of the start, oldest first */
    size_t ndays;
    uh_summary_group *departments;  /* by the trainee's department in the directory
                                       ("" = not in it); none when the directory is empty */
    size_t ndepartments;
    uh_summary_flag *flags;      /* most missed first */
    size_t nflags;
    uh_summary_recipient *recipients;  /* security first, then most reports first */
    size_t nrecipients;
    /* The period of equal length just before [since, before) (before: now),
     * when since was given and options asked for it. */
    bool has_previous;
    char *previous_since, *previous_before;
    uh_summary_group previous;
    /* The trainee directory (uh_directory_import). */
    int directory_size;          /* people in it; 0 when none was imported */
    int not_trained;             /* people without a finished attempt in the period */
    uh_summary_coverage *coverage;  /* per department, by name */
    size_t ncoverage;
    uh_summary_person *untrained;   /* a page of the not_trained people, by department and name */
    size_t nuntrained;
    size_t untrained_offset;     /* position of untrained[0] among all not_trained */
} uh_summary;

/* What uh_summary_query counts. A zeroed struct (or NULL) means every
 * attempt, "security" as the only recipient that counts as security, no
 * previous period, and the first 50 people not trained. */
typedef struct uh_summary_options {
    uh_filter filter;              /* which attempts (trainee: one person's only) */
    const char *const *security;   /* recipient option ids that are security */
    size_t nsecurity;              /* 0: {"security"} */
    bool previous;                 /* also count the period before (needs filter.since) */
    size_t untrained_offset;       /* the page of people not trained to fill */
    size_t untrained_limit;        /* 0: 50; SIZE_MAX: all of them */
    int64_t now_ms;                /* the end of an open period (0: now), for tests */
    bool brief;                    /* only the groups and the directory counts: no days,
                                      red flags, recipients or departments (the admin screen) */
    bool raw;                      /* count the attempts themselves even where the running
                                      tallies would answer (for checks) */
} uh_summary_options;

/* Counts the attempts the options select with a few GROUP BY queries in
 * the store (no attempt is read into memory: memory and time do not grow
 * with the number of attempts, only with the number of groups). Caller
 * frees with uh_summary_free; NULL with err filled on failure. */
uh_summary *uh_summary_query(uh_store *st, const uh_summary_options *o, uh_error *err);

/* uh_summary_query with the filter f (NULL: all) and the other defaults. */
uh_summary *uh_summary_from_store(uh_store *st, const uh_filter *f, uh_error *err);

/* An empty summary (no attempts), remembering cohort for display. */
uh_summary *uh_summary_empty(const char *cohort);

/* Fills the text of each flag from the scenarios in lib (struct
 * uh_library *, scenario.h) where the scenario and the flag are found;
 * the others keep NULL and are shown by id. */
struct uh_library;
void uh_summary_flag_texts(uh_summary *s, const struct uh_library *lib);

/* The flag's text, or its id when the text is not known. */
const char *uh_summary_flag_label(const uh_summary_flag *f);

/* One attempt in a trainee's history. */
typedef struct uh_history_entry {
    char *started_at, *scenario, *title, *cohort, *report_to, *ending;
    bool completed, reported, passed;
    int score, hook_at_report;  /* hook_at_report -1 when not reported */
    uh_outcome outcome;
} uh_history_entry;

/* Every attempt of one trainee (the filter's other fields apply too),
 * oldest first. Free with uh_history_free. */
int uh_trainee_history(uh_store *st, const uh_filter *f, uh_history_entry **out, size_t *n,
                       uh_error *err);
void uh_history_free(uh_history_entry *h, size_t n);  /* accepts NULL */

/* Rates as fractions 0..1 (0 when the denominator is 0). */
double uh_rate(int part, int whole);

/* The summary as JSON (rates as fractions, rounded to 4 places). Caller
 * owns the tree (cJSON_Delete). */
cJSON *uh_summary_to_json(const uh_summary *s);

/* Writes the plain-text summary `unhooked report` prints, in the language
 * in use; recipients are named by uh_recipient_word with labels (which may
 * be NULL). */
void uh_summary_print(const uh_summary *s, FILE *out);
void uh_summary_print_labelled(const uh_summary *s, const uh_recipient_labels *labels, FILE *out);

/* Writes the people not trained (as many as the summary holds), one a
 * line: employee id, name, department, manager, tab-separated. */
void uh_summary_print_untrained(const uh_summary *s, FILE *out);

/* Writes a trainee's history as text, in the language in use: outcomes
 * by uh_outcome_word, recipients by uh_recipient_word with labels (which
 * may be NULL). */
void uh_history_print(const char *trainee, const uh_history_entry *h, size_t n,
                      const uh_recipient_labels *labels, FILE *out);

/* Frees the summary. Accepts NULL. */
void uh_summary_free(uh_summary *s);

#endif
