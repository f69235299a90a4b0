/* theme.h — the palette and the type scale shared by every screen.
 *
 * One place for colours keeps the screens consistent: a light, calm
 * training look (navy header, white cards on a cool grey page, one blue
 * accent), with channel colours only inside the channel views. */
#ifndef UH_THEME_H
#define UH_THEME_H

#include <SDL.h>

#define UH_RGB(r, g, b) ((SDL_Color){(r), (g), (b), 255})
#define UH_RGBA(r, g, b, a) ((SDL_Color){(r), (g), (b), (a)})

#define UH_C_PAGE UH_RGB(0xEE, 0xF1, 0xF6)
#define UH_C_CARD UH_RGB(0xFF, 0xFF, 0xFF)
#define UH_C_HEADER UH_RGB(0x10, 0x1C, 0x33)
#define UH_C_HEADER_TEXT UH_RGB(0xF4, 0xF6, 0xFA)
#define UH_C_HEADER_MUTED UH_RGB(0x9D, 0xAB, 0xC4)
#define UH_C_TEXT UH_RGB(0x1A, 0x22, 0x33)
#define UH_C_MUTED UH_RGB(0x59, 0x63, 0x77)
#define UH_C_FAINT UH_RGB(0x8A, 0x93, 0xA5)
#define UH_C_LINE UH_RGB(0xD9, 0xDE, 0xE7)
#define UH_C_ACCENT UH_RGB(0x25, 0x5F, 0xE0)
#define UH_C_ACCENT_DARK UH_RGB(0x1A, 0x47, 0xB0)
#define UH_C_ACCENT_SOFT UH_RGB(0xE4, 0xEC, 0xFD)
#define UH_C_FOCUS UH_RGB(0xF5, 0xA6, 0x23)
#define UH_C_GOOD UH_RGB(0x1E, 0x9E, 0x6A)
#define UH_C_GOOD_SOFT UH_RGB(0xDF, 0xF5, 0xEB)
#define UH_C_WARN UH_RGB(0xD9, 0x7A, 0x0B)
#define UH_C_WARN_TEXT UH_RGB(0x9A, 0x4A, 0x00)  /* warning words on light backgrounds (>= 4.5:1) */
#define UH_C_SUBTLE UH_RGB(0xE6, 0xE9, 0xEF)     /* neutral soft disc behind an icon */
#define UH_C_WARN_SOFT UH_RGB(0xFD, 0xF0, 0xDC)
#define UH_C_BAD UH_RGB(0xC8, 0x3A, 0x3A)
#define UH_C_BAD_SOFT UH_RGB(0xFB, 0xE6, 0xE6)
#define UH_C_WHITE UH_RGB(0xFF, 0xFF, 0xFF)
#define UH_C_SHADOW UH_RGBA(0x10, 0x1C, 0x33, 0x12)

/* Type scale in pixels at scale 1 (a 1280×720 window); screens multiply by
 * the window scale. */
enum {
    UH_PX_SMALL = 15,
    UH_PX_BODY = 19,
    UH_PX_LEAD = 22,
    UH_PX_H3 = 22,
    UH_PX_H2 = 28,
    UH_PX_H1 = 38,
    UH_PX_HUGE = 64,
};

#endif
