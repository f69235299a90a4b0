/* SPDX-License-Identifier: Apache-2.0 */
/* fuzz_common.c — helpers for the fuzz harnesses (see fuzz.h). */
#include "fuzz.h"

#include <dirent.h>
#include <string.h>
#include <unistd.h>

static char scratch[512];

char *fuzz_text(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    if (!s)
        abort();
    if (size)
        memcpy(s, data, size);
    s[size] = '\0';
    return s;
}

static void remove_scratch(void)
{
    DIR *d = opendir(scratch);
    if (d) {
        struct dirent *e;
        char path[1024];
        while ((e = readdir(d)))
            if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
                snprintf(path, sizeof path, "%s/%s", scratch, e->d_name);
                /* One level of folders is all the harnesses make. */
                if (unlink(path) != 0) {
                    DIR *sub = opendir(path);
                    struct dirent *f;
                    char inner[1536];
                    while (sub && (f = readdir(sub)))
                        if (strcmp(f->d_name, ".") && strcmp(f->d_name, "..")) {
                            snprintf(inner, sizeof inner, "%s/%s", path, f->d_name);
                            unlink(inner);
                        }
                    if (sub)
                        closedir(sub);
                    rmdir(path);
                }
            }
        closedir(d);
    }
    rmdir(scratch);
}

const char *fuzz_scratch(void)
{
    if (!scratch[0]) {
        const char *tmp = getenv("TMPDIR");
        snprintf(scratch, sizeof scratch, "%s/unhooked-fuzz-XXXXXX", tmp && *tmp ? tmp : "/tmp");
        if (!mkdtemp(scratch)) {
            perror("fuzz: mkdtemp");
            abort();
        }
        atexit(remove_scratch);
    }
    return scratch;
}

const char *fuzz_write(const char *name, const uint8_t *data, size_t size)
{
    static char path[1024];
    snprintf(path, sizeof path, "%s/%s", fuzz_scratch(), name);
    FILE *f = fopen(path, "wb");
    if (!f || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0) {
        perror(path);
        abort();
    }
    return path;
}

const char *fuzz_source_dir(void)
{
    const char *s = getenv("UNHOOKED_SOURCE_DIR");
#ifdef FUZZ_SOURCE_DIR
    if (!s || !*s)
        s = FUZZ_SOURCE_DIR;
#endif
    return s && *s ? s : ".";
}
