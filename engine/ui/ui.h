/* SPDX-License-Identifier: Apache-2.0 */
/* ui.h — the trainee program's state and its screens.
 *
 * One uh_ui holds everything the screens share: the configuration, the
 * scenario library, the results store, the signed-in trainee, the run in
 * progress and this sitting's finished results. The platform shell creates
 * it with a renderer, feeds it plain input (input.h), asks it to draw when
 * uh_ui_needs_draw says so, and sleeps otherwise.
 *
 * Screens are an enum and a table of operations (screens.h): each screen
 * keeps its own state in its own file and resets it when the kiosk wipes
 * the trainee; the current one is changed with uh_ui_go. The layering is
 * described in docs/architecture.md. */
#ifndef UH_UI_H
#define UH_UI_H

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

#include "../core/config.h"
#include "../core/result.h"
#include "../core/run.h"
#include "../core/scenario.h"
#include "../store/store.h"
#include "draw.h"
#include "gui.h"
#include "input.h"
#include "text.h"

typedef enum uh_screen_id {
    UH_SCREEN_WELCOME,
    UH_SCREEN_MENU,
    UH_SCREEN_SCENE,
    UH_SCREEN_REPORT,
    UH_SCREEN_DEBRIEF,
    UH_SCREEN_SUMMARY,
    UH_SCREEN_ATTRACT,  /* kiosk: facts in a loop, inviting the next person */
    UH_SCREEN_PIN,      /* the administrator's PIN pad */
    UH_SCREEN_ADMIN,    /* results, scenario health, export, cohort, exit */
    UH_SCREEN_COUNT
} uh_screen_id;

typedef struct uh_ui uh_ui;

/* How the program is used (SPEC §5). */
typedef enum uh_ui_mode {
    UH_MODE_SELF,        /* a trainee at a desktop: a window, resume where they left off */
    UH_MODE_KIOSK,       /* unattended: attract screen, idle reset, admin PIN to leave */
    UH_MODE_FACILITATE,  /* an instructor with a projector: larger text, discussion prompts,
                            one group attempt per scenario */
} uh_ui_mode;

/* Options the shell passes in; everything is borrowed for the ui's life. */
typedef struct uh_ui_options {
    const uh_config *cfg;
    const char *db_path;        /* results database */
    const char *scenarios_dir;  /* folder of *.lua */
    const char *cert_dir;       /* where certificates are saved */
    uh_ui_mode mode;
    const char *cohort;         /* tags every attempt; NULL for none */
} uh_ui_options;

/* Creates the program state for renderer r: opens fonts, loads the
 * scenarios and opens the store. Returns NULL with err filled when it
 * cannot start at all (no font); a store that cannot be opened is shown as
 * a warning instead. Free with uh_ui_free. */
uh_ui *uh_ui_new(SDL_Renderer *r, const uh_ui_options *opt, uh_error *err);

/* Does the slow part of starting (loading and checking the scenarios,
 * opening the results store). Anything that needs the scenarios calls it,
 * and it runs only once. */
void uh_ui_preload(uh_ui *ui);

/* The same a step at a time: loads one more scenario file (each under its
 * own limits) and returns true while files remain; the last call opens the
 * store. The shell calls it from its loop after the first frame and the
 * watchdog's READY, so a slow or hostile file never delays either. */
bool uh_ui_preload_step(uh_ui *ui);

/* Tells the ui the drawable size in pixels (after a resize). */
void uh_ui_resize(uh_ui *ui, int w, int h);

/* Feeds one input event. */
void uh_ui_input(uh_ui *ui, const uh_input *in);

/* True when the screen must be drawn again; *timeout_ms is set to the
 * milliseconds until an animation needs the next frame (-1: none, so the
 * shell can sleep until the next event). */
bool uh_ui_needs_draw(uh_ui *ui, int *timeout_ms);

/* Work for a still screen, a few milliseconds at a time: the text within
 * a window's height above and below what shows is made, so that a scroll
 * finds it ready. Paints nothing. Call it when uh_ui_needs_draw says no
 * frame is needed; true while there is more (call again once the events
 * are read), false when there is none until the next frame. */
bool uh_ui_idle(uh_ui *ui);

/* Asks for a redraw (the window was exposed or lost its contents). */
void uh_ui_invalidate(uh_ui *ui);

/* Draws the current screen into the renderer (the caller presents). */
void uh_ui_draw(uh_ui *ui);

/* Tells the ui the surface its renderer draws into (a software renderer's
 * window surface; NULL: unknown), whose pixels stay between frames. A frame
 * that only scrolls the screen's region then moves the region's pixels and
 * draws only the strip that comes into view and the scroll bar. Call it
 * before each uh_ui_draw (the window surface changes with the size). */
void uh_ui_set_framebuffer(uh_ui *ui, SDL_Surface *fb);

/* What the last uh_ui_draw changed, when it drew only part of the window
 * over the pixels of the frame before (a scroll's moved region, the
 * widgets a focus or hover change restyled): sets *rects to that many
 * rectangles, valid until the next draw, and returns how many; 0 when the
 * whole window changed. The shell may show only those (with a software
 * renderer, SDL_UpdateWindowSurfaceRects). */
#define UH_UI_DAMAGE_MAX 8
int uh_ui_damage(const uh_ui *ui, const SDL_Rect **rects);

/* What kind of frame the last uh_ui_draw drew, for the frame log: "moved"
 * (a scroll moved pixels), "restyled" (only focus, hover or press),
 * "prepare" (a new screen laid out, some of its text made, its header
 * painted), "fade" (under its veil), "whole" (the screen again). */
const char *uh_ui_frame_kind(const uh_ui *ui);

/* Writes the current screen's name and state and every interactive
 * rectangle of the last frame ("item ID X Y W H", visible part only) to
 * path, replacing it atomically. For UI tests that click real widgets
 * (UNHOOKED_TRACE); returns 0 or -1. */
int uh_ui_write_trace(const uh_ui *ui, const char *path);

/* The shell calls this from a periodic timer event every
 * uh_ui_tick_ms milliseconds (0: no timer is needed in this mode). It
 * cycles the attract screen's facts and runs the kiosk's idle warning and
 * reset; it asks for a redraw only when something visible changed. */
void uh_ui_tick(uh_ui *ui);
unsigned uh_ui_tick_ms(const uh_ui *ui);

/* True once the administrator chose Exit (or, outside kiosk mode, the
 * program may close): the shell leaves its loop. */
bool uh_ui_wants_quit(const uh_ui *ui);

/* A short name of the current screen ("menu", "scene", "admin"...), for
 * the trace and the service status line. */
const char *uh_ui_screen_name(const uh_ui *ui);

/* Frees everything. Accepts NULL. */
void uh_ui_free(uh_ui *ui);

#endif
