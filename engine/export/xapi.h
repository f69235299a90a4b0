/* SPDX-License-Identifier: Apache-2.0 */
/* xapi.h — attempts as Experience API 1.0.3 statements.
 *
 * One statement per event of an attempt, in this order, following cmi5's
 * verbs and result conventions where they fit:
 *
 *   initialized                          at the start
 *   answered        one per choice       choice interaction; response = the
 *                                        1-based position chosen, whose label
 *                                        is in the definition's choices
 *   reported        when a report was    custom verb HOME/xapi/verbs/reported;
 *                   filed (after the     hook depth and report quality as
 *                   choice that filed it) result extensions
 *   completed       when an ending was reached; duration
 *   passed|failed   likewise; score scaled/raw/min/max, success, duration
 *   terminated      always; duration
 *
 * The store keeps only an attempt's start and end, so the answered and
 * reported timestamps are spread evenly between them, in order.
 *
 * The actor is the trainee, an Agent identified by an account (homePage,
 * name as stored); a facilitated session, a room playing together signed
 * in as "group:COHORT", is an identified Group with that account instead.
 * Scenario and scene ids go into IRIs percent-encoded (uh_iri_segment).
 *
 * Statement ids are UUID version 5 (SHA-1) of "<attempt uuid>/<event
 * index>" in a fixed namespace: exporting or sending an attempt twice gives
 * the same ids, so an LRS that already has a statement ignores the copy. */
#ifndef UH_XAPI_H
#define UH_XAPI_H

#include "../store/store.h"
#include "jsonw.h"

#define UH_XAPI_VERSION "1.0.3"
#define UH_XAPI_DEFAULT_HOMEPAGE "https://unhooked.example"

/* The namespace of statement ids (a UUID v5 of the URL namespace and
 * "https://unhooked.example/xapi/statements"; fixed forever). */
extern const unsigned char uh_xapi_namespace[16];

/* Writes the RFC 4122 version 5 UUID of name in namespace ns into out
 * (37 bytes, lower-case). */
void uh_uuid_v5(const unsigned char ns[16], const char *name, char out[37]);

/* Writes an ISO 8601 duration ("PT1H2M3.5S", "PT0S") of ms into out. */
void uh_xapi_duration(int64_t ms, char out[48]);

/* s as one IRI path segment (RFC 3986/3987): every byte but letters,
 * digits and - . _ ~ percent-encoded ("a b/c" -> "a%20b%2Fc"). Caller
 * frees. */
char *uh_iri_segment(const char *s);

/* Whether the attempt was a facilitated session, a room signed in as
 * "group:COHORT" (its actor a Group). */
bool uh_xapi_is_group(const uh_record *r);

/* Appends the statements for one attempt to out as compact JSON, one a
 * line: each after "\n", and after ",\n" when *count (the statements
 * written to out so far, by earlier calls too) is not 0; adds their number
 * to *count. The text is what cJSON_PrintUnformatted prints of
 * uh_xapi_statements' statements. homepage as there. */
void uh_xapi_write(uh_jbuf *out, const uh_record *r, const char *homepage, size_t *count);

/* The statements for one attempt, as a JSON array the caller owns
 * (cJSON_Delete). homepage is the IRI base: the trainee's account
 * homePage, and the root of activity, verb and extension IRIs (NULL =
 * UH_XAPI_DEFAULT_HOMEPAGE). */
cJSON *uh_xapi_statements(const uh_record *r, const char *homepage);

/* Whether the statement an LRS holds (as GET statements?statementId=
 * returns it) is the one sent, by xAPI's comparison rules (Data 2.3.1):
 * what the LRS assigns (authority, stored, version; a timestamp when none
 * was sent), activity definitions and verb displays (not part of the
 * statement), attachments, the time zone and precision of a timestamp,
 * the case of a UUID, an objectType left out where it is the default, and
 * how a number is written make no difference. When they differ, where
 * gets the path of the first difference ("result.score.raw"). */
bool uh_xapi_same_statement(const cJSON *sent, const cJSON *held, char *where, size_t n);

#endif
