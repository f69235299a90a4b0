/* SPDX-License-Identifier: Apache-2.0 */
/* admin_export.h — exporting the results to a folder (a USB stick) from
 * the administration screen (admin.c). */
#ifndef UH_ADMIN_EXPORT_H
#define UH_ADMIN_EXPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "ui.h"

/* The folder to offer: the first mounted stick under /media/USER/ (as
 * desktop automounters do), else /media/NAME, else /media; written into
 * out (n bytes). */
void uh_admin_export_default_dir(char *out, size_t n);

/* The results' summary, counted in ui's store (its running tallies: as
 * fast with years of attempts as with none); reports to the report form's
 * full-credit recipients count as reports to security; red flags get
 * their text from ui's scenarios. brief leaves out what the screen does
 * not show (days, flags, recipients, departments). NULL with e filled on
 * failure; free with uh_summary_free. */
struct uh_summary;
struct uh_summary *uh_admin_summary(const uh_ui *ui, bool brief, uh_error *e);

/* Writes every attempt in ui's results store into dir as
 * unhooked-DATE-results.csv, -xapi.json and -report.html, and syncs so the
 * stick can be pulled at once. Fills msg (n bytes) with what was written,
 * or why nothing was (no such folder, no store, a write failed). Returns 0
 * or -1. */
int uh_admin_export(uh_ui *ui, const char *dir, char *msg, size_t n);

#endif
