/* SPDX-License-Identifier: Apache-2.0 */
/* commands.h — the subcommands of `unhooked` (SPEC §5 and beyond).
 *
 * Each command takes the arguments after its name and returns the process
 * exit status. The table in main.c lists them once; `unhooked help` and
 * the usage message are generated from it. */
#ifndef UH_COMMANDS_H
#define UH_COMMANDS_H

#include <stdbool.h>

#include "../core/i18n.h"

/* X(name, function, one-line usage) */
#define UH_COMMANDS(X)                                                                      \
    X("check", uh_cmd_check, N_("check PATH...                 validate scenario files or folders")) \
    X("run", uh_cmd_run, N_("run SCENARIO.lua --answers FILE [--seed N] [--trainee ID [--cohort CODE]] [--db PATH]  play without a window")) \
    X("batch", uh_cmd_batch, N_("batch SCENARIO.lua (--answers FILE | --random N [--answers-out FILE]) [--seed N]  many runs, one result a line")) \
    X("graph", uh_cmd_graph, N_("graph SCENARIO.lua [--svg] [-o FILE]  write the scene graph (DOT or SVG)")) \
    X("report", uh_cmd_report, N_("report [--cohort CODE] [--since DATE] [--before DATE] [--trainee ID] [--not-trained] [--json | --html FILE | --pdf FILE] [--db PATH]  summarise results")) \
    X("directory", uh_cmd_directory, N_("directory import FILE.csv | list | clear [--db PATH]  the trainee directory (employee id, name, department, manager)")) \
    X("export", uh_cmd_export, N_("export --format csv|json|xapi [--since DATE] [--cohort CODE] [--bom] [-o FILE] [--db PATH]...")) \
    X("import", uh_cmd_import, N_("import FILE.json... [--db PATH]  add kiosks' JSON exports to this store (each attempt once)")) \
    X("sync", uh_cmd_sync, N_("sync [--lrs URL | --parked | --retry-parked] [--db PATH]  send pending xAPI statements to the LRS")) \
    X("acknowledge", uh_cmd_acknowledge, N_("acknowledge [--db PATH]       clear the warning about a damaged store set aside")) \
    X("purge", uh_cmd_purge, N_("purge --before DATE | --retention [--db PATH]  delete old results")) \
    X("package", uh_cmd_package, N_("package --cmi5|--scorm12|--scorm2004 -o FILE.zip [--scenario ID]... [--config FILE]  a course for an LMS")) \
    X("set-pin", uh_cmd_set_pin, N_("set-pin [--config FILE]         set the kiosk's admin PIN (read twice, never echoed)")) \
    X("migrate-config", uh_cmd_migrate_config, N_("migrate-config [--config FILE]  move a 0.1 configuration to the current layout")) \
    X("version", uh_cmd_version, N_("version                       print the version (also --version)"))

#define X(name, fn, usage) int fn(int argc, char **argv);
UH_COMMANDS(X)
#undef X

/* Shared by the results commands (cmd_store.c). Both print their own
 * messages, prefixed "unhooked CMD: ". uh_cli_load_config loads path (NULL:
 * the default config) into cfg, -1 on failure (cfg then needs no free).
 * uh_cli_open_store opens db (NULL: the configured store) for writing
 * (applying the retention period) or for reading only (changing nothing),
 * after warning about every damaged store set aside and not acknowledged;
 * close with uh_store_close. */
struct uh_config;
struct uh_store;
int uh_cli_load_config(const char *cmd, const char *path, struct uh_config *cfg);
struct uh_store *uh_cli_open_store(const char *cmd, const char *db, const struct uh_config *cfg,
                                   bool write);


#endif
