/* test_ui_text.c — the text cache and wrapping of the trainee window
 * (engine/ui/text.c), off screen with SDL's software renderer: wrapped
 * text never exceeds its width (so nothing is cut off), over-long words are
 * broken, every line is kept, and the cache hands back the same block for
 * the same key. Also the deterministic avatar hash used for shuffles. */
#include <SDL.h>
#include <stdio.h>
#include <string.h>

#include "ui/avatar.h"
#include "ui/text.h"

static int failures, checks;

#define CHECK(cond)                                                                  \
    do {                                                                             \
        checks++;                                                                    \
        if (!(cond)) {                                                               \
            failures++;                                                              \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                            \
    } while (0)

static const SDL_Color ink = {20, 30, 40, 255};

static void wraps_within_width(uh_text *t)
{
    const char *para = "A senior fellow of a maritime think tank sends you a friendly connection "
                       "request. She has read your post about the drive controller you work on.";
    for (int wrap = 120; wrap <= 900; wrap += 130) {
        const uh_text_block *b = uh_text_get(t, UH_FACE_REGULAR, 20, ink, wrap, para);
        CHECK(b->tex != NULL);
        CHECK(b->w <= wrap);
        CHECK(b->h == b->lines * uh_text_line_height(t, UH_FACE_REGULAR, 20));
    }
    const uh_text_block *narrow = uh_text_get(t, UH_FACE_REGULAR, 20, ink, 150, para);
    const uh_text_block *wide = uh_text_get(t, UH_FACE_REGULAR, 20, ink, 2000, para);
    CHECK(narrow->lines > wide->lines);
    CHECK(wide->lines == 1);
}

static void breaks_long_words(uh_text *t)
{
    const char *word = "security@averyveryverylongorganisationname.example.com";
    const uh_text_block *b = uh_text_get(t, UH_FACE_BOLD, 24, ink, 100, word);
    CHECK(b->w <= 100);
    CHECK(b->lines >= 3);
}

static void keeps_blank_lines(uh_text *t)
{
    const uh_text_block *b = uh_text_get(t, UH_FACE_REGULAR, 18, ink, 0, "one\n\nthree");
    CHECK(b->lines == 3);
    const uh_text_block *e = uh_text_get(t, UH_FACE_REGULAR, 18, ink, 300, "");
    CHECK(e->w == 0 && e->lines == 1);
    const uh_text_block *u = uh_text_get(t, UH_FACE_ITALIC, 18, ink, 60, "\xE2\x82\xAC" "1,500 f\xC3\xBCr S\xC3\xA9verine");
    CHECK(u->w <= 60 && u->lines >= 2);
}

static void caches_by_key(uh_text *t)
{
    const uh_text_block *a = uh_text_get(t, UH_FACE_REGULAR, 20, ink, 300, "cached");
    const uh_text_block *b = uh_text_get(t, UH_FACE_REGULAR, 20, ink, 300, "cached");
    SDL_Color other = {200, 0, 0, 255};
    const uh_text_block *c = uh_text_get(t, UH_FACE_REGULAR, 20, other, 300, "cached");
    CHECK(a == b);
    CHECK(c != a);
    /* Unused entries are dropped after a few frames; used ones stay. */
    for (int i = 0; i < 5; i++) {
        uh_text_get(t, UH_FACE_REGULAR, 20, ink, 300, "kept");
        uh_text_frame_end(t);
    }
    const uh_text_block *k1 = uh_text_get(t, UH_FACE_REGULAR, 20, ink, 300, "kept");
    const uh_text_block *k2 = uh_text_get(t, UH_FACE_REGULAR, 20, ink, 300, "kept");
    CHECK(k1 == k2 && k1->tex != NULL);
}

static void hash_is_stable(void)
{
    CHECK(uh_avatar_hash("") == 2166136261u);
    CHECK(uh_avatar_hash(NULL) == uh_avatar_hash(""));
    CHECK(uh_avatar_hash("a") == 0xE40C292Cu); /* FNV-1a test vector */
    SDL_Color x = uh_avatar_colour("Marisol Keane"), y = uh_avatar_colour("Marisol Keane");
    CHECK(x.r == y.r && x.g == y.g && x.b == y.b);
}

int main(void)
{
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
    if (SDL_Init(0) != 0) {
        fprintf(stderr, "SDL_Init: %s\n", SDL_GetError());
        return 1;
    }
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, 64, 64, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = SDL_CreateSoftwareRenderer(s);
    uh_error err;
    uh_text *t = uh_text_new(r, NULL, &err);
    if (!t) {
        printf("SKIP: %s\n", err.msg);
        return 77;
    }
    wraps_within_width(t);
    breaks_long_words(t);
    keeps_blank_lines(t);
    caches_by_key(t);
    hash_is_stable();
    uh_text_free(t);
    uh_text_free(NULL);
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(s);
    SDL_Quit();
    printf("test_ui_text: %d checks, %d failed\n", checks, failures);
    return failures ? 1 : 0;
}
