/* SPDX-License-Identifier: Apache-2.0 */
/* attract.c — the kiosk's resting screen: short facts from real cases in
 * a loop (the shell's timer advances them, see uh_ui_tick) and an
 * invitation to start; any touch, click or key begins a sitting. (The
 * idle reset and its "Are you still there?" panel are in kiosk.c.) */
#include <stdio.h>
#include <string.h>

#include "../core/i18n.h"
#include "screens.h"

/* Facts in our own words, from the cases the scenarios are built on. */
static const struct {
    const char *text, *source;
} facts[] = {
    {N_("In 2017 Germany's domestic intelligence service (BfV) warned that some 10,000 Germans had "
     "been approached by Chinese intelligence, mainly through fake LinkedIn profiles."),
     N_("BfV warning, December 2017")},
    {N_("The fake profiles posed as consultants, policy experts, scholars and headhunters. A flattering "
     "invitation is the usual first step."),
     N_("BfV warning, December 2017")},
    {N_("Former CIA officer Kevin Mallory was contacted on LinkedIn by someone posing as a think-tank "
     "recruiter. He was sentenced to 20 years in prison."),
     N_("US Department of Justice, 2019")},
    {N_("Mallory was first paid well for harmless research papers. Later requests moved on to secrets: "
     "a paid paper is a classic opening."),
     "TorchStone Global, 2024"},
    {N_("A State Department employee, Candace Claiborne, accepted thousands of dollars in cash and gifts "
     "from Chinese officials and did not report them."),
     N_("US Department of Justice, 2017")},
    {N_("Gifts often went to Claiborne's family rather than to her. Generosity towards the people you love "
     "is still a hook."),
     "Stratfor, 2017"},
    {N_("A speaker invited abroad may be handed an unexpected, generous honorarium, and the moment filmed. "
     "The video becomes leverage."),
     "TorchStone Global, 2024"},
    {N_("Security teams want to hear about approaches early. You can report without fear of consequences "
     "or ridicule, even after you have replied."),
     "TorchStone Global, 2024"},
};
#define NFACTS (sizeof facts / sizeof *facts)

/* The attract screen's own state: the fact shown and since when. */
typedef struct attract_state {
    int fact;
    Uint32 fact_since;
} attract_state;

static attract_state *state(const uh_ui *ui) { return uh_ui_state(ui, UH_SCREEN_ATTRACT); }

/* The shell's timer: the next fact once this one has been shown long enough. */
static void attract_tick(uh_ui *ui)
{
    attract_state *as = state(ui);
    Uint32 now = SDL_GetTicks();
    if (now - as->fact_since >= UH_ATTRACT_FACT_MS) {
        as->fact++;
        as->fact_since = now;
        ui->g.dirty = true;
    }
}

static void attract_trace(const uh_ui *ui, FILE *f, bool current)
{
    if (current)
        fprintf(f, "fact %d\n", state(ui)->fact);
}

static void attract_enter(uh_ui *ui)
{
    state(ui)->fact_since = SDL_GetTicks();
    ui->idle_left = -1;
    ui->touch = true; /* the next person: a finger until a key says otherwise */
}

static void start(uh_ui *ui)
{
    ui->last_input = SDL_GetTicks();
    uh_ui_go(ui, UH_SCREEN_WELCOME);
}

/* True when (x, y) is on one of the accessibility settings. */
static bool on_settings(const uh_ui *ui, float x, float y)
{
    SDL_Point p = {(int)x, (int)y};
    for (int i = 0; i < ui->g.nprev; i++)
        if (SDL_PointInRect(&p, &ui->g.prev[i].r) && SDL_PointInRect(&p, &ui->g.prev[i].clip))
            return true;
    return false;
}

static bool attract_key(uh_ui *ui, const uh_input *in)
{
    /* A press on a language starts in that language; anywhere else but
     * on the settings, the press starts (the release then lands on the
     * welcome screen, where nothing is under it yet). The keys that move
     * to the settings, scroll or press a focused one stay here; any other
     * key starts. */
    if (in->type == UH_IN_DOWN) {
        int lang = uh_ui_language_at(ui, in->x, in->y);
        if (lang >= 0)
            uh_ui_language_act(ui, lang);
        if (lang >= 0 || !on_settings(ui, in->x, in->y)) {
            start(ui);
            return true;
        }
    }
    if (in->type == UH_IN_KEY) {
        switch (in->key) {
        case UH_KEY_TAB:
        case UH_KEY_UP:
        case UH_KEY_DOWN:
        case UH_KEY_LEFT:
        case UH_KEY_RIGHT:
        case UH_KEY_PAGEUP:
        case UH_KEY_PAGEDOWN:
        case UH_KEY_HOME:
        case UH_KEY_END:
            return false;
        case UH_KEY_ENTER:
        case UH_KEY_SPACE:
            if (ui->g.focus_visible && ui->g.focus >= 0)
                return false;
            break;
        default:
            break;
        }
        start(ui);
        return true;
    }
    return in->type == UH_IN_TEXT;  /* the key already started */
}

static void attract_draw(uh_ui *ui)
{
    uh_draw_gradient(ui->d, (SDL_Rect){0, 0, ui->w, ui->h}, UH_C_BACKDROP_TOP,
                     UH_C_BACKDROP_BOTTOM);
    int cw = uh_px(ui, 980);
    if (cw > ui->w - uh_px(ui, UH_HEADER_H))
        cw = ui->w - uh_px(ui, UH_HEADER_H);
    int cx = (ui->w - cw) / 2;
    size_t k = (size_t)state(ui)->fact % NFACTS;

    /* Measure everything first so the block sits in the middle. */
    const uh_text_block *brand = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_H1), UH_C_WHITE, 0, "Unhooked");
    const uh_text_block *kick = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_LABEL),
                                            UH_C_BACKDROP_KICKER, cw, _("DID YOU KNOW?"));
    int pad = uh_px(ui, UH_SP_11), iw = cw - 2 * pad;
    const uh_text_block *fact = uh_text_get(ui->t, UH_FACE_SERIF, uh_px(ui, UH_PX_H2 + 2), UH_C_TEXT, iw,
                                            _(facts[k].text));
    const uh_text_block *src = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_LABEL), UH_C_MUTED, iw,
                                           _(facts[k].source));
    const uh_text_block *cta = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_H2), UH_C_WHITE, cw,
                                           _("Touch anywhere to start"));
    const uh_text_block *sub = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_BODY), UH_C_HEADER_MUTED, cw,
                                           _("Ten minutes. Meet the people who want something from you, "
                                           "and learn when and how to report them."));
    int dots = uh_px(ui, UH_SP_2);
    /* The settings first (measured without drawing), so the next person
     * can make the text larger before reading on, and the languages. */
    int margin = uh_px(ui, UH_SP_5), sw = ui->w - 2 * margin, settings_h = uh_a11y_settings_height(ui, sw);
    /* The airy spacing when it fits; else the tight one, and then without
     * the hook above the name, so that at the usual text size the whole
     * screen shows on a landscape screen of 720 lines or more; at a large
     * text size it scrolls. */
    enum { G_PICKER, G_LOGO, G_BRAND, G_CARD, G_DOTS, G_CTA, G_PAD, G_COUNT };
    static const int airy[G_COUNT] = {UH_SP_6, UH_SP_3, UH_SP_9, UH_SP_5, UH_SP_11, UH_SP_2, UH_SP_11};
    static const int tight[G_COUNT] = {UH_SP_4, UH_SP_2, UH_SP_5, UH_SP_3, UH_SP_6, UH_SP_1, UH_SP_8};
    /* Chosen for the longest fact, so the layout holds while they turn
     * (measured, not rendered: the facts not shown cost no texture). */
    int longest = 0;
    for (size_t i = 0; i < NFACTS; i++) {
        int h = uh_text_size(ui->t, UH_FACE_SERIF, uh_px(ui, UH_PX_H2 + 2), UH_C_TEXT, iw, _(facts[i].text))->h +
                uh_text_size(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_LABEL), UH_C_MUTED, iw, _(facts[i].source))->h;
        if (h > longest)
            longest = h;
    }
    const int *sp = airy;
    int logo = 0, vpad = 0, card_h = 0, total = 0;
    for (int pass = 0; pass < 3; pass++) {
        sp = pass ? tight : airy;
        logo = pass == 2 ? 0 : uh_px(ui, pass ? 56 : 72);
        vpad = uh_px(ui, sp[G_PAD]);
        card_h = vpad + kick->h + uh_px(ui, UH_SP_3) + fact->h + uh_px(ui, UH_SP_4) + src->h + vpad;
        total = settings_h + uh_px(ui, UH_SP_3) + uh_gui_control_h(&ui->g) + uh_px(ui, sp[G_PICKER]) +
                (logo ? logo + uh_px(ui, sp[G_LOGO]) : 0) + brand->h + uh_px(ui, sp[G_BRAND]) + card_h +
                uh_px(ui, sp[G_CARD]) + dots + uh_px(ui, sp[G_DOTS]) + cta->h + uh_px(ui, sp[G_CTA]) + sub->h;
        if (total - fact->h - src->h + longest + 2 * margin <= ui->h)
            break;
    }
    int y = uh_gui_scroll_begin(&ui->g, 0, (SDL_Rect){0, 0, ui->w, ui->h});
    y += total + 2 * margin <= ui->h ? (ui->h - total) / 2 : margin;
    y += uh_a11y_settings(ui, margin, y, sw, true, true) + uh_px(ui, UH_SP_3);
    /* The language to start in: a press on one starts in it. */
    y += uh_ui_language_picker(ui, 0, y, ui->w, true) + uh_px(ui, sp[G_PICKER]);

    if (logo) {
        uh_draw_disc(ui->d, ui->w / 2, y + logo / 2, logo / 2, UH_C_ACCENT);
        uh_draw_icon(ui->d, UH_ICON_HOOK, ui->w / 2 - logo / 3, y + logo / 6, logo * 2 / 3, UH_C_WHITE, UH_C_ACCENT);
        y += logo + uh_px(ui, sp[G_LOGO]);
    }
    SDL_RenderCopy(ui->r, brand->tex, NULL, &(SDL_Rect){(ui->w - brand->w) / 2, y, brand->w, brand->h});
    y += brand->h + uh_px(ui, sp[G_BRAND]);

    uh_draw_card(ui->d, (SDL_Rect){cx, y, cw, card_h}, uh_px(ui, UH_RADIUS_XL), UH_C_PAPER, UH_C_LINE, 0, true);
    int ty = y + vpad;
    uh_draw_rect(ui->d, (SDL_Rect){cx + uh_px(ui, UH_SP_5), ty, uh_px(ui, 5), card_h - 2 * vpad}, UH_C_PAPER_RULE);
    const uh_text_block *kick2 = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_LABEL), UH_C_ACCENT, cw,
                                             _("DID YOU KNOW?"));
    SDL_RenderCopy(ui->r, kick2->tex, NULL, &(SDL_Rect){cx + pad, ty, kick2->w, kick2->h});
    ty += kick->h + uh_px(ui, UH_SP_3);
    SDL_RenderCopy(ui->r, fact->tex, NULL, &(SDL_Rect){cx + pad, ty, fact->w, fact->h});
    ty += fact->h + uh_px(ui, UH_SP_4);
    SDL_RenderCopy(ui->r, src->tex, NULL, &(SDL_Rect){cx + pad, ty, src->w, src->h});
    y += card_h + uh_px(ui, sp[G_CARD]);

    /* Which fact of how many. */
    int gap = uh_px(ui, UH_SP_2), row = (int)NFACTS * dots + ((int)NFACTS - 1) * gap;
    for (size_t i = 0; i < NFACTS; i++)
        uh_draw_disc(ui->d, (ui->w - row) / 2 + (int)i * (dots + gap) + dots / 2, y + dots / 2, dots / 2,
                     i == k ? UH_C_WHITE : UH_C_BACKDROP_DOT);
    y += dots + uh_px(ui, sp[G_DOTS]);

    SDL_RenderCopy(ui->r, cta->tex, NULL, &(SDL_Rect){(ui->w - cta->w) / 2, y, cta->w, cta->h});
    y += cta->h + uh_px(ui, sp[G_CTA]);
    SDL_RenderCopy(ui->r, sub->tex, NULL, &(SDL_Rect){(ui->w - sub->w) / 2, y, sub->w, sub->h});
    uh_gui_scroll_end(&ui->g, y + sub->h + margin);
}

const uh_screen_ops uh_attract_ops = {
    .state_size = sizeof(attract_state),
    .enter = attract_enter,
    .draw = attract_draw,
    .key = attract_key,
    .tick = attract_tick,
    .trace = attract_trace,
};
