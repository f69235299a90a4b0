/* SPDX-License-Identifier: Apache-2.0 */
/* catalog.h — the fixed vocabularies of SPEC §1: tactics, channels and the
 * mitigation advice (from TorchStone's "Mitigating the Threat"). */
#ifndef UH_CATALOG_H
#define UH_CATALOG_H

typedef enum uh_channel {
    UH_CHANNEL_NARRATION,
    UH_CHANNEL_LINKEDIN,
    UH_CHANNEL_EMAIL,
    UH_CHANNEL_PHONE,
    UH_CHANNEL_CHAT,
    UH_CHANNEL_IN_PERSON,
    UH_CHANNEL_COUNT
} uh_channel;

typedef struct uh_catalog_entry {
    const char *id;
    const char *text;  /* display name (tactics, channels) or the advice (mitigations) */
} uh_catalog_entry;

extern const uh_catalog_entry uh_tactics[];      /* terminated by {NULL, NULL} */
extern const uh_catalog_entry uh_mitigations[];  /* terminated by {NULL, NULL} */
extern const uh_catalog_entry uh_channels[];     /* indexed by uh_channel */
extern const uh_catalog_entry uh_audiences[];    /* who a scenario is for; NULL-terminated */

/* Looks id up in a NULL-terminated catalog; returns the entry or NULL. */
const uh_catalog_entry *uh_catalog_find(const uh_catalog_entry *cat, const char *id);

/* Channel id → enum; returns -1 for an unknown id. */
int uh_channel_from_id(const char *id);

#endif
