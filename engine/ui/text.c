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
/* Rendered text is kept across frames and visits to a screen (rasterising
 * a screen's text costs tens of milliseconds; drawing it from the cache, a
 * fraction of one) until the textures pass CACHE_BYTES or the entries
 * CACHE_ENTRIES: then the least recently used are freed down to three
 * quarters of that at the end of a frame. A screen's text at 1920x1080
 * takes 1-4 MB. */
#define CACHE_BYTES ((size_t)20 << 20)
#define CACHE_ENTRIES 4096
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

typedef struct line {
    size_t start, len;
} line;

typedef struct lines {
    line *v;
    size_t n, cap;
    size_t max;  /* lines wanted at most */
    bool cut;    /* more lines were there */
} lines;

typedef struct entry {
    struct entry *next;
    uint32_t hash;
    uh_face face;
    int px, wrap;
    SDL_Color c;
    char *s;
    bool cut;  /* s is the start of a longer text */
    uh_text_block block;
    lines ls;      /* while pending: its lines, measured but not yet drawn */
    bool pending;  /* block.tex is still to be made (see uh_text_budget) */
    bool unmeasured; /* block has a provisional size (uh_text_defer_measuring) */
    size_t bytes;  /* of its texture */
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
    size_t bytes, nentries;  /* textures' pixels and entries held */
    unsigned long rendered;  /* blocks rasterised so far */
    bool has_view;                /* uh_text_set_view */
    SDL_Rect view;
    int64_t budget_ns, spent_ns;  /* rasterising this frame: allowed (< 0: no limit), spent */
    double ns_per_px;             /* what rasterising has cost, per pixel of block (running mean) */
    unsigned deferred;            /* blocks left pending this frame */
    bool defer_measuring;         /* uh_text_defer_measuring */
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
    t->budget_ns = -1;
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

/* The text of line i of e (with the ellipsis when it is the last line of
 * a cut text) in buf (MAX_LINE_BYTES + sizeof ELLIPSIS bytes). */
static const char *line_text(const entry *e, size_t i, bool cut, char *buf)
{
    size_t len = e->ls.v[i].len < MAX_LINE_BYTES ? e->ls.v[i].len : MAX_LINE_BYTES;
    memcpy(buf, e->s + e->ls.v[i].start, len);
    buf[len] = 0;
    if (cut && i + 1 == e->ls.n)
        strcat(buf, ELLIPSIS);
    return buf;
}

/* Wraps e's text (n bytes) into e->ls and sets the block's size, never
 * more than MAX_BLOCK_PX in either direction: lines past that are dropped
 * and the last one kept ends with an ellipsis. A line is as wide as
 * SDL_ttf will draw it (TTF_SizeUTF8 measures what TTF_RenderUTF8 makes). */
static void measure_block(uh_text *t, TTF_Font *f, entry *e, size_t n)
{
    int lh = uh_text_line_height(t, UH_FACE_REGULAR, e->px);
    e->ls = (lines){.max = (size_t)(MAX_BLOCK_PX / (lh > 0 ? lh : 1))};
    if (e->ls.max < 1)
        e->ls.max = 1;
    wrap_text(f, e->s, n, e->wrap, &e->ls);
    char *buf = uh_xmalloc(MAX_LINE_BYTES + sizeof ELLIPSIS);
    int w = 0;
    for (size_t i = 0; i < e->ls.n; i++) {
        int lw = 0, h = 0;
        if (*line_text(e, i, e->cut || e->ls.cut, buf) && TTF_SizeUTF8(f, buf, &lw, &h) == 0 && lw > w)
            w = lw;
    }
    free(buf);
    e->block.w = w > MAX_BLOCK_PX ? MAX_BLOCK_PX : w;
    e->block.h = (int)e->ls.n * lh;  /* at most MAX_BLOCK_PX */
    e->block.lines = (int)e->ls.n;
}

/* Draws e's measured lines into one texture of the block's size and
 * forgets the lines. */
static void paint_block(uh_text *t, TTF_Font *f, entry *e)
{
    int lh = uh_text_line_height(t, UH_FACE_REGULAR, e->px), w = e->block.w, h = e->block.h;
    int top = (lh - TTF_FontHeight(f)) / 2;
    bool cut = e->cut || e->ls.cut;
    char *buf = uh_xmalloc(MAX_LINE_BYTES + sizeof ELLIPSIS);
    SDL_Texture *tex = NULL;
    SDL_Surface *all = w > 0 && h > 0
                           ? SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888)
                           : NULL;
    if (all) {
        SDL_FillRect(all, NULL, SDL_MapRGBA(all->format, e->c.r, e->c.g, e->c.b, 0));
        for (size_t i = 0; i < e->ls.n; i++) {
            SDL_Surface *row = *line_text(e, i, cut, buf) ? TTF_RenderUTF8_Blended(f, buf, e->c) : NULL;
            if (!row)
                continue;
            SDL_SetSurfaceBlendMode(row, SDL_BLENDMODE_NONE);
            SDL_Rect dst = {0, (int)i * lh + top, row->w, row->h};
            SDL_BlitSurface(row, NULL, all, &dst);
            SDL_FreeSurface(row);
        }
        tex = SDL_CreateTextureFromSurface(t->r, all);
        if (tex)
            SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
        SDL_FreeSurface(all);
    }
    free(buf);
    free(e->ls.v);
    e->ls = (lines){0};
    e->block.tex = tex;
    e->pending = false;
    t->rendered++;
    if (tex) {
        e->bytes = (size_t)w * (size_t)h * 4;
        t->bytes += e->bytes;
    }
}

/* Draws pending entry e now, unless this frame's budget is spent or would
 * be by e (its cost guessed from its size and what blocks cost so far; a
 * frame with a budget draws at least one block, so the text always comes). */
static void paint_within_budget(uh_text *t, entry *e)
{
    if (e->unmeasured) { /* its lines are not known yet */
        t->deferred++;
        return;
    }
    double px = (double)e->block.w * e->block.h;
    if (t->budget_ns >= 0 && t->spent_ns + px * t->ns_per_px > t->budget_ns &&
        (t->spent_ns > 0 || t->budget_ns == 0)) {
        t->deferred++;
        return;
    }
    TTF_Font *f = font_for(t, e->face, e->px);
    if (!f)
        return;
    int64_t t0 = uh_now_ns(), took;
    paint_block(t, f, e);
    took = uh_now_ns() - t0;
    t->spent_ns += took > 0 ? took : 1;
    if (px >= 1000)
        t->ns_per_px = t->ns_per_px > 0 ? 0.8 * t->ns_per_px + 0.2 * (double)took / px : (double)took / px;
}

/* Measures unmeasured entry e (n bytes of text): now, unless measuring is
 * deferred and this frame's budget is spent; then its size stays the
 * provisional one (a line, no width) and it counts as left for later.
 * Measuring counts against the budget too: a frame that met much new
 * text leaves more of its rasterising for later. */
static void measure_within_budget(uh_text *t, entry *e, size_t n)
{
    if (t->defer_measuring && t->budget_ns >= 0 && t->spent_ns >= t->budget_ns && t->spent_ns > 0) {
        e->block.w = 0;
        e->block.h = uh_text_line_height(t, e->face, e->px);
        e->block.lines = 1;
        t->deferred++;
        return;
    }
    TTF_Font *f = font_for(t, e->face, e->px);
    if (!f)
        return;
    int64_t t0 = t->budget_ns >= 0 ? uh_now_ns() : 0;
    measure_block(t, f, e, n);
    e->unmeasured = false;
    if (t->budget_ns >= 0)
        t->spent_ns += uh_now_ns() - t0;
}

void uh_text_defer_measuring(uh_text *t, bool on) { t->defer_measuring = on; }

/* The cache's entry for these parameters, made (measured) when missing;
 * drawn into its texture too when paint is true (within the budget). */
static entry *lookup(uh_text *t, uh_face face, int px, SDL_Color c, int wrap, const char *s, bool paint)
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
    for (entry *e = *b; e; e = e->next)
        if (e->hash == h && e->face == face && e->px == px && e->wrap == wrap &&
            e->c.r == c.r && e->c.g == c.g && e->c.b == c.b && e->c.a == c.a &&
            e->cut == cut && strcmp(e->s, s) == 0) {
            e->last_used = t->frame;
            free(shortened);
            if (e->unmeasured)
                measure_within_budget(t, e, n);
            if (e->pending && paint)
                paint_within_budget(t, e);
            return e;
        }
    entry *e = uh_xcalloc(1, sizeof *e);
    e->hash = h;
    e->face = face;
    e->px = px;
    e->wrap = wrap;
    e->c = c;
    e->s = shortened ? shortened : uh_xstrdup(s);
    e->cut = cut;
    e->last_used = t->frame;
    TTF_Font *f = font_for(t, face, px);
    if (f) {
        e->pending = true;
        e->unmeasured = true;
        measure_within_budget(t, e, n);
    } else {  /* no font at all: an empty block of one line */
        e->block.h = uh_text_line_height(t, face, px);
        e->block.lines = 1;
    }
    e->next = *b;
    *b = e;
    t->nentries++;
    if (e->pending && paint)
        paint_within_budget(t, e);
    return e;
}

const uh_text_block *uh_text_get(uh_text *t, uh_face face, int px, SDL_Color c, int wrap,
                                 const char *s)
{
    return &lookup(t, face, px, c, wrap, s, true)->block;
}

const uh_text_block *uh_text_size(uh_text *t, uh_face face, int px, SDL_Color c, int wrap,
                                  const char *s)
{
    return &lookup(t, face, px, c, wrap, s, false)->block;
}

int uh_text_draw(uh_text *t, uh_face face, int px, SDL_Color c, int wrap, const char *s, int x,
                 int y)
{
    entry *e = lookup(t, face, px, c, wrap, s, false);
    /* Text that would not show (scrolled out of its region, off the
     * window) is measured but not rasterised. */
    SDL_Rect dst = {x, y, e->block.w, e->block.h}, view = {0, 0, 0, 0};
    if (t->has_view)
        view = t->view;
    else if (SDL_RenderIsClipEnabled(t->r))
        SDL_RenderGetClipRect(t->r, &view);
    else
        SDL_GetRendererOutputSize(t->r, &view.w, &view.h);
    if (!SDL_HasIntersection(&dst, &view))
        return e->block.h;
    if (e->pending)
        paint_within_budget(t, e);
    if (e->block.tex)
        SDL_RenderCopy(t->r, e->block.tex, NULL, &dst);
    return e->block.h;
}

void uh_text_set_view(uh_text *t, const SDL_Rect *view)
{
    t->has_view = view != NULL;
    if (view)
        t->view = *view;
}

static void free_entry(uh_text *t, entry *e)
{
    t->bytes -= e->bytes;
    t->nentries--;
    free(e->ls.v);
    if (e->block.tex)
        SDL_DestroyTexture(e->block.tex);
    free(e->s);
    free(e);
}

static int by_last_use(const void *a, const void *b)
{
    unsigned x = (*(entry *const *)a)->last_used, y = (*(entry *const *)b)->last_used;
    return x < y ? -1 : x > y;
}

/* Frees the least recently used entries, never one used this frame, until
 * the cache is down to three quarters of its limits. */
static void trim(uh_text *t)
{
    entry **all = uh_xcalloc(t->nentries, sizeof *all);
    size_t n = 0;
    for (int i = 0; i < NBUCKETS; i++)
        for (entry *e = t->buckets[i]; e; e = e->next)
            if (e->last_used != t->frame)
                all[n++] = e;
    qsort(all, n, sizeof *all, by_last_use);
    /* Mark the victims (last_used of the current frame + 1 cannot occur). */
    size_t bytes = t->bytes, count = t->nentries;
    for (size_t k = 0; k < n && (bytes > CACHE_BYTES / 4 * 3 || count > CACHE_ENTRIES / 4 * 3); k++) {
        bytes -= all[k]->bytes;
        count--;
        all[k]->last_used = t->frame + 1;
    }
    free(all);
    for (int i = 0; i < NBUCKETS; i++)
        for (entry **p = &t->buckets[i]; *p;) {
            entry *e = *p;
            if (e->last_used == t->frame + 1) {
                *p = e->next;
                free_entry(t, e);
            } else {
                p = &e->next;
            }
        }
}

void uh_text_frame_end(uh_text *t)
{
    if (t->bytes > CACHE_BYTES || t->nentries > CACHE_ENTRIES)
        trim(t);
    t->frame++;
    t->budget_ns = -1;
    t->spent_ns = 0;
    t->deferred = 0;
}

double uh_text_budget(uh_text *t, double ms)
{
    double before = t->budget_ns < 0 ? -1 : t->budget_ns / 1e6;
    t->budget_ns = ms < 0 ? -1 : (int64_t)(ms * 1e6);
    return before;
}

unsigned uh_text_deferred(const uh_text *t) { return t->deferred; }

void uh_text_clear(uh_text *t)
{
    for (int i = 0; i < NBUCKETS; i++)
        for (entry *e = t->buckets[i], *next; e; e = next) {
            next = e->next;
            free_entry(t, e);
        }
    memset(t->buckets, 0, sizeof t->buckets);
}

unsigned long uh_text_rendered(const uh_text *t) { return t->rendered; }

size_t uh_text_cache_bytes(const uh_text *t) { return t->bytes; }

void uh_text_forget(uh_text *t, const char *needle)
{
    if (!needle || !*needle)
        return;
    for (int i = 0; i < NBUCKETS; i++)
        for (entry **p = &t->buckets[i]; *p;) {
            entry *e = *p;
            if (strstr(e->s, needle)) {
                *p = e->next;
                free_entry(t, e);
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
    uh_text_clear(t);
    for (int i = 0; i < t->nfonts; i++)
        TTF_CloseFont(t->fonts[i].font);
    for (int f = 0; f < UH_FACE_COUNT; f++) {
        free(t->path[f]);
        if (t->fd[f] >= 0)
            close(t->fd[f]);
    }
    free(t);
}
