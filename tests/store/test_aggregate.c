/* SPDX-License-Identifier: Apache-2.0 */
/* test_aggregate.c — the summary counted in SQL gives the same numbers as
 * a plain recount of every attempt's saved result JSON: on a generated
 * store, on a store migrated from version 4 (the backfill of the
 * recipient and the flags), and on a version 4 store read without
 * migrating. Reports to security are counted apart from the others; red
 * flags are shown by their text. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <sqlite3.h>

#include "core/scenario.h"
#include "dataset.h"
#include "golden.h"
#include "report/html.h"
#include "report/summary.h"
#include "store/directory.h"
#include "store/store_sql.h"
#include "testing.h"
#include "tmpdir.h"

/* ---------------------------------------------------------------------
 * The recount: every record, its JSON read the obvious way
 * ------------------------------------------------------------------- */

typedef struct rgroup {
    char key[80];
    int attempts, completed, reported, security, hooked, missed, passed;
    long score_sum;
    int *hooks;
    size_t nhooks;
} rgroup;

typedef struct rlist {
    rgroup *v;
    size_t n;
} rlist;

static rgroup *rfind(rlist *l, const char *key)
{
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->v[i].key, key) == 0)
            return &l->v[i];
    l->v = realloc(l->v, (l->n + 1) * sizeof *l->v);
    rgroup *g = &l->v[l->n++];
    memset(g, 0, sizeof *g);
    snprintf(g->key, sizeof g->key, "%s", key);
    return g;
}

static const char *report_to(const uh_record *r)
{
    const cJSON *rep = cJSON_GetObjectItemCaseSensitive(r->result, "report");
    const cJSON *to = cJSON_GetObjectItemCaseSensitive(rep, "to");
    return cJSON_IsString(to) ? to->valuestring : "";
}

static void rcount(rgroup *g, const uh_record *r)
{
    g->attempts++;
    uh_outcome o = uh_record_outcome(r);
    g->reported += o == UH_OUTCOME_REPORTED;
    g->hooked += o == UH_OUTCOME_HOOKED;
    g->missed += o == UH_OUTCOME_MISSED;
    if (r->reported && strcmp(report_to(r), "security") == 0)
        g->security++;
    if (r->completed) {
        g->completed++;
        g->score_sum += r->score;
        g->passed += r->passed;
    }
    if (r->reported && r->hook_at_report >= 0) {
        g->hooks = realloc(g->hooks, (g->nhooks + 1) * sizeof *g->hooks);
        g->hooks[g->nhooks++] = r->hook_at_report;
    }
}

static int cmp_int(const void *a, const void *b)
{
    return *(const int *)a - *(const int *)b;
}

static int cmp_rgroup(const void *a, const void *b)
{
    return strcmp(((const rgroup *)a)->key, ((const rgroup *)b)->key);
}

/* Checks one SQL group against its recount. */
static void same_group(const uh_summary_group *g, rgroup *r, const char *what)
{
    CHECK_MSG(g->attempts == r->attempts && g->completed == r->completed &&
                  g->reported == r->reported && g->reported_security == r->security &&
                  g->hooked == r->hooked && g->missed == r->missed && g->passed == r->passed,
              "%s %s: attempts %d/%d completed %d/%d reported %d/%d security %d/%d hooked %d/%d "
              "missed %d/%d passed %d/%d", what, r->key, g->attempts, r->attempts, g->completed,
              r->completed, g->reported, r->reported, g->reported_security, r->security, g->hooked,
              r->hooked, g->missed, r->missed, g->passed, r->passed);
    double mean = r->completed ? (double)r->score_sum / r->completed : -1;
    CHECK_MSG(fabs(g->mean_score - mean) < 1e-9, "%s %s: mean score %g != %g", what, r->key,
              g->mean_score, mean);
    int hist[UH_SUMMARY_HOOK_BINS] = {0};
    for (size_t i = 0; i < r->nhooks; i++)
        hist[r->hooks[i] < UH_SUMMARY_HOOK_BINS ? r->hooks[i] : UH_SUMMARY_HOOK_BINS - 1]++;
    CHECK_MSG(memcmp(hist, g->hook_hist, sizeof hist) == 0, "%s %s: hook histogram", what, r->key);
    double median = -1;
    if (r->nhooks) {
        qsort(r->hooks, r->nhooks, sizeof *r->hooks, cmp_int);
        size_t m = r->nhooks / 2;
        median = r->nhooks % 2 ? r->hooks[m] : (r->hooks[m - 1] + r->hooks[m]) / 2.0;
    }
    CHECK_MSG(fabs(g->median_hook - median) < 1e-9, "%s %s: median %g != %g", what, r->key,
              g->median_hook, median);
}

static void same_groups(const uh_summary_group *g, size_t n, rlist *l, const char *what)
{
    qsort(l->v, l->n, sizeof *l->v, cmp_rgroup);
    CHECK_MSG(n == l->n, "%s: %zu groups, the recount has %zu", what, n, l->n);
    for (size_t i = 0; i < n && i < l->n; i++) {
        CHECK_STR(g[i].key, l->v[i].key);
        same_group(&g[i], &l->v[i], what);
    }
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i].hooks);
    free(l->v);
    l->v = NULL;
    l->n = 0;
}

/* The summary of st with filter f, against a recount of the same records. */
static void summary_matches_recount(uh_store *st, const uh_filter *f)
{
    uh_error err;
    uh_summary *s = uh_summary_from_store(st, f, &err);
    CHECK_MSG(s != NULL, "%s", err.msg);
    uh_record *recs;
    size_t n;
    CHECK(uh_store_query(st, f, &recs, &n, &err) == 0);
    if (!s)
        return;
    rgroup all = {.key = "all"};
    rlist scen = {0}, coh = {0}, days = {0}, flags = {0}, to = {0};
    for (size_t i = 0; i < n; i++) {
        const uh_record *r = &recs[i];
        rcount(&all, r);
        rcount(rfind(&scen, r->scenario), r);
        rcount(rfind(&coh, r->cohort ? r->cohort : ""), r);
        char day[11];
        snprintf(day, sizeof day, "%.10s", r->started_at);
        rcount(rfind(&days, day), r);
        if (r->reported)
            rfind(&to, report_to(r))->attempts++;
        const cJSON *fl = cJSON_GetObjectItemCaseSensitive(r->result, "flags");
        const char *lists[2] = {"missed_ids", "spotted_ids"};
        for (int k = 0; k < 2; k++) {
            const cJSON *it;
            cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(fl, lists[k])) {
                char key[80];
                snprintf(key, sizeof key, "%s/%s", r->scenario, it->valuestring);
                rgroup *g = rfind(&flags, key);
                g->attempts++;      /* shown */
                g->missed += k == 0;
            }
        }
    }
    CHECK(s->all.attempts == (int)n);
    same_group(&s->all, &all, "all");
    free(all.hooks);
    same_groups(s->scenarios, s->nscenarios, &scen, "scenario");
    same_groups(s->cohorts, s->ncohorts, &coh, "cohort");
    same_groups(s->days, s->ndays, &days, "day");
    /* Flags missed at least once, with their counts. */
    size_t listed = 0;
    for (size_t i = 0; i < flags.n; i++) {
        if (!flags.v[i].missed)
            continue;
        listed++;
        bool found = false;
        for (size_t k = 0; k < s->nflags; k++) {
            char key[80];
            snprintf(key, sizeof key, "%s/%s", s->flags[k].scenario, s->flags[k].id);
            if (strcmp(key, flags.v[i].key) == 0) {
                found = true;
                CHECK_MSG(s->flags[k].missed == flags.v[i].missed &&
                              s->flags[k].shown == flags.v[i].attempts,
                          "flag %s: %d/%d missed, %d/%d shown", key, s->flags[k].missed,
                          flags.v[i].missed, s->flags[k].shown, flags.v[i].attempts);
            }
        }
        CHECK_MSG(found, "flag %s is missing", flags.v[i].key);
    }
    CHECK(listed == s->nflags);
    free(flags.v);
    CHECK(to.n == s->nrecipients);
    for (size_t i = 0; i < to.n; i++)
        for (size_t k = 0; k < s->nrecipients; k++)
            if (strcmp(s->recipients[k].id, to.v[i].key) == 0)
                CHECK_MSG(s->recipients[k].reports == to.v[i].attempts, "to %s", to.v[i].key);
    free(to.v);
    uh_records_free(recs, n);
    uh_summary_free(s);
}

/* ---------------------------------------------------------------------
 * Tests
 * ------------------------------------------------------------------- */

static void print_summary(FILE *f, void *s)
{
    uh_summary_print(s, f);
}


TEST(generated_store_recount)
{
    char cmd[1200], people[600];
    const char *db = uh_tmp("gen.db");
    snprintf(people, sizeof people, "%s", uh_tmp("people.csv"));
    snprintf(cmd, sizeof cmd, "'%s' '%s' --attempts 3000 --people 150 --seed 7 --batch 700 "
             "--directory '%s'", UH_GEN_STORE, db, people);
    CHECK(system(cmd) == 0);
    uh_error err;
    uh_store *st = uh_store_open(db, &err);
    CHECK(st != NULL);
    CHECK(uh_directory_import(st, people, false, NULL, NULL, &err) == 0);
    summary_matches_recount(st, NULL);
    uh_filter f = {.since = "2025-06-01", .before = "2026-01-15"};
    summary_matches_recount(st, &f);
    f = (uh_filter){.scenario = "paid-paper", .since = "2024-03-01"};
    summary_matches_recount(st, &f);
    uh_summary *s = uh_summary_from_store(st, NULL, &err);
    CHECK(s->ncohorts > 1 && s->cohorts[0].key[0] == '\0');  /* some without a cohort */
    f = (uh_filter){.cohort = s->cohorts[1].key};
    summary_matches_recount(st, &f);
    f = (uh_filter){.trainee = "E000042"};
    summary_matches_recount(st, &f);
    uh_summary_free(s);
    /* The tallies and a count of the attempts themselves agree. */
    uh_summary_options raw = {.raw = true};
    s = uh_summary_query(st, &raw, &err);
    char *a = uh_capture(print_summary, s);
    uh_summary_free(s);
    s = uh_summary_from_store(st, NULL, &err);
    char *b = uh_capture(print_summary, s);
    CHECK(strcmp(a, b) == 0);
    CHECK(s->directory_size == 165 && s->not_trained >= 15);  /* a tenth never trained */
    free(a);
    free(b);
    uh_summary_free(s);
    /* A purge takes its attempts out of the tallies. */
    int deleted = 0;
    CHECK(uh_store_purge(st, "2025-01-01", &deleted, &err) == 0 && deleted > 500);
    summary_matches_recount(st, NULL);
    s = uh_summary_query(st, &raw, &err);
    a = uh_capture(print_summary, s);
    uh_summary_free(s);
    s = uh_summary_from_store(st, NULL, &err);
    b = uh_capture(print_summary, s);
    CHECK(strcmp(a, b) == 0);  /* the directory's figures too */
    free(a);
    free(b);
    uh_summary_free(s);
    uh_store_close(st);
    /* Read-only, as `unhooked report` reads it: the same. */
    uh_store_options ro = {.read_only = true};
    st = uh_store_open_with(db, &ro, &err);
    CHECK(st != NULL);
    summary_matches_recount(st, NULL);
    uh_store_close(st);
}

static int count_rows(const char *path, const char *sql)
{
    sqlite3 *db;
    sqlite3_stmt *s;
    int n = -1;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK) {
        if (sqlite3_step(s) == SQLITE_ROW)
            n = sqlite3_column_int(s, 0);
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return n;
}

/* A store of version 4 (before the recipient and flags were columns):
 * read as it is, and migrated, the figures are those of its JSON. */
TEST(version_4_store_backfilled)
{
    const char *db = uh_tmp("v4.db");
    uh_error err;
    uh_store *st = uh_store_open_at(db, 4, &err);
    CHECK(st && uh_test_dataset(st, &err) == 0);
    uh_store_close(st);
    CHECK(count_rows(db, "PRAGMA user_version") == 4);
    uh_store_options ro = {.read_only = true};
    st = uh_store_open_with(db, &ro, &err);
    CHECK(st != NULL);
    summary_matches_recount(st, NULL);
    uh_filter f = {.cohort = "ENG-2026-11", .since = "2026-11-05"};
    summary_matches_recount(st, &f);
    uh_store_close(st);
    CHECK(count_rows(db, "PRAGMA user_version") == 4);  /* reading migrated nothing */

    st = uh_store_open(db, &err);
    CHECK(st != NULL);
    CHECK(count_rows(db, "PRAGMA user_version") == UH_STORE_SCHEMA_VERSION);
    CHECK(count_rows(db, "SELECT count(*) FROM attempt_flags") == 3 * UH_TEST_DATASET_SIZE);
    CHECK(count_rows(db, "SELECT count(*) FROM attempts WHERE reported AND report_to IS NULL") == 0);
    summary_matches_recount(st, NULL);
    summary_matches_recount(st, &f);
    uh_store_close(st);
}

static void save(uh_store *st, const char *scenario, const char *ending, const char *to,
                 const char *when)
{
    uh_error err;
    uh_result *r = uh_test_result(scenario, ending, to != NULL, 1, 2, 3);
    if (to) {
        free(r->report_to);
        r->report_to = *to ? uh_xstrdup(to) : NULL;
    }
    uh_attempt a = {.trainee = "t", .mode = "kiosk", .started_at = when, .ended_at = when,
                    .result = r};
    CHECK(uh_store_save(st, &a, NULL, &err) == 0);
    uh_result_free(r);
}

static void write_page(FILE *f, void *s)
{
    uh_html_options o = {.generated = "2026-11-30"};
    uh_report_html(f, s, &o);
}

/* 31 reports: 11 to security, 12 to a manager, 8 to the helpdesk: the
 * headline is 11, not 31. */
TEST(headline_counts_security_apart)
{
    uh_error err;
    uh_store *st = uh_store_open(uh_tmp("headline.db"), &err);
    for (int i = 0; i < 31; i++)
        save(st, "paid-paper", "reported", i < 11 ? "security" : i < 23 ? "manager" : "helpdesk",
             "2026-11-10T09:00:00Z");
    for (int i = 0; i < 9; i++)
        save(st, "paid-paper", "walked_away", NULL, "2026-11-10T10:00:00Z");
    uh_summary *s = uh_summary_from_store(st, NULL, &err);
    CHECK(s->all.reported == 31 && s->all.reported_security == 11 && s->all.completed == 40);
    CHECK(s->nrecipients == 3);
    CHECK_STR(s->recipients[0].id, "security");
    CHECK(s->recipients[0].security && s->recipients[0].reports == 11);
    CHECK_STR(s->recipients[1].id, "manager");
    CHECK(!s->recipients[1].security && s->recipients[1].reports == 12);
    CHECK(s->recipients[2].reports == 8);
    char *text = uh_capture(print_summary, s);
    CHECK_HAS(text, "Reported to security: 28% of finished attempts (11 reports)");
    CHECK_HAS(text, "Reported to anyone:   78% (31: 11 to security, 12 to manager, 8 to helpdesk)");
    CHECK(strstr(text, "Reported to security") < strstr(text, "Reported to anyone"));
    free(text);
    char *page = uh_capture(write_page, s);
    CHECK_HAS(page, "<div class=\"kpi main good\"><div class=\"v\">28%</div>");
    CHECK(strstr(page, "reported the approach to security") < strstr(page, "reported to anyone"));
    free(page);
    uh_summary_free(s);
    /* The configuration decides who is security. */
    const char *const sec[] = {"security", "manager"};
    uh_summary_options o = {.security = sec, .nsecurity = 2};
    s = uh_summary_query(st, &o, &err);
    CHECK(s->all.reported_security == 23 && s->scenarios[0].reported_security == 23);
    uh_summary_free(s);
    uh_store_close(st);
}

/* The period before: same length, just before since. */
TEST(change_since_previous_period)
{
    uh_error err;
    uh_store *st = uh_store_open(uh_tmp("previous.db"), &err);
    save(st, "paid-paper", "reported", "security", "2026-10-25T09:00:00Z");
    save(st, "paid-paper", "walked_away", NULL, "2026-10-26T09:00:00Z");
    save(st, "paid-paper", "reported", "security", "2026-11-03T09:00:00Z");
    save(st, "paid-paper", "reported", "security", "2026-11-04T09:00:00Z");
    save(st, "paid-paper", "reported", "manager", "2026-11-05T09:00:00Z");
    save(st, "paid-paper", "walked_away", NULL, "2026-10-10T09:00:00Z");  /* before both */
    uh_summary_options o = {.filter = {.since = "2026-11-01", .before = "2026-11-11"},
                            .previous = true};
    uh_summary *s = uh_summary_query(st, &o, &err);
    CHECK(s->has_previous);
    CHECK_STR(s->previous_since, "2026-10-22T00:00:00Z");
    CHECK_STR(s->previous_before, "2026-11-01T00:00:00Z");
    CHECK(s->all.attempts == 3 && s->all.reported_security == 2);
    CHECK(s->previous.attempts == 2 && s->previous.reported_security == 1);
    char *text = uh_capture(print_summary, s);
    CHECK_HAS(text, "Since the previous period (2026-10-22 to 2026-11-01, 2 attempts): reported "
                    "to security +17 points");
    free(text);
    uh_summary_free(s);
    uh_store_close(st);
}

/* Red flags are shown by the text the trainee saw, from the scenario
 * file; a flag of a scenario that is not there keeps its id. */
TEST(flags_by_text)
{
    uh_error err;
    uh_store *st = uh_store_open(uh_tmp("flags.db"), &err);
    uh_result *r = uh_test_result("paid-paper", "hooked", false, 0, 3, 3);
    uh_strv_free(&r->missed_ids);
    uh_strv_free(&r->spotted_ids);
    uh_strv_push(&r->missed_ids, "unsolicited_fee");
    uh_strv_push(&r->missed_ids, "no_such_flag");
    uh_attempt a = {.trainee = "t", .mode = "kiosk", .started_at = "2026-11-10T09:00:00Z",
                    .ended_at = "2026-11-10T09:05:00Z", .result = r};
    CHECK(uh_store_save(st, &a, NULL, &err) == 0);
    uh_result_free(r);
    r = uh_test_result("honey-trap-trip", "hooked", false, 0, 3, 3);
    free(r->scenario);
    r->scenario = uh_xstrdup("retired-scenario");
    uh_strv_free(&r->missed_ids);
    uh_strv_push(&r->missed_ids, "big_fee");
    a.result = r;
    CHECK(uh_store_save(st, &a, NULL, &err) == 0);
    uh_result_free(r);
    uh_summary *s = uh_summary_from_store(st, NULL, &err);
    CHECK(s->nflags == 3);
    uh_config cfg;
    uh_config_defaults(&cfg);
    uh_library lib = {0};
    const char *path = UH_SCENARIOS_DIR "/paid-paper.lua";
    uh_library_load(&lib, &path, 1, &cfg);
    CHECK(lib.count == 1 && lib.items[0]->ok);
    uh_summary_flag_texts(s, &lib);
    int texts = 0;
    for (size_t i = 0; i < s->nflags; i++) {
        const uh_summary_flag *f = &s->flags[i];
        if (strcmp(f->id, "unsolicited_fee") == 0) {
            CHECK_STR(uh_summary_flag_label(f),
                      "A generous, unsolicited fee from a firm you have never dealt with");
            texts++;
        } else {
            CHECK(f->text == NULL);
            CHECK_STR(uh_summary_flag_label(f), f->id);  /* unknown: the id */
        }
    }
    CHECK(texts == 1);
    char *page = uh_capture(write_page, s);
    CHECK_HAS(page, "<tr><td>A generous, unsolicited fee from a firm you have never dealt with</td>");
    CHECK(strstr(page, ">unsolicited_fee<") == NULL);
    CHECK_HAS(page, "<tr><td>big_fee</td><td>The Trade Fair Trip</td>");  /* by id: its scenario is gone */
    free(page);
    cJSON *j = uh_summary_to_json(s);
    char *json = cJSON_PrintUnformatted(j);
    CHECK_HAS(json, "\"id\":\"unsolicited_fee\",\"text\":\"A generous, unsolicited fee");
    free(json);
    cJSON_Delete(j);
    uh_library_free(&lib);
    uh_config_free(&cfg);
    uh_summary_free(s);
    uh_store_close(st);
}

/* What the SQL of one summary reads, counted statement by statement as
 * SQLite finishes each (its virtual machine's steps: a row read from a
 * table or an index is a step or a few). */
typedef struct sql_reads {
    int statements;       /* statements run (a statement reset and run again counts again) */
    long attempt_steps;   /* steps of the statements that read the attempts themselves */
    long all_steps;
} sql_reads;

static int count_reads(unsigned type, void *ctx, void *p, void *x)
{
    (void)x;
    sql_reads *r = ctx;
    if (type != SQLITE_TRACE_PROFILE)
        return 0;
    sqlite3_stmt *s = p;
    long steps = sqlite3_stmt_status(s, SQLITE_STMTSTATUS_VM_STEP, 1);
    const char *sql = sqlite3_sql(s);
    r->statements++;
    r->all_steps += steps;
    if (sql && strstr(sql, "FROM attempts"))
        r->attempt_steps += steps;
    return 0;
}

/* The admin screen's figures (a brief summary of the whole store) on a
 * generated store of n attempts: what their SQL reads. */
static sql_reads admin_figures_reads(int n)
{
    char cmd[1200], name[64];
    snprintf(name, sizeof name, "grow-%d.db", n);
    const char *db = uh_tmp(name);
    snprintf(cmd, sizeof cmd, "'%s' '%s' --attempts %d --people 100 --seed 11 --years 1 >/dev/null", UH_GEN_STORE,
             db, n);
    CHECK(system(cmd) == 0);
    sql_reads r = {0};
    uh_error err;
    uh_store *st = uh_store_open(db, &err);
    CHECK(st != NULL);
    if (!st)
        return r;
    sqlite3_trace_v2(uh_store_sqlite(st), SQLITE_TRACE_PROFILE, count_reads, &r);
    uh_summary_options o = {.brief = true};
    uh_summary *s = uh_summary_query(st, &o, &err);
    CHECK(s && s->all.attempts == n);
    sqlite3_trace_v2(uh_store_sqlite(st), 0, NULL, NULL);
    uh_summary_free(s);
    uh_store_close(st);
    return r;
}

/* The admin screen of a kiosk that has trained for years must open as
 * fast as a new one's: its figures come from the running tallies and
 * lookups at the ends of indexes, never from a pass over the attempts.
 * (The first and last start were read as min() and max() in one SELECT,
 * which SQLite answers by reading the whole index.) Counted, not timed:
 * ten times the attempts, the same statements and no more steps on the
 * attempts table than a B-tree level or two adds. */
TEST(admin_figures_do_not_read_every_attempt)
{
    sql_reads small = admin_figures_reads(600), large = admin_figures_reads(6000);
    printf("  brief summary: %d statements, %ld steps (%ld on attempts) at 600 attempts; "
           "%d, %ld (%ld) at 6000\n", small.statements, small.all_steps, small.attempt_steps,
           large.statements, large.all_steps, large.attempt_steps);
    CHECK(small.statements > 0 && large.statements == small.statements);
    CHECK_MSG(large.attempt_steps <= small.attempt_steps + 60,
              "%ld steps on the attempts at 6000 attempts, %ld at 600", large.attempt_steps, small.attempt_steps);
    CHECK_MSG(large.attempt_steps < 600, "%ld steps on the attempts table", large.attempt_steps);
}

int main(void)
{
    (void)uh_golden; /* only uh_capture is used here */
    RUN(generated_store_recount);
    RUN(version_4_store_backfilled);
    RUN(headline_counts_security_apart);
    RUN(change_since_previous_period);
    RUN(flags_by_text);
    RUN(admin_figures_do_not_read_every_attempt);
    TEST_END();
}
