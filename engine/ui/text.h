/* SPDX-License-Identifier: Apache-2.0 */
/* text.h — fonts and the rendered-text cache.
 *
 * Fonts are found once at start (the configured fonts folder, then the
 * Debian locations named in fonts/README.md) and opened lazily per pixel
 * size. Every piece of text the screens draw goes through uh_text_get,
 * which wraps it to a width, renders it once and keeps the texture keyed by
 * (face, size, colour, wrap width, string). Entries not used for a while
 * are dropped at uh_text_frame_end, so a resize or a new screen does not
 * grow the cache without bound. */
#ifndef UH_TEXT_H
#define UH_TEXT_H

#include <SDL.h>
#include <stdbool.h>

#include "../core/error.h"

typedef enum uh_face {
    UH_FACE_REGULAR,
    UH_FACE_BOLD,
    UH_FACE_ITALIC,
    UH_FACE_SERIF,
    UH_FACE_COUNT
} uh_face;

typedef struct uh_text uh_text;

/* A rendered block: the texture (owned by the cache; valid until the next
 * uh_text_frame_end that evicts it) and its size in pixels. */
typedef struct uh_text_block {
    SDL_Texture *tex;
    int w, h;
    int lines;
} uh_text_block;

/* Finds the font files (fonts_dir may be NULL) and prepares a cache for
 * renderer r. Returns NULL with err filled when no usable font is found.
 * The caller owns the result (uh_text_free). */
uh_text *uh_text_new(SDL_Renderer *r, const char *fonts_dir, uh_error *err);

/* The path of the file used for face (for messages and tests). */
const char *uh_text_font_path(const uh_text *t, uh_face face);

/* Renders (or finds in the cache) s in face at px pixels and colour c,
 * wrapped to wrap pixels (0: one line per '\n', no wrapping). Words longer
 * than the width are broken so nothing is ever cut off. Never returns NULL;
 * an empty string gives a block of width 0 and one line's height. */
const uh_text_block *uh_text_get(uh_text *t, uh_face face, int px, SDL_Color c, int wrap,
                                 const char *s);

/* The size uh_text_get would give (w, h, lines; tex stays NULL until the
 * block is drawn), without rendering it: for layouts that measure text
 * they may not draw (the attract screen sizes its card for the longest of
 * its facts). Kept in the same cache; a later uh_text_get with the same
 * parameters renders it then. Never returns NULL. */
const uh_text_block *uh_text_measure(uh_text *t, uh_face face, int px, SDL_Color c, int wrap,
                                     const char *s);

/* Draws the block for these parameters with its top-left at (x, y) and
 * returns its height. */
int uh_text_draw(uh_text *t, uh_face face, int px, SDL_Color c, int wrap, const char *s, int x,
                 int y);

/* s itself when it fits in maxw pixels on one line in face at px; else
 * the longest start of it (whole characters) followed by "…" that fits,
 * written to out (n bytes). For a name in a bar that has no room for two
 * lines. */
const char *uh_text_ellipsize(uh_text *t, uh_face face, int px, int maxw, const char *s, char *out,
                              size_t n);

/* Height of one line at px (the advance between wrapped lines). */
int uh_text_line_height(uh_text *t, uh_face face, int px);

/* Ends a frame: entries not used in the last few frames are freed. */
void uh_text_frame_end(uh_text *t);

/* Drops every cached entry whose text contains needle (nothing when
 * needle is NULL or empty): the kiosk forgets a trainee's name. */
void uh_text_forget(uh_text *t, const char *needle);

/* For tests: the string shown by tex when it is one of the cache's
 * textures (its pixel size in *px when px is not NULL), else NULL. */
const char *uh_text_of_texture(const uh_text *t, const SDL_Texture *tex, int *px);

/* Frees every texture and font. Accepts NULL. */
void uh_text_free(uh_text *t);

#endif
