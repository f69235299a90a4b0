/* SPDX-License-Identifier: Apache-2.0 */
/* a11y.h — accessibility on the kiosk (issue 14): the trainee's text size,
 * contrast, motion and read aloud.
 *
 * The settings start from the configuration's accessibility.* keys and are
 * the trainee's for the session: the sign-in and attract screens show a row
 * of controls for them (uh_a11y_settings), and the kiosk's wipe returns to
 * the configured ones (uh_a11y_reset). The text size scales the whole
 * layout, like a browser's zoom, so text, its boxes and the touch targets
 * grow together and the screens reflow at the narrower width this leaves.
 *
 * Read aloud says, on request (the speaker button, or F2), the focused
 * control when the keyboard's focus ring shows, else the screen: a scene's
 * text and its choices, the report form's step and options, the debrief.
 * With the "Read aloud" setting on, a new scene and each control the focus
 * moves to are said as well. The speech is eSpeak NG's, in the session's
 * language, played off the drawing thread (platform/sdl/speaker.h); nothing
 * is heard unless asked, and nothing at all when the configuration's
 * accessibility.read_aloud is false. */
#ifndef UH_A11Y_H
#define UH_A11Y_H

#include <stdbool.h>
#include <stddef.h>

#include "input.h"

typedef struct uh_ui uh_ui;

/* Widget ids of the settings and the speaker button (below UH_ID_FIRST,
 * shared by every screen). */
enum {
    UH_ID_A11Y_SIZE = 60,  /* 60, 61, 62: the text sizes of UH_TEXT_SIZES */
    UH_ID_A11Y_CONTRAST = 66,
    UH_ID_A11Y_MOTION = 67,
    UH_ID_A11Y_READ = 68,
    UH_ID_SPEAK = 69,
};

/* Back to the configured settings (start, the kiosk's wipe); applies them. */
void uh_a11y_reset(uh_ui *ui);

/* True when the settings are the configured ones (nothing to reset). */
bool uh_a11y_is_default(const uh_ui *ui);

/* The text size as a factor of the layout (1, 1.5, 2). */
float uh_a11y_zoom(const uh_ui *ui);

/* False when the trainee or the configuration asked for reduced motion:
 * no fades, no animations. */
bool uh_a11y_motion(const uh_ui *ui);

/* Draws the settings controls (text size, high contrast, reduced motion,
 * read aloud), flowing left to right and onto more lines in w, at (x, y);
 * dark tells they lie on the dark backdrop; center centres each line.
 * Returns the height used. */
int uh_a11y_settings(uh_ui *ui, int x, int y, int w, bool dark, bool center);
/* The height uh_a11y_settings will use in w, without drawing. */
int uh_a11y_settings_height(uh_ui *ui, int w);

/* Width of the speaker button (0 when read aloud is off in the
 * configuration, then uh_a11y_speaker_button draws nothing). */
int uh_a11y_speaker_width(uh_ui *ui);
/* Draws the speaker button ("Read aloud", or "Stop" while speaking) at
 * (x, y); dark for the header bar. Returns its width. */
int uh_a11y_speaker_button(uh_ui *ui, int x, int y, bool dark);

/* Handles the activation of a settings control or the speaker button;
 * false for any other id. */
bool uh_a11y_act(uh_ui *ui, int id);

/* F2: reads aloud. True when in was used. */
bool uh_a11y_key(uh_ui *ui, const uh_input *in);

/* After an input: says the control the focus moved to, when the Read
 * aloud setting is on. focus_before is the focused id before the input. */
void uh_a11y_after_input(uh_ui *ui, int focus_before);

/* A new screen or scene is shown: says it when the Read aloud setting is
 * on; stops what was being said otherwise. */
void uh_a11y_screen_changed(uh_ui *ui);

/* After a frame is drawn: says what uh_a11y_screen_changed left to say. */
void uh_a11y_after_draw(uh_ui *ui);

/* While something is said: the ms until the speaker button must look
 * whether it ended (it then asks for a redraw); -1 when silent. */
int uh_a11y_frame_ms(uh_ui *ui);

/* Reads the screen aloud (the speaker button). */
void uh_a11y_read_screen(uh_ui *ui);

/* The words read aloud for the current screen, into buf (n bytes). */
size_t uh_a11y_screen_text(uh_ui *ui, char *buf, size_t n);

/* The language read aloud speaks ("en", "de"). */
const char *uh_a11y_language(const uh_ui *ui);

/* The last text read aloud ("" none yet): for the trace and tests. */
const char *uh_a11y_last_said(const uh_ui *ui);

/* True while something is being said (the speaker button shows Stop). */
bool uh_a11y_speaking(uh_ui *ui);

#endif
