/* SPDX-License-Identifier: Apache-2.0 */
/* test_pin.c — the admin PIN: yescrypt hashes, constant-time checks, the
 * hash file beside the configuration, and a lockout that holds across
 * restarts and clock changes. Times are injected, so nothing here sleeps. */
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "admin/pin.h"
#include "core/util.h"
#include "store/tmpdir.h"
#include "testing.h"

/* One hash shared by the guard tests: hashing is the slow part. */
static char hash_2468[UH_PIN_HASH_SIZE];

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

TEST(pins_are_4_to_12_digits)
{
    CHECK(uh_pin_valid("2468"));
    CHECK(uh_pin_valid("135792468024"));
    CHECK(!uh_pin_valid("246"));
    CHECK(!uh_pin_valid("1357924680246"));
    CHECK(!uh_pin_valid("24 68"));
    CHECK(!uh_pin_valid("24a8"));
    CHECK(!uh_pin_valid("-246"));
    CHECK(!uh_pin_valid(""));
    CHECK(!uh_pin_valid(NULL));
}

TEST(obvious_pins_are_guessable)
{
    CHECK(uh_pin_guessable("0000"));
    CHECK(uh_pin_guessable("1234"));
    CHECK(uh_pin_guessable("0123456789"));
    CHECK(uh_pin_guessable("9876"));
    CHECK(uh_pin_guessable("777777"));
    CHECK(!uh_pin_guessable("2468"));
    CHECK(!uh_pin_guessable("1235"));
    CHECK(!uh_pin_guessable("9078"));
}

TEST(the_hash_is_salted_yescrypt)
{
    uh_error e;
    char h1[UH_PIN_HASH_SIZE], h2[UH_PIN_HASH_SIZE];
    double t0 = now_ms();
    CHECK(uh_pin_hash("2468", h1, &e) == 0);
    double t1 = now_ms();
    CHECK(uh_pin_hash("2468", h2, &e) == 0);
    CHECK_MSG(strncmp(h1, "$y$", 3) == 0, "%s", h1);
    CHECK(strcmp(h1, h2) != 0);   /* a fresh salt each time */
    CHECK(strstr(h1, "2468") == NULL);
    CHECK(uh_pin_hash_usable(h1));
    double t2 = now_ms();
    CHECK(uh_pin_verify(h1, "2468"));
    double t3 = now_ms();
    CHECK(uh_pin_verify(h2, "2468"));
    CHECK(!uh_pin_verify(h1, "2469"));
    CHECK(!uh_pin_verify(h1, "24680"));
    CHECK(!uh_pin_verify(h1, ""));
    CHECK(!uh_pin_verify(h1, NULL));
    printf("yescrypt: hash %.1f ms, verify %.1f ms\n", t1 - t0, t3 - t2);

    CHECK(uh_pin_hash("12", h1, &e) == -1);
    CHECK_HAS(e.msg, "4 to 12 digits");
    CHECK(strstr(e.msg, "12\"") == NULL);
}

TEST(unusable_hashes_never_match)
{
    const char *bad[] = {NULL, "", "*", "!", "!$y$j9T$x$y", "$9$nonsense", "2468"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        CHECK_MSG(!uh_pin_hash_usable(bad[i]), "%s", bad[i] ? bad[i] : "NULL");
        CHECK(!uh_pin_verify(bad[i], "2468"));
    }
    /* A hash with one character changed does not match. */
    char h[UH_PIN_HASH_SIZE];
    snprintf(h, sizeof h, "%s", hash_2468);
    size_t n = strlen(h);
    h[n - 1] = h[n - 1] == 'A' ? 'B' : 'A';
    CHECK(!uh_pin_verify(h, "2468"));
    h[n - 1] = '\0';
    CHECK(!uh_pin_verify(h, "2468"));
}

TEST(lockout_after_max_tries)
{
    uh_pin_guard *g = uh_pin_guard_open(NULL, 3, 60);
    int wait = -1;
    int64_t t = 1000000;
    CHECK(uh_pin_tries_left(g, t) == 3);
    CHECK(uh_pin_try(g, hash_2468, "1111", t, &wait) == UH_PIN_WRONG && wait == 0);
    CHECK(uh_pin_tries_left(g, t) == 2);
    CHECK(uh_pin_try(g, hash_2468, "2222", t + 1, &wait) == UH_PIN_WRONG);
    CHECK(uh_pin_try(g, hash_2468, "3333", t + 2, &wait) == UH_PIN_LOCKED);
    CHECK(wait == 60);
    CHECK(uh_pin_tries_left(g, t + 2) == 0);
    /* The right PIN is refused, unchecked, while locked. */
    CHECK(uh_pin_try(g, hash_2468, "2468", t + 3, &wait) == UH_PIN_LOCKED && wait == 59);
    CHECK(uh_pin_seconds_locked(g, t + 61) == 1);
    CHECK(uh_pin_try(g, hash_2468, "2468", t + 61, NULL) == UH_PIN_LOCKED);
    /* Unlocked after the time, with a fresh count. */
    CHECK(uh_pin_seconds_locked(g, t + 62) == 0);
    CHECK(uh_pin_tries_left(g, t + 62) == 3);
    CHECK(uh_pin_try(g, hash_2468, "2468", t + 62, &wait) == UH_PIN_OK && wait == 0);
    uh_pin_guard_close(g);
    uh_pin_guard_close(NULL);
}

TEST(a_right_pin_resets_the_count)
{
    uh_pin_guard *g = uh_pin_guard_open(NULL, 3, 60);
    int64_t t = 5000;
    CHECK(uh_pin_try(g, hash_2468, "1111", t, NULL) == UH_PIN_WRONG);
    CHECK(uh_pin_try(g, hash_2468, "1111", t, NULL) == UH_PIN_WRONG);
    CHECK(uh_pin_try(g, hash_2468, "2468", t, NULL) == UH_PIN_OK);
    CHECK(uh_pin_try(g, hash_2468, "1111", t, NULL) == UH_PIN_WRONG);
    CHECK(uh_pin_try(g, hash_2468, "1111", t, NULL) == UH_PIN_WRONG);
    CHECK(uh_pin_tries_left(g, t) == 1);
    uh_pin_guard_close(g);
}

/* The digits typed are checked ahead, on a thread, while the pad waits
 * for OK: the answer must count exactly as a try at OK does. An answer
 * for other digits (typed on, deleted, a hash changed) is never taken for
 * the PIN sent, a locked pad still checks nothing, and forgotten digits
 * are checked again. */
TEST(a_pin_checked_ahead_counts_as_a_try_at_ok)
{
    uh_pin_guard *g = uh_pin_guard_open(NULL, 3, 60);
    uh_pin_ahead *a = uh_pin_ahead_new();
    int64_t t = 7000;
    int wait = -1;
    uh_pin_ahead_start(a, hash_2468, "2468");
    CHECK(uh_pin_try_ahead(g, a, hash_2468, "2468", t, &wait) == UH_PIN_OK && wait == 0);
    /* The right PIN checked ahead, then one more digit typed: wrong. */
    uh_pin_ahead_start(a, hash_2468, "2468");
    uh_pin_ahead_start(a, hash_2468, "24680");
    CHECK(uh_pin_try_ahead(g, a, hash_2468, "24680", t, NULL) == UH_PIN_WRONG);
    uh_pin_ahead_start(a, hash_2468, "2468");
    CHECK(uh_pin_try_ahead(g, a, hash_2468, "2469", t, NULL) == UH_PIN_WRONG);
    CHECK(uh_pin_tries_left(g, t) == 1);
    /* Another hash (a new PIN set): the old answer does not carry over. */
    char other[UH_PIN_HASH_SIZE];
    uh_error e;
    CHECK(uh_pin_hash("1357", other, &e) == 0);
    uh_pin_ahead_start(a, hash_2468, "2468");
    CHECK(uh_pin_try_ahead(g, a, other, "2468", t, NULL) == UH_PIN_LOCKED);
    /* Locked: the right PIN checked ahead is still refused. */
    uh_pin_ahead_start(a, hash_2468, "2468");
    CHECK(uh_pin_try_ahead(g, a, hash_2468, "2468", t + 1, &wait) == UH_PIN_LOCKED && wait == 59);
    /* Forgotten digits are checked again at OK. */
    uh_pin_ahead_start(a, hash_2468, "2468");
    uh_pin_ahead_forget(a);
    CHECK(uh_pin_try_ahead(g, a, hash_2468, "2468", t + 61, NULL) == UH_PIN_OK);
    CHECK(uh_pin_try_ahead(g, NULL, hash_2468, "2468", t + 61, NULL) == UH_PIN_OK);
    /* Freed with a check under way, and an unusable hash not started. */
    uh_pin_ahead_start(a, "$y$", "2468");
    uh_pin_ahead_start(a, hash_2468, "8642");
    uh_pin_ahead_free(a);
    uh_pin_ahead_free(NULL);
    uh_pin_guard_close(g);
}

TEST(no_hash_means_no_way_in_and_no_count)
{
    uh_pin_guard *g = uh_pin_guard_open(NULL, 2, 60);
    for (int i = 0; i < 5; i++) {
        CHECK(uh_pin_try(g, NULL, "2468", 10, NULL) == UH_PIN_UNSET);
        CHECK(uh_pin_try(g, "*", "2468", 10, NULL) == UH_PIN_UNSET);
    }
    CHECK(uh_pin_tries_left(g, 10) == 2);
    uh_pin_guard_close(g);
}

TEST(lockout_survives_a_restart)
{
    const char *path = uh_tmp("persist/admin-pin.state");
    mkdir(uh_tmp("persist"), 0700);
    int64_t t = 1700000000;
    int wait;
    uh_pin_guard *g = uh_pin_guard_open(path, 3, 300);
    CHECK(uh_pin_try(g, hash_2468, "1111", t, NULL) == UH_PIN_WRONG);
    CHECK(uh_pin_try(g, hash_2468, "1111", t, NULL) == UH_PIN_WRONG);
    uh_pin_guard_close(g);  /* "kill -9" after two wrong tries */

    g = uh_pin_guard_open(path, 3, 300);
    CHECK(uh_pin_guard_problem(g) == NULL);
    CHECK(uh_pin_tries_left(g, t) == 1);
    CHECK(uh_pin_try(g, hash_2468, "1111", t + 10, &wait) == UH_PIN_LOCKED && wait == 300);
    uh_pin_guard_close(g);

    g = uh_pin_guard_open(path, 3, 300);
    CHECK(uh_pin_seconds_locked(g, t + 20) == 290);
    CHECK(uh_pin_try(g, hash_2468, "2468", t + 20, &wait) == UH_PIN_LOCKED && wait == 290);
    CHECK(uh_pin_try(g, hash_2468, "2468", t + 310, &wait) == UH_PIN_OK);
    uh_pin_guard_close(g);

    /* Owner-only, and nothing in it but counts and times. */
    struct stat st;
    CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600);
    char *text = uh_read_file(path, NULL, NULL);
    CHECK(text && strstr(text, "2468") == NULL && strstr(text, "$y$") == NULL);
    free(text);
}

TEST(the_state_file_sits_beside_the_database)
{
    char *p = uh_pin_state_path("/var/lib/unhooked/results.db");
    CHECK_STR(p, "/var/lib/unhooked/admin-pin.state");
    free(p);
    p = uh_pin_state_path("results.db");
    CHECK_STR(p, "admin-pin.state");
    free(p);
    /* No path: beside the default database, not in the current folder. */
    setenv("XDG_DATA_HOME", "/srv/data", 1);
    p = uh_pin_state_path(NULL);
    CHECK_STR(p, "/srv/data/unhooked/admin-pin.state");
    free(p);
}

TEST(setting_the_clock_back_does_not_lock_for_days)
{
    uh_pin_guard *g = uh_pin_guard_open(uh_tmp("clock.state"), 1, 60);
    CHECK(uh_pin_try(g, hash_2468, "1111", 2000000000, NULL) == UH_PIN_LOCKED);
    /* The clock goes back a year: at most one full lockout from now. */
    int64_t back = 2000000000 - 365 * 86400;
    CHECK(uh_pin_seconds_locked(g, back) == 60);
    CHECK(uh_pin_seconds_locked(g, back + 60) == 0);
    uh_pin_guard_close(g);
}

TEST(a_damaged_state_file_fails_closed)
{
    const char *path = uh_tmp("damaged.state");
    FILE *f = fopen(path, "w");
    fputs("unhooked admin-pin state 1\nfailures lots\n", f);
    fclose(f);
    uh_pin_guard *g = uh_pin_guard_open(path, 5, 120);
    CHECK(uh_pin_guard_problem(g) != NULL);
    CHECK_HAS(uh_pin_guard_problem(g), "damaged");
    int wait;
    CHECK(uh_pin_try(g, hash_2468, "2468", 500, &wait) == UH_PIN_LOCKED && wait == 120);
    CHECK(uh_pin_try(g, hash_2468, "2468", 620, &wait) == UH_PIN_OK);
    uh_pin_guard_close(g);
    /* The file was rewritten as a good one. */
    g = uh_pin_guard_open(path, 5, 120);
    CHECK(uh_pin_guard_problem(g) == NULL);
    CHECK(uh_pin_tries_left(g, 700) == 5);
    uh_pin_guard_close(g);
}

TEST(lowering_max_tries_applies_to_a_saved_count)
{
    const char *path = uh_tmp("lowered.state");
    uh_pin_guard *g = uh_pin_guard_open(path, 10, 60);
    for (int i = 0; i < 4; i++)
        CHECK(uh_pin_try(g, hash_2468, "1111", 100, NULL) == UH_PIN_WRONG);
    uh_pin_guard_close(g);
    g = uh_pin_guard_open(path, 3, 60);
    CHECK(uh_pin_seconds_locked(g, 100) == 60);
    uh_pin_guard_close(g);
}

TEST(an_unwritable_state_still_locks_in_memory)
{
    uh_pin_guard *g = uh_pin_guard_open(uh_tmp("no-such-folder/admin-pin.state"), 2, 60);
    CHECK(uh_pin_guard_problem(g) == NULL);  /* missing is a fresh start */
    CHECK(uh_pin_try(g, hash_2468, "1111", 100, NULL) == UH_PIN_WRONG);
    CHECK(uh_pin_guard_problem(g) != NULL);
    CHECK_HAS(uh_pin_guard_problem(g), "could not be saved");
    CHECK(uh_pin_try(g, hash_2468, "1111", 100, NULL) == UH_PIN_LOCKED);
    CHECK(uh_pin_seconds_locked(g, 130) == 30);
    uh_pin_guard_close(g);
}

static void write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

TEST(the_hash_file_sits_beside_the_configuration)
{
    char *p = uh_pin_hash_path("/etc/unhooked/config.json");
    CHECK_STR(p, "/etc/unhooked/admin-pin.hash");
    free(p);
    p = uh_pin_hash_path(NULL);  /* the system configuration */
    CHECK_STR(p, "/etc/unhooked/admin-pin.hash");
    free(p);
    p = uh_pin_hash_path("site.json");
    CHECK_STR(p, "admin-pin.hash");
    free(p);
    p = uh_pin_hash_path("/srv/kiosk-7/unhooked.json");
    CHECK_STR(p, "/srv/kiosk-7/admin-pin.hash");
    free(p);
}

TEST(a_written_hash_reads_back_private)
{
    const char *path = uh_tmp("write/admin-pin.hash");
    mkdir(uh_tmp("write"), 0755);
    uh_error e;
    CHECK(uh_pin_write_hash(path, hash_2468, (gid_t)-1, &e) == 0);
    struct stat st;
    CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0640);
    char *h = NULL;
    CHECK(uh_pin_read_hash(path, &h, &e) == 0);
    CHECK(h && strcmp(h, hash_2468) == 0);
    CHECK(uh_pin_verify(h, "2468"));
    free(h);
    /* Replacing a file someone opened to everyone closes it again. */
    chmod(path, 0644);
    CHECK(uh_pin_write_hash(path, hash_2468, (gid_t)-1, &e) == 0);
    CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0640);
}

TEST(no_hash_file_is_no_hash_and_no_error)
{
    char *h = (char *)"x";
    uh_error e;
    CHECK(uh_pin_read_hash(uh_tmp("nowhere/admin-pin.hash"), &h, &e) == 0);
    CHECK(h == NULL);
}

TEST(a_damaged_hash_file_is_refused_by_name)
{
    const char *path = uh_tmp("damaged.hash");
    /* Issue 16: a yescrypt hash is judged by its shape, not by hashing
     * at every start: a setting without its hash, a hash a character
     * short or with a character crypt never writes are all refused. */
    const char *bodies[] = {"", "\n", "2468\n", "$y$\n", "*\n", "!locked\n",
                            "$y$j9T$abc$def\n$y$j9T$abc$def\n", "  $y$j9T$abc$def\n",
                            "$y$j9T$PCfMiIvCSpFnDsDi2bsZX.$\n",
                            "$y$j9T$PCfMiIvCSpFnDsDi2bsZX.\n",
                            "$y$j9T$PCfMiIvCSpFnDsDi2bsZX.$1TZuVEfRBA2wGumcyldBpzyDnmfSRxsKXw5K2qAlAc\n",
                            "$y$j9T$PCfMiIvCSpFnDsDi2bsZX.$1TZuVEfRBA2wGumcyldBpzyDnmfSRxsKXw5K2qAlAc!\n",
                            "$y$$PCfMiIvCSpFnDsDi2bsZX.$1TZuVEfRBA2wGumcyldBpzyDnmfSRxsKXw5K2qAlAcB\n"};
    for (size_t i = 0; i < sizeof bodies / sizeof *bodies; i++) {
        write_text(path, bodies[i]);
        char *h = NULL;
        uh_error e;
        uh_error_clear(&e);
        CHECK_MSG(uh_pin_read_hash(path, &h, &e) == -1 && h == NULL, "body %zu", i);
        CHECK_MSG(strstr(e.file, "damaged.hash") != NULL, "body %zu names %s", i, e.file);
    }
    /* Far too long to be a hash: refused without reading it all. */
    FILE *f = fopen(path, "w");
    for (int i = 0; f && i < 100000; i++)
        fputs("$y$", f);
    if (f)
        fclose(f);
    char *h = NULL;
    uh_error e;
    CHECK(uh_pin_read_hash(path, &h, &e) == -1 && h == NULL);
}

TEST(the_kiosk_takes_the_hash_file_over_an_old_config_hash)
{
    const char *cfg_path = uh_tmp("kiosk/config.json");
    mkdir(uh_tmp("kiosk"), 0755);
    char old[UH_PIN_HASH_SIZE];
    uh_error e;
    CHECK(uh_pin_hash("97531", old, &e) == 0);
    char *text = uh_xasprintf("{ \"kiosk\": { \"admin_pin_hash\": \"%s\" } }\n", old);
    write_text(cfg_path, text);
    free(text);
    uh_config cfg;
    CHECK(uh_config_load(&cfg, cfg_path, &e) == 0);
    /* No hash file yet: the 0.1 layout's hash still opens the kiosk. */
    CHECK(uh_pin_load_configured(&cfg, &e) == 0);
    CHECK(uh_pin_verify(cfg.admin_pin_hash, "97531"));
    /* set-pin's file wins. */
    CHECK(uh_pin_write_hash(uh_tmp("kiosk/admin-pin.hash"), hash_2468, (gid_t)-1, &e) == 0);
    CHECK(uh_pin_load_configured(&cfg, &e) == 0);
    CHECK(uh_pin_verify(cfg.admin_pin_hash, "2468"));
    CHECK(!uh_pin_verify(cfg.admin_pin_hash, "97531"));
    /* A damaged file is reported and leaves the configuration's hash. */
    uh_config_free(&cfg);
    CHECK(uh_config_load(&cfg, cfg_path, &e) == 0);
    write_text(uh_tmp("kiosk/admin-pin.hash"), "not a hash\n");
    CHECK(uh_pin_load_configured(&cfg, &e) == -1);
    CHECK_HAS(e.msg, "not an admin PIN hash");
    CHECK(uh_pin_verify(cfg.admin_pin_hash, "97531"));
    uh_config_free(&cfg);
}

int main(void)
{
    uh_error e;
    if (uh_pin_hash("2468", hash_2468, &e) != 0) {
        fprintf(stderr, "cannot hash: %s\n", e.msg);
        return 1;
    }
    RUN(pins_are_4_to_12_digits);
    RUN(obvious_pins_are_guessable);
    RUN(the_hash_is_salted_yescrypt);
    RUN(unusable_hashes_never_match);
    RUN(lockout_after_max_tries);
    RUN(a_right_pin_resets_the_count);
    RUN(a_pin_checked_ahead_counts_as_a_try_at_ok);
    RUN(no_hash_means_no_way_in_and_no_count);
    RUN(lockout_survives_a_restart);
    RUN(the_state_file_sits_beside_the_database);
    RUN(the_hash_file_sits_beside_the_configuration);
    RUN(a_written_hash_reads_back_private);
    RUN(no_hash_file_is_no_hash_and_no_error);
    RUN(a_damaged_hash_file_is_refused_by_name);
    RUN(the_kiosk_takes_the_hash_file_over_an_old_config_hash);
    RUN(setting_the_clock_back_does_not_lock_for_days);
    RUN(a_damaged_state_file_fails_closed);
    RUN(lowering_max_tries_applies_to_a_saved_count);
    RUN(an_unwritable_state_still_locks_in_memory);
    TEST_END();
}
