/* SPDX-License-Identifier: Apache-2.0 */
/* test_input.c — finger events from a named pipe (see test_input.h). */
#include "test_input.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TEST_TOUCH_ID 0x7e57 /* the touch "device" of the tests */

typedef struct reader {
    char *path;
    Uint32 window_id;
} reader;

/* Posts one line's event; returns false when it does not parse. */
static bool post(const char *line, Uint32 window_id)
{
    char kind[8];
    long finger;
    float x, y;
    if (sscanf(line, "%7s %ld %f %f", kind, &finger, &x, &y) != 4 || x < 0 || x > 1 || y < 0 || y > 1)
        return false;
    SDL_Event e;
    memset(&e, 0, sizeof e);
    if (strcmp(kind, "down") == 0)
        e.type = SDL_FINGERDOWN;
    else if (strcmp(kind, "move") == 0)
        e.type = SDL_FINGERMOTION;
    else if (strcmp(kind, "up") == 0)
        e.type = SDL_FINGERUP;
    else
        return false;
    e.tfinger.timestamp = SDL_GetTicks();
    e.tfinger.touchId = TEST_TOUCH_ID;
    e.tfinger.fingerId = finger;
    e.tfinger.x = x;
    e.tfinger.y = y;
    e.tfinger.pressure = e.type == SDL_FINGERUP ? 0 : 1;
    e.tfinger.windowID = window_id;
    return SDL_PushEvent(&e) == 1;
}

static int run(void *arg)
{
    reader *r = arg;
    for (;;) {
        FILE *f = fopen(r->path, "r"); /* blocks until a test opens it to write */
        if (!f) {
            SDL_Log("unhooked: test input %s: cannot open", r->path);
            break;
        }
        char line[128];
        while (fgets(line, sizeof line, f))
            if (!post(line, r->window_id))
                SDL_Log("unhooked: test input: ignored '%.60s'", line);
        fclose(f);
    }
    free(r->path);
    free(r);
    return 0;
}

int uh_test_input_start(const char *path, Uint32 window_id)
{
    reader *r = malloc(sizeof *r);
    char *p = r ? strdup(path) : NULL;
    if (!p) {
        free(r);
        return -1;
    }
    r->path = p;
    r->window_id = window_id;
    SDL_Thread *t = SDL_CreateThread(run, "test-input", r);
    if (!t) {
        free(p);
        free(r);
        return -1;
    }
    SDL_DetachThread(t);
    return 0;
}
