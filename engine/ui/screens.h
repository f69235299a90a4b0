/* SPDX-License-Identifier: Apache-2.0 */
/* screens.h — what the screens share inside the ui: the full uh_ui
 * structure, the screen table and the common layout helpers (ui.c).
 * Only engine/ui includes this; the shell sees ui.h. */
#ifndef UH_SCREENS_H
#define UH_SCREENS_H

#include <stdio.h>

#include "../core/translated.h"
#include "../session/debrief.h"
#include "../session/session.h"
#include "../store/sink.h"
#include "a11y.h"
#include "avatar.h"
#include "theme.h"
#include "ui.h"

#define UH_ATTRACT_FACT_MS 6000  /* the attract screen shows each fact this long */

/* Ids shared by all screens; each screen numbers its own from 100. The
 * language picker's buttons are UH_ID_LANGUAGE + the language's index in
 * uh_languages. */
enum { UH_ID_BACK = 1, UH_ID_LANGUAGE = 50, UH_ID_FIRST = 100 };

/* A screen: its own state and what it does. Each screen keeps what only it
 * needs (the sign-in's name being typed, the PIN pad's digits, the debrief
 * of the run just ended, the admin's export folder...) in a structure
 * defined in its own .c file, state_size bytes long. uh_ui_new allocates
 * it zeroed and calls reset; the screen reaches it with uh_ui_state. */
typedef struct uh_screen_ops {
    size_t state_size;                           /* bytes of the screen's state (0: none) */
    void (*reset)(uh_ui *ui);                    /* back to the start: forgets everything of
                                                    the trainee (the kiosk's wipe calls every
                                                    screen's); NULL: nothing to forget */
    void (*release)(uh_ui *ui);                  /* frees what the state owns; NULL: nothing */
    void (*enter)(uh_ui *ui);                    /* the screen becomes current */
    void (*draw)(uh_ui *ui);                     /* draws and registers widgets */
    void (*act)(uh_ui *ui, int id);              /* a widget was activated */
    bool (*key)(uh_ui *ui, const uh_input *in);  /* screen keys first; true = used */
    int (*frame_ms)(const uh_ui *ui);            /* while current: 0 while it animates (a
                                                    frame as often as can be), else the ms
                                                    until it needs its next frame (a
                                                    countdown), -1 for none; NULL: -1 */
    void (*tick)(uh_ui *ui);                     /* while current: the shell's periodic timer */
    bool (*ready)(const uh_ui *ui);              /* while it is prepared (ui.c): false while it
                                                    has work to do in a prepared frame, so its
                                                    fade waits; NULL: ready when its text is */
    void (*trace)(const uh_ui *ui, FILE *f, bool current);  /* its lines of the trace */
} uh_screen_ops;

extern const uh_screen_ops uh_welcome_ops, uh_menu_ops, uh_scene_view_ops, uh_report_form_ops,
    uh_debrief_ops, uh_summary_ops, uh_attract_ops, uh_pin_pad_ops, uh_admin_ops;

/* What every screen shares. What belongs to one screen is in its state. */
/* A new screen enters in three steps: prepared (laid out, its text made
 * a few milliseconds a frame, only the header painted over a blank page),
 * revealed (the whole screen drawn under a veil that fades), shown. */
typedef enum { UH_ENTER_PREPARE, UH_ENTER_REVEAL, UH_ENTER_SHOWN } uh_ui_entrance;

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
    bool lib_opened;      /* the scenario files are listed (and being loaded) */
    uh_library lib;
    uh_translations tr;   /* the library in the trainee's language (language.c) */
    char lang_default[16]; /* the language the window started in; the kiosk's wipe returns to it */
    uh_sink *sink;        /* where results go; opens the store, retries, keeps */
    uh_store *store;      /* the sink's store once open (valid until the sink is freed) */
    uh_screen_id screen;
    Uint32 screen_since;  /* ticks when the screen changed (or a report step) */
    uh_ui_entrance entrance; /* how far the current screen's entrance is (uh_ui_draw) */
    int entrance_frames;  /* frames drawn while it was prepared */
    double prepare_text_ms; /* making text while it is prepared: ms a frame */
    Uint32 prepare_max_ms; /* and revealed after this long at the latest */
    Uint32 reveal_since;  /* ticks when its fade began */
    Uint32 drawn_at;      /* ticks when the last frame was drawn */
    int passes;           /* layout passes of the last frame (1 unless the scroll had to move;
                             2, each clipped to a strip, when it moved the region's pixels) */
    unsigned text_deferred; /* text blocks the last frame left for a later one (during a fade) */
    int pointer_x, pointer_y; /* where the last pointer input was, for the trace (-1: none yet) */
    SDL_Surface *fb;      /* the pixels the renderer draws into, when known (uh_ui_set_framebuffer) */
    bool moved;           /* the last frame moved the scrolled region's pixels instead of redrawing it */
    bool restyled;        /* the last frame redrew only the widgets whose focus, hover or press changed */
    SDL_Rect damage[UH_UI_DAMAGE_MAX]; /* what the last frame changed (uh_ui_damage) */
    int ndamage;          /* 0: the whole window */
    SDL_Surface *drawn_fb; /* fb when the last frame was drawn */
    bool drawn_fading;    /* the last frame was one of an entrance (prepared, or under the veil) */
    bool drawn_prepared;  /* it was one that prepared the screen */
    bool idle_done;       /* uh_ui_idle has made the text around the last frame */
    unsigned long idle_passes; /* layout passes uh_ui_idle made */
    bool drawn_final;     /* the last frame was the screen's still picture (no veil, no text left) */
    char notice[800];     /* a polite message shown once on the menu */
    uh_ui_mode mode;
    char cohort[64];      /* tags every attempt; "" for none */
    bool quit;            /* the administrator chose Exit */
    bool touch;           /* the last input came from a finger (no keyboard hints) */

    /* The trainee's session: sign-in, the run, its report form, decisions,
     * results (engine/session). The kiosk's wipe replaces it. */
    uh_session *ses;

    /* Kiosk (kiosk.c): idle reset and the admin gesture. */
    Uint32 last_input;    /* ticks of the last input (idle timer) */
    int idle_left;        /* seconds left in the idle warning, -1 when not shown */
    Uint32 corner_taps[5];  /* times of the last taps in the top-right corner */

    /* Accessibility (a11y.c): the trainee's settings for this session, and
     * read aloud (NULL until first asked for). */
    uh_accessibility a11y;
    struct uh_speaker *speaker;
    bool a11y_read_pending, a11y_was_speaking;
    char *a11y_said;  /* the last text given to the speaker (for the trace and tests) */

    void *state[UH_SCREEN_COUNT];  /* each screen's own state (see uh_screen_ops) */
};

/* Screen id's own state (the structure its .c file defines). */
static inline void *uh_ui_state(const uh_ui *ui, uh_screen_id id) { return ui->state[id]; }

/* Screen id's operations. */
const uh_screen_ops *uh_ui_ops(uh_screen_id id);

/* Brings screen id's state back to the start (its reset). */
void uh_ui_reset_screen(uh_ui *ui, uh_screen_id id);

/* The run in progress, from the session (NULL when none). */
static inline const uh_run *uh_ui_run(const uh_ui *ui) { return uh_session_run(ui->ses); }
static inline bool uh_ui_signed_in(const uh_ui *ui) { return uh_session_signed_in(ui->ses); }
static inline bool uh_ui_anonymous(const uh_ui *ui) { return uh_session_anonymous(ui->ses); }
/* The name, or the pseudonym of an anonymous trainee. */
static inline const char *uh_ui_trainee(const uh_ui *ui) { return uh_session_trainee(ui->ses); }

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

/* The current screen enters again (prepared, then faded in): for a new
 * screen (uh_ui_go) or a new step of one. */
void uh_ui_enter(uh_ui *ui);
/* Ends the entrance at once: the next frame draws the screen whole, all
 * its text (for tests that look at the still picture). */
void uh_ui_skip_entrance(uh_ui *ui);

/* The readable column inside area: at most maxw (scaled) wide, centred,
 * with side margins. */
SDL_Rect uh_ui_column(const uh_ui *ui, SDL_Rect area, int maxw);

/* Draws text (see uh_text_draw) and returns its height. */
int uh_ui_text(uh_ui *ui, uh_face face, float px, SDL_Color c, int wrap, const char *s, int x,
               int y);

/* Starts / ends a run of scenario sc (ending frees it and resets the scene
 * and debrief screens). */
void uh_ui_start_run(uh_ui *ui, const uh_scenario *sc);
void uh_ui_end_run(uh_ui *ui);

/* --- Languages (language.c) ---------------------------------------------- */

/* Draws the language picker centred in the width w at (x, y): one button
 * per language, named in itself ("English", "Deutsch"), the one in use
 * highlighted; dark for a dark backdrop. Returns its height. */
int uh_ui_language_picker(uh_ui *ui, int x, int y, int w, bool dark);
/* Acts on a picker button (id UH_ID_LANGUAGE + i); false for other ids. */
bool uh_ui_language_act(uh_ui *ui, int id);
/* The picker button at (x, y) in the last frame, or -1. */
int uh_ui_language_at(const uh_ui *ui, float x, float y);
/* Switches the window to language code: the program's words, the session
 * (recorded with each attempt) and which translation of each scenario is
 * played. An unknown code means English. */
void uh_ui_set_language(uh_ui *ui, const char *code);
/* Scenario i of the library as played in the current language (its
 * translation when there is one), and the same by id (NULL when none
 * loaded cleanly). */
uh_scenario *uh_ui_scenario(const uh_ui *ui, size_t i);
uh_scenario *uh_ui_find_scenario(const uh_ui *ui, const char *id);
/* Starts a run of sc and replays the in-progress state saved for this
 * trainee (resume.h); starts afresh when there is none or it no longer
 * applies. */
void uh_ui_resume_run(uh_ui *ui, const uh_scenario *sc);
/* Makes the current choice i of the run (recording the decision and the
 * progress to resume) and moves to the matching screen. */
void uh_ui_choose(uh_ui *ui, size_t i);
/* Sends the open report form; when it lacks a recipient or a handling it
 * stays open and says so. */
void uh_ui_send_report(uh_ui *ui);
/* Facilitator mode: signs the room in as "group:COHORT". */
void uh_ui_sign_in_group(uh_ui *ui);
/* Saves the run in progress for a later resume (self-paced mode with a
 * named trainee only; otherwise does nothing). */
void uh_ui_save_progress(uh_ui *ui);
/* Kiosk: forgets the trainee (name, answers, this sitting's results, the
 * text cache entries that showed the name), saving an unfinished run as
 * not completed, and shows the attract screen. */
void uh_ui_wipe(uh_ui *ui);
/* Opens the PIN prompt in front of the current screen (pin_pad.c). */
void uh_ui_open_admin(uh_ui *ui);
/* Draws the kiosk's "Are you still there?" panel over the screen (kiosk.c). */
void uh_ui_draw_idle_warning(uh_ui *ui);
/* Five taps in the top-right corner within a few seconds: the touch
 * screen's way to the PIN prompt (kiosk.c). True when in completes it. */
bool uh_kiosk_corner_gesture(uh_ui *ui, const uh_input *in);
/* Saves r as an attempt of the signed-in trainee; 0, or 1 when it is kept
 * to be saved later, or -1; msg says why when not 0. */
int uh_ui_save_attempt(uh_ui *ui, const uh_result *r, char *msg, size_t n);
/* True when hints about keys ("press F", "Tab moves...") make sense: not
 * after a finger was used, and on a kiosk only once a key has been pressed
 * (a kiosk is taken to be a touch screen until then). */
bool uh_ui_keyboard_hints(const uh_ui *ui);
/* The attempt mode stored for this program ("self", "kiosk", "facilitated"). */
const char *uh_ui_mode_name(const uh_ui *ui);
/* The run just ended: saves its result as an attempt, builds its debrief
 * and shows it (debrief.c). */
void uh_ui_show_debrief(uh_ui *ui);
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

/* Text of the flag or innocent detail with this id in sc, or NULL. */
const char *uh_ui_mark_text(const uh_scenario *sc, const char *id);

/* Renders and saves this sitting's certificate as a PNG in dir; fills msg
 * with the path or the reason it failed. Returns 0 on success. */
int uh_ui_save_certificate(uh_ui *ui, char *msg, size_t n);

/* For tests: the bytes of screen id's state (its size in *size), to check
 * that nothing of a trainee is left in any of them. */
const void *uh_ui_screen_state(const uh_ui *ui, uh_screen_id id, size_t *size);
/* For tests: the sign-in screen's name being typed, whether the last
 * character did not fit, and its on-screen keyboard (welcome.c). */
const char *uh_welcome_typed(const uh_ui *ui);
bool uh_welcome_name_full(const uh_ui *ui);
const struct uh_osk *uh_welcome_keyboard(const uh_ui *ui);
/* For tests: the summary's certificate message, "" when none (summary.c). */
const char *uh_summary_cert_msg(const uh_ui *ui);
/* The debrief on show (NULL when none): what read aloud says (debrief.c). */
const uh_debrief *uh_debrief_shown(const uh_ui *ui);

#endif
