/* SPDX-License-Identifier: Apache-2.0 */
/* session.h — one trainee's sitting, with no display attached.
 *
 * The session holds who is training, the run in progress with its report
 * form, the decisions made (for the facilitator and the debrief), the
 * result of the run that ended and the results of this sitting. The SDL
 * window, `unhooked run` and the web player drive this one API; the screens
 * only draw it and feed it input. The kiosk's wipe is "free the session,
 * make a new one".
 *
 *   IDLE ──start──▶ SCENE ──choose──▶ SCENE … ──▶ ENDED (result kept)
 *                     │ (first report choice)          │
 *                     ▼                                 └──▶ FAILED
 *                   REPORT ──send (recipient + handling)──▶ SCENE
 *
 * Saving results is the caller's business (the window uses the results
 * store; the web player reports to the LMS): the session only says when a
 * result is ready. */
#ifndef UH_SESSION_H
#define UH_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../core/config.h"
#include "../core/result.h"
#include "../core/run.h"
#include "../core/scenario.h"
#include "form.h"
#include "replay.h"

#define UH_TRAINEE_MAX 64        /* characters in a trainee's name or employee ID */
#define UH_SESSION_MAX_SHOWN 16  /* choices remembered per decision */

typedef enum uh_session_state {
    UH_SESSION_IDLE,    /* no run: choosing a scenario */
    UH_SESSION_SCENE,   /* a scene is shown, waiting for a choice */
    UH_SESSION_REPORT,  /* the report form is open */
    UH_SESSION_ENDED,   /* the run ended; uh_session_result is ready */
    UH_SESSION_FAILED,  /* the scenario broke; uh_session_error says why */
} uh_session_state;

/* One decision of the run: the scene (index into the run's scenario), the
 * choices shown there (indices into scene->choices) and the one picked
 * (0-based among those shown). */
typedef struct uh_decision {
    int scene;
    int shown[UH_SESSION_MAX_SHOWN];
    int nshown, picked;
} uh_decision;

/* One finished scenario of this sitting. */
typedef struct uh_done {
    char *scenario, *title;
    int score;
    bool passed, reported;
} uh_done;

typedef struct uh_session uh_session;

/* A new session scored with cfg (borrowed; it must outlive the session).
 * Nobody is signed in. Free with uh_session_free. */
uh_session *uh_session_new(const uh_config *cfg);

/* Frees the session and everything it holds. Accepts NULL. */
void uh_session_free(uh_session *s);

/* --- The trainee -------------------------------------------------------- */

/* Signs in: name is trimmed of surrounding spaces and must hold 1 to
 * UH_TRAINEE_MAX characters with no control characters. Anonymous signs in
 * with no name; name is then the pseudonym the sitting's attempts are
 * recorded under (or NULL). Returns -1 with err filled (a sentence for the
 * trainee) when the name is refused; nothing changes then. */
int uh_session_sign_in(uh_session *s, const char *name, bool anonymous, uh_error *err);
bool uh_session_signed_in(const uh_session *s);
bool uh_session_anonymous(const uh_session *s);
/* The name signed in with, the pseudonym when anonymous, "" for nobody. */
const char *uh_session_trainee(const uh_session *s);

/* --- The run ------------------------------------------------------------ */

/* Starts a run of sc (a scenario loaded without problems) with seed.
 * Returns -1 with err filled when it cannot start at all (the session stays
 * IDLE); a script failure in the first scene leaves it FAILED. */
int uh_session_start(uh_session *s, const uh_scenario *sc, uint32_t seed, uh_error *err);

/* Starts a run and replays saved answers into it (resuming). A report form
 * without saved contents is left open. Returns what uh_replay returned, or
 * UH_REPLAY_FAILED with err filled when the run could not start. */
uh_replay_status uh_session_resume(uh_session *s, const uh_scenario *sc, uint32_t seed,
                                   const uh_answers *saved, uh_error *err);

uh_session_state uh_session_state_of(const uh_session *s);
/* The run in progress (NULL when IDLE), for drawing its scene. */
const uh_run *uh_session_run(const uh_session *s);
/* Why the run failed (meaningful in FAILED). */
const uh_error *uh_session_error(const uh_session *s);

/* Makes the i-th shown choice. Returns -1 with err filled when no choice
 * can be made or i is out of range (nothing changes), or when the script
 * failed (state FAILED). */
int uh_session_choose(uh_session *s, size_t i, uh_error *err);

/* Marks or unmarks a red flag or innocent detail of the run. */
void uh_session_mark(uh_session *s, const char *id, bool marked);
bool uh_session_is_marked(const uh_session *s, const char *id);

/* The open report form (state REPORT), or NULL. The screens pick options
 * through uh_form_* and call uh_session_send_report to send it. */
uh_form *uh_session_form(uh_session *s);

/* Sends the form: refused (-1, err says what is missing, the form stays
 * open) without a recipient and a handling; otherwise the story goes on. */
int uh_session_send_report(uh_session *s, uh_error *err);

/* The decisions made so far in this run. */
const uh_decision *uh_session_decisions(const uh_session *s, size_t *n);

/* The answers that lead back to the current point of the run (for saving
 * progress): choices, marks, and the form once it was sent. The caller
 * frees with uh_answers_free. */
void uh_session_answers(const uh_session *s, uh_answers *out);

/* The result of the run so far (caller frees), or NULL when IDLE. */
uh_result *uh_session_result_now(const uh_session *s);

/* The result of the run that ended (state ENDED), owned by the session. */
const uh_result *uh_session_result(const uh_session *s);

/* ISO 8601 time the run started (UTC). */
const char *uh_session_started_at(const uh_session *s);

/* Ends the run (whatever its state) and returns to IDLE. */
void uh_session_end_run(uh_session *s);

/* --- This sitting ------------------------------------------------------- */

/* The language of the sitting (an i18n.h code, "en", "de"): the one in use
 * when the session was made, until the trainee picks another. It is
 * recorded with each attempt. Setting it also switches the program's words
 * (uh_i18n_set_language); an unknown code means English. */
void uh_session_set_language(uh_session *s, const char *code);
const char *uh_session_language(const uh_session *s);

/* Scenarios finished in this sitting, in order. */
const uh_done *uh_session_done(const uh_session *s, size_t *n);

#endif
