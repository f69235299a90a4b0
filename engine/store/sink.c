/* SPDX-License-Identifier: Apache-2.0 */
/* sink.c — the window's results sink (see sink.h). */
#include "sink.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/i18n.h"
#include "../core/util.h"

struct uh_sink {
    const uh_config *cfg;
    char *path;
    uh_store *st;
    uh_attempt_copy **kept;   /* oldest first */
    size_t nkept;
    int64_t last_try;         /* monotonic ms of the last open or save try; 0 = never */
    char error[800];          /* "" when all is well */
    char open_error[800];     /* why the last open failed, without the path */
    char logged[1000];        /* the last problem logged, so a repeat is not logged again */
    uh_set_aside *notices;
    size_t nnotices;
};

static int64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000 + 1;  /* never 0 */
}

/* Logs a problem once, however often it repeats. */
static void log_problem(uh_sink *k, const char *what)
{
    if (strcmp(k->logged, what) == 0)
        return;
    snprintf(k->logged, sizeof k->logged, "%s", what);
    fprintf(stderr, _("unhooked: results store: %s\n"), what);
}

static void log_notices(uh_sink *k)
{
    for (size_t i = 0; i < k->nnotices; i++)
        fprintf(stderr,
                _("unhooked: results store: at %s the store %s was found damaged (%s) and set "
                  "aside as %s; a fresh store was started. Acknowledge it on the admin screen.\n"),
                k->notices[i].at, k->path, k->notices[i].reason, k->notices[i].moved_to);
}

void uh_sink_reload_notices(uh_sink *k)
{
    uh_set_asides_free(k->notices, k->nnotices);
    k->notices = NULL;
    k->nnotices = 0;
    uh_error e;
    char buf[1400];
    if (uh_store_set_asides(k->path, &k->notices, &k->nnotices, &e))
        log_problem(k, uh_error_format(&e, buf, sizeof buf));
}

uh_sink *uh_sink_new(const uh_config *cfg, const char *path)
{
    uh_sink *k = uh_xcalloc(1, sizeof *k);
    k->cfg = cfg;
    k->path = path ? uh_xstrdup(path) : uh_config_results_db(cfg);
    uh_sink_reload_notices(k);
    log_notices(k);
    return k;
}

/* Opens the store now; true when it is open. */
static bool open_now(uh_sink *k)
{
    if (k->st)
        return true;
    k->last_try = mono_ms();
    uh_error e;
    uh_error_clear(&e);
    uh_store_options o = {.lock_wait_ms = UH_SINK_SAVE_WAIT_MS};
    k->st = uh_store_open_config(k->cfg, k->path, &o, &e);
    if (!k->st) {
        uh_error_format(&e, k->error, sizeof k->error);
        snprintf(k->open_error, sizeof k->open_error, "%s", e.msg);
        char msg[1000];
        snprintf(msg, sizeof msg, _("%s (results are kept and saved once it can be opened)"),
                 k->error);
        log_problem(k, msg);
        return false;
    }
    k->error[0] = '\0';
    if (k->logged[0])
        fprintf(stderr, _("unhooked: results store: %s is open\n"), k->path);
    k->logged[0] = '\0';
    if (uh_store_recovered_from(k->st)) {
        size_t before = k->nnotices;
        uh_sink_reload_notices(k);
        if (k->nnotices > before) {
            uh_set_aside *all = k->notices;
            size_t n = k->nnotices;
            k->notices += before;  /* log only the new ones */
            k->nnotices -= before;
            log_notices(k);
            k->notices = all;
            k->nnotices = n;
        }
    }
    return true;
}

uh_store *uh_sink_store(uh_sink *k)
{
    if (!k->st && (!k->last_try || mono_ms() - k->last_try >= UH_SINK_RETRY_MS))
        open_now(k);
    return k->st;
}

/* Saves kept attempts in order until one fails; 0 when none is left. */
static int flush(uh_sink *k, int wait_ms, uh_error *err)
{
    if (!k->nkept)
        return 0;
    if (!open_now(k)) {
        uh_error_set(err, NULL, 0, "%s", k->open_error);
        return -1;
    }
    k->last_try = mono_ms();
    uh_store_set_lock_wait(k->st, wait_ms);
    size_t done = 0;
    int rc = 0;
    while (done < k->nkept) {
        uh_error e;
        uh_error_clear(&e);
        if (uh_store_save_copy(k->st, k->kept[done], NULL, &e) != 0) {
            uh_error_format(&e, k->error, sizeof k->error);
            uh_error_set(err, NULL, 0, "%s", e.msg);  /* for a trainee: no path */
            rc = -1;
            break;
        }
        uh_attempt_copy_free(k->kept[done++]);
    }
    memmove(k->kept, k->kept + done, (k->nkept - done) * sizeof *k->kept);
    k->nkept -= done;
    if (rc == 0) {
        k->error[0] = '\0';
        if (k->logged[0])
            fputs(_("unhooked: results store: every kept result is saved now\n"), stderr);
        k->logged[0] = '\0';
    } else {
        char msg[1000];
        /* TRANSLATORS: the error, then the results kept (this number
         * picks the form). */
        snprintf(msg, sizeof msg,
                 ngettext("%s (%zu result kept, to be saved later)",
                          "%s (%zu results kept, to be saved later)", k->nkept),
                 k->error, k->nkept);
        log_problem(k, msg);
    }
    return rc;
}

int uh_sink_save(uh_sink *k, const uh_attempt *a, uh_error *err)
{
    if (k->nkept >= UH_SINK_MAX_KEPT) {
        flush(k, UH_SINK_SAVE_WAIT_MS, NULL);
        if (k->nkept >= UH_SINK_MAX_KEPT)
            return uh_error_set(err, k->path, 0, _("%d results are waiting to be saved already "
                                "(%s); this one is lost"), UH_SINK_MAX_KEPT, k->error);
    }
    uh_attempt_copy *c = uh_attempt_copy_new(a, err);
    if (!c)
        return -1;
    k->kept = uh_xrealloc(k->kept, (k->nkept + 1) * sizeof *k->kept);
    k->kept[k->nkept++] = c;
    if (flush(k, UH_SINK_SAVE_WAIT_MS, err) == 0)
        return 0;
    return 1;
}

size_t uh_sink_poll(uh_sink *k)
{
    if ((!k->st || k->nkept) && (!k->last_try || mono_ms() - k->last_try >= UH_SINK_RETRY_MS)) {
        if (!k->nkept)
            open_now(k);
        else
            flush(k, -1, NULL);
    }
    return k->nkept;
}

size_t uh_sink_kept(const uh_sink *k)
{
    return k->nkept;
}

const char *uh_sink_error(const uh_sink *k)
{
    return k->error;
}

const char *uh_sink_path(const uh_sink *k)
{
    return k->path;
}

const uh_set_aside *uh_sink_notices(const uh_sink *k, size_t *n)
{
    *n = k->nnotices;
    return k->notices;
}

int uh_sink_acknowledge(uh_sink *k, uh_error *err)
{
    int rc = uh_store_acknowledge(k->path, k->nnotices, err);
    uh_sink_reload_notices(k);
    return rc;
}

void uh_sink_free(uh_sink *k)
{
    if (!k)
        return;
    if (k->nkept) {
        flush(k, 5000, NULL);
        if (k->nkept)
            fprintf(stderr,
                    ngettext("unhooked: results store: %zu result could not be saved and is "
                             "lost: %s\n",
                             "unhooked: results store: %zu results could not be saved and are "
                             "lost: %s\n",
                             k->nkept),
                    k->nkept, k->error);
    }
    for (size_t i = 0; i < k->nkept; i++)
        uh_attempt_copy_free(k->kept[i]);
    free(k->kept);
    uh_store_close(k->st);
    uh_set_asides_free(k->notices, k->nnotices);
    free(k->path);
    free(k);
}
