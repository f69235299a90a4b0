/* SPDX-License-Identifier: Apache-2.0 */
/* theme.h — the palette, the type scale and the spacing scale shared by
 * every screen.
 *
 * One place for colours keeps the screens consistent: a light, calm
 * training look (navy header, white cards on a cool grey page, one blue
 * accent), with channel colours only inside the channel views. Every pair of
 * a text colour and the background it is drawn on is listed in
 * UH_THEME_PAIRS below, and tests/ui/test_theme_contrast.c checks each
 * against WCAG 2.2 AA: 4.5:1 for text, 3:1 for large text (at least 24 px,
 * or 19 px bold) and for what identifies a control or shows the focus. A new
 * colour pair goes into that list with the colour. */
#ifndef UH_THEME_H
#define UH_THEME_H

#include <SDL.h>

#define UH_RGB(r, g, b) ((SDL_Color){(r), (g), (b), 255})
#define UH_RGBA(r, g, b, a) ((SDL_Color){(r), (g), (b), (a)})

/* ---- Surfaces */
#define UH_C_PAGE UH_RGB(0xEE, 0xF1, 0xF6)
#define UH_C_CARD UH_RGB(0xFF, 0xFF, 0xFF)
#define UH_C_CARD_HOVER UH_RGB(0xF6, 0xF9, 0xFF)   /* a choice or toggle under the pointer */
#define UH_C_CARD_OFF UH_RGB(0xF5, 0xF6, 0xF8)     /* an unavailable scenario */
#define UH_C_WELL UH_RGB(0xF1, 0xF3, 0xF7)         /* toolbars, disabled keys */
#define UH_C_SUBTLE UH_RGB(0xE6, 0xE9, 0xEF)       /* bar tracks, neutral pills, a soft disc behind an icon */
#define UH_C_PANE UH_RGB(0xDD, 0xE2, 0xEA)         /* behind the on-screen keyboard */
#define UH_C_WHITE UH_RGB(0xFF, 0xFF, 0xFF)
#define UH_C_SHADOW UH_RGBA(0x10, 0x1C, 0x33, 0x12)
#define UH_C_SCRIM UH_RGBA(0x0B, 0x14, 0x26, 150)  /* behind a modal panel */
#define UH_C_SCRIM_DEEP UH_RGBA(0x0B, 0x14, 0x26, 170)
#define UH_C_SCROLLBAR UH_RGBA(0x10, 0x1C, 0x33, 0x50)

/* ---- The header bar and the dark backdrop of the welcome and attract screens */
#define UH_C_HEADER UH_RGB(0x10, 0x1C, 0x33)
#define UH_C_HEADER_TEXT UH_RGB(0xF4, 0xF6, 0xFA)
#define UH_C_HEADER_MUTED UH_RGB(0x9D, 0xAB, 0xC4)
#define UH_C_HEADER_LINE UH_RGB(0x33, 0x42, 0x5E)
#define UH_C_HEADER_BTN UH_RGB(0x1A, 0x28, 0x42)
#define UH_C_HEADER_BTN_HOT UH_RGB(0x22, 0x31, 0x4D)
#define UH_C_HEADER_BTN_DOWN UH_RGB(0x2A, 0x3A, 0x58)
#define UH_C_BACKDROP_TOP UH_RGB(0x0E, 0x1A, 0x33)
#define UH_C_BACKDROP_BOTTOM UH_RGB(0x1B, 0x3C, 0x7A)
#define UH_C_BACKDROP_KICKER UH_RGB(0x9F, 0xC0, 0xFF)
#define UH_C_BACKDROP_DOT UH_RGB(0x4A, 0x5F, 0x8A)

/* ---- Text and lines */
#define UH_C_TEXT UH_RGB(0x1A, 0x22, 0x33)
#define UH_C_MUTED UH_RGB(0x59, 0x63, 0x77)
#define UH_C_FAINT UH_RGB(0x62, 0x6C, 0x80)        /* placeholders and asides; still 4.5:1 */
#define UH_C_DISABLED UH_RGB(0x8A, 0x93, 0xA5)     /* inactive controls only (exempt from contrast) */
#define UH_C_LINE UH_RGB(0xD9, 0xDE, 0xE7)         /* separators and card edges (decoration) */
#define UH_C_BORDER UH_RGB(0xC5, 0xCE, 0xDD)       /* a secondary button's edge (its label identifies it) */
#define UH_C_CONTROL UH_RGB(0x7F, 0x89, 0x9B)      /* the edge of a text field, check box or radio */

/* ---- The accent and its states */
#define UH_C_ACCENT UH_RGB(0x25, 0x5F, 0xE0)
#define UH_C_ACCENT_HOT UH_RGB(0x1F, 0x53, 0xC8)
#define UH_C_ACCENT_DARK UH_RGB(0x1A, 0x47, 0xB0)
#define UH_C_ACCENT_SOFT UH_RGB(0xE4, 0xEC, 0xFD)
#define UH_C_ACCENT_WASH UH_RGB(0xF4, 0xF7, 0xFE)  /* a secondary button under the pointer */
#define UH_C_GHOST_HOT UH_RGB(0xEA, 0xEE, 0xF4)
#define UH_C_GHOST_DOWN UH_RGB(0xE4, 0xE9, 0xF0)
#define UH_C_KEY_DARK UH_RGB(0xB8, 0xC2, 0xD2)     /* the on-screen keyboard's function keys */
#define UH_C_KEY_DARK_HOT UH_RGB(0x9A, 0xA6, 0xBA)

/* The focus ring: 3:1 or more against the page, cards, the keyboard's pane
 * and the dark header alike. */
#define UH_C_FOCUS UH_RGB(0xC2, 0x5E, 0x00)

/* ---- Meaning: good, warning, bad (text colours pass on their soft backgrounds) */
#define UH_C_GOOD UH_RGB(0x13, 0x75, 0x50)
#define UH_C_GOOD_SOFT UH_RGB(0xDF, 0xF5, 0xEB)
#define UH_C_GOOD_LINE UH_RGB(0xA9, 0xDE, 0xC6)
#define UH_C_WARN UH_RGB(0xA0, 0x4E, 0x00)
#define UH_C_WARN_SOFT UH_RGB(0xFD, 0xF0, 0xDC)
#define UH_C_WARN_SOFT_HOT UH_RGB(0xFB, 0xE6, 0xC4)
#define UH_C_WARN_LINE UH_RGB(0xF0, 0xC0, 0x7A)
#define UH_C_WARN_TEXT UH_RGB(0x9A, 0x4A, 0x00)    /* warning words and headings on light backgrounds */
#define UH_C_BAD UH_RGB(0xB0, 0x2A, 0x2A)
#define UH_C_BAD_HOT UH_RGB(0x8F, 0x22, 0x22)
#define UH_C_BAD_SOFT UH_RGB(0xFB, 0xE6, 0xE6)

/* ---- Paper: narration, the attract screen's facts */
#define UH_C_PAPER UH_RGB(0xFD, 0xFB, 0xF6)
#define UH_C_PAPER_LINE UH_RGB(0xE8, 0xE1, 0xD0)
#define UH_C_PAPER_RULE UH_RGB(0xD9, 0xC7, 0x9E)
#define UH_C_PAPER_LABEL UH_RGB(0x7A, 0x64, 0x3A)
#define UH_C_PAPER_PILL UH_RGB(0xF3, 0xEB, 0xD8)

/* ---- The channel looks (scene_view.c) */
#define UH_C_NET_BANNER UH_RGB(0x0B, 0x4F, 0x9C)     /* professional network */
#define UH_C_NET_BANNER_END UH_RGB(0x3A, 0x86, 0xD0)
#define UH_C_NET_PILL UH_RGBA(255, 255, 255, 40)
#define UH_C_NET_CONNECT UH_RGB(0xE3, 0xEE, 0xFA)
#define UH_C_NET_MESSAGE UH_RGB(0xF2, 0xF5, 0xF9)
#define UH_C_MAIL_ICON UH_RGB(0xC2, 0x41, 0x3B)       /* e-mail */
#define UH_C_PHONE_TOP UH_RGB(0x12, 0x22, 0x38)       /* phone */
#define UH_C_PHONE_BOTTOM UH_RGB(0x1C, 0x3A, 0x52)
#define UH_C_PHONE_TEXT UH_RGB(0xEE, 0xF3, 0xF8)
#define UH_C_PHONE_MUTED UH_RGB(0x9F, 0xB3, 0xC8)
#define UH_C_PHONE_ONGOING UH_RGB(0x2B, 0x4C, 0x6B)
#define UH_C_PHONE_RING UH_RGBA(255, 255, 255, 14)
#define UH_C_PHONE_RING_INNER UH_RGBA(255, 255, 255, 22)
#define UH_C_PHONE_BUBBLE UH_RGBA(255, 255, 255, 20)
#define UH_C_CHAT_HEAD UH_RGB(0x12, 0x6E, 0x63)       /* messenger */
#define UH_C_CHAT_HEAD_MUTED UH_RGB(0xCB, 0xEB, 0xE5)
#define UH_C_CHAT_PAPER UH_RGB(0xE7, 0xEE, 0xEA)
#define UH_C_CHAT_DATE UH_RGB(0xD6, 0xE4, 0xEE)
#define UH_C_CHAT_NOTE UH_RGBA(0xFF, 0xF6, 0xD5, 235)
#define UH_C_CHAT_NOTE_TEXT UH_RGB(0x4F, 0x5B, 0x6E)
#define UH_C_PERSON_LABEL UH_RGB(0x6B, 0x34, 0x1E)    /* in person */
#define UH_C_PERSON_PILL UH_RGBA(255, 255, 255, 220)
#define UH_C_PERSON_RULE UH_RGB(0xE0, 0x8E, 0x6B)
#define UH_C_LAMP_GLOW UH_RGBA(0xFF, 0xD9, 0x8A, 40)   /* a lamp's light in an illustration */

/* ---- Avatars, the debrief's figures, the report form's steps, the certificate */
#define UH_C_AVATAR_ANON UH_RGB(0xA7, 0xB0, 0xBF)     /* the disc of a person with no name */
#define UH_C_AVATAR_ANON_FG UH_RGB(0xEE, 0xF1, 0xF6)
#define UH_C_TRACK UH_RGB(0xE3, 0xE8, 0xF0)           /* the empty part of a score ring or bar */
#define UH_C_QUALITY UH_RGB(0x7A, 0x4F, 0xD6)         /* the report-quality bar */
#define UH_C_CASE_PAPER UH_RGB(0xFD, 0xFB, 0xF6)      /* the real case behind a scenario */
#define UH_C_CASE_LINE UH_RGB(0xE8, 0xE1, 0xD0)
#define UH_C_STEP_TODO UH_RGB(0xD5, 0xDB, 0xE5)       /* a report form step still to come */
#define UH_C_CERT_GOLD UH_RGB(0xB8, 0x8A, 0x2E)
#define UH_C_CERT_PAPER UH_RGB(0xFD, 0xFB, 0xF5)

/* Type scale in pixels at scale 1 (a 1280×720 window); screens multiply by
 * the window scale. */
enum {
    UH_PX_SMALL = 15,
    UH_PX_LABEL = 16,    /* kickers, captions, notes under a field */
    UH_PX_BODY = 19,
    UH_PX_MESSAGE = 20,  /* what people say in the channel views */
    UH_PX_LEAD = 22,
    UH_PX_H3 = 22,
    UH_PX_H2 = 28,
    UH_PX_H1 = 38,
    UH_PX_HUGE = 64,
};

/* Spacing scale in pixels at scale 1: the 4-pixel grid that gaps,
 * paddings, margins and small sizes (icons, avatars) sit on; UH_SP_n is
 * 4n. Screens multiply by the window scale like the type: uh_px(ui,
 * UH_SP_4). */
enum {
    UH_SP_1 = 4,
    UH_SP_2 = 8,
    UH_SP_3 = 12,
    UH_SP_4 = 16,
    UH_SP_5 = 20,
    UH_SP_6 = 24,
    UH_SP_7 = 28,
    UH_SP_8 = 32,
    UH_SP_9 = 36,
    UH_SP_10 = 40,
    UH_SP_11 = 44,
    UH_SP_12 = 48,
};

/* Corner radii at scale 1: chips and keys, fields and notices, cards,
 * panels. */
enum {
    UH_RADIUS_XS = 4,
    UH_RADIUS_SM = 8,
    UH_RADIUS_MD = 12,
    UH_RADIUS_LG = 16,
    UH_RADIUS_XL = 20,
};

/* Line widths at scale 1: card edges and rules, text fields' edges, a
 * focused field or chosen option. */
#define UH_STROKE 1.0f
#define UH_STROKE_FIELD 1.5f
#define UH_STROKE_BOLD 2.0f   /* also a text caret */
#define UH_STROKE_HEAVY 3.0f  /* the focus ring, the report form's progress line */

/* Sizes at scale 1 that several screens share. */
enum {
    UH_HEADER_H = 64,     /* the top bar */
    UH_CONTROL_H = 50,    /* a button, and a text field beside one */
    UH_SHADOW_Y = 3,      /* how far a floating card's shadow falls */
    UH_OSK_MAX_W = 900,   /* the on-screen keyboard at its widest */
};

/* c with alpha a. */
static inline SDL_Color uh_theme_alpha(SDL_Color c, Uint8 a) { return (SDL_Color){c.r, c.g, c.b, a}; }

/* c drawn over bg (alpha blending, as the renderer does). */
static inline SDL_Color uh_theme_over(SDL_Color c, SDL_Color bg)
{
    int a = c.a;
    return (SDL_Color){(Uint8)((c.r * a + bg.r * (255 - a) + 127) / 255),
                       (Uint8)((c.g * a + bg.g * (255 - a) + 127) / 255),
                       (Uint8)((c.b * a + bg.b * (255 - a) + 127) / 255), 255};
}

/* Kinds of pairs, with the contrast WCAG 2.2 AA asks of each. */
#define UH_CONTRAST_TEXT 4.5       /* body text */
#define UH_CONTRAST_LARGE 3.0      /* text of at least 24 px, or 19 px bold */
#define UH_CONTRAST_UI 3.0         /* control edges, focus indicators, meaningful icons */

/* Every colour pair the screens draw: X(foreground, background, minimum
 * ratio, where). A background drawn with alpha is given as the colour it
 * makes over what lies under it (uh_theme_over). */
#define UH_THEME_PAIRS(X)                                                                        \
    X(UH_C_TEXT, UH_C_PAGE, UH_CONTRAST_TEXT, "text on the page")                                \
    X(UH_C_TEXT, UH_C_CASE_PAPER, UH_CONTRAST_TEXT, "the real case behind a scenario")           \
    X(UH_C_TEXT, UH_C_CARD, UH_CONTRAST_TEXT, "text on a card")                                  \
    X(UH_C_TEXT, UH_C_CARD_HOVER, UH_CONTRAST_TEXT, "a choice under the pointer")                \
    X(UH_C_TEXT, UH_C_ACCENT_SOFT, UH_CONTRAST_TEXT, "a ticked option")                          \
    X(UH_C_TEXT, UH_C_PAPER, UH_CONTRAST_TEXT, "narration, attract facts")                       \
    X(UH_C_TEXT, UH_C_KEY_DARK, UH_CONTRAST_TEXT, "keyboard function key")                       \
    X(UH_C_TEXT, UH_C_KEY_DARK_HOT, UH_CONTRAST_TEXT, "keyboard function key, pressed")          \
    X(UH_C_TEXT, UH_C_NET_MESSAGE, UH_CONTRAST_TEXT, "network message")                          \
    X(UH_C_TEXT, UH_C_CHAT_PAPER, UH_CONTRAST_TEXT, "chat paper")                                \
    X(UH_C_TEXT, UH_C_WARN_SOFT, UH_CONTRAST_TEXT, "menu notice")                                \
    X(UH_C_MUTED, UH_C_PAGE, UH_CONTRAST_TEXT, "secondary text on the page")                     \
    X(UH_C_MUTED, UH_C_CARD, UH_CONTRAST_TEXT, "secondary text on a card")                       \
    X(UH_C_MUTED, UH_C_PAPER, UH_CONTRAST_TEXT, "a fact's source")                               \
    X(UH_C_MUTED, UH_C_SUBTLE, UH_CONTRAST_TEXT, "neutral pill")                                  \
    X(UH_C_MUTED, UH_C_CHAT_DATE, UH_CONTRAST_TEXT, "chat date pill")                            \
    X(UH_C_MUTED, UH_C_CARD_OFF, UH_CONTRAST_TEXT, "unavailable scenario")                       \
    X(UH_C_MUTED, UH_C_WELL, UH_CONTRAST_TEXT, "mail toolbar")                                 \
    X(UH_C_TEXT, UH_C_WELL, UH_CONTRAST_TEXT, "mail toolbar")                                  \
    X(UH_C_FAINT, UH_C_PAGE, UH_CONTRAST_TEXT, "aside on the page")                              \
    X(UH_C_FAINT, UH_C_CARD, UH_CONTRAST_TEXT, "placeholder, aside on a card")                   \
    X(UH_C_FAINT, UH_C_CARD_OFF, UH_CONTRAST_TEXT, "unavailable scenario's title")               \
    X(UH_C_ACCENT, UH_C_PAGE, UH_CONTRAST_TEXT, "ghost button")                                  \
    X(UH_C_ACCENT, UH_C_CARD, UH_CONTRAST_TEXT, "secondary button, link")                        \
    X(UH_C_ACCENT, UH_C_ACCENT_SOFT, UH_CONTRAST_TEXT, "accent pill, pressed button")            \
    X(UH_C_ACCENT, UH_C_ACCENT_WASH, UH_CONTRAST_TEXT, "secondary button under the pointer")     \
    X(UH_C_ACCENT, UH_C_GHOST_HOT, UH_CONTRAST_TEXT, "ghost button under the pointer")           \
    X(UH_C_ACCENT, UH_C_GHOST_DOWN, UH_CONTRAST_TEXT, "ghost button pressed")                    \
    X(UH_C_ACCENT, UH_C_PAPER, UH_CONTRAST_TEXT, "attract kicker")                               \
    X(UH_C_WHITE, UH_C_ACCENT, UH_CONTRAST_TEXT, "primary button")                               \
    X(UH_C_WHITE, UH_C_ACCENT_HOT, UH_CONTRAST_TEXT, "primary button under the pointer")         \
    X(UH_C_WHITE, UH_C_ACCENT_DARK, UH_CONTRAST_TEXT, "primary button pressed")                  \
    X(UH_C_WHITE, UH_C_BAD, UH_CONTRAST_TEXT, "danger button")                                   \
    X(UH_C_WHITE, UH_C_BAD_HOT, UH_CONTRAST_TEXT, "danger button under the pointer")             \
    X(UH_C_WHITE, UH_C_GOOD, UH_CONTRAST_TEXT, "white on the good colour")                       \
    X(UH_C_GOOD, UH_C_GOOD_SOFT, UH_CONTRAST_TEXT, "passed pill, security contact")              \
    X(UH_C_GOOD, UH_C_CARD, UH_CONTRAST_TEXT, "good figures and messages")                       \
    X(UH_C_GOOD, UH_C_PAGE, UH_CONTRAST_TEXT, "good messages on the page")                       \
    X(UH_C_WARN, UH_C_WARN_SOFT, UH_CONTRAST_TEXT, "not passed yet, worth noticing")             \
    X(UH_C_WARN, UH_C_CARD, UH_CONTRAST_TEXT, "warning labels")                                  \
    X(UH_C_WARN, UH_C_PAGE, UH_CONTRAST_TEXT, "warning notes on the page")                       \
    X(UH_C_WARN_TEXT, UH_C_WARN_SOFT, UH_CONTRAST_TEXT, "something seems off?")                  \
    X(UH_C_WARN_TEXT, UH_C_WARN_SOFT_HOT, UH_CONTRAST_TEXT, "something seems off?, hot")         \
    X(UH_C_BAD, UH_C_BAD_SOFT, UH_CONTRAST_TEXT, "broken pill")                                  \
    X(UH_C_BAD, UH_C_CARD, UH_CONTRAST_TEXT, "errors on a card")                                 \
    X(UH_C_BAD, UH_C_PAGE, UH_CONTRAST_TEXT, "errors on the page")                               \
    X(UH_C_HEADER_TEXT, UH_C_HEADER, UH_CONTRAST_TEXT, "header")                                 \
    X(UH_C_HEADER_MUTED, UH_C_HEADER, UH_CONTRAST_TEXT, "header title, trainee")                 \
    X(UH_C_HEADER_TEXT, UH_C_HEADER_BTN_DOWN, UH_CONTRAST_TEXT, "header button pressed")         \
    X(UH_C_WHITE, UH_C_BACKDROP_TOP, UH_CONTRAST_TEXT, "welcome, attract")                       \
    X(UH_C_WHITE, UH_C_BACKDROP_BOTTOM, UH_CONTRAST_TEXT, "welcome, attract")                    \
    X(UH_C_HEADER_MUTED, UH_C_BACKDROP_BOTTOM, UH_CONTRAST_TEXT, "attract invitation")           \
    X(UH_C_PAPER_LABEL, UH_C_PAPER_PILL, UH_CONTRAST_TEXT, "narration label")                    \
    X(UH_C_WHITE, uh_theme_over(UH_C_NET_PILL, UH_C_NET_BANNER), UH_CONTRAST_TEXT, "network badge") \
    X(UH_C_WHITE, UH_C_NET_BANNER_END, UH_CONTRAST_LARGE, "network badge, lower banner")         \
    X(UH_C_NET_BANNER, UH_C_NET_CONNECT, UH_CONTRAST_TEXT, "connect pill")                       \
    X(UH_C_PHONE_TEXT, UH_C_PHONE_TOP, UH_CONTRAST_TEXT, "caller")                               \
    X(UH_C_PHONE_MUTED, UH_C_PHONE_TOP, UH_CONTRAST_TEXT, "caller's role")                       \
    X(UH_C_PHONE_MUTED, uh_theme_over(UH_C_PHONE_RING, UH_C_PHONE_BOTTOM), UH_CONTRAST_TEXT, "caller's role, lower") \
    X(UH_C_PHONE_TEXT, uh_theme_over(UH_C_PHONE_BUBBLE, UH_C_PHONE_BOTTOM), UH_CONTRAST_TEXT, "call transcript") \
    X(UH_C_PHONE_TEXT, UH_C_GOOD, UH_CONTRAST_TEXT, "incoming call pill")                        \
    X(UH_C_PHONE_TEXT, UH_C_PHONE_ONGOING, UH_CONTRAST_TEXT, "call in progress pill")            \
    X(UH_C_WHITE, UH_C_CHAT_HEAD, UH_CONTRAST_TEXT, "chat contact")                              \
    X(UH_C_CHAT_HEAD_MUTED, UH_C_CHAT_HEAD, UH_CONTRAST_TEXT, "chat contact's role")             \
    X(UH_C_CHAT_NOTE_TEXT, uh_theme_over(UH_C_CHAT_NOTE, UH_C_CHAT_PAPER), UH_CONTRAST_TEXT, "chat narration") \
    X(UH_C_PERSON_LABEL, uh_theme_over(UH_C_PERSON_PILL, UH_RGB(0, 0, 0)), UH_CONTRAST_TEXT, "in-person badge over any scene") \
    X(UH_C_CONTROL, UH_C_CARD, UH_CONTRAST_UI, "text field, check box")                          \
    X(UH_C_CONTROL, UH_C_PAGE, UH_CONTRAST_UI, "check box on the page")                          \
    X(UH_C_ACCENT, UH_C_CARD, UH_CONTRAST_UI, "focused field, ticked box")                       \
    X(UH_C_FOCUS, UH_C_PAGE, UH_CONTRAST_UI, "focus ring on the page")                           \
    X(UH_C_FOCUS, UH_C_CARD, UH_CONTRAST_UI, "focus ring on a card")                             \
    X(UH_C_FOCUS, UH_C_PANE, UH_CONTRAST_UI, "focus ring on the keyboard")                       \
    X(UH_C_FOCUS, UH_C_HEADER, UH_CONTRAST_UI, "focus ring in the header")                       \
    X(UH_C_FOCUS, UH_C_ACCENT_SOFT, UH_CONTRAST_UI, "focus ring next to a ticked option")

#endif
