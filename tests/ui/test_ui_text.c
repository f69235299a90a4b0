/* SPDX-License-Identifier: Apache-2.0 */
/* test_ui_text.c — the text cache and wrapping of the trainee window
 * (engine/ui/text.c), off screen with SDL's software renderer: wrapped
 * text never exceeds its width (so nothing is cut off), over-long words are
 * broken, every line is kept, and the cache hands back the same block for
 * the same key; text far beyond any screen is cut and never crashes nor
 * holds the window; fonts that do not open are refused by name, and fonts
 * removed while running keep working. Also the deterministic avatar hash
 * used for shuffles. */
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

/* Issue 10, item 1: a text function returned a short line and three
 * million newlines; SDL was asked for a surface taller than it allows, gave
 * NULL, and the window crashed on it. */
static void three_million_newlines_do_not_crash(uh_text *t)
{
    size_t n = 3000000;
    char *s = malloc(n + 2);
    s[0] = 'x';
    memset(s + 1, '\n', n);
    s[n + 1] = 0;
    const uh_text_block *b = uh_text_get(t, UH_FACE_REGULAR, 20, ink, 600, s);
    CHECK(b->h > 0 && b->h <= 8192);
    CHECK(b->lines >= 1 && b->lines * uh_text_line_height(t, UH_FACE_REGULAR, 20) == b->h);
    CHECK(b->tex != NULL);
    const uh_text_block *z = uh_text_get(t, UH_FACE_REGULAR, 20, ink, 0, s);
    CHECK(z->h > 0 && z->h <= 8192);
    free(s);
}

/* Issue 10, item 6: a 10 MiB one-paragraph text froze the window for
 * minutes: every line measured the whole rest of the paragraph. Now only
 * the start is drawn, and wrapping takes time in proportion to it. */
static void ten_mib_paragraph_is_cut_and_wrapped_quickly(uh_text *t)
{
    size_t n = (size_t)10 << 20;
    char *s = malloc(n + 1);
    for (size_t i = 0; i < n; i++)
        s[i] = i % 6 == 5 ? ' ' : 'w';
    s[n] = 0;
    const uh_text_block *b = uh_text_get(t, UH_FACE_REGULAR, 20, ink, 600, s);
    CHECK(b->tex != NULL && b->w <= 600 + 40 && b->h <= 8192);  /* + the ellipsis */
    /* One word of 10 MiB, broken between characters. */
    memset(s, 'W', n);
    b = uh_text_get(t, UH_FACE_BOLD, 24, ink, 300, s);
    CHECK(b->tex != NULL && b->h <= 8192 && b->lines > 10);
    /* A paragraph of characters with no width at all (U+200B). */
    for (size_t i = 0; i + 3 <= n; i += 3)
        memcpy(s + i, "\xE2\x80\x8B", 3);
    s[n - n % 3] = 0;
    b = uh_text_get(t, UH_FACE_REGULAR, 20, ink, 300, s);
    CHECK(b->h <= 8192);
    free(s);
}

/* Issue 10, item 14: a font file that does not open (an empty TTF) made the
 * window abort(). Now the start is refused with a message naming the file
 * and the package to reinstall. */
static void empty_font_file_is_refused_by_name(SDL_Renderer *r)
{
    char dir[] = "/tmp/uh-fonts-XXXXXX";
    if (!mkdtemp(dir))
        return;
    char path[256];
    snprintf(path, sizeof path, "%s/NotoSans-Regular.ttf", dir);
    FILE *f = fopen(path, "w");
    if (f)
        fclose(f);
    uh_error err;
    uh_text *t = uh_text_new(r, dir, &err);
    CHECK(t == NULL);
    CHECK(strcmp(err.file, path) == 0);
    CHECK(strstr(err.msg, "fonts-noto-core") != NULL);
    uh_text_free(t);
    remove(path);
    rmdir(dir);
}

/* Copies the faces sys uses into a new temporary folder (dir, a mkdtemp
 * template) as path[f]. */
static int copy_fonts(uh_text *sys, char *dir, char path[UH_FACE_COUNT][256])
{
    if (!mkdtemp(dir))
        return -1;
    for (int f = 0; f < UH_FACE_COUNT; f++) {
        const char *from = uh_text_font_path(sys, (uh_face)f), *base = strrchr(from, '/');
        snprintf(path[f], sizeof path[f], "%s/%s", dir, base ? base + 1 : from);
        FILE *in = fopen(from, "rb"), *out = fopen(path[f], "wb");
        char buf[8192];
        for (size_t got; in && out && (got = fread(buf, 1, sizeof buf, in)) > 0;)
            fwrite(buf, 1, got, out);
        if (in)
            fclose(in);
        if (out)
            fclose(out);
    }
    return 0;
}

static void remove_fonts(char *dir, char path[UH_FACE_COUNT][256])
{
    for (int f = 0; f < UH_FACE_COUNT; f++)
        remove(path[f]);
    rmdir(dir);
}

/* A uh_text on copies of sys's fonts (see copy_fonts); NULL on failure. */
static uh_text *open_copy(SDL_Renderer *r, uh_text *sys, char *dir, char path[UH_FACE_COUNT][256])
{
    if (copy_fonts(sys, dir, path))
        return NULL;
    uh_error err;
    uh_text *t = uh_text_new(r, dir, &err);
    CHECK(t != NULL);
    return t;
}

/* Issue 10, item 14: fonts removed while the window runs made the next
 * resize (a new pixel size) abort(). The font files are held open from the
 * start, and every size is read from the open file. */
static void fonts_removed_while_running_keep_working(SDL_Renderer *r, uh_text *sys)
{
    char dir[] = "/tmp/uh-fonts-XXXXXX", path[UH_FACE_COUNT][256];
    uh_text *t = open_copy(r, sys, dir, path);
    if (t) {
        CHECK(uh_text_get(t, UH_FACE_BOLD, 20, ink, 300, "before")->tex != NULL);
        for (int f = 0; f < UH_FACE_COUNT; f++)
            remove(path[f]);
        for (int px = 21; px < 21 + 30; px++)  /* more sizes than are kept open */
            CHECK(uh_text_get(t, (uh_face)(px % UH_FACE_COUNT), px, ink, 300, "after a resize")->tex
                  != NULL);
    }
    uh_text_free(t);
    remove_fonts(dir, path);
}

/* Issue 16: the fonts are no longer read into memory (2 MB of heap). A
 * package upgrade replaces a font by renaming a new file over it; the open
 * file keeps serving the sizes opened afterwards, even when what was put
 * in its place is not a font. */
static void fonts_replaced_by_rename_keep_working(SDL_Renderer *r, uh_text *sys)
{
    char dir[] = "/tmp/uh-fonts-XXXXXX", path[UH_FACE_COUNT][256];
    uh_text *t = open_copy(r, sys, dir, path);
    if (t) {
        const uh_text_block *before = uh_text_get(t, UH_FACE_REGULAR, 20, ink, 0, "Report it");
        int w = before->w;
        CHECK(before->tex != NULL && w > 0);
        for (int f = 0; f < UH_FACE_COUNT; f++) {
            char tmp[1100];
            snprintf(tmp, sizeof tmp, "%s.new", path[f]);
            FILE *out = fopen(tmp, "wb");
            CHECK(out != NULL);
            if (out) {
                for (int i = 0; i < 4096; i++)
                    fputs("not a font ", out);
                fclose(out);
            }
            CHECK(rename(tmp, path[f]) == 0);
        }
        for (int px = 21; px < 21 + 30; px++)
            CHECK(uh_text_get(t, (uh_face)(px % UH_FACE_COUNT), px, ink, 300, "after the upgrade")->tex
                  != NULL);
        /* The same text, its cache entry dropped and its size reopened
         * from the old file, measures the same. */
        for (int i = 0; i < 4; i++)
            uh_text_frame_end(t);
        const uh_text_block *after = uh_text_get(t, UH_FACE_REGULAR, 20, ink, 0, "Report it");
        CHECK(after->w == w);
    }
    uh_text_free(t);
    remove_fonts(dir, path);
}

/* Issue 16: a font file cut short in place (not what package managers do,
 * but a damaged disk or a careless copy might) reads short under the open
 * sizes and the ones opened later: text may come out blank, the program
 * must not crash. */
static void fonts_truncated_in_place_do_not_crash(SDL_Renderer *r, uh_text *sys)
{
    char dir[] = "/tmp/uh-fonts-XXXXXX", path[UH_FACE_COUNT][256];
    uh_text *t = open_copy(r, sys, dir, path);
    if (t) {
        CHECK(uh_text_get(t, UH_FACE_REGULAR, 20, ink, 300, "before")->tex != NULL);
        for (int f = 0; f < UH_FACE_COUNT; f++) {
            FILE *out = fopen(path[f], "r+b");
            CHECK(out != NULL && ftruncate(fileno(out), 1000) == 0);
            if (out)
                fclose(out);
        }
        int drawn = 0;
        for (int px = 21; px < 21 + 30; px++)
            drawn += uh_text_get(t, (uh_face)(px % UH_FACE_COUNT), px, ink, 300, "cut short")->h > 0;
        CHECK(drawn == 30);  /* every block has its line's height, text or not */
    }
    uh_text_free(t);
    remove_fonts(dir, path);
}

/* Issue 16: the attract screen rendered every fact to measure the longest,
 * 6 MB of textures and some 200 ms before the kiosk's first frame. A
 * measured block has the size the rendered one gets, and no texture until
 * it is drawn. */
static void measuring_renders_nothing(uh_text *t)
{
    const char *s = "Most approaches start with a friendly message, a flattering offer or a "
                    "request for help: no hook looks like one at first.";
    const uh_text_block *m = uh_text_size(t, UH_FACE_SERIF, 31, ink, 400, s);
    CHECK(m->tex == NULL);
    int w = m->w, h = m->h, lines = m->lines;
    CHECK(lines >= 3 && h > 0 && w > 0 && w <= 400);
    CHECK(uh_text_size(t, UH_FACE_SERIF, 31, ink, 400, s)->tex == NULL);
    const uh_text_block *g = uh_text_get(t, UH_FACE_SERIF, 31, ink, 400, s);
    CHECK(g->tex != NULL);
    CHECK(g->w == w && g->h == h && g->lines == lines);
    CHECK(uh_text_size(t, UH_FACE_SERIF, 31, ink, 400, s)->tex == g->tex);
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
    three_million_newlines_do_not_crash(t);
    ten_mib_paragraph_is_cut_and_wrapped_quickly(t);
    empty_font_file_is_refused_by_name(r);
    fonts_removed_while_running_keep_working(r, t);
    fonts_replaced_by_rename_keep_working(r, t);
    fonts_truncated_in_place_do_not_crash(r, t);
    measuring_renders_nothing(t);
    hash_is_stable();
    uh_text_free(t);
    uh_text_free(NULL);
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(s);
    SDL_Quit();
    printf("test_ui_text: %d checks, %d failed\n", checks, failures);
    return failures ? 1 : 0;
}
