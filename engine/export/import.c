/* SPDX-License-Identifier: Apache-2.0 */
/* import.c — reading a JSON export back into a store (see import.h). */
#include "import.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "../core/i18n.h"
#include "../core/util.h"
#include "export.h"

/* A position in the mapped file, with its line for messages. */
typedef struct cursor {
    const char *p, *end;
    int line;
} cursor;

static void ws(cursor *c)
{
    while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == '\r' || *c->p == '\n')) {
        if (*c->p == '\n')
            c->line++;
        c->p++;
    }
}

/* Moves past one JSON value without building it: strings (with escapes),
 * nested objects and arrays, scalars. False when the text ends first or
 * brackets do not match; cJSON checks the value itself when it is parsed. */
static bool skip_value(cursor *c)
{
    char stack[512];
    int depth = 0;
    do {
        ws(c);
        if (c->p >= c->end)
            return false;
        char ch = *c->p;
        if (ch == '"') {
            for (c->p++; c->p < c->end && *c->p != '"'; c->p++) {
                if (*c->p == '\\')
                    c->p++;
                else if (*c->p == '\n')
                    return false;  /* JSON strings hold no raw line break */
            }
            if (c->p >= c->end)
                return false;
            c->p++;
        } else if (ch == '{' || ch == '[') {
            if (depth == (int)sizeof stack)
                return false;
            stack[depth++] = ch == '{' ? '}' : ']';
            c->p++;
        } else if (ch == '}' || ch == ']') {
            if (depth == 0 || stack[depth - 1] != ch)
                return false;
            depth--;
            c->p++;
        } else if (ch == ',' || ch == ':') {
            if (depth == 0)
                return false;
            c->p++;
        } else {
            const char *start = c->p;
            while (c->p < c->end && !strchr(",:]}[{\" \t\r\n", *c->p))
                c->p++;
            if (c->p == start)
                return false;
        }
    } while (depth > 0);
    return true;
}

/* Parses the value at the cursor with cJSON and moves past it. */
static cJSON *parse_value(cursor *c)
{
    ws(c);
    cursor start = *c;
    if (!skip_value(c))
        return NULL;
    return cJSON_ParseWithLength(start.p, (size_t)(c->p - start.p));
}

static int fail(uh_error *err, const char *path, int line, const char *fmt, const char *arg)
{
    char msg[400];
    snprintf(msg, sizeof msg, fmt, arg);
    return uh_error_set(err, path, line, "%s", msg);
}

/* The envelope: format, version and where the attempts array starts. */
static int read_envelope(cursor c, const char *path, cursor *attempts, uh_error *err)
{
    bool format = false, version = false, found = false;
    ws(&c);
    if (c.p >= c.end || *c.p != '{')
        return fail(err, path, c.line,
                    _("not an Unhooked JSON export (it should be an object with \"format\": \"%s\"; "
                      "make one with `unhooked export --format json`)"),
                    UH_EXPORT_JSON_FORMAT);
    c.p++;
    for (;;) {
        ws(&c);
        if (c.p < c.end && *c.p == '}' && !format && !version && !found)
            break;
        cJSON *key = parse_value(&c);
        ws(&c);
        if (!cJSON_IsString(key) || c.p >= c.end || *c.p != ':') {
            cJSON_Delete(key);
            return fail(err, path, c.line, "%s", _("broken JSON: a key and ':' expected"));
        }
        c.p++;
        ws(&c);
        int line = c.line;
        if (strcmp(key->valuestring, "attempts") == 0) {
            *attempts = c;
            found = true;
            if (c.p >= c.end || *c.p != '[') {
                cJSON_Delete(key);
                return fail(err, path, line, "%s", _("\"attempts\" is not an array"));
            }
            if (!skip_value(&c)) {
                cJSON_Delete(key);
                return fail(err, path, line, "%s", _("broken JSON in \"attempts\" (it does not end)"));
            }
        } else if (strcmp(key->valuestring, "format") == 0 ||
                   strcmp(key->valuestring, "version") == 0) {
            cJSON *v = parse_value(&c);
            if (key->valuestring[0] == 'f') {
                format = cJSON_IsString(v) && strcmp(v->valuestring, UH_EXPORT_JSON_FORMAT) == 0;
                if (!format) {
                    cJSON_Delete(v);
                    cJSON_Delete(key);
                    return fail(err, path, line, _("\"format\" is not \"%s\""), UH_EXPORT_JSON_FORMAT);
                }
            } else {
                version = cJSON_IsNumber(v) && v->valuedouble >= 1 &&
                          v->valuedouble <= UH_EXPORT_JSON_VERSION &&
                          v->valuedouble == (double)v->valueint;
                if (!version) {
                    char *text = v ? cJSON_PrintUnformatted(v) : NULL;
                    fail(err, path, line,
                         _("export version %s: this build reads version 1 (a newer Unhooked "
                           "wrote it?)"),
                         text ? text : _("(broken)"));
                    free(text);
                    cJSON_Delete(v);
                    cJSON_Delete(key);
                    return -1;
                }
            }
            cJSON_Delete(v);
        } else if (!skip_value(&c)) {
            cJSON_Delete(key);
            return fail(err, path, line, _("broken JSON in \"%s\""), key->valuestring);
        }
        cJSON_Delete(key);
        ws(&c);
        if (c.p < c.end && *c.p == ',') {
            c.p++;
            continue;
        }
        if (c.p < c.end && *c.p == '}')
            break;
        return fail(err, path, c.line, "%s", _("broken JSON: ',' or '}' expected"));
    }
    if (!format || !version)
        return fail(err, path, 0,
                    /* TRANSLATORS: %s is a key of the file, "format" or "version". */
                    _("not an Unhooked JSON export: it has no %s (make one with `unhooked export "
                      "--format json`)"),
                    !format ? "\"format\"" : "\"version\"");
    if (!found)
        return fail(err, path, 0, "%s",
                    _("not an Unhooked JSON export: it has no \"attempts\" array (make one with "
                      "`unhooked export --format json`)"));
    c.p++;
    ws(&c);
    if (c.p < c.end)
        return fail(err, path, c.line, "%s", _("more text after the export's closing '}'"));
    return 0;
}

static const char *str(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static bool flag(const cJSON *o, const char *key)
{
    return cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, key));
}

static int whole(const cJSON *o, const char *key, int dflt)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsNumber(v) ? v->valueint : dflt;
}

/* The fields an attempt's record is read from, with their JSON types. A
 * field present with another type is refused: read by the helpers above it
 * became their default, so a score of "85" was stored as 0 and an
 * "anonymous": "yes" as a named attempt. Absent fields keep their default
 * (older exports lack some); null stands for absent where an export writes
 * it. */
static int check_types(const cJSON *o, uh_error *err)
{
    static const struct {
        const char *key;
        char type;  /* 's' string, 'b' true or false, 'i' whole number */
        bool null;  /* null allowed */
    } fields[] = {
        {"uuid", 's', false}, {"trainee", 's', false}, {"cohort", 's', true},
        {"mode", 's', false}, {"language", 's', true}, {"scenario", 's', false},
        {"scenario_hash", 's', true}, {"started_at", 's', false}, {"ended_at", 's', true},
        {"ending", 's', true}, {"anonymous", 'b', false}, {"completed", 'b', false},
        {"reported", 'b', false}, {"passed", 'b', false}, {"hook", 'i', false},
        {"hook_at_report", 'i', true}, {"score", 'i', false},
    };
    const char *uuid = str(o, "uuid");
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, fields[i].key);
        if (!v || (fields[i].null && cJSON_IsNull(v)))
            continue;
        bool ok = fields[i].type == 's'   ? cJSON_IsString(v)
                  : fields[i].type == 'b' ? cJSON_IsBool(v)
                                          : cJSON_IsNumber(v) && v->valuedouble >= INT_MIN &&
                                                v->valuedouble <= INT_MAX &&
                                                v->valuedouble == (double)(int)v->valuedouble;
        if (!ok)
            return uh_error_set(err, NULL, 0, _("attempt %s: \"%s\" must be %s"),
                                uuid ? uuid : _("(no uuid)"), fields[i].key,
                                fields[i].type == 's'   ? _("a string")
                                : fields[i].type == 'b' ? _("true or false")
                                                        : _("a whole number"));
    }
    return 0;
}

/* One attempt of the file into the store. The record borrows the JSON's
 * strings. */
static int import_one(uh_store *st, const cJSON *o, uh_import_stats *stats, uh_error *err)
{
    if (!cJSON_IsObject(o))
        return uh_error_set(err, NULL, 0, _("an attempt is not a JSON object"));
    if (check_types(o, err))
        return -1;
    uh_record r = {0};
    r.uuid = (char *)str(o, "uuid");
    r.trainee = (char *)str(o, "trainee");
    r.anonymous = flag(o, "anonymous");
    r.cohort = (char *)str(o, "cohort");
    r.mode = (char *)str(o, "mode");
    r.language = (char *)str(o, "language");  /* none in an export from before languages: English */
    r.scenario = (char *)str(o, "scenario");
    r.scenario_hash = (char *)str(o, "scenario_hash");
    r.started_at = (char *)str(o, "started_at");
    r.ended_at = (char *)str(o, "ended_at");
    r.completed = flag(o, "completed");
    r.ending = (char *)str(o, "ending");
    r.reported = flag(o, "reported");
    r.hook = whole(o, "hook", 0);
    r.hook_at_report = whole(o, "hook_at_report", -1);
    r.score = whole(o, "score", 0);
    r.passed = flag(o, "passed");
    r.result = cJSON_GetObjectItemCaseSensitive(o, "result");
    r.title = (char *)str(r.result, "title");
    const cJSON *ch = cJSON_GetObjectItemCaseSensitive(o, "choices"), *it;
    if (ch && !cJSON_IsArray(ch))
        return uh_error_set(err, NULL, 0, _("attempt %s: \"choices\" is not an array"),
                            r.uuid ? r.uuid : _("(no uuid)"));
    size_t n = (size_t)cJSON_GetArraySize(ch);
    r.choices = uh_xcalloc(n ? n : 1, sizeof *r.choices);
    r.choice_scenes = uh_xcalloc(n ? n : 1, sizeof *r.choice_scenes);
    int rc = 0;
    cJSON_ArrayForEach(it, ch) {
        const cJSON *pos = cJSON_GetObjectItemCaseSensitive(it, "position");
        if (!cJSON_IsNumber(pos) || pos->valuedouble < 1) {
            rc = uh_error_set(err, NULL, 0, _("attempt %s: a choice without a position (1, 2, ...)"),
                              r.uuid ? r.uuid : _("(no uuid)"));
            break;
        }
        r.choice_scenes[r.nchoices] = (char *)str(it, "scene");
        r.choices[r.nchoices++] = pos->valueint;
    }
    uh_attempt_copy *c = rc ? NULL : uh_attempt_copy_from_record(&r, err);
    if (!c)
        rc = -1;
    int has = c ? uh_store_has_attempt(st, r.uuid, err) : -1;
    if (c && has < 0)
        rc = -1;
    else if (has == 1)
        stats->present++;
    else if (c && uh_store_save_copy(st, c, NULL, err) == 0)
        stats->added++;
    else if (c)
        rc = -1;
    uh_attempt_copy_free(c);
    free(r.choices);
    free(r.choice_scenes);
    return rc;
}

#define BATCH 1000

/* Commits the open batch; its counts join the file's when it is saved. */
static int commit(uh_store *st, uh_import_stats *pending, uh_import_stats *stats, uh_error *err)
{
    int rc = uh_store_batch_end(st, true, err);
    if (rc == 0) {
        stats->added += pending->added;
        stats->present += pending->present;
    }
    pending->added = pending->present = 0;
    return rc;
}

int uh_import_file(uh_store *st, const char *path, uh_import_stats *stats, uh_error *err)
{
    *stats = (uh_import_stats){0};
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat sb;
    if (fd < 0 || fstat(fd, &sb) != 0) {
        int e = errno;
        if (fd >= 0)
            close(fd);
        return uh_error_set(err, path, 0, _("cannot read it: %s"), strerror(e));
    }
    if (!S_ISREG(sb.st_mode) || sb.st_size == 0) {
        close(fd);
        return uh_error_set(err, path, 0, "%s", sb.st_size == 0 && S_ISREG(sb.st_mode)
                                                    ? _("the file is empty")
                                                    : _("not a regular file"));
    }
    void *map = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED)
        return uh_error_set(err, path, 0, _("cannot read it: %s"), strerror(errno));
    cursor all = {map, (const char *)map + sb.st_size, 1}, at;
    if (all.end - all.p >= 3 && memcmp(all.p, "\xEF\xBB\xBF", 3) == 0)
        all.p += 3;  /* a byte-order mark an editor added */
    int rc = read_envelope(all, path, &at, err);
    /* Saves go in batches of BATCH attempts, each one durable commit; the
     * counts of a batch are the file's once it is committed. */
    uh_import_stats pending = {0};
    bool open = false;
    if (rc == 0) {
        at.p++;  /* '[' */
        for (;;) {
            ws(&at);
            if (at.p < at.end && *at.p == ']')
                break;
            int line = at.line;
            cJSON *o = parse_value(&at);
            stats->attempts++;
            if (!o) {
                rc = uh_error_set(err, path, line, _("attempt %zu is broken JSON"), stats->attempts);
                break;
            }
            uh_error e1;
            int one = open || uh_store_batch_begin(st, &e1) == 0 ? 0 : -1;
            open = open || one == 0;
            if (one == 0)
                one = import_one(st, o, &pending, &e1);
            cJSON_Delete(o);
            if (one == 0 && pending.added + pending.present == BATCH) {
                open = false;
                one = commit(st, &pending, stats, &e1);
            }
            if (one) {
                char buf[1400];
                rc = uh_error_set(err, path, line, _("attempt %zu: %s"), stats->attempts,
                                  uh_error_format(&e1, buf, sizeof buf));
                break;
            }
            ws(&at);
            if (at.p < at.end && *at.p == ',') {
                at.p++;
            } else if (at.p >= at.end || *at.p != ']') {
                rc = uh_error_set(err, path, at.line,
                                  _("broken JSON: ',' or ']' expected after attempt %zu"),
                                  stats->attempts);
                break;
            }
        }
    }
    if (open) {
        uh_error e1;
        if (commit(st, &pending, stats, &e1) && rc == 0) {
            char buf[1400];
            rc = uh_error_set(err, path, 0, "%s", uh_error_format(&e1, buf, sizeof buf));
        }
    }
    munmap(map, (size_t)sb.st_size);
    return rc;
}
