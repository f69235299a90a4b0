/* text.c — font discovery, word wrapping and the rendered-text cache. */
#include "text.h"

#include <SDL_ttf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/util.h"

#define NBUCKETS 1024
#define MAX_SIZES 24    /* open (face, size) pairs kept at once */
#define MAX_AGE 3       /* frames an unused entry survives */
#define LINE_SPACING 1.42

typedef struct entry {
    struct entry *next;
    uint32_t hash;
    uh_face face;
    int px, wrap;
    SDL_Color c;
    char *s;
    uh_text_block block;
    unsigned last_used;
} entry;

typedef struct sized_font {
    uh_face face;
    int px;
    TTF_Font *font;
    unsigned last_used;
} sized_font;

struct uh_text {
    SDL_Renderer *r;
    char *path[UH_FACE_COUNT];
    sized_font fonts[MAX_SIZES];
    int nfonts;
    entry *buckets[NBUCKETS];
    unsigned frame;
};

/* ---------------------------------------------------------------------
 * Finding the fonts
 * ------------------------------------------------------------------- */

/* File names tried for each face, in order, in each folder searched. */
static const char *const candidates[UH_FACE_COUNT][4] = {
    [UH_FACE_REGULAR] = {"NotoSans-Regular.ttf", "DejaVuSans.ttf", NULL},
    [UH_FACE_BOLD] = {"NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf", NULL},
    [UH_FACE_ITALIC] = {"NotoSans-Italic.ttf", "DejaVuSans-Oblique.ttf", NULL},
    [UH_FACE_SERIF] = {"NotoSerif-Regular.ttf", "DejaVuSerif.ttf", NULL},
};

static const char *const system_dirs[] = {
    "/usr/share/fonts/truetype/noto",
    "/usr/share/fonts/truetype/dejavu",
    "/usr/local/share/fonts",
    NULL,
};

static char *find_face(const char *fonts_dir, uh_face face)
{
    const char *dirs[8];
    size_t n = 0;
    if (fonts_dir && *fonts_dir)
        dirs[n++] = fonts_dir;
    for (size_t i = 0; system_dirs[i]; i++)
        dirs[n++] = system_dirs[i];
    /* Prefer a file name over a folder: Noto anywhere beats DejaVu. */
    for (size_t k = 0; candidates[face][k]; k++)
        for (size_t d = 0; d < n; d++) {
            char *p = uh_xasprintf("%s/%s", dirs[d], candidates[face][k]);
            if (access(p, R_OK) == 0)
                return p;
            free(p);
        }
    return NULL;
}

uh_text *uh_text_new(SDL_Renderer *r, const char *fonts_dir, uh_error *err)
{
    if (!TTF_WasInit() && TTF_Init() != 0) {
        uh_error_set(err, NULL, 0, "cannot start the font renderer: %s", TTF_GetError());
        return NULL;
    }
    uh_text *t = uh_xcalloc(1, sizeof *t);
    t->r = r;
    for (int f = 0; f < UH_FACE_COUNT; f++)
        t->path[f] = find_face(fonts_dir, (uh_face)f);
    if (!t->path[UH_FACE_REGULAR]) {
        uh_error_set(err, NULL, 0, "no font found: install fonts-noto-core or fonts-dejavu-core "
                     "(see fonts/README.md)");
        uh_text_free(t);
        return NULL;
    }
    /* Missing faces fall back to the regular one. */
    for (int f = 0; f < UH_FACE_COUNT; f++)
        if (!t->path[f])
            t->path[f] = uh_xstrdup(t->path[UH_FACE_REGULAR]);
    return t;
}

const char *uh_text_font_path(const uh_text *t, uh_face face) { return t->path[face]; }

/* The font for (face, px), opened on first use; the least recently used
 * size is closed when the table is full (its cached text stays valid). */
static TTF_Font *font_for(uh_text *t, uh_face face, int px)
{
    if (px < 6)
        px = 6;
    int oldest = 0;
    for (int i = 0; i < t->nfonts; i++) {
        if (t->fonts[i].face == face && t->fonts[i].px == px) {
            t->fonts[i].last_used = t->frame;
            return t->fonts[i].font;
        }
        if (t->fonts[i].last_used < t->fonts[oldest].last_used)
            oldest = i;
    }
    TTF_Font *f = TTF_OpenFont(t->path[face], px);
    if (!f) {
        SDL_Log("unhooked: cannot open %s: %s", t->path[face], TTF_GetError());
        if (face != UH_FACE_REGULAR)
            return font_for(t, UH_FACE_REGULAR, px);
        abort(); /* the regular face was readable a moment ago */
    }
    TTF_SetFontHinting(f, TTF_HINTING_LIGHT);
    int slot = t->nfonts < MAX_SIZES ? t->nfonts++ : oldest;
    if (slot == oldest && t->fonts[slot].font)
        TTF_CloseFont(t->fonts[slot].font);
    t->fonts[slot] = (sized_font){face, px, f, t->frame};
    return f;
}

int uh_text_line_height(uh_text *t, uh_face face, int px)
{
    (void)t;
    (void)face;
    return (int)(px * LINE_SPACING + 0.5);
}

/* ---------------------------------------------------------------------
 * Wrapping
 * ------------------------------------------------------------------- */

/* Byte length of the UTF-8 sequence starting with byte b. */
static int u8len(unsigned char b)
{
    return b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 1;
}

static int width_of(TTF_Font *f, const char *s, size_t n, char *buf, size_t bufsz)
{
    if (n >= bufsz)
        n = bufsz - 1;
    memcpy(buf, s, n);
    buf[n] = 0;
    int w = 0, h = 0;
    TTF_SizeUTF8(f, buf, &w, &h);
    return w;
}

const char *uh_text_ellipsize(uh_text *t, uh_face face, int px, int maxw, const char *s, char *out, size_t n)
{
    TTF_Font *f = font_for(t, face, px);
    char buf[1024];
    size_t len = strlen(s);
    if (width_of(f, s, len, buf, sizeof buf) <= maxw && len < sizeof buf)
        return s;
    /* The longest run of whole characters that fits with the "…" after it:
     * a binary search over the character boundaries. */
    size_t lo = 0, hi = len < sizeof buf - 4 ? len : sizeof buf - 4;
    while (lo < hi) {
        size_t mid = (lo + hi + 1) / 2;
        while (mid > 0 && ((unsigned char)s[mid] & 0xC0) == 0x80)
            mid--; /* not inside a character */
        if (mid <= lo) {
            hi = lo;
            break;
        }
        memcpy(buf, s, mid);
        memcpy(buf + mid, "\xE2\x80\xA6", 4);
        int w = 0, h = 0;
        TTF_SizeUTF8(f, buf, &w, &h);
        if (w <= maxw)
            lo = mid;
        else
            hi = mid - 1;
    }
    while (lo > 0 && s[lo - 1] == ' ')
        lo--;
    snprintf(out, n, "%.*s\xE2\x80\xA6", (int)(lo < n - 4 ? lo : n - 4), s);
    return out;
}

typedef struct line {
    size_t start, len;
} line;

typedef struct lines {
    line *v;
    size_t n, cap;
} lines;

static void push_line(lines *ls, size_t start, size_t len)
{
    if (ls->n == ls->cap)
        ls->v = uh_xrealloc(ls->v, (ls->cap = ls->cap ? ls->cap * 2 : 16) * sizeof *ls->v);
    ls->v[ls->n++] = (line){start, len};
}

/* Splits s into lines no wider than wrap (greedy, at spaces; a word wider
 * than wrap is broken between characters). wrap 0 splits only at '\n'. */
static void wrap_text(TTF_Font *f, const char *s, int wrap, lines *out)
{
    size_t n = strlen(s), bufsz = n + 1;
    char *buf = uh_xmalloc(bufsz);
    size_t p = 0;
    for (;;) {
        size_t e = p;
        while (e < n && s[e] != '\n')
            e++;
        /* One paragraph: s[p, e). */
        size_t ls = p;
        while (wrap > 0 && ls < e && width_of(f, s + ls, e - ls, buf, bufsz) > wrap) {
            /* Find the last space that keeps the line within wrap. */
            size_t best = 0, q = ls;
            while (q < e) {
                size_t sp = q;
                while (sp < e && s[sp] != ' ')
                    sp++;
                if (width_of(f, s + ls, sp - ls, buf, bufsz) > wrap)
                    break;
                best = sp;
                q = sp + 1;
            }
            if (best > ls) {
                push_line(out, ls, best - ls);
                ls = best;
                while (ls < e && s[ls] == ' ')
                    ls++;
            } else {
                /* A single word wider than the line: break it by characters. */
                size_t k = ls + (size_t)u8len((unsigned char)s[ls]);
                while (k < e) {
                    size_t next = k + (size_t)u8len((unsigned char)s[k]);
                    if (width_of(f, s + ls, next - ls, buf, bufsz) > wrap)
                        break;
                    k = next;
                }
                push_line(out, ls, k - ls);
                ls = k;
            }
        }
        push_line(out, ls, e - ls);
        if (e >= n)
            break;
        p = e + 1;
    }
    free(buf);
}

/* ---------------------------------------------------------------------
 * The cache
 * ------------------------------------------------------------------- */

static uint32_t hash_key(uh_face face, int px, SDL_Color c, int wrap, const char *s)
{
    uint32_t h = 2166136261u;
    uint32_t parts[4] = {(uint32_t)face, (uint32_t)px,
                         (uint32_t)c.r << 24 | (uint32_t)c.g << 16 | (uint32_t)c.b << 8 | c.a,
                         (uint32_t)wrap};
    for (size_t i = 0; i < sizeof parts; i++)
        h = (h ^ ((unsigned char *)parts)[i]) * 16777619u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static SDL_Texture *render_block(uh_text *t, TTF_Font *f, int px, SDL_Color c, int wrap,
                                 const char *s, int *w_out, int *h_out, int *nlines)
{
    lines ls = {0};
    wrap_text(f, s, wrap, &ls);
    int lh = uh_text_line_height(t, UH_FACE_REGULAR, px);
    int fh = TTF_FontHeight(f);
    int top = (lh - fh) / 2;
    char *buf = uh_xmalloc(strlen(s) + 1);
    int w = 0;
    SDL_Surface **rows = uh_xcalloc(ls.n, sizeof *rows);
    for (size_t i = 0; i < ls.n; i++) {
        memcpy(buf, s + ls.v[i].start, ls.v[i].len);
        buf[ls.v[i].len] = 0;
        if (ls.v[i].len == 0)
            continue;
        rows[i] = TTF_RenderUTF8_Blended(f, buf, c);
        if (rows[i] && rows[i]->w > w)
            w = rows[i]->w;
    }
    int h = (int)ls.n * lh;
    *w_out = w;
    *h_out = h;
    *nlines = (int)ls.n;
    SDL_Texture *tex = NULL;
    if (w > 0) {
        SDL_Surface *all = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
        SDL_FillRect(all, NULL, SDL_MapRGBA(all->format, c.r, c.g, c.b, 0));
        for (size_t i = 0; i < ls.n; i++) {
            if (!rows[i])
                continue;
            SDL_SetSurfaceBlendMode(rows[i], SDL_BLENDMODE_NONE);
            SDL_Rect dst = {0, (int)i * lh + top, rows[i]->w, rows[i]->h};
            SDL_BlitSurface(rows[i], NULL, all, &dst);
        }
        tex = SDL_CreateTextureFromSurface(t->r, all);
        SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
        SDL_FreeSurface(all);
    }
    for (size_t i = 0; i < ls.n; i++)
        SDL_FreeSurface(rows[i]);
    free(rows);
    free(buf);
    free(ls.v);
    return tex;
}

const uh_text_block *uh_text_get(uh_text *t, uh_face face, int px, SDL_Color c, int wrap,
                                 const char *s)
{
    if (!s)
        s = "";
    if (wrap < 0)
        wrap = 0;
    uint32_t h = hash_key(face, px, c, wrap, s);
    entry **b = &t->buckets[h % NBUCKETS];
    for (entry *e = *b; e; e = e->next)
        if (e->hash == h && e->face == face && e->px == px && e->wrap == wrap &&
            e->c.r == c.r && e->c.g == c.g && e->c.b == c.b && e->c.a == c.a &&
            strcmp(e->s, s) == 0) {
            e->last_used = t->frame;
            return &e->block;
        }
    entry *e = uh_xcalloc(1, sizeof *e);
    e->hash = h;
    e->face = face;
    e->px = px;
    e->wrap = wrap;
    e->c = c;
    e->s = uh_xstrdup(s);
    e->last_used = t->frame;
    TTF_Font *f = font_for(t, face, px);
    e->block.tex = render_block(t, f, px, c, wrap, s, &e->block.w, &e->block.h, &e->block.lines);
    e->next = *b;
    *b = e;
    return &e->block;
}

int uh_text_draw(uh_text *t, uh_face face, int px, SDL_Color c, int wrap, const char *s, int x,
                 int y)
{
    const uh_text_block *b = uh_text_get(t, face, px, c, wrap, s);
    if (b->tex) {
        SDL_Rect dst = {x, y, b->w, b->h};
        SDL_RenderCopy(t->r, b->tex, NULL, &dst);
    }
    return b->h;
}

static void free_entry(entry *e)
{
    if (e->block.tex)
        SDL_DestroyTexture(e->block.tex);
    free(e->s);
    free(e);
}

void uh_text_frame_end(uh_text *t)
{
    for (int i = 0; i < NBUCKETS; i++)
        for (entry **p = &t->buckets[i]; *p;) {
            entry *e = *p;
            if (t->frame - e->last_used >= MAX_AGE) {
                *p = e->next;
                free_entry(e);
            } else {
                p = &e->next;
            }
        }
    t->frame++;
}

void uh_text_forget(uh_text *t, const char *needle)
{
    if (!needle || !*needle)
        return;
    for (int i = 0; i < NBUCKETS; i++)
        for (entry **p = &t->buckets[i]; *p;) {
            entry *e = *p;
            if (strstr(e->s, needle)) {
                *p = e->next;
                free_entry(e);
            } else {
                p = &e->next;
            }
        }
}

void uh_text_free(uh_text *t)
{
    if (!t)
        return;
    for (int i = 0; i < NBUCKETS; i++)
        for (entry *e = t->buckets[i], *next; e; e = next) {
            next = e->next;
            free_entry(e);
        }
    for (int i = 0; i < t->nfonts; i++)
        TTF_CloseFont(t->fonts[i].font);
    for (int f = 0; f < UH_FACE_COUNT; f++)
        free(t->path[f]);
    free(t);
}
