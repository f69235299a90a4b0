/* SPDX-License-Identifier: Apache-2.0 */
/* pages.c — what touching memory costs after a pause, on this machine.
 *
 * A frame at 1920x1080 writes an 8 MB window and reads megabytes of text
 * and code. On some virtual machines a page that has not been touched for
 * a while costs far more to touch again than on bare metal (the hypervisor
 * maps it anew), and the cost grows with the pause; huge pages (2 MB) pay
 * it once per 512 small ones. This program reads one byte of every 4 KiB
 * page of an 8 MB block, after pauses of 0 to 1000 ms, for a block of
 * ordinary pages and one advised to be huge (MADV_HUGEPAGE), and prints the
 * median time per pass in the thread's CPU time. bench/run prints it beside
 * the frame times, so that they can be read against the machine. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

enum { SIZE = 8 << 20, HUGE = 2 << 20, PASSES = 7 };

static double cpu_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static volatile unsigned sink;

static double pass(const volatile unsigned char *p)
{
    double t0 = cpu_ms();
    unsigned s = 0;
    for (size_t i = 0; i < SIZE; i += 4096)
        s += p[i];
    sink = s;
    return cpu_ms() - t0;
}

int main(void)
{
    unsigned char *block[2];
    for (int k = 0; k < 2; k++) {
        /* 2 MB aligned, so that the advised block can be mapped huge. */
        unsigned char *m = mmap(NULL, SIZE + HUGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (m == MAP_FAILED)
            return 1;
        block[k] = (unsigned char *)(((size_t)m + HUGE - 1) & ~(size_t)(HUGE - 1));
        if (k == 1)
            madvise(block[k], SIZE, MADV_HUGEPAGE);
        memset(block[k], 1, SIZE);
    }
    static const int pause_ms[] = {0, 40, 200, 1000};
    printf("pause_ms 4k_pages_ms huge_pages_ms\n");
    for (size_t i = 0; i < sizeof pause_ms / sizeof *pause_ms; i++) {
        double t[2][PASSES];
        for (int r = 0; r < PASSES; r++)
            for (int k = 0; k < 2; k++) {
                if (pause_ms[i])
                    usleep((useconds_t)pause_ms[i] * 1000);
                t[k][r] = pass(block[k]);
            }
        for (int k = 0; k < 2; k++)
            qsort(t[k], PASSES, sizeof(double), cmp);
        printf("%d %.3f %.3f\n", pause_ms[i], t[0][PASSES / 2], t[1][PASSES / 2]);
    }
    return 0;
}
