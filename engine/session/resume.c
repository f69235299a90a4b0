/* SPDX-License-Identifier: Apache-2.0 */
/* resume.c — see resume.h. */
#include "resume.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/atomic.h"
#include "../core/translation.h"

char *uh_resume_path(const char *db_path, const char *trainee, const char *scenario)
{
    char *key = uh_xasprintf("%s\n%s", trainee, scenario), hex[65];
    uh_sha256_hex(key, strlen(key), hex);
    free(key);
    const char *slash = strrchr(db_path, '/');
    int dirlen = slash ? (int)(slash - db_path) : 1;
    return uh_xasprintf("%.*s/progress/%s.json", dirlen, slash ? db_path : ".", hex);
}

static cJSON *strv_json(const uh_strv *sv)
{
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; i < sv->n; i++)
        cJSON_AddItemToArray(a, cJSON_CreateString(sv->v[i]));
    return a;
}

int uh_resume_save(const char *path, const uh_resume *r, uh_error *err)
{
    int rc = -1;
    char *dir = uh_xstrdup(path), *text = NULL;
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = 0;
    if (slash && mkdir(dir, 0700) != 0 && errno != EEXIST) {
        uh_error_set(err, path, 0, "cannot create the progress folder: %s", strerror(errno));
        goto done;
    }
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "scenario", r->scenario);
    cJSON_AddStringToObject(o, "hash", r->hash);
    if (r->language)
        cJSON_AddStringToObject(o, "language", r->language);
    cJSON *ch = cJSON_AddArrayToObject(o, "choices");
    for (size_t i = 0; i < r->nchoices; i++)
        cJSON_AddItemToArray(ch, cJSON_CreateNumber(r->choices[i]));
    cJSON_AddItemToObject(o, "flags", strv_json(&r->marks));
    if (r->has_report) {
        cJSON *rep = cJSON_AddObjectToObject(o, "report");
        if (r->to)
            cJSON_AddStringToObject(rep, "to", r->to);
        if (r->how)
            cJSON_AddStringToObject(rep, "how", r->how);
        cJSON_AddItemToObject(rep, "facts", strv_json(&r->facts));
    }
    text = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    rc = uh_atomic_write(path, text, strlen(text), 0600, err);
done:
    free(text);
    free(dir);
    return rc;
}

static const char *str_item(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static int strv_from(const cJSON *a, uh_strv *out)
{
    if (a && !cJSON_IsArray(a))
        return -1;
    const cJSON *it;
    cJSON_ArrayForEach(it, a) {
        if (!cJSON_IsString(it))
            return -1;
        uh_strv_push(out, it->valuestring);
    }
    return 0;
}

int uh_resume_load(const char *path, uh_resume *r)
{
    memset(r, 0, sizeof *r);
    size_t len = 0;
    uh_error e;
    uh_error_clear(&e);
    char *text = uh_read_file(path, &len, &e);
    if (!text)
        return -1;
    cJSON *o = cJSON_ParseWithLength(text, len);
    free(text);
    int rc = -1;
    const char *sc = str_item(o, "scenario"), *hash = str_item(o, "hash");
    const cJSON *ch = cJSON_GetObjectItemCaseSensitive(o, "choices");
    if (!sc || !hash || !cJSON_IsArray(ch))
        goto done;
    r->scenario = uh_xstrdup(sc);
    r->hash = uh_xstrdup(hash);
    const char *lang = str_item(o, "language");
    if (lang && uh_translation_is_lang(lang))
        r->language = uh_xstrdup(lang);
    else if (lang && strcmp(lang, "en") == 0)
        r->language = uh_xstrdup("en");
    int n = cJSON_GetArraySize(ch);
    r->choices = uh_xcalloc(n ? (size_t)n : 1, sizeof *r->choices);
    const cJSON *it;
    cJSON_ArrayForEach(it, ch) {
        if (!cJSON_IsNumber(it) || it->valueint < 1)
            goto done;
        r->choices[r->nchoices++] = it->valueint;
    }
    if (strv_from(cJSON_GetObjectItemCaseSensitive(o, "flags"), &r->marks))
        goto done;
    const cJSON *rep = cJSON_GetObjectItemCaseSensitive(o, "report");
    if (cJSON_IsObject(rep)) {
        r->has_report = true;
        if (str_item(rep, "to"))
            r->to = uh_xstrdup(str_item(rep, "to"));
        if (str_item(rep, "how"))
            r->how = uh_xstrdup(str_item(rep, "how"));
        if (strv_from(cJSON_GetObjectItemCaseSensitive(rep, "facts"), &r->facts))
            goto done;
    }
    rc = 0;
done:
    cJSON_Delete(o);
    if (rc)
        uh_resume_clear(r);
    return rc;
}

/* Whether tr is orig, or a translation of it with the same structure. */
static bool same_structure(const uh_scenario *orig, const uh_scenario *tr)
{
    if (tr == orig)
        return true;
    if (!orig->ok || !tr->ok)
        return false;
    uh_problems p = {0};
    size_t n = uh_translation_compare(orig, tr, &p);
    uh_problems_free(&p);
    return n == 0;
}

bool uh_resume_fits(const uh_resume *r, const uh_scenario *sc, const uh_scenario *orig,
                    const uh_config *cfg)
{
    if (!r || !r->hash || !sc || !sc->ok)
        return false;
    if (strcmp(r->hash, sc->hash) == 0)
        return true;  /* the same file, unchanged */
    if (!r->language || !orig || !orig->ok || !same_structure(orig, sc))
        return false;
    if (strcmp(r->language, "en") == 0)  /* paused in the original */
        return strcmp(r->hash, orig->hash) == 0;
    /* Paused in a translation: the one beside the original now must be
     * the very file, and still match. */
    char *path = uh_translation_path(orig->path, r->language);
    if (!path)
        return false;
    uh_problems p = {0};
    uh_scenario *was = uh_scenario_load(path, cfg, 1, &p);
    bool fits = was->ok && strcmp(was->hash, r->hash) == 0 && same_structure(orig, was);
    uh_scenario_free(was);
    uh_problems_free(&p);
    free(path);
    return fits;
}

bool uh_resume_exists(const char *path) { return access(path, F_OK) == 0; }

void uh_resume_remove(const char *path) { unlink(path); }

void uh_resume_clear(uh_resume *r)
{
    if (!r)
        return;
    free(r->scenario);
    free(r->hash);
    free(r->language);
    free(r->choices);
    uh_strv_free(&r->marks);
    free(r->to);
    free(r->how);
    uh_strv_free(&r->facts);
    memset(r, 0, sizeof *r);
}
