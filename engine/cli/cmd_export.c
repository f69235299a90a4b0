/* SPDX-License-Identifier: Apache-2.0 */
/* cmd_export.c — `unhooked export --format csv|json|xapi`: stored
 * attempts as a file for spreadsheets, scripts or an LRS import.
 *
 * Exit 0 on success, 1 when the store cannot be read or the file written,
 * 2 on bad usage. */
#include <stdio.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/config.h"
#include "../export/export.h"
#include "../store/store.h"
#include "commands.h"

#define EXPORT_USAGE                                                                           \
    N_("usage: unhooked export --format csv|json|xapi [--since DATE] [--before DATE]\n"        \
       "                       [--cohort CODE] [-o FILE] [--db PATH] [--config FILE]\n")

int uh_cmd_export(int argc, char **argv)
{
    const char *format = NULL, *out_path = NULL, *db = NULL, *config_path = NULL;
    uh_filter f = {0};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool has = i + 1 < argc;
        if (strcmp(a, "--format") == 0 && has)
            format = argv[++i];
        else if ((strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) && has)
            out_path = argv[++i];
        else if (strcmp(a, "--since") == 0 && has)
            f.since = argv[++i];
        else if (strcmp(a, "--before") == 0 && has)
            f.before = argv[++i];
        else if (strcmp(a, "--cohort") == 0 && has)
            f.cohort = argv[++i];
        else if (strcmp(a, "--db") == 0 && has)
            db = argv[++i];
        else if (strcmp(a, "--config") == 0 && has)
            config_path = argv[++i];
        else {
            fprintf(stderr, _("unhooked export: unexpected argument '%s'\n"), a);
            fputs(_(EXPORT_USAGE), stderr);
            return 2;
        }
    }
    uh_export_format fmt;
    if (uh_export_format_parse(format, &fmt)) {
        fprintf(stderr, _("unhooked export: --format must be csv, json or xapi\n"));
        fputs(_(EXPORT_USAGE), stderr);
        return 2;
    }
    uh_error err;
    char buf[1400];
    int64_t ms;
    if ((f.since && uh_time_parse(f.since, &ms, &err)) ||
        (f.before && uh_time_parse(f.before, &ms, &err))) {
        fprintf(stderr, "unhooked export: %s\n", uh_error_format(&err, buf, sizeof buf));
        return 2;
    }
    uh_config cfg;
    if (uh_cli_load_config("export", config_path, &cfg))
        return 2;
    int status = 1;
    uh_record *recs = NULL;
    size_t n = 0;
    FILE *out = NULL;
    uh_store *st = uh_cli_open_store("export", db, &cfg, false);
    if (!st)
        goto done;
    if (uh_store_query(st, &f, &recs, &n, &err)) {
        fprintf(stderr, "unhooked export: %s\n", uh_error_format(&err, buf, sizeof buf));
        goto done;
    }
    out = out_path && strcmp(out_path, "-") != 0 ? fopen(out_path, "w") : stdout;
    if (!out) {
        perror(out_path);
        goto done;
    }
    if (uh_export(out, fmt, recs, n, cfg.lrs_homepage)) {
        fprintf(stderr, _("unhooked export: cannot write %s\n"), out_path ? out_path : "stdout");
        goto done;
    }
    if (out != stdout)
        fprintf(stderr, ngettext("unhooked export: %zu attempt written to %s\n",
                                 "unhooked export: %zu attempts written to %s\n", n), n, out_path);
    status = 0;
done:
    if (out && out != stdout && fclose(out) != 0 && status == 0) {
        perror(out_path);
        status = 1;
    }
    uh_records_free(recs, n);
    uh_store_close(st);
    uh_config_free(&cfg);
    return status;
}
