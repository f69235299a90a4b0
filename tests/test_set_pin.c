/* test_set_pin.c — `unhooked set-pin` end to end: the PIN piped in or typed
 * at a terminal, the hash in the config verifying, the rest of the file
 * kept, and the PIN itself appearing nowhere (file, output, terminal echo).
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

/* The admin_pin_hash the config at path holds, loaded the way the kiosk
 * loads it; NULL when the config does not load. Caller frees. */
static char *configured_hash(const char *path)
{
    uh_config c;
    uh_error e;
    if (uh_config_load(&c, path, &e) != 0) {
        fprintf(stderr, "config: %s\n", e.msg);
        return NULL;
    }
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

TEST(piped_pin_creates_the_config)
{
    const char *cfg = uh_tmp("etc/unhooked/config.json");  /* folders missing too */
    const char *args[] = {"--config", cfg, NULL};
    CHECK(run_piped("2468\n2468\n", NULL, args) == 0);
    CHECK_HAS(output, "was set");
    CHECK(strstr(output, "2468") == NULL);
    char *h = configured_hash(cfg);
    CHECK(h && strncmp(h, "$y$", 3) == 0);
    CHECK(uh_pin_verify(h, "2468"));
    CHECK(!uh_pin_verify(h, "2469"));
    free(h);
    CHECK(!file_has(cfg, "2468"));
    struct stat st;
    CHECK(stat(cfg, &st) == 0 && (st.st_mode & 07777) == 0640);
}

TEST(the_rest_of_the_config_and_its_mode_are_kept)
{
    const char *cfg = uh_tmp("site.json");
    FILE *f = fopen(cfg, "w");
    fputs("{ \"organisation\": \"Acme Drives\",\n"
          "  \"kiosk\": { \"idle_timeout_s\": 120, \"admin_pin_hash\": \"$y$j9T$old$old\" },\n"
          "  \"retention_days\": 365 }\n", f);
    fclose(f);
    chmod(cfg, 0600);
    const char *args[] = {"--config", cfg, NULL};
    CHECK(run_piped("97531\r\n97531\r\n", NULL, args) == 0);  /* CRLF from a script */
    uh_config c;
    uh_error e;
    CHECK(uh_config_load(&c, cfg, &e) == 0);
    CHECK_STR(c.organisation, "Acme Drives");
    CHECK(c.idle_timeout_s == 120 && c.retention_days == 365);
    CHECK(uh_pin_verify(c.admin_pin_hash, "97531"));
    uh_config_free(&c);
    CHECK(!file_has(cfg, "$old$") && !file_has(cfg, "97531"));
    struct stat st;
    CHECK(stat(cfg, &st) == 0 && (st.st_mode & 07777) == 0600);
}

TEST(a_config_readable_by_all_becomes_private)
{
    const char *cfg = uh_tmp("shipped.json");
    FILE *f = fopen(cfg, "w");
    fputs("{ \"kiosk\": { \"admin_pin_hash\": null } }\n", f);
    fclose(f);
    chmod(cfg, 0644);
    const char *args[] = {"--config", cfg, NULL};
    CHECK(run_piped("2468\n2468\n", NULL, args) == 0);
    CHECK_HAS(output, "no longer readable by everyone");
    struct stat st;
    CHECK(stat(cfg, &st) == 0 && (st.st_mode & 07777) == 0640);
}

TEST(unhooked_config_names_the_default_file)
{
    const char *cfg = uh_tmp("from-env.json");
    const char *none[] = {NULL};
    CHECK(run_piped("802461\n802461\n", cfg, none) == 0);
    char *h = configured_hash(cfg);
    CHECK(uh_pin_verify(h, "802461"));
    free(h);
}

TEST(bad_pins_change_nothing)
{
    const char *cfg = uh_tmp("unchanged.json");
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
    }
    free(before);
    /* No PIN is ever repeated back. */
    CHECK(run_piped("975310\n975311\n", NULL, args) == 1);
    CHECK(strstr(output, "97531") == NULL);
}

TEST(a_broken_config_is_not_overwritten)
{
    const char *cfg = uh_tmp("broken.json");
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
    const char *cfg = uh_tmp("tty.json");
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
    const char *cfg = uh_tmp("interrupted.json");
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
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: test_set_pin PATH-TO-UNHOOKED\n");
        return 2;
    }
    unhooked = argv[1];
    RUN(piped_pin_creates_the_config);
    RUN(the_rest_of_the_config_and_its_mode_are_kept);
    RUN(a_config_readable_by_all_becomes_private);
    RUN(unhooked_config_names_the_default_file);
    RUN(bad_pins_change_nothing);
    RUN(a_broken_config_is_not_overwritten);
    RUN(bad_usage_exits_2);
    RUN(at_a_terminal_the_pin_is_not_echoed);
    RUN(ctrl_c_at_the_prompt_gives_the_echo_back);
    TEST_END();
}
