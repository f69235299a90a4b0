/* SPDX-License-Identifier: Apache-2.0 */
/* cmd_report.c — `unhooked report`: the results summary, as text, JSON or
 * a self-contained HTML page.
 *
 * Exit 0 on success, 1 when the store cannot be read or the page written,
 * 2 on bad usage. */
#include <stdio.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "../core/i18n.h"
#include "../core/config.h"
#include "../core/clock.h"
#include "../core/util.h"
#include "../report/html.h"
#include "../report/summary.h"
#include "../store/store.h"
#include "commands.h"

#define REPORT_USAGE                                                                           \
    N_("usage: unhooked report [--cohort CODE] [--since DATE] [--before DATE]\n"               \
       "                       [--json | --html FILE] [--db PATH] [--config FILE]\n")

int uh_cmd_report(int argc, char **argv)
{
    const char *html_path = NULL, *db = NULL, *config_path = NULL;
    bool json = false;
    uh_filter f = {0};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool has = i + 1 < argc;
        if (strcmp(a, "--html") == 0 && has)
            html_path = argv[++i];
        else if (strcmp(a, "--json") == 0)
            json = true;
        else if (strcmp(a, "--since") == 0 && has)
            f.since = argv[++i];
        else if (strcmp(a, "--before") == 0 && has)
            f.before = argv[++i];
        else if (strcmp(a, "--cohort") == 0 && has)
            f.cohort = argv[++i];
        else if (strcmp(a, "--db") == 0 && has)
            db = argv[++i];
        else if (strcmp(a, "--config") == 0 && has)
            config_path = argv[++i];
        else {
            fprintf(stderr, _("unhooked report: unexpected argument '%s'\n"), a);
            fputs(_(REPORT_USAGE), stderr);
            return 2;
        }
    }
    if (json && html_path) {
        fprintf(stderr, _("unhooked report: --json and --html exclude each other\n"));
        fputs(_(REPORT_USAGE), stderr);
        return 2;
    }
    uh_error err;
    char buf[1400];
    int64_t ms;
    if ((f.since && uh_time_parse(f.since, &ms, &err)) ||
        (f.before && uh_time_parse(f.before, &ms, &err))) {
        fprintf(stderr, "unhooked report: %s\n", uh_error_format(&err, buf, sizeof buf));
        return 2;
    }
    uh_config cfg;
    if (uh_cli_load_config("report", config_path, &cfg))
        return 2;
    int status = 1;
    uh_summary *s = NULL;
    FILE *out = NULL;
    uh_store *st = uh_cli_open_store("report", db, &cfg, false);
    if (!st)
        goto done;
    if (!(s = uh_summary_from_store(st, &f, &err))) {
        fprintf(stderr, "unhooked report: %s\n", uh_error_format(&err, buf, sizeof buf));
        goto done;
    }
    if (json) {
        cJSON *o = uh_summary_to_json(s);
        char *text = cJSON_Print(o);
        printf("%s\n", text);
        cJSON_free(text);
        cJSON_Delete(o);
    } else if (html_path) {
        out = strcmp(html_path, "-") == 0 ? stdout : fopen(html_path, "w");
        if (!out) {
            perror(html_path);
            goto done;
        }
        char now[32];
        uh_iso8601_now(now, false);
        now[10] = '\0';
        /* The embedded default name is a placeholder, not worth a title. */
        bool named = cfg.organisation && strcmp(cfg.organisation, "Your organisation") != 0;
        uh_html_options o = {named ? cfg.organisation : NULL, now};
        if (uh_report_html(out, s, &o)) {
            fprintf(stderr, _("unhooked report: cannot write %s\n"), html_path);
            goto done;
        }
        if (out != stdout)
            fprintf(stderr, ngettext("unhooked report: %d attempt summarised in %s\n",
                                     "unhooked report: %d attempts summarised in %s\n",
                                     s->all.attempts), s->all.attempts, html_path);
    } else {
        uh_summary_print(s, stdout);
    }
    status = 0;
done:
    if (out && out != stdout && fclose(out) != 0 && status == 0) {
        perror(html_path);
        status = 1;
    }
    uh_summary_free(s);
    uh_store_close(st);
    uh_config_free(&cfg);
    return status;
}
