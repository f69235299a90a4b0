/* SPDX-License-Identifier: Apache-2.0 */
/* test_set_pin.c — `unhooked set-pin` end to end: the PIN piped in or typed
 * at a terminal, the hash in its own file beside the configuration
 * verifying, the configuration left alone (but for a 0.1 hash taken out of
 * it), and the PIN itself appearing nowhere (files, output, terminal echo).
 *
 * usage: test_set_pin PATH-TO-UNHOOKED */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdlib.h>
#include <termios.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "admin/pin.h"
#include "core/config.h"
#include "core/util.h"
#include "store/tmpdir.h"
#include "testing.h"

static const char *unhooked;
static char out_buf[8192];
static char *const output = out_buf;  /* what the last run printed, stdout and stderr */

/* Runs `unhooked set-pin` with args (NULL-terminated) and input on a pipe
 * as standard input; returns the exit status. env_config, when not NULL,
 * is put in UNHOOKED_CONFIG. */
static int run_piped(const char *input, const char *env_config, const char *const *args)
{
    int in[2], out[2];
    if (pipe(in) || pipe(out))
        return -1;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        dup2(out[1], 2);
        close(in[1]);
        close(out[0]);
        if (env_config)
            setenv("UNHOOKED_CONFIG", env_config, 1);
        else
            unsetenv("UNHOOKED_CONFIG");
        const char *argv[16] = {unhooked, "set-pin"};
        for (int i = 0; args[i] && i < 13; i++)
            argv[i + 2] = args[i];
        execv(unhooked, (char **)argv);
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    if (write(in[1], input, strlen(input)) < 0)
        perror("write");
    close(in[1]);
    size_t n = 0;
    ssize_t r;
    while ((r = read(out[0], output + n, sizeof out_buf - 1 - n)) > 0)
        n += (size_t)r;
    output[n] = '\0';
    close(out[0]);
    int status;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* The admin PIN hash the kiosk would use with the config at path (which
 * need not exist), loaded the way the kiosk loads it; NULL when there is
 * none or the config does not load. Caller frees. */
static char *configured_hash(const char *path)
{
    uh_config c;
    uh_error e;
    if (access(path, F_OK) != 0) {
        uh_config_defaults(&c);
        c.source = uh_xstrdup(path);
    } else if (uh_config_load(&c, path, &e) != 0) {
        fprintf(stderr, "config: %s\n", e.msg);
        return NULL;
    }
    if (uh_pin_load_configured(&c, &e) != 0)
        fprintf(stderr, "hash file: %s\n", e.msg);
    char *h = uh_xstrdup(c.admin_pin_hash);
    uh_config_free(&c);
    return h;
}

static bool file_has(const char *path, const char *needle)
{
    char *t = uh_read_file(path, NULL, NULL);
    bool has = t && strstr(t, needle);
    free(t);
    return has;
}

static void write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
}

TEST(piped_pin_writes_the_hash_file)
{
    const char *cfg = uh_tmp("etc/unhooked/config.json");  /* folders missing too */
    const char *hash_file = uh_tmp("etc/unhooked/admin-pin.hash");
    const char *args[] = {"--config", cfg, NULL};
    CHECK(run_piped("2468\n2468\n", NULL, args) == 0);
    CHECK_HAS(output, "was set in");
    CHECK_HAS(output, "admin-pin.hash");
    CHECK(strstr(output, "2468") == NULL);
    char *h = configured_hash(cfg);
    CHECK(h && strncmp(h, "$y$", 3) == 0);
    CHECK(uh_pin_verify(h, "2468"));
    CHECK(!uh_pin_verify(h, "2469"));
    free(h);
    CHECK(!file_has(hash_file, "2468"));
    struct stat st;
    CHECK(stat(hash_file, &st) == 0 && (st.st_mode & 07777) == 0640);
    CHECK(access(cfg, F_OK) != 0);  /* no configuration is made up */
}

TEST(the_configuration_is_left_alone)
{
    const char *cfg = uh_tmp("alone/config.json");
    mkdir(uh_tmp("alone"), 0755);
    const char *body = "{ \"organisation\": \"Acme Drives\",\n"
                       "  \"kiosk\": { \"idle_timeout_s\": 120, \"admin_pin_hash\": null } }\n";
    write_text(cfg, body);
    chmod(cfg, 0644);
    const char *args[] = {"--config", cfg, NULL};
    CHECK(run_piped("97531\n97531\n", NULL, args) == 0);
    char *after = uh_read_file(cfg, NULL, NULL);
    CHECK_STR(after, body);  /* byte for byte */
    free(after);
    struct stat st;
    CHECK(stat(cfg, &st) == 0 && (st.st_mode & 07777) == 0644);  /* no secret in it */
    char *h = configured_hash(cfg);
    CHECK(uh_pin_verify(h, "97531"));
    free(h);
    /* Setting it again replaces the file, still private. */
    chmod(uh_tmp("alone/admin-pin.hash"), 0644);
    CHECK(run_piped("864213\n864213\n", NULL, args) == 0);
    h = configured_hash(cfg);
    CHECK(uh_pin_verify(h, "864213") && !uh_pin_verify(h, "97531"));
    free(h);
    CHECK(stat(uh_tmp("alone/admin-pin.hash"), &st) == 0 && (st.st_mode & 07777) == 0640);
}

TEST(a_hash_from_0_1_is_taken_out_of_the_configuration)
{
    const char *cfg = uh_tmp("old/site.json");
    mkdir(uh_tmp("old"), 0755);
    write_text(cfg, "{ \"organisation\": \"Acme Drives\",\n"
                    "  \"kiosk\": { \"idle_timeout_s\": 120, \"admin_pin_hash\": \"$y$j9T$old$old\" },\n"
                    "  \"retention_days\": 365 }\n");
    chmod(cfg, 0600);
    const char *args[] = {"--config", cfg, NULL};
    CHECK(run_piped("97531\r\n97531\r\n", NULL, args) == 0);  /* CRLF from a script */
    CHECK_HAS(output, "removed the old PIN hash");
    uh_config c;
    uh_error e;
    CHECK(uh_config_load(&c, cfg, &e) == 0);
    CHECK_STR(c.organisation, "Acme Drives");
    CHECK(c.idle_timeout_s == 120 && c.retention_days == 365);
    CHECK(c.admin_pin_hash == NULL);
    uh_config_free(&c);
    CHECK(!file_has(cfg, "admin_pin_hash") && !file_has(cfg, "97531"));
    char *h = configured_hash(cfg);
    CHECK(uh_pin_verify(h, "97531"));
    free(h);
    struct stat st;
    CHECK(stat(cfg, &st) == 0 && (st.st_mode & 07777) == 0600);
}

TEST(a_new_hash_file_takes_the_configurations_group)
{
    if (geteuid() != 0) {
        printf("  (skipped: changing a file's group to another needs root)\n");
        return;
    }
    const char *cfg = uh_tmp("grp/config.json");
    mkdir(uh_tmp("grp"), 0755);
    write_text(cfg, "{}\n");
    CHECK(chown(cfg, 0, 1) == 0);  /* group "daemon", standing in for "unhooked" */
    const char *args[] = {"--config", cfg, NULL};
    CHECK(run_piped("2468\n2468\n", NULL, args) == 0);
    struct stat st;
    CHECK(stat(uh_tmp("grp/admin-pin.hash"), &st) == 0 && st.st_gid == 1 && st.st_uid == 0);
}

TEST(unhooked_config_names_the_default_file)
{
    const char *cfg = uh_tmp("env/from-env.json");
    const char *none[] = {NULL};
    CHECK(run_piped("802461\n802461\n", cfg, none) == 0);
    char *h = configured_hash(cfg);
    CHECK(uh_pin_verify(h, "802461"));
    free(h);
}

TEST(bad_pins_change_nothing)
{
    mkdir(uh_tmp("bad"), 0755);
    const char *cfg = uh_tmp("bad/unchanged.json");
    FILE *f = fopen(cfg, "w");
    fputs("{ \"organisation\": \"Acme\" }\n", f);
    fclose(f);
    char *before = uh_read_file(cfg, NULL, NULL);
    const char *args[] = {"--config", cfg, NULL};
    struct {
        const char *input, *why;
    } cases[] = {
        {"2468\n2469\n", "differ"},
        {"246\n246\n", "4 to 12 digits"},
        {"1357924680246\n1357924680246\n", "4 to 12 digits"},
        {"24a8\n24a8\n", "4 to 12 digits"},
        {"1234\n1234\n", "too easy"},
        {"5555\n5555\n", "too easy"},
        {"2468\n", "twice"},
        {"", "twice"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        CHECK_MSG(run_piped(cases[i].input, NULL, args) == 1, "case %zu", i);
        CHECK_HAS(output, cases[i].why);
        CHECK_HAS(output, "nothing was changed");
        char *after = uh_read_file(cfg, NULL, NULL);
        CHECK_STR(after, before);
        free(after);
        CHECK(access(uh_tmp("bad/admin-pin.hash"), F_OK) != 0);
    }
    free(before);
    /* No PIN is ever repeated back. */
    CHECK(run_piped("975310\n975311\n", NULL, args) == 1);
    CHECK(strstr(output, "97531") == NULL);
}

TEST(a_broken_config_is_not_overwritten)
{
    mkdir(uh_tmp("broken"), 0755);
    const char *cfg = uh_tmp("broken/broken.json");
    const char *bodies[] = {"{ \"organisation\": ", "[1, 2]", "{ \"kiosk\": { \"pin\": 1 } }",
                            "{ \"kiosk\": 7 }"};
    const char *args[] = {"--config", cfg, NULL};
    for (size_t i = 0; i < sizeof bodies / sizeof *bodies; i++) {
        FILE *f = fopen(cfg, "w");
        fputs(bodies[i], f);
        fclose(f);
        CHECK_MSG(run_piped("2468\n2468\n", NULL, args) == 1, "body %zu", i);
        CHECK_HAS(output, "broken.json");
        CHECK(file_has(cfg, bodies[i]));
        CHECK(access(uh_tmp("broken/admin-pin.hash"), F_OK) != 0);
    }
}

TEST(bad_usage_exits_2)
{
    const char *a1[] = {"--config", NULL};
    const char *a2[] = {"--pin", "2468", NULL};
    CHECK(run_piped("", NULL, a1) == 2);
    CHECK(run_piped("", NULL, a2) == 2);
    CHECK_HAS(output, "usage: unhooked set-pin");
}

/* Reads from the terminal until needle has been seen or it closes; appends
 * to output. Returns true when seen (false on timeout or end). */
static bool pty_read_until(int fd, const char *needle, size_t *n)
{
    for (;;) {
        if (needle && strstr(output, needle))
            return true;
        struct pollfd p = {.fd = fd, .events = POLLIN};
        if (poll(&p, 1, 20000) <= 0)
            return false;
        ssize_t r = read(fd, output + *n, sizeof out_buf - 1 - *n);
        if (r <= 0)
            return false;  /* EIO once the child has gone */
        *n += (size_t)r;
        output[*n] = '\0';
    }
}

TEST(at_a_terminal_the_pin_is_not_echoed)
{
    const char *cfg = uh_tmp("tty/tty.json");
    int fd;
    pid_t pid = forkpty(&fd, NULL, NULL, NULL);
    if (pid == 0) {
        unsetenv("UNHOOKED_CONFIG");
        execl(unhooked, unhooked, "set-pin", "--config", cfg, (char *)NULL);
        _exit(127);
    }
    CHECK(pid > 0);
    size_t n = 0;
    output[0] = '\0';
    CHECK(pty_read_until(fd, "\nPIN: ", &n));
    CHECK(write(fd, "314159\n", 7) == 7);
    CHECK(pty_read_until(fd, "PIN again: ", &n));
    CHECK(write(fd, "314159\n", 7) == 7);
    pty_read_until(fd, NULL, &n);  /* to the end */
    int status;
    waitpid(pid, &status, 0);
    close(fd);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK_HAS(output, "was set");
    CHECK_MSG(strstr(output, "314159") == NULL, "the terminal showed: %s", output);
    char *h = configured_hash(cfg);
    CHECK(uh_pin_verify(h, "314159"));
    free(h);
}

TEST(ctrl_c_at_the_prompt_gives_the_echo_back)
{
    const char *cfg = uh_tmp("int/interrupted.json");
    int fd;
    pid_t pid = forkpty(&fd, NULL, NULL, NULL);
    if (pid == 0) {
        execl(unhooked, unhooked, "set-pin", "--config", cfg, (char *)NULL);
        _exit(127);
    }
    size_t n = 0;
    output[0] = '\0';
    CHECK(pty_read_until(fd, "\nPIN: ", &n));
    struct termios t;
    CHECK(tcgetattr(fd, &t) == 0 && !(t.c_lflag & ECHO));  /* off while asking */
    CHECK(write(fd, "\003", 1) == 1);                      /* Ctrl-C */
    int status;
    waitpid(pid, &status, 0);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGINT);
    CHECK(tcgetattr(fd, &t) == 0 && (t.c_lflag & ECHO));   /* and back on */
    close(fd);
    CHECK(access(cfg, F_OK) != 0);
    CHECK(access(uh_tmp("int/admin-pin.hash"), F_OK) != 0);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: test_set_pin PATH-TO-UNHOOKED\n");
        return 2;
    }
    unhooked = argv[1];
    RUN(piped_pin_writes_the_hash_file);
    RUN(the_configuration_is_left_alone);
    RUN(a_hash_from_0_1_is_taken_out_of_the_configuration);
    RUN(a_new_hash_file_takes_the_configurations_group);
    RUN(unhooked_config_names_the_default_file);
    RUN(bad_pins_change_nothing);
    RUN(a_broken_config_is_not_overwritten);
    RUN(bad_usage_exits_2);
    RUN(at_a_terminal_the_pin_is_not_echoed);
    RUN(ctrl_c_at_the_prompt_gives_the_echo_back);
    TEST_END();
}
