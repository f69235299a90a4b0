/* SPDX-License-Identifier: Apache-2.0 */
/* test_ui_frames.c — what keeps a frame cheap (issue 16), driven off
 * screen like test_ui_screens: a Tab that scrolls the view lays the screen
 * out once, text drawn before is not rasterised again (scrolling back, a
 * second visit to a screen), text below the fold waits until it shows, a
 * new screen is prepared (laid out, its text made a little a frame, only
 * its header painted) before its fade, which makes no text, a frame that only scrolls moves the pixels and gives the
 * picture a whole redraw gives, a frame where only the focus or the hover
 * moved redraws only those widgets and gives the same picture too, the
 * kiosk's wipe leaves no rendered text,
 * and a still screen asks for no frame. It counts work; it times nothing
 * (bench/run prints the frame times).
 *
 * usage: test_ui_frames SCENARIOS-DIR WORK-DIR */
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../testing.h"
#include "core/i18n.h"
#include "core/util.h"
#include "ui/screens.h"
#include "ui_harness.h"

static const char *scenarios;
static char work[300];

/* Frames drawn, and those that needed more than one layout pass. */
static int frames, extra_passes;

static void draw(harness *hs)
{
    uh_ui_draw(hs->ui);
    frames++;
    extra_passes += hs->ui->passes > 1;
}

/* The program at w×h in mode, signed in (self mode) on the menu. */
static harness *start(int w, int h, uh_ui_mode mode)
{
    harness *hs = harness_new(w, h);
    static int n;
    snprintf(hs->db, sizeof hs->db, "%s/frames-%d.db", work, ++n);
    harness_open(hs, scenarios, work, mode);
    draw(hs);
    if (mode == UH_MODE_SELF) {
        type(hs, "Frame Trainee");
        key(hs, UH_KEY_ENTER);
    }
    return hs;
}

static unsigned long rendered(harness *hs) { return uh_text_rendered(hs->ui->t); }

/* Goes to screen id and draws its first frame and the one after its fade. */
static void visit(harness *hs, uh_screen_id id)
{
    uh_ui_go(hs->ui, id);
    draw(hs);
    uh_ui_skip_entrance(hs->ui);
    draw(hs);
}

TEST(a_tab_that_scrolls_the_menu_lays_it_out_once)
{
    int sizes[][2] = {{1280, 720}, {1080, 1920}, {1920, 1080}};
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        harness *hs = start(sizes[k][0], sizes[k][1], UH_MODE_SELF);
        CHECK_STR(screen(hs), "menu");
        int scrolls = 0, moved = 0;
        /* Round the whole menu, forwards and back; drawn whole (no frame
         * buffer to move), then over the last frame's pixels. */
        for (int round = 0; round < 2; round++) {
            if (round == 1) {
                uh_ui_set_framebuffer(hs->ui, hs->surf);
                uh_ui_skip_entrance(hs->ui); /* past the fade */
                draw(hs);
            }
            extra_passes = 0;
            for (int i = 0; i < 4 * hs->ui->g.nprev + 4; i++) {
                int before = hs->ui->g.region[0].scroll;
                input(hs, (uh_input){.type = UH_IN_KEY, .key = UH_KEY_TAB, .shift = i >= 2 * hs->ui->g.nprev + 2});
                scrolls += hs->ui->g.region[0].scroll != before;
                moved += hs->ui->moved;
                /* A whole frame is laid out once; over the last frame's
                 * pixels a Tab draws the old and new focus, each clipped,
                 * and one that scrolled moves the pixels and draws the
                 * strip and the scroll bar too. */
                CHECK_MSG(hs->ui->passes == 1 || (round == 1 && hs->ui->restyled),
                          "%dx%d: Tab %d to widget %d took %d layout passes", sizes[k][0], sizes[k][1], i,
                          hs->ui->g.focus, hs->ui->passes);
            }
            CHECK(round == 1 || extra_passes == 0);
        }
        /* The menu is longer than the window: Tab did scroll it, and over
         * the last frame the scrolls moved the pixels. */
        CHECK_MSG(scrolls >= 4, "%dx%d: %d Tabs scrolled", sizes[k][0], sizes[k][1], scrolls);
        CHECK_MSG(moved >= 2, "%dx%d: %d Tabs moved the pixels", sizes[k][0], sizes[k][1], moved);
        harness_free(hs);
    }
}

TEST(text_drawn_once_is_not_rasterised_again)
{
    harness *hs = start(1080, 1920, UH_MODE_SELF);
    CHECK_STR(screen(hs), "menu");
    uh_ui_skip_entrance(hs->ui); /* past the fade */
    draw(hs);
    unsigned long shown = rendered(hs);
    /* Down the menu and back: the text of the cards below the fold is
     * rasterised on the way, not before. */
    for (int i = 0; i < 30; i++)
        key(hs, UH_KEY_PAGEDOWN);
    for (int i = 0; i < 30; i++)
        key(hs, UH_KEY_PAGEUP);
    unsigned long seen = rendered(hs);
    CHECK_MSG(seen > shown + 10, "%lu blocks on the first screenful, %lu after scrolling", shown, seen);
    /* Scrolling again, with the wheel, and a visit to another screen and
     * back, rasterise nothing more. */
    for (int i = 0; i < 60; i++)
        input(hs, (uh_input){.type = UH_IN_WHEEL, .wheel = -1});
    for (int i = 0; i < 60; i++)
        input(hs, (uh_input){.type = UH_IN_WHEEL, .wheel = 1});
    CHECK_MSG(rendered(hs) == seen, "%lu blocks rasterised again while scrolling", rendered(hs) - seen);
    visit(hs, UH_SCREEN_SUMMARY);
    unsigned long summary = rendered(hs);
    CHECK(summary > seen);
    visit(hs, UH_SCREEN_MENU);
    visit(hs, UH_SCREEN_SUMMARY);
    visit(hs, UH_SCREEN_MENU);
    CHECK_MSG(rendered(hs) == summary, "%lu blocks rasterised again on a second visit",
              rendered(hs) - summary);
    /* The cache stays within its limit (20 MB). */
    CHECK(uh_text_cache_bytes(hs->ui->t) <= (size_t)20 << 20);
    harness_free(hs);
}

/* Every pixel of rows y0..y1 of s is pixel. */
static bool rows_are(SDL_Surface *s, int y0, int y1, Uint32 pixel)
{
    for (int y = y0; y < y1; y++) {
        const Uint32 *row = (const Uint32 *)((const Uint8 *)s->pixels + (size_t)y * (size_t)s->pitch);
        for (int x = 0; x < s->w; x++)
            if (row[x] != pixel)
                return false;
    }
    return true;
}

TEST(a_new_screen_is_prepared_then_faded_in_without_making_text)
{
    int sizes[][2] = {{1920, 1080}, {1080, 1920}};
    uh_screen_id to[] = {UH_SCREEN_SUMMARY, UH_SCREEN_MENU};
    for (size_t k = 0; k < 2; k++) {
        harness *hs = start(sizes[k][0], sizes[k][1], UH_MODE_SELF);
        CHECK_STR(screen(hs), "menu");
        uh_ui_set_framebuffer(hs->ui, hs->surf);
        SDL_Color pc = UH_C_PAGE;
        Uint32 page = SDL_MapRGB(hs->surf->format, pc.r, pc.g, pc.b);
        int hh = uh_px(hs->ui, UH_HEADER_H);
        /* All its text to make, one block a frame (the smallest budget
         * makes one). */
        uh_ui_go(hs->ui, to[k]);
        uh_text_clear(hs->ui->t);
        hs->ui->prepare_text_ms = 0.000001;
        hs->ui->prepare_max_ms = 600000; /* however slow the machine */
        int n = -1, prepared = 0;
        uh_gui_item items[UH_GUI_MAX];
        while (hs->ui->entrance == UH_ENTER_PREPARE && prepared < 500) {
            unsigned long before = rendered(hs);
            draw(hs);
            prepared++;
            /* Below the header the page stays blank; the header shows. */
            CHECK_MSG(rows_are(hs->surf, hh, hs->surf->h, page), "%dx%d: prepared frame %d painted below the header",
                      sizes[k][0], sizes[k][1], prepared);
            CHECK(!rows_are(hs->surf, 0, hh, page));
            /* A block or two a frame, never all at once. */
            CHECK_MSG(rendered(hs) - before <= 8, "%lu blocks in one prepared frame", rendered(hs) - before);
            /* The layout of the last prepared frame that laid it out
             * (before it, text not yet measured has a provisional size). */
            if (hs->ui->passes > 0) {
                n = hs->ui->g.nprev;
                memcpy(items, hs->ui->g.prev, sizeof *items * (size_t)n);
            }
        }
        CHECK_MSG(prepared > 3, "%dx%d: prepared in %d frames", sizes[k][0], sizes[k][1], prepared);
        CHECK(hs->ui->entrance == UH_ENTER_REVEAL);
        /* The fade: the whole screen under a veil (on the window's pixels),
         * no text left to make. */
        unsigned long made = rendered(hs);
        draw(hs);
        CHECK(hs->ui->entrance == UH_ENTER_REVEAL || hs->ui->drawn_final); /* a busy machine may end it */
        CHECK_MSG(rendered(hs) == made, "%dx%d: the fade made %lu blocks", sizes[k][0], sizes[k][1],
                  rendered(hs) - made);
        CHECK(hs->ui->text_deferred == 0);
        CHECK(!rows_are(hs->surf, hh, hs->surf->h, page));
        /* A later fade frame makes none either. */
        if (hs->ui->entrance == UH_ENTER_REVEAL) {
            hs->ui->reveal_since = SDL_GetTicks() - 80;
            draw(hs);
            CHECK(rendered(hs) == made && hs->ui->text_deferred == 0);
        }
        /* Its last frame: the still picture, the layout of the last
         * prepared frame, the same as a whole redraw. */
        hs->ui->reveal_since -= 1000;
        draw(hs);
        CHECK(hs->ui->drawn_final && hs->ui->entrance == UH_ENTER_SHOWN);
        CHECK(rendered(hs) == made);
        CHECK(hs->ui->g.nprev == n);
        for (int i = 0; i < n && i < hs->ui->g.nprev; i++)
            CHECK(items[i].id == hs->ui->g.prev[i].id && SDL_RectEquals(&items[i].r, &hs->ui->g.prev[i].r));
        size_t bytes = (size_t)hs->surf->pitch * (size_t)hs->surf->h;
        Uint8 *last = uh_xmalloc(bytes);
        memcpy(last, hs->surf->pixels, bytes);
        int timeout;
        CHECK(!uh_ui_needs_draw(hs->ui, &timeout));
        uh_ui_invalidate(hs->ui);
        draw(hs);
        CHECK(memcmp(last, hs->surf->pixels, bytes) == 0);
        free(last);
        /* With reduced motion there is no fade: prepared, then shown. */
        hs->ui->a11y.reduced_motion = true;
        uh_ui_go(hs->ui, UH_SCREEN_SUMMARY);
        uh_text_clear(hs->ui->t);
        for (int i = 0; i < 500 && hs->ui->entrance == UH_ENTER_PREPARE; i++)
            draw(hs);
        draw(hs);
        CHECK(hs->ui->drawn_final && hs->ui->text_deferred == 0);
        harness_free(hs);
    }
}

/* A still screen makes the text a window's height around what shows, so
 * that scrolling a page finds it made; then it asks for nothing more. */
TEST(a_still_screen_makes_the_text_around_it_for_the_next_scroll)
{
    int sizes[][2] = {{1920, 1080}, {1080, 1920}};
    for (size_t k = 0; k < 2; k++) {
        harness *hs = start(sizes[k][0], sizes[k][1], UH_MODE_SELF);
        CHECK_STR(screen(hs), "menu");
        uh_ui_set_framebuffer(hs->ui, hs->surf);
        uh_ui_skip_entrance(hs->ui);
        draw(hs);
        int timeout;
        CHECK(!uh_ui_needs_draw(hs->ui, &timeout));
        unsigned long shown = rendered(hs), turns = 0;
        while (uh_ui_idle(hs->ui) && turns < 1000)
            turns++;
        CHECK_MSG(rendered(hs) > shown, "%dx%d: nothing made around the menu", sizes[k][0], sizes[k][1]);
        CHECK(!uh_ui_idle(hs->ui));          /* done until the next frame */
        CHECK(!uh_ui_needs_draw(hs->ui, &timeout)); /* and nothing to show */
        /* A frame that moved only the focus leaves nothing new around it:
         * no pass after it. */
        unsigned long passes = hs->ui->idle_passes;
        key(hs, UH_KEY_TAB);
        CHECK(hs->ui->restyled);
        CHECK(!uh_ui_idle(hs->ui) && hs->ui->idle_passes == passes);
        /* A page down: the pixels move and the new strip's text is ready. */
        unsigned long made = rendered(hs);
        key(hs, UH_KEY_PAGEDOWN);
        CHECK(hs->ui->g.region[0].scroll > 0);
        CHECK_MSG(rendered(hs) == made, "%dx%d: %lu blocks made while scrolling", sizes[k][0], sizes[k][1],
                  rendered(hs) - made);
        harness_free(hs);
    }
}

TEST(the_veil_blends_each_byte)
{
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, 7, 3, 32, SDL_PIXELFORMAT_RGB888);
    Uint32 *px = s->pixels;
    int count = s->pitch / 4 * s->h;
    for (int i = 0; i < count; i++)
        px[i] = 0x00FF8000u + (Uint32)i;
    Uint32 veil = 0x00204060u;
    uh_draw_fade_pixels(s, (SDL_Rect){0, 0, 7, 3}, veil, 0);
    for (int i = 0; i < count; i++)
        CHECK(px[i] == 0x00FF8000u + (Uint32)i);
    uh_draw_fade_pixels(s, (SDL_Rect){1, 1, 6, 1}, veil, 255);
    for (int y = 0; y < 3; y++)
        for (int x = 0; x < 7; x++) {
            Uint32 v = px[y * s->pitch / 4 + x];
            CHECK(y == 1 && x >= 1 ? v == veil : v != veil);
        }
    /* Half way: each byte half way between (within one), on the SSE
     * path (four pixels at a time) and the byte path alike. */
    for (int i = 0; i < count; i++)
        px[i] = 0xF0A05010u;
    uh_draw_fade_pixels(s, (SDL_Rect){0, 0, 7, 3}, 0x10305070u, 128);
    Uint8 want[4] = {0x40, 0x50, 0x68, 0x80}; /* little-endian bytes of the mean */
    for (int i = 0; i < count; i++) {
        Uint8 b[4];
        memcpy(b, &px[i], 4);
        for (int j = 0; j < 4; j++)
            CHECK_MSG(abs(b[j] - want[j]) <= 1, "byte %d of pixel %d: %02x, want %02x", j, i, b[j], want[j]);
    }
    SDL_FreeSurface(s);
}

/* Scrolls the screen shown with the wheel and the paging keys; after each
 * frame the picture must be the one a whole redraw gives. Returns the
 * frames that moved the region's pixels. */
static int scrolling_matches_a_redraw(harness *hs, const char *where)
{
    uh_ui_set_framebuffer(hs->ui, hs->surf);
    uh_ui_skip_entrance(hs->ui); /* past the fade */
    draw(hs);
    size_t n = (size_t)hs->surf->pitch * (size_t)hs->surf->h;
    Uint8 *moved = uh_xmalloc(n);
    int count = 0, differ = 0;
    for (int i = 0; i < 24; i++) {
        if (i % 8 == 7)
            key(hs, i < 12 ? UH_KEY_PAGEDOWN : UH_KEY_PAGEUP);
        else
            input(hs, (uh_input){.type = UH_IN_WHEEL, .wheel = i < 12 ? -1.0f : 1.0f});
        count += hs->ui->moved;
        memcpy(moved, hs->surf->pixels, n);
        uh_ui_invalidate(hs->ui);
        draw(hs);
        differ += memcmp(moved, hs->surf->pixels, n) != 0;
    }
    CHECK_MSG(differ == 0, "%s at %dx%d: %d frames differ from a whole redraw", where, hs->surf->w, hs->surf->h,
              differ);
    free(moved);
    return count;
}

/* From the menu, plays the first scenario calling check on every scene, the
 * report form, the debrief and then the summary; returns the least check
 * gave on any of them but the debrief (drawn whole while its figures count
 * up), naming that screen in least. */
static int each_screen_of_a_run(harness *hs, int (*check)(harness *, const char *), char *least, size_t n)
{
    int min = 1 << 30;
    CHECK(press(hs, 1000, false));
    for (int i = 0; i < 16 && strcmp(screen(hs), "debrief"); i++) {
        int got = check(hs, screen(hs));
        if (got < min) {
            min = got;
            snprintf(least, n, "%s", screen(hs));
        }
        if (!strcmp(screen(hs), "report"))
            key(hs, UH_KEY_ESCAPE);
        else
            digit(hs, 1);
    }
    CHECK_STR(screen(hs), "debrief");
    check(hs, "debrief");
    visit(hs, UH_SCREEN_SUMMARY);
    int got = check(hs, "summary");
    if (got < min) {
        min = got;
        snprintf(least, n, "summary");
    }
    return min;
}

TEST(a_frame_that_only_scrolls_moves_the_pixels_and_matches_a_redraw)
{
    int sizes[][2] = {{1280, 720}, {1080, 1920}, {1920, 1080}};
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        harness *hs = start(sizes[k][0], sizes[k][1], UH_MODE_SELF);
        int moved = scrolling_matches_a_redraw(hs, "menu");
        CHECK_MSG(moved > 0, "the menu at %dx%d: no frame moved", sizes[k][0], sizes[k][1]);
        char least[40];
        each_screen_of_a_run(hs, scrolling_matches_a_redraw, least, sizeof least);
        harness_free(hs);
    }
}

/* The picture now against a whole redraw of the same state; where the
 * first pixel differs goes in *at. */
static bool same_as_a_redraw(harness *hs, Uint8 *copy, SDL_Point *at)
{
    size_t n = (size_t)hs->surf->pitch * (size_t)hs->surf->h;
    memcpy(copy, hs->surf->pixels, n);
    uh_ui_invalidate(hs->ui);
    draw(hs);
    const Uint8 *now = hs->surf->pixels;
    for (size_t i = 0; i < n; i++)
        if (copy[i] != now[i]) {
            *at = (SDL_Point){(int)(i % (size_t)hs->surf->pitch) / 4, (int)(i / (size_t)hs->surf->pitch)};
            return false;
        }
    return true;
}

/* Tabs round the screen shown, then moves the mouse over each widget in
 * view and presses and slides off a few; after each frame the picture must
 * be the one a whole redraw gives. Returns the frames that redrew only the
 * restyled widgets. */
static int restyles_match_a_redraw(harness *hs, const char *where)
{
    uh_ui_set_framebuffer(hs->ui, hs->surf);
    uh_ui_skip_entrance(hs->ui); /* past the fade */
    draw(hs);
    Uint8 *copy = uh_xmalloc((size_t)hs->surf->pitch * (size_t)hs->surf->h);
    int count = 0, differ = 0, steps = 0;
    SDL_Point at = {0, 0};
    char what[80] = "";
#define STEP(desc, ...)                                                          \
    do {                                                                         \
        input(hs, (uh_input){__VA_ARGS__});                                      \
        bool restyled = hs->ui->restyled;                                        \
        count += restyled;                                                       \
        steps++;                                                                 \
        if (!same_as_a_redraw(hs, copy, &at) && differ++ == 0)                   \
            snprintf(what, sizeof what, "%s, step %d (%s)", desc, steps,        \
                     restyled ? "restyled widgets only" : "drawn whole");        \
    } while (0)
    int n = hs->ui->g.nprev;
    for (int i = 0; i < n + 2; i++)
        STEP("Tab", .type = UH_IN_KEY, .key = UH_KEY_TAB);
    STEP("Shift-Tab", .type = UH_IN_KEY, .key = UH_KEY_TAB, .shift = true);
    /* The widgets in view now (the Tabs may have scrolled). */
    uh_gui_item items[UH_GUI_MAX];
    n = hs->ui->g.nprev;
    memcpy(items, hs->ui->g.prev, sizeof *items * (size_t)n);
    for (int i = 0; i < n; i++) {
        SDL_Rect v;
        SDL_Rect all = {0, 0, hs->surf->w, hs->surf->h};
        if (!SDL_IntersectRect(&items[i].r, &items[i].clip, &v) || !SDL_IntersectRect(&v, &all, &v))
            continue;
        float x = v.x + v.w / 2.0f, y = v.y + v.h / 2.0f;
        STEP("hover", .type = UH_IN_MOVE, .x = x, .y = y);
        if (i % 4 == 1) { /* pressed, then released off the widget: nothing happens but its look */
            STEP("press", .type = UH_IN_DOWN, .x = x, .y = y);
            STEP("slide off", .type = UH_IN_MOVE, .x = 1, .y = (float)hs->surf->h - 2);
            STEP("release off", .type = UH_IN_UP, .x = 1, .y = (float)hs->surf->h - 2);
        }
    }
    STEP("hover nothing", .type = UH_IN_MOVE, .x = 1, .y = (float)hs->surf->h - 2);
#undef STEP
    CHECK_MSG(differ == 0, "%s at %dx%d: %d of %d frames differ from a whole redraw, first %s at %d,%d", where,
              hs->surf->w, hs->surf->h, differ, steps, what, at.x, at.y);
    free(copy);
    return count;
}

TEST(a_frame_where_only_focus_or_hover_moved_redraws_those_widgets_and_matches_a_redraw)
{
    int sizes[][2] = {{1280, 720}, {1080, 1920}, {1920, 1080}};
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        /* The sign-in screen (its field shows the focus without a ring). */
        harness *hs = harness_new(sizes[k][0], sizes[k][1]);
        snprintf(hs->db, sizeof hs->db, "%s/restyle-%zu.db", work, k);
        harness_open(hs, scenarios, work, UH_MODE_SELF);
        draw(hs);
        CHECK_STR(screen(hs), "welcome");
        int count = restyles_match_a_redraw(hs, "welcome");
        CHECK_MSG(count > 0, "the sign-in screen at %dx%d: no frame redrew only the restyled widgets",
                  sizes[k][0], sizes[k][1]);
        harness_free(hs);
        hs = start(sizes[k][0], sizes[k][1], UH_MODE_SELF);
        count = restyles_match_a_redraw(hs, "menu");
        CHECK_MSG(count > 10, "the menu at %dx%d: %d frames redrew only the restyled widgets", sizes[k][0],
                  sizes[k][1], count);
        char least[40];
        count = each_screen_of_a_run(hs, restyles_match_a_redraw, least, sizeof least);
        CHECK_MSG(count > 0, "%s at %dx%d: no frame redrew only the restyled widgets", least, sizes[k][0],
                  sizes[k][1]);
        harness_free(hs);
    }
}

/* A scroll taken after a fade's last frame but before the frame after its
 * end: the pixels on screen are the veiled ones, their text partly still to
 * come, so moving them would keep the veil and the holes. The frame is
 * drawn whole. */
TEST(a_scroll_just_after_a_fade_does_not_move_the_veiled_pixels)
{
    int sizes[][2] = {{1280, 720}, {1080, 1920}};
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        harness *hs = start(sizes[k][0], sizes[k][1], UH_MODE_SELF);
        CHECK_STR(screen(hs), "menu");
        uh_ui_set_framebuffer(hs->ui, hs->surf);
        uh_ui_go(hs->ui, UH_SCREEN_MENU); /* a new visit: prepared, then its fade */
        uh_text_clear(hs->ui->t);
        for (int i = 0; i < 500 && hs->ui->entrance == UH_ENTER_PREPARE; i++)
            draw(hs);
        hs->ui->reveal_since = SDL_GetTicks();
        draw(hs); /* a frame under the veil */
        if (hs->ui->drawn_final) { /* a very busy machine drew it after the fade */
            printf("note: %dx%d: the frame came %u ms into the fade, after its end\n", sizes[k][0],
                   sizes[k][1], hs->ui->drawn_at - hs->ui->reveal_since);
            harness_free(hs);
            continue;
        }
        hs->ui->reveal_since -= 1000; /* the fade ends; no frame since */
        input(hs, (uh_input){.type = UH_IN_WHEEL, .wheel = -1.0f});
        CHECK_MSG(hs->ui->g.region[0].scroll > 0, "%dx%d: the menu did not scroll", sizes[k][0], sizes[k][1]);
        CHECK_MSG(!hs->ui->moved, "%dx%d: the veiled frame's pixels were moved", sizes[k][0], sizes[k][1]);
        size_t n = (size_t)hs->surf->pitch * (size_t)hs->surf->h;
        Uint8 *shown = uh_xmalloc(n);
        memcpy(shown, hs->surf->pixels, n);
        uh_ui_invalidate(hs->ui);
        draw(hs);
        CHECK_MSG(memcmp(shown, hs->surf->pixels, n) == 0, "%dx%d: the frame differs from a whole redraw",
                  sizes[k][0], sizes[k][1]);
        free(shown);
        harness_free(hs);
    }
}

TEST(the_kiosk_wipe_leaves_no_rendered_text)
{
    harness *hs = start(1280, 720, UH_MODE_KIOSK);
    /* The kiosk starts on the attract screen; to the sign-in screen. */
    uh_ui_go(hs->ui, UH_SCREEN_WELCOME);
    draw(hs);
    type(hs, "Wiped");
    type(hs, " Person");
    key(hs, UH_KEY_ENTER);
    CHECK_STR(screen(hs), "menu");
    CHECK(uh_text_cache_bytes(hs->ui->t) > 0);
    uh_ui_wipe(hs->ui);
    /* Every start of the name typed on the way was rendered in the field. */
    CHECK(uh_text_cache_bytes(hs->ui->t) == 0);
    draw(hs);
    CHECK(uh_text_cache_bytes(hs->ui->t) > 0);
    harness_free(hs);
}

TEST(a_still_screen_asks_for_no_frame)
{
    harness *hs = start(1280, 720, UH_MODE_SELF);
    int timeout;
    /* The fade ends (the shell draws while it asks). */
    for (Uint32 t0 = SDL_GetTicks(); uh_ui_needs_draw(hs->ui, &timeout) && SDL_GetTicks() - t0 < 10000;) {
        draw(hs);
        SDL_Delay(timeout > 0 ? (Uint32)timeout : 1);
    }
    CHECK(!uh_ui_needs_draw(hs->ui, &timeout));
    CHECK(timeout < 0);
    /* The pointer moving over nothing, and a wheel with nothing to scroll
     * up to, change nothing on screen. */
    uh_ui_input(hs->ui, &(uh_input){.type = UH_IN_MOVE, .x = 2, .y = 718});
    uh_ui_input(hs->ui, &(uh_input){.type = UH_IN_WHEEL, .wheel = 1});
    CHECK(!uh_ui_needs_draw(hs->ui, &timeout));
    harness_free(hs);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: test_ui_frames SCENARIOS-DIR WORK-DIR\n");
        return 2;
    }
    scenarios = argv[1];
    snprintf(work, sizeof work, "%.200s/frames-XXXXXX", argv[2]);
    if (!mkdtemp(work)) {
        perror(work);
        return 1;
    }
    setenv("SDL_AUDIODRIVER", "dummy", 1);
    uh_i18n_init("en");
    RUN(a_tab_that_scrolls_the_menu_lays_it_out_once);
    RUN(text_drawn_once_is_not_rasterised_again);
    RUN(a_new_screen_is_prepared_then_faded_in_without_making_text);
    RUN(the_veil_blends_each_byte);
    RUN(a_still_screen_makes_the_text_around_it_for_the_next_scroll);
    RUN(a_frame_that_only_scrolls_moves_the_pixels_and_matches_a_redraw);
    RUN(a_scroll_just_after_a_fade_does_not_move_the_veiled_pixels);
    RUN(a_frame_where_only_focus_or_hover_moved_redraws_those_widgets_and_matches_a_redraw);
    RUN(the_kiosk_wipe_leaves_no_rendered_text);
    RUN(a_still_screen_asks_for_no_frame);
    char cmd[500];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", work);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", work);
    TEST_END();
}
