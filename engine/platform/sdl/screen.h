/* SPDX-License-Identifier: Apache-2.0 */
/* screen.h — the rectangle a kiosk window must cover, and keeping it
 * covered when the screen changes.
 *
 * SDL's fullscreen asks the window manager to do the work. A kiosk session
 * often has no window manager at all (docs/deployment.md), and then a
 * "fullscreen" window stays at the size it was created with; SDL 2 also
 * keeps the display size it read at start-up when `xrandr` changes the
 * resolution or the orientation. So on X11 the kiosk asks the X server
 * itself: the rectangle of the primary monitor (RandR), or of the whole
 * root window, and whether a window manager is running. On other video
 * drivers (Wayland, KMS/DRM) the compositor or the driver does it, and
 * these functions say they do not know.
 *
 * The connection is the shell's own, separate from SDL's, and is used
 * from the thread that runs the event loop only. */
#ifndef UH_SCREEN_H
#define UH_SCREEN_H

#include <SDL.h>
#include <stdbool.h>

typedef struct uh_screen uh_screen;

/* Connects to the X display SDL is using. Returns NULL when SDL's video
 * driver is not X11, the program was built without Xlib, or the display
 * cannot be opened. The caller owns the result (uh_screen_close). */
uh_screen *uh_screen_open(void);

/* Fills r with the rectangle of the monitor to cover (the primary one when
 * RandR names one, else the first, else the whole root window), as the X
 * server has it now. Returns false when s is NULL or the server does not
 * answer. */
bool uh_screen_rect(uh_screen *s, SDL_Rect *r);

/* True when a window manager that supports fullscreen (EWMH) runs on the
 * display now; false when there is none or s is NULL. */
bool uh_screen_has_wm(uh_screen *s);

/* Closes the connection. Accepts NULL. */
void uh_screen_close(uh_screen *s);

#endif
