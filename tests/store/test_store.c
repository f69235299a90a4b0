/* test_store.c — the results store: saving and reading back, durability
 * under kill -9, recovery from a corrupt file, migrations, privacy (purge,
 * retention, anonymous mode) and the LRS outbox. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "core/util.h"
#include "dataset.h"
#include "testing.h"
#include "tmpdir.h"

static bool file_contains(const char *path, const char *needle)
{
    size_t len;
    char *data = uh_read_file(path, &len, NULL);
    if (!data)
        return false;
    size_t n = strlen(needle);
    bool found = false;
    for (size_t i = 0; !found && n <= len && i <= len - n; i++)
        found = memcmp(data + i, needle, n) == 0;
    free(data);
    return found;
}

static int sql_int(const char *path, const char *sql)
{
    sqlite3 *db;
    int v = -1;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK) {
        sqlite3_stmt *s;
        if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
            v = sqlite3_column_int(s, 0);
        else
            fprintf(stderr, "sql_int(%s): %s\n", sql, sqlite3_errmsg(db));
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return v;
}

static int save_one(uh_store *st, const char *trainee, const char *started, int64_t *id)
{
    uh_result *r = uh_test_result("paid-paper", "reported", true, 1, 2, 3);
    uh_attempt a = {.trainee = trainee, .cohort = "C1", .mode = "kiosk", .started_at = started,
                    .ended_at = started, .result = r};
    uh_error err;
    int rc = uh_store_save(st, &a, id, &err);
    if (rc)
        fprintf(stderr, "save: %s\n", err.msg);
    uh_result_free(r);
    return rc;
}

TEST(time_parse)
{
    int64_t ms;
    char out[32];
    CHECK(uh_time_parse("2026-11-23", &ms, NULL) == 0);
    CHECK_STR(uh_time_format(ms, out), "2026-11-23T00:00:00Z");
    CHECK(uh_time_parse("2026-11-23T09:30:00Z", &ms, NULL) == 0);
    CHECK_STR(uh_time_format(ms, out), "2026-11-23T09:30:00Z");
    CHECK(uh_time_parse("2026-11-23T10:30:00.250+01:00", &ms, NULL) == 0);
    CHECK_STR(uh_time_format(ms, out), "2026-11-23T09:30:00.250Z");
    CHECK(uh_time_parse("2026-11-23T09:30", &ms, NULL) == 0);
    uh_error err;
    CHECK(uh_time_parse("23/11/2026", &ms, &err) == -1);
    CHECK_HAS(err.msg, "not a date");
    CHECK(uh_time_parse("2026-13-01", &ms, NULL) == -1);
    CHECK(uh_time_parse("2026-11-23T09:30:00Zjunk", &ms, NULL) == -1);
}

TEST(save_and_read_back)
{
    const char *path = uh_tmp("nested/dirs/results.db");
    uh_error err;
    uh_store *st = uh_store_open(path, &err);
    CHECK_MSG(st != NULL, "%s", err.msg);
    if (!st)
        return;
    CHECK(uh_store_recovered_from(st) == NULL);
    uh_result *r = uh_test_result("linkedin-think-tank", "reported", true, 1, 2, 4);
    uh_attempt a = {.trainee = "E1041", .cohort = "ENG", .mode = "kiosk",
                    .started_at = "2026-11-23T10:30:00+01:00", .ended_at = "2026-11-23T09:34:12.5Z",
                    .result = r};
    int64_t id = 0;
    CHECK(uh_store_save(st, &a, &id, &err) == 0);
    CHECK(id == 1);
    /* Personal data: the file and its WAL are the owner's alone. */
    struct stat sb;
    char wal[600];
    snprintf(wal, sizeof wal, "%s-wal", path);
    CHECK(stat(path, &sb) == 0 && (sb.st_mode & 0777) == 0600);
    CHECK(stat(wal, &sb) == 0 && (sb.st_mode & 0777) == 0600);
    uh_progress p;
    CHECK(uh_store_progress(st, "E1041", "linkedin-think-tank", &p, &err) == 0);
    CHECK(p.attempts == 1 && p.best == r->score.score && p.passed == r->score.passed);
    CHECK(uh_store_progress(st, "nobody", "linkedin-think-tank", &p, &err) == 0);
    CHECK(p.attempts == 0 && p.best == -1 && !p.passed);

    uh_record *recs;
    size_t n;
    CHECK(uh_store_query(st, NULL, &recs, &n, &err) == 0);
    CHECK(n == 1);
    if (n == 1) {
        CHECK_STR(recs[0].trainee, "E1041");
        CHECK_STR(recs[0].cohort, "ENG");
        CHECK_STR(recs[0].started_at, "2026-11-23T09:30:00Z");
        CHECK_STR(recs[0].ended_at, "2026-11-23T09:34:12.500Z");
        CHECK(recs[0].duration_ms == 252500);
        CHECK(recs[0].reported && recs[0].hook_at_report == 1 && recs[0].hook == 2);
        CHECK(recs[0].nchoices == 4);
        for (size_t k = 0; k < recs[0].nchoices && k < r->nchoices; k++) {
            CHECK(recs[0].choices[k] == r->choices[k]);
            CHECK_STR(recs[0].choice_scenes[k], r->path.v[k]);
        }
        CHECK(strlen(recs[0].uuid) == 36 && recs[0].uuid[14] == '4');
        /* The full result JSON is kept as the run produced it. */
        char *want = uh_result_to_string(r, false), *got = cJSON_PrintUnformatted(recs[0].result);
        CHECK_STR(got, want);
        free(want);
        free(got);
    }
    uh_records_free(recs, n);

    /* Filters. */
    uh_filter f = {.cohort = "other"};
    CHECK(uh_store_query(st, &f, &recs, &n, &err) == 0 && n == 0);
    uh_records_free(recs, n);
    f = (uh_filter){.since = "2026-11-23"};
    CHECK(uh_store_query(st, &f, &recs, &n, &err) == 0 && n == 1);
    uh_records_free(recs, n);
    f = (uh_filter){.since = "2026-11-23T09:30:01Z"};
    CHECK(uh_store_query(st, &f, &recs, &n, &err) == 0 && n == 0);
    uh_records_free(recs, n);
    f = (uh_filter){.since = "yesterday"};
    CHECK(uh_store_query(st, &f, &recs, &n, &err) == -1);

    /* Bad input is refused, nothing half-written. */
    a.started_at = "not a time";
    CHECK(uh_store_save(st, &a, NULL, &err) == -1);
    CHECK_HAS(err.msg, "started_at");
    a.started_at = NULL;
    a.trainee = "";
    CHECK(uh_store_save(st, &a, NULL, &err) == -1);
    uh_result_free(r);
    uh_store_close(st);

    CHECK(sql_int(path, "PRAGMA user_version") == UH_STORE_SCHEMA_VERSION);
    CHECK(sql_int(path, "SELECT count(*) FROM attempts") == 1);
    CHECK(sql_int(path, "SELECT count(*) FROM choices") == 4);
    sqlite3 *db;
    sqlite3_open(path, &db);
    sqlite3_stmt *s;
    sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &s, NULL);
    CHECK(sqlite3_step(s) == SQLITE_ROW && strcmp((const char *)sqlite3_column_text(s, 0), "wal") == 0);
    sqlite3_finalize(s);
    sqlite3_close(db);
}

TEST(anonymous_stores_no_name)
{
    const char *path = uh_tmp("anon.db");
    uh_error err;
    uh_store *st = uh_store_open(path, &err);
    uh_result *r = uh_test_result("paid-paper", "walked_away", false, 0, 1, 2);
    /* A name passed by mistake with anonymous set is replaced. */
    uh_attempt a = {.trainee = "Margaret Unusualname", .anonymous = true, .mode = "kiosk", .result = r};
    CHECK(uh_store_save(st, &a, NULL, &err) == 0);
    char pseudo[32], other[32];
    uh_store_pseudonym(pseudo);
    uh_store_pseudonym(other);
    CHECK(strncmp(pseudo, "anon-", 5) == 0 && strlen(pseudo) == 17);
    CHECK(strcmp(pseudo, other) != 0);
    a.trainee = pseudo;
    CHECK(uh_store_save(st, &a, NULL, &err) == 0);
    uh_progress p;
    CHECK(uh_store_progress(st, pseudo, "paid-paper", &p, &err) == 0 && p.attempts == 1);
    uh_record *recs;
    size_t n;
    CHECK(uh_store_query(st, NULL, &recs, &n, &err) == 0 && n == 2);
    for (size_t i = 0; i < n; i++) {
        CHECK(recs[i].anonymous);
        CHECK(strncmp(recs[i].trainee, "anon-", 5) == 0);
    }
    uh_records_free(recs, n);
    uh_result_free(r);
    uh_store_close(st);
    CHECK(!file_contains(path, "Unusualname"));
}

/* A child saves attempts as fast as it can and reports each id once
 * uh_store_save has returned; the parent kills it with SIGKILL at an
 * arbitrary moment (most likely inside a transaction). Every reported id
 * must be there afterwards, complete, and the file must pass quick_check. */
TEST(durable_under_kill9)
{
    const char *path = uh_tmp("kill9.db");
    for (int round = 0; round < 3; round++) {
        int fds[2];
        CHECK(pipe(fds) == 0);
        pid_t pid = fork();
        if (pid == 0) {
            close(fds[0]);
            uh_error err;
            uh_store *st = uh_store_open(path, &err);
            if (!st)
                _exit(3);
            for (;;) {
                int64_t id;
                if (save_one(st, "kill9", NULL, &id))
                    _exit(4);
                if (write(fds[1], &id, sizeof id) != sizeof id)
                    _exit(5);
            }
        }
        close(fds[1]);
        int64_t id, max_id = 0;
        int got = 0;
        /* Let it write a while (a different number each round). */
        while (got < 40 + 35 * round && read(fds[0], &id, sizeof id) == sizeof id) {
            got++;
            max_id = id;
        }
        kill(pid, SIGKILL);
        int status;
        waitpid(pid, &status, 0);
        CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
        while (read(fds[0], &id, sizeof id) == sizeof id)  /* reported before it died */
            max_id = id;
        close(fds[0]);

        uh_error err;
        uh_store *st = uh_store_open(path, &err);
        CHECK_MSG(st && !uh_store_recovered_from(st), "reopen after kill -9: %s", err.msg);
        if (!st)
            return;
        uh_record *recs;
        size_t n;
        CHECK(uh_store_query(st, NULL, &recs, &n, &err) == 0);
        /* Every acknowledged save is there; at most the one in flight may
         * be there too (committed, killed before it could report). */
        CHECK_MSG((int64_t)n >= max_id && (int64_t)n <= max_id + 1, "%zu rows, last reported %lld", n,
                  (long long)max_id);
        printf("     kill -9 round %d: last save reported %lld, rows after reopen %zu\n", round + 1,
               (long long)max_id, n);
        bool complete = true;
        for (size_t i = 0; i < n; i++)
            complete = complete && recs[i].id == (int64_t)i + 1 && recs[i].nchoices == 3 &&
                       cJSON_GetObjectItem(recs[i].result, "score") != NULL;
        CHECK(complete);
        uh_records_free(recs, n);
        uh_store_close(st);
        CHECK(sql_int(path, "SELECT count(*) FROM choices") == 3 * (int)n);
    }
}

TEST(corrupt_file_is_set_aside)
{
    const char *path = uh_tmp("garbage.db");
    FILE *f = fopen(path, "w");
    for (int i = 0; i < 300; i++)
        fputs("this is not a database, just a file that happens to be here. ", f);
    fclose(f);
    uh_error err;
    uh_store *st = uh_store_open(path, &err);
    CHECK_MSG(st != NULL, "%s", err.msg);
    if (!st)
        return;
    const char *aside = uh_store_recovered_from(st);
    CHECK(aside && strstr(aside, "garbage.db.corrupt-") != NULL);
    CHECK(aside && file_contains(aside, "not a database"));
    CHECK(save_one(st, "after", NULL, NULL) == 0);
    uh_store_close(st);
    CHECK(sql_int(path, "SELECT count(*) FROM attempts") == 1);
}

TEST(damaged_pages_are_set_aside)
{
    const char *path = uh_tmp("damaged.db");
    uh_error err;
    uh_store *st = uh_store_open(path, &err);
    for (int i = 0; i < 60; i++)
        save_one(st, "someone", NULL, NULL);
    uh_store_close(st);
    struct stat sb;
    CHECK(stat(path, &sb) == 0 && sb.st_size > 8 * 4096);
    /* Scribble over the middle of the file: b-tree pages, not the header. */
    int fd = open(path, O_WRONLY);
    char junk[4096];
    memset(junk, 0x5a, sizeof junk);
    for (off_t off = 3 * 4096; off + 4096 <= sb.st_size && off < 9 * 4096; off += 2 * 4096)
        CHECK(pwrite(fd, junk, sizeof junk, off) == (ssize_t)sizeof junk);
    close(fd);
    st = uh_store_open(path, &err);
    CHECK_MSG(st != NULL, "%s", err.msg);
    if (!st)
        return;
    CHECK(uh_store_recovered_from(st) != NULL);
    uh_record *recs;
    size_t n;
    CHECK(uh_store_query(st, NULL, &recs, &n, &err) == 0 && n == 0);
    uh_records_free(recs, n);
    uh_store_close(st);
}

TEST(newer_schema_is_refused_and_kept)
{
    const char *path = uh_tmp("newer.db");
    uh_error err;
    uh_store_close(uh_store_open(path, &err));
    sqlite3 *db;
    sqlite3_open(path, &db);
    sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL);
    sqlite3_close(db);
    uh_store *st = uh_store_open(path, &err);
    CHECK(st == NULL);
    CHECK_HAS(err.msg, "newer");
    CHECK(sql_int(path, "PRAGMA user_version") == 99);
    uh_store_close(st);
}

TEST(migrations)
{
    /* Version 0: an empty database file, as sqlite3 leaves it. */
    const char *path = uh_tmp("v0.db");
    sqlite3 *db;
    sqlite3_open(path, &db);
    sqlite3_exec(db, "PRAGMA user_version", NULL, NULL, NULL);
    sqlite3_close(db);
    uh_error err;
    uh_store *st = uh_store_open(path, &err);
    CHECK_MSG(st != NULL, "%s", err.msg);
    uh_store_close(st);
    CHECK(sql_int(path, "PRAGMA user_version") == UH_STORE_SCHEMA_VERSION);
    CHECK(sql_int(path, "SELECT count(*) FROM outbox") == 0);

    /* Version 1 with data, then up to the current version: data kept. */
    path = uh_tmp("v1.db");
    st = uh_store_open_at(path, 1, &err);
    CHECK(st != NULL);
    CHECK(save_one(st, "old", "2026-01-05T10:00:00Z", NULL) == 0);
    uh_store_close(st);
    CHECK(sql_int(path, "PRAGMA user_version") == 1);
    CHECK(sql_int(path, "SELECT count(*) FROM sqlite_master WHERE name = 'outbox'") == 0);
    st = uh_store_open(path, &err);
    CHECK(st != NULL);
    uh_record *recs;
    size_t n;
    CHECK(uh_store_unqueued(st, &recs, &n, &err) == 0 && n == 1);
    if (n == 1)
        CHECK_STR(recs[0].trainee, "old");
    uh_records_free(recs, n);
    uh_store_close(st);
    CHECK(sql_int(path, "PRAGMA user_version") == UH_STORE_SCHEMA_VERSION);
    CHECK(uh_store_open_at(path, 7, &err) == NULL);

    /* Version 2 with a queued statement, then version 3 (parking): the
     * statement is still pending and nothing is parked. */
    path = uh_tmp("v2.db");
    st = uh_store_open_at(path, 2, &err);
    CHECK(st != NULL);
    int64_t a;
    CHECK(save_one(st, "queued", "2026-01-06T10:00:00Z", &a) == 0);
    cJSON *sts = cJSON_Parse("[{\"id\":\"v2-s1\"}]");
    CHECK(uh_store_outbox_add(st, a, sts, &err) == 0);
    cJSON_Delete(sts);
    uh_store_close(st);
    CHECK(sql_int(path, "PRAGMA user_version") == 2);
    st = uh_store_open(path, &err);
    CHECK_MSG(st != NULL, "%s", err.msg);
    CHECK(sql_int(path, "PRAGMA user_version") == 3);
    uh_outbox_counts c;
    CHECK(uh_store_outbox_counts(st, &c, &err) == 0 && c.pending == 1 && c.parked == 0);
    uh_store_close(st);
    CHECK(sql_int(path, "SELECT count(*) FROM outbox WHERE parked_at IS NULL") == 1);
}

TEST(purge_leaves_no_trace)
{
    const char *path = uh_tmp("purge.db");
    uh_error err;
    uh_store *st = uh_store_open(path, &err);
    CHECK(uh_test_dataset(st, &err) == 0);
    CHECK(save_one(st, "Purgeable Q. Person", "2026-10-01T12:00:00Z", NULL) == 0);
    int before_cut = sql_int(path, "SELECT count(*) FROM attempts WHERE started_at < '2026-11-08'");
    int total = sql_int(path, "SELECT count(*) FROM attempts");
    CHECK(before_cut > 1 && total == UH_TEST_DATASET_SIZE + 1);
    int deleted = -1;
    CHECK(uh_store_purge(st, "2026-11-08", &deleted, &err) == 0);
    CHECK(deleted == before_cut);
    CHECK(uh_store_purge(st, "soon", &deleted, &err) == -1);
    uh_record *recs;
    size_t n;
    CHECK(uh_store_query(st, NULL, &recs, &n, &err) == 0);
    CHECK((int)n == total - before_cut);
    for (size_t i = 0; i < n; i++)
        CHECK(strcmp(recs[i].started_at, "2026-11-08") > 0);
    uh_records_free(recs, n);
    /* The name is gone from the database file and from the WAL. */
    char wal[600];
    snprintf(wal, sizeof wal, "%s-wal", path);
    CHECK(!file_contains(path, "Purgeable"));
    CHECK(!file_contains(wal, "Purgeable"));
    uh_store_close(st);
    CHECK(!file_contains(path, "Purgeable"));
    CHECK(sql_int(path, "SELECT count(*) FROM choices WHERE attempt_id NOT IN (SELECT id FROM attempts)") == 0);
}

TEST(retention)
{
    const char *path = uh_tmp("retention.db");
    uh_error err;
    uh_store *st = uh_store_open(path, &err);
    char old[32], recent[32];
    int64_t now = (int64_t)time(NULL) * 1000;
    uh_time_format(now - 10LL * 86400000, old);
    uh_time_format(now - 1LL * 86400000, recent);
    save_one(st, "old", old, NULL);
    save_one(st, "recent", recent, NULL);
    int deleted = -1;
    CHECK(uh_store_apply_retention(st, 0, &deleted, &err) == 0 && deleted == 0);
    uh_store_close(st);

    uh_config cfg;
    uh_config_defaults(&cfg);
    cfg.retention_days = 5;
    st = uh_store_open_config(&cfg, path, &err);
    CHECK(st != NULL);
    uh_progress p;
    CHECK(uh_store_progress(st, "old", "paid-paper", &p, &err) == 0 && p.attempts == 0);
    CHECK(uh_store_progress(st, "recent", "paid-paper", &p, &err) == 0 && p.attempts == 1);
    uh_store_close(st);
    uh_config_free(&cfg);
}

TEST(outbox)
{
    const char *path = uh_tmp("outbox.db");
    uh_error err;
    uh_store *st = uh_store_open(path, &err);
    int64_t a1, a2;
    save_one(st, "one", "2026-11-01T10:00:00Z", &a1);
    save_one(st, "two", "2026-11-02T10:00:00Z", &a2);
    uh_record *recs;
    size_t n;
    CHECK(uh_store_unqueued(st, &recs, &n, &err) == 0 && n == 2);
    uh_records_free(recs, n);
    cJSON *sts = cJSON_Parse("[{\"id\":\"s1\",\"v\":1},{\"id\":\"s2\"},{\"id\":\"s3\"}]");
    CHECK(uh_store_outbox_add(st, a1, sts, &err) == 0);
    CHECK(uh_store_outbox_add(st, a1, sts, &err) == 0);  /* again: ignored */
    cJSON_Delete(sts);
    CHECK(uh_store_unqueued(st, &recs, &n, &err) == 0 && n == 1 && recs[0].id == a2);
    uh_records_free(recs, n);
    uh_outbox_counts c;
    CHECK(uh_store_outbox_counts(st, &c, &err) == 0 && c.pending == 3 && c.acked == 0);
    uh_outbox_item *items;
    CHECK(uh_store_outbox_pending(st, 2, &items, &n, &err) == 0 && n == 2);
    if (n == 2) {
        CHECK_STR(items[0].statement_id, "s1");
        CHECK_STR(items[0].statement, "{\"id\":\"s1\",\"v\":1}");
        const char *ids[] = {items[0].statement_id, items[1].statement_id};
        CHECK(uh_store_outbox_fail(st, ids, 2, "HTTP 500", &err) == 0);
        CHECK(uh_store_outbox_ack(st, ids, 1, &err) == 0);
    }
    uh_outbox_items_free(items, n);
    CHECK(uh_store_outbox_pending(st, 0, &items, &n, &err) == 0 && n == 2);
    if (n == 2) {
        CHECK_STR(items[0].statement_id, "s2");
        CHECK(items[0].tries == 1);
    }
    uh_outbox_items_free(items, n);
    CHECK(uh_store_outbox_counts(st, &c, &err) == 0 && c.pending == 2 && c.acked == 1);
    /* A parked statement is neither pending nor failed again; unparked, it
     * is pending once more. */
    CHECK(uh_store_outbox_park(st, "s3", 400, "bad verb", &err) == 0);
    CHECK(uh_store_outbox_counts(st, &c, &err) == 0 && c.pending == 1 && c.parked == 1);
    CHECK(uh_store_outbox_pending(st, 0, &items, &n, &err) == 0 && n == 1);
    uh_outbox_items_free(items, n);
    const char *s3 = "s3";
    CHECK(uh_store_outbox_fail(st, &s3, 1, "HTTP 500", &err) == 0);
    CHECK(uh_store_outbox_parked(st, &items, &n, &err) == 0 && n == 1);
    if (n == 1) {
        CHECK_STR(items[0].statement_id, "s3");
        CHECK(items[0].parked_status == 400 && items[0].tries == 1);
        CHECK_STR(items[0].parked_reason, "bad verb");
        CHECK(items[0].parked_at != NULL && items[0].attempt_uuid != NULL);
    }
    uh_outbox_items_free(items, n);
    int back;
    CHECK(uh_store_outbox_unpark(st, &back, &err) == 0 && back == 1);
    CHECK(uh_store_outbox_counts(st, &c, &err) == 0 && c.pending == 2 && c.parked == 0);
    /* Purging an attempt takes its statements with it. */
    CHECK(uh_store_purge(st, "2026-11-02", NULL, &err) == 0);
    CHECK(uh_store_outbox_counts(st, &c, &err) == 0 && c.pending == 0 && c.acked == 0);
    uh_store_close(st);
}

TEST(two_connections_take_turns)
{
    /* Two stores on one file (as a kiosk and `unhooked sync` would be):
     * writes interleave without error, every row lands. */
    const char *path = uh_tmp("two.db");
    uh_error err;
    uh_store *a = uh_store_open(path, &err), *b = uh_store_open(path, &err);
    CHECK(a && b);
    for (int i = 0; i < 20; i++) {
        CHECK(save_one(i % 2 ? a : b, "turns", NULL, NULL) == 0);
    }
    uh_progress p;
    CHECK(uh_store_progress(a, "turns", "paid-paper", &p, &err) == 0 && p.attempts == 20);
    uh_store_close(a);
    uh_store_close(b);
}

TEST(unusable_location)
{
    uh_error err;
    /* A folder cannot be created under a regular file. */
    const char *file = uh_tmp("plainfile");
    FILE *f = fopen(file, "w");
    fclose(f);
    char path[600];
    snprintf(path, sizeof path, "%s/sub/results.db", file);
    CHECK(uh_store_open(path, &err) == NULL);
    CHECK(err.msg[0] != '\0');
    uh_store_close(NULL);
    uh_records_free(NULL, 0);
    uh_outbox_items_free(NULL, 0);
}

int main(void)
{
    RUN(time_parse);
    RUN(save_and_read_back);
    RUN(anonymous_stores_no_name);
    RUN(durable_under_kill9);
    RUN(corrupt_file_is_set_aside);
    RUN(damaged_pages_are_set_aside);
    RUN(newer_schema_is_refused_and_kept);
    RUN(migrations);
    RUN(purge_leaves_no_trace);
    RUN(retention);
    RUN(outbox);
    RUN(two_connections_take_turns);
    RUN(unusable_location);
    TEST_END();
}
