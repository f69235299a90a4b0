/* SPDX-License-Identifier: Apache-2.0 */
/* text.h — fonts and the rendered-text cache.
 *
 * Fonts are found once at start (the configured fonts folder, then the
 * Debian locations named in fonts/README.md) and opened lazily per pixel
 * size. Every piece of text the screens draw goes through uh_text_get,
 * which wraps it to a width, renders it once and keeps the texture keyed by
 * (face, size, colour, wrap width, string). The textures stay across
 * frames and visits to a screen, so a screen drawn again rasterises no
 * text; past a memory limit the least recently used are dropped at
 * uh_text_frame_end, so a resize or many screens do not grow the cache
 * without bound. */
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
 * an empty string gives a block of width 0 and one line's height. Its size
 * is always known; its texture is NULL when it has none, or, while a
 * budget is set (uh_text_budget), when the frame's time for rasterising
 * is spent: it is then made by a later call. */
const uh_text_block *uh_text_get(uh_text *t, uh_face face, int px, SDL_Color c, int wrap,
                                 const char *s);

/* The same block, for its size only: it is measured but not rasterised
 * (until uh_text_get or uh_text_draw needs its texture). For layout that
 * measures text before drawing it. */
const uh_text_block *uh_text_size(uh_text *t, uh_face face, int px, SDL_Color c, int wrap,
                                  const char *s);

/* Draws the block for these parameters with its top-left at (x, y) and
 * returns its height. Text that would not show (outside the renderer's
 * clip rectangle, or the window) is measured but not rasterised. */
int uh_text_draw(uh_text *t, uh_face face, int px, SDL_Color c, int wrap, const char *s, int x,
                 int y);

/* The rectangle text is laid out for (NULL, the default: the renderer's
 * clip, or the window): uh_text_draw rasterises text that meets it and draws it
 * through the renderer's clip, which may be smaller. A frame that
 * prepares a screen before it shows (ui.c) lays out the whole screen but
 * paints only its header. */
void uh_text_set_view(uh_text *t, const SDL_Rect *view);

/* s itself when it fits in maxw pixels on one line in face at px; else
 * the longest start of it (whole characters) followed by "…" that fits,
 * written to out (n bytes). For a name in a bar that has no room for two
 * lines. */
const char *uh_text_ellipsize(uh_text *t, uh_face face, int px, int maxw, const char *s, char *out,
                              size_t n);

/* Height of one line at px (the advance between wrapped lines). */
int uh_text_line_height(uh_text *t, uh_face face, int px);

/* Limits the time the rest of this frame spends rasterising new text to
 * ms milliseconds (< 0: no limit, which uh_text_frame_end restores);
 * returns the limit it replaces. Text met past the limit is measured (the
 * layout is the same) but left without a texture, and counted by
 * uh_text_deferred. For the frames of a fade, whose veil hides most of
 * the text anyway: a new screen's text is spread over them. */
double uh_text_budget(uh_text *t, double ms);
/* While on, text met after the frame's budget is spent is not even
 * measured: its block gets a provisional size (one line, no width) and
 * counts in uh_text_deferred, and a later frame measures it. For frames
 * that lay a screen out but show none of it (ui.c's prepared frames);
 * off, the default, every block is measured when met. */
void uh_text_defer_measuring(uh_text *t, bool on);
unsigned uh_text_deferred(const uh_text *t);

/* Ends a frame: when the cache is over its limit, the entries used least
 * recently (never one of this frame) are freed. */
void uh_text_frame_end(uh_text *t);

/* Frees every cached entry (the kiosk forgets a trainee: their name, and
 * whatever they typed on the way, may sit in rendered text). */
void uh_text_clear(uh_text *t);

/* The number of blocks rasterised since t was made, and the bytes of
 * texture the cache holds: for tests and the frame log. */
unsigned long uh_text_rendered(const uh_text *t);
size_t uh_text_cache_bytes(const uh_text *t);

/* Drops every cached entry whose text contains needle (nothing when
 * needle is NULL or empty). */
void uh_text_forget(uh_text *t, const char *needle);

/* For tests: the string shown by tex when it is one of the cache's
 * textures (its pixel size in *px when px is not NULL), else NULL. */
const char *uh_text_of_texture(const uh_text *t, const SDL_Texture *tex, int *px);

/* Frees every texture and font. Accepts NULL. */
void uh_text_free(uh_text *t);

#endif
