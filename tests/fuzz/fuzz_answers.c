/* SPDX-License-Identifier: Apache-2.0 */
/* fuzz_answers.c — the answers file of `unhooked run` (SPEC §5).
 *
 * The input is the answers file. It is played, exactly as the command does,
 * against the small results-test scenario (tests/store/fixtures/mini.lua),
 * so the parser and the checks between it and the run are both reached. The
 * parser is private to cmd_run.c; this file compiles cmd_run.c in, so what
 * is fuzzed is the command's own code. Whatever the file holds, the command
 * returns 0, 1 or 2 (SPEC §5) and prints nothing to a terminal here (its
 * output goes to /dev/null unless FUZZ_VERBOSE is set). */
#include "cli/cmd_run.c"

#include "fuzz.h"

static char scenario[1024], config[1024];
static FILE *devnull;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!scenario[0]) {
        snprintf(scenario, sizeof scenario, "%s/tests/store/fixtures/mini.lua", fuzz_source_dir());
        snprintf(config, sizeof config, "%s", fuzz_write("config.json", (const uint8_t *)"{}", 2));
        if (!getenv("FUZZ_VERBOSE"))
            devnull = fopen("/dev/null", "w");
    }
    const char *answers = fuzz_write("answers.json", data, size);
    char *argv[] = {"run", scenario, "--answers", (char *)answers, "--config", config, NULL};
    FILE *out = stdout, *err = stderr;
    if (devnull)
        stdout = stderr = devnull;  /* sanitizer reports write to fd 2 directly */
    int rc = uh_cmd_run(6, argv);
    stdout = out;
    stderr = err;
    FUZZ_ASSERT(rc == 0 || rc == 1 || rc == 2);
    return 0;
}
