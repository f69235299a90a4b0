/* SPDX-License-Identifier: Apache-2.0 */
/* test_language.c — the language an attempt was played in, through the
 * store: saved and read back; a store from before the language column
 * (schema version 5) read as it is and after its migration, its attempts
 * counted as English; and the language in CSV, JSON and xAPI. */
#include <stdlib.h>

#include <cjson/cJSON.h>

#include "dataset.h"
#include "export/export.h"
#include "export/xapi.h"
#include "testing.h"
#include "tmpdir.h"

static int save(uh_store *st, const char *trainee, const char *language, const char *uuid)
{
    uh_result *r = uh_test_result("paid-paper", "reported", true, 0, 0, 2);
    uh_attempt a = {.trainee = trainee, .mode = "kiosk", .started_at = "2026-11-30T09:00:00Z",
                    .ended_at = "2026-11-30T09:05:00Z", .result = r, .uuid = uuid,
                    .language = language};
    uh_error e;
    int rc = uh_store_save(st, &a, NULL, &e);
    CHECK_MSG(rc == 0, "%s", e.msg);
    uh_result_free(r);
    return rc;
}

/* The languages of every attempt, in order, joined with spaces. */
static void languages(uh_store *st, char *out, size_t n)
{
    uh_record *recs = NULL;
    size_t count = 0;
    uh_error e;
    out[0] = 0;
    CHECK_MSG(uh_store_query(st, NULL, &recs, &count, &e) == 0, "%s", e.msg);
    for (size_t i = 0; i < count; i++)
        snprintf(out + strlen(out), n - strlen(out), "%s%s", i ? " " : "", recs[i].language);
    uh_records_free(recs, count);
}

TEST(an_attempt_keeps_its_language)
{
    uh_error e;
    uh_store *st = uh_store_open(uh_tmp("now.db"), &e);
    CHECK(st != NULL);
    save(st, "E-1", "de", "00000000-0000-4000-8000-000000000001");
    save(st, "E-2", NULL, "00000000-0000-4000-8000-000000000002");  /* not given: English */
    char gotbuf[64];
    const char *got = gotbuf;
    languages(st, gotbuf, sizeof gotbuf);
    CHECK_STR(got, "de en");
    uh_store_close(st);
}

TEST(a_store_from_before_the_language_reads_as_english)
{
    uh_error e;
    const char *path = uh_tmp("v5.db");
    uh_store_options v5 = {.version = 5};
    uh_store *st = uh_store_open_with(path, &v5, &e);
    CHECK_MSG(st != NULL, "%s", e.msg);
    save(st, "E-1", "de", "00000000-0000-4000-8000-000000000003");  /* no column to keep it in */
    uh_store_close(st);
    /* Read as it is (a reader changes nothing). */
    uh_store_options ro = {.read_only = true};
    st = uh_store_open_with(path, &ro, &e);
    CHECK_MSG(st != NULL, "%s", e.msg);
    char gotbuf[64];
    const char *got = gotbuf;
    languages(st, gotbuf, sizeof gotbuf);
    CHECK_STR(got, "en");
    uh_store_close(st);
    /* Migrated: the old attempt is English, a new one keeps its own. */
    st = uh_store_open(path, &e);
    CHECK_MSG(st != NULL, "%s", e.msg);
    save(st, "E-2", "de", "00000000-0000-4000-8000-000000000004");
    languages(st, gotbuf, sizeof gotbuf);
    CHECK_STR(got, "en de");
    uh_store_close(st);
}

TEST(exports_carry_the_language)
{
    uh_error e;
    uh_store *st = uh_store_open(uh_tmp("export.db"), &e);
    save(st, "E-1", "de", "00000000-0000-4000-8000-000000000005");
    uh_record *recs = NULL;
    size_t n = 0;
    CHECK(uh_store_query(st, NULL, &recs, &n, &e) == 0 && n == 1);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    CHECK(uh_export(f, UH_EXPORT_CSV, recs, n, NULL) == 0);
    fclose(f);
    CHECK_HAS(buf, ",choices,language\r\n");
    CHECK_HAS(buf, ",de\r\n");
    free(buf);
    cJSON *stmts = uh_xapi_statements(&recs[0], NULL);
    const cJSON *s;
    int count = 0;
    cJSON_ArrayForEach(s, stmts) {
        const cJSON *lang = cJSON_GetObjectItem(cJSON_GetObjectItem(s, "context"), "language");
        CHECK(cJSON_IsString(lang) && strcmp(lang->valuestring, "de-DE") == 0);
        count++;
    }
    CHECK(count >= 3);
    cJSON_Delete(stmts);
    uh_records_free(recs, n);
    uh_store_close(st);
}

int main(void)
{
    RUN(an_attempt_keeps_its_language);
    RUN(a_store_from_before_the_language_reads_as_english);
    RUN(exports_carry_the_language);
    TEST_END();
}
