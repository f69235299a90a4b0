/* SPDX-License-Identifier: Apache-2.0 */
/* util.c — files, hashing, paths and string lists. */
#include "util.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

#include <sha2.h>

#include "i18n.h"

char *uh_read_file(const char *path, size_t *len, uh_error *err)
{
    return uh_read_file_max(path, UH_READ_MAX, len, err);
}

char *uh_read_file_max(const char *path, size_t max, size_t *len, uh_error *err)
{
    /* O_NONBLOCK: opening a FIFO must not wait for a writer; the type check
     * below then refuses it. */
    int fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        uh_error_set(err, path, 0, _("cannot open: %s"), strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        uh_error_set(err, path, 0, _("cannot read: %s"), strerror(errno));
        close(fd);
        return NULL;
    }
    if (!S_ISREG(st.st_mode)) {
        uh_error_set(err, path, 0, _("cannot read: not a regular file (%s)"),
                     S_ISDIR(st.st_mode) ? "a folder" : S_ISFIFO(st.st_mode) ? "a named pipe"
                     : S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? "a device" : "a special file");
        close(fd);
        return NULL;
    }
    if ((unsigned long long)st.st_size > max) {
        uh_error_set(err, path, 0, _("cannot read: the file is %lld bytes, more than the limit of %zu"),
                     (long long)st.st_size, max);
        close(fd);
        return NULL;
    }
    /* Read up to one byte past the limit: the file may have grown since
     * fstat, and a file over the limit is refused whatever its size said. */
    size_t cap = (size_t)st.st_size + 1, n = 0;
    char *buf = uh_xmalloc(cap + 1);
    for (;;) {
        if (n == cap) {
            if (cap > max)
                break;
            cap = cap * 2 > max + 1 ? max + 1 : cap * 2;
            buf = uh_xrealloc(buf, cap + 1);
        }
        ssize_t got = read(fd, buf + n, cap - n);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            uh_error_set(err, path, 0, _("cannot read: %s"), strerror(errno));
            free(buf);
            close(fd);
            return NULL;
        }
        if (got == 0)
            break;
        n += (size_t)got;
    }
    close(fd);
    if (n > max) {
        free(buf);
        uh_error_set(err, path, 0, _("cannot read: the file is more than the limit of %zu bytes"), max);
        return NULL;
    }
    buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

void uh_sha256_hex(const void *data, size_t len, char out[65])
{
    SHA2_CTX ctx;
    uint8_t digest[SHA256_DIGEST_LENGTH];
    SHA256Init(&ctx);
    SHA256Update(&ctx, data, len);
    SHA256Final(digest, &ctx);
    for (int i = 0; i < SHA256_DIGEST_LENGTH; i++)
        snprintf(out + 2 * i, 3, "%02x", digest[i]);
}

size_t uh_utf8_invalid(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned c = p[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t k;
        unsigned lo = 0x80, hi = 0xBF;  /* the allowed range of the second byte */
        if (c >= 0xC2 && c <= 0xDF)
            k = 1;
        else if (c >= 0xE0 && c <= 0xEF) {
            k = 2;
            if (c == 0xE0)
                lo = 0xA0;  /* overlong */
            else if (c == 0xED)
                hi = 0x9F;  /* surrogates */
        } else if (c >= 0xF0 && c <= 0xF4) {
            k = 3;
            if (c == 0xF0)
                lo = 0x90;  /* overlong */
            else if (c == 0xF4)
                hi = 0x8F;  /* past U+10FFFF */
        } else {
            return i;
        }
        if (n - i <= k || p[i + 1] < lo || p[i + 1] > hi)
            return i;
        for (size_t j = 2; j <= k; j++)
            if ((p[i + j] & 0xC0) != 0x80)
                return i;
        i += k + 1;
    }
    return n;
}

int uh_line_of(const char *text, size_t off)
{
    int line = 1;
    for (size_t i = 0; i < off && text[i]; i++)
        if (text[i] == '\n')
            line++;
    return line;
}

char *uh_dirname(const char *path)
{
    char *dir = uh_xstrdup(path);
    char *slash = strrchr(dir, '/');
    if (slash == dir)
        slash[1] = '\0';
    else if (slash)
        *slash = '\0';
    else
        strcpy(dir, ".");
    return dir;
}

bool uh_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

char *uh_exe_dir(void)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return NULL;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash)
        return NULL;
    *slash = '\0';
    return uh_xstrdup(exe);
}

void uh_strv_push(uh_strv *sv, const char *s)
{
    if (sv->n == sv->cap)
        sv->v = uh_xrealloc(sv->v, (sv->cap = sv->cap ? 2 * sv->cap : 8) * sizeof *sv->v);
    sv->v[sv->n++] = uh_xstrdup(s);
}

bool uh_strv_has(const uh_strv *sv, const char *s)
{
    for (size_t i = 0; s && i < sv->n; i++)
        if (strcmp(sv->v[i], s) == 0)
            return true;
    return false;
}

void uh_strv_remove(uh_strv *sv, const char *s)
{
    for (size_t i = 0; i < sv->n; i++) {
        if (strcmp(sv->v[i], s) == 0) {
            free(sv->v[i]);
            memmove(&sv->v[i], &sv->v[i + 1], (sv->n - i - 1) * sizeof *sv->v);
            sv->n--;
            return;
        }
    }
}

void uh_strv_free(uh_strv *sv)
{
    if (!sv)
        return;
    for (size_t i = 0; i < sv->n; i++)
        free(sv->v[i]);
    free(sv->v);
    memset(sv, 0, sizeof *sv);
}
