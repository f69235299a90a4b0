/* SPDX-License-Identifier: Apache-2.0 */
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
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../testing.h"
#include "core/config.h"
#include "core/i18n.h"
#include "core/util.h"
#include "ui/illustration.h"
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

static void draw(harness *hs)
{
    uh_ui_draw(hs->ui);
    SDL_RenderFlush(hs->r);
}

static void input(harness *hs, uh_input in)
{
    uh_ui_input(hs->ui, &in);
    /* A screen being prepared asks for its next frame at once (ui.c),
     * and for the first that shows it after. */
    bool prepared = hs->ui->entrance == UH_ENTER_PREPARE;
    draw(hs);
    for (int i = 0; i < 1000 && hs->ui->entrance == UH_ENTER_PREPARE; i++)
        draw(hs);
    if (prepared)
        draw(hs);
}

static void key(harness *hs, uh_key k) { input(hs, (uh_input){.type = UH_IN_KEY, .key = k}); }
static void shift_tab(harness *hs) { input(hs, (uh_input){.type = UH_IN_KEY, .key = UH_KEY_TAB, .shift = true}); }
static void digit(harness *hs, int d) { input(hs, (uh_input){.type = UH_IN_KEY, .key = UH_KEY_DIGIT, .digit = d}); }

/* Types s as text input, in pieces as SDL delivers it (whole characters). */
static void type(harness *hs, const char *s)
{
    while (*s) {
        uh_input in = {.type = UH_IN_TEXT};
        size_t n = strlen(s) < 8 ? strlen(s) : 8;
        while (n < strlen(s) && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
        memcpy(in.text, s, n);
        input(hs, in);
        s += n;
    }
}

/* The rectangle widget id registered in the last frame (w 0: none). */
static SDL_Rect rect_of(harness *hs, int id)
{
    for (int i = 0; i < hs->ui->g.nprev; i++)
        if (hs->ui->g.prev[i].id == id)
            return hs->ui->g.prev[i].r;
    return (SDL_Rect){0, 0, 0, 0};
}

static bool has(harness *hs, int id) { return rect_of(hs, id).w > 0; }

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

/* The report form's step, 0 to 2 (-1 when no form is open). */
static int report_step(harness *hs)
{
    uh_form *f = uh_session_form(hs->ui->ses);
    return f ? (int)f->step : -1;
}

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

/* From the menu: the fixture played to its debrief by keys. */
static void to_debrief(harness *hs)
{
    to_report(hs);
    digit(hs, 1);
    key(hs, UH_KEY_ENTER);
    key(hs, UH_KEY_ENTER);
    digit(hs, 1);
    key(hs, UH_KEY_ENTER);
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
    CHECK(report_step(hs) == 1);
    /* A keyboard user starts the step on its first option, ring in view. */
    CHECK_MSG(hs->ui->g.focus == 1000 && hs->ui->g.focus_visible, "focus %d after Next", hs->ui->g.focus);
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
    CHECK(report_step(hs) == 2);
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
    uh_ui_skip_entrance(hs->ui); /* long settled */
    uh_ui_invalidate(hs->ui);
    draw(hs);
    CHECK_MSG(memcmp(last, hs->surf->pixels, n) == 0, "the last frame differs from the settled screen");
    free(last);
    stop(hs);
}

/* ---------------------------------------------------------------------
 * The public kiosk
 * ------------------------------------------------------------------- */

/* A kiosk sitting from the attract screen to the welcome screen, by finger. */
static harness *kiosk(void)
{
    harness *hs = start(1920, 1080, UH_MODE_KIOSK);
    CHECK_STR(screen(hs), "attract");
    input(hs, (uh_input){.type = UH_IN_DOWN, .x = 300, .y = 300, .touch = true});
    input(hs, (uh_input){.type = UH_IN_UP, .x = 300, .y = 300, .touch = true});
    CHECK_STR(screen(hs), "welcome");
    return hs;
}

static void tap(harness *hs, int id) { CHECK_MSG(press(hs, id, true), "no widget %d to tap", id); }

/* Issue 11: on a public kiosk "Save certificate" wrote a PNG to the kiosk's
 * own disk and showed its path. */
TEST(a_kiosk_saves_no_certificate)
{
    harness *hs = kiosk();
    sign_in(hs, "Kiosk Trainee");
    to_debrief(hs);
    CHECK_STR(screen(hs), "debrief");
    key(hs, UH_KEY_ESCAPE);
    CHECK_STR(screen(hs), "menu");
    tap(hs, 100); /* Finish session */
    CHECK_STR(screen(hs), "summary");
    size_t ndone = 0;
    uh_session_done(hs->ui->ses, &ndone);
    CHECK(ndone == 1);
    CHECK_MSG(!has(hs, 100), "the kiosk's summary offers to save a certificate");
    uh_ui_input(hs->ui, &(uh_input){.type = UH_IN_KEY, .key = UH_KEY_TAB});
    draw(hs);
    for (int i = 0; i < 6; i++)
        key(hs, UH_KEY_TAB);
    CHECK(uh_summary_cert_msg(hs->ui)[0] == 0);
    CHECK_MSG(access(hs->certs, F_OK) != 0, "a certificate folder appeared on the kiosk");
    stop(hs);

    /* At a desk the certificate is still offered. */
    hs = start(1280, 720, UH_MODE_SELF);
    sign_in(hs, "Desk Trainee");
    to_debrief(hs);
    key(hs, UH_KEY_ESCAPE);
    press(hs, 100, false);
    CHECK_STR(screen(hs), "summary");
    CHECK(has(hs, 100));
    stop(hs);
}

/* True when the n bytes at p hold the string s. */
static bool bytes_hold(const void *p, size_t n, const char *s)
{
    size_t k = strlen(s);
    for (size_t i = 0; p && i + k <= n; i++)
        if (memcmp((const char *)p + i, s, k) == 0)
            return true;
    return false;
}

/* The screens that hold s in their own state, as "welcome pin ..." (""
 * when none). */
static const char *screens_holding(harness *hs, const char *s, char *out, size_t n)
{
    static const char *const names[UH_SCREEN_COUNT] = {"welcome", "menu", "scene", "report", "debrief",
                                                       "summary", "attract", "pin", "admin"};
    out[0] = 0;
    for (int i = 0; i < UH_SCREEN_COUNT; i++) {
        size_t size;
        const void *st = uh_ui_screen_state(hs->ui, (uh_screen_id)i, &size);
        if (bytes_hold(st, size, s))
            snprintf(out + strlen(out), n - strlen(out), "%s ", names[i]);
    }
    return out;
}

/* The trace as text (caller frees). */
static char *trace_of(harness *hs)
{
    char path[320];
    snprintf(path, sizeof path, "%s/trace", work);
    CHECK(uh_ui_write_trace(hs->ui, path) == 0);
    uh_error e;
    char *text = uh_read_file(path, NULL, &e);
    CHECK(text != NULL);
    return text ? text : uh_xstrdup("");
}

/* The kiosk's wipe cleared about 25 fields by hand and missed some: the
 * name still typed in the sign-in field, the digits on the PIN pad, the
 * debrief of the run just played. Now every screen resets its own state;
 * after an idle reset none of them holds anything of the trainee. */
TEST(the_idle_reset_leaves_no_trainee_in_any_screen)
{
    harness *hs = kiosk();
    sign_in(hs, "Wipe Tester");
    to_debrief(hs);
    CHECK_STR(screen(hs), "debrief");
    key(hs, UH_KEY_ADMIN); /* someone starts on the PIN and walks away */
    CHECK_STR(screen(hs), "pin");
    digit(hs, 4);
    digit(hs, 7);
    digit(hs, 1);
    digit(hs, 1);
    /* The checks below can see what they look for. */
    char where[200], *trace = trace_of(hs);
    CHECK_MSG(strstr(screens_holding(hs, "Wipe Tester", where, sizeof where), "welcome"),
              "the name typed is not where the test looks for it (%s)", where);
    CHECK_MSG(strstr(screens_holding(hs, "4711", where, sizeof where), "pin"),
              "the PIN typed is not where the test looks for it (%s)", where);
    CHECK(strstr(trace, "debrief_held 1") != NULL);
    free(trace);

    /* The idle timeout and its warning pass. */
    hs->ui->last_input = SDL_GetTicks() - (Uint32)(hs->cfg.idle_timeout_s + hs->cfg.idle_warning_s + 5) * 1000;
    uh_ui_tick(hs->ui);
    draw(hs);
    CHECK_STR(screen(hs), "attract");
    CHECK_MSG(!uh_ui_signed_in(hs->ui), "the trainee is still signed in");
    CHECK_MSG(!*screens_holding(hs, "Wipe Tester", where, sizeof where), "the name is left in: %s", where);
    CHECK_MSG(!*screens_holding(hs, "Tester", where, sizeof where), "part of the name is left in: %s", where);
    CHECK_MSG(!*screens_holding(hs, "4711", where, sizeof where), "the PIN typed is left in: %s", where);
    CHECK_STR(uh_welcome_typed(hs->ui), "");
    trace = trace_of(hs);
    CHECK_MSG(!strstr(trace, "Tester"), "the trace still names the trainee:\n%s", trace);
    CHECK_MSG(!strstr(trace, "debrief_held"), "the debrief of the run is still held");
    CHECK_MSG(!strstr(trace, "typing"), "a name is still being typed");
    free(trace);

    /* The next person finds a clean sign-in and an empty PIN pad. */
    input(hs, (uh_input){.type = UH_IN_DOWN, .x = 300, .y = 300, .touch = true});
    input(hs, (uh_input){.type = UH_IN_UP, .x = 300, .y = 300, .touch = true});
    CHECK_STR(screen(hs), "welcome");
    CHECK(!uh_welcome_keyboard(hs->ui)->shown);
    key(hs, UH_KEY_ADMIN);
    CHECK_STR(screen(hs), "pin");
    CHECK_MSG(!*screens_holding(hs, "4711", where, sizeof where), "the PIN pad shows old digits: %s", where);
    stop(hs);
}

/* Keyboard hints ("Press F", "Tab moves between fields") on a touch screen. */
TEST(touch_screens_get_no_keyboard_hints)
{
    harness *hs = kiosk();
    CHECK_MSG(!uh_ui_keyboard_hints(hs->ui), "a kiosk touched by a finger shows keyboard hints");
    key(hs, UH_KEY_TAB);
    CHECK(uh_ui_keyboard_hints(hs->ui)); /* a keyboard is there after all */
    stop(hs);
    hs = start(1280, 720, UH_MODE_SELF);
    CHECK(uh_ui_keyboard_hints(hs->ui));
    press(hs, 100, true);
    CHECK(!uh_ui_keyboard_hints(hs->ui));
    stop(hs);
}

/* Tapping the name field did not open the on-screen keyboard. */
TEST(tapping_the_name_field_opens_the_keyboard)
{
    harness *hs = kiosk();
    CHECK(!uh_welcome_keyboard(hs->ui)->shown);
    tap(hs, 100);
    CHECK_MSG(uh_welcome_keyboard(hs->ui)->shown && has(hs, UH_OSK_ID_DONE), "no on-screen keyboard after tapping the field");
    CHECK_MSG(in_view(hs, rect_of(hs, UH_OSK_ID_DONE)), "the keyboard opened out of view");
    stop(hs);
    /* At a desk a mouse click leaves the keyboard closed; a finger opens it. */
    hs = start(1280, 720, UH_MODE_SELF);
    press(hs, 100, false);
    CHECK(!uh_welcome_keyboard(hs->ui)->shown);
    press(hs, 100, true);
    CHECK(uh_welcome_keyboard(hs->ui)->shown);
    stop(hs);
}

/* The keyboard started in lower case, so "E-10442" became "e-10442", and
 * it had no ä ö ü é ß. */
TEST(the_keyboard_writes_names)
{
    harness *hs = kiosk();
    tap(hs, 100);
    CHECK(uh_welcome_keyboard(hs->ui)->shift);
    const char *id = "e-10442";
    for (const char *c = id; *c; c++)
        tap(hs, UH_OSK_ID_KEY + *c);
    CHECK_STR(uh_welcome_typed(hs->ui), "E-10442");
    while (uh_welcome_typed(hs->ui)[0])
        tap(hs, UH_OSK_ID_BACK);
    /* "Jürgen Groß-Émile": capitals start each part, accents on the second page. */
    tap(hs, UH_OSK_ID_KEY + 'j');
    tap(hs, UH_OSK_ID_PAGE);
    CHECK(has(hs, UH_OSK_ID_ACCENT));
    tap(hs, UH_OSK_ID_ACCENT + 2); /* ü */
    tap(hs, UH_OSK_ID_PAGE);
    for (const char *c = "rgen"; *c; c++)
        tap(hs, UH_OSK_ID_KEY + *c);
    tap(hs, UH_OSK_ID_SPACE);
    for (const char *c = "gro"; *c; c++)
        tap(hs, UH_OSK_ID_KEY + *c);
    tap(hs, UH_OSK_ID_PAGE);
    tap(hs, UH_OSK_ID_ACCENT + 3); /* ß */
    tap(hs, UH_OSK_ID_PAGE);
    tap(hs, UH_OSK_ID_KEY + '-');
    tap(hs, UH_OSK_ID_PAGE);
    tap(hs, UH_OSK_ID_ACCENT + 4); /* é, a capital after the hyphen */
    tap(hs, UH_OSK_ID_PAGE);
    for (const char *c = "mile"; *c; c++)
        tap(hs, UH_OSK_ID_KEY + *c);
    CHECK_STR(uh_welcome_typed(hs->ui), "J\xC3\xBCrgen Gro\xC3\x9F-\xC3\x89mile");
    tap(hs, UH_OSK_ID_DONE);
    CHECK_STR(screen(hs), "menu");
    CHECK_STR(uh_ui_trainee(hs->ui), "J\xC3\xBCrgen Gro\xC3\x9F-\xC3\x89mile");
    stop(hs);
}

/* Names were cut at 64 bytes without a word. */
TEST(a_name_at_its_limit_says_so)
{
    harness *hs = start(1280, 720, UH_MODE_SELF);
    for (int i = 0; i < UH_TRAINEE_MAX + 6; i++)
        type(hs, i % 10 == 9 ? " " : "x");
    CHECK(uh_osk_chars(uh_welcome_typed(hs->ui)) == UH_TRAINEE_MAX);
    CHECK_MSG(uh_welcome_name_full(hs->ui), "the name stopped growing and nothing says why");
    key(hs, UH_KEY_BACKSPACE);
    CHECK(!uh_welcome_name_full(hs->ui));
    stop(hs);
}

/* A long name dropped the name and the avatar from the header. */
TEST(a_long_name_keeps_its_place_in_the_header)
{
    harness *hs = start(1280, 720, UH_MODE_SELF);
    const char *name = "Maximiliane Aurelia Konstantinopoulou-Wolkenstein-Wijnberg";
    sign_in(hs, name);
    CHECK_STR(screen(hs), "menu");
    uh_ui_invalidate(hs->ui);
    uh_ui_skip_entrance(hs->ui);
    draw(hs);
    /* The avatar's colour shows in the right half of the bar. */
    SDL_Color c = uh_avatar_colour(name);
    Uint32 want = SDL_MapRGB(hs->surf->format, c.r, c.g, c.b);
    int y = uh_px(hs->ui, 32), found = 0;
    const Uint32 *row = (const Uint32 *)((const Uint8 *)hs->surf->pixels + y * hs->surf->pitch);
    for (int x = hs->ui->w / 2; x < hs->ui->w; x++)
        found += (row[x] & 0xFFFFFF) == (want & 0xFFFFFF);
    CHECK_MSG(found > 5, "no avatar in the header for a long name (%d pixels of #%06X)", found, want & 0xFFFFFF);
    char out[200];
    const char *fit = uh_text_ellipsize(hs->ui->t, UH_FACE_REGULAR, 15, 200, name, out, sizeof out);
    CHECK(fit == out && strstr(out, "\xE2\x80\xA6") != NULL);
    CHECK(uh_text_ellipsize(hs->ui->t, UH_FACE_REGULAR, 15, 2000, name, out, sizeof out) == name);
    stop(hs);
}

/* ---------------------------------------------------------------------
 * Layout
 * ------------------------------------------------------------------- */

/* Every in-person scene showed the same café. */
TEST(in_person_scenes_are_drawn_where_they_happen)
{
    CHECK(uh_setting_of("booth", NULL) == UH_SETTING_BOOTH);
    CHECK(uh_setting_of("bar", "That evening, Alexis is sitting at your hotel bar.") == UH_SETTING_HOTEL_BAR);
    CHECK(uh_setting_of("x", "At passport control, an officer takes your laptop") == UH_SETTING_AIRPORT);
    CHECK(uh_setting_of("x", "A driver waits at arrivals. At the welcome banquet there are toasts") ==
          UH_SETTING_AIRPORT);
    CHECK(uh_setting_of("x", "Your talk goes well. In front of the forum banner...") == UH_SETTING_BANQUET);
    CHECK(uh_setting_of("forum", "The \"forum\" is a dinner in a private room for three.") == UH_SETTING_DINNER);
    CHECK(uh_setting_of("trip", "In a hotel lounge abroad, Dario introduces Mr. Hale") == UH_SETTING_HOTEL_BAR);
    CHECK(uh_setting_of("x", "Coffee and pastries wait on the meeting table.") == UH_SETTING_MEETING);
    CHECK(uh_setting_of("x", "He barely looks up from his coffee.") == UH_SETTING_CAFE);
    CHECK(uh_setting_of(NULL, NULL) == UH_SETTING_CAFE);
    for (int i = 0; i < UH_SETTING_COUNT; i++)
        CHECK(strlen(uh_setting_label((uh_setting)i)) > 10);
}

static const char *scenarios_dir;

/* On 1280x720 "Something seems off?" fell below the fold under long
 * choices. Walks every shipped scenario by its first choices and checks,
 * in every scene with warning signs, that the card and the first choice
 * are in view without scrolling. */
TEST(what_to_do_is_in_view_at_1280x720)
{
    const char *saved = fixtures;
    fixtures = scenarios_dir;
    harness *hs = start(1280, 720, UH_MODE_SELF);
    sign_in(hs, "Layout Trainee");
    int scenes = 0, flagged = 0;
    for (size_t pass = 0; pass < 2 * hs->ui->lib.count; pass++) {
        size_t k = pass / 2; /* each scenario twice: by its first choices, then its second */
        if (!hs->ui->lib.items[k]->ok)
            continue;
        /* Started as its menu card starts it (the card may be scrolled out
         * of view: fifteen scenarios fill more than one screen). */
        uh_ui_start_run(hs->ui, hs->ui->lib.items[k]);
        draw(hs);
        for (int step = 0; step < 12 && strcmp(screen(hs), "scene") == 0; step++) {
            scenes++;
            CHECK_MSG(in_view(hs, rect_of(hs, 1000)), "%s, scene %s: the first choice is out of view",
                      hs->ui->lib.items[k]->id, uh_run_scene(uh_ui_run(hs->ui))->id);
            if (uh_run_scene(uh_ui_run(hs->ui))->nflags > 0) {
                flagged++;
                CHECK_MSG(in_view(hs, rect_of(hs, 100)), "%s, scene %s: \"Something seems off?\" is out of view",
                          hs->ui->lib.items[k]->id, uh_run_scene(uh_ui_run(hs->ui))->id);
            }
            size_t n = uh_run_nchoices(uh_ui_run(hs->ui));
            digit(hs, pass % 2 && n > 1 ? 2 : 1);
        }
        while (strcmp(screen(hs), "menu") != 0) { /* leave the form or the debrief */
            if (strcmp(screen(hs), "report") == 0) {
                digit(hs, 1);
                key(hs, UH_KEY_ENTER);
            } else if (strcmp(screen(hs), "scene") == 0) {
                key(hs, UH_KEY_ESCAPE);
                press(hs, 103, false); /* Leave scenario */
            } else {
                key(hs, UH_KEY_ESCAPE);
            }
        }
    }
    CHECK_MSG(scenes >= 15 && flagged >= 10, "%d scenes, %d with flags", scenes, flagged);
    stop(hs);
    fixtures = saved;
}

/* A library of the fixture and its German version (the same file with the
 * title translated, as a translation keeps every id and rule), in a
 * folder of its own; the fixtures folder while the test runs. */
static const char *german_fixtures(void)
{
    static char dir[320];
    char src[320], path[400];
    snprintf(dir, sizeof dir, "%s/lang", work);
    snprintf(src, sizeof src, "%s/ui-fixture.lua", fixtures);
    char *text = uh_read_file(src, NULL, NULL);
    CHECK(text != NULL);
    char *title = text ? strstr(text, "\"The Helpful Recruiter\"") : NULL;
    CHECK(title != NULL);
    snprintf(path, sizeof path, "%s/de", dir);
    CHECK((mkdir(dir, 0700) == 0 || errno == EEXIST) && (mkdir(path, 0700) == 0 || errno == EEXIST));
    for (int de = 0; de < 2 && title; de++) {
        snprintf(path, sizeof path, "%s%s/ui-fixture.lua", dir, de ? "/de" : "");
        FILE *f = fopen(path, "w");
        CHECK(f != NULL);
        if (f) {
            fprintf(f, "%.*s%s%s", (int)(title - text), text,
                    de ? "\"Der hilfsbereite Personalberater\"" : "\"The Helpful Recruiter\"",
                    title + strlen("\"The Helpful Recruiter\""));
            fclose(f);
        }
    }
    free(text);
    return dir;
}

TEST(the_language_picker_switches_the_words_and_the_scenarios)
{
    const char *keep = fixtures;
    fixtures = german_fixtures();
    harness *hs = start(1280, 720, UH_MODE_SELF);
    CHECK_STR(screen(hs), "welcome");
    CHECK(has(hs, UH_ID_LANGUAGE) && has(hs, UH_ID_LANGUAGE + 1));  /* English, Deutsch */
    CHECK(press(hs, UH_ID_LANGUAGE + 1, false));
    CHECK_STR(uh_i18n_language()->code, "de");
    CHECK_STR(uh_session_language(hs->ui->ses), "de");
    CHECK_STR(_("Start training"), "Training starten");
    const uh_scenario *sc = uh_ui_find_scenario(hs->ui, "ui-fixture");
    CHECK(sc && strcmp(sc->title, "Der hilfsbereite Personalberater") == 0);
    /* Signing in keeps the language for the sitting. */
    type(hs, "Erika");
    key(hs, UH_KEY_ENTER);
    CHECK_STR(screen(hs), "menu");
    CHECK_STR(uh_session_language(hs->ui->ses), "de");
    uh_ui_go(hs->ui, UH_SCREEN_WELCOME);
    draw(hs);
    CHECK(press(hs, UH_ID_LANGUAGE, false));
    CHECK_STR(uh_i18n_language()->code, "en");
    sc = uh_ui_find_scenario(hs->ui, "ui-fixture");
    CHECK(sc && strcmp(sc->title, "The Helpful Recruiter") == 0);
    stop(hs);
    fixtures = keep;
}

TEST(a_kiosk_starts_in_the_language_pressed_and_its_wipe_returns_to_the_default)
{
    const char *keep = fixtures;
    fixtures = german_fixtures();
    harness *hs = start(1280, 720, UH_MODE_KIOSK);
    CHECK_STR(screen(hs), "attract");
    CHECK(press(hs, UH_ID_LANGUAGE + 1, true));  /* a finger on "Deutsch" */
    CHECK_STR(screen(hs), "welcome");
    CHECK_STR(uh_i18n_language()->code, "de");
    uh_ui_wipe(hs->ui);  /* the next person */
    draw(hs);
    CHECK_STR(screen(hs), "attract");
    CHECK_STR(uh_i18n_language()->code, "en");
    CHECK_STR(uh_session_language(hs->ui->ses), "en");
    const uh_scenario *sc = uh_ui_find_scenario(hs->ui, "ui-fixture");
    CHECK(sc && strcmp(sc->title, "The Helpful Recruiter") == 0);
    stop(hs);
    fixtures = keep;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_ui_screens FIXTURES_DIR [SCENARIOS_DIR]\n");
        return 2;
    }
    fixtures = argv[1];
    scenarios_dir = argc > 2 ? argv[2] : NULL; /* the shipped scenarios, for layout checks */
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
    RUN(a_kiosk_saves_no_certificate);
    RUN(the_idle_reset_leaves_no_trainee_in_any_screen);
    RUN(touch_screens_get_no_keyboard_hints);
    RUN(tapping_the_name_field_opens_the_keyboard);
    RUN(the_keyboard_writes_names);
    RUN(a_name_at_its_limit_says_so);
    RUN(a_long_name_keeps_its_place_in_the_header);
    RUN(in_person_scenes_are_drawn_where_they_happen);
    /* The catalogs of the build tree (build/locale); English to start. */
    uh_i18n_init("en");
    RUN(the_language_picker_switches_the_words_and_the_scenarios);
    RUN(a_kiosk_starts_in_the_language_pressed_and_its_wipe_returns_to_the_default);
    if (scenarios_dir)
        RUN(what_to_do_is_in_view_at_1280x720);
    SDL_Quit();
    TEST_END();
}
