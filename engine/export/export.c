/* SPDX-License-Identifier: Apache-2.0 */
/* export.c — CSV, JSON and xAPI files from stored attempts. */
#include "export.h"

#include <float.h>
#include <locale.h>
#include <math.h>
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
 * A compact JSON writer for statements
 *
 * Writes exactly what cJSON_PrintUnformatted writes (the same number
 * forms, the same escapes), into a buffer kept between statements: an xAPI
 * export prints millions of them, and cJSON's printer measures its own
 * output with strlen after every value.
 * =================================================================== */

typedef struct jbuf {
    char *p;
    size_t n, cap;
} jbuf;

static void jb_put(jbuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        while (b->n + n + 1 > b->cap)
            b->cap = b->cap ? 2 * b->cap : 16384;
        b->p = uh_xrealloc(b->p, b->cap);
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
}

static void jb_string(jbuf *b, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    jb_put(b, "\"", 1);
    const char *run = s ? s : "";
    for (const char *q = run;; q++) {
        unsigned char c = (unsigned char)*q;
        if (c && c >= 32 && c != '"' && c != '\\')
            continue;
        jb_put(b, run, (size_t)(q - run));
        if (!c)
            break;
        char e[7] = {'\\', 0};
        size_t len = 2;
        switch (c) {
        case '"': e[1] = '"'; break;
        case '\\': e[1] = '\\'; break;
        case '\b': e[1] = 'b'; break;
        case '\f': e[1] = 'f'; break;
        case '\n': e[1] = 'n'; break;
        case '\r': e[1] = 'r'; break;
        case '\t': e[1] = 't'; break;
        default:
            memcpy(e + 1, "u00", 3);
            e[4] = hex[c >> 4];
            e[5] = hex[c & 15];
            len = 6;
        }
        jb_put(b, e, len);
        run = q + 1;
    }
    jb_put(b, "\"", 1);
}

static void jb_number(jbuf *b, const cJSON *item)
{
    char num[32];
    double d = item->valuedouble, test;
    int len;
    if (isnan(d) || isinf(d)) {
        len = snprintf(num, sizeof num, "null");
    } else if (d == (double)item->valueint) {
        len = snprintf(num, sizeof num, "%d", item->valueint);
    } else {
        len = snprintf(num, sizeof num, "%1.15g", d);
        double big = fabs(d) > fabs(test = strtod(num, NULL)) ? fabs(d) : fabs(test);
        if (fabs(test - d) > big * DBL_EPSILON)
            len = snprintf(num, sizeof num, "%1.17g", d);
        /* cJSON writes a '.' whatever the locale says. */
        char point = localeconv()->decimal_point[0];
        if (point != '.')
            for (char *q = num; *q; q++)
                if (*q == point)
                    *q = '.';
    }
    jb_put(b, num, (size_t)len);
}

static void jb_value(jbuf *b, const cJSON *item)
{
    switch (item->type & 0xFF) {
    case cJSON_NULL: jb_put(b, "null", 4); break;
    case cJSON_False: jb_put(b, "false", 5); break;
    case cJSON_True: jb_put(b, "true", 4); break;
    case cJSON_Number: jb_number(b, item); break;
    case cJSON_Raw:
        if (item->valuestring)
            jb_put(b, item->valuestring, strlen(item->valuestring));
        break;
    case cJSON_String: jb_string(b, item->valuestring); break;
    case cJSON_Array:
    case cJSON_Object: {
        bool obj = (item->type & 0xFF) == cJSON_Object;
        jb_put(b, obj ? "{" : "[", 1);
        for (const cJSON *c = item->child; c; c = c->next) {
            if (c != item->child)
                jb_put(b, ",", 1);
            if (obj) {
                jb_string(b, c->string);
                jb_put(b, ":", 1);
            }
            jb_value(b, c);
        }
        jb_put(b, obj ? "}" : "]", 1);
        break;
    }
    default: break;
    }
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
    jbuf buf;           /* xAPI: where a statement is printed */
};

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
    case UH_EXPORT_XAPI: {
        cJSON *st = uh_xapi_statements(r, e->homepage);
        const cJSON *it;
        cJSON_ArrayForEach(it, st) {
            /* One statement a line: a twelfth of the size indented, and
             * still easy to grep and diff. */
            e->buf.n = 0;
            if (e->statements++)
                jb_put(&e->buf, ",", 1);
            jb_put(&e->buf, "\n", 1);
            jb_value(&e->buf, it);
            fwrite(e->buf.p, 1, e->buf.n, e->out);
        }
        cJSON_Delete(st);
        break;
    }
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
    case UH_EXPORT_XAPI: fputs(e->statements ? "\n]\n" : "]\n", e->out); break;
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
