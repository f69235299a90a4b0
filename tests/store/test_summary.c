/* SPDX-License-Identifier: Apache-2.0 */
/* test_summary.c — the report numbers on the known data set (golden text
 * and JSON), the outcome rules, and numbers worked out by hand on a small
 * set. */
#include <cjson/cJSON.h>

#include "dataset.h"
#include "golden.h"
#include "report/summary.h"
#include "testing.h"
#include "tmpdir.h"

static uh_store *dataset_store(void)
{
    uh_error err;
    uh_store *st = uh_store_open(uh_tmp("dataset.db"), &err);
    if (!st || uh_test_dataset(st, &err)) {
        fprintf(stderr, "dataset: %s\n", err.msg);
        exit(1);
    }
    return st;
}

static void print_summary(FILE *f, void *s)
{
    uh_summary_print(s, f);
}

TEST(outcomes)
{
    uh_record r = {0};
    r.reported = true;
    CHECK(uh_record_outcome(&r) == UH_OUTCOME_REPORTED);
    r.reported = false;
    CHECK(uh_record_outcome(&r) == UH_OUTCOME_INCOMPLETE);
    r.completed = true;
    const char *missed[] = {"walked_away", "declined_politely", "ignored", "cleared", "reported_late"};
    for (int i = 0; i < 5; i++) {
        r.ending = (char *)missed[i];
        CHECK_MSG(uh_record_outcome(&r) == UH_OUTCOME_MISSED, "%s", missed[i]);
    }
    const char *hooked[] = {"hooked", "compromised", "something_new"};
    for (int i = 0; i < 3; i++) {
        r.ending = (char *)hooked[i];
        CHECK_MSG(uh_record_outcome(&r) == UH_OUTCOME_HOOKED, "%s", hooked[i]);
    }
    CHECK_STR(uh_outcome_name(UH_OUTCOME_MISSED), "missed");
}

/* Five attempts worked out by hand. */
TEST(small_set_by_hand)
{
    uh_error err;
    uh_store *st = uh_store_open(uh_tmp("small.db"), &err);
    struct { const char *ending; bool rep; int at; const char *cohort; const char *day; } a[] = {
        {"reported", true, 0, "A", "2026-11-02T09:00:00Z"},
        {"reported_late", true, 3, "A", "2026-11-02T10:00:00Z"},
        {"reported", true, 1, "B", "2026-11-03T09:00:00Z"},
        {"walked_away", false, 0, "B", "2026-11-03T10:00:00Z"},
        {"hooked", false, 0, NULL, "2026-11-04T09:00:00Z"},
        {NULL, false, 0, NULL, "2026-11-04T10:00:00Z"},
    };
    for (int i = 0; i < 6; i++) {
        uh_result *r = uh_test_result("paid-paper", a[i].ending, a[i].rep, a[i].at, a[i].at + 1, 3);
        uh_attempt at = {.trainee = "t", .cohort = a[i].cohort, .mode = "kiosk",
                         .started_at = a[i].day, .ended_at = a[i].day, .result = r};
        CHECK(uh_store_save(st, &at, NULL, &err) == 0);
        uh_result_free(r);
    }
    uh_summary *s = uh_summary_from_store(st, NULL, &err);
    CHECK(s->all.attempts == 6 && s->all.completed == 5);
    CHECK(s->all.reported == 3 && s->all.missed == 1 && s->all.hooked == 1);
    CHECK_NEAR(s->all.median_hook, 1.0);  /* depths 0, 1, 3 */
    CHECK(s->all.hook_hist[0] == 1 && s->all.hook_hist[1] == 1 && s->all.hook_hist[3] == 1);
    CHECK(s->ndays == 3 && strcmp(s->days[0].key, "2026-11-02") == 0 && s->days[2].attempts == 2);
    CHECK(s->ncohorts == 3 && strcmp(s->cohorts[0].key, "") == 0 && s->cohorts[1].attempts == 2);
    CHECK_NEAR(s->cohorts[1].median_hook, 1.5);  /* cohort A: depths 0 and 3 */
    cJSON *j = uh_summary_to_json(s);
    cJSON *all = cJSON_GetObjectItem(j, "all");
    CHECK_NEAR(cJSON_GetObjectItem(all, "report_rate")->valuedouble, 0.6);
    CHECK_NEAR(cJSON_GetObjectItem(all, "miss_rate")->valuedouble, 0.2);
    CHECK_NEAR(cJSON_GetObjectItem(all, "completion_rate")->valuedouble, 0.8333);
    cJSON_Delete(j);
    uh_summary_free(s);

    uh_filter f = {.cohort = "B"};
    s = uh_summary_from_store(st, &f, &err);
    CHECK(s->all.attempts == 2 && s->all.reported == 1 && s->ncohorts == 1);
    uh_summary_free(s);
    f = (uh_filter){.since = "2026-11-04"};
    s = uh_summary_from_store(st, &f, &err);
    CHECK(s->all.attempts == 2 && s->all.hooked == 1);
    uh_summary_free(s);
    uh_store_close(st);
}

TEST(dataset_golden)
{
    uh_store *st = dataset_store();
    uh_error err;
    uh_summary *s = uh_summary_from_store(st, NULL, &err);
    CHECK(s && s->all.attempts == UH_TEST_DATASET_SIZE);
    char *text = uh_capture(print_summary, s);
    CHECK(uh_golden("report.txt", text));
    free(text);
    cJSON *j = uh_summary_to_json(s);
    char *json = cJSON_Print(j);
    size_t n = strlen(json);
    json = realloc(json, n + 2);
    strcpy(json + n, "\n");
    CHECK(uh_golden("report.json", json));
    free(json);
    cJSON_Delete(j);
    /* Consistency: groups add up to the whole. */
    int sum = 0, rep = 0;
    for (size_t i = 0; i < s->nscenarios; i++) {
        sum += s->scenarios[i].attempts;
        rep += s->scenarios[i].reported;
    }
    CHECK(sum == s->all.attempts && rep == s->all.reported);
    sum = 0;
    for (size_t i = 0; i < s->ndays; i++)
        sum += s->days[i].attempts;
    CHECK(sum == s->all.attempts);
    CHECK(s->all.reported + s->all.missed + s->all.hooked == s->all.completed);
    for (size_t i = 1; i < s->nflags; i++)
        CHECK(s->flags[i - 1].missed >= s->flags[i].missed);
    uh_summary_free(s);

    uh_filter f = {.cohort = "ENG-2026-11", .since = "2026-11-05"};
    s = uh_summary_from_store(st, &f, &err);
    text = uh_capture(print_summary, s);
    CHECK(uh_golden("report-eng-since.txt", text));
    free(text);
    uh_summary_free(s);
    uh_store_close(st);
}

TEST(empty)
{
    uh_summary *s = uh_summary_empty(NULL);
    CHECK(s->all.attempts == 0 && s->all.median_hook == -1 && s->nflags == 0);
    char *text = uh_capture(print_summary, s);
    CHECK_HAS(text, "No attempts recorded");
    free(text);
    uh_summary_free(s);
    uh_summary_free(NULL);
}

int main(void)
{
    RUN(outcomes);
    RUN(small_set_by_hand);
    RUN(dataset_golden);
    RUN(empty);
    TEST_END();
}
