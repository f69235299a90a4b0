/* SPDX-License-Identifier: Apache-2.0 */
/* xkeys.c — typed letters beyond ASCII on X11 (see xkeys.h). */
#include "xkeys.h"

#ifdef UH_HAVE_X11
#include <SDL_syswm.h>
#include <X11/XKBlib.h>

bool uh_xkeys_latin1(SDL_Window *win)
{
    SDL_SysWMinfo info;
    SDL_VERSION(&info.version);
    if (!win || !SDL_GetWindowWMInfo(win, &info) || info.subsystem != SDL_SYSWM_X11)
        return false;
    /* Returns the controls in force afterwards (0 without XKB). Xlib's
     * input method code sets this control around its own lookups and puts
     * back what it found, so it stays set. */
    unsigned on = XkbSetXlibControls(info.info.x11.display, XkbLC_ForceLatin1Lookup,
                                     XkbLC_ForceLatin1Lookup);
    return (on & XkbLC_ForceLatin1Lookup) != 0;
}
#else /* built without Xlib: SDL's other video drivers do not use XLookupString */
bool uh_xkeys_latin1(SDL_Window *win)
{
    (void)win;
    return false;
}
#endif
