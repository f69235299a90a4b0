/* test_ui_screens.c — the screens driven off screen, without X: SDL's
 * software renderer draws into a surface, input goes in as the plain
 * records the shell makes of SDL events (ui/input.h), and the checks read
 * the widgets each frame registered. Covers the kiosk's public-screen
 * rules, keyboard focus, the fade that must end on a clean frame, and the
 * layout rules that keep the important controls in view. */
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../testing.h"
#include "core/config.h"
#include "core/util.h"
#include "ui/osk.h"
#include "ui/screens.h"

static const char *fixtures;
static char work[256];

typedef struct harness {
    SDL_Surface *surf;
    SDL_Renderer *r;
    uh_config cfg;
    char db[320], certs[320];
    uh_ui *ui;
} harness;

/* A program of w×h pixels in mode, on the fixture scenarios, its first
 * screen drawn. */
static harness *start(int w, int h, uh_ui_mode mode)
{
    harness *hs = uh_xcalloc(1, sizeof *hs);
    hs->surf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    hs->r = SDL_CreateSoftwareRenderer(hs->surf);
    uh_config_defaults(&hs->cfg);
    static int n;
    snprintf(hs->db, sizeof hs->db, "%s/results-%d.db", work, ++n);
    snprintf(hs->certs, sizeof hs->certs, "%s/certs-%d", work, n);
    uh_ui_options opt = {&hs->cfg, hs->db, fixtures, hs->certs, mode, mode == UH_MODE_FACILITATE ? "TEST" : NULL};
    uh_error err;
    hs->ui = uh_ui_new(hs->r, &opt, &err);
    if (!hs->ui) {
        printf("SKIP: %s\n", err.msg);
        exit(77);
    }
    uh_ui_resize(hs->ui, w, h);
    uh_ui_preload(hs->ui);
    uh_ui_draw(hs->ui);
    return hs;
}

static void stop(harness *hs)
{
    uh_ui_free(hs->ui);
    SDL_DestroyRenderer(hs->r);
    SDL_FreeSurface(hs->surf);
    uh_config_free(&hs->cfg);
    free(hs);
}

static void draw(harness *hs) { uh_ui_draw(hs->ui); }

static void input(harness *hs, uh_input in)
{
    uh_ui_input(hs->ui, &in);
    draw(hs);
}

static void key(harness *hs, uh_key k) { input(hs, (uh_input){.type = UH_IN_KEY, .key = k}); }
static void shift_tab(harness *hs) { input(hs, (uh_input){.type = UH_IN_KEY, .key = UH_KEY_TAB, .shift = true}); }
static void digit(harness *hs, int d) { input(hs, (uh_input){.type = UH_IN_KEY, .key = UH_KEY_DIGIT, .digit = d}); }

static void type(harness *hs, const char *s)
{
    uh_input in = {.type = UH_IN_TEXT};
    snprintf(in.text, sizeof in.text, "%s", s);
    input(hs, in);
}

/* The rectangle widget id registered in the last frame (w 0: none). */
static SDL_Rect rect_of(harness *hs, int id)
{
    for (int i = 0; i < hs->ui->g.nprev; i++)
        if (hs->ui->g.prev[i].id == id)
            return hs->ui->g.prev[i].r;
    return (SDL_Rect){0, 0, 0, 0};
}

static inline bool has(harness *hs, int id) { return rect_of(hs, id).w > 0; }

/* A press and release in the middle of widget id, by finger or mouse. */
static bool press(harness *hs, int id, bool touch)
{
    SDL_Rect r = rect_of(hs, id);
    if (r.w == 0)
        return false;
    float x = r.x + r.w / 2.0f, y = r.y + r.h / 2.0f;
    input(hs, (uh_input){.type = UH_IN_DOWN, .x = x, .y = y, .touch = touch});
    input(hs, (uh_input){.type = UH_IN_UP, .x = x, .y = y, .touch = touch});
    return true;
}

static const char *screen(harness *hs) { return uh_ui_screen_name(hs->ui); }

static void sign_in(harness *hs, const char *name)
{
    type(hs, name);
    key(hs, UH_KEY_ENTER);
}

/* From the menu: the fixture played to its report form by keys. */
static void to_report(harness *hs)
{
    press(hs, 1000, false);
    for (int i = 0; i < 4; i++)
        digit(hs, 1);
    digit(hs, 1); /* the cafe's report choice */
}

/* Tab until widget id has the focus; false when it never comes. */
static bool tab_to(harness *hs, int id)
{
    for (int i = 0; i < UH_GUI_MAX; i++) {
        key(hs, UH_KEY_TAB);
        if (hs->ui->g.focus == id)
            return true;
    }
    return false;
}

/* True when r lies inside the main region's view (nothing cut off). */
static bool in_view(harness *hs, SDL_Rect r)
{
    SDL_Rect v = hs->ui->g.region[0].view;
    return r.w > 0 && r.y >= v.y && r.y + r.h <= v.y + v.h && r.x >= 0 && r.x + r.w <= hs->ui->w;
}

/* Issue 11: arriving on the report form by keyboard, the first Tab went to
 * the second option, because the first had been focused silently. */
TEST(first_tab_goes_to_the_first_control)
{
    harness *hs = start(1280, 720, UH_MODE_SELF);
    sign_in(hs, "Test Trainee");
    CHECK_STR(screen(hs), "menu");
    press(hs, 1000, false);
    for (int i = 0; i < 4; i++)
        digit(hs, 1);
    CHECK_STR(screen(hs), "scene");
    CHECK(tab_to(hs, 1000)); /* the report choice, then Enter: a keyboard user */
    key(hs, UH_KEY_ENTER);
    CHECK_STR(screen(hs), "report");
    CHECK(hs->ui->g.focus == -1);
    key(hs, UH_KEY_TAB);
    CHECK_MSG(hs->ui->g.focus == 1000, "first Tab focused %d, not the first option", hs->ui->g.focus);
    stop(hs);
}

/* After "Next" the focus sat on the Next button of the new step, below the
 * fold, with no ring in view. */
TEST(next_step_keeps_the_ring_in_view)
{
    harness *hs = start(1280, 720, UH_MODE_SELF);
    sign_in(hs, "Test Trainee");
    to_report(hs);
    CHECK_STR(screen(hs), "report");
    digit(hs, 1);
    CHECK(tab_to(hs, 100));
    key(hs, UH_KEY_ENTER);
    CHECK(hs->ui->report_step == 1);
    CHECK(hs->ui->g.focus == -1);
    key(hs, UH_KEY_TAB);
    CHECK(hs->ui->g.focus == 1000);
    CHECK(hs->ui->g.focus_visible);
    CHECK_MSG(in_view(hs, rect_of(hs, hs->ui->g.focus)), "the focused widget is out of view");
    stop(hs);
}

/* "Previous step" (left) came after "Send report" (right) in Tab order. */
TEST(a_row_of_buttons_tabs_left_to_right)
{
    harness *hs = start(1280, 720, UH_MODE_SELF);
    sign_in(hs, "Test Trainee");
    to_report(hs);
    digit(hs, 1);
    key(hs, UH_KEY_ENTER);
    key(hs, UH_KEY_ENTER);
    CHECK(hs->ui->report_step == 2);
    CHECK(tab_to(hs, 101)); /* Previous step */
    key(hs, UH_KEY_TAB);
    CHECK_MSG(hs->ui->g.focus == 100, "after Previous step came %d, not Send report", hs->ui->g.focus);
    shift_tab(hs);
    CHECK(hs->ui->g.focus == 101);
    stop(hs);
}

/* Issue 11: the fade-in's veil was drawn until 160 ms but the fade counted
 * as finished at 180 ms, so a frame drawn at, say, 60 ms that was followed
 * by no other (a slow machine, a sleeping event loop) left the screen washed
 * out until the next input. Whenever the last frame came during the fade,
 * one more must follow, and it must be the still picture. */
TEST(the_fade_ends_on_a_clean_frame)
{
    harness *hs = start(1280, 720, UH_MODE_SELF);
    sign_in(hs, "Test Trainee"); /* a new screen: the fade starts */
    CHECK_STR(screen(hs), "menu");
    int timeout = 0;
    CHECK(uh_ui_needs_draw(hs->ui, &timeout));
    SDL_Delay(250); /* well past the fade, with no frame in between */
    CHECK_MSG(uh_ui_needs_draw(hs->ui, &timeout), "no frame after the fade: the veil would stay");
    draw(hs);
    CHECK(!uh_ui_needs_draw(hs->ui, &timeout) && timeout == -1);
    size_t n = (size_t)hs->surf->pitch * (size_t)hs->surf->h;
    unsigned char *last = malloc(n);
    memcpy(last, hs->surf->pixels, n);
    hs->ui->screen_since -= 60000; /* long settled */
    uh_ui_invalidate(hs->ui);
    draw(hs);
    CHECK_MSG(memcmp(last, hs->surf->pixels, n) == 0, "the last frame differs from the settled screen");
    free(last);
    stop(hs);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_ui_screens FIXTURES_DIR\n");
        return 2;
    }
    fixtures = argv[1];
    snprintf(work, sizeof work, "%s/unhooked-screens-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(work)) {
        perror("mkdtemp");
        return 1;
    }
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "SDL_Init: %s\n", SDL_GetError());
        return 1;
    }
    RUN(the_fade_ends_on_a_clean_frame);
    RUN(first_tab_goes_to_the_first_control);
    RUN(next_step_keeps_the_ring_in_view);
    RUN(a_row_of_buttons_tabs_left_to_right);
    SDL_Quit();
    TEST_END();
}
