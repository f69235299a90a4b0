/* SPDX-License-Identifier: Apache-2.0 */
/* osk.h — the on-screen keyboard for touch-only kiosks, shared by every
 * screen with a text field (sign-in, admin).
 *
 * The keyboard is an immediate-mode widget like the others in gui.h: a
 * screen draws it where it wants it and passes the ids it gets back in its
 * act function to uh_osk_act, which edits the caller's buffer. Its ids sit
 * above any screen's own (screens number theirs from UH_ID_FIRST up), so a
 * screen only has to ask uh_osk_owns. Each screen with a keyboard keeps its
 * own uh_osk in its state: shown or hidden, Shift, the page of accented
 * letters, the field it types into.
 *
 * The name layout starts in capitals: Shift is on at the start of the text
 * and after a space or a hyphen ("Anne-Marie Dupont", "E-10442"), and goes
 * off after one letter. Its second page has the accented Latin letters
 * names need (ä ö ü ß é ç ñ ø ł š ...). */
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
    UH_OSK_ID_PAGE,                       /* letters / accented letters */
    UH_OSK_ID_KEY = 1000,                 /* + the character (ASCII only) */
    UH_OSK_ID_END = UH_OSK_ID_KEY + 128,
    UH_OSK_ID_ACCENT = 1200,              /* + the index of an accented letter */
    UH_OSK_ID_ACCENT_END = UH_OSK_ID_ACCENT + 64,
};

/* One keyboard's state; zero is a hidden keyboard. */
typedef struct uh_osk {
    bool shown;
    bool shift;    /* Shift (names) or Caps (codes) */
    bool accents;  /* the page of accented letters is shown */
    bool reveal;   /* scroll the keyboard into view when next drawn */
    int target;    /* the field it types into, for screens with several */
} uh_osk;

typedef enum uh_osk_layout {
    UH_OSK_NAME,  /* names and employee IDs: capitals to start, accents, an apostrophe */
    UH_OSK_CODE,  /* codes and folders: Caps that stays on, '_' and '/' */
} uh_osk_layout;

typedef enum uh_osk_event {
    UH_OSK_NONE,    /* not a keyboard id */
    UH_OSK_EDITED,  /* a key was handled (the buffer, Shift or the page changed) */
    UH_OSK_FULL,    /* a character did not fit: the buffer is unchanged */
    UH_OSK_DONE,    /* the Done key: the caller decides what it means */
} uh_osk_event;

/* True when id belongs to the keyboard. */
bool uh_osk_owns(int id);

/* Shows the keyboard for buf in layout (Shift on where a name starts). */
void uh_osk_open(uh_osk *k, uh_osk_layout layout, const char *buf);
/* Hides the keyboard (Shift off). */
void uh_osk_close(uh_osk *k);

/* Draws the keyboard at (x, y), w wide, in layout, with done_label on the
 * Done key; returns its height. */
int uh_osk_draw(uh_ui *ui, const uh_osk *k, uh_osk_layout layout, int x, int y, int w,
                const char *done_label);

/* The height uh_osk_draw takes at width w. */
int uh_osk_height(const uh_ui *ui, int w);

/* Handles an activated id: types into buf (cap bytes, kept NUL-terminated
 * and shorter than cap, at most max_chars characters when max_chars > 0),
 * deletes, toggles Shift or the page. Returns what happened. */
uh_osk_event uh_osk_act(uh_osk *k, uh_osk_layout layout, int id, char *buf, size_t cap,
                        size_t max_chars);

/* Appends s to buf when it fits in cap bytes and max_chars characters (0:
 * no limit), whole or not at all; returns whether it did. */
bool uh_osk_type(char *buf, size_t cap, size_t max_chars, const char *s);
/* Removes the last UTF-8 character of buf. */
void uh_osk_backspace(char *buf);
/* The number of UTF-8 characters in s. */
size_t uh_osk_chars(const char *s);
/* Sets Shift for the name layout after buf changed: on where a word of a
 * name starts (empty, or after a space or a hyphen), else off. */
void uh_osk_auto_shift(uh_osk *k, const char *buf);

#endif
