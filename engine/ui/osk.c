/* osk.c — the on-screen keyboard (see osk.h). */
#include <string.h>

#include "osk.h"

static const char *const rows_name[] = {"1234567890", "qwertyuiop", "asdfghjkl-", "zxcvbnm.'"};
static const char *const rows_code[] = {"1234567890", "qwertyuiop", "asdfghjkl-", "zxcvbnm_./"};

bool uh_osk_owns(int id)
{
    return (id >= UH_OSK_ID_SHIFT && id <= UH_OSK_ID_DONE) || (id >= UH_OSK_ID_KEY && id < UH_OSK_ID_END);
}

void uh_osk_type(char *buf, size_t cap, const char *s)
{
    size_t n = strlen(buf), k = strlen(s);
    if (n + k < cap)
        memcpy(buf + n, s, k + 1);
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

uh_osk_event uh_osk_act(uh_ui *ui, uh_osk_layout layout, int id, char *buf, size_t cap)
{
    switch (id) {
    case UH_OSK_ID_SHIFT:
        ui->osk_shift = !ui->osk_shift;
        return UH_OSK_EDITED;
    case UH_OSK_ID_SPACE:
        uh_osk_type(buf, cap, " ");
        return UH_OSK_EDITED;
    case UH_OSK_ID_BACK:
        uh_osk_backspace(buf);
        return UH_OSK_EDITED;
    case UH_OSK_ID_DONE:
        return UH_OSK_DONE;
    default:
        break;
    }
    if (id < UH_OSK_ID_KEY || id >= UH_OSK_ID_END)
        return UH_OSK_NONE;
    char s[2] = {(char)(id - UH_OSK_ID_KEY), 0};
    if (ui->osk_shift && s[0] >= 'a' && s[0] <= 'z') {
        s[0] = (char)(s[0] - 'a' + 'A');
        if (layout == UH_OSK_NAME)
            ui->osk_shift = false; /* a capital starts a name; codes stay in capitals */
    }
    uh_osk_type(buf, cap, s);
    return UH_OSK_EDITED;
}

/* One key. dark marks the function keys. */
static void key(uh_ui *ui, int id, SDL_Rect r, const char *label, bool dark)
{
    int st = uh_gui_item_add(&ui->g, id, r);
    bool hot = st & (UH_GUI_HOVER | UH_GUI_PRESSED);
    SDL_Color fill = dark ? (hot ? UH_RGB(0x9A, 0xA6, 0xBA) : UH_RGB(0xB8, 0xC2, 0xD2))
                          : (hot ? UH_C_ACCENT_SOFT : UH_C_WHITE);
    uh_draw_card(ui->d, r, uh_px(ui, 8), fill, UH_C_LINE, 0, true);
    const uh_text_block *b = uh_text_get(ui->t, UH_FACE_REGULAR, uh_px(ui, UH_PX_LEAD), UH_C_TEXT, 0, label);
    if (b->tex)
        SDL_RenderCopy(ui->r, b->tex, NULL,
                       &(SDL_Rect){r.x + (r.w - b->w) / 2, r.y + (r.h - b->h) / 2, b->w, b->h});
    uh_gui_focus_ring(&ui->g, id, r, uh_px(ui, 8));
}

/* Key width and height for a keyboard w wide: ten keys to a row, no taller
 * than a comfortable finger's width. */
static void key_size(const uh_ui *ui, int w, int *kw, int *kh)
{
    *kw = (w - 9 * uh_px(ui, 8)) / 10;
    *kh = uh_px(ui, 58);
    if (*kh > *kw * 5 / 4)
        *kh = *kw * 5 / 4;
}

int uh_osk_height(const uh_ui *ui, int w)
{
    int kw, kh;
    key_size(ui, w, &kw, &kh);
    return 5 * kh + 4 * uh_px(ui, 8);
}

int uh_osk_draw(uh_ui *ui, uh_osk_layout layout, int x, int y, int w, const char *done_label)
{
    const char *const *rows = layout == UH_OSK_CODE ? rows_code : rows_name;
    int gap = uh_px(ui, 8), kw, kh;
    key_size(ui, w, &kw, &kh);
    int top = y;
    for (int row = 0; row < 4; row++) {
        const char *keys = rows[row];
        int n = (int)strlen(keys);
        int rx = x + (w - (n * kw + (n - 1) * gap)) / 2;
        for (int i = 0; i < n; i++) {
            char label[2] = {keys[i], 0};
            if (ui->osk_shift && label[0] >= 'a' && label[0] <= 'z')
                label[0] = (char)(label[0] - 'a' + 'A');
            key(ui, UH_OSK_ID_KEY + keys[i], (SDL_Rect){rx + i * (kw + gap), y, kw, kh}, label, false);
        }
        y += kh + gap;
    }
    int sw = kw * 2 + gap;
    const char *shift = layout == UH_OSK_CODE ? (ui->osk_shift ? "CAPS" : "Caps")
                                              : (ui->osk_shift ? "SHIFT" : "Shift");
    key(ui, UH_OSK_ID_SHIFT, (SDL_Rect){x, y, sw, kh}, shift, true);
    key(ui, UH_OSK_ID_SPACE, (SDL_Rect){x + sw + gap, y, w - 3 * (sw + gap), kh}, "Space", false);
    key(ui, UH_OSK_ID_BACK, (SDL_Rect){x + w - 2 * sw - gap, y, sw, kh}, "Delete", true);
    key(ui, UH_OSK_ID_DONE, (SDL_Rect){x + w - sw, y, sw, kh}, done_label, true);
    y += kh;
    return y - top;
}
