/* SPDX-License-Identifier: Apache-2.0 */
/* cmd_purge.c — `unhooked purge --before DATE | --retention`: delete
 * results for privacy, leaving no copy of them in the database files.
 *
 * Exit 0 on success, 1 when the store cannot be changed, 2 on bad usage. */
#include <stdio.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/config.h"
#include "../store/store.h"
#include "commands.h"

#define PURGE_USAGE \
    N_("usage: unhooked purge --before DATE | --retention [--db PATH] [--config FILE]\n")

int uh_cmd_purge(int argc, char **argv)
{
    const char *before = NULL, *db = NULL, *config_path = NULL;
    bool retention = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool has = i + 1 < argc;
        if (strcmp(a, "--before") == 0 && has)
            before = argv[++i];
        else if (strcmp(a, "--retention") == 0)
            retention = true;
        else if (strcmp(a, "--db") == 0 && has)
            db = argv[++i];
        else if (strcmp(a, "--config") == 0 && has)
            config_path = argv[++i];
        else {
            fprintf(stderr, _("unhooked purge: unexpected argument '%s'\n"), a);
            fputs(_(PURGE_USAGE), stderr);
            return 2;
        }
    }
    if (!before == !retention) {
        fprintf(stderr, _("unhooked purge: give either --before DATE or --retention\n"));
        fputs(_(PURGE_USAGE), stderr);
        return 2;
    }
    uh_error err;
    char buf[1400];
    int64_t ms;
    if (before && uh_time_parse(before, &ms, &err)) {
        fprintf(stderr, "unhooked purge: %s\n", uh_error_format(&err, buf, sizeof buf));
        return 2;
    }
    uh_config cfg;
    if (uh_cli_load_config("purge", config_path, &cfg))
        return 2;
    int status = 1, deleted = 0;
    /* Opening applies the retention period already; open without it so
     * the count printed covers everything this command deleted. */
    int keep_days = cfg.retention_days;
    cfg.retention_days = 0;
    uh_store *st = uh_cli_open_store("purge", db, &cfg, true);
    if (!st)
        goto done;
    if (retention && keep_days <= 0) {
        printf(_("no retention period is configured (retention_days = 0): nothing purged\n"));
        status = 0;
        goto done;
    }
    if (retention ? uh_store_apply_retention(st, keep_days, &deleted, &err)
                  : uh_store_purge(st, before, &deleted, &err)) {
        fprintf(stderr, "unhooked purge: %s\n", uh_error_format(&err, buf, sizeof buf));
        goto done;
    }
    char cut[32];
    if (retention)
        snprintf(cut, sizeof cut, ngettext("%d day ago", "%d days ago", keep_days), keep_days);
    else
        uh_time_format(ms, cut);
    printf(ngettext("purged %d attempt started before %s from %s\n",
                    "purged %d attempts started before %s from %s\n", deleted), deleted, cut,
           uh_store_path(st));
    status = 0;
done:
    uh_store_close(st);
    uh_config_free(&cfg);
    return status;
}
