/* SPDX-License-Identifier: Apache-2.0 */
/* speaker.h — read aloud: speech played through SDL's audio, off the
 * drawing thread.
 *
 * A speaker makes no sound and opens nothing until it is first asked to
 * say something: creating one starts no thread, loads no library and opens
 * no audio device (a kiosk stays silent unless a trainee asks). The first
 * uh_speaker_say starts one worker thread, which loads eSpeak NG (speech.h),
 * opens the default audio output (PulseAudio/PipeWire or ALSA, so headphones
 * plugged into the kiosk are used like any sound) and queues the samples as
 * they are made. The screens never wait: say and stop return at once, and a
 * new say replaces what is being said. */
#ifndef UH_SPEAKER_H
#define UH_SPEAKER_H

#include <stdbool.h>
#include <stddef.h>

typedef struct uh_speaker uh_speaker;

/* A silent speaker (nothing started). Caller owns it (uh_speaker_free). */
uh_speaker *uh_speaker_new(void);

/* Says text (UTF-8) in language lang ("en", "de"), replacing anything
 * still being said. Returns at once; text is copied. */
void uh_speaker_say(uh_speaker *sp, const char *lang, const char *text);

/* Stops speaking at once (what is queued is dropped). */
void uh_speaker_stop(uh_speaker *sp);

/* True from a say until its last sample has been played (or a stop). */
bool uh_speaker_busy(uh_speaker *sp);

/* True once the speaker was ever asked to say something. */
bool uh_speaker_used(const uh_speaker *sp);

/* Why the last say could not be heard ("" when nothing went wrong): no
 * eSpeak NG, no voice for the language, no audio output. Copied to buf (n
 * bytes); returns buf. */
const char *uh_speaker_error(uh_speaker *sp, char *buf, size_t n);

/* Stops, ends the worker, closes the audio device. Accepts NULL. */
void uh_speaker_free(uh_speaker *sp);

#endif
