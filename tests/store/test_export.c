/* SPDX-License-Identifier: Apache-2.0 */
/* test_export.c — CSV, JSON and xAPI exports of the known data set
 * against golden files; UUID v5 and ISO 8601 durations; the shape and
 * order of one attempt's statements. */
#include <cjson/cJSON.h>

#include "dataset.h"
#include "export/export.h"
#include "export/jsonw.h"
#include "export/xapi.h"
#include "golden.h"
#include "testing.h"
#include "tmpdir.h"

typedef struct batch {
    uh_record *recs;
    size_t n;
    uh_export_format f;
} batch;

static void write_batch(FILE *out, void *arg)
{
    batch *b = arg;
    uh_export(out, b->f, b->recs, b->n, NULL);
}

TEST(uuid_v5_matches_rfc)
{
    char buf[37], *out = buf;
    /* Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), the RFC 4122
     * family's usual check value. */
    static const unsigned char dns[16] = {0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1,
                                          0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
    uh_uuid_v5(dns, "python.org", out);
    CHECK_STR(out, "886313e1-3b8a-5372-9b90-0c9aee199e5d");
    uh_uuid_v5(uh_xapi_namespace, "11111111-1111-4111-8111-111111111111/0", out);
    CHECK_STR(out, "0affcb53-cb2b-5859-b1a1-c86421f2f2ae");
}

TEST(durations)
{
    char buf[48], *d = buf;
    uh_xapi_duration(0, d);
    CHECK_STR(d, "PT0S");
    uh_xapi_duration(252500, d);
    CHECK_STR(d, "PT4M12.50S");
    uh_xapi_duration(3600000, d);
    CHECK_STR(d, "PT1H");
    uh_xapi_duration(3723010, d);
    CHECK_STR(d, "PT1H2M3.01S");
    uh_xapi_duration(-5, d);
    CHECK_STR(d, "PT0S");
}

TEST(goldens)
{
    uh_error err;
    uh_store *st = uh_store_open(uh_tmp("export.db"), &err);
    CHECK(uh_test_dataset(st, &err) == 0);
    batch b = {0};
    CHECK(uh_store_query(st, NULL, &b.recs, &b.n, &err) == 0);
    static const char *const names[] = {"export.csv", "export.json", "export.xapi.json"};
    /* Statements are verbose: their golden file holds the first eight
     * attempts plus the first passed and the first anonymous one, which
     * between them show every kind of statement. */
    uh_record *recs = b.recs, some[10];
    size_t all = b.n, nsome = 0;
    bool passed = false, anonymous = false;
    for (size_t i = 0; i < all && nsome < 10; i++) {
        if (i < 8 || (!passed && recs[i].passed) || (!anonymous && recs[i].anonymous))
            some[nsome++] = recs[i];
        passed = passed || recs[i].passed;
        anonymous = anonymous || recs[i].anonymous;
    }
    for (int f = 0; f < 3; f++) {
        b.f = (uh_export_format)f;
        b.recs = b.f == UH_EXPORT_XAPI ? some : recs;
        b.n = b.f == UH_EXPORT_XAPI ? nsome : all;
        char *text = uh_capture(write_batch, &b);
        CHECK_MSG(uh_golden(names[f], text), "%s", names[f]);
        free(text);
    }
    uh_records_free(recs, all);

    /* A filtered export holds only the cohort's rows. */
    uh_filter flt = {.cohort = "SALES-2026-11"};
    CHECK(uh_store_query(st, &flt, &b.recs, &b.n, &err) == 0 && b.n > 0);
    b.f = UH_EXPORT_CSV;
    char *text = uh_capture(write_batch, &b);
    int rows = 0;
    for (const char *p = text; (p = strstr(p, "\r\n")); p += 2)
        rows++;
    CHECK(rows == (int)b.n + 1);
    CHECK(strstr(text, "ENG-2026-11") == NULL);
    free(text);
    uh_records_free(b.recs, b.n);
    uh_store_close(st);
}

TEST(csv_quoting)
{
    uh_error err;
    uh_store *st = uh_store_open(uh_tmp("quote.db"), &err);
    uh_result *r = uh_test_result("paid-paper", "walked_away", false, 0, 0, 2);
    uh_attempt a = {.trainee = "=cmd|' /C calc'!A0", .cohort = "a,\"b\"", .mode = "kiosk",
                    .started_at = "2026-11-02T09:00:00Z", .ended_at = "2026-11-02T09:01:00Z",
                    .result = r, .uuid = "00000000-0000-4000-8000-00000000abcd"};
    CHECK(uh_store_save(st, &a, NULL, &err) == 0);
    batch b = {.f = UH_EXPORT_CSV};
    uh_store_query(st, NULL, &b.recs, &b.n, &err);
    char *text = uh_capture(write_batch, &b);
    CHECK_HAS(text, ",\"'=cmd|' /C calc'!A0\",");
    CHECK_HAS(text, ",\"a,\"\"b\"\"\",");
    free(text);
    uh_records_free(b.recs, b.n);
    uh_result_free(r);
    uh_store_close(st);
}

static const char *verb_of(const cJSON *s)
{
    const char *id = cJSON_GetObjectItem(cJSON_GetObjectItem(s, "verb"), "id")->valuestring;
    return strrchr(id, '/') + 1;
}

TEST(statement_sequence)
{
    uh_error err;
    uh_store *st = uh_store_open(uh_tmp("seq.db"), &err);
    /* Reported at depth 1 in the second scene, then went on to the end. */
    uh_result *r = uh_test_result("linkedin-think-tank", "reported", true, 1, 1, 3);
    free(r->report_scene);
    r->report_scene = uh_xstrdup(r->path.v[1]);
    uh_attempt a = {.trainee = "E1", .mode = "kiosk", .started_at = "2026-11-02T09:00:00Z",
                    .ended_at = "2026-11-02T09:05:00Z", .result = r,
                    .uuid = "11111111-1111-4111-8111-111111111111"};
    uh_store_save(st, &a, NULL, &err);
    uh_record *recs;
    size_t n;
    uh_store_query(st, NULL, &recs, &n, &err);
    cJSON *sts = uh_xapi_statements(&recs[0], "https://lrs.test/");
    const char *want[] = {"initialized", "answered", "answered", "reported", "answered",
                          "completed", r->score.passed ? "passed" : "failed", "terminated"};
    CHECK(cJSON_GetArraySize(sts) == 8);
    for (int i = 0; i < 8 && i < cJSON_GetArraySize(sts); i++)
        CHECK_STR(verb_of(cJSON_GetArrayItem(sts, i)), want[i]);
    cJSON *first = cJSON_GetArrayItem(sts, 0);
    CHECK_STR(cJSON_GetObjectItem(first, "id")->valuestring, "0affcb53-cb2b-5859-b1a1-c86421f2f2ae");
    CHECK_STR(cJSON_GetObjectItem(first, "timestamp")->valuestring, "2026-11-02T09:00:00Z");
    cJSON *rep = cJSON_GetArrayItem(sts, 3);
    CHECK_STR(cJSON_GetObjectItem(rep, "verb")->child->valuestring,
              "https://lrs.test/xapi/verbs/reported");
    cJSON *ext = cJSON_GetObjectItem(cJSON_GetObjectItem(rep, "result"), "extensions");
    CHECK(cJSON_GetObjectItem(ext, "https://lrs.test/xapi/extensions/hook-depth")->valueint == 1);
    CHECK(cJSON_GetObjectItem(ext, "https://lrs.test/xapi/extensions/report-quality") != NULL);
    cJSON *pf = cJSON_GetArrayItem(sts, 6);
    cJSON *score = cJSON_GetObjectItem(cJSON_GetObjectItem(pf, "result"), "score");
    CHECK_NEAR(cJSON_GetObjectItem(score, "scaled")->valuedouble, r->score.score / 100.0);
    CHECK_STR(cJSON_GetObjectItem(cJSON_GetObjectItem(pf, "result"), "duration")->valuestring, "PT5M");
    /* Timestamps strictly increase (cmi5's rule for a session), and
     * passed/failed carry no completion (completed says it). */
    for (int i = 1; i < cJSON_GetArraySize(sts); i++) {
        int64_t t0 = 0, t1 = 0;
        uh_time_parse(cJSON_GetObjectItem(cJSON_GetArrayItem(sts, i - 1), "timestamp")->valuestring, &t0, NULL);
        uh_time_parse(cJSON_GetObjectItem(cJSON_GetArrayItem(sts, i), "timestamp")->valuestring, &t1, NULL);
        CHECK(t1 > t0);
    }
    CHECK(cJSON_GetObjectItem(cJSON_GetObjectItem(pf, "result"), "completion") == NULL);
    /* The same attempt gives the same statements. */
    cJSON *again = uh_xapi_statements(&recs[0], "https://lrs.test");
    CHECK(cJSON_Compare(sts, again, true));
    cJSON_Delete(again);
    cJSON_Delete(sts);
    uh_records_free(recs, n);
    uh_result_free(r);
    uh_store_close(st);
}

TEST(incomplete_attempt)
{
    uh_error err;
    uh_store *st = uh_store_open(uh_tmp("inc.db"), &err);
    uh_result *r = uh_test_result("paid-paper", NULL, false, 0, 1, 2);
    uh_attempt a = {.trainee = "E2", .mode = "kiosk", .result = r};
    uh_store_save(st, &a, NULL, &err);
    uh_record *recs;
    size_t n;
    uh_store_query(st, NULL, &recs, &n, &err);
    cJSON *sts = uh_xapi_statements(&recs[0], NULL);
    CHECK(cJSON_GetArraySize(sts) == 4);  /* initialized, 2 answered, terminated */
    CHECK_STR(verb_of(cJSON_GetArrayItem(sts, 3)), "terminated");
    cJSON_Delete(sts);
    uh_records_free(recs, n);
    uh_result_free(r);
    uh_store_close(st);
}

/* 409 Conflict from an LRS: its copy matches ours under xAPI's statement
 * comparison rules, or it holds something else under our id. */
TEST(lrs_copy_compared_by_xapi_rules)
{
    const char *ours =
        "{\"id\":\"6f1e3a52-0c4b-5d6e-8f90-a1b2c3d4e5f6\",\"timestamp\":\"2026-11-23T09:30:00Z\","
        "\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://x\",\"name\":\"E1\"}},"
        "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/passed\",\"display\":{\"en-US\":\"passed\"}},"
        "\"object\":{\"objectType\":\"Activity\",\"id\":\"https://x/s\",\"definition\":{\"name\":{\"en-US\":\"S\"}}},"
        "\"result\":{\"score\":{\"scaled\":0.5,\"raw\":50},\"duration\":\"PT4M12.50S\",\"success\":true},"
        "\"context\":{\"registration\":\"0a1b2c3d-0000-4000-8000-000000000001\"}}";
    /* As an LRS gives it back: upper-case UUIDs, the time in another zone
     * with milliseconds, stored/authority/version added, no objectType on
     * the object, another verb display and activity definition, 50.0. */
    const char *held =
        "{\"id\":\"6F1E3A52-0C4B-5D6E-8F90-A1B2C3D4E5F6\",\"timestamp\":\"2026-11-23T10:30:00.000+01:00\","
        "\"stored\":\"2026-11-24T00:00:00Z\",\"version\":\"1.0.3\",\"authority\":{\"mbox\":\"mailto:a@b\"},"
        "\"actor\":{\"account\":{\"homePage\":\"https://x\",\"name\":\"E1\"},\"objectType\":\"Agent\"},"
        "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/passed\",\"display\":{\"de-DE\":\"bestanden\"}},"
        "\"object\":{\"id\":\"https://x/s\",\"definition\":{\"name\":{\"en-US\":\"Renamed\"}}},"
        "\"result\":{\"success\":true,\"duration\":\"PT4M12.50S\",\"score\":{\"raw\":50.0,\"scaled\":0.5}},"
        "\"context\":{\"registration\":\"0A1B2C3D-0000-4000-8000-000000000001\"}}";
    cJSON *a = cJSON_Parse(ours), *b = cJSON_Parse(held);
    char where[200];
    CHECK_MSG(uh_xapi_same_statement(a, b, where, sizeof where), "differs at %s", where);
    static const char *const changes[][2] = {
        {"result", "{\"score\":{\"scaled\":0.5,\"raw\":51},\"duration\":\"PT4M12.50S\",\"success\":true}"},
        {"timestamp", "\"2026-11-23T09:30:01Z\""},
        {"actor", "{\"account\":{\"homePage\":\"https://x\",\"name\":\"E2\"}}"},
        {"context", "{\"registration\":\"0a1b2c3d-0000-4000-8000-000000000002\",\"platform\":\"x\"}"},
    };
    static const char *const expect[] = {"result.score.raw", "timestamp", "actor.account.name",
                                         "context"};
    for (size_t i = 0; i < 4; i++) {
        cJSON *c = cJSON_Duplicate(b, 1);
        cJSON_ReplaceItemInObject(c, changes[i][0], cJSON_Parse(changes[i][1]));
        CHECK_MSG(!uh_xapi_same_statement(a, c, where, sizeof where), "%s: no difference", changes[i][0]);
        CHECK_MSG(strstr(where, expect[i]) != NULL, "\"%s\" does not name %s", where, expect[i]);
        cJSON_Delete(c);
    }
    /* The duration is a string: PT4M12.5S is not PT4M12.50S. */
    cJSON *c = cJSON_Duplicate(b, 1);
    cJSON_ReplaceItemInObject(cJSON_GetObjectItem(c, "result"), "duration", cJSON_CreateString("PT4M12.5S"));
    CHECK(!uh_xapi_same_statement(a, c, where, sizeof where));
    cJSON_Delete(c);
    CHECK(!uh_xapi_same_statement(a, NULL, where, sizeof where));
    cJSON_Delete(a);
    cJSON_Delete(b);
}

/* Attempts saved into a fresh store of their own and read back. */
typedef struct stored {
    uh_store *st;
    uh_record *recs;
    size_t n;
} stored;

static stored save_and_read(const char *db, const uh_attempt *as, size_t na)
{
    uh_error err;
    stored s = {uh_store_open(uh_tmp(db), &err), NULL, 0};
    for (size_t i = 0; i < na; i++)
        CHECK_MSG(uh_store_save(s.st, &as[i], NULL, &err) == 0, "%s", err.msg);
    CHECK(uh_store_query(s.st, NULL, &s.recs, &s.n, &err) == 0 && s.n == na);
    return s;
}

static void stored_free(stored *s)
{
    uh_records_free(s->recs, s->n);
    uh_store_close(s->st);
}

/* Issue 15: 46 of the data set's attempts had completed, passed/failed and
 * terminated at one moment. Every attempt's statements now follow each
 * other strictly, and passed/failed carry no completion (cmi5 9.5.3). */
TEST(every_attempt_in_strict_order_without_completion_on_passed)
{
    uh_error err;
    uh_store *st = uh_store_open(uh_tmp("order.db"), &err);
    CHECK(uh_test_dataset(st, &err) == 0);
    uh_record_iter *it = uh_store_iterate(st, NULL, &err);
    const uh_record *r;
    size_t attempts = 0, ties = 0, completions = 0, passes = 0;
    while (uh_record_iter_next(it, &r, &err) == 1) {
        attempts++;
        cJSON *sts = uh_xapi_statements(r, NULL);
        int64_t prev = INT64_MIN;
        const cJSON *s;
        cJSON_ArrayForEach(s, sts) {
            int64_t t = 0;
            uh_time_parse(cJSON_GetObjectItem(s, "timestamp")->valuestring, &t, NULL);
            ties += t <= prev;
            prev = t;
            const char *v = verb_of(s);
            if (!strcmp(v, "passed") || !strcmp(v, "failed")) {
                passes++;
                const cJSON *res = cJSON_GetObjectItem(s, "result");
                completions += cJSON_GetObjectItem(res, "completion") != NULL;
            }
        }
        cJSON_Delete(sts);
    }
    uh_record_iter_free(it);
    CHECK(attempts == UH_TEST_DATASET_SIZE);
    CHECK_MSG(ties == 0, "%zu statements not after the one before", ties);
    CHECK(passes > 0);
    CHECK_MSG(completions == 0, "%zu passed/failed statements with completion", completions);
    uh_store_close(st);
}

/* A scene id is any Lua string: spaces, slashes, '?', '#', '%' and UTF-8
 * must not break the IRI (or point it at another resource). */
TEST(hostile_scene_ids_are_percent_encoded)
{
    char *seg = uh_iri_segment("a b/c?d#e%f\xc3\xbc~_.-Z9");
    CHECK_STR(seg, "a%20b%2Fc%3Fd%23e%25f%C3%BC~_.-Z9");
    free(seg);
    uh_result *r = uh_test_result("paid-paper", "walked_away", false, 0, 0, 1);
    free(r->path.v[0]);
    r->path.v[0] = uh_xstrdup("the bar/../admin?x=1#top");
    free(r->scenario);
    r->scenario = uh_xstrdup("my scenario");
    uh_attempt a = {.trainee = "E9", .mode = "kiosk", .started_at = "2026-11-02T09:00:00Z",
                    .ended_at = "2026-11-02T09:01:00Z", .result = r};
    stored one = save_and_read("iri.db", &a, 1);
    cJSON *sts = uh_xapi_statements(&one.recs[0], "https://lrs.test");
    cJSON *ans = cJSON_GetArrayItem(sts, 1);
    CHECK_STR(verb_of(ans), "answered");
    CHECK_STR(cJSON_GetObjectItem(cJSON_GetObjectItem(ans, "object"), "id")->valuestring,
              "https://lrs.test/xapi/scenarios/my%20scenario/scenes/"
              "the%20bar%2F..%2Fadmin%3Fx%3D1%23top");
    CHECK_STR(cJSON_GetObjectItem(cJSON_GetArrayItem(sts, 0), "object")->child->next->valuestring,
              "https://lrs.test/xapi/scenarios/my%20scenario");
    cJSON_Delete(sts);
    stored_free(&one);
    uh_result_free(r);
}

/* A facilitated session is a room, not a person called "group:COHORT":
 * its actor is an identified Group. A trainee stays an Agent. */
TEST(facilitated_session_is_a_group_not_an_agent)
{
    uh_result *r = uh_test_result("paid-paper", "walked_away", false, 0, 0, 1);
    uh_attempt a = {.trainee = "group:ENG-7", .cohort = "ENG-7", .mode = "facilitated",
                    .started_at = "2026-11-02T09:00:00Z", .ended_at = "2026-11-02T09:01:00Z",
                    .result = r};
    uh_attempt b = a;
    b.trainee = "E1041";  /* a person who played with the room: still an Agent */
    stored two = save_and_read("group.db", (uh_attempt[]){a, b}, 2);
    uh_record *recs = two.recs;
    for (size_t i = 0; i < two.n; i++) {
        cJSON *sts = uh_xapi_statements(&recs[i], "https://lrs.test");
        const cJSON *s;
        cJSON_ArrayForEach(s, sts) {
            const cJSON *actor = cJSON_GetObjectItem(s, "actor");
            const cJSON *acct = cJSON_GetObjectItem(actor, "account");
            bool group = strncmp(recs[i].trainee, "group:", 6) == 0;
            CHECK_STR(cJSON_GetObjectItem(actor, "objectType")->valuestring,
                      group ? "Group" : "Agent");
            CHECK_STR(cJSON_GetObjectItem(acct, "name")->valuestring, recs[i].trainee);
            if (group)
                CHECK_STR(cJSON_GetObjectItem(actor, "name")->valuestring,
                          "Cohort ENG-7 (facilitated session)");
        }
        cJSON_Delete(sts);
    }
    stored_free(&two);
    uh_result_free(r);
}

/* What was chosen, in words: the label shown is in the interaction's
 * definition, under the id the response gives. */
TEST(answered_names_the_choice_chosen)
{
    uh_result *r = uh_test_result("paid-paper", "walked_away", false, 0, 0, 2);
    r->choices[1] = 3;
    free(r->choice_labels.v[1]);
    r->choice_labels.v[1] = uh_xstrdup("Forward it to security@, \"just in case\"");
    uh_attempt a = {.trainee = "E3", .mode = "kiosk", .result = r};
    stored one = save_and_read("label.db", &a, 1);
    cJSON *sts = uh_xapi_statements(&one.recs[0], NULL);
    cJSON *ans = cJSON_GetArrayItem(sts, 2);
    CHECK_STR(verb_of(ans), "answered");
    cJSON *res = cJSON_GetObjectItem(ans, "result");
    CHECK_STR(cJSON_GetObjectItem(res, "response")->valuestring, "3");
    cJSON *def = cJSON_GetObjectItem(cJSON_GetObjectItem(ans, "object"), "definition");
    CHECK_STR(cJSON_GetObjectItem(def, "interactionType")->valuestring, "choice");
    cJSON *c = cJSON_GetArrayItem(cJSON_GetObjectItem(def, "choices"), 0);
    CHECK(c != NULL);
    if (c) {
        CHECK_STR(cJSON_GetObjectItem(c, "id")->valuestring, "3");
        CHECK_STR(cJSON_GetObjectItem(cJSON_GetObjectItem(c, "description"), "en-US")->valuestring,
                  "Forward it to security@, \"just in case\"");
    }
    cJSON_Delete(sts);
    stored_free(&one);
    uh_result_free(r);
}

static void write_csv_bom(FILE *out, void *arg)
{
    batch *b = arg;
    uh_export_options o = {.bom = true};
    uh_export_with(out, UH_EXPORT_CSV, b->recs, b->n, &o);
}

/* LibreOffice's default import reads a CSV without a byte-order mark as
 * Latin-1 ("Zoë" becomes "ZoÃ«"); with --bom the file says it is UTF-8.
 * The formula guard still holds. */
TEST(csv_bom_for_spreadsheets_keeps_formula_guard)
{
    uh_result *r = uh_test_result("paid-paper", "walked_away", false, 0, 0, 1);
    uh_attempt a = {.trainee = "Zo\xc3\xab", .cohort = "=HYPERLINK(\"x\")", .mode = "kiosk",
                    .result = r};
    stored one = save_and_read("bom.db", &a, 1);
    batch b = {one.recs, one.n, UH_EXPORT_CSV};
    char *with = uh_capture(write_csv_bom, &b), *without = uh_capture(write_batch, &b);
    CHECK(memcmp(with, "\xef\xbb\xbfid,uuid,", 11) == 0);
    CHECK(strncmp(without, "id,uuid,", 8) == 0);
    CHECK_STR(with + 3, without);
    CHECK_HAS(with, ",Zo\xc3\xab,");
    CHECK_HAS(with, ",\"'=HYPERLINK(\"\"x\"\")\",");
    free(with);
    free(without);
    stored_free(&one);
    uh_result_free(r);
}

/* The iterator reads what uh_store_query reads, in the same order, one
 * record at a time; a bad date in the filter is refused up front. */
TEST(iterator_reads_what_query_reads)
{
    uh_error err;
    uh_store *st = uh_store_open(uh_tmp("iter.db"), &err);
    CHECK(uh_test_dataset(st, &err) == 0);
    uh_filter f = {.cohort = "ENG-2026-11"};
    uh_record *recs;
    size_t n, i = 0;
    CHECK(uh_store_query(st, &f, &recs, &n, &err) == 0 && n > 0);
    uh_record_iter *it = uh_store_iterate(st, &f, &err);
    const uh_record *r;
    while (uh_record_iter_next(it, &r, &err) == 1) {
        CHECK(i < n && strcmp(r->uuid, recs[i].uuid) == 0 && r->nchoices == recs[i].nchoices &&
              cJSON_Compare(r->result, recs[i].result, true));
        i++;
    }
    CHECK(i == n);
    CHECK(uh_record_iter_next(it, &r, &err) == 0 && r == NULL);
    uh_record_iter_free(it);
    uh_records_free(recs, n);
    uh_filter bad = {.since = "last tuesday"};
    CHECK(uh_store_iterate(st, &bad, &err) == NULL);
    uh_record_iter_free(NULL);
    uh_store_close(st);
}

static void write_xapi(FILE *out, void *arg)
{
    batch *b = arg;
    uh_export(out, UH_EXPORT_XAPI, b->recs, b->n, "https://lrs.test");
}

/* The export's own JSON writer prints each statement exactly as
 * cJSON_PrintUnformatted does: control characters, quotes, backslashes,
 * UTF-8, fractions. */
TEST(xapi_writer_prints_as_cjson_does)
{
    uh_result *r = uh_test_result("paid-paper", "walked_away", false, 0, 0, 2);
    free(r->choice_labels.v[0]);
    r->choice_labels.v[0] =
        uh_xstrdup("tab\there \"quoted\" back\\slash \x01\x1f bell\a Zo\xc3\xab \xe2\x80\x94");
    r->score.spotting = 1.0 / 3.0;
    /* The control characters are in the label: the store refuses them in
     * a trainee, as the sign-in does. */
    uh_attempt a = {.trainee = "\"quoted\" back\\slash Zo\xc3\xab", .cohort = "</script>", .mode = "kiosk",
                    .started_at = "2026-11-02T09:00:00Z", .ended_at = "2026-11-02T09:01:00.123Z",
                    .result = r};
    stored one = save_and_read("writer.db", &a, 1);
    batch b = {one.recs, one.n, UH_EXPORT_XAPI};
    char *text = uh_capture(write_xapi, &b);
    cJSON *sts = uh_xapi_statements(&b.recs[0], "https://lrs.test");
    size_t len = 2;
    const cJSON *it;
    cJSON_ArrayForEach(it, sts) {
        char *one = cJSON_PrintUnformatted(it);
        len += strlen(one) + 2;
        CHECK_HAS(text, one);
        free(one);
    }
    CHECK(strlen(text) == len + 1);  /* "[" + "\n" + statements joined by ",\n" + "\n]\n" */
    cJSON *back = cJSON_Parse(text);
    CHECK(back && cJSON_Compare(back, sts, true));
    cJSON_Delete(back);
    cJSON_Delete(sts);
    free(text);
    stored_free(&one);
    uh_result_free(r);
}

/* The tree-less JSON writer the xAPI export uses prints what cJSON prints
 * of the same values: every control character, quotes and backslashes,
 * DEL, invalid UTF-8 (passed through as cJSON does), keys escaped like
 * values, and numbers at the edges of int and double. */
TEST(json_writer_prints_hostile_values_as_cjson_does)
{
    char controls[33];
    for (int i = 1; i < 32; i++)
        controls[i - 1] = (char)i;
    controls[31] = '\0';
    const char *strings[] = {
        "", "plain", "\"quoted\"", "back\\slash", "\\\"", controls, "del \x7f",
        "invalid \xff\xfe \xc3 \xe2\x80 \xed\xa0\x80 \xf8\x88\x80\x80\x80", "Zo\xc3\xab \xe2\x80\x94",
        "</script>", "\\u0000 written out", "ends with backslash \\",
    };
    const double numbers[] = {0, -0.0, 1, -1, 100, 0.8, 1.0 / 3.0, 2147483647.0, 2147483648.0,
                              -2147483648.0, -2147483649.0, 1e300, -1e-300, 0.1 + 0.2, 123456789.125,
                              NAN, INFINITY};
    cJSON *tree = cJSON_CreateObject();
    uh_jbuf mine = {0};
    uh_jb_put(&mine, "{", 1);
    size_t fields = 0;
    for (size_t i = 0; i < sizeof strings / sizeof *strings; i++) {
        char key[16];
        snprintf(key, sizeof key, "s%zu", i);
        cJSON_AddStringToObject(tree, key, strings[i]);
        /* The same text as a key. */
        cJSON_AddNumberToObject(tree, strings[i], (double)i);
        uh_jb_raw(&mine, fields++ ? "," : "");
        uh_jb_string(&mine, key);
        uh_jb_put(&mine, ":", 1);
        uh_jb_string(&mine, strings[i]);
        uh_jb_put(&mine, ",", 1);
        uh_jb_string(&mine, strings[i]);
        uh_jb_put(&mine, ":", 1);
        uh_jb_number(&mine, (double)i);
    }
    for (size_t i = 0; i < sizeof numbers / sizeof *numbers; i++) {
        char key[16];
        snprintf(key, sizeof key, "n%zu", i);
        cJSON_AddNumberToObject(tree, key, numbers[i]);
        uh_jb_put(&mine, ",", 1);
        uh_jb_string(&mine, key);
        uh_jb_put(&mine, ":", 1);
        uh_jb_number(&mine, numbers[i]);
    }
    uh_jb_put(&mine, "}", 1);
    char *theirs = cJSON_PrintUnformatted(tree);
    CHECK_STR(mine.p, theirs);
    /* And a whole tree through uh_jb_value: nested, arrays, booleans, null. */
    cJSON *arr = cJSON_AddArrayToObject(tree, "list");
    cJSON_AddItemToArray(arr, cJSON_CreateNull());
    cJSON_AddItemToArray(arr, cJSON_CreateTrue());
    cJSON_AddItemToArray(arr, cJSON_CreateFalse());
    cJSON_AddItemToArray(arr, cJSON_CreateObject());
    cJSON_AddItemToArray(arr, cJSON_CreateArray());
    cJSON_AddItemToArray(arr, cJSON_CreateString(controls));
    free(theirs);
    theirs = cJSON_PrintUnformatted(tree);
    mine.n = 0;
    uh_jb_value(&mine, tree);
    CHECK(mine.n == strlen(theirs));
    CHECK_STR(mine.p, theirs);
    free(theirs);
    free(mine.p);
    cJSON_Delete(tree);
}

int main(void)
{
    RUN(uuid_v5_matches_rfc);
    RUN(durations);
    RUN(goldens);
    RUN(csv_quoting);
    RUN(statement_sequence);
    RUN(incomplete_attempt);
    RUN(lrs_copy_compared_by_xapi_rules);
    RUN(every_attempt_in_strict_order_without_completion_on_passed);
    RUN(hostile_scene_ids_are_percent_encoded);
    RUN(facilitated_session_is_a_group_not_an_agent);
    RUN(answered_names_the_choice_chosen);
    RUN(csv_bom_for_spreadsheets_keeps_formula_guard);
    RUN(iterator_reads_what_query_reads);
    RUN(xapi_writer_prints_as_cjson_does);
    RUN(json_writer_prints_hostile_values_as_cjson_does);
    TEST_END();
}
