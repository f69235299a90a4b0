/* SPDX-License-Identifier: Apache-2.0 */
/* test_kill9.c — durable_under_kill9: a result the store said it saved
 * survives kill -9 at any moment, and a store killed at any moment opens
 * again without being taken for damaged.
 *
 * Each round forks a child that opens the store, saves a few attempts
 * (reporting each id on a pipe once uh_store_save has returned), closes
 * it (the checkpoint) and starts again, until the parent kills it with
 * SIGKILL after a random delay of up to 0.4 s (one round in three within
 * the first 40 ms): while it creates the file
 * or migrates it, runs quick_check, inside a transaction, in the commit,
 * between commit and report, in the checkpoint at close. Then the parent
 * opens the store as the next kiosk start would: it must open, not be set
 * aside, hold every reported attempt complete and at most one more (the
 * one committed but not yet reported). Every few rounds a fresh file, so
 * the creation and the migrations are hit too.
 *
 * UH_KILL9_ROUNDS (default 240) and UH_KILL9_SEED reproduce a run. */
#include <errno.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdint.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "core/util.h"
#include "dataset.h"
#include "testing.h"
#include "tmpdir.h"

#define ROUNDS_PER_FILE 8

static int save_one(uh_store *st, int64_t *id)
{
    uh_result *r = uh_test_result("paid-paper", "reported", true, 1, 2, 3);
    uh_attempt a = {.trainee = "kill9", .cohort = "C1", .mode = "kiosk", .result = r};
    uh_error err;
    int rc = uh_store_save(st, &a, id, &err);
    uh_result_free(r);
    return rc;
}

/* The child: open, save 1..40 attempts, close, forever. */
static void child(const char *path, int out, unsigned seed)
{
    srand(seed);
    for (;;) {
        uh_error err;
        uh_store *st = uh_store_open(path, &err);
        if (!st) {
            fprintf(stderr, "child: %s\n", err.msg);
            _exit(3);
        }
        int n = 1 + rand() % 40;
        for (int i = 0; i < n; i++) {
            int64_t id;
            if (save_one(st, &id))
                _exit(4);
            if (write(out, &id, sizeof id) != sizeof id)
                _exit(5);
        }
        uh_store_close(st);
    }
}

static void pause_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
}

TEST(durable_under_kill9)
{
    const char *env = getenv("UH_KILL9_ROUNDS"), *seed_env = getenv("UH_KILL9_SEED");
    int rounds = env && atoi(env) > 0 ? atoi(env) : 240;
    unsigned seed = seed_env ? (unsigned)strtoul(seed_env, NULL, 10) : (unsigned)time(NULL);
    printf("     %d rounds, UH_KILL9_SEED=%u\n", rounds, seed);
    srand(seed);
    char path[600] = "";
    int64_t max_id = 0, killed_in_open = 0, total_rows = 0;
    long delay_sum = 0;
    for (int round = 0; round < rounds; round++) {
        if (round % ROUNDS_PER_FILE == 0) {
            snprintf(path, sizeof path, "%s", uh_tmp("kill9"));
            snprintf(path + strlen(path), sizeof path - strlen(path), "-%d.db",
                     round / ROUNDS_PER_FILE);
            max_id = 0;
        }
        int fds[2];
        CHECK(pipe(fds) == 0);
        unsigned child_seed = (unsigned)rand();
        /* Up to 0.4 s; one round in three within the first 40 ms, where
         * the file is created, migrated and checked. */
        long delay = round % 3 == 0 ? rand() % 41 : rand() % 401;
        delay_sum += delay;
        pid_t pid = fork();
        if (pid == 0) {
            close(fds[0]);
            child(path, fds[1], child_seed);
        }
        close(fds[1]);
        pause_ms(delay);
        kill(pid, SIGKILL);
        int status;
        waitpid(pid, &status, 0);
        CHECK_MSG(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
                  "round %d: the child ended by itself (status %d)", round, status);
        int64_t id, before = max_id;
        while (read(fds[0], &id, sizeof id) == sizeof id)
            max_id = id > max_id ? id : max_id;
        close(fds[0]);
        killed_in_open += max_id == before;

        /* The next start. */
        uh_error err;
        uh_store *st = uh_store_open(path, &err);
        CHECK_MSG(st && !uh_store_recovered_from(st), "round %d (%ld ms): reopen after kill -9: %s",
                  round, delay, st ? "set aside" : err.msg);
        if (!st)
            return;
        uh_record *recs;
        size_t n;
        CHECK(uh_store_query(st, NULL, &recs, &n, &err) == 0);
        /* Every acknowledged save is there; at most the one in flight may
         * be there too (committed, killed before it could report). */
        CHECK_MSG((int64_t)n >= max_id && (int64_t)n <= max_id + 1,
                  "round %d (%ld ms): %zu rows, last reported %lld", round, delay, n,
                  (long long)max_id);
        bool complete = true;
        for (size_t i = 0; i < n; i++)
            complete = complete && recs[i].id == (int64_t)i + 1 && recs[i].nchoices == 3 &&
                       cJSON_GetObjectItem(recs[i].result, "score") != NULL;
        CHECK_MSG(complete, "round %d: an attempt is incomplete", round);
        max_id = (int64_t)n;  /* the one in flight counts from now on */
        total_rows += (int64_t)n - before;
        uh_records_free(recs, n);
        uh_store_close(st);
        uh_set_aside *v;
        size_t nv;
        CHECK(uh_store_set_asides(path, &v, &nv, &err) == 0 && nv == 0);
        uh_set_asides_free(v, nv);
    }
    printf("     kill -9: %d rounds, mean delay %ld ms, %lld attempts saved, %lld rounds killed "
           "before a save was reported\n", rounds, delay_sum / rounds, (long long)total_rows,
           (long long)killed_in_open);
}

int main(void)
{
    RUN(durable_under_kill9);
    TEST_END();
}
