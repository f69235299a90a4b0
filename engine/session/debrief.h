/* SPDX-License-Identifier: Apache-2.0 */
/* debrief.h — what the debrief says, as data, built from a finished run.
 *
 * The words of the debrief come from here, so the kiosk and the web player
 * say the same thing: a lead sentence true to the outcome, the trainee's
 * own path replayed (each concession and what it gave away, the last clean
 * exit, the first red flag, the steps taken after the report), the report
 * line by line, the lesson of the ending reached, and, after an early
 * report, where the approach would have gone. It teaches and never shames:
 * a late report is always better than none.
 *
 * The debrief replays the result's choices on a fresh run of the scenario
 * (same seed, same configuration), so it needs nothing but the scenario,
 * the configuration and the result. */
#ifndef UH_DEBRIEF_H
#define UH_DEBRIEF_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/config.h"
#include "../core/result.h"
#include "../core/scenario.h"

typedef struct cJSON cJSON;

typedef enum uh_lead {
    UH_LEAD_PASSED,         /* reported, and the run passed */
    UH_LEAD_NOT_PASSED,     /* reported, but not passed: see uh_debrief.reason */
    UH_LEAD_NOT_REPORTED,   /* nobody reported it */
} uh_lead;

/* The one reason that matters most when a report did not pass. */
typedef enum uh_reason {
    UH_REASON_NONE,
    UH_REASON_WRONG_PLACE,  /* the recipient cannot act on it (credit < 1) */
    UH_REASON_WENT_DEEPER,  /* hook taken after the report */
    UH_REASON_DECOY,        /* the report named something that does not belong */
    UH_REASON_LOW_SCORE,    /* late, or missing facts, below the pass mark */
} uh_reason;

typedef enum uh_verdict { UH_VERDICT_GOOD, UH_VERDICT_PARTLY, UH_VERDICT_BAD, UH_VERDICT_INFO } uh_verdict;

/* One scene of the trainee's path. */
typedef struct uh_debrief_step {
    char *scene;          /* scene id */
    char *where;          /* "E-mail from Ann Example", "At the booth", … */
    char *chose;          /* the label of the choice made here; NULL at the ending */
    int hook_before;      /* depth when the scene was shown */
    int hook_added;       /* the choice's hook (a concession when > 0) */
    char *gives;          /* what that concession gave away, or NULL */
    char *how_done;       /* label of a handling the choice did in the story, or NULL */
    bool how_wrong;       /* ... and it is not a correct one */
    bool offered_report;  /* a report choice was shown here */
    bool reported;        /* the report that counted was filed here */
    bool after_report;    /* the choice was made after the report */
    char *first_flag;     /* text of the first red flag of the path, on its scene */
} uh_debrief_step;

/* One line of the report, as the debrief judges it. */
typedef struct uh_debrief_line {
    uh_verdict verdict;
    char *title;          /* "Right place", "Left out", "Does not belong", … */
    char *text;           /* what and why */
} uh_debrief_line;

typedef struct uh_debrief {
    uh_lead lead;
    uh_reason reason;
    char *headline;       /* the ending, in words ("You reported the approach") */
    char *lead_text;      /* the sentence under it */
    char *timing_hint, *quality_hint, *spotting_hint;  /* under the score's three parts */
    uh_debrief_step *steps;
    size_t nsteps;
    int last_clean_exit;  /* index into steps of the latest scene where a report still scored
                             full timing, -1 when there was none */
    int first_flag;       /* index of the step with the first red flag, -1 none */
    char *moment_text;    /* a sentence about the moment to report */
    uh_debrief_line *lines;  /* the report, line by line (empty when none was filed) */
    size_t nlines;
    char *takeaway;       /* what to take away from this path */
    /* Where the approach would have gone without the report (early reports
     * only): the scenes of the deepest path from the report scene on. */
    uh_debrief_step *not_taken;
    size_t nnot_taken;
    char *not_taken_ending;  /* its ending, in words, or NULL */
    char *contact;        /* where to go in real life */
} uh_debrief;

/* Builds the debrief of result r (a run of sc under cfg). Returns NULL only
 * when sc cannot be run at all. Caller frees with uh_debrief_free. */
uh_debrief *uh_debrief_build(const uh_scenario *sc, const uh_config *cfg, const uh_result *r);

/* The debrief as JSON (for the web player). Caller owns the tree. */
cJSON *uh_debrief_to_json(const uh_debrief *d);

/* The ending label in words ("reported_late" -> "You reported it, later on"). */
const char *uh_debrief_ending_title(const char *ending);

/* Frees the debrief. Accepts NULL. */
void uh_debrief_free(uh_debrief *d);

#endif
