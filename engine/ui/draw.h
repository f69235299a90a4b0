/* SPDX-License-Identifier: Apache-2.0 */
/* draw.h — anti-aliased shapes and code-drawn icons on an SDL renderer.
 *
 * SDL's software renderer has no anti-aliasing, so round things are made
 * from small coverage textures (a disc per radius and colour, an arc per
 * radius/thickness/fraction and colour) cached here, without colour
 * modulation, which would send the renderer down a much slower path. Icons are built from those, rectangles and triangles
 * (SDL_RenderGeometry): no image files are shipped. */
#ifndef UH_DRAW_H
#define UH_DRAW_H

#include <SDL.h>
#include <stdbool.h>

typedef struct uh_draw uh_draw;

typedef enum uh_icon {
    UH_ICON_PHONE,
    UH_ICON_ENVELOPE,
    UH_ICON_FLAG,
    UH_ICON_SHIELD,
    UH_ICON_CHAT,
    UH_ICON_PERSON,
    UH_ICON_PEOPLE,
    UH_ICON_CLOCK,
    UH_ICON_CHECK,
    UH_ICON_CROSS,
    UH_ICON_KEYBOARD,
    UH_ICON_ARROW_LEFT,
    UH_ICON_ARROW_RIGHT,
    UH_ICON_BOOK,
    UH_ICON_NETWORK,
    UH_ICON_STAR,
    UH_ICON_HOOK,
    UH_ICON_SAVE,
    UH_ICON_SPEAKER,   /* read aloud */
    UH_ICON_STOP,      /* stop reading */
    UH_ICON_CONTRAST,  /* a half-filled disc: high contrast */
    UH_ICON_MOTION,    /* three speed lines: motion */
    UH_ICON_COUNT
} uh_icon;

/* Creates the shape cache for renderer r. Caller owns it (uh_draw_free). */
uh_draw *uh_draw_new(SDL_Renderer *r);
SDL_Renderer *uh_draw_renderer(const uh_draw *d);
/* The pixels d's renderer draws into (a software renderer's window
 * surface), or NULL when unknown: with them, rectangles are filled on
 * the pixels themselves (faster than SDL). Borrowed; set before each
 * frame, for the window's surface changes with its size. */
void uh_draw_set_target(uh_draw *d, SDL_Surface *fb);

void uh_draw_rect(uh_draw *d, SDL_Rect rc, SDL_Color c);  /* filled, square corners */
/* The same for a large translucent rectangle drawn often (the fade veil):
 * faster, its blending rounded a little differently. */
void uh_draw_veil(uh_draw *d, SDL_Rect rc, SDL_Color c);
/* The same straight on the pixels of surface s (4 bytes a pixel, not
 * locked, rc within it): each byte of rc becomes (byte × (255 − a) +
 * that byte of pixel × a) / 255, pixel a value of s's format. Some ten
 * times faster than SDL's blend; the caller flushes the renderer first. */
void uh_draw_fade_pixels(SDL_Surface *s, SDL_Rect rc, Uint32 pixel, Uint8 a);
/* Filled rectangle with corners of radius rad (clamped to half the side). */
void uh_draw_round(uh_draw *d, SDL_Rect rc, int rad, SDL_Color c);
/* A rounded card: a soft shadow, a border of width bw in border colour (bw 0
 * for none) and the fill. */
void uh_draw_card(uh_draw *d, SDL_Rect rc, int rad, SDL_Color fill, SDL_Color border, int bw,
                  bool shadow);
/* Rounded outline of thickness th around rc (drawn outside it), e.g. the
 * focus ring; inner is the colour underneath (the ring is drawn as two
 * rounded fills). */
void uh_draw_ring_rect(uh_draw *d, SDL_Rect rc, int rad, int th, SDL_Color c);
void uh_draw_disc(uh_draw *d, int cx, int cy, int rad, SDL_Color c);
/* An arc of a ring centred at (cx, cy), from 12 o'clock clockwise over
 * fraction (0..1) of the turn. */
void uh_draw_arc(uh_draw *d, int cx, int cy, int rad, int th, double fraction, SDL_Color c);
/* The same from start (a fraction of the turn, clockwise from 12 o'clock)
 * over sweep. */
void uh_draw_arc_from(uh_draw *d, int cx, int cy, int rad, int th, double start, double sweep,
                      SDL_Color c);
/* A straight line of thickness th with round ends. */
void uh_draw_line(uh_draw *d, float x0, float y0, float x1, float y1, float th, SDL_Color c);
void uh_draw_triangle(uh_draw *d, float x0, float y0, float x1, float y1, float x2, float y2,
                      SDL_Color c);
/* A vertical gradient from top colour to bottom colour. */
void uh_draw_gradient(uh_draw *d, SDL_Rect rc, SDL_Color top, SDL_Color bottom);
/* An icon fitted into a size×size square at (x, y). bg is the colour
 * behind it (used to cut shapes out). */
void uh_draw_icon(uh_draw *d, uh_icon icon, int x, int y, int size, SDL_Color c, SDL_Color bg);

/* Frees the cached textures. Accepts NULL. */
/* rc within the renderer's clip rectangle when one is set: the rectangle
 * to clip a part of the drawing to (empty, not unclipped, when they do not
 * meet: SDL takes a rectangle of negative size for no clipping at all). */
SDL_Rect uh_draw_clip_within(const uh_draw *d, SDL_Rect rc);

void uh_draw_free(uh_draw *d);

#endif
