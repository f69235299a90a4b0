/* SPDX-License-Identifier: Apache-2.0 */
/* cmd_import.c — `unhooked import FILE.json...`: kiosks' JSON exports
 * into one store (the configured one, or --db), for reports over a fleet.
 * Attempts are known by their UUID: one already in the store is left
 * alone, so a file imported twice, or exports that overlap, add each
 * attempt once.
 *
 * Exit 0 when every file was imported, 1 when a file or the store failed
 * (the files before it are imported), 2 on bad usage. */
#include <stdio.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/config.h"
#include "../export/import.h"
#include "../store/store.h"
#include "commands.h"

#define IMPORT_USAGE N_("usage: unhooked import FILE.json... [--db PATH] [--config FILE]\n")

int uh_cmd_import(int argc, char **argv)
{
    const char *db = NULL, *config_path = NULL;
    int nfiles = 0;
    for (int i = 1; i < argc; i++) {
        bool has = i + 1 < argc;
        if (strcmp(argv[i], "--db") == 0 && has)
            db = argv[++i];
        else if (strcmp(argv[i], "--config") == 0 && has)
            config_path = argv[++i];
        else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, _("unhooked import: unexpected argument '%s'\n"), argv[i]);
            fputs(_(IMPORT_USAGE), stderr);
            return 2;
        } else
            nfiles++;
    }
    if (nfiles == 0) {
        fputs(_("unhooked import: no file to import\n"), stderr);
        fputs(_(IMPORT_USAGE), stderr);
        return 2;
    }
    uh_config cfg;
    if (uh_cli_load_config("import", config_path, &cfg))
        return 2;
    uh_store *st = uh_cli_open_store("import", db, &cfg, true);
    int status = st ? 0 : 1;
    for (int i = 1; st && i < argc && status == 0; i++) {
        if (!strcmp(argv[i], "--db") || !strcmp(argv[i], "--config")) {
            i++;
            continue;
        }
        uh_import_stats s;
        uh_error err;
        char buf[1400];
        int rc = uh_import_file(st, argv[i], &s, &err);
        if (rc == 0)
            /* TRANSLATORS: the file, then the attempts in it (this
             * number picks the form), added, and already in the store. */
            printf(ngettext("%s: %zu attempt, %zu added, %zu already in the store\n",
                            "%s: %zu attempts, %zu added, %zu already in the store\n", s.attempts),
                   argv[i], s.attempts, s.added, s.present);
        else {
            fprintf(stderr, "unhooked import: %s\n", uh_error_format(&err, buf, sizeof buf));
            if (s.added + s.present)
                /* TRANSLATORS: the first number (the attempts of the
                 * file before the bad one) picks the form. */
                fprintf(stderr,
                        ngettext("unhooked import: %zu attempt before it imported (%zu added); "
                                 "importing the mended file again adds only the rest\n",
                                 "unhooked import: %zu attempts before it imported (%zu added); "
                                 "importing the mended file again adds only the rest\n",
                                 s.added + s.present),
                        s.added + s.present, s.added);
            status = 1;
        }
    }
    uh_store_close(st);
    uh_config_free(&cfg);
    return status;
}
