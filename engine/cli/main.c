/* SPDX-License-Identifier: Apache-2.0 */
/* main.c — `unhooked`: dispatches to a subcommand, or opens the window. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "../core/config.h"
#include "../core/i18n.h"
#include "../platform/sdl/app.h"
#include "commands.h"

typedef struct command {
    const char *name;
    int (*fn)(int argc, char **argv);
    const char *usage;
} command;

static const command commands[] = {
#define X(name, fn, usage) {name, fn, usage},
    UH_COMMANDS(X)
#undef X
};

#ifndef UH_VERSION
#define UH_VERSION "unknown"
#endif

int uh_cmd_version(int argc, char **argv)
{
    if (argc > 1) {
        fprintf(stderr, _("unhooked %s: takes no arguments, not '%s'\n"), argv[0], argv[1]);
        return 2;
    }
    printf("unhooked %s\n", UH_VERSION);
    return 0;
}

static int usage(FILE *out)
{
    fprintf(out, _("usage: unhooked [--kiosk | --facilitate] [--config FILE] [--db PATH] [--cohort CODE] "
                   "[--size WxH]\n"
                   "                [--only AUDIENCE[,AUDIENCE]]\n"
                   "         --size WxH   the window's size in pixels (default 1280x720, smaller when the\n"
                   "                      screen is); --kiosk ignores it and covers the whole monitor,\n"
                   "                      following changes of resolution and orientation\n"
                   "         --only LIST  offer only the scenarios for these audiences (and those for\n"
                   "                      everyone), e.g. research,new_hires\n"
                   "       unhooked --version\n"));
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(out, "       unhooked %s\n", _(commands[i].usage));
    return out == stderr ? 2 : 0;
}

/* The language of the program's words. A command follows the environment
 * (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) first, then the configuration's
 * "language"; the window starts in the configured language, else the
 * environment's (uh_app_main switches once it has read the configuration).
 * The configuration is the one --config names, else the default; one that
 * does not load is left for the command to report. */
static void choose_language(int argc, char **argv)
{
    const uh_language *env = uh_language_from_env();
    if (env) {
        uh_i18n_init(env->code);
        return;
    }
    const char *path = NULL;
    for (int i = 1; i + 1 < argc; i++)
        if (strcmp(argv[i], "--config") == 0)
            path = argv[i + 1];
    uh_config cfg;
    uh_error err;
    if (uh_config_load(&cfg, path ? path : uh_config_default_path(), &err) == 0)
        uh_i18n_init(cfg.language);
    else
        uh_i18n_init(NULL);
    uh_config_free(&cfg);
}

/* A command's status once its standard output is flushed: output that
 * could not be written (a full disk, a closed pipe, /dev/full) is said and
 * makes a command that thought it succeeded exit 1, so that a result
 * printed into nothing is never taken for one delivered. A command that
 * already failed has said why and keeps its status. */
static int flushed(const char *name, int status)
{
    bool now = fflush(stdout) != 0;  /* errno says why */
    if ((now || ferror(stdout)) && status == 0) {
        if (now)
            fprintf(stderr, _("unhooked%s%s: cannot write the standard output: %s\n"),
                    name ? " " : "", name ? name : "", strerror(errno));
        else
            fprintf(stderr, _("unhooked%s%s: cannot write the standard output\n"), name ? " " : "",
                    name ? name : "");
        return 1;
    }
    return status;
}

int main(int argc, char **argv)
{
    choose_language(argc, argv);
    if (argc >= 2 && argv[1][0] != '-') {
        if (strcmp(argv[1], "help") == 0)
            return flushed(NULL, usage(stdout));
        for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
            if (strcmp(argv[1], commands[i].name) == 0)
                return flushed(commands[i].name, commands[i].fn(argc - 1, argv + 1));
        fprintf(stderr, _("unhooked: unknown command '%s'\n"), argv[1]);
        return usage(stderr);
    }
    if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0))
        return flushed(NULL, usage(stdout));
    if (argc >= 2 && strcmp(argv[1], "--version") == 0)
        return flushed(NULL, uh_cmd_version(argc - 1, argv + 1));
    return uh_app_main(argc, argv);
}
