/* SPDX-License-Identifier: Apache-2.0 */
/* gui.h — immediate-mode widgets: buttons, toggles, focus and scrolling.
 *
 * Each frame a screen draws its widgets top to bottom; every interactive
 * widget registers its rectangle and an id chosen by the screen. Input is
 * matched against the rectangles of the previous frame: a click or tap (or
 * Enter/Space on the focused widget) "activates" an id, which
 * uh_gui_input returns to the screen. Tab/Shift-Tab and the arrow keys move
 * a visible focus ring through the widgets in drawing order (a row of
 * widgets left to right); on a new screen nothing has the focus, and the
 * first Tab goes to the first widget.
 *
 * A screen has one scrolling region (plus one inside a modal panel). Its
 * content is drawn shifted by the scroll offset and clipped; the content
 * height measured while drawing bounds the offset, so long text always
 * stays reachable and nothing needs to be cut off. */
#ifndef UH_GUI_H
#define UH_GUI_H

#include <SDL.h>
#include <stdbool.h>

#include "draw.h"
#include "input.h"
#include "text.h"

#define UH_GUI_MAX 256

typedef struct uh_gui_item {
    int id;
    SDL_Rect r;     /* on screen, after scrolling */
    SDL_Rect clip;  /* the visible part of its region */
    int region;     /* -1: not in a scrolling region */
    char label[240];  /* what read aloud says for it ("" none; see uh_gui_label) */
} uh_gui_item;

typedef struct uh_gui_region {
    SDL_Rect view;
    int scroll, content_h;
} uh_gui_region;

typedef struct uh_gui {
    uh_draw *d;
    uh_text *t;
    float s;                /* pixel scale of the window */
    uh_gui_item cur[UH_GUI_MAX], prev[UH_GUI_MAX];
    int ncur, nprev;
    int focus;              /* focused id, -1 none */
    bool focus_visible;     /* the ring shows after keyboard use */
    bool ensure_focus;      /* scroll the focus into view at the next frame */
    SDL_Rect reveal;        /* scroll this into view at the end of the frame (w 0: none) */
    int reveal_region;
    int hover, pressed;
    bool pointer_down, dragging;
    float down_x, down_y, last_y;
    uh_gui_region region[2];
    int cur_region;         /* region being drawn, -1 none */
    bool modal;             /* a modal panel is open: wheel and drag go to region 1 */
    bool has_base_clip;     /* all drawing this frame stays within base_clip */
    SDL_Rect base_clip;
    int lookahead;          /* text is made this many pixels above and below the clips too */
    bool has_paint_clip;    /* pixels are painted only within paint_clip (uh_gui_paint_clip) */
    SDL_Rect paint_clip;
    bool dirty;             /* something changed: draw again */
    bool scrolled;          /* the wheel, a drag or a paging key moved a scroll offset: draw again
                               (the region may be moved rather than redrawn when nothing else changed) */
    int drawn_scroll;       /* region 0's scroll offset in the last frame drawn */
    bool restyled;          /* the focus, the hover or the pressed widget changed: draw again
                               (only those widgets may be redrawn when nothing else changed) */
    int drawn_focus, drawn_hover, drawn_pressed; /* their ids in the last frame drawn */
    bool drawn_focus_visible;
} uh_gui;

/* What uh_gui_input did with an input. */
typedef struct uh_gui_result {
    int activated;  /* id activated, or -1 */
    bool used;      /* the input was consumed (focus move, scroll, press...) */
} uh_gui_result;

void uh_gui_init(uh_gui *g, uh_draw *d, uh_text *t);

/* Starts a frame at pixel scale s. */
void uh_gui_begin(uh_gui *g, float s);
/* Keeps this frame's drawing within clip (NULL: the whole window); the
 * scrolling regions clip within it. Sets the renderer's clip. */
void uh_gui_base_clip(uh_gui *g, const SDL_Rect *clip);
/* Paints pixels only within paint (NULL: wherever the clips allow) while
 * the layout and the text's rasterising follow the clips as usual: a
 * frame that prepares a screen before it shows lays it all out, makes its
 * text and paints only its header. Stays until changed. */
void uh_gui_paint_clip(uh_gui *g, const SDL_Rect *paint);

/* Ends it: the registered widgets become the hit targets for input. */
void uh_gui_end(uh_gui *g);
/* Notes the focus, hover and pressed state the frame just drawn shows. */
void uh_gui_drawn(uh_gui *g);
/* The widgets whose look changed since the frame last noted (the focus,
 * the hover and the pressed widget, before and after): writes up to max
 * ids to ids, each once, and returns how many. */
int uh_gui_restyled_ids(const uh_gui *g, int *ids, int max);
/* Forgets focus, hover, scroll positions (call when the screen changes). */
void uh_gui_reset(uh_gui *g);

/* Starts the scrolling region idx (0 main, 1 modal) in view; returns the
 * y where its content starts (view.y minus the scroll offset). */
int uh_gui_scroll_begin(uh_gui *g, int idx, SDL_Rect view);
/* Ends it; bottom is the y just below the last content drawn. Draws a
 * scroll bar when the content is taller than the view. */
void uh_gui_scroll_end(uh_gui *g, int bottom);
/* Drops the widgets registered so far (everything under a modal panel
 * becomes inert) and sends scrolling to region 1. */
void uh_gui_modal(uh_gui *g);
/* Scrolls the region being drawn, once this frame ends, so that r (as
 * drawn this frame) is in view; its top wins when it is taller than the
 * view. For a panel that opens below the control that opened it. */
void uh_gui_reveal(uh_gui *g, SDL_Rect r);
/* Scrolls region idx to the top. For the main region (0) the content is
 * new: no widget keeps the focus (the caller may focus one, see
 * uh_gui_focus), so the ring is never left on a widget out of view. */
void uh_gui_scroll_top(uh_gui *g, int idx);

/* Registers an interactive rectangle. Returns the visual state bits
 * below, for the caller that draws it. */
enum { UH_GUI_HOVER = 1, UH_GUI_PRESSED = 2, UH_GUI_FOCUS = 4 };
int uh_gui_item_add(uh_gui *g, int id, SDL_Rect r);
/* Names the widget registered last: what read aloud says when it has the
 * focus (the standard widgets name themselves with their label). */
void uh_gui_label(uh_gui *g, const char *label);
/* The name of widget id in the last frame, "" when it has none. */
const char *uh_gui_label_of(const uh_gui *g, int id);
/* Draws the focus ring around r when id is focused and the ring shows. */
void uh_gui_focus_ring(uh_gui *g, int id, SDL_Rect r, int rad);
/* Moves keyboard focus to id (shown when visible is true). */
void uh_gui_focus(uh_gui *g, int id, bool visible);

/* Feeds one input; see uh_gui_result. */
uh_gui_result uh_gui_input(uh_gui *g, const uh_input *in);

/* ---- Widgets. Each draws at (x, y) with width w and returns its height. */

typedef enum uh_button_style {
    UH_BTN_PRIMARY,    /* filled accent */
    UH_BTN_SECONDARY,  /* white with a border */
    UH_BTN_GHOST,      /* text on the page colour */
    UH_BTN_DANGER,     /* filled red */
    UH_BTN_DARK,       /* light text on the dark header */
} uh_button_style;

/* A button of fixed width w (0: fit the label) with an optional icon
 * (UH_ICON_COUNT for none). Its height is the standard control height. */
int uh_gui_button(uh_gui *g, int id, int x, int y, int w, const char *label, uh_button_style st,
                  int icon);
/* Width a button needs for label (with an icon when icon != UH_ICON_COUNT). */
int uh_gui_button_width(uh_gui *g, const char *label, int icon);
/* The standard control height. */
int uh_gui_control_h(const uh_gui *g);

/* A large choice card: a number badge and a wrapped label. */
int uh_gui_choice(uh_gui *g, int id, int x, int y, int w, int number, const char *label);

/* A toggle row: a check box (radio false) or radio button, a wrapped
 * label and an optional second line. */
int uh_gui_toggle(uh_gui *g, int id, int x, int y, int w, bool on, bool radio, const char *label,
                  const char *detail);

/* A rounded label ("pill") with an optional icon; returns its width. h is
 * its height. */
int uh_gui_pill(uh_gui *g, int x, int y, const char *label, SDL_Color fg, SDL_Color bg, int icon,
                int *h);
/* The width of that pill, without drawing it; its height in *h. */
int uh_gui_pill_size(uh_gui *g, const char *label, int icon, int *h);

#endif
