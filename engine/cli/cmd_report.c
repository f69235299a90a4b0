/* SPDX-License-Identifier: Apache-2.0 */
/* cmd_report.c — `unhooked report`: the results summary, as text, JSON, a
 * self-contained HTML page or a PDF of it; the people in the trainee
 * directory who have not trained; one trainee's history.
 *
 * Every figure is counted in the store (summary.h), so a report over a
 * million attempts takes as little memory as one over ten. With --since
 * the period of equal length before it is counted too, for the change.
 *
 * Exit 0 on success, 1 when the store cannot be read or the page written,
 * 2 on bad usage. */
#define _GNU_SOURCE /* mkdtemp, setenv */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "../core/i18n.h"
#include "../core/clock.h"
#include "../core/config.h"
#include "../core/scenario.h"
#include "../core/translated.h"
#include "../core/util.h"
#include "../report/html.h"
#include "../report/summary.h"
#include "../store/store.h"
#include "commands.h"

#define REPORT_USAGE                                                                           \
    N_("usage: unhooked report [--cohort CODE] [--since DATE] [--before DATE] [--scenario ID]\n" \
       "                       [--json | --html FILE | --pdf FILE [--paper a4|letter]]\n"      \
       "                       [--db PATH] [--config FILE]\n"                                  \
       "       unhooked report --not-trained [--since DATE] [--before DATE] [--db PATH]\n"     \
       "       unhooked report --trainee ID [--json] [--db PATH]\n")

/* The recipients of the report form that count as security: those with
 * full credit in the configuration ("the right place"). */
static const char **security_ids(const uh_config *cfg, size_t *n)
{
    const char **v = uh_xcalloc(cfg->nto ? cfg->nto : 1, sizeof *v);
    *n = 0;
    for (size_t i = 0; i < cfg->nto; i++)
        if (cfg->to[i].credit >= 1.0)
            v[(*n)++] = cfg->to[i].id;
    return v;
}

/* Fills in the text of the red flags from the scenario files: ID.lua in
 * the scenarios folder, else every file there. Flags of scenarios not
 * found keep their id. In another language than English, the texts and
 * the scenarios' titles come from the translations (scenarios/LANG/) that
 * match their originals; the originals' words stand in for the others. */
static void scenario_texts(uh_summary *s, const uh_config *cfg)
{
    bool translate = strcmp(uh_i18n_language()->code, "en") != 0;
    size_t ntitles = translate ? s->nscenarios : 0;
    if (!s->nflags && !ntitles)
        return;
    char *dir = uh_config_scenarios_dir(cfg);
    uh_strv paths = {0};
    bool all_found = true;
    for (size_t i = 0; i < s->nflags + ntitles; i++) {
        const char *id = i < s->nflags ? s->flags[i].scenario : s->scenarios[i - s->nflags].key;
        char *p = uh_xasprintf("%s/%s.lua", dir, id);
        if (access(p, R_OK) == 0) {
            if (!uh_strv_has(&paths, p))
                uh_strv_push(&paths, p);
        } else {
            all_found = false;
        }
        free(p);
    }
    uh_library lib = {0};
    if (!all_found) {
        const char *d = dir;
        uh_library_load(&lib, &d, 1, cfg);
    } else {
        uh_library_load(&lib, (const char *const *)paths.v, paths.n, cfg);
    }
    uh_translations tr;
    uh_translations_load(&tr, &lib, uh_i18n_language()->code, cfg);
    uh_library picked = {.items = uh_xcalloc(lib.count ? lib.count : 1, sizeof *picked.items),
                         .count = lib.count};
    for (size_t i = 0; i < lib.count; i++)
        picked.items[i] = uh_translations_pick(&tr, &lib, i);
    uh_summary_flag_texts(s, &picked);
    /* A title saved with the attempts is in the language they were played
     * in; the report names the scenario in its own. */
    for (size_t i = 0; i < ntitles; i++) {
        uh_summary_group *g = &s->scenarios[i];
        for (size_t k = 0; k < tr.count; k++)
            if (tr.items[k] && tr.items[k]->id && tr.items[k]->title &&
                strcmp(tr.items[k]->id, g->key) == 0) {
                free(g->label);
                g->label = uh_xstrdup(tr.items[k]->title);
                break;
            }
    }
    free(picked.items);
    uh_translations_free(&tr);
    uh_library_free(&lib);
    uh_strv_free(&paths);
    free(dir);
}

/* The Chromium (or Chrome) to print with: $UNHOOKED_CHROMIUM, else the
 * first of Debian's names found in PATH. NULL when there is none. */
static char *find_chromium(void)
{
    const char *env = getenv("UNHOOKED_CHROMIUM");
    if (env && *env)
        return access(env, X_OK) == 0 ? uh_xstrdup(env) : NULL;
    static const char *const names[] = {"chromium", "chromium-browser", "google-chrome"};
    const char *path = getenv("PATH");
    char *copy = uh_xstrdup(path && *path ? path : "/usr/bin:/bin");
    char *found = NULL;
    for (size_t k = 0; k < 3 && !found; k++) {
        for (char *save = NULL, *d = strtok_r(copy, ":", &save); d && !found;
             d = strtok_r(NULL, ":", &save)) {
            char *p = uh_xasprintf("%s/%s", d, names[k]);
            if (access(p, X_OK) == 0)
                found = p;
            else
                free(p);
        }
        free(copy);
        copy = uh_xstrdup(path && *path ? path : "/usr/bin:/bin");
    }
    free(copy);
    return found;
}

static void remove_tree(const char *dir)
{
    /* The browser's profile folder: many files, written by Chromium. */
    pid_t pid = fork();
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0) {
            dup2(null, 1);
            dup2(null, 2);
        }
        execlp("rm", "rm", "-rf", "--", dir, (char *)NULL);
        _exit(127);
    }
    if (pid > 0)
        waitpid(pid, NULL, 0);
}

/* Prints the page at html (a file) to pdf with headless Chromium. The
 * page's print stylesheet sets the paper. Returns 0, or -1 with a message
 * printed. */
static int print_pdf(const char *html, const char *pdf, const char *tmp)
{
    char *chromium = find_chromium();
    if (!chromium) {
        fprintf(stderr, _("unhooked report: writing a PDF needs Chromium (apt-get install "
                        "chromium, or set UNHOOKED_CHROMIUM); --html writes the page, which any "
                        "browser prints to PDF\n"));
        return -1;
    }
    char *profile = uh_xasprintf("%s/profile", tmp);
    char *out_arg = uh_xasprintf("--print-to-pdf=%s", pdf);
    char *profile_arg = uh_xasprintf("--user-data-dir=%s", profile);
    char *url = uh_xasprintf("file://%s", html);
    char *log = uh_xasprintf("%s/chromium.log", tmp);
    unlink(pdf);
    pid_t pid = fork();
    if (pid == 0) {
        int fd = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd >= 0) {
            dup2(fd, 1);
            dup2(fd, 2);
        }
        const char *argv[16];
        int i = 0;
        argv[i++] = chromium;
        argv[i++] = "--headless";
        argv[i++] = "--disable-gpu";
        if (geteuid() == 0)
            argv[i++] = "--no-sandbox";  /* Chromium refuses root without it */
        argv[i++] = "--no-first-run";
        argv[i++] = "--disable-background-networking";
        argv[i++] = "--disable-component-update";
        argv[i++] = "--disable-dev-shm-usage";
        argv[i++] = "--no-pdf-header-footer";
        argv[i++] = profile_arg;
        argv[i++] = out_arg;
        argv[i++] = url;
        argv[i] = NULL;
        execv(chromium, (char *const *)argv);
        _exit(127);
    }
    int status = -1, rc = -1;
    if (pid > 0) {
        /* A browser that hangs is stopped after two minutes. */
        for (int waited = 0;; waited += 50) {
            pid_t w = waitpid(pid, &status, WNOHANG);
            if (w == pid)
                break;
            if (w < 0 && errno != EINTR)
                break;
            if (waited >= 120000) {
                kill(pid, SIGKILL);
                waitpid(pid, &status, 0);
                break;
            }
            struct timespec ts = {0, 50 * 1000 * 1000};
            nanosleep(&ts, NULL);
        }
    }
    unsigned char head[5] = {0};
    FILE *f = fopen(pdf, "rb");
    if (f) {
        if (fread(head, 1, 5, f) != 5)
            head[0] = 0;
        fclose(f);
    }
    if (pid > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0 && memcmp(head, "%PDF-", 5) == 0) {
        rc = 0;
    } else {
        size_t n = 0;
        char *text = uh_read_file(log, &n, NULL);
        fprintf(stderr, _("unhooked report: %s could not print the report to %s%s%s\n"), chromium,
                pdf, text && *text ? ":\n" : "", text ? text : "");
        free(text);
    }
    remove_tree(profile);
    unlink(log);
    free(chromium);
    free(profile);
    free(out_arg);
    free(profile_arg);
    free(url);
    free(log);
    return rc;
}

/* The report form's recipients and their labels in the language in use
 * (the built-in labels translated, an organisation's own as they are). */
typedef struct recipients {
    const char **ids, **labels;
    uh_recipient_labels l;
} recipients;

static void recipients_init(recipients *r, const uh_config *cfg)
{
    r->ids = uh_xcalloc(cfg->nto + 1, sizeof *r->ids);
    r->labels = uh_xcalloc(cfg->nto + 1, sizeof *r->labels);
    for (size_t i = 0; i < cfg->nto; i++) {
        r->ids[i] = cfg->to[i].id;
        r->labels[i] = uh_i18n_word(cfg->to[i].label);
    }
    r->l = (uh_recipient_labels){r->ids, r->labels, cfg->nto};
}

static void recipients_free(recipients *r)
{
    free(r->ids);
    free(r->labels);
}

static int trainee_history(uh_store *st, const uh_filter *f, bool json, const recipients *to)
{
    uh_history_entry *h;
    size_t n;
    uh_error err;
    char buf[1400];
    if (uh_trainee_history(st, f, &h, &n, &err)) {
        fprintf(stderr, "unhooked report: %s\n", uh_error_format(&err, buf, sizeof buf));
        return 1;
    }
    if (json) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "trainee", f->trainee);
        cJSON *a = cJSON_AddArrayToObject(o, "attempts");
        for (size_t i = 0; i < n; i++) {
            cJSON *e = cJSON_CreateObject();
            cJSON_AddStringToObject(e, "started_at", h[i].started_at);
            cJSON_AddStringToObject(e, "scenario", h[i].scenario);
            cJSON_AddStringToObject(e, "title", h[i].title);
            if (*h[i].cohort)
                cJSON_AddStringToObject(e, "cohort", h[i].cohort);
            else
                cJSON_AddNullToObject(e, "cohort");
            cJSON_AddStringToObject(e, "outcome", uh_outcome_name(h[i].outcome));
            if (h[i].reported)
                cJSON_AddStringToObject(e, "reported_to", h[i].report_to);
            else
                cJSON_AddNullToObject(e, "reported_to");
            cJSON_AddNumberToObject(e, "score", h[i].score);
            cJSON_AddBoolToObject(e, "passed", h[i].passed);
            cJSON_AddItemToArray(a, e);
        }
        char *text = cJSON_Print(o);
        printf("%s\n", text);
        cJSON_free(text);
        cJSON_Delete(o);
    } else {
        uh_history_print(f->trainee, h, n, &to->l, stdout);
    }
    uh_history_free(h, n);
    return 0;
}

int uh_cmd_report(int argc, char **argv)
{
    const char *html_path = NULL, *pdf_path = NULL, *db = NULL, *config_path = NULL;
    const char *paper = NULL;
    bool json = false, not_trained = false;
    uh_summary_options so = {0};
    uh_filter *f = &so.filter;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool has = i + 1 < argc;
        if (strcmp(a, "--html") == 0 && has)
            html_path = argv[++i];
        else if (strcmp(a, "--pdf") == 0 && has)
            pdf_path = argv[++i];
        else if (strcmp(a, "--paper") == 0 && has)
            paper = argv[++i];
        else if (strcmp(a, "--json") == 0)
            json = true;
        else if (strcmp(a, "--not-trained") == 0)
            not_trained = true;
        else if (strcmp(a, "--since") == 0 && has)
            f->since = argv[++i];
        else if (strcmp(a, "--before") == 0 && has)
            f->before = argv[++i];
        else if (strcmp(a, "--cohort") == 0 && has)
            f->cohort = argv[++i];
        else if (strcmp(a, "--scenario") == 0 && has)
            f->scenario = argv[++i];
        else if (strcmp(a, "--trainee") == 0 && has)
            f->trainee = argv[++i];
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
    if ((json ? 1 : 0) + (html_path ? 1 : 0) + (pdf_path ? 1 : 0) + (not_trained ? 1 : 0) > 1) {
        fprintf(stderr, _("unhooked report: --json, --html, --pdf and --not-trained exclude each "
                        "other\n"));
        fputs(_(REPORT_USAGE), stderr);
        return 2;
    }
    if (f->trainee && (html_path || pdf_path || not_trained)) {
        fprintf(stderr, _("unhooked report: --trainee prints one trainee's history (as text or "
                        "--json)\n"));
        fputs(_(REPORT_USAGE), stderr);
        return 2;
    }
    if (paper && (!pdf_path || (strcmp(paper, "a4") && strcmp(paper, "letter")))) {
        fprintf(stderr, _("unhooked report: --paper is a4 or letter, with --pdf\n"));
        fputs(_(REPORT_USAGE), stderr);
        return 2;
    }
    uh_error err;
    char buf[1400];
    int64_t ms;
    if ((f->since && uh_time_parse(f->since, &ms, &err)) ||
        (f->before && uh_time_parse(f->before, &ms, &err))) {
        fprintf(stderr, "unhooked report: %s\n", uh_error_format(&err, buf, sizeof buf));
        return 2;
    }
    uh_config cfg;
    if (uh_cli_load_config("report", config_path, &cfg))
        return 2;
    int status = 1;
    uh_summary *s = NULL;
    FILE *out = NULL;
    char *tmp = NULL, *tmp_html = NULL;
    so.security = security_ids(&cfg, &so.nsecurity);
    recipients to;
    recipients_init(&to, &cfg);
    so.previous = true;
    if (not_trained)
        so.untrained_limit = SIZE_MAX;
    uh_store *st = uh_cli_open_store("report", db, &cfg, false);
    if (!st)
        goto done;
    if (f->trainee) {
        status = trainee_history(st, f, json, &to);
        goto done;
    }
    if (!(s = uh_summary_query(st, &so, &err))) {
        fprintf(stderr, "unhooked report: %s\n", uh_error_format(&err, buf, sizeof buf));
        goto done;
    }
    if (not_trained) {
        if (!s->directory_size)
            fprintf(stderr, _("unhooked report: the trainee directory is empty (unhooked directory "
                            "import FILE.csv)\n"));
        uh_summary_print_untrained(s, stdout);
    } else if (json) {
        scenario_texts(s, &cfg);
        cJSON *o = uh_summary_to_json(s);
        char *text = cJSON_Print(o);
        printf("%s\n", text);
        cJSON_free(text);
        cJSON_Delete(o);
    } else if (html_path || pdf_path) {
        scenario_texts(s, &cfg);
        const char *target = html_path;
        if (pdf_path) {
            const char *t = getenv("TMPDIR");
            tmp = uh_xasprintf("%s/unhooked-report-XXXXXX", t && *t ? t : "/tmp");
            if (!mkdtemp(tmp)) {
                fprintf(stderr, _("unhooked report: cannot create a temporary folder: %s\n"),
                        strerror(errno));
                goto done;
            }
            target = tmp_html = uh_xasprintf("%s/report.html", tmp);
        }
        out = strcmp(target, "-") == 0 ? stdout : fopen(target, "w");
        if (!out) {
            perror(target);
            goto done;
        }
        char now[32];
        uh_iso8601_now(now, false);
        now[10] = '\0';
        /* The embedded default name is a placeholder, not worth a title. */
        bool named = cfg.organisation && strcmp(cfg.organisation, "Your organisation") != 0;
        uh_html_options o = {
            .organisation = named ? cfg.organisation : NULL,
            .generated = now,
            .paper = pdf_path ? (paper && !strcmp(paper, "letter") ? "letter" : "A4") : NULL,
            .recipient_ids = to.ids,
            .recipient_labels = to.labels,
            .nrecipients = cfg.nto,
        };
        int wrote = uh_report_html(out, s, &o);
        if (wrote) {
            fprintf(stderr, _("unhooked report: cannot write %s\n"), target);
            goto done;
        }
        if (out != stdout) {
            int rc = fclose(out);
            out = NULL;
            if (rc != 0) {
                perror(target);
                goto done;
            }
        }
        if (pdf_path && print_pdf(tmp_html, pdf_path, tmp))
            goto done;
        if (target != NULL && strcmp(target, "-") != 0)
            fprintf(stderr, ngettext("unhooked report: %d attempt summarised in %s\n",
                                     "unhooked report: %d attempts summarised in %s\n",
                                     s->all.attempts), s->all.attempts, pdf_path ? pdf_path : html_path);
    } else {
        scenario_texts(s, &cfg);
        uh_summary_print_labelled(s, &to.l, stdout);
    }
    status = 0;
done:
    if (out && out != stdout && fclose(out) != 0 && status == 0) {
        perror(html_path);
        status = 1;
    }
    if (tmp_html)
        unlink(tmp_html);
    if (tmp)
        rmdir(tmp);
    free(tmp_html);
    free(tmp);
    free((void *)so.security);
    recipients_free(&to);
    uh_summary_free(s);
    uh_store_close(st);
    uh_config_free(&cfg);
    return status;
}
