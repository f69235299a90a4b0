/* SPDX-License-Identifier: Apache-2.0 */
/* test_directory.c — the trainee directory: an HR file with bad rows is
 * refused whole, every bad row named with file and line; a re-import
 * adds, updates and removes; and who has not trained yet, by department,
 * in a period, page by page. */
#include <stdlib.h>
#include <string.h>

#include "dataset.h"
#include "report/summary.h"
#include "store/directory.h"
#include "testing.h"
#include "tmpdir.h"

static int import(uh_store *st, const char *text, bool keep, uh_directory_counts *n,
                  uh_problems *pr, uh_error *err)
{
    return uh_directory_import_text(st, "people.csv", text, strlen(text), keep, n, pr, err);
}

static int people(uh_store *st)
{
    uh_error err;
    uh_summary *s = uh_summary_from_store(st, NULL, &err);
    int n = s ? s->directory_size : -1;
    uh_summary_free(s);
    return n;
}

static bool has_problem(const uh_problems *pr, int line, const char *text)
{
    for (size_t i = 0; i < pr->count; i++)
        if (pr->items[i].line == line && strstr(pr->items[i].msg, text) &&
            strcmp(pr->items[i].file, "people.csv") == 0)
            return true;
    return false;
}

TEST(bad_rows_named_and_nothing_imported)
{
    uh_error err;
    uh_store *st = uh_store_open(uh_tmp("bad.db"), &err);
    uh_problems pr = {0};
    const char *bad = "employee_id,name,department\n"
                      "E1,Ann,Sales\n"
                      ",Bob,Sales\n"          /* line 3: no id */
                      "E3,,Sales\n"           /* line 4: no name */
                      "E1,Ann again,Sales\n"  /* line 5: id twice */
                      "E5\n"                  /* line 6: too few fields */
                      "E6,\"Open,Sales\n";    /* line 7: quote never closed */
    CHECK(import(st, bad, false, NULL, &pr, &err) == -1);
    CHECK(has_problem(&pr, 3, "no employee id"));
    CHECK(has_problem(&pr, 4, "no name for employee 'E3'"));
    CHECK(has_problem(&pr, 5, "'E1' is given twice"));
    CHECK(has_problem(&pr, 6, "fewer fields than the header"));
    CHECK(has_problem(&pr, 7, "not closed"));
    CHECK(err.line == 3 && strcmp(err.file, "people.csv") == 0);
    CHECK(people(st) == 0);  /* E1 was fine, but nothing is imported */
    uh_problems_free(&pr);

    CHECK(import(st, "id;fullname\nE1;Ann\n", false, NULL, &pr, &err) == 0);  /* ; and aliases */
    CHECK(people(st) == 1);
    uh_problems_free(&pr);
    CHECK(import(st, "name,department\nAnn,Sales\n", false, NULL, &pr, &err) == -1);
    CHECK(err.line == 1);
    CHECK_HAS(err.msg, "needs the columns employee_id and name");
    uh_problems_free(&pr);
    CHECK(import(st, "", false, NULL, &pr, &err) == -1);
    CHECK_HAS(err.msg, "empty");
    uh_problems_free(&pr);
    CHECK(import(st, "employee_id,name\n\n", false, NULL, &pr, &err) == -1);
    CHECK_HAS(err.msg, "no one is listed");
    CHECK(people(st) == 1);  /* an empty file does not wipe the directory */
    uh_problems_free(&pr);
    CHECK(uh_directory_import(st, uh_tmp("missing.csv"), false, NULL, &pr, &err) == -1);
    CHECK(strstr(err.file, "missing.csv") != NULL);
    uh_problems_free(&pr);
    uh_store_close(st);
}

TEST(reimport_updates)
{
    uh_error err;
    uh_store *st = uh_store_open(uh_tmp("reimport.db"), &err);
    uh_directory_counts n;
    CHECK(import(st, "\xEF\xBB\xBF" "Employee ID,Name,Department,Line manager,Phone\r\n"
                     "E1,\"Smith, Ann\",Sales,Tom,555\r\nE2,Bob,Sales,Tom,556\r\n"
                     "E3,\"Chloé \"\"Cat\"\" Durand\",Legal,,557\r\n",
                 false, &n, NULL, &err) == 0);
    CHECK(n.rows == 3 && n.added == 3 && n.updated == 0 && n.removed == 0);
    char *csv = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&csv, &len);
    CHECK(uh_directory_write_csv(st, f, &err) == 0);
    fclose(f);
    CHECK_HAS(csv, "E3,\"Chloé \"\"Cat\"\" Durand\",Legal,\r\n");
    CHECK_HAS(csv, "E1,\"Smith, Ann\",Sales,Tom\r\n");
    free(csv);
    /* E2 moved to Legal, E3 left, E4 joined. */
    CHECK(import(st, "employee_id,name,department,manager\nE1,\"Smith, Ann\",Sales,Tom\n"
                     "E2,Bob,Legal,Eve\nE4,Dee,Legal,Eve\n", false, &n, NULL, &err) == 0);
    CHECK(n.rows == 3 && n.added == 1 && n.updated == 1 && n.unchanged == 1 && n.removed == 1);
    CHECK(people(st) == 3);
    CHECK(import(st, "employee_id,name\nE9,Zed\n", true, &n, NULL, &err) == 0);
    CHECK(n.added == 1 && n.removed == 0 && people(st) == 4);
    int removed;
    CHECK(uh_directory_clear(st, &removed, &err) == 0 && removed == 4 && people(st) == 0);
    uh_store_close(st);
}

static void attempt(uh_store *st, const char *trainee, const char *ending, const char *when)
{
    uh_error err;
    uh_result *r = uh_test_result("paid-paper", ending, ending && !strcmp(ending, "reported"), 0,
                                  1, 3);
    uh_attempt a = {.trainee = trainee, .mode = "kiosk", .started_at = when, .ended_at = when,
                    .result = r};
    CHECK(uh_store_save(st, &a, NULL, &err) == 0);
    uh_result_free(r);
}

TEST(who_has_not_trained)
{
    uh_error err;
    uh_store *st = uh_store_open(uh_tmp("trained.db"), &err);
    CHECK(import(st, "employee_id,name,department,manager\n"
                     "E1,Ann,Sales,Tom\nE2,Bob,Sales,Tom\nE3,Cat,Legal,Eve\n"
                     "E4,Dan,Legal,Eve\nE5,Eli,Finance,Fay\n", false, NULL, NULL, &err) == 0);
    attempt(st, "E1", "reported", "2026-11-10T09:00:00Z");   /* trained in November */
    attempt(st, "E2", NULL, "2026-11-10T09:00:00Z");         /* left before the end */
    attempt(st, "E3", "hooked", "2026-10-10T09:00:00Z");     /* trained in October */
    attempt(st, "Outsider", "walked_away", "2026-11-10T09:00:00Z");
    uh_summary *s = uh_summary_from_store(st, NULL, &err);
    CHECK(s->directory_size == 5 && s->not_trained == 3 && s->nuntrained == 3);
    /* By department, then name: Finance Eli, Legal Dan, Sales Bob. */
    CHECK_STR(s->untrained[0].employee_id, "E5");
    CHECK_STR(s->untrained[1].employee_id, "E4");
    CHECK_STR(s->untrained[2].employee_id, "E2");
    CHECK_STR(s->untrained[2].manager, "Tom");
    CHECK(s->ncoverage == 3);
    CHECK_STR(s->coverage[1].department, "Legal");
    CHECK(s->coverage[1].people == 2 && s->coverage[1].trained == 1);
    /* Attempts by department: the outsider under "" (not in the directory). */
    CHECK(s->ndepartments == 3);
    CHECK_STR(s->departments[0].key, "");
    CHECK(s->departments[0].attempts == 1);
    CHECK_STR(s->departments[2].key, "Sales");
    CHECK(s->departments[2].attempts == 2 && s->departments[2].reported == 1);
    uh_summary_free(s);
    /* In November only E1 trained. */
    uh_summary_options o = {.filter = {.since = "2026-11-01"}};
    s = uh_summary_query(st, &o, &err);
    CHECK(s->not_trained == 4);
    uh_summary_free(s);
    /* A page: the second and third of the four. */
    o.untrained_offset = 1;
    o.untrained_limit = 2;
    s = uh_summary_query(st, &o, &err);
    CHECK(s->not_trained == 4 && s->nuntrained == 2 && s->untrained_offset == 1);
    CHECK_STR(s->untrained[0].employee_id, "E3");
    CHECK_STR(s->untrained[1].employee_id, "E4");
    uh_summary_free(s);
    /* Purged: E3's only finished attempt (October) is gone, so is E3's training. */
    CHECK(uh_store_purge(st, "2026-11-01", NULL, &err) == 0);
    s = uh_summary_from_store(st, NULL, &err);
    CHECK(s->not_trained == 4);
    uh_summary_free(s);
    uh_summary_options raw = {.raw = true};
    s = uh_summary_query(st, &raw, &err);
    CHECK(s->not_trained == 4);
    uh_summary_free(s);
    uh_store_close(st);
}

int main(void)
{
    RUN(bad_rows_named_and_nothing_imported);
    RUN(reimport_updates);
    RUN(who_has_not_trained);
    TEST_END();
}
