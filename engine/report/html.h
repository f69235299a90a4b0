/* SPDX-License-Identifier: Apache-2.0 */
/* html.h — the results report as one self-contained HTML page.
 *
 * Inline CSS and inline SVG charts only: no script, no font or image
 * download, so the page opens from a USB stick on an air-gapped machine and
 * prints cleanly. Charts: outcome by scenario, hook depth at report, trend
 * by day, report and pass rate by cohort; tables with the numbers behind
 * every chart and the red flags most often missed. */
#ifndef UH_HTML_H
#define UH_HTML_H

#include <stdio.h>

#include "summary.h"

typedef struct uh_html_options {
    const char *organisation;  /* shown in the title; NULL for none */
    const char *generated;     /* "generated on" text; NULL to leave it out */
    const char *paper;         /* "A4" or "letter": the printed page size; NULL leaves it
                                  to the printer (the layout fits either) */
    /* The report form's recipients (ids and labels, from the
     * configuration), so reports are listed by name; NULL: by id. */
    const char *const *recipient_ids, *const *recipient_labels;
    size_t nrecipients;
} uh_html_options;

/* Writes the page. Returns -1 when out reports a write error. */
int uh_report_html(FILE *out, const uh_summary *s, const uh_html_options *o);

#endif
