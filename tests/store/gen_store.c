/* SPDX-License-Identifier: Apache-2.0 */
/* gen_store.c — `uh_gen_store DB --attempts N`: a large results store of
 * synthetic attempts, for measuring reports and the admin screen on years
 * of a big company's training, and for the tests that compare the SQL
 * summary with a recount.
 *
 *   uh_gen_store DB [--attempts N] [--people P] [--seed S] [--directory FILE.csv]
 *                   [--years Y] [--batch B] [--schema V]
 *
 * N attempts (default 100000) by P trainees (default N / 20, at least 10)
 * over Y years (default 3) before 2026-11-30, in the three scenarios of
 * the test data set, saved through the store's own save path in batches
 * of B (default 20000) per transaction, unsynced, with a large page cache. --directory also writes a
 * directory CSV of the trainees (and a tenth more who never trained), for
 * `unhooked directory import`. --schema writes a store of an older schema
 * version (4: before the report columns), to time its migration. The same
 * seed gives the same store. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sqlite3.h>

#include "dataset.h"
#include "store/store_sql.h"

static unsigned long long rng_state;
static unsigned rnd(unsigned n)
{
    rng_state = rng_state * 6364136223846793005ull + 1442695040888963407ull;
    return (unsigned)((rng_state >> 33) % n);
}

static const char *const scenario_ids[] = {"linkedin-think-tank", "paid-paper", "honey-trap-trip"};
static const char *const departments[] = {"Engineering", "Sales", "Finance", "Research",
                                          "Legal", "Operations", "Executive office"};

int main(int argc, char **argv)
{
    const char *db = NULL, *dir_csv = NULL;
    long attempts = 100000, people = 0, batch = 20000, years = 3, schema = 0;
    unsigned long long seed = 1;
    for (int i = 1; i < argc; i++) {
        bool has = i + 1 < argc;
        if (!strcmp(argv[i], "--attempts") && has)
            attempts = atol(argv[++i]);
        else if (!strcmp(argv[i], "--people") && has)
            people = atol(argv[++i]);
        else if (!strcmp(argv[i], "--seed") && has)
            seed = strtoull(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "--batch") && has)
            batch = atol(argv[++i]);
        else if (!strcmp(argv[i], "--schema") && has)
            schema = atol(argv[++i]);
        else if (!strcmp(argv[i], "--years") && has)
            years = atol(argv[++i]);
        else if (!strcmp(argv[i], "--directory") && has)
            dir_csv = argv[++i];
        else if (argv[i][0] != '-' && !db)
            db = argv[i];
        else {
            fprintf(stderr, "usage: uh_gen_store DB [--attempts N] [--people P] [--seed S] "
                            "[--directory FILE.csv] [--years Y] [--batch B] [--schema V]\n");
            return 2;
        }
    }
    if (!db || attempts < 0 || batch < 1 || years < 1 || schema < 0 ||
        schema > UH_STORE_SCHEMA_VERSION) {
        fprintf(stderr, "usage: uh_gen_store DB [--attempts N] [--people P] [--seed S] "
                        "[--directory FILE.csv] [--years Y] [--batch B] [--schema V]\n");
        return 2;
    }
    if (people <= 0)
        people = attempts / 20 > 10 ? attempts / 20 : 10;
    rng_state = seed;
    uh_error err;
    char buf[1400];
    uh_store *st = uh_store_open_at(db, (int)schema, &err);
    if (!st) {
        fprintf(stderr, "uh_gen_store: %s\n", uh_error_format(&err, buf, sizeof buf));
        return 1;
    }
    /* A generator, not a kiosk: nothing it writes must survive a power
     * cut, so its commits are not synced, and a page cache of 256 MiB keeps
     * the indexes' pages in memory while a million rows go in. */
    sqlite3_exec(uh_store_sqlite(st), "PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;", NULL, NULL,
                 NULL);
    int64_t end;
    uh_time_parse("2026-11-30", &end, NULL);
    int64_t span = (int64_t)years * 365 * 86400000;
    time_t t0 = time(NULL);
    int rc = 0;
    for (long i = 0; i < attempts && rc == 0; i++) {
        if (i % batch == 0 && uh_store_batch_begin(st, &err)) {
            rc = -1;
            break;
        }
        const char *scenario = scenario_ids[rnd(3)];
        unsigned roll = rnd(100);
        const char *ending;
        bool reported = false;
        int hook = (int)rnd(4), at = 0, nchoices = 2 + (int)rnd(3);
        if (roll < 50) {
            reported = true;
            at = rnd(6) % 4 == 3 ? 3 + (int)rnd(5) : (int)rnd(3);
            hook = at + (int)rnd(2);
            ending = at > 2 ? "reported_late" : "reported";
        } else if (roll < 68) {
            ending = rnd(2) ? "walked_away" : "declined_politely";
        } else if (roll < 80) {
            ending = "compromised";
            hook += 2;
        } else if (roll < 92) {
            ending = "hooked";
            hook += 3;
        } else {
            ending = NULL;
        }
        uh_result *r = uh_test_result(scenario, ending, reported, at, hook, nchoices);
        int64_t started = end - span + (int64_t)((double)span * i / (attempts ? attempts : 1)) +
                          (int64_t)rnd(3600) * 1000;
        char s1[32], s2[32], trainee[32], cohort[32];
        uh_time_format(started, s1);
        uh_time_format(started + 60000 + (int64_t)rnd(600) * 1000, s2);
        long who = (long)rnd((unsigned)people);
        snprintf(trainee, sizeof trainee, "E%06ld", who);
        bool anonymous = rnd(40) == 0;
        char pseudonym[32];
        snprintf(pseudonym, sizeof pseudonym, "anon-%012lx", (unsigned long)i);
        /* Cohorts: a department and a quarter, now and then none. */
        snprintf(cohort, sizeof cohort, "%.3s-%.4s-Q%d", departments[who % 7], s1,
                 (atoi(s1 + 5) - 1) / 3 + 1);
        for (char *c = cohort; *c; c++)
            if (*c >= 'a' && *c <= 'z')
                *c = (char)(*c - 'a' + 'A');
        uh_attempt a = {
            .trainee = anonymous ? pseudonym : trainee,
            .anonymous = anonymous,
            .cohort = rnd(10) == 0 ? NULL : cohort,
            .mode = rnd(5) == 0 ? "facilitated" : "kiosk",
            .started_at = s1,
            .ended_at = s2,
            .result = r,
        };
        rc = uh_store_save(st, &a, NULL, &err);
        uh_result_free(r);
        if ((i + 1) % batch == 0 || i + 1 == attempts || rc) {
            if (uh_store_batch_end(st, rc == 0, &err))
                rc = -1;
            if (rc == 0 && attempts >= 100000)
                fprintf(stderr, "uh_gen_store: %ld of %ld attempts (%lds)\n", i + 1, attempts,
                        (long)(time(NULL) - t0));
        }
    }
    if (rc) {
        fprintf(stderr, "uh_gen_store: %s\n", uh_error_format(&err, buf, sizeof buf));
        uh_store_close(st);
        return 1;
    }
    uh_store_close(st);
    if (dir_csv) {
        FILE *f = fopen(dir_csv, "w");
        if (!f) {
            perror(dir_csv);
            return 1;
        }
        fprintf(f, "employee_id,name,department,manager\n");
        for (long k = 0; k < people + people / 10; k++)
            fprintf(f, "E%06ld,Trainee %ld,%s,Manager %ld\n", k, k, departments[k % 7], k % 7);
        if (fclose(f)) {
            perror(dir_csv);
            return 1;
        }
    }
    return 0;
}
