/* SPDX-License-Identifier: Apache-2.0 */
/* a11y.c — the trainee's accessibility settings and read aloud. */
#include "a11y.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../platform/sdl/speaker.h"
#include "../platform/speech.h"
#include "../core/util.h"
#include "screens.h"

#define SPEAKING_POLL_MS 200  /* how often the speaker button looks whether speech ended */

static const int sizes[UH_TEXT_SIZE_COUNT] = UH_TEXT_SIZES;

/* Palette and scale follow the settings. */
static void apply(uh_ui *ui)
{
    uh_theme_set_high_contrast(ui->a11y.high_contrast);
    uh_ui_resize(ui, ui->w, ui->h);
    ui->g.dirty = true;
}

void uh_a11y_reset(uh_ui *ui)
{
    ui->a11y = ui->cfg->a11y;
    /* The configuration's read_aloud offers it; saying every scene and
     * control by itself is the trainee's choice, off until asked. */
    ui->a11y.read_aloud = false;
    if (ui->speaker)
        uh_speaker_stop(ui->speaker);
    ui->a11y_read_pending = false;
    apply(ui);
}

bool uh_a11y_is_default(const uh_ui *ui)
{
    const uh_accessibility *a = &ui->a11y, *c = &ui->cfg->a11y;
    return a->text_size == c->text_size && a->high_contrast == c->high_contrast &&
           a->reduced_motion == c->reduced_motion && !a->read_aloud;
}

float uh_a11y_zoom(const uh_ui *ui)
{
    return ui->a11y.text_size >= sizes[0] ? ui->a11y.text_size / 100.0f : 1.0f;
}

bool uh_a11y_motion(const uh_ui *ui) { return !ui->a11y.reduced_motion; }

/* ---------------------------------------------------------------------
 * The settings row
 * ------------------------------------------------------------------- */

/* Lays out (and when paint, draws) the settings: a flow of buttons that
 * goes onto another line when the line is full; centred lines start at
 * the offsets a measuring pass found. */
#define MAX_LINES 8
typedef struct row {
    uh_ui *ui;
    int x0, w, x, y, line_h;
    bool paint;
    int line;                 /* the line being laid out */
    int width[MAX_LINES];     /* measuring: how wide each line is */
    int indent[MAX_LINES];    /* painting: where each line starts (from x0) */
} row;

/* Makes room for a piece bw wide: onto the next line when this one is full. */
static void place(row *rw, int bw)
{
    int gap = uh_px(rw->ui, 10);
    if (rw->x > rw->x0 + rw->indent[rw->line] && rw->x + bw > rw->x0 + rw->w) {
        if (rw->line + 1 < MAX_LINES)
            rw->line++;
        rw->x = rw->x0 + rw->indent[rw->line];
        rw->y += rw->line_h + gap;
        rw->line_h = 0;
    }
}

/* The piece just placed ends at x + bw. */
static void advance(row *rw, int bw, int h, int gap)
{
    int end = rw->x + bw - rw->x0 - rw->indent[rw->line];
    if (end > rw->width[rw->line])
        rw->width[rw->line] = end;
    rw->x += bw + gap;
    if (h > rw->line_h)
        rw->line_h = h;
}

/* One button of the settings in the flow. */
static void item(row *rw, int id, const char *label, const char *name, bool on, int icon)
{
    uh_ui *ui = rw->ui;
    int bw = uh_gui_button_width(&ui->g, label, icon);
    if (bw > rw->w)
        bw = rw->w;
    place(rw, bw);
    if (rw->paint) {
        uh_gui_button(&ui->g, id, rw->x, rw->y, bw, label, on ? UH_BTN_PRIMARY : UH_BTN_SECONDARY, icon);
        uh_gui_label(&ui->g, name);
    }
    advance(rw, bw, uh_gui_control_h(&ui->g), uh_px(ui, 10));
}

/* A switch: the feature's icon when off; when on, a tick and the filled
 * accent (the state shows by shape, not by colour alone). */
static void toggle(row *rw, int id, bool on, const char *label, uh_icon icon)
{
    char name[160];
    /* TRANSLATORS: read aloud for a switch: its name and "on" or "off" */
    snprintf(name, sizeof name, _("%s, %s"), label, on ? _("on") : _("off"));
    item(rw, id, label, name, on, on ? UH_ICON_CHECK : (int)icon);
}

static void lay_out(row *rw, bool dark)
{
    uh_ui *ui = rw->ui;
    rw->x = rw->x0 + rw->indent[0];
    /* "Text size" and its three sizes stay together when they fit. */
    int px = uh_px(ui, UH_PX_BODY), ch = uh_gui_control_h(&ui->g);
    const uh_text_block *cb = uh_text_get(ui->t, UH_FACE_BOLD, px, dark ? UH_C_WHITE : UH_C_TEXT, 0, _("Text size"));
    if (rw->paint && cb->tex)
        SDL_RenderCopy(ui->r, cb->tex, NULL, &(SDL_Rect){rw->x, rw->y + (ch - cb->h) / 2, cb->w, cb->h});
    advance(rw, cb->w, ch, uh_px(ui, 12));
    for (int i = 0; i < UH_TEXT_SIZE_COUNT; i++) {
        char label[16], name[160];
        bool on = ui->a11y.text_size == sizes[i];
        uh_i18n_percent(sizes[i], label, sizeof label);
        /* TRANSLATORS: read aloud for a text size button; the number is a percentage */
        snprintf(name, sizeof name, on ? _("Text size %d percent, chosen") : _("Text size %d percent"), sizes[i]);
        item(rw, UH_ID_A11Y_SIZE + i, label, name, on, on ? UH_ICON_CHECK : UH_ICON_COUNT);
    }
    rw->x += uh_px(ui, 14);
    toggle(rw, UH_ID_A11Y_CONTRAST, ui->a11y.high_contrast, _("High contrast"), UH_ICON_CONTRAST);
    toggle(rw, UH_ID_A11Y_MOTION, ui->a11y.reduced_motion, _("Reduced motion"), UH_ICON_MOTION);
    if (ui->cfg->a11y.read_aloud)
        toggle(rw, UH_ID_A11Y_READ, ui->a11y.read_aloud, _("Read aloud"), UH_ICON_SPEAKER);
}

static int settings(uh_ui *ui, int x0, int y0, int w, bool dark, bool center, bool paint)
{
    row m = {.ui = ui, .x0 = x0, .w = w, .y = y0};
    lay_out(&m, dark);
    if (!paint)
        return m.y + m.line_h - y0;
    row p = {.ui = ui, .x0 = x0, .w = w, .y = y0, .paint = true};
    for (int i = 0; center && i <= m.line; i++)
        p.indent[i] = (w - m.width[i]) / 2 > 0 ? (w - m.width[i]) / 2 : 0;
    lay_out(&p, dark);
    return p.y + p.line_h - y0;
}

int uh_a11y_settings(uh_ui *ui, int x, int y, int w, bool dark, bool center)
{
    return settings(ui, x, y, w, dark, center, true);
}

int uh_a11y_settings_height(uh_ui *ui, int w) { return settings(ui, 0, 0, w, true, false, false); }

/* ---------------------------------------------------------------------
 * Read aloud
 * ------------------------------------------------------------------- */

const char *uh_a11y_last_said(const uh_ui *ui) { return ui->a11y_said ? ui->a11y_said : ""; }

bool uh_a11y_speaking(uh_ui *ui) { return ui->speaker && uh_speaker_busy(ui->speaker); }

static void say(uh_ui *ui, const char *text)
{
    if (!ui->cfg->a11y.read_aloud || !text || !*text)
        return;
    if (!ui->speaker)
        ui->speaker = uh_speaker_new();
    uh_speaker_say(ui->speaker, uh_a11y_language(ui), text);
    free(ui->a11y_said);
    ui->a11y_said = uh_xstrdup(text);
    ui->g.dirty = true;
}

static void stop(uh_ui *ui)
{
    if (ui->speaker)
        uh_speaker_stop(ui->speaker);
    ui->g.dirty = true;
}

const char *uh_a11y_language(const uh_ui *ui)
{
    /* The session's language, which the language picker sets (and with
     * it the program's words and the scenarios' translations); the
     * program's language when there is no session, English at last. */
    const char *code = ui->ses ? uh_session_language(ui->ses) : NULL;
    if (!code || !*code)
        code = uh_i18n_language()->code;
    return code && *code ? code : "en";
}

/* Appends to a text being built. */
typedef struct text {
    char *buf;
    size_t n, len;
} text;

static void add(text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void add(text *t, const char *fmt, ...)
{
    if (t->len + 1 >= t->n)
        return;
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(t->buf + t->len, t->n - t->len, fmt, ap);
    va_end(ap);
    if (k > 0)
        t->len = t->len + (size_t)k < t->n ? t->len + (size_t)k : t->n - 1;
}

/* A sentence: text with a full stop when it has no closing punctuation. */
static void sentence(text *t, const char *s)
{
    if (!s || !*s)
        return;
    size_t k = strlen(s);
    while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\n'))
        k--;
    bool closed = k > 0 && strchr(".!?:;\"", s[k - 1]);
    add(t, "%s%.*s%s", t->len ? " " : "", (int)k, s, closed ? "" : ".");
}

static void scene_text(uh_ui *ui, text *t)
{
    const uh_run *run = uh_ui_run(ui);
    if (!run)
        return;
    const uh_scene *sc = uh_run_scene(run);
    if (sc && sc->from_name && *sc->from_name)
        sentence(t, sc->from_name);
    sentence(t, uh_run_text(run));
    size_t n = uh_run_nchoices(run);
    if (n)
        sentence(t, ngettext("Your choice:", "Your choices:", n));
    for (size_t i = 0; i < n; i++) {
        char c[600];
        snprintf(c, sizeof c, "%zu: %s", i + 1, uh_run_choice_label(run, i));
        sentence(t, c);
    }
}

static void report_text(uh_ui *ui, text *t)
{
    const uh_form *f = uh_session_form(ui->ses);
    if (!f)
        return;
    /* The questions the form shows (report_form.c). */
    static const char *const steps[] = {N_("Who do you report this to?"), N_("What should your report include?"),
                                        N_("How do you hand it over?")};
    char head[160];
    snprintf(head, sizeof head, _("Report, step %d of 3."), (int)f->step + 1);
    sentence(t, head);
    sentence(t, _(steps[f->step]));
    for (size_t i = 0; i < uh_form_noptions(f); i++) {
        char c[600];
        snprintf(c, sizeof c, "%zu: %s%s", i + 1, uh_form_label(f, i),
                 uh_form_on(f, i) ? (f->step == UH_FORM_FACTS ? _(", ticked") : _(", chosen")) : "");
        sentence(t, c);
    }
    sentence(t, uh_form_refusal(f));
}

static void debrief_text(uh_ui *ui, text *t)
{
    const uh_debrief *db = uh_debrief_shown(ui);
    const uh_result *r = uh_session_result(ui->ses);
    if (!db)
        return;
    sentence(t, db->headline);
    sentence(t, db->lead_text);
    if (r) {
        char score[200];
        snprintf(score, sizeof score,
                 r->score.passed ? _("Your score: %d of 100, passed.") : _("Your score: %d of 100, not passed yet."),
                 r->score.score);
        sentence(t, score);
    }
    sentence(t, db->moment_text);
    for (size_t i = 0; i < db->nlines; i++) {
        sentence(t, db->lines[i].title);
        sentence(t, db->lines[i].text);
    }
    sentence(t, db->takeaway);
    sentence(t, db->contact);
}

/* Any other screen: the names of its controls, in Tab order. */
static void controls_text(uh_ui *ui, text *t)
{
    for (int i = 0; i < ui->g.nprev; i++)
        if (ui->g.prev[i].id != UH_ID_SPEAK)
            sentence(t, ui->g.prev[i].label);
}

size_t uh_a11y_screen_text(uh_ui *ui, char *buf, size_t n)
{
    text t = {buf, n, 0};
    if (n)
        buf[0] = 0;
    switch (ui->screen) {
    case UH_SCREEN_SCENE:
        scene_text(ui, &t);
        break;
    case UH_SCREEN_REPORT:
        report_text(ui, &t);
        break;
    case UH_SCREEN_DEBRIEF:
        debrief_text(ui, &t);
        break;
    default:
        controls_text(ui, &t);
        break;
    }
    return t.len;
}

void uh_a11y_read_screen(uh_ui *ui)
{
    char buf[UH_SPEECH_TEXT_MAX];
    uh_a11y_screen_text(ui, buf, sizeof buf);
    say(ui, buf);
}

/* The focused control when its ring shows, else the screen. */
static void read_focus_or_screen(uh_ui *ui)
{
    const char *label = ui->g.focus_visible ? uh_gui_label_of(&ui->g, ui->g.focus) : "";
    if (*label)
        say(ui, label);
    else
        uh_a11y_read_screen(ui);
}

bool uh_a11y_key(uh_ui *ui, const uh_input *in)
{
    if (in->type != UH_IN_KEY || in->key != UH_KEY_READ || !ui->cfg->a11y.read_aloud)
        return false;
    if (uh_a11y_speaking(ui))
        stop(ui);
    else
        read_focus_or_screen(ui);
    return true;
}

void uh_a11y_after_input(uh_ui *ui, int focus_before)
{
    if (!ui->a11y.read_aloud || !ui->cfg->a11y.read_aloud)
        return;
    if (ui->g.focus != focus_before && ui->g.focus >= 0 && ui->g.focus_visible) {
        const char *label = uh_gui_label_of(&ui->g, ui->g.focus);
        if (*label)
            say(ui, label);
    }
}

void uh_a11y_screen_changed(uh_ui *ui)
{
    if (ui->a11y.read_aloud && ui->cfg->a11y.read_aloud &&
        (ui->screen == UH_SCREEN_SCENE || ui->screen == UH_SCREEN_REPORT || ui->screen == UH_SCREEN_DEBRIEF))
        ui->a11y_read_pending = true; /* said once the screen is drawn */
    else if (ui->speaker && uh_speaker_busy(ui->speaker))
        stop(ui);
}

void uh_a11y_after_draw(uh_ui *ui)
{
    if (ui->a11y_read_pending) {
        ui->a11y_read_pending = false;
        uh_a11y_read_screen(ui);
    }
}

int uh_a11y_frame_ms(uh_ui *ui)
{
    bool speaking = uh_a11y_speaking(ui);
    if (speaking != ui->a11y_was_speaking) {
        ui->a11y_was_speaking = speaking;
        ui->g.dirty = true; /* the speaker button changes between Read aloud and Stop */
    }
    return speaking ? SPEAKING_POLL_MS : -1;
}

/* ---------------------------------------------------------------------
 * The speaker button and the settings' actions
 * ------------------------------------------------------------------- */

static bool speaker_compact(uh_ui *ui)
{
    /* In a narrow bar (portrait, large text) the button is its icon only. */
    return ui->w < uh_px(ui, 900);
}

int uh_a11y_speaker_width(uh_ui *ui)
{
    if (!ui->cfg->a11y.read_aloud)
        return 0;
    if (speaker_compact(ui))
        return uh_gui_control_h(&ui->g);
    bool busy = uh_a11y_speaking(ui);
    return uh_gui_button_width(&ui->g, busy ? _("Stop") : _("Read aloud"), busy ? UH_ICON_STOP : UH_ICON_SPEAKER);
}

int uh_a11y_speaker_button(uh_ui *ui, int x, int y, bool dark)
{
    int w = uh_a11y_speaker_width(ui);
    if (!w)
        return 0;
    bool busy = uh_a11y_speaking(ui);
    uh_icon icon = busy ? UH_ICON_STOP : UH_ICON_SPEAKER;
    const char *label = busy ? _("Stop reading") : _("Read aloud");
    uh_button_style st = dark ? UH_BTN_DARK : UH_BTN_SECONDARY;
    if (speaker_compact(ui)) {
        int h = uh_gui_control_h(&ui->g);
        SDL_Rect r = {x, y, w, h};
        int state = uh_gui_item_add(&ui->g, UH_ID_SPEAK, r);
        uh_gui_label(&ui->g, label);
        SDL_Color fill = dark ? (state & UH_GUI_PRESSED ? UH_C_HEADER_BTN_DOWN
                                 : state & UH_GUI_HOVER ? UH_C_HEADER_BTN_HOT : UH_C_HEADER_BTN)
                              : UH_C_CARD;
        SDL_Color fg = dark ? UH_C_HEADER_TEXT : UH_C_ACCENT;
        uh_draw_card(ui->d, r, h / 2, fill, dark ? UH_C_HEADER_LINE : UH_C_BORDER, uh_px(ui, 1.5f) < 1 ? 1 : uh_px(ui, 1.5f),
                     false);
        int isz = h * 11 / 20;
        uh_draw_icon(ui->d, icon, x + (w - isz) / 2, y + (h - isz) / 2, isz, fg, fill);
        uh_gui_focus_ring(&ui->g, UH_ID_SPEAK, r, h / 2);
    } else {
        uh_gui_button(&ui->g, UH_ID_SPEAK, x, y, w, busy ? _("Stop") : _("Read aloud"), st, icon);
        uh_gui_label(&ui->g, label);
    }
    return w;
}

bool uh_a11y_act(uh_ui *ui, int id)
{
    if (id >= UH_ID_A11Y_SIZE && id < UH_ID_A11Y_SIZE + UH_TEXT_SIZE_COUNT) {
        ui->a11y.text_size = sizes[id - UH_ID_A11Y_SIZE];
    } else if (id == UH_ID_A11Y_CONTRAST) {
        ui->a11y.high_contrast = !ui->a11y.high_contrast;
    } else if (id == UH_ID_A11Y_MOTION) {
        ui->a11y.reduced_motion = !ui->a11y.reduced_motion;
    } else if (id == UH_ID_A11Y_READ) {
        ui->a11y.read_aloud = !ui->a11y.read_aloud;
        if (ui->a11y.read_aloud)
            say(ui, _("Read aloud is on."));
        else
            stop(ui);
    } else if (id == UH_ID_SPEAK) {
        if (uh_a11y_speaking(ui))
            stop(ui);
        else
            uh_a11y_read_screen(ui);
        return true;
    } else {
        return false;
    }
    apply(ui);
    return true;
}
