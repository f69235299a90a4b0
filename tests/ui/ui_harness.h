/* SPDX-License-Identifier: Apache-2.0 */
/* ui_harness.h — the trainee window off screen, for test_ui_a11y and
 * test_ui_fit: SDL's software renderer draws into a surface, input goes in
 * as the plain records the shell makes of SDL events (ui/input.h), and the
 * checks read the widgets each frame registered.
 *
 * A test program includes this once, defines draw() (so it can watch the
 * drawing) and makes its harness with harness_new, sets what it needs in
 * hs->cfg, then harness_open. */
#ifndef UH_TEST_UI_HARNESS_H
#define UH_TEST_UI_HARNESS_H

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/config.h"
#include "core/util.h"
#include "ui/screens.h"

typedef struct harness {
    SDL_Surface *surf;
    SDL_Renderer *r;
    uh_config cfg;
    char db[600];
    uh_ui *ui;
    char where[160];  /* what the test calls this program in messages */
} harness;

/* A w×h surface and renderer, and the default configuration. */
static inline harness *harness_new(int w, int h)
{
    harness *hs = uh_xcalloc(1, sizeof *hs);
    hs->surf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    hs->r = SDL_CreateSoftwareRenderer(hs->surf);
    uh_config_defaults(&hs->cfg);
    return hs;
}

/* Starts the program in mode on the scenarios in dir, results in hs->db,
 * certificates in certs; exits 77 (skipped) when it cannot start (no
 * font). */
static inline void harness_open(harness *hs, const char *dir, const char *certs, uh_ui_mode mode)
{
    uh_ui_options opt = {&hs->cfg, hs->db, dir, certs, mode, NULL};
    uh_error err;
    hs->ui = uh_ui_new(hs->r, &opt, &err);
    if (!hs->ui) {
        printf("SKIP: %s\n", err.msg);
        exit(77);
    }
    uh_ui_resize(hs->ui, hs->surf->w, hs->surf->h);
    uh_ui_preload(hs->ui);
}

static inline void harness_free(harness *hs)
{
    uh_ui_free(hs->ui);
    SDL_DestroyRenderer(hs->r);
    SDL_FreeSurface(hs->surf);
    uh_config_free(&hs->cfg);
    free(hs);
}

/* Draws a frame (defined by the test). */
static void draw(harness *hs);

/* Draws the frames the shell draws one after the other: a screen being
 * prepared (ui.c) asks for the next at once. */
static inline void draw_prepared(harness *hs)
{
    bool prepared = hs->ui->entrance == UH_ENTER_PREPARE;
    draw(hs);
    for (int i = 0; i < 1000 && hs->ui->entrance == UH_ENTER_PREPARE; i++)
        draw(hs);
    if (prepared) /* and the first frame that shows it */
        draw(hs);
}

static inline void input(harness *hs, uh_input in)
{
    uh_ui_input(hs->ui, &in);
    draw_prepared(hs);
}

static inline void key(harness *hs, uh_key k) { input(hs, (uh_input){.type = UH_IN_KEY, .key = k}); }
static inline void digit(harness *hs, int d) { input(hs, (uh_input){.type = UH_IN_KEY, .key = UH_KEY_DIGIT, .digit = d}); }

/* Types s (at most 31 bytes) as one piece of text input. */
static inline void type(harness *hs, const char *s)
{
    uh_input in = {.type = UH_IN_TEXT};
    snprintf(in.text, sizeof in.text, "%s", s);
    input(hs, in);
}

static inline const char *screen(harness *hs) { return uh_ui_screen_name(hs->ui); }

/* The rectangle widget id registered in the last frame (w 0: none). */
static inline SDL_Rect rect_of(harness *hs, int id)
{
    for (int i = 0; i < hs->ui->g.nprev; i++)
        if (hs->ui->g.prev[i].id == id)
            return hs->ui->g.prev[i].r;
    return (SDL_Rect){0, 0, 0, 0};
}

static inline bool has(harness *hs, int id) { return rect_of(hs, id).w > 0; }

/* A press and release in the middle of the visible part of widget id, by
 * finger or mouse, scrolled into view first with Page Up/Down. */
static inline bool press(harness *hs, int id, bool touch)
{
    SDL_Rect r = rect_of(hs, id), vis = r;
    if (r.w == 0)
        return false;
    for (int i = 0; i < 40; i++) {
        SDL_Rect v = hs->ui->g.region[0].view;
        bool region = false;
        for (int k = 0; k < hs->ui->g.nprev; k++)
            if (hs->ui->g.prev[k].id == id)
                region = hs->ui->g.prev[k].region >= 0;
        int enough = r.h * 2 / 3 < v.h / 2 ? r.h * 2 / 3 : v.h / 2;
        if (!region || (SDL_IntersectRect(&r, &v, &vis) && vis.h >= enough))
            break;
        key(hs, r.y < v.y ? UH_KEY_PAGEUP : UH_KEY_PAGEDOWN);
        r = rect_of(hs, id);
        vis = r;
    }
    float x = vis.x + vis.w / 2.0f, y = vis.y + vis.h / 2.0f;
    input(hs, (uh_input){.type = UH_IN_DOWN, .x = x, .y = y, .touch = touch});
    input(hs, (uh_input){.type = UH_IN_UP, .x = x, .y = y, .touch = touch});
    return true;
}

/* Tab until widget id has the focus; false when it never comes. */
static inline bool tab_to(harness *hs, int id)
{
    for (int i = 0; i < UH_GUI_MAX; i++) {
        key(hs, UH_KEY_TAB);
        if (hs->ui->g.focus == id)
            return true;
    }
    return false;
}

#endif
