/* SPDX-License-Identifier: Apache-2.0 */
/* xkeys.h — typed letters beyond ASCII on X11, whatever LC_CTYPE is or
 * becomes while the program runs.
 *
 * SDL 2.26 (Debian 12's libSDL2 2.26.5) takes a key's text from
 * XLookupString as ISO-8859-1 wherever it does not ask its input method
 * (src/video/x11/SDL_x11events.c lines 1062-1069: every key release;
 * presses too where no input method opened) and converts it to UTF-8 in
 * XLookupStringAsUTF8 (lines 733-747) with SDL_iconv_string(), whose
 * result has no terminating NUL when it fills its buffer exactly
 * (src/stdlib/SDL_iconv.c lines 835-843: 4 bytes at least, only those
 * zeroed); SDL_strlcpy then reads past it. One ISO-8859-1 letter never
 * fills it. But Xlib chooses the character set of XLookupString once
 * per display, at the first key it translates, from LC_CTYPE at that
 * moment (XkbTranslateKeySym: _XkbGetConverters(_XkbGetCharset())). eSpeak
 * NG sets a UTF-8 LC_CTYPE for the whole process when read aloud first
 * starts (espeak_ng_Initialize, in the speaker's thread); when that came
 * before the first key, "ë" was looked up as the two UTF-8 bytes C3 AB,
 * taken for two ISO-8859-1 letters and converted to four bytes with no
 * NUL: a heap read overflow in SDL on every release of such a key (the
 * ui_monkey_smoke failure under AddressSanitizer), and "Ã«" for a press
 * taking the same path.
 *
 * Xlib has a control for exactly this, which its own input methods use:
 * XkbLC_ForceLatin1Lookup makes XLookupString return ISO-8859-1 whatever
 * the locale. Set on SDL's display it gives SDL what it expects, before
 * and after read aloud. Text through SDL's input method
 * (Xutf8LookupString) is UTF-8 either way, so names such as "Zoë Ångström"
 * or "Ренат" arrive as typed.
 *
 * Setting a UTF-8 LC_CTYPE ourselves at start-up instead is no cure:
 * without the control Xlib would then pick UTF-8 at the first key every
 * time, and SDL would overflow on every such key; SDL also writes the
 * window's title through LC_CTYPE (XmbTextListToTextProperty), and with
 * C.UTF-8 set before SDL_Init WM_NAME got the type "UTF-8" in place of
 * STRING, which xdotool's search by name (and the UI tests) no longer
 * matched. */
#ifndef UH_XKEYS_H
#define UH_XKEYS_H

#include <SDL.h>
#include <stdbool.h>

/* Makes XLookupString on win's X display return ISO-8859-1, as SDL 2's
 * X11 key handler expects, whatever LC_CTYPE is now or later. Call after
 * the window is created and before its first event is read. Returns true
 * when set; false when win is NULL, SDL's video driver is not X11, the
 * program was built without Xlib, or the server has no XKB (then Xlib's
 * core lookup, ISO-8859-1 already, is used). */
bool uh_xkeys_latin1(SDL_Window *win);

#endif
