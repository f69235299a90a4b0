/* screens.h — what the screens share inside the ui: the full uh_ui
 * structure, the screen table and the common layout helpers (ui.c).
 * Only engine/ui includes this; the shell sees ui.h. */
#ifndef UH_SCREENS_H
#define UH_SCREENS_H

#include "avatar.h"
#include "theme.h"
#include "ui.h"

/* Ids shared by all screens; each screen numbers its own from 100. */
enum { UH_ID_BACK = 1, UH_ID_FIRST = 100 };

typedef struct uh_screen_ops {
    void (*enter)(uh_ui *ui);                    /* the screen becomes current */
    void (*draw)(uh_ui *ui);                     /* draws and registers widgets */
    void (*act)(uh_ui *ui, int id);              /* a widget was activated */
    bool (*key)(uh_ui *ui, const uh_input *in);  /* screen keys first; true = used */
} uh_screen_ops;

extern const uh_screen_ops uh_welcome_ops, uh_menu_ops, uh_scene_view_ops, uh_report_form_ops,
    uh_debrief_ops, uh_summary_ops;

struct uh_ui {
    SDL_Renderer *r;
    uh_draw *d;
    uh_text *t;
    uh_gui g;
    int w, h;
    float s;        /* pixel scale: 1 for a 1280×720 window */
    bool portrait;
    uh_ui_options opt;
    const uh_config *cfg;
    bool loaded;          /* uh_ui_preload has run */
    uh_library lib;
    uh_store *store;
    char store_error[512];
    uh_screen_id screen;
    Uint32 screen_since;  /* ticks when the screen changed (for the fade-in) */
    char notice[800];     /* a polite message shown once on the menu */

    /* Sign-in. */
    char trainee[128];
    bool anonymous, signed_in;
    char name_buf[128];
    bool osk, osk_shift;  /* on-screen keyboard shown; its shift state */

    /* Menu. */
    uh_progress *progress;  /* one per library item */

    /* The run in progress. */
    uh_run *run;
    char started_at[32];
    bool flags_open, leave_open;
    int prev_channel;      /* channel and speaker of the previous scene */
    char prev_from[128];
    size_t last_path_len;  /* to notice a new scene (scroll to its top) */

    /* Report form. */
    int report_step;       /* 0 to whom, 1 what, 2 how */
    int report_to, report_how;  /* option index, -1 none */
    bool *report_facts;    /* ticked, by fact index */
    size_t *fact_order;    /* facts in display order */

    /* Debrief. */
    uh_result *result;
    bool saved;
    char save_error[512];
    Uint32 anim_start;

    /* This sitting. */
    uh_done *done;
    size_t ndone;
    char cert_msg[800];
    bool cert_ok;
};

/* Pixel size of v at the current scale. */
static inline int uh_px(const uh_ui *ui, float v) { return (int)(v * ui->s + 0.5f); }

/* Switches to another screen (calls its enter; resets focus and scroll). */
void uh_ui_go(uh_ui *ui, uh_screen_id id);

/* The area below the top bar. Screens draw their body first and the bar
 * last, so keyboard focus starts in the body. */
SDL_Rect uh_ui_body(const uh_ui *ui);

/* Draws the top bar (logo, title, trainee, an optional back button with id
 * UH_ID_BACK) and returns the area below it. */
SDL_Rect uh_ui_header(uh_ui *ui, const char *title, bool back);

/* The readable column inside area: at most maxw (scaled) wide, centred,
 * with side margins. */
SDL_Rect uh_ui_column(const uh_ui *ui, SDL_Rect area, int maxw);

/* Draws text (see uh_text_draw) and returns its height. */
int uh_ui_text(uh_ui *ui, uh_face face, float px, SDL_Color c, int wrap, const char *s, int x,
               int y);

/* Starts / ends a run of scenario sc (ending frees it and clears state). */
void uh_ui_start_run(uh_ui *ui, const uh_scenario *sc);
void uh_ui_end_run(uh_ui *ui);
/* Looks at the run's state after a step and moves to the matching screen:
 * scene, report form, debrief (saving the result), or back to the menu with
 * a polite notice when the scenario failed. */
void uh_ui_follow_run(uh_ui *ui);

/* Draws a scene's text in its channel's look (with the `from` card) at
 * (x, y), w wide; returns the height used. ongoing tells a phone view the
 * call was already under way. */
int uh_scene_view_channel(uh_ui *ui, const uh_scene *sc, const char *text, int x, int y, int w,
                          bool ongoing);

/* Icon of a tactic id for the menu sections. */
uh_icon uh_menu_tactic_icon(const char *tactic);

/* The last component of a path (file names shown without their folder). */
const char *uh_ui_basename(const char *path);

/* Human text for an ending label ("reported_late" -> "Reported, later"). */
const char *uh_ui_ending_title(const char *ending);
/* Text of the flag or innocent detail with this id in sc, or NULL. */
const char *uh_ui_mark_text(const uh_scenario *sc, const char *id);

/* Renders and saves this sitting's certificate as a PNG in dir; fills msg
 * with the path or the reason it failed. Returns 0 on success. */
int uh_ui_save_certificate(uh_ui *ui, char *msg, size_t n);

#endif
