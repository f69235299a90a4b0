/* SPDX-License-Identifier: Apache-2.0 */
/* lrs.h — sending xAPI statements to a Learning Record Store.
 *
 * The outbox is a table in the results store. A sync first queues the
 * statements of every attempt not queued yet (their text is frozen there,
 * so a re-send is byte-identical), then posts the pending ones in batches.
 * Only the answer xAPI defines counts as delivery: to a POST, a 2xx with
 * the JSON array of the ids sent; to a PUT, 204 No Content. Anything else
 * (a captive portal's "200 OK" page, a proxy's) leaves them pending. A
 * batch the LRS acknowledges is marked sent durably before the next
 * request, so an acknowledged statement is never sent again. When the LRS
 * cannot be reached or answers with an error, the rest stays queued for
 * the next sync. A batch refused with a 4xx (other than 401, 403 and 429)
 * is settled statement by statement with PUT: a statement the LRS refuses
 * on its own with 400, 404, 413 or 422 is parked; on 409 Conflict the
 * statement the LRS holds is fetched (GET statements?statementId=) and
 * compared: the same one is acknowledged, a different one is parked with
 * the difference. A parked statement no longer holds up the queue and is
 * not sent again until `unhooked sync --retry-parked`. */
#ifndef UH_LRS_H
#define UH_LRS_H

#include "../store/store.h"

typedef struct uh_lrs_options {
    const char *url;       /* the LRS endpoint, e.g. "https://lrs.example/xapi/" */
    const char *username;  /* HTTP Basic credentials, or NULL for none */
    const char *password;
    const char *homepage;  /* IRI base for statements (NULL: the default) */
    size_t batch;          /* statements per request (0: 50) */
    long timeout_s;        /* per request (0: 30) */
} uh_lrs_options;

typedef struct uh_lrs_stats {
    int queued;    /* statements added to the outbox by this sync */
    int sent;      /* statements acknowledged by the LRS during this sync */
    int pending;   /* statements still waiting afterwards (parked ones excluded) */
    int newly_parked;  /* statements the LRS refused for good during this sync */
    int parked;    /* statements parked afterwards (see uh_store_outbox_park) */
    int requests;  /* HTTP requests made */
} uh_lrs_stats;

/* The libcurl uh_lrs_sync loads when it starts (dlopen): Debian's
 * "libcurl.so.4", or the file UNHOOKED_LIBCURL names (for tests). Without
 * it a sync fails with an error that says so; nothing else needs it. */
const char *uh_lrs_curl_library(void);

/* Queues new attempts and sends what is pending. Returns 0 when nothing
 * is left pending (parked statements do not count), 1 when statements remain queued (the LRS was offline or
 * refused them; err says why), -1 on a local failure (err filled). stats
 * is filled in every case. */
int uh_lrs_sync(uh_store *st, const uh_lrs_options *o, uh_lrs_stats *stats, uh_error *err);

#endif
