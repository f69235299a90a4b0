/* SPDX-License-Identifier: Apache-2.0 */
/* test_ui_a11y.c — accessibility on the kiosk (issue 14), driven off
 * screen like test_ui_screens: the settings on the sign-in and attract
 * screens and how long they last, reduced motion, and read aloud (the
 * speaker button, F2, the Read aloud setting) with SDL's "disk" audio
 * driver standing in for the sound card.
 *
 * usage: test_ui_a11y FIXTURES-DIR SCENARIOS-DIR WORK-DIR */
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../testing.h"
#include "disk_audio.h"
#include "core/config.h"
#include "core/i18n.h"
#include "core/util.h"
#include "platform/sdl/speaker.h"
#include "platform/speech.h"
#include "ui/screens.h"
#include "ui_harness.h"

static const char *fixtures, *scenarios;
static char work[300];
static char raw[400];
static bool have_speech;

/* A program of w×h in mode on dir, with the configuration's accessibility
 * settings a, its first screen drawn. */
static harness *start(int w, int h, uh_ui_mode mode, const char *dir, uh_accessibility a)
{
    harness *hs = harness_new(w, h);
    hs->cfg.a11y = a;
    static int n;
    snprintf(hs->db, sizeof hs->db, "%s/a11y-%d.db", work, ++n);
    harness_open(hs, dir, work, mode);
    uh_ui_draw(hs->ui);
    return hs;
}

static const uh_accessibility standard = {.text_size = 100, .read_aloud = true};

static void stop(harness *hs) { harness_free(hs); }

static void draw(harness *hs) { uh_ui_draw(hs->ui); }

/* A finger on widget id (scrolled into view first). */
static bool tap(harness *hs, int id) { return press(hs, id, true); }

/* Waits (polling, as the shell does) until read aloud is quiet. */
static bool wait_quiet(harness *hs, int max_s)
{
    for (Uint32 t0 = SDL_GetTicks(); SDL_GetTicks() - t0 < (Uint32)max_s * 1000;) {
        if (!uh_a11y_speaking(hs->ui))
            return true;
        SDL_Delay(10);
    }
    return false;
}

/* Signs in on the welcome screen (self mode) and starts the fixture; a
 * new name each time, so no saved progress of an earlier test resumes. */
static void to_scene(harness *hs)
{
    static int n;
    char name[32];
    snprintf(name, sizeof name, "Trainee %d", ++n);
    type(hs, name);
    key(hs, UH_KEY_ENTER);
    tap(hs, 1000);
    for (int i = 0; i < 4; i++)
        digit(hs, 1);
}

TEST(settings_on_the_sign_in_screen_last_the_session)
{
    harness *hs = start(1280, 720, UH_MODE_SELF, fixtures, standard);
    CHECK_STR(screen(hs), "welcome");
    CHECK(has(hs, UH_ID_A11Y_SIZE) && has(hs, UH_ID_A11Y_SIZE + 2) && has(hs, UH_ID_A11Y_CONTRAST) &&
          has(hs, UH_ID_A11Y_MOTION) && has(hs, UH_ID_A11Y_READ));
    float s = hs->ui->s;
    CHECK(tap(hs, UH_ID_A11Y_SIZE + 2));
    CHECK(hs->ui->a11y.text_size == 200);
    CHECK_MSG(hs->ui->s > 1.99f * s && hs->ui->s < 2.01f * s, "scale %g after 200 %% (was %g)", hs->ui->s, s);
    /* The buttons grew with the text: at least 44 px, here 100. */
    CHECK(rect_of(hs, UH_ID_A11Y_SIZE).h >= 2 * 44);
    CHECK(tap(hs, UH_ID_A11Y_CONTRAST));
    CHECK(hs->ui->a11y.high_contrast && uh_theme_high_contrast());
    CHECK(UH_C_TEXT.r == 0 && UH_C_TEXT.g == 0 && UH_C_TEXT.b == 0);
    /* The settings name their state for read aloud. */
    CHECK_HAS(uh_gui_label_of(&hs->ui->g, UH_ID_A11Y_CONTRAST), "High contrast, on");
    CHECK_HAS(uh_gui_label_of(&hs->ui->g, UH_ID_A11Y_SIZE + 2), "200 percent, chosen");
    to_scene(hs);
    CHECK_STR(screen(hs), "scene");
    CHECK(hs->ui->a11y.text_size == 200 && uh_theme_high_contrast());
    /* Back to 100 %: the scale comes back too. */
    hs->ui->a11y.text_size = 100;
    uh_ui_resize(hs->ui, 1280, 720);
    CHECK(hs->ui->s > 0.99f * s && hs->ui->s < 1.01f * s);
    stop(hs);
    uh_theme_set_high_contrast(false);
}

TEST(the_kiosk_wipe_returns_to_the_configured_settings)
{
    uh_accessibility a = standard;
    a.text_size = 150;
    harness *hs = start(1920, 1080, UH_MODE_KIOSK, fixtures, a);
    CHECK_STR(screen(hs), "attract");
    CHECK(hs->ui->a11y.text_size == 150);
    /* A setting on the attract screen is set, and does not start. */
    CHECK(tap(hs, UH_ID_A11Y_SIZE + 2));
    CHECK_STR(screen(hs), "attract");
    CHECK(tap(hs, UH_ID_A11Y_CONTRAST));
    CHECK(hs->ui->a11y.text_size == 200 && hs->ui->a11y.high_contrast);
    /* Keys: Tab reaches the settings without starting; Enter sets. */
    CHECK(tab_to(hs, UH_ID_A11Y_MOTION));
    CHECK_STR(screen(hs), "attract");
    key(hs, UH_KEY_ENTER);
    CHECK(hs->ui->a11y.reduced_motion);
    /* A touch anywhere else starts, with the settings kept. */
    input(hs, (uh_input){.type = UH_IN_DOWN, .x = 1900, .y = 1060, .touch = true});
    input(hs, (uh_input){.type = UH_IN_UP, .x = 1900, .y = 1060, .touch = true});
    CHECK_STR(screen(hs), "welcome");
    CHECK(hs->ui->a11y.text_size == 200 && hs->ui->a11y.high_contrast && hs->ui->a11y.reduced_motion);
    type(hs, "Kiosk Trainee");
    key(hs, UH_KEY_ENTER);
    CHECK_STR(screen(hs), "menu");
    CHECK(hs->ui->a11y.text_size == 200);
    /* The trainee leaves: the next one gets the configured settings. */
    uh_ui_wipe(hs->ui);
    CHECK_STR(screen(hs), "attract");
    CHECK(hs->ui->a11y.text_size == 150 && !hs->ui->a11y.high_contrast && !hs->ui->a11y.reduced_motion);
    CHECK(!uh_theme_high_contrast());
    stop(hs);
}

TEST(the_configuration_sets_how_a_session_starts)
{
    uh_accessibility a = {.text_size = 200, .high_contrast = true, .reduced_motion = true, .read_aloud = true};
    harness *hs = start(1280, 720, UH_MODE_SELF, fixtures, a);
    CHECK(hs->ui->a11y.text_size == 200 && uh_theme_high_contrast() && !uh_a11y_motion(hs->ui));
    CHECK(hs->ui->s > 1.99f && hs->ui->s < 2.01f);
    /* Saying everything by itself is the trainee's choice, never the default. */
    CHECK(!hs->ui->a11y.read_aloud);
    stop(hs);
    uh_theme_set_high_contrast(false);
}

/* The fade between screens and the debrief's counting score: none with
 * reduced motion, so no frame is asked for after the screen is drawn. */
TEST(reduced_motion_stops_fades_and_animations)
{
    for (int reduced = 0; reduced < 2; reduced++) {
        uh_accessibility a = standard;
        a.reduced_motion = reduced;
        harness *hs = start(1280, 720, UH_MODE_SELF, fixtures, a);
        type(hs, "Test Trainee");
        key(hs, UH_KEY_ENTER);
        CHECK_STR(screen(hs), "menu");
        int timeout = 0;
        uh_ui_needs_draw(hs->ui, &timeout);
        CHECK_MSG(reduced ? timeout == -1 : timeout == 16, "reduced %d: next frame in %d ms", reduced, timeout);
        stop(hs);
    }
}

TEST(the_speaker_button_reads_the_scene_and_its_choices)
{
    harness *hs = start(1280, 720, UH_MODE_SELF, fixtures, standard);
    to_scene(hs);
    CHECK_STR(screen(hs), "scene");
    CHECK(hs->ui->speaker == NULL);  /* nothing said, nothing started */
    CHECK(has(hs, UH_ID_SPEAK));
    SDL_Rect sp = rect_of(hs, UH_ID_SPEAK);
    CHECK(sp.w >= 44 && sp.h >= 44);
    char text[4096];
    uh_a11y_screen_text(hs->ui, text, sizeof text);
    const uh_run *run = uh_ui_run(hs->ui);
    CHECK(run && uh_run_nchoices(run) > 0);
    if (run) {
        char first[64];
        snprintf(first, sizeof first, "%.40s", uh_run_text(run));
        CHECK_MSG(strstr(text, first), "%s", text);
        char c1[300];
        snprintf(c1, sizeof c1, "1: %s", uh_run_choice_label(run, 0));
        CHECK_MSG(strstr(text, c1), "%s", text);
    }
    CHECK(tap(hs, UH_ID_SPEAK));
    CHECK(strcmp(uh_a11y_last_said(hs->ui), text) == 0);
    if (have_speech) {
        CHECK(uh_a11y_speaking(hs->ui));
        draw(hs);
        CHECK_HAS(uh_gui_label_of(&hs->ui->g, UH_ID_SPEAK), "Stop reading");
        CHECK_MSG(wait_quiet(hs, 300), "still reading after five minutes");
        char why[800];
        CHECK_MSG(!*uh_speaker_error(hs->ui->speaker, why, sizeof why), "%s", why);
        size_t loud = disk_audio_loud_samples(raw);
        printf("read aloud: %zu loud samples played\n", loud);
        CHECK(loud > 5000);
    }
    stop(hs);
}

/* F2: the focused control when the keyboard's ring shows, else the screen;
 * F2 again stops. */
TEST(f2_reads_the_focused_control)
{
    harness *hs = start(1280, 720, UH_MODE_SELF, fixtures, standard);
    to_scene(hs);
    CHECK_STR(screen(hs), "scene");
    CHECK(tab_to(hs, 1000));
    CHECK_STR(screen(hs), "scene");
    key(hs, UH_KEY_READ);
    const uh_run *run = uh_ui_run(hs->ui);
    char want[300];
    snprintf(want, sizeof want, "1. %s", run ? uh_run_choice_label(run, 0) : "?");
    CHECK_MSG(strcmp(uh_a11y_last_said(hs->ui), want) == 0, "said \"%s\"", uh_a11y_last_said(hs->ui));
    if (have_speech && uh_a11y_speaking(hs->ui)) {
        key(hs, UH_KEY_READ);  /* stops */
        CHECK(wait_quiet(hs, 30));
    }
    stop(hs);
}

TEST(the_report_form_and_the_debrief_are_read_too)
{
    harness *hs = start(1280, 720, UH_MODE_SELF, fixtures, standard);
    to_scene(hs);
    digit(hs, 1);  /* the cafe's report choice */
    CHECK_STR(screen(hs), "report");
    CHECK(has(hs, UH_ID_SPEAK));
    char text[4096];
    uh_a11y_screen_text(hs->ui, text, sizeof text);
    CHECK(strstr(text, "Report, step 1 of 3"));
    CHECK(strstr(text, hs->cfg.to[0].label));
    digit(hs, 1);
    uh_a11y_screen_text(hs->ui, text, sizeof text);
    CHECK(strstr(text, ", chosen"));
    for (int i = 0; i < 3 && strcmp(screen(hs), "report") == 0; i++) {
        digit(hs, 1);
        key(hs, UH_KEY_ENTER);
    }
    CHECK_STR(screen(hs), "debrief");
    CHECK(has(hs, UH_ID_SPEAK));
    uh_a11y_screen_text(hs->ui, text, sizeof text);
    CHECK(uh_debrief_shown(hs->ui) && strstr(text, uh_debrief_shown(hs->ui)->headline));
    CHECK(strstr(text, "Your score:"));
    stop(hs);
}

/* The Read aloud setting: each new scene and each control the focus moves
 * to is said without asking. */
TEST(the_read_aloud_setting_says_scenes_and_focus)
{
    harness *hs = start(1280, 720, UH_MODE_SELF, fixtures, standard);
    CHECK(tap(hs, UH_ID_A11Y_READ));
    CHECK(hs->ui->a11y.read_aloud);
    CHECK_STR(uh_a11y_last_said(hs->ui), "Read aloud is on.");
    to_scene(hs);
    CHECK_STR(screen(hs), "scene");
    const uh_run *run = uh_ui_run(hs->ui);
    char first[64];
    snprintf(first, sizeof first, "%.40s", run ? uh_run_text(run) : "?");
    CHECK_HAS(uh_a11y_last_said(hs->ui), first);
    key(hs, UH_KEY_TAB);
    CHECK_STR(uh_a11y_last_said(hs->ui), uh_gui_label_of(&hs->ui->g, hs->ui->g.focus));
    stop(hs);
}

TEST(no_read_aloud_when_the_configuration_says_so)
{
    uh_accessibility a = standard;
    a.read_aloud = false;
    harness *hs = start(1280, 720, UH_MODE_SELF, fixtures, a);
    CHECK(!has(hs, UH_ID_A11Y_READ));
    to_scene(hs);
    CHECK_STR(screen(hs), "scene");
    CHECK(!has(hs, UH_ID_SPEAK));
    key(hs, UH_KEY_READ);
    CHECK(hs->ui->speaker == NULL && !*uh_a11y_last_said(hs->ui));
    stop(hs);
}

/* The language picker sets the voice and the settings' words: after a
 * press on "Deutsch" the settings row names itself in German, and the
 * scenes (the German translations) are read in the German voice. */
TEST(the_voice_and_the_settings_follow_the_language_picker)
{
    harness *hs = start(1280, 720, UH_MODE_SELF, scenarios, standard);
    CHECK_STR(screen(hs), "welcome");
    CHECK_STR(uh_a11y_language(hs->ui), "en");
    CHECK_STR(uh_gui_label_of(&hs->ui->g, UH_ID_A11Y_CONTRAST), "High contrast, off");
    CHECK(press(hs, UH_ID_LANGUAGE + 1, false)); /* "Deutsch" */
    draw(hs);
    CHECK_STR(uh_i18n_language()->code, "de");
    CHECK_STR(uh_a11y_language(hs->ui), "de");
    CHECK_STR(uh_gui_label_of(&hs->ui->g, UH_ID_A11Y_CONTRAST), "Hoher Kontrast, aus");
    CHECK_STR(uh_gui_label_of(&hs->ui->g, UH_ID_A11Y_MOTION), "Weniger Bewegung, aus");
    CHECK_STR(uh_gui_label_of(&hs->ui->g, UH_ID_A11Y_READ), "Vorlesen, aus");
    CHECK_STR(uh_gui_label_of(&hs->ui->g, UH_ID_A11Y_SIZE), "Textgr\xC3\xB6\xC3\x9F" "e 100 Prozent, gew\xC3\xA4hlt");
    type(hs, "Test Trainee");
    key(hs, UH_KEY_ENTER);
    tap(hs, 1000);
    CHECK_STR(screen(hs), "scene");
    CHECK_STR(uh_a11y_language(hs->ui), "de");
    CHECK_STR(uh_gui_label_of(&hs->ui->g, UH_ID_SPEAK), "Vorlesen");
    char text[UH_SPEECH_TEXT_MAX];
    uh_a11y_screen_text(hs->ui, text, sizeof text);
    CHECK_MSG(strstr(text, "Ihre Wahlm\xC3\xB6glichkeit"), "read \"%s\"", text);
    stop(hs);
    uh_i18n_set_language("en");
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: test_ui_a11y FIXTURES-DIR SCENARIOS-DIR WORK-DIR\n");
        return 2;
    }
    fixtures = argv[1];
    scenarios = argv[2];
    /* A folder of its own: no results or progress of an earlier run. */
    snprintf(work, sizeof work, "%.200s/a11y-XXXXXX", argv[3]);
    if (!mkdtemp(work)) {
        perror(work);
        return 1;
    }
    uh_error e;
    have_speech = uh_speech_load(&e) > 0;
    if (!have_speech)
        printf("note: %s (the speech itself is not checked)\n", e.msg);
    disk_audio_use(raw, sizeof raw, work, "a11y");
    /* The catalogs of the build tree (build/locale); English to start. */
    uh_i18n_init("en");
    RUN(settings_on_the_sign_in_screen_last_the_session);
    RUN(the_kiosk_wipe_returns_to_the_configured_settings);
    RUN(the_configuration_sets_how_a_session_starts);
    RUN(reduced_motion_stops_fades_and_animations);
    RUN(the_speaker_button_reads_the_scene_and_its_choices);
    RUN(f2_reads_the_focused_control);
    RUN(the_report_form_and_the_debrief_are_read_too);
    RUN(the_read_aloud_setting_says_scenes_and_focus);
    RUN(no_read_aloud_when_the_configuration_says_so);
    RUN(the_voice_and_the_settings_follow_the_language_picker);
    remove(raw);
    uh_speech_unload();
    char cmd[500];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", work);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", work);
    TEST_END();
}
