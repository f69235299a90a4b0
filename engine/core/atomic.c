/* SPDX-License-Identifier: Apache-2.0 */
/* atomic.c — write to a temporary file, fsync, rename, fsync the folder. */
#define _GNU_SOURCE  /* mkostemp */
#include "atomic.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

static int write_all(int fd, const char *p, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, p, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

int uh_atomic_write(const char *path, const void *data, size_t len, mode_t new_mode,
                    uh_error *err)
{
    char *target = NULL, *dir = NULL, *tmp = NULL;
    int fd = -1, rc = -1;
    struct stat st;

    /* Replace what a symbolic link points at, not the link itself. */
    if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
        target = realpath(path, NULL);
        if (!target) {
            uh_error_set(err, path, 0, "cannot follow the link: %s", strerror(errno));
            goto out;
        }
    } else {
        target = uh_xstrdup(path);
    }
    dir = uh_dirname(target);
    tmp = uh_xasprintf("%s.tmp-XXXXXX", target);

    fd = mkostemp(tmp, O_CLOEXEC);
    if (fd < 0) {
        uh_error_set(err, path, 0, "cannot create a temporary file in %s: %s", dir,
                     strerror(errno));
        free(tmp);
        tmp = NULL;  /* nothing to remove */
        goto out;
    }
    /* Owner, group and mode first, while the file is still empty. Changing
     * the owner can fail for an unprivileged caller; the mode cannot. */
    if (stat(target, &st) == 0) {
        if (fchown(fd, st.st_uid, st.st_gid) != 0 && fchown(fd, (uid_t)-1, st.st_gid) != 0) {
            /* Keep our own owner and group. */
        }
        new_mode = st.st_mode & 07777;
    } else if (errno == ENOENT) {
        struct stat dst;
        if (stat(dir, &dst) == 0 && fchown(fd, (uid_t)-1, dst.st_gid) != 0) {
            /* Not in that group: keep ours. */
        }
    } else {
        uh_error_set(err, path, 0, "%s", strerror(errno));
        goto out;
    }
    if (fchmod(fd, new_mode) != 0 || write_all(fd, data, len) != 0 || fsync(fd) != 0) {
        uh_error_set(err, path, 0, "cannot write %s: %s", tmp, strerror(errno));
        goto out;
    }
    if (close(fd) != 0) {
        fd = -1;
        uh_error_set(err, path, 0, "cannot write %s: %s", tmp, strerror(errno));
        goto out;
    }
    fd = -1;
    if (rename(tmp, target) != 0) {
        uh_error_set(err, path, 0, "cannot replace the file: %s", strerror(errno));
        goto out;
    }
    free(tmp);
    tmp = NULL;
    /* The new name must reach the disk as well as the new data. */
    int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        fsync(dfd);
        close(dfd);
    }
    rc = 0;
out:
    if (fd >= 0)
        close(fd);
    if (tmp)
        unlink(tmp);
    free(tmp);
    free(dir);
    free(target);
    return rc;
}
