/* SPDX-License-Identifier: Apache-2.0 */
/* tmpdir.h — a scratch folder per test program, removed at exit unless
 * UH_KEEP_TMP is set. */
#ifndef UH_TEST_TMPDIR_H
#define UH_TEST_TMPDIR_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char uh_tmp_root[256];

static void uh_tmp_cleanup(void)
{
    if (uh_tmp_root[0] && !getenv("UH_KEEP_TMP")) {
        char cmd[300];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", uh_tmp_root);
        if (system(cmd) != 0)
            fprintf(stderr, "cannot remove %s\n", uh_tmp_root);
    }
}

/* Returns "ROOT/name" in a static buffer rotation (8 at a time). */
static const char *uh_tmp(const char *name)
{
    static char bufs[8][512];
    static int next;
    if (!uh_tmp_root[0]) {
        const char *base = getenv("TMPDIR");
        snprintf(uh_tmp_root, sizeof uh_tmp_root, "%s/uh-test-XXXXXX", base && *base ? base : "/tmp");
        if (!mkdtemp(uh_tmp_root)) {
            perror("mkdtemp");
            exit(1);
        }
        atexit(uh_tmp_cleanup);
    }
    char *b = bufs[next++ % 8];
    snprintf(b, 512, "%s/%s", uh_tmp_root, name);
    return b;
}

#endif
