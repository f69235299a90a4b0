/* SPDX-License-Identifier: Apache-2.0 */
/* speech.c — eSpeak NG loaded on demand, synthesising into a sink. */
#include "speech.h"

#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <espeak-ng/speak_lib.h>

#include "../core/util.h"

#define BUFFER_MS 100   /* samples reach the sink in pieces this long: a stop is quick */
#define RATE_WPM 165    /* a little slower than eSpeak's 175: kiosk listeners hear it once */

/* The engine: the library's functions, looked up once, and its state. One
 * lock serialises everything, since eSpeak NG is not reentrant. */
static struct {
    pthread_mutex_t mu;
    void *lib;
    __typeof__(espeak_Initialize) *initialize;
    __typeof__(espeak_SetSynthCallback) *set_callback;
    __typeof__(espeak_SetVoiceByName) *set_voice;
    __typeof__(espeak_SetParameter) *set_parameter;
    __typeof__(espeak_Synth) *synth;
    __typeof__(espeak_Terminate) *terminate;
    int rate;           /* > 0 once initialised */
    bool failed;        /* loading failed: why says so */
    char why[512];
    char voice[32];     /* the voice set last ("" none) */
    uh_speech_sink sink;  /* where the callback sends samples, during a synthesis */
    void *ctx;
    bool stopped;       /* the sink asked to stop */
} eng = {.mu = PTHREAD_MUTEX_INITIALIZER};

/* Loads and initialises the engine; eng.mu is held. */
static int load_locked(void)
{
    if (eng.rate > 0)
        return eng.rate;
    if (eng.failed)
        return -1;
    if (!eng.lib) {
        eng.lib = dlopen(UH_SPEECH_LIBRARY, RTLD_NOW | RTLD_LOCAL);
        if (!eng.lib) {
            const char *e = dlerror();
            snprintf(eng.why, sizeof eng.why,
                     "read aloud needs eSpeak NG (%s): install the Debian package %s", e ? e : "not found",
                     UH_SPEECH_PACKAGE);
            eng.failed = true;
            return -1;
        }
        struct {
            const char *name;
            void **fn;
        } syms[] = {
            {"espeak_Initialize", (void **)&eng.initialize},
            {"espeak_SetSynthCallback", (void **)&eng.set_callback},
            {"espeak_SetVoiceByName", (void **)&eng.set_voice},
            {"espeak_SetParameter", (void **)&eng.set_parameter},
            {"espeak_Synth", (void **)&eng.synth},
            {"espeak_Terminate", (void **)&eng.terminate},
        };
        for (size_t i = 0; i < sizeof syms / sizeof *syms; i++)
            if (!(*syms[i].fn = dlsym(eng.lib, syms[i].name))) {
                snprintf(eng.why, sizeof eng.why, "%s has no %s: reinstall the Debian package %s",
                         UH_SPEECH_LIBRARY, syms[i].name, UH_SPEECH_PACKAGE);
                dlclose(eng.lib);
                eng.lib = NULL;
                eng.failed = true;
                return -1;
            }
    }
    /* Synchronous output: nothing is played, no audio device is opened;
     * DONT_EXIT keeps a missing data folder from ending the program. */
    int rate = eng.initialize(AUDIO_OUTPUT_SYNCHRONOUS, BUFFER_MS, NULL, espeakINITIALIZE_DONT_EXIT);
    if (rate <= 0) {
        snprintf(eng.why, sizeof eng.why,
                 "eSpeak NG could not start (its voice data is missing or damaged): reinstall the "
                 "Debian packages %s and espeak-ng-data", UH_SPEECH_PACKAGE);
        eng.failed = true;
        return -1;
    }
    eng.rate = rate;
    eng.voice[0] = 0;
    eng.set_parameter(espeakRATE, RATE_WPM, 0);
    return rate;
}

int uh_speech_load(uh_error *err)
{
    pthread_mutex_lock(&eng.mu);
    int rate = load_locked();
    if (rate < 0)
        uh_error_set(err, NULL, 0, "%s", eng.why);
    pthread_mutex_unlock(&eng.mu);
    return rate;
}

/* The engine's callback: samples to the current sink. */
static int on_samples(short *wav, int n, espeak_EVENT *events)
{
    (void)events;
    if (eng.stopped)
        return 1;
    if (wav && n > 0 && eng.sink && eng.sink(eng.ctx, (const int16_t *)wav, (size_t)n) != 0) {
        eng.stopped = true;
        return 1;
    }
    return 0;
}

/* Sets the voice for lang (its whole code, then the part before '-' or
 * '_'); eng.mu is held. */
static int set_voice_locked(const char *lang, uh_error *err)
{
    if (!lang || !*lang)
        lang = "en";
    if (strcmp(eng.voice, lang) == 0)
        return 0;
    char base[sizeof eng.voice];
    snprintf(base, sizeof base, "%s", lang);
    base[strcspn(base, "-_.@")] = 0;
    if (strlen(lang) < sizeof eng.voice && strspn(lang, "abcdefghijklmnopqrstuvwxyz"
                                                        "ABCDEFGHIJKLMNOPQRSTUVWXYZ-_") == strlen(lang)) {
        if (eng.set_voice(lang) == EE_OK) {
            snprintf(eng.voice, sizeof eng.voice, "%s", lang);
            return 0;
        }
        if (*base && eng.set_voice(base) == EE_OK) {
            snprintf(eng.voice, sizeof eng.voice, "%s", lang);
            return 0;
        }
    }
    eng.voice[0] = 0;
    return uh_error_set(err, NULL, 0, "eSpeak NG has no voice for the language \"%.40s\"", lang);
}

int uh_speech_synth(const char *lang, const char *text, uh_speech_sink sink, void *ctx, int *rate,
                    uh_error *err)
{
    pthread_mutex_lock(&eng.mu);
    int rc = -1;
    char *cut = NULL;
    if (load_locked() < 0) {
        uh_error_set(err, NULL, 0, "%s", eng.why);
        goto done;
    }
    if (set_voice_locked(lang, err))
        goto done;
    if (rate)
        *rate = eng.rate;
    if (!text)
        text = "";
    size_t len = strnlen(text, UH_SPEECH_TEXT_MAX + 1);
    if (len > UH_SPEECH_TEXT_MAX) {
        /* Cut at the last space before the limit (never inside a character). */
        size_t n = UH_SPEECH_TEXT_MAX;
        while (n > 0 && text[n] != ' ')
            n--;
        if (n == 0)
            for (n = UH_SPEECH_TEXT_MAX; n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80; n--)
                ;
        cut = uh_xmalloc(n + 1);
        memcpy(cut, text, n);
        cut[n] = 0;
        text = cut;
        len = n;
    }
    eng.sink = sink;
    eng.ctx = ctx;
    eng.stopped = false;
    eng.set_callback(on_samples);
    espeak_ERROR e = eng.synth(text, len + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, NULL);
    eng.sink = NULL;
    eng.ctx = NULL;
    if (e != EE_OK && !eng.stopped) {
        uh_error_set(err, NULL, 0, "eSpeak NG could not synthesise the text (error %d)", (int)e);
        goto done;
    }
    rc = 0;
done:
    pthread_mutex_unlock(&eng.mu);
    free(cut);
    return rc;
}

/* ---------------------------------------------------------------------
 * Into memory, into a WAV file
 * ------------------------------------------------------------------- */

typedef struct pcm {
    int16_t *v;
    size_t n, cap;
} pcm;

static int append(void *ctx, const int16_t *s, size_t n)
{
    pcm *p = ctx;
    if (p->n + n > p->cap) {
        while (p->n + n > p->cap)
            p->cap = p->cap ? p->cap * 2 : 16384;
        p->v = uh_xrealloc(p->v, p->cap * sizeof *p->v);
    }
    memcpy(p->v + p->n, s, n * sizeof *s);
    p->n += n;
    return 0;
}

int uh_speech_synth_pcm(const char *lang, const char *text, int16_t **samples, size_t *n, int *rate,
                        uh_error *err)
{
    pcm p = {0};
    if (uh_speech_synth(lang, text, append, &p, rate, err)) {
        free(p.v);
        return -1;
    }
    *samples = p.v;
    *n = p.n;
    return 0;
}

static void put_le(unsigned char *b, uint32_t v, int bytes)
{
    for (int i = 0; i < bytes; i++)
        b[i] = (unsigned char)(v >> (8 * i));
}

int uh_speech_synth_wav(const char *lang, const char *text, const char *path, uh_error *err)
{
    int16_t *s = NULL;
    size_t n = 0;
    int rate = 0;
    if (uh_speech_synth_pcm(lang, text, &s, &n, &rate, err))
        return -1;
    if (n > (UINT32_MAX - 44) / 2) {
        free(s);
        return uh_error_set(err, path, 0, "the speech is too long for a WAV file");
    }
    /* RIFF/WAVE, PCM, 1 channel, 16 bits, little-endian. */
    unsigned char h[44] = "RIFF\0\0\0\0WAVEfmt \x10\0\0\0\x01\0\x01\0\0\0\0\0\0\0\0\0\x02\0\x10\0data";
    put_le(h + 4, (uint32_t)(36 + n * 2), 4);
    put_le(h + 24, (uint32_t)rate, 4);
    put_le(h + 28, (uint32_t)rate * 2, 4);
    put_le(h + 40, (uint32_t)(n * 2), 4);
    unsigned char *body = uh_xmalloc(n * 2 + 1);
    for (size_t i = 0; i < n; i++)
        put_le(body + 2 * i, (uint16_t)s[i], 2);
    free(s);
    FILE *f = fopen(path, "wb");
    int rc = 0;
    if (!f || fwrite(h, 1, sizeof h, f) != sizeof h || fwrite(body, 1, n * 2, f) != n * 2)
        rc = uh_error_set(err, path, 0, "cannot write the WAV file: %s", strerror(errno));
    if (f && fclose(f) != 0 && rc == 0)
        rc = uh_error_set(err, path, 0, "cannot write the WAV file: %s", strerror(errno));
    free(body);
    return rc;
}

void uh_speech_unload(void)
{
    pthread_mutex_lock(&eng.mu);
    if (eng.rate > 0 && eng.terminate)
        eng.terminate();
    eng.rate = 0;
    eng.voice[0] = 0;
    if (!eng.failed) {
        eng.failed = true;
        snprintf(eng.why, sizeof eng.why, "read aloud was shut down");
    }
    pthread_mutex_unlock(&eng.mu);
}
