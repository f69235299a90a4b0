/* SPDX-License-Identifier: Apache-2.0 */
/* certificate.c — draw the certificate off screen and save it with libpng. */
#include "../core/i18n.h"
#include "certificate.h"

#include <SDL.h>
#include <png.h>
#include <stdio.h>
#include <stdlib.h>

#include "../core/util.h"
#include "draw.h"
#include "text.h"
#include "theme.h"

#define CERT_W 1600
#define CERT_H 1130

int uh_cert_write_png(const char *path, const void *pixels, int w, int h, int pitch, uh_error *err)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return uh_error_set(err, path, 0, _("cannot write the certificate: %s"), SDL_GetError());
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    unsigned char *row = uh_xmalloc((size_t)w * 3);
    int rc = -1;
    if (!png || !info || setjmp(png_jmpbuf(png))) {
        uh_error_set(err, path, 0, _("cannot encode the certificate as PNG"));
        goto done;
    }
    png_init_io(png, f);
    png_set_IHDR(png, info, (png_uint_32)w, (png_uint_32)h, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    for (int y = 0; y < h; y++) {
        const Uint32 *src = (const Uint32 *)((const unsigned char *)pixels + (size_t)y * pitch);
        for (int x = 0; x < w; x++) {
            row[3 * x] = (unsigned char)(src[x] >> 16);
            row[3 * x + 1] = (unsigned char)(src[x] >> 8);
            row[3 * x + 2] = (unsigned char)src[x];
        }
        png_write_row(png, row);
    }
    png_write_end(png, NULL);
    rc = 0;
done:
    png_destroy_write_struct(&png, &info);
    free(row);
    if (fclose(f) != 0 && rc == 0)
        rc = uh_error_set(err, path, 0, _("cannot finish writing the certificate"));
    return rc;
}

static int centred(SDL_Renderer *r, uh_text *t, uh_face face, int px, SDL_Color c, int wrap, const char *s, int y)
{
    const uh_text_block *b = uh_text_get(t, face, px, c, wrap, s);
    if (b->tex)
        SDL_RenderCopy(r, b->tex, NULL, &(SDL_Rect){(CERT_W - b->w) / 2, y, b->w, b->h});
    return b->h;
}

static void draw_cert(SDL_Renderer *r, uh_draw *d, uh_text *t, const uh_cert *c)
{
    SDL_Color navy = UH_C_HEADER, gold = UH_C_CERT_GOLD, cream = UH_C_CERT_PAPER;
    uh_draw_rect(d, (SDL_Rect){0, 0, CERT_W, CERT_H}, cream);
    uh_draw_rect(d, (SDL_Rect){30, 30, CERT_W - 60, CERT_H - 60}, navy);
    uh_draw_rect(d, (SDL_Rect){42, 42, CERT_W - 84, CERT_H - 84}, cream);
    uh_draw_rect(d, (SDL_Rect){56, 56, CERT_W - 112, CERT_H - 112}, gold);
    uh_draw_rect(d, (SDL_Rect){59, 59, CERT_W - 118, CERT_H - 118}, cream);
    int y = 110;
    uh_draw_disc(d, CERT_W / 2, y + 45, 45, UH_C_ACCENT);
    uh_draw_icon(d, UH_ICON_HOOK, CERT_W / 2 - 30, y + 15, 60, UH_C_WHITE, UH_C_ACCENT);
    y += 110;
    y += centred(r, t, UH_FACE_BOLD, 26, UH_C_ACCENT, 0, _("UNHOOKED \xC2\xB7 COUNTERINTELLIGENCE AWARENESS"), y);
    y += 20;
    y += centred(r, t, UH_FACE_SERIF, 64, navy, 0, _("Certificate of Training"), y);
    y += 30;
    y += centred(r, t, UH_FACE_REGULAR, 26, UH_C_MUTED, 0, _("This certifies that"), y);
    y += 14;
    y += centred(r, t, UH_FACE_BOLD, 58, UH_C_TEXT, CERT_W - 300, c->trainee, y);
    uh_draw_rect(d, (SDL_Rect){CERT_W / 2 - 300, y + 10, 600, 2}, gold);
    y += 36;
    char line[600];
    if (c->organisation)
        snprintf(line, sizeof line, _("completed the following scenarios for %s on %s:"),
                 uh_i18n_word(c->organisation), c->date);
    else
        snprintf(line, sizeof line, _("completed the following scenarios on %s:"), c->date);
    y += centred(r, t, UH_FACE_REGULAR, 26, UH_C_MUTED, CERT_W - 300, line, y);
    y += 24;
    size_t n = c->nlines > 8 ? 8 : c->nlines;
    for (size_t i = 0; i < n; i++) {
        snprintf(line, sizeof line, "%s \xE2\x80\x94 %d/100%s", c->lines[i].title, c->lines[i].score,
                 c->lines[i].passed ? _(" \xC2\xB7 passed") : "");
        y += centred(r, t, c->lines[i].passed ? UH_FACE_BOLD : UH_FACE_REGULAR, 27, UH_C_TEXT, CERT_W - 300, line, y);
        y += 6;
    }
    if (c->nlines > n) {
        snprintf(line, sizeof line, "and %zu more", c->nlines - n);
        centred(r, t, UH_FACE_ITALIC, 24, UH_C_MUTED, 0, line, y);
    }
    centred(r, t, UH_FACE_ITALIC, 24, UH_C_MUTED, CERT_W - 300,
            _("Notice the approach. Report it early, or late without fear."), CERT_H - 150);
}

int uh_cert_save_png(const uh_cert *c, const char *fonts_dir, const char *path, uh_error *err)
{
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, CERT_W, CERT_H, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!s)
        return uh_error_set(err, NULL, 0, _("out of memory for the certificate"));
    SDL_Renderer *r = SDL_CreateSoftwareRenderer(s);
    uh_text *t = r ? uh_text_new(r, fonts_dir, err) : NULL;
    int rc = -1;
    if (!r)
        uh_error_set(err, NULL, 0, _("cannot draw the certificate: %s"), SDL_GetError());
    if (t) {
        /* A certificate is printed: the standard look, whatever the screen's. */
        const uh_palette *screen = uh_theme;
        uh_theme = &uh_palette_standard;
        uh_draw *d = uh_draw_new(r);
        draw_cert(r, d, t, c);
        uh_theme = screen;
        SDL_RenderPresent(r);
        rc = uh_cert_write_png(path, s->pixels, s->w, s->h, s->pitch, err);
        uh_draw_free(d);
    }
    uh_text_free(t);
    if (r)
        SDL_DestroyRenderer(r);
    SDL_FreeSurface(s);
    return rc;
}
