/* SPDX-License-Identifier: Apache-2.0 */
/* pin_pad.c — the administrator's PIN prompt: a touch-friendly number
 * pad (digits on a keyboard work too). Every try goes through the PIN
 * guard (admin/pin.h), which counts wrong tries and locks the pad for a
 * while, across restarts; the countdown is shown. With no PIN configured
 * nothing unlocks, and the prompt says how to set one. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <stdlib.h>

#include "../core/i18n.h"
#include "../admin/pin.h"
#include "screens.h"

enum { ID_OK = UH_ID_FIRST, ID_DEL, ID_CANCEL, ID_DIGIT = 1000 };

/* The PIN pad's own state: the guard that counts tries (kept for the
 * program's life, its lockout on disk), the digits typed, the last answer
 * and the screen to go back to. */
typedef struct pin_state {
    uh_pin_guard *guard;  /* opened on the first use, closed by release */
    uh_pin_ahead *ahead;  /* checks the digits while they are typed; the same life */
    char digits[16];
    char msg[200];
    bool msg_bad;
    uh_screen_id back_to;  /* where Cancel goes back to */
} pin_state;

static pin_state *state(const uh_ui *ui) { return uh_ui_state(ui, UH_SCREEN_PIN); }

static void pin_reset(uh_ui *ui)
{
    pin_state *ps = state(ui);
    uh_pin_guard *guard = ps->guard;  /* the machine's, not the trainee's */
    uh_pin_ahead *ahead = ps->ahead;
    uh_pin_ahead_forget(ahead);
    memset(ps, 0, sizeof *ps);
    ps->guard = guard;
    ps->ahead = ahead;
    ps->back_to = UH_SCREEN_MENU;
}

static void pin_release(uh_ui *ui)
{
    uh_pin_guard_close(state(ui)->guard);
    state(ui)->guard = NULL;
    uh_pin_ahead_free(state(ui)->ahead);
    state(ui)->ahead = NULL;
}

void uh_ui_open_admin(uh_ui *ui)
{
    uh_ui_preload(ui);
    state(ui)->back_to = ui->screen;
    uh_ui_go(ui, UH_SCREEN_PIN);
}

static void pin_enter(uh_ui *ui)
{
    pin_state *ps = state(ui);
    if (!ps->guard) {
        char *path = uh_pin_state_path(ui->opt.db_path);
        ps->guard = uh_pin_guard_open(path, ui->cfg->pin_max_tries, ui->cfg->pin_lockout_s);
        free(path);
    }
    if (!ps->ahead)
        ps->ahead = uh_pin_ahead_new();
    uh_pin_ahead_forget(ps->ahead);
    memset(ps->digits, 0, sizeof ps->digits);
    ps->msg[0] = 0;
    ps->msg_bad = false;
}

/* The lockout countdown ticks once a second. */
static int pin_frame_ms(const uh_ui *ui)
{
    const pin_state *ps = state(ui);
    if (!ps->guard || uh_pin_seconds_locked(ps->guard, (int64_t)time(NULL)) <= 0)
        return -1;
    return 1000 - (int)(SDL_GetTicks() % 1000);  /* 1..1000 */
}

static void pin_trace(const uh_ui *ui, FILE *f, bool current)
{
    const pin_state *ps = state(ui);
    if (!current)
        return;
    int64_t now = (int64_t)time(NULL);
    fprintf(f, "pin %s\nlocked %d\ntries %d\n",
            !uh_pin_hash_usable(ui->cfg->admin_pin_hash) ? "unset" : ps->msg_bad ? "wrong" : "ok",
            uh_pin_seconds_locked(ps->guard, now), uh_pin_tries_left(ps->guard, now));
}

/* Back to the screen the prompt was opened over, as it was (its enter is
 * not run again, so a half-filled report form stays filled). */
static void cancel(uh_ui *ui)
{
    pin_state *ps = state(ui);
    memset(ps->digits, 0, sizeof ps->digits);
    uh_pin_ahead_forget(ps->ahead);
    uh_ui_go(ui, UH_SCREEN_PIN);  /* resets focus and scroll */
    ui->screen = ps->back_to == UH_SCREEN_PIN || ps->back_to == UH_SCREEN_ADMIN ? UH_SCREEN_MENU
                                                                               : ps->back_to;
    if (ui->screen == UH_SCREEN_MENU && !uh_ui_signed_in(ui))
        uh_ui_go(ui, ui->mode == UH_MODE_KIOSK ? UH_SCREEN_ATTRACT : UH_SCREEN_WELCOME);
}

static void submit(uh_ui *ui)
{
    pin_state *ps = state(ui);
    int64_t now = (int64_t)time(NULL);
    int locked = 0;
    uh_pin_status st = uh_pin_try_ahead(ps->guard, ps->ahead, ui->cfg->admin_pin_hash, ps->digits, now, &locked);
    memset(ps->digits, 0, sizeof ps->digits);
    uh_pin_ahead_forget(ps->ahead);
    ps->msg_bad = st != UH_PIN_OK;
    switch (st) {
    case UH_PIN_OK:
        ps->msg[0] = 0;
        uh_ui_go(ui, UH_SCREEN_ADMIN);
        break;
    case UH_PIN_WRONG: {
        int left = uh_pin_tries_left(ps->guard, now);
        snprintf(ps->msg, sizeof ps->msg, ngettext("Wrong PIN. %d try left before the pad locks.",
                                                   "Wrong PIN. %d tries left before the pad locks.", left),
                 left);
        break;
    }
    case UH_PIN_LOCKED:
        snprintf(ps->msg, sizeof ps->msg, _("Too many wrong tries."));
        break;
    case UH_PIN_UNSET:
        ps->msg[0] = 0;
        break;
    }
}

/* The digits typed so far are checked ahead once they could be a PIN
 * (uh_pin_ahead: OK then finds the answer ready); not while the pad is
 * locked. */
static void check_ahead(uh_ui *ui)
{
    pin_state *ps = state(ui);
    if (strlen(ps->digits) >= UH_PIN_MIN_DIGITS && ps->guard &&
        uh_pin_seconds_locked(ps->guard, (int64_t)time(NULL)) == 0)
        uh_pin_ahead_start(ps->ahead, ui->cfg->admin_pin_hash, ps->digits);
}

static void type_digit(uh_ui *ui, int d)
{
    pin_state *ps = state(ui);
    size_t n = strlen(ps->digits);
    if (n < UH_PIN_MAX_DIGITS && n + 1 < sizeof ps->digits)
        ps->digits[n] = (char)('0' + d);
    check_ahead(ui);
}

static void pin_act(uh_ui *ui, int id)
{
    if (id == ID_CANCEL || id == UH_ID_BACK)
        cancel(ui);
    else if (id == ID_DEL) {
        pin_state *ps = state(ui);
        size_t n = strlen(ps->digits);
        if (n)
            ps->digits[n - 1] = 0;
        check_ahead(ui);
    } else if (id == ID_OK)
        submit(ui);
    else if (id >= ID_DIGIT && id < ID_DIGIT + 10)
        type_digit(ui, id - ID_DIGIT);
}

static bool pin_key(uh_ui *ui, const uh_input *in)
{
    if (in->type == UH_IN_TEXT)
        return true;
    if (in->type != UH_IN_KEY)
        return false;
    switch (in->key) {
    case UH_KEY_DIGIT:
        type_digit(ui, in->digit);
        return true;
    case UH_KEY_BACKSPACE:
        pin_act(ui, ID_DEL);
        return true;
    case UH_KEY_ENTER:
        if (ui->g.focus_visible && ui->g.focus >= 0)
            return false;
        submit(ui);
        return true;
    case UH_KEY_ESCAPE:
        cancel(ui);
        return true;
    default:
        return false;
    }
}

/* One key of the pad. */
static void pad_key(uh_ui *ui, int id, SDL_Rect r, const char *label, bool dim, bool primary)
{
    int st = dim ? 0 : uh_gui_item_add(&ui->g, id, r);
    if (!dim)
        uh_gui_label(&ui->g, label);
    bool hot = st & (UH_GUI_HOVER | UH_GUI_PRESSED);
    SDL_Color fill = primary ? (hot ? UH_C_ACCENT_DARK : UH_C_ACCENT)
                             : dim ? UH_C_WELL : hot ? UH_C_ACCENT_SOFT : UH_C_WHITE;
    uh_draw_card(ui->d, r, uh_px(ui, UH_RADIUS_MD), fill, UH_C_LINE, uh_px(ui, UH_STROKE), !dim);
    SDL_Color fg = primary ? UH_C_WHITE : dim ? UH_C_FAINT : UH_C_TEXT;
    const uh_text_block *b = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_H2), fg, 0, label);
    if (b->tex)
        SDL_RenderCopy(ui->r, b->tex, NULL, &(SDL_Rect){r.x + (r.w - b->w) / 2, r.y + (r.h - b->h) / 2, b->w, b->h});
    uh_gui_focus_ring(&ui->g, id, r, uh_px(ui, UH_RADIUS_MD));
}

static void pin_draw(uh_ui *ui)
{
    const pin_state *ps = state(ui);
    int64_t now = (int64_t)time(NULL);
    bool unset = !uh_pin_hash_usable(ui->cfg->admin_pin_hash);
    int locked = unset ? 0 : uh_pin_seconds_locked(ps->guard, now);
    SDL_Rect body = uh_ui_body(ui);
    int y = uh_gui_scroll_begin(&ui->g, 0, body) + uh_px(ui, UH_SP_6);
    /* The pad's width follows the height too, so it fits a landscape screen;
     * its keys stay as tall as a button (a 44-pixel target), the page
     * scrolling on a window too short for that (1280x480). */
    int kh = uh_px(ui, 72), gap = uh_px(ui, UH_SP_3);
    int avail_h = body.h - uh_px(ui, 270);
    if (4 * kh + 3 * gap > avail_h && avail_h > uh_px(ui, 200))
        kh = (avail_h - 3 * gap) / 4;
    if (kh < uh_px(ui, UH_CONTROL_H))
        kh = uh_px(ui, UH_CONTROL_H);
    int kw = kh * 3 / 2, pw = 3 * kw + 2 * gap;
    if (pw > ui->w - uh_px(ui, UH_SP_10)) {
        pw = ui->w - uh_px(ui, UH_SP_10);
        kw = (pw - 2 * gap) / 3;
    }
    int x = (ui->w - pw) / 2;

    y += uh_ui_text(ui, UH_FACE_BOLD, UH_PX_H2, UH_C_TEXT, pw, _("Administrator PIN"), x, y) + uh_px(ui, UH_SP_1);
    const char *msg;
    char buf[300];
    SDL_Color mc = UH_C_MUTED;
    if (unset) {
        msg = _("No admin PIN is set on this machine. Run `unhooked set-pin` in a terminal to set one; "
              "until then the kiosk cannot be administered or left.");
        mc = UH_C_BAD;
    } else if (locked > 0) {
        snprintf(buf, sizeof buf, _("Too many wrong tries. The pad is locked for %d:%02d."), locked / 60, locked % 60);
        msg = buf;
        mc = UH_C_BAD;
    } else if (ps->msg[0]) {
        msg = ps->msg;
        mc = ps->msg_bad ? UH_C_BAD : UH_C_MUTED;
    } else {
        msg = _("Enter the PIN to open the administration screen.");
    }
    y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_BODY, mc, pw, msg, x, y) + uh_px(ui, UH_SP_4);
    const char *problem = ps->guard ? uh_pin_guard_problem(ps->guard) : NULL;
    if (problem)
        y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_SMALL, UH_C_WARN, pw, problem, x, y) + uh_px(ui, UH_SP_3);

    /* The digits typed, as dots. */
    int dh = uh_px(ui, 56);
    uh_draw_card(ui->d, (SDL_Rect){x, y, pw, dh}, uh_px(ui, UH_RADIUS_MD), UH_C_WHITE, UH_C_LINE, uh_px(ui, UH_STROKE_FIELD), false);
    size_t n = strlen(ps->digits);
    int dot = uh_px(ui, UH_SP_3), dg = uh_px(ui, UH_SP_3);
    int row = (int)n * dot + (n ? (int)n - 1 : 0) * dg;
    for (size_t i = 0; i < n; i++)
        uh_draw_disc(ui->d, x + (pw - row) / 2 + (int)i * (dot + dg) + dot / 2, y + dh / 2, dot / 2, UH_C_TEXT);
    if (!n) {
        const uh_text_block *ph = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_BODY), UH_C_FAINT, 0,
                                              locked ? _("Locked") : "PIN");
        SDL_RenderCopy(ui->r, ph->tex, NULL, &(SDL_Rect){x + (pw - ph->w) / 2, y + (dh - ph->h) / 2, ph->w, ph->h});
    }
    y += dh + uh_px(ui, UH_SP_4);

    bool dim = unset || locked > 0;
    static const char *const labels[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", N_("Del"), "0", "OK"};
    for (int i = 0; i < 12; i++) {
        SDL_Rect r = {x + (i % 3) * (kw + gap), y + (i / 3) * (kh + gap), kw, kh};
        int id = i == 9 ? ID_DEL : i == 11 ? ID_OK : ID_DIGIT + (i == 10 ? 0 : i + 1);
        pad_key(ui, id, r, _(labels[i]), dim, i == 11 && !dim);
    }
    y += 4 * kh + 3 * gap + uh_px(ui, UH_SP_4);
    uh_gui_button(&ui->g, ID_CANCEL, x, y, pw, _("Cancel"), UH_BTN_SECONDARY, UH_ICON_ARROW_LEFT);
    y += uh_gui_control_h(&ui->g) + uh_px(ui, UH_SP_6);
    uh_gui_scroll_end(&ui->g, y);
    uh_ui_header(ui, _("Administration"), false);
}

const uh_screen_ops uh_pin_pad_ops = {
    .state_size = sizeof(pin_state),
    .reset = pin_reset,
    .release = pin_release,
    .enter = pin_enter,
    .draw = pin_draw,
    .act = pin_act,
    .key = pin_key,
    .frame_ms = pin_frame_ms,
    .trace = pin_trace,
};
