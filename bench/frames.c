/* SPDX-License-Identifier: Apache-2.0 */
/* bench/frames.c — the CPU time of each kind of frame, off screen: the
 * window's drawing into a surface of the given size, as the software
 * renderer draws into the window's, each kind drawn many times and the
 * minimum, median and maximum printed. The minimum is what a frame costs
 * on a quiet core; on a shared machine it moves least. Prints; asserts
 * nothing.
 *
 *   build/tests/ui/uh_bench_frames SCENARIOS-DIR [WxH ...] [--rounds N]
 *
 * For each of the menu and the summary: a visit with the text cache
 * emptied (the first frame that prepares the screen, the later ones), the
 * fade's first frame and a later one (the screen drawn whole under the
 * veil), the frame after the fade,
 * the screen drawn again whole (at once, and 0.1 s later, as after a
 * person's key), a Page Down (pixels moved), a Tab, and
 * uh_ui_idle's turns (the text around the view made). */
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ui_harness.h"

static void draw(harness *hs)
{
    uh_ui_draw(hs->ui);
    SDL_RenderFlush(hs->r);
}

static double cpu_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

enum { PREP1, PREPN, FADE1, BLEND, UNVEIL, WHOLE, WHOLE_IDLE, MOVED, TAB, IDLE, NKINDS };
static const char *const kind_names[NKINDS] = {
    "prepare, first frame", "prepare, later frames", "fade, first frame", "fade, a later frame",
    "after the fade",       "whole",                 "whole, 0.1 s after the last", "page down (moved)",
    "tab (restyled)",
    "idle turns, in all"};

typedef struct {
    double *v;
    int n, cap;
} series;

static void add(series *s, double x)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 64;
        s->v = realloc(s->v, sizeof *s->v * (size_t)s->cap);
        if (!s->v)
            abort();
    }
    s->v[s->n++] = x;
}

static void print_row(const char *name, series *s)
{
    if (!s->n) {
        printf("| %s | — | — | — | 0 |\n", name);
        return;
    }
    qsort(s->v, (size_t)s->n, sizeof *s->v, by_value);
    printf("| %s | %.2f | %.2f | %.2f | %d |\n", name, s->v[0], s->v[s->n / 2], s->v[s->n - 1], s->n);
    free(s->v);
    *s = (series){0};
}

static void bench_size(const char *scenarios, int w, int h, int rounds)
{
    harness *hs = harness_new(w, h);
    char dir[] = "/tmp/uh-bench-frames-XXXXXX";
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        exit(1);
    }
    snprintf(hs->db, sizeof hs->db, "%s/results.db", dir);
    harness_open(hs, scenarios, dir, UH_MODE_SELF);
    uh_ui_set_framebuffer(hs->ui, hs->surf);
    draw(hs);
    type(hs, "Bench Trainee");
    key(hs, UH_KEY_ENTER);
    uh_screen_id screens[] = {UH_SCREEN_MENU, UH_SCREEN_SUMMARY};
    const char *names[] = {"menu", "summary"};
    for (int sc = 0; sc < 2; sc++) {
        series s[NKINDS] = {{0}};
        for (int r = 0; r < rounds; r++) {
            uh_ui_go(hs->ui, screens[sc]);
            uh_text_clear(hs->ui->t);
            double t0 = cpu_ms();
            draw(hs);
            add(&s[PREP1], cpu_ms() - t0);
            while (hs->ui->entrance == UH_ENTER_PREPARE) {
                t0 = cpu_ms();
                draw(hs);
                add(&s[PREPN], cpu_ms() - t0);
            }
            hs->ui->reveal_since = SDL_GetTicks() - 40;
            t0 = cpu_ms();
            draw(hs);
            add(&s[FADE1], cpu_ms() - t0);
            hs->ui->reveal_since = SDL_GetTicks() - 100;
            t0 = cpu_ms();
            draw(hs);
            add(&s[BLEND], cpu_ms() - t0);
            hs->ui->reveal_since -= 1000;
            t0 = cpu_ms();
            draw(hs);
            add(&s[UNVEIL], cpu_ms() - t0);
            uh_ui_invalidate(hs->ui);
            t0 = cpu_ms();
            draw(hs);
            add(&s[WHOLE], cpu_ms() - t0);
            /* The same a moment later, as a person's next key comes: the
             * caches have cooled while the thread slept. */
            SDL_Delay(100);
            uh_ui_invalidate(hs->ui);
            t0 = cpu_ms();
            draw(hs);
            add(&s[WHOLE_IDLE], cpu_ms() - t0);
            t0 = cpu_ms();
            for (int k = 0; k < 100 && uh_ui_idle(hs->ui); k++)
                ;
            add(&s[IDLE], cpu_ms() - t0);
            uh_ui_input(hs->ui, &(uh_input){.type = UH_IN_KEY, .key = UH_KEY_PAGEDOWN});
            t0 = cpu_ms();
            draw(hs);
            if (hs->ui->moved)
                add(&s[MOVED], cpu_ms() - t0);
            uh_ui_input(hs->ui, &(uh_input){.type = UH_IN_KEY, .key = UH_KEY_PAGEUP});
            draw(hs);
            uh_ui_input(hs->ui, &(uh_input){.type = UH_IN_KEY, .key = UH_KEY_TAB});
            t0 = cpu_ms();
            draw(hs);
            if (hs->ui->restyled)
                add(&s[TAB], cpu_ms() - t0);
        }
        printf("\n| %s at %dx%d, CPU ms | min | median | max | frames |\n|---|---|---|---|---|\n", names[sc], w, h);
        for (int k = 0; k < NKINDS; k++)
            print_row(kind_names[k], &s[k]);
    }
    harness_free(hs);
    char rm[300];
    snprintf(rm, sizeof rm, "rm -rf '%s'", dir);
    if (system(rm) != 0)
        fprintf(stderr, "uh_bench_frames: could not remove %s\n", dir);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: uh_bench_frames SCENARIOS-DIR [WxH ...] [--rounds N]\n");
        return 2;
    }
    int rounds = 15, nsizes = 0, sizes[8][2];
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--rounds") == 0 && i + 1 < argc)
            rounds = atoi(argv[++i]);
        else if (nsizes < 8 && sscanf(argv[i], "%dx%d", &sizes[nsizes][0], &sizes[nsizes][1]) == 2)
            nsizes++;
    }
    if (!nsizes) {
        sizes[0][0] = 1920, sizes[0][1] = 1080, sizes[1][0] = 1080, sizes[1][1] = 1920;
        nsizes = 2;
    }
    if (SDL_Init(0) != 0) {
        fprintf(stderr, "uh_bench_frames: %s\n", SDL_GetError());
        return 1;
    }
    for (int i = 0; i < nsizes; i++)
        bench_size(argv[1], sizes[i][0], sizes[i][1], rounds < 1 ? 1 : rounds);
    SDL_Quit();
    return 0;
}
