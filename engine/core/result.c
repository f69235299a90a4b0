/* SPDX-License-Identifier: Apache-2.0 */
/* result.c — result JSON. Components are rounded to 4 decimals so the
 * output is stable across platforms' last-bit float differences. */
#include "result.h"

#include <math.h>
#include <stdlib.h>

#include <cjson/cJSON.h>

static cJSON *string_or_null(const char *s)
{
    return s ? cJSON_CreateString(s) : cJSON_CreateNull();
}

static cJSON *strv_array(const uh_strv *sv)
{
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; i < sv->n; i++)
        cJSON_AddItemToArray(a, cJSON_CreateString(sv->v[i]));
    return a;
}

static double round4(double x)
{
    return floor(x * 10000.0 + 0.5) / 10000.0;
}

void uh_result_score(uh_result *r, const uh_scoring *cfg)
{
    uh_score_input in = {
        .reported = r->reported,
        .hook_at_report = r->reported_at_hook,
        .hook_after = r->reported ? r->hook_after_report : 0,
        .credit = r->credit,
        .required_ticked = r->facts_given,
        .required_total = r->facts_required,
        .decoys_ticked = r->decoys,
        .how_correct = r->how_correct,
        .flags_marked = r->flags_spotted,
        .false_alarms = r->false_alarms,
        .flags_on_path = r->flags_total,
    };
    r->score = uh_score_compute(cfg, &in);
}

cJSON *uh_result_to_json(const uh_result *r)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddItemToObject(o, "scenario", string_or_null(r->scenario));
    cJSON_AddBoolToObject(o, "completed", r->completed);
    cJSON_AddItemToObject(o, "ending", string_or_null(r->ending));
    cJSON_AddItemToObject(o, "path", strv_array(&r->path));
    cJSON_AddNumberToObject(o, "hook", r->hook);
    cJSON_AddBoolToObject(o, "reported", r->reported);
    if (r->reported) {
        cJSON_AddNumberToObject(o, "reported_at_hook", r->reported_at_hook);
        cJSON_AddNumberToObject(o, "hook_after_report", r->hook_after_report);
    } else {
        cJSON_AddNullToObject(o, "reported_at_hook");
        cJSON_AddNullToObject(o, "hook_after_report");
    }
    if (r->reported) {
        cJSON *rep = cJSON_AddObjectToObject(o, "report");
        cJSON_AddItemToObject(rep, "to", string_or_null(r->report_to));
        cJSON_AddNumberToObject(rep, "facts_required", r->facts_required);
        cJSON_AddNumberToObject(rep, "facts_given", r->facts_given);
        cJSON_AddNumberToObject(rep, "decoys", r->decoys);
        cJSON_AddItemToObject(rep, "how", string_or_null(r->report_how));
        cJSON_AddItemToObject(rep, "how_done", strv_array(&r->how_done));
        cJSON_AddBoolToObject(rep, "how_correct", r->how_correct);
        cJSON_AddNumberToObject(rep, "credit", r->credit);
        cJSON_AddItemToObject(rep, "facts", strv_array(&r->facts_ticked));
        cJSON_AddItemToObject(rep, "facts_offered", strv_array(&r->facts_offered));
        cJSON_AddItemToObject(rep, "facts_missing", strv_array(&r->facts_missing));
        cJSON_AddItemToObject(rep, "decoy_ids", strv_array(&r->decoy_ids));
        cJSON_AddBoolToObject(rep, "how_form_correct", r->how_form_correct);
        cJSON_AddItemToObject(rep, "scene", string_or_null(r->report_scene));
    } else {
        cJSON_AddNullToObject(o, "report");
    }
    cJSON *fl = cJSON_AddObjectToObject(o, "flags");
    cJSON_AddNumberToObject(fl, "spotted", r->flags_spotted);
    cJSON_AddNumberToObject(fl, "false_alarms", r->false_alarms);
    cJSON_AddNumberToObject(fl, "total", r->flags_total);
    cJSON_AddItemToObject(fl, "spotted_ids", strv_array(&r->spotted_ids));
    cJSON_AddItemToObject(fl, "missed_ids", strv_array(&r->missed_ids));
    cJSON_AddItemToObject(fl, "false_alarm_ids", strv_array(&r->false_alarm_ids));
    cJSON *c = cJSON_AddObjectToObject(o, "components");
    cJSON_AddNumberToObject(c, "timing", round4(r->score.timing));
    cJSON_AddNumberToObject(c, "quality", round4(r->score.quality));
    cJSON_AddNumberToObject(c, "spotting", round4(r->score.spotting));
    cJSON_AddNumberToObject(o, "score", r->score.score);
    cJSON_AddBoolToObject(o, "passed", r->score.passed);
    /* Extras beyond the SPEC's minimum. */
    cJSON_AddItemToObject(o, "title", string_or_null(r->title));
    cJSON_AddItemToObject(o, "tactic", string_or_null(r->tactic));
    cJSON_AddItemToObject(o, "scenario_hash", string_or_null(r->hash));
    cJSON_AddNumberToObject(o, "seed", r->seed);
    cJSON *ch = cJSON_AddArrayToObject(o, "choices");
    for (size_t i = 0; i < r->nchoices; i++)
        cJSON_AddItemToArray(ch, cJSON_CreateNumber(r->choices[i]));
    cJSON_AddItemToObject(o, "choice_labels", strv_array(&r->choice_labels));
    cJSON_AddItemToObject(o, "marked", strv_array(&r->marked));
    if (r->first_chance_index >= 0) {
        cJSON *fc = cJSON_AddObjectToObject(o, "first_report_chance");
        cJSON_AddStringToObject(fc, "scene", r->path.v[r->first_chance_index]);
        cJSON_AddNumberToObject(fc, "hook", r->first_chance_hook);
    } else {
        cJSON_AddNullToObject(o, "first_report_chance");
    }
    if (r->error)
        cJSON_AddStringToObject(o, "error", r->error);
    return o;
}

char *uh_result_to_string(const uh_result *r, bool pretty)
{
    cJSON *o = uh_result_to_json(r);
    char *s = pretty ? cJSON_Print(o) : cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    return s;
}

void uh_result_free(uh_result *r)
{
    if (!r)
        return;
    free(r->scenario);
    free(r->title);
    free(r->tactic);
    free(r->hash);
    free(r->ending);
    free(r->error);
    free(r->report_scene);
    free(r->report_to);
    free(r->report_how);
    uh_strv_free(&r->path);
    uh_strv_free(&r->facts_ticked);
    uh_strv_free(&r->facts_offered);
    uh_strv_free(&r->facts_missing);
    uh_strv_free(&r->decoy_ids);
    uh_strv_free(&r->how_done);
    uh_strv_free(&r->spotted_ids);
    uh_strv_free(&r->missed_ids);
    uh_strv_free(&r->false_alarm_ids);
    uh_strv_free(&r->marked);
    uh_strv_free(&r->choice_labels);
    free(r->choices);
    free(r);
}
