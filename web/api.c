/* SPDX-License-Identifier: Apache-2.0 */
/* api.c — the core's C API for the web player (compiled to WebAssembly by
 * tools/web.sh; see docs/web.md).
 *
 * A thin layer over the session module (engine/session/): the same
 * session, report form, replay and debrief the kiosk and `unhooked run`
 * use, so the same answers give the same result JSON byte for byte and the
 * debrief says the same words. One page plays one scenario at a time, so
 * the API keeps one configuration and one session as module state, and
 * JavaScript drives it with text in and text out. Every string returned is
 * owned here and stays valid until the next call that returns a string;
 * JavaScript copies it out at once (UTF8ToString). */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "../engine/core/catalog.h"
#include "../engine/core/config.h"
#include "../engine/core/i18n.h"
#include "../engine/core/result.h"
#include "../engine/core/run.h"
#include "../engine/core/scenario.h"
#include "../engine/core/util.h"
#include "../engine/session/debrief.h"
#include "../engine/session/form.h"
#include "../engine/session/replay.h"
#include "../engine/session/session.h"

#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>
#define UH_WEB_API EMSCRIPTEN_KEEPALIVE
#else
#define UH_WEB_API
#endif

static uh_config cfg;
static bool cfg_ready;
static uh_scenario *scenario;  /* the scenario being played */
static uh_session *session;
static char *failure;          /* why the scenario did not load, formatted */
static char *out;              /* the last string handed out */
static char errbuf[1400];

static const char *hand_out(char *s)
{
    free(out);
    out = s;
    return s ? s : "";
}

static const char *hand_json(cJSON *o)
{
    char *s = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    return hand_out(s);
}

static void fail(const uh_error *e)
{
    uh_error_format(e, errbuf, sizeof errbuf);
}

static void ensure_config(void)
{
    if (!cfg_ready) {
        uh_config_defaults(&cfg);
        cfg_ready = true;
    }
}

static void add_str(cJSON *o, const char *k, const char *v)
{
    cJSON_AddItemToObject(o, k, v ? cJSON_CreateString(v) : cJSON_CreateNull());
}

/* Switches the core's words (the debrief, the report form, errors) to
 * the language with this code ("en", "de"; "de-DE" reads as "de"); an
 * unknown code means English. A session started afterwards records it.
 * Returns the BCP 47 tag of the language now in use ("de-DE"). */
UH_WEB_API const char *uh_web_language(const char *code)
{
    return uh_i18n_set_language(code)->tag;
}

/* The reason for the last -1 (or refusal), or "". */
UH_WEB_API const char *uh_web_error(void) { return errbuf; }

/* Ends the current run (if any) and frees it. */
UH_WEB_API void uh_web_end(void)
{
    uh_session_free(session);
    session = NULL;
    uh_scenario_free(scenario);
    scenario = NULL;
    free(failure);
    failure = NULL;
}

/* Loads the configuration from JSON text (NULL or "" for the embedded
 * defaults); name is used in messages. Ends any run. Returns 0, or -1 with
 * the defaults kept and uh_web_error naming the key. */
UH_WEB_API int uh_web_config(const char *json, const char *name)
{
    uh_web_end();
    if (cfg_ready)
        uh_config_free(&cfg);
    cfg_ready = true;
    errbuf[0] = '\0';
    if (!json || !*json) {
        uh_config_defaults(&cfg);
        return 0;
    }
    uh_error err;
    if (uh_config_load_text(&cfg, json, name && *name ? name : "config.json", &err)) {
        fail(&err);
        return -1;
    }
    return 0;
}

/* Loads the scenario text into `scenario`; -1 with errbuf and `failure`. */
static int load(const char *name, const char *source, uint32_t seed)
{
    uh_web_end();
    ensure_config();
    errbuf[0] = '\0';
    uh_problems problems = {0};
    scenario = uh_scenario_load_text(name, source, strlen(source), &cfg, seed, &problems);
    int rc = 0;
    if (!scenario->ok) {
        if (problems.count)
            fail(&problems.items[0]);
        else
            snprintf(errbuf, sizeof errbuf, "%s", _("the scenario does not load"));
        failure = uh_xstrdup(errbuf);
        rc = -1;
    }
    uh_problems_free(&problems);
    return rc;
}

/* Loads a scenario from its source text (name: the path used in messages
 * and results, e.g. "scenarios/paid-paper.lua") and starts a session run
 * seeded with seed. Returns 0 when a run exists (its state may be
 * "failed"); -1 when the scenario does not load or start, with
 * uh_web_error giving the first problem. */
UH_WEB_API int uh_web_start(const char *name, const char *source, uint32_t seed)
{
    if (load(name, source, seed))
        return -1;
    session = uh_session_new(&cfg);
    uh_error err;
    if (uh_session_start(session, scenario, seed, &err)) {
        fail(&err);
        failure = uh_xstrdup(errbuf);
        uh_session_free(session);
        session = NULL;
        return -1;
    }
    return 0;
}

/* Parses answers in the form of SPEC §5's answers file ({"choices",
 * "flags", "report": {"to", "facts", "how"}}); -1 with errbuf when the
 * JSON or a type is wrong. */
static int parse_answers(const char *json, uh_answers *a)
{
    *a = (uh_answers){0};
    cJSON *root = cJSON_Parse(json ? json : "");
    int rc = -1;
    if (!cJSON_IsObject(root)) {
        snprintf(errbuf, sizeof errbuf, "the answers must be a JSON object");
        goto done;
    }
    for (const cJSON *it = root->child; it; it = it->next)
        if (strcmp(it->string, "choices") && strcmp(it->string, "flags") && strcmp(it->string, "report")) {
            snprintf(errbuf, sizeof errbuf, "unknown key \"%s\" (choices, flags, report)", it->string);
            goto done;
        }
    const cJSON *ch = cJSON_GetObjectItemCaseSensitive(root, "choices"), *it;
    if (!cJSON_IsArray(ch)) {
        snprintf(errbuf, sizeof errbuf, "\"choices\" must be a list of 1-based positions");
        goto done;
    }
    a->choices = uh_xcalloc((size_t)cJSON_GetArraySize(ch) + 1, sizeof *a->choices);
    cJSON_ArrayForEach(it, ch) {
        if (!cJSON_IsNumber(it) || it->valuedouble != (double)(int)it->valuedouble) {
            snprintf(errbuf, sizeof errbuf, "\"choices\" must hold whole numbers");
            goto done;
        }
        a->choices[a->nchoices++] = (int)it->valuedouble;
    }
    const cJSON *fl = cJSON_GetObjectItemCaseSensitive(root, "flags");
    if (fl && !cJSON_IsNull(fl)) {
        if (!cJSON_IsArray(fl))
            goto bad_list;
        cJSON_ArrayForEach(it, fl) {
            if (!cJSON_IsString(it))
                goto bad_list;
            uh_strv_push(&a->marks, it->valuestring);
        }
    }
    const cJSON *rep = cJSON_GetObjectItemCaseSensitive(root, "report");
    if (rep && !cJSON_IsNull(rep)) {
        if (!cJSON_IsObject(rep)) {
            snprintf(errbuf, sizeof errbuf, "\"report\" must be an object {to, facts, how}");
            goto done;
        }
        a->has_report = true;
        const cJSON *to = cJSON_GetObjectItemCaseSensitive(rep, "to");
        const cJSON *how = cJSON_GetObjectItemCaseSensitive(rep, "how");
        const cJSON *facts = cJSON_GetObjectItemCaseSensitive(rep, "facts");
        if ((to && !cJSON_IsNull(to) && !cJSON_IsString(to)) || (how && !cJSON_IsNull(how) && !cJSON_IsString(how))) {
            snprintf(errbuf, sizeof errbuf, "\"report.to\" and \"report.how\" must be strings or null");
            goto done;
        }
        a->to = cJSON_IsString(to) ? uh_xstrdup(to->valuestring) : NULL;
        a->how = cJSON_IsString(how) ? uh_xstrdup(how->valuestring) : NULL;
        if (facts && !cJSON_IsNull(facts)) {
            if (!cJSON_IsArray(facts))
                goto bad_list;
            cJSON_ArrayForEach(it, facts) {
                if (!cJSON_IsString(it))
                    goto bad_list;
                uh_strv_push(&a->facts, it->valuestring);
            }
        }
    }
    rc = 0;
    goto done;
bad_list:
    snprintf(errbuf, sizeof errbuf, "\"flags\" and \"report.facts\" must be lists of strings");
done:
    cJSON_Delete(root);
    if (rc)
        uh_answers_free(a);
    return rc;
}

/* Starts a run and replays saved answers into it (resuming a trainee's
 * progress, as uh_web_progress gave it): a report form saved unsent is
 * left open. Returns 0 when a run exists, -1 as uh_web_start. */
UH_WEB_API int uh_web_resume(const char *name, const char *source, uint32_t seed, const char *answers)
{
    uh_answers a;
    if (parse_answers(answers, &a))
        return -1;
    if (load(name, source, seed)) {
        uh_answers_free(&a);
        return -1;
    }
    session = uh_session_new(&cfg);
    uh_error err;
    uh_replay_status st = uh_session_resume(session, scenario, seed, &a, &err);
    uh_answers_free(&a);
    if (st == UH_REPLAY_FAILED && uh_session_state_of(session) == UH_SESSION_IDLE) {
        fail(&err);
        uh_session_free(session);
        session = NULL;
        return -1;
    }
    return 0;
}

/* Plays answers exactly as `unhooked run SCENARIO --answers FILE --seed N`
 * does (the same replay loop, the same refusals) and returns the line it
 * prints: the result, or the failure object when the scenario does not
 * load. Returns "" when `unhooked run` refuses the answers (exit 2), with
 * uh_web_error saying why. Leaves no run behind. */
UH_WEB_API const char *uh_web_answers(const char *name, const char *source, uint32_t seed, const char *answers)
{
    uh_answers a;
    if (parse_answers(answers, &a))
        return hand_out(NULL);
    if (load(name, source, seed)) {
        uh_answers_free(&a);
        cJSON *o = cJSON_CreateObject();
        add_str(o, "scenario", scenario && scenario->id ? scenario->id : NULL);
        cJSON_AddBoolToObject(o, "completed", false);
        add_str(o, "error", failure);
        uh_web_end();
        return hand_json(o);
    }
    bool refused = true;
    if (a.has_report && a.to && !uh_config_find_to(&cfg, a.to))
        snprintf(errbuf, sizeof errbuf, "unknown report.to '%s'", a.to);
    else if (a.has_report && a.how && !uh_config_find_how(&cfg, a.how))
        snprintf(errbuf, sizeof errbuf, "unknown report.how '%s'", a.how);
    else
        refused = false;
    for (size_t i = 0; !refused && i < a.facts.n; i++)
        if (!uh_scenario_find_fact(scenario, a.facts.v[i])) {
            snprintf(errbuf, sizeof errbuf, "scenario '%s' has no fact '%s'", scenario->id, a.facts.v[i]);
            refused = true;
        }
    char *line = NULL;
    if (!refused) {
        uh_error err;
        uh_run *run = uh_run_new(scenario, &cfg, seed, &err);
        if (run) {
            uh_replay(run, &a, false, NULL);
            uh_result *r = uh_run_result(run);
            line = uh_result_to_string(r, false);
            uh_result_free(r);
            uh_run_free(run);
        } else {
            fail(&err);
            cJSON *o = cJSON_CreateObject();
            add_str(o, "scenario", scenario->id);
            cJSON_AddBoolToObject(o, "completed", false);
            add_str(o, "error", errbuf);
            line = cJSON_PrintUnformatted(o);
            cJSON_Delete(o);
        }
    }
    uh_answers_free(&a);
    uh_web_end();
    return hand_out(line ? line : uh_xstrdup(""));
}

static const char *state_name(uh_session_state s)
{
    switch (s) {
    case UH_SESSION_SCENE: return "scene";
    case UH_SESSION_REPORT: return "report";
    case UH_SESSION_ENDED: return "ended";
    case UH_SESSION_FAILED: return "failed";
    default: return "none";
    }
}

static uint32_t fnv(const char *s)
{
    uint32_t h = 2166136261u;
    for (; s && *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

typedef struct mark_ref {
    const uh_mark *m;
    uint32_t key;
} mark_ref;

static int by_key(const void *a, const void *b)
{
    uint32_t x = ((const mark_ref *)a)->key, y = ((const mark_ref *)b)->key;
    return x < y ? -1 : x > y;
}

/* The scene's flags and innocent details in the kiosk's stable shuffled
 * order (a hash of scene and detail ids), so flags are not always first. */
static cJSON *scene_marks(const uh_scene *s)
{
    size_t n = s->nflags + s->ninnocent;
    mark_ref *m = uh_xcalloc(n ? n : 1, sizeof *m);
    for (size_t i = 0; i < s->nflags; i++)
        m[i].m = &s->flags[i];
    for (size_t i = 0; i < s->ninnocent; i++)
        m[s->nflags + i].m = &s->innocent[i];
    for (size_t i = 0; i < n; i++)
        m[i].key = fnv(m[i].m->id) * 31u ^ fnv(s->id);
    qsort(m, n, sizeof *m, by_key);
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; i < n; i++) {
        cJSON *o = cJSON_CreateObject();
        add_str(o, "id", m[i].m->id);
        add_str(o, "text", m[i].m->text);
        cJSON_AddBoolToObject(o, "marked", uh_session_is_marked(session, m[i].m->id));
        cJSON_AddItemToArray(a, o);
    }
    free(m);
    return a;
}

static cJSON *scene_json(const uh_scene *s, const char *text)
{
    cJSON *o = cJSON_CreateObject();
    add_str(o, "id", s->id);
    add_str(o, "channel", uh_channels[s->channel].id);
    add_str(o, "channel_name", _(uh_channels[s->channel].text));
    if (s->has_from) {
        cJSON *f = cJSON_AddObjectToObject(o, "from");
        add_str(f, "name", s->from_name);
        add_str(f, "role", s->from_role);
        add_str(f, "org", s->from_org);
        add_str(f, "avatar", s->from_avatar);
    }
    add_str(o, "text", text);
    add_str(o, "ending", s->ending);
    return o;
}

/* The open report form (session module): its step, the step's options with
 * their ids, what is still missing, the refusal sentence, the contact. */
static cJSON *form_json(uh_form *f)
{
    static const char *const steps[] = {"to", "facts", "how"};
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "step", (double)f->step + 1);
    add_str(o, "name", steps[f->step]);
    cJSON *opts = cJSON_AddArrayToObject(o, "options");
    for (size_t i = 0; i < uh_form_noptions(f); i++) {
        cJSON *e = cJSON_CreateObject();
        const char *id = f->step == UH_FORM_TO      ? f->cfg->to[i].id
                         : f->step == UH_FORM_FACTS ? f->sc->facts[f->facts[i]].id
                                                    : f->cfg->how[i].id;
        add_str(e, "id", id);
        add_str(e, "label", uh_form_label(f, i));
        cJSON_AddBoolToObject(e, "on", uh_form_on(f, i));
        cJSON_AddItemToArray(opts, e);
    }
    unsigned needs = uh_form_needs(f);
    cJSON_AddBoolToObject(o, "needs_to", needs & UH_FORM_NEEDS_TO);
    cJSON_AddBoolToObject(o, "needs_how", needs & UH_FORM_NEEDS_HOW);
    add_str(o, "refusal", uh_form_refusal(f));
    cJSON *c = cJSON_AddObjectToObject(o, "contact");
    add_str(c, "team", uh_i18n_word(cfg.security_team));  /* the default comes translated */
    add_str(c, "phone", cfg.security_phone);
    add_str(c, "email", cfg.security_email);
    return o;
}

/* The scenario's display fields, for the intro and the header. */
static cJSON *scenario_json(const uh_scenario *sc)
{
    cJSON *o = cJSON_CreateObject();
    add_str(o, "id", sc->id);
    add_str(o, "title", sc->title);
    add_str(o, "tactic", sc->tactic);
    const uh_catalog_entry *t = uh_catalog_find(uh_tactics, sc->tactic);
    add_str(o, "tactic_name", t ? _(t->text) : NULL);
    add_str(o, "summary", sc->summary);
    cJSON_AddNumberToObject(o, "minutes", sc->minutes);
    add_str(o, "hash", sc->hash);
    return o;
}

/* The current view as JSON:
 *   {"state": "scene"|"report"|"ended"|"failed"|"none",
 *    "scenario": {...}, "scene": {id, channel, channel_name, from?, text, ending},
 *    "choices": [{"label", "report"}], "marks": [{"id", "text", "marked"}],
 *    "hook", "reported", "pass_mark", "decisions",
 *    "form"? (state "report": {step, name, options [{id, label, on}], needs_to,
 *             needs_how, refusal, contact}),
 *    "error"? (state "failed")} */
UH_WEB_API const char *uh_web_view(void)
{
    cJSON *o = cJSON_CreateObject();
    const uh_run *run = session ? uh_session_run(session) : NULL;
    if (!run) {
        add_str(o, "state", "none");
        if (failure)
            add_str(o, "error", failure);
        return hand_json(o);
    }
    uh_session_state st = uh_session_state_of(session);
    add_str(o, "state", state_name(st));
    cJSON_AddItemToObject(o, "scenario", scenario_json(uh_run_scenario(run)));
    const uh_scene *s = uh_run_scene(run);
    if (s) {
        cJSON_AddItemToObject(o, "scene", scene_json(s, uh_run_text(run)));
        cJSON_AddItemToObject(o, "marks", scene_marks(s));
    }
    cJSON *ch = cJSON_AddArrayToObject(o, "choices");
    if (st == UH_SESSION_SCENE)
        for (size_t i = 0; i < uh_run_nchoices(run); i++) {
            cJSON *c = cJSON_CreateObject();
            add_str(c, "label", uh_run_choice_label(run, i));
            cJSON_AddBoolToObject(c, "report", uh_run_choice_is_report(run, i));
            cJSON_AddItemToArray(ch, c);
        }
    cJSON_AddNumberToObject(o, "hook", uh_run_hook(run));
    cJSON_AddBoolToObject(o, "reported", uh_run_reported(run));
    cJSON_AddNumberToObject(o, "pass_mark", cfg.scoring.pass_mark);
    size_t nd;
    uh_session_decisions(session, &nd);
    cJSON_AddNumberToObject(o, "decisions", (double)nd);
    uh_form *f = uh_session_form(session);
    if (st == UH_SESSION_REPORT && f)
        cJSON_AddItemToObject(o, "form", form_json(f));
    if (st == UH_SESSION_FAILED) {
        char buf[1400];
        add_str(o, "error", uh_error_format(uh_session_error(session), buf, sizeof buf));
    }
    return hand_json(o);
}

/* Chooses the i-th shown choice (0-based). 0, or -1 with uh_web_error
 * (out of range or no choice now: nothing changes; script failure: state
 * "failed"). */
UH_WEB_API int uh_web_choose(int i)
{
    errbuf[0] = '\0';
    if (!session) {
        snprintf(errbuf, sizeof errbuf, "%s", _("no scenario is being played"));
        return -1;
    }
    uh_error err;
    if (i < 0) {
        snprintf(errbuf, sizeof errbuf, _("choice %d is out of range"), i);
        return -1;
    }
    if (uh_session_choose(session, (size_t)i, &err)) {
        fail(&err);
        return -1;
    }
    return 0;
}

/* Marks (on != 0) or unmarks a red flag or innocent detail by id. */
UH_WEB_API void uh_web_mark(const char *id, int on)
{
    if (session && id)
        uh_session_mark(session, id, on != 0);
}

/* Picks option i of the form's current step (a recipient or handling is
 * chosen, a fact ticked or unticked). -1 when no form is open. */
UH_WEB_API int uh_web_form_pick(int i)
{
    uh_form *f = session ? uh_session_form(session) : NULL;
    if (!f || i < 0)
        return -1;
    uh_form_pick(f, (size_t)i);
    return 0;
}

/* Next (or Send on the last step): 0 moved to the next step, 1 the report
 * was sent (the story goes on), -1 refused: uh_web_error says what is
 * missing (the window's rule: a recipient and a handling). */
UH_WEB_API int uh_web_form_next(void)
{
    errbuf[0] = '\0';
    uh_form *f = session ? uh_session_form(session) : NULL;
    if (!f) {
        snprintf(errbuf, sizeof errbuf, "%s", _("no report form is open"));
        return -1;
    }
    int rc = uh_form_next(f);
    if (rc < 0) {
        snprintf(errbuf, sizeof errbuf, "%s", uh_form_refusal(f));
        return -1;
    }
    if (rc == 0)
        return 0;
    uh_error err;
    if (uh_session_send_report(session, &err)) {
        fail(&err);
        return -1;
    }
    return 1;
}

/* Back one step of the form; -1 on the first step or with no form. */
UH_WEB_API int uh_web_form_back(void)
{
    uh_form *f = session ? uh_session_form(session) : NULL;
    return f ? uh_form_back(f) : -1;
}

/* The answers that lead back to this point of the run (for saving
 * progress), in the answers file's form: {"choices", "flags", "report"}. */
UH_WEB_API const char *uh_web_progress(void)
{
    uh_answers a = {0};
    if (session)
        uh_session_answers(session, &a);
    cJSON *o = cJSON_CreateObject();
    cJSON *ch = cJSON_AddArrayToObject(o, "choices");
    for (size_t i = 0; i < a.nchoices; i++)
        cJSON_AddItemToArray(ch, cJSON_CreateNumber(a.choices[i]));
    cJSON *fl = cJSON_AddArrayToObject(o, "flags");
    for (size_t i = 0; i < a.marks.n; i++)
        cJSON_AddItemToArray(fl, cJSON_CreateString(a.marks.v[i]));
    if (a.has_report) {
        cJSON *r = cJSON_AddObjectToObject(o, "report");
        add_str(r, "to", a.to);
        cJSON *facts = cJSON_AddArrayToObject(r, "facts");
        for (size_t i = 0; i < a.facts.n; i++)
            cJSON_AddItemToArray(facts, cJSON_CreateString(a.facts.v[i]));
        add_str(r, "how", a.how);
    } else {
        cJSON_AddNullToObject(o, "report");
    }
    uh_answers_free(&a);
    return hand_json(o);
}

/* The result as `unhooked run` prints it (one line, no newline). */
UH_WEB_API const char *uh_web_result(void)
{
    uh_result *r = session ? uh_session_result_now(session) : NULL;
    if (!r) {
        cJSON *o = cJSON_CreateObject();
        add_str(o, "scenario", scenario && scenario->id ? scenario->id : NULL);
        cJSON_AddBoolToObject(o, "completed", false);
        add_str(o, "error", failure ? failure : _("no scenario is being played"));
        return hand_json(o);
    }
    char *s = uh_result_to_string(r, false);
    uh_result_free(r);
    return hand_out(s);
}

static const char *mark_text(const uh_scenario *sc, const char *id)
{
    for (size_t i = 0; i < sc->nscenes; i++) {
        const uh_scene *s = &sc->scenes[i];
        for (size_t j = 0; j < s->nflags; j++)
            if (strcmp(s->flags[j].id, id) == 0)
                return s->flags[j].text;
        for (size_t j = 0; j < s->ninnocent; j++)
            if (strcmp(s->innocent[j].id, id) == 0)
                return s->innocent[j].text;
    }
    return id;
}

static void add_marks(cJSON *list, const uh_scenario *sc, const uh_strv *ids, const char *kind,
                      const char *tag)
{
    for (size_t i = 0; i < ids->n; i++) {
        cJSON *o = cJSON_CreateObject();
        add_str(o, "kind", kind);
        add_str(o, "tag", tag);
        add_str(o, "text", mark_text(sc, ids->v[i]));
        cJSON_AddItemToArray(list, o);
    }
}

static int pct(double v)
{
    int p = (int)(v * 100 + 0.5);
    return p < 0 ? 0 : p > 100 ? 100 : p;
}

/* The debrief as data: the session module's debrief (uh_debrief_to_json:
 * headline, lead, hints, the replayed path, the report line by line, the
 * takeaway, the path not taken, the contact) and beside it the score and
 * its three parts, the warning signs with their words, the advice and the
 * real case. "null" before the run has ended. */
UH_WEB_API const char *uh_web_debrief(void)
{
    const uh_result *r = session ? uh_session_result(session) : NULL;
    if (!r)
        return hand_out(uh_xstrdup("null"));
    const uh_run *run = uh_session_run(session);
    const uh_scenario *sc = uh_run_scenario(run);
    uh_debrief *d = uh_debrief_build(scenario, &cfg, r);
    if (!d)
        return hand_out(uh_xstrdup("null"));
    cJSON *o = uh_debrief_to_json(d);
    cJSON_AddNumberToObject(o, "score", (int)(r->score.score + 0.5));
    cJSON_AddBoolToObject(o, "passed", r->score.passed);
    add_str(o, "verdict", r->score.passed ? _("Passed") : _("Not passed yet"));
    cJSON *parts = cJSON_AddArrayToObject(o, "parts");
    const struct { const char *name; double v; const char *hint; } p[3] = {
        {_("Timing"), r->score.timing, d->timing_hint},
        {_("Report quality"), r->score.quality, d->quality_hint},
        {_("Spotting"), r->score.spotting, d->spotting_hint},
    };
    for (int i = 0; i < 3; i++) {
        cJSON *e = cJSON_CreateObject();
        add_str(e, "name", p[i].name);
        cJSON_AddNumberToObject(e, "percent", pct(p[i].v));
        add_str(e, "hint", p[i].hint);
        cJSON_AddItemToArray(parts, e);
    }
    const uh_scene *last = uh_run_scene(run);
    if (last)
        cJSON_AddItemToObject(o, "ending_scene", scene_json(last, uh_run_text(run)));
    cJSON *signs = cJSON_AddArrayToObject(o, "signs");
    add_marks(signs, sc, &r->spotted_ids, "spotted", _("You spotted this"));
    add_marks(signs, sc, &r->missed_ids, "missed", _("Worth noticing next time"));
    add_marks(signs, sc, &r->false_alarm_ids, "false_alarm", _("You marked this, but it is ordinary"));
    if (cJSON_GetArraySize(signs) == 0)
        add_str(o, "no_signs", _("The scenes you saw had no warning signs to mark."));
    cJSON *adv = cJSON_AddArrayToObject(o, "advice");
    for (size_t i = 0; i < sc->nteaches; i++) {
        const uh_catalog_entry *m = uh_catalog_find(uh_mitigations, sc->teaches[i]);
        if (m)
            cJSON_AddItemToArray(adv, cJSON_CreateString(_(m->text)));
    }
    add_str(o, "real_case", sc->debrief);
    uh_debrief_free(d);
    return hand_json(o);
}

/* Validates a scenario without playing it: {"ok", "scenario"?, "problems": [...]}. */
UH_WEB_API const char *uh_web_check(const char *name, const char *source)
{
    ensure_config();
    uh_problems problems = {0};
    uh_scenario *sc = uh_scenario_load_text(name, source, strlen(source), &cfg, 1, &problems);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddBoolToObject(o, "ok", sc->ok);
    if (sc->ok)
        cJSON_AddItemToObject(o, "scenario", scenario_json(sc));
    cJSON *pl = cJSON_AddArrayToObject(o, "problems");
    for (size_t i = 0; i < problems.count; i++) {
        char buf[1400];
        cJSON_AddItemToArray(pl, cJSON_CreateString(uh_error_format(&problems.items[i], buf, sizeof buf)));
    }
    uh_problems_free(&problems);
    uh_scenario_free(sc);
    return hand_json(o);
}
