/* SPDX-License-Identifier: Apache-2.0 */
/* admin.c — the administration screen behind the PIN: results with charts
 * (reports to security and pass rate per scenario and per cohort, who in
 * the trainee directory has not trained, per department, hook depth at
 * report), the health of every scenario, export to a folder (a USB stick;
 * the writing is in admin_export.c), the cohort code for the attempts that
 * follow, a notice for every damaged results store set aside (shown until
 * acknowledged here), and the way out of the program. A touch on a text
 * field opens the on-screen keyboard below it, for kiosks without a
 * keyboard. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../report/summary.h"
#include "admin_export.h"
#include "osk.h"
#include "screens.h"

enum {
    ID_EXPORT_FIELD = UH_ID_FIRST,
    ID_EXPORT,
    ID_COHORT_FIELD,
    ID_COHORT,
    ID_DONE,
    ID_EXIT,
    ID_ACK,
};

/* The administration screen's own state. */
typedef struct admin_state {
    uh_summary *summary;   /* the results' figures, counted on the visit's second frame */
    bool counting;         /* they are still to be counted */
    int frames;            /* frames drawn in this visit */
    char error[512];       /* why there are none */
    char export_dir[256];  /* the folder to export to (a USB stick); kept */
    char cohort_buf[64];   /* the cohort code being typed */
    uh_osk osk;            /* the on-screen keyboard; its target is a field id */
    char export_msg[1200]; /* what the last export wrote, or why it failed */
    bool export_ok;
} admin_state;

static admin_state *state(const uh_ui *ui) { return uh_ui_state(ui, UH_SCREEN_ADMIN); }

static void admin_release(uh_ui *ui)
{
    uh_summary_free(state(ui)->summary);
    state(ui)->summary = NULL;
}

/* Everything but the export folder, which is the machine's, not a
 * sitting's. */
static void admin_reset(uh_ui *ui)
{
    admin_state *as = state(ui);
    char dir[sizeof as->export_dir];
    memcpy(dir, as->export_dir, sizeof dir);
    admin_release(ui);
    memset(as, 0, sizeof *as);
    memcpy(as->export_dir, dir, sizeof dir);
    as->osk.target = -1;
}

/* A frame as soon as can be while the figures are still to be counted. */
static int admin_frame_ms(const uh_ui *ui)
{
    return state(ui)->counting ? 0 : -1;
}

/* Prepared until the figures are counted, so that the fade's first frame
 * (the screen drawn whole) does not count them too. */
static bool admin_ready(const uh_ui *ui) { return !state(ui)->counting; }

static void admin_trace(const uh_ui *ui, FILE *f, bool current)
{
    const admin_state *as = state(ui);
    if (current && as->counting)
        fprintf(f, "counting 1\n");
    if (current && as->export_msg[0])
        fprintf(f, "export %d %s\n", as->export_ok, as->export_msg);
    size_t set_aside = 0;
    if (current && ui->sink && uh_sink_notices(ui->sink, &set_aside))
        fprintf(f, "set_aside %zu\n", set_aside);
}

static void load_summary(uh_ui *ui)
{
    admin_state *as = state(ui);
    admin_release(ui);
    as->error[0] = 0;
    ui->store = uh_sink_store(ui->sink);  /* opened now if it could not be before */
    if (!ui->store) {
        snprintf(as->error, sizeof as->error, _("The results store is not available (%.400s)."),
                 uh_sink_error(ui->sink));
        return;
    }
    uh_error e;
    uh_error_clear(&e);
    as->summary = uh_admin_summary(ui, true, &e);
    if (!as->summary)
        uh_error_format(&e, as->error, sizeof as->error);
}

/* The figures are counted once the screen shows: the PIN's Return
 * brings the screen's first frame (a prepared one: only its header is
 * painted, the figures would not show yet) without waiting for the
 * store's queries, and the next frame counts and lays them out. Under
 * reduced motion, with no fade to prepare for, they are counted at once. */
static void admin_enter(uh_ui *ui)
{
    uh_sink_reload_notices(ui->sink);
    admin_state *as = state(ui);
    admin_release(ui);
    as->error[0] = 0;
    as->frames = 0;
    as->counting = true;
    if (!uh_a11y_motion(ui)) {
        load_summary(ui);
        as->counting = false;
    }
    if (!as->export_dir[0])
        uh_admin_export_default_dir(as->export_dir, sizeof as->export_dir);
    snprintf(as->cohort_buf, sizeof as->cohort_buf, "%s", ui->cohort);
    as->export_msg[0] = 0;
    as->osk = (uh_osk){.target = -1};
}

static void do_export(uh_ui *ui)
{
    admin_state *as = state(ui);
    as->export_ok = uh_admin_export(ui, as->export_dir, as->export_msg, sizeof as->export_msg) == 0;
}

static void apply_cohort(uh_ui *ui)
{
    /* Cohort codes are short tokens: letters, digits, '-', '_', '.'. */
    admin_state *as = state(ui);
    char clean[64];
    size_t k = 0;
    for (const char *p = as->cohort_buf; *p && k + 1 < sizeof clean; p++)
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            *p == '-' || *p == '_' || *p == '.')
            clean[k++] = *p;
    clean[k] = 0;
    snprintf(ui->cohort, sizeof ui->cohort, "%s", clean);
    snprintf(as->cohort_buf, sizeof as->cohort_buf, "%s", clean);
    if (ui->mode == UH_MODE_FACILITATE)
        uh_ui_sign_in_group(ui);
}

static void leave(uh_ui *ui)
{
    admin_release(ui);
    uh_osk_close(&state(ui)->osk);
    /* Leaving the admin screen starts a fresh sitting in the kiosk. */
    if (ui->mode == UH_MODE_KIOSK)
        uh_ui_wipe(ui);
    else
        uh_ui_go(ui, uh_ui_signed_in(ui) ? UH_SCREEN_MENU : UH_SCREEN_WELCOME);
}

/* The buffer typed into: the focused field, else (while a keyboard key
 * has the focus) the field the on-screen keyboard was opened for. */
static char *focused_buf(uh_ui *ui, size_t *cap)
{
    admin_state *as = state(ui);
    int id = ui->g.focus;
    if (as->osk.shown && uh_osk_owns(id))
        id = as->osk.target;
    if (id == ID_EXPORT_FIELD) {
        *cap = sizeof as->export_dir;
        return as->export_dir;
    }
    if (id == ID_COHORT_FIELD) {
        *cap = sizeof as->cohort_buf;
        return as->cohort_buf;
    }
    return NULL;
}

static void admin_act(uh_ui *ui, int id)
{
    uh_osk *k = &state(ui)->osk;
    switch (id) {
    case ID_EXPORT_FIELD:
    case ID_COHORT_FIELD:
        uh_gui_focus(&ui->g, id, ui->g.focus_visible);
        if (!ui->g.focus_visible) {
            /* A click or a touch (not Tab and Enter): offer the keyboard. */
            if (!k->shown || k->target != id)
                k->reveal = true;
            k->target = id;
            uh_osk_open(k, UH_OSK_CODE, "");
        }
        break;
    case ID_EXPORT:
        do_export(ui);
        break;
    case ID_ACK: {
        uh_error e;
        uh_error_clear(&e);
        if (uh_sink_acknowledge(ui->sink, &e) != 0) {
            char buf[1400];
            SDL_Log("unhooked: %s", uh_error_format(&e, buf, sizeof buf));
        }
        break;
    }
    case ID_COHORT:
        apply_cohort(ui);
        break;
    case ID_DONE:
    case UH_ID_BACK:
        leave(ui);
        break;
    case ID_EXIT:
        ui->quit = true;
        break;
    default:
        if (k->shown && uh_osk_owns(id)) {
            size_t cap = 0;
            char *buf = focused_buf(ui, &cap);
            if (buf && uh_osk_act(k, UH_OSK_CODE, id, buf, cap, 0) == UH_OSK_DONE) {
                /* Done sets the cohort; exporting stays a deliberate press. */
                if (k->target == ID_COHORT_FIELD)
                    apply_cohort(ui);
                uh_osk_close(k);
                uh_gui_focus(&ui->g, k->target, false);
            }
        }
        break;
    }
}

static bool admin_key(uh_ui *ui, const uh_input *in)
{
    size_t cap = 0;
    char *buf = focused_buf(ui, &cap);
    if (in->type == UH_IN_TEXT) {
        if (buf && strlen(buf) + strlen(in->text) < cap)
            strcat(buf, in->text);
        return true;
    }
    if (in->type != UH_IN_KEY)
        return false;
    if (buf && (in->key == UH_KEY_SPACE || in->key == UH_KEY_DIGIT || in->key == UH_KEY_F ||
                in->key == UH_KEY_D))
        return true; /* arrives as text too */
    if (buf && in->key == UH_KEY_BACKSPACE) {
        uh_osk_backspace(buf);
        return true;
    }
    if (buf && in->key == UH_KEY_ENTER) {
        if (ui->g.focus_visible && uh_osk_owns(ui->g.focus))
            return false; /* a focused key: let it activate */
        admin_act(ui, buf == state(ui)->export_dir ? ID_EXPORT : ID_COHORT);
        return true;
    }
    if (in->key == UH_KEY_ESCAPE && state(ui)->osk.shown) {
        uh_osk_close(&state(ui)->osk);
        return true;
    }
    if (in->key == UH_KEY_ESCAPE) {
        leave(ui);
        return true;
    }
    return false;
}

/* ---------------------------------------------------------------------
 * Drawing
 * ------------------------------------------------------------------- */

static int heading(uh_ui *ui, const char *t, int x, int y, int w)
{
    return uh_ui_text(ui, UH_FACE_BOLD, UH_PX_H3, UH_C_TEXT, w, t, x, y) + uh_px(ui, UH_SP_3);
}

static int field(uh_ui *ui, int id, const char *text, const char *placeholder, int x, int y, int w)
{
    int h = uh_px(ui, UH_CONTROL_H), tpad = uh_px(ui, UH_SP_3);
    SDL_Rect r = {x, y, w, h};
    uh_gui_item_add(&ui->g, id, r);
    uh_gui_label(&ui->g, *text ? text : placeholder);
    const uh_osk *k = &state(ui)->osk;
    bool focused = ui->g.focus == id || (k->shown && k->target == id);
    uh_draw_card(ui->d, r, uh_px(ui, UH_RADIUS_SM), UH_C_WHITE, focused ? UH_C_ACCENT : UH_C_CONTROL,
                 focused ? uh_px(ui, UH_STROKE_BOLD) : uh_px(ui, UH_STROKE_FIELD), false);
    const uh_text_block *b = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_BODY), text[0] ? UH_C_TEXT : UH_C_FAINT,
                                         0, text[0] ? text : placeholder);
    int maxw = w - 2 * tpad - uh_px(ui, UH_SP_1);
    int srcx = b->w > maxw && text[0] ? b->w - maxw : 0, vis = b->w - srcx < maxw ? b->w - srcx : maxw;
    if (b->tex)
        SDL_RenderCopy(ui->r, b->tex, &(SDL_Rect){srcx, 0, vis, b->h},
                       &(SDL_Rect){x + tpad, y + (h - b->h) / 2, vis, b->h});
    if (focused)
        uh_draw_rect(ui->d, (SDL_Rect){x + tpad + (text[0] ? vis + 1 : -4), y + h / 4, uh_px(ui, UH_STROKE_BOLD) < 2 ? 2 : uh_px(ui, UH_STROKE_BOLD), h / 2},
                     UH_C_ACCENT);
    uh_gui_focus_ring(&ui->g, id, r, uh_px(ui, UH_RADIUS_SM));
    return h;
}

/* A field with its button on the right (or below when narrow). */
static int field_row(uh_ui *ui, int fid, char *text, const char *ph, int bid, const char *label, int icon, int x,
                     int y, int w)
{
    int bw = uh_gui_button_width(&ui->g, label, icon), gap = uh_px(ui, UH_SP_3);
    if (w - bw - gap >= uh_px(ui, 260)) {
        int fh = field(ui, fid, text, ph, x, y, w - bw - gap);
        uh_gui_button(&ui->g, bid, x + w - bw, y + (fh - uh_gui_control_h(&ui->g)) / 2, bw, label, UH_BTN_PRIMARY, icon);
        return fh;
    }
    int fh = field(ui, fid, text, ph, x, y, w);
    uh_gui_button(&ui->g, bid, x, y + fh + gap, w, label, UH_BTN_PRIMARY, icon);
    return fh + gap + uh_gui_control_h(&ui->g);
}

static int stat_tile(uh_ui *ui, const char *value, const char *label, int x, int y, int w)
{
    int pad = uh_px(ui, UH_SP_4);
    const uh_text_block *v = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_H1), UH_C_TEXT, 0, value);
    const uh_text_block *l = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_SMALL), UH_C_MUTED, w - 2 * pad, label);
    int h = pad + v->h + uh_px(ui, 2) + l->h + pad;
    uh_draw_card(ui->d, (SDL_Rect){x, y, w, h}, uh_px(ui, UH_RADIUS_MD), UH_C_CARD, UH_C_LINE, uh_px(ui, UH_STROKE), false);
    SDL_RenderCopy(ui->r, v->tex, NULL, &(SDL_Rect){x + pad, y + pad, v->w, v->h});
    SDL_RenderCopy(ui->r, l->tex, NULL, &(SDL_Rect){x + pad, y + pad + v->h + uh_px(ui, 2), l->w, l->h});
    return h;
}

/* A horizontal bar of fraction v with its percentage. */
static void hbar(uh_ui *ui, double v, SDL_Color c, int x, int y, int w, int h)
{
    char pct[16];
    uh_i18n_percent(v * 100, pct, sizeof pct);
    const uh_text_block *b = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_SMALL), UH_C_TEXT, 0, pct);
    int tw = uh_px(ui, 52), bw = w - tw;
    uh_draw_round(ui->d, (SDL_Rect){x, y, bw, h}, h / 2, UH_C_SUBTLE);
    int fw = (int)(bw * (v < 0 ? 0 : v > 1 ? 1 : v));
    if (fw >= h)
        uh_draw_round(ui->d, (SDL_Rect){x, y, fw, h}, h / 2, c);
    SDL_RenderCopy(ui->r, b->tex, NULL, &(SDL_Rect){x + bw + uh_px(ui, UH_SP_2), y + (h - b->h) / 2, b->w, b->h});
}

/* The most cohorts listed (the last by code) and departments. */
#define ADMIN_ROWS 12

/* Per cohort: a compact table of attempts, security report rate and pass
 * rate, the cohort now being tagged marked. The cohorts of a kiosk that
 * has trained for years run to hundreds: the current one and the last
 * others are shown, the report has them all. Returns the height used. */
static int cohorts(uh_ui *ui, const uh_summary *s, int x, int y, int w)
{
    if (s->ncohorts == 0)
        return 0;
    int top = y;
    y += uh_ui_text(ui, UH_FACE_BOLD, UH_PX_BODY, UH_C_TEXT, w, _("Per cohort"), x, y) + uh_px(ui, UH_SP_1);
    /* Columns: cohort, attempts, report rate, pass rate (bars with the figure). */
    int gap = uh_px(ui, UH_SP_4), cw = w * 3 / 10, nw = w / 8;
    int bw = (w - cw - nw - 3 * gap) / 2, nx = x + cw + gap, rx = nx + nw + gap, px = rx + bw + gap;
    static const char *const head[4] = {N_("Cohort"), N_("Attempts"), N_("To security"), N_("Pass rate")};
    int hx[4] = {x, nx, rx, px}, hh = 0;
    for (int i = 0; i < 4; i++) {
        int h = uh_ui_text(ui, UH_FACE_BOLD, UH_PX_SMALL, UH_C_MUTED, i == 0 ? cw : i == 1 ? nw : bw, _(head[i]), hx[i], y);
        hh = h > hh ? h : hh;
    }
    y += hh + uh_px(ui, UH_SP_1);
    int line = uh_px(ui, UH_STROKE), bh = uh_px(ui, UH_SP_3);
    size_t first = s->ncohorts > ADMIN_ROWS ? s->ncohorts - ADMIN_ROWS : 0;
    for (size_t i = 0; i < s->ncohorts; i++) {
        const uh_summary_group *g = &s->cohorts[i];
        bool current = g->key && ui->cohort[0] && strcmp(g->key, ui->cohort) == 0;
        if (i < first && !current)
            continue;
        uh_draw_rect(ui->d, (SDL_Rect){x, y, w, line}, UH_C_LINE);
        y += uh_px(ui, UH_SP_2);
        char name[120], n[16];
        if (!g->key || !g->key[0])
            snprintf(name, sizeof name, _("(no cohort)"));
        else
            snprintf(name, sizeof name, current ? _("%.80s (now)") : "%.80s", g->key);
        snprintf(n, sizeof n, "%d", g->attempts);
        int th = uh_ui_text(ui, current ? UH_FACE_BOLD : UH_FACE_REGULAR, UH_PX_LABEL,
                            g->key && g->key[0] ? UH_C_TEXT : UH_C_MUTED, cw, name, x, y);
        int nh = uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_LABEL, UH_C_TEXT, nw, n, nx, y);
        th = nh > th ? nh : th;
        int by = y + (th - bh) / 2;
        hbar(ui, uh_rate(g->reported_security, g->completed), UH_C_ACCENT, rx, by, bw, bh);
        hbar(ui, uh_rate(g->passed, g->completed), UH_C_GOOD, px, by, bw, bh);
        y += (th > bh ? th : bh) + uh_px(ui, UH_SP_2);
    }
    uh_draw_rect(ui->d, (SDL_Rect){x, y, w, line}, UH_C_LINE);
    if (first) {
        char more[160];
        snprintf(more, sizeof more,
                 ngettext("%zu earlier cohort is in the report (Export).",
                          "%zu earlier cohorts are in the report (Export).", first),
                 first);
        y += uh_px(ui, UH_SP_1);
        y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_SMALL, UH_C_MUTED, w, more, x, y);
    }
    return y - top + uh_px(ui, UH_SP_6);
}

/* Per department of the trainee directory: people, and how many of them
 * have not trained yet (with a bar of the trained share). Returns the
 * height used; nothing without a directory. */
static int departments(uh_ui *ui, const uh_summary *s, int x, int y, int w)
{
    if (!s->directory_size)
        return 0;
    int top = y;
    char line1[200];
    snprintf(line1, sizeof line1,
             ngettext("Trainee directory: %d of %d person has not trained yet (the report lists them)",
                      "Trainee directory: %d of %d people have not trained yet (the report lists them)",
                      s->directory_size),
             s->not_trained, s->directory_size);
    y += uh_ui_text(ui, UH_FACE_BOLD, UH_PX_BODY, UH_C_TEXT, w, line1, x, y) + uh_px(ui, UH_SP_1);
    int gap = uh_px(ui, UH_SP_4), cw = w * 3 / 10, nw = w / 8;
    int bw = w - cw - 2 * nw - 3 * gap, nx = x + cw + gap, ux = nx + nw + gap, bx = ux + nw + gap;
    static const char *const head[4] = {N_("Department"), N_("People"), N_("Not trained"), N_("Trained")};
    int hx[4] = {x, nx, ux, bx}, hh = 0;
    for (int i = 0; i < 4; i++) {
        int h = uh_ui_text(ui, UH_FACE_BOLD, UH_PX_SMALL, UH_C_MUTED, i == 0 ? cw : i == 3 ? bw : nw, _(head[i]),
                           hx[i], y);
        hh = h > hh ? h : hh;
    }
    y += hh + uh_px(ui, UH_SP_1);
    int line = uh_px(ui, UH_STROKE), bh = uh_px(ui, UH_SP_3);
    for (size_t i = 0; i < s->ncoverage && i < ADMIN_ROWS; i++) {
        const uh_summary_coverage *c = &s->coverage[i];
        uh_draw_rect(ui->d, (SDL_Rect){x, y, w, line}, UH_C_LINE);
        y += uh_px(ui, UH_SP_2);
        char people[16], untrained[16];
        snprintf(people, sizeof people, "%d", c->people);
        snprintf(untrained, sizeof untrained, "%d", c->people - c->trained);
        int th = uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_LABEL, c->department[0] ? UH_C_TEXT : UH_C_MUTED, cw,
                            c->department[0] ? c->department : "(no department)", x, y);
        uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_LABEL, UH_C_TEXT, nw, people, nx, y);
        uh_ui_text(ui, c->people > c->trained ? UH_FACE_BOLD : UH_FACE_REGULAR, UH_PX_LABEL, UH_C_TEXT, nw,
                   untrained, ux, y);
        hbar(ui, uh_rate(c->trained, c->people), UH_C_GOOD, bx, y + (th - bh) / 2, bw, bh);
        y += (th > bh ? th : bh) + uh_px(ui, UH_SP_2);
    }
    uh_draw_rect(ui->d, (SDL_Rect){x, y, w, line}, UH_C_LINE);
    if (s->ncoverage > ADMIN_ROWS) {
        char more[160];
        snprintf(more, sizeof more,
                 ngettext("%zu more department is in the report (Export).",
                          "%zu more departments are in the report (Export).", s->ncoverage - ADMIN_ROWS),
                 s->ncoverage - ADMIN_ROWS);
        y += uh_px(ui, UH_SP_1);
        y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_SMALL, UH_C_MUTED, w, more, x, y);
    }
    return y - top + uh_px(ui, UH_SP_6);
}

static int results(uh_ui *ui, int x, int y, int w)
{
    int top = y;
    const uh_summary *s = state(ui)->summary;
    y += heading(ui, _("Results"), x, y, w);
    if (!s && state(ui)->counting)
        return y - top + uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_BODY, UH_C_MUTED, w,
                                    _("Counting the results\xE2\x80\xA6"), x, y);
    if (!s) {
        return y - top + uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_BODY, UH_C_BAD, w,
                                    state(ui)->error[0] ? state(ui)->error : _("No results."), x, y);
    }
    const uh_summary_group *a = &s->all;
    char v[4][32];
    uh_i18n_percent(uh_rate(a->reported_security, a->completed) * 100, v[0], sizeof v[0]);
    snprintf(v[1], sizeof v[1], "%d", a->attempts);
    uh_i18n_percent(uh_rate(a->passed, a->completed) * 100, v[2], sizeof v[2]);
    if (a->median_hook < 0)
        snprintf(v[3], sizeof v[3], "\xE2\x80\x94");
    else
        uh_i18n_decimal(a->median_hook, 1, v[3], sizeof v[3]);
    char to_security[128], anyone[16];
    uh_i18n_percent(uh_rate(a->reported, a->completed) * 100, anyone, sizeof anyone);
    snprintf(to_security, sizeof to_security, _("reported to security (%s to anyone)"), anyone);
    const char *const labels[4] = {to_security, _("attempts"), _("passed (of completed)"),
                                   _("median hook depth at report")};
    int gap = uh_px(ui, UH_SP_3), cols = w >= uh_px(ui, 760) ? 4 : 2, tw = (w - (cols - 1) * gap) / cols, rowh = 0;
    for (int i = 0; i < 4; i++) {
        int h = stat_tile(ui, v[i], labels[i], x + (i % cols) * (tw + gap), y, tw);
        rowh = h > rowh ? h : rowh;
        if (i % cols == cols - 1 || i == 3) {
            y += rowh + gap;
            rowh = 0;
        }
    }
    y += uh_px(ui, UH_SP_3);

    /* Security report rate and pass rate per scenario: two bars per row. */
    y += uh_ui_text(ui, UH_FACE_BOLD, UH_PX_BODY, UH_C_TEXT, w, _("Per scenario"), x, y) + uh_px(ui, UH_SP_1);
    int lw = w * 2 / 5, bx = x + lw + uh_px(ui, UH_SP_4), bw = w - lw - uh_px(ui, UH_SP_4), bh = uh_px(ui, UH_SP_3);
    int legend_y = y;
    uh_draw_round(ui->d, (SDL_Rect){x, legend_y + uh_px(ui, UH_SP_1), bh, bh}, bh / 2, UH_C_ACCENT);
    int lx = x + bh + uh_px(ui, UH_SP_1);
    uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_SMALL, UH_C_MUTED, 0, _("reported to security"), lx, legend_y);
    const uh_text_block *l1 = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_SMALL), UH_C_MUTED, 0,
                                          _("reported to security"));
    lx += l1->w + uh_px(ui, UH_SP_4);
    /* The second key goes under the first where the line has no room for
     * it ("Bestehensquote" on a portrait screen at 200 %). */
    const uh_text_block *l2 = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_SMALL), UH_C_MUTED, 0,
                                          _("pass rate"));
    if (lx + bh + uh_px(ui, UH_SP_1) + l2->w > x + w) {
        lx = x;
        legend_y += l1->h + uh_px(ui, UH_SP_1);
    }
    uh_draw_round(ui->d, (SDL_Rect){lx, legend_y + uh_px(ui, UH_SP_1), bh, bh}, bh / 2, UH_C_GOOD);
    y = legend_y +
        uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_SMALL, UH_C_MUTED, 0, _("pass rate"), lx + bh + uh_px(ui, UH_SP_1), legend_y) +
        uh_px(ui, UH_SP_2);
    if (s->nscenarios == 0)
        y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_BODY, UH_C_MUTED, w, _("No attempts yet."), x, y) + uh_px(ui, UH_SP_2);
    for (size_t i = 0; i < s->nscenarios; i++) {
        const uh_summary_group *g = &s->scenarios[i];
        char label[300];
        snprintf(label, sizeof label, "%s (%d)", g->label ? g->label : g->key, g->attempts);
        int th = uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_LABEL, UH_C_TEXT, lw, label, x, y);
        hbar(ui, uh_rate(g->reported_security, g->completed), UH_C_ACCENT, bx, y, bw, bh);
        hbar(ui, uh_rate(g->passed, g->completed), UH_C_GOOD, bx, y + bh + uh_px(ui, UH_SP_1), bw, bh);
        int rh = 2 * bh + uh_px(ui, UH_SP_1);
        y += (th > rh ? th : rh) + uh_px(ui, UH_SP_3);
    }
    y += uh_px(ui, UH_SP_2);
    y += cohorts(ui, s, x, y, w);
    y += departments(ui, s, x, y, w);

    /* Hook depth at report: a histogram. */
    y += uh_ui_text(ui, UH_FACE_BOLD, UH_PX_BODY, UH_C_TEXT, w, _("Hook depth when the report was filed"), x, y) +
         uh_px(ui, UH_SP_2);
    int maxc = 1;
    for (int i = 0; i < UH_SUMMARY_HOOK_BINS; i++)
        maxc = a->hook_hist[i] > maxc ? a->hook_hist[i] : maxc;
    y += uh_px(ui, UH_SP_5); /* room for the count above a full-height bar */
    int ch = uh_px(ui, 120), cgap = uh_px(ui, UH_SP_3);
    int cw = (w - (UH_SUMMARY_HOOK_BINS - 1) * cgap) / UH_SUMMARY_HOOK_BINS;
    if (cw > uh_px(ui, 90))
        cw = uh_px(ui, 90);
    for (int i = 0; i < UH_SUMMARY_HOOK_BINS; i++) {
        int cx = x + i * (cw + cgap), hgt = a->hook_hist[i] * ch / maxc;
        uh_draw_rect(ui->d, (SDL_Rect){cx, y + ch - 1, cw, 1}, UH_C_LINE);
        if (hgt > 0)
            uh_draw_round(ui->d, (SDL_Rect){cx, y + ch - hgt, cw, hgt}, uh_px(ui, UH_RADIUS_XS), i == 0 ? UH_C_GOOD : UH_C_ACCENT);
        char n[16], lab[16];
        snprintf(n, sizeof n, "%d", a->hook_hist[i]);
        snprintf(lab, sizeof lab, i == UH_SUMMARY_HOOK_BINS - 1 ? "%d+" : "%d", i);
        const uh_text_block *bn = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_SMALL), UH_C_TEXT, 0, n);
        SDL_RenderCopy(ui->r, bn->tex, NULL, &(SDL_Rect){cx + (cw - bn->w) / 2, y + ch - hgt - bn->h - uh_px(ui, 2), bn->w, bn->h});
        const uh_text_block *bl = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_SMALL), UH_C_MUTED, 0, lab);
        SDL_RenderCopy(ui->r, bl->tex, NULL, &(SDL_Rect){cx + (cw - bl->w) / 2, y + ch + uh_px(ui, UH_SP_1), bl->w, bl->h});
    }
    y += ch + uh_px(ui, UH_SP_7);
    return y - top;
}

static int health(uh_ui *ui, int x, int y, int w)
{
    int top = y;
    y += heading(ui, _("Scenario health"), x, y, w);
    if (ui->lib.count == 0)
        y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_BODY, UH_C_BAD, w, _("No scenarios were found."), x, y) + uh_px(ui, UH_SP_2);
    for (size_t i = 0; i < ui->lib.count; i++) {
        const uh_scenario *sc = ui->lib.items[i];
        int ph = 0, pw = uh_gui_pill(&ui->g, x, y, sc->ok ? "OK" : _("Broken"), sc->ok ? UH_C_GOOD : UH_C_BAD,
                                     sc->ok ? UH_C_GOOD_SOFT : UH_C_BAD_SOFT, sc->ok ? UH_ICON_CHECK : UH_ICON_CROSS, &ph);
        const char *name = sc->title ? sc->title : uh_ui_basename(sc->path);
        int th = uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_BODY, UH_C_TEXT, w - pw - uh_px(ui, UH_SP_3), name,
                            x + pw + uh_px(ui, UH_SP_3), y + (ph - uh_px(ui, UH_SP_6)) / 2);
        y += (th > ph ? th : ph) + uh_px(ui, UH_SP_1);
        if (sc->ok)
            continue;
        for (size_t k = 0; k < ui->lib.problems.count; k++) {
            const uh_error *e = &ui->lib.problems.items[k];
            if (strcmp(e->file, sc->path) != 0)
                continue;
            char buf[1400];
            if (e->line > 0)
                snprintf(buf, sizeof buf, "%s:%d: %s", uh_ui_basename(e->file), e->line, e->msg);
            else
                snprintf(buf, sizeof buf, "%s: %s", uh_ui_basename(e->file), e->msg);
            y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_SMALL, UH_C_BAD, w - pw - uh_px(ui, UH_SP_3), buf,
                            x + pw + uh_px(ui, UH_SP_3), y) + uh_px(ui, UH_SP_1);
        }
        y += uh_px(ui, UH_SP_2);
    }
    return y - top + uh_px(ui, UH_SP_5);
}

static int notice(uh_ui *ui, const char *text, SDL_Color fg, SDL_Color bg, int x, int y, int w)
{
    int pad = uh_px(ui, UH_SP_4);
    const uh_text_block *b = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_BODY), fg, w - 2 * pad, text);
    uh_draw_card(ui->d, (SDL_Rect){x, y, w, b->h + 2 * pad}, uh_px(ui, UH_RADIUS_MD), bg, fg, uh_px(ui, UH_STROKE), false);
    SDL_RenderCopy(ui->r, b->tex, NULL, &(SDL_Rect){x + pad, y + pad, b->w, b->h});
    return b->h + 2 * pad + uh_px(ui, UH_SP_3);
}

/* Every damaged results store set aside and not acknowledged, then the
 * button that acknowledges them; returns the height used. */
static int set_asides(uh_ui *ui, int x, int y, int w)
{
    size_t n;
    const uh_set_aside *v = uh_sink_notices(ui->sink, &n);
    if (n == 0)
        return 0;
    int top = y;
    for (size_t i = 0; i < n; i++) {
        char msg[1800];
        snprintf(msg, sizeof msg, _("On %.10s at %.5s UTC the results store was found damaged (%.600s). It was set "
                 "aside as %.500s, in the same folder, and a fresh store was started: the results saved before are "
                 "not in the figures below. Keep the damaged file for a specialist, or restore the store from a backup."),
                 v[i].at, strlen(v[i].at) >= 16 ? v[i].at + 11 : "", v[i].reason, uh_ui_basename(v[i].moved_to));
        y += notice(ui, msg, UH_C_WARN, UH_C_WARN_SOFT, x, y, w);
    }
    const char *label = n == 1 ? _("Acknowledge this notice") : _("Acknowledge these notices");
    int bw = uh_gui_button_width(&ui->g, label, UH_ICON_CHECK);
    uh_gui_button(&ui->g, ID_ACK, x, y, bw < w ? bw : w, label, UH_BTN_SECONDARY, UH_ICON_CHECK);
    y += uh_gui_control_h(&ui->g) + uh_px(ui, UH_SP_6);
    return y - top;
}

/* The on-screen keyboard on a tinted pane at y, when it is open for the
 * field fid whose row starts at row_y; returns the height used. The first
 * time it shows, the field and the keyboard are scrolled into view. */
static int keyboard(uh_ui *ui, int fid, int row_y, int x, int y, int w)
{
    uh_osk *k = &state(ui)->osk;
    if (!k->shown || k->target != fid)
        return 0;
    int pad = uh_px(ui, UH_SP_3), kw = w - 2 * pad;
    if (kw > uh_px(ui, UH_OSK_MAX_W))
        kw = uh_px(ui, UH_OSK_MAX_W);
    SDL_Rect pane = {x, y, w, uh_osk_height(ui, kw) + 2 * pad};
    uh_draw_card(ui->d, pane, uh_px(ui, UH_RADIUS_MD), UH_C_PANE, UH_C_LINE, uh_px(ui, UH_STROKE), false);
    uh_osk_draw(ui, k, UH_OSK_CODE, x + (w - kw) / 2, y + pad, kw, _("Done"));
    if (k->reveal) {
        k->reveal = false;
        uh_gui_reveal(&ui->g, (SDL_Rect){x, row_y, w, y + pane.h - row_y});
    }
    return pane.h + uh_px(ui, UH_SP_4);
}

static void admin_draw(uh_ui *ui)
{
    admin_state *as = state(ui);
    /* The first pass of a frame after the visit's first. */
    if (ui->passes == 1) {
        if (as->counting && as->frames > 0) {
            load_summary(ui);
            as->counting = false;
        }
        as->frames++;
    }
    SDL_Rect body = uh_ui_body(ui);
    int y = uh_gui_scroll_begin(&ui->g, 0, body) + uh_px(ui, UH_SP_7);
    SDL_Rect col = uh_ui_column(ui, body, 1100);
    int x = col.x, w = col.w;

    y += set_asides(ui, x, y, w);
    if (!ui->store && uh_sink_error(ui->sink)[0]) {
        char msg[1000];
        snprintf(msg, sizeof msg,
                 uh_sink_kept(ui->sink) ? _("The results store is not available: %s. Results are kept in "
                                            "memory and saved as soon as it is.")
                                        : _("The results store is not available: %s"),
                 uh_sink_error(ui->sink));
        y += notice(ui, msg, UH_C_BAD, UH_C_BAD_SOFT, x, y, w);
    } else if (uh_sink_kept(ui->sink)) {
        char msg[1000];
        snprintf(msg, sizeof msg,
                 ngettext("%zu result is not saved yet (%s); kept in memory and saved as soon as the "
                          "results store takes it.",
                          "%zu results are not saved yet (%s); kept in memory and saved as soon as the "
                          "results store takes them.", uh_sink_kept(ui->sink)),
                 uh_sink_kept(ui->sink), uh_sink_error(ui->sink));
        y += notice(ui, msg, UH_C_WARN, UH_C_WARN_SOFT, x, y, w);
    }
    y += results(ui, x, y, w);
    y += health(ui, x, y, w);

    y += heading(ui, _("Export"), x, y, w);
    y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_LABEL, UH_C_MUTED, w,
                    _("Writes every attempt as CSV and xAPI statements, and the HTML report, into this folder."), x, y) +
         uh_px(ui, UH_SP_2);
    int row_y = y;
    y += field_row(ui, ID_EXPORT_FIELD, as->export_dir, "/media/...", ID_EXPORT, _("Export"), UH_ICON_SAVE, x, y, w) +
         uh_px(ui, UH_SP_2);
    y += keyboard(ui, ID_EXPORT_FIELD, row_y, x, y, w);
    if (as->export_msg[0])
        y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_LABEL, as->export_ok ? UH_C_GOOD : UH_C_BAD, w, as->export_msg,
                        x, y) + uh_px(ui, UH_SP_2);
    y += uh_px(ui, UH_SP_5);

    y += heading(ui, _("Cohort"), x, y, w);
    char cur[160];
    snprintf(cur, sizeof cur, ui->cohort[0] ? _("Attempts from now on are tagged \"%s\".") : "%s",
             ui->cohort[0] ? ui->cohort : _("Attempts from now on carry no cohort code. Type one to tag them."));
    y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_LABEL, UH_C_MUTED, w, cur, x, y) + uh_px(ui, UH_SP_2);
    row_y = y;
    y += field_row(ui, ID_COHORT_FIELD, as->cohort_buf, _("e.g. ENG-2026-03"), ID_COHORT, _("Set cohort"), UH_ICON_PEOPLE,
                   x, y, w) + uh_px(ui, UH_SP_2);
    y += keyboard(ui, ID_COHORT_FIELD, row_y, x, y, w) + uh_px(ui, UH_SP_5);

    /* Leaving. */
    const char *back = ui->mode == UH_MODE_KIOSK ? _("Back to the kiosk") : _("Back to training");
    int bw = uh_gui_button_width(&ui->g, back, UH_ICON_ARROW_LEFT);
    int ew = uh_gui_button_width(&ui->g, _("Exit Unhooked"), UH_ICON_CROSS);
    if (bw + ew + uh_px(ui, UH_SP_3) <= w) {
        uh_gui_button(&ui->g, ID_DONE, x, y, bw, back, UH_BTN_SECONDARY, UH_ICON_ARROW_LEFT);
        uh_gui_button(&ui->g, ID_EXIT, x + w - ew, y, ew, _("Exit Unhooked"), UH_BTN_DANGER, UH_ICON_CROSS);
        y += uh_gui_control_h(&ui->g);
    } else {
        uh_gui_button(&ui->g, ID_DONE, x, y, w, back, UH_BTN_SECONDARY, UH_ICON_ARROW_LEFT);
        y += uh_gui_control_h(&ui->g) + uh_px(ui, UH_SP_3);
        uh_gui_button(&ui->g, ID_EXIT, x, y, w, _("Exit Unhooked"), UH_BTN_DANGER, UH_ICON_CROSS);
        y += uh_gui_control_h(&ui->g);
    }
    y += uh_px(ui, UH_SP_10);
    uh_gui_scroll_end(&ui->g, y);
    uh_ui_header(ui, _("Administration"), false);
}

const uh_screen_ops uh_admin_ops = {
    .state_size = sizeof(admin_state),
    .reset = admin_reset,
    .release = admin_release,
    .enter = admin_enter,
    .draw = admin_draw,
    .act = admin_act,
    .key = admin_key,
    .frame_ms = admin_frame_ms,
    .ready = admin_ready,
    .trace = admin_trace,
};
