/* SPDX-License-Identifier: Apache-2.0 */
/* admin_export.h — exporting the results to a folder (a USB stick) from
 * the administration screen (admin.c). */
#ifndef UH_ADMIN_EXPORT_H
#define UH_ADMIN_EXPORT_H

#include <stddef.h>

#include "ui.h"

/* The folder to offer: the first mounted stick under /media/USER/ (as
 * desktop automounters do), else /media/NAME, else /media; written into
 * out (n bytes). */
void uh_admin_export_default_dir(char *out, size_t n);

/* Writes every attempt in ui's results store into dir as
 * unhooked-DATE-results.csv, -xapi.json and -report.html, and syncs so the
 * stick can be pulled at once. Fills msg (n bytes) with what was written,
 * or why nothing was (no such folder, no store, a write failed). Returns 0
 * or -1. */
int uh_admin_export(uh_ui *ui, const char *dir, char *msg, size_t n);

#endif
