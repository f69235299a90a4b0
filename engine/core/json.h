/* SPDX-License-Identifier: Apache-2.0 */
/* json.h — strict JSON parsing for the files people write by hand.
 *
 * cJSON alone accepts a second document after the first (it stops reading
 * at the end of the first) and keeps every copy of a repeated key (lookups
 * find the first). For a configuration or an answers file both hide a
 * mistake, so uh_json_parse refuses them, naming the file and line. */
#ifndef UH_JSON_H
#define UH_JSON_H

#include <cjson/cJSON.h>

#include "error.h"

/* Parses text as exactly one JSON value: only white space may follow it,
 * and no object may hold the same key twice (at any depth). name is the
 * file named in messages. Returns the tree (caller frees with cJSON_Delete)
 * or NULL with err filled ("malformed JSON", "more than one JSON value",
 * "key \"k\" appears twice"). */
cJSON *uh_json_parse(const char *text, const char *name, uh_error *err);

#endif
