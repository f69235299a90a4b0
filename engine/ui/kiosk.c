/* SPDX-License-Identifier: Apache-2.0 */
/* kiosk.c — what makes the window an unattended kiosk: the idle warning
 * and reset (the "Are you still there?" overlay), the wipe that leaves
 * nothing of one trainee for the next (every screen's reset), the five-tap
 * corner gesture that opens the administrator's PIN prompt (pin_pad.c), and
 * the periodic tick that drives them (and retries results kept while the
 * store was busy). */
#include <stdio.h>
#include <string.h>

#include "../core/i18n.h"
#include "screens.h"

#define CORNER_TAPS 5      /* taps in the top-right corner that open the PIN prompt */
#define CORNER_MS 4000     /* ... within this time */

/* Five taps in the top-right corner (no widget lives there) within a few
 * seconds: the touch screen's way to the PIN prompt. */
bool uh_kiosk_corner_gesture(uh_ui *ui, const uh_input *in)
{
    int c = uh_px(ui, UH_HEADER_H);
    if (in->type != UH_IN_DOWN || in->x < ui->w - c || in->y > c)
        return false;
    memmove(ui->corner_taps, ui->corner_taps + 1, sizeof ui->corner_taps - sizeof *ui->corner_taps);
    Uint32 now = SDL_GetTicks();
    ui->corner_taps[CORNER_TAPS - 1] = now;
    if (ui->corner_taps[0] && now - ui->corner_taps[0] < CORNER_MS) {
        memset(ui->corner_taps, 0, sizeof ui->corner_taps);
        return true;
    }
    return false;
}

void uh_ui_wipe(uh_ui *ui)
{
    /* An unfinished run is kept as an attempt that did not complete, so the
     * admin's completion rate stays honest; a finished one is saved already. */
    uh_session_state st = uh_session_state_of(ui->ses);
    if (uh_ui_signed_in(ui) && (st == UH_SESSION_SCENE || st == UH_SESSION_REPORT)) {
        uh_result *r = uh_session_result_now(ui->ses);
        char msg[600];
        if (uh_ui_save_attempt(ui, r, msg, sizeof msg) < 0)
            SDL_Log("unhooked: unfinished attempt not saved: %s", msg);
        uh_result_free(r);
    }
    /* The name, and whatever was typed on the way, may sit in rendered
     * text (the name field, the header, the certificate line): all the
     * cached text goes. */
    uh_text_clear(ui->t);
    uh_ui_end_run(ui);
    /* The next person starts a new session: nothing of this one remains,
     * in the session or in any screen. */
    uh_session_free(ui->ses);
    ui->ses = uh_session_new(ui->cfg);
    uh_ui_set_language(ui, ui->lang_default);  /* the next person starts in the configured language */
    for (int i = 0; i < UH_SCREEN_COUNT; i++)
        uh_ui_reset_screen(ui, (uh_screen_id)i);
    ui->notice[0] = 0;
    ui->idle_left = -1;
    ui->g.focus_visible = false;
    uh_a11y_reset(ui); /* the next person starts with the configured text size and contrast */
    uh_ui_go(ui, UH_SCREEN_ATTRACT);
}

unsigned uh_ui_tick_ms(const uh_ui *ui) { return ui->mode == UH_MODE_KIOSK ? 1000 : 0; }

void uh_ui_tick(uh_ui *ui)
{
    Uint32 now = SDL_GetTicks();
    if (ui->sink) {  /* results kept for later, a store still to open */
        size_t kept = uh_sink_kept(ui->sink);
        ui->g.dirty |= uh_sink_poll(ui->sink) != kept;
        ui->store = uh_sink_store(ui->sink);
    }
    const uh_screen_ops *ops = uh_ui_ops(ui->screen);
    if (ops->tick)  /* the attract screen's next fact */
        ops->tick(ui);
    if (ui->screen == UH_SCREEN_ATTRACT) {
        ui->idle_left = -1;  /* nobody to warn */
        /* Settings changed here by someone who then walked away are not
         * the next person's. */
        if (now - ui->last_input >= (Uint32)ui->cfg->idle_timeout_s * 1000 && !uh_a11y_is_default(ui))
            uh_a11y_reset(ui);
        return;
    }
    if (ui->mode != UH_MODE_KIOSK)
        return;
    Uint32 idle = (now - ui->last_input) / 1000;
    Uint32 timeout = (Uint32)ui->cfg->idle_timeout_s, warn = (Uint32)ui->cfg->idle_warning_s;
    if (idle >= timeout + warn) {
        uh_ui_wipe(ui);
        ui->g.dirty = true;
    } else if (idle >= timeout) {
        int left = (int)(timeout + warn - idle);
        if (left != ui->idle_left) {
            ui->idle_left = left;
            ui->g.dirty = true;
        }
    }
}

void uh_ui_draw_idle_warning(uh_ui *ui)
{
    uh_gui_modal(&ui->g); /* the screen under it is inert: a touch only dismisses it */
    uh_draw_rect(ui->d, (SDL_Rect){0, 0, ui->w, ui->h}, UH_C_SCRIM_DEEP);
    int w = uh_px(ui, 620);
    if (w > ui->w - uh_px(ui, UH_SP_8))
        w = ui->w - uh_px(ui, UH_SP_8);
    char big[16], line[160];
    snprintf(big, sizeof big, "%d", ui->idle_left);
    snprintf(line, sizeof line, _("Resetting in %d s \xE2\x80\x94 touch to continue."), ui->idle_left);
    const char *note = ui->sink && uh_sink_kept(ui->sink)
                           ? _("Finished results are kept and saved as soon as the results store "
                               "can take them. Your name and answers will be cleared from the screen.")
                           : _("Finished results are already saved. Your name and answers will be "
                               "cleared from the screen.");
    /* The card at the type scale when it fits the window's height; on a
     * short window at a large text size, at the largest fraction of it that
     * does (the card does not scroll). */
    int pad, h, g4, g3;
    const uh_text_block *bt, *bn, *bl, *bs;
    for (int pct = 100;; pct -= 10) {
        float f = pct / 100.0f;
        pad = uh_px(ui, UH_SP_9 * f);
        g4 = uh_px(ui, UH_SP_4 * f);
        g3 = uh_px(ui, UH_SP_3 * f);
        int iw = w - 2 * pad;
        bt = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_H1 * f), UH_C_TEXT, iw,
                         _("Are you still there?"));
        bn = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_HUGE * f), UH_C_ACCENT, 0, big);
        bl = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_LEAD * f), UH_C_MUTED, iw, line);
        bs = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_LABEL * f), UH_C_FAINT, iw, note);
        h = pad + bt->h + g4 + bn->h + g3 + bl->h + g3 + bs->h + pad;
        if (h <= ui->h || pct <= 50)
            break;
    }
    SDL_Rect r = {(ui->w - w) / 2, (ui->h - h) / 2, w, h};
    uh_draw_card(ui->d, r, uh_px(ui, UH_RADIUS_XL), UH_C_CARD, UH_C_LINE, 0, true);
    int y = r.y + pad;
    SDL_RenderCopy(ui->r, bt->tex, NULL, &(SDL_Rect){r.x + (w - bt->w) / 2, y, bt->w, bt->h});
    y += bt->h + g4;
    SDL_RenderCopy(ui->r, bn->tex, NULL, &(SDL_Rect){r.x + (w - bn->w) / 2, y, bn->w, bn->h});
    y += bn->h + g3;
    SDL_RenderCopy(ui->r, bl->tex, NULL, &(SDL_Rect){r.x + (w - bl->w) / 2, y, bl->w, bl->h});
    y += bl->h + g3;
    SDL_RenderCopy(ui->r, bs->tex, NULL, &(SDL_Rect){r.x + (w - bs->w) / 2, y, bs->w, bs->h});
}
