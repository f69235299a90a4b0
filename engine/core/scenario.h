/* SPDX-License-Identifier: Apache-2.0 */
/* scenario.h — a scenario file validated into C structures (SPEC §2).
 *
 * uh_scenario_load runs the file in its own sandbox and reads the returned
 * table into the structures below, collecting every problem it finds (with
 * file and line where it can tell) rather than stopping at the first, so
 * `unhooked check` can list them all. Functions in the file (text, when,
 * effect) stay in the sandbox, referenced from the structures; they are
 * called only through the run state machine (run.h). */
#ifndef UH_SCENARIO_H
#define UH_SCENARIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "catalog.h"
#include "config.h"
#include "error.h"

struct uh_sandbox;

#define UH_NOREF (-2)  /* same value as LUA_NOREF: no function given */
#define UH_HOOK_MAX 100  /* a choice's `hook` is 0..UH_HOOK_MAX (SPEC v2) */

typedef struct uh_mark {  /* a red flag or an innocent detail */
    char *id, *text;
    int line;
} uh_mark;

typedef struct uh_fact {
    char *id, *text;
    char *why;      /* why it matters or does not belong; NULL when not given */
    bool required, decoy;
    int when_ref;   /* registry ref of function(s) -> boolean, or UH_NOREF (always offered) */
    int line;
} uh_fact;

typedef struct uh_choice {
    char *label;    /* static label, or NULL when label_ref is a function */
    int label_ref;  /* registry ref of function(s) -> string, or UH_NOREF */
    char *go;
    int go_index;   /* index into scenario->scenes, -1 when unknown */
    int hook;
    bool report;
    char *how;      /* a "how" option id this choice does in the story, or NULL */
    char *gives;    /* what this concession gives away (debrief), or NULL */
    int when_ref, effect_ref;  /* registry refs or UH_NOREF */
    int line;
} uh_choice;

typedef struct uh_scene {
    char *id;
    char *text;    /* static text, or NULL when text_ref is a function */
    int text_ref;
    uh_channel channel;
    char *from_name, *from_role, *from_org, *from_avatar;  /* each may be NULL */
    bool has_from;
    uh_mark *flags;
    size_t nflags;
    uh_mark *innocent;
    size_t ninnocent;
    uh_choice *choices;
    size_t nchoices;
    char *ending;     /* non-NULL makes the scene terminal */
    char *lesson;     /* on an ending: what to take away from this path, or NULL */
    char **discuss;   /* facilitator prompts (extension), may be empty */
    size_t ndiscuss;
    int line;
} uh_scene;

typedef struct uh_scenario {
    char *path;
    char *id, *title, *tactic, *summary, *debrief, *start;
    double minutes;  /* 0 when not given */
    char **teaches;
    size_t nteaches;
    char **audience;   /* audience ids (catalog.h); empty means everyone */
    size_t naudience;
    uh_scene *scenes;  /* in source order */
    size_t nscenes;
    int start_index;
    uh_fact *facts;
    size_t nfacts;
    char hash[65];     /* SHA-256 of the file's bytes */
    char *source;      /* the file's text */
    size_t source_len;
    struct uh_sandbox *sandbox;
    int *scene_index;  /* scene positions sorted by id (NULL until checked) */
    bool ok;           /* no problems were found */
} uh_scenario;

/* Loads and validates the file at path under cfg's limits with math.random
 * seeded by seed. Always returns a scenario (possibly partial) that the
 * caller frees; every problem found is appended to problems (which may be
 * NULL), and scenario->ok tells whether there were none. */
uh_scenario *uh_scenario_load(const char *path, const uh_config *cfg, uint32_t seed,
                              uh_problems *problems);

/* Same, from text already in memory; path is used in messages. */
uh_scenario *uh_scenario_load_text(const char *path, const char *text, size_t len,
                                   const uh_config *cfg, uint32_t seed, uh_problems *problems);

/* Index of the scene with this id, or -1. */
int uh_scenario_find_scene(const uh_scenario *sc, const char *id);

/* The fact with this id, or NULL. */
const uh_fact *uh_scenario_find_fact(const uh_scenario *sc, const char *id);

/* Number of required facts. */
int uh_scenario_required_facts(const uh_scenario *sc);

/* Frees the scenario, its structures and its sandbox. Accepts NULL. */
void uh_scenario_free(uh_scenario *sc);

/* ---------------------------------------------------------------------
 * A library: every *.lua under one or more paths, loaded together.
 * ------------------------------------------------------------------- */

typedef struct uh_library {
    uh_scenario **items;  /* files loaded so far, sorted by path; broken ones have ok == false */
    size_t count;
    uh_problems problems; /* every problem, in file order */
    char **pending;       /* files listed by uh_library_open, loaded from `next` on */
    size_t npending, next;
} uh_library;

/* Loads every *.lua file named by paths (files, or folders searched one
 * level deep), checks that ids are unique among them, and fills lib.
 * Problems with the paths themselves (missing, unreadable) go to
 * lib->problems too. */
void uh_library_load(uh_library *lib, const char *const *paths, size_t npaths,
                     const uh_config *cfg);

/* True when sc is meant for one of the n audience ids: when n is 0, when
 * sc has no audience or lists "everyone", or when the lists share an id. */
bool uh_scenario_for_audiences(const uh_scenario *sc, char *const *ids, size_t n);

/* Keeps only the scenarios meant for the n audience ids (see above) and
 * frees the others; their problems stay in lib->problems. */
void uh_library_keep_audiences(uh_library *lib, char *const *ids, size_t n);

/* The same in steps, so a program can stay responsive (and tell a watchdog
 * it lives) while a folder loads: uh_library_open lists the files (sorted
 * by path) without loading any; each uh_library_load_next loads the next
 * one, under its own limits, and returns false once none was left;
 * uh_library_next_path names the file the next call will load (NULL when
 * none). lib is usable between steps: items holds the files loaded so far.
 * Free with uh_library_free at any point. */
void uh_library_open(uh_library *lib, const char *const *paths, size_t npaths);
bool uh_library_load_next(uh_library *lib, const uh_config *cfg);
const char *uh_library_next_path(const uh_library *lib);

/* The scenario with this id that loaded without problems, or NULL. */
uh_scenario *uh_library_find(const uh_library *lib, const char *id);

/* Frees everything. Accepts NULL. */
void uh_library_free(uh_library *lib);

#endif
