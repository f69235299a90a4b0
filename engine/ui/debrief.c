/* debrief.c — after the ending: the score and its three parts, the moment
 * to report, the warning signs caught and missed, the advice the scenario
 * teaches and the real case behind it. Late reporting reads as far better
 * than none, and nothing here assigns blame. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../core/catalog.h"
#include "screens.h"

enum { ID_MENU = UH_ID_FIRST, ID_FINISH };

#define ANIM_MS 700

static void debrief_enter(uh_ui *ui) { ui->anim_start = SDL_GetTicks(); }

static void leave(uh_ui *ui, uh_screen_id to)
{
    uh_ui_end_run(ui);
    uh_ui_go(ui, to);
}

static void debrief_act(uh_ui *ui, int id)
{
    if (id == ID_MENU || id == UH_ID_BACK)
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
    Uint32 t = SDL_GetTicks() - ui->anim_start;
    if (t >= ANIM_MS)
        return 1;
    double x = t / (double)ANIM_MS;
    return 1 - (1 - x) * (1 - x) * (1 - x);
}

static int section_title(uh_ui *ui, uh_icon icon, const char *title, int x, int y, int w)
{
    int isz = uh_px(ui, 26);
    uh_draw_icon(ui->d, icon, x, y + uh_px(ui, 5), isz, UH_C_ACCENT, UH_C_PAGE);
    return uh_ui_text(ui, UH_FACE_BOLD, UH_PX_H2 - 2, UH_C_TEXT, w - isz - uh_px(ui, 14), title,
                      x + isz + uh_px(ui, 14), y);
}

/* One labelled bar; returns its height. */
static int bar(uh_ui *ui, const char *label, const char *hint, double v, SDL_Color c, int x, int y, int w)
{
    char pct[16];
    snprintf(pct, sizeof pct, "%d%%", (int)floor(v * 100 + 0.5));
    const uh_text_block *bp = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_BODY), UH_C_TEXT, 0, pct);
    int h = uh_ui_text(ui, UH_FACE_BOLD, UH_PX_BODY, UH_C_TEXT, w - bp->w - uh_px(ui, 12), label, x, y);
    SDL_RenderCopy(ui->r, bp->tex, NULL, &(SDL_Rect){x + w - bp->w, y, bp->w, bp->h});
    h += uh_px(ui, 6);
    int bh = uh_px(ui, 12);
    uh_draw_round(ui->d, (SDL_Rect){x, y + h, w, bh}, bh / 2, UH_RGB(0xE3, 0xE8, 0xF0));
    int fw = (int)(w * v * anim(ui));
    if (fw > 0)
        uh_draw_round(ui->d, (SDL_Rect){x, y + h, fw < bh ? bh : fw, bh}, bh / 2, c);
    h += bh + uh_px(ui, 6);
    h += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_SMALL, UH_C_MUTED, w, hint, x, y + h);
    return h;
}

static int score_card(uh_ui *ui, const uh_result *r, int x, int y, int w)
{
    int pad = uh_px(ui, 30);
    bool wide = w > uh_px(ui, 700);
    int ring = uh_px(ui, 96), th = uh_px(ui, 16);
    int bx = wide ? x + pad + 2 * ring + uh_px(ui, 40) : x + pad, bw = wide ? x + w - pad - bx : w - 2 * pad;
    char timing_hint[200];
    if (!r->reported)
        snprintf(timing_hint, sizeof timing_hint, "No report was filed, so security never heard of it.");
    else if (r->reported_at_hook == 0)
        snprintf(timing_hint, sizeof timing_hint, "You reported before the hook was set.");
    else
        snprintf(timing_hint, sizeof timing_hint, "You reported after %d step%s deeper into the hook.",
                 r->reported_at_hook, r->reported_at_hook == 1 ? "" : "s");
    char quality_hint[200];
    if (!r->reported)
        snprintf(quality_hint, sizeof quality_hint, "Scored once a report is filed.");
    else
        snprintf(quality_hint, sizeof quality_hint, "Right place%s, %d of %d key facts, %s.",
                 r->credit >= 1 ? "" : " (partly)", r->facts_given, r->facts_required,
                 r->how_correct ? "evidence kept" : "evidence not kept as it was");
    char spot_hint[200];
    snprintf(spot_hint, sizeof spot_hint, "%d of %d warning signs marked%s.", r->flags_spotted, r->flags_total,
             r->false_alarms ? ", with some false alarms" : "");
    /* Measure the bars to size the card. */
    int bars_h = 0;
    SDL_Rect clip_off = {0, -100000, 1, 1};
    (void)clip_off;
    int gap = uh_px(ui, 18);
    int one = uh_text_line_height(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_BODY)) + uh_px(ui, 6) + uh_px(ui, 12) +
              uh_px(ui, 6);
    const char *hints[3] = {timing_hint, quality_hint, spot_hint};
    for (int i = 0; i < 3; i++)
        bars_h += one + uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_SMALL), UH_C_MUTED, bw, hints[i])->h + gap;
    bars_h -= gap;
    int ring_h = 2 * ring + uh_px(ui, 50);
    int h = wide ? 2 * pad + (bars_h > ring_h ? bars_h : ring_h) : 2 * pad + ring_h + uh_px(ui, 24) + bars_h;
    uh_draw_card(ui->d, (SDL_Rect){x, y, w, h}, uh_px(ui, 18), UH_C_CARD, UH_C_LINE, uh_px(ui, 1), true);

    /* The score ring. */
    int cx = wide ? x + pad + ring : x + w / 2, cy = y + pad + ring;
    SDL_Color rc = r->score.passed ? UH_C_GOOD : r->reported ? UH_C_ACCENT : UH_C_WARN;
    uh_draw_arc(ui->d, cx, cy, ring, th, 1.0, UH_RGB(0xE3, 0xE8, 0xF0));
    uh_draw_arc(ui->d, cx, cy, ring, th, r->score.score / 100.0 * anim(ui), rc);
    char sc[16];
    snprintf(sc, sizeof sc, "%d", (int)(r->score.score * anim(ui) + 0.5));
    const uh_text_block *bs = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_HUGE - 8), UH_C_TEXT, 0, sc);
    SDL_RenderCopy(ui->r, bs->tex, NULL, &(SDL_Rect){cx - bs->w / 2, cy - bs->h / 2 - uh_px(ui, 8), bs->w, bs->h});
    const uh_text_block *bo = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_SMALL), UH_C_MUTED, 0, "of 100");
    SDL_RenderCopy(ui->r, bo->tex, NULL, &(SDL_Rect){cx - bo->w / 2, cy + bs->h / 2 - uh_px(ui, 16), bo->w, bo->h});
    int ph = 0;
    const char *verdict = r->score.passed ? "Passed" : "Not passed yet";
    int pw = uh_gui_pill(&ui->g, 0, -10000, verdict, UH_C_GOOD, UH_C_GOOD_SOFT, UH_ICON_CHECK, &ph);
    uh_gui_pill(&ui->g, cx - pw / 2, cy + ring + uh_px(ui, 16), verdict, r->score.passed ? UH_C_GOOD : UH_C_WARN,
                r->score.passed ? UH_C_GOOD_SOFT : UH_C_WARN_SOFT, r->score.passed ? UH_ICON_CHECK : UH_ICON_COUNT, &ph);

    int by = wide ? y + pad + ((h - 2 * pad) - bars_h) / 2 : y + pad + ring_h + uh_px(ui, 24);
    by += bar(ui, "Timing", timing_hint, r->score.timing, UH_C_ACCENT, bx, by, bw) + gap;
    by += bar(ui, "Report quality", quality_hint, r->score.quality, UH_RGB(0x7A, 0x4F, 0xD6), bx, by, bw) + gap;
    bar(ui, "Spotting", spot_hint, r->score.spotting, UH_C_WARN, bx, by, bw);
    return h;
}

/* The path as numbered dots, with the first chance to report and the
 * moment of the report marked. */
static int timeline(uh_ui *ui, const uh_result *r, int x, int y, int w)
{
    int n = (int)r->path.n;
    if (n < 1)
        return 0;
    int report_at = -1;
    for (int i = 0; r->report_scene && i < n; i++)
        if (strcmp(r->path.v[i], r->report_scene) == 0) {
            report_at = i;
            break;
        }
    int pad = uh_px(ui, 26), iw = w - 2 * pad;
    int dr = uh_px(ui, 13), step = n > 1 ? (iw - 2 * dr) / (n - 1) : 0;
    if (step > uh_px(ui, 140))
        step = uh_px(ui, 140);
    char msg[700];
    int fc = r->first_chance_index;
    if (r->reported && report_at >= 0 && (fc < 0 || report_at <= fc))
        snprintf(msg, sizeof msg, "You reported at the first chance you had, at step %d. That is the best "
                 "possible moment: nothing had been given away yet.", report_at + 1);
    else if (r->reported)
        snprintf(msg, sizeof msg, "You reported at step %d. The first chance came at step %d. Reporting later "
                 "still counts for a great deal: security can only act on what they hear about, and a late "
                 "report is far better than none.", report_at + 1, fc + 1);
    else if (fc >= 0)
        snprintf(msg, sizeof msg, "The first chance to report came at step %d. It is never too late to talk "
                 "to security, in this story or in real life, and nobody will blame you for coming forward.",
                 fc + 1);
    else
        snprintf(msg, sizeof msg, "This path offered no moment to report. In real life you can always go to "
                 "security, even long after the fact.");
    const uh_text_block *bm = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_BODY), UH_C_TEXT, iw, msg);
    int lab = uh_text_line_height(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_SMALL));
    int h = pad + lab + uh_px(ui, 8) + 2 * dr + uh_px(ui, 8) + lab + uh_px(ui, 18) + bm->h + pad;
    uh_draw_card(ui->d, (SDL_Rect){x, y, w, h}, uh_px(ui, 16), UH_C_CARD, UH_C_LINE, uh_px(ui, 1), false);
    int ly = y + pad + lab + uh_px(ui, 8) + dr, lx = x + pad + dr;
    if (n > 1)
        uh_draw_rect(ui->d, (SDL_Rect){lx, ly - uh_px(ui, 2), step * (n - 1), uh_px(ui, 4)}, UH_C_LINE);
    for (int i = 0; i < n; i++) {
        int cx = lx + i * step;
        SDL_Color c = i == report_at ? UH_C_GOOD : i == fc ? UH_C_WARN : UH_RGB(0xB5, 0xC0, 0xD0);
        uh_draw_disc(ui->d, cx, ly, dr, c);
        if (i == report_at)
            uh_draw_icon(ui->d, UH_ICON_SHIELD, cx - dr * 2 / 3, ly - dr * 2 / 3, dr * 4 / 3, UH_C_WHITE, c);
        else {
            char num[16];
            snprintf(num, sizeof num, "%d", i + 1);
            const uh_text_block *b = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_SMALL - 2), UH_C_WHITE, 0, num);
            SDL_RenderCopy(ui->r, b->tex, NULL, &(SDL_Rect){cx - b->w / 2, ly - b->h / 2, b->w, b->h});
        }
    }
    /* Labels above (first chance) and below (the report), kept inside the card. */
    int minx = x + pad, maxx = x + w - pad;
    if (fc >= 0 && fc != report_at) {
        const uh_text_block *b = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_SMALL), UH_C_WARN, 0, "First chance to report");
        int bx = lx + fc * step - b->w / 2;
        bx = bx < minx ? minx : bx + b->w > maxx ? maxx - b->w : bx;
        SDL_RenderCopy(ui->r, b->tex, NULL, &(SDL_Rect){bx, y + pad, b->w, b->h});
    }
    if (report_at >= 0) {
        const uh_text_block *b = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_SMALL), UH_C_GOOD, 0, "You reported here");
        int bx = lx + report_at * step - b->w / 2;
        bx = bx < minx ? minx : bx + b->w > maxx ? maxx - b->w : bx;
        SDL_RenderCopy(ui->r, b->tex, NULL, &(SDL_Rect){bx, ly + dr + uh_px(ui, 8), b->w, b->h});
    }
    SDL_RenderCopy(ui->r, bm->tex, NULL, &(SDL_Rect){x + pad, y + h - pad - bm->h, bm->w, bm->h});
    return h;
}

/* A list row with an icon in a soft disc; returns its height. */
static int row(uh_ui *ui, uh_icon icon, SDL_Color fg, SDL_Color bg, const char *text, const char *tag, int x, int y,
               int w)
{
    int isz = uh_px(ui, 30), tx = x + isz + uh_px(ui, 14), tw = w - isz - uh_px(ui, 14);
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
    y += section_title(ui, UH_ICON_PEOPLE, "The paths not taken", x, y, w) + uh_px(ui, 14);
    int pad = uh_px(ui, 20);
    for (size_t i = 0; i < ui->ndecisions; i++) {
        const uh_decision *d = &ui->decisions[i];
        if (d->scene < 0 || (size_t)d->scene >= sc->nscenes || d->nshown < 2)
            continue;
        const uh_scene *s = &sc->scenes[d->scene];
        char head[300];
        const char *picked = d->shown[d->picked] >= 0 ? s->choices[d->shown[d->picked]].label : NULL;
        snprintf(head, sizeof head, "Decision %zu \xC2\xB7 the room chose: %s", i + 1,
                 picked ? picked : "(a choice with a computed label)");
        int iw = w - 2 * pad;
        int hh = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_BODY), UH_C_TEXT, iw, head)->h;
        /* Measure the alternatives, then draw the card behind them. */
        char lines[UH_MAX_SHOWN][600];
        int n = 0, lh = 0;
        for (int k = 0; k < d->nshown; k++) {
            if (k == d->picked || d->shown[k] < 0)
                continue;
            const uh_choice *c = &s->choices[d->shown[k]];
            const uh_scene *to = c->go_index >= 0 ? &sc->scenes[c->go_index] : NULL;
            char where[200];
            if (to && to->ending)
                snprintf(where, sizeof where, "ends the story: %s", uh_ui_ending_title(to->ending));
            else
                snprintf(where, sizeof where, "the story goes on");
            char hook[64] = "";
            if (c->hook > 0)
                snprintf(hook, sizeof hook, "; adds %d to the hook", c->hook);
            snprintf(lines[n], sizeof lines[n], "\xE2\x80\xA2 %s \xE2\x80\x94 %s%s%s.",
                     c->label ? c->label : "(computed label)", c->report ? "a report point; " : "", where, hook);
            lh += uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_BODY), UH_C_MUTED, iw, lines[n])->h +
                  uh_px(ui, 6);
            n++;
        }
        if (n == 0)
            continue;
        int h = pad + hh + uh_px(ui, 10) + lh + pad - uh_px(ui, 6);
        uh_draw_card(ui->d, (SDL_Rect){x, y, w, h}, uh_px(ui, 14), UH_C_CARD, UH_C_LINE, uh_px(ui, 1), false);
        int ty = y + pad;
        ty += uh_ui_text(ui, UH_FACE_BOLD, UH_PX_BODY, UH_C_TEXT, iw, head, x + pad, ty) + uh_px(ui, 10);
        for (int k = 0; k < n; k++)
            ty += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_BODY, UH_C_MUTED, iw, lines[k], x + pad, ty) + uh_px(ui, 6);
        y += h + uh_px(ui, 14);
    }
    return y - top + uh_px(ui, 22);
}

/* The sentence under the headline. It must agree with both the ending the
 * story reached and the report that counted (the first one): a trainee who
 * asked security early and was drawn in later hears both halves. */
static const char *debrief_lead(const uh_result *r)
{
    const char *e = r->ending ? r->ending : "";
    bool safe_end = strncmp(e, "reported", 8) == 0 || strncmp(e, "cleared", 7) == 0 ||
                    strncmp(e, "walked_away", 11) == 0;
    if (!r->reported)
        return "Nobody reported this approach. That happens to careful people too: these approaches are "
               "designed to feel harmless. Here is what to look out for next time.";
    if (strncmp(e, "cleared", 7) == 0)
        return "You asked security before taking part, which is exactly what the advice says.";
    if (!safe_end)
        return "You did go to security, and that counts for a lot. But the approach went on afterwards: "
               "once security knows, tell them about every new contact and let them guide you.";
    if (strncmp(e, "reported_late", 13) == 0 && r->reported_at_hook == 0)
        return "You went to security early, and again when it went further. That is the habit this "
               "training is about.";
    if (r->reported_at_hook == 0)
        return "Well done. You went to security before anything was given away.";
    return "You went to security. Coming forward, even after a few steps, is what protects you and "
           "your organisation.";
}

static void debrief_draw(uh_ui *ui)
{
    const uh_result *r = ui->result;
    const uh_scenario *sc = uh_run_scenario(ui->run);
    SDL_Rect body = uh_ui_body(ui);
    int y = uh_gui_scroll_begin(&ui->g, 0, body) + uh_px(ui, 30);
    SDL_Rect col = uh_ui_column(ui, body, 1000);
    int x = col.x, w = col.w, gap = uh_px(ui, 36);

    /* Headline. */
    const uh_text_block *bk = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_SMALL), UH_C_ACCENT, w, "DEBRIEF");
    SDL_RenderCopy(ui->r, bk->tex, NULL, &(SDL_Rect){x, y, bk->w, bk->h});
    y += bk->h + uh_px(ui, 4);
    y += uh_ui_text(ui, UH_FACE_BOLD, UH_PX_H1, UH_C_TEXT, w, uh_ui_ending_title(r->ending), x, y);
    y += uh_px(ui, 6);
    const char *lead = debrief_lead(r);
    y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_LEAD - 1, UH_C_MUTED, w, lead, x, y);
    y += uh_px(ui, 24);
    y += score_card(ui, r, x, y, w) + uh_px(ui, 12);
    if (ui->saved)
        y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_SMALL, UH_C_FAINT, w, "Your result has been saved.", x, y);
    else if (ui->save_error[0]) {
        char msg[700];
        snprintf(msg, sizeof msg, "Your result could not be saved: %s", ui->save_error);
        y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_SMALL, UH_C_BAD, w, msg, x, y);
    }
    y += gap;

    y += section_title(ui, UH_ICON_CLOCK, "The moment to report", x, y, w) + uh_px(ui, 14);
    y += timeline(ui, r, x, y, w) + gap;

    y += section_title(ui, UH_ICON_BOOK, "How the story ended", x, y, w) + uh_px(ui, 14);
    y += uh_scene_view_channel(ui, uh_run_scene(ui->run), uh_run_text(ui->run), x, y, w, true) + gap;

    if (ui->mode == UH_MODE_FACILITATE)
        y += paths_not_taken(ui, sc, x, y, w);

    y += section_title(ui, UH_ICON_FLAG, "Warning signs", x, y, w) + uh_px(ui, 14);
    if (r->spotted_ids.n + r->missed_ids.n + r->false_alarm_ids.n == 0)
        y += uh_ui_text(ui, UH_FACE_REGULAR, UH_PX_BODY, UH_C_MUTED, w,
                        "The scenes you saw had no warning signs to mark.", x, y) + uh_px(ui, 10);
    for (size_t i = 0; i < r->spotted_ids.n; i++) {
        const char *t = uh_ui_mark_text(sc, r->spotted_ids.v[i]);
        y += row(ui, UH_ICON_CHECK, UH_C_GOOD, UH_C_GOOD_SOFT, t ? t : r->spotted_ids.v[i],
                 "You spotted this", x, y, w) + uh_px(ui, 14);
    }
    for (size_t i = 0; i < r->missed_ids.n; i++) {
        const char *t = uh_ui_mark_text(sc, r->missed_ids.v[i]);
        y += row(ui, UH_ICON_FLAG, UH_C_WARN, UH_C_WARN_SOFT, t ? t : r->missed_ids.v[i],
                 "Worth noticing next time", x, y, w) + uh_px(ui, 14);
    }
    for (size_t i = 0; i < r->false_alarm_ids.n; i++) {
        const char *t = uh_ui_mark_text(sc, r->false_alarm_ids.v[i]);
        y += row(ui, UH_ICON_CROSS, UH_C_MUTED, UH_RGB(0xE6, 0xE9, 0xEF), t ? t : r->false_alarm_ids.v[i],
                 "You marked this, but it is ordinary", x, y, w) + uh_px(ui, 14);
    }
    y += gap - uh_px(ui, 14);

    y += section_title(ui, UH_ICON_SHIELD, "What to take away", x, y, w) + uh_px(ui, 14);
    for (size_t i = 0; i < sc->nteaches; i++) {
        const uh_catalog_entry *m = uh_catalog_find(uh_mitigations, sc->teaches[i]);
        if (m)
            y += row(ui, UH_ICON_SHIELD, UH_C_ACCENT, UH_C_ACCENT_SOFT, m->text, NULL, x, y, w) + uh_px(ui, 14);
    }
    y += gap - uh_px(ui, 14);

    y += section_title(ui, UH_ICON_BOOK, "The real case behind it", x, y, w) + uh_px(ui, 14);
    {
        int pad = uh_px(ui, 28);
        const uh_text_block *b = uh_text_get(ui->t, UH_FACE_SERIF, uh_px(ui, UH_PX_BODY + 1), UH_C_TEXT, w - 2 * pad,
                                             sc->debrief);
        uh_draw_card(ui->d, (SDL_Rect){x, y, w, b->h + 2 * pad}, uh_px(ui, 16), UH_RGB(0xFD, 0xFB, 0xF6),
                     UH_RGB(0xE8, 0xE1, 0xD0), uh_px(ui, 1), false);
        SDL_RenderCopy(ui->r, b->tex, NULL, &(SDL_Rect){x + pad, y + pad, b->w, b->h});
        y += b->h + 2 * pad + gap;
    }

    /* Where to go in real life. */
    {
        char msg[800];
        snprintf(msg, sizeof msg, "If anything like this happens to you, contact %s: %s, %s. You can come "
                 "to them without fear, even late.",
                 ui->cfg->security_team ? ui->cfg->security_team : "corporate security",
                 ui->cfg->security_phone ? ui->cfg->security_phone : "",
                 ui->cfg->security_email ? ui->cfg->security_email : "");
        int pad = uh_px(ui, 22), isz = uh_px(ui, 36);
        const uh_text_block *b = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_BODY), UH_C_TEXT,
                                             w - 3 * pad - isz, msg);
        int h = (b->h > isz ? b->h : isz) + 2 * pad;
        uh_draw_card(ui->d, (SDL_Rect){x, y, w, h}, uh_px(ui, 14), UH_C_GOOD_SOFT, UH_RGB(0xA9, 0xDE, 0xC6),
                     uh_px(ui, 1), false);
        uh_draw_icon(ui->d, UH_ICON_SHIELD, x + pad, y + pad, isz, UH_C_GOOD, UH_C_GOOD_SOFT);
        SDL_RenderCopy(ui->r, b->tex, NULL, &(SDL_Rect){x + 2 * pad + isz, y + pad, b->w, b->h});
        y += h + gap;
    }

    int mw = uh_gui_button_width(&ui->g, "Back to scenarios", UH_ICON_ARROW_LEFT);
    int fw = uh_gui_button_width(&ui->g, "Finish session", UH_ICON_CHECK);
    if (mw + fw + uh_px(ui, 12) <= w) {
        uh_gui_button(&ui->g, ID_MENU, x, y, mw, "Back to scenarios", UH_BTN_PRIMARY, UH_ICON_ARROW_LEFT);
        uh_gui_button(&ui->g, ID_FINISH, x + mw + uh_px(ui, 12), y, fw, "Finish session", UH_BTN_SECONDARY, UH_ICON_CHECK);
        y += uh_gui_control_h(&ui->g);
    } else {
        uh_gui_button(&ui->g, ID_MENU, x, y, w, "Back to scenarios", UH_BTN_PRIMARY, UH_ICON_ARROW_LEFT);
        y += uh_gui_control_h(&ui->g) + uh_px(ui, 12);
        uh_gui_button(&ui->g, ID_FINISH, x, y, w, "Finish session", UH_BTN_SECONDARY, UH_ICON_CHECK);
        y += uh_gui_control_h(&ui->g);
    }
    y += uh_px(ui, 40);
    uh_gui_scroll_end(&ui->g, y);
    uh_ui_header(ui, sc->title, true);
}

const uh_screen_ops uh_debrief_ops = {debrief_enter, debrief_draw, debrief_act, debrief_key};
