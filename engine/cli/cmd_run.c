/* SPDX-License-Identifier: Apache-2.0 */
/* cmd_run.c — `unhooked run SCENARIO --answers FILE` (SPEC §5): play one
 * scenario with no window and print the result as one JSON object.
 *
 * Exit 0: an ending was reached. 1: the scenario failed or the answers ran
 * out first (the result is still printed, "completed": false), or the
 * attempt was to be recorded and could not be. 2: bad usage, or an
 * unreadable or invalid answers file.
 *
 * With --trainee ID (or --anonymous) the attempt is recorded in the
 * results store exactly as the screens record one, with mode "cli";
 * without, nothing is written anywhere. */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "../core/clock.h"
#include "../core/i18n.h"
#include "../core/translation.h"
#include "../core/config.h"
#include "../core/json.h"
#include "../core/run.h"
#include "../core/scenario.h"
#include "../core/util.h"
#include "../session/replay.h"
#include "../store/store.h"
#include "commands.h"

#define RUN_USAGE                                                                              \
    N_("usage: unhooked run SCENARIO.lua --answers FILE [--seed N] [--config FILE]\n"          \
       "                    [--trainee ID | --anonymous] [--cohort CODE] [--db PATH]\n")

/* The largest answers file read, and the largest position it may hold (any
 * whole number up to 2^53 is exact in a double; larger ones are refused as
 * not a position rather than silently rounded). */
#define ANSWERS_MAX ((size_t)4 << 20)
#define MAX_POSITION 9007199254740992.0

typedef struct answers {
    int *choices;      /* positions, those beyond int clamped (never in range) */
    long long *given;  /* positions as written, for messages */
    size_t nchoices;
    uh_strv flags;
    bool has_report;
    char *to, *how;
    uh_strv facts;
} answers;

static void answers_free(answers *a)
{
    free(a->choices);
    free(a->given);
    uh_strv_free(&a->flags);
    uh_strv_free(&a->facts);
    free(a->to);
    free(a->how);
}

/* Reads an optional list of strings; -1 with a message when mistyped. */
static int string_list(const cJSON *v, const char *path, const char *key, uh_strv *out)
{
    if (!v || cJSON_IsNull(v))
        return 0;
    if (!cJSON_IsArray(v)) {
        fprintf(stderr, _("unhooked run: %s: \"%s\" must be a list of strings\n"), path, key);
        return -1;
    }
    const cJSON *it;
    cJSON_ArrayForEach(it, v) {
        if (!cJSON_IsString(it)) {
            fprintf(stderr, _("unhooked run: %s: \"%s\" must be a list of strings\n"), path, key);
            return -1;
        }
        uh_strv_push(out, it->valuestring);
    }
    return 0;
}

static int optional_string(const cJSON *obj, const char *path, const char *key, char **out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!v || cJSON_IsNull(v))
        return 0;
    if (!cJSON_IsString(v)) {
        fprintf(stderr, _("unhooked run: %s: \"report.%s\" must be a string or null\n"), path, key);
        return -1;
    }
    *out = uh_xstrdup(v->valuestring);
    return 0;
}

/* Parses the answers file; returns -1 after printing why. */
static int load_answers(const char *path, answers *a)
{
    uh_error err;
    char buf[1400];
    char *text = uh_read_file_max(path, ANSWERS_MAX, NULL, &err);
    if (!text) {
        fprintf(stderr, "unhooked run: %s\n", uh_error_format(&err, buf, sizeof buf));
        return -1;
    }
    cJSON *root = uh_json_parse(text, path, &err);
    free(text);
    if (!root) {
        fprintf(stderr, _("unhooked run: %s (the answers file)\n"), uh_error_format(&err, buf, sizeof buf));
        return -1;
    }
    int rc = -1;
    if (!cJSON_IsObject(root)) {
        fprintf(stderr, _("unhooked run: %s: the answers file must be a JSON object\n"), path);
        goto done;
    }
    for (const cJSON *it = root->child; it; it = it->next)
        if (strcmp(it->string, "choices") && strcmp(it->string, "flags") &&
            strcmp(it->string, "report")) {
            fprintf(stderr, _("unhooked run: %s: unknown key \"%s\" (choices, flags, report)\n"), path,
                    it->string);
            goto done;
        }
    const cJSON *choices = cJSON_GetObjectItemCaseSensitive(root, "choices");
    if (!cJSON_IsArray(choices)) {
        fprintf(stderr, _("unhooked run: %s: \"choices\" must be a list of 1-based positions\n"), path);
        goto done;
    }
    a->choices = uh_xcalloc((size_t)cJSON_GetArraySize(choices), sizeof *a->choices);
    a->given = uh_xcalloc((size_t)cJSON_GetArraySize(choices), sizeof *a->given);
    const cJSON *it;
    cJSON_ArrayForEach(it, choices) {
        /* Checked before any conversion: a double outside the range of the
         * integer type it is cast to is undefined behaviour. */
        double d = cJSON_IsNumber(it) ? it->valuedouble : 0.5;
        if (!(d >= -MAX_POSITION && d <= MAX_POSITION) || d != floor(d)) {
            fprintf(stderr, _("unhooked run: %s: \"choices\" must hold whole numbers (positions)\n"),
                    path);
            goto done;
        }
        a->given[a->nchoices] = (long long)d;
        a->choices[a->nchoices++] = d > INT_MAX ? INT_MAX : d < INT_MIN ? INT_MIN : (int)d;
    }
    if (string_list(cJSON_GetObjectItemCaseSensitive(root, "flags"), path, "flags", &a->flags))
        goto done;
    const cJSON *report = cJSON_GetObjectItemCaseSensitive(root, "report");
    if (report && !cJSON_IsNull(report)) {
        if (!cJSON_IsObject(report)) {
            fprintf(stderr, _("unhooked run: %s: \"report\" must be an object {to, facts, how}\n"), path);
            goto done;
        }
        a->has_report = true;
        if (optional_string(report, path, "to", &a->to) ||
            optional_string(report, path, "how", &a->how) ||
            string_list(cJSON_GetObjectItemCaseSensitive(report, "facts"), path, "report.facts",
                        &a->facts))
            goto done;
    }
    rc = 0;
done:
    cJSON_Delete(root);
    return rc;
}

/* Where and as whom to record the attempt (trainee NULL: not at all). */
typedef struct recording {
    const char *trainee, *cohort, *db;
    char language[16];  /* the language of the scenario file played */
    bool anonymous;
    char started_at[32];
} recording;

/* Saves the attempt; -1 after printing why. */
static int record(const recording *rec, const uh_config *cfg, const uh_result *r)
{
    uh_error err;
    char buf[1400], ended_at[32];
    uh_iso8601_now(ended_at, true);
    uh_store *st = uh_cli_open_store("run", rec->db, cfg, true);
    if (!st)
        return -1;
    char pseudonym[32];
    if (rec->anonymous)
        uh_store_pseudonym(pseudonym);
    uh_attempt a = {
        .trainee = rec->anonymous ? pseudonym : rec->trainee,
        .anonymous = rec->anonymous,
        .cohort = rec->cohort,
        .mode = "cli",
        .started_at = rec->started_at,
        .ended_at = ended_at,
        .result = r,
        .language = rec->language,
    };
    int64_t id;
    int rc = uh_store_save(st, &a, &id, &err);
    if (rc)
        fprintf(stderr, _("unhooked run: the attempt was not saved: %s\n"),
                uh_error_format(&err, buf, sizeof buf));
    else
        fprintf(stderr, _("unhooked run: saved attempt %lld for %s in %s\n"), (long long)id, a.trainee,
                uh_store_path(st));
    uh_store_close(st);
    return rc;
}

/* Prints the result and records it when asked; -1 when recording failed. */
static int print_result(const uh_run *run, const recording *rec, const uh_config *cfg)
{
    uh_result *r = uh_run_result(run);
    char *json = uh_result_to_string(r, false);
    printf("%s\n", json);
    fflush(stdout);
    free(json);
    int rc = rec->trainee || rec->anonymous ? record(rec, cfg, r) : 0;
    uh_result_free(r);
    return rc;
}

/* Prints {"scenario": ..., "completed": false, "error": ...} for a
 * scenario that could not even start. */
static void print_failure(const char *id, const char *msg)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddItemToObject(o, "scenario", id ? cJSON_CreateString(id) : cJSON_CreateNull());
    cJSON_AddBoolToObject(o, "completed", false);
    cJSON_AddStringToObject(o, "error", msg);
    char *s = cJSON_PrintUnformatted(o);
    printf("%s\n", s);
    free(s);
    cJSON_Delete(o);
}

int uh_cmd_run(int argc, char **argv)
{
    const char *scenario_path = NULL, *answers_path = NULL, *config_path = NULL;
    unsigned long seed = 1;
    recording rec = {0};
    uh_iso8601_now(rec.started_at, true);
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--answers") == 0 && i + 1 < argc) {
            answers_path = argv[++i];
        } else if (strcmp(argv[i], "--config") == 0 && i + 1 < argc) {
            config_path = argv[++i];
        } else if (strcmp(argv[i], "--trainee") == 0 && i + 1 < argc && *argv[i + 1]) {
            rec.trainee = argv[++i];
        } else if (strcmp(argv[i], "--anonymous") == 0) {
            rec.anonymous = true;
        } else if (strcmp(argv[i], "--cohort") == 0 && i + 1 < argc) {
            rec.cohort = argv[++i];
        } else if (strcmp(argv[i], "--db") == 0 && i + 1 < argc) {
            rec.db = argv[++i];
        } else if (strcmp(argv[i], "--seed") == 0 && i + 1 < argc) {
            char *end;
            errno = 0;
            seed = strtoul(argv[++i], &end, 10);
            if (*end || errno || seed > 0xffffffffUL) {
                fprintf(stderr, _("unhooked run: --seed needs a whole number 0..4294967295\n"));
                return 2;
            }
        } else if (argv[i][0] == '-' || scenario_path) {
            fprintf(stderr, _("unhooked run: unexpected argument '%s'\n"), argv[i]);
            fputs(_(RUN_USAGE), stderr);
            return 2;
        } else {
            scenario_path = argv[i];
        }
    }
    if (!scenario_path || !answers_path) {
        fputs(_(RUN_USAGE), stderr);
        return 2;
    }
    if (rec.trainee && rec.anonymous) {
        fprintf(stderr, _("unhooked run: --trainee and --anonymous exclude each other\n"));
        return 2;
    }
    if ((rec.cohort || rec.db) && !rec.trainee && !rec.anonymous) {
        fprintf(stderr, _("unhooked run: --cohort and --db record an attempt: add --trainee ID or --anonymous\n"));
        return 2;
    }

    uh_config cfg;
    uh_error err;
    char buf[1400];
    if (uh_config_load(&cfg, config_path ? config_path : uh_config_default_path(), &err)) {
        fprintf(stderr, "unhooked run: %s\n", uh_error_format(&err, buf, sizeof buf));
        uh_config_free(&cfg);
        return 2;
    }
    answers a = {0};
    if (load_answers(answers_path, &a)) {
        answers_free(&a);
        uh_config_free(&cfg);
        return 2;
    }

    int status = 1;
    uh_problems problems = {0};
    uh_translation_language(scenario_path, rec.language);
    uh_scenario *sc = uh_scenario_load(scenario_path, &cfg, (uint32_t)seed, &problems);
    uh_run *run = NULL;
    if (!sc->ok) {
        for (size_t i = 0; i < problems.count; i++)
            fprintf(stderr, "%s\n", uh_error_format(&problems.items[i], buf, sizeof buf));
        print_failure(sc->id, problems.count ? uh_error_format(&problems.items[0], buf, sizeof buf)
                                             : "the scenario does not load");
        goto done;
    }
    /* Answers that name report options or facts that do not exist are an
     * invalid answers file, refused before anything is played. */
    if (a.to && !uh_config_find_to(&cfg, a.to)) {
        fprintf(stderr, _("unhooked run: %s: unknown report.to '%s'\n"), answers_path, a.to);
        status = 2;
        goto done;
    }
    if (a.how && !uh_config_find_how(&cfg, a.how)) {
        fprintf(stderr, _("unhooked run: %s: unknown report.how '%s'\n"), answers_path, a.how);
        status = 2;
        goto done;
    }
    for (size_t i = 0; i < a.facts.n; i++)
        if (!uh_scenario_find_fact(sc, a.facts.v[i])) {
            fprintf(stderr, _("unhooked run: %s: scenario '%s' has no fact '%s'\n"), answers_path,
                    sc->id, a.facts.v[i]);
            status = 2;
            goto done;
        }

    run = uh_run_new(sc, &cfg, (uint32_t)seed, &err);
    if (!run) {
        fprintf(stderr, "%s\n", uh_error_format(&err, buf, sizeof buf));
        print_failure(sc->id, buf);
        goto done;
    }
    /* The answers file, seen as the replay's answers (borrowed, not copied). */
    uh_answers view = {.choices = a.choices, .nchoices = a.nchoices, .marks = a.flags,
                       .has_report = a.has_report, .to = a.to, .how = a.how, .facts = a.facts};
    uh_replay_stop stop;
    uh_replay(run, &view, false, &stop);
    if (stop.status == UH_REPLAY_RAN_OUT)
        fprintf(stderr, _("unhooked run: %s: the answers ran out at scene '%s' before an ending\n"),
                answers_path, stop.scene);
    else if (stop.status == UH_REPLAY_OUT_OF_RANGE)
        fprintf(stderr, _("unhooked run: %s: choice %lld is out of range at scene '%s' (%zu shown)\n"),
                answers_path, a.given[stop.used], stop.scene, stop.shown);
    if (uh_run_state_of(run) == UH_RUN_FAILED)
        fprintf(stderr, "%s\n", uh_error_format(uh_run_error(run), buf, sizeof buf));
    status = uh_run_state_of(run) == UH_RUN_ENDED ? 0 : 1;
    if (print_result(run, &rec, &cfg))
        status = 1;
done:
    uh_run_free(run);
    uh_scenario_free(sc);
    uh_problems_free(&problems);
    answers_free(&a);
    uh_config_free(&cfg);
    return status;
}
