/* SPDX-License-Identifier: Apache-2.0 */
/* run.c — the run state machine (SPEC §2 semantics, §3 form, §4 score). */
#include "run.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "../script/sandbox.h"
#include "i18n.h"
#include "util.h"

typedef struct shown {
    size_t index;  /* index into scene->choices */
    char *label;
} shown;

struct uh_run {
    uh_scenario *sc;  /* private copy */
    const uh_config *cfg;
    uint32_t seed;
    uh_run_state state;
    uh_error error;
    int scene;        /* current scene index */
    char *text;       /* its evaluated text */
    shown *choices;   /* shown choices of the current scene */
    size_t nchoices;
    bool *visited;    /* per scene */
    int hook;
    bool reported;
    int reported_at_hook;
    int report_scene;
    int pending_go;   /* scene to enter after the report form */
    bool form_done;
    char *to, *how;
    uh_strv facts;    /* ticked on the form (offered ones only) */
    bool *offered;    /* per fact: its `when` held when the report was filed */
    uh_strv how_done; /* handlings done by choices on the path (SPEC v2 `how`) */
    uh_strv marked;
    uh_strv path;
    int first_chance, first_chance_hook;
    int *picks;       /* 1-based positions chosen */
    uh_strv pick_labels; /* the label of each choice chosen, as shown */
    size_t npicks, cappicks;
    int state_ref;    /* registry ref of the `s` proxy table */
    int vars_ref;     /* registry ref of s.vars */
    int fns_ref;      /* a player's run: registry ref of {scenario ref -> this run's function} */
    bool shared;      /* sc belongs to a player, not to the run */
    bool shared_fns;  /* fns_ref belongs to the player */
};

/* ---------------------------------------------------------------------
 * The `s` table scripts see: s.hook and s.reported are read-only views of
 * the run, s.visited(id) asks whether a scene was shown, s.vars is theirs.
 * ------------------------------------------------------------------- */

static uh_run *run_of(lua_State *L)
{
    return lua_touserdata(L, lua_upvalueindex(1));
}

static int s_visited(lua_State *L)
{
    uh_run *run = run_of(L);
    int arg = lua_istable(L, 1) ? 2 : 1;  /* s.visited(id) or s:visited(id) */
    const char *id = luaL_checkstring(L, arg);
    int i = uh_scenario_find_scene(run->sc, id);
    lua_pushboolean(L, i >= 0 && run->visited[i]);
    return 1;
}

static int s_index(lua_State *L)
{
    uh_run *run = run_of(L);
    const char *k = lua_tostring(L, 2);
    if (!k)
        return 0;
    if (strcmp(k, "hook") == 0)
        lua_pushinteger(L, run->hook);
    else if (strcmp(k, "reported") == 0)
        lua_pushboolean(L, run->reported);
    else if (strcmp(k, "vars") == 0)
        lua_rawgeti(L, LUA_REGISTRYINDEX, run->vars_ref);
    else if (strcmp(k, "visited") == 0) {
        lua_pushlightuserdata(L, run);
        lua_pushcclosure(L, s_visited, 1);
    } else
        lua_pushnil(L);
    return 1;
}

static int s_newindex(lua_State *L)
{
    const char *k = lua_tostring(L, 2);
    return luaL_error(L, "s.%s is read-only; keep your own state in s.vars", k ? k : "?");
}

/* Runs in protected mode: builds `s` and s.vars. */
static int make_state(lua_State *L)
{
    uh_run *run = lua_touserdata(L, 1);
    lua_newtable(L);
    run->vars_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_newtable(L);                  /* s (empty: every read goes to __index) */
    lua_newtable(L);                  /* its metatable */
    lua_pushlightuserdata(L, run);
    lua_pushcclosure(L, s_index, 1);
    lua_setfield(L, -2, "__index");
    lua_pushlightuserdata(L, run);
    lua_pushcclosure(L, s_newindex, 1);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    run->state_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

/* ---------------------------------------------------------------------
 * Calling script functions
 * ------------------------------------------------------------------- */

static void fail(uh_run *run, const uh_error *e)
{
    run->state = UH_RUN_FAILED;
    run->error = *e;
}

/* Calls the function ref with s; leaves one result on the stack. */
static int call_with_state(uh_run *run, int ref, uh_error *err)
{
    lua_State *L = uh_sandbox_lua(run->sc->sandbox);
    if (run->fns_ref != LUA_NOREF) {
        lua_rawgeti(L, LUA_REGISTRYINDEX, run->fns_ref);
        lua_rawgeti(L, -1, ref);
        lua_remove(L, -2);
    } else {
        lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, run->state_ref);
    return uh_sandbox_call(run->sc->sandbox, 1, 1, err);
}

/* Evaluates a string-or-function field; returns a fresh copy or NULL with
 * err filled. A function's result longer than max bytes is refused: no
 * screen can show it, and copying and laying it out would hold the program
 * (line is the field's, for the message). */
static char *eval_text(uh_run *run, const char *text, int ref, const char *what, size_t max,
                       int line, uh_error *err)
{
    if (ref == UH_NOREF)
        return uh_xstrdup(text ? text : "");
    if (call_with_state(run, ref, err))
        return NULL;
    lua_State *L = uh_sandbox_lua(run->sc->sandbox);
    char *out = NULL;
    size_t len = 0;
    if (lua_type(L, -1) != LUA_TSTRING)
        uh_error_set(err, run->sc->path, line, _("%s: the text function returned %s, not a string"),
                     what, luaL_typename(L, -1));
    else if (lua_tolstring(L, -1, &len), len > max)
        uh_error_set(err, run->sc->path, line, _("%s: the text function returned %zu bytes, more "
                     "than the limit of %zu"), what, len, max);
    else if (uh_utf8_invalid(lua_tostring(L, -1), len) < len)
        uh_error_set(err, run->sc->path, line, _("%s: the text function returned text that is not "
                     "UTF-8"), what);
    else if (memchr(lua_tostring(L, -1), '\0', len))
        uh_error_set(err, run->sc->path, line, _("%s: the text function returned text with a NUL "
                     "byte"), what);
    else
        out = uh_xstrdup(lua_tostring(L, -1));
    lua_pop(L, 1);
    return out;
}


static void clear_choices(uh_run *run)
{
    for (size_t i = 0; i < run->nchoices; i++)
        free(run->choices[i].label);
    free(run->choices);
    run->choices = NULL;
    run->nchoices = 0;
}

/* Shows scene i: marks it visited, evaluates its text, `when` and labels. */
static void enter(uh_run *run, int i)
{
    uh_scenario *sc = run->sc;
    const uh_scene *s = &sc->scenes[i];
    uh_error e;
    run->scene = i;
    run->visited[i] = true;
    uh_strv_push(&run->path, s->id);
    clear_choices(run);
    free(run->text);
    char what[200];
    snprintf(what, sizeof what, _("scene '%s'"), s->id);
    run->text = eval_text(run, s->text, s->text_ref, what, UH_RUN_TEXT_MAX, s->line, &e);
    if (!run->text) {
        fail(run, &e);
        return;
    }
    if (s->ending) {
        run->state = UH_RUN_ENDED;
        return;
    }
    run->choices = uh_xcalloc(s->nchoices, sizeof *run->choices);
    bool offers_report = false;
    for (size_t j = 0; j < s->nchoices; j++) {
        const uh_choice *c = &s->choices[j];
        snprintf(what, sizeof what, _("scene '%s', choice %zu"), s->id, j + 1);
        if (c->when_ref != UH_NOREF) {
            if (call_with_state(run, c->when_ref, &e)) {
                fail(run, &e);
                return;
            }
            lua_State *L = uh_sandbox_lua(sc->sandbox);
            bool visible = lua_toboolean(L, -1);
            lua_pop(L, 1);
            if (!visible)
                continue;
        }
        char *label = eval_text(run, c->label, c->label_ref, what, UH_RUN_LABEL_MAX, c->line, &e);
        if (!label) {
            fail(run, &e);
            return;
        }
        run->choices[run->nchoices++] = (shown){j, label};
        offers_report |= c->report;
    }
    if (run->nchoices == 0) {
        uh_error_set(&e, sc->path, s->line, _("scene '%s': no choice is shown (every 'when' returned "
                     "false) and it is not an ending"), s->id);
        fail(run, &e);
        return;
    }
    if (offers_report && run->first_chance < 0 && !run->reported) {
        run->first_chance = (int)run->path.n - 1;
        run->first_chance_hook = run->hook;
    }
    run->state = UH_RUN_SCENE;
}

/* Decides which facts the report form offers: those whose `when` holds at
 * the moment the report is filed (after the choice's hook and effect). */
static int offer_facts(uh_run *run, uh_error *err)
{
    uh_scenario *sc = run->sc;
    lua_State *L = uh_sandbox_lua(sc->sandbox);
    for (size_t i = 0; i < sc->nfacts; i++) {
        const uh_fact *f = &sc->facts[i];
        run->offered[i] = true;
        if (f->when_ref == UH_NOREF)
            continue;
        if (call_with_state(run, f->when_ref, err))
            return -1;
        run->offered[i] = lua_toboolean(L, -1);
        lua_pop(L, 1);
    }
    return 0;
}

/* ---------------------------------------------------------------------
 * Public API
 * ------------------------------------------------------------------- */

/* A private copy of sc loaded with seed, or NULL with err filled. */
static uh_scenario *load_copy(const uh_scenario *sc, const uh_config *cfg, uint32_t seed, uh_error *err)
{
    uh_problems problems = {0};
    uh_scenario *copy = uh_scenario_load_text(sc->path, sc->source, sc->source_len, cfg, seed,
                                              &problems);
    if (!copy->ok) {
        if (problems.count)
            *err = problems.items[0];
        else
            uh_error_set(err, sc->path, 0, _("the scenario does not load"));
        uh_problems_free(&problems);
        uh_scenario_free(copy);
        return NULL;
    }
    uh_problems_free(&problems);
    return copy;
}

static uh_run *alloc_run(uh_scenario *sc, const uh_config *cfg, uint32_t seed)
{
    uh_run *run = uh_xcalloc(1, sizeof *run);
    run->sc = sc;
    run->cfg = cfg;
    run->seed = seed;
    run->first_chance = -1;
    run->report_scene = -1;
    run->pending_go = -1;
    run->state_ref = run->vars_ref = run->fns_ref = LUA_NOREF;
    return run;
}

/* Makes `s` and shows the start scene. */
static uh_run *begin(uh_run *run)
{
    run->visited = uh_xcalloc(run->sc->nscenes, sizeof *run->visited);
    run->offered = uh_xcalloc(run->sc->nfacts ? run->sc->nfacts : 1, sizeof *run->offered);
    uh_error e;
    if (uh_sandbox_cpcall(run->sc->sandbox, make_state, run, &e)) {
        fail(run, &e);
        return run;
    }
    enter(run, run->sc->start_index);
    return run;
}

uh_run *uh_run_new(const uh_scenario *sc, const uh_config *cfg, uint32_t seed, uh_error *err)
{
    uh_scenario *copy = load_copy(sc, cfg, seed, err);
    return copy ? begin(alloc_run(copy, cfg, seed)) : NULL;
}

int uh_run_hook_add(int depth, int hook)
{
    /* Saturating: a long path of large hooks must not wrap to a negative
     * depth (which would score as an early report). */
    if (hook < 0)
        hook = 0;
    return depth > UH_RUN_HOOK_MAX - hook ? UH_RUN_HOOK_MAX : depth + hook;
}

uh_run_state uh_run_state_of(const uh_run *run) { return run->state; }
const uh_error *uh_run_error(const uh_run *run) { return &run->error; }
const uh_scenario *uh_run_scenario(const uh_run *run) { return run->sc; }
const uh_scene *uh_run_scene(const uh_run *run) { return &run->sc->scenes[run->scene]; }
const char *uh_run_text(const uh_run *run) { return run->text ? run->text : ""; }
int uh_run_hook(const uh_run *run) { return run->hook; }
bool uh_run_reported(const uh_run *run) { return run->reported; }
size_t uh_run_nchoices(const uh_run *run) { return run->nchoices; }

const char *uh_run_choice_label(const uh_run *run, size_t i)
{
    return i < run->nchoices ? run->choices[i].label : NULL;
}

const uh_choice *uh_run_choice(const uh_run *run, size_t i)
{
    return i < run->nchoices ? &uh_run_scene(run)->choices[run->choices[i].index] : NULL;
}

bool uh_run_choice_is_report(const uh_run *run, size_t i)
{
    return i < run->nchoices && uh_run_scene(run)->choices[run->choices[i].index].report;
}

int uh_run_choose(uh_run *run, size_t i, uh_error *err)
{
    const uh_scene *s = uh_run_scene(run);
    if (run->state != UH_RUN_SCENE)
        return uh_error_set(err, run->sc->path, 0, _("no choice can be made now"));
    if (i >= run->nchoices)
        return uh_error_set(err, run->sc->path, s->line,
                            _("scene '%s': choice %zu is out of range (%zu shown)"), s->id, i + 1,
                            run->nchoices);
    const uh_choice *c = &s->choices[run->choices[i].index];
    /* The effect and the next scene's functions share one allowance of
     * time (SPEC §2): a scene of many slow `when`s cannot multiply it. */
    uh_sandbox_new_step(run->sc->sandbox);
    if (run->npicks == run->cappicks)
        run->picks = uh_xrealloc(run->picks, (run->cappicks = run->cappicks ? 2 * run->cappicks : 16) *
                                                 sizeof *run->picks);
    run->picks[run->npicks++] = (int)i + 1;
    uh_strv_push(&run->pick_labels, run->choices[i].label ? run->choices[i].label : "");
    run->hook = uh_run_hook_add(run->hook, c->hook);
    bool first_report = c->report && !run->reported;
    if (first_report) {
        run->reported = true;
        run->reported_at_hook = run->hook;
        run->report_scene = run->scene;
    }
    if (c->effect_ref != UH_NOREF) {
        if (call_with_state(run, c->effect_ref, err)) {
            fail(run, err);
            return -1;
        }
        lua_pop(uh_sandbox_lua(run->sc->sandbox), 1);
    }
    if (c->how && !uh_strv_has(&run->how_done, c->how))
        uh_strv_push(&run->how_done, c->how);
    if (first_report) {
        if (offer_facts(run, err)) {
            fail(run, err);
            return -1;
        }
        run->pending_go = c->go_index;
        run->state = UH_RUN_REPORT;
        clear_choices(run);
        return 0;
    }
    enter(run, c->go_index);
    if (run->state == UH_RUN_FAILED) {
        *err = run->error;
        return -1;
    }
    return 0;
}

int uh_run_submit_report(uh_run *run, const char *to, const char *const *facts, size_t nfacts,
                         const char *how, uh_error *err)
{
    if (run->state != UH_RUN_REPORT)
        return uh_error_set(err, run->sc->path, 0, _("no report form is open"));
    if (to && !uh_config_find_to(run->cfg, to))
        return uh_error_set(err, NULL, 0, _("report: unknown 'to' option '%s'"), to);
    if (how && !uh_config_find_how(run->cfg, how))
        return uh_error_set(err, NULL, 0, _("report: unknown 'how' option '%s'"), how);
    for (size_t i = 0; i < nfacts; i++)
        if (!uh_scenario_find_fact(run->sc, facts[i]))
            return uh_error_set(err, NULL, 0, _("report: scenario '%s' has no fact '%s'"),
                                run->sc->id, facts[i]);
    run->to = uh_xstrdup(to);
    run->how = uh_xstrdup(how);
    /* Facts the form did not offer count for nothing (SPEC v2). */
    for (size_t i = 0; i < nfacts; i++)
        if (!uh_strv_has(&run->facts, facts[i]) && uh_run_fact_offered(run, facts[i]))
            uh_strv_push(&run->facts, facts[i]);
    run->form_done = true;
    uh_sandbox_new_step(run->sc->sandbox);
    enter(run, run->pending_go);
    if (run->state == UH_RUN_FAILED) {
        *err = run->error;
        return -1;
    }
    return 0;
}

bool uh_run_fact_offered(const uh_run *run, const char *id)
{
    const uh_fact *f = uh_scenario_find_fact(run->sc, id);
    return f && run->reported && run->offered[f - run->sc->facts];
}

void uh_run_mark(uh_run *run, const char *id, bool marked)
{
    if (marked && !uh_strv_has(&run->marked, id))
        uh_strv_push(&run->marked, id);
    else if (!marked)
        uh_strv_remove(&run->marked, id);
}

bool uh_run_is_marked(const uh_run *run, const char *id)
{
    return uh_strv_has(&run->marked, id);
}

uh_result *uh_run_result(const uh_run *run)
{
    const uh_scenario *sc = run->sc;
    uh_result *r = uh_xcalloc(1, sizeof *r);
    r->scenario = uh_xstrdup(sc->id);
    r->title = uh_xstrdup(sc->title);
    r->tactic = uh_xstrdup(sc->tactic);
    r->hash = uh_xstrdup(sc->hash);
    r->seed = run->seed;
    r->completed = run->state == UH_RUN_ENDED;
    if (r->completed)
        r->ending = uh_xstrdup(uh_run_scene(run)->ending);
    if (run->state == UH_RUN_FAILED) {
        char buf[1400];
        r->error = uh_xstrdup(uh_error_format(&run->error, buf, sizeof buf));
    }
    for (size_t i = 0; i < run->path.n; i++)
        uh_strv_push(&r->path, run->path.v[i]);
    r->hook = run->hook;
    r->reported = run->reported;
    r->reported_at_hook = run->reported ? run->reported_at_hook : 0;
    r->hook_after_report = run->reported ? run->hook - run->reported_at_hook : 0;
    if (run->report_scene >= 0)
        r->report_scene = uh_xstrdup(sc->scenes[run->report_scene].id);
    r->first_chance_index = run->first_chance;
    r->first_chance_hook = run->first_chance_hook;

    /* The report form. An unfinished form counts as empty. */
    const uh_report_to *to = uh_config_find_to(run->cfg, run->to);
    const uh_report_how *how = uh_config_find_how(run->cfg, run->how);
    r->report_to = uh_xstrdup(run->to);
    r->report_how = uh_xstrdup(run->how);
    r->credit = to ? to->credit : 0.0;
    r->how_form_correct = how && how->correct;
    r->how_correct = r->how_form_correct;
    for (size_t i = 0; i < run->how_done.n; i++) {
        const uh_report_how *done = uh_config_find_how(run->cfg, run->how_done.v[i]);
        uh_strv_push(&r->how_done, run->how_done.v[i]);
        if (!done || !done->correct)
            r->how_correct = false;
    }
    for (size_t i = 0; run->reported && i < sc->nfacts; i++) {
        const uh_fact *f = &sc->facts[i];
        if (!run->offered[i])
            continue;
        uh_strv_push(&r->facts_offered, f->id);
        r->facts_required += f->required;
        if (f->required && !uh_strv_has(&run->facts, f->id))
            uh_strv_push(&r->facts_missing, f->id);
    }
    for (size_t i = 0; i < run->facts.n; i++) {
        const uh_fact *f = uh_scenario_find_fact(sc, run->facts.v[i]);
        uh_strv_push(&r->facts_ticked, run->facts.v[i]);
        r->facts_given += f && f->required;
        if (f && f->decoy) {
            r->decoys++;
            uh_strv_push(&r->decoy_ids, f->id);
        }
    }

    /* Spotting: flags and innocent details in the scenes that were shown. */
    for (size_t i = 0; i < sc->nscenes; i++) {
        if (!run->visited[i])
            continue;
        const uh_scene *s = &sc->scenes[i];
        for (size_t j = 0; j < s->nflags; j++) {
            r->flags_total++;
            if (uh_strv_has(&run->marked, s->flags[j].id)) {
                r->flags_spotted++;
                uh_strv_push(&r->spotted_ids, s->flags[j].id);
            } else {
                uh_strv_push(&r->missed_ids, s->flags[j].id);
            }
        }
        for (size_t j = 0; j < s->ninnocent; j++)
            if (uh_strv_has(&run->marked, s->innocent[j].id)) {
                r->false_alarms++;
                uh_strv_push(&r->false_alarm_ids, s->innocent[j].id);
            }
    }
    for (size_t i = 0; i < run->marked.n; i++)
        uh_strv_push(&r->marked, run->marked.v[i]);

    uh_result_score(r, &run->cfg->scoring);
    r->nchoices = run->npicks;
    r->choices = uh_xcalloc(run->npicks, sizeof *r->choices);
    if (run->npicks)
        memcpy(r->choices, run->picks, run->npicks * sizeof *r->choices);
    for (size_t i = 0; i < run->pick_labels.n; i++)
        uh_strv_push(&r->choice_labels, run->pick_labels.v[i]);
    return r;
}

void uh_run_free(uh_run *run)
{
    if (!run)
        return;
    clear_choices(run);
    free(run->text);
    free(run->visited);
    free(run->offered);
    uh_strv_free(&run->how_done);
    free(run->to);
    free(run->how);
    free(run->picks);
    uh_strv_free(&run->pick_labels);
    uh_strv_free(&run->facts);
    uh_strv_free(&run->marked);
    uh_strv_free(&run->path);
    if (run->shared) {
        lua_State *L = uh_sandbox_lua(run->sc->sandbox);
        luaL_unref(L, LUA_REGISTRYINDEX, run->state_ref);
        luaL_unref(L, LUA_REGISTRYINDEX, run->vars_ref);
        if (!run->shared_fns)
            luaL_unref(L, LUA_REGISTRYINDEX, run->fns_ref);
    } else {
        uh_scenario_free(run->sc);
    }
    free(run);
}

/* ---------------------------------------------------------------------
 * Players: many fresh runs of one scenario
 * ------------------------------------------------------------------- */

struct uh_player {
    uh_scenario *sc;  /* loaded with the seed; its state is reused */
    const uh_config *cfg;
    uint32_t seed;
    bool reuse;       /* the chunk is kept: runs restart the state */
    bool pure;        /* the functions in fns_ref can serve the next run as they are */
    int fns_ref;      /* their table (as a run's), or LUA_NOREF */
    int snap_ref;     /* {function, upvalue number, value, ...} as the chunk left them */
    size_t fresh, restarted, reused;
};

uh_player *uh_player_new(const uh_scenario *sc, const uh_config *cfg, uint32_t seed, uh_error *err)
{
    uh_scenario *copy = load_copy(sc, cfg, seed, err);
    if (!copy)
        return NULL;
    uh_player *p = uh_xcalloc(1, sizeof *p);
    p->sc = copy;
    p->cfg = cfg;
    p->seed = seed;
    uh_error e;
    p->reuse = uh_sandbox_keep_chunk(copy->sandbox, copy->source, copy->source_len, &e) == 0;
    p->fns_ref = p->snap_ref = LUA_NOREF;
    return p;
}

/* ---------------------------------------------------------------------
 * Sharing the functions between runs. Running the chunk again for each
 * run is what makes most of a run's cost; it can be skipped when nothing
 * a run's functions can reach outlives the run. They reach: their
 * arguments (s, new for each run); the globals, through _ENV, which
 * uh_sandbox_restart makes new for each run; and their other upvalues,
 * locals of the file (`local function helper`, `local count = 0`). So the
 * functions are shared when the chunk set no global and changed no library
 * (what it set would be lost with the old globals), and every upvalue
 * other than _ENV holds a string, number, boolean, nil or a function that
 * passes the same test. A table upvalue (a local table of the file) could
 * be changed inside; such files run the chunk for each run. A run can
 * still assign to an upvalue (`count = count + 1`): the upvalues are
 * compared with their values after the chunk before each run is started,
 * and any change means the chunk is run again.
 * ------------------------------------------------------------------- */

typedef struct purity {
    const void *env;  /* the identity of the chunk's _ENV */
    int seen, snap;   /* stack indices: functions visited, the snapshot */
    lua_Integer nsnap;
} purity;

/* True when the function at f (and everything it reaches) passes. */
static bool shareable(lua_State *L, int f, purity *pu)
{
    if (lua_iscfunction(L, f))
        return true;  /* the libraries' own, from the globals */
    if (!lua_checkstack(L, 4))
        return false;
    lua_pushvalue(L, f);
    if (lua_rawget(L, pu->seen) != LUA_TNIL) {
        lua_pop(L, 1);
        return true;
    }
    lua_pop(L, 1);
    lua_pushvalue(L, f);
    lua_pushboolean(L, 1);
    lua_rawset(L, pu->seen);
    for (int n = 1; lua_getupvalue(L, f, n); n++) {
        if (lua_upvalueid(L, f, n) == pu->env) {
            lua_pop(L, 1);
            continue;
        }
        int t = lua_type(L, -1);
        if (t == LUA_TFUNCTION ? !shareable(L, lua_gettop(L), pu)
                               : t != LUA_TNIL && t != LUA_TBOOLEAN && t != LUA_TNUMBER && t != LUA_TSTRING) {
            lua_pop(L, 1);
            return false;
        }
        lua_pushvalue(L, f);
        lua_rawseti(L, pu->snap, ++pu->nsnap);
        lua_pushinteger(L, n);
        lua_rawseti(L, pu->snap, ++pu->nsnap);
        lua_rawseti(L, pu->snap, ++pu->nsnap);
    }
    return true;
}

/* Runs in protected mode, after the chunk ran again and run (argument 1)
 * was bound: makes the player share run's functions when they pass. */
static int analyse(lua_State *L)
{
    uh_run *run = lua_touserdata(L, 1);
    uh_player *p = lua_touserdata(L, 2);
    purity pu = {.env = uh_sandbox_env_id(p->sc->sandbox)};
    if (!pu.env || !uh_sandbox_globals_pristine(p->sc->sandbox))
        return 0;
    lua_newtable(L);
    pu.seen = lua_gettop(L);
    lua_newtable(L);
    pu.snap = lua_gettop(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, run->fns_ref);
    int fns = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, fns)) {
        if (!shareable(L, lua_gettop(L), &pu))
            return 0;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    p->snap_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

/* True when every upvalue in the snapshot still holds its value. */
static bool unchanged(uh_player *p)
{
    lua_State *L = uh_sandbox_lua(p->sc->sandbox);
    lua_rawgeti(L, LUA_REGISTRYINDEX, p->snap_ref);
    int snap = lua_gettop(L);
    bool same = true;
    lua_Integer n = (lua_Integer)lua_rawlen(L, snap);
    for (lua_Integer i = 1; same && i + 2 <= n; i += 3) {
        lua_rawgeti(L, snap, i);
        lua_rawgeti(L, snap, i + 1);
        int up = (int)lua_tointeger(L, -1);
        lua_pop(L, 1);
        same = lua_getupvalue(L, -1, up) != NULL;
        lua_rawgeti(L, snap, i + 2);
        same = same && lua_rawequal(L, -1, -2);
        lua_settop(L, snap);
    }
    lua_pop(L, 1);
    return same;
}

static void unshare(uh_player *p)
{
    lua_State *L = uh_sandbox_lua(p->sc->sandbox);
    luaL_unref(L, LUA_REGISTRYINDEX, p->fns_ref);
    luaL_unref(L, LUA_REGISTRYINDEX, p->snap_ref);
    p->fns_ref = p->snap_ref = LUA_NOREF;
    p->pure = false;
}

/* Sets fns[ref] to t[key] (on top: t) when ref is a function's; false when
 * the value there is not a function. */
static bool bind(lua_State *L, int fns, int ref, const char *key, lua_Integer index)
{
    if (ref == UH_NOREF)
        return true;
    int t = key ? lua_getfield(L, -1, key) : lua_rawgeti(L, -1, index);
    if (t != LUA_TFUNCTION) {
        lua_pop(L, 1);
        return false;
    }
    lua_rawseti(L, fns, ref);
    return true;
}

/* Runs in protected mode: finds, in the scenario table just built (on the
 * stack below the run), every function the player's structures refer to,
 * at the same place, and makes the run's function table. A table that
 * differs (it cannot when the file keeps SPEC §2's determinism, but the
 * check costs little) leaves fns_ref unset. */
static int bind_functions(lua_State *L)
{
    uh_run *run = lua_touserdata(L, 1);
    const uh_scenario *sc = run->sc;
    int root = 2;
    lua_newtable(L);
    int fns = lua_gettop(L);
    if (lua_getfield(L, root, "scenes") != LUA_TTABLE)
        return 0;
    int scenes = lua_gettop(L);
    for (size_t i = 0; i < sc->nscenes; i++) {
        const uh_scene *s = &sc->scenes[i];
        lua_settop(L, scenes);
        if (lua_getfield(L, scenes, s->id) != LUA_TTABLE || !bind(L, fns, s->text_ref, "text", 0))
            return 0;
        if (s->nchoices && lua_getfield(L, -1, "choices") != LUA_TTABLE)
            return 0;
        for (size_t j = 0; j < s->nchoices; j++) {
            const uh_choice *c = &s->choices[j];
            if (lua_rawgeti(L, -1, (lua_Integer)j + 1) != LUA_TTABLE)
                return 0;
            bool by_index = lua_rawgeti(L, -1, 1) != LUA_TNIL;
            lua_pop(L, 1);
            if (!bind(L, fns, c->label_ref, by_index ? NULL : "text", 1) ||
                !bind(L, fns, c->when_ref, "when", 0) || !bind(L, fns, c->effect_ref, "effect", 0))
                return 0;
            lua_pop(L, 1);
        }
    }
    lua_settop(L, fns);
    if (lua_getfield(L, root, "report") != LUA_TTABLE || lua_getfield(L, -1, "facts") != LUA_TTABLE)
        return 0;
    for (size_t i = 0; i < sc->nfacts; i++) {
        if (lua_rawgeti(L, -1, (lua_Integer)i + 1) != LUA_TTABLE ||
            !bind(L, fns, sc->facts[i].when_ref, "when", 0))
            return 0;
        lua_pop(L, 1);
    }
    lua_settop(L, fns);
    run->fns_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

/* A run on the player's state, or NULL when that could not be done (the
 * caller then loads a fresh copy, which fails the same way if the file
 * does). */
static uh_run *restart_run(uh_player *p)
{
    uh_sandbox *sb = p->sc->sandbox;
    lua_State *L = uh_sandbox_lua(sb);
    int top = lua_gettop(L);
    uh_error e;
    bool share = p->pure && unchanged(p);
    if (!share && p->pure)
        unshare(p);
    if (uh_sandbox_restart(sb, p->seed, !share, &e))
        return NULL;
    uh_run *run = alloc_run(p->sc, p->cfg, p->seed);
    run->shared = true;
    if (share) {
        run->fns_ref = p->fns_ref;
        run->shared_fns = true;
        p->reused++;
    } else {
        /* bind_functions gets the run and the new scenario table. */
        lua_pushcfunction(L, bind_functions);
        lua_pushlightuserdata(L, run);
        lua_rotate(L, -3, 2);
        int ok = lua_istable(L, -1) && lua_pcall(L, 2, 0, 0) == LUA_OK;
        lua_settop(L, top);
        if (!ok || run->fns_ref == LUA_NOREF) {
            uh_run_free(run);
            return NULL;
        }
        lua_pushcfunction(L, analyse);
        lua_pushlightuserdata(L, run);
        lua_pushlightuserdata(L, p);
        if (lua_pcall(L, 2, 0, 0) == LUA_OK && p->snap_ref != LUA_NOREF) {
            lua_rawgeti(L, LUA_REGISTRYINDEX, run->fns_ref);
            p->fns_ref = luaL_ref(L, LUA_REGISTRYINDEX);
            p->pure = true;
        } else {
            luaL_unref(L, LUA_REGISTRYINDEX, p->snap_ref);
            p->snap_ref = LUA_NOREF;
        }
        lua_settop(L, top);
    }
    return begin(run);
}

uh_run *uh_player_start(uh_player *p, uh_error *err)
{
    if (p->reuse) {
        uh_run *run = restart_run(p);
        if (run) {
            p->restarted++;
            return run;
        }
    }
    p->fresh++;
    return uh_run_new(p->sc, p->cfg, p->seed, err);
}

const uh_scenario *uh_player_scenario(const uh_player *p) { return p->sc; }

void uh_player_counts(const uh_player *p, size_t *reused, size_t *restarted, size_t *fresh)
{
    *reused = p->reused;
    *restarted = p->restarted - p->reused;
    *fresh = p->fresh;
}

void uh_player_free(uh_player *p)
{
    if (!p)
        return;
    uh_scenario_free(p->sc);
    free(p);
}
