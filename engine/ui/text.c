/* SPDX-License-Identifier: Apache-2.0 */
/* text.c — font discovery, word wrapping and the rendered-text cache. */
#include "text.h"

#include <SDL_ttf.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/util.h"

#define NBUCKETS 1024
#define MAX_SIZES 24    /* open (face, size) pairs kept at once */
#define MAX_AGE 3       /* frames an unused entry survives */
#define LINE_SPACING 1.42
/* What one block may hold. A script can return text far beyond any screen
 * (the run refuses more than UH_RUN_TEXT_MAX, but other text reaches here
 * too): more bytes are cut with an ellipsis, a line is never measured past
 * MAX_LINE_BYTES, and a block never grows past MAX_BLOCK_PX either way, so
 * SDL is never asked for a surface it cannot make. */
#define MAX_DRAWN_BYTES ((size_t)16 << 10)
#define MAX_LINE_BYTES ((size_t)2048)
#define MAX_BLOCK_PX 8192
#define MAX_FONT_BYTES ((size_t)32 << 20)
#define ELLIPSIS "\xE2\x80\xA6"

typedef struct entry {
    struct entry *next;
    uint32_t hash;
    uh_face face;
    int px, wrap;
    SDL_Color c;
    char *s;
    bool cut;  /* s is the start of a longer text */
    bool measured;  /* sized by uh_text_measure, not rendered yet */
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
    /* The font files, opened once at start and read with pread() by every
     * size opened later (on a resize): an open file outlives its name, so
     * fonts removed, or replaced by rename as package upgrades do, while
     * the program runs change nothing, and the bytes stay in the page cache
     * instead of the heap. -1: the face uses the regular one. */
    int fd[UH_FACE_COUNT];
    Sint64 size[UH_FACE_COUNT];
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

/* The Debian package a font file comes from, for messages. */
static const char *package_of(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    if (strncmp(base, "Noto", 4) == 0)
        return "fonts-noto-core";
    if (strncmp(base, "DejaVu", 6) == 0)
        return "fonts-dejavu-core";
    return NULL;
}

/* An SDL_RWops reading a font file through a descriptor the uh_text owns,
 * with pread() at its own position, so that any number of open sizes share
 * the descriptor. Closing it leaves the descriptor open. A file shortened
 * in place under it reads short: FreeType reports a broken glyph, nothing
 * more. */
typedef struct {
    int fd;
    Sint64 size, pos;
} fd_reader;

static Sint64 SDLCALL fd_size(SDL_RWops *rw) { return ((fd_reader *)rw->hidden.unknown.data1)->size; }

static Sint64 SDLCALL fd_seek(SDL_RWops *rw, Sint64 off, int whence)
{
    fd_reader *r = rw->hidden.unknown.data1;
    Sint64 to = whence == RW_SEEK_SET ? off : whence == RW_SEEK_CUR ? r->pos + off : r->size + off;
    if (to < 0)
        return SDL_SetError("font seek before the start");
    return r->pos = to;
}

static size_t SDLCALL fd_read(SDL_RWops *rw, void *buf, size_t size, size_t n)
{
    fd_reader *r = rw->hidden.unknown.data1;
    if (size == 0 || n == 0)
        return 0;
    size_t want = size * n, got = 0;
    if (want / size != n)
        return 0;
    while (got < want) {
        ssize_t k = pread(r->fd, (char *)buf + got, want - got, (off_t)(r->pos + (Sint64)got));
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            break;
        got += (size_t)k;
    }
    r->pos += (Sint64)got;
    return got / size;
}

static size_t SDLCALL fd_write(SDL_RWops *rw, const void *buf, size_t size, size_t n)
{
    (void)rw, (void)buf, (void)size, (void)n;
    SDL_SetError("fonts are read-only");
    return 0;
}

static int SDLCALL fd_close(SDL_RWops *rw)
{
    SDL_free(rw->hidden.unknown.data1);
    SDL_FreeRW(rw);
    return 0;
}

static SDL_RWops *face_reader(const uh_text *t, uh_face f)
{
    fd_reader *r = SDL_malloc(sizeof *r);
    SDL_RWops *rw = r ? SDL_AllocRW() : NULL;
    if (!rw) {
        SDL_free(r);
        return NULL;
    }
    *r = (fd_reader){t->fd[f], t->size[f], 0};
    rw->type = SDL_RWOPS_UNKNOWN;
    rw->size = fd_size;
    rw->seek = fd_seek;
    rw->read = fd_read;
    rw->write = fd_write;
    rw->close = fd_close;
    rw->hidden.unknown.data1 = r;
    return rw;
}

/* Opens face f's file and checks that it opens as a font. On failure fills
 * err naming the file and what to do about it. */
static int load_face(uh_text *t, uh_face f, uh_error *err)
{
    const char *path = t->path[f];
    char why_buf[256];
    const char *why = NULL;
    /* O_NONBLOCK: a FIFO must not wait for a writer; it is refused below. */
    int fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        snprintf(why_buf, sizeof why_buf, "cannot read: %s", strerror(errno));
        why = why_buf;
    } else if (!S_ISREG(st.st_mode)) {
        why = "not a regular file";
    } else if ((unsigned long long)st.st_size > MAX_FONT_BYTES) {
        why = "larger than 32 MiB";
    }
    TTF_Font *font = NULL;
    if (!why) {
        t->fd[f] = fd;
        t->size[f] = (Sint64)st.st_size;
        SDL_RWops *rw = face_reader(t, f);
        font = rw ? TTF_OpenFontRW(rw, 1, 16) : NULL;
        if (!font) {
            why = TTF_GetError();
            t->fd[f] = -1;
        }
    }
    if (!font) {
        const char *pkg = package_of(path);
        if (pkg)
            uh_error_set(err, path, 0, "cannot use this font (%s): reinstall the Debian package %s "
                         "(apt-get install --reinstall %s), or remove the file so another font is "
                         "used", why && *why ? why : "not a font", pkg, pkg);
        else
            uh_error_set(err, path, 0, "cannot use this font (%s): replace the file or remove it "
                         "(see fonts/README.md)", why && *why ? why : "not a font");
        if (fd >= 0)
            close(fd);
        return -1;
    }
    TTF_CloseFont(font);
    return 0;
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
        t->fd[f] = -1;
    for (int f = 0; f < UH_FACE_COUNT; f++)
        t->path[f] = find_face(fonts_dir, (uh_face)f);
    if (!t->path[UH_FACE_REGULAR]) {
        uh_error_set(err, NULL, 0, "no font found: install fonts-noto-core or fonts-dejavu-core "
                     "(see fonts/README.md)");
        uh_text_free(t);
        return NULL;
    }
    /* A font file that is there but does not open (empty, damaged) stops
     * the start with a message naming it, rather than failing later. */
    for (int f = 0; f < UH_FACE_COUNT; f++)
        if (t->path[f] && load_face(t, (uh_face)f, err)) {
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

/* The font for (face, px), opened from the open file on first use; the least
 * recently used size is closed when the table is full (its cached text
 * stays valid). NULL only if even the regular face fails to open at this
 * size, and no size of it is open (callers then draw nothing). */
static TTF_Font *font_for(uh_text *t, uh_face face, int px)
{
    if (px < 6)
        px = 6;
    if (t->fd[face] < 0)
        face = UH_FACE_REGULAR;
    int oldest = 0;
    for (int i = 0; i < t->nfonts; i++) {
        if (t->fonts[i].face == face && t->fonts[i].px == px) {
            t->fonts[i].last_used = t->frame;
            return t->fonts[i].font;
        }
        if (t->fonts[i].last_used < t->fonts[oldest].last_used)
            oldest = i;
    }
    SDL_RWops *rw = face_reader(t, face);
    TTF_Font *f = rw ? TTF_OpenFontRW(rw, 1, px) : NULL;
    if (!f) {
        SDL_Log("unhooked: cannot open %s at %d px: %s", t->path[face], px, TTF_GetError());
        if (face != UH_FACE_REGULAR)
            return font_for(t, UH_FACE_REGULAR, px);
        /* Keep drawing with a size that is open, if any. */
        for (int i = 0; i < t->nfonts; i++)
            if (t->fonts[i].face == UH_FACE_REGULAR)
                return t->fonts[i].font;
        return NULL;
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

/* Width of s[a, b) in f; a stretch longer than MAX_LINE_BYTES counts as
 * too wide for any line. buf holds MAX_LINE_BYTES + 1 bytes. */
static int width_of(TTF_Font *f, const char *s, size_t a, size_t b, char *buf)
{
    if (b - a > MAX_LINE_BYTES)
        return INT_MAX;
    memcpy(buf, s + a, b - a);
    buf[b - a] = 0;
    int w = 0, h = 0;
    TTF_SizeUTF8(f, buf, &w, &h);
    return w;
}

const char *uh_text_ellipsize(uh_text *t, uh_face face, int px, int maxw, const char *s, char *out, size_t n)
{
    TTF_Font *f = font_for(t, face, px);
    char buf[1024];
    size_t len = strnlen(s, sizeof buf);
    if (!f || (len < sizeof buf && width_of(f, s, 0, len, buf) <= maxw))
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
    size_t max;  /* lines wanted at most */
    bool cut;    /* more lines were there */
} lines;

static void push_line(lines *ls, size_t start, size_t len)
{
    if (ls->n >= ls->max) {
        ls->cut = true;
        return;
    }
    if (ls->n == ls->cap)
        ls->v = uh_xrealloc(ls->v, (ls->cap = ls->cap ? ls->cap * 2 : 16) * sizeof *ls->v);
    ls->v[ls->n++] = (line){start, len};
}

/* Among break positions pos[0] < pos[1] < ... < pos[n-1] after a line
 * start ls, the index of the last one whose line s[ls, pos[i]) fits wrap,
 * or -1. Gallops from the start and then bisects, so the text measured is
 * a small multiple of what fits, not of what is left. */
static long last_fitting(TTF_Font *f, const char *s, size_t ls, const size_t *pos, long n, int wrap,
                         char *buf)
{
    long lo = -1, hi = n, step = 1;
    for (long i = 0; i < n; i += step, step *= 2) {
        if (width_of(f, s, ls, pos[i], buf) > wrap) {
            hi = i;
            break;
        }
        lo = i;
    }
    while (hi - lo > 1) {
        long mid = lo + (hi - lo) / 2;
        if (width_of(f, s, ls, pos[mid], buf) > wrap)
            hi = mid;
        else
            lo = mid;
    }
    return lo;
}

/* Splits s (n bytes) into lines no wider than wrap (greedy, at spaces; a
 * word wider than wrap is broken between characters). wrap 0 splits only
 * at '\n' (a line longer than MAX_LINE_BYTES is cut). Each line is found by
 * measuring about its own length a few times, so the whole text is wrapped
 * in time proportional to its length. */
static void wrap_text(TTF_Font *f, const char *s, size_t n, int wrap, lines *out)
{
    char *buf = uh_xmalloc(MAX_LINE_BYTES + 1);
    size_t *pos = uh_xcalloc(MAX_LINE_BYTES + 1, sizeof *pos);
    size_t p = 0;
    for (;;) {
        const char *nl = memchr(s + p, '\n', n - p);
        size_t e = nl ? (size_t)(nl - s) : n;
        /* One paragraph: s[p, e). */
        size_t ls = p;
        while (!out->cut) {
            size_t lim = e - ls > MAX_LINE_BYTES ? ls + MAX_LINE_BYTES : e;
            while (lim > ls && lim < e && (s[lim] & 0xC0) == 0x80)
                lim--;  /* not inside a UTF-8 sequence */
            if (wrap <= 0) {
                push_line(out, ls, lim - ls);
                break;
            }
            if (ls >= e || (lim == e && width_of(f, s, ls, e, buf) <= wrap)) {
                push_line(out, ls, e - ls);
                break;
            }
            /* Break after the last word that fits... */
            long np = 0;
            for (size_t q = ls + 1; q < lim; q++)
                if (s[q] == ' ' && s[q - 1] != ' ')
                    pos[np++] = q;
            if (lim < e && s[lim] == ' ')
                pos[np++] = lim;
            long k = last_fitting(f, s, ls, pos, np, wrap, buf);
            size_t end;
            if (k >= 0) {
                end = pos[k];
            } else {
                /* ...or, in a word wider than the line, after the last
                 * character that fits (at least one). */
                np = 0;
                for (size_t q = ls + (size_t)u8len((unsigned char)s[ls]); q <= lim;
                     q += (size_t)u8len((unsigned char)s[q])) {
                    pos[np++] = q;
                    if (q >= lim)
                        break;
                }
                if (np == 0)  /* no character boundary before lim: invalid UTF-8 */
                    pos[np++] = lim > ls ? lim : ls + 1;
                k = last_fitting(f, s, ls, pos, np, wrap, buf);
                end = pos[k >= 0 ? k : 0];
                if (end > e)
                    end = e;
            }
            push_line(out, ls, end - ls);
            ls = end;
            while (ls < e && s[ls] == ' ')
                ls++;
        }
        if (e >= n || out->cut)
            break;
        p = e + 1;
    }
    free(pos);
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

/* Renders s (n bytes; cut says it was shortened) as one texture, never
 * more than MAX_BLOCK_PX in either direction: lines past that are dropped
 * and the last one kept ends with an ellipsis. Fills the block's size. */
/* The size render_block gives s, from the line breaks and each line's
 * width, without rendering anything. */
static void measure_block(uh_text *t, TTF_Font *f, int px, int wrap, const char *s, size_t n,
                          bool cut, uh_text_block *b)
{
    int lh = uh_text_line_height(t, UH_FACE_REGULAR, px);
    lines ls = {.max = (size_t)(MAX_BLOCK_PX / (lh > 0 ? lh : 1))};
    if (ls.max < 1)
        ls.max = 1;
    wrap_text(f, s, n, wrap, &ls);
    cut = cut || ls.cut;
    char *buf = uh_xmalloc(MAX_LINE_BYTES + sizeof ELLIPSIS);
    int w = 0;
    for (size_t i = 0; i < ls.n; i++) {
        size_t len = ls.v[i].len < MAX_LINE_BYTES ? ls.v[i].len : MAX_LINE_BYTES;
        memcpy(buf, s + ls.v[i].start, len);
        buf[len] = 0;
        if (cut && i + 1 == ls.n)
            strcat(buf, ELLIPSIS);
        int lw = 0, lh2 = 0;
        if (buf[0] && TTF_SizeUTF8(f, buf, &lw, &lh2) == 0 && lw > w)
            w = lw;
    }
    b->w = w > MAX_BLOCK_PX ? MAX_BLOCK_PX : w;
    b->h = (int)ls.n * lh;
    b->lines = (int)ls.n;
    free(buf);
    free(ls.v);
}

static SDL_Texture *render_block(uh_text *t, TTF_Font *f, int px, SDL_Color c, int wrap,
                                 const char *s, size_t n, bool cut, int *w_out, int *h_out,
                                 int *nlines)
{
    int lh = uh_text_line_height(t, UH_FACE_REGULAR, px);
    lines ls = {.max = (size_t)(MAX_BLOCK_PX / (lh > 0 ? lh : 1))};
    if (ls.max < 1)
        ls.max = 1;
    wrap_text(f, s, n, wrap, &ls);
    cut = cut || ls.cut;
    int fh = TTF_FontHeight(f);
    int top = (lh - fh) / 2;
    char *buf = uh_xmalloc(MAX_LINE_BYTES + sizeof ELLIPSIS);
    int w = 0;
    SDL_Surface **rows = uh_xcalloc(ls.n, sizeof *rows);
    for (size_t i = 0; i < ls.n; i++) {
        size_t len = ls.v[i].len < MAX_LINE_BYTES ? ls.v[i].len : MAX_LINE_BYTES;
        memcpy(buf, s + ls.v[i].start, len);
        buf[len] = 0;
        if (cut && i + 1 == ls.n)
            strcat(buf, ELLIPSIS);
        if (!buf[0])
            continue;
        rows[i] = TTF_RenderUTF8_Blended(f, buf, c);
        if (rows[i] && rows[i]->w > w)
            w = rows[i]->w;
    }
    if (w > MAX_BLOCK_PX)
        w = MAX_BLOCK_PX;
    int h = (int)ls.n * lh;  /* at most MAX_BLOCK_PX */
    *w_out = w;
    *h_out = h;
    *nlines = (int)ls.n;
    SDL_Texture *tex = NULL;
    SDL_Surface *all = w > 0 && h > 0
                           ? SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888)
                           : NULL;
    if (all) {
        SDL_FillRect(all, NULL, SDL_MapRGBA(all->format, c.r, c.g, c.b, 0));
        for (size_t i = 0; i < ls.n; i++) {
            if (!rows[i])
                continue;
            SDL_SetSurfaceBlendMode(rows[i], SDL_BLENDMODE_NONE);
            SDL_Rect dst = {0, (int)i * lh + top, rows[i]->w, rows[i]->h};
            SDL_BlitSurface(rows[i], NULL, all, &dst);
        }
        tex = SDL_CreateTextureFromSurface(t->r, all);
        if (tex)
            SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
        SDL_FreeSurface(all);
    }
    if (!tex)  /* nothing drawn: report no width, so nothing is placed */
        *w_out = 0;
    for (size_t i = 0; i < ls.n; i++)
        SDL_FreeSurface(rows[i]);
    free(rows);
    free(buf);
    free(ls.v);
    return tex;
}

/* The cache entry for these parameters, made (measured or rendered, as
 * render says) on a miss; a measured one is rendered when render is set. */
static const uh_text_block *lookup(uh_text *t, uh_face face, int px, SDL_Color c, int wrap,
                                   const char *s, bool render)
{
    if (!s)
        s = "";
    if (wrap < 0)
        wrap = 0;
    /* Longer text is cut (at a character boundary) before it is hashed,
     * compared or copied. */
    size_t n = strnlen(s, MAX_DRAWN_BYTES + 1);
    bool cut = n > MAX_DRAWN_BYTES;
    char *shortened = NULL;
    if (cut) {
        n = MAX_DRAWN_BYTES;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
        shortened = uh_xmalloc(n + 1);
        memcpy(shortened, s, n);
        shortened[n] = 0;
        s = shortened;
    }
    uint32_t h = hash_key(face, px, c, wrap, s);
    entry **b = &t->buckets[h % NBUCKETS];
    entry *e = NULL;
    for (e = *b; e; e = e->next)
        if (e->hash == h && e->face == face && e->px == px && e->wrap == wrap &&
            e->c.r == c.r && e->c.g == c.g && e->c.b == c.b && e->c.a == c.a &&
            e->cut == cut && strcmp(e->s, s) == 0)
            break;
    if (e) {
        e->last_used = t->frame;
        free(shortened);
        if (!(render && e->measured))
            return &e->block;
    } else {
        e = uh_xcalloc(1, sizeof *e);
        e->hash = h;
        e->face = face;
        e->px = px;
        e->wrap = wrap;
        e->c = c;
        e->s = shortened ? shortened : uh_xstrdup(s);
        e->cut = cut;
        e->last_used = t->frame;
        e->next = *b;
        *b = e;
    }
    e->measured = false;
    TTF_Font *f = font_for(t, face, px);
    if (f && render) {
        e->block.tex = render_block(t, f, px, c, wrap, e->s, n, cut, &e->block.w, &e->block.h,
                                    &e->block.lines);
    } else if (f) {
        measure_block(t, f, px, wrap, e->s, n, cut, &e->block);
        e->measured = true;
    } else {  /* no font at all: an empty block of one line */
        e->block.h = uh_text_line_height(t, face, px);
        e->block.lines = 1;
    }
    return &e->block;
}

const uh_text_block *uh_text_get(uh_text *t, uh_face face, int px, SDL_Color c, int wrap,
                                 const char *s)
{
    return lookup(t, face, px, c, wrap, s, true);
}

const uh_text_block *uh_text_measure(uh_text *t, uh_face face, int px, SDL_Color c, int wrap,
                                     const char *s)
{
    return lookup(t, face, px, c, wrap, s, false);
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

const char *uh_text_of_texture(const uh_text *t, const SDL_Texture *tex, int *px)
{
    for (int i = 0; tex && i < NBUCKETS; i++)
        for (const entry *e = t->buckets[i]; e; e = e->next)
            if (e->block.tex == tex) {
                if (px)
                    *px = e->px;
                return e->s;
            }
    return NULL;
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
    for (int f = 0; f < UH_FACE_COUNT; f++) {
        free(t->path[f]);
        if (t->fd[f] >= 0)
            close(t->fd[f]);
    }
    free(t);
}
