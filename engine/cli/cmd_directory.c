/* SPDX-License-Identifier: Apache-2.0 */
/* cmd_directory.c — `unhooked directory`: the trainee directory (who
 * should train, with department and manager), imported from a CSV file
 * into the results store; see store/directory.h.
 *
 *   directory import FILE.csv [--keep-missing]   the file becomes the directory
 *   directory list                               the directory as CSV
 *   directory clear                              empty it (attempts are kept)
 *
 * Exit 0 on success, 1 when the file or the store cannot be used (every
 * bad row is named with its file and line), 2 on bad usage. */
#include <stdio.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/config.h"
#include "../store/directory.h"
#include "../store/store.h"
#include "commands.h"

#define DIRECTORY_USAGE                                                                         \
    N_("usage: unhooked directory import FILE.csv [--keep-missing] [--db PATH] [--config FILE]\n" \
       "       unhooked directory list [--db PATH] [--config FILE]\n"                            \
       "       unhooked directory clear [--db PATH] [--config FILE]\n")

int uh_cmd_directory(int argc, char **argv)
{
    const char *action = argc > 1 ? argv[1] : NULL, *file = NULL, *db = NULL, *config_path = NULL;
    bool keep = false;
    if (!action || (strcmp(action, "import") && strcmp(action, "list") && strcmp(action, "clear"))) {
        if (action)
            fprintf(stderr, _("unhooked directory: unknown action '%s'\n"), action);
        else
            fputs(_("unhooked directory: an action is needed (import, list or clear)\n"), stderr);
        fputs(_(DIRECTORY_USAGE), stderr);
        return 2;
    }
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        bool has = i + 1 < argc;
        if (strcmp(a, "--db") == 0 && has)
            db = argv[++i];
        else if (strcmp(a, "--config") == 0 && has)
            config_path = argv[++i];
        else if (strcmp(a, "--keep-missing") == 0 && !strcmp(action, "import"))
            keep = true;
        else if (a[0] != '-' && !file && !strcmp(action, "import"))
            file = a;
        else {
            fprintf(stderr, _("unhooked directory: unexpected argument '%s'\n"), a);
            fputs(_(DIRECTORY_USAGE), stderr);
            return 2;
        }
    }
    if (!strcmp(action, "import") && !file) {
        fputs(_("unhooked directory: import needs a CSV file\n"), stderr);
        fputs(_(DIRECTORY_USAGE), stderr);
        return 2;
    }
    uh_config cfg;
    if (uh_cli_load_config("directory", config_path, &cfg))
        return 2;
    int status = 1;
    uh_error err;
    uh_error_clear(&err);
    char buf[1400];
    uh_store *st = uh_cli_open_store("directory", db, &cfg, strcmp(action, "list") != 0);
    if (!st)
        goto done;
    if (!strcmp(action, "import")) {
        uh_problems pr = {0};
        uh_directory_counts n;
        if (uh_directory_import(st, file, keep, &n, &pr, &err) == 0) {
            /* TRANSLATORS: the first number (the people now in the
             * directory) picks the form. */
            printf(ngettext("%d person in the directory: %d added, %d updated, %d unchanged, "
                            "%d removed\n",
                            "%d people in the directory: %d added, %d updated, %d unchanged, "
                            "%d removed\n",
                            n.rows),
                   n.rows, n.added, n.updated, n.unchanged, n.removed);
            status = 0;
        } else {
            for (size_t i = 0; i < pr.count; i++)
                fprintf(stderr, "unhooked directory: %s\n",
                        uh_error_format(&pr.items[i], buf, sizeof buf));
            if (!pr.count)
                fprintf(stderr, "unhooked directory: %s\n", uh_error_format(&err, buf, sizeof buf));
            fputs(_("unhooked directory: nothing was imported\n"), stderr);
        }
        uh_problems_free(&pr);
    } else if (!strcmp(action, "list")) {
        if (uh_directory_write_csv(st, stdout, &err) == 0)
            status = 0;
        else
            fprintf(stderr, "unhooked directory: %s\n", uh_error_format(&err, buf, sizeof buf));
    } else {
        int removed;
        if (uh_directory_clear(st, &removed, &err) == 0) {
            printf(ngettext("%d person removed from the directory; their attempts are kept\n",
                            "%d people removed from the directory; their attempts are kept\n",
                            removed),
                   removed);
            status = 0;
        } else {
            fprintf(stderr, "unhooked directory: %s\n", uh_error_format(&err, buf, sizeof buf));
        }
    }
done:
    uh_store_close(st);
    uh_config_free(&cfg);
    return status;
}
