/* SPDX-License-Identifier: Apache-2.0 */
/* draw.c — shapes from cached coverage textures, icons from shapes. */
#include "draw.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "../core/util.h"
#include "theme.h"

#define MAX_DISC 1024 /* largest cached disc radius */
#define GRAD_STEPS 256
/* The cache of coloured shapes: open addressing, emptied at once when it
 * holds more than 3/4 of NSHAPES entries or SHAPE_BYTES of pixels (a screen
 * uses a few dozen; the next frame makes again what it needs). */
#define NSHAPES 1024
#define SHAPE_BYTES ((size_t)6 << 20)
/* The veil is tiled from a coloured texture of this size. */
#define TILE_W 512
#define TILE_H 32

typedef enum shape_kind { SHAPE_DISC = 1, SHAPE_ARC, SHAPE_TILE } shape_kind;

typedef struct shape_key {
    int kind, rad, th, start, sweep; /* start and sweep in thousandths of a turn */
    Uint32 rgba;
} shape_key;

typedef struct shape {
    shape_key key;
    SDL_Texture *tex; /* NULL: a free slot */
} shape;

struct uh_draw {
    SDL_Renderer *r;
    SDL_Surface *fb;  /* the pixels r draws into, when known (uh_draw_set_target) */
    shape *shapes;
    size_t nshapes, bytes;
};

uh_draw *uh_draw_new(SDL_Renderer *r)
{
    uh_draw *d = uh_xcalloc(1, sizeof *d);
    d->r = r;
    d->shapes = uh_xcalloc(NSHAPES, sizeof *d->shapes);
    return d;
}

SDL_Renderer *uh_draw_renderer(const uh_draw *d) { return d->r; }

SDL_Rect uh_draw_clip_within(const uh_draw *d, SDL_Rect rc)
{
    SDL_Rect clip, out;
    if (!SDL_RenderIsClipEnabled(d->r))
        return rc;
    SDL_RenderGetClipRect(d->r, &clip);
    return SDL_IntersectRect(&rc, &clip, &out) ? out : (SDL_Rect){0, 0, 0, 0};
}

/* ---------------------------------------------------------------------
 * Coloured shapes. SDL's software renderer blends a texture of the same
 * format without colour or alpha modulation with its fast blitter; with
 * modulation it takes a generic one some ten times slower per pixel, and
 * a translucent SDL_RenderFillRect is slower still. So each shape is made
 * in its colour (alpha = coverage × the colour's alpha) and kept.
 * ------------------------------------------------------------------- */

static Uint32 rgba_of(SDL_Color c) { return (Uint32)c.r << 24 | (Uint32)c.g << 16 | (Uint32)c.b << 8 | c.a; }

static size_t key_hash(const shape_key *k)
{
    Uint32 h = 2166136261u;
    const int v[6] = {k->kind, k->rad, k->th, k->start, k->sweep, (int)k->rgba};
    for (int i = 0; i < 6; i++)
        h = (h ^ (Uint32)v[i]) * 16777619u;
    return h & (NSHAPES - 1);
}

static void drop_shapes(uh_draw *d)
{
    for (size_t i = 0; i < NSHAPES; i++)
        if (d->shapes[i].tex)
            SDL_DestroyTexture(d->shapes[i].tex);
    memset(d->shapes, 0, NSHAPES * sizeof *d->shapes);
    d->nshapes = d->bytes = 0;
}

/* The slot for k: the cached shape, or the free slot where it belongs. */
static shape *find_shape(uh_draw *d, const shape_key *k)
{
    for (size_t i = key_hash(k);; i = (i + 1) & (NSHAPES - 1)) {
        shape *s = &d->shapes[i];
        if (!s->tex || memcmp(&s->key, k, sizeof *k) == 0)
            return s;
    }
}

/* A w × h texture in colour c whose alpha is c.a × alpha[i]; with alpha
 * NULL, an opaque one (no alpha channel). */
static SDL_Texture *colour_texture(uh_draw *d, const shape_key *k, int w, int h, const float *alpha,
                                   SDL_Color c)
{
    if (d->nshapes >= NSHAPES * 3 / 4 || d->bytes > SHAPE_BYTES)
        drop_shapes(d);
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, alpha ? SDL_PIXELFORMAT_ARGB8888
                                                                       : SDL_PIXELFORMAT_RGB888);
    if (!s)
        return NULL;
    Uint32 rgb = (Uint32)c.r << 16 | (Uint32)c.g << 8 | c.b;
    for (int y = 0; y < h; y++) {
        Uint32 *row = (Uint32 *)((Uint8 *)s->pixels + (size_t)y * s->pitch);
        for (int x = 0; x < w; x++) {
            float a = alpha ? alpha[y * w + x] : 1.0f;
            row[x] = (Uint32)(a * c.a + 0.5f) << 24 | rgb;
        }
    }
    SDL_Texture *t = SDL_CreateTextureFromSurface(d->r, s);
    SDL_FreeSurface(s);
    if (!t)
        return NULL;
    SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
    shape *slot = find_shape(d, k);
    slot->key = *k;
    slot->tex = t;
    d->nshapes++;
    d->bytes += (size_t)w * h * 4;
    return t;
}

/* A disc of radius rad in colour c, in a 2rad × 2rad texture, edge
 * anti-aliased. */
static SDL_Texture *disc_texture(uh_draw *d, int rad, SDL_Color c)
{
    if (rad > MAX_DISC)
        rad = MAX_DISC;
    shape_key k = {SHAPE_DISC, rad, 0, 0, 0, rgba_of(c)};
    shape *s = find_shape(d, &k);
    if (s->tex)
        return s->tex;
    int n = 2 * rad;
    float *a = uh_xmalloc((size_t)n * n * sizeof *a);
    for (int y = 0; y < n; y++)
        for (int x = 0; x < n; x++) {
            float dx = x + 0.5f - rad, dy = y + 0.5f - rad;
            float cov = rad - sqrtf(dx * dx + dy * dy) + 0.5f;
            a[y * n + x] = cov < 0 ? 0 : cov > 1 ? 1 : cov;
        }
    SDL_Texture *t = colour_texture(d, &k, n, n, a, c);
    free(a);
    return t;
}

/* The four rounded corners of rc plus the bands between them along the
 * top and bottom edges; callers fill the middle as they need. */
/* The four quarters of disc texture t (radius rad) in the corners of rc. */
static void quarters(uh_draw *d, SDL_Texture *t, SDL_Rect rc, int rad)
{
    int x0 = rc.x, y0 = rc.y, x1 = rc.x + rc.w - rad, y1 = rc.y + rc.h - rad;
    SDL_RenderCopy(d->r, t, &(SDL_Rect){0, 0, rad, rad}, &(SDL_Rect){x0, y0, rad, rad});
    SDL_RenderCopy(d->r, t, &(SDL_Rect){rad, 0, rad, rad}, &(SDL_Rect){x1, y0, rad, rad});
    SDL_RenderCopy(d->r, t, &(SDL_Rect){0, rad, rad, rad}, &(SDL_Rect){x0, y1, rad, rad});
    SDL_RenderCopy(d->r, t, &(SDL_Rect){rad, rad, rad, rad}, &(SDL_Rect){x1, y1, rad, rad});
}

static void corners(uh_draw *d, SDL_Rect rc, int rad, SDL_Color c)
{
    quarters(d, disc_texture(d, rad, c), rc, rad);
    uh_draw_rect(d, (SDL_Rect){rc.x + rad, rc.y, rc.w - 2 * rad, rad}, c);
    uh_draw_rect(d, (SDL_Rect){rc.x + rad, rc.y + rc.h - rad, rc.w - 2 * rad, rad}, c);
}

void uh_draw_set_target(uh_draw *d, SDL_Surface *fb) { d->fb = fb; }

/* Whether a rectangle can be filled straight on the target's pixels: when
 * they are known, 4 bytes a pixel and the renderer's whole output. Clips
 * *rc to the renderer's clip (w 0: nothing shows) and runs what the
 * renderer has queued, so the fill comes after it. */
static bool fill_direct(uh_draw *d, SDL_Rect *rc)
{
    SDL_Surface *fb = d->fb;
    int ow = 0, oh = 0;
    if (!fb || fb->format->BytesPerPixel != 4 || SDL_MUSTLOCK(fb) ||
        SDL_GetRendererOutputSize(d->r, &ow, &oh) != 0 || ow != fb->w || oh != fb->h)
        return false;
    SDL_Rect all = {0, 0, fb->w, fb->h}, clip;
    if (SDL_RenderIsClipEnabled(d->r)) {
        SDL_RenderGetClipRect(d->r, &clip);
        if (!SDL_IntersectRect(&all, &clip, &all))
            all.w = 0;
    }
    if (all.w <= 0 || !SDL_IntersectRect(rc, &all, rc))
        rc->w = 0;
    if (rc->w > 0)
        SDL_RenderFlush(d->r);
    return true;
}

void uh_draw_rect(uh_draw *d, SDL_Rect rc, SDL_Color c)
{
    if (rc.w <= 0 || rc.h <= 0 || c.a == 0)
        return;
    /* On the window's own pixels: SDL fills with stores that bypass the
     * cache (so what is drawn over the fill reads it from memory) and
     * blends a translucent fill per pixel; a row of 32-bit stores, and
     * uh_draw_fade_pixels, are some times faster. */
    if (fill_direct(d, &rc)) {
        if (rc.w <= 0)
            return;
        Uint32 px = SDL_MapRGBA(d->fb->format, c.r, c.g, c.b, 255);
        if (c.a < 255) {
            uh_draw_fade_pixels(d->fb, rc, px, c.a);
            return;
        }
        for (int y = rc.y; y < rc.y + rc.h; y++) {
            Uint32 *row = (Uint32 *)((Uint8 *)d->fb->pixels + (size_t)y * (size_t)d->fb->pitch) + rc.x;
            for (int x = 0; x < rc.w; x++)
                row[x] = px;
        }
        return;
    }
    SDL_SetRenderDrawBlendMode(d->r, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(d->r, c.r, c.g, c.b, c.a);
    SDL_RenderFillRect(d->r, &rc);
}

void uh_draw_veil(uh_draw *d, SDL_Rect rc, SDL_Color c)
{
    if (rc.w <= 0 || rc.h <= 0 || c.a == 0)
        return;
    /* Tiles of an opaque texture in the colour, blended with the alpha as
     * the texture's alpha modulation: SDL blends a texture without
     * per-pixel alpha by a constant about four times faster than a
     * translucent SDL_RenderFillRect (1.4-2 ms for 1920x1080 instead of
     * 5-6), and modulating alpha alone keeps its fast blitter. Only where
     * they show. */
    SDL_Rect clip, vis;
    SDL_RenderGetClipRect(d->r, &clip);
    if (SDL_RectEmpty(&clip)) {
        clip.x = clip.y = 0;
        SDL_GetRendererOutputSize(d->r, &clip.w, &clip.h);
    }
    if (!SDL_IntersectRect(&rc, &clip, &vis))
        return;
    SDL_Color opaque = {c.r, c.g, c.b, 255};
    shape_key k = {SHAPE_TILE, 0, 0, 0, 0, rgba_of(opaque)};
    shape *s = find_shape(d, &k);
    SDL_Texture *t = s->tex ? s->tex : colour_texture(d, &k, TILE_W, TILE_H, NULL, opaque);
    if (!t)
        return;
    SDL_SetTextureAlphaMod(t, c.a);
    for (int y = vis.y; y < vis.y + vis.h; y += TILE_H)
        for (int x = vis.x; x < vis.x + vis.w; x += TILE_W) {
            int w = vis.x + vis.w - x, h = vis.y + vis.h - y;
            SDL_Rect part = {0, 0, w < TILE_W ? w : TILE_W, h < TILE_H ? h : TILE_H};
            SDL_RenderCopy(d->r, t, &part, &(SDL_Rect){x, y, part.w, part.h});
        }
}

void uh_draw_fade_pixels(SDL_Surface *s, SDL_Rect rc, Uint32 pixel, Uint8 a)
{
    /* In 1/256ths: a of 255 is all the pixel, 0 none of it. Per byte,
     * x × (256 − a') + p × a' + 128 stays within 16 bits. */
    unsigned a256 = a + (a >> 7), keep = 256 - a256;
    Uint8 p[4];
    memcpy(p, &pixel, 4);
    unsigned pa[4];
    for (int k = 0; k < 4; k++)
        pa[k] = p[k] * a256 + 128;
    for (int y = rc.y; y < rc.y + rc.h; y++) {
        Uint8 *row = (Uint8 *)s->pixels + (size_t)y * (size_t)s->pitch + (size_t)rc.x * 4;
        int i = 0;
#ifdef __SSE2__
        __m128i zero = _mm_setzero_si128(), k16 = _mm_set1_epi16((short)keep);
        __m128i add = _mm_setr_epi16((short)pa[0], (short)pa[1], (short)pa[2], (short)pa[3], (short)pa[0],
                                     (short)pa[1], (short)pa[2], (short)pa[3]);
        for (; i + 4 <= rc.w; i += 4) {
            __m128i x = _mm_loadu_si128((const __m128i *)(row + (size_t)i * 4));
            __m128i lo = _mm_unpacklo_epi8(x, zero), hi = _mm_unpackhi_epi8(x, zero);
            lo = _mm_srli_epi16(_mm_add_epi16(_mm_mullo_epi16(lo, k16), add), 8);
            hi = _mm_srli_epi16(_mm_add_epi16(_mm_mullo_epi16(hi, k16), add), 8);
            _mm_storeu_si128((__m128i *)(row + (size_t)i * 4), _mm_packus_epi16(lo, hi));
        }
#endif
        for (; i < rc.w; i++)
            for (int k = 0; k < 4; k++) {
                row[(size_t)i * 4 + k] = (Uint8)((row[(size_t)i * 4 + k] * keep + pa[k]) >> 8);
            }
    }
}

void uh_draw_round(uh_draw *d, SDL_Rect rc, int rad, SDL_Color c)
{
    if (rc.w <= 0 || rc.h <= 0)
        return;
    if (rad > rc.w / 2)
        rad = rc.w / 2;
    if (rad > rc.h / 2)
        rad = rc.h / 2;
    if (rad <= 0) {
        uh_draw_rect(d, rc, c);
        return;
    }
    corners(d, rc, rad, c);
    uh_draw_rect(d, (SDL_Rect){rc.x, rc.y + rad, rc.w, rc.h - 2 * rad}, c);
}

/* Like uh_draw_round, but of the middle only bands of width band along the
 * sides: for shapes whose inside is covered afterwards (shadows), so the
 * software renderer does not blend pixels nobody will see. */
static void round_rim(uh_draw *d, SDL_Rect rc, int rad, int band, SDL_Color c)
{
    if (rad > rc.w / 2)
        rad = rc.w / 2;
    if (rad > rc.h / 2)
        rad = rc.h / 2;
    if (rad <= 0 || 2 * band >= rc.w) {
        uh_draw_round(d, rc, rad, c);
        return;
    }
    corners(d, rc, rad, c);
    uh_draw_rect(d, (SDL_Rect){rc.x, rc.y + rad, band, rc.h - 2 * rad}, c);
    uh_draw_rect(d, (SDL_Rect){rc.x + rc.w - band, rc.y + rad, band, rc.h - 2 * rad}, c);
}

/* Fills r in c except where it meets the rectangles o[0..no): the pieces
 * left are disjoint, so each pixel is blended as often as before. */
static void fill_except(uh_draw *d, SDL_Rect r, SDL_Color c, const SDL_Rect *o, int no)
{
    if (r.w <= 0 || r.h <= 0)
        return;
    SDL_Rect cut;
    if (no == 0 || !SDL_IntersectRect(&r, &o[0], &cut)) {
        if (no <= 1)
            uh_draw_rect(d, r, c);
        else
            fill_except(d, r, c, o + 1, no - 1);
        return;
    }
    /* Above, below, left and right of the cut. */
    SDL_Rect part[4] = {
        {r.x, r.y, r.w, cut.y - r.y},
        {r.x, cut.y + cut.h, r.w, r.y + r.h - cut.y - cut.h},
        {r.x, cut.y, cut.x - r.x, cut.h},
        {cut.x + cut.w, cut.y, r.x + r.w - cut.x - cut.w, cut.h},
    };
    for (int i = 0; i < 4; i++)
        fill_except(d, part[i], c, o + 1, no - 1);
}

/* One layer of a card's shadow, as round_rim draws it, minus what the
 * opaque card drawn over it covers (o: its straight-edged middle, as two
 * rectangles): the same pixels on screen, without blending the bands under
 * the card (a translucent fill is the software renderer's slowest). */
static void shadow_rim(uh_draw *d, SDL_Rect rc, int rad, int band, SDL_Color c, const SDL_Rect *o)
{
    quarters(d, disc_texture(d, rad, c), rc, rad);
    fill_except(d, (SDL_Rect){rc.x + rad, rc.y, rc.w - 2 * rad, rad}, c, o, 2);
    fill_except(d, (SDL_Rect){rc.x + rad, rc.y + rc.h - rad, rc.w - 2 * rad, rad}, c, o, 2);
    fill_except(d, (SDL_Rect){rc.x, rc.y + rad, band, rc.h - 2 * rad}, c, o, 2);
    fill_except(d, (SDL_Rect){rc.x + rc.w - band, rc.y + rad, band, rc.h - 2 * rad}, c, o, 2);
}

void uh_draw_card(uh_draw *d, SDL_Rect rc, int rad, SDL_Color fill, SDL_Color border, int bw,
                  bool shadow)
{
    /* The card is opaque over the two rectangles of its straight edges
     * when its fill and border are, its corners are not clamped and its
     * border is no thicker than they are round: its shadow's bands need
     * not be drawn there. */
    bool covers = fill.a == 255 && rad > 0 && rad + 3 <= rc.w / 2 && rad + 3 <= rc.h / 2 &&
                  (bw <= 0 || (border.a == 255 && rad >= bw));
    if (shadow && covers) {
        SDL_Rect o[2] = {{rc.x, rc.y + rad, rc.w, rc.h - 2 * rad}, {rc.x + rad, rc.y, rc.w - 2 * rad, rc.h}};
        for (int i = 3; i >= 1; i--) {
            SDL_Rect s = {rc.x - i, rc.y - i + 2 * i, rc.w + 2 * i, rc.h + 2 * i};
            shadow_rim(d, s, rad + i, rad + 2 * i, uh_theme_alpha(UH_C_SHADOW, (Uint8)(10 + 4 * (3 - i))), o);
        }
    } else if (shadow) {
        /* Three widening, fading layers make a soft drop shadow; the card
         * covers their middle, so only their rims are drawn. */
        for (int i = 3; i >= 1; i--) {
            SDL_Rect s = {rc.x - i, rc.y - i + 2 * i, rc.w + 2 * i, rc.h + 2 * i};
            round_rim(d, s, rad + i, rad + 2 * i, uh_theme_alpha(UH_C_SHADOW, (Uint8)(10 + 4 * (3 - i))));
        }
    }
    if (bw > 0 && 2 * bw < rc.w && 2 * bw < rc.h) {
        /* The border as a ring (corners and four bands): filling the whole
         * card in the border colour first would cost a second fill of its
         * area, which the software renderer does with uncached stores. */
        if (rad > rc.w / 2)
            rad = rc.w / 2;
        if (rad > rc.h / 2)
            rad = rc.h / 2;
        int edge = rad > bw ? rad : bw;
        if (rad > 0)
            quarters(d, disc_texture(d, rad, border), rc, rad);
        if (rad < bw) {  /* square-ish corners: the bands take the corners too */
            uh_draw_rect(d, (SDL_Rect){rc.x, rc.y, bw, bw}, border);
            uh_draw_rect(d, (SDL_Rect){rc.x + rc.w - bw, rc.y, bw, bw}, border);
            uh_draw_rect(d, (SDL_Rect){rc.x, rc.y + rc.h - bw, bw, bw}, border);
            uh_draw_rect(d, (SDL_Rect){rc.x + rc.w - bw, rc.y + rc.h - bw, bw, bw}, border);
        }
        uh_draw_rect(d, (SDL_Rect){rc.x + edge, rc.y, rc.w - 2 * edge, bw}, border);
        uh_draw_rect(d, (SDL_Rect){rc.x + edge, rc.y + rc.h - bw, rc.w - 2 * edge, bw}, border);
        uh_draw_rect(d, (SDL_Rect){rc.x, rc.y + edge, bw, rc.h - 2 * edge}, border);
        uh_draw_rect(d, (SDL_Rect){rc.x + rc.w - bw, rc.y + edge, bw, rc.h - 2 * edge}, border);
        rc = (SDL_Rect){rc.x + bw, rc.y + bw, rc.w - 2 * bw, rc.h - 2 * bw};
        rad = rad > bw ? rad - bw : 0;
    } else if (bw > 0) {
        uh_draw_round(d, rc, rad, border);
        rc = (SDL_Rect){rc.x + bw, rc.y + bw, rc.w - 2 * bw, rc.h - 2 * bw};
        rad = rad > bw ? rad - bw : 0;
    }
    uh_draw_round(d, rc, rad, fill);
}

void uh_draw_ring_rect(uh_draw *d, SDL_Rect rc, int rad, int th, SDL_Color c)
{
    /* Four straight bands and four quarter arcs, so the inside stays untouched. */
    int R = rad + th;
    uh_draw_rect(d, (SDL_Rect){rc.x + rad, rc.y - th, rc.w - 2 * rad, th}, c);
    uh_draw_rect(d, (SDL_Rect){rc.x + rad, rc.y + rc.h, rc.w - 2 * rad, th}, c);
    uh_draw_rect(d, (SDL_Rect){rc.x - th, rc.y + rad, th, rc.h - 2 * rad}, c);
    uh_draw_rect(d, (SDL_Rect){rc.x + rc.w, rc.y + rad, th, rc.h - 2 * rad}, c);
    int cx0 = rc.x + rad, cy0 = rc.y + rad, cx1 = rc.x + rc.w - rad, cy1 = rc.y + rc.h - rad;
    uh_draw_arc_from(d, cx1, cy0, R, th, 0, 0.25, c);
    uh_draw_arc_from(d, cx1, cy1, R, th, 0.25, 0.25, c);
    uh_draw_arc_from(d, cx0, cy1, R, th, 0.5, 0.25, c);
    uh_draw_arc_from(d, cx0, cy0, R, th, 0.75, 0.25, c);
}

void uh_draw_disc(uh_draw *d, int cx, int cy, int rad, SDL_Color c)
{
    if (rad <= 0)
        return;
    if (rad > MAX_DISC)
        rad = MAX_DISC;
    SDL_Texture *t = disc_texture(d, rad, c);
    SDL_RenderCopy(d->r, t, NULL, &(SDL_Rect){cx - rad, cy - rad, 2 * rad, 2 * rad});
}

/* An arc texture in colour c: the ring between rad - th and rad, over
 * [start, start + sweep) of a turn measured clockwise from 12 o'clock. */
static SDL_Texture *arc_texture(uh_draw *d, int rad, int th, int start, int sweep, SDL_Color c)
{
    shape_key k = {SHAPE_ARC, rad, th, start, sweep, rgba_of(c)};
    shape *s = find_shape(d, &k);
    if (s->tex)
        return s->tex;
    int n = 2 * rad;
    float *al = uh_xmalloc((size_t)n * n * sizeof *al);
    for (int y = 0; y < n; y++)
        for (int x = 0; x < n; x++) {
            float dx = x + 0.5f - rad, dy = y + 0.5f - rad;
            float dist = sqrtf(dx * dx + dy * dy);
            float out = rad - dist + 0.5f, in = dist - (rad - th) + 0.5f;
            float cov = out < in ? out : in;
            cov = cov < 0 ? 0 : cov > 1 ? 1 : cov;
            if (cov > 0 && sweep < 1000) {
                double ang = atan2(dx, -dy) / (2 * M_PI);
                if (ang < 0)
                    ang += 1;
                double rel = ang * 1000 - start;
                while (rel < 0)
                    rel += 1000;
                if (rel >= sweep)
                    cov = 0;
            }
            al[y * n + x] = cov;
        }
    SDL_Texture *t = colour_texture(d, &k, n, n, al, c);
    free(al);
    return t;
}

void uh_draw_arc_from(uh_draw *d, int cx, int cy, int rad, int th, double start, double sweep,
                      SDL_Color c)
{
    if (rad <= 0 || th <= 0 || sweep <= 0)
        return;
    if (rad > MAX_DISC)
        rad = MAX_DISC;
    int st = (int)(start * 1000 + 0.5) % 1000, sw = (int)(sweep * 1000 + 0.5);
    if (sw > 1000)
        sw = 1000;
    SDL_Texture *t = arc_texture(d, rad, th, st, sw, c);
    SDL_RenderCopy(d->r, t, NULL, &(SDL_Rect){cx - rad, cy - rad, 2 * rad, 2 * rad});
}

void uh_draw_arc(uh_draw *d, int cx, int cy, int rad, int th, double fraction, SDL_Color c)
{
    uh_draw_arc_from(d, cx, cy, rad, th, 0, fraction, c);
}

void uh_draw_triangle(uh_draw *d, float x0, float y0, float x1, float y1, float x2, float y2,
                      SDL_Color c)
{
    SDL_Vertex v[3] = {
        {{x0, y0}, c, {0, 0}},
        {{x1, y1}, c, {0, 0}},
        {{x2, y2}, c, {0, 0}},
    };
    SDL_RenderGeometry(d->r, NULL, v, 3, NULL, 0);
}

void uh_draw_line(uh_draw *d, float x0, float y0, float x1, float y1, float th, SDL_Color c)
{
    float dx = x1 - x0, dy = y1 - y0, len = sqrtf(dx * dx + dy * dy);
    if (len > 0.01f) {
        float nx = -dy / len * th / 2, ny = dx / len * th / 2;
        uh_draw_triangle(d, x0 + nx, y0 + ny, x1 + nx, y1 + ny, x1 - nx, y1 - ny, c);
        uh_draw_triangle(d, x0 + nx, y0 + ny, x1 - nx, y1 - ny, x0 - nx, y0 - ny, c);
    }
    int r = (int)(th / 2 + 0.5f);
    uh_draw_disc(d, (int)(x0 + 0.5f), (int)(y0 + 0.5f), r, c);
    uh_draw_disc(d, (int)(x1 + 0.5f), (int)(y1 + 0.5f), r, c);
}

void uh_draw_gradient(uh_draw *d, SDL_Rect rc, SDL_Color top, SDL_Color bottom)
{
    /* Bands of GRAD_STEPS colours, as a 1-pixel ramp stretched over rc
     * would show; opaque fills of whole rows cost the software renderer a
     * quarter of the stretch and no texture. Only the rows that show are
     * filled. */
    if (rc.w <= 0 || rc.h <= 0)
        return;
    SDL_Rect clip;
    SDL_RenderGetClipRect(d->r, &clip);
    if (SDL_RectEmpty(&clip)) {
        clip.x = clip.y = 0;
        SDL_GetRendererOutputSize(d->r, &clip.w, &clip.h);
    }
    int y0 = rc.y > clip.y ? rc.y : clip.y;
    int y1 = rc.y + rc.h < clip.y + clip.h ? rc.y + rc.h : clip.y + clip.h;
    for (int y = y0; y < y1;) {
        int step = (int)((long long)(y - rc.y) * GRAD_STEPS / rc.h);
        /* the rows of this step: those that map to it */
        int end = rc.y + (int)(((long long)(step + 1) * rc.h + GRAD_STEPS - 1) / GRAD_STEPS);
        if (end > y1)
            end = y1;
        if (end <= y)
            end = y + 1;
        float f = step / (float)(GRAD_STEPS - 1);
        SDL_Color c = {(Uint8)(top.r + (bottom.r - top.r) * f + 0.5f), (Uint8)(top.g + (bottom.g - top.g) * f + 0.5f),
                       (Uint8)(top.b + (bottom.b - top.b) * f + 0.5f), (Uint8)(top.a + (bottom.a - top.a) * f + 0.5f)};
        uh_draw_rect(d, (SDL_Rect){rc.x, y, rc.w, end - y}, c);
        y = end;
    }
}

/* ---------------------------------------------------------------------
 * Icons, designed in a unit square
 * ------------------------------------------------------------------- */

typedef struct box {
    uh_draw *d;
    float x, y, s;
    SDL_Color c, bg;
} box;

#define X(u) (b->x + (u) * b->s)
#define Y(v) (b->y + (v) * b->s)
#define S(u) ((u) * b->s)

static void line_u(box *b, float x0, float y0, float x1, float y1, float th, SDL_Color c)
{
    uh_draw_line(b->d, X(x0), Y(y0), X(x1), Y(y1), S(th), c);
}

static void round_u(box *b, float x0, float y0, float x1, float y1, float rad, SDL_Color c)
{
    SDL_Rect rc = {(int)(X(x0) + 0.5f), (int)(Y(y0) + 0.5f), (int)(S(x1 - x0) + 0.5f),
                   (int)(S(y1 - y0) + 0.5f)};
    uh_draw_round(b->d, rc, (int)(S(rad) + 0.5f), c);
}

static void disc_u(box *b, float cx, float cy, float rad, SDL_Color c)
{
    uh_draw_disc(b->d, (int)(X(cx) + 0.5f), (int)(Y(cy) + 0.5f), (int)(S(rad) + 0.5f), c);
}

static void poly_u(box *b, const float *pts, int n, float cx, float cy, SDL_Color c)
{
    for (int i = 0; i < n; i++) {
        int j = (i + 1) % n;
        uh_draw_triangle(b->d, X(cx), Y(cy), X(pts[2 * i]), Y(pts[2 * i + 1]), X(pts[2 * j]),
                         Y(pts[2 * j + 1]), c);
    }
}

static void person_u(box *b, float cx, float top, float sc, SDL_Color c)
{
    disc_u(b, cx, top + 0.2f * sc, 0.17f * sc, c);
    round_u(b, cx - 0.3f * sc, top + 0.44f * sc, cx + 0.3f * sc, top + 0.8f * sc, 0.18f * sc, c);
}

void uh_draw_icon(uh_draw *d, uh_icon icon, int x, int y, int size, SDL_Color c, SDL_Color bg)
{
    box bb = {d, (float)x, (float)y, (float)size, c, bg}, *b = &bb;
    switch (icon) {
    case UH_ICON_PHONE:
        line_u(b, 0.30f, 0.18f, 0.20f, 0.42f, 0.15f, c);
        line_u(b, 0.20f, 0.42f, 0.58f, 0.80f, 0.15f, c);
        line_u(b, 0.58f, 0.80f, 0.82f, 0.70f, 0.15f, c);
        disc_u(b, 0.30f, 0.20f, 0.12f, c);
        disc_u(b, 0.80f, 0.70f, 0.12f, c);
        break;
    case UH_ICON_ENVELOPE:
        round_u(b, 0.08f, 0.2f, 0.92f, 0.8f, 0.08f, c);
        line_u(b, 0.16f, 0.30f, 0.50f, 0.55f, 0.07f, bg);
        line_u(b, 0.50f, 0.55f, 0.84f, 0.30f, 0.07f, bg);
        break;
    case UH_ICON_FLAG:
        round_u(b, 0.18f, 0.08f, 0.27f, 0.94f, 0.04f, c);
        round_u(b, 0.25f, 0.12f, 0.84f, 0.56f, 0.04f, c);
        uh_draw_triangle(d, X(0.85f), Y(0.11f), X(0.85f), Y(0.57f), X(0.66f), Y(0.34f), bg);
        break;
    case UH_ICON_SHIELD: {
        static const float p[] = {0.5f, 0.06f, 0.86f, 0.2f, 0.84f, 0.52f, 0.5f, 0.95f,
                                  0.16f, 0.52f, 0.14f, 0.2f};
        poly_u(b, p, 6, 0.5f, 0.45f, c);
        line_u(b, 0.33f, 0.48f, 0.46f, 0.62f, 0.09f, bg);
        line_u(b, 0.46f, 0.62f, 0.69f, 0.36f, 0.09f, bg);
        break;
    }
    case UH_ICON_CHAT:
        round_u(b, 0.08f, 0.14f, 0.92f, 0.7f, 0.16f, c);
        uh_draw_triangle(d, X(0.22f), Y(0.66f), X(0.44f), Y(0.66f), X(0.2f), Y(0.9f), c);
        disc_u(b, 0.32f, 0.42f, 0.055f, bg);
        disc_u(b, 0.50f, 0.42f, 0.055f, bg);
        disc_u(b, 0.68f, 0.42f, 0.055f, bg);
        break;
    case UH_ICON_PERSON:
        person_u(b, 0.5f, 0.06f, 1.1f, c);
        break;
    case UH_ICON_PEOPLE:
        person_u(b, 0.32f, 0.16f, 0.8f, c);
        person_u(b, 0.68f, 0.16f, 0.8f, c);
        break;
    case UH_ICON_CLOCK:
        disc_u(b, 0.5f, 0.5f, 0.42f, c);
        disc_u(b, 0.5f, 0.5f, 0.32f, bg);
        line_u(b, 0.5f, 0.5f, 0.5f, 0.3f, 0.08f, c);
        line_u(b, 0.5f, 0.5f, 0.64f, 0.58f, 0.08f, c);
        break;
    case UH_ICON_CHECK:
        line_u(b, 0.18f, 0.52f, 0.40f, 0.74f, 0.13f, c);
        line_u(b, 0.40f, 0.74f, 0.82f, 0.28f, 0.13f, c);
        break;
    case UH_ICON_CROSS:
        line_u(b, 0.25f, 0.25f, 0.75f, 0.75f, 0.12f, c);
        line_u(b, 0.75f, 0.25f, 0.25f, 0.75f, 0.12f, c);
        break;
    case UH_ICON_KEYBOARD:
        round_u(b, 0.04f, 0.22f, 0.96f, 0.78f, 0.08f, c);
        for (int row = 0; row < 2; row++)
            for (int k = 0; k < 5; k++)
                round_u(b, 0.13f + k * 0.16f, 0.31f + row * 0.15f, 0.22f + k * 0.16f,
                        0.39f + row * 0.15f, 0.02f, bg);
        round_u(b, 0.28f, 0.61f, 0.72f, 0.68f, 0.02f, bg);
        break;
    case UH_ICON_ARROW_LEFT:
        line_u(b, 0.2f, 0.5f, 0.82f, 0.5f, 0.11f, c);
        line_u(b, 0.2f, 0.5f, 0.45f, 0.25f, 0.11f, c);
        line_u(b, 0.2f, 0.5f, 0.45f, 0.75f, 0.11f, c);
        break;
    case UH_ICON_ARROW_RIGHT:
        line_u(b, 0.18f, 0.5f, 0.8f, 0.5f, 0.11f, c);
        line_u(b, 0.8f, 0.5f, 0.55f, 0.25f, 0.11f, c);
        line_u(b, 0.8f, 0.5f, 0.55f, 0.75f, 0.11f, c);
        break;
    case UH_ICON_BOOK:
        round_u(b, 0.06f, 0.18f, 0.48f, 0.84f, 0.05f, c);
        round_u(b, 0.52f, 0.18f, 0.94f, 0.84f, 0.05f, c);
        for (int i = 0; i < 3; i++) {
            line_u(b, 0.14f, 0.34f + i * 0.14f, 0.40f, 0.34f + i * 0.14f, 0.04f, bg);
            line_u(b, 0.60f, 0.34f + i * 0.14f, 0.86f, 0.34f + i * 0.14f, 0.04f, bg);
        }
        break;
    case UH_ICON_NETWORK:
        line_u(b, 0.5f, 0.24f, 0.22f, 0.74f, 0.07f, c);
        line_u(b, 0.5f, 0.24f, 0.78f, 0.74f, 0.07f, c);
        line_u(b, 0.22f, 0.74f, 0.78f, 0.74f, 0.07f, c);
        disc_u(b, 0.5f, 0.24f, 0.15f, c);
        disc_u(b, 0.22f, 0.74f, 0.15f, c);
        disc_u(b, 0.78f, 0.74f, 0.15f, c);
        break;
    case UH_ICON_STAR: {
        float p[20];
        for (int i = 0; i < 10; i++) {
            double a = -M_PI / 2 + i * M_PI / 5, rr = i % 2 ? 0.2 : 0.46;
            p[2 * i] = (float)(0.5 + rr * cos(a));
            p[2 * i + 1] = (float)(0.53 + rr * sin(a));
        }
        poly_u(b, p, 10, 0.5f, 0.53f, c);
        break;
    }
    case UH_ICON_HOOK:
        disc_u(b, 0.62f, 0.12f, 0.08f, c);
        disc_u(b, 0.62f, 0.12f, 0.035f, bg);
        line_u(b, 0.62f, 0.2f, 0.62f, 0.62f, 0.09f, c);
        uh_draw_arc_from(d, (int)X(0.42f), (int)Y(0.62f), (int)S(0.245f), (int)S(0.09f) + 1,
                         0.25, 0.55, c);
        uh_draw_triangle(d, X(0.16f), Y(0.66f), X(0.30f), Y(0.50f), X(0.25f), Y(0.72f), c);
        break;
    case UH_ICON_SAVE:
        line_u(b, 0.5f, 0.12f, 0.5f, 0.6f, 0.1f, c);
        line_u(b, 0.5f, 0.62f, 0.3f, 0.42f, 0.1f, c);
        line_u(b, 0.5f, 0.62f, 0.7f, 0.42f, 0.1f, c);
        line_u(b, 0.14f, 0.66f, 0.14f, 0.86f, 0.1f, c);
        line_u(b, 0.14f, 0.86f, 0.86f, 0.86f, 0.1f, c);
        line_u(b, 0.86f, 0.86f, 0.86f, 0.66f, 0.1f, c);
        break;
    case UH_ICON_SPEAKER: {
        round_u(b, 0.10f, 0.36f, 0.30f, 0.64f, 0.03f, c);
        static const float cone[] = {0.26f, 0.36f, 0.52f, 0.14f, 0.52f, 0.86f, 0.26f, 0.64f};
        poly_u(b, cone, 4, 0.40f, 0.5f, c);
        uh_draw_arc_from(d, (int)(X(0.52f) + 0.5f), (int)(Y(0.5f) + 0.5f), (int)(S(0.20f) + 0.5f),
                         (int)(S(0.08f) + 1), 0.08, 0.34, c);
        uh_draw_arc_from(d, (int)(X(0.52f) + 0.5f), (int)(Y(0.5f) + 0.5f), (int)(S(0.38f) + 0.5f),
                         (int)(S(0.08f) + 1), 0.08, 0.34, c);
        break;
    }
    case UH_ICON_STOP:
        round_u(b, 0.2f, 0.2f, 0.8f, 0.8f, 0.08f, c);
        break;
    case UH_ICON_CONTRAST:
        disc_u(b, 0.5f, 0.5f, 0.42f, c);
        disc_u(b, 0.5f, 0.5f, 0.32f, bg);
        uh_draw_arc_from(d, (int)(X(0.5f) + 0.5f), (int)(Y(0.5f) + 0.5f), (int)(S(0.32f) + 0.5f),
                         (int)(S(0.32f) + 0.5f), 0.0, 0.5, c);
        break;
    case UH_ICON_MOTION:
        line_u(b, 0.12f, 0.28f, 0.70f, 0.28f, 0.10f, c);
        line_u(b, 0.30f, 0.50f, 0.88f, 0.50f, 0.10f, c);
        line_u(b, 0.12f, 0.72f, 0.70f, 0.72f, 0.10f, c);
        break;
    case UH_ICON_COUNT:
        break;
    }
}

void uh_draw_free(uh_draw *d)
{
    if (!d)
        return;
    drop_shapes(d);
    free(d->shapes);
    free(d);
}
