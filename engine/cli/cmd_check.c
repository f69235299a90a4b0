/* SPDX-License-Identifier: Apache-2.0 */
/* cmd_check.c — `unhooked check PATH...` (SPEC §5): one line per problem
 * on stdout, each file named on stderr as it is checked; exit 0 when there
 * are no problems, 1 when there are, 2 on bad usage. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/config.h"
#include "../core/scenario.h"
#include "../core/strategy.h"
#include "../core/translation.h"
#include "commands.h"

int uh_cmd_check(int argc, char **argv)
{
    const char *config_path = NULL;
    bool strategies = false;
    const char *paths[256];
    size_t npaths = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--config") == 0 && i + 1 < argc) {
            config_path = argv[++i];
        } else if (strcmp(argv[i], "--strategies") == 0) {
            strategies = true;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, _("unhooked check: unknown option '%s'\n"), argv[i]);
            return 2;
        } else if (!argv[i][0]) {
            fprintf(stderr, _("unhooked check: an empty argument names no file\n"));
            return 2;
        } else if (npaths < sizeof paths / sizeof *paths) {
            paths[npaths++] = argv[i];
        } else {
            fprintf(stderr, _("unhooked check: too many paths\n"));
            return 2;
        }
    }
    if (npaths == 0) {
        fprintf(stderr, _("usage: unhooked check [--strategies] [--config FILE] PATH...\n"));
        return 2;
    }
    uh_config cfg;
    uh_error err;
    if (uh_config_load(&cfg, config_path ? config_path : uh_config_default_path(), &err)) {
        char buf[1400];
        fprintf(stderr, "unhooked check: %s\n", uh_error_format(&err, buf, sizeof buf));
        uh_config_free(&cfg);
        return 2;
    }
    /* Each file is named on stderr as it is checked, so a file that takes
     * long (up to its limits) is seen while it does. */
    uh_library lib;
    uh_library_open(&lib, paths, npaths);
    for (const char *next; (next = uh_library_next_path(&lib));) {
        fprintf(stderr, "unhooked check: %s ", next);
        size_t before = lib.problems.count;
        uh_library_load_next(&lib, &cfg);
        size_t n = lib.problems.count - before;
        if (n)
            fprintf(stderr, ngettext("- %zu problem\n", "- %zu problems\n", n), n);
        else
            fprintf(stderr, _("- ok\n"));
    }
    /* A file in a language folder (scenarios/de/x.lua) is a translation:
     * its structure must match the original beside the folder. */
    for (size_t i = 0; i < lib.count; i++) {
        char *orig_path = uh_translation_original_path(lib.items[i]->path);
        if (!orig_path)
            continue;
        uh_problems op = {0};
        uh_scenario *orig = uh_scenario_load(orig_path, &cfg, 1, &op);
        if (!orig->ok)
            uh_problems_addf(&lib.problems, lib.items[i]->path, 0,
                             ngettext("translation: its original %s does not load (%zu problem)",
                                      "translation: its original %s does not load (%zu problems)",
                                      op.count), orig_path, op.count);
        else if (lib.items[i]->ok)
            uh_translation_compare(orig, lib.items[i], &lib.problems);
        uh_scenario_free(orig);
        uh_problems_free(&op);
        free(orig_path);
    }
    /* Strategies run on the scenarios that loaded cleanly; their problems
     * follow the file's own. */
    for (size_t i = 0; strategies && i < lib.count; i++)
        if (lib.items[i]->ok)
            uh_strategy_check(lib.items[i], &cfg, &lib.problems);
    for (size_t i = 0; i < lib.problems.count; i++) {
        char buf[1400];
        printf("%s\n", uh_error_format(&lib.problems.items[i], buf, sizeof buf));
    }
    size_t nproblems = lib.problems.count;
    /* TRANSLATORS: the start of "unhooked check: 15 scenario files, 0 problems" */
    fprintf(stderr, ngettext("unhooked check: %zu scenario file, ", "unhooked check: %zu scenario files, ",
                             lib.count), lib.count);
    fprintf(stderr, ngettext("%zu problem\n", "%zu problems\n", nproblems), nproblems);
    if (lib.count == 0 && nproblems == 0) {
        printf(_("%s: no scenario files (*.lua) found\n"), paths[0]);
        nproblems = 1;
    }
    uh_library_free(&lib);
    uh_config_free(&cfg);
    return nproblems ? 1 : 0;
}
