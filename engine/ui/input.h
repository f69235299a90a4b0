/* SPDX-License-Identifier: Apache-2.0 */
/* input.h — input as plain data.
 *
 * The platform shell (platform/sdl/app.c) turns mouse, touch and keyboard
 * events into these records before the screens see them, so the screens
 * never depend on how the input arrived; touch and mouse differ only in
 * the `touch` flag (a touch drag scrolls, a mouse uses the wheel). */
#ifndef UH_INPUT_H
#define UH_INPUT_H

#include <stdbool.h>

typedef enum uh_input_type {
    UH_IN_KEY,    /* key pressed (key, digit, shift) */
    UH_IN_TEXT,   /* UTF-8 text typed (text) */
    UH_IN_DOWN,   /* pointer pressed at (x, y) */
    UH_IN_UP,     /* pointer released at (x, y) */
    UH_IN_MOVE,   /* pointer moved to (x, y) */
    UH_IN_WHEEL,  /* scroll by wheel notches (positive: towards the top) */
} uh_input_type;

typedef enum uh_key {
    UH_KEY_NONE,
    UH_KEY_TAB,
    UH_KEY_UP,
    UH_KEY_DOWN,
    UH_KEY_LEFT,
    UH_KEY_RIGHT,
    UH_KEY_ENTER,
    UH_KEY_SPACE,
    UH_KEY_ESCAPE,
    UH_KEY_BACKSPACE,
    UH_KEY_PAGEUP,
    UH_KEY_PAGEDOWN,
    UH_KEY_HOME,
    UH_KEY_END,
    UH_KEY_DIGIT,  /* 0-9 in digit */
    UH_KEY_F,      /* the F key (a shortcut for the flag panel) */
    UH_KEY_D,      /* the D key (discussion prompts in facilitator mode) */
    UH_KEY_ADMIN,  /* Ctrl+Alt+A: the administrator's PIN prompt */
    UH_KEY_READ,   /* F2: read aloud (the focused control, else the screen) */
} uh_key;

typedef struct uh_input {
    uh_input_type type;
    uh_key key;
    int digit;
    bool shift;
    bool touch;
    float x, y;    /* window pixels */
    float wheel;
    char text[32];
} uh_input;

#endif
