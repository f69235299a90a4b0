/* SPDX-License-Identifier: Apache-2.0 */
/* speaker.c — one worker thread: eSpeak NG's samples into SDL's audio queue. */
#include "speaker.h"

#include <SDL.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/error.h"
#include "../../core/util.h"
#include "../speech.h"

struct uh_speaker {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    pthread_t thread;
    bool started, quit;
    /* The request waiting for the worker (latest wins). */
    char *text;
    char lang[32];
    bool pending;
    bool synthesising;
    unsigned gen;  /* bumped by every say and stop: older speech stops */
    /* Audio, opened by the worker on first use. */
    bool audio_init;
    SDL_AudioDeviceID dev;
    bool playing;
    char error[sizeof ((uh_error *)0)->msg];
};

uh_speaker *uh_speaker_new(void)
{
    uh_speaker *sp = uh_xcalloc(1, sizeof *sp);
    pthread_mutex_init(&sp->mu, NULL);
    pthread_cond_init(&sp->cv, NULL);
    return sp;
}

/* What the synthesis feeds: the queue of the device, as long as the
 * request is still the current one. */
typedef struct feed {
    uh_speaker *sp;
    unsigned gen;
} feed;

static int to_device(void *ctx, const int16_t *s, size_t n)
{
    feed *f = ctx;
    uh_speaker *sp = f->sp;
    pthread_mutex_lock(&sp->mu);
    bool current = f->gen == sp->gen && !sp->quit;
    if (current) {
        SDL_QueueAudio(sp->dev, s, (Uint32)(n * sizeof *s));
        if (!sp->playing) {
            SDL_PauseAudioDevice(sp->dev, 0);
            sp->playing = true;
        }
    }
    pthread_mutex_unlock(&sp->mu);
    return current ? 0 : 1;
}

/* Opens the audio output at rate Hz, mono, 16 bits (worker thread; mu is
 * not held). */
static int open_audio(uh_speaker *sp, int rate, char *why, size_t n)
{
    if (sp->dev)
        return 0;
    if (!sp->audio_init) {
        if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
            snprintf(why, n, "no audio output for read aloud: %s", SDL_GetError());
            return -1;
        }
        sp->audio_init = true;
    }
    SDL_AudioSpec want = {.freq = rate, .format = AUDIO_S16SYS, .channels = 1, .samples = 1024};
    SDL_AudioDeviceID dev = SDL_OpenAudioDevice(NULL, 0, &want, NULL, 0);
    if (!dev) {
        snprintf(why, n, "no audio output for read aloud: %s", SDL_GetError());
        return -1;
    }
    pthread_mutex_lock(&sp->mu);
    sp->dev = dev;
    sp->playing = false;
    pthread_mutex_unlock(&sp->mu);
    return 0;
}

static void speak(uh_speaker *sp, const char *lang, const char *text, unsigned gen)
{
    uh_error e;
    uh_error_clear(&e);
    char why[sizeof sp->error] = "";
    int rate = uh_speech_load(&e);
    if (rate < 0)
        snprintf(why, sizeof why, "%s", e.msg);
    else if (open_audio(sp, rate, why, sizeof why) == 0) {
        feed f = {sp, gen};
        if (uh_speech_synth(lang, text, to_device, &f, NULL, &e) != 0)
            snprintf(why, sizeof why, "%s", e.msg);
    }
    pthread_mutex_lock(&sp->mu);
    if (why[0]) {
        snprintf(sp->error, sizeof sp->error, "%s", why);
        SDL_Log("unhooked: %s", why);
    }
    pthread_mutex_unlock(&sp->mu);
}

static void *worker(void *arg)
{
    uh_speaker *sp = arg;
    pthread_mutex_lock(&sp->mu);
    for (;;) {
        while (!sp->quit && !sp->pending)
            pthread_cond_wait(&sp->cv, &sp->mu);
        if (sp->quit)
            break;
        char *text = sp->text;
        char lang[sizeof sp->lang];
        memcpy(lang, sp->lang, sizeof lang);
        unsigned gen = sp->gen;
        sp->text = NULL;
        sp->pending = false;
        sp->synthesising = true;
        pthread_mutex_unlock(&sp->mu);
        speak(sp, lang, text, gen);
        free(text);
        pthread_mutex_lock(&sp->mu);
        sp->synthesising = false;
    }
    pthread_mutex_unlock(&sp->mu);
    /* SDL keeps per-thread data (its error message) for a thread it did
     * not create until told the thread ends. */
    SDL_TLSCleanup();
    return NULL;
}

void uh_speaker_say(uh_speaker *sp, const char *lang, const char *text)
{
    pthread_mutex_lock(&sp->mu);
    if (!sp->started) {
        if (pthread_create(&sp->thread, NULL, worker, sp) != 0) {
            snprintf(sp->error, sizeof sp->error, "read aloud cannot start a thread");
            pthread_mutex_unlock(&sp->mu);
            return;
        }
        sp->started = true;
    }
    sp->gen++;
    free(sp->text);
    sp->text = uh_xstrdup(text ? text : "");
    snprintf(sp->lang, sizeof sp->lang, "%s", lang && *lang ? lang : "en");
    sp->pending = true;
    sp->error[0] = 0;
    if (sp->dev)
        SDL_ClearQueuedAudio(sp->dev);
    pthread_cond_signal(&sp->cv);
    pthread_mutex_unlock(&sp->mu);
}

void uh_speaker_stop(uh_speaker *sp)
{
    pthread_mutex_lock(&sp->mu);
    sp->gen++;
    sp->pending = false;
    free(sp->text);
    sp->text = NULL;
    if (sp->dev)
        SDL_ClearQueuedAudio(sp->dev);
    pthread_mutex_unlock(&sp->mu);
}

bool uh_speaker_busy(uh_speaker *sp)
{
    pthread_mutex_lock(&sp->mu);
    bool busy = sp->pending || sp->synthesising || (sp->dev && SDL_GetQueuedAudioSize(sp->dev) > 0);
    if (!busy && sp->dev && sp->playing) {
        /* Nothing left to play: the device stops taking the CPU. */
        SDL_PauseAudioDevice(sp->dev, 1);
        sp->playing = false;
    }
    pthread_mutex_unlock(&sp->mu);
    return busy;
}

bool uh_speaker_used(const uh_speaker *sp) { return sp->started; }

const char *uh_speaker_error(uh_speaker *sp, char *buf, size_t n)
{
    pthread_mutex_lock(&sp->mu);
    snprintf(buf, n, "%s", sp->error);
    pthread_mutex_unlock(&sp->mu);
    return buf;
}

void uh_speaker_free(uh_speaker *sp)
{
    if (!sp)
        return;
    pthread_mutex_lock(&sp->mu);
    sp->quit = true;
    sp->gen++;
    pthread_cond_signal(&sp->cv);
    pthread_mutex_unlock(&sp->mu);
    if (sp->started)
        pthread_join(sp->thread, NULL);
    if (sp->dev)
        SDL_CloseAudioDevice(sp->dev);
    if (sp->audio_init)
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
    free(sp->text);
    pthread_cond_destroy(&sp->cv);
    pthread_mutex_destroy(&sp->mu);
    free(sp);
}
