/* SPDX-License-Identifier: Apache-2.0 */
/* test_store.c — the results store: saving and reading back, durability
 * (kill -9: test_kill9.c), damage proven before a store is set aside and
 * every other failure changing nothing, reading changing nothing, the
 * sink the window saves through, migrations, privacy (purge,
 * retention, anonymous mode) and the LRS outbox. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>
#include <dirent.h>

#include "core/util.h"
#include "store/sink.h"
#include "dataset.h"
#include "fault_vfs.h"
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

/* A day the month lacks was carried into the next: `purge --before
 * 2026-02-30` deleted the attempts of March 1 and 2, `report --since
 * 2026-04-31` left out May 1. */
TEST(a_day_the_month_lacks_is_not_a_date)
{
    int64_t ms;
    const char *bad[] = {"2026-02-29", "2026-02-30", "2026-02-31", "2026-04-31", "2026-06-31",
                         "2026-09-31", "2026-11-31", "2100-02-29", "2026-02-30T00:00:00Z"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        CHECK_MSG(uh_time_parse(bad[i], &ms, NULL) == -1, "%s accepted", bad[i]);
    const char *good[] = {"2024-02-29", "2000-02-29", "2026-01-31", "2026-03-31", "2026-12-31"};
    char out[32];
    for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
        CHECK_MSG(uh_time_parse(good[i], &ms, NULL) == 0, "%s refused", good[i]);
        CHECK(strncmp(uh_time_format(ms, out), good[i], 10) == 0);
    }
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

/* Every file in the test folder whose name contains part. */
static int files_named(const char *part)
{
    char *dir = uh_dirname(uh_tmp("x"));
    DIR *d = opendir(dir);
    int n = 0;
    struct dirent *e;
    while (d && (e = readdir(d)))
        n += strstr(e->d_name, part) != NULL;
    if (d)
        closedir(d);
    free(dir);
    return n;
}

/* A file's bytes, to show it is untouched. */
static char *file_bytes(const char *path, size_t *len)
{
    return uh_read_file(path, len, NULL);
}

static bool same_bytes(const char *path, const char *before, size_t len)
{
    size_t now_len;
    char *now = file_bytes(path, &now_len);
    bool same = now && now_len == len && memcmp(now, before, len) == 0;
    free(now);
    return same;
}

/* A store (its lock file beside it) whose file was overwritten: set
 * aside, with a notice that stays until acknowledged. */
TEST(garbage_where_a_store_was_is_set_aside)
{
    const char *path = uh_tmp("garbage.db");
    uh_error err;
    uh_store *st = uh_store_open(path, &err);
    CHECK(st && save_one(st, "before", NULL, NULL) == 0);
    uh_store_close(st);
    FILE *f = fopen(path, "w");
    for (int i = 0; i < 300; i++)
        fputs("this is not a database, just a file that happens to be here. ", f);
    fclose(f);
    st = uh_store_open(path, &err);
    CHECK_MSG(st != NULL, "%s", err.msg);
    if (!st)
        return;
    const char *aside = uh_store_recovered_from(st);
    CHECK(aside && strstr(aside, "garbage.db.corrupt-") != NULL);
    CHECK(aside && file_contains(aside, "not a database"));
    CHECK(save_one(st, "after", NULL, NULL) == 0);
    uh_store_close(st);
    CHECK(sql_int(path, "SELECT count(*) FROM attempts") == 1);

    uh_set_aside *v;
    size_t n;
    CHECK(uh_store_set_asides(path, &v, &n, &err) == 0 && n == 1);
    if (n == 1) {
        CHECK(aside && strstr(v[0].moved_to, "garbage.db.corrupt-"));
        CHECK_HAS(v[0].reason, "not a database");
        CHECK(strlen(v[0].at) == 20 && v[0].at[19] == 'Z');
    }
    uh_set_asides_free(v, n);
    /* Acknowledged: gone; the damaged file stays. */
    CHECK(uh_store_acknowledge(path, 1, &err) == 0);
    CHECK(uh_store_set_asides(path, &v, &n, &err) == 0 && n == 0);
    CHECK(files_named("garbage.db.corrupt-") == 1);
}

/* A notice written after the administrator looked is not acknowledged
 * with the ones seen. */
TEST(acknowledging_keeps_a_newer_notice)
{
    const char *path = uh_tmp("twice.db");
    uh_error err;
    for (int round = 0; round < 2; round++) {
        uh_store_close(uh_store_open(path, &err));
        FILE *f = fopen(path, "w");
        fputs("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", f);
        fclose(f);
        uh_store *st = uh_store_open(path, &err);
        CHECK_MSG(st && uh_store_recovered_from(st), "%s", err.msg);
        uh_store_close(st);
    }
    uh_set_aside *v;
    size_t n;
    CHECK(uh_store_set_asides(path, &v, &n, &err) == 0 && n == 2);
    if (n == 2)
        CHECK(strcmp(v[0].moved_to, v[1].moved_to) != 0);
    uh_set_asides_free(v, n);
    CHECK(uh_store_acknowledge(path, 1, &err) == 0);
    CHECK(uh_store_set_asides(path, &v, &n, &err) == 0 && n == 1);
    uh_set_asides_free(v, n);
    CHECK(uh_store_acknowledge(path, 1, &err) == 0);
    CHECK(uh_store_set_asides(path, &v, &n, &err) == 0 && n == 0);
}

/* `--db notes.txt`: a text file is nobody's store. Neither reading nor
 * writing touches it or leaves anything beside it. */
TEST(text_file_given_as_store_is_left_alone)
{
    const char *path = uh_tmp("notes.txt");
    FILE *f = fopen(path, "w");
    fputs("Meeting notes: nothing to do with Unhooked.\n", f);
    fclose(f);
    size_t len;
    char *before = file_bytes(path, &len);
    uh_error err;
    uh_store_options ro = {.read_only = true};
    CHECK(uh_store_open_with(path, &ro, &err) == NULL);
    CHECK_HAS(err.msg, "not a SQLite database");
    CHECK(uh_store_open(path, &err) == NULL);
    CHECK_HAS(err.msg, "not an Unhooked results store");
    CHECK(uh_store_open(path, &err) == NULL);  /* and again: still no sign of a store */
    CHECK(same_bytes(path, before, len));
    CHECK(files_named("notes.txt") == 1);
    free(before);
}

/* Another program's SQLite database: never migrated into a store. */
TEST(other_programs_database_is_left_alone)
{
    const char *path = uh_tmp("other.db"), *marked = uh_tmp("marked.db");
    sqlite3 *db;
    sqlite3_open(path, &db);
    sqlite3_exec(db, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ann');", NULL,
                 NULL, NULL);
    sqlite3_close(db);
    sqlite3_open(marked, &db);
    sqlite3_exec(db, "PRAGMA application_id = 42; CREATE TABLE attempts (x);", NULL, NULL, NULL);
    sqlite3_close(db);
    size_t len, mlen;
    char *before = file_bytes(path, &len), *mbefore = file_bytes(marked, &mlen);
    uh_error err;
    uh_store_options ro = {.read_only = true};
    CHECK(uh_store_open_with(path, &ro, &err) == NULL);
    CHECK_HAS(err.msg, "not an Unhooked results store");
    CHECK(uh_store_open(path, &err) == NULL);
    CHECK_HAS(err.msg, "the tables contacts");
    CHECK(uh_store_open(marked, &err) == NULL);
    CHECK_HAS(err.msg, "application_id 42");
    CHECK(same_bytes(path, before, len) && same_bytes(marked, mbefore, mlen));
    CHECK(sql_int(path, "SELECT count(*) FROM sqlite_master") == 1);
    CHECK(files_named("other.db") == 1 && files_named("marked.db") == 1);
    free(before);
    free(mbefore);
}

/* Reading creates nothing: no folder, no store, no file left beside one,
 * and cannot write. */
TEST(reading_creates_nothing)
{
    const char *missing = uh_tmp("typo/sub/results.db");
    uh_error err;
    uh_store_options ro = {.read_only = true};
    CHECK(uh_store_open_with(missing, &ro, &err) == NULL);
    CHECK_HAS(err.msg, "no results store");
    CHECK(!uh_is_dir(uh_tmp("typo")));

    const char *path = uh_tmp("readonly.db");
    uh_store *st = uh_store_open(path, &err);
    char old[32];
    uh_time_format(((int64_t)time(NULL) - 40 * 86400) * 1000, old);
    CHECK(save_one(st, "someone", old, NULL) == 0);
    uh_store_close(st);
    int files = files_named("readonly.db");
    size_t len;
    char *before = file_bytes(path, &len);
    st = uh_store_open_with(path, &ro, &err);
    CHECK_MSG(st && uh_store_read_only(st), "%s", err.msg);
    uh_record *recs;
    size_t n;
    CHECK(st && uh_store_query(st, NULL, &recs, &n, &err) == 0 && n == 1);
    uh_records_free(recs, n);
    CHECK(st && save_one(st, "no", NULL, NULL) == -1);
    CHECK(st && uh_store_purge(st, "2100-01-01", NULL, &err) == -1);
    uh_store_close(st);
    CHECK(files_named("readonly.db") == files);
    CHECK(same_bytes(path, before, len));
    free(before);

    /* An empty file (a store created, never written) is no store to read. */
    const char *empty = uh_tmp("empty.db");
    fclose(fopen(empty, "w"));
    CHECK(uh_store_open_with(empty, &ro, &err) == NULL);
    CHECK_HAS(err.msg, "no results have been recorded");
    struct stat sb;
    CHECK(stat(empty, &sb) == 0 && sb.st_size == 0);

    /* With retention, reading leaves old attempts out instead of deleting them. */
    uh_config cfg;
    uh_config_defaults(&cfg);
    cfg.retention_days = 30;
    st = uh_store_open_config(&cfg, path, &ro, &err);
    CHECK(st && uh_store_query(st, NULL, &recs, &n, &err) == 0 && n == 0);
    uh_records_free(recs, n);
    uh_store_close(st);
    CHECK(sql_int(path, "SELECT count(*) FROM attempts") == 1);
    uh_config_free(&cfg);
}

/* A full disk: the shared-memory index cannot grow (SQLITE_IOERR_SHMSIZE,
 * what tmpfs gives), writes fail with SQLITE_FULL. A healthy store is not
 * set aside; nothing changes; the message says what is wrong; once there
 * is space again everything is there. */
TEST(full_disk_is_not_damage)
{
    const char *path = uh_tmp("full.db");
    uh_error err;
    uh_store *st = uh_store_open(path, &err);
    for (int i = 0; i < 5; i++)
        save_one(st, "kept", NULL, NULL);
    uh_store_close(st);
    size_t len;
    char *before = file_bytes(path, &len);

    fault.shm = SQLITE_IOERR_SHMSIZE;
    st = uh_store_open(path, &err);
    CHECK(st == NULL);
    CHECK_HAS(err.msg, "disk I/O error");
    CHECK_HAS(err.msg, "nothing was changed");
    uh_store_options ro = {.read_only = true};
    CHECK(uh_store_open_with(path, &ro, &err) == NULL);
    fault_reset();
    CHECK(same_bytes(path, before, len));
    CHECK(files_named("full.db.corrupt") == 0 && files_named("full.db-set-aside") == 0);

    /* Full while open: the save fails and says so; the store stays good. */
    st = uh_store_open(path, &err);
    CHECK(st != NULL);
    fault.full = true;
    CHECK(st && save_one(st, "lost", NULL, NULL) == -1);
    fault_reset();
    CHECK(st && save_one(st, "later", NULL, NULL) == 0);
    uh_store_close(st);
    fault.full = true;
    uh_store_close(uh_store_open(path, &err));  /* opening on a full disk */
    fault_reset();
    st = uh_store_open(path, &err);
    CHECK(st && !uh_store_recovered_from(st));
    uh_progress p;
    CHECK(st && uh_store_progress(st, "kept", "paid-paper", &p, &err) == 0 && p.attempts == 5);
    CHECK(st && uh_store_progress(st, "later", "paid-paper", &p, &err) == 0 && p.attempts == 1);
    uh_store_close(st);
    CHECK(files_named("full.db.corrupt") == 0);
    free(before);
}

/* A store the program cannot open or read (EACCES, EIO), or whose shared
 * memory cannot be opened (an unwritable -shm): an error, never a set-aside. */
TEST(unreadable_store_is_not_damage)
{
    const char *path = uh_tmp("unreadable.db");
    uh_error err;
    uh_store *st = uh_store_open(path, &err);
    save_one(st, "kept", NULL, NULL);
    uh_store_close(st);
    size_t len;
    char *before = file_bytes(path, &len);
    static const char *const what[] = {"cannot open", "cannot read", "shared memory"};
    for (int k = 0; k < 3; k++) {
        fault.cantopen = k == 0;
        fault.read_error = k == 1;
        fault.shm = k == 2 ? SQLITE_IOERR_SHMOPEN : 0;
        st = uh_store_open(path, &err);
        CHECK_MSG(st == NULL, "%s: opened", what[k]);
        CHECK_MSG(strstr(err.msg, "nothing was changed") != NULL, "%s: %s", what[k], err.msg);
        fault_reset();
        CHECK(same_bytes(path, before, len));
        CHECK(files_named("unreadable.db.corrupt") == 0);
    }
    CHECK(sql_int(path, "SELECT count(*) FROM attempts") == 1);
    free(before);
}

/* Garbage read once (a flaky disk or cable): the first check fails, the
 * second, on a fresh connection, does not; nothing is set aside. */
TEST(damage_seen_once_is_not_set_aside)
{
    const char *path = uh_tmp("flaky.db");
    uh_error err;
    uh_store *st = uh_store_open(path, &err);
    for (int i = 0; i < 60; i++)
        save_one(st, "kept", NULL, NULL);
    uh_store_close(st);
    fault.garble_next = true;
    st = uh_store_open(path, &err);
    fault_reset();
    CHECK(st == NULL);
    CHECK_HAS(err.msg, "damaged");
    CHECK_HAS(err.msg, "a second check found nothing wrong");
    CHECK(files_named("flaky.db.corrupt") == 0);
    CHECK(sql_int(path, "SELECT count(*) FROM attempts") == 60);
}

/* A damaged store another program has open (a kiosk, while cron runs
 * sync) is not renamed under it; once it is closed, it is set aside. */
TEST(damaged_store_in_use_is_not_moved)
{
    const char *path = uh_tmp("inuse.db");
    uh_error err;
    uh_store *st = uh_store_open(path, &err);
    for (int i = 0; i < 60; i++)
        save_one(st, "someone", NULL, NULL);
    uh_store_close(st);
    uh_store *kiosk = uh_store_open(path, &err);
    CHECK(kiosk != NULL);
    struct stat sb;
    stat(path, &sb);
    int fd = open(path, O_WRONLY);
    char junk[4096];
    memset(junk, 0x5a, sizeof junk);
    for (off_t off = 3 * 4096; off + 4096 <= sb.st_size && off < 9 * 4096; off += 2 * 4096)
        CHECK(pwrite(fd, junk, sizeof junk, off) == (ssize_t)sizeof junk);
    close(fd);
    st = uh_store_open(path, &err);
    CHECK(st == NULL);
    CHECK_HAS(err.msg, "another program has it open");
    CHECK(files_named("inuse.db.corrupt") == 0);
    uh_store_close(kiosk);
    st = uh_store_open(path, &err);
    CHECK_MSG(st && uh_store_recovered_from(st), "%s", err.msg);
    uh_store_close(st);
}

static double seconds_since(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0->tv_sec) + (t.tv_nsec - t0->tv_nsec) / 1e9;
}

static int sink_save_one(uh_sink *k, const char *trainee, uh_error *err)
{
    uh_result *r = uh_test_result("paid-paper", "reported", true, 1, 2, 3);
    uh_attempt a = {.trainee = trainee, .mode = "kiosk", .result = r};
    int rc = uh_sink_save(k, &a, err);
    uh_result_free(r);
    return rc;
}

/* The window started while the disk was full: the first results are kept,
 * and once there is space the next save writes them all, in order. */
TEST(store_unavailable_at_start_is_retried)
{
    const char *path = uh_tmp("sink-full.db");
    uh_error err;
    uh_store_close(uh_store_open(path, &err));
    uh_config cfg;
    uh_config_defaults(&cfg);
    fault.shm = SQLITE_IOERR_SHMSIZE;
    uh_sink *k = uh_sink_new(&cfg, path);
    CHECK(uh_sink_store(k) == NULL);
    CHECK_HAS(uh_sink_error(k), "disk I/O error");
    CHECK(sink_save_one(k, "first", &err) == 1);
    CHECK_HAS(err.msg, "disk I/O error");
    CHECK(sink_save_one(k, "second", &err) == 1 && uh_sink_kept(k) == 2);
    fault_reset();
    CHECK(sink_save_one(k, "third", &err) == 0);
    CHECK(uh_sink_kept(k) == 0 && uh_sink_error(k)[0] == '\0');
    uh_store *st = uh_sink_store(k);
    uh_record *recs;
    size_t n;
    CHECK(st && uh_store_query(st, NULL, &recs, &n, &err) == 0 && n == 3);
    if (n == 3)
        CHECK(!strcmp(recs[0].trainee, "first") && !strcmp(recs[1].trainee, "second") &&
              !strcmp(recs[2].trainee, "third"));
    uh_records_free(recs, n);

    /* Full again while open: kept, and saved when the sink is freed. */
    fault.full = true;
    CHECK(sink_save_one(k, "fourth", &err) == 1);
    CHECK_HAS(err.msg, "full");
    fault_reset();
    uh_sink_free(k);
    CHECK(sql_int(path, "SELECT count(*) FROM attempts") == 4);
    CHECK(files_named("sink-full.db.corrupt") == 0);
    uh_config_free(&cfg);
}

/* Another program holds the writer lock (a sync, a backup) for as long as
 * it likes: a save returns at once with the result kept, and a poll saves
 * it when the lock is free. */
TEST(held_lock_never_blocks_a_save)
{
    const char *path = uh_tmp("sink-busy.db");
    char lock[600];
    snprintf(lock, sizeof lock, "%s-lock", path);
    uh_config cfg;
    uh_config_defaults(&cfg);
    int fd = open(lock, O_RDWR | O_CREAT, 0600);
    CHECK(fd >= 0 && flock(fd, LOCK_EX) == 0);
    uh_sink *k = uh_sink_new(&cfg, path);
    uh_error err;
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    CHECK(sink_save_one(k, "waiting", &err) == 1);
    double took = seconds_since(&t0);
    CHECK_HAS(err.msg, "busy");
    CHECK(uh_sink_poll(k) == 1);  /* still held: still kept */
    printf("     a save with the lock held returned in %.3f s (kept: %zu)\n", took, uh_sink_kept(k));
    flock(fd, LOCK_UN);
    close(fd);
    /* The lock is free: the next poll that is due saves it. */
    clock_gettime(CLOCK_MONOTONIC, &t0);
    while (uh_sink_poll(k) != 0 && seconds_since(&t0) < 30) {
        struct timespec ts = {0, 50 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    CHECK(uh_sink_kept(k) == 0);
    uh_sink_free(k);
    CHECK(sql_int(path, "SELECT count(*) FROM attempts") == 1);

    /* The same with the store open already: a save while the lock is held. */
    k = uh_sink_new(&cfg, path);
    CHECK(uh_sink_store(k) != NULL);
    fd = open(lock, O_RDWR);
    CHECK(fd >= 0 && flock(fd, LOCK_EX) == 0);
    CHECK(sink_save_one(k, "busy again", &err) == 1);
    flock(fd, LOCK_UN);
    close(fd);
    CHECK(sink_save_one(k, "free", &err) == 0 && uh_sink_kept(k) == 0);
    uh_sink_free(k);
    CHECK(sql_int(path, "SELECT count(*) FROM attempts") == 3);
    uh_config_free(&cfg);
}

/* A kept attempt saved twice (its first commit landed, the caller never
 * heard) is one row. */
TEST(attempt_saved_twice_is_one_row)
{
    const char *path = uh_tmp("twice-saved.db");
    uh_error err;
    uh_store *st = uh_store_open(path, &err);
    uh_result *r = uh_test_result("paid-paper", "reported", true, 1, 2, 3);
    uh_attempt a = {.trainee = "once", .mode = "kiosk", .result = r};
    uh_attempt_copy *c = uh_attempt_copy_new(&a, &err);
    int64_t id1 = 0, id2 = 0;
    CHECK(c && uh_store_save_copy(st, c, &id1, &err) == 0);
    CHECK(c && uh_store_save_copy(st, c, &id2, &err) == 0);
    CHECK(id1 == id2 && id1 > 0);
    CHECK(sql_int(path, "SELECT count(*) FROM attempts") == 1);
    CHECK(sql_int(path, "SELECT count(*) FROM choices") == 3);
    uh_attempt_copy_free(c);
    a.trainee = "";
    CHECK(uh_attempt_copy_new(&a, &err) == NULL);
    uh_attempt_copy_free(NULL);
    uh_result_free(r);
    uh_store_close(st);
}

/* `run --trainee` and imports passed any bytes to the store: a trainee
 * with a stray byte made the xAPI statements JSON an LRS refuses, one with a
 * newline split the report's lines. They are refused, as the sign-in
 * refuses them; a name in UTF-8 is kept. */
TEST(trainee_with_stray_bytes_or_control_characters_is_refused)
{
    const char *path = uh_tmp("plain-text.db");
    uh_error err;
    uh_store *st = uh_store_open(path, &err);
    uh_result *r = uh_test_result("paid-paper", "reported", true, 1, 2, 3);
    const char *bad[] = {"bad\xffname", "two\nlines", "tab\there", "esc\x1b[2J"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        uh_attempt a = {.trainee = bad[i], .mode = "cli", .result = r};
        CHECK_MSG(uh_store_save(st, &a, NULL, &err) != 0, "saved trainee %zu", i);
        CHECK_HAS(err.msg, "control characters");
        uh_attempt c = {.trainee = "ok", .cohort = bad[i], .mode = "cli", .result = r};
        CHECK_MSG(uh_store_save(st, &c, NULL, &err) != 0, "saved cohort %zu", i);
    }
    uh_attempt a = {.trainee = "Zo\xc3\xab M\xc3\xbcller", .cohort = "K\xc3\xb6ln", .mode = "cli",
                    .result = r};
    int64_t id = 0;
    CHECK(uh_store_save(st, &a, &id, &err) == 0 && id > 0);
    CHECK(sql_int(path, "SELECT count(*) FROM attempts") == 1);
    uh_result_free(r);
    uh_store_close(st);
}

/* The sink shows the notices of stores set aside, logs them, and
 * acknowledges them. */
TEST(sink_shows_set_aside_until_acknowledged)
{
    const char *path = uh_tmp("sink-aside.db");
    uh_error err;
    uh_store_close(uh_store_open(path, &err));
    FILE *f = fopen(path, "w");
    fputs("garbage garbage garbage garbage garbage garbage garbage garbage", f);
    fclose(f);
    uh_config cfg;
    uh_config_defaults(&cfg);
    uh_sink *k = uh_sink_new(&cfg, path);
    size_t n;
    uh_sink_notices(k, &n);
    CHECK(n == 0);
    CHECK(sink_save_one(k, "after", &err) == 0);
    const uh_set_aside *v = uh_sink_notices(k, &n);
    CHECK(n == 1 && strstr(v[0].moved_to, "sink-aside.db.corrupt-"));
    uh_sink_free(k);
    k = uh_sink_new(&cfg, path);  /* a restart: still shown */
    uh_sink_notices(k, &n);
    CHECK(n == 1);
    CHECK(uh_sink_acknowledge(k, &err) == 0);
    uh_sink_notices(k, &n);
    CHECK(n == 0);
    uh_sink_free(k);
    uh_config_free(&cfg);
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

/* Issue 16: quick_check at every open took seconds over a million
 * attempts. A clean check is remembered with the state of the files, and
 * trusted only while they are exactly as the check (or a clean close)
 * left them. */
TEST(remembered_check_is_trusted_only_for_the_same_files)
{
    const char *path = uh_tmp("remember.db");
    char checked[600];
    snprintf(checked, sizeof checked, "%s-checked", path);
    uh_error err;
    uh_store *st = uh_store_open(path, &err);
    for (int i = 0; i < 60; i++)
        save_one(st, "someone", NULL, NULL);
    CHECK(!uh_store_check_remembered(st, NULL));  /* a new store: nothing to remember */
    uh_store_close(st);
    CHECK(access(checked, F_OK) == 0);

    /* Unchanged since its own clean close: trusted, for writing and reading. */
    int64_t at = 0;
    st = uh_store_open(path, &err);
    CHECK(st && uh_store_check_remembered(st, &at) && at > 0);
    uh_store_close(st);
    uh_store_options ro = {.read_only = true};
    st = uh_store_open_with(path, &ro, &err);
    uh_record *recs;
    size_t n = 0;
    CHECK(st && uh_store_check_remembered(st, NULL));
    CHECK(st && uh_store_query(st, NULL, &recs, &n, &err) == 0 && n == 60);
    if (st)
        uh_records_free(recs, n);
    uh_store_close(st);

    /* Another program writes to it: checked again (and it is sound). */
    sqlite3 *db;
    sqlite3_open(path, &db);
    sqlite3_exec(db, "CREATE TABLE scratch (x); DROP TABLE scratch;", NULL, NULL, NULL);
    sqlite3_close(db);
    st = uh_store_open(path, &err);
    CHECK_MSG(st && !uh_store_check_remembered(st, NULL), "%s", st ? "remembered" : err.msg);
    uh_store_close(st);

    /* A check older than a week is not trusted. */
    size_t len;
    char *text = uh_read_file(checked, &len, &err), *nl = text ? strchr(text, '\n') : NULL;
    CHECK(nl != NULL);
    if (nl) {
        FILE *f = fopen(checked, "w");
        fprintf(f, "%.*s\n%lld%s", (int)(nl - text), text, (long long)(time(NULL) - 8 * 86400) * 1000,
                strchr(nl + 1, '\n'));
        fclose(f);
        st = uh_store_open(path, &err);
        CHECK(st && !uh_store_check_remembered(st, NULL));
        uh_store_close(st);
    }
    free(text);

    /* Damage written behind SQLite's back, with the modification time put
     * back as it was: the status-change time still moves, so the whole
     * file is checked, the damage found and the store set aside. */
    struct stat sb;
    CHECK(stat(path, &sb) == 0 && sb.st_size > 8 * 4096);
    st = uh_store_open(path, &err);
    CHECK(st && uh_store_check_remembered(st, NULL));
    uh_store_close(st);
    CHECK(stat(path, &sb) == 0);
    int fd = open(path, O_WRONLY);
    char junk[4096];
    memset(junk, 0x5a, sizeof junk);
    for (off_t off = 3 * 4096; off + 4096 <= sb.st_size && off < 9 * 4096; off += 2 * 4096)
        CHECK(pwrite(fd, junk, sizeof junk, off) == (ssize_t)sizeof junk);
    CHECK(futimens(fd, (struct timespec[2]){sb.st_atim, sb.st_mtim}) == 0);
    close(fd);
    st = uh_store_open_with(path, &ro, &err);
    CHECK(st == NULL);
    CHECK_HAS(err.msg, "damaged");
    st = uh_store_open(path, &err);
    CHECK_MSG(st && uh_store_recovered_from(st) != NULL, "%s", err.msg);
    uh_store_close(st);
}

/* Issue 16: a report run while the kiosk has the store open, and has
 * saved attempts since it opened it, trusts the check the kiosk vouches
 * for after each save. */
TEST(report_while_the_kiosk_runs_is_not_checked_again)
{
    const char *path = uh_tmp("kiosk-open.db");
    uh_error err;
    uh_store *kiosk = uh_store_open(path, &err);
    save_one(kiosk, "first", NULL, NULL);
    uh_store_close(kiosk);
    kiosk = uh_store_open(path, &err);
    CHECK(kiosk && uh_store_check_remembered(kiosk, NULL));
    for (int i = 0; i < 3; i++)
        save_one(kiosk, "later", NULL, NULL);
    uh_store_options ro = {.read_only = true};
    uh_store *report = uh_store_open_with(path, &ro, &err);
    CHECK_MSG(report && uh_store_check_remembered(report, NULL), "%s", report ? "checked" : err.msg);
    uh_record *recs;
    size_t n = 0;
    CHECK(report && uh_store_query(report, NULL, &recs, &n, &err) == 0 && n == 4);
    if (report)
        uh_records_free(recs, n);
    uh_store_close(report);
    save_one(kiosk, "after the report", NULL, NULL);
    uh_store_close(kiosk);
    kiosk = uh_store_open(path, &err);
    CHECK(kiosk && uh_store_check_remembered(kiosk, NULL));
    uh_store_close(kiosk);
}

/* Issue 16: a program that had the store open while another wrote to it
 * does not vouch for the file at its close: the next open checks it. */
TEST(store_written_by_another_connection_is_checked_again)
{
    const char *path = uh_tmp("two-writers.db");
    uh_error err;
    uh_store *a = uh_store_open(path, &err);
    save_one(a, "first", NULL, NULL);
    uh_store_close(a);
    a = uh_store_open(path, &err);
    CHECK(a && uh_store_check_remembered(a, NULL));
    uh_store *b = uh_store_open(path, &err);
    CHECK(b != NULL);
    save_one(b, "from b", NULL, NULL);
    uh_store_close(b);
    save_one(a, "from a", NULL, NULL);
    uh_store_close(a);
    a = uh_store_open(path, &err);
    CHECK(a && !uh_store_check_remembered(a, NULL));
    uh_store_close(a);
    CHECK(sql_int(path, "SELECT count(*) FROM attempts") == 3);
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
    CHECK(sql_int(path, "PRAGMA application_id") == UH_STORE_APPLICATION_ID);
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

    /* Version 3, as every store was before the application_id: recognised
     * by its tables, read as it is, then given the mark when written. */
    path = uh_tmp("v3.db");
    st = uh_store_open_at(path, 3, &err);
    CHECK(st && save_one(st, "v3", "2026-01-07T10:00:00Z", NULL) == 0);
    uh_store_close(st);
    CHECK(sql_int(path, "PRAGMA application_id") == 0);
    uh_store_options ro = {.read_only = true};
    st = uh_store_open_with(path, &ro, &err);
    CHECK_MSG(st != NULL, "%s", err.msg);
    uh_store_close(st);
    CHECK(sql_int(path, "PRAGMA application_id") == 0 && sql_int(path, "PRAGMA user_version") == 3);
    st = uh_store_open(path, &err);
    CHECK_MSG(st != NULL, "%s", err.msg);
    uh_store_close(st);
    CHECK(sql_int(path, "PRAGMA application_id") == UH_STORE_APPLICATION_ID);
    CHECK(sql_int(path, "SELECT count(*) FROM attempts") == 1);

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
    CHECK(sql_int(path, "PRAGMA user_version") == UH_STORE_SCHEMA_VERSION);
    CHECK(sql_int(path, "PRAGMA application_id") == UH_STORE_APPLICATION_ID);
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
    st = uh_store_open_config(&cfg, path, NULL, &err);
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
    fault_vfs_install();
    RUN(time_parse);
    RUN(save_and_read_back);
    RUN(anonymous_stores_no_name);
    RUN(garbage_where_a_store_was_is_set_aside);
    RUN(acknowledging_keeps_a_newer_notice);
    RUN(text_file_given_as_store_is_left_alone);
    RUN(other_programs_database_is_left_alone);
    RUN(reading_creates_nothing);
    RUN(full_disk_is_not_damage);
    RUN(unreadable_store_is_not_damage);
    RUN(damage_seen_once_is_not_set_aside);
    RUN(damaged_store_in_use_is_not_moved);
    RUN(store_unavailable_at_start_is_retried);
    RUN(held_lock_never_blocks_a_save);
    RUN(attempt_saved_twice_is_one_row);
    RUN(sink_shows_set_aside_until_acknowledged);
    RUN(damaged_pages_are_set_aside);
    RUN(remembered_check_is_trusted_only_for_the_same_files);
    RUN(store_written_by_another_connection_is_checked_again);
    RUN(report_while_the_kiosk_runs_is_not_checked_again);
    RUN(newer_schema_is_refused_and_kept);
    RUN(migrations);
    RUN(purge_leaves_no_trace);
    RUN(retention);
    RUN(outbox);
    RUN(two_connections_take_turns);
    RUN(unusable_location);
    RUN(trainee_with_stray_bytes_or_control_characters_is_refused);
    RUN(a_day_the_month_lacks_is_not_a_date);
    TEST_END();
}
