/* SPDX-License-Identifier: Apache-2.0 */
/* sink.h — where a long-running program's results go: the results store,
 * opened when it is first needed and again after it failed, whose saves
 * never hold up the screen behind another program's lock.
 *
 * The window opens no store of its own: it hands every finished attempt to
 * a sink. An attempt the store cannot take at that moment (another program
 * is writing, the disk is full, the store cannot be opened) is checked,
 * frozen (uh_attempt_copy) and kept in memory, then written by the next
 * save, by uh_sink_poll from a timer, or when the sink is freed; saving it
 * twice is harmless, its UUID is fixed. A save waits at most
 * UH_SINK_SAVE_WAIT_MS for the writer lock, a poll not at all.
 *
 * What happens is logged to stderr (the journal, for the kiosk service):
 * a store that cannot be opened, a damaged store set aside, a save that
 * had to wait, results kept and saved later or lost at exit. */
#ifndef UH_SINK_H
#define UH_SINK_H

#include <stddef.h>

#include "store.h"

#define UH_SINK_SAVE_WAIT_MS 200  /* longest wait for the writer lock on a save */
#define UH_SINK_RETRY_MS 2000     /* polls retry no more often than this */
#define UH_SINK_MAX_KEPT 1000     /* attempts kept in memory at most */

typedef struct uh_sink uh_sink;

/* A sink for the store cfg names, or path when it is not NULL. Opens
 * nothing yet. cfg must outlive the sink. Free with uh_sink_free. */
uh_sink *uh_sink_new(const uh_config *cfg, const char *path);

/* Tries once more to save what is kept (waiting up to 5 s for the lock),
 * logs anything that could not be saved, closes the store. Accepts NULL. */
void uh_sink_free(uh_sink *k);

/* The open store, opening it first when it is not open. NULL when it
 * cannot be opened (uh_sink_error says why); an open that failed is tried
 * again at most every UH_SINK_RETRY_MS. A store returned stays valid until
 * uh_sink_free: the sink never closes it before. */
uh_store *uh_sink_store(uh_sink *k);

/* Saves an attempt (the sink copies what it needs). Returns 0 when it is
 * durably saved; 1 when it is kept to be saved later (err says why it
 * could not be saved now); -1 when it can never be saved (a bad attempt)
 * or UH_SINK_MAX_KEPT attempts are kept already (err says so). Attempts
 * kept before are saved first, in order. */
int uh_sink_save(uh_sink *k, const uh_attempt *a, uh_error *err);

/* For a timer: when a retry is due, opens the store if it is not open and
 * saves what is kept, without waiting for the lock. Returns the number of
 * attempts still kept. */
size_t uh_sink_poll(uh_sink *k);

/* Attempts kept, waiting to be saved. */
size_t uh_sink_kept(const uh_sink *k);

/* Why the store is not available or the last save failed; "" when all is
 * well. Valid until the next call on the sink. */
const char *uh_sink_error(const uh_sink *k);

/* The store's path. */
const char *uh_sink_path(const uh_sink *k);

/* The damaged stores set aside and not acknowledged (see
 * uh_store_set_asides), as read when the sink was created, after it set
 * one aside, or by uh_sink_reload_notices. Owned by the sink. */
const uh_set_aside *uh_sink_notices(const uh_sink *k, size_t *n);
void uh_sink_reload_notices(uh_sink *k);

/* Acknowledges the notices uh_sink_notices returns (a notice written since
 * stays) and reloads them. */
int uh_sink_acknowledge(uh_sink *k, uh_error *err);

#endif
