/* SPDX-License-Identifier: Apache-2.0 */
/* cmd_export.c — `unhooked export --format csv|json|xapi`: stored
 * attempts as a file for spreadsheets, scripts or an LRS import.
 *
 * The attempts are read and written one at a time, so an export of any
 * size runs in constant memory. With several --db (the stores of a fleet
 * of kiosks, copied to one place) the stores are read side by side and
 * merged in start order; an attempt found in more than one (the same
 * UUID) is written once.
 *
 * Exit 0 on success, 1 when a store cannot be read or the file written,
 * 2 on bad usage. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/config.h"
#include "../core/util.h"
#include "../export/export.h"
#include "../store/store.h"
#include "commands.h"

#define EXPORT_USAGE                                                                         \
    N_("usage: unhooked export --format csv|json|xapi [--since DATE] [--before DATE]\n"    \
       "                       [--cohort CODE] [--bom | --no-bom] [-o FILE]\n"                \
       "                       [--db PATH]... [--config FILE]\n")

#define MAX_DBS 64

/* One store being read, and the attempt it is at. */
typedef struct source {
    const char *path;
    uh_store *st;
    uh_record_iter *it;
    const uh_record *rec;  /* NULL when this store is done */
    int64_t start_ms;
} source;

static int advance(source *s, uh_error *err)
{
    int rc = uh_record_iter_next(s->it, &s->rec, err);
    if (rc == 1 && uh_time_parse(s->rec->started_at, &s->start_ms, NULL))
        s->start_ms = 0;
    return rc < 0 ? -1 : 0;
}

/* UUIDs written at the current start time: duplicates from other stores
 * start at the same moment, so only these need remembering. */
typedef struct seen {
    int64_t at;
    char **uuids;
    size_t n, cap;
} seen;

static bool seen_before(seen *s, const uh_record *r, int64_t at)
{
    if (at != s->at) {
        for (size_t i = 0; i < s->n; i++)
            free(s->uuids[i]);
        s->n = 0;
        s->at = at;
    }
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->uuids[i], r->uuid) == 0)
            return true;
    if (s->n == s->cap)
        s->uuids = uh_xrealloc(s->uuids, (s->cap = s->cap ? 2 * s->cap : 8) * sizeof *s->uuids);
    s->uuids[s->n++] = uh_xstrdup(r->uuid);
    return false;
}

int uh_cmd_export(int argc, char **argv)
{
    const char *format = NULL, *out_path = NULL, *config_path = NULL;
    const char *dbs[MAX_DBS];
    size_t ndb = 0;
    int bom = -1;  /* -1: as the configuration says */
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
        else if (strcmp(a, "--bom") == 0)
            bom = 1;
        else if (strcmp(a, "--no-bom") == 0)
            bom = 0;
        else if (strcmp(a, "--db") == 0 && has) {
            if (ndb == MAX_DBS) {
                fprintf(stderr, _("unhooked export: at most %d --db\n"), MAX_DBS);
                return 2;
            }
            dbs[ndb++] = argv[++i];
        } else if (strcmp(a, "--config") == 0 && has)
            config_path = argv[++i];
        else {
            fprintf(stderr, _("unhooked export: unexpected argument '%s'\n"), a);
            fputs(_(EXPORT_USAGE), stderr);
            return 2;
        }
    }
    uh_export_format fmt;
    if (uh_export_format_parse(format, &fmt)) {
        fputs(_("unhooked export: --format must be csv, json or xapi\n"), stderr);
        fputs(_(EXPORT_USAGE), stderr);
        return 2;
    }
    if (bom >= 0 && fmt != UH_EXPORT_CSV) {
        fputs(_("unhooked export: --bom and --no-bom are for --format csv\n"), stderr);
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
    if (ndb == 0)
        dbs[ndb++] = NULL;  /* the configured store */
    int status = 1;
    FILE *out = NULL;
    uh_exporter *ex = NULL;
    source src[MAX_DBS];
    seen dup = {.at = -1};
    size_t skipped = 0;
    memset(src, 0, sizeof src);
    for (size_t i = 0; i < ndb; i++) {
        src[i].path = dbs[i];
        if (!(src[i].st = uh_cli_open_store("export", dbs[i], &cfg, false)))
            goto done;
        if (!(src[i].it = uh_store_iterate(src[i].st, &f, &err)) || advance(&src[i], &err)) {
            fprintf(stderr, "unhooked export: %s\n", uh_error_format(&err, buf, sizeof buf));
            goto done;
        }
    }
    out = out_path && strcmp(out_path, "-") != 0 ? fopen(out_path, "w") : stdout;
    if (!out) {
        perror(out_path);
        goto done;
    }
    uh_export_options o = {.homepage = cfg.lrs_homepage,
                           .bom = bom >= 0 ? bom == 1 : cfg.export_csv_bom};
    ex = uh_exporter_new(out, fmt, &o);
    for (;;) {
        /* The earliest attempt of all the stores (the first store first on
         * a tie, so one store alone keeps its own order). */
        source *next = NULL;
        for (size_t i = 0; i < ndb; i++)
            if (src[i].rec && (!next || src[i].start_ms < next->start_ms))
                next = &src[i];
        if (!next)
            break;
        if (ndb > 1 && seen_before(&dup, next->rec, next->start_ms))
            skipped++;
        else
            uh_exporter_add(ex, next->rec);
        if (advance(next, &err)) {
            fprintf(stderr, "unhooked export: %s\n", uh_error_format(&err, buf, sizeof buf));
            goto done;
        }
    }
    size_t n = uh_exporter_count(ex);
    int rc = uh_exporter_finish(ex);
    ex = NULL;
    if (rc) {
        fprintf(stderr, _("unhooked export: cannot write %s\n"), out_path ? out_path : "stdout");
        goto done;
    }
    if (out != stdout)
        fprintf(stderr, ngettext("unhooked export: %zu attempt written to %s\n",
                                 "unhooked export: %zu attempts written to %s\n", n), n, out_path);
    if (skipped)
        fprintf(stderr,
                ngettext("unhooked export: %zu attempt found in more than one store written once\n",
                         "unhooked export: %zu attempts found in more than one store written once\n",
                         skipped), skipped);
    status = 0;
done:
    uh_exporter_finish(ex);
    if (out && out != stdout && fclose(out) != 0 && status == 0) {
        perror(out_path);
        status = 1;
    }
    for (size_t i = 0; i < ndb; i++) {
        uh_record_iter_free(src[i].it);
        uh_store_close(src[i].st);
    }
    for (size_t i = 0; i < dup.n; i++)
        free(dup.uuids[i]);
    free(dup.uuids);
    uh_config_free(&cfg);
    return status;
}
