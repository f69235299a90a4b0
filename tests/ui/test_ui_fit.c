/* SPDX-License-Identifier: Apache-2.0 */
/* test_ui_fit.c — every screen, in every library language, at every text
 * size, in both palettes and on the supported screen sizes: no text
 * overflows its box, and every control is a touch target of 44×44 pixels
 * or more (issue 14).
 *
 * The screens are drawn off screen (SDL's software renderer into a
 * surface) and driven with the plain input records the shell makes. Every
 * piece of text reaches the renderer as a texture of the text cache, so
 * this program puts its own SDL_RenderCopy in front of SDL's (the linker
 * binds the screens' calls to it; it passes each on with dlsym(RTLD_NEXT))
 * and notes where each text went and what clip was in force. After each
 * frame it checks:
 *  - text lies inside the window (and across, inside its scrolling view;
 *    a scrolling view may cut text at its top and bottom, that is what
 *    scrolling is);
 *  - no text straddles the edge of a control: it is inside the control or
 *    clear of it (a label wider than its button shows as one that is not);
 *  - no two pieces of text overlap;
 *  - every control registered is at least 44×44 pixels;
 *  - on the menu, the summary and the admin screen, Tab brings each
 *    control it focuses into view.
 *
 * The walk: the attract screen, sign-in (with the on-screen keyboard), the
 * menu, every scenario of the library from its first scene to the report
 * form's three steps and the debrief, the "Something seems off?" panel,
 * the idle warning, the session summary, the PIN pad and the admin screen.
 *
 * usage: test_ui_fit SCENARIOS-DIR [LANG...]
 *   LANG: "en" (SCENARIOS-DIR itself) or a sub-folder such as "de".
 * UNHOOKED_FIT_DUMP=DIR saves every frame checked as a BMP there;
 * UNHOOKED_FIT_QUICK=1 walks the first scenario only;
 * UNHOOKED_FIT_SIZES="800x600 600x800" walks these window sizes instead of
 * the supported ones (ctest's test_ui_fit_small_screens). */
#define _GNU_SOURCE
#include <SDL.h>
#include <dlfcn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../testing.h"
#include "admin/pin.h"
#include "core/config.h"
#include "core/i18n.h"
#include "core/util.h"
#include "ui/screens.h"
#include "ui_harness.h"

#define MIN_TARGET 44
#define MAX_DRAWS 4096

/* ---------------------------------------------------------------------
 * Where text went
 * ------------------------------------------------------------------- */

typedef struct drawn {
    const char *str;  /* the text it shows, NULL when not text (looked up as it is drawn:
                         a texture freed later in the frame may leave its address to another) */
    int px;
    SDL_Rect dst;
    SDL_Rect ink;  /* text: where its letters can be (the line box less its leading) */
    bool clipped;
    SDL_Rect clip;
} drawn;

static drawn draws[MAX_DRAWS];
static int ndraws;
static bool recording;
static uh_text *cache;  /* the text cache of the program being drawn */

int SDL_RenderCopy(SDL_Renderer *r, SDL_Texture *t, const SDL_Rect *src, const SDL_Rect *dst)
{
    static int (*real)(SDL_Renderer *, SDL_Texture *, const SDL_Rect *, const SDL_Rect *);
    if (!real)
        *(void **)&real = dlsym(RTLD_NEXT, "SDL_RenderCopy");
    if (recording && dst && ndraws < MAX_DRAWS) {
        drawn *d = &draws[ndraws++];
        d->px = 0;
        d->str = cache ? uh_text_of_texture(cache, t, &d->px) : NULL;
        d->dst = *dst;
        d->clipped = SDL_RenderIsClipEnabled(r);
        SDL_RenderGetClipRect(r, &d->clip);
    }
    return real(r, t, src, dst);
}

/* A fill of the whole target starts a new picture: a pass of uh_ui_draw
 * (which may draw a frame more than once), or the scrim of a modal panel,
 * which covers what lies under it. */
int SDL_RenderFillRect(SDL_Renderer *r, const SDL_Rect *rect)
{
    static int (*real)(SDL_Renderer *, const SDL_Rect *);
    if (!real)
        *(void **)&real = dlsym(RTLD_NEXT, "SDL_RenderFillRect");
    int w = 0, h = 0;
    if (recording && SDL_GetRendererOutputSize(r, &w, &h) == 0 &&
        (!rect || (rect->x <= 0 && rect->y <= 0 && rect->x + rect->w >= w && rect->y + rect->h >= h)))
        ndraws = 0;
    return real(r, rect);
}

/* ---------------------------------------------------------------------
 * The program off screen (ui_harness.h)
 * ------------------------------------------------------------------- */

static char work[256], *dump;
static int frames, problems;

static harness *start(const char *dir, int w, int h, int text_size, bool hc, const char *where)
{
    harness *hs = harness_new(w, h);
    hs->cfg.a11y.text_size = text_size;
    hs->cfg.a11y.high_contrast = hc;
    hs->cfg.a11y.reduced_motion = true; /* every frame is the still picture */
    static char hash[UH_PIN_HASH_SIZE];
    uh_error e;
    if (!hash[0] && uh_pin_hash("2468", hash, &e) != 0)
        fprintf(stderr, "no PIN hash: %s\n", e.msg);
    hs->cfg.admin_pin_hash = uh_xstrdup(hash);
    static int n;
    snprintf(hs->db, sizeof hs->db, "%s/fit-%d.db", work, ++n);
    snprintf(hs->where, sizeof hs->where, "%s", where);
    harness_open(hs, dir, work, UH_MODE_KIOSK);
    cache = hs->ui->t;
    return hs;
}

static void stop(harness *hs)
{
    cache = NULL;
    harness_free(hs);
}

/* A frame, with every text drawn noted. */
static void draw(harness *hs)
{
    ndraws = 0;
    recording = true;
    uh_ui_draw(hs->ui);
    recording = false;
    SDL_RenderFlush(hs->r);
}

/* ---------------------------------------------------------------------
 * The checks
 * ------------------------------------------------------------------- */

static bool inside(SDL_Rect a, SDL_Rect b, int tol)
{
    return a.x >= b.x - tol && a.y >= b.y - tol && a.x + a.w <= b.x + b.w + tol && a.y + a.h <= b.y + b.h + tol;
}

static int overlap(SDL_Rect a, SDL_Rect b, SDL_Rect *out)
{
    SDL_Rect o;
    if (!SDL_IntersectRect(&a, &b, &o))
        return 0;
    if (out)
        *out = o;
    return o.w > 1 && o.h > 1 ? o.w * o.h : 0;
}

static void problem(harness *hs, const char *what, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void problem(harness *hs, const char *what, const char *fmt, ...)
{
    char msg[900];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    problems++;
    if (problems <= 60)
        fprintf(stderr, "%s, %s: %s\n", hs->where, what, msg);
    test_checks++;
    test_failures++;
}

static void save(harness *hs, const char *what)
{
    if (!dump)
        return;
    char path[700], name[300];
    snprintf(name, sizeof name, "%s-%s", hs->where, what);
    for (char *p = name; *p; p++)
        if (*p == ' ' || *p == '/' || *p == ',')
            *p = '_';
    snprintf(path, sizeof path, "%s/%s.bmp", dump, name);
    SDL_SaveBMP(hs->surf, path);
}

/* Checks the frame just drawn; what names the screen for messages. */
static void check(harness *hs, const char *what)
{
    /* Once more, settled: a frame that took more than one pass (a scroll
     * into view) noted the text of each, and the welcome and attract
     * screens have no page fill to tell the passes apart. */
    draw(hs);
    frames++;
    save(hs, what);
    uh_ui *ui = hs->ui;
    SDL_Rect win = {0, 0, ui->w, ui->h};
    /* Text only: the cache's textures. */
    static drawn text[MAX_DRAWS];
    static const char *str[MAX_DRAWS];
    int nt = 0;
    for (int i = 0; i < ndraws; i++) {
        int px = draws[i].px;
        const char *s = draws[i].str;
        if (s) {
            str[nt] = s;
            text[nt] = draws[i];
            /* A line is 1.42 px high; accents reach 0.2 px below its top,
             * descenders 0.25 px above its bottom. */
            SDL_Rect *k = &text[nt].ink;
            *k = draws[i].dst;
            k->y += px / 5;
            k->h -= px / 5 + px / 4;
            nt++;
        }
    }
    for (int i = 0; i < nt; i++) {
        SDL_Rect t = text[i].dst, seen = t;
        if (text[i].clipped) {
            SDL_Rect c = text[i].clip;
            /* Across the view it must fit; along it, scrolling cuts. */
            if (t.x < c.x - 1 || t.x + t.w > c.x + c.w + 1)
                problem(hs, what, "\"%.60s\" (%d..%d) runs out of its view (%d..%d) across", str[i], t.x,
                        t.x + t.w, c.x, c.x + c.w);
            if (!SDL_IntersectRect(&t, &c, &seen))
                continue;  /* scrolled out of sight */
            if (!inside(c, win, 0))
                problem(hs, what, "a view (%d,%d %dx%d) reaches out of the window", c.x, c.y, c.w, c.h);
        } else if (!inside(t, win, 1)) {
            problem(hs, what, "\"%.60s\" at (%d,%d %dx%d) runs out of the %dx%d window", str[i], t.x, t.y, t.w,
                    t.h, ui->w, ui->h);
        }
        /* Inside a control, or clear of it. */
        for (int k = 0; k < ui->g.nprev; k++) {
            const uh_gui_item *it = &ui->g.prev[k];
            SDL_Rect r;
            if (!SDL_IntersectRect(&it->r, &it->clip, &r))
                continue;
            if (overlap(seen, r, NULL) && !inside(seen, r, 1))
                problem(hs, what, "\"%.60s\" (%d,%d %dx%d) straddles the edge of control %d (%d,%d %dx%d)",
                        str[i], seen.x, seen.y, seen.w, seen.h, it->id, r.x, r.y, r.w, r.h);
        }
        /* Not over other text. */
        for (int j = 0; j < i; j++) {
            SDL_Rect o, a = text[j].ink, b = text[i].ink;
            if (text[j].clipped && !SDL_IntersectRect(&text[j].ink, &text[j].clip, &a))
                continue;
            if (text[i].clipped && !SDL_IntersectRect(&text[i].ink, &text[i].clip, &b))
                continue;
            if (overlap(b, a, &o) && !(SDL_RectEquals(&text[i].dst, &text[j].dst) && strcmp(str[i], str[j]) == 0))
                problem(hs, what, "\"%.40s\" overlaps \"%.40s\" (%dx%d px at %d,%d)", str[i], str[j], o.w, o.h,
                        o.x, o.y);
        }
    }
    if (getenv("UNHOOKED_FIT_TRACE") && strstr(what, getenv("UNHOOKED_FIT_TRACE")))
        for (int i = 0; i < nt; i++)
            fprintf(stderr, "  text %d,%d %dx%d clip %d (%d,%d %dx%d) \"%.30s\"\n", text[i].dst.x, text[i].dst.y,
                    text[i].dst.w, text[i].dst.h, text[i].clipped, text[i].clip.x, text[i].clip.y, text[i].clip.w,
                    text[i].clip.h, str[i]);
    /* Touch targets. */
    for (int k = 0; k < ui->g.nprev; k++) {
        const uh_gui_item *it = &ui->g.prev[k];
        if (it->r.w < MIN_TARGET || it->r.h < MIN_TARGET)
            problem(hs, what, "control %d (\"%.40s\") is %dx%d px, under %dx%d", it->id, it->label, it->r.w,
                    it->r.h, MIN_TARGET, MIN_TARGET);
    }
}

/* ---------------------------------------------------------------------
 * The walk
 * ------------------------------------------------------------------- */

/* Tab through every control of the screen: the focused one is drawn
 * inside the window and, in a scrolling view, scrolled into it, so its
 * ring shows. */
static void tab_walk(harness *hs, const char *what)
{
    int n = hs->ui->g.nprev;
    for (int i = 0; i < n + 1; i++) {
        key(hs, UH_KEY_TAB);
        int id = hs->ui->g.focus;
        if (id < 0)
            continue;
        SDL_Rect r = rect_of(hs, id), vis;
        SDL_Rect win = {0, 0, hs->ui->w, hs->ui->h};
        int region = -1;
        for (int k = 0; k < hs->ui->g.nprev; k++)
            if (hs->ui->g.prev[k].id == id)
                region = hs->ui->g.prev[k].region;
        SDL_Rect view = region >= 0 ? hs->ui->g.region[region].view : win;
        if (r.w == 0 || !SDL_IntersectRect(&r, &view, &vis) || !SDL_IntersectRect(&vis, &win, &vis) ||
            vis.h < (r.h < view.h ? r.h : view.h) * 2 / 3)
            problem(hs, what, "Tab focused control %d at %d,%d %dx%d, not in view (%d,%d %dx%d)", id, r.x, r.y,
                    r.w, r.h, view.x, view.y, view.w, view.h);
    }
}

/* The welcome screen's ids (welcome.c). */
enum { WELCOME_START = UH_ID_FIRST + 1, WELCOME_OSK = UH_ID_FIRST + 3 };
enum { MENU_FINISH = UH_ID_FIRST, MENU_CARD = 1000 };
enum { REPORT_NEXT = UH_ID_FIRST, DEBRIEF_MENU = UH_ID_FIRST };

/* Plays scenario i from the menu to its debrief and back: the report
 * choice as soon as there is one, else the first choice. */
static void play(harness *hs, size_t i, bool panels)
{
    char what[64];
    if (!press(hs, MENU_CARD + (int)i, false) || strcmp(screen(hs), "menu") == 0) {
        SDL_Rect r = rect_of(hs, MENU_CARD + (int)i);
        problem(hs, "menu", "scenario %zu does not start (its card at %d,%d %dx%d)", i, r.x, r.y, r.w, r.h);
        return;
    }
    for (int steps = 0; steps < 40; steps++) {
        const char *sc = screen(hs);
        if (strcmp(sc, "scene") == 0) {
            snprintf(what, sizeof what, "%zu-scene-%d", i, steps);
            check(hs, what);
            if (panels && steps == 0) {
                key(hs, UH_KEY_F);
                check(hs, "flags-panel");
                key(hs, UH_KEY_ESCAPE);
            }
            const uh_run *run = uh_ui_run(hs->ui);
            size_t pick = 0;
            for (size_t c = 0; run && c < uh_run_nchoices(run); c++)
                if (uh_run_choice_is_report(run, c))
                    pick = c;
            digit(hs, (int)pick + 1);
        } else if (strcmp(sc, "report") == 0) {
            uh_form *f = uh_session_form(hs->ui->ses);
            snprintf(what, sizeof what, "%zu-report-%d", i, f ? (int)f->step + 1 : 0);
            check(hs, what);
            digit(hs, 1);
            key(hs, UH_KEY_ENTER);
        } else if (strcmp(sc, "debrief") == 0) {
            snprintf(what, sizeof what, "%zu-debrief", i);
            check(hs, what);
            for (int p = 0; dump && p < 2; p++) {
                key(hs, UH_KEY_PAGEDOWN);
                snprintf(what, sizeof what, "%zu-debrief-page%d", i, p + 2);
                save(hs, what);
            }
            press(hs, DEBRIEF_MENU, false);
            return;
        } else {
            return;
        }
    }
}

static void walk(const char *dir, const char *lang, int w, int h, int text_size, bool hc, bool all)
{
    char where[160];
    snprintf(where, sizeof where, "%s %dx%d %d%%%s", lang, w, h, text_size, hc ? " high-contrast" : "");
    harness *hs = start(dir, w, h, text_size, hc, where);
    draw(hs);
    int before = problems;
    CHECK_MSG(strcmp(screen(hs), "attract") == 0, "%s: starts on %s", where, screen(hs));
    check(hs, "attract");
    /* Any touch away from the settings starts a sitting. */
    input(hs, (uh_input){.type = UH_IN_DOWN, .x = 4, .y = 4, .touch = true});
    input(hs, (uh_input){.type = UH_IN_UP, .x = 4, .y = 4, .touch = true});
    CHECK_MSG(strcmp(screen(hs), "welcome") == 0, "%s: a touch on the attract screen showed %s", where, screen(hs));
    check(hs, "welcome");
    press(hs, WELCOME_OSK, false);
    check(hs, "welcome-keyboard");
    press(hs, WELCOME_OSK, false);
    type(hs, "Alexandra Musterfrau");
    type(hs, "-Beispielhaus");
    key(hs, UH_KEY_ENTER);
    CHECK_MSG(strcmp(screen(hs), "menu") == 0, "%s: sign-in led to %s", where, screen(hs));
    check(hs, "menu");
    size_t n = hs->ui->lib.count;
    CHECK_MSG(n > 0, "%s: no scenarios in %s", where, dir);
    for (size_t i = 0; i < n && (all || i == 0); i++) {
        play(hs, i, i == 0);
        CHECK_MSG(strcmp(screen(hs), "menu") == 0, "%s: scenario %zu ended on %s", where, i, screen(hs));
    }
    check(hs, "menu-after");
    tab_walk(hs, "menu-after");
    /* The kiosk's "Are you still there?" panel over a screen. */
    hs->ui->idle_left = 12;
    draw(hs);
    check(hs, "idle-warning");
    hs->ui->idle_left = -1;
    press(hs, MENU_FINISH, false);
    check(hs, "summary");
    tab_walk(hs, "summary");
    key(hs, UH_KEY_ADMIN);
    check(hs, "pin");
    for (const char *p = "2468"; *p; p++)
        digit(hs, *p - '0');
    key(hs, UH_KEY_ENTER);
    CHECK_MSG(strcmp(screen(hs), "admin") == 0, "%s: the PIN led to %s", where, screen(hs));
    check(hs, "admin");
    tab_walk(hs, "admin");
    printf("%-36s %s\n", where, problems == before ? "fits" : "PROBLEMS");
    stop(hs);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_ui_fit SCENARIOS-DIR [LANG...]\n");
        return 2;
    }
    snprintf(work, sizeof work, "/tmp/unhooked-fit-XXXXXX");
    if (!mkdtemp(work)) {
        perror("mkdtemp");
        return 1;
    }
    dump = getenv("UNHOOKED_FIT_DUMP");
    bool quick = getenv("UNHOOKED_FIT_QUICK") != NULL;
    if (dump)
        mkdir(dump, 0755);
    static struct {
        int w, h;
    } sizes[16] = {{1280, 720}, {1366, 768}, {1920, 1080}, {1080, 1920}};
    size_t nsizes = 4;
    /* UNHOOKED_FIT_SIZES="800x600 1024x768" walks these sizes instead. */
    const char *want = getenv("UNHOOKED_FIT_SIZES");
    if (want && *want) {
        nsizes = 0;
        for (const char *p = want; *p && nsizes < sizeof sizes / sizeof *sizes;) {
            int w, h, n;
            if (sscanf(p, " %dx%d%n", &w, &h, &n) != 2)
                break;
            sizes[nsizes].w = w;
            sizes[nsizes++].h = h;
            p += n;
        }
    }
    static const int text_sizes[UH_TEXT_SIZE_COUNT] = UH_TEXT_SIZES;
    const char *deflangs[] = {"en"};
    const char **langs = argc > 2 ? (const char **)argv + 2 : deflangs;
    int nlangs = argc > 2 ? argc - 2 : 1;
    /* UNHOOKED_FIT_ONLY="1080x1920 200" narrows the walk (for a look). */
    const char *only = getenv("UNHOOKED_FIT_ONLY");
    /* The catalogs of the build tree (build/locale): the screens' own words
     * in the language of the library walked, not English around German. */
    uh_i18n_init("en");
    for (int l = 0; l < nlangs; l++) {
        if (!uh_i18n_set_language(langs[l]) || strcmp(uh_i18n_language()->code, langs[l]) != 0) {
            fprintf(stderr, "test_ui_fit: no catalog for \"%s\" in %s\n", langs[l], uh_i18n_locale_dir());
            problems++;
        }
        char *dir = strcmp(langs[l], "en") == 0 ? uh_xstrdup(argv[1]) : uh_xasprintf("%s/%s", argv[1], langs[l]);
        for (size_t s = 0; s < nsizes; s++)
            for (int t = 0; t < UH_TEXT_SIZE_COUNT; t++)
                for (int hc = 0; hc < 2; hc++) {
                    /* Every scenario at the largest text; the first one otherwise
                     * (the palette changes no layout). */
                    bool all = !quick && text_sizes[t] == 200 && !hc;
                    if (hc && text_sizes[t] != 200)
                        continue;
                    char key[40];
                    snprintf(key, sizeof key, "%dx%d %d", sizes[s].w, sizes[s].h, text_sizes[t]);
                    if (only && strcmp(only, key) != 0)
                        continue;
                    walk(dir, langs[l], sizes[s].w, sizes[s].h, text_sizes[t], hc, all);
                }
        free(dir);
    }
    printf("%d frames checked, %d problems\n", frames, problems);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", work);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", work);
    TEST_END();
}
