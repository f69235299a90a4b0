/* SPDX-License-Identifier: Apache-2.0 */
/* certificate.h — the trainee's certificate for a sitting, as a PNG.
 *
 * Drawn off screen with SDL's software renderer into a surface, using the
 * same text and shape code as the screens, and written with libpng. */
#ifndef UH_CERTIFICATE_H
#define UH_CERTIFICATE_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/error.h"

typedef struct uh_cert_line {
    const char *title;
    int score;
    bool passed;
} uh_cert_line;

typedef struct uh_cert {
    const char *trainee;       /* shown large; "Anonymous trainee" when anonymous */
    const char *organisation;
    const char *date;          /* e.g. "23 November 2026" */
    const uh_cert_line *lines; /* scenarios finished in the sitting */
    size_t nlines;
} uh_cert;

/* Renders c (fonts from fonts_dir or the system) and writes a PNG to path.
 * Returns 0, or -1 with err filled. Borrows everything. */
int uh_cert_save_png(const uh_cert *c, const char *fonts_dir, const char *path, uh_error *err);

/* Writes w×h ARGB8888 pixels (pitch bytes per row) to path as an RGB PNG.
 * Returns 0, or -1 with err filled. */
int uh_cert_write_png(const char *path, const void *pixels, int w, int h, int pitch, uh_error *err);

#endif
