/* SPDX-License-Identifier: Apache-2.0 */
/* cmd_run.c — `unhooked run SCENARIO --answers FILE` (SPEC §5): play one
 * scenario with no window and print the result as one JSON object; and
 * `unhooked batch`, which plays many answer sets (or random plays) against
 * the scenario loaded once and prints one result per line, each the same
 * as `run` prints for the same answers.
 *
 * Exit 0: an ending was reached. 1: the scenario failed or the answers ran
 * out first (the result is still printed, "completed": false), or the
 * attempt was to be recorded and could not be. 2: bad usage, or an
 * unreadable or invalid answers file.
 *
 * With --trainee ID (or --anonymous) the attempt is recorded in the
 * results store exactly as the screens record one, with mode "cli";
 * without, nothing is written anywhere. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "../core/clock.h"
#include "../core/config.h"
#include "../core/i18n.h"
#include "../core/json.h"
#include "../core/run.h"
#include "../core/scenario.h"
#include "../core/translation.h"
#include "../core/util.h"
#include "../session/replay.h"
#include "../store/store.h"
#include "commands.h"

#define RUN_USAGE                                                                              \
    N_("usage: unhooked run SCENARIO.lua --answers FILE [--seed N] [--config FILE]\n"          \
       "                    [--trainee ID | --anonymous] [--cohort CODE] [--db PATH]\n")
#define BATCH_USAGE                                                                            \
    N_("usage: unhooked batch SCENARIO.lua (--answers FILE | --random N [--answers-out FILE])\n" \
       "                      [--seed N] [--config FILE]\n")

/* The command whose messages are printed ("run" or "batch"). */
static const char *cmd = "run";

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
        fprintf(stderr, _("unhooked %s: %s: \"%s\" must be a list of strings\n"), cmd, path, key);
        return -1;
    }
    const cJSON *it;
    cJSON_ArrayForEach(it, v) {
        if (!cJSON_IsString(it)) {
            fprintf(stderr, _("unhooked %s: %s: \"%s\" must be a list of strings\n"), cmd, path, key);
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
        fprintf(stderr, _("unhooked %s: %s: \"report.%s\" must be a string or null\n"), cmd, path, key);
        return -1;
    }
    *out = uh_xstrdup(v->valuestring);
    return 0;
}

/* Parses one answers object from text; returns -1 after printing why.
 * file names it in messages, with line when that is > 0 (a line of a
 * batch's answers file). */
static int parse_answers(const char *text, const char *file, int line, answers *a)
{
    uh_error err;
    char buf[1400], path[1100];
    cJSON *root = uh_json_parse(text, file, &err);
    if (!root) {
        if (line > 0)
            err.line = line;
        fprintf(stderr, _("unhooked %s: %s (the answers file)\n"), cmd, uh_error_format(&err, buf, sizeof buf));
        return -1;
    }
    if (line > 0)
        snprintf(path, sizeof path, "%s:%d", file, line);
    else
        snprintf(path, sizeof path, "%s", file);
    int rc = -1;
    if (!cJSON_IsObject(root)) {
        fprintf(stderr, _("unhooked %s: %s: the answers file must be a JSON object\n"), cmd, path);
        goto done;
    }
    for (const cJSON *it = root->child; it; it = it->next)
        if (strcmp(it->string, "choices") && strcmp(it->string, "flags") &&
            strcmp(it->string, "report")) {
            fprintf(stderr, _("unhooked %s: %s: unknown key \"%s\" (choices, flags, report)\n"), cmd, path,
                    it->string);
            goto done;
        }
    const cJSON *choices = cJSON_GetObjectItemCaseSensitive(root, "choices");
    if (!cJSON_IsArray(choices)) {
        fprintf(stderr, _("unhooked %s: %s: \"choices\" must be a list of 1-based positions\n"), cmd, path);
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
            fprintf(stderr, _("unhooked %s: %s: \"choices\" must hold whole numbers (positions)\n"),
                    cmd, path);
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
            fprintf(stderr, _("unhooked %s: %s: \"report\" must be an object {to, facts, how}\n"), cmd, path);
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

/* Reads and parses the answers file; returns -1 after printing why. */
static int load_answers(const char *path, answers *a)
{
    uh_error err;
    char buf[1400];
    char *text = uh_read_file_max(path, ANSWERS_MAX, NULL, &err);
    if (!text) {
        fprintf(stderr, "unhooked %s: %s\n", cmd, uh_error_format(&err, buf, sizeof buf));
        return -1;
    }
    int rc = parse_answers(text, path, 0, a);
    free(text);
    return rc;
}

/* Answers that name report options or facts that do not exist are an
 * invalid answers file, refused before anything is played: 0, or 2 after
 * printing why. */
static int check_answers(const answers *a, const char *path, const uh_config *cfg,
                         const uh_scenario *sc)
{
    if (a->to && !uh_config_find_to(cfg, a->to)) {
        fprintf(stderr, _("unhooked %s: %s: unknown report.to '%s'\n"), cmd, path, a->to);
        return 2;
    }
    if (a->how && !uh_config_find_how(cfg, a->how)) {
        fprintf(stderr, _("unhooked %s: %s: unknown report.how '%s'\n"), cmd, path, a->how);
        return 2;
    }
    for (size_t i = 0; i < a->facts.n; i++)
        if (!uh_scenario_find_fact(sc, a->facts.v[i])) {
            fprintf(stderr, _("unhooked %s: %s: scenario '%s' has no fact '%s'\n"), cmd, path,
                    sc->id, a->facts.v[i]);
            return 2;
        }
    return 0;
}

/* Plays a on run, saying on stderr where and why it stopped short; 0 when
 * an ending was reached, else 1. */
static int play(uh_run *run, const answers *a, const char *path)
{
    char buf[1400];
    /* The answers, seen as the replay's answers (borrowed, not copied). */
    uh_answers view = {.choices = a->choices, .nchoices = a->nchoices, .marks = a->flags,
                       .has_report = a->has_report, .to = a->to, .how = a->how, .facts = a->facts};
    uh_replay_stop stop;
    uh_replay(run, &view, false, &stop);
    if (stop.status == UH_REPLAY_RAN_OUT)
        fprintf(stderr, _("unhooked %s: %s: the answers ran out at scene '%s' before an ending\n"),
                cmd, path, stop.scene);
    else if (stop.status == UH_REPLAY_OUT_OF_RANGE)
        fprintf(stderr, _("unhooked %s: %s: choice %lld is out of range at scene '%s' (%zu shown)\n"),
                cmd, path, a->given[stop.used], stop.scene, stop.shown);
    if (uh_run_state_of(run) == UH_RUN_FAILED)
        fprintf(stderr, "%s\n", uh_error_format(uh_run_error(run), buf, sizeof buf));
    return uh_run_state_of(run) == UH_RUN_ENDED ? 0 : 1;
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
    if (check_answers(&a, answers_path, &cfg, sc)) {
        status = 2;
        goto done;
    }

    run = uh_run_new(sc, &cfg, (uint32_t)seed, &err);
    if (!run) {
        fprintf(stderr, "%s\n", uh_error_format(&err, buf, sizeof buf));
        print_failure(sc->id, buf);
        goto done;
    }
    status = play(run, &a, answers_path);
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

/* ---------------------------------------------------------------------
 * unhooked batch
 * ------------------------------------------------------------------- */

#define RANDOM_STEPS 1000  /* choices in one random play before it is given up */

/* splitmix64: the random plays' generator (math.random is the sandbox's). */
static uint64_t next_random(uint64_t *s)
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static size_t pick(uint64_t *s, size_t n) { return (size_t)(next_random(s) % n); }

static void add_choice(answers *a, size_t *cap, int pos)
{
    if (a->nchoices == *cap) {
        *cap = *cap ? 2 * *cap : 16;
        a->choices = uh_xrealloc(a->choices, *cap * sizeof *a->choices);
        a->given = uh_xrealloc(a->given, *cap * sizeof *a->given);
    }
    a->given[a->nchoices] = pos;
    a->choices[a->nchoices++] = pos;
}

static void maybe_mark(uh_run *run, uint64_t *rng, const uh_mark *m, size_t n, answers *a)
{
    for (size_t i = 0; i < n; i++)
        if (next_random(rng) & 1 && !uh_strv_has(&a->flags, m[i].id)) {
            uh_run_mark(run, m[i].id, true);
            uh_strv_push(&a->flags, m[i].id);
        }
}

/* Plays run at random, writing down what was done as answers: a choice
 * among those shown at each scene, each flag and innocent detail of a
 * scene shown marked or not, and on the report form any recipient (or
 * none), any of the facts offered and any handling (or none). Replayed by
 * `unhooked run`, a gives the same result. */
static void random_play(uh_run *run, const uh_config *cfg, uint64_t *rng, answers *a)
{
    size_t cap = 0;
    uh_error err;
    while (a->nchoices < RANDOM_STEPS) {
        uh_run_state state = uh_run_state_of(run);
        if (state == UH_RUN_SCENE) {
            const uh_scene *s = uh_run_scene(run);
            maybe_mark(run, rng, s->flags, s->nflags, a);
            maybe_mark(run, rng, s->innocent, s->ninnocent, a);
            size_t i = pick(rng, uh_run_nchoices(run));
            add_choice(a, &cap, (int)i + 1);
            uh_run_choose(run, i, &err);
        } else if (state == UH_RUN_REPORT) {
            const uh_scenario *sc = uh_run_scenario(run);
            a->has_report = true;
            size_t to = pick(rng, cfg->nto + 1), how = pick(rng, cfg->nhow + 1);
            a->to = to < cfg->nto ? uh_xstrdup(cfg->to[to].id) : NULL;
            a->how = how < cfg->nhow ? uh_xstrdup(cfg->how[how].id) : NULL;
            for (size_t f = 0; f < sc->nfacts; f++)
                if (uh_run_fact_offered(run, sc->facts[f].id) && next_random(rng) & 1)
                    uh_strv_push(&a->facts, sc->facts[f].id);
            uh_run_submit_report(run, a->to, (const char *const *)a->facts.v, a->facts.n, a->how, &err);
        } else {
            break;
        }
    }
}

/* Writes a as one line of an answers file. */
static void write_answers(FILE *f, const answers *a)
{
    cJSON *o = cJSON_CreateObject();
    cJSON *c = cJSON_AddArrayToObject(o, "choices");
    for (size_t i = 0; i < a->nchoices; i++)
        cJSON_AddItemToArray(c, cJSON_CreateNumber(a->choices[i]));
    cJSON *fl = cJSON_AddArrayToObject(o, "flags");
    for (size_t i = 0; i < a->flags.n; i++)
        cJSON_AddItemToArray(fl, cJSON_CreateString(a->flags.v[i]));
    if (a->has_report) {
        cJSON *r = cJSON_AddObjectToObject(o, "report");
        cJSON_AddItemToObject(r, "to", a->to ? cJSON_CreateString(a->to) : cJSON_CreateNull());
        cJSON *facts = cJSON_AddArrayToObject(r, "facts");
        for (size_t i = 0; i < a->facts.n; i++)
            cJSON_AddItemToArray(facts, cJSON_CreateString(a->facts.v[i]));
        cJSON_AddItemToObject(r, "how", a->how ? cJSON_CreateString(a->how) : cJSON_CreateNull());
    }
    char *s = cJSON_PrintUnformatted(o);
    fprintf(f, "%s\n", s);
    free(s);
    cJSON_Delete(o);
}

/* Reads one line of f (with its newline, if any) into *line, growing it
 * as getline does but never past max + 1 bytes: a line with no end (a
 * device such as /dev/zero, a file of megabytes without a newline) is cut
 * there and found too long by its length, not read into all of memory.
 * Returns the length, or -1 at the end of the file. */
static ssize_t read_line_max(FILE *f, char **line, size_t *cap, size_t max)
{
    size_t n = 0;
    int c;
    while (n <= max && (c = getc(f)) != EOF) {
        if (n + 2 > *cap) {
            *cap = *cap ? 2 * *cap : 256;
            *line = uh_xrealloc(*line, *cap);
        }
        (*line)[n++] = (char)c;
        if (c == '\n')
            break;
    }
    if (n == 0)
        return -1;
    (*line)[n] = '\0';
    return (ssize_t)n;
}

/* Reads the answer sets of path, one JSON object a line (empty lines are
 * skipped); -1 after printing why. *lines gets each set's line number. */
static int read_answer_sets(const char *path, answers **sets, int **lines, size_t *n)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
    if (!f) {
        fprintf(stderr, "unhooked batch: %s: %s\n", path, strerror(errno));
        return -1;
    }
    char *line = NULL;
    size_t cap = 0, have = 0;
    ssize_t len;
    int rc = 0;
    for (int no = 1; (len = read_line_max(f, &line, &cap, ANSWERS_MAX)) >= 0; no++) {
        if ((size_t)len > ANSWERS_MAX) {
            fprintf(stderr, _("unhooked batch: %s:%d: the line is longer than %zu bytes\n"), path, no,
                    ANSWERS_MAX);
            rc = -1;
            break;
        }
        if (strspn(line, " \t\r\n") == (size_t)len)
            continue;
        if (*n == have) {
            have = have ? 2 * have : 256;
            *sets = uh_xrealloc(*sets, have * sizeof **sets);
            *lines = uh_xrealloc(*lines, have * sizeof **lines);
        }
        answers *a = &(*sets)[*n];
        *a = (answers){0};
        (*lines)[(*n)++] = no;
        if (parse_answers(line, path, no, a)) {
            rc = -1;
            break;
        }
    }
    if (rc == 0 && ferror(f)) {
        fprintf(stderr, "unhooked batch: %s: %s\n", path, strerror(errno));
        rc = -1;
    }
    free(line);
    if (f != stdin)
        fclose(f);
    return rc;
}

int uh_cmd_batch(int argc, char **argv)
{
    const char *scenario_path = NULL, *answers_path = NULL, *config_path = NULL, *out_path = NULL;
    unsigned long seed = 1, nrandom = 0;
    bool random = false;
    cmd = "batch";
    for (int i = 1; i < argc; i++) {
        bool value = i + 1 < argc;
        if (strcmp(argv[i], "--answers") == 0 && value) {
            answers_path = argv[++i];
        } else if (strcmp(argv[i], "--answers-out") == 0 && value) {
            out_path = argv[++i];
        } else if (strcmp(argv[i], "--config") == 0 && value) {
            config_path = argv[++i];
        } else if ((strcmp(argv[i], "--seed") == 0 || strcmp(argv[i], "--random") == 0) && value) {
            bool is_seed = argv[i][2] == 's';
            char *end;
            errno = 0;
            unsigned long v = strtoul(argv[++i], &end, 10);
            if (*end || errno || !isdigit((unsigned char)argv[i][0]) || v > 0xffffffffUL ||
                (!is_seed && v == 0)) {
                fprintf(stderr, _("unhooked batch: %s needs a whole number %s\n"), argv[i - 1],
                        is_seed ? "0..4294967295" : "1..4294967295");
                return 2;
            }
            if (is_seed)
                seed = v;
            else {
                nrandom = v;
                random = true;
            }
        } else if (argv[i][0] == '-' || scenario_path) {
            fprintf(stderr, _("unhooked batch: unexpected argument '%s'\n"), argv[i]);
            fputs(_(BATCH_USAGE), stderr);
            return 2;
        } else {
            scenario_path = argv[i];
        }
    }
    if (!scenario_path || !answers_path == !random || (out_path && !random)) {
        fputs(_(BATCH_USAGE), stderr);
        return 2;
    }

    uh_config cfg;
    uh_error err;
    char buf[1400];
    if (uh_cli_load_config("batch", config_path, &cfg))
        return 2;
    answers *sets = NULL;
    int *lines = NULL;
    size_t nsets = 0;
    FILE *out = NULL;
    int status = 2;
    uh_problems problems = {0};
    uh_scenario *sc = NULL;
    uh_player *player = NULL;
    if (answers_path && read_answer_sets(answers_path, &sets, &lines, &nsets))
        goto done;
    if (out_path && !(out = fopen(out_path, "w"))) {
        fprintf(stderr, "unhooked batch: %s: %s\n", out_path, strerror(errno));
        goto done;
    }
    size_t plays = random ? nrandom : nsets;
    status = 1;
    sc = uh_scenario_load(scenario_path, &cfg, (uint32_t)seed, &problems);
    if (sc->ok)
        player = uh_player_new(sc, &cfg, (uint32_t)seed, &err);
    if (!player) {
        /* As `run` does for each answers file: the problems, and a result
         * that says the scenario did not start. */
        for (size_t i = 0; i < problems.count; i++)
            fprintf(stderr, "%s\n", uh_error_format(&problems.items[i], buf, sizeof buf));
        const char *msg = !sc->ok ? (problems.count ? uh_error_format(&problems.items[0], buf, sizeof buf)
                                                    : "the scenario does not load")
                                  : uh_error_format(&err, buf, sizeof buf);
        if (sc->ok)
            fprintf(stderr, "%s\n", msg);
        for (size_t i = 0; i < plays; i++)
            print_failure(sc->id, msg);
        goto done;
    }
    char where[1100];
    for (size_t i = 0; i < nsets; i++) {
        snprintf(where, sizeof where, "%s:%d", answers_path, lines[i]);
        if (check_answers(&sets[i], where, &cfg, sc)) {
            status = 2;
            goto done;
        }
    }
    status = 0;
    uint64_t rng = seed;
    for (size_t i = 0; i < plays; i++) {
        uh_run *run = uh_player_start(player, &err);
        if (!run) {
            fprintf(stderr, "%s\n", uh_error_format(&err, buf, sizeof buf));
            print_failure(sc->id, buf);
            status = 1;
            continue;
        }
        if (random) {
            answers a = {0};
            random_play(run, &cfg, &rng, &a);
            if (uh_run_state_of(run) == UH_RUN_FAILED)
                fprintf(stderr, "%s\n", uh_error_format(uh_run_error(run), buf, sizeof buf));
            else if (uh_run_state_of(run) != UH_RUN_ENDED)
                fprintf(stderr, _("unhooked batch: play %zu: no ending after %d choices\n"), i + 1,
                        RANDOM_STEPS);
            if (uh_run_state_of(run) != UH_RUN_ENDED)
                status = 1;
            if (out)
                write_answers(out, &a);
            answers_free(&a);
        } else {
            snprintf(where, sizeof where, "%s:%d", answers_path, lines[i]);
            if (play(run, &sets[i], where))
                status = 1;
        }
        uh_result *r = uh_run_result(run);
        char *json = uh_result_to_string(r, false);
        fputs(json, stdout);
        putchar('\n');
        free(json);
        uh_result_free(r);
        uh_run_free(run);
    }
    if (getenv("UNHOOKED_BATCH_STATS")) {
        size_t reused, restarted, fresh;
        uh_player_counts(player, &reused, &restarted, &fresh);
        fprintf(stderr, _("unhooked batch: %zu runs shared the functions, %zu ran the file again, "
                "%zu loaded it afresh\n"), reused, restarted, fresh);
    }
done:
    /* A standard output that could not be written is said by main. */
    if (out && fclose(out) != 0) {
        fprintf(stderr, "unhooked batch: %s: %s\n", out_path, strerror(errno));
        status = status ? status : 1;
    }
    uh_player_free(player);
    uh_scenario_free(sc);
    uh_problems_free(&problems);
    for (size_t i = 0; i < nsets; i++)
        answers_free(&sets[i]);
    free(sets);
    free(lines);
    uh_config_free(&cfg);
    return status;
}
