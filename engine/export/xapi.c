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
#include "jsonw.h"

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

/* What every statement of one attempt shares, and the parts of a
 * statement that are the same in all of them, written once. */
typedef struct builder {
    const uh_record *r;
    uh_jbuf *out;         /* where the statements go */
    size_t *count;        /* statements written so far (to out, by all calls) */
    char *home;           /* the IRI base, no trailing slash, JSON-escaped */
    char *scenario_seg;   /* the scenario id as an IRI path segment */
    uh_jbuf actor;        /* the actor object */
    uh_jbuf activity;     /* the scenario's activity object */
    uh_jbuf context;      /* the context object, for the scenario's statements */
    uh_jbuf in_scenario;  /* the context object naming the scenario as parent */
    uh_jbuf object;       /* a scene's activity object, while it is written */
    char duration[48];    /* the attempt's duration */
    int index;            /* event index of the next statement */
    int64_t start_ms, end_ms;
    int64_t last_ms;      /* timestamp of the previous statement */
    bool any;             /* a statement was made */
    bool fresh;           /* nothing written yet in the open extensions object */
    int64_t day;          /* the day (since the epoch, UTC) date is of */
    char date[32];        /* "YYYY-MM-DDT" of that day ("" for none yet) */
} builder;

/* uh_time_format's text of at_ms, the date formatted once a day: an
 * attempt's statements are written at a few moments of one day. */
static void timestamp(builder *b, uh_jbuf *o, int64_t at_ms)
{
    int64_t day = at_ms >= 0 ? at_ms / 86400000 : (at_ms - 86399999) / 86400000;
    if (!b->date[0] || day != b->day) {
        uh_time_format(day * 86400000, b->date);
        char *t = strchr(b->date, 'T');
        if (t)
            t[1] = '\0';
        b->day = day;
    }
    int ms = (int)(at_ms - day * 86400000), sec = ms / 1000;
    char text[16], *p = text;
    const int parts[3] = {sec / 3600, sec / 60 % 60, sec % 60};
    for (int i = 0; i < 3; i++) {
        if (i)
            *p++ = ':';
        *p++ = (char)('0' + parts[i] / 10);
        *p++ = (char)('0' + parts[i] % 10);
    }
    if (ms % 1000) {
        *p++ = '.';
        *p++ = (char)('0' + ms % 1000 / 100);
        *p++ = (char)('0' + ms % 100 / 10);
        *p++ = (char)('0' + ms % 10);
    }
    *p++ = 'Z';
    uh_jb_put(o, "\"", 1);
    uh_jb_raw(o, b->date);
    uh_jb_put(o, text, (size_t)(p - text));
    uh_jb_put(o, "\"", 1);
}

/* "HOME/xapi/PATH" as a JSON string; path is plain ASCII. */
static void iri(uh_jbuf *o, const builder *b, const char *path)
{
    uh_jb_put(o, "\"", 1);
    uh_jb_raw(o, b->home);
    uh_jb_raw(o, "/xapi/");
    uh_jb_raw(o, path);
    uh_jb_put(o, "\"", 1);
}

/* A language map: text in the language with that BCP 47 tag ({} for no
 * text, as cJSON leaves a NULL string out). */
static void lang_in(uh_jbuf *o, const char *tag, const char *text)
{
    uh_jb_put(o, "{", 1);
    if (text) {
        uh_jb_string(o, tag);
        uh_jb_put(o, ":", 1);
        uh_jb_string(o, text);
    }
    uh_jb_put(o, "}", 1);
}

/* The program's own words (verbs, ids) are English. */
static void lang(uh_jbuf *o, const char *text)
{
    lang_in(o, "en-US", text);
}

/* An extension in the open extensions object: its key, after a comma
 * unless it is the first. */
static void ext_key(builder *b, uh_jbuf *o, const char *name)
{
    if (!b->fresh)
        uh_jb_put(o, ",", 1);
    b->fresh = false;
    uh_jb_put(o, "\"", 1);
    uh_jb_raw(o, b->home);
    uh_jb_raw(o, "/xapi/extensions/");
    uh_jb_raw(o, name);
    uh_jb_put(o, "\":", 2);
}

static void ext_string(builder *b, uh_jbuf *o, const char *name, const char *v)
{
    if (!v)
        return;
    ext_key(b, o, name);
    uh_jb_string(o, v);
}

static void ext_number(builder *b, uh_jbuf *o, const char *name, double v)
{
    ext_key(b, o, name);
    uh_jb_number(o, v);
}

/* Opens an extensions object with its key ("\"extensions\":{"). */
static void ext_open(builder *b, uh_jbuf *o)
{
    uh_jb_raw(o, "\"extensions\":{");
    b->fresh = true;
}

/* The parts every statement of the attempt shares. */
static void write_shared(builder *b)
{
    const uh_record *r = b->r;
    uh_jbuf *o = &b->actor;
    bool group = uh_xapi_is_group(r);
    uh_jb_raw(o, group ? "{\"objectType\":\"Group\"" : "{\"objectType\":\"Agent\"");
    if (group) {
        /* A room that played together: an identified Group, named after
         * its cohort; its account is what the store keeps. */
        const char *cohort = r->cohort ? r->cohort : r->trainee + 6;
        char *name = uh_xasprintf("Cohort %s (facilitated session)", cohort);
        uh_jb_raw(o, ",\"name\":");
        uh_jb_string(o, name);
        free(name);
    }
    uh_jb_raw(o, ",\"account\":{\"homePage\":\"");
    uh_jb_raw(o, b->home);
    uh_jb_put(o, "\"", 1);
    if (r->trainee) {
        uh_jb_raw(o, ",\"name\":");
        uh_jb_string(o, r->trainee);
    }
    uh_jb_raw(o, "}}");

    o = &b->activity;
    uh_jb_raw(o, "{\"objectType\":\"Activity\",\"id\":");
    char *path = uh_xasprintf("scenarios/%s", b->scenario_seg);
    iri(o, b, path);
    free(path);
    /* The title as played: in the attempt's language. */
    uh_jb_raw(o, ",\"definition\":{\"name\":");
    if (r->title)
        lang_in(o, uh_i18n_tag(r->language), r->title);
    else
        lang(o, r->scenario);
    uh_jb_raw(o, ",\"type\":\"http://adlnet.gov/expapi/activities/simulation\"}}");

    for (int parent = 0; parent < 2; parent++) {
        o = parent ? &b->in_scenario : &b->context;
        uh_jb_raw(o, "{\"registration\":");
        uh_jb_string(o, r->uuid);
        uh_jb_raw(o, ",\"platform\":\"Unhooked\"");
        /* The language the attempt was played in (xAPI 4.1.6: an RFC 5646 tag). */
        uh_jb_raw(o, ",\"language\":");
        uh_jb_string(o, uh_i18n_tag(r->language));
        if (parent) {
            uh_jb_raw(o, ",\"contextActivities\":{\"parent\":[");
            uh_jb_put(o, b->activity.p, b->activity.n);
            uh_jb_raw(o, "]}");
        }
        uh_jb_put(o, ",", 1);
        ext_open(b, o);
        uh_jb_raw(o, "\"" CMI5_SESSION "\":");
        uh_jb_string(o, r->uuid);
        b->fresh = false;
        ext_string(b, o, "mode", r->mode);
        ext_string(b, o, "cohort", r->cohort);
        ext_string(b, o, "scenario-hash", r->scenario_hash);
        uh_jb_raw(o, "}}");
    }
}

/* Writes a statement up to its timestamp: id, actor, verb, object,
 * context, timestamp. The caller adds a result, if any, and closes it
 * (end). verb_iri is a JSON string (quoted); object an activity other
 * than the scenario's is in its context as parent. Timestamps strictly
 * increase, as cmi5 asks of a session (the web player's rule too): a
 * statement that would tie with the one before moves 1 ms after it. */
static void statement(builder *b, const char *verb_iri, const char *verb_name,
                      const uh_jbuf *object, int64_t at_ms)
{
    const uh_record *r = b->r;
    uh_jbuf *o = b->out;
    char name[80], id[37];
    snprintf(name, sizeof name, "%s/%d", r->uuid, b->index++);
    if (b->any && at_ms <= b->last_ms)
        at_ms = b->last_ms + 1;
    b->last_ms = at_ms;
    b->any = true;
    uh_uuid_v5(uh_xapi_namespace, name, id);

    /* One statement a line: a twelfth of the size indented, and still
     * easy to grep and diff. */
    uh_jb_raw(o, (*b->count)++ ? ",\n{\"id\":\"" : "\n{\"id\":\"");
    uh_jb_put(o, id, 36);
    uh_jb_raw(o, "\",\"actor\":");
    uh_jb_put(o, b->actor.p, b->actor.n);
    uh_jb_raw(o, ",\"verb\":{\"id\":");
    uh_jb_raw(o, verb_iri);
    uh_jb_raw(o, ",\"display\":");
    lang(o, verb_name);
    uh_jb_raw(o, "},\"object\":");
    uh_jb_put(o, object->p, object->n);
    uh_jb_raw(o, ",\"context\":");
    const uh_jbuf *ctx = object == &b->activity ? &b->context : &b->in_scenario;
    uh_jb_put(o, ctx->p, ctx->n);
    uh_jb_raw(o, ",\"timestamp\":");
    timestamp(b, o, at_ms);
}

static void end(builder *b)
{
    uh_jb_put(b->out, "}", 1);
}

static void answered(builder *b, size_t k, int64_t at)
{
    const uh_record *r = b->r;
    const char *scene = r->choice_scenes[k] ? r->choice_scenes[k] : "unknown";
    uh_jbuf *o = &b->object;
    o->n = 0;
    uh_jb_raw(o, "{\"objectType\":\"Activity\",\"id\":");
    char *seg = uh_iri_segment(scene);
    char *id = uh_xasprintf("scenarios/%s/scenes/%s", b->scenario_seg, seg);
    iri(o, b, id);
    free(id);
    free(seg);
    uh_jb_raw(o, ",\"definition\":{\"name\":");
    lang(o, scene);
    uh_jb_raw(o, ",\"type\":\"http://adlnet.gov/expapi/activities/cmi.interaction\""
                 ",\"interactionType\":\"choice\"");
    /* The choice made, by its position (the response) and its label as
     * shown, so an LRS can say what was chosen. Results saved before the
     * labels were kept have none. */
    char pos[16];
    snprintf(pos, sizeof pos, "%d", r->choices[k]);
    const cJSON *label = cJSON_GetArrayItem(
        cJSON_GetObjectItemCaseSensitive(r->result, "choice_labels"), (int)k);
    if (cJSON_IsString(label) && label->valuestring[0]) {
        uh_jb_raw(o, ",\"choices\":[{\"id\":");
        uh_jb_string(o, pos);
        uh_jb_raw(o, ",\"description\":");
        lang(o, label->valuestring);
        uh_jb_raw(o, "}]");
    }
    uh_jb_raw(o, "}}");

    statement(b, "\"" ADL_VERB "answered\"", "answered", o, at);
    o = b->out;
    uh_jb_raw(o, ",\"result\":{\"response\":");
    uh_jb_string(o, pos);
    uh_jb_put(o, ",", 1);
    ext_open(b, o);
    ext_number(b, o, "choice-index", (double)k + 1);
    /* The scene the choice led to is the next one on the path. */
    const cJSON *path = cJSON_GetObjectItemCaseSensitive(r->result, "path");
    const cJSON *next = cJSON_GetArrayItem(path, (int)k + 1);
    if (cJSON_IsString(next))
        ext_string(b, o, "next-scene", next->valuestring);
    uh_jb_raw(o, "}}");
    end(b);
}

static void reported(builder *b, int64_t at)
{
    const uh_record *r = b->r;
    const cJSON *rep = cJSON_GetObjectItemCaseSensitive(r->result, "report");
    const cJSON *comp = cJSON_GetObjectItemCaseSensitive(r->result, "components");
    uh_jbuf verb = {0};
    iri(&verb, b, "verbs/reported");
    statement(b, verb.p, "reported", &b->activity, at);
    free(verb.p);
    uh_jbuf *o = b->out;
    uh_jb_raw(o, ",\"result\":{");
    ext_open(b, o);
    ext_number(b, o, "hook-depth", r->hook_at_report);
    const cJSON *q = cJSON_GetObjectItemCaseSensitive(comp, "quality");
    ext_number(b, o, "report-quality", cJSON_IsNumber(q) ? q->valuedouble : 0);
    const cJSON *to = cJSON_GetObjectItemCaseSensitive(rep, "to");
    const cJSON *how = cJSON_GetObjectItemCaseSensitive(rep, "how");
    ext_string(b, o, "report-to", cJSON_IsString(to) ? to->valuestring : NULL);
    ext_string(b, o, "report-how", cJSON_IsString(how) ? how->valuestring : NULL);
    const cJSON *after = cJSON_GetObjectItemCaseSensitive(r->result, "hook_after_report");
    if (cJSON_IsNumber(after))
        ext_number(b, o, "hook-after-report", after->valuedouble);
    const cJSON *done = cJSON_GetObjectItemCaseSensitive(rep, "how_done");
    if (cJSON_IsArray(done) && cJSON_GetArraySize(done) > 0) {
        ext_key(b, o, "how-done");
        uh_jb_value(o, done);
    }
    const cJSON *how_ok = cJSON_GetObjectItemCaseSensitive(rep, "how_correct");
    if (cJSON_IsBool(how_ok)) {
        ext_key(b, o, "how-correct");
        uh_jb_raw(o, cJSON_IsTrue(how_ok) ? "true" : "false");
    }
    const char *counts[] = {"facts_given", "facts_required", "decoys"};
    const char *names[] = {"facts-given", "facts-required", "decoys"};
    for (int i = 0; i < 3; i++) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(rep, counts[i]);
        if (cJSON_IsNumber(v))
            ext_number(b, o, names[i], v->valuedouble);
    }
    uh_jb_raw(o, "}}");
    end(b);
}

bool uh_xapi_is_group(const uh_record *r)
{
    return r->trainee && strncmp(r->trainee, "group:", 6) == 0;
}

void uh_xapi_write(uh_jbuf *out, const uh_record *r, const char *homepage, size_t *count)
{
    builder b = {.r = r, .out = out, .count = count};
    /* No trailing slash, so IRIs join cleanly. */
    uh_jbuf home = {0};
    uh_jb_escaped(&home, homepage && *homepage ? homepage : UH_XAPI_DEFAULT_HOMEPAGE);
    while (home.n > 0 && home.p[home.n - 1] == '/')
        home.n--;
    home.p[home.n] = '\0';
    b.home = home.p;
    b.scenario_seg = uh_iri_segment(r->scenario);
    uh_time_parse(r->started_at, &b.start_ms, NULL);
    b.end_ms = b.start_ms + r->duration_ms;
    uh_xapi_duration(b.end_ms - b.start_ms, b.duration);
    write_shared(&b);

    statement(&b, "\"" ADL_VERB "initialized\"", "initialized", &b.activity, b.start_ms);
    end(&b);

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

    uh_jbuf *o = out;
    if (r->completed) {
        statement(&b, "\"" ADL_VERB "completed\"", "completed", &b.activity, b.end_ms);
        uh_jb_raw(o, ",\"result\":{\"duration\":");
        uh_jb_string(o, b.duration);
        uh_jb_raw(o, ",\"completion\":true,");
        ext_open(&b, o);
        ext_string(&b, o, "ending", r->ending);
        ext_number(&b, o, "hook-depth", r->hook);
        uh_jb_raw(o, "}}");
        end(&b);

        statement(&b, r->passed ? "\"" ADL_VERB "passed\"" : "\"" ADL_VERB "failed\"",
                  r->passed ? "passed" : "failed", &b.activity, b.end_ms);
        uh_jb_raw(o, ",\"result\":{\"score\":{\"scaled\":");
        uh_jb_number(o, r->score / 100.0);
        uh_jb_raw(o, ",\"raw\":");
        uh_jb_number(o, r->score);
        uh_jb_raw(o, ",\"min\":0,\"max\":100},\"success\":");
        uh_jb_raw(o, r->passed ? "true" : "false");
        /* No completion here: completed says it (cmi5 9.5.3). */
        uh_jb_raw(o, ",\"duration\":");
        uh_jb_string(o, b.duration);
        uh_jb_put(o, ",", 1);
        const cJSON *comp = cJSON_GetObjectItemCaseSensitive(r->result, "components");
        ext_open(&b, o);
        const char *parts[] = {"timing", "quality", "spotting"};
        for (int i = 0; i < 3; i++) {
            const cJSON *v = cJSON_GetObjectItemCaseSensitive(comp, parts[i]);
            if (cJSON_IsNumber(v))
                ext_number(&b, o, parts[i], v->valuedouble);
        }
        uh_jb_raw(o, "}}");
        end(&b);
    }
    statement(&b, "\"" ADL_VERB "terminated\"", "terminated", &b.activity, b.end_ms);
    uh_jb_raw(o, ",\"result\":{\"duration\":");
    uh_jb_string(o, b.duration);
    uh_jb_put(o, "}", 1);
    end(&b);

    free(b.actor.p);
    free(b.activity.p);
    free(b.context.p);
    free(b.in_scenario.p);
    free(b.object.p);
    free(b.scenario_seg);
    free(home.p);
}

cJSON *uh_xapi_statements(const uh_record *r, const char *homepage)
{
    uh_jbuf text = {0};
    size_t count = 0;
    uh_jb_put(&text, "[", 1);
    uh_xapi_write(&text, r, homepage, &count);
    uh_jb_put(&text, "]", 1);
    cJSON *st = cJSON_ParseWithLength(text.p, text.n);
    free(text.p);
    return st;
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
