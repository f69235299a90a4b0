/* SPDX-License-Identifier: Apache-2.0 */
/* bench_summary.c — `uh_bench_summary DB [--brief] [--repeat N]`: opens
 * the store for writing (as the kiosk has it open), then counts the
 * summary N times (default 5) as entering the admin screen does
 * (--brief) or as `unhooked report` does, and prints the time of each and
 * the memory the process gained. For bench/, not a test: it asserts
 * nothing about time. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "report/summary.h"

static long rss_kb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = -1;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0)
            kb = atol(line + 6);
    if (f)
        fclose(f);
    return kb;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static double cpu_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    const char *db = NULL;
    bool brief = false;
    int repeat = 5;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--brief"))
            brief = true;
        else if (!strcmp(argv[i], "--repeat") && i + 1 < argc)
            repeat = atoi(argv[++i]);
        else if (argv[i][0] != '-' && !db)
            db = argv[i];
        else {
            fprintf(stderr, "usage: uh_bench_summary DB [--brief] [--repeat N]\n");
            return 2;
        }
    }
    if (!db) {
        fprintf(stderr, "usage: uh_bench_summary DB [--brief] [--repeat N]\n");
        return 2;
    }
    uh_error err;
    char buf[1400];
    double t0 = now_s();
    uh_store *st = uh_store_open(db, &err);
    if (!st) {
        fprintf(stderr, "uh_bench_summary: %s\n", uh_error_format(&err, buf, sizeof buf));
        return 1;
    }
    printf("open (with its integrity check): %.3f s\n", now_s() - t0);
    long base = rss_kb(), peak = base;
    for (int i = 0; i < repeat; i++) {
        uh_summary_options o = {.brief = brief};
        double t = now_s(), c = cpu_s();
        uh_summary *s = uh_summary_query(st, &o, &err);
        double dt = now_s() - t, dc = cpu_s() - c;
        if (!s) {
            fprintf(stderr, "uh_bench_summary: %s\n", uh_error_format(&err, buf, sizeof buf));
            uh_store_close(st);
            return 1;
        }
        long r = rss_kb();
        peak = r > peak ? r : peak;
        printf("%s summary of %d attempts: %.3f s (%.3f s CPU), memory +%ld KB\n",
               brief ? "admin" : "report", s->all.attempts, dt, dc, r - base);
        uh_summary_free(s);
    }
    printf("most memory gained: %ld KB\n", peak - base);
    uh_store_close(st);
    return 0;
}
