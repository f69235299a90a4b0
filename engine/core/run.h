/* SPDX-License-Identifier: Apache-2.0 */
/* run.h — the run state machine: one trainee playing one scenario.
 *
 * The kiosk screens and `unhooked run` drive the same machine, so a
 * scenario behaves identically on screen and on the command line:
 *
 *   SCENE ──choose──▶ SCENE ... ──▶ ENDED
 *     │ (first report choice)
 *     ▼
 *   REPORT ──submit_report──▶ SCENE (the choice's `go`)
 *
 * Any script failure (error, budget, memory cap, time limit, a text
 * function's result over UH_RUN_TEXT_MAX, a scene with no visible choice)
 * moves the run to FAILED with an error naming the file and line; the
 * caller decides what to show.
 *
 * Time (SPEC §2): each call into the script has limits.time_ms, and the
 * calls of one step share limits.scene_time_ms. A step is: starting the run
 * (loading the file and showing the start scene), or one choice (its effect
 * and showing the next scene), or sending the report form (showing the
 * scene after it). */
#ifndef UH_RUN_H
#define UH_RUN_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "error.h"
#include "result.h"
#include "scenario.h"

typedef enum uh_run_state {
    UH_RUN_SCENE,   /* showing a scene, waiting for a choice */
    UH_RUN_REPORT,  /* a report was filed: waiting for the report form */
    UH_RUN_ENDED,   /* an ending was reached */
    UH_RUN_FAILED,  /* the scenario broke; see uh_run_error */
} uh_run_state;

typedef struct uh_run uh_run;

/* The longest text (bytes) a scene's text function and a choice's label
 * function may return; longer is a script failure. Static text is held to
 * far less by the validator. */
#define UH_RUN_TEXT_MAX ((size_t)16 << 10)
#define UH_RUN_LABEL_MAX ((size_t)1 << 10)

/* Starts a run of sc with its own fresh copy of the scenario (so no state
 * leaks between runs), math.random seeded with seed, scored with cfg (which
 * must outlive the run). Shows the start scene. Returns NULL only when the
 * scenario cannot be loaded at all (err filled); a failure in the start
 * scene's script returns a run in state FAILED. Free with uh_run_free. */
uh_run *uh_run_new(const uh_scenario *sc, const uh_config *cfg, uint32_t seed, uh_error *err);

uh_run_state uh_run_state_of(const uh_run *run);

/* Hook depth after a step of `hook` from `depth`: the sum, saturating at
 * UH_RUN_HOOK_MAX, since a trainee may loop for as long as they like. Half
 * of INT_MAX, so differences of depths cannot overflow either. */
#define UH_RUN_HOOK_MAX (INT_MAX / 2)
int uh_run_hook_add(int depth, int hook);
const uh_error *uh_run_error(const uh_run *run);       /* meaningful in FAILED */
const uh_scenario *uh_run_scenario(const uh_run *run); /* the run's private copy */
const uh_scene *uh_run_scene(const uh_run *run);       /* the current scene */
const char *uh_run_text(const uh_run *run);            /* its text, evaluated */
int uh_run_hook(const uh_run *run);
bool uh_run_reported(const uh_run *run);

/* The choices shown in the current scene (after `when`), 0-based. */
size_t uh_run_nchoices(const uh_run *run);
const char *uh_run_choice_label(const uh_run *run, size_t i);
/* True when the choice has report = true. */
bool uh_run_choice_is_report(const uh_run *run, size_t i);

/* The scenario's choice behind the i-th shown one, or NULL. */
const uh_choice *uh_run_choice(const uh_run *run, size_t i);

/* Chooses the i-th shown choice: adds its hook, records a first report,
 * runs its effect, then either opens the report form (state REPORT) or
 * moves to the next scene. Returns -1 with err filled when i is out of
 * range (nothing changes) or the script fails (state FAILED). */
int uh_run_choose(uh_run *run, size_t i, uh_error *err);

/* Completes the report form (state REPORT only). to and how are option ids
 * from the configuration or NULL (left empty); facts are fact ids.
 * Unknown ids are refused with -1 (nothing changes). On success the story
 * goes on at the report choice's `go`. */
int uh_run_submit_report(uh_run *run, const char *to, const char *const *facts, size_t nfacts,
                         const char *how, uh_error *err);

/* True when the report form offers the fact with this id: a report was
 * filed and the fact's `when` held at that moment (SPEC v2). */
bool uh_run_fact_offered(const uh_run *run, const char *id);

/* Marks or unmarks a red flag or innocent detail by id ("Something seems
 * off?"). Any id is accepted; ids not on the path count for nothing. */
void uh_run_mark(uh_run *run, const char *id, bool marked);
bool uh_run_is_marked(const uh_run *run, const char *id);

/* The result so far (complete once ENDED). Caller frees with
 * uh_result_free. */
uh_result *uh_run_result(const uh_run *run);

/* Frees the run. Accepts NULL. */
void uh_run_free(uh_run *run);

/* A player starts many runs of one scenario (`unhooked batch`, the path
 * explorers of the tests) without loading the file for each: it loads a
 * private copy once, keeps the compiled chunk, and for each run makes its
 * state what a new one would be (uh_sandbox_restart), runs the chunk again
 * and binds the run to the functions it built. So every run starts from a
 * fresh scenario state, as uh_run_new's do, and gives the same result for
 * the same choices. When that cannot be done (the file fails to run again,
 * or builds a different table) the run is loaded afresh with uh_run_new.
 *
 * uh_player_new returns NULL with err filled when the scenario does not
 * load (as uh_run_new would). Runs from uh_player_start are freed with
 * uh_run_free before the player, and only one is played at a time: they
 * share a Lua state. cfg must outlive the player. uh_player_counts says
 * how many runs shared the functions of an earlier one (see run.c), how
 * many ran the chunk again and how many were loaded afresh. */
typedef struct uh_player uh_player;
uh_player *uh_player_new(const uh_scenario *sc, const uh_config *cfg, uint32_t seed, uh_error *err);
uh_run *uh_player_start(uh_player *p, uh_error *err);
const uh_scenario *uh_player_scenario(const uh_player *p);
void uh_player_counts(const uh_player *p, size_t *reused, size_t *restarted, size_t *fresh);
void uh_player_free(uh_player *p);

#endif
