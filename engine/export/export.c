/* SPDX-License-Identifier: Apache-2.0 */
/* export.c — CSV, JSON and xAPI files from stored attempts. */
#include "export.h"

#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "../core/util.h"
#include "../report/summary.h"
#include "xapi.h"

int uh_export_format_parse(const char *name, uh_export_format *out)
{
    static const char *const names[] = {"csv", "json", "xapi"};
    for (int i = 0; i < 3; i++)
        if (name && strcmp(name, names[i]) == 0) {
            *out = (uh_export_format)i;
            return 0;
        }
    return -1;
}

/* =====================================================================
 * CSV
 * =================================================================== */

static void csv_cell(FILE *out, const char *s, bool last)
{
    if (s) {
        bool formula = s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' ||
                       s[0] == '\r';
        bool quote = formula || strpbrk(s, ",\"\r\n") != NULL;
        if (quote)
            fputc('"', out);
        if (formula)
            fputc('\'', out);
        for (const char *p = s; *p; p++) {
            if (*p == '"')
                fputc('"', out);
            fputc(*p, out);
        }
        if (quote)
            fputc('"', out);
    }
    fputs(last ? "\r\n" : ",", out);
}

static void csv_int(FILE *out, long long v)
{
    fprintf(out, "%lld,", v);
}

static const char *bool_text(bool b)
{
    return b ? "true" : "false";
}

/* Joins the strings of a JSON array with sep. Caller frees. */
static char *join_ids(const cJSON *arr, const char *sep)
{
    size_t len = 1;
    const cJSON *it;
    cJSON_ArrayForEach(it, arr) if (cJSON_IsString(it)) len += strlen(it->valuestring) + strlen(sep);
    char *s = uh_xcalloc(len, 1);
    cJSON_ArrayForEach(it, arr) {
        if (!cJSON_IsString(it))
            continue;
        if (*s)
            strcat(s, sep);
        strcat(s, it->valuestring);
    }
    return s;
}

static double component(const uh_record *r, const char *name)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(
        cJSON_GetObjectItemCaseSensitive(r->result, "components"), name);
    return cJSON_IsNumber(v) ? v->valuedouble : 0;
}

void uh_export_csv(FILE *out, const uh_record *recs, size_t n)
{
    fputs("id,uuid,trainee,anonymous,cohort,mode,scenario,scenario_hash,started_at,ended_at,"
          "duration_s,completed,ending,outcome,reported,hook,hook_at_report,hook_after_report,"
          "report_to,report_how,how_done,how_correct,decoys,"
          "timing,quality,spotting,score,passed,flags_spotted,flags_total,missed_flags,choices,"
          "language\r\n",
          out);
    for (size_t i = 0; i < n; i++) {
        const uh_record *r = &recs[i];
        const cJSON *rep = cJSON_GetObjectItemCaseSensitive(r->result, "report");
        const cJSON *to = cJSON_GetObjectItemCaseSensitive(rep, "to");
        const cJSON *how = cJSON_GetObjectItemCaseSensitive(rep, "how");
        const cJSON *flags = cJSON_GetObjectItemCaseSensitive(r->result, "flags");
        const cJSON *spotted = cJSON_GetObjectItemCaseSensitive(flags, "spotted");
        const cJSON *total = cJSON_GetObjectItemCaseSensitive(flags, "total");
        csv_int(out, r->id);
        csv_cell(out, r->uuid, false);
        csv_cell(out, r->trainee, false);
        csv_cell(out, bool_text(r->anonymous), false);
        csv_cell(out, r->cohort, false);
        csv_cell(out, r->mode, false);
        csv_cell(out, r->scenario, false);
        csv_cell(out, r->scenario_hash, false);
        csv_cell(out, r->started_at, false);
        csv_cell(out, r->ended_at, false);
        fprintf(out, "%.3f,", r->duration_ms / 1000.0);
        csv_cell(out, bool_text(r->completed), false);
        csv_cell(out, r->ending, false);
        csv_cell(out, uh_outcome_name(uh_record_outcome(r)), false);
        csv_cell(out, bool_text(r->reported), false);
        csv_int(out, r->hook);
        if (r->hook_at_report >= 0)
            csv_int(out, r->hook_at_report);
        else
            fputc(',', out);
        const cJSON *after = cJSON_GetObjectItemCaseSensitive(r->result, "hook_after_report");
        if (cJSON_IsNumber(after))
            csv_int(out, (long long)after->valuedouble);
        else
            fputc(',', out);
        csv_cell(out, cJSON_IsString(to) ? to->valuestring : NULL, false);
        csv_cell(out, cJSON_IsString(how) ? how->valuestring : NULL, false);
        char *done = join_ids(cJSON_GetObjectItemCaseSensitive(rep, "how_done"), ";");
        csv_cell(out, done, false);
        free(done);
        const cJSON *how_ok = cJSON_GetObjectItemCaseSensitive(rep, "how_correct");
        csv_cell(out, rep && !cJSON_IsNull(rep) ? bool_text(cJSON_IsTrue(how_ok)) : NULL, false);
        char *decoys = join_ids(cJSON_GetObjectItemCaseSensitive(rep, "decoy_ids"), ";");
        csv_cell(out, decoys, false);
        free(decoys);
        fprintf(out, "%.4f,%.4f,%.4f,", component(r, "timing"), component(r, "quality"),
                component(r, "spotting"));
        csv_int(out, r->score);
        csv_cell(out, bool_text(r->passed), false);
        csv_int(out, cJSON_IsNumber(spotted) ? (long long)spotted->valuedouble : 0);
        csv_int(out, cJSON_IsNumber(total) ? (long long)total->valuedouble : 0);
        char *missed = join_ids(cJSON_GetObjectItemCaseSensitive(flags, "missed_ids"), ";");
        csv_cell(out, missed, false);
        free(missed);
        char *choices = uh_xcalloc(r->nchoices * 12 + 1, 1);
        for (size_t k = 0; k < r->nchoices; k++)
            sprintf(choices + strlen(choices), "%s%d", k ? " " : "", r->choices[k]);
        csv_cell(out, choices, false);
        free(choices);
        csv_cell(out, r->language, true);
    }
}

/* =====================================================================
 * JSON
 * =================================================================== */

static cJSON *str_or_null(const char *s)
{
    return s ? cJSON_CreateString(s) : cJSON_CreateNull();
}

static cJSON *record_json(const uh_record *r)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "id", (double)r->id);
    cJSON_AddStringToObject(o, "uuid", r->uuid);
    cJSON_AddStringToObject(o, "trainee", r->trainee);
    cJSON_AddBoolToObject(o, "anonymous", r->anonymous);
    cJSON_AddItemToObject(o, "cohort", str_or_null(r->cohort));
    cJSON_AddStringToObject(o, "mode", r->mode);
    cJSON_AddStringToObject(o, "language", r->language ? r->language : "en");
    cJSON_AddStringToObject(o, "scenario", r->scenario);
    cJSON_AddItemToObject(o, "scenario_hash", str_or_null(r->scenario_hash));
    cJSON_AddStringToObject(o, "started_at", r->started_at);
    cJSON_AddStringToObject(o, "ended_at", r->ended_at);
    cJSON_AddNumberToObject(o, "duration_s", r->duration_ms / 1000.0);
    cJSON_AddStringToObject(o, "outcome", uh_outcome_name(uh_record_outcome(r)));
    cJSON_AddBoolToObject(o, "completed", r->completed);
    cJSON_AddItemToObject(o, "ending", str_or_null(r->ending));
    cJSON_AddBoolToObject(o, "reported", r->reported);
    cJSON_AddNumberToObject(o, "hook", r->hook);
    if (r->hook_at_report >= 0)
        cJSON_AddNumberToObject(o, "hook_at_report", r->hook_at_report);
    else
        cJSON_AddNullToObject(o, "hook_at_report");
    const cJSON *after = cJSON_GetObjectItemCaseSensitive(r->result, "hook_after_report");
    cJSON_AddItemToObject(o, "hook_after_report",
                          cJSON_IsNumber(after) ? cJSON_CreateNumber(after->valuedouble)
                                                : cJSON_CreateNull());
    cJSON_AddNumberToObject(o, "score", r->score);
    cJSON_AddBoolToObject(o, "passed", r->passed);
    cJSON *ch = cJSON_AddArrayToObject(o, "choices");
    for (size_t k = 0; k < r->nchoices; k++) {
        cJSON *c = cJSON_CreateObject();
        cJSON_AddItemToObject(c, "scene", str_or_null(r->choice_scenes[k]));
        cJSON_AddNumberToObject(c, "position", r->choices[k]);
        cJSON_AddItemToArray(ch, c);
    }
    cJSON_AddItemToObject(o, "result", cJSON_Duplicate(r->result, true));
    return o;
}

/* Prints a tree with two-space indents (cJSON's own use tabs) and a final
 * newline. */
static void print_json(FILE *out, const cJSON *tree)
{
    char *s = cJSON_Print(tree);
    for (const char *p = s; *p; p++) {
        if (*p == '\t')
            fputs("  ", out);
        else
            fputc(*p, out);
    }
    fputc('\n', out);
    free(s);
}

void uh_export_json(FILE *out, const uh_record *recs, size_t n)
{
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; i < n; i++)
        cJSON_AddItemToArray(a, record_json(&recs[i]));
    print_json(out, a);
    cJSON_Delete(a);
}

void uh_export_xapi(FILE *out, const uh_record *recs, size_t n, const char *homepage)
{
    cJSON *all = cJSON_CreateArray();
    for (size_t i = 0; i < n; i++) {
        cJSON *st = uh_xapi_statements(&recs[i], homepage);
        while (cJSON_GetArraySize(st) > 0)
            cJSON_AddItemToArray(all, cJSON_DetachItemFromArray(st, 0));
        cJSON_Delete(st);
    }
    print_json(out, all);
    cJSON_Delete(all);
}

int uh_export(FILE *out, uh_export_format f, const uh_record *recs, size_t n, const char *homepage)
{
    switch (f) {
    case UH_EXPORT_CSV: uh_export_csv(out, recs, n); break;
    case UH_EXPORT_JSON: uh_export_json(out, recs, n); break;
    case UH_EXPORT_XAPI: uh_export_xapi(out, recs, n, homepage); break;
    }
    return fflush(out) == 0 && !ferror(out) ? 0 : -1;
}
