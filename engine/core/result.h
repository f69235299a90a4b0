/* SPDX-License-Identifier: Apache-2.0 */
/* result.h — the outcome of one run (SPEC §5 "Result"), as data and JSON.
 *
 * Everything the debrief, the results store and the exports need is here,
 * so none of them has to re-run a scenario. */
#ifndef UH_RESULT_H
#define UH_RESULT_H

#include <stdbool.h>
#include <stdint.h>

#include "scoring.h"
#include "util.h"

typedef struct cJSON cJSON;

typedef struct uh_result {
    char *scenario, *title, *tactic, *hash;  /* id, display fields, file SHA-256 */
    uint32_t seed;
    bool completed;          /* an ending was reached */
    char *ending;            /* ending label, NULL when not completed */
    char *error;             /* why the run failed, NULL otherwise */
    uh_strv path;            /* scene ids in the order shown */
    int hook;                /* depth at the end of the run */
    bool reported;
    int reported_at_hook;    /* meaningful when reported */
    int hook_after_report;   /* hook taken after the report (meaningful when reported) */
    char *report_scene;      /* scene where the report was filed */
    int first_chance_index;  /* index into path of the first scene offering a report, -1 none */
    int first_chance_hook;   /* hook depth there */
    /* The report form (meaningful when reported). */
    char *report_to;         /* option id, NULL when left empty */
    double credit;
    int facts_required, facts_given, decoys;
    uh_strv facts_ticked;    /* offered facts ticked, in the order given */
    uh_strv facts_offered;   /* facts the form offered (their `when` held), scenario order */
    uh_strv facts_missing;   /* required facts offered and not ticked */
    uh_strv decoy_ids;       /* decoys ticked */
    char *report_how;        /* option id, NULL when left empty */
    bool how_form_correct;   /* the option chosen on the form is correct */
    bool how_correct;        /* ... and no choice on the path did a wrong handling (SPEC v2) */
    uh_strv how_done;        /* handlings done by choices on the path, path order, no repeats */
    /* Spotting. */
    int flags_spotted, false_alarms, flags_total;
    uh_strv spotted_ids, missed_ids, false_alarm_ids;
    uh_strv marked;          /* every id the trainee marked, in order */
    uh_score score;
    int *choices;            /* 1-based positions among the choices shown, in order */
    uh_strv choice_labels;   /* the label of each of those choices, as shown */
    size_t nchoices;
} uh_result;

/* Computes r->score from the result's own fields (report, form, flags)
 * with the formula of SPEC §4 and cfg's weights. */
void uh_result_score(uh_result *r, const uh_scoring *cfg);

/* The result as a JSON object (SPEC field names plus extras). Caller owns
 * the returned tree (cJSON_Delete). */
cJSON *uh_result_to_json(const uh_result *r);

/* The same, printed; pretty or on one line. Caller frees. */
char *uh_result_to_string(const uh_result *r, bool pretty);

/* Frees what the result owns and the result itself. Accepts NULL. */
void uh_result_free(uh_result *r);

#endif
