/* api.c — the core's C API for the web player (compiled to WebAssembly by
 * tools/web.sh; see docs/web.md).
 *
 * One page plays one scenario at a time, so the API keeps one
 * configuration and one run as module state; JavaScript drives it through
 * a handful of functions that take and give text. Every string returned
 * is owned here and stays valid until the next call that returns a string;
 * JavaScript copies it out at once (UTF8ToString).
 *
 * The run is the same state machine the kiosk and `unhooked run` drive
 * (engine/core/run.h), so the same answers give the same result JSON,
 * byte for byte. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "../engine/core/catalog.h"
#include "../engine/core/config.h"
#include "../engine/core/result.h"
#include "../engine/core/run.h"
#include "../engine/core/scenario.h"
#include "../engine/core/util.h"

#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>
#define UH_WEB_API EMSCRIPTEN_KEEPALIVE
#else
#define UH_WEB_API
#endif

static uh_config cfg;
static bool cfg_ready;
static uh_scenario *scenario;
static uh_run *run;
static char *failure;   /* why the scenario did not load, formatted */
static uh_strv picked;  /* the label of every choice made, in order */
static char *out;       /* the last string handed out */
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

/* The reason for the last -1, or "". */
UH_WEB_API const char *uh_web_error(void) { return errbuf; }

/* Ends the current run (if any) and frees it. */
UH_WEB_API void uh_web_end(void)
{
    uh_run_free(run);
    run = NULL;
    uh_scenario_free(scenario);
    scenario = NULL;
    free(failure);
    failure = NULL;
    uh_strv_free(&picked);
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

/* Loads a scenario from its source text (name: the path used in messages
 * and results, e.g. "scenarios/paid-paper.lua") and starts a run seeded
 * with seed. Returns 0 when a run exists (its state may be "failed"); -1
 * when the scenario does not load at all, with uh_web_error giving the
 * first problem and uh_web_result the failure object `unhooked run`
 * prints. */
UH_WEB_API int uh_web_start(const char *name, const char *source, uint32_t seed)
{
    uh_web_end();
    ensure_config();
    errbuf[0] = '\0';
    uh_problems problems = {0};
    scenario = uh_scenario_load_text(name, source, strlen(source), &cfg, seed, &problems);
    if (!scenario->ok) {
        if (problems.count)
            fail(&problems.items[0]);
        else
            snprintf(errbuf, sizeof errbuf, "the scenario does not load");
        failure = uh_xstrdup(errbuf);
        uh_problems_free(&problems);
        return -1;
    }
    uh_problems_free(&problems);
    uh_error err;
    run = uh_run_new(scenario, &cfg, seed, &err);
    if (!run) {
        fail(&err);
        failure = uh_xstrdup(errbuf);
        return -1;
    }
    return 0;
}

static const char *state_name(uh_run_state s)
{
    switch (s) {
    case UH_RUN_SCENE: return "scene";
    case UH_RUN_REPORT: return "report";
    case UH_RUN_ENDED: return "ended";
    case UH_RUN_FAILED: return "failed";
    }
    return "failed";
}

static void add_str(cJSON *o, const char *k, const char *v)
{
    cJSON_AddItemToObject(o, k, v ? cJSON_CreateString(v) : cJSON_CreateNull());
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
        cJSON_AddBoolToObject(o, "marked", uh_run_is_marked(run, m[i].m->id));
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
    add_str(o, "channel_name", uh_channels[s->channel].text);
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

/* The report form's options: where to, how, and the scenario's facts. */
static cJSON *form_json(void)
{
    const uh_scenario *sc = uh_run_scenario(run);
    cJSON *o = cJSON_CreateObject();
    cJSON *to = cJSON_AddArrayToObject(o, "to");
    for (size_t i = 0; i < cfg.nto; i++) {
        cJSON *e = cJSON_CreateObject();
        add_str(e, "id", cfg.to[i].id);
        add_str(e, "label", cfg.to[i].label);
        cJSON_AddItemToArray(to, e);
    }
    cJSON *facts = cJSON_AddArrayToObject(o, "facts");
    for (size_t i = 0; i < sc->nfacts; i++) {
        if (!uh_run_fact_offered(run, sc->facts[i].id))
            continue;  /* its `when` did not hold when the report was filed */
        cJSON *e = cJSON_CreateObject();
        add_str(e, "id", sc->facts[i].id);
        add_str(e, "text", sc->facts[i].text);
        cJSON_AddItemToArray(facts, e);
    }
    cJSON *how = cJSON_AddArrayToObject(o, "how");
    for (size_t i = 0; i < cfg.nhow; i++) {
        cJSON *e = cJSON_CreateObject();
        add_str(e, "id", cfg.how[i].id);
        add_str(e, "label", cfg.how[i].label);
        cJSON_AddItemToArray(how, e);
    }
    cJSON *c = cJSON_AddObjectToObject(o, "contact");
    add_str(c, "team", cfg.security_team);
    add_str(c, "phone", cfg.security_phone);
    add_str(c, "email", cfg.security_email);
    return o;
}

/* The scenario's display fields, for the menu and the header. */
static cJSON *scenario_json(const uh_scenario *sc)
{
    cJSON *o = cJSON_CreateObject();
    add_str(o, "id", sc->id);
    add_str(o, "title", sc->title);
    add_str(o, "tactic", sc->tactic);
    const uh_catalog_entry *t = uh_catalog_find(uh_tactics, sc->tactic);
    add_str(o, "tactic_name", t ? t->text : NULL);
    add_str(o, "summary", sc->summary);
    cJSON_AddNumberToObject(o, "minutes", sc->minutes);
    add_str(o, "hash", sc->hash);
    return o;
}

/* The current view as JSON:
 *   {"state": "scene"|"report"|"ended"|"failed"|"none",
 *    "scenario": {...}, "scene": {id, channel, channel_name, from?, text, ending},
 *    "choices": [{"label", "report"}], "marks": [{"id", "text", "marked"}],
 *    "hook", "reported", "pass_mark", "form"? (state "report": {to, facts, how, contact}),
 *    "error"? (state "failed")} */
UH_WEB_API const char *uh_web_view(void)
{
    cJSON *o = cJSON_CreateObject();
    if (!run) {
        add_str(o, "state", "none");
        if (failure)
            add_str(o, "error", failure);
        return hand_json(o);
    }
    uh_run_state st = uh_run_state_of(run);
    add_str(o, "state", state_name(st));
    cJSON_AddItemToObject(o, "scenario", scenario_json(uh_run_scenario(run)));
    const uh_scene *s = uh_run_scene(run);
    if (s) {
        cJSON_AddItemToObject(o, "scene", scene_json(s, uh_run_text(run)));
        cJSON_AddItemToObject(o, "marks", scene_marks(s));
    }
    cJSON *ch = cJSON_AddArrayToObject(o, "choices");
    if (st == UH_RUN_SCENE)
        for (size_t i = 0; i < uh_run_nchoices(run); i++) {
            cJSON *c = cJSON_CreateObject();
            add_str(c, "label", uh_run_choice_label(run, i));
            cJSON_AddBoolToObject(c, "report", uh_run_choice_is_report(run, i));
            cJSON_AddItemToArray(ch, c);
        }
    cJSON_AddNumberToObject(o, "hook", uh_run_hook(run));
    cJSON_AddBoolToObject(o, "reported", uh_run_reported(run));
    cJSON_AddNumberToObject(o, "pass_mark", cfg.scoring.pass_mark);
    if (st == UH_RUN_REPORT)
        cJSON_AddItemToObject(o, "form", form_json());
    if (st == UH_RUN_FAILED) {
        char buf[1400];
        add_str(o, "error", uh_error_format(uh_run_error(run), buf, sizeof buf));
    }
    return hand_json(o);
}

/* Chooses the i-th shown choice (0-based). 0, or -1 with uh_web_error
 * (out of range: nothing changes; script failure: state "failed"). */
UH_WEB_API int uh_web_choose(int i)
{
    errbuf[0] = '\0';
    if (!run) {
        snprintf(errbuf, sizeof errbuf, "no scenario is being played");
        return -1;
    }
    uh_error err;
    const char *label = i >= 0 && (size_t)i < uh_run_nchoices(run) ? uh_run_choice_label(run, (size_t)i) : NULL;
    char *keep = uh_xstrdup(label);
    if (i < 0 || uh_run_choose(run, (size_t)i, &err)) {
        free(keep);
        if (i < 0)
            snprintf(errbuf, sizeof errbuf, "choice %d is out of range", i);
        else
            fail(&err);
        return -1;
    }
    uh_strv_push(&picked, keep ? keep : "");
    free(keep);
    return 0;
}

/* Marks (on != 0) or unmarks a red flag or innocent detail by id. */
UH_WEB_API void uh_web_mark(const char *id, int on)
{
    if (run && id)
        uh_run_mark(run, id, on != 0);
}

/* Sends the report form: to and how are option ids ("" or NULL: left
 * empty), facts_json a JSON list of fact ids. 0, or -1 with uh_web_error
 * (not in the form, unknown id, malformed list; nothing changes). */
UH_WEB_API int uh_web_report(const char *to, const char *facts_json, const char *how)
{
    errbuf[0] = '\0';
    if (!run) {
        snprintf(errbuf, sizeof errbuf, "no scenario is being played");
        return -1;
    }
    cJSON *facts = facts_json && *facts_json ? cJSON_Parse(facts_json) : cJSON_CreateArray();
    if (!cJSON_IsArray(facts)) {
        cJSON_Delete(facts);
        snprintf(errbuf, sizeof errbuf, "the facts must be a JSON list of fact ids");
        return -1;
    }
    int n = cJSON_GetArraySize(facts);
    const char **ids = uh_xcalloc((size_t)n + 1, sizeof *ids);
    int k = 0;
    const cJSON *it;
    cJSON_ArrayForEach(it, facts) {
        if (!cJSON_IsString(it)) {
            free(ids);
            cJSON_Delete(facts);
            snprintf(errbuf, sizeof errbuf, "the facts must be a JSON list of fact ids");
            return -1;
        }
        ids[k++] = it->valuestring;
    }
    uh_error err;
    int rc = uh_run_submit_report(run, to && *to ? to : NULL, ids, (size_t)k, how && *how ? how : NULL,
                                  &err);
    if (rc)
        fail(&err);
    free(ids);
    cJSON_Delete(facts);
    return rc;
}

/* The result as `unhooked run` prints it (one line, no newline): the run's
 * result, or the failure object when the scenario did not load. */
UH_WEB_API const char *uh_web_result(void)
{
    if (!run) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddItemToObject(o, "scenario",
                              scenario && scenario->id ? cJSON_CreateString(scenario->id) : cJSON_CreateNull());
        cJSON_AddBoolToObject(o, "completed", false);
        add_str(o, "error", failure ? failure : "no scenario is being played");
        return hand_json(o);
    }
    uh_result *r = uh_run_result(run);
    char *s = uh_result_to_string(r, false);
    uh_result_free(r);
    return hand_out(s);
}

/* ---------------------------------------------------------------------
 * The debrief as data. These are the kiosk's words (engine/ui/debrief.c);
 * they move to the session module with it, and then come from there.
 * ------------------------------------------------------------------- */

static const char *ending_title(const char *ending)
{
    static const struct { const char *id, *title; } t[] = {
        {"reported", "You reported the approach"},
        {"reported_late", "You reported it, later on"},
        {"cleared", "You asked security first"},
        {"walked_away", "You walked away"},
        {"compromised", "The hook was set"},
        {"hooked", "You were hooked"},
    };
    for (size_t i = 0; ending && i < sizeof t / sizeof *t; i++)
        if (strcmp(t[i].id, ending) == 0)
            return t[i].title;
    return "The story ends here";
}

static const char *debrief_lead(const uh_result *r)
{
    const char *e = r->ending ? r->ending : "";
    bool safe_end = strncmp(e, "reported", 8) == 0 || strncmp(e, "cleared", 7) == 0 ||
                    strncmp(e, "walked_away", 11) == 0;
    if (!r->reported)
        return "Nobody reported this approach. That happens to careful people too: these approaches are "
               "designed to feel harmless. Here is what to look out for next time.";
    if (strncmp(e, "cleared", 7) == 0)
        return "You asked security before taking part, which is exactly what the advice says.";
    if (!safe_end)
        return "You did go to security, and that counts for a lot. But the approach went on afterwards: "
               "once security knows, tell them about every new contact and let them guide you.";
    if (strncmp(e, "reported_late", 13) == 0 && r->reported_at_hook == 0)
        return "You went to security early, and again when it went further. That is the habit this "
               "training is about.";
    if (r->reported_at_hook == 0)
        return "Well done. You went to security before anything was given away.";
    return "You went to security. Coming forward, even after a few steps, is what protects you and "
           "your organisation.";
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

/* The debrief as data: headline, lead, score and its three parts with
 * their hints, the moment to report with the replayed path, the ending
 * scene, warning signs, advice, the real case, and where to go. */
UH_WEB_API const char *uh_web_debrief(void)
{
    if (!run)
        return hand_out(uh_xstrdup("null"));
    const uh_scenario *sc = uh_run_scenario(run);
    uh_result *r = uh_run_result(run);
    char buf[800];
    cJSON *o = cJSON_CreateObject();
    add_str(o, "headline", ending_title(r->ending));
    add_str(o, "lead", debrief_lead(r));
    cJSON_AddNumberToObject(o, "score", (int)(r->score.score + 0.5));
    cJSON_AddBoolToObject(o, "passed", r->score.passed);
    add_str(o, "verdict", r->score.passed ? "Passed" : "Not passed yet");

    cJSON *parts = cJSON_AddArrayToObject(o, "parts");
    struct { const char *name; double v; char hint[200]; } p[3] = {
        {"Timing", r->score.timing, ""},
        {"Report quality", r->score.quality, ""},
        {"Spotting", r->score.spotting, ""},
    };
    if (!r->reported)
        snprintf(p[0].hint, sizeof p[0].hint, "No report was filed, so security never heard of it.");
    else if (r->reported_at_hook == 0)
        snprintf(p[0].hint, sizeof p[0].hint, "You reported before the hook was set.");
    else
        snprintf(p[0].hint, sizeof p[0].hint, "You reported after %d step%s deeper into the hook.",
                 r->reported_at_hook, r->reported_at_hook == 1 ? "" : "s");
    if (!r->reported)
        snprintf(p[1].hint, sizeof p[1].hint, "Scored once a report is filed.");
    else
        snprintf(p[1].hint, sizeof p[1].hint, "Right place%s, %d of %d key facts, %s.",
                 r->credit >= 1 ? "" : " (partly)", r->facts_given, r->facts_required,
                 r->how_correct ? "evidence kept" : "evidence not kept as it was");
    snprintf(p[2].hint, sizeof p[2].hint, "%d of %d warning signs marked%s.", r->flags_spotted,
             r->flags_total, r->false_alarms ? ", with some false alarms" : "");
    for (int i = 0; i < 3; i++) {
        cJSON *e = cJSON_CreateObject();
        add_str(e, "name", p[i].name);
        cJSON_AddNumberToObject(e, "percent", pct(p[i].v));
        add_str(e, "hint", p[i].hint);
        cJSON_AddItemToArray(parts, e);
    }

    /* The moment to report: the replayed path. */
    int report_at = -1;
    for (size_t i = 0; r->report_scene && i < r->path.n; i++)
        if (strcmp(r->path.v[i], r->report_scene) == 0) {
            report_at = (int)i;
            break;
        }
    int fc = r->first_chance_index;
    cJSON *path = cJSON_AddArrayToObject(o, "path");
    for (size_t i = 0; i < r->path.n; i++) {
        int si = uh_scenario_find_scene(sc, r->path.v[i]);
        const uh_scene *s = si >= 0 ? &sc->scenes[si] : NULL;
        cJSON *e = cJSON_CreateObject();
        cJSON_AddNumberToObject(e, "step", (double)i + 1);
        add_str(e, "scene", r->path.v[i]);
        add_str(e, "channel", s ? uh_channels[s->channel].id : NULL);
        add_str(e, "channel_name", s ? uh_channels[s->channel].text : NULL);
        add_str(e, "from", s && s->has_from ? s->from_name : NULL);
        add_str(e, "choice", i < picked.n && *picked.v[i] ? picked.v[i] : NULL);
        cJSON_AddBoolToObject(e, "first_chance", (int)i == fc);
        cJSON_AddBoolToObject(e, "reported_here", (int)i == report_at);
        cJSON_AddItemToArray(path, e);
    }
    if (r->reported && report_at >= 0 && (fc < 0 || report_at <= fc))
        snprintf(buf, sizeof buf, "You reported at the first chance you had, at step %d. That is the best "
                 "possible moment: nothing had been given away yet.", report_at + 1);
    else if (r->reported)
        snprintf(buf, sizeof buf, "You reported at step %d. The first chance came at step %d. Reporting later "
                 "still counts for a great deal: security can only act on what they hear about, and a late "
                 "report is far better than none.", report_at + 1, fc + 1);
    else if (fc >= 0)
        snprintf(buf, sizeof buf, "The first chance to report came at step %d. It is never too late to talk "
                 "to security, in this story or in real life, and nobody will blame you for coming forward.",
                 fc + 1);
    else
        snprintf(buf, sizeof buf, "This path offered no moment to report. In real life you can always go to "
                 "security, even long after the fact.");
    add_str(o, "moment", buf);

    const uh_scene *last = uh_run_scene(run);
    if (last)
        cJSON_AddItemToObject(o, "ending_scene", scene_json(last, uh_run_text(run)));

    cJSON *signs = cJSON_AddArrayToObject(o, "signs");
    add_marks(signs, sc, &r->spotted_ids, "spotted", "You spotted this");
    add_marks(signs, sc, &r->missed_ids, "missed", "Worth noticing next time");
    add_marks(signs, sc, &r->false_alarm_ids, "false_alarm", "You marked this, but it is ordinary");
    if (cJSON_GetArraySize(signs) == 0)
        add_str(o, "no_signs", "The scenes you saw had no warning signs to mark.");

    cJSON *adv = cJSON_AddArrayToObject(o, "advice");
    for (size_t i = 0; i < sc->nteaches; i++) {
        const uh_catalog_entry *m = uh_catalog_find(uh_mitigations, sc->teaches[i]);
        if (m)
            cJSON_AddItemToArray(adv, cJSON_CreateString(m->text));
    }
    add_str(o, "real_case", sc->debrief);
    snprintf(buf, sizeof buf, "If anything like this happens to you, contact %s: %s, %s. You can come "
             "to them without fear, even late.",
             cfg.security_team ? cfg.security_team : "corporate security",
             cfg.security_phone ? cfg.security_phone : "", cfg.security_email ? cfg.security_email : "");
    add_str(o, "contact", buf);
    uh_result_free(r);
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
