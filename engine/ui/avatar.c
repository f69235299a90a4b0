/* SPDX-License-Identifier: Apache-2.0 */
/* avatar.c — initials and a silhouette on a colour from the name's hash. */
#include "avatar.h"

#include <ctype.h>
#include <string.h>

#include "theme.h"

uint32_t uh_avatar_hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; s && *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

/* Muted, distinct colours that keep white initials readable. */
static const SDL_Color palette[] = {
    {0x3B, 0x6E, 0xA8, 255}, {0x8E, 0x4B, 0x9C, 255}, {0x2E, 0x8B, 0x7A, 255},
    {0xB5, 0x5A, 0x3C, 255}, {0x5B, 0x6A, 0xC9, 255}, {0xA8, 0x3F, 0x6B, 255},
    {0x4C, 0x7D, 0x3A, 255}, {0x9A, 0x6B, 0x1F, 255}, {0x36, 0x5F, 0x7A, 255},
    {0x7A, 0x4E, 0x3B, 255},
};

SDL_Color uh_avatar_colour(const char *name)
{
    return palette[uh_avatar_hash(name) % (sizeof palette / sizeof *palette)];
}

/* Up to two initials: the first letters of the first and last words that
 * start with a letter (UTF-8 lead bytes are copied whole). */
static void initials(const char *name, char out[16])
{
    const char *first = NULL, *last = NULL;
    for (const char *p = name; *p; p++)
        if ((p == name || p[-1] == ' ') && (isalpha((unsigned char)*p) || (unsigned char)*p >= 0xC0)) {
            if (!first)
                first = p;
            last = p;
        }
    size_t n = 0;
    const char *which[2] = {first, last != first ? last : NULL};
    for (int i = 0; i < 2; i++) {
        const char *p = which[i];
        if (!p)
            continue;
        size_t len = (unsigned char)*p < 0x80 ? 1 : (unsigned char)*p < 0xE0 ? 2 : (unsigned char)*p < 0xF0 ? 3 : 4;
        if (len == 1)
            out[n++] = (char)toupper((unsigned char)*p);
        else {
            memcpy(out + n, p, len);
            n += len;
        }
    }
    out[n] = 0;
}

void uh_avatar_draw(uh_draw *d, uh_text *t, const char *name, int cx, int cy, int rad)
{
    if (!name || !*name || strncmp(name, "Unknown", 7) == 0) {
        /* Nobody we can name: a grey silhouette. */
        uh_draw_disc(d, cx, cy, rad, UH_C_AVATAR_ANON);
        SDL_Color fg = UH_C_AVATAR_ANON_FG;
        uh_draw_disc(d, cx, cy - rad / 5, rad * 2 / 5, fg);
        SDL_Rect body = {cx - rad * 3 / 5, cy + rad / 4, rad * 6 / 5, rad};
        SDL_Rect old;
        SDL_bool had = SDL_RenderIsClipEnabled(uh_draw_renderer(d));
        SDL_RenderGetClipRect(uh_draw_renderer(d), &old);
        SDL_Rect clip = uh_draw_clip_within(d, (SDL_Rect){cx - rad, cy - rad, 2 * rad, rad + rad * 4 / 5});
        SDL_RenderSetClipRect(uh_draw_renderer(d), &clip);
        uh_draw_round(d, body, rad / 2, fg);
        SDL_RenderSetClipRect(uh_draw_renderer(d), had ? &old : NULL);
        return;
    }
    SDL_Color c = uh_avatar_colour(name);
    uint32_t h = uh_avatar_hash(name);
    uh_draw_disc(d, cx, cy, rad, c);
    /* A lighter arc, placed by the hash, so namesakes with equal initials differ. */
    SDL_Color light = {(Uint8)(c.r + (255 - c.r) / 5), (Uint8)(c.g + (255 - c.g) / 5),
                       (Uint8)(c.b + (255 - c.b) / 5), 255};
    uh_draw_arc_from(d, cx, cy, rad * 9 / 10, rad / 7 + 1, (h >> 12) % 100 / 100.0, 0.3, light);
    char ini[16];
    initials(name, ini);
    int px = rad * 4 / 5;
    const uh_text_block *b = uh_text_get(t, UH_FACE_BOLD, px, UH_C_WHITE, 0, ini);
    if (b->tex)
        SDL_RenderCopy(uh_draw_renderer(d), b->tex, NULL,
                       &(SDL_Rect){cx - b->w / 2, cy - b->h / 2, b->w, b->h});
}
