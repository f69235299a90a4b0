/* SPDX-License-Identifier: Apache-2.0 */
/* leak_demo.c — proves that tools/lsan.supp hides only the libraries' own
 * lifetime allocations, not leaks our code makes through them.
 *
 *   leak_demo clean   opens a real window (X11), a renderer, the fonts, and
 *                     draws text as the kiosk does, then frees everything it
 *                     made: under the suppressions LeakSanitizer must report
 *                     nothing.
 *   leak_demo leak    the same, but forgets ten surfaces, a line of text
 *                     rendered by SDL_ttf and an SDL_strdup'd string, the
 *                     way a bug in a screen would: LeakSanitizer must report
 *                     them, in our functions leak_surfaces,
 *                     leak_rendered_text and leak_string.
 *
 * Run by tests/lsan/lsan_supp.py under Xvfb on the sanitizer build. */
#include <SDL.h>
#include <SDL_ttf.h>
#include <stdio.h>
#include <string.h>

#include "ui/text.h"

static SDL_Surface *kept_surfaces[10];
static SDL_Surface *kept_text;
static char *kept_string;

/* noinline, so each leak's stack names the function that made it. */
__attribute__((noinline)) static void leak_surfaces(void)
{
    for (int i = 0; i < 10; i++)
        kept_surfaces[i] = SDL_CreateRGBSurfaceWithFormat(0, 64 + i, 32, 32, SDL_PIXELFORMAT_ARGB8888);
    memset(kept_surfaces, 0, sizeof kept_surfaces);  /* the last references go */
}

__attribute__((noinline)) static void leak_rendered_text(const char *font_path)
{
    TTF_Font *f = TTF_OpenFont(font_path, 18);
    if (f) {
        kept_text = TTF_RenderUTF8_Blended(f, "Report it to corporate security", (SDL_Color){0, 0, 0, 255});
        kept_text = NULL;
        TTF_CloseFont(f);
    }
}

__attribute__((noinline)) static void leak_string(void)
{
    kept_string = SDL_strdup("a trainee's name, copied and forgotten");
    kept_string = NULL;
}

int main(int argc, char **argv)
{
    int leak = argc > 1 && strcmp(argv[1], "leak") == 0;
    if (argc != 2 || (!leak && strcmp(argv[1], "clean") != 0)) {
        fprintf(stderr, "usage: leak_demo clean|leak\n");
        return 2;
    }
    /* The hints of the real window (engine/platform/sdl/app.c). */
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        fprintf(stderr, "leak_demo: cannot start video: %s\n", SDL_GetError());
        return 77;
    }
    SDL_Window *win = SDL_CreateWindow("leak_demo", 0, 0, 320, 200, 0);
    SDL_Renderer *ren = win ? SDL_CreateRenderer(win, -1, 0) : NULL;
    uh_error err;
    uh_text *text = ren ? uh_text_new(ren, NULL, &err) : NULL;
    if (!text) {
        fprintf(stderr, "leak_demo: no window, renderer or fonts: %s\n", SDL_GetError());
        return 1;
    }
    SDL_StartTextInput();
    SDL_Color ink = {20, 30, 40, 255};
    for (int px = 14; px <= 30; px += 8)
        uh_text_draw(text, UH_FACE_REGULAR, px, ink, 300, "Something seems off? Report it.", 10, px);
    uh_text_draw(text, UH_FACE_BOLD, 20, ink, 0, "\xE2\x82\xAC" "1,500 f\xC3\xBCr S\xC3\xA9verine", 10, 90);
    SDL_RenderPresent(ren);
    SDL_Event e;
    while (SDL_PollEvent(&e))
        ;
    if (leak) {
        leak_surfaces();
        leak_rendered_text(uh_text_font_path(text, UH_FACE_REGULAR));
        leak_string();
    }
    SDL_StopTextInput();
    uh_text_free(text);
    SDL_DestroyRenderer(ren);
    SDL_DestroyWindow(win);
    SDL_Quit();
    printf("leak_demo %s: done\n", argv[1]);
    return 0;
}
