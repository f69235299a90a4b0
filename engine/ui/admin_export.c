/* SPDX-License-Identifier: Apache-2.0 */
/* admin_export.c — the administration screen's export to a USB stick: the
 * folder it offers, and the three files it writes there (CSV, xAPI
 * statements, the HTML report) from every attempt in the results store. */
#include "../core/i18n.h"
#include "admin_export.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "../core/clock.h"
#include "../core/util.h"
#include "../export/export.h"
#include "../report/html.h"
#include "../report/summary.h"
#include "screens.h"

/* The default export folder: the first mounted stick under /media/USER/
 * (as desktop automounters do), else /media/NAME, else /media. */
void uh_admin_export_default_dir(char *out, size_t n)
{
    snprintf(out, n, "/media");
    DIR *top = opendir("/media");
    if (!top)
        return;
    struct dirent *a;
    bool found = false;
    while (!found && (a = readdir(top))) {
        if (a->d_name[0] == '.')
            continue;
        char p[300];
        snprintf(p, sizeof p, "/media/%s", a->d_name);
        if (!uh_is_dir(p))
            continue;
        DIR *sub = opendir(p);
        struct dirent *b;
        while (sub && (b = readdir(sub))) {
            char q[600];
            snprintf(q, sizeof q, "%s/%s", p, b->d_name);
            if (b->d_name[0] != '.' && uh_is_dir(q)) {
                snprintf(out, n, "%.250s", q);
                found = true;
                break;
            }
        }
        if (sub)
            closedir(sub);
        if (!found && strcmp(out, "/media") == 0)
            snprintf(out, n, "%.250s", p);
    }
    closedir(top);
}

uh_summary *uh_admin_summary(const uh_ui *ui, bool brief, uh_error *e)
{
    const char *sec[16];
    size_t nsec = 0;
    for (size_t i = 0; i < ui->cfg->nto && nsec < 16; i++)
        if (ui->cfg->to[i].credit >= 1.0)
            sec[nsec++] = ui->cfg->to[i].id;
    uh_summary_options o = {.security = sec, .nsecurity = nsec, .brief = brief};
    uh_summary *s = uh_summary_query(ui->store, &o, e);
    if (s)
        uh_summary_flag_texts(s, &ui->lib);
    return s;
}

/* Writes one export file; returns 0 or -1 with msg filled. */
static int write_file(const char *path, const uh_record *recs, size_t n, int kind, const uh_ui *ui,
                      char *msg, size_t msgn)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        snprintf(msg, msgn, _("Cannot write %.500s: %.200s."), path, strerror(errno));
        return -1;
    }
    int rc = 0;
    if (kind == 0)
        rc = uh_export_with(f, UH_EXPORT_CSV, recs, n,
                            &(uh_export_options){ui->cfg->lrs_homepage, ui->cfg->export_csv_bom});
    else if (kind == 1)
        rc = uh_export(f, UH_EXPORT_XAPI, recs, n, ui->cfg->lrs_homepage);
    else {
        char now[32];
        uh_iso8601_now(now, false);
        uh_error e;
        uh_error_clear(&e);
        uh_summary *s = uh_admin_summary(ui, false, &e);
        uh_html_options o = {.organisation = ui->cfg->organisation, .generated = now};
        rc = s ? uh_report_html(f, s, &o) : -1;
        uh_summary_free(s);
    }
    if (fclose(f) != 0 || rc != 0) {
        snprintf(msg, msgn, _("Writing %.500s failed (is the stick full or read-only?)."), path);
        return -1;
    }
    return 0;
}

int uh_admin_export(uh_ui *ui, const char *dir, char *msg, size_t msgn)
{
    if (!uh_is_dir(dir)) {
        snprintf(msg, msgn, _("The folder %s does not exist. Insert a USB stick or "
                 "type another folder."), dir);
        return -1;
    }
    if (!ui->store) {
        snprintf(msg, msgn, _("The results store is not available (%.400s)."),
                 uh_sink_error(ui->sink));
        return -1;
    }
    uh_record *recs = NULL;
    size_t n = 0;
    uh_error e;
    uh_error_clear(&e);
    if (uh_store_query(ui->store, NULL, &recs, &n, &e) != 0) {
        uh_error_format(&e, msg, msgn);
        return -1;
    }
    char stamp[32], day[16];
    uh_iso8601_now(stamp, false);
    snprintf(day, sizeof day, "%.4s%.2s%.2s-%.2s%.2s", stamp, stamp + 5, stamp + 8, stamp + 11, stamp + 14);
    static const char *const suffix[3] = {"results.csv", "xapi.json", "report.html"};
    char paths[3][400];
    int rc = 0;
    for (int k = 0; k < 3 && rc == 0; k++) {
        snprintf(paths[k], sizeof paths[k], "%s/unhooked-%s-%s", dir, day, suffix[k]);
        rc = write_file(paths[k], recs, n, k, ui, msg, msgn);
    }
    if (rc == 0) {
        sync(); /* the stick may be pulled the moment the message shows */
        snprintf(msg, msgn, ngettext("Exported %zu attempt to %s: unhooked-%s-%s, -%s, -%s.",
                                     "Exported %zu attempts to %s: unhooked-%s-%s, -%s, -%s.", n),
                 n, dir, day, suffix[0], suffix[1], suffix[2]);
    }
    uh_records_free(recs, n);
    return rc;
}

