/* SPDX-License-Identifier: Apache-2.0 */
/* test_speech.c — read aloud makes real speech without a sound card.
 *
 * The first scene of a shipped scenario, in English and in German, is
 * synthesised by eSpeak NG (engine/platform/speech.c) into memory and into
 * a WAV file; the samples must be speech, not silence: seconds of audio
 * whose loudness is well above the noise floor, with pauses between words.
 * No audio device is opened for any of it.
 *
 * usage: test_speech SCENARIOS-DIR WORK-DIR
 * Skipped (77) when libespeak-ng1 is not installed. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/config.h"
#include "core/run.h"
#include "core/scenario.h"
#include "core/util.h"
#include "platform/speech.h"
#include "testing.h"

static const char *scenarios, *work;
static uh_config cfg;

/* The start scene's text of scenarios/<sub>/<file>, evaluated by a run
 * (caller frees). */
static char *first_scene(const char *sub, const char *file)
{
    char *path = uh_xasprintf("%s/%s%s%s", scenarios, sub, *sub ? "/" : "", file);
    uh_scenario *sc = uh_scenario_load(path, &cfg, 1, NULL);
    CHECK_MSG(sc && sc->ok, "%s does not load", path);
    uh_error e;
    uh_run *run = sc && sc->ok ? uh_run_new(sc, &cfg, 1, &e) : NULL;
    char *text = uh_xstrdup(run ? uh_run_text(run) : "");
    uh_run_free(run);
    uh_scenario_free(sc);
    free(path);
    return text;
}

typedef struct stats {
    double seconds;
    double rms;          /* over the whole signal, full scale 32768 */
    int peak;
    double quiet_share;  /* share of 20 ms windows that are near silence */
} stats;

static stats measure(const int16_t *s, size_t n, int rate)
{
    stats st = {.seconds = (double)n / rate};
    double sum = 0;
    size_t win = (size_t)rate / 50, windows = 0, quiet = 0;
    for (size_t i = 0; i < n; i++) {
        sum += (double)s[i] * s[i];
        int a = s[i] < 0 ? -s[i] : s[i];
        if (a > st.peak)
            st.peak = a;
    }
    for (size_t w = 0; w + win <= n; w += win) {
        double ws = 0;
        for (size_t i = w; i < w + win; i++)
            ws += (double)s[i] * s[i];
        windows++;
        quiet += sqrt(ws / win) < 100;
    }
    st.rms = n ? sqrt(sum / n) : 0;
    st.quiet_share = windows ? (double)quiet / windows : 1;
    return st;
}

/* Speech, as opposed to silence, a click or a constant tone: long enough
 * for the words, loud, and with gaps between words and sentences. */
static void check_speech(const char *what, const int16_t *s, size_t n, int rate, size_t words)
{
    stats st = measure(s, n, rate);
    printf("%s: %.1f s at %d Hz, rms %.0f, peak %d, %.0f%% quiet\n", what, st.seconds, rate, st.rms,
           st.peak, 100 * st.quiet_share);
    CHECK_MSG(rate >= 8000 && rate <= 48000, "%s: sample rate %d", what, rate);
    /* Some 2.5 words a second at the speaker's pace; the text has words. */
    CHECK_MSG(st.seconds > words / 6.0 && st.seconds < words * 1.5 + 2, "%s: %.1f s for %zu words", what,
              st.seconds, words);
    CHECK_MSG(st.rms > 500, "%s: rms %.0f is near silence", what, st.rms);
    CHECK_MSG(st.peak > 4000, "%s: peak %d", what, st.peak);
    CHECK_MSG(st.quiet_share > 0.02 && st.quiet_share < 0.8, "%s: %.0f%% quiet windows", what,
              100 * st.quiet_share);
}

static size_t count_words(const char *s)
{
    size_t n = 0;
    bool in = false;
    for (; *s; s++) {
        bool w = *s != ' ' && *s != '\n' && *s != '\t';
        n += w && !in;
        in = w;
    }
    return n;
}

TEST(a_scene_in_english_becomes_speech)
{
    char *text = first_scene("", "former-colleague.lua");
    CHECK(count_words(text) > 10);
    int16_t *s = NULL;
    size_t n = 0;
    int rate = 0;
    uh_error e;
    int rc = uh_speech_synth_pcm("en", text, &s, &n, &rate, &e);
    CHECK_MSG(rc == 0, "%s", e.msg);
    if (rc == 0)
        check_speech("en", s, n, rate, count_words(text));
    free(s);
    free(text);
}

TEST(a_scene_in_german_becomes_speech_in_a_german_voice)
{
    char *text = first_scene("de", "former-colleague.lua");
    int16_t *de = NULL, *en = NULL;
    size_t nde = 0, nen = 0;
    int rate = 0;
    uh_error e;
    int rc = uh_speech_synth_pcm("de", text, &de, &nde, &rate, &e);
    CHECK_MSG(rc == 0, "%s", e.msg);
    if (rc == 0)
        check_speech("de", de, nde, rate, count_words(text));
    /* The same words in the English voice come out differently: the
     * language picks the voice. */
    rc = uh_speech_synth_pcm("en", text, &en, &nen, &rate, &e);
    CHECK(rc == 0);
    CHECK(nde != nen || (nde && memcmp(de, en, nde * sizeof *de) != 0));
    /* A regional code falls back to its language's voice. */
    int16_t *at = NULL;
    size_t nat = 0;
    CHECK(uh_speech_synth_pcm("de-AT", "Guten Tag.", &at, &nat, &rate, &e) == 0 && nat > 0);
    free(at);
    free(de);
    free(en);
    free(text);
}

/* A WAV file a player can open: RIFF header, PCM mono 16 bits, its data
 * the samples. */
TEST(a_wav_file_holds_the_speech)
{
    char *path = uh_xasprintf("%s/scene.wav", work);
    uh_error e;
    int rc = uh_speech_synth_wav("en", "Report it to corporate security.", path, &e);
    CHECK_MSG(rc == 0, "%s", e.msg);
    size_t len = 0;
    char *f = uh_read_file_max(path, (size_t)64 << 20, &len, &e);
    CHECK(f && len > 44);
    if (f && len > 44) {
        const unsigned char *h = (const unsigned char *)f;
        CHECK(memcmp(h, "RIFF", 4) == 0 && memcmp(h + 8, "WAVEfmt ", 8) == 0 && memcmp(h + 36, "data", 4) == 0);
        uint32_t riff = h[4] | h[5] << 8 | h[6] << 16 | (uint32_t)h[7] << 24;
        uint32_t rate = h[24] | h[25] << 8 | h[26] << 16 | (uint32_t)h[27] << 24;
        uint32_t data = h[40] | h[41] << 8 | h[42] << 16 | (uint32_t)h[43] << 24;
        CHECK(h[20] == 1 && h[22] == 1 && h[34] == 16); /* PCM, mono, 16 bits */
        CHECK(riff == len - 8 && data == len - 44);
        size_t n = data / 2;
        int16_t *s = uh_xcalloc(n + 1, sizeof *s);
        for (size_t i = 0; i < n; i++)
            s[i] = (int16_t)(h[44 + 2 * i] | h[45 + 2 * i] << 8);
        check_speech("wav", s, n, (int)rate, 5);
        free(s);
    }
    free(f);
    remove(path);
    free(path);
}

typedef struct counter {
    size_t samples;
    int calls;
} counter;

static int stop_after_two(void *ctx, const int16_t *s, size_t n)
{
    (void)s;
    counter *c = ctx;
    c->samples += n;
    return ++c->calls >= 2;
}

/* A stop (a new say, the trainee leaving) ends a long synthesis at the
 * next piece, not at its end. */
TEST(the_sink_stops_a_long_text_early)
{
    char *text = first_scene("", "former-colleague.lua");
    char *longer = uh_xasprintf("%s %s %s %s", text, text, text, text);
    counter c = {0};
    int rate = 0;
    uh_error e;
    CHECK(uh_speech_synth("en", longer, stop_after_two, &c, &rate, &e) == 0);
    CHECK_MSG(c.calls == 2, "%d pieces after the stop", c.calls);
    CHECK(c.samples > 0 && c.samples < (size_t)rate);
    free(longer);
    free(text);
}

TEST(unknown_language_is_a_clear_error)
{
    int16_t *s = NULL;
    size_t n = 0;
    int rate = 0;
    uh_error e;
    uh_error_clear(&e);
    CHECK(uh_speech_synth_pcm("xx-nope", "Hello.", &s, &n, &rate, &e) == -1);
    CHECK_HAS(e.msg, "no voice for the language \"xx-nope\"");
    CHECK(uh_speech_synth_pcm("en; rm -rf", "Hello.", &s, &n, &rate, &e) == -1);
    CHECK(s == NULL);
    /* And the engine still works afterwards. */
    CHECK(uh_speech_synth_pcm("en", "Hello.", &s, &n, &rate, &e) == 0 && n > 0);
    free(s);
}

/* Text past the limit is cut, not refused, and nothing reads past it. */
TEST(text_beyond_the_limit_is_cut)
{
    size_t big = UH_SPEECH_TEXT_MAX + 5000;
    char *t = uh_xmalloc(big + 1);
    for (size_t i = 0; i < big; i++)
        t[i] = i % 6 == 5 ? ' ' : 'a';
    t[big] = 0;
    counter c = {0};
    int rate = 0;
    uh_error e;
    CHECK(uh_speech_synth("en", t, stop_after_two, &c, &rate, &e) == 0 && c.calls == 2);
    free(t);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: test_speech SCENARIOS-DIR WORK-DIR\n");
        return 2;
    }
    scenarios = argv[1];
    work = argv[2];
    uh_config_defaults(&cfg);
    uh_error e;
    if (uh_speech_load(&e) < 0) {
        printf("SKIP: %s\n", e.msg);
        return 77;
    }
    RUN(a_scene_in_english_becomes_speech);
    RUN(a_scene_in_german_becomes_speech_in_a_german_voice);
    RUN(a_wav_file_holds_the_speech);
    RUN(the_sink_stops_a_long_text_early);
    RUN(unknown_language_is_a_clear_error);
    RUN(text_beyond_the_limit_is_cut);
    uh_speech_unload();
    uh_config_free(&cfg);
    TEST_END();
}
