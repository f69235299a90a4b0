/* SPDX-License-Identifier: Apache-2.0 */
/* osk.c — the on-screen keyboard (see osk.h). */
#include <string.h>

#include "../core/i18n.h"
#include "osk.h"

static const char *const rows_name[] = {"1234567890", "qwertyuiop", "asdfghjkl-", "zxcvbnm.'"};
static const char *const rows_code[] = {"1234567890", "qwertyuiop", "asdfghjkl-", "zxcvbnm_./"};

/* The accented page: three rows of ten, lower and upper case (UTF-8). */
static const struct {
    const char *lower, *upper;
} accents[] = {
    {"ä", "Ä"}, {"ö", "Ö"}, {"ü", "Ü"}, {"ß", "ß"}, {"é", "É"}, {"è", "È"}, {"ê", "Ê"}, {"ë", "Ë"},
    {"à", "À"}, {"á", "Á"}, {"â", "Â"}, {"å", "Å"}, {"æ", "Æ"}, {"ç", "Ç"}, {"ñ", "Ñ"}, {"ó", "Ó"},
    {"ò", "Ò"}, {"ô", "Ô"}, {"ø", "Ø"}, {"œ", "Œ"}, {"ú", "Ú"}, {"ù", "Ù"}, {"û", "Û"}, {"í", "Í"},
    {"î", "Î"}, {"ï", "Ï"}, {"ý", "Ý"}, {"ł", "Ł"}, {"š", "Š"}, {"ž", "Ž"},
};
#define NACCENTS ((int)(sizeof accents / sizeof *accents))
#define ACCENT_ROW 10

bool uh_osk_owns(int id)
{
    return (id >= UH_OSK_ID_SHIFT && id <= UH_OSK_ID_PAGE) || (id >= UH_OSK_ID_KEY && id < UH_OSK_ID_END) ||
           (id >= UH_OSK_ID_ACCENT && id < UH_OSK_ID_ACCENT + NACCENTS);
}

size_t uh_osk_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

bool uh_osk_type(char *buf, size_t cap, size_t max_chars, const char *s)
{
    size_t n = strlen(buf), k = strlen(s);
    if (n + k >= cap || (max_chars && uh_osk_chars(buf) + uh_osk_chars(s) > max_chars))
        return false;
    memcpy(buf + n, s, k + 1);
    return true;
}

void uh_osk_backspace(char *buf)
{
    size_t n = strlen(buf);
    while (n > 0 && ((unsigned char)buf[n - 1] & 0xC0) == 0x80)
        n--; /* continuation bytes of a UTF-8 character */
    if (n > 0)
        n--;
    buf[n] = 0;
}

void uh_osk_auto_shift(uh_osk *k, const char *buf)
{
    size_t n = strlen(buf);
    k->shift = n == 0 || buf[n - 1] == ' ' || buf[n - 1] == '-';
}

void uh_osk_open(uh_osk *k, uh_osk_layout layout, const char *buf)
{
    k->shown = true;
    k->accents = false;
    if (layout == UH_OSK_NAME)
        uh_osk_auto_shift(k, buf);
}

void uh_osk_close(uh_osk *k) { k->shown = k->shift = false; }

uh_osk_event uh_osk_act(uh_osk *k, uh_osk_layout layout, int id, char *buf, size_t cap, size_t max_chars)
{
    char s[8] = "";
    switch (id) {
    case UH_OSK_ID_SHIFT:
        k->shift = !k->shift;
        return UH_OSK_EDITED;
    case UH_OSK_ID_PAGE:
        k->accents = !k->accents;
        return UH_OSK_EDITED;
    case UH_OSK_ID_SPACE:
        strcpy(s, " ");
        break;
    case UH_OSK_ID_BACK:
        uh_osk_backspace(buf);
        if (layout == UH_OSK_NAME)
            uh_osk_auto_shift(k, buf);
        return UH_OSK_EDITED;
    case UH_OSK_ID_DONE:
        return UH_OSK_DONE;
    default:
        if (id >= UH_OSK_ID_ACCENT && id < UH_OSK_ID_ACCENT + NACCENTS) {
            int i = id - UH_OSK_ID_ACCENT;
            strcpy(s, k->shift ? accents[i].upper : accents[i].lower);
        } else if (id >= UH_OSK_ID_KEY && id < UH_OSK_ID_END) {
            s[0] = (char)(id - UH_OSK_ID_KEY);
            s[1] = 0;
            if (k->shift && s[0] >= 'a' && s[0] <= 'z')
                s[0] = (char)(s[0] - 'a' + 'A');
        } else {
            return UH_OSK_NONE;
        }
        break;
    }
    if (!uh_osk_type(buf, cap, max_chars, s))
        return UH_OSK_FULL;
    if (layout == UH_OSK_NAME)
        uh_osk_auto_shift(k, buf); /* a capital starts each part of a name; codes stay in Caps */
    return UH_OSK_EDITED;
}

/* One key. dark marks the function keys. */
static void key(uh_ui *ui, int id, SDL_Rect r, const char *label, bool dark)
{
    int st = uh_gui_item_add(&ui->g, id, r);
    uh_gui_label(&ui->g, label);
    bool hot = st & (UH_GUI_HOVER | UH_GUI_PRESSED);
    SDL_Color fill = dark ? (hot ? UH_C_KEY_DARK_HOT : UH_C_KEY_DARK) : (hot ? UH_C_ACCENT_SOFT : UH_C_WHITE);
    uh_draw_card(ui->d, r, uh_px(ui, UH_RADIUS_SM), fill, UH_C_LINE, 0, true);
    /* A label wider than its key ("Leerzeichen" on a narrow portrait
     * screen at a large text size) steps down in size until it fits. */
    const uh_text_block *b = NULL;
    for (int px = UH_PX_LEAD; px >= UH_PX_SMALL - 4; px -= 2) {
        b = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, px), UH_C_TEXT, 0, label);
        if (b->w <= r.w - uh_px(ui, UH_SP_2))
            break;
    }
    if (b->tex)
        SDL_RenderCopy(ui->r, b->tex, NULL,
                       &(SDL_Rect){r.x + (r.w - b->w) / 2, r.y + (r.h - b->h) / 2, b->w, b->h});
    uh_gui_focus_ring(&ui->g, id, r, uh_px(ui, UH_RADIUS_SM));
}

/* The gap between keys on a keyboard w wide: the spacing scale's, or less
 * where that would make the ten keys of a row narrower than a 44-pixel
 * touch target (a narrow window at a large text size); never under 2. */
static int key_gap(const uh_ui *ui, int w)
{
    int gap = uh_px(ui, UH_SP_2);
    if ((w - 9 * gap) / 10 < 44)
        gap = (w - 10 * 44) / 9;
    return gap < 2 ? 2 : gap > uh_px(ui, UH_SP_2) ? uh_px(ui, UH_SP_2) : gap;
}

/* Key width and height for a keyboard w wide: ten keys to a row, no taller
 * than a comfortable finger's width. */
static void key_size(const uh_ui *ui, int w, int *kw, int *kh)
{
    *kw = (w - 9 * key_gap(ui, w)) / 10;
    *kh = uh_px(ui, 58);
    if (*kh > *kw * 5 / 4)
        *kh = *kw * 5 / 4;
}

int uh_osk_height(const uh_ui *ui, int w)
{
    int kw, kh;
    key_size(ui, w, &kw, &kh);
    return 5 * kh + 4 * key_gap(ui, w);
}

int uh_osk_draw(uh_ui *ui, const uh_osk *k, uh_osk_layout layout, int x, int y, int w,
                const char *done_label)
{
    const char *const *rows = layout == UH_OSK_CODE ? rows_code : rows_name;
    bool accented = layout == UH_OSK_NAME && k->accents;
    int gap = key_gap(ui, w), kw, kh;
    key_size(ui, w, &kw, &kh);
    int top = y;
    for (int row = 0; row < 4; row++) {
        if (accented && row > 0) {
            int first = (row - 1) * ACCENT_ROW, n = NACCENTS - first < ACCENT_ROW ? NACCENTS - first : ACCENT_ROW;
            int rx = x + (w - (n * kw + (n - 1) * gap)) / 2;
            for (int i = 0; i < n; i++)
                key(ui, UH_OSK_ID_ACCENT + first + i, (SDL_Rect){rx + i * (kw + gap), y, kw, kh},
                    k->shift ? accents[first + i].upper : accents[first + i].lower, false);
            y += kh + gap;
            continue;
        }
        const char *keys = rows[row];
        int n = (int)strlen(keys);
        int rx = x + (w - (n * kw + (n - 1) * gap)) / 2;
        for (int i = 0; i < n; i++) {
            char label[2] = {keys[i], 0};
            if (k->shift && label[0] >= 'a' && label[0] <= 'z')
                label[0] = (char)(label[0] - 'a' + 'A');
            key(ui, UH_OSK_ID_KEY + keys[i], (SDL_Rect){rx + i * (kw + gap), y, kw, kh}, label, false);
        }
        y += kh + gap;
    }
    /* The bottom row: Shift, (the page key), Space, Delete, Done. */
    int sw = kw * 2 + gap, bx = x;
    const char *shift = layout == UH_OSK_CODE ? (k->shift ? "CAPS" : _("Caps"))
                                              : (k->shift ? "SHIFT" : _("Shift"));
    key(ui, UH_OSK_ID_SHIFT, (SDL_Rect){bx, y, sw, kh}, shift, true);
    bx += sw + gap;
    if (layout == UH_OSK_NAME) {
        key(ui, UH_OSK_ID_PAGE, (SDL_Rect){bx, y, sw, kh}, k->accents ? "abc" : "\xC3\xA4\xC3\xA9\xC3\xB1", true);
        bx += sw + gap;
    }
    key(ui, UH_OSK_ID_SPACE, (SDL_Rect){bx, y, x + w - 2 * (sw + gap) - bx, kh}, _("Space"), false);
    key(ui, UH_OSK_ID_BACK, (SDL_Rect){x + w - 2 * sw - gap, y, sw, kh}, _("Delete"), true);
    key(ui, UH_OSK_ID_DONE, (SDL_Rect){x + w - sw, y, sw, kh}, done_label, true);
    y += kh;
    return y - top;
}
