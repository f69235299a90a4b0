/* SPDX-License-Identifier: Apache-2.0 */
/* config.c — configuration: embedded defaults overridden by one JSON file.
 *
 * Parsing is strict on purpose: a kiosk that silently ignores a misspelt
 * "pass_mark" would score a whole cohort against the wrong bar. */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "catalog.h"
#include "i18n.h"
#include "json.h"
#include "util.h"

#ifndef UH_DATA_DIR
#define UH_DATA_DIR "/usr/share/unhooked"
#endif

static const uh_report_to default_to[] = {
    {"security", N_("Corporate security"), 1.0},
    {"manager", N_("My line manager"), 0.5},
    {"helpdesk", N_("The IT helpdesk"), 0.0},
    {"contact", N_("Ask the contact directly who they work for"), 0.0},
};

static const uh_report_how default_how[] = {
    {"keep_evidence", N_("Keep every message as it is, stop replying, and hand it all over"), true},
    {"delete", N_("Delete the messages so nothing can be found"), false},
    {"keep_talking", N_("Keep chatting to gather more evidence first"), false},
    {"forward_personal", N_("Forward everything to my personal email"), false},
    {"post_publicly", N_("Post a public warning about them so others are careful"), false},
};

void uh_config_defaults(uh_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    /* Marked for translation: shown through uh_i18n_word, these defaults
     * reach the trainee in the language in use. */
    cfg->organisation = uh_xstrdup(N_("Your organisation"));
    cfg->security_team = uh_xstrdup(N_("Corporate Security"));
    cfg->security_phone = uh_xstrdup("+1 555 0100 (24/7)");
    cfg->security_email = uh_xstrdup("security@example.com");
    cfg->nto = sizeof default_to / sizeof *default_to;
    cfg->to = uh_xcalloc(cfg->nto, sizeof *cfg->to);
    for (size_t i = 0; i < cfg->nto; i++)
        cfg->to[i] = (uh_report_to){uh_xstrdup(default_to[i].id), uh_xstrdup(default_to[i].label),
                                    default_to[i].credit};
    cfg->nhow = sizeof default_how / sizeof *default_how;
    cfg->how = uh_xcalloc(cfg->nhow, sizeof *cfg->how);
    for (size_t i = 0; i < cfg->nhow; i++)
        cfg->how[i] = (uh_report_how){uh_xstrdup(default_how[i].id),
                                      uh_xstrdup(default_how[i].label), default_how[i].correct};
    cfg->scoring = uh_scoring_defaults();
    cfg->limits.instructions = 50000000;
    cfg->limits.memory = (size_t)64 << 20;
    cfg->limits.time_ms = 1000;
    cfg->limits.scene_time_ms = 1000;
    cfg->allow_anonymous = true;
    cfg->idle_timeout_s = 90;
    cfg->idle_warning_s = 15;
    cfg->pin_max_tries = 5;
    cfg->pin_lockout_s = 300;
    cfg->a11y = (uh_accessibility){.text_size = 100, .read_aloud = true};
}

/* One report option, "to" or "how": {id, label, credit} or {id, label,
 * correct}. The option structs share their first two fields. */
typedef struct option_head {
    char *id, *label;
} option_head;

static void free_option_array(void *items, size_t n, size_t size)
{
    for (size_t k = 0; k < n; k++) {
        option_head *h = (option_head *)((char *)items + k * size);
        free(h->id);
        free(h->label);
    }
    free(items);
}

void uh_config_free(uh_config *cfg)
{
    if (!cfg)
        return;
    free_option_array(cfg->to, cfg->nto, sizeof *cfg->to);
    free_option_array(cfg->how, cfg->nhow, sizeof *cfg->how);
    char **strings[] = {&cfg->organisation, &cfg->security_team, &cfg->security_phone,
                        &cfg->security_email, &cfg->scenarios_dir, &cfg->results_db,
                        &cfg->fonts_dir, &cfg->admin_pin_hash, &cfg->lrs_url,
                        &cfg->lrs_username, &cfg->lrs_password, &cfg->lrs_homepage,
                        &cfg->language, &cfg->source};
    for (size_t i = 0; i < sizeof strings / sizeof *strings; i++)
        free(*strings[i]);
    for (size_t i = 0; i < cfg->naudiences; i++)
        free(cfg->audiences[i]);
    free(cfg->audiences);
    memset(cfg, 0, sizeof *cfg);
}

/* ---------------------------------------------------------------------
 * Strict readers. Each takes the JSON path of the object it reads from so
 * messages name the full key ("report.to[2].credit").
 * ------------------------------------------------------------------- */

typedef struct reader {
    const char *name;  /* file name for messages */
    uh_error *err;
} reader;

static int fail(reader *r, const char *path, const char *key, const char *what)
{
    return uh_error_set(r->err, r->name, 0, _("config key \"%s%s%s\": %s"), path,
                        *path && key ? "." : "", key ? key : "", what);
}

/* Refuses keys not in the NULL-terminated list `allowed`. */
static int only_keys(reader *r, const cJSON *obj, const char *path, const char *const *allowed)
{
    for (const cJSON *it = obj->child; it; it = it->next) {
        const char *const *a = allowed;
        while (*a && strcmp(*a, it->string) != 0)
            a++;
        if (!*a)
            return fail(r, path, it->string, _("unknown key"));
    }
    return 0;
}

static int get_string(reader *r, const cJSON *obj, const char *path, const char *key, char **dst)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!v)
        return 0;
    if (cJSON_IsNull(v)) {
        free(*dst);
        *dst = NULL;
        return 0;
    }
    if (!cJSON_IsString(v))
        return fail(r, path, key, _("must be a string"));
    free(*dst);
    *dst = uh_xstrdup(v->valuestring);
    return 0;
}

static int get_number(reader *r, const cJSON *obj, const char *path, const char *key,
                      double lo, double hi, double *dst)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!v)
        return 0;
    if (!cJSON_IsNumber(v))
        return fail(r, path, key, _("must be a number"));
    if (v->valuedouble < lo || v->valuedouble > hi) {
        char what[96];
        snprintf(what, sizeof what, _("must be between %g and %g"), lo, hi);
        return fail(r, path, key, what);
    }
    *dst = v->valuedouble;
    return 0;
}

static int get_int(reader *r, const cJSON *obj, const char *path, const char *key,
                   double lo, double hi, int *dst)
{
    double d = *dst;
    if (get_number(r, obj, path, key, lo, hi, &d))
        return -1;
    if (d != (double)(long long)d)
        return fail(r, path, key, _("must be a whole number"));
    *dst = (int)d;
    return 0;
}

static int get_bool(reader *r, const cJSON *obj, const char *path, const char *key, bool *dst)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!v)
        return 0;
    if (!cJSON_IsBool(v))
        return fail(r, path, key, _("must be true or false"));
    *dst = cJSON_IsTrue(v);
    return 0;
}

/* Returns the object at key (NULL when absent); -1 through *bad when it is
 * present but not an object. */
static const cJSON *get_object(reader *r, const cJSON *obj, const char *path, const char *key,
                               int *bad)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (v && !cJSON_IsObject(v)) {
        *bad = fail(r, path, key, _("must be an object"));
        return NULL;
    }
    return v;
}

static int read_to(reader *r, const cJSON *it, const char *path, void *elem)
{
    static const char *const keys[] = {"id", "label", "credit", NULL};
    uh_report_to *o = elem;
    return only_keys(r, it, path, keys) || get_string(r, it, path, "id", &o->id) ||
           get_string(r, it, path, "label", &o->label) ||
           get_number(r, it, path, "credit", 0, 1, &o->credit) ? -1 : 0;
}

static int read_how(reader *r, const cJSON *it, const char *path, void *elem)
{
    static const char *const keys[] = {"id", "label", "correct", NULL};
    uh_report_how *o = elem;
    return only_keys(r, it, path, keys) || get_string(r, it, path, "id", &o->id) ||
           get_string(r, it, path, "label", &o->label) ||
           get_bool(r, it, path, "correct", &o->correct) ? -1 : 0;
}

/* Reads report.<key>, a non-empty array of options, replacing *items and
 * *n (which keep their old value on failure). */
static int read_option_array(reader *r, const cJSON *report, const char *key, const char *shape,
                             size_t size, int (*read_one)(reader *, const cJSON *, const char *, void *),
                             void **items, size_t *n)
{
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(report, key);
    if (!arr)
        return 0;
    if (!cJSON_IsArray(arr) || cJSON_GetArraySize(arr) == 0)
        return fail(r, "report", key, shape);
    size_t count = (size_t)cJSON_GetArraySize(arr), i = 0;
    char *opts = uh_xcalloc(count, size);
    const cJSON *it;
    cJSON_ArrayForEach(it, arr) {
        char path[48];
        snprintf(path, sizeof path, "report.%s[%zu]", key, i);
        option_head *h = (option_head *)(opts + i++ * size);
        int rc = !cJSON_IsObject(it) ? fail(r, path, NULL, _("must be an object"))
                 : read_one(r, it, path, h);
        if (!rc && (!h->id || !h->label))
            rc = fail(r, path, h->id ? "label" : "id", _("is required"));
        /* Two options with one id: the form would show both, while the
         * answers, the scoring and the results find only the first. */
        for (size_t k = 0; !rc && k + 1 < i; k++) {
            if (strcmp(((option_head *)(opts + k * size))->id, h->id) == 0) {
                char what[96];
                snprintf(what, sizeof what, _("\"%.40s\" is already the id of report.%s[%zu]"),
                         h->id, key, k);
                rc = fail(r, path, "id", what);
            }
        }
        if (rc) {
            free_option_array(opts, count, size);
            return -1;
        }
    }
    free_option_array(*items, *n, size);
    *items = opts;
    *n = count;
    return 0;
}

static int read_options(reader *r, const cJSON *report, uh_config *cfg)
{
    static const char *const keys[] = {"to", "how", NULL};
    if (only_keys(r, report, "report", keys))
        return -1;
    return read_option_array(r, report, "to", _("must be a non-empty array of {id, label, credit}"),
                             sizeof *cfg->to, read_to, (void **)&cfg->to, &cfg->nto) ||
                   read_option_array(r, report, "how",
                                     _("must be a non-empty array of {id, label, correct}"),
                                     sizeof *cfg->how, read_how, (void **)&cfg->how, &cfg->nhow)
               ? -1 : 0;
}

/* "Unknown audience 'x' (known: everyone, ...)" into buf. */
static const char *unknown_audience(const char *id, char *buf, size_t n)
{
    int len = snprintf(buf, n, _("unknown audience '%s' (known:"), id);
    for (const uh_catalog_entry *e = uh_audiences; e->id && len > 0 && (size_t)len < n; e++)
        len += snprintf(buf + len, n - (size_t)len, "%s %s", e == uh_audiences ? "" : ",", e->id);
    if (len > 0 && (size_t)len < n)
        snprintf(buf + len, n - (size_t)len, ")");
    return buf;
}

/* "audiences": a list of audience ids, the scenarios the window offers. */
static int read_audiences(reader *r, const cJSON *root, uh_config *cfg)
{
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(root, "audiences");
    if (!arr || cJSON_IsNull(arr))
        return 0;
    if (!cJSON_IsArray(arr))
        return fail(r, "", "audiences", _("must be a list of audience ids"));
    int n = cJSON_GetArraySize(arr);
    cfg->audiences = uh_xcalloc(n > 0 ? (size_t)n : 1, sizeof *cfg->audiences);
    for (const cJSON *it = arr->child; it; it = it->next) {
        char buf[300];
        if (!cJSON_IsString(it))
            return fail(r, "", "audiences", _("must be a list of audience ids"));
        if (!uh_catalog_find(uh_audiences, it->valuestring))
            return fail(r, "", "audiences", unknown_audience(it->valuestring, buf, sizeof buf));
        cfg->audiences[cfg->naudiences++] = uh_xstrdup(it->valuestring);
    }
    return 0;
}

/* "accessibility": the session's starting text size, contrast, motion and
 * whether read aloud is offered. */
static int read_accessibility(reader *r, const cJSON *o, uh_accessibility *a)
{
    static const char *const k[] = {"text_size", "high_contrast", "reduced_motion", "read_aloud",
                                    NULL};
    static const int sizes[] = UH_TEXT_SIZES;
    int size = a->text_size;
    if (only_keys(r, o, "accessibility", k) ||
        get_int(r, o, "accessibility", "text_size", sizes[0], sizes[UH_TEXT_SIZE_COUNT - 1], &size) ||
        get_bool(r, o, "accessibility", "high_contrast", &a->high_contrast) ||
        get_bool(r, o, "accessibility", "reduced_motion", &a->reduced_motion) ||
        get_bool(r, o, "accessibility", "read_aloud", &a->read_aloud))
        return -1;
    bool offered = false;
    for (int i = 0; i < UH_TEXT_SIZE_COUNT; i++)
        offered |= size == sizes[i];
    if (!offered) {
        char what[96];
        int len = snprintf(what, sizeof what, "must be one of the sizes offered:");
        for (int i = 0; i < UH_TEXT_SIZE_COUNT && len > 0 && (size_t)len < sizeof what; i++)
            len += snprintf(what + len, sizeof what - (size_t)len, "%s %d", i ? "," : "", sizes[i]);
        return fail(r, "accessibility", "text_size", what);
    }
    a->text_size = size;
    return 0;
}

int uh_config_set_audiences(uh_config *cfg, const char *list, uh_error *err)
{
    char *copy = uh_xstrdup(list ? list : ""), *save = NULL;
    char **ids = uh_xcalloc(strlen(copy) / 2 + 1, sizeof *ids);
    size_t n = 0;
    int rc = 0;
    for (char *t = strtok_r(copy, ",", &save); t && rc == 0; t = strtok_r(NULL, ",", &save)) {
        char buf[300];
        t += strspn(t, " ");
        t[strcspn(t, " ")] = '\0';
        if (!*t)
            continue;
        if (!uh_catalog_find(uh_audiences, t))
            rc = uh_error_set(err, NULL, 0, "%s", unknown_audience(t, buf, sizeof buf));
        else
            ids[n++] = uh_xstrdup(t);
    }
    if (rc == 0 && n == 0)
        rc = uh_error_set(err, NULL, 0, _("wants one or more audience ids, e.g. research,sales"));
    free(copy);
    if (rc) {
        for (size_t i = 0; i < n; i++)
            free(ids[i]);
        free(ids);
        return -1;
    }
    for (size_t i = 0; i < cfg->naudiences; i++)
        free(cfg->audiences[i]);
    free(cfg->audiences);
    cfg->audiences = ids;
    cfg->naudiences = n;
    return 0;
}

/* "language": a language the program speaks ("en", "de"), or null. */
static int read_language(reader *r, const cJSON *root, uh_config *cfg)
{
    if (get_string(r, root, "", "language", &cfg->language))
        return -1;
    if (!cfg->language)
        return 0;
    const uh_language *l = uh_language_find(cfg->language);
    if (!l || strlen(cfg->language) != strlen(l->code)) {
        char what[160];
        int len = snprintf(what, sizeof what, _("unknown language '%.40s' (known:"), cfg->language);
        for (const uh_language *k = uh_languages; k->code && len > 0 && (size_t)len < sizeof what; k++)
            len += snprintf(what + len, sizeof what - (size_t)len, "%s %s",
                            k == uh_languages ? "" : ",", k->code);
        if (len > 0 && (size_t)len < sizeof what)
            snprintf(what + len, sizeof what - (size_t)len, ")");
        return fail(r, "", "language", what);
    }
    free(cfg->language);
    cfg->language = uh_xstrdup(l->code);
    return 0;
}

static int read_root(reader *r, const cJSON *root, uh_config *cfg)
{
    static const char *const keys[] = {"organisation", "security_contact", "report", "scoring",
                                       "limits", "paths", "allow_anonymous", "retention_days",
                                       "kiosk", "lrs", "audiences", "accessibility", "export", "language",
                                       NULL};
    int bad = 0;
    if (!cJSON_IsObject(root))
        return uh_error_set(r->err, r->name, 0, _("the configuration must be a JSON object"));
    if (only_keys(r, root, "", keys) || get_string(r, root, "", "organisation", &cfg->organisation) ||
        get_bool(r, root, "", "allow_anonymous", &cfg->allow_anonymous) ||
        get_int(r, root, "", "retention_days", 0, 36500, &cfg->retention_days) ||
        read_audiences(r, root, cfg) || read_language(r, root, cfg))
        return -1;

    const cJSON *o = get_object(r, root, "", "security_contact", &bad);
    if (bad)
        return -1;
    if (o) {
        static const char *const k[] = {"team", "phone", "email", NULL};
        if (only_keys(r, o, "security_contact", k) ||
            get_string(r, o, "security_contact", "team", &cfg->security_team) ||
            get_string(r, o, "security_contact", "phone", &cfg->security_phone) ||
            get_string(r, o, "security_contact", "email", &cfg->security_email))
            return -1;
    }

    if ((o = get_object(r, root, "", "report", &bad)) && read_options(r, o, cfg))
        return -1;
    if (bad)
        return -1;

    if ((o = get_object(r, root, "", "scoring", &bad))) {
        static const char *const k[] = {"weights", "timing_step", "timing_floor", "pass_mark", NULL};
        uh_scoring *s = &cfg->scoring;
        if (only_keys(r, o, "scoring", k) ||
            get_number(r, o, "scoring", "timing_step", 0, 1, &s->timing_step) ||
            get_number(r, o, "scoring", "timing_floor", 0, 1, &s->timing_floor) ||
            get_int(r, o, "scoring", "pass_mark", 0, 100, &s->pass_mark))
            return -1;
        const cJSON *w = get_object(r, o, "scoring", "weights", &bad);
        if (bad)
            return -1;
        if (w) {
            static const char *const wk[] = {"timing", "quality", "spotting", NULL};
            if (only_keys(r, w, "scoring.weights", wk) ||
                get_number(r, w, "scoring.weights", "timing", 0, 1, &s->w_timing) ||
                get_number(r, w, "scoring.weights", "quality", 0, 1, &s->w_quality) ||
                get_number(r, w, "scoring.weights", "spotting", 0, 1, &s->w_spotting))
                return -1;
            double sum = s->w_timing + s->w_quality + s->w_spotting;
            if (sum < 0.999 || sum > 1.001)
                return fail(r, "scoring", "weights", _("timing + quality + spotting must add up to 1"));
        }
    }
    if (bad)
        return -1;

    if ((o = get_object(r, root, "", "limits", &bad))) {
        static const char *const k[] = {"instructions", "memory_mib", "time_ms", "scene_time_ms",
                                        NULL};
        double ins = (double)cfg->limits.instructions, mib = (double)(cfg->limits.memory >> 20);
        if (only_keys(r, o, "limits", k) ||
            get_number(r, o, "limits", "instructions", 1000, 1e12, &ins) ||
            get_number(r, o, "limits", "memory_mib", 1, 4096, &mib) ||
            get_int(r, o, "limits", "time_ms", 10, 600000, &cfg->limits.time_ms) ||
            get_int(r, o, "limits", "scene_time_ms", 10, 600000, &cfg->limits.scene_time_ms))
            return -1;
        cfg->limits.instructions = (long long)ins;
        cfg->limits.memory = (size_t)mib << 20;
    }
    if (bad)
        return -1;

    if ((o = get_object(r, root, "", "paths", &bad))) {
        static const char *const k[] = {"scenarios", "results_db", "fonts", NULL};
        if (only_keys(r, o, "paths", k) || get_string(r, o, "paths", "scenarios", &cfg->scenarios_dir) ||
            get_string(r, o, "paths", "results_db", &cfg->results_db) ||
            get_string(r, o, "paths", "fonts", &cfg->fonts_dir))
            return -1;
    }
    if (bad)
        return -1;

    if ((o = get_object(r, root, "", "kiosk", &bad))) {
        static const char *const k[] = {"idle_timeout_s", "idle_warning_s", "admin_pin_hash",
                                        "pin_max_tries", "pin_lockout_s", NULL};
        if (only_keys(r, o, "kiosk", k) ||
            get_int(r, o, "kiosk", "idle_timeout_s", 5, 86400, &cfg->idle_timeout_s) ||
            get_int(r, o, "kiosk", "idle_warning_s", 1, 600, &cfg->idle_warning_s) ||
            get_string(r, o, "kiosk", "admin_pin_hash", &cfg->admin_pin_hash) ||
            get_int(r, o, "kiosk", "pin_max_tries", 1, 100, &cfg->pin_max_tries) ||
            get_int(r, o, "kiosk", "pin_lockout_s", 1, 86400, &cfg->pin_lockout_s))
            return -1;
    }
    if (bad)
        return -1;

    if ((o = get_object(r, root, "", "accessibility", &bad)) && read_accessibility(r, o, &cfg->a11y))
        return -1;
    if (bad)
        return -1;

    if ((o = get_object(r, root, "", "lrs", &bad))) {
        static const char *const k[] = {"url", "username", "password", "homepage", NULL};
        if (only_keys(r, o, "lrs", k) || get_string(r, o, "lrs", "url", &cfg->lrs_url) ||
            get_string(r, o, "lrs", "username", &cfg->lrs_username) ||
            get_string(r, o, "lrs", "password", &cfg->lrs_password) ||
            get_string(r, o, "lrs", "homepage", &cfg->lrs_homepage))
            return -1;
    }
    if (bad)
        return -1;

    if ((o = get_object(r, root, "", "export", &bad))) {
        static const char *const k[] = {"csv_bom", NULL};
        if (only_keys(r, o, "export", k) || get_bool(r, o, "export", "csv_bom", &cfg->export_csv_bom))
            return -1;
    }
    return bad ? -1 : 0;
}

int uh_config_load_text(uh_config *cfg, const char *json, const char *name, uh_error *err)
{
    uh_config_defaults(cfg);
    cJSON *root = uh_json_parse(json, name, err);
    if (!root)
        return -1;
    reader r = {name, err};
    int rc = read_root(&r, root, cfg);
    cJSON_Delete(root);
    if (rc) {
        uh_config_free(cfg);
        uh_config_defaults(cfg);
        return -1;
    }
    cfg->source = uh_xstrdup(name);
    return 0;
}

int uh_config_load(uh_config *cfg, const char *path, uh_error *err)
{
    if (!path) {
        uh_config_defaults(cfg);
        return 0;
    }
    char *text = uh_read_file_max(path, UH_CONFIG_MAX, NULL, err);
    if (!text) {
        uh_config_defaults(cfg);
        return -1;
    }
    int rc = uh_config_load_text(cfg, text, path, err);
    free(text);
    return rc;
}

const char *uh_config_default_path(void)
{
    const char *env = getenv("UNHOOKED_CONFIG");
    if (env && *env)
        return env;
    if (access("/etc/unhooked/config.json", R_OK) == 0)
        return "/etc/unhooked/config.json";
    return NULL;
}

char *uh_config_scenarios_dir(const uh_config *cfg)
{
    if (cfg && cfg->scenarios_dir)
        return uh_xstrdup(cfg->scenarios_dir);
    const char *env = getenv("UNHOOKED_SCENARIOS");
    if (env && *env)
        return uh_xstrdup(env);
    if (uh_is_dir("scenarios"))
        return uh_xstrdup("scenarios");
    char *exe = uh_exe_dir();
    if (exe) {
        char *p = uh_xasprintf("%s/../scenarios", exe);
        free(exe);
        if (uh_is_dir(p))
            return p;
        free(p);
    }
    return uh_xstrdup(UH_DATA_DIR "/scenarios");
}

char *uh_config_results_db(const uh_config *cfg)
{
    if (cfg && cfg->results_db)
        return uh_xstrdup(cfg->results_db);
    const char *xdg = getenv("XDG_DATA_HOME");
    if (xdg && *xdg)
        return uh_xasprintf("%s/unhooked/results.db", xdg);
    const char *home = getenv("HOME");
    return uh_xasprintf("%s/.local/share/unhooked/results.db", home && *home ? home : ".");
}

const uh_report_to *uh_config_find_to(const uh_config *cfg, const char *id)
{
    for (size_t i = 0; id && i < cfg->nto; i++)
        if (strcmp(cfg->to[i].id, id) == 0)
            return &cfg->to[i];
    return NULL;
}

const uh_report_how *uh_config_find_how(const uh_config *cfg, const char *id)
{
    for (size_t i = 0; id && i < cfg->nhow; i++)
        if (strcmp(cfg->how[i].id, id) == 0)
            return &cfg->how[i];
    return NULL;
}
