/* SPDX-License-Identifier: Apache-2.0 */
/* cmd_sync.c — `unhooked sync [--lrs URL]`: send the xAPI statements of
 * recorded attempts to the Learning Record Store, keeping what cannot be
 * sent for the next time.
 *
 * Exit 0 when nothing is left to send, 1 when statements stay queued (the
 * LRS is offline or refused them) or the store fails, 2 on bad usage.
 * Statements the LRS refused for good are parked, not pending: --parked
 * lists them and --retry-parked puts them back in the queue (neither
 * needs the LRS). */
#include <stdio.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/config.h"
#include "../export/lrs.h"
#include "../store/store.h"
#include "commands.h"

#define SYNC_USAGE                                                                             \
    N_("usage: unhooked sync [--lrs URL] [--db PATH] [--config FILE]\n"                        \
       "       unhooked sync --parked | --retry-parked [--db PATH] [--config FILE]\n")

/* Prints text on one line: the LRS's answer may hold tabs and newlines. */
static void put_flat(const char *text)
{
    for (const char *p = text ? text : ""; *p; p++)
        putchar((unsigned char)*p < ' ' ? ' ' : *p);
}

/* `--parked`: one tab-separated line per parked statement. */
static int list_parked(uh_store *st)
{
    uh_outbox_item *items;
    size_t n;
    uh_error err;
    char buf[1400];
    uh_error_clear(&err);
    if (uh_store_outbox_parked(st, &items, &n, &err)) {
        fprintf(stderr, "unhooked sync: %s\n", uh_error_format(&err, buf, sizeof buf));
        return 1;
    }
    if (n == 0)
        printf(_("no statements parked\n"));
    else
        /* TRANSLATORS: column headings, one tab between each. */
        fputs(_("statement\tattempt\tparked at\tstatus\treason\n"), stdout);
    for (size_t i = 0; i < n; i++) {
        printf("%s\t%s\t%s\t%d\t", items[i].statement_id,
               items[i].attempt_uuid ? items[i].attempt_uuid : "-", items[i].parked_at,
               items[i].parked_status);
        put_flat(items[i].parked_reason);
        putchar('\n');
    }
    uh_outbox_items_free(items, n);
    return 0;
}

/* `--retry-parked`: back in the queue for the next sync. */
static int retry_parked(uh_store *st)
{
    int count;
    uh_error err;
    char buf[1400];
    uh_error_clear(&err);
    if (uh_store_outbox_unpark(st, &count, &err)) {
        fprintf(stderr, "unhooked sync: %s\n", uh_error_format(&err, buf, sizeof buf));
        return 1;
    }
    printf(ngettext("%d parked statement back in the queue for the next sync\n",
                    "%d parked statements back in the queue for the next sync\n", count), count);
    return 0;
}

int uh_cmd_sync(int argc, char **argv)
{
    const char *url = NULL, *db = NULL, *config_path = NULL;
    bool parked = false, retry = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool has = i + 1 < argc;
        if (strcmp(a, "--parked") == 0)
            parked = true;
        else if (strcmp(a, "--retry-parked") == 0)
            retry = true;
        else if (strcmp(a, "--lrs") == 0 && has)
            url = argv[++i];
        else if (strcmp(a, "--db") == 0 && has)
            db = argv[++i];
        else if (strcmp(a, "--config") == 0 && has)
            config_path = argv[++i];
        else {
            fprintf(stderr, _("unhooked sync: unexpected argument '%s'\n"), a);
            fputs(_(SYNC_USAGE), stderr);
            return 2;
        }
    }
    if ((parked || retry) && (url || (parked && retry))) {
        fprintf(stderr, _("unhooked sync: --parked and --retry-parked go alone\n"));
        fputs(_(SYNC_USAGE), stderr);
        return 2;
    }
    uh_config cfg;
    if (uh_cli_load_config("sync", config_path, &cfg))
        return 2;
    if (parked || retry) {
        uh_store *st = uh_cli_open_store("sync", db, &cfg, retry);  /* listing only reads */
        int status = !st ? 1 : parked ? list_parked(st) : retry_parked(st);
        uh_store_close(st);
        uh_config_free(&cfg);
        return status;
    }
    if (!url)
        url = cfg.lrs_url;
    if (!url || !*url) {
        fprintf(stderr, _("unhooked sync: no LRS address: give --lrs URL or set lrs.url in the config\n"));
        uh_config_free(&cfg);
        return 2;
    }
    int status = 1;
    uh_store *st = uh_cli_open_store("sync", db, &cfg, true);
    if (st) {
        uh_lrs_options o = {.url = url,
                            .username = cfg.lrs_username,
                            .password = cfg.lrs_password,
                            .homepage = cfg.lrs_homepage};
        uh_lrs_stats s;
        uh_error err;
        char buf[1400];
        uh_error_clear(&err);
        int rc = uh_lrs_sync(st, &o, &s, &err);
        /* TRANSLATORS: "queued 3, sent 3, pending 0 statements (1 request)" */
        printf(ngettext("queued %d, sent %d, pending %d statement", "queued %d, sent %d, pending %d statements",
                        s.pending), s.queued, s.sent, s.pending);
        printf(ngettext(" (%d request)\n", " (%d requests)\n", s.requests), s.requests);
        if (s.parked)
            printf(ngettext("%d statement parked; see unhooked sync --parked\n",
                            "%d statements parked; see unhooked sync --parked\n", s.parked), s.parked);
        if (rc > 0)
            fprintf(stderr, _("unhooked sync: %s (the statements stay queued for the next sync)\n"),
                    uh_error_format(&err, buf, sizeof buf));
        else if (rc)
            fprintf(stderr, "unhooked sync: %s\n", uh_error_format(&err, buf, sizeof buf));
        status = rc == 0 ? 0 : 1;
    }
    uh_store_close(st);
    uh_config_free(&cfg);
    return status;
}
