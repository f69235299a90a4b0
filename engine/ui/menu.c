/* SPDX-License-Identifier: Apache-2.0 */
/* menu.c — the scenario menu: one grid of cards, each naming its tactic and
 * whom it is for (its audience tags), with the trainee's progress on it;
 * broken scenarios are shown disabled as unavailable. */
#include <stdio.h>
#include <string.h>

#include <stdlib.h>

#include "../core/i18n.h"
#include "../core/catalog.h"
#include "../core/util.h"
#include "../session/resume.h"
#include "screens.h"

enum { ID_FINISH = UH_ID_FIRST, ID_SIGN_OUT, ID_DISMISS, ID_CARD = 1000 };

/* The menu's own state: the trainee's progress on each library item. */
typedef struct menu_state {
    uh_progress *progress;  /* one per library item */
    bool *resumable;        /* one per library item: an unfinished run is saved */
    size_t count;           /* items in both (the library's count once loaded) */
} menu_state;

static menu_state *state(const uh_ui *ui) { return uh_ui_state(ui, UH_SCREEN_MENU); }

static void menu_release(uh_ui *ui)
{
    menu_state *ms = state(ui);
    free(ms->progress);
    free(ms->resumable);
    memset(ms, 0, sizeof *ms);
}

static void menu_reset(uh_ui *ui)
{
    menu_state *ms = state(ui);
    if (ms->count) {
        memset(ms->progress, 0, ms->count * sizeof *ms->progress);
        memset(ms->resumable, 0, ms->count * sizeof *ms->resumable);
    }
}

static void menu_trace(const uh_ui *ui, FILE *f, bool current)
{
    const menu_state *ms = state(ui);
    for (size_t i = 0; current && i < ms->count; i++)
        if (ms->resumable[i])
            fprintf(f, "resume %s\n", ui->lib.items[i]->id);
}

static void menu_enter(uh_ui *ui)
{
    menu_state *ms = state(ui);
    if (ms->count != ui->lib.count) {  /* the library is loaded before the menu shows */
        menu_release(ui);
        ms->count = ui->lib.count;
        ms->progress = uh_xcalloc(ms->count ? ms->count : 1, sizeof *ms->progress);
        ms->resumable = uh_xcalloc(ms->count ? ms->count : 1, sizeof *ms->resumable);
    }
    for (size_t i = 0; i < ui->lib.count; i++) {
        uh_progress p = {0, false, -1};
        const uh_scenario *sc = ui->lib.items[i];
        if (ui->store && sc->ok && sc->id) {
            uh_error e;
            if (uh_store_progress(ui->store, uh_ui_trainee(ui), sc->id, &p, &e) != 0)
                p = (uh_progress){0, false, -1};
        }
        ms->progress[i] = p;
        /* An unfinished run kept for this trainee (self-paced, named). */
        ms->resumable[i] = false;
        if (ui->mode == UH_MODE_SELF && uh_ui_signed_in(ui) && !uh_ui_anonymous(ui) && sc->ok && sc->id) {
            char *path = uh_resume_path(ui->opt.db_path, uh_ui_trainee(ui), sc->id);
            ms->resumable[i] = uh_resume_exists(path);
            free(path);
        }
    }
}

static void menu_act(uh_ui *ui, int id)
{
    if (id == ID_FINISH)
        uh_ui_go(ui, UH_SCREEN_SUMMARY);
    else if (id == ID_SIGN_OUT)
        uh_ui_go(ui, UH_SCREEN_WELCOME);
    else if (id == ID_DISMISS)
        ui->notice[0] = 0;
    else if (id >= ID_CARD && (size_t)(id - ID_CARD) < ui->lib.count) {
        const uh_scenario *sc = uh_ui_scenario(ui, (size_t)(id - ID_CARD));
        if (sc->ok) {
            ui->notice[0] = 0;
            if (state(ui)->resumable[id - ID_CARD])
                uh_ui_resume_run(ui, sc);
            else
                uh_ui_start_run(ui, sc);
        }
    }
}

static bool menu_key(uh_ui *ui, const uh_input *in)
{
    (void)ui;
    (void)in;
    return false;
}

uh_icon uh_menu_tactic_icon(const char *tactic)
{
    static const struct { const char *id; uh_icon icon; } m[] = {
        {"linkedin", UH_ICON_NETWORK}, {"paid_paper", UH_ICON_BOOK}, {"conference", UH_ICON_PEOPLE},
        {"honey_trap", UH_ICON_STAR},  {"gift", UH_ICON_STAR},       {"family", UH_ICON_PEOPLE},
        {"colleague", UH_ICON_PERSON}, {"travel", UH_ICON_ARROW_RIGHT},
        {"research", UH_ICON_BOOK},    {"procurement", UH_ICON_ENVELOPE}, {"past_contact", UH_ICON_CLOCK},
        {"after_leaving", UH_ICON_ARROW_LEFT}, {"judgement", UH_ICON_CHECK},
    };
    for (size_t i = 0; tactic && i < sizeof m / sizeof *m; i++)
        if (strcmp(m[i].id, tactic) == 0)
            return m[i].icon;
    return UH_ICON_SHIELD;
}

/* The tactic's display name, or "" for a scenario without a known one. */
static const char *tactic_name(const uh_scenario *sc)
{
    const uh_catalog_entry *t = sc->tactic ? uh_catalog_find(uh_tactics, sc->tactic) : NULL;
    return t ? _(t->text) : "";
}

/* The line above a card's title: the tactic's icon and name. */
static int tactic_line_h(uh_ui *ui) { return uh_text_line_height(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_SMALL)); }

/* "For: Researchers and technology transfer, ..." from the scenario's
 * audience tags into buf; "" when it has none. */
static const char *audience_line(const uh_scenario *sc, char *buf, size_t n)
{
    buf[0] = 0;
    for (size_t i = 0, len = 0; sc->ok && i < sc->naudience && len < n; i++, len = strlen(buf)) {
        const uh_catalog_entry *a = uh_catalog_find(uh_audiences, sc->audience[i]);
        snprintf(buf + len, n - len, "%s%s", i ? ", " : _("For: "), a ? _(a->text) : sc->audience[i]);
    }
    return buf;
}

/* Height a card needs at width w (tactic, title, audience, summary, footer). */
static int card_height(uh_ui *ui, const uh_scenario *sc, int w)
{
    int pad = uh_px(ui, UH_SP_5), iw = w - 2 * pad;
    int h = pad + tactic_line_h(ui) + uh_px(ui, UH_SP_2) + uh_text_size(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_H3), UH_C_TEXT, iw,
                              sc->title ? sc->title : uh_ui_basename(sc->path))->h;
    char aud[400];
    if (*audience_line(sc, aud, sizeof aud))
        h += uh_px(ui, UH_SP_1) + uh_text_size(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_SMALL), UH_C_TEXT, iw, aud)->h;
    h += uh_px(ui, UH_SP_2) + uh_text_size(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_LABEL), UH_C_MUTED, iw,
                                    sc->ok ? sc->summary : _("This scenario is unavailable right now."))->h;
    h += uh_px(ui, UH_SP_4) + uh_px(ui, UH_SP_7) + pad;
    return h;
}

static void draw_card(uh_ui *ui, size_t idx, SDL_Rect r)
{
    const uh_scenario *sc = uh_ui_scenario(ui, idx);
    const uh_progress *p = &state(ui)->progress[idx];
    int id = ID_CARD + (int)idx, rad = uh_px(ui, UH_RADIUS_LG);
    int st = sc->ok ? uh_gui_item_add(&ui->g, id, r) : 0;
    if (sc->ok)
        uh_gui_label(&ui->g, sc->title ? sc->title : uh_ui_basename(sc->path));
    /* Above or below the fold only the item is kept (the keyboard can
     * reach it); nothing is drawn that would not show. */
    SDL_Rect view;
    SDL_RenderGetClipRect(ui->r, &view);
    if (!SDL_RectEmpty(&view) && !SDL_HasIntersection(&r, &view))
        return;
    bool hot = st & (UH_GUI_HOVER | UH_GUI_FOCUS | UH_GUI_PRESSED);
    uh_draw_card(ui->d, r, rad, sc->ok ? UH_C_CARD : UH_C_CARD_OFF,
                 hot ? UH_C_ACCENT : UH_C_LINE, uh_px(ui, UH_STROKE_FIELD), sc->ok);
    int pad = uh_px(ui, UH_SP_5), x = r.x + pad, y = r.y + pad, iw = r.w - 2 * pad;
    int lh = tactic_line_h(ui), isz = uh_px(ui, UH_PX_SMALL);
    uh_draw_icon(ui->d, uh_menu_tactic_icon(sc->tactic), x, y + (lh - isz) / 2, isz, UH_C_ACCENT,
                 sc->ok ? UH_C_CARD : UH_C_CARD_OFF);
    uh_ui_text(ui, UH_FACE_BOLD, UH_PX_SMALL, sc->ok ? UH_C_ACCENT : UH_C_MUTED, iw - isz - uh_px(ui, UH_SP_2),
               tactic_name(sc), x + isz + uh_px(ui, UH_SP_2), y);
    y += lh + uh_px(ui, UH_SP_2);
    y += uh_ui_text(ui, UH_FACE_BOLD, UH_PX_H3, sc->ok ? UH_C_TEXT : UH_C_FAINT, iw,
                    sc->title ? sc->title : uh_ui_basename(sc->path), x, y);
    char aud[400];
    if (*audience_line(sc, aud, sizeof aud))
        y += uh_px(ui, UH_SP_1) + uh_ui_text(ui, UH_FACE_BOLD, UH_PX_SMALL, UH_C_TEXT, iw, aud, x, y);
    y += uh_px(ui, UH_SP_2);
    uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_LABEL, UH_C_MUTED, iw,
               sc->ok ? sc->summary : _("This scenario is unavailable right now."), x, y);
    /* Footer pinned to the bottom: duration and progress. */
    int fy = r.y + r.h - pad - uh_px(ui, UH_SP_7), ph = 0, fx = x;
    if (!sc->ok) {
        uh_gui_pill(&ui->g, fx, fy, _("Unavailable"), UH_C_MUTED, UH_C_SUBTLE, UH_ICON_CROSS, &ph);
        return;
    }
    if (sc->minutes > 0) {
        char mins[32];
        snprintf(mins, sizeof mins, _("%.0f min"), sc->minutes);
        fx += uh_gui_pill(&ui->g, fx, fy, mins, UH_C_MUTED, UH_C_PAGE, UH_ICON_CLOCK, &ph) +
              uh_px(ui, UH_SP_2);
    }
    char buf[64];
    if (state(ui)->resumable[idx]) {
        fx += uh_gui_pill(&ui->g, fx, fy, _("In progress \xC2\xB7 resume"), UH_C_ACCENT, UH_C_ACCENT_SOFT,
                          UH_ICON_ARROW_RIGHT, &ph) + uh_px(ui, UH_SP_2);
    }
    if (p->passed) {
        snprintf(buf, sizeof buf, _("Passed \xC2\xB7 best %d"), p->best);
        uh_gui_pill(&ui->g, fx, fy, buf, UH_C_GOOD, UH_C_GOOD_SOFT, UH_ICON_CHECK, &ph);
    } else if (p->attempts > 0) {
        snprintf(buf, sizeof buf, _("Done \xC2\xB7 best %d"), p->best);
        uh_gui_pill(&ui->g, fx, fy, buf, UH_C_WARN, UH_C_WARN_SOFT, UH_ICON_COUNT, &ph);
    } else if (!state(ui)->resumable[idx]) {
        uh_gui_pill(&ui->g, fx, fy, _("New"), UH_C_ACCENT, UH_C_ACCENT_SOFT, UH_ICON_COUNT, &ph);
    }
    if (hot) {
        int aw = uh_px(ui, UH_SP_5);
        uh_draw_icon(ui->d, UH_ICON_ARROW_RIGHT, r.x + r.w - pad - aw, fy + (ph - aw) / 2, aw, UH_C_ACCENT,
                     UH_C_CARD);
    }
    uh_gui_focus_ring(&ui->g, id, r, rad);
}

static void menu_draw(uh_ui *ui)
{
    SDL_Rect body = uh_ui_body(ui);
    int y = uh_gui_scroll_begin(&ui->g, 0, body);
    SDL_Rect col = uh_ui_column(ui, body, 1240);
    int x = col.x, w = col.w;
    y += uh_px(ui, UH_SP_8);

    /* Greeting with the session actions on the right (below on narrow screens). */
    char hello[200];
    bool group = ui->mode == UH_MODE_FACILITATE;
    if (group) /* the room, not the "group:CODE" the results are stored under */
        snprintf(hello, sizeof hello, "Group session%s%s", ui->cohort[0] ? " \xC2\xB7 " : "", ui->cohort);
    else
        snprintf(hello, sizeof hello, _("Hello, %s"), uh_ui_anonymous(ui) ? "there" : uh_ui_trainee(ui));
    int fw = uh_gui_button_width(&ui->g, _("Finish session"), UH_ICON_CHECK);
    int sw = uh_gui_button_width(&ui->g, _("Sign out"), UH_ICON_COUNT);
    bool side = w > uh_px(ui, 760);
    int tw = side ? w - fw - sw - uh_px(ui, UH_SP_6) : w;
    int top = y;
    y += uh_ui_text(ui, UH_FACE_BOLD, UH_PX_H1, UH_C_TEXT, tw, hello, x, y);
    y += uh_px(ui, UH_SP_1);
    y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_LEAD - 2, UH_C_MUTED, tw,
                    group ? _("Pick a scenario to play with the room. Read each scene together, talk it "
                            "through, and enter the choice the room makes.")
                          : _("Pick a scenario. Each one is a short story in which somebody approaches you. "
                            "Decide what to do, mark what seems off, and report when you think you should."),
                    x, y);
    if (side) {
        uh_gui_button(&ui->g, ID_FINISH, x + w - fw - sw - uh_px(ui, UH_SP_3), top + uh_px(ui, UH_SP_1), fw,
                      _("Finish session"), UH_BTN_PRIMARY, UH_ICON_CHECK);
        uh_gui_button(&ui->g, ID_SIGN_OUT, x + w - sw, top + uh_px(ui, UH_SP_1), sw, _("Sign out"), UH_BTN_GHOST,
                      UH_ICON_COUNT);
    } else {
        y += uh_px(ui, UH_SP_4);
        uh_gui_button(&ui->g, ID_FINISH, x, y, fw, _("Finish session"), UH_BTN_PRIMARY, UH_ICON_CHECK);
        uh_gui_button(&ui->g, ID_SIGN_OUT, x + fw + uh_px(ui, UH_SP_3), y, sw, _("Sign out"), UH_BTN_GHOST,
                      UH_ICON_COUNT);
        y += uh_gui_control_h(&ui->g);
    }
    y += uh_px(ui, UH_SP_6);

    if (ui->notice[0]) {
        /* A polite banner, e.g. after a scenario had to stop. */
        int pad = uh_px(ui, UH_SP_4), dw = uh_gui_button_width(&ui->g, _("Dismiss"), UH_ICON_COUNT);
        int nw = w - 3 * pad - dw - uh_px(ui, UH_SP_7);
        const uh_text_block *b = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_BODY), UH_C_TEXT, nw,
                                             ui->notice);
        int h = (b->h > uh_gui_control_h(&ui->g) ? b->h : uh_gui_control_h(&ui->g)) + 2 * pad;
        uh_draw_card(ui->d, (SDL_Rect){x, y, w, h}, uh_px(ui, UH_RADIUS_MD), UH_C_WARN_SOFT, UH_C_WARN, uh_px(ui, UH_STROKE), false);
        uh_draw_icon(ui->d, UH_ICON_FLAG, x + pad, y + pad, uh_px(ui, UH_SP_6), UH_C_WARN, UH_C_WARN_SOFT);
        SDL_RenderCopy(ui->r, b->tex, NULL, &(SDL_Rect){x + pad + uh_px(ui, UH_SP_8), y + pad, b->w, b->h});
        uh_gui_button(&ui->g, ID_DISMISS, x + w - pad - dw, y + (h - uh_gui_control_h(&ui->g)) / 2, dw,
                      _("Dismiss"), UH_BTN_SECONDARY, UH_ICON_COUNT);
        y += h + uh_px(ui, UH_SP_6);
    }

    /* One grid of cards in the catalog's order of tactics (each card names
     * its tactic), so a wide screen fills its rows instead of showing a
     * section per tactic with one or two cards in it. */
    int gap = uh_px(ui, UH_SP_5);
    int cols = (w + gap) / (uh_px(ui, 340) + gap);
    if (cols < 1)
        cols = 1;
    if (cols > 4)
        cols = 4;
    int cw = (w - (cols - 1) * gap) / cols;
    size_t idx[256], n = 0;
    for (const uh_catalog_entry *t = uh_tactics; t->id; t++)
        for (size_t i = 0; i < ui->lib.count && n < 256; i++) {
            const uh_scenario *sc = ui->lib.items[i];
            if (sc->tactic && strcmp(sc->tactic, t->id) == 0)
                idx[n++] = i;
        }
    for (size_t i = 0; i < ui->lib.count && n < 256; i++) { /* broken files with no usable tactic */
        const uh_scenario *sc = ui->lib.items[i];
        if (!sc->tactic || !uh_catalog_find(uh_tactics, sc->tactic))
            idx[n++] = i;
    }
    for (size_t i = 0; i < n; i += (size_t)cols) {
        int rh = 0;
        for (size_t j = i; j < n && j < i + (size_t)cols; j++) {
            int h = card_height(ui, uh_ui_scenario(ui, idx[j]), cw);
            rh = h > rh ? h : rh;
        }
        for (size_t j = i; j < n && j < i + (size_t)cols; j++)
            draw_card(ui, idx[j], (SDL_Rect){x + (int)(j - i) * (cw + gap), y, cw, rh});
        y += rh + gap;
    }
    if (ui->lib.count == 0)
        y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_BODY, UH_C_MUTED, w,
                        _("No scenarios were found. Ask your administrator to install them."), x, y);
    y += uh_px(ui, UH_SP_6);
    uh_gui_scroll_end(&ui->g, y);
    uh_ui_header(ui, _("Choose a scenario"), false);
}

const uh_screen_ops uh_menu_ops = {
    .state_size = sizeof(menu_state),
    .reset = menu_reset,
    .release = menu_release,
    .enter = menu_enter,
    .draw = menu_draw,
    .act = menu_act,
    .key = menu_key,
    .trace = menu_trace,
};
