/* SPDX-License-Identifier: Apache-2.0 */
/* clock.c — the monotonic clock and the wall clock. */
#include "clock.h"

#include <stdio.h>
#include <sys/time.h>
#include <time.h>

int64_t uh_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void uh_iso8601_now(char out[32], bool ms)
{
    struct timeval tv;
    gettimeofday(&tv, NULL);
    struct tm tm;
    gmtime_r(&tv.tv_sec, &tm);
    if (ms)
        snprintf(out, 32, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", (tm.tm_year + 1900) % 10000, (tm.tm_mon + 1) % 100,
                 tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, (int)(tv.tv_usec / 1000));
    else
        strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}
