/* SPDX-License-Identifier: Apache-2.0 */
/* catalog.c — tactic, channel and mitigation catalogs (SPEC §1). */
#include "catalog.h"

#include <string.h>

const uh_catalog_entry uh_tactics[] = {
    {"linkedin", "Professional network approach"},
    {"paid_paper", "The paid paper"},
    {"conference", "Invitation abroad"},
    {"honey_trap", "Honey trap"},
    {"gift", "Gifts and devices"},
    {"family", "Family and favours"},
    {"colleague", "Colleagues and friends"},
    {"travel", "Travelling with devices"},
    {"research", "Research partnerships"},
    {"procurement", "Orders and shipments"},
    {"past_contact", "Contacts from your past"},
    {"after_leaving", "After you leave"},
    {"judgement", "Real or not?"},
    {NULL, NULL},
};

/* Audiences: who a scenario is written for (an extension to the SPEC). The
 * menu groups by them and a kiosk can offer only some (`--only`). */
const uh_catalog_entry uh_audiences[] = {
    {"everyone", "Everyone"},
    {"engineering", "Engineers and developers"},
    {"research", "Researchers and technology transfer"},
    {"sales", "Sales, purchasing and logistics"},
    {"office", "Office and administration"},
    {"travellers", "Staff who travel"},
    {"new_hires", "New hires"},
    {"leavers", "Staff who are leaving"},
    {"managers", "Managers"},
    {NULL, NULL},
};

const uh_catalog_entry uh_mitigations[] = {
    {"little_hook", "Know the \"little hook\": small, well-paid, harmless-looking requests that grow, "
                    "in person and on LinkedIn."},
    {"honey_trap", "Spot honey traps and the other common tactics."},
    {"guard_profile", "Be careful what you post about your duties on LinkedIn and other social media."},
    {"connect_selectively", "Be selective about whom you connect and communicate with online."},
    {"clearance", "Be sceptical of invitations to conferences, exchanges or paid papers touching "
                  "sensitive work; take part only with company knowledge and clearance."},
    {"report", "Report potential approaches to corporate security, knowing what to report, to whom, "
               "and how."},
    {"no_fear", "You can come to corporate security without fear of consequences or ridicule, even "
                "late."},
    {NULL, NULL},
};

const uh_catalog_entry uh_channels[] = {
    [UH_CHANNEL_NARRATION] = {"narration", "Narration"},
    [UH_CHANNEL_LINKEDIN] = {"linkedin", "Professional network"},
    [UH_CHANNEL_EMAIL] = {"email", "E-mail"},
    [UH_CHANNEL_PHONE] = {"phone", "Phone call"},
    [UH_CHANNEL_CHAT] = {"chat", "Messenger"},
    [UH_CHANNEL_IN_PERSON] = {"in_person", "In person"},
    [UH_CHANNEL_COUNT] = {NULL, NULL},
};

const uh_catalog_entry *uh_catalog_find(const uh_catalog_entry *cat, const char *id)
{
    for (; cat->id; cat++)
        if (strcmp(cat->id, id) == 0)
            return cat;
    return NULL;
}

int uh_channel_from_id(const char *id)
{
    for (int i = 0; i < UH_CHANNEL_COUNT; i++)
        if (strcmp(uh_channels[i].id, id) == 0)
            return i;
    return -1;
}
