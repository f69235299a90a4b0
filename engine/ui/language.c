/* SPDX-License-Identifier: Apache-2.0 */
/* language.c — the language picker of the sign-in and attract screens, and
 * the window's language: the program's words (gettext) and which
 * translation of each scenario is played. A trainee's choice holds for the
 * sitting; the kiosk's wipe returns to the configured language. */
#include <string.h>

#include "../core/i18n.h"
#include "../core/translated.h"
#include "screens.h"

static size_t language_count(void)
{
    size_t n = 0;
    while (uh_languages[n].code)
        n++;
    return n;
}

int uh_ui_language_picker(uh_ui *ui, int x, int y, int w, bool dark)
{
    /* Language names, each in itself ("Deutsch"), never flags: a flag
     * is a country, and a country is not a language. */
    size_t n = language_count();
    int gap = uh_px(ui, UH_SP_2), total = 0, widths[8];
    for (size_t i = 0; i < n && i < 8; i++) {
        widths[i] = uh_gui_button_width(&ui->g, uh_languages[i].name, UH_ICON_COUNT);
        total += widths[i] + (i ? gap : 0);
    }
    int bx = x + (w > total ? (w - total) / 2 : 0);
    const char *now = uh_i18n_language()->code;
    for (size_t i = 0; i < n && i < 8; i++) {
        bool on = strcmp(uh_languages[i].code, now) == 0;
        uh_gui_button(&ui->g, UH_ID_LANGUAGE + (int)i, bx, y, widths[i], uh_languages[i].name,
                      on ? UH_BTN_PRIMARY : dark ? UH_BTN_DARK : UH_BTN_SECONDARY, UH_ICON_COUNT);
        bx += widths[i] + gap;
    }
    return uh_gui_control_h(&ui->g);
}

bool uh_ui_language_act(uh_ui *ui, int id)
{
    int i = id - UH_ID_LANGUAGE;
    if (i < 0 || (size_t)i >= language_count())
        return false;
    uh_ui_set_language(ui, uh_languages[i].code);
    return true;
}

void uh_ui_set_language(uh_ui *ui, const char *code)
{
    uh_session_set_language(ui->ses, code);
    code = uh_session_language(ui->ses);
    if (ui->loaded && strcmp(ui->tr.lang, code) != 0) {
        uh_translations_free(&ui->tr);
        uh_translations_load(&ui->tr, &ui->lib, code, ui->cfg);
    }
}

uh_scenario *uh_ui_scenario(const uh_ui *ui, size_t i)
{
    /* A scenario set aside (broken while playing) stays set aside in every
     * language: its original carries the mark. */
    if (i < ui->lib.count && !ui->lib.items[i]->ok)
        return ui->lib.items[i];
    return uh_translations_pick(&ui->tr, &ui->lib, i);
}

int uh_ui_language_at(const uh_ui *ui, float x, float y)
{
    size_t n = language_count();
    for (int i = 0; i < ui->g.nprev; i++) {
        int id = ui->g.prev[i].id;
        SDL_Rect r = ui->g.prev[i].r;
        if (id >= UH_ID_LANGUAGE && (size_t)(id - UH_ID_LANGUAGE) < n && x >= r.x && x < r.x + r.w &&
            y >= r.y && y < r.y + r.h)
            return id;
    }
    return -1;
}

uh_scenario *uh_ui_find_scenario(const uh_ui *ui, const char *id)
{
    for (size_t i = 0; id && i < ui->lib.count; i++)
        if (ui->lib.items[i]->ok && strcmp(ui->lib.items[i]->id, id) == 0)
            return uh_ui_scenario(ui, i);
    return NULL;
}
