/* SPDX-License-Identifier: Apache-2.0 */
/* disk_audio.h — the sound card off device, for test_speaker and
 * test_ui_a11y: SDL's "disk" audio driver writes what would be played to a
 * file, in real time, as signed 16-bit samples; the checks count the loud
 * ones. Kept apart from ui_harness.h, which test_speaker (the speaker
 * alone, no window) does not use. */
#ifndef UH_TEST_DISK_AUDIO_H
#define UH_TEST_DISK_AUDIO_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "core/util.h"

/* Sends SDL's audio to the file "DIR/NAME-PID.raw" (its path written into
 * raw, n bytes; an old one removed). Call before SDL opens audio. */
static inline void disk_audio_use(char *raw, size_t n, const char *dir, const char *name)
{
    snprintf(raw, n, "%s/%s-%ld.raw", dir, name, (long)getpid());
    remove(raw);
    setenv("SDL_AUDIODRIVER", "disk", 1);
    setenv("SDL_DISKAUDIOFILE", raw, 1);
}

/* Samples in the file at raw louder than the noise floor (0 when there is
 * no file). */
static inline size_t disk_audio_loud_samples(const char *raw)
{
    size_t n = 0, loud = 0;
    uh_error e;
    char *b = uh_read_file_max(raw, (size_t)256 << 20, &n, &e);
    for (size_t i = 0; b && i + 1 < n; i += 2) {
        int16_t s = (int16_t)((unsigned char)b[i] | (unsigned char)b[i + 1] << 8);
        loud += s > 2000 || s < -2000;
    }
    free(b);
    return loud;
}

#endif
