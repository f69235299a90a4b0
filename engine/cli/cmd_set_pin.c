/* SPDX-License-Identifier: Apache-2.0 */
/* cmd_set_pin.c — `unhooked set-pin [--config FILE]`: set the kiosk's admin
 * PIN.
 *
 * Reads the new PIN twice, without echo from a terminal or as two lines from
 * standard input otherwise (for provisioning scripts), and writes only its
 * yescrypt hash, into the file "admin-pin.hash" beside the configuration
 * file (/etc/unhooked/admin-pin.hash for the system one; see
 * uh_pin_hash_path). The hash file is replaced atomically; a new one is
 * mode 0640 in the configuration file's group (the kiosk's), an existing
 * one keeps its owner and group, and nobody else may read it. The
 * configuration itself is only read (it must be valid) unless it still
 * holds a hash the 0.1 way, as kiosk.admin_pin_hash: that key is then taken
 * out, so the configuration never holds a secret the program wrote. The
 * PIN itself is never printed, logged, put on the command line or left in
 * memory we own.
 *
 * Exit 0 when the PIN was set, 1 when it was not (mismatch, a PIN that is
 * not 4-12 digits or too easy to guess, an unreadable or invalid config, a
 * failed write), 2 on bad usage. */
#include <errno.h>
#include <grp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "../core/atomic.h"
#include "../core/i18n.h"
#include "../admin/pin.h"
#include "../core/config.h"
#include "../core/json.h"
#include "../core/util.h"
#include "commands.h"

#define SET_PIN_USAGE N_("usage: unhooked set-pin [--config FILE]\n")

/* A line longer than any PIN, so an overlong one is seen as such. */
#define LINE_MAX_PIN 64

/* ---------------------------------------------------------------------
 * Reading the PIN
 * ------------------------------------------------------------------- */

/* The terminal settings to put back, also from a signal handler. */
static struct termios saved_tty;
static volatile sig_atomic_t tty_changed;

static void restore_tty(void)
{
    if (tty_changed) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_tty);
        tty_changed = 0;
    }
}

/* Ctrl-C at the prompt must not leave the terminal without echo. */
static void on_signal(int sig)
{
    restore_tty();
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Reads one line into buf (without its newline). Returns 0, 1 at end of
 * input, or -1 for a line that does not fit (the rest is consumed). */
static int read_line(char buf[LINE_MAX_PIN])
{
    if (!fgets(buf, LINE_MAX_PIN, stdin))
        return 1;
    size_t n = strlen(buf);
    if (n > 0 && buf[n - 1] == '\n') {
        buf[--n] = '\0';
    } else if (!feof(stdin)) {
        int c;
        while ((c = getchar()) != EOF && c != '\n')
            ;
        explicit_bzero(buf, LINE_MAX_PIN);
        return -1;
    }
    if (n > 0 && buf[n - 1] == '\r')
        buf[--n] = '\0';
    return 0;
}

/* Turns echo off, then prompts on standard error and reads a line. In that
 * order: anything typed before the prompt is discarded, never echoed. */
static int read_secret(const char *prompt, char buf[LINE_MAX_PIN])
{
    struct termios quiet;
    if (tcgetattr(STDIN_FILENO, &saved_tty) == 0) {
        quiet = saved_tty;
        quiet.c_lflag &= (tcflag_t)~(ECHO | ECHOE | ECHOK | ECHONL);
        tty_changed = 1;
        if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) != 0)
            tty_changed = 0;
    }
    fputs(prompt, stderr);
    fflush(stderr);
    int rc = read_line(buf);
    restore_tty();
    fputc('\n', stderr);
    return rc;
}

/* Fills pin with the new PIN after reading it twice. Prints why not and
 * returns -1 when there is none to set. */
static int read_new_pin(char pin[LINE_MAX_PIN])
{
    char again[LINE_MAX_PIN];
    int rc = -1;
    bool tty = isatty(STDIN_FILENO);
    int r1, r2;
    if (tty) {
        signal(SIGINT, on_signal);
        signal(SIGTERM, on_signal);
        signal(SIGHUP, on_signal);
        signal(SIGQUIT, on_signal);
        fprintf(stderr, _("New admin PIN: %d to %d digits, not shown as you type.\n"),
                UH_PIN_MIN_DIGITS, UH_PIN_MAX_DIGITS);
        r1 = read_secret(_("PIN: "), pin);
        r2 = r1 == 0 ? read_secret(_("PIN again: "), again) : 1;
    } else {
        r1 = read_line(pin);
        r2 = r1 == 0 ? read_line(again) : 1;
    }
    if (r1 > 0 || r2 > 0)
        fprintf(stderr, _("unhooked set-pin: expected the new PIN twice%s; nothing was changed\n"),
                tty ? "" : _(", one per line on standard input"));
    else if (r1 < 0 || r2 < 0 || !uh_pin_valid(pin))
        fprintf(stderr, _("unhooked set-pin: the PIN must be %d to %d digits (0-9) and nothing "
                "else; nothing was changed\n"), UH_PIN_MIN_DIGITS, UH_PIN_MAX_DIGITS);
    else if (strcmp(pin, again) != 0)
        fprintf(stderr, _("unhooked set-pin: the two PINs differ; nothing was changed\n"));
    else if (uh_pin_guessable(pin))
        fprintf(stderr, _("unhooked set-pin: that PIN is too easy to guess (one digit repeated, "
                "or a run like 1234 or 9876); choose another; nothing was changed\n"));
    else
        rc = 0;
    explicit_bzero(again, sizeof again);
    return rc;
}

/* ---------------------------------------------------------------------
 * The configuration file
 * ------------------------------------------------------------------- */

/* Creates the folders above path that are missing (mode 0755: the file
 * itself carries the restrictive mode). */
static int make_parents(const char *path, uh_error *err)
{
    char *dir = uh_xstrdup(path);
    int rc = 0;
    for (char *p = strchr(dir + 1, '/'); p; p = strchr(p + 1, '/')) {
        *p = '\0';
        if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
            rc = uh_error_set(err, dir, 0, _("cannot create the folder: %s"), strerror(errno));
            break;
        }
        *p = '/';
    }
    free(dir);
    return rc;
}

/* Loads path as a JSON object, or an empty object when there is no file.
 * Returns NULL with err filled when the file is unreadable or not an
 * object. Caller deletes. */
static cJSON *load_json(const char *path, uh_error *err)
{
    struct stat st;
    if (stat(path, &st) != 0 && errno == ENOENT)
        return cJSON_CreateObject();
    char *text = uh_read_file_max(path, UH_CONFIG_MAX, NULL, err);
    if (!text)
        return NULL;
    cJSON *root = uh_json_parse(text, path, err);
    if (root && !cJSON_IsObject(root)) {
        uh_error_set(err, path, 0, _("the configuration must be a JSON object"));
        cJSON_Delete(root);
        root = NULL;
    }
    free(text);
    return root;
}

/* The name of group gid, or its number; in a static buffer. */
static const char *group_name(gid_t gid)
{
    static char num[24];
    struct group *g = getgrgid(gid);
    if (g)
        return g->gr_name;
    snprintf(num, sizeof num, "%lu", (unsigned long)gid);
    return num;
}

/* Takes kiosk.admin_pin_hash out of the configuration at path (root is its
 * JSON), writing it back atomically with its owner, group and mode. */
static int remove_old_hash(cJSON *root, const char *path, uh_error *err)
{
    cJSON *kiosk = cJSON_GetObjectItemCaseSensitive(root, "kiosk");
    cJSON_DeleteItemFromObjectCaseSensitive(kiosk, "admin_pin_hash");
    if (kiosk && !kiosk->child)
        cJSON_DeleteItemFromObjectCaseSensitive(root, "kiosk");
    char *text = cJSON_Print(root);
    if (!text)
        return uh_error_set(err, path, 0, _("out of memory"));
    size_t len = strlen(text);
    text = uh_xrealloc(text, len + 2);
    text[len++] = '\n';
    text[len] = '\0';
    int rc = uh_atomic_write(path, text, len, 0644, err);
    free(text);
    return rc;
}

int uh_cmd_set_pin(int argc, char **argv)
{
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--config") == 0 && i + 1 < argc) {
            path = argv[++i];
        } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(_(SET_PIN_USAGE), stdout);
            return 0;
        } else {
            fprintf(stderr, _("unhooked set-pin: unexpected argument '%s'\n"), argv[i]);
            fputs(_(SET_PIN_USAGE), stderr);
            return 2;
        }
    }
    if (!path) {
        const char *env = getenv("UNHOOKED_CONFIG");
        path = env && *env ? env : UH_SYSTEM_CONFIG;
    }

    int status = 1;
    uh_error err;
    char buf[1400], pin[LINE_MAX_PIN] = "", hash[UH_PIN_HASH_SIZE];
    char *hash_path = uh_pin_hash_path(path);
    uh_config check = {0};
    struct stat cfg_st;
    bool have_config = stat(path, &cfg_st) == 0;

    /* Read the configuration first: no point asking for a PIN when the
     * kiosk would not start with it, or when the hash cannot be stored. */
    cJSON *root = load_json(path, &err);
    if (!root)
        goto fail;
    if (have_config) {
        if (uh_config_load(&check, path, &err) != 0) {
            fprintf(stderr, _("unhooked set-pin: %s\nunhooked set-pin: fix the file first; "
                    "nothing was changed\n"), uh_error_format(&err, buf, sizeof buf));
            goto done;
        }
    }
    if (access(hash_path, F_OK) != 0 && make_parents(hash_path, &err))
        goto fail;
    if (read_new_pin(pin))
        goto done;
    if (uh_pin_hash(pin, hash, &err) ||
        uh_pin_write_hash(hash_path, hash, have_config ? cfg_st.st_gid : (gid_t)-1, &err))
        goto fail;
    struct stat st;
    if (stat(hash_path, &st) == 0)
        printf(_("unhooked set-pin: the admin PIN was set in %s (readable only by its owner "
               "and group %s)\n"), hash_path, group_name(st.st_gid));
    status = 0;
    /* A hash left in the configuration by 0.1 is stale now, and a secret. */
    const cJSON *kiosk = cJSON_GetObjectItemCaseSensitive(root, "kiosk");
    if (cJSON_IsString(cJSON_GetObjectItemCaseSensitive(kiosk, "admin_pin_hash"))) {
        if (remove_old_hash(root, path, &err) == 0)
            printf(_("unhooked set-pin: removed the old PIN hash from %s\n"), path);
        else
            fprintf(stderr, _("unhooked set-pin: warning: %s\nunhooked set-pin: remove "
                    "kiosk.admin_pin_hash from %s by hand (the new PIN applies anyway)\n"),
                    uh_error_format(&err, buf, sizeof buf), path);
    }
    goto done;
fail:
    fprintf(stderr, _("unhooked set-pin: %s\nunhooked set-pin: nothing was changed\n"),
            uh_error_format(&err, buf, sizeof buf));
done:
    explicit_bzero(pin, sizeof pin);
    free(hash_path);
    cJSON_Delete(root);
    uh_config_free(&check);
    return status;
}
