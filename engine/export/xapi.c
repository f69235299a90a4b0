/* SPDX-License-Identifier: Apache-2.0 */
/* xapi.c — building xAPI statements from stored attempts (see xapi.h). */
#include "xapi.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cjson/cJSON.h>
#include <sha1.h>

#include "../core/i18n.h"
#include "../core/util.h"

const unsigned char uh_xapi_namespace[16] = {0x33, 0x48, 0xff, 0x40, 0xb6, 0x71, 0x50, 0xe5,
                                             0x87, 0x02, 0xfb, 0xbb, 0x79, 0xf0, 0xe9, 0xf5};

#define ADL_VERB "http://adlnet.gov/expapi/verbs/"
#define CMI5_SESSION "https://w3id.org/xapi/cmi5/context/extensions/sessionid"

void uh_uuid_v5(const unsigned char ns[16], const char *name, char out[37])
{
    SHA1_CTX ctx;
    uint8_t d[SHA1_DIGEST_LENGTH];
    SHA1Init(&ctx);
    SHA1Update(&ctx, ns, 16);
    SHA1Update(&ctx, (const uint8_t *)name, strlen(name));
    SHA1Final(d, &ctx);
    d[6] = (uint8_t)((d[6] & 0x0f) | 0x50);  /* version 5 */
    d[8] = (uint8_t)((d[8] & 0x3f) | 0x80);  /* RFC 4122 variant */
    static const char hex[] = "0123456789abcdef";
    char *o = out;
    for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *o++ = '-';
        *o++ = hex[d[i] >> 4];
        *o++ = hex[d[i] & 15];
    }
    *o = '\0';
}

void uh_xapi_duration(int64_t ms, char out[48])
{
    if (ms < 0)
        ms = 0;
    int64_t h = ms / 3600000, m = ms / 60000 % 60, s = ms / 1000 % 60, cs = ms % 1000 / 10;
    int n = snprintf(out, 48, "PT");
    if (h)
        n += snprintf(out + n, 48 - (size_t)n, "%lldH", (long long)h);
    if (m)
        n += snprintf(out + n, 48 - (size_t)n, "%lldM", (long long)m);
    if (cs)
        snprintf(out + n, 48 - (size_t)n, "%lld.%02lldS", (long long)s, (long long)cs);
    else if (s || (!h && !m))
        snprintf(out + n, 48 - (size_t)n, "%lldS", (long long)s);
}

/* What every statement of one attempt shares. */
typedef struct builder {
    const uh_record *r;
    const char *home;
    char *activity;     /* the scenario's activity IRI */
    char *scenario_seg; /* the scenario id as an IRI path segment */
    cJSON *out;         /* the array being filled */
    int index;          /* event index of the next statement */
    int64_t start_ms, end_ms;
    int64_t last_ms;    /* timestamp of the previous statement */
    bool any;           /* a statement was made */
} builder;

char *uh_iri_segment(const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    char *out = uh_xmalloc(strlen(s) * 3 + 1), *o = out;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        /* RFC 3986's unreserved characters, in ASCII whatever the locale. */
        bool keep = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                    (*p >= '0' && *p <= '9') || strchr("-._~", *p);
        if (keep && *p) {
            *o++ = (char)*p;
        } else {
            *o++ = '%';
            *o++ = hex[*p >> 4];
            *o++ = hex[*p & 15];
        }
    }
    *o = '\0';
    return out;
}

/* HOME/xapi/ + fmt with its one "%s" (at the end) replaced by arg; by hand,
 * as this runs a dozen times per statement. */
static char *iri(const builder *b, const char *fmt, const char *arg)
{
    size_t h = strlen(b->home), f = strlen(fmt) - 2, a = strlen(arg);
    char *s = uh_xmalloc(h + 6 + f + a + 1);
    memcpy(s, b->home, h);
    memcpy(s + h, "/xapi/", 6);
    memcpy(s + h + 6, fmt, f);
    memcpy(s + h + 6 + f, arg, a + 1);
    return s;
}

/* A language map: text in the language with that BCP 47 tag. */
static cJSON *lang_in(const char *tag, const char *text)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, tag, text);
    return o;
}

/* The program's own words (verbs, ids) are English. */
static cJSON *lang(const char *text)
{
    return lang_in("en-US", text);
}

static cJSON *scenario_activity(const builder *b)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "objectType", "Activity");
    cJSON_AddStringToObject(o, "id", b->activity);
    cJSON *d = cJSON_AddObjectToObject(o, "definition");
    /* The title as played: in the attempt's language. */
    cJSON_AddItemToObject(d, "name", b->r->title ? lang_in(uh_i18n_tag(b->r->language), b->r->title)
                                                 : lang(b->r->scenario));
    cJSON_AddStringToObject(d, "type", "http://adlnet.gov/expapi/activities/simulation");
    return o;
}

static void ext_string(const builder *b, cJSON *ext, const char *name, const char *v)
{
    if (!v)
        return;
    char *k = iri(b, "extensions/%s", name);
    cJSON_AddStringToObject(ext, k, v);
    free(k);
}

static void ext_number(const builder *b, cJSON *ext, const char *name, double v)
{
    char *k = iri(b, "extensions/%s", name);
    cJSON_AddNumberToObject(ext, k, v);
    free(k);
}

/* Starts a statement: id, actor, verb, object, context, timestamp. The
 * caller adds a result. Timestamps strictly increase, as cmi5 asks of a
 * session (the web player's rule too): a statement that would tie with the
 * one before moves 1 ms after it. */
static cJSON *statement(builder *b, const char *verb_iri, const char *verb_name, cJSON *object,
                        int64_t at_ms)
{
    const uh_record *r = b->r;
    char name[80], id[37], ts[32];
    snprintf(name, sizeof name, "%s/%d", r->uuid, b->index++);
    if (b->any && at_ms <= b->last_ms)
        at_ms = b->last_ms + 1;
    b->last_ms = at_ms;
    b->any = true;
    uh_uuid_v5(uh_xapi_namespace, name, id);

    cJSON *s = cJSON_CreateObject();
    cJSON_AddStringToObject(s, "id", id);
    cJSON *actor = cJSON_AddObjectToObject(s, "actor");
    bool group = uh_xapi_is_group(r);
    cJSON_AddStringToObject(actor, "objectType", group ? "Group" : "Agent");
    if (group) {
        /* A room that played together: an identified Group, named after
         * its cohort; its account is what the store keeps. */
        const char *cohort = r->cohort ? r->cohort : r->trainee + 6;
        char *name = uh_xasprintf("Cohort %s (facilitated session)", cohort);
        cJSON_AddStringToObject(actor, "name", name);
        free(name);
    }
    cJSON *acct = cJSON_AddObjectToObject(actor, "account");
    cJSON_AddStringToObject(acct, "homePage", b->home);
    cJSON_AddStringToObject(acct, "name", r->trainee);
    cJSON *verb = cJSON_AddObjectToObject(s, "verb");
    cJSON_AddStringToObject(verb, "id", verb_iri);
    cJSON_AddItemToObject(verb, "display", lang(verb_name));
    cJSON_AddItemToObject(s, "object", object);

    cJSON *ctx = cJSON_AddObjectToObject(s, "context");
    cJSON_AddStringToObject(ctx, "registration", r->uuid);
    cJSON_AddStringToObject(ctx, "platform", "Unhooked");
    /* The language the attempt was played in (xAPI 4.1.6: an RFC 5646 tag). */
    cJSON_AddStringToObject(ctx, "language", uh_i18n_tag(r->language));
    if (strcmp(cJSON_GetObjectItemCaseSensitive(object, "id")->valuestring, b->activity) != 0) {
        cJSON *ca = cJSON_AddObjectToObject(ctx, "contextActivities");
        cJSON *parent = cJSON_AddArrayToObject(ca, "parent");
        cJSON_AddItemToArray(parent, scenario_activity(b));
    }
    cJSON *ext = cJSON_AddObjectToObject(ctx, "extensions");
    cJSON_AddStringToObject(ext, CMI5_SESSION, r->uuid);
    ext_string(b, ext, "mode", r->mode);
    ext_string(b, ext, "cohort", r->cohort);
    ext_string(b, ext, "scenario-hash", r->scenario_hash);
    cJSON_AddStringToObject(s, "timestamp", uh_time_format(at_ms, ts));
    cJSON_AddItemToArray(b->out, s);
    return s;
}

static cJSON *result_with_duration(cJSON *s, const builder *b)
{
    char d[48];
    uh_xapi_duration(b->end_ms - b->start_ms, d);
    cJSON *res = cJSON_AddObjectToObject(s, "result");
    cJSON_AddStringToObject(res, "duration", d);
    return res;
}

static void answered(builder *b, size_t k, int64_t at)
{
    const uh_record *r = b->r;
    const char *scene = r->choice_scenes[k] ? r->choice_scenes[k] : "unknown";
    cJSON *obj = cJSON_CreateObject();
    cJSON_AddStringToObject(obj, "objectType", "Activity");
    char *seg = uh_iri_segment(scene);
    char *tail = uh_xasprintf("%s/scenes/%s", b->scenario_seg, seg);
    char *id = iri(b, "scenarios/%s", tail);
    cJSON_AddStringToObject(obj, "id", id);
    cJSON *d = cJSON_AddObjectToObject(obj, "definition");
    cJSON_AddItemToObject(d, "name", lang(scene));
    cJSON_AddStringToObject(d, "type", "http://adlnet.gov/expapi/activities/cmi.interaction");
    cJSON_AddStringToObject(d, "interactionType", "choice");
    free(seg);
    free(tail);
    free(id);
    /* The choice made, by its position (the response) and its label as
     * shown, so an LRS can say what was chosen. Results saved before the
     * labels were kept have none. */
    char pos[16];
    snprintf(pos, sizeof pos, "%d", r->choices[k]);
    const cJSON *label = cJSON_GetArrayItem(
        cJSON_GetObjectItemCaseSensitive(r->result, "choice_labels"), (int)k);
    if (cJSON_IsString(label) && label->valuestring[0]) {
        cJSON *choices = cJSON_AddArrayToObject(d, "choices");
        cJSON *c = cJSON_CreateObject();
        cJSON_AddStringToObject(c, "id", pos);
        cJSON_AddItemToObject(c, "description", lang(label->valuestring));
        cJSON_AddItemToArray(choices, c);
    }

    cJSON *s = statement(b, ADL_VERB "answered", "answered", obj, at);
    cJSON *res = cJSON_AddObjectToObject(s, "result");
    cJSON_AddStringToObject(res, "response", pos);
    cJSON *ext = cJSON_AddObjectToObject(res, "extensions");
    ext_number(b, ext, "choice-index", (double)k + 1);
    /* The scene the choice led to is the next one on the path. */
    const cJSON *path = cJSON_GetObjectItemCaseSensitive(r->result, "path");
    const cJSON *next = cJSON_GetArrayItem(path, (int)k + 1);
    if (cJSON_IsString(next))
        ext_string(b, ext, "next-scene", next->valuestring);
}

static void reported(builder *b, int64_t at)
{
    const uh_record *r = b->r;
    const cJSON *rep = cJSON_GetObjectItemCaseSensitive(r->result, "report");
    const cJSON *comp = cJSON_GetObjectItemCaseSensitive(r->result, "components");
    char *verb = iri(b, "verbs/%s", "reported");
    cJSON *s = statement(b, verb, "reported", scenario_activity(b), at);
    free(verb);
    cJSON *res = cJSON_AddObjectToObject(s, "result");
    cJSON *ext = cJSON_AddObjectToObject(res, "extensions");
    ext_number(b, ext, "hook-depth", r->hook_at_report);
    const cJSON *q = cJSON_GetObjectItemCaseSensitive(comp, "quality");
    ext_number(b, ext, "report-quality", cJSON_IsNumber(q) ? q->valuedouble : 0);
    const cJSON *to = cJSON_GetObjectItemCaseSensitive(rep, "to");
    const cJSON *how = cJSON_GetObjectItemCaseSensitive(rep, "how");
    ext_string(b, ext, "report-to", cJSON_IsString(to) ? to->valuestring : NULL);
    ext_string(b, ext, "report-how", cJSON_IsString(how) ? how->valuestring : NULL);
    const cJSON *after = cJSON_GetObjectItemCaseSensitive(r->result, "hook_after_report");
    if (cJSON_IsNumber(after))
        ext_number(b, ext, "hook-after-report", after->valuedouble);
    const cJSON *done = cJSON_GetObjectItemCaseSensitive(rep, "how_done");
    if (cJSON_IsArray(done) && cJSON_GetArraySize(done) > 0) {
        char *key = iri(b, "extensions/%s", "how-done");
        cJSON_AddItemToObject(ext, key, cJSON_Duplicate(done, true));
        free(key);
    }
    const cJSON *how_ok = cJSON_GetObjectItemCaseSensitive(rep, "how_correct");
    if (cJSON_IsBool(how_ok)) {
        char *key = iri(b, "extensions/%s", "how-correct");
        cJSON_AddBoolToObject(ext, key, cJSON_IsTrue(how_ok));
        free(key);
    }
    const char *counts[] = {"facts_given", "facts_required", "decoys"};
    const char *names[] = {"facts-given", "facts-required", "decoys"};
    for (int i = 0; i < 3; i++) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(rep, counts[i]);
        if (cJSON_IsNumber(v))
            ext_number(b, ext, names[i], v->valuedouble);
    }
}

bool uh_xapi_is_group(const uh_record *r)
{
    return r->trainee && strncmp(r->trainee, "group:", 6) == 0;
}

cJSON *uh_xapi_statements(const uh_record *r, const char *homepage)
{
    builder b = {.r = r, .home = homepage && *homepage ? homepage : UH_XAPI_DEFAULT_HOMEPAGE};
    /* No trailing slash, so IRIs join cleanly. */
    char *home = uh_xstrdup(b.home);
    for (size_t n = strlen(home); n > 0 && home[n - 1] == '/'; n--)
        home[n - 1] = '\0';
    b.home = home;
    b.scenario_seg = uh_iri_segment(r->scenario);
    b.activity = iri(&b, "scenarios/%s", b.scenario_seg);
    b.out = cJSON_CreateArray();
    uh_time_parse(r->started_at, &b.start_ms, NULL);
    b.end_ms = b.start_ms + r->duration_ms;

    statement(&b, ADL_VERB "initialized", "initialized", scenario_activity(&b), b.start_ms);

    /* The report was filed by the first choice made in the report scene. */
    const cJSON *rep = cJSON_GetObjectItemCaseSensitive(r->result, "report");
    const cJSON *rep_scene = cJSON_GetObjectItemCaseSensitive(rep, "scene");
    size_t report_after = r->nchoices;  /* index of the filing choice; nchoices = unknown */
    for (size_t k = 0; r->reported && cJSON_IsString(rep_scene) && k < r->nchoices; k++)
        if (r->choice_scenes[k] && strcmp(r->choice_scenes[k], rep_scene->valuestring) == 0) {
            report_after = k;
            break;
        }
    /* Intermediate events, spread evenly between start and end. */
    size_t steps = r->nchoices + (r->reported ? 1 : 0) + 1, step = 0;
    int64_t span = b.end_ms - b.start_ms;
    for (size_t k = 0; k < r->nchoices; k++) {
        answered(&b, k, b.start_ms + span * (int64_t)++step / (int64_t)steps);
        if (r->reported && k == report_after)
            reported(&b, b.start_ms + span * (int64_t)++step / (int64_t)steps);
    }
    if (r->reported && report_after == r->nchoices)
        reported(&b, b.start_ms + span * (int64_t)++step / (int64_t)steps);

    if (r->completed) {
        cJSON *s = statement(&b, ADL_VERB "completed", "completed", scenario_activity(&b), b.end_ms);
        cJSON *res = result_with_duration(s, &b);
        cJSON_AddBoolToObject(res, "completion", true);
        cJSON *ext = cJSON_AddObjectToObject(res, "extensions");
        ext_string(&b, ext, "ending", r->ending);
        ext_number(&b, ext, "hook-depth", r->hook);

        s = statement(&b, r->passed ? ADL_VERB "passed" : ADL_VERB "failed",
                      r->passed ? "passed" : "failed", scenario_activity(&b), b.end_ms);
        res = cJSON_CreateObject();
        cJSON *score = cJSON_AddObjectToObject(res, "score");
        cJSON_AddNumberToObject(score, "scaled", r->score / 100.0);
        cJSON_AddNumberToObject(score, "raw", r->score);
        cJSON_AddNumberToObject(score, "min", 0);
        cJSON_AddNumberToObject(score, "max", 100);
        cJSON_AddBoolToObject(res, "success", r->passed);
        /* No completion here: completed says it (cmi5 9.5.3). */
        char d[48];
        uh_xapi_duration(span, d);
        cJSON_AddStringToObject(res, "duration", d);
        const cJSON *comp = cJSON_GetObjectItemCaseSensitive(r->result, "components");
        ext = cJSON_AddObjectToObject(res, "extensions");
        const char *parts[] = {"timing", "quality", "spotting"};
        for (int i = 0; i < 3; i++) {
            const cJSON *v = cJSON_GetObjectItemCaseSensitive(comp, parts[i]);
            if (cJSON_IsNumber(v))
                ext_number(&b, ext, parts[i], v->valuedouble);
        }
        cJSON_AddItemToObject(s, "result", res);
    }
    cJSON *s = statement(&b, ADL_VERB "terminated", "terminated", scenario_activity(&b), b.end_ms);
    result_with_duration(s, &b);

    free(b.activity);
    free(b.scenario_seg);
    free(home);
    return b.out;
}

/* ---------------------------------------------------------------------
 * Comparing a statement with the LRS's copy
 * ------------------------------------------------------------------- */

static bool looks_like_uuid(const char *s)
{
    if (strlen(s) != 36)
        return false;
    for (int i = 0; i < 36; i++) {
        bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !isxdigit((unsigned char)s[i]))
            return false;
    }
    return true;
}

/* Whether key of the object at path (e.g. "" for the statement, "verb")
 * is left out of the comparison. */
static bool ignored(const char *path, const char *key, const cJSON *sent)
{
    if (!path[0] && (!strcmp(key, "authority") || !strcmp(key, "stored") ||
                     !strcmp(key, "version") || !strcmp(key, "attachments")))
        return true;
    if (!path[0] && !strcmp(key, "timestamp") && !cJSON_GetObjectItemCaseSensitive(sent, key))
        return true;  /* the LRS sets one when none was sent */
    if (!strcmp(key, "definition"))
        return true;  /* activity definitions are not part of a statement */
    if (!strcmp(path, "verb") && !strcmp(key, "display"))
        return true;
    return false;
}

static bool same_value(const cJSON *a, const cJSON *b, const char *path, const char *key,
                       char *where, size_t n);

static bool same_object(const cJSON *a, const cJSON *b, const char *path, char *where, size_t n)
{
    for (int pass = 0; pass < 2; pass++) {
        const cJSON *from = pass ? b : a, *other = pass ? a : b, *it;
        cJSON_ArrayForEach(it, from) {
            if (ignored(path, it->string, a))
                continue;
            const cJSON *peer = cJSON_GetObjectItemCaseSensitive(other, it->string);
            if (!peer && !strcmp(it->string, "objectType"))
                continue;  /* Agent and Activity are the defaults */
            char sub[300];
            snprintf(sub, sizeof sub, "%s%s%s", path, path[0] ? "." : "", it->string);
            if (!peer) {
                snprintf(where, n, "%s (%s)", sub, pass ? "only in the LRS's copy" : "missing in the LRS's copy");
                return false;
            }
            if (pass == 0 && !same_value(it, peer, sub, it->string, where, n))
                return false;
        }
    }
    return true;
}

static bool same_value(const cJSON *a, const cJSON *b, const char *path, const char *key,
                       char *where, size_t n)
{
    bool same;
    if (cJSON_IsObject(a) && cJSON_IsObject(b))
        return same_object(a, b, path, where, n);
    if (cJSON_IsArray(a) && cJSON_IsArray(b)) {
        int len = cJSON_GetArraySize(a);
        if (len != cJSON_GetArraySize(b)) {
            snprintf(where, n, "%s (%d entries, the LRS has %d)", path, len, cJSON_GetArraySize(b));
            return false;
        }
        for (int i = 0; i < len; i++) {
            char sub[300];
            snprintf(sub, sizeof sub, "%s[%d]", path, i);
            if (!same_value(cJSON_GetArrayItem(a, i), cJSON_GetArrayItem(b, i), sub, key, where, n))
                return false;
        }
        return true;
    }
    if (cJSON_IsString(a) && cJSON_IsString(b)) {
        const char *x = a->valuestring, *y = b->valuestring;
        int64_t tx, ty;
        if (!strcmp(key, "timestamp") && uh_time_parse(x, &tx, NULL) == 0 &&
            uh_time_parse(y, &ty, NULL) == 0)
            same = tx == ty;  /* the same moment, written in another zone */
        else if (looks_like_uuid(x) && looks_like_uuid(y))
            same = strcasecmp(x, y) == 0;
        else
            same = strcmp(x, y) == 0;
    } else if (cJSON_IsNumber(a) && cJSON_IsNumber(b)) {
        double d = a->valuedouble - b->valuedouble;
        same = d < 1e-9 && d > -1e-9;
    } else if (cJSON_IsBool(a) && cJSON_IsBool(b)) {
        same = cJSON_IsTrue(a) == cJSON_IsTrue(b);
    } else {
        same = cJSON_IsNull(a) && cJSON_IsNull(b);
    }
    if (!same)
        snprintf(where, n, "%s", path);
    return same;
}

bool uh_xapi_same_statement(const cJSON *sent, const cJSON *held, char *where, size_t n)
{
    where[0] = '\0';
    if (!cJSON_IsObject(sent) || !cJSON_IsObject(held)) {
        snprintf(where, n, "(the LRS's copy is not a statement)");
        return false;
    }
    return same_object(sent, held, "", where, n);
}
