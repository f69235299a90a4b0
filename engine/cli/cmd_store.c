/* cmd_store.c — what the results commands share: reading the config and
 * opening the store named by --db (or the config), with the messages an
 * administrator needs when the store had to be recovered. */
#include <stdio.h>
#include <stdlib.h>

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

uh_store *uh_cli_open_store(const char *cmd, const char *db, const uh_config *cfg)
{
    uh_error err;
    char buf[1400];
    uh_store *st = uh_store_open_config(cfg, db, &err);
    if (!st) {
        fprintf(stderr, "unhooked %s: %s\n", cmd, uh_error_format(&err, buf, sizeof buf));
        return NULL;
    }
    if (uh_store_recovered_from(st))
        fprintf(stderr,
                "unhooked %s: warning: the results store %s was damaged; it was moved to %s "
                "and a new one was started\n",
                cmd, uh_store_path(st), uh_store_recovered_from(st));
    return st;
}
