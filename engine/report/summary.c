/* SPDX-License-Identifier: Apache-2.0 */
/* summary.c — counting attempts into groups (see summary.h for the
 * definitions of the outcomes and rates). */
#include "summary.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "../core/util.h"

/* =====================================================================
 * Outcomes
 * =================================================================== */

static bool starts_with(const char *s, const char *prefix)
{
    return s && strncmp(s, prefix, strlen(prefix)) == 0;
}

uh_outcome uh_record_outcome(const uh_record *r)
{
    if (r->reported)
        return UH_OUTCOME_REPORTED;
    if (!r->completed)
        return UH_OUTCOME_INCOMPLETE;
    const char *e = r->ending;
    /* An ending that reports or clears without a report form (possible in
     * a scenario that ends on "reported" through a plain choice) is not a
     * hook; neither is walking away, which is the miss. */
    if (starts_with(e, "walked_away") || starts_with(e, "declined") || starts_with(e, "ignored") ||
        starts_with(e, "refused") || starts_with(e, "reported") || starts_with(e, "cleared"))
        return UH_OUTCOME_MISSED;
    return UH_OUTCOME_HOOKED;
}

const char *uh_outcome_name(uh_outcome o)
{
    switch (o) {
    case UH_OUTCOME_REPORTED: return "reported";
    case UH_OUTCOME_HOOKED: return "hooked";
    case UH_OUTCOME_MISSED: return "missed";
    case UH_OUTCOME_INCOMPLETE: return "incomplete";
    }
    return "incomplete";
}

double uh_rate(int part, int whole)
{
    return whole > 0 ? (double)part / whole : 0.0;
}

/* =====================================================================
 * Groups
 * =================================================================== */

/* A group being filled, with the hook depths and scores it has seen. */
typedef struct acc {
    uh_summary_group g;
    int *hooks;
    size_t nhooks;
    long score_sum;
} acc;

typedef struct acc_list {
    acc *v;
    size_t n, cap;
} acc_list;

static acc *find_or_add(acc_list *l, const char *key, const char *label)
{
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->v[i].g.key, key) == 0)
            return &l->v[i];
    if (l->n == l->cap)
        l->v = uh_xrealloc(l->v, (l->cap = l->cap ? 2 * l->cap : 8) * sizeof *l->v);
    acc *a = &l->v[l->n++];
    memset(a, 0, sizeof *a);
    a->g.key = uh_xstrdup(key);
    a->g.label = uh_xstrdup(label && *label ? label : key);
    return a;
}

static void count(acc *a, const uh_record *r)
{
    uh_summary_group *g = &a->g;
    g->attempts++;
    switch (uh_record_outcome(r)) {
    case UH_OUTCOME_REPORTED: g->reported++; break;
    case UH_OUTCOME_HOOKED: g->hooked++; break;
    case UH_OUTCOME_MISSED: g->missed++; break;
    case UH_OUTCOME_INCOMPLETE: break;
    }
    if (r->completed) {
        g->completed++;
        a->score_sum += r->score;
        if (r->passed)
            g->passed++;
    }
    if (r->reported && r->hook_at_report >= 0) {
        a->hooks = uh_xrealloc(a->hooks, (a->nhooks + 1) * sizeof *a->hooks);
        a->hooks[a->nhooks++] = r->hook_at_report;
        int bin = r->hook_at_report < UH_SUMMARY_HOOK_BINS ? r->hook_at_report
                                                            : UH_SUMMARY_HOOK_BINS - 1;
        g->hook_hist[bin]++;
    }
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Computes the derived numbers and hands the group over. */
static uh_summary_group finish(acc *a)
{
    uh_summary_group g = a->g;
    g.median_hook = -1;
    if (a->nhooks) {
        qsort(a->hooks, a->nhooks, sizeof *a->hooks, cmp_int);
        size_t m = a->nhooks / 2;
        g.median_hook = a->nhooks % 2 ? a->hooks[m] : (a->hooks[m - 1] + a->hooks[m]) / 2.0;
    }
    g.mean_score = g.completed ? (double)a->score_sum / g.completed : -1;
    free(a->hooks);
    return g;
}

static int cmp_group(const void *a, const void *b)
{
    return strcmp(((const uh_summary_group *)a)->key, ((const uh_summary_group *)b)->key);
}

static uh_summary_group *finish_list(acc_list *l, size_t *n)
{
    uh_summary_group *out = uh_xcalloc(l->n ? l->n : 1, sizeof *out);
    for (size_t i = 0; i < l->n; i++)
        out[i] = finish(&l->v[i]);
    qsort(out, l->n, sizeof *out, cmp_group);
    *n = l->n;
    free(l->v);
    return out;
}

static int cmp_flag(const void *a, const void *b)
{
    const uh_summary_flag *x = a, *y = b;
    if (x->missed != y->missed)
        return y->missed - x->missed;
    /* Equal counts: the larger share first, then by name for stability. */
    double rx = uh_rate(x->missed, x->shown), ry = uh_rate(y->missed, y->shown);
    if (rx != ry)
        return rx < ry ? 1 : -1;
    int c = strcmp(x->scenario, y->scenario);
    return c ? c : strcmp(x->id, y->id);
}

static uh_summary_flag *flag_entry(uh_summary *s, size_t *cap, const char *id, const char *scenario)
{
    for (size_t i = 0; i < s->nflags; i++)
        if (strcmp(s->flags[i].id, id) == 0 && strcmp(s->flags[i].scenario, scenario) == 0)
            return &s->flags[i];
    if (s->nflags == *cap)
        s->flags = uh_xrealloc(s->flags, (*cap = *cap ? 2 * *cap : 16) * sizeof *s->flags);
    uh_summary_flag *f = &s->flags[s->nflags++];
    *f = (uh_summary_flag){uh_xstrdup(id), uh_xstrdup(scenario), 0, 0};
    return f;
}

static void count_flags(uh_summary *s, size_t *cap, const uh_record *r)
{
    const cJSON *flags = cJSON_GetObjectItemCaseSensitive(r->result, "flags");
    const cJSON *lists[2] = {cJSON_GetObjectItemCaseSensitive(flags, "missed_ids"),
                             cJSON_GetObjectItemCaseSensitive(flags, "spotted_ids")};
    for (int k = 0; k < 2; k++) {
        const cJSON *it;
        cJSON_ArrayForEach(it, lists[k]) {
            if (!cJSON_IsString(it))
                continue;
            uh_summary_flag *f = flag_entry(s, cap, it->valuestring, r->scenario);
            f->shown++;
            if (k == 0)
                f->missed++;
        }
    }
}

uh_summary *uh_summary_build(const uh_record *recs, size_t n, const char *since,
                             const char *cohort)
{
    uh_summary *s = uh_xcalloc(1, sizeof *s);
    s->since = uh_xstrdup(since);
    s->cohort = uh_xstrdup(cohort);
    acc all = {0};
    acc_list scen = {0}, coh = {0}, days = {0};
    size_t flag_cap = 0;
    for (size_t i = 0; i < n; i++) {
        const uh_record *r = &recs[i];
        count(&all, r);
        count(find_or_add(&scen, r->scenario, r->title), r);
        count(find_or_add(&coh, r->cohort ? r->cohort : "", r->cohort ? r->cohort : "(none)"), r);
        char day[11] = {0};
        memcpy(day, r->started_at, strlen(r->started_at) < 10 ? strlen(r->started_at) : 10);
        count(find_or_add(&days, day, day), r);
        count_flags(s, &flag_cap, r);
        if (!s->first || strcmp(r->started_at, s->first) < 0) {
            free(s->first);
            s->first = uh_xstrdup(r->started_at);
        }
        if (!s->last || strcmp(r->started_at, s->last) > 0) {
            free(s->last);
            s->last = uh_xstrdup(r->started_at);
        }
    }
    s->all = finish(&all);
    s->scenarios = finish_list(&scen, &s->nscenarios);
    s->cohorts = finish_list(&coh, &s->ncohorts);
    s->days = finish_list(&days, &s->ndays);
    /* Only flags that were missed at least once are worth listing. */
    size_t kept = 0;
    for (size_t i = 0; i < s->nflags; i++) {
        if (s->flags[i].missed > 0) {
            s->flags[kept++] = s->flags[i];
        } else {
            free(s->flags[i].id);
            free(s->flags[i].scenario);
        }
    }
    s->nflags = kept;
    if (kept)
        qsort(s->flags, kept, sizeof *s->flags, cmp_flag);
    return s;
}

uh_summary *uh_summary_from_store(uh_store *st, const uh_filter *f, uh_error *err)
{
    uh_record *recs;
    size_t n;
    if (uh_store_query(st, f, &recs, &n, err))
        return NULL;
    uh_summary *s = uh_summary_build(recs, n, f ? f->since : NULL, f ? f->cohort : NULL);
    uh_records_free(recs, n);
    return s;
}

static void group_free(uh_summary_group *g)
{
    free(g->key);
    free(g->label);
}

void uh_summary_free(uh_summary *s)
{
    if (!s)
        return;
    group_free(&s->all);
    for (size_t i = 0; i < s->nscenarios; i++)
        group_free(&s->scenarios[i]);
    for (size_t i = 0; i < s->ncohorts; i++)
        group_free(&s->cohorts[i]);
    for (size_t i = 0; i < s->ndays; i++)
        group_free(&s->days[i]);
    for (size_t i = 0; i < s->nflags; i++) {
        free(s->flags[i].id);
        free(s->flags[i].scenario);
    }
    free(s->scenarios);
    free(s->cohorts);
    free(s->days);
    free(s->flags);
    free(s->since);
    free(s->cohort);
    free(s->first);
    free(s->last);
    free(s);
}

/* =====================================================================
 * JSON
 * =================================================================== */

static double round4(double x)
{
    return floor(x * 10000.0 + 0.5) / 10000.0;
}

static void add_rate(cJSON *o, const char *name, int part, int whole)
{
    if (whole > 0)
        cJSON_AddNumberToObject(o, name, round4(uh_rate(part, whole)));
    else
        cJSON_AddNullToObject(o, name);
}

static cJSON *group_json(const uh_summary_group *g)
{
    cJSON *o = cJSON_CreateObject();
    if (g->key) {
        cJSON_AddStringToObject(o, "key", g->key);
        cJSON_AddStringToObject(o, "label", g->label);
    }
    cJSON_AddNumberToObject(o, "attempts", g->attempts);
    cJSON_AddNumberToObject(o, "completed", g->completed);
    cJSON_AddNumberToObject(o, "reported", g->reported);
    cJSON_AddNumberToObject(o, "missed", g->missed);
    cJSON_AddNumberToObject(o, "hooked", g->hooked);
    cJSON_AddNumberToObject(o, "passed", g->passed);
    add_rate(o, "completion_rate", g->completed, g->attempts);
    add_rate(o, "report_rate", g->reported, g->completed);
    add_rate(o, "miss_rate", g->missed, g->completed);
    add_rate(o, "hooked_rate", g->hooked, g->completed);
    add_rate(o, "pass_rate", g->passed, g->completed);
    if (g->median_hook >= 0)
        cJSON_AddNumberToObject(o, "median_hook_at_report", g->median_hook);
    else
        cJSON_AddNullToObject(o, "median_hook_at_report");
    if (g->mean_score >= 0)
        cJSON_AddNumberToObject(o, "mean_score", round4(g->mean_score));
    else
        cJSON_AddNullToObject(o, "mean_score");
    cJSON *h = cJSON_AddArrayToObject(o, "hook_histogram");
    for (int i = 0; i < UH_SUMMARY_HOOK_BINS; i++)
        cJSON_AddItemToArray(h, cJSON_CreateNumber(g->hook_hist[i]));
    return o;
}

static cJSON *groups_json(const uh_summary_group *g, size_t n)
{
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; i < n; i++)
        cJSON_AddItemToArray(a, group_json(&g[i]));
    return a;
}

static cJSON *str_or_null(const char *s)
{
    return s ? cJSON_CreateString(s) : cJSON_CreateNull();
}

cJSON *uh_summary_to_json(const uh_summary *s)
{
    cJSON *o = cJSON_CreateObject();
    cJSON *f = cJSON_AddObjectToObject(o, "filter");
    cJSON_AddItemToObject(f, "since", str_or_null(s->since));
    cJSON_AddItemToObject(f, "cohort", str_or_null(s->cohort));
    cJSON_AddItemToObject(o, "first", str_or_null(s->first));
    cJSON_AddItemToObject(o, "last", str_or_null(s->last));
    cJSON_AddItemToObject(o, "all", group_json(&s->all));
    cJSON_AddItemToObject(o, "scenarios", groups_json(s->scenarios, s->nscenarios));
    cJSON_AddItemToObject(o, "cohorts", groups_json(s->cohorts, s->ncohorts));
    cJSON_AddItemToObject(o, "days", groups_json(s->days, s->ndays));
    cJSON *fl = cJSON_AddArrayToObject(o, "missed_flags");
    for (size_t i = 0; i < s->nflags; i++) {
        cJSON *e = cJSON_CreateObject();
        cJSON_AddStringToObject(e, "id", s->flags[i].id);
        cJSON_AddStringToObject(e, "scenario", s->flags[i].scenario);
        cJSON_AddNumberToObject(e, "missed", s->flags[i].missed);
        cJSON_AddNumberToObject(e, "shown", s->flags[i].shown);
        cJSON_AddItemToArray(fl, e);
    }
    return o;
}

/* =====================================================================
 * Plain text
 * =================================================================== */

static void pct(char out[16], int part, int whole)
{
    if (whole > 0)
        snprintf(out, 16, "%.0f%%", 100.0 * uh_rate(part, whole));
    else
        snprintf(out, 16, "-");
}

static void print_header(FILE *out, const char *first)
{
    fprintf(out, "  %-28s %8s %9s %8s %7s %7s %7s %7s %6s\n", first, "attempts", "complete",
            "reported", "missed", "hooked", "median", "passed", "score");
}

static void print_group(FILE *out, const char *name, const uh_summary_group *g)
{
    char c[16], r[16], m[16], h[16], p[16], med[16], sc[16];
    pct(c, g->completed, g->attempts);
    pct(r, g->reported, g->completed);
    pct(m, g->missed, g->completed);
    pct(h, g->hooked, g->completed);
    pct(p, g->passed, g->completed);
    if (g->median_hook >= 0)
        snprintf(med, sizeof med, "%.1f", g->median_hook);
    else
        snprintf(med, sizeof med, "-");
    if (g->mean_score >= 0)
        snprintf(sc, sizeof sc, "%.0f", g->mean_score);
    else
        snprintf(sc, sizeof sc, "-");
    fprintf(out, "  %-28.28s %8d %9s %8s %7s %7s %7s %7s %6s\n", name, g->attempts, c, r, m, h,
            med, p, sc);
}

void uh_summary_print(const uh_summary *s, FILE *out)
{
    fprintf(out, "Unhooked results: %d attempt%s", s->all.attempts, s->all.attempts == 1 ? "" : "s");
    if (s->first)
        fprintf(out, ", %.10s to %.10s", s->first, s->last);
    if (s->cohort)
        fprintf(out, ", cohort %s", s->cohort);
    if (s->since)
        fprintf(out, ", since %s", s->since);
    fprintf(out, "\n\n");
    if (!s->all.attempts) {
        fprintf(out, "No attempts recorded%s.\n", s->cohort || s->since ? " for this filter" : "");
        return;
    }
    print_header(out, "");
    print_group(out, "All attempts", &s->all);
    fprintf(out, "\nBy scenario\n");
    print_header(out, "scenario");
    for (size_t i = 0; i < s->nscenarios; i++)
        print_group(out, s->scenarios[i].key, &s->scenarios[i]);
    fprintf(out, "\nBy cohort\n");
    print_header(out, "cohort");
    for (size_t i = 0; i < s->ncohorts; i++)
        print_group(out, *s->cohorts[i].key ? s->cohorts[i].key : "(none)", &s->cohorts[i]);

    fprintf(out, "\nHook depth at report (reports filed at each depth)\n ");
    for (int i = 0; i < UH_SUMMARY_HOOK_BINS; i++)
        fprintf(out, " %s%d: %d", i == UH_SUMMARY_HOOK_BINS - 1 ? ">=" : "", i, s->all.hook_hist[i]);
    fprintf(out, "\n");

    fprintf(out, "\nRed flags most often missed\n");
    if (!s->nflags)
        fprintf(out, "  none: every red flag shown was marked\n");
    else
        fprintf(out, "  %-28s %-24s %7s %6s\n", "flag", "scenario", "missed", "shown");
    for (size_t i = 0; i < s->nflags && i < 10; i++) {
        char p[16];
        pct(p, s->flags[i].missed, s->flags[i].shown);
        fprintf(out, "  %-28.28s %-24.24s %7d %6d  (%s)\n", s->flags[i].id, s->flags[i].scenario,
                s->flags[i].missed, s->flags[i].shown, p);
    }
    fprintf(out, "\nRates: complete = share of all attempts; reported, missed, hooked and passed =\n"
                 "share of completed attempts. missed = safe ending but no report; hooked = no\n"
                 "report and an ending that is neither a report nor a walk-away. median = median\n"
                 "hook depth when the report was filed. score = mean score of completed attempts.\n");
}
