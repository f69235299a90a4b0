/* SPDX-License-Identifier: Apache-2.0 */
/* lrs.c — the outbox sender, on libcurl (see lrs.h).
 *
 * libcurl is loaded (dlopen) only when a sync starts: every other start of
 * the program, the window's and the other commands', is spared loading it
 * and the TLS and network libraries it pulls in (13-15 ms each time). Only
 * its header is used at build time; a missing library is a clear error. */
#include "lrs.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <dlfcn.h>

#include <cjson/cJSON.h>
#include <curl/curl.h>

#include "../core/i18n.h"
#include "../core/util.h"
#include "xapi.h"

/* libcurl's functions, from the library loaded by load_curl. */
static struct {
    void *lib;
    CURLcode (*global_init)(long flags);
    void (*global_cleanup)(void);
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *c, CURLoption option, ...);
    CURLcode (*easy_perform)(CURL *c);
    CURLcode (*easy_getinfo)(CURL *c, CURLINFO info, ...);
    const char *(*easy_strerror)(CURLcode rc);
    void (*easy_cleanup)(CURL *c);
    struct curl_slist *(*slist_append)(struct curl_slist *l, const char *s);
    void (*slist_free_all)(struct curl_slist *l);
    char *(*easy_escape)(CURL *c, const char *s, int n);
    void (*free)(void *p);
} cu;

const char *uh_lrs_curl_library(void)
{
    const char *env = getenv("UNHOOKED_LIBCURL");
    return env && *env ? env : "libcurl.so.4";
}

/* Loads libcurl once; the library stays loaded until the program ends. */
static int load_curl(uh_error *err)
{
    if (cu.lib)
        return 0;
    const char *name = uh_lrs_curl_library();
    void *lib = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (!lib)
        return uh_error_set(err, NULL, 0,
                            _("cannot load libcurl, which sending to an LRS needs (%s); install "
                            "Debian's libcurl4 package"),
                            dlerror());
    static const char *const names[] = {
        "curl_global_init",   "curl_global_cleanup", "curl_easy_init",     "curl_easy_setopt",
        "curl_easy_perform",  "curl_easy_getinfo",   "curl_easy_strerror", "curl_easy_cleanup",
        "curl_slist_append",  "curl_slist_free_all", "curl_easy_escape",   "curl_free"};
    void *fns[sizeof names / sizeof *names];
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (!(fns[i] = dlsym(lib, names[i]))) {
            uh_error_set(err, NULL, 0,
                         _("%s is not a usable libcurl: it has no %s"), name, names[i]);
            dlclose(lib);
            return -1;
        }
    /* POSIX: a function pointer travels through void * (dlsym's own rule). */
    size_t i = 0;
    memcpy(&cu.global_init, &fns[i++], sizeof(void *));
    memcpy(&cu.global_cleanup, &fns[i++], sizeof(void *));
    memcpy(&cu.easy_init, &fns[i++], sizeof(void *));
    memcpy(&cu.easy_setopt, &fns[i++], sizeof(void *));
    memcpy(&cu.easy_perform, &fns[i++], sizeof(void *));
    memcpy(&cu.easy_getinfo, &fns[i++], sizeof(void *));
    memcpy(&cu.easy_strerror, &fns[i++], sizeof(void *));
    memcpy(&cu.easy_cleanup, &fns[i++], sizeof(void *));
    memcpy(&cu.slist_append, &fns[i++], sizeof(void *));
    memcpy(&cu.slist_free_all, &fns[i++], sizeof(void *));
    memcpy(&cu.easy_escape, &fns[i++], sizeof(void *));
    memcpy(&cu.free, &fns[i++], sizeof(void *));
    cu.lib = lib;
    return 0;
}

/* The body of a response, capped: only ids and error messages are read. */
typedef struct body {
    char *data;
    size_t len;
} body;

#define BODY_MAX (1u << 20)

static size_t on_data(char *ptr, size_t size, size_t nmemb, void *user)
{
    body *b = user;
    size_t n = size * nmemb;
    if (b->len + n > BODY_MAX)
        return n;  /* keep the start, drop the rest */
    b->data = uh_xrealloc(b->data, b->len + n + 1);
    memcpy(b->data + b->len, ptr, n);
    b->len += n;
    b->data[b->len] = '\0';
    return n;
}

/* One HTTP request (GET when payload is NULL). Returns the HTTP status, or
 * 0 when no answer came (why in err_text). The response body goes to
 * *resp (caller frees). */
static long request(const uh_lrs_options *o, const char *method, const char *url,
                    const char *payload, char **resp, char err_text[CURL_ERROR_SIZE])
{
    CURL *c = cu.easy_init();
    if (!c) {
        snprintf(err_text, CURL_ERROR_SIZE, "%s", _("cannot start libcurl"));
        return 0;
    }
    struct curl_slist *h = NULL;
    h = cu.slist_append(h, "Content-Type: application/json");
    h = cu.slist_append(h, "X-Experience-API-Version: " UH_XAPI_VERSION);
    body b = {0};
    err_text[0] = '\0';
    cu.easy_setopt(c, CURLOPT_URL, url);
    if (payload) {
        cu.easy_setopt(c, CURLOPT_CUSTOMREQUEST, method);
        cu.easy_setopt(c, CURLOPT_POSTFIELDS, payload);
        cu.easy_setopt(c, CURLOPT_POSTFIELDSIZE, (long)strlen(payload));
    } else {
        cu.easy_setopt(c, CURLOPT_HTTPGET, 1L);
    }
    cu.easy_setopt(c, CURLOPT_HTTPHEADER, h);
    cu.easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
    cu.easy_setopt(c, CURLOPT_WRITEDATA, &b);
    cu.easy_setopt(c, CURLOPT_ERRORBUFFER, err_text);
    cu.easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    cu.easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
    cu.easy_setopt(c, CURLOPT_TIMEOUT, o->timeout_s > 0 ? o->timeout_s : 30L);
    cu.easy_setopt(c, CURLOPT_USERAGENT, "unhooked");
    cu.easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    if (o->username && *o->username) {
        cu.easy_setopt(c, CURLOPT_HTTPAUTH, (long)CURLAUTH_BASIC);
        cu.easy_setopt(c, CURLOPT_USERNAME, o->username);
        cu.easy_setopt(c, CURLOPT_PASSWORD, o->password ? o->password : "");
    }
    long status = 0;
    CURLcode rc = cu.easy_perform(c);
    if (rc == CURLE_OK)
        cu.easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    else if (!err_text[0])
        snprintf(err_text, CURL_ERROR_SIZE, "%s", cu.easy_strerror(rc));
    cu.slist_free_all(h);
    cu.easy_cleanup(c);
    *resp = b.data;
    return status;
}

static char *endpoint(const char *url, const char *path)
{
    size_t n = strlen(url);
    return uh_xasprintf("%s%s%s", url, n && url[n - 1] == '/' ? "" : "/", path);
}

/* A short description of a failed answer for the outbox and the user. */
static char *describe(long status, const char *resp, const char *err_text)
{
    if (!status)
        return uh_xasprintf(_("no answer: %s"), err_text);
    return uh_xasprintf("HTTP %ld%s%.200s", status, resp && *resp ? ": " : "", resp ? resp : "");
}

/* Whether the answer to a POST of the statements with these ids is the
 * one xAPI gives when it stored them: a JSON array of exactly those ids.
 * A captive portal's or a proxy's "200 OK" page is not. */
static bool ids_answer(const char *resp, const char *const *ids, size_t n)
{
    cJSON *a = resp ? cJSON_Parse(resp) : NULL;
    bool ok = cJSON_IsArray(a) && (size_t)cJSON_GetArraySize(a) == n;
    for (size_t i = 0; ok && i < n; i++) {
        bool found = false;
        const cJSON *it;
        cJSON_ArrayForEach(it, a)
            found = found || (cJSON_IsString(it) && strcasecmp(it->valuestring, ids[i]) == 0);
        ok = found;
    }
    cJSON_Delete(a);
    return ok;
}

/* Why a 2xx answer does not count as delivery. */
static char *not_xapi(long status, const char *method, const char *resp)
{
    char start[120];
    snprintf(start, sizeof start, "%.100s", resp ? resp : "");
    for (char *p = start; *p; p++)
        if ((unsigned char)*p < ' ')
            *p = ' ';
    bool post = !strcmp(method, "POST");
    if (!start[0])
        return uh_xasprintf(post ? _("HTTP %ld, but not the answer an LRS gives to a POST of "
                                     "statements (the list of their ids): not delivered")
                                 : _("HTTP %ld, but not the answer an LRS gives to a PUT of "
                                     "statements (204 No Content): not delivered"),
                            status);
    /* TRANSLATORS: the HTTP status, then the start of the LRS's answer. */
    return uh_xasprintf(post ? _("HTTP %ld, but not the answer an LRS gives to a POST of "
                                 "statements (the list of their ids): not delivered; it began: %s")
                             : _("HTTP %ld, but not the answer an LRS gives to a PUT of "
                                 "statements (204 No Content): not delivered; it began: %s"),
                        status, start);
}

/* One statement's fate after a PUT. */
typedef enum put_outcome {
    PUT_STORED,   /* the LRS holds this very statement: acknowledged */
    PUT_REFUSED,  /* refused for good (400, 404, 413, 422): park it */
    PUT_DIFFERS,  /* the LRS holds a different statement under this id: park it */
    PUT_STOP,     /* no answer, or one that does not count: stop for now */
} put_outcome;

/* On 409 Conflict to a PUT the LRS says it holds a statement with this id:
 * fetch it and compare. */
static put_outcome compare_held(const uh_lrs_options *o, const char *url,
                                const uh_outbox_item *it, uh_lrs_stats *stats, char **why,
                                char **reason)
{
    char *resp = NULL, err_text[CURL_ERROR_SIZE];
    long status = request(o, "GET", url, NULL, &resp, err_text);
    stats->requests++;
    put_outcome out = PUT_STOP;
    cJSON *held = status == 200 && resp ? cJSON_Parse(resp) : NULL;
    cJSON *sent = cJSON_Parse(it->statement);
    char where[300];
    if (!held || !cJSON_IsObject(held)) {
        char *got = describe(status, resp, err_text);
        *why = uh_xasprintf(_("409 Conflict, and the statement the LRS holds could not be read (%s)"),
                            got);
        free(got);
    } else if (uh_xapi_same_statement(sent, held, where, sizeof where)) {
        out = PUT_STORED;
    } else {
        out = PUT_DIFFERS;
        *why = uh_xasprintf(_("HTTP 409: the LRS holds a different statement with this id "
                              "(differs at %s)"),
                            where);
        *reason = uh_xasprintf(
            _("the LRS holds a different statement with this id (differs at %s)"), where);
    }
    cJSON_Delete(held);
    cJSON_Delete(sent);
    free(resp);
    return out;
}

/* Sends one statement with PUT (used to settle a batch the LRS refused:
 * 409 Conflict when some of it was stored already, another 4xx when one
 * statement in it is bad). Only 204 No Content, or a 409 for a statement
 * the LRS holds identical, means it is stored. *status gets the HTTP
 * status (0 when no answer came); unless PUT_STORED, *why says why and,
 * for a statement to park, *reason is the reason kept with it (both for
 * the caller to free). */
static put_outcome put_one(const uh_lrs_options *o, const char *base, const uh_outbox_item *it,
                           uh_lrs_stats *stats, long *status, char **why, char **reason)
{
    char *esc = cu.easy_escape(NULL, it->statement_id, 0);
    char *url = uh_xasprintf("%s?statementId=%s", base, esc ? esc : it->statement_id);
    cu.free(esc);
    char *resp = NULL, err_text[CURL_ERROR_SIZE];
    *status = request(o, "PUT", url, it->statement, &resp, err_text);
    stats->requests++;
    put_outcome out;
    if (*status == 204) {
        out = PUT_STORED;
    } else if (*status == 409) {
        out = compare_held(o, url, it, stats, why, reason);
    } else if (*status >= 200 && *status < 300) {
        out = PUT_STOP;
        *why = not_xapi(*status, "PUT", resp);
    } else if (*status == 400 || *status == 404 || *status == 413 || *status == 422) {
        out = PUT_REFUSED;
        *why = describe(*status, resp, err_text);
        *reason = uh_xasprintf("%.200s", resp && *resp ? resp : _("(no reason given)"));
    } else {
        out = PUT_STOP;
        *why = describe(*status, resp, err_text);
    }
    free(resp);
    free(url);
    return out;
}

/* Settles a refused batch statement by statement. Statements the LRS
 * holds are acknowledged. One it refuses for good (400, 404, 413, 422) is
 * parked, unless a batch of several had none taken: then the endpoint, a
 * proxy or the LRS is more likely at fault than every statement, and the
 * batch stays pending. One whose id the LRS holds with other contents is
 * parked with the difference. Any other answer stops the settling, with
 * *why saying why (caller frees). Returns -1 on a store failure. */
static int settle(uh_store *st, const uh_lrs_options *o, const char *base,
                  const uh_outbox_item *items, size_t n, uh_lrs_stats *stats, char **why,
                  uh_error *err)
{
    long *refused = uh_xcalloc(n, sizeof *refused);  /* parkable status, or 0 */
    bool *differs = uh_xcalloc(n, sizeof *differs);
    char **reasons = uh_xcalloc(n, sizeof *reasons);
    char *first_refusal = NULL;
    size_t taken = 0, nrefused = 0;
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0 && !*why; i++) {
        char *one = NULL;
        long status;
        put_outcome out = put_one(o, base, &items[i], stats, &status, &one, &reasons[i]);
        const char *id = items[i].statement_id;
        if (out == PUT_STORED) {
            if (uh_store_outbox_ack(st, &id, 1, err))
                rc = -1;
            else
                stats->sent++, taken++;
        } else if (out == PUT_REFUSED) {
            refused[i] = status;
            nrefused++;
            if (!first_refusal)
                first_refusal = one, one = NULL;
        } else if (out == PUT_DIFFERS) {
            differs[i] = true;
            taken++;  /* the LRS answered about this very statement */
        } else {
            *why = one, one = NULL;
        }
        free(one);
    }
    bool hold = nrefused && taken == 0 && n > 1;
    if (hold && !*why)
        *why = first_refusal, first_refusal = NULL;
    for (size_t i = 0; i < n && rc == 0; i++) {
        if (!differs[i] && (!refused[i] || hold))
            continue;
        if (uh_store_outbox_park(st, items[i].statement_id, differs[i] ? 409 : (int)refused[i],
                                 reasons[i], err))
            rc = -1;
        else
            stats->newly_parked++;
    }
    for (size_t i = 0; i < n; i++)
        free(reasons[i]);
    free(reasons);
    free(differs);
    free(refused);
    free(first_refusal);
    return rc;
}

static int queue_new(uh_store *st, const uh_lrs_options *o, uh_lrs_stats *stats, uh_error *err)
{
    /* A few hundred attempts at a time: a store of any size is queued in
     * bounded memory. Each queued attempt leaves the unqueued set. */
    int rc = 0;
    for (;;) {
        uh_record *recs;
        size_t n;
        if (uh_store_unqueued_first(st, 500, &recs, &n, err))
            return -1;
        for (size_t i = 0; i < n && rc == 0; i++) {
            cJSON *sts = uh_xapi_statements(&recs[i], o->homepage);
            rc = uh_store_outbox_add(st, recs[i].id, sts, err);
            if (rc == 0)
                stats->queued += cJSON_GetArraySize(sts);
            cJSON_Delete(sts);
        }
        uh_records_free(recs, n);
        if (rc || n == 0)
            return rc;
    }
}

int uh_lrs_sync(uh_store *st, const uh_lrs_options *o, uh_lrs_stats *stats, uh_error *err)
{
    *stats = (uh_lrs_stats){0};
    if (!o->url || !*o->url)
        return uh_error_set(err, NULL, 0,
                            _("no LRS address (use --lrs URL or lrs.url in the config)"));
    if (load_curl(err))
        return -1;
    if (queue_new(st, o, stats, err))
        return -1;
    char *base = endpoint(o->url, "statements");
    size_t batch = o->batch ? o->batch : 50;
    int rc = 0;
    cu.global_init(CURL_GLOBAL_DEFAULT);
    for (;;) {
        uh_outbox_item *items = NULL;
        size_t n = 0;
        if (uh_store_outbox_pending(st, batch, &items, &n, err)) {
            rc = -1;
            break;
        }
        if (n == 0)
            break;
        const char **ids = uh_xcalloc(n, sizeof *ids);
        size_t len = 3;
        for (size_t i = 0; i < n; i++) {
            ids[i] = items[i].statement_id;
            len += strlen(items[i].statement) + 1;
        }
        char *payload = uh_xmalloc(len), *p = payload;
        *p++ = '[';
        for (size_t i = 0; i < n; i++) {
            if (i)
                *p++ = ',';
            size_t k = strlen(items[i].statement);
            memcpy(p, items[i].statement, k);
            p += k;
        }
        *p++ = ']';
        *p = '\0';

        char *resp = NULL, err_text[CURL_ERROR_SIZE];
        long status = request(o, "POST", base, payload, &resp, err_text);
        stats->requests++;
        char *why = NULL;
        if (status >= 200 && status < 300 && !ids_answer(resp, ids, n)) {
            why = not_xapi(status, "POST", resp);  /* a captive portal, a proxy */
        } else if (status >= 200 && status < 300) {
            if (uh_store_outbox_ack(st, ids, n, err))
                rc = -1;
            else
                stats->sent += (int)n;
        } else if (status >= 400 && status < 500 && status != 401 && status != 403 &&
                   status != 429) {
            /* 409: part of the batch is stored already (an earlier send
             * whose answer was lost). Another 4xx other than credentials
             * (401, 403) or a rate limit (429): the LRS refused something
             * in the batch. Either way, settle it statement by statement. */
            if (settle(st, o, base, items, n, stats, &why, err))
                rc = -1;
        } else {
            why = describe(status, resp, err_text);
        }
        if (why) {
            uh_store_outbox_fail(st, ids, n, why, NULL);  /* parked and acked ones untouched */
            if (rc == 0) {
                uh_error_set(err, NULL, 0, "%s: %s", base, why);
                rc = 1;
            }
        }
        free(why);
        free(resp);
        free(payload);
        free(ids);
        uh_outbox_items_free(items, n);
        if (rc)
            break;
    }
    cu.global_cleanup();
    free(base);
    uh_outbox_counts c;
    if (uh_store_outbox_counts(st, &c, rc ? NULL : err) == 0) {
        stats->pending = c.pending;
        stats->parked = c.parked;
        if (rc == 0 && c.pending > 0)
            rc = 1;
    } else if (rc == 0) {
        rc = -1;
    }
    return rc;
}
