/* SPDX-License-Identifier: Apache-2.0 */
/* app.c — the SDL shell of the trainee program: command line, window,
 * renderer, and the event loop that turns SDL events into plain input for
 * the screens (ui/ui.h) and sleeps in SDL_WaitEvent when nothing moves.
 *
 * The software renderer with framebuffer acceleration off is the default:
 * on machines without a GPU it starts about three times faster and uses
 * some 67 MB less than SDL's OpenGL renderer on llvmpipe. SDL_RENDER_DRIVER
 * and SDL_FRAMEBUFFER_ACCELERATION in the environment still override it.
 *
 * Kiosk mode (--kiosk) takes the whole screen, hides the pointer while a
 * finger is used, keeps the screen saver off, grabs the keyboard so window
 * manager shortcuts that SDL can swallow do not reach the desktop, and
 * ignores requests to close the window (Alt+F4, the window manager): only
 * the admin screen's Exit, behind the PIN, leaves. A quit that is not a
 * window close (SIGTERM/SIGINT, which SDL turns into a quit event, e.g.
 * `systemctl stop`) still ends the program. Without a configured PIN the
 * kiosk cannot be left from the screen at all (see docs/deployment.md). */
#define _GNU_SOURCE /* RUSAGE_THREAD */
#include <SDL.h>
#include <signal.h>
#include <sys/resource.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../admin/pin.h"
#include "../../core/config.h"
#include "../../core/i18n.h"
#include "../../core/util.h"
#include "../../script/sandbox.h"
#include "../../ui/ui.h"
#include "../watchdog.h"
#include "app.h"
#include "screen.h"
#include "test_input.h"
#include "xkeys.h"

typedef struct app_args {
    const char *config, *db, *cohort, *only;
    int width, height;  /* 0: default */
    bool kiosk, facilitate;
} app_args;

/* Events pushed by the shell's timers (run on SDL's timer thread; the
 * work happens when the loop handles the event). */
enum { EV_TICK, EV_WATCHDOG };

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "unhooked: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nusage: unhooked [--kiosk | --facilitate] [--cohort CODE] [--config FILE] [--db PATH] "
                    "[--size WxH] [--only AUDIENCE[,AUDIENCE]]\n");
    return 2;
}

/* Parses the window program's options; returns 0 or an exit status. */
static int parse_args(int argc, char **argv, app_args *a)
{
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i];
        bool has_value = i + 1 < argc;
        if (strcmp(o, "--kiosk") == 0) {
            a->kiosk = true;
        } else if (strcmp(o, "--facilitate") == 0) {
            a->facilitate = true;
        } else if (strcmp(o, "--config") == 0 || strcmp(o, "--db") == 0 || strcmp(o, "--size") == 0 ||
                   strcmp(o, "--cohort") == 0 || strcmp(o, "--only") == 0) {
            if (!has_value)
                return usage_error("option '%s' needs a value", o);
            const char *v = argv[++i];
            if (strcmp(o, "--config") == 0)
                a->config = v;
            else if (strcmp(o, "--only") == 0)
                a->only = v;
            else if (strcmp(o, "--cohort") == 0) {
                a->cohort = v;
                if (!*v || strlen(v) > 60 || strspn(v, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                       "0123456789-_.") != strlen(v))
                    return usage_error("--cohort wants a short code of letters, digits, '-', '_' or '.', "
                                       "not '%s'", v);
            }
            else if (strcmp(o, "--db") == 0)
                a->db = v;
            else if (sscanf(v, "%dx%d", &a->width, &a->height) != 2 || a->width < 200 ||
                     a->height < 200 || a->width > 16384 || a->height > 16384)
                return usage_error("--size wants WIDTHxHEIGHT, e.g. 1280x720, not '%s'", v);
        } else {
            return usage_error("unknown option '%s'", o);
        }
    }
    if (a->kiosk && a->facilitate)
        return usage_error("%s", "--kiosk and --facilitate cannot be combined");
    return 0;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* CPU time of this thread: what a frame costs whatever else the machine
 * is doing. */
static double cpu_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* ---------------------------------------------------------------------
 * SDL events -> plain input
 * ------------------------------------------------------------------- */

static bool key_input(const SDL_KeyboardEvent *k, uh_input *in)
{
    in->type = UH_IN_KEY;
    in->shift = (k->keysym.mod & KMOD_SHIFT) != 0;
    SDL_Keycode c = k->keysym.sym;
    switch (c) {
    case SDLK_TAB: in->key = UH_KEY_TAB; break;
    case SDLK_UP: in->key = UH_KEY_UP; break;
    case SDLK_DOWN: in->key = UH_KEY_DOWN; break;
    case SDLK_LEFT: in->key = UH_KEY_LEFT; break;
    case SDLK_RIGHT: in->key = UH_KEY_RIGHT; break;
    case SDLK_RETURN:
    case SDLK_KP_ENTER: in->key = UH_KEY_ENTER; break;
    case SDLK_SPACE: in->key = UH_KEY_SPACE; break;
    case SDLK_ESCAPE:
    case SDLK_AC_BACK: in->key = UH_KEY_ESCAPE; break;
    case SDLK_BACKSPACE: in->key = UH_KEY_BACKSPACE; break;
    case SDLK_PAGEUP: in->key = UH_KEY_PAGEUP; break;
    case SDLK_PAGEDOWN: in->key = UH_KEY_PAGEDOWN; break;
    case SDLK_HOME: in->key = UH_KEY_HOME; break;
    case SDLK_END: in->key = UH_KEY_END; break;
    case SDLK_f: in->key = UH_KEY_F; break;
    case SDLK_d: in->key = UH_KEY_D; break;
    case SDLK_F2: in->key = UH_KEY_READ; break;
    case SDLK_a:
        if ((k->keysym.mod & KMOD_CTRL) && (k->keysym.mod & KMOD_ALT)) {
            in->key = UH_KEY_ADMIN;
            break;
        }
        return false;
    default:
        if (c >= SDLK_0 && c <= SDLK_9) {
            in->key = UH_KEY_DIGIT;
            in->digit = c - SDLK_0;
        } else if (c >= SDLK_KP_1 && c <= SDLK_KP_9) {
            in->key = UH_KEY_DIGIT;
            in->digit = c - SDLK_KP_1 + 1;
        } else if (c == SDLK_KP_0) {
            in->key = UH_KEY_DIGIT;
            in->digit = 0;
        } else {
            return false;
        }
    }
    return true;
}

/* Converts e; returns false when it is not input the screens care about.
 * Mouse events synthesised from touch are dropped (the finger events come
 * too), and only the first finger down is followed. */
static bool to_input(const SDL_Event *e, int w, int h, SDL_FingerID *finger, uh_input *in)
{
    memset(in, 0, sizeof *in);
    switch (e->type) {
    case SDL_KEYDOWN:
        return key_input(&e->key, in);
    case SDL_TEXTINPUT:
        in->type = UH_IN_TEXT;
        snprintf(in->text, sizeof in->text, "%s", e->text.text);
        return true;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
        if (e->button.which == SDL_TOUCH_MOUSEID || e->button.button != SDL_BUTTON_LEFT)
            return false;
        in->type = e->type == SDL_MOUSEBUTTONDOWN ? UH_IN_DOWN : UH_IN_UP;
        in->x = (float)e->button.x;
        in->y = (float)e->button.y;
        return true;
    case SDL_MOUSEMOTION:
        if (e->motion.which == SDL_TOUCH_MOUSEID)
            return false;
        in->type = UH_IN_MOVE;
        in->x = (float)e->motion.x;
        in->y = (float)e->motion.y;
        return true;
    case SDL_MOUSEWHEEL:
        in->type = UH_IN_WHEEL;
        in->wheel = e->wheel.preciseY != 0 ? e->wheel.preciseY : (float)e->wheel.y;
        if (e->wheel.direction == SDL_MOUSEWHEEL_FLIPPED)
            in->wheel = -in->wheel;
        return true;
    case SDL_FINGERDOWN:
    case SDL_FINGERUP:
    case SDL_FINGERMOTION:
        if (e->type == SDL_FINGERDOWN && *finger == -1)
            *finger = e->tfinger.fingerId;
        if (e->tfinger.fingerId != *finger)
            return false;
        in->type = e->type == SDL_FINGERDOWN ? UH_IN_DOWN : e->type == SDL_FINGERUP ? UH_IN_UP : UH_IN_MOVE;
        in->touch = true;
        in->x = e->tfinger.x * w;
        in->y = e->tfinger.y * h;
        if (e->type == SDL_FINGERUP)
            *finger = -1;
        return true;
    default:
        return false;
    }
}

/* ---------------------------------------------------------------------
 * Stopping while a script runs
 * ------------------------------------------------------------------- */

/* SDL turns SIGTERM and SIGINT into a quit event, which the loop reads only
 * between frames; a script call in progress would hold it until its time
 * limit. These handlers stop the script at once (the call fails, the loop
 * comes round and reads the quit event) and then pass the signal on to
 * SDL's handlers, or to the default action when SDL installed none. */
static struct sigaction sdl_on_term, sdl_on_int;

static void on_stop_signal(int sig)
{
    uh_sandbox_interrupt();
    const struct sigaction *prev = sig == SIGTERM ? &sdl_on_term : &sdl_on_int;
    if (!(prev->sa_flags & SA_SIGINFO) && prev->sa_handler != SIG_DFL && prev->sa_handler != SIG_IGN) {
        prev->sa_handler(sig);
    } else if (prev->sa_handler == SIG_DFL) {
        signal(sig, SIG_DFL);
        raise(sig);
    }
}

static void catch_stop_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_stop_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, &sdl_on_term);
    sigaction(SIGINT, &sa, &sdl_on_int);
}

/* ---------------------------------------------------------------------
 * The program
 * ------------------------------------------------------------------- */

static char *cert_dir(void)
{
    const char *env = getenv("UNHOOKED_CERT_DIR");
    if (env && *env)
        return uh_xstrdup(env);
    const char *home = getenv("HOME");
    return home && *home ? uh_xasprintf("%s/unhooked-certificates", home) : uh_xstrdup("unhooked-certificates");
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* Timer callbacks: push an event for the loop (SDL_PushEvent is
 * thread-safe) and keep the same interval. */
static Uint32 push_event(Uint32 interval, void *param)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_USEREVENT;
    e.user.code = (int)(intptr_t)param;
    SDL_PushEvent(&e);
    return interval;
}

/* Kiosk: keeps the window on the whole monitor after a change of
 * resolution or orientation (checked on every tick, so within a second).
 * With a window manager its fullscreen follows the screen; without one the
 * window is moved and resized here, and the SIZE_CHANGED event that follows
 * lays the screens out again. Does nothing when the screen is not known. */
static void kiosk_fit(SDL_Window *win, uh_screen *screen)
{
    if (!screen)
        return;
    bool full = (SDL_GetWindowFlags(win) & SDL_WINDOW_FULLSCREEN_DESKTOP) != 0;
    if (uh_screen_has_wm(screen)) {
        if (!full)
            SDL_SetWindowFullscreen(win, SDL_WINDOW_FULLSCREEN_DESKTOP);
        return;
    }
    if (full)
        SDL_SetWindowFullscreen(win, 0);
    SDL_Rect r;
    int x, y, w, h;
    if (!uh_screen_rect(screen, &r))
        return;
    SDL_GetWindowPosition(win, &x, &y);
    SDL_GetWindowSize(win, &w, &h);
    if (x != r.x || y != r.y)
        SDL_SetWindowPosition(win, r.x, r.y);
    if (w != r.w || h != r.h)
        SDL_SetWindowSize(win, r.w, r.h);
}

/* UNHOOKED_BENCH_FRAMES=N: draws the current screen N more times and prints
 * the median time per frame (drawing plus presenting), wall and CPU. */
static void bench_frames(uh_ui *ui, SDL_Renderer *r, int n)
{
    double *t = uh_xcalloc((size_t)n, sizeof *t), *c = uh_xcalloc((size_t)n, sizeof *c);
    for (int i = 0; i < n; i++) {
        double t0 = now_s(), c0 = cpu_s();
        uh_ui_invalidate(ui);
        uh_ui_draw(ui);
        SDL_RenderPresent(r);
        t[i] = (now_s() - t0) * 1000;
        c[i] = (cpu_s() - c0) * 1000;
    }
    qsort(t, (size_t)n, sizeof *t, cmp_double);
    qsort(c, (size_t)n, sizeof *c, cmp_double);
    fprintf(stderr, "UNHOOKED_BENCH frame_ms_median=%.3f frame_cpu_ms_median=%.3f frames=%d\n", t[n / 2],
            c[n / 2], n);
    free(t);
    free(c);
}

int uh_app_main(int argc, char **argv)
{
    app_args a = {0};
    int rc = parse_args(argc, argv, &a);
    if (rc)
        return rc;

    uh_config cfg;
    uh_error err;
    uh_error_clear(&err);
    const char *cfg_path = a.config ? a.config : uh_config_default_path();
    if (uh_config_load(&cfg, cfg_path, &err) != 0) {
        char buf[1400];
        fprintf(stderr, "unhooked: %s\n", uh_error_format(&err, buf, sizeof buf));
        uh_config_free(&cfg);
        return 2;
    }
    if (a.only && uh_config_set_audiences(&cfg, a.only, &err) != 0) {
        rc = usage_error("--only: %s", err.msg);
        uh_config_free(&cfg);
        return rc;
    }
    /* The window starts in the configured language, else the environment's. */
    if (cfg.language)
        uh_i18n_set_language(cfg.language);
    char *db = a.db ? uh_xstrdup(a.db) : uh_config_results_db(&cfg);
    char *scenarios = uh_config_scenarios_dir(&cfg);
    char *certs = cert_dir();

    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    SDL_SetHint(SDL_HINT_MOUSE_FOCUS_CLICKTHROUGH, "1");
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    if (a.kiosk) {
        SDL_SetHint(SDL_HINT_GRAB_KEYBOARD, "1");
        SDL_SetHint(SDL_HINT_ALLOW_ALT_TAB_WHILE_GRABBED, "0");
        SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "0");
        /* The admin PIN's hash, from its file beside the configuration. An
         * unusable file leaves the kiosk running without a PIN: it says so
         * here (the journal) and on the admin screen ("no PIN set"). */
        uh_error pin_err;
        if (uh_pin_load_configured(&cfg, &pin_err) != 0) {
            char buf[1400];
            fprintf(stderr, "unhooked: admin PIN: %s\n",
                    uh_error_format(&pin_err, buf, sizeof buf));
        }
    }
    rc = 1;
    SDL_Window *win = NULL;
    SDL_Renderer *ren = NULL;
    uh_ui *ui = NULL;
    uh_screen *screen = NULL;
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        fprintf(stderr, "unhooked: cannot start video: %s\n", SDL_GetError());
        goto done;
    }
    catch_stop_signals();
    int w = a.width, h = a.height;
    if (!w) {
        /* Default: 1280×720, or smaller to fit the screen. */
        SDL_Rect usable;
        w = 1280;
        h = 720;
        if (SDL_GetDisplayUsableBounds(0, &usable) == 0 && usable.w > 0) {
            if (w > usable.w)
                w = usable.w;
            if (h > usable.h)
                h = usable.h;
        }
    }
    int x = SDL_WINDOWPOS_CENTERED, y = SDL_WINDOWPOS_CENTERED;
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (a.kiosk) {
        /* The whole monitor, whatever --size says. The window is created at
         * the monitor's size, so it covers it even where fullscreen cannot
         * happen (X with no window manager); kiosk_fit keeps it so. */
        screen = uh_screen_open();
        SDL_Rect r;
        if (!uh_screen_rect(screen, &r) && SDL_GetDisplayBounds(0, &r) != 0)
            r = (SDL_Rect){0, 0, w, h};
        x = r.x;
        y = r.y;
        w = r.w;
        h = r.h;
        flags = SDL_WINDOW_BORDERLESS | SDL_WINDOW_ALLOW_HIGHDPI;
        /* Under X with a window manager SDL waits up to 100 ms for it to
         * confirm a fullscreen window, which held the first frame: there the
         * window goes fullscreen once its first frame is shown (kiosk_fit). */
        if (!screen)
            flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    }
    win = SDL_CreateWindow("Unhooked", x, y, w, h, flags);
    if (!win) {
        fprintf(stderr, "unhooked: cannot open a window: %s\n", SDL_GetError());
        goto done;
    }
    uh_xkeys_latin1(win);  /* before the first event: see xkeys.h */
    if (a.kiosk) {
        SDL_DisableScreenSaver();
        SDL_SetWindowKeyboardGrab(win, SDL_TRUE);
    }
    SDL_SetWindowMinimumSize(win, 480, 400);
    ren = SDL_CreateRenderer(win, -1, 0);
    if (!ren) {
        fprintf(stderr, "unhooked: cannot create a renderer: %s\n", SDL_GetError());
        goto done;
    }
    uh_ui_options opt = {&cfg, db, scenarios, certs,
                         a.kiosk ? UH_MODE_KIOSK : a.facilitate ? UH_MODE_FACILITATE : UH_MODE_SELF, a.cohort};
    ui = uh_ui_new(ren, &opt, &err);
    if (!ui) {
        char buf[1400];
        fprintf(stderr, "unhooked: %s\n", uh_error_format(&err, buf, sizeof buf));
        goto done;
    }
    SDL_GetRendererOutputSize(ren, &w, &h);
    uh_ui_resize(ui, w, h);
    SDL_StartTextInput();
    /* The software renderer draws into the window's surface, whose pixels
     * stay between frames: a frame that only scrolls may move them. */
    SDL_RendererInfo info;
    bool software = SDL_GetRendererInfo(ren, &info) == 0 && strcmp(info.name, "software") == 0;

    const char *touch = getenv("UNHOOKED_TEST_INPUT");
    if (touch && *touch && uh_test_input_start(touch, SDL_GetWindowID(win)) != 0)
        fprintf(stderr, "unhooked: cannot read test input from %s\n", touch);
    const char *bench = getenv("UNHOOKED_BENCH");
    const char *trace = getenv("UNHOOKED_TRACE");
    /* UNHOOKED_FRAME_LOG=FILE: a line per frame: the screen, the time spent
     * drawing and presenting it (wall and CPU, ms), the wall-clock time
     * it was presented (s), its kind (uh_ui_frame_kind), how many
     * rectangles it sent (0: the whole window), and of its CPU the system
     * time (ms), the minor page faults and the times the thread was
     * preempted, appended; bench/run reads it. */
    const char *frame_log_path = getenv("UNHOOKED_FRAME_LOG");
    FILE *frame_log = frame_log_path && *frame_log_path ? fopen(frame_log_path, "a") : NULL;
    bool first = true, trace_settled = true;
    bool trace_input = false; /* input taken since the trace was last written */
    SDL_FingerID finger = -1;
    SDL_TimerID tick_timer = 0, dog_timer = 0;
    if (uh_ui_tick_ms(ui))
        tick_timer = SDL_AddTimer(uh_ui_tick_ms(ui), push_event, (void *)(intptr_t)EV_TICK);
    bool closing = false;  /* a window close request preceded the quit */
    bool loading = false;  /* scenario files remain to be loaded */
    for (;;) {
        int timeout = -1;
        if (uh_ui_needs_draw(ui, &timeout)) {
            double drawn = frame_log ? now_s() : 0, drawn_cpu = frame_log ? cpu_s() : 0;
            struct rusage ru0 = {0};
            if (frame_log)
                getrusage(RUSAGE_THREAD, &ru0);
            uh_ui_set_framebuffer(ui, software ? SDL_GetWindowSurface(win) : NULL);
            uh_ui_draw(ui);
            /* A frame that changed part of the window sends only that part
             * to the display (over X11, the copy of the rest is saved). */
            const SDL_Rect *damage;
            int ndamage = software ? uh_ui_damage(ui, &damage) : 0;
            if (ndamage > 0) {
                SDL_RenderFlush(ren);
                SDL_UpdateWindowSurfaceRects(win, damage, ndamage);
            } else {
                SDL_RenderPresent(ren);
            }
            if (frame_log) {
                double done = now_s();
                struct rusage ru1;
                getrusage(RUSAGE_THREAD, &ru1);
                double sys_ms = (ru1.ru_stime.tv_sec - ru0.ru_stime.tv_sec) * 1e3 +
                                (ru1.ru_stime.tv_usec - ru0.ru_stime.tv_usec) / 1e3;
                fprintf(frame_log, "%s %.3f %.3f %.6f %s %d %.3f %ld %ld\n", uh_ui_screen_name(ui),
                        (done - drawn) * 1000, (cpu_s() - drawn_cpu) * 1000, done, uh_ui_frame_kind(ui), ndamage,
                        sys_ms, ru1.ru_minflt - ru0.ru_minflt, ru1.ru_nivcsw - ru0.ru_nivcsw);
                fflush(frame_log);
            }
            if (first && bench && *bench) {
                struct timespec pc;  /* the whole process's CPU time, every thread */
                clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &pc);
                fprintf(stderr, "UNHOOKED_BENCH first_frame_at=%.6f cpu_ms=%.1f\n", now_s(),
                        (pc.tv_sec + pc.tv_nsec / 1e9) * 1000);
                const char *nf = getenv("UNHOOKED_BENCH_FRAMES");
                if (nf && atoi(nf) > 0)
                    bench_frames(ui, ren, atoi(nf));
            }
            if (first) {
                /* READY once the window is up; the scenarios load after it,
                 * a file per turn of the loop (below), so that no file,
                 * however slow, holds the start or the watchdog. */
                loading = true;
                if (a.kiosk)
                    kiosk_fit(win, screen);
                uh_watchdog_ready();
                unsigned dog = uh_watchdog_interval_ms();
                if (dog)
                    dog_timer = SDL_AddTimer(dog, push_event, (void *)(intptr_t)EV_WATCHDOG);
            }
            first = false;
            if (trace && *trace) {
                uh_ui_write_trace(ui, trace);
                trace_settled = !uh_ui_needs_draw(ui, &timeout);
                trace_input = false;
            }
            uh_ui_needs_draw(ui, &timeout);
        } else if (trace && *trace && (!trace_settled || trace_input)) {
            /* The animation ended without another frame: say so, so a test
             * waiting to take a screenshot knows the window is still. Input
             * that changed nothing on screen is written too (the pointer's
             * place), so a test knows it was taken before it acts on the
             * trace's rectangles. */
            uh_ui_write_trace(ui, trace);
            trace_settled = true;
            trace_input = false;
        }
        /* A still screen makes the text around what shows, a little at a
         * time, reading the events between (none while loading). */
        bool idle_more = !loading && uh_ui_idle(ui);
        SDL_Event e;
        int got = loading || idle_more ? SDL_PollEvent(&e)
                  : timeout >= 0 ? SDL_WaitEventTimeout(&e, timeout) : SDL_WaitEvent(&e);
        bool quit = false;
        while (got) {
            if (e.type == SDL_QUIT) {
                /* In the kiosk a closed window (Alt+F4) is refused; a signal is not. */
                if (!a.kiosk || !closing) {
                    quit = true;
                    break;
                }
                closing = false;
            } else if (e.type == SDL_USEREVENT) {
                if (e.user.code == EV_WATCHDOG) {
                    uh_watchdog_ping();
                } else {
                    uh_ui_tick(ui);
                    kiosk_fit(win, screen);
                }
            } else if (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_CLOSE) {
                closing = true;
            } else if (e.type == SDL_WINDOWEVENT) {
                if (e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
                    SDL_GetRendererOutputSize(ren, &w, &h);
                    uh_ui_resize(ui, w, h);
                } else if (e.window.event == SDL_WINDOWEVENT_EXPOSED) {
                    uh_ui_invalidate(ui);
                }
            } else if (e.type == SDL_RENDER_TARGETS_RESET || e.type == SDL_RENDER_DEVICE_RESET) {
                uh_ui_invalidate(ui);
            } else {
                uh_input in;
                if (a.kiosk && e.type == SDL_FINGERDOWN)
                    SDL_ShowCursor(SDL_DISABLE);  /* a touch screen: no pointer over the content */
                else if (a.kiosk && e.type == SDL_MOUSEMOTION && e.motion.which != SDL_TOUCH_MOUSEID)
                    SDL_ShowCursor(SDL_ENABLE);
                if (to_input(&e, w, h, &finger, &in)) {
                    uh_ui_input(ui, &in);
                    trace_input = true;
                }
            }
            got = SDL_PollEvent(&e);
        }
        if (quit || uh_ui_wants_quit(ui))
            break;
        if (loading) {
            loading = uh_ui_preload_step(ui);
            uh_watchdog_ping();
        }
    }
    if (tick_timer)
        SDL_RemoveTimer(tick_timer);
    if (dog_timer)
        SDL_RemoveTimer(dog_timer);
    uh_watchdog_stopping();
    if (frame_log)
        fclose(frame_log);
    rc = 0;
done:
    uh_ui_free(ui);
    uh_screen_close(screen);
    if (ren)
        SDL_DestroyRenderer(ren);
    if (win)
        SDL_DestroyWindow(win);
    SDL_Quit();
    free(certs);
    free(scenarios);
    free(db);
    uh_config_free(&cfg);
    return rc;
}
