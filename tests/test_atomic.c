/* SPDX-License-Identifier: Apache-2.0 */
/* test_atomic.c — replacing a file atomically: contents, modes, owners'
 * groups, links, and no temporary file left behind either way. */
#include <dirent.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/atomic.h"
#include "core/util.h"
#include "store/tmpdir.h"
#include "testing.h"

/* Files in folder whose name contains ".tmp-". */
static int leftovers(const char *folder)
{
    DIR *d = opendir(folder);
    int n = 0;
    for (struct dirent *e; d && (e = readdir(d));)
        n += strstr(e->d_name, ".tmp-") != NULL;
    if (d)
        closedir(d);
    return n;
}

static mode_t mode_of(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? st.st_mode & 07777 : 0;
}

TEST(a_new_file_gets_exactly_the_mode_asked)
{
    mkdir(uh_tmp("a"), 0700);
    const char *p = uh_tmp("a/new.json");
    mode_t old = umask(077);  /* the umask must not narrow it */
    uh_error e;
    CHECK(uh_atomic_write(p, "{}\n", 3, 0640, &e) == 0);
    umask(old);
    CHECK(mode_of(p) == 0640);
    char *t = uh_read_file(p, NULL, NULL);
    CHECK_STR(t, "{}\n");
    free(t);
    CHECK(leftovers(uh_tmp("a")) == 0);
}

TEST(a_replaced_file_keeps_its_mode)
{
    const char *p = uh_tmp("a/kept.json");
    uh_error e;
    CHECK(uh_atomic_write(p, "one", 3, 0600, &e) == 0);
    chmod(p, 0604);
    CHECK(uh_atomic_write(p, "two!", 4, 0600, &e) == 0);
    CHECK(mode_of(p) == 0604);
    char *t = uh_read_file(p, NULL, NULL);
    CHECK_STR(t, "two!");
    free(t);
    CHECK(leftovers(uh_tmp("a")) == 0);
}

TEST(a_link_is_followed_not_replaced)
{
    const char *target = uh_tmp("a/target.json"), *link = uh_tmp("a/link.json");
    uh_error e;
    CHECK(uh_atomic_write(target, "old", 3, 0600, &e) == 0);
    CHECK(symlink(target, link) == 0);
    CHECK(uh_atomic_write(link, "new", 3, 0600, &e) == 0);
    struct stat st;
    CHECK(lstat(link, &st) == 0 && S_ISLNK(st.st_mode));
    char *t = uh_read_file(target, NULL, NULL);
    CHECK_STR(t, "new");
    free(t);
}

TEST(a_failure_leaves_the_old_file_and_no_litter)
{
    uh_error e;
    CHECK(uh_atomic_write(uh_tmp("missing/x.json"), "x", 1, 0600, &e) == -1);
    CHECK_HAS(e.file, "missing/x.json");
    CHECK(e.msg[0] != '\0');
    /* The target is a folder: rename fails after the temporary was written. */
    mkdir(uh_tmp("b"), 0700);
    mkdir(uh_tmp("b/dir.json"), 0700);
    CHECK(uh_atomic_write(uh_tmp("b/dir.json"), "x", 1, 0600, &e) == -1);
    CHECK(leftovers(uh_tmp("b")) == 0);
}

TEST(empty_data_makes_an_empty_file)
{
    const char *p = uh_tmp("a/empty");
    uh_error e;
    CHECK(uh_atomic_write(p, "", 0, 0600, &e) == 0);
    size_t n = 99;
    char *t = uh_read_file(p, &n, NULL);
    CHECK(t && n == 0);
    free(t);
}

int main(void)
{
    RUN(a_new_file_gets_exactly_the_mode_asked);
    RUN(a_replaced_file_keeps_its_mode);
    RUN(a_link_is_followed_not_replaced);
    RUN(a_failure_leaves_the_old_file_and_no_litter);
    RUN(empty_data_makes_an_empty_file);
    TEST_END();
}
