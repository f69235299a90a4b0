/* SPDX-License-Identifier: Apache-2.0 */
/* avatar.h — generated portraits for the people in a scenario.
 *
 * No photographs are shipped: a person is drawn as a disc in a colour
 * derived from a hash of their name, with a simple geometric silhouette
 * behind their initials. The same name always gives the same avatar. */
#ifndef UH_AVATAR_H
#define UH_AVATAR_H

#include <SDL.h>
#include <stdint.h>

#include "draw.h"
#include "text.h"

/* FNV-1a hash of s (NULL hashes like ""); used for avatar colours and for
 * deterministic shuffles. */
uint32_t uh_avatar_hash(const char *s);

/* The avatar colour for name. */
SDL_Color uh_avatar_colour(const char *name);

/* Draws the avatar of name (may be NULL: a neutral silhouette) as a disc of
 * radius rad centred at (cx, cy). */
void uh_avatar_draw(uh_draw *d, uh_text *t, const char *name, int cx, int cy, int rad);

#endif
