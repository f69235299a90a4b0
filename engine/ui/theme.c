/* SPDX-License-Identifier: Apache-2.0 */
/* theme.c — the two palettes and the one in use. */
#include "theme.h"

#define STANDARD(name, standard, high_contrast) .name = standard,
#define HIGH_CONTRAST(name, standard, high_contrast) .name = high_contrast,
const uh_palette uh_palette_standard = {UH_PALETTE_COLOURS(STANDARD)};
const uh_palette uh_palette_high_contrast = {UH_PALETTE_COLOURS(HIGH_CONTRAST)};

const uh_palette *uh_theme = &uh_palette_standard;

void uh_theme_set_high_contrast(bool on)
{
    uh_theme = on ? &uh_palette_high_contrast : &uh_palette_standard;
}

bool uh_theme_high_contrast(void) { return uh_theme == &uh_palette_high_contrast; }
