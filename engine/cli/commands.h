/* commands.h — the subcommands of `unhooked` (SPEC §5 and beyond).
 *
 * Each command takes the arguments after its name and returns the process
 * exit status. The table in main.c lists them once; `unhooked help` and
 * the usage message are generated from it. */
#ifndef UH_COMMANDS_H
#define UH_COMMANDS_H

/* X(name, function, one-line usage) */
#define UH_COMMANDS(X)                                                                      \
    X("check", uh_cmd_check, "check PATH...                 validate scenario files or folders") \
    X("run", uh_cmd_run, "run SCENARIO.lua --answers FILE [--seed N] [--config FILE]  play without a window") \
    X("graph", uh_cmd_graph, "graph SCENARIO.lua [--svg] [-o FILE]  write the scene graph (DOT or SVG)")

#define X(name, fn, usage) int fn(int argc, char **argv);
UH_COMMANDS(X)
#undef X

/* The windowed program (kiosk, self-paced, facilitator); argv as given to
 * main. Defined by the SDL front end. */
int uh_app_main(int argc, char **argv);

#endif
