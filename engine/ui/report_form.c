/* SPDX-License-Identifier: Apache-2.0 */
/* report_form.c — the three steps of filing a report (SPEC §3): to whom,
 * what to include, how; with the organisation's security contact. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/util.h"
#include "screens.h"

enum { ID_NEXT = UH_ID_FIRST, ID_PREV, ID_OPTION = 1000 };

static const char *const step_names[3] = {N_("To whom"), N_("What to include"), N_("How")};

/* The form lives in the session (engine/session/form.h): this screen only
 * draws it and feeds it picks. */
static uh_form *form(uh_ui *ui) { return uh_session_form(ui->ses); }

/* The form's answers are the session's: the screen keeps no state. */
static void report_trace(const uh_ui *ui, FILE *f, bool current)
{
    const uh_form *fm = uh_session_form(ui->ses);
    if (!current || !fm)
        return;
    fprintf(f, "step %d\n", (int)fm->step + 1);
    if (fm->refused)
        fprintf(f, "refused %s\n", uh_form_refusal(fm));
}

static void step(uh_ui *ui, int dir)
{
    uh_form *f = form(ui);
    if (!f)
        return;
    int rc = dir < 0 ? uh_form_back(f) : uh_form_next(f);
    if (rc == 1) {
        uh_ui_send_report(ui); /* complete: the story goes on */
        return;
    }
    if (rc == 0) {
        uh_gui_scroll_top(&ui->g, 0);
        uh_ui_enter(ui);
        /* Keyboard users start the new step on its first option. */
        if (ui->g.focus_visible)
            uh_gui_focus(&ui->g, ID_OPTION, true);
    }
}

static void report_act(uh_ui *ui, int id)
{
    if (id == ID_NEXT)
        step(ui, 1);
    else if (id == ID_PREV || id == UH_ID_BACK)
        step(ui, -1);
    else if (id >= ID_OPTION && form(ui))
        uh_form_pick(form(ui), (size_t)(id - ID_OPTION));
}

static bool report_key(uh_ui *ui, const uh_input *in)
{
    if (in->type != UH_IN_KEY || !form(ui))
        return false;
    if (in->key == UH_KEY_ESCAPE) {
        step(ui, -1);
        return true;
    }
    if (in->key == UH_KEY_DIGIT && in->digit >= 1) {
        uh_form_pick(form(ui), (size_t)(in->digit - 1));
        return true;
    }
    if (in->key == UH_KEY_ENTER && !ui->g.focus_visible) {
        step(ui, 1); /* Enter with nothing focused: the next step */
        return true;
    }
    return false;
}

/* The organisation's security contact, as a card; returns its height. */
static int contact_card(uh_ui *ui, int x, int y, int w)
{
    const uh_config *c = ui->cfg;
    int pad = uh_px(ui, UH_SP_5), isz = uh_px(ui, UH_SP_10), tw = w - 3 * pad - isz;
    char lines[600];
    snprintf(lines, sizeof lines, _("Phone: %s\nE-mail: %s"), c->security_phone ? c->security_phone : "",
             c->security_email ? c->security_email : "");
    const uh_text_block *bk = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_SMALL), UH_C_GOOD, tw,
                                          _("YOUR SECURITY CONTACT"));
    const uh_text_block *bt = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_MESSAGE), UH_C_TEXT, tw,
                                          c->security_team ? uh_i18n_word(c->security_team) : _("Corporate security"));
    const uh_text_block *bl = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_BODY), UH_C_TEXT, tw, lines);
    int h = pad + bk->h + bt->h + uh_px(ui, UH_SP_1) + bl->h + pad;
    uh_draw_card(ui->d, (SDL_Rect){x, y, w, h}, uh_px(ui, UH_RADIUS_MD), UH_C_GOOD_SOFT, UH_C_GOOD_LINE, uh_px(ui, UH_STROKE), false);
    uh_draw_icon(ui->d, UH_ICON_SHIELD, x + pad, y + pad, isz, UH_C_GOOD, UH_C_GOOD_SOFT);
    int tx = x + 2 * pad + isz, ty = y + pad;
    SDL_RenderCopy(ui->r, bk->tex, NULL, &(SDL_Rect){tx, ty, bk->w, bk->h});
    ty += bk->h;
    SDL_RenderCopy(ui->r, bt->tex, NULL, &(SDL_Rect){tx, ty, bt->w, bt->h});
    ty += bt->h + uh_px(ui, UH_SP_1);
    SDL_RenderCopy(ui->r, bl->tex, NULL, &(SDL_Rect){tx, ty, bl->w, bl->h});
    return h;
}

/* The three numbered steps joined by a line; returns the height. */
static int stepper(uh_ui *ui, int x, int y, int w)
{
    int current = (int)form(ui)->step;
    int r = uh_px(ui, UH_SP_4), seg = w / 3;
    int lh = uh_text_line_height(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_SMALL));
    for (int i = 0; i < 3; i++) {
        int cx = x + seg * i + seg / 2, cy = y + r;
        if (i < 2)
            uh_draw_rect(ui->d, (SDL_Rect){cx + r, cy - uh_px(ui, UH_STROKE), seg - 2 * r, uh_px(ui, UH_STROKE_HEAVY)},
                         i < current ? UH_C_ACCENT : UH_C_LINE);
        bool done = i < current, cur = i == current;
        uh_draw_disc(ui->d, cx, cy, r, done || cur ? UH_C_ACCENT : UH_C_STEP_TODO);
        if (done) {
            uh_draw_icon(ui->d, UH_ICON_CHECK, cx - r * 3 / 5, cy - r * 3 / 5, r * 6 / 5, UH_C_WHITE, UH_C_ACCENT);
        } else {
            char num[4];
            snprintf(num, sizeof num, "%d", i + 1);
            const uh_text_block *b = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_BODY),
                                                 cur ? UH_C_WHITE : UH_C_MUTED, 0, num);
            SDL_RenderCopy(ui->r, b->tex, NULL, &(SDL_Rect){cx - b->w / 2, cy - b->h / 2, b->w, b->h});
        }
        const uh_text_block *bl = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_SMALL),
                                              cur ? UH_C_ACCENT : UH_C_MUTED, seg - uh_px(ui, UH_SP_2), _(step_names[i]));
        SDL_RenderCopy(ui->r, bl->tex, NULL, &(SDL_Rect){cx - bl->w / 2, y + 2 * r + uh_px(ui, UH_SP_2), bl->w, bl->h});
        if (bl->h > lh)
            lh = bl->h;
    }
    return 2 * r + uh_px(ui, UH_SP_2) + lh;
}

static void report_draw(uh_ui *ui)
{
    uh_form *f = form(ui);
    if (!f)
        return;
    int st = (int)f->step;
    SDL_Rect body = uh_ui_body(ui);
    int y = uh_gui_scroll_begin(&ui->g, 0, body) + uh_px(ui, UH_SP_7);
    SDL_Rect col = uh_ui_column(ui, body, 860);
    int x = col.x, w = col.w;
    y += stepper(ui, x, y, w) + uh_px(ui, UH_SP_7);

    static const char *const titles[3] = {
        N_("Who do you report this to?"),
        N_("What should your report include?"),
        N_("How do you hand it over?"),
    };
    static const char *const leads[3] = {
        N_("Pick the one place you would take it."),
        N_("Tick everything that belongs in a good report. Leave out what does not."),
        N_("Choose what you do with the messages and the contact from now on."),
    };
    y += uh_ui_text(ui, UH_FACE_BOLD, UH_PX_H2, UH_C_TEXT, w, _(titles[st]), x, y);
    y += uh_px(ui, UH_SP_1);
    y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_BODY, UH_C_MUTED, w, _(leads[st]), x, y);
    y += uh_px(ui, UH_SP_5);
    size_t n = uh_form_noptions(f);
    for (size_t i = 0; i < n; i++) {
        y += uh_gui_toggle(&ui->g, ID_OPTION + (int)i, x, y, w, uh_form_on(f, i), st != UH_FORM_FACTS,
                           uh_form_label(f, i), NULL);
        y += uh_px(ui, UH_SP_2);
    }
    if (st == UH_FORM_FACTS && n == 0)
        y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_BODY, UH_C_MUTED, w,
                        _("Nothing to tick at this point of the story."), x, y) + uh_px(ui, UH_SP_2);
    y += uh_px(ui, UH_SP_2);
    /* Why Next or Send did nothing, where the eye is. */
    const char *refusal = uh_form_refusal(f);
    if (refusal) {
        int pad = uh_px(ui, UH_SP_4), isz = uh_px(ui, UH_SP_6);
        const uh_text_block *b = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_BODY), UH_C_BAD,
                                             w - 3 * pad - isz, refusal);
        int h = (b->h > isz ? b->h : isz) + 2 * pad;
        uh_draw_card(ui->d, (SDL_Rect){x, y, w, h}, uh_px(ui, UH_RADIUS_MD), UH_C_BAD_SOFT, UH_C_BAD,
                     uh_px(ui, UH_STROKE), false);
        uh_draw_icon(ui->d, UH_ICON_CROSS, x + pad, y + (h - isz) / 2, isz, UH_C_BAD, UH_C_BAD_SOFT);
        SDL_RenderCopy(ui->r, b->tex, NULL, &(SDL_Rect){x + 2 * pad + isz, y + (h - b->h) / 2, b->w, b->h});
        y += h + uh_px(ui, UH_SP_4);
    }
    /* Previous before Next/Send, so Tab meets them in reading order. */
    bool last = st == UH_FORM_HOW;
    bool ready = last ? uh_form_needs(f) == 0 : st != UH_FORM_TO || f->to >= 0;
    const char *next = last ? _("Send report") : _("Next");
    uh_icon icon = last ? UH_ICON_SHIELD : UH_ICON_ARROW_RIGHT;
    int nw = uh_gui_button_width(&ui->g, next, icon);
    if (st > 0)
        uh_gui_button(&ui->g, ID_PREV, x, y, 0, _("Previous step"), UH_BTN_GHOST, UH_ICON_ARROW_LEFT);
    uh_gui_button(&ui->g, ID_NEXT, x + w - nw, y, nw, next, ready ? UH_BTN_PRIMARY : UH_BTN_SECONDARY,
                  icon);
    y += uh_gui_control_h(&ui->g) + uh_px(ui, UH_SP_7);
    y += contact_card(ui, x, y, w);
    y += uh_px(ui, UH_SP_9);
    uh_gui_scroll_end(&ui->g, y);
    char title[300];
    snprintf(title, sizeof title, _("Filing a report \xC2\xB7 step %d of 3"), st + 1);
    uh_ui_header(ui, title, st > 0);
}

const uh_screen_ops uh_report_form_ops = {
    .draw = report_draw,
    .act = report_act,
    .key = report_key,
    .trace = report_trace,
};
