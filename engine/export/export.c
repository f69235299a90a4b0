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

static void csv_header(FILE *out)
{
    fputs("id,uuid,trainee,anonymous,cohort,mode,scenario,scenario_hash,started_at,ended_at,"
          "duration_s,completed,ending,outcome,reported,hook,hook_at_report,hook_after_report,"
          "report_to,report_how,how_done,how_correct,decoys,"
          "timing,quality,spotting,score,passed,flags_spotted,flags_total,missed_flags,choices,"
          "language\r\n",
          out);
}

static void csv_row(FILE *out, const uh_record *r)
{
    {
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

/* Prints a tree with two-space indents (cJSON's own use tabs) and one
 * space after a colon, each line after the first indented by indent more
 * spaces; no final newline. Tabs inside strings are escaped by cJSON, so
 * every tab it prints is layout. */
static void print_json(FILE *out, const cJSON *tree, int indent)
{
    char *s = cJSON_Print(tree);
    size_t len = strlen(s), cap = len * 2 + 64, n = 0;
    char *buf = uh_xmalloc(cap);
    for (const char *p = s; *p; p++) {
        if (n + (size_t)indent + 4 > cap)
            buf = uh_xrealloc(buf, cap *= 2);
        if (*p == '\t') {
            if (p > s && p[-1] == ':') {
                buf[n++] = ' ';
            } else {
                buf[n++] = ' ';
                buf[n++] = ' ';
            }
        } else {
            buf[n++] = *p;
            if (*p == '\n')
                for (int i = 0; i < indent; i++)
                    buf[n++] = ' ';
        }
    }
    fwrite(buf, 1, n, out);
    free(buf);
    free(s);
}

/* =====================================================================
 * Streaming: a header, one record at a time, a footer
 * =================================================================== */

struct uh_exporter {
    FILE *out;
    uh_export_format f;
    char *homepage;
    size_t count;       /* records added */
    size_t statements;  /* xAPI statements written */
    uh_jbuf buf;        /* xAPI: statements not yet written */
};

/* How much xAPI text is gathered before it is written. */
#define XAPI_BLOCK (1 << 20)

static void flush_buf(uh_exporter *e)
{
    if (e->buf.n)
        fwrite(e->buf.p, 1, e->buf.n, e->out);
    e->buf.n = 0;
}

uh_exporter *uh_exporter_new(FILE *out, uh_export_format f, const uh_export_options *o)
{
    uh_exporter *e = uh_xcalloc(1, sizeof *e);
    e->out = out;
    e->f = f;
    e->homepage = o && o->homepage ? uh_xstrdup(o->homepage) : NULL;
    switch (f) {
    case UH_EXPORT_CSV:
        if (o && o->bom)
            fputs("\xEF\xBB\xBF", out);
        csv_header(out);
        break;
    case UH_EXPORT_JSON:
        fprintf(out, "{\n  \"format\": \"%s\",\n  \"version\": %d,\n  \"attempts\": [",
                UH_EXPORT_JSON_FORMAT, UH_EXPORT_JSON_VERSION);
        break;
    case UH_EXPORT_XAPI: fputc('[', out); break;
    }
    return e;
}

void uh_exporter_add(uh_exporter *e, const uh_record *r)
{
    switch (e->f) {
    case UH_EXPORT_CSV: csv_row(e->out, r); break;
    case UH_EXPORT_JSON: {
        cJSON *o = record_json(r);
        fputs(e->count ? ",\n    " : "\n    ", e->out);
        print_json(e->out, o, 4);
        cJSON_Delete(o);
        break;
    }
    case UH_EXPORT_XAPI:
        /* Written a large block at a time: stdio's own buffer would make
         * a system call every few statements. */
        uh_xapi_write(&e->buf, r, e->homepage, &e->statements);
        if (e->buf.n >= XAPI_BLOCK)
            flush_buf(e);
        break;
    }
    e->count++;
}

size_t uh_exporter_count(const uh_exporter *e)
{
    return e->count;
}

int uh_exporter_finish(uh_exporter *e)
{
    if (!e)
        return 0;
    switch (e->f) {
    case UH_EXPORT_CSV: break;
    case UH_EXPORT_JSON: fputs(e->count ? "\n  ]\n}\n" : "]\n}\n", e->out); break;
    case UH_EXPORT_XAPI:
        flush_buf(e);
        fputs(e->statements ? "\n]\n" : "]\n", e->out);
        break;
    }
    int rc = fflush(e->out) == 0 && !ferror(e->out) ? 0 : -1;
    free(e->homepage);
    free(e->buf.p);
    free(e);
    return rc;
}

int uh_export_with(FILE *out, uh_export_format f, const uh_record *recs, size_t n,
                   const uh_export_options *o)
{
    uh_exporter *e = uh_exporter_new(out, f, o);
    for (size_t i = 0; i < n; i++)
        uh_exporter_add(e, &recs[i]);
    return uh_exporter_finish(e);
}

int uh_export(FILE *out, uh_export_format f, const uh_record *recs, size_t n, const char *homepage)
{
    uh_export_options o = {.homepage = homepage};
    return uh_export_with(out, f, recs, n, &o);
}
