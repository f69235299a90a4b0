/* report_form.c — the three steps of filing a report (SPEC §3): to whom,
 * what to include, how; with the organisation's security contact. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/util.h"
#include "screens.h"

enum { ID_NEXT = UH_ID_FIRST, ID_PREV, ID_OPTION = 1000 };

static const char *const step_names[3] = {"To whom", "What to include", "How"};


static const uh_scenario *form_sc;

static int cmp_fact(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    uint32_t hx = uh_avatar_hash(form_sc->facts[x].id), hy = uh_avatar_hash(form_sc->facts[y].id);
    return hx < hy ? -1 : hx > hy ? 1 : (x > y) - (x < y);
}

static void report_enter(uh_ui *ui)
{
    const uh_scenario *sc = uh_run_scenario(ui->run);
    ui->report_step = 0;
    ui->report_to = ui->report_how = -1;
    free(ui->report_facts);
    free(ui->fact_order);
    ui->report_facts = uh_xcalloc(sc->nfacts + 1, sizeof *ui->report_facts);
    ui->fact_order = uh_xcalloc(sc->nfacts + 1, sizeof *ui->fact_order);
    for (size_t i = 0; i < sc->nfacts; i++)
        ui->fact_order[i] = i;
    /* Required facts and decoys mixed in a stable order (scenario files list
     * the required ones first). */
    form_sc = sc;
    qsort(ui->fact_order, sc->nfacts, sizeof *ui->fact_order, cmp_fact);
}

static size_t noptions(const uh_ui *ui)
{
    switch (ui->report_step) {
    case 0:
        return ui->cfg->nto;
    case 1:
        return uh_run_scenario(ui->run)->nfacts;
    default:
        return ui->cfg->nhow;
    }
}

static void submit(uh_ui *ui)
{
    const uh_scenario *sc = uh_run_scenario(ui->run);
    const char **facts = uh_xcalloc(sc->nfacts + 1, sizeof *facts);
    size_t n = 0;
    for (size_t i = 0; i < sc->nfacts; i++)
        if (ui->report_facts[i])
            facts[n++] = sc->facts[i].id;
    uh_error e;
    uh_error_clear(&e);
    const char *to = ui->report_to >= 0 ? ui->cfg->to[ui->report_to].id : NULL;
    const char *how = ui->report_how >= 0 ? ui->cfg->how[ui->report_how].id : NULL;
    if (uh_run_submit_report(ui->run, to, facts, n, how, &e) != 0) {
        char buf[1400];
        SDL_Log("unhooked: report refused: %s", uh_error_format(&e, buf, sizeof buf));
    }
    free(facts);
    uh_ui_save_progress(ui);
    uh_ui_follow_run(ui);
}

static void pick(uh_ui *ui, size_t i)
{
    if (i >= noptions(ui))
        return;
    if (ui->report_step == 0)
        ui->report_to = (int)i;
    else if (ui->report_step == 2)
        ui->report_how = (int)i;
    else {
        size_t f = ui->fact_order[i];
        ui->report_facts[f] = !ui->report_facts[f];
    }
}

static void step(uh_ui *ui, int dir)
{
    int s = ui->report_step + dir;
    if (s < 0)
        return;
    if (s > 2) {
        submit(ui);
        return;
    }
    ui->report_step = s;
    uh_gui_scroll_top(&ui->g, 0);
    ui->screen_since = SDL_GetTicks();
}

static void report_act(uh_ui *ui, int id)
{
    if (id == ID_NEXT)
        step(ui, 1);
    else if (id == ID_PREV || id == UH_ID_BACK)
        step(ui, -1);
    else if (id >= ID_OPTION)
        pick(ui, (size_t)(id - ID_OPTION));
}

static bool report_key(uh_ui *ui, const uh_input *in)
{
    if (in->type != UH_IN_KEY)
        return false;
    if (in->key == UH_KEY_ESCAPE) {
        step(ui, -1);
        return true;
    }
    if (in->key == UH_KEY_DIGIT && in->digit >= 1) {
        pick(ui, (size_t)(in->digit - 1));
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
    int pad = uh_px(ui, 22), isz = uh_px(ui, 40), tw = w - 3 * pad - isz;
    char lines[600];
    snprintf(lines, sizeof lines, "Phone: %s\nE-mail: %s", c->security_phone ? c->security_phone : "",
             c->security_email ? c->security_email : "");
    const uh_text_block *bk = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_SMALL), UH_C_GOOD, tw,
                                          "YOUR SECURITY CONTACT");
    const uh_text_block *bt = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_BODY + 1), UH_C_TEXT, tw,
                                          c->security_team ? c->security_team : "Corporate security");
    const uh_text_block *bl = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_BODY), UH_C_TEXT, tw, lines);
    int h = pad + bk->h + bt->h + uh_px(ui, 4) + bl->h + pad;
    uh_draw_card(ui->d, (SDL_Rect){x, y, w, h}, uh_px(ui, 14), UH_C_GOOD_SOFT, UH_RGB(0xA9, 0xDE, 0xC6), uh_px(ui, 1), false);
    uh_draw_icon(ui->d, UH_ICON_SHIELD, x + pad, y + pad, isz, UH_C_GOOD, UH_C_GOOD_SOFT);
    int tx = x + 2 * pad + isz, ty = y + pad;
    SDL_RenderCopy(ui->r, bk->tex, NULL, &(SDL_Rect){tx, ty, bk->w, bk->h});
    ty += bk->h;
    SDL_RenderCopy(ui->r, bt->tex, NULL, &(SDL_Rect){tx, ty, bt->w, bt->h});
    ty += bt->h + uh_px(ui, 4);
    SDL_RenderCopy(ui->r, bl->tex, NULL, &(SDL_Rect){tx, ty, bl->w, bl->h});
    return h;
}

/* The three numbered steps joined by a line; returns the height. */
static int stepper(uh_ui *ui, int x, int y, int w)
{
    int r = uh_px(ui, 17), seg = w / 3;
    int lh = uh_text_line_height(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_SMALL));
    for (int i = 0; i < 3; i++) {
        int cx = x + seg * i + seg / 2, cy = y + r;
        if (i < 2)
            uh_draw_rect(ui->d, (SDL_Rect){cx + r, cy - uh_px(ui, 1), seg - 2 * r, uh_px(ui, 3)},
                         i < ui->report_step ? UH_C_ACCENT : UH_C_LINE);
        bool done = i < ui->report_step, cur = i == ui->report_step;
        uh_draw_disc(ui->d, cx, cy, r, done || cur ? UH_C_ACCENT : UH_RGB(0xD5, 0xDB, 0xE5));
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
                                              cur ? UH_C_ACCENT : UH_C_MUTED, seg - uh_px(ui, 8), step_names[i]);
        SDL_RenderCopy(ui->r, bl->tex, NULL, &(SDL_Rect){cx - bl->w / 2, y + 2 * r + uh_px(ui, 8), bl->w, bl->h});
        if (bl->h > lh)
            lh = bl->h;
    }
    return 2 * r + uh_px(ui, 8) + lh;
}

static void report_draw(uh_ui *ui)
{
    const uh_scenario *sc = uh_run_scenario(ui->run);
    SDL_Rect body = uh_ui_body(ui);
    int y = uh_gui_scroll_begin(&ui->g, 0, body) + uh_px(ui, 28);
    SDL_Rect col = uh_ui_column(ui, body, 860);
    int x = col.x, w = col.w;
    y += stepper(ui, x, y, w) + uh_px(ui, 28);

    static const char *const titles[3] = {
        "Who do you report this to?",
        "What should your report include?",
        "How do you hand it over?",
    };
    static const char *const leads[3] = {
        "Pick the one place you would take it.",
        "Tick everything that belongs in a good report. Leave out what does not.",
        "Choose what you do with the messages and the contact from now on.",
    };
    y += uh_ui_text(ui, UH_FACE_BOLD, UH_PX_H2, UH_C_TEXT, w, titles[ui->report_step], x, y);
    y += uh_px(ui, 6);
    y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_BODY, UH_C_MUTED, w, leads[ui->report_step], x, y);
    y += uh_px(ui, 20);
    size_t n = noptions(ui);
    for (size_t i = 0; i < n; i++) {
        int id = ID_OPTION + (int)i;
        if (ui->report_step == 0)
            y += uh_gui_toggle(&ui->g, id, x, y, w, ui->report_to == (int)i, true, ui->cfg->to[i].label, NULL);
        else if (ui->report_step == 2)
            y += uh_gui_toggle(&ui->g, id, x, y, w, ui->report_how == (int)i, true, ui->cfg->how[i].label, NULL);
        else {
            size_t f = ui->fact_order[i];
            y += uh_gui_toggle(&ui->g, id, x, y, w, ui->report_facts[f], false, sc->facts[f].text, NULL);
        }
        y += uh_px(ui, 10);
    }
    y += uh_px(ui, 10);
    y += contact_card(ui, x, y, w);
    y += uh_px(ui, 28);
    const char *next = ui->report_step == 2 ? "Send report" : "Next";
    int nw = uh_gui_button_width(&ui->g, next, ui->report_step == 2 ? UH_ICON_SHIELD : UH_ICON_ARROW_RIGHT);
    uh_gui_button(&ui->g, ID_NEXT, x + w - nw, y, nw, next, UH_BTN_PRIMARY,
                  ui->report_step == 2 ? UH_ICON_SHIELD : UH_ICON_ARROW_RIGHT);
    if (ui->report_step > 0)
        uh_gui_button(&ui->g, ID_PREV, x, y, 0, "Previous step", UH_BTN_GHOST, UH_ICON_ARROW_LEFT);
    y += uh_gui_control_h(&ui->g) + uh_px(ui, 36);
    uh_gui_scroll_end(&ui->g, y);
    char title[300];
    snprintf(title, sizeof title, "Filing a report \xC2\xB7 step %d of 3", ui->report_step + 1);
    uh_ui_header(ui, title, ui->report_step > 0);
}

const uh_screen_ops uh_report_form_ops = {report_enter, report_draw, report_act, report_key};
