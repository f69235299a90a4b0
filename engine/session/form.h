/* SPDX-License-Identifier: Apache-2.0 */
/* form.h — the report form of SPEC §3 as the window fills it.
 *
 * Three steps: to whom (the configuration's recipients), what to include
 * (the scenario's facts offered at this moment, required ones and decoys
 * mixed in a stable order), and how (the configuration's handlings). The
 * window's rule (SPEC v2): the form cannot be sent without a recipient and
 * a handling; `unhooked run` bypasses this model and may send a partial
 * form. Nothing here draws; the screens show the form and feed it picks. */
#ifndef UH_FORM_H
#define UH_FORM_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/config.h"
#include "../core/error.h"
#include "../core/run.h"

typedef enum uh_form_step { UH_FORM_TO, UH_FORM_FACTS, UH_FORM_HOW } uh_form_step;

/* What the form still lacks before it can be sent (bit set). */
enum { UH_FORM_NEEDS_TO = 1, UH_FORM_NEEDS_HOW = 2 };

typedef struct uh_form {
    const uh_config *cfg;     /* borrowed */
    const uh_scenario *sc;    /* borrowed: the run's scenario */
    uh_form_step step;
    int to, how;              /* option index into cfg->to / cfg->how, -1 for none */
    size_t *facts;            /* offered facts as indices into sc->facts, display order */
    bool *ticked;             /* per displayed fact */
    size_t nfacts;
    unsigned refused;         /* what the last refused Next/Send lacked (for the message) */
} uh_form;

/* Opens a fresh form for run (in state UH_RUN_REPORT) under cfg. */
void uh_form_open(uh_form *f, const uh_run *run, const uh_config *cfg);

/* Frees what the form owns and zeroes it. Accepts a zeroed form. */
void uh_form_close(uh_form *f);

/* The options of the current step: how many, their labels, whether each is
 * chosen (recipient, handling) or ticked (fact). */
size_t uh_form_noptions(const uh_form *f);
const char *uh_form_label(const uh_form *f, size_t i);
bool uh_form_on(const uh_form *f, size_t i);

/* Picks option i of the current step: chooses a recipient or handling,
 * or ticks/unticks a fact. Out of range does nothing. */
void uh_form_pick(uh_form *f, size_t i);

/* What the form lacks before it can be sent (UH_FORM_NEEDS_* bits). */
unsigned uh_form_needs(const uh_form *f);

/* Moves to the next step. Returns 0 when it moved, 1 when the form is on
 * its last step and complete (the caller sends it), -1 when the current
 * step lacks its choice (to whom, or how): nothing moves and f->refused
 * says what is missing. */
int uh_form_next(uh_form *f);

/* Moves back one step; -1 on the first step. */
int uh_form_back(uh_form *f);

/* A sentence telling the trainee what is missing ("Choose who you report
 * to.") for f->refused, or NULL when nothing was refused. Static text. */
const char *uh_form_refusal(const uh_form *f);

/* Sends the form into run (uh_run_submit_report). Refuses (-1, err filled,
 * nothing sent) when a recipient or a handling is missing. */
int uh_form_send(uh_form *f, uh_run *run, uh_error *err);

#endif
