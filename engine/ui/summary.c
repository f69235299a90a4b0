/* SPDX-License-Identifier: Apache-2.0 */
/* summary.c — this sitting's finished scenarios and the certificate. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "../core/i18n.h"
#include "../core/util.h"
#include "certificate.h"
#include "screens.h"

enum { ID_SAVE = UH_ID_FIRST, ID_MENU, ID_SIGN_OUT };

/* The summary's own state: what became of the certificate. */
typedef struct summary_state {
    char cert_msg[800];  /* the path it was saved to, or why not; "" before */
    bool cert_ok;
} summary_state;

static summary_state *state(const uh_ui *ui) { return uh_ui_state(ui, UH_SCREEN_SUMMARY); }

static void summary_reset(uh_ui *ui) { memset(state(ui), 0, sizeof(summary_state)); }

static void summary_enter(uh_ui *ui) { state(ui)->cert_msg[0] = 0; }

const char *uh_summary_cert_msg(const uh_ui *ui) { return state(ui)->cert_msg; }

static void summary_trace(const uh_ui *ui, FILE *f, bool current)
{
    if (current && state(ui)->cert_msg[0])
        fprintf(f, "certificate %s\n", state(ui)->cert_msg);
}

/* mkdir -p for the certificate folder. */
static void make_dirs(const char *dir)
{
    char *p = uh_xstrdup(dir);
    for (char *s = p + 1; *s; s++)
        if (*s == '/') {
            *s = 0;
            mkdir(p, 0755);
            *s = '/';
        }
    mkdir(p, 0755);
    free(p);
}

int uh_ui_save_certificate(uh_ui *ui, char *msg, size_t n)
{
    size_t ndone;
    const uh_done *done = uh_session_done(ui->ses, &ndone);
    uh_cert_line *lines = uh_xcalloc(ndone + 1, sizeof *lines);
    for (size_t i = 0; i < ndone; i++)
        lines[i] = (uh_cert_line){done[i].title, done[i].score, done[i].passed};
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    char date[64], stamp[32], iso[32];
    /* English as it always read ("30 November 2026"); other languages
     * their own way (uh_i18n_date: "30.11.2026"). */
    strftime(iso, sizeof iso, "%Y-%m-%d", &tm);
    if (strcmp(uh_i18n_language()->code, "en") == 0)
        strftime(date, sizeof date, "%d %B %Y", &tm);
    else
        uh_i18n_date(iso, false, date, sizeof date);
    strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    uh_cert c = {uh_ui_anonymous(ui) ? _("Anonymous trainee") : uh_ui_trainee(ui), ui->cfg->organisation,
                 date, lines, ndone};
    /* A file name from the trainee's name, reduced to safe characters. */
    char safe[64];
    size_t k = 0;
    for (const char *s = uh_ui_anonymous(ui) ? "anonymous" : uh_ui_trainee(ui); *s && k + 1 < sizeof safe; s++)
        safe[k++] = (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ? *s : '-';
    safe[k] = 0;
    make_dirs(ui->opt.cert_dir);
    char *path = uh_xasprintf("%s/unhooked-certificate-%s-%s.png", ui->opt.cert_dir, safe, stamp);
    uh_error e;
    uh_error_clear(&e);
    int rc = uh_cert_save_png(&c, ui->cfg->fonts_dir, path, &e);
    if (rc == 0)
        snprintf(msg, n, _("Certificate saved to %s"), path);
    else {
        char buf[1400];
        snprintf(msg, n, _("The certificate could not be saved: %s"), uh_error_format(&e, buf, sizeof buf));
    }
    SDL_Log("unhooked: %s", msg);
    free(path);
    free(lines);
    return rc;
}

static void summary_act(uh_ui *ui, int id)
{
    if (id == ID_SAVE && ui->mode != UH_MODE_KIOSK)
        state(ui)->cert_ok = uh_ui_save_certificate(ui, state(ui)->cert_msg, sizeof state(ui)->cert_msg) == 0;
    else if (id == ID_MENU || id == UH_ID_BACK)
        uh_ui_go(ui, UH_SCREEN_MENU);
    else if (id == ID_SIGN_OUT)
        uh_ui_go(ui, UH_SCREEN_WELCOME);
}

static bool summary_key(uh_ui *ui, const uh_input *in)
{
    if (in->type == UH_IN_KEY && in->key == UH_KEY_ESCAPE) {
        uh_ui_go(ui, UH_SCREEN_MENU);
        return true;
    }
    return false;
}

static void summary_draw(uh_ui *ui)
{
    SDL_Rect body = uh_ui_body(ui);
    int y = uh_gui_scroll_begin(&ui->g, 0, body) + uh_px(ui, UH_SP_8);
    SDL_Rect col = uh_ui_column(ui, body, 900);
    int x = col.x, w = col.w;
    char title[200];
    snprintf(title, sizeof title, uh_ui_anonymous(ui) ? _("Your session") : _("Your session, %s"),
             uh_ui_trainee(ui));
    y += uh_ui_text(ui, UH_FACE_BOLD, UH_PX_H1, UH_C_TEXT, w, title, x, y) + uh_px(ui, UH_SP_1);
    size_t ndone;
    const uh_done *done = uh_session_done(ui->ses, &ndone);
    int passed = 0, sum = 0;
    for (size_t i = 0; i < ndone; i++) {
        passed += done[i].passed;
        sum += done[i].score;
    }
    char lead[300];
    if (ndone == 0)
        snprintf(lead, sizeof lead, _("You have not finished a scenario in this sitting yet. Pick one from the "
                 "menu; your certificate lists every scenario you finish."));
    else if (ui->mode == UH_MODE_KIOSK)
        /* A public kiosk keeps nothing for a passer-by to carry off: the
         * results are in the organisation's records, not in a file here. */
        snprintf(lead, sizeof lead,
                 ngettext("You finished %zu scenario and passed %d. Your results are recorded for your "
                          "organisation's training records; ask your training team for a certificate.",
                          "You finished %zu scenarios and passed %d. Your results are recorded for your "
                          "organisation's training records; ask your training team for a certificate.",
                          ndone), ndone, passed);
    else
        snprintf(lead, sizeof lead,
                 ngettext("You finished %zu scenario and passed %d. Save your certificate below.",
                          "You finished %zu scenarios and passed %d. Save your certificate below.", ndone),
                 ndone, passed);
    y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_LEAD - 1, UH_C_MUTED, w, lead, x, y) + uh_px(ui, UH_SP_6);

    if (ndone > 0) {
        /* Three figures in tiles. */
        int gap = uh_px(ui, UH_SP_4), tw = (w - 2 * gap) / 3, th = uh_px(ui, 110);
        char v[3][32];
        snprintf(v[0], sizeof v[0], "%zu", ndone);
        snprintf(v[1], sizeof v[1], "%d", passed);
        snprintf(v[2], sizeof v[2], "%d", (int)(sum / (double)ndone + 0.5));
        const char *labels[3] = {_("Scenarios finished"), _("Passed"), _("Average score")};
        for (int i = 0; i < 3; i++) {
            SDL_Rect r = {x + i * (tw + gap), y, tw, th};
            uh_draw_card(ui->d, r, uh_px(ui, UH_RADIUS_LG), UH_C_CARD, UH_C_LINE, uh_px(ui, UH_STROKE), true);
            int ty = r.y + uh_px(ui, UH_SP_4);
            ty += uh_ui_text(ui, UH_FACE_BOLD, UH_PX_H1, i == 1 ? UH_C_GOOD : UH_C_ACCENT, 0, v[i], r.x + uh_px(ui, UH_SP_5), ty);
            uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_SMALL, UH_C_MUTED, tw - uh_px(ui, UH_SP_10), labels[i], r.x + uh_px(ui, UH_SP_5), ty);
        }
        y += th + uh_px(ui, UH_SP_7);
        for (size_t i = 0; i < ndone; i++) {
            const uh_done *dn = &done[i];
            int pad = uh_px(ui, UH_SP_5), ph = 0;
            char sc[32];
            snprintf(sc, sizeof sc, "%d / 100", dn->score);
            const char *verdict = dn->passed ? _("Passed") : dn->reported ? _("Reported") : _("Not reported");
            int pw = uh_gui_pill_size(&ui->g, verdict, UH_ICON_CHECK, &ph);
            const uh_text_block *bs = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_BODY), UH_C_TEXT, 0, sc);
            int tw2 = w - 2 * pad - pw - bs->w - uh_px(ui, UH_SP_10);
            const uh_text_block *bt = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_BODY), UH_C_TEXT, tw2, dn->title);
            int h = (bt->h > ph ? bt->h : ph) + 2 * pad;
            uh_draw_card(ui->d, (SDL_Rect){x, y, w, h}, uh_px(ui, UH_RADIUS_MD), UH_C_CARD, UH_C_LINE, uh_px(ui, UH_STROKE), false);
            SDL_RenderCopy(ui->r, bt->tex, NULL, &(SDL_Rect){x + pad, y + (h - bt->h) / 2, bt->w, bt->h});
            SDL_RenderCopy(ui->r, bs->tex, NULL,
                           &(SDL_Rect){x + w - pad - pw - uh_px(ui, UH_SP_5) - bs->w, y + (h - bs->h) / 2, bs->w, bs->h});
            uh_gui_pill(&ui->g, x + w - pad - pw, y + (h - ph) / 2, verdict,
                        dn->passed ? UH_C_GOOD : dn->reported ? UH_C_ACCENT : UH_C_WARN,
                        dn->passed ? UH_C_GOOD_SOFT : dn->reported ? UH_C_ACCENT_SOFT : UH_C_WARN_SOFT,
                        dn->passed ? UH_ICON_CHECK : UH_ICON_COUNT, &ph);
            y += h + uh_px(ui, UH_SP_2);
        }
        y += uh_px(ui, UH_SP_5);
    }
    int ctl = uh_gui_control_h(&ui->g), gap = uh_px(ui, UH_SP_3);
    int sw = uh_gui_button_width(&ui->g, _("Save certificate"), UH_ICON_SAVE);
    int mw = uh_gui_button_width(&ui->g, _("Back to scenarios"), UH_ICON_ARROW_LEFT);
    int ow = uh_gui_button_width(&ui->g, _("Sign out"), UH_ICON_COUNT);
    bool cert = ndone > 0 && ui->mode != UH_MODE_KIOSK; /* no files on a kiosk's disk */
    if (!cert)
        sw = -gap;
    bool row = sw + mw + ow + 2 * gap <= w;
    int bx = x;
    if (cert) {
        uh_gui_button(&ui->g, ID_SAVE, bx, y, row ? sw : w, _("Save certificate"), UH_BTN_PRIMARY, UH_ICON_SAVE);
        if (row)
            bx += sw + gap;
        else
            y += ctl + gap;
    }
    uh_gui_button(&ui->g, ID_MENU, bx, y, row ? mw : w, _("Back to scenarios"), UH_BTN_SECONDARY, UH_ICON_ARROW_LEFT);
    if (row)
        bx += mw + gap;
    else
        y += ctl + gap;
    uh_gui_button(&ui->g, ID_SIGN_OUT, bx, y, row ? ow : w, _("Sign out"), UH_BTN_GHOST, UH_ICON_COUNT);
    y += ctl + uh_px(ui, UH_SP_4);
    const summary_state *ss = state(ui);
    if (ss->cert_msg[0])
        y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_BODY, ss->cert_ok ? UH_C_GOOD : UH_C_BAD, w, ss->cert_msg, x, y);
    y += uh_px(ui, UH_SP_10);
    uh_gui_scroll_end(&ui->g, y);
    uh_ui_header(ui, _("Session summary"), true);
}

const uh_screen_ops uh_summary_ops = {
    .state_size = sizeof(summary_state),
    .reset = summary_reset,
    .enter = summary_enter,
    .draw = summary_draw,
    .act = summary_act,
    .key = summary_key,
    .trace = summary_trace,
};
