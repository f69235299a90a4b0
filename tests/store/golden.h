/* SPDX-License-Identifier: Apache-2.0 */
/* golden.h — comparing output with a golden file in tests/store/golden/.
 * UH_UPDATE_GOLDEN=1 rewrites the file instead (then review the diff). */
#ifndef UH_TEST_GOLDEN_H
#define UH_TEST_GOLDEN_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"

/* Reads what a FILE* callback wrote into a string the caller frees. */
static char *uh_capture(void (*write)(FILE *, void *), void *arg)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    write(f, arg);
    fclose(f);
    return buf;
}

/* True when text equals the golden file name; prints the first difference. */
static bool uh_golden(const char *name, const char *text)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", UH_GOLDEN_DIR, name);
    if (getenv("UH_UPDATE_GOLDEN")) {
        FILE *f = fopen(path, "wb");
        fputs(text, f);
        fclose(f);
        printf("updated %s\n", path);
        return true;
    }
    char *want = uh_read_file(path, NULL, NULL);
    if (!want) {
        fprintf(stderr, "%s: missing golden file (run with UH_UPDATE_GOLDEN=1)\n", path);
        return false;
    }
    bool same = strcmp(want, text) == 0;
    if (!same) {
        size_t i = 0, line = 1;
        while (want[i] && want[i] == text[i])
            line += want[i++] == '\n';
        fprintf(stderr, "%s: differs at line %zu:\n  want: %.120s\n  got:  %.120s\n", path, line,
                want + i - (i > 20 ? 20 : i), text + i - (i > 20 ? 20 : i));
    }
    free(want);
    return same;
}

#endif
