/* SPDX-License-Identifier: Apache-2.0 */
/* debrief.c — after the ending: the score and its three parts, the
 * trainee's own path replayed, the report line by line, where the approach
 * would have gone, the warning signs caught and missed, what to take away
 * and the real case behind it. The words come from the session's debrief
 * (engine/session/debrief.h), so the kiosk and the web player agree; late
 * reporting reads as far better than none, and nothing here assigns blame. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/catalog.h"
#include "screens.h"

enum { ID_MENU = UH_ID_FIRST, ID_FINISH, ID_AGAIN };

#define ANIM_MS 700
#define ANIM_FRAMES_MS 900  /* frames are asked for this long after the screen opens */

/* The debrief screen's own state: the run's debrief and whether its result
 * was saved. */
typedef struct debrief_state {
    uh_debrief *debrief;  /* words for the run just ended (engine/session) */
    bool saved;
    bool save_pending;    /* not saved yet: kept by the sink, saved later */
    char save_error[512];
    Uint32 anim_start;
} debrief_state;

static debrief_state *state(const uh_ui *ui) { return uh_ui_state(ui, UH_SCREEN_DEBRIEF); }

static void debrief_reset(uh_ui *ui)
{
    debrief_state *ds = state(ui);
    uh_debrief_free(ds->debrief);
    memset(ds, 0, sizeof *ds);
}

static void debrief_enter(uh_ui *ui) { state(ui)->anim_start = SDL_GetTicks(); }

void uh_ui_show_debrief(uh_ui *ui)
{
    debrief_state *ds = state(ui);
    const uh_result *r = uh_session_result(ui->ses);
    ds->save_error[0] = 0;
    int saved = uh_ui_save_attempt(ui, r, ds->save_error, sizeof ds->save_error);
    ds->saved = saved == 0;
    ds->save_pending = saved > 0;
    uh_debrief_free(ds->debrief);
    ds->debrief = uh_debrief_build(uh_run_scenario(uh_ui_run(ui)), ui->cfg, r);
    uh_ui_go(ui, UH_SCREEN_DEBRIEF);
}

const uh_debrief *uh_debrief_shown(const uh_ui *ui) { return state(ui)->debrief; }

static int debrief_frame_ms(const uh_ui *ui)
{
    if (!uh_a11y_motion(ui))
        return -1; /* reduced motion: the figures as they end, at once */
    /* The opening animation needs frames until one is drawn after its end. */
    Uint32 now = SDL_GetTicks(), start = state(ui)->anim_start;
    return now - start < ANIM_FRAMES_MS || ui->drawn_at - start < ANIM_FRAMES_MS ? 0 : -1;
}

static void debrief_trace(const uh_ui *ui, FILE *f, bool current)
{
    const debrief_state *ds = state(ui);
    if (ds->debrief)  /* whatever the screen: the kiosk's wipe must leave none */
        fprintf(f, "debrief_held 1\n");
    if (!current)
        return;
    size_t nd;
    uh_session_decisions(ui->ses, &nd);
    fprintf(f, "decisions %zu\n", nd);
    const uh_result *res = uh_session_result(ui->ses);
    if (res)
        fprintf(f, "saved %d\nscore %d\npassed %d\n", ds->saved, res->score.score, res->score.passed);
    if (ds->debrief)
        fprintf(f, "lead %d\nreason %d\n", (int)ds->debrief->lead, (int)ds->debrief->reason);
}

static void leave(uh_ui *ui, uh_screen_id to)
{
    uh_ui_end_run(ui);
    uh_ui_go(ui, to);
}

/* Starts the same scenario again from the library. */
static void try_again(uh_ui *ui)
{
    const uh_run *run = uh_ui_run(ui);
    const char *id = run ? uh_run_scenario(run)->id : NULL;
    uh_scenario *sc = uh_ui_find_scenario(ui, id);
    if (sc)
        uh_ui_start_run(ui, sc);
    else
        leave(ui, UH_SCREEN_MENU);
}

static void debrief_act(uh_ui *ui, int id)
{
    if (id == ID_AGAIN)
        try_again(ui);
    else if (id == ID_MENU || id == UH_ID_BACK)
        leave(ui, UH_SCREEN_MENU);
    else if (id == ID_FINISH)
        leave(ui, UH_SCREEN_SUMMARY);
}

static bool debrief_key(uh_ui *ui, const uh_input *in)
{
    if (in->type == UH_IN_KEY && in->key == UH_KEY_ESCAPE) {
        leave(ui, UH_SCREEN_MENU);
        return true;
    }
    return false;
}

/* 0..1 progress of the opening animation, eased out. */
static double anim(const uh_ui *ui)
{
    if (!uh_a11y_motion(ui))
        return 1; /* reduced motion: the figures as they end */
    Uint32 t = SDL_GetTicks() - state(ui)->anim_start;
    if (t >= ANIM_MS)
        return 1;
    double x = t / (double)ANIM_MS;
    return 1 - (1 - x) * (1 - x) * (1 - x);
}

static int section_title(uh_ui *ui, uh_icon icon, const char *title, int x, int y, int w)
{
    int isz = uh_px(ui, UH_SP_6);
    uh_draw_icon(ui->d, icon, x, y + uh_px(ui, 5), isz, UH_C_ACCENT, UH_C_PAGE);
    return uh_ui_text(ui, UH_FACE_BOLD, UH_PX_H2 - 2, UH_C_TEXT, w - isz - uh_px(ui, UH_SP_3), title,
                      x + isz + uh_px(ui, UH_SP_3), y);
}

/* One labelled bar; returns its height. */
static int bar(uh_ui *ui, const char *label, const char *hint, double v, SDL_Color c, int x, int y, int w)
{
    char pct[16];
    uh_i18n_percent(floor(v * 100 + 0.5), pct, sizeof pct);
    const uh_text_block *bp = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_BODY), UH_C_TEXT, 0, pct);
    int h = uh_ui_text(ui, UH_FACE_BOLD, UH_PX_BODY, UH_C_TEXT, w - bp->w - uh_px(ui, UH_SP_3), label, x, y);
    SDL_RenderCopy(ui->r, bp->tex, NULL, &(SDL_Rect){x + w - bp->w, y, bp->w, bp->h});
    h += uh_px(ui, UH_SP_1);
    int bh = uh_px(ui, UH_SP_3);
    uh_draw_round(ui->d, (SDL_Rect){x, y + h, w, bh}, bh / 2, UH_C_TRACK);
    int fw = (int)(w * v * anim(ui));
    if (fw > 0)
        uh_draw_round(ui->d, (SDL_Rect){x, y + h, fw < bh ? bh : fw, bh}, bh / 2, c);
    h += bh + uh_px(ui, UH_SP_1);
    h += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_SMALL, UH_C_MUTED, w, hint, x, y + h);
    return h;
}

static int score_card(uh_ui *ui, const uh_result *r, const uh_debrief *d, int x, int y, int w)
{
    int pad = uh_px(ui, UH_SP_7);
    bool wide = w > uh_px(ui, 700);
    int ring = uh_px(ui, 96), th = uh_px(ui, UH_SP_4);
    int bx = wide ? x + pad + 2 * ring + uh_px(ui, UH_SP_10) : x + pad, bw = wide ? x + w - pad - bx : w - 2 * pad;
    const char *timing_hint = d->timing_hint, *quality_hint = d->quality_hint,
               *spot_hint = d->spotting_hint;
    /* Measure the bars to size the card. */
    int bars_h = 0;
    SDL_Rect clip_off = {0, -100000, 1, 1};
    (void)clip_off;
    int gap = uh_px(ui, UH_SP_4);
    int one = uh_text_line_height(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_BODY)) + uh_px(ui, UH_SP_1) + uh_px(ui, UH_SP_3) +
              uh_px(ui, UH_SP_1);
    const char *hints[3] = {timing_hint, quality_hint, spot_hint};
    for (int i = 0; i < 3; i++)
        bars_h += one + uh_text_size(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_SMALL), UH_C_MUTED, bw, hints[i])->h + gap;
    bars_h -= gap;
    int ring_h = 2 * ring + uh_px(ui, 50);
    int h = wide ? 2 * pad + (bars_h > ring_h ? bars_h : ring_h) : 2 * pad + ring_h + uh_px(ui, UH_SP_6) + bars_h;
    uh_draw_card(ui->d, (SDL_Rect){x, y, w, h}, uh_px(ui, UH_RADIUS_LG), UH_C_CARD, UH_C_LINE, uh_px(ui, UH_STROKE), true);

    /* The score ring. */
    int cx = wide ? x + pad + ring : x + w / 2, cy = y + pad + ring;
    SDL_Color rc = r->score.passed ? UH_C_GOOD : r->reported ? UH_C_ACCENT : UH_C_WARN;
    uh_draw_arc(ui->d, cx, cy, ring, th, 1.0, UH_C_TRACK);
    uh_draw_arc(ui->d, cx, cy, ring, th, r->score.score / 100.0 * anim(ui), rc);
    char sc[16];
    snprintf(sc, sizeof sc, "%d", (int)(r->score.score * anim(ui) + 0.5));
    const uh_text_block *bs = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_HUGE - 8), UH_C_TEXT, 0, sc);
    SDL_RenderCopy(ui->r, bs->tex, NULL, &(SDL_Rect){cx - bs->w / 2, cy - bs->h / 2 - uh_px(ui, UH_SP_2), bs->w, bs->h});
    const uh_text_block *bo = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_SMALL), UH_C_MUTED, 0, _("of 100"));
    SDL_RenderCopy(ui->r, bo->tex, NULL, &(SDL_Rect){cx - bo->w / 2, cy + bs->h / 2 - uh_px(ui, UH_SP_4), bo->w, bo->h});
    int ph = 0;
    const char *verdict = r->score.passed ? _("Passed") : _("Not passed yet");
    int pw = uh_gui_pill_size(&ui->g, verdict, UH_ICON_CHECK, &ph);
    uh_gui_pill(&ui->g, cx - pw / 2, cy + ring + uh_px(ui, UH_SP_4), verdict, r->score.passed ? UH_C_GOOD : UH_C_WARN,
                r->score.passed ? UH_C_GOOD_SOFT : UH_C_WARN_SOFT, r->score.passed ? UH_ICON_CHECK : UH_ICON_COUNT, &ph);

    int by = wide ? y + pad + ((h - 2 * pad) - bars_h) / 2 : y + pad + ring_h + uh_px(ui, UH_SP_6);
    by += bar(ui, _("Timing"), timing_hint, r->score.timing, UH_C_ACCENT, bx, by, bw) + gap;
    by += bar(ui, _("Report quality"), quality_hint, r->score.quality, UH_C_QUALITY, bx, by, bw) + gap;
    bar(ui, _("Spotting"), spot_hint, r->score.spotting, UH_C_WARN, bx, by, bw);
    return h;
}

/* A list row with an icon in a soft disc; returns its height. */
static int row(uh_ui *ui, uh_icon icon, SDL_Color fg, SDL_Color bg, const char *text, const char *tag, int x, int y,
               int w)
{
    int isz = uh_px(ui, UH_SP_7), tx = x + isz + uh_px(ui, UH_SP_3), tw = w - isz - uh_px(ui, UH_SP_3);
    int h = 0;
    if (tag)
        h += uh_ui_text(ui, UH_FACE_BOLD, UH_PX_SMALL, fg, tw, tag, tx, y);
    h += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_BODY, UH_C_TEXT, tw, text, tx, y + h);
    uh_draw_disc(ui->d, x + isz / 2, y + isz / 2 + uh_px(ui, 2), isz / 2, bg);
    uh_draw_icon(ui->d, icon, x + isz / 5, y + isz / 5 + uh_px(ui, 2), isz * 3 / 5, fg, bg);
    return h > isz ? h : isz;
}

/* Facilitator mode: for every decision the room made, the other choices
 * that were on screen and where they lead (report point, hook added, the
 * ending they reach at once), so the instructor can talk through them. */
static int paths_not_taken(uh_ui *ui, const uh_scenario *sc, int x, int y, int w)
{
    int top = y;
    y += section_title(ui, UH_ICON_PEOPLE, _("The paths not taken"), x, y, w) + uh_px(ui, UH_SP_3);
    int pad = uh_px(ui, UH_SP_5);
    size_t ndecisions;
    const uh_decision *decisions = uh_session_decisions(ui->ses, &ndecisions);
    for (size_t i = 0; i < ndecisions; i++) {
        const uh_decision *d = &decisions[i];
        if (d->scene < 0 || (size_t)d->scene >= sc->nscenes || d->nshown < 2)
            continue;
        const uh_scene *s = &sc->scenes[d->scene];
        char head[300];
        const char *picked = d->picked >= 0 && d->shown[d->picked] >= 0
                                 ? s->choices[d->shown[d->picked]].label : NULL;
        snprintf(head, sizeof head, _("Decision %zu \xC2\xB7 the room chose: %s"), i + 1,
                 picked ? picked : _("(a choice with a computed label)"));
        int iw = w - 2 * pad;
        int hh = uh_text_size(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_BODY), UH_C_TEXT, iw, head)->h;
        /* Measure the alternatives, then draw the card behind them. */
        char lines[UH_SESSION_MAX_SHOWN][600];
        int n = 0, lh = 0;
        for (int k = 0; k < d->nshown; k++) {
            if (k == d->picked || d->shown[k] < 0)
                continue;
            const uh_choice *c = &s->choices[d->shown[k]];
            const uh_scene *to = c->go_index >= 0 ? &sc->scenes[c->go_index] : NULL;
            char where[200];
            if (to && to->ending)
                snprintf(where, sizeof where, _("ends the story: %s"), uh_debrief_ending_title(to->ending));
            else
                snprintf(where, sizeof where, _("the story goes on"));
            char hook[64] = "";
            if (c->hook > 0)
                snprintf(hook, sizeof hook, _("; adds %d to the hook"), c->hook);
            snprintf(lines[n], sizeof lines[n], "\xE2\x80\xA2 %s \xE2\x80\x94 %s%s%s.",
                     c->label ? c->label : _("(computed label)"), c->report ? _("a report point; ") : "", where, hook);
            lh += uh_text_size(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_BODY), UH_C_MUTED, iw, lines[n])->h +
                  uh_px(ui, UH_SP_1);
            n++;
        }
        if (n == 0)
            continue;
        int h = pad + hh + uh_px(ui, UH_SP_2) + lh + pad - uh_px(ui, UH_SP_1);
        uh_draw_card(ui->d, (SDL_Rect){x, y, w, h}, uh_px(ui, UH_RADIUS_MD), UH_C_CARD, UH_C_LINE, uh_px(ui, UH_STROKE), false);
        int ty = y + pad;
        ty += uh_ui_text(ui, UH_FACE_BOLD, UH_PX_BODY, UH_C_TEXT, iw, head, x + pad, ty) + uh_px(ui, UH_SP_2);
        for (int k = 0; k < n; k++)
            ty += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_BODY, UH_C_MUTED, iw, lines[k], x + pad, ty) + uh_px(ui, UH_SP_1);
        y += h + uh_px(ui, UH_SP_3);
    }
    return y - top + uh_px(ui, UH_SP_5);
}

/* The tags of step i in a flow that wraps in tw (a narrow column at a
 * large text size holds one or two a line); drawn when paint. Returns the
 * height used, 0 when the step has none. */
static int tags_of(uh_ui *ui, const uh_debrief *d, size_t i, int tx, int tw, int y, bool paint)
{
    const uh_debrief_step *st = &d->steps[i];
    struct {
        bool on;
        const char *text;
        SDL_Color fg, bg;
    } t[] = {
        {st->reported, _("Report filed here"), UH_C_GOOD, UH_C_GOOD_SOFT},
        {st->after_report && st->hook_added > 0, _("After the report"), UH_C_WARN_TEXT, UH_C_WARN_SOFT},
        {(int)i == d->last_clean_exit, _("Last clean exit"), UH_C_ACCENT, UH_C_ACCENT_SOFT},
        {(int)i == d->first_flag, _("First red flag"), UH_C_WARN_TEXT, UH_C_WARN_SOFT},
    };
    int gap = uh_px(ui, UH_SP_1), x = tx, top = y, ph = 0, used = 0;
    for (size_t k = 0; k < sizeof t / sizeof *t; k++) {
        if (!t[k].on)
            continue;
        int pw = uh_gui_pill_size(&ui->g, t[k].text, UH_ICON_COUNT, &ph);
        if (x > tx && x + pw > tx + tw) {
            x = tx;
            y += ph + gap;
        }
        if (paint)
            uh_gui_pill(&ui->g, x, y, t[k].text, t[k].fg, t[k].bg, UH_ICON_COUNT, &ph);
        x += pw + gap;
        used = y + ph - top;
    }
    return used;
}

/* The trainee's own path, replayed: one row per scene with what they chose,
 * what each concession gave away, the report, the steps after it, the last
 * clean exit and the first red flag. */
static int replayed_path(uh_ui *ui, const uh_debrief *d, int x, int y, int w)
{
    int top = y, pad = uh_px(ui, UH_SP_5), dr = uh_px(ui, UH_SP_4), gap = uh_px(ui, UH_SP_1);
    int tx = x + pad + 2 * dr + uh_px(ui, UH_SP_4), tw = x + w - pad - tx;
    /* Measure the rows first, to draw the card behind them. */
    int h = pad;
    for (int pass = 0; pass < 2; pass++) {
        int ry = y + pad;
        if (pass == 1)
            uh_draw_card(ui->d, (SDL_Rect){x, y, w, h}, uh_px(ui, UH_RADIUS_LG), UH_C_CARD, UH_C_LINE,
                         uh_px(ui, UH_STROKE), false);
        for (size_t i = 0; i < d->nsteps; i++) {
            const uh_debrief_step *st = &d->steps[i];
            int row_top = ry;
            char line[900];
            /* Tags above the text. */
            int tags = tags_of(ui, d, i, tx, tw, ry, pass == 1);
            if (pass == 1) {
                int cx = x + pad + dr, cy = ry + dr;
                SDL_Color c = st->reported ? UH_C_GOOD : st->hook_added > 0 ? UH_C_WARN
                                                                            : UH_C_MUTED;
                uh_draw_disc(ui->d, cx, cy, dr, c);
                char num[24];
                snprintf(num, sizeof num, "%zu", i + 1);
                const uh_text_block *b = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_SMALL),
                                                     UH_C_WHITE, 0, num);
                SDL_RenderCopy(ui->r, b->tex, NULL, &(SDL_Rect){cx - b->w / 2, cy - b->h / 2, b->w, b->h});
            }
            if (tags)
                ry += tags + gap;
            int (*text)(uh_ui *, uh_face, float, SDL_Color, int, const char *, int, int) =
                uh_ui_text;
            int off = pass == 0 ? -100000 : 0; /* measuring pass draws off screen */
            ry += text(ui, UH_FACE_BOLD, UH_PX_SMALL, UH_C_MUTED, tw, st->where, tx, ry + off);
            if (st->chose) {
                snprintf(line, sizeof line, _("You chose: %s"), st->chose);
                ry += text(ui, UH_FACE_REGULAR, UH_PX_BODY, UH_C_TEXT, tw, line, tx, ry + off);
            } else {
                ry += text(ui, UH_FACE_REGULAR, UH_PX_BODY, UH_C_TEXT, tw, _("The story ended here."),
                           tx, ry + off);
            }
            if (st->first_flag) {
                snprintf(line, sizeof line, _("Red flag: %s"), st->first_flag);
                ry += text(ui, UH_FACE_REGULAR, UH_PX_SMALL, UH_C_WARN_TEXT, tw, line, tx, ry + off);
            }
            if (st->hook_added > 0) {
                snprintf(line, sizeof line, _("A step into the hook%s%s"), st->gives ? ": " : ".",
                         st->gives ? st->gives : "");
                ry += text(ui, UH_FACE_REGULAR, UH_PX_SMALL, UH_C_WARN_TEXT, tw, line, tx, ry + off);
            }
            if (st->how_done && st->how_wrong) {
                snprintf(line, sizeof line, _("In the story you chose to: %s. That is not how to "
                         "handle it."), st->how_done);
                ry += text(ui, UH_FACE_REGULAR, UH_PX_SMALL, UH_C_BAD, tw, line, tx, ry + off);
            }
            int rh = ry - row_top;
            if (rh < 2 * dr)
                ry = row_top + 2 * dr;
            ry += uh_px(ui, UH_SP_4);
        }
        ry += uh_px(ui, UH_SP_1);
        ry += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_BODY, UH_C_TEXT, w - 2 * pad, d->moment_text,
                         x + pad, ry + (pass == 0 ? -100000 : 0));
        h = ry - y + pad;
    }
    return y + h - top;
}

/* The report, line by line. */
static int report_lines(uh_ui *ui, const uh_debrief *d, int x, int y, int w)
{
    int top = y;
    for (size_t i = 0; i < d->nlines; i++) {
        const uh_debrief_line *l = &d->lines[i];
        uh_icon icon = l->verdict == UH_VERDICT_GOOD ? UH_ICON_CHECK
                       : l->verdict == UH_VERDICT_BAD ? UH_ICON_CROSS : UH_ICON_FLAG;
        SDL_Color fg = l->verdict == UH_VERDICT_GOOD ? UH_C_GOOD
                       : l->verdict == UH_VERDICT_BAD ? UH_C_BAD : UH_C_WARN_TEXT;
        SDL_Color bg = l->verdict == UH_VERDICT_GOOD ? UH_C_GOOD_SOFT
                       : l->verdict == UH_VERDICT_BAD ? UH_C_BAD_SOFT : UH_C_WARN_SOFT;
        y += row(ui, icon, fg, bg, l->text, l->title, x, y, w) + uh_px(ui, UH_SP_3);
    }
    return y - top;
}

/* After an early report: where the approach was heading. */
static int would_have_gone(uh_ui *ui, const uh_debrief *d, int x, int y, int w)
{
    int top = y;
    y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_BODY, UH_C_MUTED, w,
                    _("You stopped it early. Had you played along, this is where the approach was "
                    "heading:"), x, y) + uh_px(ui, UH_SP_3);
    for (size_t i = 0; i < d->nnot_taken; i++) {
        const uh_debrief_step *st = &d->not_taken[i];
        char line[900];
        snprintf(line, sizeof line, "%s \xE2\x80\x94 %s%s%s", st->where, st->chose ? st->chose : "",
                 st->gives ? _(". It gives away: ") : "", st->gives ? st->gives : "");
        y += row(ui, UH_ICON_ARROW_RIGHT, UH_C_MUTED, UH_C_SUBTLE, line, NULL, x, y, w) + uh_px(ui, UH_SP_2);
    }
    if (d->not_taken_ending) {
        char line[300];
        snprintf(line, sizeof line, _("Where it ends: %s."), d->not_taken_ending);
        y += row(ui, UH_ICON_FLAG, UH_C_WARN_TEXT, UH_C_WARN_SOFT, line, NULL, x, y, w) + uh_px(ui, UH_SP_2);
    }
    return y - top;
}

static void debrief_draw(uh_ui *ui)
{
    const uh_result *r = uh_session_result(ui->ses);
    const debrief_state *ds = state(ui);
    const uh_debrief *dbf = ds->debrief;
    const uh_run *run = uh_ui_run(ui);
    if (!r || !dbf || !run)
        return;
    const uh_scenario *sc = uh_run_scenario(run);
    SDL_Rect body = uh_ui_body(ui);
    int y = uh_gui_scroll_begin(&ui->g, 0, body) + uh_px(ui, UH_SP_7);
    SDL_Rect col = uh_ui_column(ui, body, 1000);
    int x = col.x, w = col.w, gap = uh_px(ui, UH_SP_9);

    /* Headline and the lead sentence, true to the outcome. */
    const uh_text_block *bk = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_SMALL), UH_C_ACCENT, w, "DEBRIEF");
    SDL_RenderCopy(ui->r, bk->tex, NULL, &(SDL_Rect){x, y, bk->w, bk->h});
    y += bk->h + uh_px(ui, UH_SP_1);
    y += uh_ui_text(ui, UH_FACE_BOLD, UH_PX_H1, UH_C_TEXT, w, dbf->headline, x, y);
    y += uh_px(ui, UH_SP_1);
    y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_LEAD - 1, UH_C_MUTED, w, dbf->lead_text, x, y);
    y += uh_px(ui, UH_SP_6);
    y += score_card(ui, r, dbf, x, y, w) + uh_px(ui, UH_SP_3);
    if (ds->saved)
        y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_SMALL, UH_C_FAINT, w, _("Your result has been saved."), x, y);
    else if (ds->save_error[0]) {
        char msg[700];
        snprintf(msg, sizeof msg, ds->save_pending ? _("Your result is not saved yet: %s. It is kept "
                 "and saved as soon as the results store can take it.") : _("Your result could not be "
                 "saved: %s"), ds->save_error);
        y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_SMALL, ds->save_pending ? UH_C_WARN : UH_C_BAD, w, msg, x, y);
    }
    y += gap;

    y += section_title(ui, UH_ICON_CLOCK, _("Your path, step by step"), x, y, w) + uh_px(ui, UH_SP_3);
    y += replayed_path(ui, dbf, x, y, w) + gap;

    if (dbf->nlines) {
        y += section_title(ui, UH_ICON_SHIELD, _("Your report, line by line"), x, y, w) + uh_px(ui, UH_SP_3);
        y += report_lines(ui, dbf, x, y, w) + gap - uh_px(ui, UH_SP_3);
    }

    if (dbf->nnot_taken) {
        y += section_title(ui, UH_ICON_HOOK, _("Where it would have gone"), x, y, w) + uh_px(ui, UH_SP_3);
        y += would_have_gone(ui, dbf, x, y, w) + gap - uh_px(ui, UH_SP_2);
    }

    y += section_title(ui, UH_ICON_BOOK, _("How the story ended"), x, y, w) + uh_px(ui, UH_SP_3);
    y += uh_scene_view_channel(ui, uh_run_scene(run), uh_run_text(run), x, y, w, true) + gap;

    if (ui->mode == UH_MODE_FACILITATE)
        y += paths_not_taken(ui, sc, x, y, w);

    y += section_title(ui, UH_ICON_FLAG, _("Warning signs"), x, y, w) + uh_px(ui, UH_SP_3);
    if (r->spotted_ids.n + r->missed_ids.n + r->false_alarm_ids.n == 0)
        y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_BODY, UH_C_MUTED, w,
                        _("The scenes you saw had no warning signs to mark."), x, y) + uh_px(ui, UH_SP_2);
    for (size_t i = 0; i < r->spotted_ids.n; i++) {
        const char *t = uh_ui_mark_text(sc, r->spotted_ids.v[i]);
        y += row(ui, UH_ICON_CHECK, UH_C_GOOD, UH_C_GOOD_SOFT, t ? t : r->spotted_ids.v[i],
                 _("You spotted this"), x, y, w) + uh_px(ui, UH_SP_3);
    }
    for (size_t i = 0; i < r->missed_ids.n; i++) {
        const char *t = uh_ui_mark_text(sc, r->missed_ids.v[i]);
        y += row(ui, UH_ICON_FLAG, UH_C_WARN_TEXT, UH_C_WARN_SOFT, t ? t : r->missed_ids.v[i],
                 _("Worth noticing next time"), x, y, w) + uh_px(ui, UH_SP_3);
    }
    for (size_t i = 0; i < r->false_alarm_ids.n; i++) {
        const char *t = uh_ui_mark_text(sc, r->false_alarm_ids.v[i]);
        y += row(ui, UH_ICON_CROSS, UH_C_MUTED, UH_C_SUBTLE, t ? t : r->false_alarm_ids.v[i],
                 _("You marked this, but it is ordinary"), x, y, w) + uh_px(ui, UH_SP_3);
    }
    y += gap - uh_px(ui, UH_SP_3);

    y += section_title(ui, UH_ICON_SHIELD, _("What to take away"), x, y, w) + uh_px(ui, UH_SP_3);
    y += uh_ui_text(ui, UH_FACE_BOLD, UH_PX_MESSAGE, UH_C_TEXT, w, dbf->takeaway, x, y) + uh_px(ui, UH_SP_3);
    for (size_t i = 0; i < sc->nteaches; i++) {
        const uh_catalog_entry *m = uh_catalog_find(uh_mitigations, sc->teaches[i]);
        if (m)
            y += row(ui, UH_ICON_SHIELD, UH_C_ACCENT, UH_C_ACCENT_SOFT, _(m->text), NULL, x, y, w) + uh_px(ui, UH_SP_3);
    }
    y += gap - uh_px(ui, UH_SP_3);

    y += section_title(ui, UH_ICON_BOOK, _("The real case behind it"), x, y, w) + uh_px(ui, UH_SP_3);
    {
        int pad = uh_px(ui, UH_SP_7);
        const uh_text_block *b = uh_text_get(ui->t, UH_FACE_SERIF, uh_px(ui, UH_PX_MESSAGE), UH_C_TEXT, w - 2 * pad,
                                             sc->debrief);
        uh_draw_card(ui->d, (SDL_Rect){x, y, w, b->h + 2 * pad}, uh_px(ui, UH_RADIUS_LG), UH_C_CASE_PAPER,
                     UH_C_CASE_LINE, uh_px(ui, UH_STROKE), false);
        SDL_RenderCopy(ui->r, b->tex, NULL, &(SDL_Rect){x + pad, y + pad, b->w, b->h});
        y += b->h + 2 * pad + gap;
    }

    /* Where to go in real life. */
    {
        int pad = uh_px(ui, UH_SP_5), isz = uh_px(ui, UH_SP_9);
        const uh_text_block *b = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_BODY), UH_C_TEXT,
                                             w - 3 * pad - isz, dbf->contact);
        int h = (b->h > isz ? b->h : isz) + 2 * pad;
        uh_draw_card(ui->d, (SDL_Rect){x, y, w, h}, uh_px(ui, UH_RADIUS_MD), UH_C_GOOD_SOFT, UH_C_GOOD_LINE,
                     uh_px(ui, UH_STROKE), false);
        uh_draw_icon(ui->d, UH_ICON_SHIELD, x + pad, y + pad, isz, UH_C_GOOD, UH_C_GOOD_SOFT);
        SDL_RenderCopy(ui->r, b->tex, NULL, &(SDL_Rect){x + 2 * pad + isz, y + pad, b->w, b->h});
        y += h + gap;
    }

    /* Try again first: the quickest way to practise what was missed. */
    static const char *const labels[3] = {N_("Try again"), N_("Back to scenarios"), N_("Finish session")};
    static const int ids[3] = {ID_AGAIN, ID_MENU, ID_FINISH};
    static const uh_icon icons[3] = {UH_ICON_ARROW_RIGHT, UH_ICON_ARROW_LEFT, UH_ICON_CHECK};
    int bw[3], total = 0, bgap = uh_px(ui, UH_SP_3);
    for (int i = 0; i < 3; i++)
        total += (bw[i] = uh_gui_button_width(&ui->g, _(labels[i]), icons[i])) + (i ? bgap : 0);
    bool row_fits = total <= w;
    int bx = x;
    for (int i = 0; i < 3; i++) {
        uh_gui_button(&ui->g, ids[i], bx, y, row_fits ? bw[i] : w, _(labels[i]),
                      i == 0 ? UH_BTN_PRIMARY : UH_BTN_SECONDARY, icons[i]);
        if (row_fits)
            bx += bw[i] + bgap;
        else
            y += uh_gui_control_h(&ui->g) + bgap;
    }
    if (row_fits)
        y += uh_gui_control_h(&ui->g);
    y += uh_px(ui, UH_SP_10);
    uh_gui_scroll_end(&ui->g, y);
    uh_ui_header(ui, sc->title, true);
}

const uh_screen_ops uh_debrief_ops = {
    .state_size = sizeof(debrief_state),
    .reset = debrief_reset,
    .enter = debrief_enter,
    .draw = debrief_draw,
    .act = debrief_act,
    .key = debrief_key,
    .frame_ms = debrief_frame_ms,
    .trace = debrief_trace,
};
