/* SPDX-License-Identifier: Apache-2.0 */
/* screen.c — the kiosk's view of the X screen (see screen.h). */
#include "screen.h"

#include <stdlib.h>
#include <string.h>

#ifdef UH_HAVE_X11
#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/extensions/Xrandr.h>

struct uh_screen {
    Display *dpy;
    Window root;
    bool randr;  /* the server has RandR 1.5 monitors */
    int failed;  /* set by the error handler */
};

/* Xlib's default error handler ends the program; while the kiosk asks about
 * windows that may have gone (a window manager's check window), errors are
 * noted instead. Only the event loop's thread talks to X here, and SDL's own
 * handler is put back afterwards. */
static uh_screen *current;

static int note_error(Display *dpy, XErrorEvent *e)
{
    (void)dpy;
    (void)e;
    if (current)
        current->failed = 1;
    return 0;
}

uh_screen *uh_screen_open(void)
{
    const char *driver = SDL_GetCurrentVideoDriver();
    if (!driver || strcmp(driver, "x11") != 0)
        return NULL;
    Display *dpy = XOpenDisplay(NULL);
    if (!dpy)
        return NULL;
    uh_screen *s = calloc(1, sizeof *s);
    if (!s) {
        XCloseDisplay(dpy);
        return NULL;
    }
    s->dpy = dpy;
    s->root = DefaultRootWindow(dpy);
    int ev, err, major = 0, minor = 0;
    s->randr = XRRQueryExtension(dpy, &ev, &err) && XRRQueryVersion(dpy, &major, &minor) &&
               (major > 1 || (major == 1 && minor >= 5));
    return s;
}

/* The window a WINDOW-typed property of w names, or None. */
static Window window_property(uh_screen *s, Window w, Atom prop)
{
    Atom type = None;
    int format = 0;
    unsigned long n = 0, after = 0;
    unsigned char *data = NULL;
    Window out = None;
    if (XGetWindowProperty(s->dpy, w, prop, 0, 1, False, XA_WINDOW, &type, &format, &n, &after, &data) ==
            Success &&
        type == XA_WINDOW && format == 32 && n == 1)
        out = (Window)((unsigned long *)data)[0];
    if (data)
        XFree(data);
    return out;
}

bool uh_screen_has_wm(uh_screen *s)
{
    if (!s)
        return false;
    /* EWMH: the root names a check window that names itself; a stale
     * property left by a window manager that died names a window that is
     * gone. */
    Atom check = XInternAtom(s->dpy, "_NET_SUPPORTING_WM_CHECK", False);
    XErrorHandler old = XSetErrorHandler(note_error);
    current = s;
    s->failed = 0;
    Window w = window_property(s, s->root, check);
    bool wm = w != None && window_property(s, w, check) == w;
    XSync(s->dpy, False);
    wm = wm && !s->failed;
    current = NULL;
    XSetErrorHandler(old);
    return wm;
}

bool uh_screen_rect(uh_screen *s, SDL_Rect *r)
{
    if (!s)
        return false;
    bool found = false;
    if (s->randr) {
        int n = 0;
        XRRMonitorInfo *m = XRRGetMonitors(s->dpy, s->root, True, &n);
        int pick = -1;
        for (int i = 0; m && i < n; i++) {
            if (m[i].width <= 0 || m[i].height <= 0)
                continue;
            if (pick < 0 || (m[i].primary && !m[pick].primary))
                pick = i;
        }
        if (pick >= 0) {
            *r = (SDL_Rect){m[pick].x, m[pick].y, m[pick].width, m[pick].height};
            found = true;
        }
        if (m)
            XRRFreeMonitors(m);
    }
    if (!found) {
        Window root_ret;
        int x, y;
        unsigned w, h, border, depth;
        if (XGetGeometry(s->dpy, s->root, &root_ret, &x, &y, &w, &h, &border, &depth) && w > 0 && h > 0) {
            *r = (SDL_Rect){0, 0, (int)w, (int)h};
            found = true;
        }
    }
    return found;
}

void uh_screen_close(uh_screen *s)
{
    if (!s)
        return;
    XCloseDisplay(s->dpy);
    free(s);
}

#else /* built without Xlib: the video driver's own fullscreen only */

uh_screen *uh_screen_open(void) { return NULL; }
bool uh_screen_rect(uh_screen *s, SDL_Rect *r)
{
    (void)s;
    (void)r;
    return false;
}
bool uh_screen_has_wm(uh_screen *s)
{
    (void)s;
    return false;
}
void uh_screen_close(uh_screen *s) { (void)s; }

#endif
