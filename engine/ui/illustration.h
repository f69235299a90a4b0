/* SPDX-License-Identifier: Apache-2.0 */
/* illustration.h — the place an in-person scene happens, drawn in code.
 *
 * Scenario files say that a scene is in person but not where (SPEC §2 has
 * no such field), so the place is read from the scene's id and text: a
 * trade-fair booth, an airport, a banquet or conference hall, a dinner, a
 * hotel bar, a meeting room, else a café. Each is a small flat picture made
 * of rectangles, discs and triangles (draw.h), with the other person in the
 * colour of their avatar; no image files are shipped. */
#ifndef UH_ILLUSTRATION_H
#define UH_ILLUSTRATION_H

#include <SDL.h>
#include <stdint.h>

#include "draw.h"

typedef enum uh_setting {
    UH_SETTING_CAFE,
    UH_SETTING_BOOTH,
    UH_SETTING_AIRPORT,
    UH_SETTING_BANQUET,
    UH_SETTING_DINNER,
    UH_SETTING_HOTEL_BAR,
    UH_SETTING_MEETING,
    UH_SETTING_COUNT
} uh_setting;

/* The place of a scene with this id (may be NULL) and text (may be NULL):
 * the id when it names a place ("booth", "bar", "dinner"...), else the
 * first rule whose words appear in the text, else the café. */
uh_setting uh_setting_of(const char *scene_id, const char *text);

/* A short name for the place, shown on the scene's badge ("At the booth"). */
const char *uh_setting_label(uh_setting s);

/* Draws the place into r (the caller clips to it) at pixel scale `scale`,
 * with a person in colour `person`; seed varies the details (a skyline,
 * the bottles on a shelf) so two scenes in one place differ a little. */
void uh_illustration_draw(uh_draw *d, uh_setting s, SDL_Rect r, float scale, SDL_Color person,
                          uint32_t seed);

#endif
