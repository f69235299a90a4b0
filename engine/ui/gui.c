/* SPDX-License-Identifier: Apache-2.0 */
/* gui.c — hit targets, focus, scrolling and the standard widgets. */
#include "gui.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../core/i18n.h"
#include "theme.h"

#define DRAG_SLOP 12.0f /* pixels a pointer moves before a press becomes a drag */

static int sc(const uh_gui *g, float v) { return (int)(v * g->s + 0.5f); }

void uh_gui_init(uh_gui *g, uh_draw *d, uh_text *t)
{
    memset(g, 0, sizeof *g);
    g->d = d;
    g->t = t;
    g->s = 1;
    g->focus = g->hover = g->pressed = -1;
    g->drawn_focus = g->drawn_hover = g->drawn_pressed = -1;
    g->cur_region = -1;
}

void uh_gui_reset(uh_gui *g)
{
    g->focus = g->hover = g->pressed = -1;
    g->pointer_down = g->dragging = false;
    g->nprev = g->ncur = 0;
    g->modal = false;
    memset(g->region, 0, sizeof g->region);
    g->reveal.w = 0;
    g->dirty = true;
}

void uh_gui_begin(uh_gui *g, float s)
{
    g->s = s;
    g->ncur = 0;
    g->cur_region = -1;
    g->modal = false;
}

/* Scrolls region idx by the least that brings r (on screen) into its view,
 * keeping r's top in view when r is taller than the view. */
static void scroll_into_view(uh_gui *g, int idx, SDL_Rect r)
{
    uh_gui_region *rg = &g->region[idx];
    int margin = sc(g, UH_SP_4), top = rg->view.y + margin, bottom = rg->view.y + rg->view.h - margin;
    int delta = 0;
    if (r.y + r.h > bottom)
        delta = r.y + r.h - bottom;
    if (r.y - delta < top)
        delta = r.y - top;
    if (delta) {
        int before = rg->scroll;
        rg->scroll += delta;
        int max = rg->content_h - rg->view.h;
        if (rg->scroll > max)
            rg->scroll = max;
        if (rg->scroll < 0)
            rg->scroll = 0;
        g->dirty |= rg->scroll != before;
    }
}

void uh_gui_end(uh_gui *g)
{
    uh_text_set_view(g->t, NULL); /* text drawn outside a frame follows the renderer's clip */
    memcpy(g->prev, g->cur, sizeof *g->cur * (size_t)g->ncur);
    g->nprev = g->ncur;
    if (g->focus >= 0) {
        /* A focused widget that is gone (a panel closed) leaves no focus:
         * the next Tab starts again from the first widget. */
        int i = 0;
        while (i < g->ncur && g->cur[i].id != g->focus)
            i++;
        if (i == g->ncur && g->focus_visible) {
            g->focus = -1;
            g->dirty = true;
        }
    }
    if (g->ensure_focus) {
        g->ensure_focus = false;
        for (int i = 0; i < g->ncur; i++) {
            uh_gui_item *it = &g->cur[i];
            if (it->id == g->focus && it->region >= 0)
                scroll_into_view(g, it->region, it->r);
        }
    }
    if (g->reveal.w > 0) {
        scroll_into_view(g, g->reveal_region, g->reveal);
        g->reveal.w = 0;
    }
}

void uh_gui_drawn(uh_gui *g)
{
    g->restyled = false;
    g->drawn_focus = g->focus;
    g->drawn_focus_visible = g->focus_visible;
    g->drawn_hover = g->hover;
    g->drawn_pressed = g->pressed;
}

static int add_id(int *ids, int n, int max, int id)
{
    if (id < 0 || n >= max)
        return n;
    for (int i = 0; i < n; i++)
        if (ids[i] == id)
            return n;
    ids[n] = id;
    return n + 1;
}

int uh_gui_restyled_ids(const uh_gui *g, int *ids, int max)
{
    int n = 0;
    /* A text field shows its focus without the ring: a focus that moves
     * while hidden restyles too. */
    if (g->focus != g->drawn_focus || g->focus_visible != g->drawn_focus_visible) {
        n = add_id(ids, n, max, g->drawn_focus);
        n = add_id(ids, n, max, g->focus);
    }
    if (g->hover != g->drawn_hover) {
        n = add_id(ids, n, max, g->drawn_hover);
        n = add_id(ids, n, max, g->hover);
    }
    if (g->pressed != g->drawn_pressed) {
        n = add_id(ids, n, max, g->drawn_pressed);
        n = add_id(ids, n, max, g->pressed);
    }
    return n;
}

/* The layout's clip is clip (NULL: none): the text is made for it, and
 * the renderer paints within it and the paint clip. */
static void set_clip(uh_gui *g, const SDL_Rect *clip)
{
    SDL_Rect all = {0, 0, 0, 0}, paint = {0, 0, 0, 0};
    SDL_GetRendererOutputSize(uh_draw_renderer(g->d), &all.w, &all.h);
    SDL_Rect view = clip ? *clip : all;
    if (g->lookahead > 0 && view.w > 0 && view.h > 0) {
        view.y -= g->lookahead;
        view.h += 2 * g->lookahead;
    }
    uh_text_set_view(g->t, &view);
    if (!g->has_paint_clip)
        SDL_RenderSetClipRect(uh_draw_renderer(g->d), clip);
    else if (!clip || SDL_IntersectRect(clip, &g->paint_clip, &paint))
        SDL_RenderSetClipRect(uh_draw_renderer(g->d), clip ? &paint : &g->paint_clip);
    else
        SDL_RenderSetClipRect(uh_draw_renderer(g->d), &paint); /* empty: nothing painted */
}

void uh_gui_base_clip(uh_gui *g, const SDL_Rect *clip)
{
    g->has_base_clip = clip != NULL;
    if (clip)
        g->base_clip = *clip;
    set_clip(g, clip);
}

void uh_gui_paint_clip(uh_gui *g, const SDL_Rect *paint)
{
    g->has_paint_clip = paint != NULL;
    if (paint)
        g->paint_clip = *paint;
    set_clip(g, g->has_base_clip ? &g->base_clip : NULL);
}

int uh_gui_scroll_begin(uh_gui *g, int idx, SDL_Rect view)
{
    uh_gui_region *rg = &g->region[idx];
    rg->view = view;
    g->cur_region = idx;
    SDL_Rect clip = view, none = {0, 0, 0, 0};
    if (g->has_base_clip && !SDL_IntersectRect(&view, &g->base_clip, &clip))
        clip = none;
    set_clip(g, &clip);
    return view.y - rg->scroll;
}

void uh_gui_scroll_end(uh_gui *g, int bottom)
{
    uh_gui_region *rg = &g->region[g->cur_region];
    rg->content_h = bottom - (rg->view.y - rg->scroll);
    int max = rg->content_h - rg->view.h;
    if (max < 0)
        max = 0;
    if (rg->scroll > max) {
        rg->scroll = max;
        g->dirty = true;
    }
    set_clip(g, g->has_base_clip ? &g->base_clip : NULL);
    if (max > 0) {
        /* A slim bar on the right edge shows where the view is. */
        int track = rg->view.h - sc(g, UH_SP_2), bar = track * rg->view.h / rg->content_h;
        if (bar < sc(g, UH_SP_7))
            bar = sc(g, UH_SP_7);
        int y = rg->view.y + sc(g, UH_SP_1) + (track - bar) * rg->scroll / max;
        int w = sc(g, UH_SP_1);
        uh_draw_round(g->d, (SDL_Rect){rg->view.x + rg->view.w - w - sc(g, UH_SP_1), y, w, bar}, w / 2,
                      UH_C_SCROLLBAR);
    }
    g->cur_region = -1;
}

void uh_gui_scroll_top(uh_gui *g, int idx)
{
    g->region[idx].scroll = 0;
    if (idx == 0) /* new content (the next step of a form): no focus left on a widget out of view */
        g->focus = -1;
}

void uh_gui_modal(uh_gui *g)
{
    g->ncur = 0;
    g->modal = true;
}

int uh_gui_item_add(uh_gui *g, int id, SDL_Rect r)
{
    if (g->ncur < UH_GUI_MAX) {
        uh_gui_item *it = &g->cur[g->ncur++];
        it->id = id;
        it->r = r;
        it->region = g->cur_region;
        it->clip = g->cur_region >= 0 ? g->region[g->cur_region].view
                                      : (SDL_Rect){-100000, -100000, 200000, 200000};
        it->label[0] = 0;
    }
    int st = 0;
    if (g->hover == id)
        st |= UH_GUI_HOVER;
    if (g->pressed == id)
        st |= UH_GUI_PRESSED;
    if (g->focus == id && g->focus_visible)
        st |= UH_GUI_FOCUS;
    return st;
}

void uh_gui_label(uh_gui *g, const char *label)
{
    if (g->ncur > 0)
        snprintf(g->cur[g->ncur - 1].label, sizeof g->cur->label, "%s", label ? label : "");
}

const char *uh_gui_label_of(const uh_gui *g, int id)
{
    for (int i = 0; i < g->nprev; i++)
        if (g->prev[i].id == id)
            return g->prev[i].label;
    return "";
}

void uh_gui_focus_ring(uh_gui *g, int id, SDL_Rect r, int rad)
{
    if (g->focus != id || !g->focus_visible)
        return;
    int gap = sc(g, UH_STROKE_HEAVY), th = sc(g, UH_STROKE_HEAVY) < 2 ? 2 : sc(g, UH_STROKE_HEAVY);
    SDL_Rect o = {r.x - gap, r.y - gap, r.w + 2 * gap, r.h + 2 * gap};
    uh_draw_ring_rect(g->d, o, rad + gap, th, UH_C_FOCUS);
}

void uh_gui_reveal(uh_gui *g, SDL_Rect r)
{
    if (g->cur_region < 0)
        return;
    g->reveal = r;
    g->reveal_region = g->cur_region;
}

void uh_gui_focus(uh_gui *g, int id, bool visible)
{
    g->focus = id;
    g->focus_visible = visible;
    g->ensure_focus = visible;
    g->dirty = true;
}

/* ---------------------------------------------------------------------
 * Input
 * ------------------------------------------------------------------- */

static int hit(const uh_gui *g, float x, float y)
{
    SDL_Point p = {(int)x, (int)y};
    for (int i = g->nprev - 1; i >= 0; i--) {
        const uh_gui_item *it = &g->prev[i];
        if (SDL_PointInRect(&p, &it->r) && SDL_PointInRect(&p, &it->clip))
            return it->id;
    }
    return -1;
}

static int index_of(const uh_gui *g, int id)
{
    for (int i = 0; i < g->nprev; i++)
        if (g->prev[i].id == id)
            return i;
    return -1;
}

/* Widgets drawn one after the other with the same top in the same region
 * form a row. */
static bool same_row(const uh_gui_item *a, const uh_gui_item *b)
{
    return a->region == b->region && a->r.y == b->r.y;
}

/* The Tab order: drawing order, except that a row goes left to right
 * whatever order its widgets were drawn in (a form draws its main button on
 * the right first). Fills order with indices into prev. */
static void tab_order(const uh_gui *g, int *order)
{
    for (int i = 0; i < g->nprev; i++)
        order[i] = i;
    for (int i = 0; i < g->nprev;) {
        int j = i + 1;
        while (j < g->nprev && same_row(&g->prev[j], &g->prev[i]))
            j++;
        for (int a = i + 1; a < j; a++) /* insertion sort of the row by x */
            for (int b = a; b > i && g->prev[order[b]].r.x < g->prev[order[b - 1]].r.x; b--) {
                int t = order[b];
                order[b] = order[b - 1];
                order[b - 1] = t;
            }
        i = j;
    }
}

static void move_focus(uh_gui *g, int dir)
{
    if (g->nprev == 0)
        return;
    int order[UH_GUI_MAX], at = -1;
    tab_order(g, order);
    for (int k = 0; k < g->nprev && g->focus_visible; k++)
        if (g->prev[order[k]].id == g->focus)
            at = k;
    if (at < 0)
        at = dir > 0 ? 0 : g->nprev - 1; /* the first Tab: the first widget */
    else
        at = (at + dir + g->nprev) % g->nprev;
    const uh_gui_item *it = &g->prev[order[at]];
    /* Only the ring moves (unless the view scrolls): a restyle. */
    g->focus = it->id;
    g->focus_visible = true;
    g->ensure_focus = true;
    g->restyled = true;
    /* Scroll it into view now, from where the last frame drew it: the next
     * frame then lays the screen out once at the new scroll position. The
     * check at the end of that frame (ensure_focus) only corrects it when
     * the layout itself changed. */
    if (it->region >= 0) {
        /* The main region scrolled this way may move its pixels, the ring
         * redrawn after (see uh_gui.scrolled). */
        bool dirty = g->dirty;
        int before = g->region[0].scroll;
        scroll_into_view(g, it->region, it->r);
        if (it->region == 0 && !g->modal && g->region[0].scroll != before) {
            g->dirty = dirty;
            g->scrolled = true;
        }
    }
}

static void scroll_by(uh_gui *g, int dy)
{
    uh_gui_region *rg = &g->region[g->modal ? 1 : 0];
    int max = rg->content_h - rg->view.h, before = rg->scroll;
    rg->scroll += dy;
    if (rg->scroll > max)
        rg->scroll = max;
    if (rg->scroll < 0)
        rg->scroll = 0;
    if (rg->scroll != before) {
        if (g->modal)
            g->dirty = true;
        else
            g->scrolled = true;
    }
}

uh_gui_result uh_gui_input(uh_gui *g, const uh_input *in)
{
    uh_gui_result res = {-1, false};
    uh_gui_region *rg = &g->region[g->modal ? 1 : 0];
    switch (in->type) {
    case UH_IN_KEY:
        switch (in->key) {
        case UH_KEY_TAB:
            move_focus(g, in->shift ? -1 : 1);
            res.used = true;
            break;
        case UH_KEY_DOWN:
        case UH_KEY_RIGHT:
            move_focus(g, 1);
            res.used = true;
            break;
        case UH_KEY_UP:
        case UH_KEY_LEFT:
            move_focus(g, -1);
            res.used = true;
            break;
        case UH_KEY_ENTER:
        case UH_KEY_SPACE:
            if (g->focus >= 0 && g->focus_visible && index_of(g, g->focus) >= 0) {
                res.activated = g->focus;
                res.used = true;
            }
            break;
        case UH_KEY_PAGEUP:
            scroll_by(g, -rg->view.h * 4 / 5);
            res.used = true;
            break;
        case UH_KEY_PAGEDOWN:
            scroll_by(g, rg->view.h * 4 / 5);
            res.used = true;
            break;
        case UH_KEY_HOME:
            scroll_by(g, -rg->content_h);
            res.used = true;
            break;
        case UH_KEY_END:
            scroll_by(g, rg->content_h);
            res.used = true;
            break;
        default:
            break;
        }
        break;
    case UH_IN_WHEEL:
        scroll_by(g, (int)(-in->wheel * 70 * g->s));
        res.used = true;
        break;
    case UH_IN_DOWN:
        g->pointer_down = true;
        g->dragging = false;
        g->down_x = in->x;
        g->down_y = g->last_y = in->y;
        g->pressed = hit(g, in->x, in->y);
        g->restyled = true;
        res.used = true;
        break;
    case UH_IN_MOVE: {
        if (g->pointer_down) {
            float dx = in->x - g->down_x, dy = in->y - g->down_y;
            if (!g->dragging && (in->touch || g->pressed < 0) && sqrtf(dx * dx + dy * dy) > DRAG_SLOP * g->s) {
                g->dragging = true;
                g->pressed = -1;
            }
            if (g->dragging) {
                scroll_by(g, (int)(g->last_y - in->y));
                g->last_y = in->y;
            }
        }
        int h = in->touch ? -1 : hit(g, in->x, in->y);
        if (h != g->hover) {
            g->hover = h;
            g->restyled = true;
        }
        res.used = true;
        break;
    }
    case UH_IN_UP: {
        int h = hit(g, in->x, in->y);
        if (g->pointer_down && !g->dragging && h >= 0 && h == g->pressed) {
            res.activated = h;
            g->focus = h;
            g->focus_visible = false;
        }
        g->pressed = -1;
        g->pointer_down = g->dragging = false;
        if (in->touch)
            g->hover = -1;
        g->restyled = true; /* an activation draws again whole (the screen acts on it) */
        res.used = true;
        break;
    }
    case UH_IN_TEXT:
        break;
    }
    return res;
}

/* ---------------------------------------------------------------------
 * Widgets
 * ------------------------------------------------------------------- */

int uh_gui_control_h(const uh_gui *g) { return sc(g, UH_CONTROL_H); }

int uh_gui_button_width(uh_gui *g, const char *label, int icon)
{
    int px = sc(g, UH_PX_BODY);
    const uh_text_block *b = uh_text_get(g->t, UH_FACE_BOLD, px, UH_C_WHITE, 0, label);
    int w = b->w + sc(g, UH_SP_12);
    if (icon != UH_ICON_COUNT)
        w += px + sc(g, UH_SP_2);
    return w;
}

int uh_gui_button(uh_gui *g, int id, int x, int y, int w, const char *label, uh_button_style st,
                  int icon)
{
    if (w <= 0)
        w = uh_gui_button_width(g, label, icon);
    int h = uh_gui_control_h(g), rad = h / 2;
    SDL_Rect r = {x, y, w, h};
    int state = uh_gui_item_add(g, id, r);
    uh_gui_label(g, label);
    bool hov = state & UH_GUI_HOVER, prs = state & UH_GUI_PRESSED;
    SDL_Color fill, fg, border = UH_C_LINE;
    int bw = 0;
    switch (st) {
    case UH_BTN_PRIMARY:
        fill = prs ? UH_C_ACCENT_DARK : hov ? UH_C_ACCENT_HOT : UH_C_ACCENT;
        fg = UH_C_WHITE;
        break;
    case UH_BTN_DANGER:
        fill = prs || hov ? UH_C_BAD_HOT : UH_C_BAD;
        fg = UH_C_WHITE;
        break;
    case UH_BTN_DARK:
        fill = prs ? UH_C_HEADER_BTN_DOWN : hov ? UH_C_HEADER_BTN_HOT : UH_C_HEADER_BTN;
        fg = UH_C_HEADER_TEXT;
        break;
    case UH_BTN_GHOST:
        fill = prs ? UH_C_GHOST_DOWN : hov ? UH_C_GHOST_HOT : UH_C_PAGE;
        fg = UH_C_ACCENT;
        break;
    case UH_BTN_SECONDARY:
    default:
        fill = prs ? UH_C_ACCENT_SOFT : hov ? UH_C_ACCENT_WASH : UH_C_CARD;
        fg = UH_C_ACCENT;
        border = hov ? UH_C_ACCENT : UH_C_BORDER;
        bw = sc(g, UH_STROKE_FIELD) < 1 ? 1 : sc(g, UH_STROKE_FIELD);
        break;
    }
    uh_draw_card(g->d, r, rad, fill, border, bw, false);
    int px = sc(g, UH_PX_BODY);
    const uh_text_block *b = uh_text_get(g->t, UH_FACE_BOLD, px, fg, 0, label);
    int iw = icon != UH_ICON_COUNT ? px + sc(g, UH_SP_2) : 0;
    int tx = x + (w - b->w - iw) / 2;
    if (icon != UH_ICON_COUNT) {
        uh_draw_icon(g->d, (uh_icon)icon, tx, y + (h - px) / 2, px, fg, fill);
        tx += iw;
    }
    if (b->tex)
        SDL_RenderCopy(uh_draw_renderer(g->d), b->tex, NULL,
                       &(SDL_Rect){tx, y + (h - b->h) / 2, b->w, b->h});
    uh_gui_focus_ring(g, id, r, rad);
    return h;
}

int uh_gui_choice(uh_gui *g, int id, int x, int y, int w, int number, const char *label)
{
    int pad = sc(g, UH_SP_4), badge = sc(g, UH_SP_8), px = sc(g, UH_PX_MESSAGE);
    int tw = w - 3 * pad - badge;
    const uh_text_block *b = uh_text_get(g->t, UH_FACE_REGULAR, px, UH_C_TEXT, tw, label);
    int h = b->h + 2 * pad;
    if (h < badge + 2 * pad)
        h = badge + 2 * pad;
    SDL_Rect r = {x, y, w, h};
    int state = uh_gui_item_add(g, id, r);
    char name[sizeof g->cur->label];
    snprintf(name, sizeof name, "%d. %s", number, label);
    uh_gui_label(g, name);
    bool hov = state & (UH_GUI_HOVER | UH_GUI_FOCUS), prs = state & UH_GUI_PRESSED;
    int rad = sc(g, UH_RADIUS_MD);
    uh_draw_card(g->d, r, rad, prs ? UH_C_ACCENT_SOFT : hov ? UH_C_CARD_HOVER : UH_C_CARD,
                 hov || prs ? UH_C_ACCENT : UH_C_LINE, sc(g, UH_STROKE_FIELD) < 1 ? 1 : sc(g, UH_STROKE_FIELD), true);
    /* The number badge doubles as the keyboard shortcut hint. */
    int bx = x + pad, by = y + (h - badge) / 2;
    uh_draw_disc(g->d, bx + badge / 2, by + badge / 2, badge / 2, hov || prs ? UH_C_ACCENT : UH_C_ACCENT_SOFT);
    char num[8];
    snprintf(num, sizeof num, "%d", number);
    const uh_text_block *nb = uh_text_get(g->t, UH_FACE_BOLD, sc(g, UH_PX_BODY), hov || prs ? UH_C_WHITE : UH_C_ACCENT, 0, num);
    if (nb->tex)
        SDL_RenderCopy(uh_draw_renderer(g->d), nb->tex, NULL,
                       &(SDL_Rect){bx + (badge - nb->w) / 2, by + (badge - nb->h) / 2, nb->w, nb->h});
    if (b->tex)
        SDL_RenderCopy(uh_draw_renderer(g->d), b->tex, NULL,
                       &(SDL_Rect){x + 2 * pad + badge, y + (h - b->h) / 2, b->w, b->h});
    uh_gui_focus_ring(g, id, r, rad);
    return h;
}

int uh_gui_toggle(uh_gui *g, int id, int x, int y, int w, bool on, bool radio, const char *label,
                  const char *detail)
{
    int pad = sc(g, UH_SP_4), box = sc(g, UH_SP_6), px = sc(g, UH_PX_BODY);
    int tw = w - 3 * pad - box;
    const uh_text_block *b = uh_text_get(g->t, UH_FACE_REGULAR, px, UH_C_TEXT, tw, label);
    const uh_text_block *db = detail ? uh_text_get(g->t, UH_FACE_REGULAR, sc(g, UH_PX_SMALL),
                                                   UH_C_MUTED, tw, detail) : NULL;
    int th = b->h + (db ? db->h + sc(g, 2) : 0);
    int h = th + 2 * pad;
    if (h < box + 2 * pad)
        h = box + 2 * pad;
    SDL_Rect r = {x, y, w, h};
    int state = uh_gui_item_add(g, id, r);
    char name[sizeof g->cur->label];
    snprintf(name, sizeof name, "%s%s", label, on ? (radio ? _(", chosen") : _(", ticked")) : "");
    uh_gui_label(g, name);
    bool hov = state & (UH_GUI_HOVER | UH_GUI_FOCUS);
    int rad = sc(g, UH_RADIUS_MD);
    SDL_Color fill = on ? UH_C_ACCENT_SOFT : hov ? UH_C_CARD_HOVER : UH_C_CARD;
    uh_draw_card(g->d, r, rad, fill, on || hov ? UH_C_ACCENT : UH_C_LINE,
                 sc(g, UH_STROKE_FIELD) < 1 ? 1 : sc(g, UH_STROKE_FIELD), false);
    int bx = x + pad, by = y + (h - box) / 2;
    if (radio) {
        uh_draw_disc(g->d, bx + box / 2, by + box / 2, box / 2, on ? UH_C_ACCENT : UH_C_CONTROL);
        uh_draw_disc(g->d, bx + box / 2, by + box / 2, box / 2 - sc(g, 2), UH_C_WHITE);
        if (on)
            uh_draw_disc(g->d, bx + box / 2, by + box / 2, box / 4, UH_C_ACCENT);
    } else {
        SDL_Rect br = {bx, by, box, box};
        uh_draw_card(g->d, br, sc(g, UH_RADIUS_XS), on ? UH_C_ACCENT : UH_C_WHITE,
                     on ? UH_C_ACCENT : UH_C_CONTROL, sc(g, UH_STROKE_BOLD), false);
        if (on)
            uh_draw_icon(g->d, UH_ICON_CHECK, bx + sc(g, 2), by + sc(g, 2), box - sc(g, UH_SP_1), UH_C_WHITE,
                         UH_C_ACCENT);
    }
    int tx = x + 2 * pad + box, ty = y + (h - th) / 2;
    if (b->tex)
        SDL_RenderCopy(uh_draw_renderer(g->d), b->tex, NULL, &(SDL_Rect){tx, ty, b->w, b->h});
    if (db && db->tex)
        SDL_RenderCopy(uh_draw_renderer(g->d), db->tex, NULL,
                       &(SDL_Rect){tx, ty + b->h + sc(g, 2), db->w, db->h});
    uh_gui_focus_ring(g, id, r, rad);
    return h;
}

/* A pill's label and measures (bold small type, padding, icon). */
static const uh_text_block *pill_measure(uh_gui *g, const char *label, SDL_Color fg, int icon, int *px,
                                         int *padx, int *iw, int *w, int *h)
{
    *px = sc(g, UH_PX_SMALL);
    const uh_text_block *b = uh_text_get(g->t, UH_FACE_BOLD, *px, fg, 0, label);
    *padx = sc(g, UH_SP_3);
    *h = b->h + sc(g, UH_SP_1);
    *iw = icon != UH_ICON_COUNT ? *px + sc(g, UH_SP_1) : 0;
    *w = b->w + 2 * *padx + *iw;
    return b;
}

int uh_gui_pill_size(uh_gui *g, const char *label, int icon, int *h_out)
{
    int px, padx, iw, w, h;
    pill_measure(g, label, UH_C_TEXT, icon, &px, &padx, &iw, &w, &h);
    if (h_out)
        *h_out = h;
    return w;
}

int uh_gui_pill(uh_gui *g, int x, int y, const char *label, SDL_Color fg, SDL_Color bg, int icon,
                int *h_out)
{
    int px, padx, iw, w, h;
    const uh_text_block *b = pill_measure(g, label, fg, icon, &px, &padx, &iw, &w, &h);
    uh_draw_round(g->d, (SDL_Rect){x, y, w, h}, h / 2, bg);
    if (icon != UH_ICON_COUNT)
        uh_draw_icon(g->d, (uh_icon)icon, x + padx, y + (h - px) / 2, px, fg, bg);
    if (b->tex)
        SDL_RenderCopy(uh_draw_renderer(g->d), b->tex, NULL,
                       &(SDL_Rect){x + padx + iw, y + (h - b->h) / 2, b->w, b->h});
    if (h_out)
        *h_out = h;
    return w;
}
