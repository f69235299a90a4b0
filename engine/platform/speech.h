/* SPDX-License-Identifier: Apache-2.0 */
/* speech.h — text to speech with eSpeak NG, without a sound card.
 *
 * Read aloud (issue 14) turns a scene's text, its choices and the focused
 * control into speech in the session's language. This module only makes
 * the samples: it loads Debian's libespeak-ng1 with dlopen the first time
 * something is to be said (so the program starts as fast without it, and a
 * machine without the library still runs, saying why read aloud is not
 * available), and hands the 16-bit mono samples to a sink as they come.
 * Playing them is the platform's business (platform/sdl/speaker.h); a WAV
 * file is written for tests and for checking a voice.
 *
 * eSpeak NG keeps global state, so every call here is serialised by one
 * lock; synthesis runs in the calling thread (the speaker calls it from its
 * own thread, never from the one that draws). No SDL here. */
#ifndef UH_SPEECH_H
#define UH_SPEECH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../core/error.h"

/* The shared object loaded on first use, and the Debian package it comes in. */
#define UH_SPEECH_LIBRARY "libespeak-ng.so.1"
#define UH_SPEECH_PACKAGE "libespeak-ng1"

/* The longest text said at once (bytes); longer text is cut at a word. */
#define UH_SPEECH_TEXT_MAX ((size_t)16 << 10)

/* Receives n samples (16-bit signed, mono, at the rate uh_speech_synth
 * reported) while text is synthesised. Returns 0 to go on, anything else
 * to stop the synthesis there. */
typedef int (*uh_speech_sink)(void *ctx, const int16_t *samples, size_t n);

/* Loads the speech engine when that was not done yet. Returns its sample
 * rate in Hz, or -1 with err saying what is missing (the library, its data)
 * and which Debian package provides it. Cheap after the first call; a
 * failure is remembered and returned again without retrying. */
int uh_speech_load(uh_error *err);

/* Synthesises text (UTF-8) with the voice of language lang ("en", "de",
 * "de-AT": the part before '-' or '_' is used when the whole code has no
 * voice) and passes the samples to sink, in the calling thread. *rate, when
 * not NULL, receives the sample rate before the first sample. Returns 0
 * (also when the sink stopped it), or -1 with err filled (no engine, no
 * voice for lang, synthesis failed). */
int uh_speech_synth(const char *lang, const char *text, uh_speech_sink sink, void *ctx, int *rate,
                    uh_error *err);

/* The same into memory: *samples (caller frees) and *n. */
int uh_speech_synth_pcm(const char *lang, const char *text, int16_t **samples, size_t *n, int *rate,
                        uh_error *err);

/* The same into a 16-bit mono WAV file at path (replaced). */
int uh_speech_synth_wav(const char *lang, const char *text, const char *path, uh_error *err);

/* Releases the engine, for good: at the end of a program (eSpeak NG 1.51
 * hangs when it is started again after this, so later calls fail with a
 * message instead). The engine otherwise stays loaded until the program
 * ends, whichever speaker loaded it. */
void uh_speech_unload(void);

#endif
