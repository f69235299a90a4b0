/* SPDX-License-Identifier: Apache-2.0 */
/* test_speaker.c — read aloud through SDL's audio, without a sound card.
 *
 * SDL's "disk" audio driver stands in for the sound card: what the kiosk
 * would play is written to a file. A new speaker opens nothing (no sound
 * unless asked); a say is heard as real samples in that file and ends by
 * itself; a stop ends it at once; a language without a voice is reported,
 * not played.
 *
 * usage: test_speaker WORK-DIR (skipped, 77, without libespeak-ng1) */
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../testing.h"
#include "disk_audio.h"
#include "core/util.h"
#include "platform/sdl/speaker.h"
#include "platform/speech.h"

static char raw[512];

/* Waits (polling) until the speaker is quiet; false when it never is. */
static bool wait_quiet(uh_speaker *sp, int max_s)
{
    for (Uint32 start = SDL_GetTicks(); SDL_GetTicks() - start < (Uint32)max_s * 1000;) {
        if (!uh_speaker_busy(sp))
            return true;
        SDL_Delay(10);
    }
    return false;
}

static long file_size(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

TEST(a_new_speaker_is_silent)
{
    uh_speaker *sp = uh_speaker_new();
    CHECK(!uh_speaker_used(sp));
    CHECK(!uh_speaker_busy(sp));
    CHECK_MSG(!SDL_WasInit(SDL_INIT_AUDIO), "audio was opened before anything was said");
    CHECK(file_size(raw) == -1);
    uh_speaker_free(sp);
    CHECK(file_size(raw) == -1);
}

TEST(a_say_is_played_and_ends_by_itself)
{
    uh_speaker *sp = uh_speaker_new();
    uh_speaker_say(sp, "en", "Stop replying, keep every message, and report it to corporate security.");
    CHECK(uh_speaker_busy(sp) && uh_speaker_used(sp));
    CHECK_MSG(wait_quiet(sp, 120), "still speaking after two minutes");
    char why[800];
    CHECK_MSG(!*uh_speaker_error(sp, why, sizeof why), "%s", why);
    size_t loud = disk_audio_loud_samples(raw);
    printf("played %ld bytes, %zu loud samples\n", file_size(raw), loud);
    CHECK_MSG(loud > 2000, "only %zu loud samples reached the device", loud);
    uh_speaker_free(sp);
}

TEST(a_stop_ends_speech_at_once)
{
    uh_speaker *sp = uh_speaker_new();
    char *text = uh_xstrdup("");
    for (int i = 0; i < 30; i++) {
        char *t = uh_xasprintf("%sThis sentence is long enough to keep the speaker busy for a while. ", text);
        free(text);
        text = t;
    }
    uh_speaker_say(sp, "en", text);
    CHECK(uh_speaker_busy(sp));
    uh_speaker_stop(sp);
    /* Nothing queued is left; the synthesis stops at its next piece. */
    CHECK_MSG(wait_quiet(sp, 30), "still speaking after a stop");
    /* A say after a stop is heard again (the speaker is not stuck). */
    uh_speaker_say(sp, "de", "Melden Sie es der Konzernsicherheit.");
    CHECK(wait_quiet(sp, 120));
    char why[800];
    CHECK_MSG(!*uh_speaker_error(sp, why, sizeof why), "%s", why);
    free(text);
    uh_speaker_free(sp);
}

TEST(a_language_without_a_voice_is_reported)
{
    uh_speaker *sp = uh_speaker_new();
    uh_speaker_say(sp, "qq", "Hello.");
    CHECK(wait_quiet(sp, 30));
    char why[800];
    CHECK_HAS(uh_speaker_error(sp, why, sizeof why), "no voice for the language \"qq\"");
    uh_speaker_free(sp);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: test_speaker WORK-DIR\n");
        return 2;
    }
    uh_error e;
    if (uh_speech_load(&e) < 0) {
        printf("SKIP: %s\n", e.msg);
        return 77;
    }
    disk_audio_use(raw, sizeof raw, argv[1], "speaker");
    RUN(a_new_speaker_is_silent);
    RUN(a_say_is_played_and_ends_by_itself);
    RUN(a_stop_ends_speech_at_once);
    RUN(a_language_without_a_voice_is_reported);
    remove(raw);
    uh_speech_unload();
    SDL_Quit();
    TEST_END();
}
