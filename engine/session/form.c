/* SPDX-License-Identifier: Apache-2.0 */
/* form.c — the report form model (SPEC §3 and its v2 window rule). */
#include "form.h"

#include <stdint.h>
#include <stdlib.h>

#include "../core/i18n.h"
#include "../core/util.h"

/* FNV-1a of a fact id: a stable order that mixes required facts and decoys
 * (scenario files tend to list the required ones first). */
static uint32_t hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; s && *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

void uh_form_open(uh_form *f, const uh_run *run, const uh_config *cfg)
{
    uh_form_close(f);
    const uh_scenario *sc = uh_run_scenario(run);
    f->cfg = cfg;
    f->sc = sc;
    f->step = UH_FORM_TO;
    f->to = f->how = -1;
    f->facts = uh_xcalloc(sc->nfacts + 1, sizeof *f->facts);
    f->ticked = uh_xcalloc(sc->nfacts + 1, sizeof *f->ticked);
    for (size_t i = 0; i < sc->nfacts; i++)
        if (uh_run_fact_offered(run, sc->facts[i].id))
            f->facts[f->nfacts++] = i;
    /* Insertion sort by hash: a handful of facts, and a stable result. */
    for (size_t i = 1; i < f->nfacts; i++) {
        size_t v = f->facts[i], j = i;
        uint32_t hv = hash(sc->facts[v].id);
        while (j > 0 && hash(sc->facts[f->facts[j - 1]].id) > hv) {
            f->facts[j] = f->facts[j - 1];
            j--;
        }
        f->facts[j] = v;
    }
}

void uh_form_close(uh_form *f)
{
    free(f->facts);
    free(f->ticked);
    *f = (uh_form){.to = -1, .how = -1};
}

size_t uh_form_noptions(const uh_form *f)
{
    switch (f->step) {
    case UH_FORM_TO:
        return f->cfg ? f->cfg->nto : 0;
    case UH_FORM_FACTS:
        return f->nfacts;
    default:
        return f->cfg ? f->cfg->nhow : 0;
    }
}

const char *uh_form_label(const uh_form *f, size_t i)
{
    if (i >= uh_form_noptions(f))
        return NULL;
    switch (f->step) {
    case UH_FORM_TO:
        return uh_i18n_word(f->cfg->to[i].label);  /* the defaults come translated */
    case UH_FORM_FACTS:
        return f->sc->facts[f->facts[i]].text;
    default:
        return uh_i18n_word(f->cfg->how[i].label);
    }
}

bool uh_form_on(const uh_form *f, size_t i)
{
    switch (f->step) {
    case UH_FORM_TO:
        return f->to == (int)i;
    case UH_FORM_FACTS:
        return i < f->nfacts && f->ticked[i];
    default:
        return f->how == (int)i;
    }
}

void uh_form_pick(uh_form *f, size_t i)
{
    if (i >= uh_form_noptions(f))
        return;
    if (f->step == UH_FORM_TO)
        f->to = (int)i;
    else if (f->step == UH_FORM_HOW)
        f->how = (int)i;
    else
        f->ticked[i] = !f->ticked[i];
    f->refused &= ~(unsigned)(f->step == UH_FORM_TO ? UH_FORM_NEEDS_TO
                              : f->step == UH_FORM_HOW ? UH_FORM_NEEDS_HOW : 0);
}

unsigned uh_form_needs(const uh_form *f)
{
    return (f->to < 0 ? UH_FORM_NEEDS_TO : 0) | (f->how < 0 ? UH_FORM_NEEDS_HOW : 0);
}

int uh_form_next(uh_form *f)
{
    f->refused = 0;
    if (f->step == UH_FORM_TO && f->to < 0) {
        f->refused = UH_FORM_NEEDS_TO;
        return -1;
    }
    if (f->step == UH_FORM_HOW) {
        f->refused = uh_form_needs(f);
        return f->refused ? -1 : 1;
    }
    f->step++;
    return 0;
}

int uh_form_back(uh_form *f)
{
    f->refused = 0;
    if (f->step == UH_FORM_TO)
        return -1;
    f->step--;
    return 0;
}

const char *uh_form_refusal(const uh_form *f)
{
    switch (f->refused) {
    case 0:
        return NULL;
    case UH_FORM_NEEDS_TO:
        return _("Choose who you report to before you go on.");
    case UH_FORM_NEEDS_HOW:
        return _("Choose how you hand it over before you send the report.");
    default:
        return _("Choose who you report to (step 1) and how you hand it over before you send.");
    }
}

int uh_form_send(uh_form *f, uh_run *run, uh_error *err)
{
    f->refused = uh_form_needs(f);
    if (f->refused)
        return uh_error_set(err, NULL, 0, "%s", uh_form_refusal(f));
    const char **facts = uh_xcalloc(f->nfacts + 1, sizeof *facts);
    size_t n = 0;
    for (size_t i = 0; i < f->nfacts; i++)
        if (f->ticked[i])
            facts[n++] = f->sc->facts[f->facts[i]].id;
    int rc = uh_run_submit_report(run, f->cfg->to[f->to].id, facts, n, f->cfg->how[f->how].id, err);
    free(facts);
    return rc;
}
