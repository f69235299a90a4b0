/* SPDX-License-Identifier: Apache-2.0 */
/* ui.c — the screen table, the shared layout helpers and the run flow. */
#include "../core/i18n.h"
#include "screens.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "../core/catalog.h"
#include "../core/clock.h"
#include "../core/translation.h"
#include "../core/util.h"
#include "../script/sandbox.h"
#include "../session/resume.h"
#include "../platform/sdl/speaker.h"

#define FADE_MS 160
/* A screen being prepared makes its text this many milliseconds a frame,
 * and is revealed after PREPARE_MAX_MS at the latest (what is left is
 * then made at once). */
#define PREPARE_TEXT_MS 3.0
#define PREPARE_MAX_MS 400
/* A still screen makes the text around what shows this many ms a turn. */
#define IDLE_TEXT_MS 3.0
#define UH_MIN_SCALE (44.0f / UH_CONTROL_H)
#define UH_MIN_LAYOUT_W 420.0f
#define FACIL_SCALE 1.2f   /* facilitator mode: text for the back of the room */

static const uh_screen_ops *const screens[UH_SCREEN_COUNT] = {
    [UH_SCREEN_WELCOME] = &uh_welcome_ops,   [UH_SCREEN_MENU] = &uh_menu_ops,
    [UH_SCREEN_SCENE] = &uh_scene_view_ops,  [UH_SCREEN_REPORT] = &uh_report_form_ops,
    [UH_SCREEN_DEBRIEF] = &uh_debrief_ops,   [UH_SCREEN_SUMMARY] = &uh_summary_ops,
    [UH_SCREEN_ATTRACT] = &uh_attract_ops,   [UH_SCREEN_PIN] = &uh_pin_pad_ops,
    [UH_SCREEN_ADMIN] = &uh_admin_ops,
};

static const char *const screen_names[UH_SCREEN_COUNT] = {
    "welcome", "menu", "scene", "report", "debrief", "summary", "attract", "pin", "admin"};

/* ---------------------------------------------------------------------
 * Life cycle
 * ------------------------------------------------------------------- */

uh_ui *uh_ui_new(SDL_Renderer *r, const uh_ui_options *opt, uh_error *err)
{
    uh_text *t = uh_text_new(r, opt->cfg->fonts_dir, err);
    if (!t)
        return NULL;
    uh_ui *ui = uh_xcalloc(1, sizeof *ui);
    ui->r = r;
    ui->t = t;
    ui->d = uh_draw_new(r);
    ui->opt = *opt;
    ui->cfg = opt->cfg;
    uh_gui_init(&ui->g, ui->d, ui->t);
    ui->w = 1280;
    ui->h = 720;
    ui->prepare_text_ms = PREPARE_TEXT_MS;
    ui->prepare_max_ms = PREPARE_MAX_MS;
    ui->s = 1;
    ui->ses = uh_session_new(opt->cfg);
    /* The language the window starts in (the configured one, set by the
     * shell): a trainee may pick another; the kiosk's wipe returns here. */
    snprintf(ui->lang_default, sizeof ui->lang_default, "%s", uh_session_language(ui->ses));
    /* Each screen's own state, zeroed and then reset to its start. */
    for (int i = 0; i < UH_SCREEN_COUNT; i++) {
        if (screens[i]->state_size)
            ui->state[i] = uh_xcalloc(1, screens[i]->state_size);
        uh_ui_reset_screen(ui, (uh_screen_id)i);
    }
    ui->mode = opt->mode;
    ui->touch = ui->mode == UH_MODE_KIOSK; /* a kiosk has a touch screen until a key is pressed */
    ui->idle_left = -1;
    ui->pointer_x = ui->pointer_y = -1;
    uh_a11y_reset(ui);
    snprintf(ui->cohort, sizeof ui->cohort, "%s", opt->cohort ? opt->cohort : "");
    if (ui->mode == UH_MODE_FACILITATE) {
        /* The instructor plays for the room: no sign-in, one group name. */
        uh_ui_sign_in_group(ui);
    }
    uh_ui_go(ui, ui->mode == UH_MODE_KIOSK ? UH_SCREEN_ATTRACT
                 : ui->mode == UH_MODE_FACILITATE ? UH_SCREEN_MENU : UH_SCREEN_WELCOME);
    /* No entrance for the very first screen: it is drawn whole at once
     * (the start is measured to its final picture). */
    uh_ui_skip_entrance(ui);
    ui->last_input = SDL_GetTicks();
    return ui;
}

static void open_library(uh_ui *ui)
{
    if (ui->lib_opened)
        return;
    const char *paths[1] = {ui->opt.scenarios_dir};
    uh_library_open(&ui->lib, paths, 1);
    ui->lib_opened = true;
}

bool uh_ui_preload_step(uh_ui *ui)
{
    if (ui->loaded)
        return false;
    open_library(ui);
    if (uh_library_load_next(&ui->lib, ui->cfg))
        return true;
    uh_ui_preload(ui);
    return false;
}

void uh_ui_preload(uh_ui *ui)
{
    if (ui->loaded)
        return;
    open_library(ui);
    while (uh_library_load_next(&ui->lib, ui->cfg))
        ;
    ui->loaded = true;
    const uh_ui_options *opt = &ui->opt;
    uh_library_keep_audiences(&ui->lib, ui->cfg->audiences, ui->cfg->naudiences);
    for (size_t i = 0; i < ui->lib.problems.count; i++) {
        char buf[1400];
        SDL_Log("unhooked: %s", uh_error_format(&ui->lib.problems.items[i], buf, sizeof buf));
    }
    /* The scenarios in the language in use (a translation that does not
     * match its original is logged and the original played instead). */
    uh_translations_load(&ui->tr, &ui->lib, uh_session_language(ui->ses), ui->cfg);
    for (size_t i = 0; i < ui->tr.problems.count; i++) {
        char buf[1400];
        SDL_Log("unhooked: %s", uh_error_format(&ui->tr.problems.items[i], buf, sizeof buf));
    }
    /* The sink opens the store now and again after a failure; it logs. */
    ui->sink = uh_sink_new(ui->cfg, opt->db_path);
    ui->store = uh_sink_store(ui->sink);
#ifdef __GLIBC__
    /* Loading made and freed a Lua state per file: give the pages back. */
    malloc_trim(0);
#endif
}

void uh_ui_resize(uh_ui *ui, int w, int h)
{
    ui->w = w;
    ui->h = h;
    ui->portrait = h > w;
    /* Landscape scales with the smaller ratio to 1280×720; portrait with the
     * width, so a tall kiosk screen gets comfortably large text. */
    float s = ui->portrait ? w / 860.0f : (w / 1280.0f < h / 720.0f ? w / 1280.0f : h / 720.0f);
    if (ui->mode == UH_MODE_FACILITATE)
        s *= FACIL_SCALE;
    /* Never below the scale at which a control (UH_CONTROL_H) is a 44-pixel
     * touch target and captions stay legible: a screen smaller than
     * 1280x720 (1024x768, 800x600) gets the layout of a somewhat smaller
     * window at that scale, which every screen fits, not shrunken type. */
    s = s < UH_MIN_SCALE ? UH_MIN_SCALE : s > 3.0f ? 3.0f : s;
    /* The trainee's text size zooms the whole layout (a11y.h), up to where
     * the layout would be narrower than UH_MIN_LAYOUT_W pixels at scale 1
     * (a 1080-pixel portrait screen at 200 % gives 430): on a narrower
     * window (600x800) the header's buttons would run into each other. */
    float z = s * uh_a11y_zoom(ui), zmax = w / UH_MIN_LAYOUT_W;
    if (z > zmax)
        z = zmax > s ? zmax : s;
    ui->s = z;
    ui->g.dirty = true;
}

void uh_ui_free(uh_ui *ui)
{
    if (!ui)
        return;
    uh_ui_end_run(ui);
    uh_speaker_free(ui->speaker);
    free(ui->a11y_said);
    uh_session_free(ui->ses);
    for (int i = 0; i < UH_SCREEN_COUNT; i++) {
        if (screens[i]->release)
            screens[i]->release(ui);
        free(ui->state[i]);
    }
    uh_sink_free(ui->sink);
    uh_translations_free(&ui->tr);
    if (ui->lib_opened)
        uh_library_free(&ui->lib);
    uh_draw_free(ui->d);
    uh_text_free(ui->t);
    free(ui);
}

const uh_screen_ops *uh_ui_ops(uh_screen_id id) { return screens[id]; }

void uh_ui_reset_screen(uh_ui *ui, uh_screen_id id)
{
    if (screens[id]->reset)
        screens[id]->reset(ui);
}

const void *uh_ui_screen_state(const uh_ui *ui, uh_screen_id id, size_t *size)
{
    *size = screens[id]->state_size;
    return ui->state[id];
}

void uh_ui_go(uh_ui *ui, uh_screen_id id)
{
    /* Signing out in the kiosk wipes the trainee and shows the attract
     * screen; the group of a facilitated session never signs in. */
    if (id == UH_SCREEN_WELCOME && ui->mode == UH_MODE_KIOSK && ui->screen != UH_SCREEN_ATTRACT &&
        uh_ui_signed_in(ui)) {
        uh_ui_wipe(ui);
        return;
    }
    if (id == UH_SCREEN_WELCOME && ui->mode == UH_MODE_FACILITATE)
        id = UH_SCREEN_MENU;
    if (id != UH_SCREEN_WELCOME && id != UH_SCREEN_ATTRACT)
        uh_ui_preload(ui);
    ui->screen = id;
    uh_ui_enter(ui);
    uh_gui_reset(&ui->g); /* no focus: the first Tab goes to the first widget */
    ui->g.focus_visible = false;
    if (screens[id]->enter)
        screens[id]->enter(ui);
    uh_a11y_screen_changed(ui);
}

/* ---------------------------------------------------------------------
 * Input and drawing
 * ------------------------------------------------------------------- */

bool uh_ui_keyboard_hints(const uh_ui *ui) { return !ui->touch; }

void uh_ui_input(uh_ui *ui, const uh_input *in)
{
    ui->last_input = SDL_GetTicks();
    if (in->type == UH_IN_DOWN || in->type == UH_IN_UP || in->type == UH_IN_MOVE) {
        ui->pointer_x = (int)in->x;
        ui->pointer_y = (int)in->y;
    }
    bool touch = ui->touch;
    if (in->type == UH_IN_KEY || in->type == UH_IN_TEXT)
        ui->touch = false;
    else if (in->touch)
        ui->touch = true;
    if (ui->touch != touch)
        ui->g.dirty = true; /* the keyboard hints come or go */
    if (ui->idle_left >= 0) {
        /* "Touch to continue": the touch only dismisses the warning. */
        if (in->type != UH_IN_MOVE || in->touch) {
            ui->idle_left = -1;
            ui->g.dirty = true;
            if (in->type == UH_IN_DOWN)
                ui->g.pointer_down = false;
            return;
        }
    }
    if (ui->screen != UH_SCREEN_PIN && ui->screen != UH_SCREEN_ADMIN &&
        ((in->type == UH_IN_KEY && in->key == UH_KEY_ADMIN) || uh_kiosk_corner_gesture(ui, in))) {
        uh_ui_open_admin(ui);
        ui->g.dirty = true;
        return;
    }
    if (uh_a11y_key(ui, in)) {
        ui->g.dirty = true;
        return;
    }
    const uh_screen_ops *ops = screens[ui->screen];
    if (ops->key && ops->key(ui, in)) {
        ui->g.dirty = true;
        return;
    }
    int focus = ui->g.focus;
    uh_gui_result res = uh_gui_input(&ui->g, in);
    if (res.activated >= 0 && uh_a11y_act(ui, res.activated)) {
        ui->g.dirty = true;
    } else if (res.activated >= 0 && ops->act) {
        ops->act(ui, res.activated);
        ui->g.dirty = true;
    }
    uh_a11y_after_input(ui, focus);
}

void uh_ui_invalidate(uh_ui *ui) { ui->g.dirty = true; }

void uh_ui_enter(uh_ui *ui)
{
    ui->screen_since = SDL_GetTicks();
    ui->entrance = UH_ENTER_PREPARE;
    ui->entrance_frames = 0;
    ui->idle_done = false;
}

void uh_ui_skip_entrance(uh_ui *ui) { ui->entrance = UH_ENTER_SHOWN; }

bool uh_ui_needs_draw(uh_ui *ui, int *timeout_ms)
{
    /* An entrance needs frames until one is drawn after its end: the last
     * frame shown must be the still picture, however late it comes. A
     * screen being prepared takes its frames one after the other (input
     * is read between them); a fade, one each 16 ms. */
    bool preparing = ui->entrance == UH_ENTER_PREPARE;
    bool anim = ui->entrance == UH_ENTER_REVEAL || ui->drawn_fading;
    /* The screen's own animation (0) or countdown (> 0). */
    const uh_screen_ops *ops = screens[ui->screen];
    int own = ops->frame_ms ? ops->frame_ms(ui) : -1;
    if (own == 0 && uh_a11y_motion(ui)) /* reduced motion: no animation */
        anim = true;
    /* While read aloud speaks, the speaker button looks now and then
     * whether it has ended. */
    int speech = uh_a11y_frame_ms(ui);
    own = own > 0 && (speech < 0 || own < speech) ? own : speech;
    *timeout_ms = preparing ? 0 : anim ? 16 : own;
    return ui->g.dirty || ui->g.scrolled || ui->g.restyled || anim || preparing;
}

void uh_ui_set_framebuffer(uh_ui *ui, SDL_Surface *fb)
{
    ui->fb = fb;
    uh_draw_set_target(ui->d, fb);
}

const char *uh_ui_frame_kind(const uh_ui *ui)
{
    return ui->moved ? "moved" : ui->restyled ? "restyled" : ui->drawn_prepared ? "prepare"
           : ui->drawn_fading ? "fade" : "whole";
}

int uh_ui_damage(const uh_ui *ui, const SDL_Rect **rects)
{
    *rects = ui->damage;
    return ui->ndamage;
}

/* Moves the pixels of rectangle v of ui->fb by dy rows (up when dy > 0);
 * false when it cannot. */
static bool move_pixels(uh_ui *ui, SDL_Rect v, int dy)
{
    SDL_Surface *fb = ui->fb;
    SDL_Rect all = {0, 0, fb->w, fb->h};
    if (fb->format->BytesPerPixel != 4 || SDL_RectEmpty(&v) || !SDL_IntersectRect(&v, &all, &v) ||
        SDL_MUSTLOCK(fb) || dy == 0 || abs(dy) >= v.h)
        return false;
    SDL_RenderFlush(ui->r);
    Uint8 *left = (Uint8 *)fb->pixels + (size_t)v.x * 4;
    size_t n = (size_t)v.w * 4, pitch = (size_t)fb->pitch;
    if (dy > 0) /* row y takes row y + dy, from the top down */
        for (int y = v.y; y < v.y + v.h - dy; y++)
            memmove(left + (size_t)y * pitch, left + (size_t)(y + dy) * pitch, n);
    else /* from the bottom up */
        for (int y = v.y + v.h - 1; y >= v.y - dy; y--)
            memmove(left + (size_t)y * pitch, left + (size_t)(y + dy) * pitch, n);
    return true;
}

/* The welcome and attract screens paint their own backdrop over the whole
 * window: no page under it, and their pixels do not move with a scroll. */
static bool own_backdrop(const uh_ui *ui)
{
    return ui->screen == UH_SCREEN_WELCOME || ui->screen == UH_SCREEN_ATTRACT;
}

/* The screen runs an animation of its own (a frame each 16 ms). */
static bool animating(uh_ui *ui)
{
    const uh_screen_ops *ops = screens[ui->screen];
    return ops->frame_ms && ops->frame_ms(ui) == 0 && uh_a11y_motion(ui);
}

/* One pass of the screen, its drawing kept within clip (NULL: all). */
static void draw_pass(uh_ui *ui, const SDL_Rect *clip, bool page_under_clip)
{
    ui->passes++;
    ui->g.dirty = false;
    uh_gui_begin(&ui->g, ui->s);
    if (page_under_clip)
        uh_gui_base_clip(&ui->g, clip);
    if (!own_backdrop(ui))
        uh_draw_rect(ui->d, (SDL_Rect){0, 0, ui->w, ui->h}, UH_C_PAGE);
    uh_gui_base_clip(&ui->g, clip);
    screens[ui->screen]->draw(ui);
    if (ui->idle_left >= 0)
        uh_ui_draw_idle_warning(ui);
    uh_gui_base_clip(&ui->g, NULL);
    uh_gui_end(&ui->g);
}

/* A frame that only scrolled region 0 (nothing else asked for a redraw):
 * its pixels move, and only the strip that comes into view and the scroll
 * bar's column are drawn. False when the frame must be drawn whole. */
static bool draw_moved(uh_ui *ui, SDL_Rect drawn[2])
{
    uh_gui_region *rg = &ui->g.region[0];
    int dy = rg->scroll - ui->g.drawn_scroll;
    SDL_Rect v = rg->view;
    if (!ui->fb || ui->fb != ui->drawn_fb || !ui->drawn_final || ui->g.dirty || ui->g.modal ||
        ui->idle_left >= 0 || animating(ui) || own_backdrop(ui) ||
        !move_pixels(ui, v, dy))
        return false;
    SDL_Rect strip = dy > 0 ? (SDL_Rect){v.x, v.y + v.h - dy, v.w, dy} : (SDL_Rect){v.x, v.y, v.w, -dy};
    int bar = uh_px(ui, UH_SP_4);
    SDL_Rect column = {v.x + v.w - bar, v.y, bar, v.h};
    draw_pass(ui, &strip, true);
    if (!ui->g.dirty)
        draw_pass(ui, &column, true);
    drawn[0] = strip;
    drawn[1] = column;
    /* Anything else that changed (the content's height, the focus) draws
     * the frame whole. */
    return !ui->g.dirty;
}

/* The widgets a frame redraws when only their look changed, as rectangles
 * of the last frame with room for the focus ring, each within its region's
 * view; overlapping ones merged. Returns how many (0: none to draw). */
static int restyled_rects(uh_ui *ui, SDL_Rect *out, int max)
{
    int ids[6], nids = uh_gui_restyled_ids(&ui->g, ids, 6), n = 0;
    int ring = 2 * (uh_px(ui, UH_STROKE_HEAVY) < 2 ? 2 : uh_px(ui, UH_STROKE_HEAVY)) + 2;
    SDL_Rect all = {0, 0, ui->w, ui->h};
    for (int k = 0; k < nids; k++)
        for (int i = 0; i < ui->g.nprev; i++) {
            const uh_gui_item *it = &ui->g.prev[i];
            SDL_Rect r = {it->r.x - ring, it->r.y - ring, it->r.w + 2 * ring, it->r.h + 2 * ring};
            if (it->id != ids[k] || !SDL_IntersectRect(&r, &it->clip, &r) || !SDL_IntersectRect(&r, &all, &r))
                continue;
            if (n == max)
                return -1;
            out[n++] = r;
        }
    /* Overlapping rectangles become one (a pass each costs a layout). */
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (SDL_HasIntersection(&out[i], &out[j])) {
                SDL_UnionRect(&out[i], &out[j], &out[i]);
                out[j--] = out[--n];
                i = -1; /* the grown one may meet another: start again */
                break;
            }
    return n;
}

/* A frame where only the focus, hover or pressed widget changed (nothing
 * else asked for a redraw, the last frame was whole and final): only
 * those widgets' rectangles are drawn again, each clipped, over the last
 * frame's pixels. False when the frame must be drawn whole. */
static bool draw_restyled(uh_ui *ui, const SDL_Rect *drawn, int ndrawn)
{
    SDL_Rect rects[UH_UI_DAMAGE_MAX];
    if (!ui->fb || ui->fb != ui->drawn_fb || !ui->drawn_final || ui->g.dirty || ui->idle_left >= 0 ||
        animating(ui))
        return false;
    int n = restyled_rects(ui, rects, UH_UI_DAMAGE_MAX - 1); /* room for a moved region */
    if (n < 0)
        return false;
    /* What a scroll's passes drew this frame is drawn already. */
    for (int i = 0; i < n; i++)
        for (int j = 0; j < ndrawn; j++) {
            SDL_Rect both;
            if (SDL_IntersectRect(&rects[i], &drawn[j], &both) && SDL_RectEquals(&both, &rects[i])) {
                rects[i--] = rects[--n];
                break;
            }
        }
    /* The same widgets must come out in the same places, or the look
     * changed more than the widgets themselves. */
    int nprev = ui->g.nprev;
    static uh_gui_item before[UH_GUI_MAX];
    memcpy(before, ui->g.prev, sizeof *before * (size_t)nprev);
    for (int i = 0; i < n && !ui->g.dirty; i++)
        draw_pass(ui, &rects[i], true);
    if (ui->g.dirty || ui->g.nprev != nprev)
        return false;
    for (int i = 0; i < nprev; i++)
        if (before[i].id != ui->g.prev[i].id || !SDL_RectEquals(&before[i].r, &ui->g.prev[i].r))
            return false;
    memcpy(ui->damage, rects, sizeof *rects * (size_t)n);
    ui->ndamage = n;
    return true;
}

/* A frame of a screen being prepared: laid out whole (region offsets,
 * focus, the sizes of its text), its text made within a budget, and only
 * its header painted; below it the page stays blank. When a pass leaves
 * no text for later, the screen is ready to be revealed. */
static void draw_prepared(uh_ui *ui)
{
    bool first = ui->entrance_frames++ == 0 || ui->fb != ui->drawn_fb || !ui->fb;
    SDL_Rect all = {0, 0, ui->w, ui->h}, none = {0, 0, 0, 0};
    SDL_Rect above = own_backdrop(ui) ? none : (SDL_Rect){0, 0, ui->w, uh_px(ui, UH_HEADER_H)};
    if (first) /* the last screen goes: a blank page */
        uh_draw_rect(ui->d, all, UH_C_PAGE);
    uh_text_budget(ui->t, ui->prepare_text_ms);
    uh_text_defer_measuring(ui->t, true); /* nothing below the header shows */
    uh_gui_paint_clip(&ui->g, &above);
    for (int pass = 0; pass < 3; pass++) {
        draw_pass(ui, NULL, false);
        if (!ui->g.dirty)
            break;
    }
    uh_gui_paint_clip(&ui->g, NULL);
    uh_text_defer_measuring(ui->t, false);
    /* After the first frame only the header can have changed. */
    if (!first && ui->fb) {
        ui->damage[0] = above;
        ui->ndamage = SDL_RectEmpty(&above) ? 0 : 1;
        if (!ui->ndamage) { /* nothing to show: the smallest rectangle */
            ui->damage[0] = (SDL_Rect){0, 0, 1, 1};
            ui->ndamage = 1;
        }
    }
    const uh_screen_ops *ops = screens[ui->screen];
    bool ready = uh_text_deferred(ui->t) == 0 && (!ops->ready || ops->ready(ui));
    if (ready || ui->drawn_at - ui->screen_since >= ui->prepare_max_ms) {
        ui->entrance = uh_a11y_motion(ui) ? UH_ENTER_REVEAL : UH_ENTER_SHOWN;
        ui->reveal_since = ui->drawn_at;
    }
}

/* Whether the window's pixels are ones the fade can blend itself. */
static bool fb_usable(const uh_ui *ui)
{
    SDL_Surface *fb = ui->fb;
    return fb && fb->format->BytesPerPixel == 4 && !SDL_MUSTLOCK(fb) && fb->w == ui->w && fb->h == ui->h;
}

/* The veil of a fade: the page colour at alpha a over r. Straight on the
 * window's pixels when there are some (a fraction of SDL's blend). */
static void draw_veil(uh_ui *ui, SDL_Rect r, Uint8 a)
{
    SDL_Color c = UH_C_PAGE;
    SDL_Surface *fb = ui->fb;
    SDL_Rect all = {0, 0, ui->w, ui->h};
    if (fb_usable(ui)) {
        if (!SDL_IntersectRect(&r, &all, &r))
            return;
        SDL_RenderFlush(ui->r);
        uh_draw_fade_pixels(fb, r, SDL_MapRGB(fb->format, c.r, c.g, c.b), a);
        return;
    }
    c.a = a;
    uh_draw_veil(ui->d, r, c);
}

bool uh_ui_idle(uh_ui *ui)
{
    int timeout;
    if (ui->idle_done || !ui->drawn_final || uh_ui_needs_draw(ui, &timeout) || ui->idle_left >= 0)
        return false;
    /* A layout pass that paints nothing, its text made for the window's
     * height around each clip. The widgets come out where the last frame
     * drew them (nothing changed since), so the pass changes nothing a
     * later frame relies on. */
    SDL_Rect none = {0, 0, 0, 0};
    uh_text_budget(ui->t, IDLE_TEXT_MS);
    ui->g.lookahead = ui->h;
    uh_gui_paint_clip(&ui->g, &none);
    int passes = ui->passes;
    draw_pass(ui, NULL, false);
    ui->passes = passes;
    uh_gui_paint_clip(&ui->g, NULL);
    ui->g.lookahead = 0;
    ui->idle_done = uh_text_deferred(ui->t) == 0;
    uh_text_frame_end(ui->t);
    ui->idle_passes++;
    return !ui->idle_done;
}

void uh_ui_draw(uh_ui *ui)
{
    /* A pass may find the scroll position out of range or the focus out of
     * view; it then asks for another pass before anything is presented. */
    ui->drawn_at = SDL_GetTicks();
    bool scrolled = ui->g.scrolled;
    ui->g.scrolled = false;
    ui->passes = 0;
    ui->ndamage = 0;
    ui->restyled = false;
    ui->moved = false;
    if (ui->entrance == UH_ENTER_PREPARE) {
        draw_prepared(ui);
        ui->text_deferred = uh_text_deferred(ui->t);
        ui->g.drawn_scroll = ui->g.region[0].scroll;
        uh_gui_drawn(&ui->g);
        ui->drawn_fb = ui->fb;
        ui->drawn_final = false;
        ui->drawn_fading = true;
        ui->drawn_prepared = true;
        uh_text_frame_end(ui->t);
        return; /* nothing to read aloud yet */
    }
    /* The fade: the whole screen (its text made while it was prepared)
     * under a veil whose alpha falls to 0 over FADE_MS. */
    Uint32 since = ui->drawn_at - ui->reveal_since + 16; /* its first frame is one in */
    if (ui->entrance == UH_ENTER_REVEAL && (since >= FADE_MS || !uh_a11y_motion(ui)))
        ui->entrance = UH_ENTER_SHOWN;
    bool fading = ui->entrance == UH_ENTER_REVEAL;
    SDL_Rect drawn[2];
    ui->moved = scrolled && !fading && draw_moved(ui, drawn);
    /* A Tab that scrolled: the pixels moved, then the ring moves (from
     * where the widgets are now). */
    if (!fading && ui->g.restyled && (ui->moved || !scrolled)) {
        ui->restyled = draw_restyled(ui, drawn, ui->moved ? 2 : 0);
        ui->moved = ui->moved && ui->restyled;
    }
    SDL_Rect all = {0, 0, ui->w, ui->h};
    if (ui->moved && ui->ndamage < UH_UI_DAMAGE_MAX &&
        SDL_IntersectRect(&ui->g.region[0].view, &all, &ui->damage[ui->ndamage]))
        ui->ndamage++;
    if (!ui->moved && !ui->restyled)
        ui->ndamage = 0;
    for (int pass = 0; !ui->moved && !ui->restyled && pass < 3; pass++) {
        draw_pass(ui, NULL, false);
        if (!ui->g.dirty)
            break;
    }
    ui->g.drawn_scroll = ui->g.region[0].scroll;
    ui->text_deferred = uh_text_deferred(ui->t);
    ui->drawn_fb = ui->fb;
    if (fading)
        draw_veil(ui, (SDL_Rect){0, uh_px(ui, UH_HEADER_H), ui->w, ui->h},
                  (Uint8)(255 - 255 * since / FADE_MS));
    uh_gui_drawn(&ui->g);
    ui->drawn_fb = ui->fb;
    ui->drawn_final = !fading && ui->text_deferred == 0;
    ui->drawn_fading = fading;
    ui->drawn_prepared = false;
    /* What shows may have moved or changed: look around it again (not
     * after a frame that only moved the focus or the hover). */
    if (!ui->restyled || ui->moved)
        ui->idle_done = false;
    uh_text_frame_end(ui->t);
    uh_a11y_after_draw(ui);
}

int uh_ui_write_trace(const uh_ui *ui, const char *path)
{
    char *tmp = uh_xasprintf("%s.tmp", path);
    FILE *f = fopen(tmp, "w");
    if (!f) {
        free(tmp);
        return -1;
    }
    /* frame counts presented frames; settled says no animation is running
     * and nothing waits to be drawn, so a test can take its screenshot. */
    static unsigned long frames;
    int timeout;
    bool busy = uh_ui_needs_draw((uh_ui *)ui, &timeout);
    fprintf(f, "screen %s\nsize %d %d\nmode %s\nframe %lu\nsettled %d\n", screen_names[ui->screen],
            ui->w, ui->h, uh_ui_mode_name(ui), ++frames, !busy);
    if (uh_ui_signed_in(ui))
        fprintf(f, "trainee %s\n", uh_ui_trainee(ui));
    if (ui->cohort[0])
        fprintf(f, "cohort %s\n", ui->cohort);
    if (ui->idle_left >= 0)
        fprintf(f, "idle %d\n", ui->idle_left);
    fprintf(f, "a11y %d %d %d %d\n", ui->a11y.text_size, ui->a11y.high_contrast, ui->a11y.reduced_motion,
            ui->a11y.read_aloud);
    if (ui->speaker) {
        /* What read aloud said last, on one line. */
        fprintf(f, "speaking %d\nsaid ", uh_a11y_speaking((uh_ui *)ui));
        for (const char *p = uh_a11y_last_said(ui); *p; p++)
            fputc(*p == '\n' ? ' ' : *p, f);
        fputc('\n', f);
    }
    /* Where the pointer was last seen, and the main region's scroll offset
     * and its largest: a test knows from them that the program has taken
     * its input (the trace is written after each batch of input too). */
    fprintf(f, "pointer %d %d\n", ui->pointer_x, ui->pointer_y);
    const uh_gui_region *rg = &ui->g.region[0];
    fprintf(f, "scroll %d %d\n", rg->scroll, rg->content_h > rg->view.h ? rg->content_h - rg->view.h : 0);
    if (ui->notice[0])
        fprintf(f, "notice %s\n", ui->notice);
    if (ui->sink && uh_sink_kept(ui->sink))
        fprintf(f, "kept %zu\n", uh_sink_kept(ui->sink));
    /* Each screen's own lines (some whatever the current screen). */
    for (int i = 0; i < UH_SCREEN_COUNT; i++)
        if (screens[i]->trace)
            screens[i]->trace(ui, f, (uh_screen_id)i == ui->screen);
    for (int i = 0; i < ui->g.nprev; i++) {
        const uh_gui_item *it = &ui->g.prev[i];
        SDL_Rect v;
        if (SDL_IntersectRect(&it->r, &it->clip, &v))
            fprintf(f, "item %d %d %d %d %d\n", it->id, v.x, v.y, v.w, v.h);
    }
    int rc = fclose(f) == 0 && rename(tmp, path) == 0 ? 0 : -1;
    free(tmp);
    return rc;
}

/* ---------------------------------------------------------------------
 * Layout helpers
 * ------------------------------------------------------------------- */

int uh_ui_text(uh_ui *ui, uh_face face, float px, SDL_Color c, int wrap, const char *s, int x, int y)
{
    return uh_text_draw(ui->t, face, uh_px(ui, px), c, wrap, s, x, y);
}

SDL_Rect uh_ui_column(const uh_ui *ui, SDL_Rect area, int maxw)
{
    int margin = uh_px(ui, ui->portrait ? UH_SP_7 : UH_SP_10);
    int w = area.w - 2 * margin, mw = uh_px(ui, (float)maxw);
    if (w > mw)
        w = mw;
    return (SDL_Rect){area.x + (area.w - w) / 2, area.y, w, area.h};
}

SDL_Rect uh_ui_body(const uh_ui *ui)
{
    int hh = uh_px(ui, UH_HEADER_H);
    return (SDL_Rect){0, hh, ui->w, ui->h - hh};
}

static SDL_Rect header(uh_ui *ui, const char *title, bool back);

SDL_Rect uh_ui_header(uh_ui *ui, const char *title, bool back)
{
    double budget = uh_text_budget(ui->t, -1); /* no veil over the header */
    SDL_Rect body = header(ui, title, back);
    uh_text_budget(ui->t, budget);
    return body;
}

static SDL_Rect header(uh_ui *ui, const char *title, bool back)
{
    int hh = uh_px(ui, UH_HEADER_H);
    uh_draw_rect(ui->d, (SDL_Rect){0, 0, ui->w, hh}, UH_C_HEADER);
    /* The right side first: who is signed in, and read aloud; the left
     * side and the title take what room is left (at a large text size the
     * name beside the mark gives way). Tab order still runs left to right:
     * the bar is one row. */
    int right = ui->w - uh_px(ui, UH_SP_6);
    if (uh_ui_signed_in(ui)) {
        char group[96];
        snprintf(group, sizeof group, "Group session%s%s", ui->cohort[0] ? " \xC2\xB7 " : "", ui->cohort);
        const char *who = ui->mode == UH_MODE_FACILITATE ? group
                          : uh_ui_anonymous(ui) ? _("Anonymous trainee") : uh_ui_trainee(ui);
        /* A long name is shortened with "…"; the avatar always shows. */
        char fit[200];
        int px = uh_px(ui, UH_PX_SMALL);
        who = uh_text_ellipsize(ui->t, UH_FACE_REGULAR, px, ui->w / 3, who, fit, sizeof fit);
        const uh_text_block *b = uh_text_get(ui->t, UH_FACE_REGULAR, px, UH_C_HEADER_MUTED, 0, who);
        int av = uh_px(ui, UH_SP_4);
        right -= b->w;
        if (b->tex)
            SDL_RenderCopy(ui->r, b->tex, NULL, &(SDL_Rect){right, (hh - b->h) / 2, b->w, b->h});
        right -= uh_px(ui, UH_SP_2) + av;
        uh_avatar_draw(ui->d, ui->t, uh_ui_anonymous(ui) || ui->mode == UH_MODE_FACILITATE ? NULL : uh_ui_trainee(ui),
                       right, hh / 2, av);
        right -= av + uh_px(ui, UH_SP_2);
    }
    /* Read aloud where there is something to read: a scene, the report
     * form, the debrief. */
    if (ui->screen == UH_SCREEN_SCENE || ui->screen == UH_SCREEN_REPORT || ui->screen == UH_SCREEN_DEBRIEF) {
        int sw = uh_a11y_speaker_width(ui);
        if (sw) {
            right -= sw + uh_px(ui, UH_SP_2);
            uh_a11y_speaker_button(ui, right, (hh - uh_gui_control_h(&ui->g)) / 2, true);
            right -= uh_px(ui, UH_SP_3);
        }
    }
    int x = uh_px(ui, UH_SP_5), icon = uh_px(ui, UH_SP_8);
    if (back) {
        int bw = uh_gui_button_width(&ui->g, _("Back"), UH_ICON_ARROW_LEFT);
        uh_gui_button(&ui->g, UH_ID_BACK, x, (hh - uh_gui_control_h(&ui->g)) / 2, bw, _("Back"),
                      UH_BTN_DARK, UH_ICON_ARROW_LEFT);
        x += bw + uh_px(ui, UH_SP_4);
    } else {
        /* The mark: a hook in a shield-blue disc; the name beside it when
         * there is room. */
        uh_draw_disc(ui->d, x + icon / 2, hh / 2, icon / 2, UH_C_ACCENT);
        uh_draw_icon(ui->d, UH_ICON_HOOK, x + icon / 6, hh / 2 - icon / 3, icon * 2 / 3, UH_C_WHITE,
                     UH_C_ACCENT);
        x += icon + uh_px(ui, UH_SP_3);
        const uh_text_block *logo = uh_text_get(ui->t, UH_FACE_BOLD, uh_px(ui, UH_PX_H3),
                                                UH_C_HEADER_TEXT, 0, "Unhooked");
        if (x + logo->w + uh_px(ui, UH_SP_4) <= right) {
            SDL_RenderCopy(ui->r, logo->tex, NULL, &(SDL_Rect){x, (hh - logo->h) / 2, logo->w, logo->h});
            x += logo->w + uh_px(ui, UH_SP_4);
            uh_draw_rect(ui->d, (SDL_Rect){x, hh / 4, uh_px(ui, UH_STROKE), hh / 2},
                         UH_C_HEADER_LINE);
            x += uh_px(ui, UH_SP_4);
        }
    }
    if (title && *title) {
        int px = uh_px(ui, UH_PX_BODY);
        int avail = right - x - uh_px(ui, UH_SP_4);
        const uh_text_block *b = uh_text_get(ui->t, UH_FACE_REGULAR, px, UH_C_HEADER_MUTED, 0, title);
        if (b->w <= avail && b->tex) {
            SDL_RenderCopy(ui->r, b->tex, NULL, &(SDL_Rect){x, (hh - b->h) / 2, b->w, b->h});
        } else if (avail > uh_px(ui, 80)) {
            /* Too long for one line in the bar: a smaller wrapped title. */
            const uh_text_block *b2 = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_SMALL - 2),
                                                  UH_C_HEADER_MUTED, avail, title);
            if (b2->tex && b2->h <= hh)
                SDL_RenderCopy(ui->r, b2->tex, NULL, &(SDL_Rect){x, (hh - b2->h) / 2, b2->w, b2->h});
        }
    }
    return (SDL_Rect){0, hh, ui->w, ui->h - hh};
}

const char *uh_ui_basename(const char *path)
{
    const char *slash = path ? strrchr(path, '/') : NULL;
    return slash ? slash + 1 : path ? path : "";
}

/* An error for the trainee's eyes: the file's name without its folder. */
static void short_error(const uh_error *e, char *buf, size_t n)
{
    if (e->file[0] && e->line > 0)
        snprintf(buf, n, "%s:%d: %s", uh_ui_basename(e->file), e->line, e->msg);
    else if (e->file[0])
        snprintf(buf, n, "%s: %s", uh_ui_basename(e->file), e->msg);
    else
        snprintf(buf, n, "%s", e->msg);
}

const char *uh_ui_mark_text(const uh_scenario *sc, const char *id)
{
    for (size_t i = 0; i < sc->nscenes; i++) {
        const uh_scene *s = &sc->scenes[i];
        for (size_t j = 0; j < s->nflags; j++)
            if (strcmp(s->flags[j].id, id) == 0)
                return s->flags[j].text;
        for (size_t j = 0; j < s->ninnocent; j++)
            if (strcmp(s->innocent[j].id, id) == 0)
                return s->innocent[j].text;
    }
    return NULL;
}

/* ---------------------------------------------------------------------
 * The run (the session holds it; the ui follows its state)
 * ------------------------------------------------------------------- */

void uh_ui_sign_in_group(uh_ui *ui)
{
    char group[96];
    snprintf(group, sizeof group, "group:%s", ui->cohort[0] ? ui->cohort : "session");
    uh_error e;
    uh_session_sign_in(ui->ses, group, false, &e);
}

/* A scenario that failed to start or while playing is set aside for as
 * long as the program runs: unavailable on the menu, "Broken" with its
 * error on the admin screen (SPEC §2). Not when the failure was the
 * program being stopped. */
static void set_aside(uh_ui *ui, const char *path, const uh_error *e)
{
    if (uh_sandbox_interrupted())
        return;
    for (size_t i = 0; i < ui->lib.count; i++)
        if (ui->lib.items[i]->ok && (strcmp(ui->lib.items[i]->path, path) == 0 ||
                                     strcmp(uh_ui_scenario(ui, i)->path, path) == 0)) {
            ui->lib.items[i]->ok = false;  /* the original and its translations */
            uh_problems_add(&ui->lib.problems, e);
        }
}

void uh_ui_start_run(uh_ui *ui, const uh_scenario *sc)
{
    uh_ui_end_run(ui);
    uh_error e;
    uh_error_clear(&e);
    if (uh_session_start(ui->ses, sc, 1, &e) != 0) {
        char buf[1400];
        short_error(&e, buf, sizeof buf);
        snprintf(ui->notice, sizeof ui->notice,
                 _("Sorry, \"%s\" could not be started and has been set aside. (%.500s)"), sc->title, buf);
        set_aside(ui, sc->path, &e);
        uh_ui_go(ui, UH_SCREEN_MENU);
        return;
    }
    uh_ui_follow_run(ui);
}

void uh_ui_end_run(uh_ui *ui)
{
    uh_session_end_run(ui->ses);
    uh_ui_reset_screen(ui, UH_SCREEN_SCENE);
    uh_ui_reset_screen(ui, UH_SCREEN_DEBRIEF);
}

/* Self-paced progress is kept only for a named trainee. */
static char *progress_path(const uh_ui *ui)
{
    if (ui->mode != UH_MODE_SELF || !uh_ui_signed_in(ui) || uh_ui_anonymous(ui) || !uh_ui_run(ui))
        return NULL;
    const uh_scenario *sc = uh_run_scenario(uh_ui_run(ui));
    return sc->id ? uh_resume_path(ui->opt.db_path, uh_ui_trainee(ui), sc->id) : NULL;
}

static void forget_progress(uh_ui *ui)
{
    char *path = progress_path(ui);
    if (path)
        uh_resume_remove(path);
    free(path);
}

void uh_ui_save_progress(uh_ui *ui)
{
    char *path = progress_path(ui);
    if (!path)
        return;
    uh_session_state st = uh_session_state_of(ui->ses);
    if (st == UH_SESSION_ENDED || st == UH_SESSION_FAILED) {
        free(path);
        return;
    }
    const uh_scenario *sc = uh_run_scenario(uh_ui_run(ui));
    uh_answers a;
    uh_session_answers(ui->ses, &a);
    char lang[16];
    uh_resume rs = {.scenario = sc->id, .hash = (char *)sc->hash,
                    .language = (char *)uh_translation_language(sc->path, lang),
                    .choices = a.choices, .nchoices = a.nchoices, .marks = a.marks,
                    .has_report = a.has_report, .to = a.to, .how = a.how, .facts = a.facts};
    uh_error e;
    uh_error_clear(&e);
    if (uh_resume_save(path, &rs, &e) != 0) {
        char buf[1400];
        SDL_Log("unhooked: cannot keep progress: %s", uh_error_format(&e, buf, sizeof buf));
    }
    uh_answers_free(&a);
    free(path);
}

void uh_ui_resume_run(uh_ui *ui, const uh_scenario *sc)
{
    char *path = sc->id && uh_ui_signed_in(ui) && !uh_ui_anonymous(ui)
                     ? uh_resume_path(ui->opt.db_path, uh_ui_trainee(ui), sc->id) : NULL;
    uh_resume rs;
    if (!path || uh_resume_load(path, &rs) != 0) {
        free(path);
        uh_ui_start_run(ui, sc);
        return;
    }
    free(path);
    /* The original sc translates (sc itself when it is one). */
    const uh_scenario *orig = NULL;
    for (size_t i = 0; i < ui->lib.count && !orig; i++)
        if (ui->lib.items[i] == sc || uh_ui_scenario(ui, i) == sc)
            orig = ui->lib.items[i];
    if (!uh_resume_fits(&rs, sc, orig, ui->cfg)) {
        /* The scenario changed (in the language paused in, or its
         * translation no longer matches): begin again. */
        uh_resume_clear(&rs);
        uh_ui_start_run(ui, sc);
        return;
    }
    uh_ui_end_run(ui);
    /* The same seed gives the same scenes, so the recorded steps lead back
     * to the same place (the session's one replay loop). */
    uh_answers a = {.choices = rs.choices, .nchoices = rs.nchoices, .marks = rs.marks,
                    .has_report = rs.has_report, .to = rs.to, .how = rs.how, .facts = rs.facts};
    uh_error e;
    uh_error_clear(&e);
    uh_replay_status st = uh_session_resume(ui->ses, sc, 1, &a, &e);
    uh_resume_clear(&rs);
    if (st == UH_REPLAY_FAILED && uh_session_state_of(ui->ses) == UH_SESSION_IDLE) {
        uh_ui_start_run(ui, sc);
        return;
    }
    uh_ui_follow_run(ui);
}

void uh_ui_choose(uh_ui *ui, size_t i)
{
    const uh_run *run = uh_ui_run(ui);
    if (!run || i >= uh_run_nchoices(run))
        return;
    uh_error e;
    uh_error_clear(&e);
    uh_session_choose(ui->ses, i, &e);
    uh_ui_save_progress(ui);
    uh_ui_follow_run(ui);
}

void uh_ui_send_report(uh_ui *ui)
{
    uh_error e;
    uh_error_clear(&e);
    if (uh_session_send_report(ui->ses, &e) != 0)
        return; /* the form says what is missing */
    uh_ui_save_progress(ui);
    uh_ui_follow_run(ui);
}

/* Saves r as an attempt of the signed-in trainee; 0, or 1 when it is kept
 * to be saved later, or -1; msg says why when not 0. */
int uh_ui_save_attempt(uh_ui *ui, const uh_result *r, char *msg, size_t n)
{
    char ended[32], lang[16];
    uh_iso8601_now(ended, false);
    /* The language it was played in: the scenario file's (a translation's
     * folder), which is the trainee's language where a translation exists. */
    const uh_run *run = uh_ui_run(ui);
    uh_translation_language(run ? uh_run_scenario(run)->path : NULL, lang);
    uh_attempt a = {
        .trainee = uh_ui_trainee(ui),
        .anonymous = uh_ui_anonymous(ui),
        .cohort = ui->cohort[0] ? ui->cohort : NULL,
        .mode = uh_ui_mode_name(ui),
        .started_at = uh_session_started_at(ui->ses),
        .ended_at = ended,
        .result = r,
        .language = lang,
    };
    uh_error e;
    uh_error_clear(&e);
    int rc = uh_sink_save(ui->sink, &a, &e);
    ui->store = uh_sink_store(ui->sink);
    if (rc != 0)
        uh_error_format(&e, msg, n);
    return rc;
}

void uh_ui_follow_run(uh_ui *ui)
{
    switch (uh_session_state_of(ui->ses)) {
    case UH_SESSION_IDLE:
        uh_ui_go(ui, UH_SCREEN_MENU);
        break;
    case UH_SESSION_SCENE:
        uh_ui_go(ui, UH_SCREEN_SCENE);
        break;
    case UH_SESSION_REPORT:
        uh_ui_go(ui, UH_SCREEN_REPORT);
        break;
    case UH_SESSION_ENDED: {
        forget_progress(ui);
        uh_ui_show_debrief(ui);
        break;
    }
    case UH_SESSION_FAILED: {
        char buf[1400];
        const uh_scenario *sc = uh_run_scenario(uh_ui_run(ui));
        SDL_Log("unhooked: %s", uh_error_format(uh_session_error(ui->ses), buf, sizeof buf));
        short_error(uh_session_error(ui->ses), buf, sizeof buf);
        forget_progress(ui);
        snprintf(ui->notice, sizeof ui->notice,
                 _("Sorry, \"%s\" ran into a problem and had to stop. Nothing you did caused it; "
                 "please pick another scenario. (%.500s)"),
                 sc->title ? sc->title : uh_ui_basename(sc->path), buf);
        set_aside(ui, sc->path, uh_session_error(ui->ses));
        uh_ui_end_run(ui);
        uh_ui_go(ui, UH_SCREEN_MENU);
        break;
    }
    }
}

/* ---------------------------------------------------------------------
 * Modes: kiosk idle reset, admin, facilitator
 * ------------------------------------------------------------------- */

const char *uh_ui_mode_name(const uh_ui *ui)
{
    return ui->mode == UH_MODE_KIOSK ? "kiosk" : ui->mode == UH_MODE_FACILITATE ? "facilitated" : "self";
}

const char *uh_ui_screen_name(const uh_ui *ui) { return screen_names[ui->screen]; }

bool uh_ui_wants_quit(const uh_ui *ui) { return ui->quit; }
