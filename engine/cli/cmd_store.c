/* SPDX-License-Identifier: Apache-2.0 */
/* cmd_store.c — what the results commands share: reading the config and
 * opening the store named by --db (or the config), with the warnings an
 * administrator needs while a damaged store set aside is not acknowledged;
 * and `unhooked acknowledge`, which clears those warnings. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/config.h"
#include "../store/store.h"
#include "commands.h"

int uh_cli_load_config(const char *cmd, const char *path, uh_config *cfg)
{
    uh_error err;
    char buf[1400];
    if (uh_config_load(cfg, path ? path : uh_config_default_path(), &err)) {
        fprintf(stderr, "unhooked %s: %s\n", cmd, uh_error_format(&err, buf, sizeof buf));
        uh_config_free(cfg);
        return -1;
    }
    return 0;
}

/* One warning per damaged store set aside and not yet acknowledged. */
static void warn_set_asides(const char *cmd, const char *path)
{
    uh_set_aside *v;
    size_t n;
    uh_error err;
    char buf[1400];
    if (uh_store_set_asides(path, &v, &n, &err)) {
        fprintf(stderr, _("unhooked %s: warning: %s\n"), cmd, uh_error_format(&err, buf, sizeof buf));
        return;
    }
    for (size_t i = 0; i < n; i++)
        fprintf(stderr,
                _("unhooked %s: warning: at %s the results store %s was found damaged (%s); it was "
                "set aside as %s and a fresh store started, so the attempts saved before are not "
                "in it. Acknowledge this on the admin screen or with `unhooked acknowledge --db "
                "%s`.\n"),
                cmd, v[i].at, path, v[i].reason, v[i].moved_to, path);
    uh_set_asides_free(v, n);
}

uh_store *uh_cli_open_store(const char *cmd, const char *db, const uh_config *cfg, bool write)
{
    uh_error err;
    char buf[1400];
    uh_store_options o = {.read_only = !write};
    uh_store *st = uh_store_open_config(cfg, db, &o, &err);
    char *path = db ? strdup(db) : uh_config_results_db(cfg);
    warn_set_asides(cmd, path);
    free(path);
    if (!st)
        fprintf(stderr, "unhooked %s: %s\n", cmd, uh_error_format(&err, buf, sizeof buf));
    return st;
}

#define ACK_USAGE N_("usage: unhooked acknowledge [--db PATH] [--config FILE]\n")

int uh_cmd_acknowledge(int argc, char **argv)
{
    const char *db = NULL, *config_path = NULL;
    for (int i = 1; i < argc; i++) {
        bool has = i + 1 < argc;
        if (strcmp(argv[i], "--db") == 0 && has)
            db = argv[++i];
        else if (strcmp(argv[i], "--config") == 0 && has)
            config_path = argv[++i];
        else {
            fprintf(stderr, _("unhooked acknowledge: unexpected argument '%s'\n"), argv[i]);
            fputs(_(ACK_USAGE), stderr);
            return 2;
        }
    }
    uh_config cfg;
    if (uh_cli_load_config("acknowledge", config_path, &cfg))
        return 2;
    char *path = db ? strdup(db) : uh_config_results_db(&cfg);
    uh_set_aside *v;
    size_t n;
    uh_error err;
    char buf[1400];
    int status = 1;
    if (uh_store_set_asides(path, &v, &n, &err) == 0) {
        for (size_t i = 0; i < n; i++)
            /* TRANSLATORS: when, the name the damaged file now has, and why. */
            printf(_("%s\tset aside as %s\t%s\n"), v[i].at, v[i].moved_to, v[i].reason);
        uh_set_asides_free(v, n);
        if (uh_store_acknowledge(path, n, &err) == 0) {
            if (n == 0)
                printf(_("nothing to acknowledge: no damaged store was set aside at %s\n"), path);
            else
                printf(ngettext("%zu notice acknowledged; the damaged file is kept under the name "
                                "above\n",
                                "%zu notices acknowledged; the damaged files are kept under the "
                                "names above\n", n), n);
            status = 0;
        }
    }
    if (status)
        fprintf(stderr, "unhooked acknowledge: %s\n", uh_error_format(&err, buf, sizeof buf));
    free(path);
    uh_config_free(&cfg);
    return status;
}
