/* SPDX-License-Identifier: Apache-2.0 */
/* summary.c — counting attempts into groups (see summary.h for the
 * definitions of the outcomes and rates). */
#include "summary.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <sqlite3.h>
#include <time.h>

#include "../core/i18n.h"
#include "../core/scenario.h"
#include "../core/util.h"
#include "../store/store_sql.h"

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

const char *uh_outcome_word(uh_outcome o)
{
    switch (o) {
    case UH_OUTCOME_REPORTED: return _("reported");
    case UH_OUTCOME_HOOKED: return _("hooked");
    case UH_OUTCOME_MISSED: return _("missed");
    case UH_OUTCOME_INCOMPLETE: break;
    }
    /* TRANSLATORS: the outcome of an attempt left before an ending, in a
       trainee's history */
    return _("incomplete");
}

/* The built-in recipients of the report form (config.c), by a short word:
 * a column of a trainee's history is narrow. */
static const struct {
    const char *id, *word;
} builtin_recipients[] = {
    {"security", N_("security")},
    {"manager", N_("manager")},
    /* TRANSLATORS: a built-in recipient of reports in the reports, one or
       two words: "3 to helpdesk", and in a column ("reported to") */
    {"helpdesk", N_("helpdesk")},
    /* TRANSLATORS: the built-in recipient "ask the contact directly", one
       or two words: "1 to contact", and in a column ("reported to") */
    {"contact", N_("contact")},
};

const char *uh_recipient_word(const char *id, const uh_recipient_labels *l)
{
    if (!id || !*id)
        return _("(no recipient chosen)");
    for (size_t i = 0; i < sizeof builtin_recipients / sizeof *builtin_recipients; i++)
        if (strcmp(builtin_recipients[i].id, id) == 0)
            return _(builtin_recipients[i].word);
    for (size_t i = 0; l && i < l->n; i++)
        if (l->ids[i] && l->labels[i] && *l->labels[i] && strcmp(l->ids[i], id) == 0)
            return l->labels[i];
    return id;
}

double uh_rate(int part, int whole)
{
    return whole > 0 ? (double)part / whole : 0.0;
}

/* =====================================================================
 * Queries
 *
 * Every figure is counted by SQLite; no attempt is read into memory.
 * Over the whole store (schema 5) the running tallies answer: a few
 * thousand rows however many attempts there are. A filter is one GROUP BY
 * over the covering index attempts_report, in its order (departments:
 * attempts_person), never the rows with their result JSON. A store read
 * without migrating (older than 5) gives the same columns out of the
 * JSON, more slowly.
 * =================================================================== */

/* A report that does not count as hooked: it reports, clears or walks away. */
#define SAFE_ENDING                                                                              \
    "(coalesce(a.ending, '') GLOB 'walked_away*' OR coalesce(a.ending, '') GLOB 'declined*' OR " \
    "coalesce(a.ending, '') GLOB 'ignored*' OR coalesce(a.ending, '') GLOB 'refused*' OR "       \
    "coalesce(a.ending, '') GLOB 'reported*' OR coalesce(a.ending, '') GLOB 'cleared*')"

typedef struct sql_ctx {
    uh_store *st;
    sqlite3 *db;
    int version;
    const char *attempts;   /* FROM source of attempts, aliased a by the caller */
    const char *flags;      /* FROM source of attempt_flags */
    const char *directory;  /* FROM source of the directory */
    char *security;         /* "'security', ..." quoted for IN (...) */
    char where[600];        /* " AND ..." conditions on a, with named parameters */
    char flag_where[600];   /* the same on the flags source f */
    char trained_where[300];/* the period's conditions on a (for "trained") */
    int64_t since, before, hide, since_day;
    const uh_filter *f;
    bool whole;             /* every attempt is counted: the tallies answer */
} sql_ctx;

static const char *const OLD_ATTEMPTS =
    "(SELECT *, CASE WHEN reported AND json_valid(result_json) "
    "THEN json_extract(result_json, '$.report.to') END AS report_to, "
    "CASE WHEN reported THEN 0 WHEN NOT completed THEN 3 WHEN " SAFE_ENDING " THEN 2 ELSE 1 END "
    "AS outcome FROM attempts a)";
static const char *const OLD_FLAGS =
    "(SELECT a.id AS attempt_id, j.value AS flag, a.scenario AS scenario, k.spotted AS spotted, "
    "a.started_ms AS started_ms FROM attempts a, (SELECT 1 AS spotted, '$.flags.spotted_ids' "
    "AS path UNION ALL SELECT 0, '$.flags.missed_ids') k, json_each(a.result_json, k.path) j "
    "WHERE json_valid(a.result_json) AND j.type = 'text')";
static const char *const NO_DIRECTORY =
    "(SELECT '' AS employee_id, '' AS name, '' AS department, '' AS manager WHERE 0)";

static int prep(sql_ctx *c, const char *sql, sqlite3_stmt **s, uh_error *err)
{
    if (sqlite3_prepare_v2(c->db, sql, -1, s, NULL) != SQLITE_OK) {
        *s = NULL;
        return uh_store_sql_error(c->st, err, "cannot summarise the results");
    }
    sqlite3_bind_int64(*s, sqlite3_bind_parameter_index(*s, ":hide"), c->hide);
    sqlite3_bind_int64(*s, sqlite3_bind_parameter_index(*s, ":since"), c->since);
    sqlite3_bind_int64(*s, sqlite3_bind_parameter_index(*s, ":before"), c->before);
    sqlite3_bind_int64(*s, sqlite3_bind_parameter_index(*s, ":since_day"), c->since_day);
    const char *names[3] = {":cohort", ":trainee", ":scenario"};
    const char *vals[3] = {c->f->cohort, c->f->trainee, c->f->scenario};
    for (int i = 0; i < 3; i++)
        if (vals[i])
            sqlite3_bind_text(*s, sqlite3_bind_parameter_index(*s, names[i]), vals[i], -1,
                              SQLITE_STATIC);
    return 0;
}

/* Finalizes s after its last step rc: 0 when it ran to the end, else -1
 * with err filled. */
static int step_fail(sql_ctx *c, sqlite3_stmt *s, int rc, uh_error *err)
{
    int status =
        rc == SQLITE_DONE ? 0 : uh_store_sql_error(c->st, err, "cannot summarise the results");
    sqlite3_finalize(s);
    return status;
}

/* Fills c's conditions for the filter f. */
static int ctx_where(sql_ctx *c, const uh_filter *f, uh_error *err)
{
    c->f = f;
    c->since = c->before = 0;
    if (f->since && uh_time_parse(f->since, &c->since, err))
        return -1;
    if (f->before && uh_time_parse(f->before, &c->before, err))
        return -1;
    bool time_only = !f->cohort && !f->trainee;
    /* The day (the index's first column) narrows the search; the time
     * itself decides. */
    snprintf(c->where, sizeof c->where, "%s%s%s%s%s%s%s",
             c->hide ? " AND a.started_ms >= :hide" : "",
             f->since || c->hide ? " AND a.started_ms / 86400000 >= :since_day" : "",
             f->since ? " AND a.started_ms >= :since" : "",
             f->before ? " AND a.started_ms < :before" : "",
             f->cohort ? " AND a.cohort = :cohort" : "", f->trainee ? " AND a.trainee = :trainee" : "",
             f->scenario ? " AND a.scenario = :scenario" : "");
    int64_t from = c->since > c->hide ? c->since : c->hide;
    c->since_day = from >= 0 ? from / 86400000 : 0;
    snprintf(c->trained_where, sizeof c->trained_where, "%s%s%s%s",
             c->hide ? " AND a.started_ms >= :hide" : "",
             f->since ? " AND a.started_ms >= :since" : "",
             f->before ? " AND a.started_ms < :before" : "",
             f->scenario ? " AND a.scenario = :scenario" : "");
    /* The flags carry the start time and scenario; a cohort or a trainee
     * needs the attempts themselves. */
    snprintf(c->flag_where, sizeof c->flag_where, "%s%s%s%s%s%s%s%s",
             c->hide ? " AND f.started_ms >= :hide" : "",
             f->since ? " AND f.started_ms >= :since" : "",
             f->before ? " AND f.started_ms < :before" : "",
             f->scenario ? " AND f.scenario = :scenario" : "",
             time_only ? "" : " AND f.attempt_id IN (SELECT a.id FROM attempts a WHERE 1",
             f->cohort ? " AND a.cohort = :cohort" : "", f->trainee ? " AND a.trainee = :trainee" : "",
             time_only ? "" : ")");
    return 0;
}

/* The counting columns, in add_counts order (needs c->security). */
static char *count_columns(const sql_ctx *c)
{
    return uh_xasprintf("count(*), coalesce(sum(a.completed), 0), coalesce(sum(a.reported), 0), "
                        "coalesce(sum(a.reported AND a.report_to IN (%s)), 0), "
                        "coalesce(sum(a.outcome = 1), 0), coalesce(sum(a.outcome = 2), 0), "
                        "coalesce(sum(a.completed AND a.passed), 0), "
                        "coalesce(sum(CASE WHEN a.completed THEN a.score END), 0), "
                        "min(a.started_ms), max(a.started_ms)",
                        c->security);
}

/* "FROM attempts a" with the covering index where there is one. */
static char *from_attempts(const sql_ctx *c, const char *join)
{
    return uh_xasprintf("FROM %s a%s%s WHERE 1", c->attempts,
                        c->version >= UH_STORE_REPORT_VERSION ? " INDEXED BY attempts_report" : "", join ? join : "");
}

static char *day_text(int64_t day)
{
    char t[32];
    uh_time_format(day * 86400000, t);
    t[10] = '\0';
    return uh_xstrdup(t);
}

static int cmp_group(const void *a, const void *b)
{
    return strcmp(((const uh_summary_group *)a)->key, ((const uh_summary_group *)b)->key);
}

/* Hook depths at report of a group: (depth, reports) pairs. */
typedef struct hook_count {
    int hook, n;
} hook_count;

static int cmp_hook(const void *a, const void *b)
{
    const hook_count *x = a, *y = b;
    return (x->hook > y->hook) - (x->hook < y->hook);
}

/* The median of the depths, each counted n times. Sorts v. */
static double median_of(hook_count *v, size_t nv)
{
    if (!nv)
        return -1;
    qsort(v, nv, sizeof *v, cmp_hook);
    int64_t total = 0;
    for (size_t i = 0; i < nv; i++)
        total += v[i].n;
    if (!total)
        return -1;
    int64_t lo = (total - 1) / 2, hi = total / 2, seen = 0;
    double a = -1, b = -1;
    for (size_t i = 0; i < nv; i++) {
        if (a < 0 && lo < seen + v[i].n)
            a = v[i].hook;
        if (b < 0 && hi < seen + v[i].n)
            b = v[i].hook;
        seen += v[i].n;
    }
    return (a + b) / 2.0;
}

/* A group being filled from the rows of a GROUP BY finer than it: its
 * counts, score sum, time span and hook depths. */
typedef struct acc {
    uh_summary_group g;
    int64_t score_sum, first, last;
    hook_count *hooks;
    size_t nhooks, hcap;
} acc;

/* Groups by key: a small hash table over a growing array. */
typedef struct acc_set {
    acc *v;
    size_t n, cap;
    size_t *slots;  /* index + 1; 0 = empty */
    size_t nslots;
} acc_set;

static uint64_t hash_key(const char *k)
{
    uint64_t h = 1469598103934665603ull;
    for (; *k; k++)
        h = (h ^ (unsigned char)*k) * 1099511628211ull;
    return h;
}

static acc *acc_get(acc_set *s, const char *key)
{
    if (s->nslots == 0 || 2 * (s->n + 1) > s->nslots) {
        size_t ns = s->nslots ? 2 * s->nslots : 64;
        free(s->slots);
        s->slots = uh_xcalloc(ns, sizeof *s->slots);
        s->nslots = ns;
        for (size_t i = 0; i < s->n; i++) {
            size_t j = hash_key(s->v[i].g.key) & (ns - 1);
            while (s->slots[j])
                j = (j + 1) & (ns - 1);
            s->slots[j] = i + 1;
        }
    }
    size_t j = hash_key(key) & (s->nslots - 1);
    while (s->slots[j]) {
        acc *a = &s->v[s->slots[j] - 1];
        if (strcmp(a->g.key, key) == 0)
            return a;
        j = (j + 1) & (s->nslots - 1);
    }
    if (s->n == s->cap)
        s->v = uh_xrealloc(s->v, (s->cap = s->cap ? 2 * s->cap : 16) * sizeof *s->v);
    acc *a = &s->v[s->n];
    memset(a, 0, sizeof *a);
    a->g.key = uh_xstrdup(key);
    a->first = INT64_MAX;
    a->last = INT64_MIN;
    s->slots[j] = ++s->n;
    return a;
}

/* One row of counts (count_columns at column i) into a; hook is the
 * row's depth at report (< 0: none). */
static void add_counts(acc *a, sqlite3_stmt *q, int i, int hook)
{
    uh_summary_group *g = &a->g;
    int n = sqlite3_column_int(q, i), reported = sqlite3_column_int(q, i + 2);
    g->attempts += n;
    g->completed += sqlite3_column_int(q, i + 1);
    g->reported += reported;
    g->reported_security += sqlite3_column_int(q, i + 3);
    g->hooked += sqlite3_column_int(q, i + 4);
    g->missed += sqlite3_column_int(q, i + 5);
    g->passed += sqlite3_column_int(q, i + 6);
    a->score_sum += sqlite3_column_int64(q, i + 7);
    int64_t first = sqlite3_column_int64(q, i + 8), last = sqlite3_column_int64(q, i + 9);
    if (n && first < a->first)
        a->first = first;
    if (n && last > a->last)
        a->last = last;
    if (hook >= 0 && reported > 0) {
        g->hook_hist[hook < UH_SUMMARY_HOOK_BINS ? hook : UH_SUMMARY_HOOK_BINS - 1] += reported;
        if (a->nhooks && a->hooks[a->nhooks - 1].hook == hook) {
            a->hooks[a->nhooks - 1].n += reported;
        } else {
            if (a->nhooks == a->hcap)
                a->hooks = uh_xrealloc(a->hooks, (a->hcap = a->hcap ? 2 * a->hcap : 8) *
                                                     sizeof *a->hooks);
            a->hooks[a->nhooks++] = (hook_count){hook, reported};
        }
    }
}

/* Hands the groups over, sorted by key, with their medians and means. */
static uh_summary_group *acc_finish(acc_set *s, size_t *n)
{
    uh_summary_group *out = uh_xcalloc(s->n ? s->n : 1, sizeof *out);
    for (size_t i = 0; i < s->n; i++) {
        acc *a = &s->v[i];
        a->g.median_hook = median_of(a->hooks, a->nhooks);
        a->g.mean_score = a->g.completed ? (double)a->score_sum / a->g.completed : -1;
        out[i] = a->g;
        free(a->hooks);
    }
    qsort(out, s->n, sizeof *out, cmp_group);
    *n = s->n;
    free(s->v);
    free(s->slots);
    memset(s, 0, sizeof *s);
    return out;
}

static void acc_discard(acc_set *s)
{
    for (size_t i = 0; i < s->n; i++) {
        free(s->v[i].g.key);
        free(s->v[i].g.label);
        free(s->v[i].hooks);
    }
    free(s->v);
    free(s->slots);
    memset(s, 0, sizeof *s);
}

/* Hands the day, scenario and cohort groups over to the summary. */
static void hand_over(uh_summary *s, acc_set *days, acc_set *scen, acc_set *coh)
{
    s->days = acc_finish(days, &s->ndays);
    s->scenarios = acc_finish(scen, &s->nscenarios);
    s->cohorts = acc_finish(coh, &s->ncohorts);
    for (size_t i = 0; i < s->ndays; i++)
        s->days[i].label = uh_xstrdup(s->days[i].key);
    for (size_t i = 0; i < s->nscenarios; i++)
        s->scenarios[i].label = uh_xstrdup(s->scenarios[i].key);
    for (size_t i = 0; i < s->ncohorts; i++)
        s->cohorts[i].label = uh_xstrdup(*s->cohorts[i].key ? s->cohorts[i].key : _("(none)"));
}

static const char *text_or(sqlite3_stmt *q, int i, const char *none)
{
    const unsigned char *t = sqlite3_column_text(q, i);
    return t ? (const char *)t : none;
}

/* Every group of the summary in one pass: GROUP BY day, scenario, cohort
 * and hook depth at report, in the order of the index attempts_report
 * (no sorting), each row added to its day, scenario, cohort and to all.
 * The rows are at most days × scenarios × cohorts × depths, however many
 * attempts there are. */
static int query_cube(sql_ctx *c, uh_summary *s, uh_summary_group *all, uh_error *err)
{
    char *cols = count_columns(c), *from = from_attempts(c, NULL);
    char *sql = uh_xasprintf("SELECT a.started_ms / 86400000, a.scenario, a.cohort, "
                             "a.hook_at_report, %s %s%s GROUP BY 1, 2, 3, 4",
                             cols, from, c->where);
    free(cols);
    free(from);
    sqlite3_stmt *q;
    int rc = prep(c, sql, &q, err), step;
    free(sql);
    if (rc)
        return -1;
    acc_set days = {0}, scen = {0}, coh = {0};
    acc total = {.first = INT64_MAX, .last = INT64_MIN};
    acc *day = NULL;
    int64_t day_num = INT64_MIN;
    while ((step = sqlite3_step(q)) == SQLITE_ROW) {
        int hook = sqlite3_column_type(q, 3) == SQLITE_NULL ? -1 : sqlite3_column_int(q, 3);
        int64_t d = sqlite3_column_int64(q, 0);
        if (!day || d != day_num) {
            char *key = day_text(d);
            day = acc_get(&days, key);
            free(key);
            day_num = d;
        }
        add_counts(day, q, 4, hook);
        add_counts(acc_get(&scen, text_or(q, 1, "")), q, 4, hook);
        add_counts(acc_get(&coh, text_or(q, 2, "")), q, 4, hook);
        add_counts(&total, q, 4, hook);
    }
    if (step_fail(c, q, step, err)) {
        acc_discard(&days);
        acc_discard(&scen);
        acc_discard(&coh);
        free(total.hooks);
        return -1;
    }
    total.g.median_hook = median_of(total.hooks, total.nhooks);
    total.g.mean_score = total.g.completed ? (double)total.score_sum / total.g.completed : -1;
    free(total.hooks);
    *all = total.g;
    if (s && total.g.attempts) {
        char a[32], b[32];
        s->first = uh_xstrdup(uh_time_format(total.first, a));
        s->last = uh_xstrdup(uh_time_format(total.last, b));
    }
    if (s) {
        hand_over(s, &days, &scen, &coh);
    } else {
        acc_discard(&days);
        acc_discard(&scen);
        acc_discard(&coh);
    }
    return 0;
}

/* The same groups from the running tallies (schema 5), for the whole
 * store: a few thousand rows, however many attempts there are. */
static int query_tallies(sql_ctx *c, uh_summary *s, bool days_too, uh_error *err)
{
    char *cols = uh_xasprintf(
        "sum(attempts), sum(attempts * completed), sum(attempts * (outcome = 0)), "
        "sum(attempts * (outcome = 0 AND report_to IN (%s))), sum(attempts * (outcome = 1)), "
        "sum(attempts * (outcome = 2)), sum(attempts * (completed AND passed)), "
        "sum(score_sum * completed), 0, 0", c->security);
    char *gsql = uh_xasprintf("SELECT scenario, cohort, hook, %s FROM tally_groups "
                              "GROUP BY scenario, cohort, hook", cols);
    char *dsql = uh_xasprintf("SELECT day, hook, %s FROM tally_days %sGROUP BY day, hook", cols,
                              days_too ? "" : "WHERE 0 ");
    free(cols);
    acc_set days = {0}, scen = {0}, coh = {0};
    acc total = {.first = INT64_MAX, .last = INT64_MIN};
    sqlite3_stmt *q = NULL;
    int rc = -1, step;
    if (prep(c, gsql, &q, err))
        goto done;
    while ((step = sqlite3_step(q)) == SQLITE_ROW) {
        int hook = sqlite3_column_int(q, 2);
        add_counts(acc_get(&scen, text_or(q, 0, "")), q, 3, hook);
        add_counts(acc_get(&coh, text_or(q, 1, "")), q, 3, hook);
        add_counts(&total, q, 3, hook);
    }
    if (step_fail(c, q, step, err) || prep(c, dsql, &q, err))
        goto done;
    while ((step = sqlite3_step(q)) == SQLITE_ROW) {
        char *key = day_text(sqlite3_column_int64(q, 0));
        add_counts(acc_get(&days, key), q, 2, sqlite3_column_int(q, 1));
        free(key);
    }
    /* The first and the last start: two lookups at the ends of the index
     * attempts_started. min() and max() in one SELECT would read every
     * entry of it (SQLite takes an end of an index only for a lone min or
     * max), which grows with the store: some 9 ms at 100,000 attempts. */
    if (step_fail(c, q, step, err) ||
        prep(c, "SELECT (SELECT min(started_ms) FROM attempts), (SELECT max(started_ms) FROM attempts)",
             &q, err))
        goto done;
    if ((step = sqlite3_step(q)) == SQLITE_ROW && total.g.attempts) {
        char a[32], b[32];
        s->first = uh_xstrdup(uh_time_format(sqlite3_column_int64(q, 0), a));
        s->last = uh_xstrdup(uh_time_format(sqlite3_column_int64(q, 1), b));
        step = SQLITE_DONE;
    }
    if (step_fail(c, q, step == SQLITE_ROW ? SQLITE_DONE : step, err))
        goto done;
    rc = 0;
done:
    free(gsql);
    free(dsql);
    total.g.median_hook = median_of(total.hooks, total.nhooks);
    total.g.mean_score = total.g.completed ? (double)total.score_sum / total.g.completed : -1;
    free(total.hooks);
    s->all = total.g;
    hand_over(s, &days, &scen, &coh);
    return rc;
}

/* Attempts by the trainee's department in the directory ("" = not in it):
 * counted per trainee in the order of the index attempts_person (no
 * sorting), each trainee's counts then looked up once in the directory
 * and added to the department. */
static int query_departments(sql_ctx *c, uh_summary *s, uh_error *err)
{
    char *cols = count_columns(c);
    char *sql = uh_xasprintf("SELECT coalesce(d.department, ''), t.* FROM (SELECT a.hook_at_report, "
                             "%s, a.trainee FROM %s a%s WHERE 1%s GROUP BY a.trainee, "
                             "a.hook_at_report) t LEFT JOIN %s d ON d.employee_id = t.trainee",
                             cols, c->attempts,
                             c->version >= UH_STORE_REPORT_VERSION ? " INDEXED BY attempts_person" : "", c->where,
                             c->directory);
    free(cols);
    sqlite3_stmt *q;
    int rc = prep(c, sql, &q, err), step;
    free(sql);
    if (rc)
        return -1;
    acc_set dep = {0};
    acc *cur = NULL;
    while ((step = sqlite3_step(q)) == SQLITE_ROW) {
        const char *d = text_or(q, 0, "");
        if (!cur || strcmp(cur->g.key, d) != 0)
            cur = acc_get(&dep, d);
        add_counts(cur, q, 2,
                   sqlite3_column_type(q, 1) == SQLITE_NULL ? -1 : sqlite3_column_int(q, 1));
    }
    if (step_fail(c, q, step, err)) {
        acc_discard(&dep);
        return -1;
    }
    s->departments = acc_finish(&dep, &s->ndepartments);
    for (size_t i = 0; i < s->ndepartments; i++)
        s->departments[i].label = uh_xstrdup(*s->departments[i].key ? s->departments[i].key
                                                                    : _("(not in the directory)"));
    return 0;
}

/* The title of each scenario: the one its latest attempt was saved with. */
static int scenario_titles(sql_ctx *c, uh_summary_group *g, size_t n, uh_error *err)
{
    sqlite3_stmt *s;
    if (prep(c, "SELECT title FROM attempts WHERE scenario = :scenario_id AND title IS NOT NULL "
                "AND title != '' ORDER BY started_ms DESC LIMIT 1", &s, err))
        return -1;
    for (size_t i = 0; i < n; i++) {
        sqlite3_reset(s);
        sqlite3_bind_text(s, 1, g[i].key, -1, SQLITE_STATIC);
        int step = sqlite3_step(s);
        if (step == SQLITE_ROW) {
            free(g[i].label);
            g[i].label = uh_xstrdup((const char *)sqlite3_column_text(s, 0));
        } else if (step != SQLITE_DONE) {
            return step_fail(c, s, step, err);
        }
    }
    sqlite3_finalize(s);
    return 0;
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

static int query_flags(sql_ctx *c, uh_summary *s, uh_error *err)
{
    const char *index = c->version >= UH_STORE_REPORT_VERSION ? " INDEXED BY attempt_flags_group"
                                                               : "";
    char *sql = c->whole
                    ? uh_xstrdup("SELECT scenario, flag, missed, shown FROM tally_flags "
                                 "WHERE missed > 0")
                    : uh_xasprintf("SELECT f.scenario, f.flag, sum(f.spotted = 0), count(*) "
                                   "FROM %s f%s WHERE 1%s GROUP BY f.scenario, f.flag "
                                   "HAVING sum(f.spotted = 0) > 0",
                                   c->flags, index, c->flag_where);
    sqlite3_stmt *q;
    int rc = prep(c, sql, &q, err), step = SQLITE_DONE;
    free(sql);
    if (rc)
        return -1;
    size_t cap = 0;
    while ((step = sqlite3_step(q)) == SQLITE_ROW) {
        if (s->nflags == cap)
            s->flags = uh_xrealloc(s->flags, (cap = cap ? 2 * cap : 16) * sizeof *s->flags);
        s->flags[s->nflags++] = (uh_summary_flag){
            uh_xstrdup((const char *)sqlite3_column_text(q, 1)),
            uh_xstrdup((const char *)sqlite3_column_text(q, 0)), NULL, sqlite3_column_int(q, 2),
            sqlite3_column_int(q, 3)};
    }
    if (step_fail(c, q, step, err))
        return -1;
    if (s->nflags)
        qsort(s->flags, s->nflags, sizeof *s->flags, cmp_flag);
    return 0;
}

static int cmp_recipient(const void *a, const void *b)
{
    const uh_summary_recipient *x = a, *y = b;
    if (x->security != y->security)
        return x->security ? -1 : 1;
    if (x->reports != y->reports)
        return y->reports - x->reports;
    return strcmp(x->id, y->id);
}

static int query_recipients(sql_ctx *c, uh_summary *s, uh_error *err)
{
    char *from = from_attempts(c, NULL);
    char *sql = c->whole
                    ? uh_xasprintf("SELECT report_to, sum(attempts), report_to IN (%s) FROM "
                                   "tally_groups WHERE outcome = 0 GROUP BY 1", c->security)
                    : uh_xasprintf("SELECT coalesce(a.report_to, ''), count(*), "
                                   "coalesce(a.report_to IN (%s), 0) %s%s AND a.reported GROUP BY 1",
                                   c->security, from, c->where);
    free(from);
    sqlite3_stmt *q;
    int rc = prep(c, sql, &q, err), step;
    free(sql);
    if (rc)
        return -1;
    size_t cap = 0;
    while ((step = sqlite3_step(q)) == SQLITE_ROW) {
        if (s->nrecipients == cap)
            s->recipients = uh_xrealloc(s->recipients, (cap = cap ? 2 * cap : 8) * sizeof *s->recipients);
        s->recipients[s->nrecipients++] = (uh_summary_recipient){
            uh_xstrdup((const char *)sqlite3_column_text(q, 0)), sqlite3_column_int(q, 1),
            sqlite3_column_int(q, 2) != 0};
    }
    if (step_fail(c, q, step, err))
        return -1;
    if (s->nrecipients)
        qsort(s->recipients, s->nrecipients, sizeof *s->recipients, cmp_recipient);
    return 0;
}

static char *col_dup(sqlite3_stmt *q, int i)
{
    const unsigned char *t = sqlite3_column_text(q, i);
    return uh_xstrdup(t ? (const char *)t : "");
}

/* The directory: its size, coverage per department and a page of the
 * people without a finished attempt in the period. */
static int query_directory(sql_ctx *c, uh_summary *s, const uh_summary_options *o, uh_error *err)
{
    if (c->version < UH_STORE_REPORT_VERSION)
        return 0;
    /* Over the whole store the table of who has trained answers. */
    char *trained = c->whole
                        ? uh_xstrdup("EXISTS (SELECT 1 FROM trained t WHERE t.trainee = "
                                     "d.employee_id)")
                        : uh_xasprintf("EXISTS (SELECT 1 FROM attempts a INDEXED BY "
                                       "attempts_person WHERE a.trainee = d.employee_id AND "
                                       "a.completed%s)", c->trained_where);
    char *sql = uh_xasprintf("SELECT d.department, count(*), sum(%s) FROM directory d GROUP BY 1 "
                             "ORDER BY 1", trained);
    sqlite3_stmt *q;
    int step;
    if (prep(c, sql, &q, err)) {
        free(sql);
        free(trained);
        return -1;
    }
    free(sql);
    size_t cap = 0;
    while ((step = sqlite3_step(q)) == SQLITE_ROW) {
        if (s->ncoverage == cap)
            s->coverage = uh_xrealloc(s->coverage, (cap = cap ? 2 * cap : 16) * sizeof *s->coverage);
        uh_summary_coverage *v = &s->coverage[s->ncoverage++];
        v->department = col_dup(q, 0);
        v->people = sqlite3_column_int(q, 1);
        v->trained = sqlite3_column_int(q, 2);
        s->directory_size += v->people;
        s->not_trained += v->people - v->trained;
    }
    if (step_fail(c, q, step, err)) {
        free(trained);
        return -1;
    }
    size_t limit = o->untrained_limit ? o->untrained_limit : 50;
    sql = uh_xasprintf("SELECT d.employee_id, d.name, d.department, d.manager FROM directory d "
                       "INDEXED BY directory_department WHERE NOT %s ORDER BY d.department, d.name, "
                       "d.employee_id LIMIT :limit OFFSET :offset", trained);
    free(trained);
    int rc = prep(c, sql, &q, err);
    free(sql);
    if (rc)
        return -1;
    sqlite3_bind_int64(q, sqlite3_bind_parameter_index(q, ":limit"),
                       limit > INT64_MAX ? INT64_MAX : (int64_t)limit);
    sqlite3_bind_int64(q, sqlite3_bind_parameter_index(q, ":offset"), (int64_t)o->untrained_offset);
    s->untrained_offset = o->untrained_offset;
    cap = 0;
    while ((step = sqlite3_step(q)) == SQLITE_ROW) {
        if (s->nuntrained == cap)
            s->untrained = uh_xrealloc(s->untrained, (cap = cap ? 2 * cap : 16) * sizeof *s->untrained);
        s->untrained[s->nuntrained++] =
            (uh_summary_person){col_dup(q, 0), col_dup(q, 1), col_dup(q, 2), col_dup(q, 3)};
    }
    return step_fail(c, q, step, err);
}

static char *security_list(const uh_summary_options *o)
{
    size_t n = o->nsecurity ? o->nsecurity : 1;
    char *out = uh_xstrdup("");
    for (size_t i = 0; i < n; i++) {
        char *q = sqlite3_mprintf("%Q", o->nsecurity ? o->security[i] : "security");
        char *next = uh_xasprintf("%s%s%s", out, i ? ", " : "", q);
        sqlite3_free(q);
        free(out);
        out = next;
    }
    return out;
}

static int64_t wall_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The "all" group of the period before [since, end). */
static int query_previous(sql_ctx *c, uh_summary *s, const uh_summary_options *o, uh_error *err)
{
    int64_t end = c->before ? c->before : o->now_ms ? o->now_ms : wall_ms();
    int64_t len = end - c->since;
    if (len <= 0)
        return 0;
    char a[32], b[32];
    uh_time_format(c->since - len, a);
    uh_time_format(c->since, b);
    uh_filter pf = o->filter;
    pf.since = a;
    pf.before = b;
    if (ctx_where(c, &pf, err))
        return -1;
    if (query_cube(c, NULL, &s->previous, err))
        return -1;
    s->has_previous = true;
    s->previous_since = uh_xstrdup(a);
    s->previous_before = uh_xstrdup(b);
    return 0;
}

uh_summary *uh_summary_empty(const char *cohort)
{
    uh_summary *s = uh_xcalloc(1, sizeof *s);
    s->cohort = uh_xstrdup(cohort);
    s->all.median_hook = s->all.mean_score = -1;
    s->previous.median_hook = s->previous.mean_score = -1;
    s->scenarios = uh_xcalloc(1, sizeof *s->scenarios);
    s->cohorts = uh_xcalloc(1, sizeof *s->cohorts);
    s->days = uh_xcalloc(1, sizeof *s->days);
    return s;
}

uh_summary *uh_summary_query(uh_store *st, const uh_summary_options *o, uh_error *err)
{
    static const uh_summary_options defaults = {0};
    if (!o)
        o = &defaults;
    sql_ctx c = {.st = st, .db = uh_store_sqlite(st), .version = uh_store_schema_version(st),
                 .hide = uh_store_hidden_before(st)};
    c.attempts = c.version >= UH_STORE_REPORT_VERSION ? "attempts" : OLD_ATTEMPTS;
    c.flags = c.version >= UH_STORE_REPORT_VERSION ? "attempt_flags" : OLD_FLAGS;
    c.directory = c.version >= UH_STORE_REPORT_VERSION ? "directory" : NO_DIRECTORY;
    c.security = security_list(o);
    uh_summary *s = uh_summary_empty(o->filter.cohort);
    s->since = uh_xstrdup(o->filter.since);
    s->before = uh_xstrdup(o->filter.before);
    int rc = -1;
    bool open = false;
    /* One read transaction: every figure from the same snapshot. */
    if (sqlite3_exec(c.db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK) {
        uh_store_sql_error(st, err, "cannot read the results store");
        goto done;
    }
    open = true;
    free(s->scenarios);
    free(s->cohorts);
    free(s->days);
    s->scenarios = s->cohorts = s->days = NULL;
    const uh_filter *f = &o->filter;
    c.whole = c.version >= UH_STORE_REPORT_VERSION && !c.hide && !f->cohort && !f->since && !f->before && !f->trainee &&
              !f->scenario && !o->raw;
    if (ctx_where(&c, f, err) ||
        (c.whole ? query_tallies(&c, s, !o->brief, err) : query_cube(&c, s, &s->all, err)) ||
        scenario_titles(&c, s->scenarios, s->nscenarios, err))
        goto done;
    if (!o->brief && (query_flags(&c, s, err) || query_recipients(&c, s, err)))
        goto done;
    if (query_directory(&c, s, o, err))
        goto done;
    if (!o->brief && s->directory_size && query_departments(&c, s, err))
        goto done;
    if (o->previous && o->filter.since && query_previous(&c, s, o, err))
        goto done;
    rc = 0;
done:
    if (open)
        sqlite3_exec(c.db, "COMMIT", NULL, NULL, NULL);
    free(c.security);
    if (rc) {
        uh_summary_free(s);
        return NULL;
    }
    return s;
}

uh_summary *uh_summary_from_store(uh_store *st, const uh_filter *f, uh_error *err)
{
    uh_summary_options o = {0};
    if (f)
        o.filter = *f;
    return uh_summary_query(st, &o, err);
}

void uh_summary_flag_texts(uh_summary *s, const struct uh_library *lib)
{
    for (size_t i = 0; s && lib && i < s->nflags; i++) {
        uh_summary_flag *f = &s->flags[i];
        const uh_scenario *sc = uh_library_find(lib, f->scenario);
        for (size_t k = 0; sc && !f->text && k < sc->nscenes; k++)
            for (size_t m = 0; !f->text && m < sc->scenes[k].nflags; m++)
                if (sc->scenes[k].flags[m].id && sc->scenes[k].flags[m].text &&
                    strcmp(sc->scenes[k].flags[m].id, f->id) == 0)
                    f->text = uh_xstrdup(sc->scenes[k].flags[m].text);
    }
}

const char *uh_summary_flag_label(const uh_summary_flag *f)
{
    return f->text ? f->text : f->id;
}

/* =====================================================================
 * A trainee's history
 * =================================================================== */

int uh_trainee_history(uh_store *st, const uh_filter *f, uh_history_entry **out, size_t *n,
                       uh_error *err)
{
    *out = NULL;
    *n = 0;
    sql_ctx c = {.st = st, .db = uh_store_sqlite(st), .version = uh_store_schema_version(st),
                 .hide = uh_store_hidden_before(st)};
    c.attempts = c.version >= UH_STORE_REPORT_VERSION ? "attempts" : OLD_ATTEMPTS;
    uh_filter none = {0};
    if (ctx_where(&c, f ? f : &none, err))
        return -1;
    char *sql = uh_xasprintf("SELECT a.started_at, a.scenario, a.title, a.cohort, a.report_to, "
                             "a.ending, a.completed, a.reported, a.passed, a.score, "
                             "coalesce(a.hook_at_report, -1) FROM %s a WHERE 1%s "
                             "ORDER BY a.started_ms, a.id", c.attempts, c.where);
    sqlite3_stmt *q;
    int rc = prep(&c, sql, &q, err), step;
    free(sql);
    if (rc)
        return -1;
    uh_history_entry *v = NULL;
    size_t count = 0, cap = 0;
    while ((step = sqlite3_step(q)) == SQLITE_ROW) {
        if (count == cap)
            v = uh_xrealloc(v, (cap = cap ? 2 * cap : 16) * sizeof *v);
        uh_history_entry *h = &v[count++];
        memset(h, 0, sizeof *h);
        h->started_at = col_dup(q, 0);
        h->scenario = col_dup(q, 1);
        h->title = col_dup(q, 2);
        h->cohort = col_dup(q, 3);
        h->report_to = col_dup(q, 4);
        h->ending = sqlite3_column_type(q, 5) == SQLITE_NULL ? NULL : col_dup(q, 5);
        h->completed = sqlite3_column_int(q, 6) != 0;
        h->reported = sqlite3_column_int(q, 7) != 0;
        h->passed = sqlite3_column_int(q, 8) != 0;
        h->score = sqlite3_column_int(q, 9);
        h->hook_at_report = sqlite3_column_int(q, 10);
        uh_record r = {.completed = h->completed, .reported = h->reported, .ending = h->ending};
        h->outcome = uh_record_outcome(&r);
    }
    if (step_fail(&c, q, step, err)) {
        uh_history_free(v, count);
        return -1;
    }
    *out = v;
    *n = count;
    return 0;
}

void uh_history_free(uh_history_entry *h, size_t n)
{
    if (!h)
        return;
    for (size_t i = 0; i < n; i++) {
        free(h[i].started_at);
        free(h[i].scenario);
        free(h[i].title);
        free(h[i].cohort);
        free(h[i].report_to);
        free(h[i].ending);
    }
    free(h);
}

static void group_free(uh_summary_group *g)
{
    free(g->key);
    free(g->label);
}

static void groups_free(uh_summary_group *g, size_t n)
{
    for (size_t i = 0; i < n; i++)
        group_free(&g[i]);
    free(g);
}

void uh_summary_free(uh_summary *s)
{
    if (!s)
        return;
    group_free(&s->all);
    group_free(&s->previous);
    groups_free(s->scenarios, s->nscenarios);
    groups_free(s->cohorts, s->ncohorts);
    groups_free(s->days, s->ndays);
    groups_free(s->departments, s->ndepartments);
    for (size_t i = 0; i < s->nflags; i++) {
        free(s->flags[i].id);
        free(s->flags[i].scenario);
        free(s->flags[i].text);
    }
    free(s->flags);
    for (size_t i = 0; i < s->nrecipients; i++)
        free(s->recipients[i].id);
    free(s->recipients);
    for (size_t i = 0; i < s->ncoverage; i++)
        free(s->coverage[i].department);
    free(s->coverage);
    for (size_t i = 0; i < s->nuntrained; i++) {
        free(s->untrained[i].employee_id);
        free(s->untrained[i].name);
        free(s->untrained[i].department);
        free(s->untrained[i].manager);
    }
    free(s->untrained);
    free(s->since);
    free(s->before);
    free(s->cohort);
    free(s->first);
    free(s->last);
    free(s->previous_since);
    free(s->previous_before);
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
    cJSON_AddNumberToObject(o, "reported_to_security", g->reported_security);
    cJSON_AddNumberToObject(o, "missed", g->missed);
    cJSON_AddNumberToObject(o, "hooked", g->hooked);
    cJSON_AddNumberToObject(o, "passed", g->passed);
    add_rate(o, "completion_rate", g->completed, g->attempts);
    add_rate(o, "security_report_rate", g->reported_security, g->completed);
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
    cJSON_AddItemToObject(f, "before", str_or_null(s->before));
    cJSON_AddItemToObject(f, "cohort", str_or_null(s->cohort));
    cJSON_AddItemToObject(o, "first", str_or_null(s->first));
    cJSON_AddItemToObject(o, "last", str_or_null(s->last));
    cJSON_AddItemToObject(o, "all", group_json(&s->all));
    cJSON_AddItemToObject(o, "scenarios", groups_json(s->scenarios, s->nscenarios));
    cJSON_AddItemToObject(o, "cohorts", groups_json(s->cohorts, s->ncohorts));
    cJSON_AddItemToObject(o, "days", groups_json(s->days, s->ndays));
    cJSON *rc = cJSON_AddArrayToObject(o, "recipients");
    for (size_t i = 0; i < s->nrecipients; i++) {
        cJSON *e = cJSON_CreateObject();
        cJSON_AddStringToObject(e, "to", s->recipients[i].id);
        cJSON_AddNumberToObject(e, "reports", s->recipients[i].reports);
        cJSON_AddBoolToObject(e, "security", s->recipients[i].security);
        cJSON_AddItemToArray(rc, e);
    }
    if (s->has_previous) {
        cJSON *p = group_json(&s->previous);
        cJSON_AddStringToObject(p, "since", s->previous_since);
        cJSON_AddStringToObject(p, "before", s->previous_before);
        cJSON_AddItemToObject(o, "previous", p);
    } else {
        cJSON_AddNullToObject(o, "previous");
    }
    cJSON_AddItemToObject(o, "departments", groups_json(s->departments, s->ndepartments));
    cJSON *d = cJSON_AddObjectToObject(o, "directory");
    cJSON_AddNumberToObject(d, "people", s->directory_size);
    cJSON_AddNumberToObject(d, "not_trained", s->not_trained);
    cJSON *cov = cJSON_AddArrayToObject(d, "coverage");
    for (size_t i = 0; i < s->ncoverage; i++) {
        cJSON *e = cJSON_CreateObject();
        cJSON_AddStringToObject(e, "department", s->coverage[i].department);
        cJSON_AddNumberToObject(e, "people", s->coverage[i].people);
        cJSON_AddNumberToObject(e, "trained", s->coverage[i].trained);
        cJSON_AddItemToArray(cov, e);
    }
    cJSON_AddNumberToObject(d, "untrained_offset", (double)s->untrained_offset);
    cJSON *un = cJSON_AddArrayToObject(d, "untrained");
    for (size_t i = 0; i < s->nuntrained; i++) {
        const uh_summary_person *pp = &s->untrained[i];
        cJSON *e = cJSON_CreateObject();
        cJSON_AddStringToObject(e, "employee_id", pp->employee_id);
        cJSON_AddStringToObject(e, "name", pp->name);
        cJSON_AddStringToObject(e, "department", pp->department);
        cJSON_AddStringToObject(e, "manager", pp->manager);
        cJSON_AddItemToArray(un, e);
    }
    cJSON *fl = cJSON_AddArrayToObject(o, "missed_flags");
    for (size_t i = 0; i < s->nflags; i++) {
        cJSON *e = cJSON_CreateObject();
        cJSON_AddStringToObject(e, "id", s->flags[i].id);
        cJSON_AddItemToObject(e, "text", str_or_null(s->flags[i].text));
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
        /* "%.0f" rounds as the English report always has (a half to even);
         * the language only adds its sign: "75%" / "75 %" (no-break). */
        snprintf(out, 16, "%.0f%s", 100.0 * uh_rate(part, whole),
                 strcmp(uh_i18n_language()->code, "en") ? "\u00a0%" : "%");
    else
        snprintf(out, 16, "-");
}

/* The day of an ISO 8601 time for people: "2026-11-30" as it is in
 * English (the report's figures are read beside the store's dates),
 * "30.11.2026" in German. */
static const char *person_day(const char *iso, char out[32])
{
    if (strcmp(uh_i18n_language()->code, "en") == 0) {
        snprintf(out, 32, "%.10s", iso);
        return out;
    }
    char day[11];
    snprintf(day, sizeof day, "%.10s", iso);
    return uh_i18n_date(day, false, out, 32);
}

/* Characters (not bytes) in a UTF-8 text. */
static int u8_len(const char *t)
{
    int n = 0;
    for (; *t; t++)
        n += ((unsigned char)*t & 0xc0) != 0x80;
    return n;
}

/* The first w characters (not bytes) of t into out (n bytes, terminated). */
static void u8_cut(char *out, size_t n, const char *t, int w)
{
    size_t k = 0;
    for (int c = 0; t[k] && k + 1 < n; k++) {
        if (((unsigned char)t[k] & 0xc0) != 0x80 && c++ == w)
            break;
    }
    /* Back to the start of a character when the buffer ran out mid-way. */
    while (k > 0 && t[k] && ((unsigned char)t[k] & 0xc0) == 0x80)
        k--;
    memcpy(out, t, k);
    out[k] = 0;
}

/* Writes t in a column w characters wide (right-aligned unless left), UTF-8
 * aware; a longer text is written whole. */
static void put_col(FILE *out, const char *t, int w, bool left)
{
    int pad = w - u8_len(t);
    if (!left)
        for (int i = 0; i < pad; i++)
            fputc(' ', out);
    fputs(t, out);
    if (left)
        for (int i = 0; i < pad; i++)
            fputc(' ', out);
}

/* The figure columns of the tables: their headings, and widths that grow
 * to fit a longer heading (English fits the usual widths). */
enum { NCOLS = 9 };

static void columns(const char *head[NCOLS], int width[NCOLS])
{
    static const int base[NCOLS] = {8, 9, 8, 8, 7, 7, 7, 7, 6};
    const char *h[NCOLS] = {_("attempts"), _("complete"), _("security"), _("reported"),
                            _("missed"), _("hooked"), _("median"), _("passed"), _("score")};
    for (int i = 0; i < NCOLS; i++) {
        head[i] = h[i];
        int n = u8_len(h[i]);
        width[i] = n > base[i] ? n : base[i];
    }
}

static void print_header(FILE *out, const char *first)
{
    const char *head[NCOLS];
    int width[NCOLS];
    columns(head, width);
    fputs("  ", out);
    put_col(out, first, 28, true);
    for (int i = 0; i < NCOLS; i++) {
        fputc(' ', out);
        put_col(out, head[i], width[i], false);
    }
    fputc('\n', out);
}

static void print_group(FILE *out, const char *name, const uh_summary_group *g)
{
    char c[16], sec[16], r[16], m[16], h[16], p[16], med[16], sc[16];
    pct(c, g->completed, g->attempts);
    pct(sec, g->reported_security, g->completed);
    pct(r, g->reported, g->completed);
    pct(m, g->missed, g->completed);
    pct(h, g->hooked, g->completed);
    pct(p, g->passed, g->completed);
    if (g->median_hook >= 0)
        uh_i18n_decimal(g->median_hook, 1, med, sizeof med);
    else
        snprintf(med, sizeof med, "-");
    if (g->mean_score >= 0)
        snprintf(sc, sizeof sc, "%.0f", g->mean_score);
    else
        snprintf(sc, sizeof sc, "-");
    const char *head[NCOLS];
    int width[NCOLS];
    columns(head, width);
    char n[16];
    snprintf(n, sizeof n, "%d", g->attempts);
    const char *cell[NCOLS] = {n, c, sec, r, m, h, med, p, sc};
    fputs("  ", out);
    if (u8_len(name) <= 28)
        put_col(out, name, 28, true);
    else
        fprintf(out, "%-28.28s", name);
    for (int i = 0; i < NCOLS; i++) {
        fputc(' ', out);
        put_col(out, cell[i], width[i], false);
    }
    fputc('\n', out);
}

/* A signed change in percentage points between two rates, "+6" or "-3". */
static void points(char out[24], int a, int aw, int b, int bw)
{
    if (aw <= 0 || bw <= 0) {
        snprintf(out, 24, "%s", _("no comparison"));
        return;
    }
    double d = 100.0 * (uh_rate(a, aw) - uh_rate(b, bw));
    int whole = (int)lround(d);
    snprintf(out, 24, ngettext("%+.0f point", "%+.0f points", (unsigned long)abs(whole)), d);
}

/* The security report rate first, the other recipients beside it, and
 * the change since the previous period. */
static void print_headline(const uh_summary *s, const uh_recipient_labels *l, FILE *out)
{
    const uh_summary_group *a = &s->all;
    char sec[16], any[16];
    pct(sec, a->reported_security, a->completed);
    pct(any, a->reported, a->completed);
    fprintf(out, ngettext("Reported to security: %s of finished attempts (%d report)\n",
                          "Reported to security: %s of finished attempts (%d reports)\n",
                          (unsigned long)a->reported_security), sec, a->reported_security);
    fprintf(out, _("Reported to anyone:   %s (%d"), any, a->reported);
    for (size_t i = 0; i < s->nrecipients; i++) {
        fputs(i ? ", " : ": ", out);
        /* TRANSLATORS: reports filed to one recipient, "3 to security". */
        fprintf(out, _("%d to %s"), s->recipients[i].reports,
                uh_recipient_word(s->recipients[i].id, l));
    }
    fprintf(out, ")\n");
    if (s->has_previous) {
        const uh_summary_group *p = &s->previous;
        char d1[24], d2[24], d3[24];
        points(d1, a->reported_security, a->completed, p->reported_security, p->completed);
        points(d2, a->reported, a->completed, p->reported, p->completed);
        points(d3, a->passed, a->completed, p->passed, p->completed);
        char t1[32], t2[32];
        fprintf(out, ngettext("Since the previous period (%s to %s, %d attempt): reported to "
                              "security %s, reported %s, passed %s\n",
                              "Since the previous period (%s to %s, %d attempts): reported to "
                              "security %s, reported %s, passed %s\n", (unsigned long)p->attempts),
                person_day(s->previous_since, t1), person_day(s->previous_before, t2), p->attempts,
                d1, d2, d3);
    }
    fprintf(out, "\n");
}

/* Who in the directory has trained, per department, and how many have not. */
static void print_directory(const uh_summary *s, FILE *out)
{
    if (!s->directory_size)
        return;
    fputc('\n', out);
    fprintf(out, ngettext("Trainee directory: %d person", "Trainee directory: %d people",
                          (unsigned long)s->directory_size), s->directory_size);
    if (s->since || s->before)
        fprintf(out, ngettext(", %d not trained yet in this period\n",
                              ", %d not trained yet in this period\n",
                              (unsigned long)s->not_trained), s->not_trained);
    else
        fprintf(out, ngettext(", %d not trained yet\n", ", %d not trained yet\n",
                              (unsigned long)s->not_trained), s->not_trained);
    fprintf(out, "  %-28s %8s %8s %12s\n", _("department"), _("people"), _("trained"),
            _("not trained"));
    for (size_t i = 0; i < s->ncoverage; i++) {
        const uh_summary_coverage *c = &s->coverage[i];
        fprintf(out, "  %-28.28s %8d %8d %12d\n", *c->department ? c->department : _("(none)"),
                c->people, c->trained, c->people - c->trained);
    }
    if (s->not_trained)
        fputs(_("  (the names: unhooked report --not-trained)\n"), out);
}

void uh_summary_print_untrained(const uh_summary *s, FILE *out)
{
    for (size_t i = 0; i < s->nuntrained; i++)
        fprintf(out, "%s\t%s\t%s\t%s\n", s->untrained[i].employee_id, s->untrained[i].name,
                s->untrained[i].department, s->untrained[i].manager);
}

void uh_history_print(const char *trainee, const uh_history_entry *h, size_t n,
                      const uh_recipient_labels *labels, FILE *out)
{
    fprintf(out, ngettext("History of %s: %zu attempt\n\n", "History of %s: %zu attempts\n\n",
                          (unsigned long)n), trainee, n);
    if (!n)
        return;
    bool en = strcmp(uh_i18n_language()->code, "en") == 0;
    /* The columns grow to fit their heading and the language's words (the
     * recipient column to a point: an organisation's own labels may be long). */
    enum { WHEN, SCENARIO, COHORT, OUTCOME, TO, SCORE, PASSED, NH };
    const char *head[NH] = {_("started (UTC)"), _("scenario"), _("cohort"), _("outcome"),
                            _("reported to"), _("score"), _("passed")};
    int width[NH] = {20, 24, 12, 10, 12, 5, 6};
    for (int k = 0; k < NH; k++)
        if (k != SCENARIO && k != COHORT && u8_len(head[k]) > width[k])
            width[k] = u8_len(head[k]);
    for (size_t i = 0; i < n; i++) {
        int w = u8_len(uh_outcome_word(h[i].outcome));
        width[OUTCOME] = w > width[OUTCOME] ? w : width[OUTCOME];
        if (h[i].reported) {
            w = u8_len(uh_recipient_word(h[i].report_to, labels));
            width[TO] = w > width[TO] ? (w < 24 ? w : 24) : width[TO];
        }
    }
    fputs(" ", out);
    for (int k = 0; k < NH; k++) {
        fputc(' ', out);
        put_col(out, head[k], width[k], k < SCORE);
    }
    fputc('\n', out);
    for (size_t i = 0; i < n; i++) {
        char when[40], score[16], cut[3][100];
        if (en)
            snprintf(when, sizeof when, "%.20s", h[i].started_at);
        else
            uh_i18n_date(h[i].started_at, true, when, sizeof when);
        snprintf(score, sizeof score, "%d", h[i].score);
        u8_cut(cut[0], sizeof cut[0], h[i].scenario, width[SCENARIO]);
        u8_cut(cut[1], sizeof cut[1], *h[i].cohort ? h[i].cohort : "-", width[COHORT]);
        u8_cut(cut[2], sizeof cut[2], h[i].reported ? uh_recipient_word(h[i].report_to, labels) : "-",
               width[TO]);
        const char *cell[NH] = {when, cut[0], cut[1], uh_outcome_word(h[i].outcome), cut[2], score,
                                !h[i].completed ? "-" : h[i].passed ? _("yes") : _("no")};
        fputs(" ", out);
        for (int k = 0; k < NH; k++) {
            fputc(' ', out);
            put_col(out, cell[k], width[k], k < SCORE);
        }
        fputc('\n', out);
    }
}

void uh_summary_print(const uh_summary *s, FILE *out)
{
    uh_summary_print_labelled(s, NULL, out);
}

void uh_summary_print_labelled(const uh_summary *s, const uh_recipient_labels *labels, FILE *out)
{
    char t1[32], t2[32];
    fprintf(out, ngettext("Unhooked results: %d attempt", "Unhooked results: %d attempts",
                          (unsigned long)s->all.attempts), s->all.attempts);
    if (s->first)
        fprintf(out, _(", %s to %s"), person_day(s->first, t1), person_day(s->last, t2));
    if (s->cohort)
        fprintf(out, _(", cohort %s"), s->cohort);
    if (s->since)
        fprintf(out, _(", since %s"), s->since);
    if (s->before)
        fprintf(out, _(", before %s"), s->before);
    fprintf(out, "\n\n");
    if (!s->all.attempts) {
        fputs(s->cohort || s->since || s->before ? _("No attempts recorded for this filter.\n")
                                                 : _("No attempts recorded.\n"), out);
        print_directory(s, out);
        return;
    }
    print_headline(s, labels, out);
    print_header(out, "");
    print_group(out, _("All attempts"), &s->all);
    fputs(_("\nBy scenario\n"), out);
    print_header(out, _("scenario"));
    for (size_t i = 0; i < s->nscenarios; i++)
        print_group(out, s->scenarios[i].key, &s->scenarios[i]);
    fputs(_("\nBy cohort\n"), out);
    print_header(out, _("cohort"));
    for (size_t i = 0; i < s->ncohorts; i++)
        print_group(out, *s->cohorts[i].key ? s->cohorts[i].key : _("(none)"), &s->cohorts[i]);
    if (s->ndepartments) {
        fputs(_("\nBy department (trainee directory)\n"), out);
        print_header(out, _("department"));
        for (size_t i = 0; i < s->ndepartments; i++)
            print_group(out, s->departments[i].label, &s->departments[i]);
    }

    fputs(_("\nHook depth at report (reports filed at each depth)\n"), out);
    fputc(' ', out);
    for (int i = 0; i < UH_SUMMARY_HOOK_BINS; i++)
        fprintf(out, " %s%d: %d", i == UH_SUMMARY_HOOK_BINS - 1 ? ">=" : "", i, s->all.hook_hist[i]);
    fprintf(out, "\n");

    fputs(_("\nRed flags most often missed\n"), out);
    if (!s->nflags)
        fputs(_("  none: every red flag shown was marked\n"), out);
    else
        fprintf(out, "  %-28s %-24s %7s %6s\n", _("flag"), _("scenario"), _("missed"),
                _("shown"));
    for (size_t i = 0; i < s->nflags && i < 10; i++) {
        char p[16];
        pct(p, s->flags[i].missed, s->flags[i].shown);
        fprintf(out, "  %-28.28s %-24.24s %7d %6d  (%s)\n", s->flags[i].id, s->flags[i].scenario,
                s->flags[i].missed, s->flags[i].shown, p);
        if (s->flags[i].text)
            fprintf(out, "      \"%s\"\n", s->flags[i].text);
    }
    print_directory(s, out);
    fputs(_("\nRates: complete = share of all attempts; security, reported, missed, hooked and\n"
                 "passed = shares of completed attempts. security = reported to security; reported\n"
                 "= reported to anyone. missed = safe ending but no report; hooked = no report and\n"
                 "an ending that is neither a report nor a walk-away. median = median hook depth\n"
                 "when the report was filed. score = mean score of completed attempts.\n"), out);
}
