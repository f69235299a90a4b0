/* SPDX-License-Identifier: Apache-2.0 */
/* welcome.c — the welcome / sign-in screen: organisation, name or employee
 * ID (typed on a keyboard or the on-screen keyboard), or anonymous. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "osk.h"
#include "screens.h"

enum {
    ID_FIELD = UH_ID_FIRST,
    ID_START,
    ID_ANON,
    ID_OSK_TOGGLE,
};

#define NAME_MAX_CHARS UH_TRAINEE_MAX /* the session's limit; the field says when it is reached */

/* The sign-in screen's own state: the name being typed and its keyboard. */
typedef struct welcome_state {
    char name[4 * UH_TRAINEE_MAX + 1];  /* UTF-8: up to 4 bytes a character */
    char msg[200];     /* why the name was refused, "" when it was not */
    bool name_full;    /* the last character typed did not fit in the name */
    uh_osk osk;        /* the on-screen keyboard */
} welcome_state;

static welcome_state *state(const uh_ui *ui) { return uh_ui_state(ui, UH_SCREEN_WELCOME); }

static void welcome_reset(uh_ui *ui)
{
    welcome_state *st = state(ui);
    /* The name, and each start of it typed on the way, may sit in
     * rendered text (the field). */
    uh_text_clear(ui->t);
    memset(st, 0, sizeof *st);
}

static void welcome_enter(uh_ui *ui)
{
    welcome_state *st = state(ui);
    st->name[0] = 0;
    st->name_full = false;
    st->msg[0] = 0;
    uh_gui_focus(&ui->g, ID_FIELD, false);
}

const char *uh_welcome_typed(const uh_ui *ui) { return state(ui)->name; }
bool uh_welcome_name_full(const uh_ui *ui) { return state(ui)->name_full; }
const uh_osk *uh_welcome_keyboard(const uh_ui *ui) { return &state(ui)->osk; }

static void welcome_trace(const uh_ui *ui, FILE *f, bool current)
{
    (void)current;  /* whatever the screen: a name left behind must show */
    if (state(ui)->name[0])
        fprintf(f, "typing %s\n", state(ui)->name);
}

/* Types s into the name (whole or not at all) and remembers whether it
 * did not fit, so the field can say why nothing appeared. */
static void type_name(uh_ui *ui, const char *s)
{
    welcome_state *st = state(ui);
    st->name_full = !uh_osk_type(st->name, sizeof st->name, NAME_MAX_CHARS, s);
    if (st->osk.shown)
        uh_osk_auto_shift(&st->osk, st->name);
}

/* Shows the on-screen keyboard (scrolled into view when next drawn). */
static void open_keyboard(uh_ui *ui)
{
    welcome_state *st = state(ui);
    uh_osk_open(&st->osk, UH_OSK_NAME, st->name);
    st->osk.reveal = true;
}


static void sign_in(uh_ui *ui, bool anonymous)
{
    /* A new sign-in is a new sitting: a fresh session. */
    welcome_state *st = state(ui);
    uh_session *ses = uh_session_new(ui->cfg);
    char pseudo[32];
    if (anonymous)
        uh_store_pseudonym(pseudo); /* so this sitting's attempts belong together */
    uh_error e;
    if (uh_session_sign_in(ses, anonymous ? pseudo : st->name, anonymous, &e) != 0) {
        snprintf(st->msg, sizeof st->msg, "%.190s", e.msg);
        uh_session_free(ses);
        return;
    }
    uh_ui_end_run(ui);
    uh_session_free(ui->ses);
    ui->ses = ses;
    st->msg[0] = 0;
    st->osk.shown = false;
    uh_ui_go(ui, UH_SCREEN_MENU);
}

static bool welcome_key(uh_ui *ui, const uh_input *in)
{
    welcome_state *st = state(ui);
    if (in->type == UH_IN_TEXT) {
        type_name(ui, in->text);
        return true;
    }
    if (in->type != UH_IN_KEY)
        return false;
    switch (in->key) {
    case UH_KEY_BACKSPACE:
        uh_osk_backspace(st->name);
        st->name_full = false;
        if (st->osk.shown)
            uh_osk_auto_shift(&st->osk, st->name);
        return true;
    case UH_KEY_SPACE:
    case UH_KEY_DIGIT:
    case UH_KEY_F:
    case UH_KEY_D:
        return true; /* arrives as text too */
    case UH_KEY_ENTER:
        if (ui->g.focus_visible && ui->g.focus != ID_FIELD && ui->g.focus >= 0)
            return false; /* a focused button: let it activate */
        sign_in(ui, false);
        return true;
    case UH_KEY_ESCAPE:
        st->osk.shown = false;
        return true;
    default:
        return false;
    }
}

static void welcome_act(uh_ui *ui, int id)
{
    welcome_state *st = state(ui);
    if (uh_ui_language_act(ui, id))
        return;
    switch (id) {
    case ID_FIELD:
        /* A tap on the field (or a click on a kiosk, whose touch screen
         * may send mouse clicks) brings up the keyboard; Tab and Enter do
         * not. */
        if (!ui->g.focus_visible && !st->osk.shown && (ui->touch || ui->mode == UH_MODE_KIOSK))
            open_keyboard(ui);
        uh_gui_focus(&ui->g, ID_FIELD, ui->g.focus_visible);
        break;
    case ID_START:
        sign_in(ui, false);
        break;
    case ID_ANON:
        sign_in(ui, true);
        break;
    case ID_OSK_TOGGLE:
        if (st->osk.shown)
            st->osk.shown = false;
        else
            open_keyboard(ui);
        break;
    default:
        switch (uh_osk_act(&st->osk, UH_OSK_NAME, id, st->name, sizeof st->name, NAME_MAX_CHARS)) {
        case UH_OSK_DONE:
            sign_in(ui, false);
            break;
        case UH_OSK_FULL:
            st->name_full = true;
            break;
        case UH_OSK_EDITED:
            st->name_full = false;
            break;
        case UH_OSK_NONE:
            break;
        }
        break;
    }
}

static void welcome_draw(uh_ui *ui)
{
    welcome_state *st = state(ui);
    /* A deep blue backdrop with the card floating on it. */
    uh_draw_gradient(ui->d, (SDL_Rect){0, 0, ui->w, ui->h}, UH_C_BACKDROP_TOP,
                     UH_C_BACKDROP_BOTTOM);
    SDL_Rect view = {0, 0, ui->w, ui->h};
    int y = uh_gui_scroll_begin(&ui->g, 0, view);
    int cw = uh_px(ui, 640);
    if (cw > ui->w - uh_px(ui, UH_SP_10))
        cw = ui->w - uh_px(ui, UH_SP_10);
    int cx = (ui->w - cw) / 2, pad = uh_px(ui, UH_SP_10), iw = cw - 2 * pad;

    /* Brand above the card. */
    y += uh_px(ui, ui->portrait ? 90 : UH_SP_7);
    int logo = uh_px(ui, 56);
    uh_draw_disc(ui->d, ui->w / 2, y + logo / 2, logo / 2, UH_C_ACCENT);
    uh_draw_icon(ui->d, UH_ICON_HOOK, ui->w / 2 - logo / 3, y + logo / 6, logo * 2 / 3, UH_C_WHITE, UH_C_ACCENT);
    y += logo + uh_px(ui, UH_SP_2);
    const uh_text_block *brand = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_H2), UH_C_WHITE, 0, "Unhooked");
    SDL_RenderCopy(ui->r, brand->tex, NULL, &(SDL_Rect){(ui->w - brand->w) / 2, y, brand->w, brand->h});
    y += brand->h + uh_px(ui, UH_SP_4);
    /* The language, before anything is read: names, not flags; then text
     * size, contrast, motion, read aloud. */
    y += uh_ui_language_picker(ui, 0, y, ui->w, true) + uh_px(ui, UH_SP_4);
    y += uh_a11y_settings(ui, cx, y, cw, true, true) + uh_px(ui, UH_SP_6);

    /* Measure the card's content first, so the card is drawn behind it. */
    const char *org = ui->cfg->organisation ? uh_i18n_word(ui->cfg->organisation) : "";
    const char *lead = _("Security awareness training. You will meet people who want something from "
                       "you. Notice the signs, and decide when and how to report them.");
    int px_org = uh_px(ui, UH_PX_SMALL), px_h1 = uh_px(ui, UH_PX_H1 - 4), px_lead = uh_px(ui, UH_PX_BODY);
    const uh_text_block *b_org = uh_text_get(ui->t, UH_FACE_BOLD, px_org, UH_C_ACCENT, iw, org);
    const uh_text_block *b_h1 = uh_text_get(ui->t, UH_FACE_BOLD, px_h1, UH_C_TEXT, iw, _("Welcome"));
    const uh_text_block *b_lead = uh_text_get(ui->t, UH_FACE_REGULAR, px_lead, UH_C_MUTED, iw, lead);
    const uh_text_block *b_lbl = uh_text_get(ui->t, UH_FACE_BOLD, px_lead, UH_C_TEXT, iw,
                                             _("Your name or employee ID"));
    int field_h = uh_px(ui, 58), ctl = uh_gui_control_h(&ui->g);
    bool anon = ui->cfg->allow_anonymous;
    int btn_row = ctl;
    int kb_w = uh_gui_button_width(&ui->g, st->osk.shown ? _("Hide keyboard") : _("On-screen keyboard"), UH_ICON_KEYBOARD);
    int start_w = uh_gui_button_width(&ui->g, _("Start training"), UH_ICON_ARROW_RIGHT);
    bool stack = start_w + kb_w + uh_px(ui, UH_SP_3) > iw;
    if (stack)
        btn_row = 2 * ctl + uh_px(ui, UH_SP_3);
    int gap = uh_px(ui, UH_SP_3);
    /* Under the field: how close the name is to its limit, or that it hit it. */
    char note[160] = "";
    size_t nchars = uh_osk_chars(st->name);
    if (st->name_full)
        snprintf(note, sizeof note, _("A name or ID can be up to %d characters long."), NAME_MAX_CHARS);
    else if (nchars + 10 >= NAME_MAX_CHARS)
        snprintf(note, sizeof note, _("%zu of %d characters"), nchars, NAME_MAX_CHARS);
    const uh_text_block *b_note = note[0] ? uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_SMALL),
                                                         st->name_full ? UH_C_BAD : UH_C_MUTED, iw, note)
                                          : NULL;
    int note_h = b_note ? uh_px(ui, UH_SP_2) + b_note->h : 0;
    int ch = pad + b_org->h + uh_px(ui, UH_SP_1) + b_h1->h + uh_px(ui, UH_SP_2) + b_lead->h + uh_px(ui, UH_SP_6) +
             b_lbl->h + uh_px(ui, UH_SP_2) + field_h + note_h + uh_px(ui, UH_SP_5) + btn_row +
             (anon ? gap + uh_px(ui, UH_SP_5) + ctl : 0) + pad;
    SDL_Rect card = {cx, y, cw, ch};
    uh_draw_card(ui->d, card, uh_px(ui, UH_RADIUS_LG), UH_C_CARD, UH_C_LINE, 0, true);

    int x = cx + pad, cy = y + pad;
    SDL_RenderCopy(ui->r, b_org->tex, NULL, &(SDL_Rect){x, cy, b_org->w, b_org->h});
    cy += b_org->h + uh_px(ui, UH_SP_1);
    SDL_RenderCopy(ui->r, b_h1->tex, NULL, &(SDL_Rect){x, cy, b_h1->w, b_h1->h});
    cy += b_h1->h + uh_px(ui, UH_SP_2);
    SDL_RenderCopy(ui->r, b_lead->tex, NULL, &(SDL_Rect){x, cy, b_lead->w, b_lead->h});
    cy += b_lead->h + uh_px(ui, UH_SP_6);
    SDL_RenderCopy(ui->r, b_lbl->tex, NULL, &(SDL_Rect){x, cy, b_lbl->w, b_lbl->h});
    cy += b_lbl->h + uh_px(ui, UH_SP_2);

    /* The text field, with a caret at the end of the text. */
    SDL_Rect field = {x, cy, iw, field_h};
    uh_gui_item_add(&ui->g, ID_FIELD, field);
    uh_gui_label(&ui->g, _("Your name or employee ID"));
    bool focused = ui->g.focus == ID_FIELD;
    uh_draw_card(ui->d, field, uh_px(ui, UH_RADIUS_SM), UH_C_WHITE, focused ? UH_C_ACCENT : UH_C_CONTROL,
                 focused ? uh_px(ui, UH_STROKE_BOLD) : uh_px(ui, UH_STROKE_FIELD), false);
    int fpx = uh_px(ui, UH_PX_LEAD), tpad = uh_px(ui, UH_SP_4);
    const char *shown = st->name[0] ? st->name : _("e.g. Alex Morgan or E-10442");
    const uh_text_block *fb = uh_text_get(ui->t, UH_FACE_REGULAR, fpx,
                                          st->name[0] ? UH_C_TEXT : UH_C_FAINT, 0, shown);
    int tx = field.x + tpad, maxw = field.w - 2 * tpad - uh_px(ui, UH_SP_1);
    int srcx = fb->w > maxw && st->name[0] ? fb->w - maxw : 0; /* keep the end in view */
    int vis = fb->w - srcx < maxw ? fb->w - srcx : maxw;
    if (fb->tex)
        SDL_RenderCopy(ui->r, fb->tex, &(SDL_Rect){srcx, 0, vis, fb->h},
                       &(SDL_Rect){tx, field.y + (field_h - fb->h) / 2, vis, fb->h});
    if (focused) {
        int caret_x = st->name[0] ? tx + vis + uh_px(ui, UH_STROKE) : tx - uh_px(ui, UH_SP_1);
        uh_draw_rect(ui->d, (SDL_Rect){caret_x, field.y + field_h / 4, uh_px(ui, UH_STROKE_BOLD) < 2 ? 2 : uh_px(ui, UH_STROKE_BOLD),
                                       field_h / 2}, UH_C_ACCENT);
    }
    uh_gui_focus_ring(&ui->g, ID_FIELD, field, uh_px(ui, UH_RADIUS_SM));
    cy += field_h;
    if (b_note) {
        cy += uh_px(ui, UH_SP_2);
        SDL_RenderCopy(ui->r, b_note->tex, NULL, &(SDL_Rect){x, cy, b_note->w, b_note->h});
        cy += b_note->h;
    }
    cy += uh_px(ui, UH_SP_5);

    bool can_start = st->name[0] != 0;
    uh_gui_button(&ui->g, ID_START, x, cy, start_w, _("Start training"),
                  can_start ? UH_BTN_PRIMARY : UH_BTN_SECONDARY, UH_ICON_ARROW_RIGHT);
    if (stack)
        uh_gui_button(&ui->g, ID_OSK_TOGGLE, x, cy + ctl + uh_px(ui, UH_SP_3), kb_w,
                      st->osk.shown ? _("Hide keyboard") : _("On-screen keyboard"), UH_BTN_GHOST, UH_ICON_KEYBOARD);
    else
        uh_gui_button(&ui->g, ID_OSK_TOGGLE, x + iw - kb_w, cy, kb_w,
                      st->osk.shown ? _("Hide keyboard") : _("On-screen keyboard"), UH_BTN_GHOST, UH_ICON_KEYBOARD);
    cy += btn_row;
    if (anon) {
        cy += gap;
        uh_draw_rect(ui->d, (SDL_Rect){x, cy, iw, uh_px(ui, UH_STROKE)}, UH_C_LINE);
        const uh_text_block *orb = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_SMALL), UH_C_FAINT, 0,
                                                /* TRANSLATORS: between "Start training" and
                                                   "Continue anonymously" */
                                                _("or"));
        uh_draw_rect(ui->d, (SDL_Rect){x + (iw - orb->w) / 2 - uh_px(ui, UH_SP_2), cy - orb->h / 2, orb->w + uh_px(ui, UH_SP_4), orb->h}, UH_C_CARD);
        SDL_RenderCopy(ui->r, orb->tex, NULL, &(SDL_Rect){x + (iw - orb->w) / 2, cy - orb->h / 2, orb->w, orb->h});
        cy += uh_px(ui, UH_SP_5);
        uh_gui_button(&ui->g, ID_ANON, x, cy, iw, _("Continue anonymously"), UH_BTN_SECONDARY, UH_ICON_PERSON);
    }
    y += ch + uh_px(ui, UH_SP_6);
    if (st->msg[0]) {
        /* Why the name was refused, right under the card. */
        const uh_text_block *mb = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_BODY), UH_C_BAD,
                                              ui->w - uh_px(ui, UH_HEADER_H), st->msg);
        SDL_RenderCopy(ui->r, mb->tex, NULL, &(SDL_Rect){(ui->w - mb->w) / 2, y, mb->w, mb->h});
        y += mb->h + uh_px(ui, UH_SP_4);
    }

    if (st->osk.shown) {
        int kw = uh_px(ui, UH_OSK_MAX_W);
        if (kw > ui->w - uh_px(ui, UH_SP_8))
            kw = ui->w - uh_px(ui, UH_SP_8);
        SDL_Rect pane = {(ui->w - kw) / 2 - uh_px(ui, UH_SP_3), y, kw + uh_px(ui, UH_SP_6), 0};
        int kh = uh_osk_draw(ui, &st->osk, UH_OSK_NAME, pane.x + uh_px(ui, UH_SP_3), y + uh_px(ui, UH_SP_3), kw, _("Start"));
        if (st->osk.reveal) {
            /* The keyboard just opened: bring it into view with the field above it. */
            st->osk.reveal = false;
            uh_gui_reveal(&ui->g, (SDL_Rect){pane.x, field.y, pane.w, y + kh + uh_px(ui, UH_SP_6) - field.y});
        }
        y += kh + uh_px(ui, UH_SP_9);
    } else if (uh_ui_keyboard_hints(ui)) {
        const char *hint = _("Tab moves between fields, Enter confirms.");
        const uh_text_block *hb = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_SMALL),
                                              UH_C_HEADER_MUTED, ui->w - uh_px(ui, UH_SP_10), hint);
        SDL_RenderCopy(ui->r, hb->tex, NULL, &(SDL_Rect){(ui->w - hb->w) / 2, y, hb->w, hb->h});
        y += hb->h + uh_px(ui, UH_SP_6);
    }
    uh_gui_scroll_end(&ui->g, y);
}

const uh_screen_ops uh_welcome_ops = {
    .state_size = sizeof(welcome_state),
    .reset = welcome_reset,
    .enter = welcome_enter,
    .draw = welcome_draw,
    .act = welcome_act,
    .key = welcome_key,
    .trace = welcome_trace,
};
