/* SPDX-License-Identifier: Apache-2.0 */
/* catalog.c — tactic, channel and mitigation catalogs (SPEC §1). The texts
 * are marked for translation; screens show them through _(). */
#include "catalog.h"

#include <string.h>

#include "i18n.h"

const uh_catalog_entry uh_tactics[] = {
    {"linkedin", N_("Professional network approach")},
    {"paid_paper", N_("The paid paper")},
    {"conference", N_("Invitation abroad")},
    {"honey_trap", N_("Honey trap")},
    {"gift", N_("Gifts and devices")},
    {"family", N_("Family and favours")},
    {"colleague", N_("Colleagues and friends")},
    {"travel", N_("Travelling with devices")},
    {"research", N_("Research partnerships")},
    {"procurement", N_("Orders and shipments")},
    {"past_contact", N_("Contacts from your past")},
    {"after_leaving", N_("After you leave")},
    {"judgement", N_("Real or not?")},
    {NULL, NULL},
};

/* Audiences: who a scenario is written for (an extension to the SPEC). The
 * menu groups by them and a kiosk can offer only some (`--only`). */
const uh_catalog_entry uh_audiences[] = {
    {"everyone", N_("Everyone")},
    {"engineering", N_("Engineers and developers")},
    {"research", N_("Researchers and technology transfer")},
    {"sales", N_("Sales, purchasing and logistics")},
    {"office", N_("Office and administration")},
    {"travellers", N_("Staff who travel")},
    {"new_hires", N_("New hires")},
    {"leavers", N_("Staff who are leaving")},
    {"managers", N_("Managers")},
    {NULL, NULL},
};

const uh_catalog_entry uh_mitigations[] = {
    {"little_hook", N_("Know the \"little hook\": small, well-paid, harmless-looking requests that grow, "
                    "in person and on LinkedIn.")},
    {"honey_trap", N_("Spot honey traps and the other common tactics.")},
    {"guard_profile", N_("Be careful what you post about your duties on LinkedIn and other social media.")},
    {"connect_selectively", N_("Be selective about whom you connect and communicate with online.")},
    {"clearance", N_("Be sceptical of invitations to conferences, exchanges or paid papers touching "
                  "sensitive work; take part only with company knowledge and clearance.")},
    {"report", N_("Report potential approaches to corporate security, knowing what to report, to whom, "
               "and how.")},
    {"no_fear", N_("You can come to corporate security without fear of consequences or ridicule, even "
                "late.")},
    {NULL, NULL},
};

const uh_catalog_entry uh_channels[] = {
    [UH_CHANNEL_NARRATION] = {"narration", N_("Narration")},
    [UH_CHANNEL_LINKEDIN] = {"linkedin", N_("Professional network")},
    [UH_CHANNEL_EMAIL] = {"email", N_("E-mail")},
    [UH_CHANNEL_PHONE] = {"phone", N_("Phone call")},
    [UH_CHANNEL_CHAT] = {"chat", N_("Messenger")},
    [UH_CHANNEL_IN_PERSON] = {"in_person", N_("In person")},
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
