/* osk.h — the on-screen keyboard for touch-only kiosks, shared by every
 * screen with a text field (sign-in, admin).
 *
 * The keyboard is an immediate-mode widget like the others in gui.h: a
 * screen draws it where it wants it and passes the ids it gets back in its
 * act function to uh_osk_act, which edits the caller's buffer. Its ids sit
 * above any screen's own (screens number theirs from UH_ID_FIRST up), so a
 * screen only has to ask uh_osk_owns. Shown/hidden and shift state live in
 * uh_ui (osk, osk_shift). */
#ifndef UH_OSK_H
#define UH_OSK_H

#include <stdbool.h>
#include <stddef.h>

#include "screens.h"

enum {
    UH_OSK_ID_SHIFT = 900,
    UH_OSK_ID_SPACE,
    UH_OSK_ID_BACK,
    UH_OSK_ID_DONE,
    UH_OSK_ID_KEY = 1000, /* + the character (ASCII only) */
    UH_OSK_ID_END = UH_OSK_ID_KEY + 128,
};

typedef enum uh_osk_layout {
    UH_OSK_NAME,  /* names and employee IDs: one-shot Shift, an apostrophe */
    UH_OSK_CODE,  /* codes and folders: Caps that stays on, '_' and '/' */
} uh_osk_layout;

typedef enum uh_osk_event {
    UH_OSK_NONE,    /* not a keyboard id */
    UH_OSK_EDITED,  /* a key was handled (the buffer or Shift changed) */
    UH_OSK_DONE,    /* the Done key: the caller decides what it means */
} uh_osk_event;

/* True when id belongs to the keyboard. */
bool uh_osk_owns(int id);

/* Draws the keyboard at (x, y), w wide, in layout, with done_label on the
 * Done key; returns its height. */
int uh_osk_draw(uh_ui *ui, uh_osk_layout layout, int x, int y, int w, const char *done_label);

/* The height uh_osk_draw takes at width w. */
int uh_osk_height(const uh_ui *ui, int w);

/* Handles an activated id: types into buf (cap bytes, kept NUL-terminated
 * and shorter than cap), deletes, toggles Shift. Returns what happened. */
uh_osk_event uh_osk_act(uh_ui *ui, uh_osk_layout layout, int id, char *buf, size_t cap);

/* Appends s to buf when it fits in cap (whole or not at all). */
void uh_osk_type(char *buf, size_t cap, const char *s);
/* Removes the last UTF-8 character of buf. */
void uh_osk_backspace(char *buf);

#endif
