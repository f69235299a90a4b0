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
 * or 19 px bold) and for what identifies a control or shows the focus; in
 * the high-contrast palette against AAA's 7:1 and 4.5:1 for text. A new
 * colour goes into both palettes, and a new pair into that list. */
#ifndef UH_THEME_H
#define UH_THEME_H

#include <SDL.h>
#include <stdbool.h>

#define UH_RGB(r, g, b) ((SDL_Color){(r), (g), (b), 255})
#define UH_RGBA(r, g, b, a) ((SDL_Color){(r), (g), (b), (a)})

/* Every colour of the screens, in the two palettes: X(field, standard,
 * high contrast). The standard one is a light, calm training look; the
 * high-contrast one (a trainee's choice on the sign-in and attract screens,
 * or the configuration's accessibility.high_contrast) is black text on
 * white with dark accents, black bars, visible edges on every card and a
 * magenta focus ring, and meets WCAG's enhanced contrast (7:1 for text,
 * 4.5:1 for large text; test_theme_contrast checks it). */
#define UH_PALETTE_COLOURS(X)                                                                                                 \
    /* ---- Surfaces */                                                                                                       \
    X(page, UH_RGB(0xEE, 0xF1, 0xF6), UH_RGB(0xFF, 0xFF, 0xFF))                                                               \
    X(card, UH_RGB(0xFF, 0xFF, 0xFF), UH_RGB(0xFF, 0xFF, 0xFF))                                                               \
    X(card_hover, UH_RGB(0xF6, 0xF9, 0xFF), UH_RGB(0xFF, 0xF6, 0xCC)) /* a choice or toggle under the pointer */              \
    X(card_off, UH_RGB(0xF5, 0xF6, 0xF8), UH_RGB(0xEF, 0xEF, 0xEF)) /* an unavailable scenario */                             \
    X(well, UH_RGB(0xF1, 0xF3, 0xF7), UH_RGB(0xEF, 0xEF, 0xEF)) /* toolbars, disabled keys */                                 \
    X(subtle, UH_RGB(0xE6, 0xE9, 0xEF), UH_RGB(0xE4, 0xE4, 0xE4)) /* bar tracks, neutral pills, a soft disc behind an icon */ \
    X(pane, UH_RGB(0xDD, 0xE2, 0xEA), UH_RGB(0xEB, 0xEB, 0xEB)) /* behind the on-screen keyboard */                           \
    X(white, UH_RGB(0xFF, 0xFF, 0xFF), UH_RGB(0xFF, 0xFF, 0xFF))                                                              \
    X(shadow, UH_RGBA(0x10, 0x1C, 0x33, 18), UH_RGBA(0x00, 0x00, 0x00, 0))                                                    \
    X(scrim, UH_RGBA(0x0B, 0x14, 0x26, 150), UH_RGBA(0x00, 0x00, 0x00, 200)) /* behind a modal panel */                       \
    X(scrim_deep, UH_RGBA(0x0B, 0x14, 0x26, 170), UH_RGBA(0x00, 0x00, 0x00, 220))                                             \
    X(scrollbar, UH_RGBA(0x10, 0x1C, 0x33, 80), UH_RGBA(0x00, 0x00, 0x00, 176))                                               \
    /* ---- The header bar and the dark backdrop of the welcome and attract screens */                                        \
    X(header, UH_RGB(0x10, 0x1C, 0x33), UH_RGB(0x00, 0x00, 0x00))                                                             \
    X(header_text, UH_RGB(0xF4, 0xF6, 0xFA), UH_RGB(0xFF, 0xFF, 0xFF))                                                        \
    X(header_muted, UH_RGB(0x9D, 0xAB, 0xC4), UH_RGB(0xE6, 0xE6, 0xE6))                                                       \
    X(header_line, UH_RGB(0x33, 0x42, 0x5E), UH_RGB(0xFF, 0xFF, 0xFF))                                                        \
    X(header_btn, UH_RGB(0x1A, 0x28, 0x42), UH_RGB(0x00, 0x00, 0x00))                                                         \
    X(header_btn_hot, UH_RGB(0x22, 0x31, 0x4D), UH_RGB(0x2E, 0x2E, 0x2E))                                                     \
    X(header_btn_down, UH_RGB(0x2A, 0x3A, 0x58), UH_RGB(0x47, 0x47, 0x47))                                                    \
    X(backdrop_top, UH_RGB(0x0E, 0x1A, 0x33), UH_RGB(0x00, 0x00, 0x00))                                                       \
    X(backdrop_bottom, UH_RGB(0x1B, 0x3C, 0x7A), UH_RGB(0x00, 0x00, 0x00))                                                    \
    X(backdrop_kicker, UH_RGB(0x9F, 0xC0, 0xFF), UH_RGB(0xFF, 0xE1, 0x5A))                                                    \
    X(backdrop_dot, UH_RGB(0x4A, 0x5F, 0x8A), UH_RGB(0xFF, 0xFF, 0xFF))                                                       \
    /* ---- Text and lines */                                                                                                 \
    X(text, UH_RGB(0x1A, 0x22, 0x33), UH_RGB(0x00, 0x00, 0x00))                                                               \
    X(muted, UH_RGB(0x59, 0x63, 0x77), UH_RGB(0x2E, 0x2E, 0x2E))                                                              \
    X(faint, UH_RGB(0x62, 0x6C, 0x80), UH_RGB(0x38, 0x38, 0x38)) /* placeholders and asides; still 4.5:1 */                   \
    X(disabled, UH_RGB(0x8A, 0x93, 0xA5), UH_RGB(0x6E, 0x6E, 0x6E)) /* inactive controls only (exempt from contrast) */       \
    X(line, UH_RGB(0xD9, 0xDE, 0xE7), UH_RGB(0x57, 0x57, 0x57)) /* separators and card edges (decoration) */                  \
    X(border, UH_RGB(0xC5, 0xCE, 0xDD), UH_RGB(0x00, 0x00, 0x00)) /* a secondary button's edge (its label identifies it) */   \
    X(control, UH_RGB(0x7F, 0x89, 0x9B), UH_RGB(0x00, 0x00, 0x00)) /* the edge of a text field, check box or radio */         \
    /* ---- The accent and its states */                                                                                      \
    X(accent, UH_RGB(0x25, 0x5F, 0xE0), UH_RGB(0x00, 0x33, 0xA1))                                                             \
    X(accent_hot, UH_RGB(0x1F, 0x53, 0xC8), UH_RGB(0x00, 0x28, 0x7D))                                                         \
    X(accent_dark, UH_RGB(0x1A, 0x47, 0xB0), UH_RGB(0x00, 0x1B, 0x57))                                                        \
    X(accent_soft, UH_RGB(0xE4, 0xEC, 0xFD), UH_RGB(0xDD, 0xE7, 0xFF))                                                        \
    X(accent_wash, UH_RGB(0xF4, 0xF7, 0xFE), UH_RGB(0xEE, 0xF3, 0xFF)) /* a secondary button under the pointer */             \
    X(ghost_hot, UH_RGB(0xEA, 0xEE, 0xF4), UH_RGB(0xE8, 0xE8, 0xE8))                                                          \
    X(ghost_down, UH_RGB(0xE4, 0xE9, 0xF0), UH_RGB(0xDA, 0xDA, 0xDA))                                                         \
    X(key_dark, UH_RGB(0xB8, 0xC2, 0xD2), UH_RGB(0xC4, 0xC4, 0xC4)) /* the on-screen keyboard's function keys */              \
    X(key_dark_hot, UH_RGB(0x9A, 0xA6, 0xBA), UH_RGB(0xAB, 0xAB, 0xAB))                                                       \
    /* The focus ring: 3:1 or more against the page, cards, the keyboard's pane                                               \
     * and the dark header alike. */                                                                                          \
    X(focus, UH_RGB(0xC2, 0x5E, 0x00), UH_RGB(0xD6, 0x00, 0x8A))                                                              \
    /* ---- Meaning: good, warning, bad (text colours pass on their soft backgrounds) */                                      \
    X(good, UH_RGB(0x13, 0x75, 0x50), UH_RGB(0x00, 0x5C, 0x33))                                                               \
    X(good_soft, UH_RGB(0xDF, 0xF5, 0xEB), UH_RGB(0xE3, 0xF6, 0xEC))                                                          \
    X(good_line, UH_RGB(0xA9, 0xDE, 0xC6), UH_RGB(0x00, 0x5C, 0x33))                                                          \
    X(warn, UH_RGB(0xA0, 0x4E, 0x00), UH_RGB(0x6E, 0x35, 0x00))                                                               \
    X(warn_soft, UH_RGB(0xFD, 0xF0, 0xDC), UH_RGB(0xFF, 0xF1, 0xD9))                                                          \
    X(warn_soft_hot, UH_RGB(0xFB, 0xE6, 0xC4), UH_RGB(0xFF, 0xE3, 0xB0))                                                      \
    X(warn_line, UH_RGB(0xF0, 0xC0, 0x7A), UH_RGB(0x6E, 0x35, 0x00))                                                          \
    X(warn_text, UH_RGB(0x9A, 0x4A, 0x00), UH_RGB(0x6E, 0x35, 0x00)) /* warning words and headings on light backgrounds */    \
    X(bad, UH_RGB(0xB0, 0x2A, 0x2A), UH_RGB(0x9E, 0x00, 0x00))                                                                \
    X(bad_hot, UH_RGB(0x8F, 0x22, 0x22), UH_RGB(0x76, 0x00, 0x00))                                                            \
    X(bad_soft, UH_RGB(0xFB, 0xE6, 0xE6), UH_RGB(0xFF, 0xE6, 0xE6))                                                           \
    /* ---- Paper: narration, the attract screen's facts */                                                                   \
    X(paper, UH_RGB(0xFD, 0xFB, 0xF6), UH_RGB(0xFF, 0xFF, 0xFF))                                                              \
    X(paper_line, UH_RGB(0xE8, 0xE1, 0xD0), UH_RGB(0x57, 0x57, 0x57))                                                         \
    X(paper_rule, UH_RGB(0xD9, 0xC7, 0x9E), UH_RGB(0x5C, 0x4A, 0x1E))                                                         \
    X(paper_label, UH_RGB(0x7A, 0x64, 0x3A), UH_RGB(0x46, 0x36, 0x0C))                                                        \
    X(paper_pill, UH_RGB(0xF3, 0xEB, 0xD8), UH_RGB(0xF6, 0xEF, 0xDB))                                                         \
    /* ---- The channel looks (scene_view.c) */                                                                               \
    X(net_banner, UH_RGB(0x0B, 0x4F, 0x9C), UH_RGB(0x00, 0x2A, 0x61)) /* professional network */                              \
    X(net_banner_end, UH_RGB(0x3A, 0x86, 0xD0), UH_RGB(0x00, 0x2A, 0x61))                                                     \
    X(net_pill, UH_RGBA(0xFF, 0xFF, 0xFF, 40), UH_RGBA(0xFF, 0xFF, 0xFF, 40))                                                 \
    X(net_connect, UH_RGB(0xE3, 0xEE, 0xFA), UH_RGB(0xE6, 0xEF, 0xFA))                                                        \
    X(net_message, UH_RGB(0xF2, 0xF5, 0xF9), UH_RGB(0xF4, 0xF6, 0xF9))                                                        \
    X(mail_icon, UH_RGB(0xC2, 0x41, 0x3B), UH_RGB(0x9E, 0x00, 0x00)) /* e-mail */                                             \
    X(phone_top, UH_RGB(0x12, 0x22, 0x38), UH_RGB(0x00, 0x00, 0x00)) /* phone */                                              \
    X(phone_bottom, UH_RGB(0x1C, 0x3A, 0x52), UH_RGB(0x00, 0x00, 0x00))                                                       \
    X(phone_text, UH_RGB(0xEE, 0xF3, 0xF8), UH_RGB(0xFF, 0xFF, 0xFF))                                                         \
    X(phone_muted, UH_RGB(0x9F, 0xB3, 0xC8), UH_RGB(0xE0, 0xE0, 0xE0))                                                        \
    X(phone_ongoing, UH_RGB(0x2B, 0x4C, 0x6B), UH_RGB(0x33, 0x33, 0x33))                                                      \
    X(phone_ring, UH_RGBA(0xFF, 0xFF, 0xFF, 14), UH_RGBA(0xFF, 0xFF, 0xFF, 20))                                               \
    X(phone_ring_inner, UH_RGBA(0xFF, 0xFF, 0xFF, 22), UH_RGBA(0xFF, 0xFF, 0xFF, 30))                                         \
    X(phone_bubble, UH_RGBA(0xFF, 0xFF, 0xFF, 20), UH_RGBA(0xFF, 0xFF, 0xFF, 36))                                             \
    X(chat_head, UH_RGB(0x12, 0x6E, 0x63), UH_RGB(0x00, 0x3D, 0x36)) /* messenger */                                          \
    X(chat_head_muted, UH_RGB(0xCB, 0xEB, 0xE5), UH_RGB(0xE3, 0xFF, 0xF9))                                                    \
    X(chat_paper, UH_RGB(0xE7, 0xEE, 0xEA), UH_RGB(0xFF, 0xFF, 0xFF))                                                         \
    X(chat_date, UH_RGB(0xD6, 0xE4, 0xEE), UH_RGB(0xE6, 0xE6, 0xE6))                                                          \
    X(chat_note, UH_RGBA(0xFF, 0xF6, 0xD5, 235), UH_RGB(0xFF, 0xF6, 0xD5))                                                    \
    X(chat_note_text, UH_RGB(0x4F, 0x5B, 0x6E), UH_RGB(0x00, 0x00, 0x00))                                                     \
    X(person_label, UH_RGB(0x6B, 0x34, 0x1E), UH_RGB(0x46, 0x20, 0x0C)) /* in person */                                       \
    X(person_pill, UH_RGBA(0xFF, 0xFF, 0xFF, 220), UH_RGB(0xFF, 0xFF, 0xFF))                                                  \
    X(person_rule, UH_RGB(0xE0, 0x8E, 0x6B), UH_RGB(0x00, 0x00, 0x00))                                                        \
    X(lamp_glow, UH_RGBA(0xFF, 0xD9, 0x8A, 40), UH_RGBA(0xFF, 0xD9, 0x8A, 0)) /* a lamp's light in an illustration */         \
    /* ---- Avatars, the debrief's figures, the report form's steps, the certificate */                                       \
    X(avatar_anon, UH_RGB(0xA7, 0xB0, 0xBF), UH_RGB(0x59, 0x59, 0x59)) /* the disc of a person with no name */                \
    X(avatar_anon_fg, UH_RGB(0xEE, 0xF1, 0xF6), UH_RGB(0xFF, 0xFF, 0xFF))                                                     \
    X(track, UH_RGB(0xE3, 0xE8, 0xF0), UH_RGB(0xD6, 0xD6, 0xD6)) /* the empty part of a score ring or bar */                  \
    X(quality, UH_RGB(0x7A, 0x4F, 0xD6), UH_RGB(0x4B, 0x1F, 0xA6)) /* the report-quality bar */                               \
    X(case_paper, UH_RGB(0xFD, 0xFB, 0xF6), UH_RGB(0xFF, 0xFF, 0xFF)) /* the real case behind a scenario */                   \
    X(case_line, UH_RGB(0xE8, 0xE1, 0xD0), UH_RGB(0x57, 0x57, 0x57))                                                          \
    X(step_todo, UH_RGB(0xDF, 0xE4, 0xEC), UH_RGB(0xD0, 0xD0, 0xD0)) /* a report form step still to come */                   \
    /* The certificate is printed in the standard palette whatever the screen's. */                                           \
    X(cert_gold, UH_RGB(0xB8, 0x8A, 0x2E), UH_RGB(0x8A, 0x64, 0x16))                                                          \
    X(cert_paper, UH_RGB(0xFD, 0xFB, 0xF5), UH_RGB(0xFF, 0xFF, 0xFF))

typedef struct uh_palette {
#define UH_PALETTE_FIELD(name, standard, high_contrast) SDL_Color name;
    UH_PALETTE_COLOURS(UH_PALETTE_FIELD)
#undef UH_PALETTE_FIELD
} uh_palette;

extern const uh_palette uh_palette_standard, uh_palette_high_contrast;

/* The palette the screens draw with (theme.c): the standard one until
 * uh_theme_set_high_contrast switches. The UI runs on one thread. */
extern const uh_palette *uh_theme;
void uh_theme_set_high_contrast(bool on);
bool uh_theme_high_contrast(void);

/* The screens name colours as UH_C_*; each reads the current palette. */
#define UH_C_PAGE (uh_theme->page)
#define UH_C_CARD (uh_theme->card)
#define UH_C_CARD_HOVER (uh_theme->card_hover)
#define UH_C_CARD_OFF (uh_theme->card_off)
#define UH_C_WELL (uh_theme->well)
#define UH_C_SUBTLE (uh_theme->subtle)
#define UH_C_PANE (uh_theme->pane)
#define UH_C_WHITE (uh_theme->white)
#define UH_C_SHADOW (uh_theme->shadow)
#define UH_C_SCRIM (uh_theme->scrim)
#define UH_C_SCRIM_DEEP (uh_theme->scrim_deep)
#define UH_C_SCROLLBAR (uh_theme->scrollbar)
#define UH_C_HEADER (uh_theme->header)
#define UH_C_HEADER_TEXT (uh_theme->header_text)
#define UH_C_HEADER_MUTED (uh_theme->header_muted)
#define UH_C_HEADER_LINE (uh_theme->header_line)
#define UH_C_HEADER_BTN (uh_theme->header_btn)
#define UH_C_HEADER_BTN_HOT (uh_theme->header_btn_hot)
#define UH_C_HEADER_BTN_DOWN (uh_theme->header_btn_down)
#define UH_C_BACKDROP_TOP (uh_theme->backdrop_top)
#define UH_C_BACKDROP_BOTTOM (uh_theme->backdrop_bottom)
#define UH_C_BACKDROP_KICKER (uh_theme->backdrop_kicker)
#define UH_C_BACKDROP_DOT (uh_theme->backdrop_dot)
#define UH_C_TEXT (uh_theme->text)
#define UH_C_MUTED (uh_theme->muted)
#define UH_C_FAINT (uh_theme->faint)
#define UH_C_DISABLED (uh_theme->disabled)
#define UH_C_LINE (uh_theme->line)
#define UH_C_BORDER (uh_theme->border)
#define UH_C_CONTROL (uh_theme->control)
#define UH_C_ACCENT (uh_theme->accent)
#define UH_C_ACCENT_HOT (uh_theme->accent_hot)
#define UH_C_ACCENT_DARK (uh_theme->accent_dark)
#define UH_C_ACCENT_SOFT (uh_theme->accent_soft)
#define UH_C_ACCENT_WASH (uh_theme->accent_wash)
#define UH_C_GHOST_HOT (uh_theme->ghost_hot)
#define UH_C_GHOST_DOWN (uh_theme->ghost_down)
#define UH_C_KEY_DARK (uh_theme->key_dark)
#define UH_C_KEY_DARK_HOT (uh_theme->key_dark_hot)
#define UH_C_FOCUS (uh_theme->focus)
#define UH_C_GOOD (uh_theme->good)
#define UH_C_GOOD_SOFT (uh_theme->good_soft)
#define UH_C_GOOD_LINE (uh_theme->good_line)
#define UH_C_WARN (uh_theme->warn)
#define UH_C_WARN_SOFT (uh_theme->warn_soft)
#define UH_C_WARN_SOFT_HOT (uh_theme->warn_soft_hot)
#define UH_C_WARN_LINE (uh_theme->warn_line)
#define UH_C_WARN_TEXT (uh_theme->warn_text)
#define UH_C_BAD (uh_theme->bad)
#define UH_C_BAD_HOT (uh_theme->bad_hot)
#define UH_C_BAD_SOFT (uh_theme->bad_soft)
#define UH_C_PAPER (uh_theme->paper)
#define UH_C_PAPER_LINE (uh_theme->paper_line)
#define UH_C_PAPER_RULE (uh_theme->paper_rule)
#define UH_C_PAPER_LABEL (uh_theme->paper_label)
#define UH_C_PAPER_PILL (uh_theme->paper_pill)
#define UH_C_NET_BANNER (uh_theme->net_banner)
#define UH_C_NET_BANNER_END (uh_theme->net_banner_end)
#define UH_C_NET_PILL (uh_theme->net_pill)
#define UH_C_NET_CONNECT (uh_theme->net_connect)
#define UH_C_NET_MESSAGE (uh_theme->net_message)
#define UH_C_MAIL_ICON (uh_theme->mail_icon)
#define UH_C_PHONE_TOP (uh_theme->phone_top)
#define UH_C_PHONE_BOTTOM (uh_theme->phone_bottom)
#define UH_C_PHONE_TEXT (uh_theme->phone_text)
#define UH_C_PHONE_MUTED (uh_theme->phone_muted)
#define UH_C_PHONE_ONGOING (uh_theme->phone_ongoing)
#define UH_C_PHONE_RING (uh_theme->phone_ring)
#define UH_C_PHONE_RING_INNER (uh_theme->phone_ring_inner)
#define UH_C_PHONE_BUBBLE (uh_theme->phone_bubble)
#define UH_C_CHAT_HEAD (uh_theme->chat_head)
#define UH_C_CHAT_HEAD_MUTED (uh_theme->chat_head_muted)
#define UH_C_CHAT_PAPER (uh_theme->chat_paper)
#define UH_C_CHAT_DATE (uh_theme->chat_date)
#define UH_C_CHAT_NOTE (uh_theme->chat_note)
#define UH_C_CHAT_NOTE_TEXT (uh_theme->chat_note_text)
#define UH_C_PERSON_LABEL (uh_theme->person_label)
#define UH_C_PERSON_PILL (uh_theme->person_pill)
#define UH_C_PERSON_RULE (uh_theme->person_rule)
#define UH_C_LAMP_GLOW (uh_theme->lamp_glow)
#define UH_C_AVATAR_ANON (uh_theme->avatar_anon)
#define UH_C_AVATAR_ANON_FG (uh_theme->avatar_anon_fg)
#define UH_C_TRACK (uh_theme->track)
#define UH_C_QUALITY (uh_theme->quality)
#define UH_C_CASE_PAPER (uh_theme->case_paper)
#define UH_C_CASE_LINE (uh_theme->case_line)
#define UH_C_STEP_TODO (uh_theme->step_todo)
#define UH_C_CERT_GOLD (uh_theme->cert_gold)
#define UH_C_CERT_PAPER (uh_theme->cert_paper)

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
    X(UH_C_MUTED, UH_C_STEP_TODO, UH_CONTRAST_TEXT, "report step to come")                       \
    X(UH_C_ACCENT, UH_C_TRACK, UH_CONTRAST_UI, "timing bar, score ring")                         \
    X(UH_C_QUALITY, UH_C_TRACK, UH_CONTRAST_UI, "report-quality bar")                            \
    X(UH_C_WARN, UH_C_TRACK, UH_CONTRAST_UI, "spotting bar, score ring")                         \
    X(UH_C_GOOD, UH_C_TRACK, UH_CONTRAST_UI, "score ring, passed")                               \
    X(UH_C_CONTROL, UH_C_CARD, UH_CONTRAST_UI, "text field, check box")                          \
    X(UH_C_CONTROL, UH_C_PAGE, UH_CONTRAST_UI, "check box on the page")                          \
    X(UH_C_ACCENT, UH_C_CARD, UH_CONTRAST_UI, "focused field, ticked box")                       \
    X(UH_C_FOCUS, UH_C_PAGE, UH_CONTRAST_UI, "focus ring on the page")                           \
    X(UH_C_FOCUS, UH_C_CARD, UH_CONTRAST_UI, "focus ring on a card")                             \
    X(UH_C_FOCUS, UH_C_PANE, UH_CONTRAST_UI, "focus ring on the keyboard")                       \
    X(UH_C_FOCUS, UH_C_HEADER, UH_CONTRAST_UI, "focus ring in the header")                       \
    X(UH_C_FOCUS, UH_C_ACCENT_SOFT, UH_CONTRAST_UI, "focus ring next to a ticked option")

#endif
