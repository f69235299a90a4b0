/* SPDX-License-Identifier: Apache-2.0 */
/* floor.c — the "bare SDL floor" for bench.py: a minimal SDL2 + SDL2_ttf
 * program with the software renderer (no GL) that draws one screen of
 * comparable content (a title, an 18-line paragraph, three buttons) and
 * waits in SDL_WaitEvent. It reports like unhooked does with
 * UNHOOKED_BENCH=1: the time its first frame was presented (and the CPU
 * time the process had used by then) and, with
 * UNHOOKED_BENCH_FRAMES=N, the median time to draw and present a frame.
 *
 * With FLOOR_FRAME_LOG=FILE it also draws the screen again, whole, for
 * every key and wheel notch (the wheel and Page Up/Down scroll the
 * paragraph), and appends a line per frame in the format of
 * UNHOOKED_FRAME_LOG (screen "floor", wall and CPU ms, time, kind "whole",
 * 0, system ms, minor faults, involuntary switches): bench/run drives it
 * with the same input as the program's screens. */
#define _GNU_SOURCE /* RUSAGE_THREAD */
#include <SDL.h>
#include <SDL_ttf.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double cpu_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static SDL_Texture *text(SDL_Renderer *r, TTF_Font *f, const char *s, SDL_Color c, int wrap, int *w, int *h)
{
    SDL_Surface *surf = wrap ? TTF_RenderUTF8_Blended_Wrapped(f, s, c, (Uint32)wrap) : TTF_RenderUTF8_Blended(f, s, c);
    SDL_Texture *t = SDL_CreateTextureFromSurface(r, surf);
    *w = surf->w;
    *h = surf->h;
    SDL_FreeSurface(surf);
    return t;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    int W = argc > 2 ? atoi(argv[1]) : 1920, H = argc > 2 ? atoi(argv[2]) : 1080;
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0)
        return 1;
    SDL_Window *win = SDL_CreateWindow("floor", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, W, H, 0);
    SDL_Renderer *r = SDL_CreateRenderer(win, -1, 0);
    const char *dir = "/usr/share/fonts/truetype/noto/";
    char p1[256], p2[256];
    snprintf(p1, sizeof p1, "%sNotoSans-Regular.ttf", dir);
    snprintf(p2, sizeof p2, "%sNotoSans-Bold.ttf", dir);
    TTF_Font *body = TTF_OpenFont(p1, 28), *bold = TTF_OpenFont(p2, 56);
    if (!body || !bold)
        return 1;
    SDL_Color ink = {26, 34, 51, 255}, white = {255, 255, 255, 255};
    const char *para = "Security awareness training. You will meet people who want something from you. "
                       "Notice the signs, and decide when and how to report them. A senior fellow of a "
                       "maritime think tank sends you a friendly connection request. She has read your post "
                       "about the drive controller you work on, and she would value your voice in her network. "
                       "Her photo shows a smiling professional in front of a harbour. LinkedIn says you have "
                       "two connections in common, both recruiters. The institute's website has a glossy "
                       "events calendar but no staff list, and its oldest publication is from last spring. "
                       "Seen up close, her photo has the soft, even light of an advertising shoot. Under "
                       "languages she lists four. Her network is almost all engineers in your sector, with "
                       "hardly anyone from the institute itself. A senior title, but a career that starts "
                       "three years ago. She would like to send the brief to your personal e-mail, because "
                       "messages on the platform tend to get lost, she says, and the honorarium is generous "
                       "for three pages of public information, your personal view only.";
    int tw, th, pw, ph, bw[3], bh[3];
    SDL_Texture *title = text(r, bold, "The Institute That Liked Your Post", ink, 0, &tw, &th);
    SDL_Texture *ptex = text(r, body, para, ink, 1000, &pw, &ph);
    const char *labels[3] = {"Open her profile", "Accept the request", "Report it to security"};
    SDL_Texture *btex[3];
    for (int i = 0; i < 3; i++)
        btex[i] = text(r, body, labels[i], white, 0, &bw[i], &bh[i]);
    const char *bench = getenv("UNHOOKED_BENCH"), *nf = getenv("UNHOOKED_BENCH_FRAMES");
    int frames = nf ? atoi(nf) : 0;
    const char *log_path = getenv("FLOOR_FRAME_LOG");
    FILE *log = log_path && *log_path ? fopen(log_path, "a") : NULL;
    int scroll = 0; /* the paragraph's offset, moved by the wheel and Page Up/Down */
    bool dirty = true, first = true;
    for (;;) {
        if (dirty) {
            int n = first && frames > 0 ? frames + 1 : 1;
            double *t = calloc((size_t)n, sizeof *t);
            for (int k = 0; k < n; k++) {
                double t0 = now_s(), c0 = cpu_s();
                struct rusage ru0 = {0}, ru1;
                if (log)
                    getrusage(RUSAGE_THREAD, &ru0);
                SDL_SetRenderDrawColor(r, 238, 241, 246, 255);
                SDL_RenderClear(r);
                SDL_RenderCopy(r, title, NULL, &(SDL_Rect){80, 60, tw, th});
                SDL_RenderCopy(r, ptex, NULL, &(SDL_Rect){80, 60 + th + 30 - scroll, pw, ph});
                for (int i = 0; i < 3; i++) {
                    SDL_Rect b = {1200, 200 + i * 110, 560, 80};
                    SDL_SetRenderDrawColor(r, 37, 95, 224, 255);
                    SDL_RenderFillRect(r, &b);
                    SDL_RenderCopy(r, btex[i], NULL, &(SDL_Rect){b.x + 30, b.y + (80 - bh[i]) / 2, bw[i], bh[i]});
                }
                SDL_RenderPresent(r);
                t[k] = (now_s() - t0) * 1000;
                if (log) {
                    getrusage(RUSAGE_THREAD, &ru1);
                    double sys_ms = (ru1.ru_stime.tv_sec - ru0.ru_stime.tv_sec) * 1e3 +
                                    (ru1.ru_stime.tv_usec - ru0.ru_stime.tv_usec) / 1e3;
                    fprintf(log, "floor %.3f %.3f %.6f whole 0 %.3f %ld %ld\n", t[k], (cpu_s() - c0) * 1000,
                            now_s(), sys_ms, ru1.ru_minflt - ru0.ru_minflt, ru1.ru_nivcsw - ru0.ru_nivcsw);
                    fflush(log);
                }
                if (k == 0 && first && bench && *bench) {
                    struct timespec cpu;
                    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
                    fprintf(stderr, "UNHOOKED_BENCH first_frame_at=%.6f cpu_ms=%.1f\n", now_s(),
                            (cpu.tv_sec + cpu.tv_nsec / 1e9) * 1000);
                }
            }
            if (n > 1) {
                qsort(t + 1, (size_t)frames, sizeof *t, cmp);
                fprintf(stderr, "UNHOOKED_BENCH frame_ms_median=%.3f frames=%d\n", t[1 + frames / 2], frames);
            }
            free(t);
            first = dirty = false;
        }
        SDL_Event e;
        if (!SDL_WaitEvent(&e) || e.type == SDL_QUIT)
            break;
        if (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_EXPOSED)
            dirty = true;
        if (log && e.type == SDL_KEYDOWN) {
            SDL_Keycode k = e.key.keysym.sym;
            scroll += k == SDLK_PAGEDOWN ? 400 : k == SDLK_PAGEUP ? -400 : 0;
            dirty = true;
        } else if (log && e.type == SDL_MOUSEWHEEL) {
            scroll -= e.wheel.y * 40;
            dirty = true;
        }
        if (scroll < 0)
            scroll = 0;
        if (scroll > ph)
            scroll = ph;
    }
    if (log)
        fclose(log);
    SDL_Quit();
    return 0;
}
